// Worker side of the protocol: runs one handler per request, drops work that a newer request made
// stale, and turns thrown errors into a final reply with the message.
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

export interface Job<R> {
  /** Sends a partial (final = false) or the last (final = true) result, unless the job is stale. */
  emit: (result: R, final: boolean) => void;
  /** True once a newer request has arrived; the handler should stop. */
  stale: () => boolean;
}

/** Serves requests on the worker's global scope with `handle`. */
export function serveWorker<Q, R>(handle: (request: Q, job: Job<R>) => Promise<void> | void) {
  let latest = 0;
  const post = (reply: WorkerReply<R>) => (self as unknown as Worker).postMessage(reply);
  self.addEventListener("message", async (event: MessageEvent<WorkerRequest<Q>>) => {
    const { id, request } = event.data;
    latest = Math.max(latest, id);
    const stale = () => id !== latest;
    try {
      await handle(request, {
        emit: (result, final) => {
          if (!stale()) post({ id, result, final });
        },
        stale,
      });
    } catch (error) {
      post({ id, error: error instanceof Error ? error.message : String(error), final: true });
    }
  });
}
