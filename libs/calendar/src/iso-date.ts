/**
 * A calendar date in Asia/Tokyo as `YYYY-MM-DD`: the form business dates take in
 * programs, case context and persisted snapshots (JSON-safe, sortable as text).
 */
export type IsoDate = string;
