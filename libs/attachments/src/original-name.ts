/** The most a stored name may take, in UTF-8 bytes: what most file systems allow for one name. */
export const ORIGINAL_NAME_MAX_BYTES = 255;

/** What an upload is called when nothing readable is left of the name it came with. */
export const FALLBACK_NAME = 'attachment';

/** Longest extension kept whole when a name is shortened, in bytes (`.xlsx`, `.jpeg` …). */
const EXTENSION_MAX_BYTES = 16;

// Control (Cc), format (Cf: bidi overrides that make "gpj.exe" read "exe.jpg", zero widths),
// line and paragraph separators, and lone surrogates, which no file name should carry.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * The uploader's file name, cleaned for display and for Content-Disposition: NFC, without
 * unprintable characters, without any directory part (`../../etc/passwd` → `passwd`,
 * `C:\Users\x\申請書.pdf` → `申請書.pdf`), trimmed, and at most 255 UTF-8 bytes with the
 * extension kept. It is never used as a path: files are stored under server-made keys.
 */
export function sanitizeOriginalName(raw: string): string {
  const printable = raw.normalize('NFC').replace(UNPRINTABLE, '');
  const lastPart = printable.split(/[/\\]/).pop() ?? '';
  const trimmed = lastPart.trim();
  // "." and ".." name directories, not files; a name of dots only says nothing.
  if (trimmed === '' || /^\.+$/.test(trimmed)) return FALLBACK_NAME;
  return capBytes(trimmed, ORIGINAL_NAME_MAX_BYTES);
}

/** Shortens the stem, never splitting a character, so that the extension survives. */
function capBytes(name: string, maxBytes: number): string {
  if (byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const keepExtension = extension !== '' && byteLength(extension) <= EXTENSION_MAX_BYTES;
  const stem = keepExtension ? name.slice(0, dot) : name;
  const suffix = keepExtension ? extension : '';
  return `${truncate(stem, maxBytes - byteLength(suffix)).trimEnd()}${suffix}`;
}

function truncate(text: string, maxBytes: number): string {
  let kept = '';
  let bytes = 0;
  for (const character of text) {
    bytes += byteLength(character);
    if (bytes > maxBytes) break;
    kept += character;
  }
  return kept;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
