import { RequestException } from '../errors/request.exception.js';
import { BodyDepthPipe, MAX_BODY_DEPTH } from './body-depth.pipe.js';

const nested = (depth: number, leaf: unknown = 'x'): unknown => {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
};
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof RequestException ? { code: error.code, problems: error.problems.map(({ field, text }) => ({ field, message: text.en })) } : error;
  }
  return 'no refusal';
};

describe('BodyDepthPipe', () => {
  const pipe = new BodyDepthPipe();
  const asBody = (value: unknown) => pipe.transform(value, { type: 'body' });

  it('passes a body as deep as the limit, unchanged', () => {
    const body = { note: nested(MAX_BODY_DEPTH - 1) };
    expect(asBody(body)).toBe(body);
  });

  it('refuses one level more with 400 naming the field', () => {
    expect(refusal(() => asBody({ type: 'ADD_NOTE', note: nested(MAX_BODY_DEPTH) }))).toEqual({
      code: 'REQUEST_INVALID',
      problems: [{ field: 'note', message: `note is nested too deeply: at most ${MAX_BODY_DEPTH} levels of objects and lists` }],
    });
  });

  it('refuses a body of 30,000 nested lists, which overflowed class-transformer (a 500), without recursing itself', () => {
    const lists = JSON.parse(`${'['.repeat(30_000)}${']'.repeat(30_000)}`);
    expect(refusal(() => asBody(lists))).toEqual({
      code: 'REQUEST_INVALID',
      problems: [{ field: null, message: `the body is nested too deeply: at most ${MAX_BODY_DEPTH} levels of objects and lists` }],
    });
  });

  it('leaves queries and path parameters to their own pipes', () => {
    const deep = nested(100);
    expect(pipe.transform(deep, { type: 'query' })).toBe(deep);
    expect(pipe.transform(deep, { type: 'param' })).toBe(deep);
  });
});
