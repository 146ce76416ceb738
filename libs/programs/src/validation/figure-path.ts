/**
 * Whether `path` (dot-separated, list items by index: `caps.perFiscalYear`,
 * `approvalRoute.0.upTo`) names a field that is present in `data`, even when its value is null.
 */
export function hasFigurePath(data: unknown, path: string): boolean {
  let node: unknown = data;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}
