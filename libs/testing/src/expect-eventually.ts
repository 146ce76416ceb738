/**
 * Retries an assertion until it passes or the time is up, then throws its last failure.
 * Used instead of sleeping for a guessed time.
 */
export async function expectEventually<T>(assertion: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((wait) => setTimeout(wait, intervalMs));
    }
  }
}
