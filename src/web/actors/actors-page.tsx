import { useCallback, useEffect, useMemo, useState } from "react";
import { actorsTrajectoryChart } from "../../charts/actors-trajectory.js";
import { actorsFinalChart } from "../../charts/web-actors-final.js";
import { ACTOR_MODEL_IDS, type ActorModelId, type ActorsMonteCarlo } from "../../core/index.js";
import { ChartFigure } from "../shared/chart-figure.js";
import { ErrorBox } from "../shared/status.js";
import { useWorker } from "../shared/use-worker.js";
import {
  ACTOR_INPUTS,
  ACTORS_DRAWS,
  ACTORS_SEED,
  type ActorInputId,
  type ActorsReply,
  type ActorsRequest,
} from "./actors-protocol.js";

type Central = Extract<ActorsReply, { stage: "central" }>;
const MODEL_NAMES: Record<ActorModelId, string> = {
  mean: "Weighted mean",
  median: "Weighted median",
  bdm: "Expected utility (Bueno de Mesquita)",
  smp: "KTAB Spatial Model of Politics",
};

/** The Actors page: positions by round, and where each actor ends with its uncertainty. */
export function ActorsPage() {
  const [input, setInput] = useState<ActorInputId>("iran-2021");
  const [model, setModel] = useState<ActorModelId>("smp");
  const [central, setCentral] = useState<Central | null>(null);
  const [monteCarlo, setMonteCarlo] = useState<ActorsMonteCarlo | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const onReply = useCallback((reply: ActorsReply, final: boolean) => {
    setError(null);
    if (reply.stage === "central") setCentral(reply);
    else setMonteCarlo(reply.monteCarlo);
    if (final) setBusy(false);
  }, []);
  const onError = useCallback((message: string) => {
    setError(message);
    setBusy(false);
  }, []);
  const run = useWorker<ActorsRequest, ActorsReply>(
    () => new Worker(new URL("./actors.worker.ts", import.meta.url), { type: "module" }),
    onReply,
    onError,
  );
  useEffect(() => {
    setBusy(true);
    setMonteCarlo(null);
    run({ input, model, draws: ACTORS_DRAWS, seed: ACTORS_SEED });
  }, [run, input, model]);

  const source = central ? `${central.file}; ${central.modelName} (${central.modelSource})` : "";
  const trajectorySvg = useMemo(
    () =>
      central
        ? actorsTrajectoryChart(central.trajectory, { source, width: 900 }, window.document)
        : null,
    [central, source],
  );
  const finalSvg = useMemo(() => {
    if (!central) return null;
    const t = central.trajectory;
    const last = t.rounds[t.rounds.length - 1];
    const pointBand = (x: number) => ({ p5: x, p50: x, p95: x });
    const useMc = monteCarlo && monteCarlo.model === t.model ? monteCarlo : null;
    return actorsFinalChart(
      {
        model: central.modelName,
        dimensions: t.dimensions,
        finalPositions: useMc
          ? useMc.finalPositions
          : Object.fromEntries(t.actorNames.map((name, i) => [name, last[i].map(pointBand)])),
        forecast: useMc ? useMc.forecast : t.forecast.map(pointBand),
        draws: useMc ? useMc.draws : 0,
        seed: useMc?.seed,
      },
      { source, width: 900 },
      window.document,
    );
  }, [central, monteCarlo, source]);

  return (
    <div className="page-grid">
      <form
        className="controls"
        aria-label="Actors input and model"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="actors-input">Actors</label>
          <select
            id="actors-input"
            value={input}
            onChange={(e) => setInput(e.currentTarget.value as ActorInputId)}
          >
            {ACTOR_INPUTS.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Model</legend>
          {ACTOR_MODEL_IDS.map((id) => (
            <label className="check" key={id}>
              <input
                type="radio"
                name="actors-model"
                value={id}
                checked={model === id}
                onChange={() => setModel(id)}
              />
              {MODEL_NAMES[id]}
            </label>
          ))}
        </fieldset>
        <p className="hint">
          Uncertain inputs (the Iran file's ranges) are drawn {ACTORS_DRAWS} times with seed{" "}
          {ACTORS_SEED}; KTAB examples are point values.
        </p>
      </form>
      <div className="results">
        {error && <ErrorBox title="The model could not run" message={error} />}
        <p className="progress-line" role="status" aria-live="polite">
          {busy
            ? central
              ? `Drawing ${ACTORS_DRAWS} Monte Carlo runs…`
              : "Running the model…"
            : central
              ? `${central.trajectory.actorNames.length} actors, ${central.trajectory.rounds.length - 1} rounds, ${central.trajectory.converged ? "converged" : "not converged"}.`
              : ""}
        </p>
        <ChartFigure
          svg={trajectorySvg}
          name="actors-trajectory"
          label="Actors' positions by round"
          busy={busy && !trajectorySvg}
        />
        <ChartFigure
          svg={finalSvg}
          name="actors-final"
          label="Final positions and the forecast"
          busy={busy}
        />
      </div>
    </div>
  );
}
