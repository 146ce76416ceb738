import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { problem } from '#libs/errors';
import { invalidRequest } from '../errors/validation-problems.js';

/** Far deeper than any body of the API (a program definition nests about five levels). */
export const MAX_BODY_DEPTH = 32;

/**
 * Refuses a body nested deeper than MAX_BODY_DEPTH levels of objects and lists, before it is
 * validated: class-transformer recurses once per level and overflows the stack at a few
 * thousand, which would be a 500. Walked with a list rather than recursion, for the same reason.
 */
@Injectable()
export class BodyDepthPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, { type }: ArgumentMetadata): unknown {
    if (type !== 'body') return value;
    const pending: Array<{ node: unknown; depth: number; field: string }> = [{ node: value, depth: 0, field: 'the body' }];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const { node, depth, field } = next;
      if (node === null || typeof node !== 'object') continue;
      if (depth >= MAX_BODY_DEPTH) {
        throw invalidRequest([
          problem(
            field === 'the body' ? null : field,
            `送られた内容の入れ子が深すぎます（${MAX_BODY_DEPTH}段まで）。`,
            `${field} is nested too deeply: at most ${MAX_BODY_DEPTH} levels of objects and lists`,
          ),
        ]);
      }
      for (const [key, child] of Object.entries(node)) pending.push({ node: child, depth: depth + 1, field: depth === 0 && !Array.isArray(node) ? key : field });
    }
    return value;
  }
}
