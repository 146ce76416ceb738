import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { JobName, jobOptions, QueueName } from '#libs/queue';
import {
  BuiltProcess,
  createTestDatabase,
  expectEventually,
  freePort,
  TEST_REDIS_URL,
  type TestDatabase,
  uniqueQueuePrefix,
} from '#libs/testing';

describe('worker process (real Redis queue, real PostgreSQL)', () => {
  const prefix = uniqueQueuePrefix();
  let database: TestDatabase;
  let worker: BuiltProcess;
  let healthPort: number;
  let queue: Queue;
  let queueEvents: QueueEvents;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: true });
    healthPort = await freePort();
    worker = new BuiltProcess('worker/src/main', {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(healthPort),
      LOG_FORMAT: 'json',
    });
    await worker.waitForOutput(/Nest application successfully started/);
    queue = new Queue(QueueName.System, { connection: { url: TEST_REDIS_URL }, prefix });
    queueEvents = new QueueEvents(QueueName.System, { connection: { url: TEST_REDIS_URL }, prefix });
    await queueEvents.waitUntilReady();
    // As a deployment's readiness probe would: jobs go in once the worker says it consumes its queues.
    await expectEventually(async () => expect((await fetch(`http://127.0.0.1:${healthPort}/health`)).status).toBe(200), 30_000, 200);
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await queueEvents?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await database?.drop();
  });

  it('processes a job put on the queue and answers from its own process', async () => {
    const pingId = randomUUID();
    const job = await queue.add(JobName.Ping, { pingId }, jobOptions(JobName.Ping, { pingId }));
    const result = await job.waitUntilFinished(queueEvents, 15_000);
    expect(result).toEqual({ pingId, worker: `${hostname()}:${worker.pid}`, answeredAt: expect.any(String) });
    expect(Date.parse(result.answeredAt)).not.toBeNaN();
  });

  it('treats the same job added twice as one job, processed once', async () => {
    const pingId = randomUUID();
    const first = await queue.add(JobName.Ping, { pingId }, jobOptions(JobName.Ping, { pingId }));
    await first.waitUntilFinished(queueEvents, 15_000);
    const again = await queue.add(JobName.Ping, { pingId }, jobOptions(JobName.Ping, { pingId }));
    expect(again.id).toBe(first.id);
    expect(first.id).not.toContain(':');
    const completed = await queue.getCompleted();
    expect(completed.filter((job) => job.id === first.id)).toHaveLength(1);
  });

  it('fails a job nobody handles rather than completing it', async () => {
    const job = await queue.add('no-such-job', {});
    await expect(job.waitUntilFinished(queueEvents, 15_000)).rejects.toThrow(
      'The system queue has no handler for job "no-such-job"',
    );
  });

  it('reports its own health: services up and the queue consumed', async () => {
    const response = await fetch(`http://127.0.0.1:${healthPort}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { info: unknown };
    expect(body.info).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
      queues: { status: 'up', system: 'consuming' },
    });
  });

  it('on SIGTERM in the middle of a burst finishes or returns every job in flight, and exits cleanly', async () => {
    const pingIds = Array.from({ length: 500 }, () => randomUUID());
    const completedBefore = await queue.getCompletedCount();
    await queue.addBulk(
      pingIds.map((pingId) => ({ name: JobName.Ping, data: { pingId }, opts: jobOptions(JobName.Ping, { pingId }) })),
    );
    await expectEventually(async () => expect(await queue.getCompletedCount()).toBeGreaterThan(completedBefore), 15_000, 5);

    worker.kill('SIGTERM');
    const exit = await worker.exited;

    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(exit.stdout).toContain('SIGTERM received: the BullMQ workers stop taking jobs and finish those in flight');
    expect(await queue.getWorkersCount()).toBe(0);
    const counts = await queue.getJobCounts('active', 'failed', 'completed', 'waiting', 'prioritized');
    expect(counts.active).toBe(0);
    expect(counts.failed).toBe(1); // the unhandled job of the test above, nothing from the burst
    expect(counts.completed - completedBefore + counts.waiting + counts.prioritized).toBe(pingIds.length);
  });
});
