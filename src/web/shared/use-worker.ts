import { useCallback, useEffect, useRef } from "react";
import type { WorkerReply, WorkerRequest } from "./worker-protocol.js";

/**
 * Owns one Web Worker for the component's life. `run(request)` sends a request; replies to older
 * requests are ignored, so only the latest input's results reach `onReply`.
 */
export function useWorker<Q, R>(
  create: () => Worker,
  onReply: (result: R, final: boolean) => void,
  onError: (message: string) => void,
) {
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const handlers = useRef({ onReply, onError });
  handlers.current = { onReply, onError };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the worker is created once per mount
  useEffect(() => {
    const w = create();
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerReply<R>>) => {
      const reply = event.data;
      if (reply.id !== lastId.current) return;
      if (reply.error !== undefined) handlers.current.onError(reply.error);
      else if (reply.result !== undefined) handlers.current.onReply(reply.result, reply.final);
    };
    w.onerror = (event) => handlers.current.onError(event.message || "The worker failed.");
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  return useCallback((request: Q) => {
    lastId.current += 1;
    const message: WorkerRequest<Q> = { id: lastId.current, request };
    worker.current?.postMessage(message);
  }, []);
}
