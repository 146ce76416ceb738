/** The formats recognised by their first bytes (magic numbers). */
export type ContentSignature = 'pdf' | 'png' | 'jpeg' | 'zip';

const SIGNATURES: ReadonlyArray<readonly [ContentSignature, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], // \x89PNG\r\n\x1a\n
  ['jpeg', [0xff, 0xd8, 0xff]], // SOI and the first marker
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK\x03\x04: docx and xlsx are ZIP packages
];

/** How many leading bytes `sniffSignature` needs to decide. */
export const SIGNATURE_BYTES = Math.max(...SIGNATURES.map(([, bytes]) => bytes.length));

/**
 * What each known media type must start with; null: none of the signatures above (text).
 * Types configured beyond these are not sniffed: there is no signature to hold them to.
 */
const EXPECTED_SIGNATURE: Readonly<Record<string, ContentSignature | null>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'zip',
  'text/csv': null,
};

/** The format the first bytes announce, or null when they announce none of the known ones. */
export function sniffSignature(head: Uint8Array): ContentSignature | null {
  const found = SIGNATURES.find(([, bytes]) => bytes.length <= head.length && bytes.every((byte, index) => head[index] === byte));
  return found ? found[0] : null;
}

const LABELS: Readonly<Record<ContentSignature, string>> = { pdf: 'a PDF file', png: 'a PNG image', jpeg: 'a JPEG image', zip: 'a ZIP package (docx, xlsx)' };

/**
 * Why content does not fit its declared media type (`the content is a PNG image`, `the content
 * is not a PDF file`), or null when it fits or the type has no known signature.
 */
export function signatureMismatch(mediaType: string, head: Uint8Array): string | null {
  if (!Object.hasOwn(EXPECTED_SIGNATURE, mediaType)) return null;
  const expected = EXPECTED_SIGNATURE[mediaType] ?? null;
  const found = sniffSignature(head);
  if (found === expected) return null;
  return found !== null ? `the content is ${LABELS[found]}` : `the content is not ${LABELS[expected as ContentSignature]}`;
}
