import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { problem } from '#libs/errors';
import { invalidRequest } from '../errors/validation-problems.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot store `text`, or null when it can. */
function unstorable(text: string): { ja: string; en: string } | null {
  // text and jsonb hold no U+0000: the query fails ("invalid byte sequence"), a 500.
  if (text.includes('\u0000')) return { ja: '使えない文字（NUL, U+0000）が含まれています。', en: 'must not contain the NUL character (U+0000)' };
  // jsonb refuses "\ud800" (the audit payloads), and text would get U+FFFD in its place.
  if (LONE_SURROGATE.test(text)) {
    return { ja: '壊れた文字（対になっていないサロゲート）が含まれています。', en: 'must be well-formed Unicode: it has a lone surrogate (U+D800 to U+DFFF)' };
  }
  return null;
}

/**
 * Refuses text PostgreSQL cannot store, anywhere in a body, a query or a path parameter, in a
 * value or a key, with a 400 naming where: validators take such text as a string like any
 * other, and it would fail at the first query that carries it, as a 500. Runs after
 * BodyDepthPipe, so the walk is bounded; walked with a list all the same.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, { type, data }: ArgumentMetadata): unknown {
    if (type === 'custom') return value;
    const pending: Array<{ node: unknown; path: string[] }> = [{ node: value, path: data ? [data] : [] }];
    const named = (path: string[]) => (path.length > 0 ? path.join('.') : `the ${type}`);
    const check = (text: string, field: string | null, what: string) => {
      const reason = unstorable(text);
      if (reason) throw invalidRequest([problem(field, `${field ? `「${field}」に` : ''}${reason.ja}`, `${what} ${reason.en}`)]);
    };
    for (let next = pending.pop(); next; next = pending.pop()) {
      const { node, path } = next;
      const field = path.length > 0 ? path.join('.') : null;
      if (typeof node === 'string') check(node, field, named(path));
      if (node === null || typeof node !== 'object') continue;
      for (const [key, child] of Object.entries(node)) {
        // A key is named by where it is: it cannot be shown.
        check(key, field, `a key of ${named(path)}`);
        pending.push({ node: child, path: [...path, key] });
      }
    }
    return value;
  }
}
