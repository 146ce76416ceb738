import { computeDeadline, MunicipalCalendar, tokyoEndOfDay } from '#libs/calendar';
import type { DeadlineTiming } from './deadline-timing.js';
import { delayUntil, reminderInstant, reminderSchedule } from './reminder-schedule.js';

const calendar = new MunicipalCalendar();
const at9 = { reminderHour: 9 };

function deadlineDueOn(dueOn: string, overrides: Partial<DeadlineTiming> = {}): DeadlineTiming {
  return {
    id: 'd1',
    dueOn,
    dueAt: tokyoEndOfDay(dueOn),
    reminderDaysBefore: [7, 3, 0],
    escalateTo: 'officer',
    escalateAfterDays: 3,
    ...overrides,
  };
}

const fired = (deadline: DeadlineTiming, scheduledAt: string, settings = at9) =>
  reminderSchedule(deadline, settings, new Date(scheduledAt)).map((reminder) => [reminder.key, reminder.fireAt.toISOString()]);

describe('reminderSchedule', () => {
  it('reminds 7 and 3 days before and on the day at 09:00 Tokyo of a deadline moved from 2025-05-03 to 2025-05-07, then escalates 3 days after it', () => {
    // 2025-05-03 is 憲法記念日 (a Saturday), 05-04 a Sunday, 05-05 こどもの日, 05-06 振替休日.
    const dueOn = computeDeadline({ kind: 'onDate', date: '2025-05-03' }, '2025-04-01', calendar);
    expect(dueOn).toBe('2025-05-07');
    expect(fired(deadlineDueOn(dueOn), '2025-04-01T12:00:00+09:00')).toEqual([
      ['reminder-d1-7', '2025-04-30T00:00:00.000Z'], // 2025-04-30 09:00 JST
      ['reminder-d1-3', '2025-05-04T00:00:00.000Z'], // 2025-05-04 09:00 JST: a Sunday, e-mail still goes
      ['reminder-d1-0', '2025-05-07T00:00:00.000Z'], // 2025-05-07 09:00 JST
      ['escalation-d1', '2025-05-10T14:59:59.999Z'], // the end of 2025-05-10 JST
    ]);
  });

  it('counts calendar days back across 年末年始 for a deadline moved from 2025-12-30 to 2026-01-05', () => {
    const dueOn = computeDeadline({ kind: 'daysAfter', days: 14 }, '2025-12-16', calendar);
    expect(dueOn).toBe('2026-01-05');
    expect(fired(deadlineDueOn(dueOn), '2025-12-16T12:00:00+09:00')).toEqual([
      ['reminder-d1-7', '2025-12-29T00:00:00.000Z'],
      ['reminder-d1-3', '2026-01-02T00:00:00.000Z'],
      ['reminder-d1-0', '2026-01-05T00:00:00.000Z'],
      ['escalation-d1', '2026-01-08T14:59:59.999Z'],
    ]);
  });

  it.each([
    ['a week ahead: every reminder', '2025-04-30T08:59:59+09:00', ['reminder-d1-7', 'reminder-d1-3', 'reminder-d1-0', 'escalation-d1']],
    ['at the very instant of the first', '2025-04-30T09:00:00+09:00', ['reminder-d1-7', 'reminder-d1-3', 'reminder-d1-0', 'escalation-d1']],
    ['two days ahead: no 7 or 3 days before', '2025-05-05T10:00:00+09:00', ['reminder-d1-0', 'escalation-d1']],
    ['on the day, after the hour: the on-the-day one still', '2025-05-07T15:00:00+09:00', ['reminder-d1-0', 'escalation-d1']],
  ])('drops reminders already past when scheduled, keeping the one on the day: %s', (_, scheduledAt, keys) => {
    expect(fired(deadlineDueOn('2025-05-07'), scheduledAt).map(([key]) => key)).toEqual(keys);
  });

  it('fires at the configured hour, sorts offsets and ignores a repeated one', () => {
    const deadline = deadlineDueOn('2025-05-07', { reminderDaysBefore: [0, 14, 1, 14] });
    expect(fired(deadline, '2025-04-01T00:00:00+09:00', { reminderHour: 17 })).toEqual([
      ['reminder-d1-14', '2025-04-23T08:00:00.000Z'],
      ['reminder-d1-1', '2025-05-06T08:00:00.000Z'],
      ['reminder-d1-0', '2025-05-07T08:00:00.000Z'],
      ['escalation-d1', '2025-05-10T14:59:59.999Z'],
    ]);
  });

  it('has no escalation when the deadline names nobody to escalate to, and escalates at the due instant after 0 days', () => {
    expect(fired(deadlineDueOn('2025-05-07', { escalateTo: null }), '2025-04-01T00:00:00+09:00').map(([key]) => key)).toEqual([
      'reminder-d1-7',
      'reminder-d1-3',
      'reminder-d1-0',
    ]);
    expect(fired(deadlineDueOn('2025-05-07', { reminderDaysBefore: [], escalateAfterDays: 0 }), '2025-04-01T00:00:00+09:00')).toEqual([
      ['escalation-d1', '2025-05-07T14:59:59.999Z'],
    ]);
  });

  it('names reminders and escalations with ids BullMQ accepts (no ":")', () => {
    const deadline = deadlineDueOn('2025-05-07', { id: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b' });
    for (const reminder of reminderSchedule(deadline, at9, new Date('2025-04-01T00:00:00Z'))) {
      expect(reminder.key).not.toContain(':');
      expect(reminder.deadlineId).toBe(deadline.id);
    }
  });
});

describe('reminderInstant and delayUntil', () => {
  it.each([
    ['2025-05-07', 0, 0, '2025-05-06T15:00:00.000Z'],
    ['2025-05-07', 0, 23, '2025-05-07T14:00:00.000Z'],
    ['2025-03-01', 1, 9, '2025-02-28T00:00:00.000Z'],
    ['2024-03-01', 1, 9, '2024-02-29T00:00:00.000Z'],
  ])('%s, %i days before at %i:00 Tokyo is %s', (dueOn, daysBefore, hour, instant) => {
    expect(reminderInstant(dueOn, daysBefore, hour).toISOString()).toBe(instant);
  });

  it('waits until the instant, and not at all for one already past', () => {
    const now = new Date('2025-05-07T00:00:00Z');
    expect(delayUntil(new Date('2025-05-07T00:00:03Z'), now)).toBe(3000);
    expect(delayUntil(new Date('2025-05-06T00:00:00Z'), now)).toBe(0);
  });
});
