/**
 * Waits until `count()` reaches `total`, looking every 20 ms. Fails when it stops moving for
 * `stallMs`: a benchmark that waits forever on a lost job measures nothing.
 */
export async function untilCount(what: string, count: () => number, total: number, stallMs = 60_000): Promise<void> {
  let seen = count();
  let movedAt = Date.now();
  while (count() < total) {
    await new Promise((wait) => setTimeout(wait, 20));
    if (count() !== seen) {
      seen = count();
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(`${what}: ${seen} of ${total}, and none more for ${stallMs / 1000} s`);
    }
  }
}
