import { escalationKey, reminderKey } from '#libs/reminders';
import { JobName } from './job-name.enum.js';
import { jobOptions } from './job-options.js';

const deadlineId = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('jobOptions', () => {
  it.each([
    [JobName.Ping, { pingId: 'p1' }, 'ping-p1'],
    [JobName.Reminder, { deadlineId, daysBefore: 7 }, `reminder-${deadlineId}-7`],
    [JobName.Reminder, { deadlineId, daysBefore: 0 }, `reminder-${deadlineId}-0`],
    [JobName.Escalation, { deadlineId }, `escalation-${deadlineId}`],
  ] as const)('gives %s %j the deterministic id %s, free of ":"', (name, data, jobId) => {
    const options = jobOptions(name, data as never);
    expect(options.jobId).toBe(jobId);
    expect(options.jobId).not.toContain(':');
    expect(jobOptions(name, data as never)).toEqual(options);
  });

  it('names a reminder job and its deliveries alike', () => {
    expect(jobOptions(JobName.Reminder, { deadlineId, daysBefore: 3 }).jobId).toBe(reminderKey(deadlineId, 3));
    expect(jobOptions(JobName.Escalation, { deadlineId }).jobId).toBe(escalationKey(deadlineId));
  });

  it('retries a reminder that could not be sent with backoff, and keeps a finished one long enough that scheduling it again is a no-op', () => {
    expect(jobOptions(JobName.Reminder, { deadlineId, daysBefore: 0 })).toMatchObject({
      attempts: expect.any(Number),
      backoff: { type: 'exponential' },
      removeOnComplete: { age: 7 * 24 * 3600 },
    });
  });

  it('leaves the id of the reconciler’s runs to its job scheduler', () => {
    expect(jobOptions(JobName.ReconcileReminders, {}).jobId).toBeUndefined();
  });
});
