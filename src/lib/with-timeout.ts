/**
 * Runs a request with a signal that aborts after `ms`; the returned promise fails then even if
 * the request does not listen to its signal, so no caller waits on a hung connection for ever.
 */
export function withTimeout<T>(ms: number, request: (signal: AbortSignal) => Promise<T>) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new DOMException("The server took too long to answer.", "TimeoutError");
      controller.abort(reason);
      reject(reason);
    }, ms);
  });
  return Promise.race([request(controller.signal), timedOut]).finally(() => clearTimeout(timer));
}
