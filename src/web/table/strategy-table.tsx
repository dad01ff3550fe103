import type { StrategyResult } from "../../core/index.js";

const pct = (p: number) => `${(100 * p).toFixed(0)} %`;

/** The strategy comparison: outcome shares, terms and timing per strategy. */
export function StrategyTable({ results }: { results: StrategyResult[] }) {
  const best = results.reduce((a, b) => (b.pDeal > a.pDeal ? b : a));
  return (
    <table data-testid="strategy-table">
      <caption>
        Strategies compared: '{best.name}' has the highest chance of a deal ({pct(best.pDeal)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          <th scope="col">P(deal)</th>
          <th scope="col">P(deal by week {results[0].dealByWeek})</th>
          <th scope="col">P(delay)</th>
          <th scope="col">P(strike)</th>
          <th scope="col">US share in a deal, p50 (p5–p95)</th>
          <th scope="col">Deal week, p50</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td>{pct(r.pDeal)}</td>
            <td>{pct(r.pDealBy)}</td>
            <td>{pct(r.pDelay)}</td>
            <td>{pct(r.pStrike)}</td>
            <td>
              {r.terms
                ? `${r.terms.p50.toFixed(2)} (${r.terms.p5.toFixed(2)}–${r.terms.p95.toFixed(2)})`
                : "—"}
            </td>
            <td>{r.dealWeek ? r.dealWeek.p50.toFixed(0) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
