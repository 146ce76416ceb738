import { AppConfig } from './app-config.js';
import { ConfigurationException } from './configuration.exception.js';
import { readEnvironment } from './read-environment.js';

const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
  try {
    readEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationException) return error.problems;
    throw error;
  }
  return [];
};

describe('the reminder variables', () => {
  it('default to 09:00, no SMTP (e-mails logged), a 1 s relay poll and a 5 minute reconciler', () => {
    const config = AppConfig.fromEnvironment(readEnvironment({ DATABASE_URL: 'postgres://u@h/db' }), false);
    expect(config).toMatchObject({
      reminderHour: 9,
      smtpUrl: null,
      mailFrom: 'no-reply@localhost',
      outboxPollMs: 1000,
      outboxBatchSize: 200,
      reconcileEveryMs: 300_000,
    });
  });

  it('takes what is set', () => {
    const config = AppConfig.fromEnvironment(
      readEnvironment({
        DATABASE_URL: 'postgres://u@h/db',
        REMINDER_HOUR: '0',
        SMTP_URL: 'smtps://grants:secret@mail.city.example.jp:465',
        MAIL_FROM: 'grants@city.example.jp',
        OUTBOX_POLL_MS: '250',
        OUTBOX_BATCH_SIZE: '1000',
        RECONCILE_EVERY_MS: '60000',
      }),
      false,
    );
    expect(config).toMatchObject({
      reminderHour: 0,
      smtpUrl: 'smtps://grants:secret@mail.city.example.jp:465',
      mailFrom: 'grants@city.example.jp',
      outboxPollMs: 250,
      outboxBatchSize: 1000,
      reconcileEveryMs: 60_000,
    });
  });

  it.each([
    [{ REMINDER_HOUR: '24' }, 'REMINDER_HOUR must be a whole number between 0 and 23'],
    [{ REMINDER_HOUR: '9:30' }, 'REMINDER_HOUR must be a whole number between 0 and 23'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL must be a URL starting with smtp:// or smtps:// (for example smtp://host:port)'],
    [{ MAIL_FROM: 'grants' }, 'MAIL_FROM must be an e-mail address, e.g. grants@city.example.jp'],
    [{ OUTBOX_POLL_MS: '5' }, 'OUTBOX_POLL_MS must be a whole number between 10 and 60000'],
    [{ OUTBOX_BATCH_SIZE: '0' }, 'OUTBOX_BATCH_SIZE must be a whole number between 1 and 10000'],
    [{ RECONCILE_EVERY_MS: '999' }, 'RECONCILE_EVERY_MS must be a whole number between 1000 and 86400000'],
  ])('refuses %j', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });
});
