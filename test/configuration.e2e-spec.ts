import { randomBytes } from 'node:crypto';
import { BuiltProcess, TEST_SERVER_DATABASE_URL } from '#libs/testing';

const JWT_SECRET = randomBytes(32).toString('hex');

/** What an operator sees when a variable is wrong: one line naming it, exit code 78, no stack. */
describe('start-up with bad configuration', () => {
  const expectOneLineNaming = (exit: { code: number | null; stdout: string; stderr: string }, variable: string) => {
    expect(exit.code).toBe(78);
    expect(exit.stdout).toBe('');
    const lines = exit.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect(exit.stderr).not.toMatch(/\bat .*\.js:\d+/);
  };

  it.each(['api/src/main', 'worker/src/main', 'cli/src/migrate', 'cli/src/seed-demo', 'launcher/src/main'])(
    '%s refuses a malformed DATABASE_URL',
    async (entry) => {
      expectOneLineNaming(await BuiltProcess.run(entry, { DATABASE_URL: 'localhost:5432/grants' }), 'DATABASE_URL');
    },
  );

  it.each(['api/src/main', 'launcher/src/main'])('%s refuses a PORT out of range', async (entry) => {
    const exit = await BuiltProcess.run(entry, { DATABASE_URL: TEST_SERVER_DATABASE_URL, JWT_SECRET, PORT: '70000' });
    expectOneLineNaming(exit, 'PORT');
    expect(exit.stderr).toContain('PORT must be a whole number between 1 and 65535');
  });

  it('the API refuses a PORT that is not a number', async () => {
    const exit = await BuiltProcess.run('api/src/main', { DATABASE_URL: TEST_SERVER_DATABASE_URL, JWT_SECRET, PORT: 'http' });
    expectOneLineNaming(exit, 'PORT');
  });

  it('the API refuses to start without DATABASE_URL, and says the main job would set it', async () => {
    const exit = await BuiltProcess.run('api/src/main', { JWT_SECRET });
    expectOneLineNaming(exit, 'DATABASE_URL');
    expect(exit.stderr).toContain('`npm start` sets it for you');
  });

  it('the API refuses to start without JWT_SECRET, and says the main job would set it', async () => {
    const exit = await BuiltProcess.run('api/src/main', { DATABASE_URL: TEST_SERVER_DATABASE_URL });
    expectOneLineNaming(exit, 'JWT_SECRET');
    expect(exit.stderr).toContain('`npm start` sets it for you');
  });

  it.each(['api/src/main', 'launcher/src/main'])('%s refuses a JWT_SECRET shorter than 32 characters', async (entry) => {
    const exit = await BuiltProcess.run(entry, { DATABASE_URL: TEST_SERVER_DATABASE_URL, JWT_SECRET: 'too-short' });
    expectOneLineNaming(exit, 'JWT_SECRET');
    expect(exit.stderr).toContain('JWT_SECRET must be at least 32 characters');
  });

  it('the API refuses a JWT_TTL_SECONDS beyond a day', async () => {
    const exit = await BuiltProcess.run('api/src/main', { DATABASE_URL: TEST_SERVER_DATABASE_URL, JWT_SECRET, JWT_TTL_SECONDS: '86401' });
    expectOneLineNaming(exit, 'JWT_TTL_SECONDS');
  });
});
