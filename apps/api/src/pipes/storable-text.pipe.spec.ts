import { RequestException } from '../errors/request.exception.js';
import { StorableTextPipe } from './storable-text.pipe.js';

/** The English text of each problem of the refusal. */
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof RequestException ? error.problems.map((problem) => problem.text.en) : error;
  }
  return 'no refusal';
};
const NUL = 'must not contain the NUL character (U+0000)';
const SURROGATE = 'must be well-formed Unicode: it has a lone surrogate (U+D800 to U+DFFF)';

describe('StorableTextPipe', () => {
  const pipe = new StorableTextPipe();

  it('passes text PostgreSQL stores unchanged: other control characters, surrogate pairs, Japanese', () => {
    const body = { note: '相談\tメモ\u0007 𠮷野家 👨‍👩‍👧', plannedExpenses: [{ category: '報償費', amount: 1 }] };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses U+0000 in a body, naming the field by its path, in Japanese too', () => {
    try {
      pipe.transform({ note: 'a\u0000b' }, { type: 'body' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'REQUEST_INVALID', problems: [{ field: 'note', text: { ja: '「note」に使えない文字（NUL, U+0000）が含まれています。' } }] });
    }
    expect(messageOf(() => pipe.transform({ note: 'a\u0000b' }, { type: 'body' }))).toEqual([`note ${NUL}`]);
    expect(messageOf(() => pipe.transform({ plannedExpenses: [{ category: '\u0000' }] }, { type: 'body' }))).toEqual([`plannedExpenses.0.category ${NUL}`]);
  });

  it('refuses a lone surrogate, high or low, but not a pair', () => {
    expect(messageOf(() => pipe.transform({ name: '\ud800' }, { type: 'body' }))).toEqual([`name ${SURROGATE}`]);
    expect(messageOf(() => pipe.transform({ name: 'a\udc00' }, { type: 'body' }))).toEqual([`name ${SURROGATE}`]);
    expect(messageOf(() => pipe.transform({ name: '\ud842\udfb7\ud800' }, { type: 'body' }))).toEqual([`name ${SURROGATE}`]);
    expect(messageOf(() => pipe.transform({ name: '\ud842\udfb7' }, { type: 'body' }))).toBe('no refusal');
  });

  it('refuses such text in a key, and in a body that is one string', () => {
    expect(messageOf(() => pipe.transform({ reasons: { 'a\u0000': 1 } }, { type: 'body' }))).toEqual([`a key of reasons ${NUL}`]);
    expect(messageOf(() => pipe.transform('\u0000', { type: 'body' }))).toEqual([`the body ${NUL}`]);
  });

  it('refuses it in a query and a path parameter, naming them', () => {
    expect(messageOf(() => pipe.transform({ program: ['x', 'a\u0000'] }, { type: 'query' }))).toEqual([`program.1 ${NUL}`]);
    expect(messageOf(() => pipe.transform('a\u0000b', { type: 'param', data: 'code' }))).toEqual([`code ${NUL}`]);
  });

  it('leaves what the server itself provides (the user) alone', () => {
    const user = { displayName: '\u0000' };
    expect(pipe.transform(user, { type: 'custom' })).toBe(user);
  });
});
