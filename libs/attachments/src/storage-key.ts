import { resolve, sep } from 'node:path';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STORAGE_KEY = new RegExp(`^${UUID}/${UUID}/${UUID}$`);

/** `<tenant>/<case>/<attachment>`: every part made or checked by the server, never a name a user sent. */
export function storageKeyOf(tenantId: string, caseId: string, attachmentId: string): string {
  const key = `${tenantId}/${caseId}/${attachmentId}`.toLowerCase();
  if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key of uuids: ${key}`);
  return key;
}

/**
 * The absolute path of a key under the store's root. A key that is not three uuids, or that
 * would resolve outside the root, is a bug of the caller and never reaches the file system.
 */
export function storagePathOf(root: string, key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key of uuids: ${key}`);
  const path = resolve(root, ...key.split('/'));
  if (!path.startsWith(`${resolve(root)}${sep}`)) throw new Error(`storage key ${key} leaves the store`);
  return path;
}
