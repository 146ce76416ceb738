import pg from 'pg';

/**
 * Counts the statements every `pg` client of this process sends (TypeORM's pool included:
 * it loads the same `pg` module), so a phase can report statements per event. Counting is
 * an increment per query, far below what a round trip costs.
 */
export class StatementCounter {
  private static installed = false;
  private static total = 0;

  static install(): void {
    if (StatementCounter.installed) return;
    StatementCounter.installed = true;
    const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const query = prototype.query;
    prototype.query = function countedQuery(this: unknown, ...args: unknown[]) {
      StatementCounter.total += 1;
      return query.apply(this, args);
    };
  }

  static get count(): number {
    return StatementCounter.total;
  }
}
