/** A clock the test sets: the API's `Clock` provider replaced by this one. */
export class SettableClock {
  constructor(private instant: Date) {}

  now(): Date {
    return new Date(this.instant);
  }

  /** Sets the Tokyo business date (noon there, so no boundary is near). */
  setTokyoDate(date: string): void {
    this.instant = new Date(`${date}T12:00:00+09:00`);
  }
}
