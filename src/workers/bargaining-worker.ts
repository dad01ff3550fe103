// The piscina worker for the bargaining Monte Carlo: one chunk task in, one tally out.
import {
  type BargainingChunkTask,
  type BargainingTally,
  runBargainingChunk,
} from "../core/index.js";

export default function runChunk(task: BargainingChunkTask): BargainingTally {
  return runBargainingChunk(task);
}
