/**
 * An exact, not yet rounded amount of yen as a ratio of BigInts: 2/3 of 160,000 yen is
 * 320,000/3. Rounding it (`floorToYen`, `floorTo1000`) is the only way back to `Yen`.
 */
export interface ExactYen {
  numerator: bigint;
  denominator: bigint;
}
