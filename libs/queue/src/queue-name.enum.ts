/** Every BullMQ queue of the project. A job's queue is fixed by `JOB_QUEUE`. */
export enum QueueName {
  System = 'system',
  /** Deadline reminders, escalations and the reconciler that keeps them queued. */
  Reminders = 'reminders',
}
