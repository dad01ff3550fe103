import type { BreakoutEstimate, LimitCheck } from "../../core/index.js";

const pct = (assay: number) => `${+(100 * assay).toFixed(2)} %`;
const kg = (x: number | null) =>
  x === null ? "not limiting" : `${x.toLocaleString("en-US", { maximumFractionDigits: 1 })} kg`;
const BAND_NAMES: Record<string, string> = {
  natural: "natural uranium",
  upTo2: "up to 2 %",
  upTo5: "up to 5 %",
  upTo20: "up to 20 %",
  upTo60: "up to 60 %",
};

/** The central plan of the selected report: feeds, work, capacity and what sets the time. */
export function PlanTable({ estimate }: { estimate: BreakoutEstimate }) {
  const plan = estimate.plan;
  // With no verified capacity the headline and the fleet form above say what is missing.
  if (!plan && estimate.fleetUnknown) return null;
  if (!plan)
    return <p className="note">No plan: {estimate.infeasible ?? "no estimate for this report"}.</p>;
  return (
    <div className="table-block">
      <h3>The plan at the median of every input (report {estimate.reportLabel})</h3>
      <p className="note">
        {plan.targetKg.toFixed(1)} kg at {pct(plan.productAssay)} in{" "}
        <strong>{plan.days === null ? "—" : `${plan.days.toFixed(1)} days`}</strong>;{" "}
        {plan.totalSwu.toFixed(0)} SWU, of which {plan.heuSwu.toFixed(0)} on HEU steps. Bottleneck:{" "}
        {plan.bottleneck ?? "none"}. Set-up {plan.setupDays.toFixed(1)} days;{" "}
        {plan.heuCascades ?? "all"} cascades first on HEU steps, the rest after{" "}
        {plan.reconfigurationDays.toFixed(0)} days.
      </p>
      <table>
        <caption>Feed used by the plan</caption>
        <thead>
          <tr>
            <th scope="col">Stock</th>
            <th scope="col">Assay</th>
            <th scope="col">Available</th>
            <th scope="col">Feed used</th>
            <th scope="col">Product</th>
            <th scope="col">Tails</th>
            <th scope="col">SWU</th>
          </tr>
        </thead>
        <tbody>
          {plan.feeds.map((f) => (
            <tr key={f.band}>
              <th scope="row">{BAND_NAMES[f.band] ?? f.band}</th>
              <td>{pct(f.assay)}</td>
              <td>{kg(f.kgAvailable)}</td>
              <td>{kg(f.kgFeedUsed)}</td>
              <td>{kg(f.kgProduct)}</td>
              <td>
                {f.tailsAssay.low === f.tailsAssay.high
                  ? pct(f.tailsAssay.low)
                  : `${pct(f.tailsAssay.low)}–${pct(f.tailsAssay.high)}`}
              </td>
              <td>{f.swu.toFixed(0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          Capacity: {plan.capacity.machines.toLocaleString("en-US")} machines in{" "}
          {plan.capacity.cascades.toFixed(1)} cascades,{" "}
          {plan.capacity.swuPerYear.toLocaleString("en-US", { maximumFractionDigits: 0 })} SWU/yr
          rated; efficiency LEU {plan.capacity.efficiency.leu.toFixed(2)}, HEU{" "}
          {plan.capacity.efficiency.heu.toFixed(2)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Type</th>
            <th scope="col">Machines</th>
            <th scope="col">Cascades</th>
            <th scope="col">SWU/yr</th>
          </tr>
        </thead>
        <tbody>
          {plan.capacity.groups.map((g) => (
            <tr key={`${g.site}|${g.machineType}`}>
              <th scope="row">{g.site}</th>
              <td>{g.machineType}</td>
              <td>{g.machines.toLocaleString("en-US")}</td>
              <td>{g.cascades.toFixed(1)}</td>
              <td>{g.swuPerYear.toLocaleString("en-US", { maximumFractionDigits: 0 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Other paths (central value)</caption>
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">What changes</th>
            <th scope="col">Days</th>
          </tr>
        </thead>
        <tbody>
          {estimate.alternatives.map((a) => (
            <tr key={a.name}>
              <th scope="row">{a.name}</th>
              <td>{a.description}</td>
              <td>{a.centralDays === null ? (a.infeasible ?? "—") : a.centralDays.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const limitValue = (x: number | null, unit: string) =>
  x === null
    ? "unknown"
    : unit.startsWith("assay")
      ? pct(x)
      : `${x.toLocaleString("en-US", { maximumFractionDigits: 1 })} ${unit}`;

/** "exceeded (16.3×)", "within" or "unknown": never "within" for lack of data. */
const limitStatus = (c: LimitCheck) =>
  c.status === "exceeded"
    ? `exceeded${c.ratio ? ` (${c.atLeast ? "at least " : ""}${c.ratio.toFixed(1)}×)` : ""}`
    : c.status;

/** The JCPOA Annex I limits against the selected report's state. */
export function JcpoaTable({ checks, label }: { checks: LimitCheck[]; label: string }) {
  return (
    <table className="jcpoa">
      <caption>JCPOA limits against report {label}</caption>
      <thead>
        <tr>
          <th scope="col">Limit</th>
          <th scope="col">Allowed</th>
          <th scope="col">Actual</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.limit} className={c.status} data-limit={c.limit}>
            <th scope="row">
              {c.label}{" "}
              <a href={c.source} target="_blank" rel="noreferrer" className="rule">
                {c.rule}
              </a>
            </th>
            <td>{limitValue(c.allowed, c.unit)}</td>
            <td>
              {c.atLeast ? "≥ " : ""}
              {limitValue(c.actual, c.unit)}
            </td>
            <td title={c.note}>{limitStatus(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
