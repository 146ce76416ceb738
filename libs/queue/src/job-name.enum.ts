export enum JobName {
  /** Round trip through Redis and the worker: proves a worker is consuming (readiness, smoke tests). */
  Ping = 'ping',
}
