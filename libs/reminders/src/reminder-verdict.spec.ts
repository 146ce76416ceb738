import { tokyoEndOfDay } from '#libs/calendar';
import { reminderVerdict } from './reminder-verdict.js';

const dueAt = tokyoEndOfDay('2025-05-07');
const before = new Date('2025-05-07T09:00:00+09:00');
const after = new Date('2025-05-10T23:59:59.999+09:00');

describe('reminderVerdict', () => {
  it.each([
    ['reminder', 'pending', before, { send: true }],
    ['reminder', 'pending', dueAt, { send: true }],
    ['reminder', 'pending', after, { send: false, reason: 'the deadline has passed: its escalation takes over' }],
    ['reminder', 'cleared', before, { send: false, reason: 'the deadline was met, cleared or moved' }],
    ['escalation', 'pending', after, { send: true }],
    ['escalation', 'pending', dueAt, { send: false, reason: 'the deadline has not passed yet' }],
    ['escalation', 'cleared', after, { send: false, reason: 'the deadline was met, cleared or moved' }],
  ] as const)('a %s of a %s deadline at %s', (kind, status, now, verdict) => {
    expect(reminderVerdict(kind, { status, dueAt }, now)).toEqual(verdict);
  });
});
