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

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Lets the worker's event loop take a newer request before it goes on. A MessageChannel task, not
 * setTimeout: nested timeouts are clamped to 4 ms, which would idle the worker between reports.
 */
export function yieldToMessages(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
