/**
 * A calendar date in Asia/Tokyo as `YYYY-MM-DD`: the form business dates take in
 * programs, case context and persisted snapshots (JSON-safe, sortable as text).
 * A plain string for JSON's sake: check values from outside with `isIsoDate`.
 */
export type IsoDate = string;
