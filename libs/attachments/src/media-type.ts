/**
 * `Text/CSV; charset=utf-8` → `text/csv`: the essence of a declared media type, as it is
 * compared with ATTACHMENT_MEDIA_TYPES and stored. Parameters are dropped: what is served back
 * is the stored type, so a client cannot smuggle anything through them.
 */
export function mediaTypeEssence(declared: string): string {
  return (declared.split(';')[0] ?? '').trim().toLowerCase();
}
