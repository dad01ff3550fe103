import { useCallback, useEffect, useMemo, useState } from "react";
import { bargainingDealByWeekChart } from "../../charts/bargaining-deal-by-week.js";
import { bargainingOutcomesChart } from "../../charts/bargaining-outcomes.js";
import { bargainingTornadoChart } from "../../charts/bargaining-tornado.js";
import type { StrategyResult } from "../../core/index.js";
import { ChartFigure } from "../shared/chart-figure.js";
import { ErrorBox, Loading } from "../shared/status.js";
import { markInput } from "../shared/timing.js";
import { useWorker } from "../shared/use-worker.js";
import { StrategyTable } from "./strategy-table.js";
import { TableControls } from "./table-controls.js";
import type { TableLevers } from "./table-levers.js";
import {
  TABLE_SAMPLES,
  TABLE_SEED,
  type TableReply,
  type TableRequest,
  TORNADO_SAMPLES,
} from "./table-protocol.js";

type Defaults = Extract<TableReply, { stage: "defaults" }>;
const TABLE_CHARTS = ["bargaining-outcomes", "bargaining-deal-by-week"];

/** The Table page: the strategies compared, P(deal) by week, the tornado, and levers as sliders. */
export function TablePage() {
  const [defaults, setDefaults] = useState<Defaults | null>(null);
  const [levers, setLevers] = useState<TableLevers | null>(null);
  const [tornadoFor, setTornadoFor] = useState<string>("");
  const [results, setResults] = useState<StrategyResult[] | null>(null);
  const [tornado, setTornado] = useState<StrategyResult | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const onReply = useCallback((reply: TableReply, final: boolean) => {
    setError(null);
    if (reply.stage === "defaults") {
      setDefaults(reply);
      setLevers(reply.levers);
      setTornadoFor(reply.strategies[0]);
    } else if (reply.stage === "strategies") setResults(reply.results);
    else setTornado(reply.result);
    if (final) setBusy(false);
  }, []);
  const onError = useCallback((message: string) => {
    setError(message);
    setBusy(false);
  }, []);
  const run = useWorker<TableRequest, TableReply>(
    () => new Worker(new URL("./table.worker.ts", import.meta.url), { type: "module" }),
    onReply,
    onError,
  );
  useEffect(() => run({ kind: "defaults" }), [run]);
  useEffect(() => {
    if (!levers || !tornadoFor) return;
    setBusy(true);
    run({
      kind: "run",
      levers,
      tornadoFor,
      seed: TABLE_SEED,
      samples: TABLE_SAMPLES,
      tornadoSamples: TORNADO_SAMPLES,
    });
  }, [run, levers, tornadoFor]);

  const start = defaults?.start ?? undefined;
  const outcomesSvg = useMemo(
    () => (results ? bargainingOutcomesChart(results, {}, window.document) : null),
    [results],
  );
  const byWeekSvg = useMemo(
    () => (results ? bargainingDealByWeekChart(results, { start }, window.document) : null),
    [results, start],
  );
  const tornadoSvg = useMemo(
    () => (tornado ? bargainingTornadoChart(tornado, {}, window.document) : null),
    [tornado],
  );

  if (!defaults || !levers)
    return error ? (
      <ErrorBox title="The table could not start" message={error} />
    ) : (
      <Loading>Loading the Vienna 2021 table…</Loading>
    );
  return (
    <div className="page-grid">
      <TableControls
        defaults={defaults}
        levers={levers}
        onChange={(next) => {
          markInput(TABLE_CHARTS);
          setLevers(next);
        }}
        tornadoFor={tornadoFor}
        onTornadoFor={setTornadoFor}
      />
      <div className="results">
        {error && <ErrorBox title="The table could not run with these levers" message={error} />}
        <p className="progress-line" role="status" aria-live="polite">
          {busy
            ? "Running the bargaining Monte Carlo…"
            : `${TABLE_SAMPLES} draws per strategy, seed ${TABLE_SEED}; tornado ${TORNADO_SAMPLES} draws per bar end. Config: scenarios/vienna-2021-table.yaml.`}
        </p>
        {results && <StrategyTable results={results} />}
        <ChartFigure
          svg={outcomesSvg}
          name="bargaining-outcomes"
          label="Outcome of each strategy"
          busy={busy && !outcomesSvg}
        />
        <ChartFigure
          svg={byWeekSvg}
          name="bargaining-deal-by-week"
          label="Probability of a deal by week, per strategy"
          busy={busy && !byWeekSvg}
        />
        <ChartFigure
          svg={tornadoSvg}
          name="bargaining-tornado"
          label={`Tornado of the inputs for ${tornadoFor}`}
          busy={busy && !tornadoSvg}
        />
      </div>
    </div>
  );
}
