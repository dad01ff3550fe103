// The message protocol between a page and its Web Worker: each request carries an id; the worker
// answers with zero or more partial replies and one final reply. A newer request makes older ones
// stale: the worker stops working on them and the page ignores their replies.

export interface WorkerRequest<Q> {
  id: number;
  request: Q;
}

export interface WorkerReply<R> {
  id: number;
  result?: R;
  error?: string;
  final: boolean;
}

/** Lets the worker's event loop take a newer request before it goes on. */
export const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
