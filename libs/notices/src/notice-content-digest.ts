import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NoticeContent } from './notice-content.js';

/**
 * SHA-256 (hex) of a notice's content in RFC 8785 canonical JSON. The audit entry of the
 * event that issued the notice carries it, so a notice row changed afterwards no longer
 * matches the hash chain.
 */
export function noticeContentDigest(content: NoticeContent): string {
  return createHash('sha256').update(canonicalize(content) as string, 'utf8').digest('hex');
}
