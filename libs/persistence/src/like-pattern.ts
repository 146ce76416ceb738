/**
 * A person's text as a LIKE / ILIKE pattern that matches it literally: `\`, `%` and `_` are
 * escaped with `\` (PostgreSQL's default escape character, named in the query as `ESCAPE '\'`
 * all the same). `containing` matches it anywhere, `startingWith` at the start. Passed as a
 * parameter, never written into the SQL.
 */
export function likePattern(text: string, where: 'containing' | 'startingWith'): string {
  const literal = text.replace(/[\\%_]/g, (character) => `\\${character}`);
  return where === 'containing' ? `%${literal}%` : `${literal}%`;
}
