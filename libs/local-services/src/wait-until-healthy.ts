import { LocalServiceException } from './local-service.exception.js';

/** Polls a /health URL until it answers 200, the deadline passes, or `stillRunning` says the process died. */
export async function waitUntilHealthy(url: string, timeoutMs: number, stillRunning: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer';
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new LocalServiceException(`The process behind ${url} exited during start-up`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastProblem = `${response.status}: ${await response.text()}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new LocalServiceException(`${url} was not healthy after ${timeoutMs / 1000} s (last answer ${lastProblem})`);
}
