import { MunicipalCalendar } from '#libs/calendar';
import { fiscalYearCloseReportDays, fiscalYearReportedOn } from './fiscal-year-close-report-days.js';

const calendar = new MunicipalCalendar();
const DEFAULT_DAYS = [30, 7, 1];

describe('fiscalYearCloseReportDays', () => {
  it.each([
    // FY2025 closes on Sunday 2026-05-31: the close day and the day before (Saturday) both go back to Friday 05-29;
    // 7 days before is Sunday 05-24, back to Friday 05-22; 30 days before is Friday 05-01, open.
    [2025, DEFAULT_DAYS, ['2026-05-01', '2026-05-22', '2026-05-29']],
    // FY2024 closes on Saturday 2025-05-31: close day and 1 day before on Friday 05-30; Saturday 05-24 back to 05-23.
    [2024, DEFAULT_DAYS, ['2025-05-01', '2025-05-23', '2025-05-30']],
    // FY2026 closes on Monday 2027-05-31, open: reported that day; Sunday 05-30 back to Friday 05-28;
    // Saturday 05-01 back to Friday 04-30.
    [2026, DEFAULT_DAYS, ['2027-04-30', '2027-05-24', '2027-05-28', '2027-05-31']],
    // Golden Week 2026: 05-03 (憲法記念日, Sunday) and 05-05 (こどもの日) go back over 05-02 (Saturday) to Friday 05-01.
    [2025, [28, 26], ['2026-05-01', '2026-05-29']],
    // Nothing but the close day.
    [2025, [], ['2026-05-29']],
  ])('reports FY%i with days %j before the close on %j', (fiscalYear, daysBefore, expected) => {
    expect(fiscalYearCloseReportDays(fiscalYear, daysBefore, calendar)).toEqual(expected);
  });

  it("moves off the municipality's own closed days (臨時休業) too", () => {
    const withClosure = new MunicipalCalendar({ extraClosedDays: ['2027-05-31', '2027-05-28'] });
    expect(fiscalYearCloseReportDays(2026, [1], withClosure)).toEqual(['2027-05-27']);
  });

  it('never goes back before 1 April: a report day moved past it goes to the first open day from 1 April', () => {
    // 60 days before 2028-05-31 is Saturday 2028-04-01; going back would reach 31 March, still FY2027.
    expect(fiscalYearCloseReportDays(2027, [60], calendar)).toEqual(['2028-04-03', '2028-05-31']);
  });

  it.each([[-1], [61], [1.5], [Number.NaN]])('refuses %p days before the close', (days) => {
    expect(() => fiscalYearCloseReportDays(2025, [days], calendar)).toThrow('days before the accounts close must be whole numbers from 0 to 60');
  });
});

describe('fiscalYearReportedOn', () => {
  it.each([
    ['2026-05-01', 2025],
    ['2026-05-22', 2025],
    ['2026-05-29', 2025],
    ['2025-05-30', 2024],
  ])('on %s reports FY%i', (today, fiscalYear) => {
    expect(fiscalYearReportedOn(today, DEFAULT_DAYS, calendar)).toBe(fiscalYear);
  });

  it.each([
    ['2026-05-31', 'the close day itself, a Sunday: its report went out on Friday'],
    ['2026-05-28', 'a working day that is no report day'],
    ['2026-06-01', 'after the close'],
    ['2026-03-31', 'the last day of FY2025, before its close has begun'],
    ['2026-01-15', 'mid-year'],
  ])('reports nothing on %s (%s)', (today) => {
    expect(fiscalYearReportedOn(today, DEFAULT_DAYS, calendar)).toBeNull();
  });
});
