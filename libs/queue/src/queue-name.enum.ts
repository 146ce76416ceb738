/** Every BullMQ queue of the project. A job's queue is fixed by `JOB_QUEUE`. */
export enum QueueName {
  System = 'system',
}
