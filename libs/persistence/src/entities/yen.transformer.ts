import type { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; yen amounts are safe integers, so they come back as numbers. */
export const yenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
