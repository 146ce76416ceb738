import { likePattern } from './like-pattern.js';

describe('likePattern', () => {
  it('matches a text anywhere or at the start', () => {
    expect(likePattern('舞川', 'containing')).toBe('%舞川%');
    expect(likePattern('R7-協働支援-00', 'startingWith')).toBe('R7-協働支援-00%');
  });

  it('escapes %, _ and the escape character itself, so they match only themselves', () => {
    expect(likePattern('100%', 'containing')).toBe('%100\\%%');
    expect(likePattern('a_b', 'startingWith')).toBe('a\\_b%');
    expect(likePattern('C:\\会', 'containing')).toBe('%C:\\\\会%');
    expect(likePattern('%_\\', 'startingWith')).toBe('\\%\\_\\\\%');
  });
});
