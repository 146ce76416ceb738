import { type ChainLink, chainLinkProblem } from './chain-link-problem.js';

const first: ChainLink = { id: '10', sequence: 1, previousHash: null, hash: 'a'.repeat(64) };
const second: ChainLink = { id: '11', sequence: 2, previousHash: first.hash, hash: 'b'.repeat(64) };

describe('chainLinkProblem', () => {
  it('finds nothing wrong with a chain that starts at 1 and links each entry to the one before', () => {
    expect(chainLinkProblem(first, true, null, 'tenant')).toBeNull();
    expect(chainLinkProblem(second, true, first, 'tenant')).toBeNull();
  });

  it('names a hash that does not match before anything else', () => {
    expect(chainLinkProblem({ ...second, sequence: 9 }, false, first, 'tenant')).toBe('hash does not match its content');
  });

  it('names the sequences missing before an entry', () => {
    expect(chainLinkProblem(second, true, null, 'tenant')).toBe('sequence 1 missing');
    expect(chainLinkProblem({ ...second, sequence: 5 }, true, first, 'tenant')).toBe('sequences 2 to 4 missing');
  });

  it('names a first entry with a previous hash, and a link to another hash than the predecessor', () => {
    expect(chainLinkProblem({ ...first, previousHash: 'c'.repeat(64) }, true, null, 'tenant')).toBe('the first entry of the tenant has a previous_hash');
    expect(chainLinkProblem({ ...second, previousHash: 'c'.repeat(64) }, true, first, 'case')).toBe(
      'previous_hash does not match the hash of entry 10 (sequence 1)',
    );
  });
});
