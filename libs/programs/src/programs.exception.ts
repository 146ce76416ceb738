/** What went wrong in the programs lib; callers map the code, not the message. */
export enum ProgramsErrorCode {
  /** An amount that is not a whole, non-negative, safe number of yen. */
  InvalidAmount = 'INVALID_AMOUNT',
  /** A rate whose numerator or denominator is not a whole number in range. */
  InvalidFraction = 'INVALID_FRACTION',
  /** A count or a year (population aside) that is not a whole number in range. */
  InvalidNumber = 'INVALID_NUMBER',
  /** A date argument that is not a real `YYYY-MM-DD` date, or dates in the wrong order. */
  InvalidDate = 'INVALID_DATE',
  /** Program data that `validateProgram` finds problems in; `problems` lists them. */
  InvalidProgram = 'INVALID_PROGRAM',
  /** A rule of the program needs a figure the caller did not pass (the area's population, the remaining multi-year cap). */
  MissingGrantContext = 'MISSING_GRANT_CONTEXT',
  /** A population that is not a whole number, or that no bracket of 均等割 + 地域割 covers. */
  PopulationNotCovered = 'POPULATION_NOT_COVERED',
  /** Refunds recorded beyond what was paid: the payment records are wrong. */
  RefundsExceedPayments = 'REFUNDS_EXCEED_PAYMENTS',
}

/**
 * Refusal of a bad input by the programs lib. These are programming or configuration
 * errors (a float where yen belong, a program that does not validate), not user mistakes:
 * the lifecycle refuses user mistakes before they reach the money rules.
 */
export class ProgramsException extends Error {
  constructor(
    readonly code: ProgramsErrorCode,
    message: string,
    /** Every problem found, each naming its field; one entry unless the whole program was checked. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = 'ProgramsException';
  }
}
