export interface PingJobData {
  /** Chosen by the sender; makes the job id, so a repeated ping with the same id is one job. */
  pingId: string;
}

export interface PingJobResult {
  pingId: string;
  /** `hostname:pid` of the worker that answered. */
  worker: string;
  answeredAt: string;
}
