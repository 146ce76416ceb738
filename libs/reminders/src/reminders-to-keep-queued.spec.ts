import { tokyoEndOfDay } from '#libs/calendar';
import { reminderSchedule } from './reminder-schedule.js';
import { remindersToKeepQueued } from './reminders-to-keep-queued.js';

const dueAt = tokyoEndOfDay('2025-05-07');
const schedule = reminderSchedule(
  { id: 'd1', dueOn: '2025-05-07', dueAt, reminderDaysBefore: [7, 3, 0], escalateTo: 'officer', escalateAfterDays: 3 },
  { reminderHour: 9 },
  new Date('2025-04-01T00:00:00+09:00'),
);

const kept = (now: string, delivered: string[] = []) =>
  remindersToKeepQueued(schedule, { now: new Date(now), dueAt, deliveredKeys: new Set(delivered) }).map((reminder) => reminder.key);

describe('remindersToKeepQueued', () => {
  it.each([
    ['before any instant: all of them', '2025-04-29T12:00:00+09:00', [], ['reminder-d1-7', 'reminder-d1-3', 'reminder-d1-0', 'escalation-d1']],
    ['after the first, which went out', '2025-05-01T12:00:00+09:00', ['reminder-d1-7'], ['reminder-d1-3', 'reminder-d1-0', 'escalation-d1']],
    ['after the first, which never went out (Redis lost it): it fires now', '2025-05-01T12:00:00+09:00', [], ['reminder-d1-7', 'reminder-d1-3', 'reminder-d1-0', 'escalation-d1']],
    ['on the day after the hour, all reminders sent', '2025-05-07T12:00:00+09:00', ['reminder-d1-7', 'reminder-d1-3', 'reminder-d1-0'], ['escalation-d1']],
    ['after the deadline, reminders never sent are no longer wanted', '2025-05-08T12:00:00+09:00', [], ['escalation-d1']],
    ['after the escalation instant, an unsent escalation fires now', '2025-05-12T12:00:00+09:00', ['reminder-d1-0'], ['escalation-d1']],
    ['after the escalation went out: nothing', '2025-05-12T12:00:00+09:00', ['escalation-d1'], []],
  ])('%s', (_, now, delivered, keys) => {
    expect(kept(now, delivered)).toEqual(keys);
  });
});
