import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { FuzzBody } from './json-body.arbitraries.js';
import { EXTRA_KEYS, hostileString } from './garbage.arbitraries.js';

const BOUNDARY = '----fuzz-boundary-7d1f';

interface Part {
  headers: string;
  content: Buffer;
}

const field = (name: string, value: string): Part => ({ headers: `Content-Disposition: form-data; name="${name}"`, content: Buffer.from(value) });

/** Every RFC 2231/5987 and plain form a client might give a file name in, traversal and control characters included. */
const PLAIN_FILE_NAME = 'filename="事業計画書.pdf"';
/** Control characters sent raw: the parser refuses the part ("Malformed part header"), which names no field. */
const UNPARSABLE_FILE_NAME = 'filename="a\u0000b\u0007.pdf"';
const FILE_NAME_PARAMETERS = [
  PLAIN_FILE_NAME,
  UNPARSABLE_FILE_NAME,
  'filename="../../etc/passwd"',
  'filename="..\\\\..\\\\boot.ini"',
  'filename="/etc/shadow"',
  'filename="C:\\\\Windows\\\\win.ini"',
  "filename*=UTF-8''..%2F..%2F..%2Fetc%2Fcron.d%2Fjob",
  "filename*=UTF-8''a%00b.pdf",
  "filename*=UTF-8''%E2%80%AEfdp.exe",
  'filename=""',
  'filename="."',
  'filename=".."',

  `filename="${'長'.repeat(300)}.pdf"`,
  'filename="unterminated.pdf',
  "filename*=UTF-8''%ZZ",
  "filename*=latin1''caf%E9.pdf",
  'filename="a"; filename="b"',
];

const CONTENT_TYPES = ['application/pdf', 'text/csv', 'image/png', 'text/html', 'application/octet-stream', 'image/svg+xml', 'Application/PDF; charset=x', '', 'garbage'];

/** Content of the right kind for some declared types, and of the wrong one for others; sizes around the limit. */
function contentArbitrary(maxBytes: number): fc.Arbitrary<{ content: Buffer; label: string }> {
  return fc.oneof(
    fc.constant({ content: Buffer.from('%PDF-1.4\n%%EOF\n'), label: 'a small PDF' }),
    fc.constant({ content: Buffer.from('区分,金額\n消耗品費,12000\n'), label: 'a CSV' }),
    fc.constant({ content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]), label: 'a PNG' }),
    fc.constant({ content: Buffer.alloc(0), label: 'nothing' }),
    fc.constant({ content: Buffer.from('<script>alert(1)</script>'), label: 'HTML' }),
    fc.constantFrom(maxBytes, maxBytes + 1, 3 * maxBytes).map((size) => ({
      content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]),
      label: `a PDF of ${size} bytes`,
    })),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ content: Buffer.from(bytes), label: 'random bytes' })),
  );
}

/**
 * Multipart uploads of POST /cases/{id}/attachments: the documentKind and supersedes fields
 * valid, missing, twice or hostile; an extra field; the file under its name or another, twice,
 * or not at all, with every kind of file name, declared type and size; and bodies that are
 * not well-formed multipart.
 */
export function multipartUpload(supersedable: readonly string[], maxBytes: number): fc.Arbitrary<FuzzBody> {
  const documentKind = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('projectPlan', 'budget').map((kind) => ({ parts: [field('documentKind', kind)], broken: [] as string[] })) },
    fc.constant({ parts: [], broken: ['documentKind'] }),
    fc.constant({ parts: [field('documentKind', 'budget'), field('documentKind', 'budget')], broken: ['documentKind'] }),
    fc.constantFrom('areaPlan', 'selfie').map((kind) => ({ parts: [field('documentKind', kind)], broken: ['documentKind'] })),
    hostileString.map((kind) => ({ parts: [field('documentKind', kind.slice(0, 900))], broken: ['documentKind'] })),
  );
  const supersedes = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ parts: [] as Part[], broken: [] as string[] }) },
    fc.constantFrom(...supersedable).map((id) => ({ parts: [field('supersedes', id)], broken: ['supersedes'] })),
    fc.uuid().map((id) => ({ parts: [field('supersedes', id)], broken: ['supersedes'] })),
    hostileString.map((id) => ({ parts: [field('supersedes', id.slice(0, 900))], broken: ['supersedes'] })),
  );
  type Fields = { parts: Part[]; broken: string[] | 'unknown' };
  const extra: fc.Arbitrary<Fields> = fc.oneof(
    { weight: 4, arbitrary: fc.constant<Fields>({ parts: [], broken: [] }) },
    fc.constantFrom(...EXTRA_KEYS.filter((key) => key !== '')).map((name) => ({ parts: [field(name, '1')], broken: [name] })),
    fc.constantFrom('__proto__[fuzzPolluted]', 'constructor[prototype][fuzzPolluted]').map((name): Fields => ({ parts: [field(name, 'polluted')], broken: [name.split('[')[0] as string] })),
    // More parts than the parser takes: the limit, not a field, is what is wrong.
    fc.constant<Fields>({ parts: Array.from({ length: 12 }, (_, index) => field(`f${index}`, 'x')), broken: 'unknown' }),
    fc.constant<Fields>({ parts: [field('documentKind', 'x'.repeat(2000))], broken: ['documentKind'] }),
  );
  const file = fc
    .record({
      partName: fc.oneof({ weight: 6, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: fc.constantFrom('document', 'files', 'file[]', '') }),
      fileName: fc.constantFrom(...FILE_NAME_PARAMETERS),
      type: fc.constantFrom(...CONTENT_TYPES),
      content: contentArbitrary(maxBytes),
      copies: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(0, 2) }),
    })
    .map(({ partName, fileName, type, content, copies }) => ({
      parts: Array.from({ length: copies }, () => ({
        headers: `Content-Disposition: form-data; name="${partName}"; ${fileName}${type ? `\r\nContent-Type: ${type}` : ''}`,
        content: content.content,
      })),
      // An empty file is refused naming file, as a missing one is; so is a part whose name the parser does not take as a file's.
      broken: copies === 1 && partName === 'file' && content.content.length > 0 && fileName === PLAIN_FILE_NAME ? [] : ['file', partName],
      unparsable: copies > 0 && fileName === UNPARSABLE_FILE_NAME,
      label: `${copies} × ${partName} ${fileName} ${type || '(no type)'} ${content.label}`,
    }));

  const wellFormed = fc.tuple(documentKind, supersedes, extra, file, fc.boolean()).map(([kind, older, more, upload, fileFirst]) => {
    const fields = [...kind.parts, ...older.parts, ...more.parts];
    const parts = fileFirst ? [...upload.parts, ...fields] : [...fields, ...upload.parts];
    return {
      bytes: encode(parts),
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      broken:
        more.broken === 'unknown' || upload.unparsable ? ('unknown' as const) : [...kind.broken, ...older.broken, ...more.broken, ...upload.broken],
      description: `multipart: ${fields.map((part) => part.headers.replace('Content-Disposition: form-data; ', '')).join(', ')}; ${upload.label}`,
    };
  });
  const malformed = fc
    .constantFrom<[string, string]>(
      [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documentKind"\r\n\r\nbudget`],
      [`multipart/form-data; boundary=${BOUNDARY}`, 'no boundary at all'],
      [`multipart/form-data; boundary=other`, `--${BOUNDARY}--\r\n`],
      ['multipart/form-data', `--${BOUNDARY}--\r\n`],
      [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--\r\n`],
      [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n1,2`],
      ['application/json', '{"documentKind":"budget"}'],
    )
    .map(([contentType, body]) => ({ bytes: Buffer.from(body), contentType, broken: 'unknown' as const, description: `malformed multipart: ${body.slice(0, 60)}` }));
  return fc.oneof({ weight: 6, arbitrary: wellFormed }, { weight: 1, arbitrary: malformed });
}

function encode(parts: Part[]): Buffer {
  const chunks = parts.flatMap((part) => [Buffer.from(`--${BOUNDARY}\r\n${part.headers}\r\n\r\n`), part.content, Buffer.from('\r\n')]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}
