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
  throw new Error('expected a ConfigurationException');
};

describe('readEnvironment', () => {
  it('applies the documented defaults when nothing is set', () => {
    const variables = readEnvironment({});
    expect(variables).toMatchObject({
      PORT: 3000,
      WORKER_HEALTH_PORT: 3001,
      WORKER_CONCURRENCY: 5,
      QUEUE_PREFIX: 'grants',
      LOG_LEVEL: 'info',
      DATA_DIR: '.data',
      EMBEDDED_POSTGRES_PORT: 5433,
    });
    expect(variables.DATABASE_URL).toBeUndefined();
    expect(variables.REDIS_URL).toBeUndefined();
  });

  it('converts numeric variables and keeps valid URLs as given', () => {
    const variables = readEnvironment({
      PORT: '8080',
      DATABASE_URL: 'postgresql://grants:s3cret@db.internal:5432/grants',
      REDIS_URL: 'rediss://:pw@cache:6380/2',
    });
    expect(variables.PORT).toBe(8080);
    expect(variables.DATABASE_URL).toBe('postgresql://grants:s3cret@db.internal:5432/grants');
    expect(variables.REDIS_URL).toBe('rediss://:pw@cache:6380/2');
  });

  it('treats an empty value as unset', () => {
    const variables = readEnvironment({ DATABASE_URL: '', PORT: '' });
    expect(variables.DATABASE_URL).toBeUndefined();
    expect(variables.PORT).toBe(3000);
  });

  it.each([
    ['not a URL', 'not-a-url'],
    ['a URL of another scheme', 'mysql://root@127.0.0.1/grants'],
    ['a URL without a host', 'postgres://'],
  ])('refuses a DATABASE_URL that is %s', (_, value) => {
    expect(problemsOf({ DATABASE_URL: value })).toEqual([
      'DATABASE_URL must be a URL starting with postgres:// or postgresql:// (for example postgres://host:port)',
    ]);
  });

  it.each(['abc', '0', '65536', '-1', '3.5', '3e3', '0x50', '80abc'])('refuses PORT=%s', (value) => {
    expect(problemsOf({ PORT: value })).toEqual(['PORT must be a whole number between 1 and 65535']);
  });

  it('names every bad variable, each once, in one line', () => {
    const problems = problemsOf({ PORT: 'x', REDIS_URL: 'http://cache', LOG_LEVEL: 'loud', QUEUE_PREFIX: 'Has:Colon' });
    expect(problems).toHaveLength(4);
    expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'QUEUE_PREFIX', 'REDIS_URL']);
    expect(new ConfigurationException(problems).message).not.toContain('\n');
  });
});

describe('AppConfig.fromEnvironment', () => {
  it('requires DATABASE_URL, which only the main job may leave unset', () => {
    expect(() => AppConfig.fromEnvironment(readEnvironment({}), false)).toThrow(/^Configuration error: DATABASE_URL is not set/);
  });

  it('defaults Redis to the local one and the log format to the kind of output', () => {
    const variables = readEnvironment({ DATABASE_URL: 'postgres://u@h/db' });
    expect(AppConfig.fromEnvironment(variables, true)).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      logFormat: 'pretty',
    });
    expect(AppConfig.fromEnvironment(variables, false).logFormat).toBe('json');
    expect(AppConfig.fromEnvironment(readEnvironment({ DATABASE_URL: 'postgres://u@h/db', LOG_FORMAT: 'json' }), true).logFormat).toBe('json');
  });
});

describe('the access-token variables', () => {
  it('default the token lifetime to an hour and leave the secret unset', () => {
    const variables = readEnvironment({});
    expect(variables.JWT_TTL_SECONDS).toBe(3600);
    expect(variables.JWT_SECRET).toBeUndefined();
  });

  it('refuses a JWT_SECRET shorter than 32 characters', () => {
    expect(problemsOf({ JWT_SECRET: 'x'.repeat(31) })).toEqual([
      'JWT_SECRET must be at least 32 characters (for example the output of `openssl rand -base64 48`)',
    ]);
    expect(readEnvironment({ JWT_SECRET: 'x'.repeat(32) }).JWT_SECRET).toBe('x'.repeat(32));
  });

  it.each(['59', '86401', '1h', '0'])('refuses JWT_TTL_SECONDS=%s', (value) => {
    expect(problemsOf({ JWT_TTL_SECONDS: value })).toEqual(['JWT_TTL_SECONDS must be a whole number between 60 and 86400']);
  });

  it('lets the worker and the CLI start without JWT_SECRET, and not the API', () => {
    const variables = readEnvironment({ DATABASE_URL: 'postgres://u@h/db', JWT_TTL_SECONDS: '900' });
    expect(AppConfig.fromEnvironment(variables, false)).toMatchObject({ jwtSecret: undefined, jwtTtlSeconds: 900 });
    expect(() => AppConfig.fromEnvironment(variables, false, { requireJwtSecret: true })).toThrow(/^Configuration error: JWT_SECRET is not set/);
  });

  it('names both DATABASE_URL and JWT_SECRET, in one line, when the API has neither', () => {
    const error = (() => {
      try {
        AppConfig.fromEnvironment(readEnvironment({}), false, { requireJwtSecret: true });
      } catch (caught) {
        return caught as ConfigurationException;
      }
      throw new Error('expected a ConfigurationException');
    })();
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual(['DATABASE_URL', 'JWT_SECRET']);
    expect(error.message).not.toContain('\n');
  });
});
