// The Actors page's worker: reads the chosen input (YAML or KTAB CSV) exactly as the CLI does,
// runs the model on the central values, then the Monte Carlo over the uncertain inputs.
import { parse } from "yaml";
import ktab3Dim from "../../../data/ktab/dummyData_3Dim.csv?raw";
import ktabPolicy from "../../../data/ktab/SOE-Policy.csv?raw";
import iranYaml from "../../../scenarios/iran-2021-actors.yaml?raw";
import {
  ACTOR_MODELS,
  type ActorModelSettings,
  centralActors,
  ktabActorSet,
  resolveActorsConfig,
  runActorsMonteCarlo,
  type UncertainActorSet,
} from "../../core/index.js";
import { actorsConfigSchema } from "../../core/schemas.js";
import { yieldToMessages } from "../shared/worker-protocol.js";
import { serveWorker } from "../shared/worker-serve.js";
import type { ActorInputId, ActorsReply, ActorsRequest } from "./actors-protocol.js";

interface Loaded {
  set: UncertainActorSet;
  uncertain: boolean;
  settings: ActorModelSettings;
  file: string;
}

function fromKtab(text: string, file: string): Loaded {
  const parsed = ktabActorSet(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return { set: parsed.value, uncertain: false, settings: {}, file };
}

function fromYaml(text: string, file: string): Loaded {
  const config = actorsConfigSchema.safeParse(parse(text));
  if (!config.success)
    throw new Error(
      `${file}: ${config.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const resolved = resolveActorsConfig(config.data);
  if (!resolved.ok)
    throw new Error(
      `${file}: ${resolved.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return {
    set: resolved.value,
    uncertain: resolved.value.uncertain,
    settings: { smp: config.data.settings?.smp, bdm: config.data.settings?.bdm },
    file,
  };
}

const LOADERS: Record<ActorInputId, () => Loaded> = {
  "iran-2021": () => fromYaml(iranYaml, "scenarios/iran-2021-actors.yaml"),
  "ktab-soe-policy": () => fromKtab(ktabPolicy, "data/ktab/SOE-Policy.csv"),
  "ktab-3dim": () => fromKtab(ktab3Dim, "data/ktab/dummyData_3Dim.csv"),
};
const cache = new Map<ActorInputId, Loaded>();

serveWorker<ActorsRequest, ActorsReply>(async (request, job) => {
  await yieldToMessages();
  if (job.stale()) return;
  const loaded = cache.get(request.input) ?? LOADERS[request.input]();
  cache.set(request.input, loaded);
  const info = ACTOR_MODELS[request.model];
  const trajectory = info.run(centralActors(loaded.set), loaded.settings);
  job.emit(
    {
      stage: "central",
      trajectory,
      file: loaded.file,
      modelName: info.name,
      modelSource: info.source,
      uncertain: loaded.uncertain,
    },
    !loaded.uncertain,
  );
  if (!loaded.uncertain) return;
  await yieldToMessages();
  if (job.stale()) return;
  const monteCarlo = runActorsMonteCarlo(
    loaded.set,
    request.model,
    loaded.settings,
    request.draws,
    request.seed,
  );
  job.emit({ stage: "monteCarlo", monteCarlo }, true);
});
