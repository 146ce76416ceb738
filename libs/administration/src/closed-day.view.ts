/** A day the municipality's offices are closed, as the admin API shows it. */
export interface ClosedDayView {
  date: string;
  reason: string;
}
