/** What a chain's walk needs of an entry, whatever the trail. */
export interface ChainLink {
  id: string;
  sequence: number;
  previousHash: string | null;
  hash: string;
}

/**
 * What is wrong with an entry, given whether its hash matches its content and the entry read
 * before it in the same chain (null for the chain's first one read); null when nothing is.
 * `chain` names the chain in the reason (`case`, `tenant`).
 */
export function chainLinkProblem(entry: ChainLink, hashMatches: boolean, predecessor: ChainLink | null, chain: string): string | null {
  if (!hashMatches) return 'hash does not match its content';
  const expected = (predecessor?.sequence ?? 0) + 1;
  if (entry.sequence !== expected) {
    // Rows come in sequence order, so a wrong sequence is always a gap before this entry.
    return entry.sequence === expected + 1 ? `sequence ${expected} missing` : `sequences ${expected} to ${entry.sequence - 1} missing`;
  }
  if (predecessor === null) {
    return entry.previousHash === null ? null : `the first entry of the ${chain} has a previous_hash`;
  }
  if (entry.previousHash !== predecessor.hash) {
    return `previous_hash does not match the hash of entry ${predecessor.id} (sequence ${predecessor.sequence})`;
  }
  return null;
}
