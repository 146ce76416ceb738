import { SIGNATURE_BYTES, signatureMismatch, sniffSignature } from './content-signature.js';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const CSV = Buffer.from('区分,金額\n消耗品費,12000\n');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('sniffSignature', () => {
  it.each([
    ['a PDF', PDF, 'pdf'],
    ['a PNG', PNG, 'png'],
    ['a JPEG', JPEG, 'jpeg'],
    ['a ZIP package', ZIP, 'zip'],
    ['CSV text', CSV, null],
    ['nothing', Buffer.alloc(0), null],
  ])('recognises %s by its first bytes', (_what, head, expected) => {
    expect(sniffSignature(head.subarray(0, SIGNATURE_BYTES))).toBe(expected);
  });

  it('needs the whole signature: a truncated PNG header is not a PNG', () => {
    expect(sniffSignature(PNG.subarray(0, 7))).toBeNull();
    expect(sniffSignature(Buffer.from('%PDF'))).toBeNull();
  });

  it('looks at the start only: a PDF marker later in the content does not count', () => {
    expect(sniffSignature(Buffer.from(' %PDF-1.7'))).toBeNull();
  });
});

describe('signatureMismatch', () => {
  it.each([
    ['application/pdf', PDF],
    ['image/png', PNG],
    ['image/jpeg', JPEG],
    [DOCX, ZIP],
    [XLSX, ZIP],
    ['text/csv', CSV],
  ])('accepts %s whose content starts as one', (mediaType, head) => {
    expect(signatureMismatch(mediaType, head)).toBeNull();
  });

  it.each([
    ['application/pdf', PNG, 'the content is a PNG image'],
    ['application/pdf', CSV, 'the content is not a PDF file'],
    ['image/png', JPEG, 'the content is a JPEG image'],
    ['image/jpeg', PDF, 'the content is a PDF file'],
    ['text/csv', PDF, 'the content is a PDF file'],
    ['text/csv', ZIP, 'the content is a ZIP package (docx, xlsx)'],
    [DOCX, PDF, 'the content is a PDF file'],
    [XLSX, CSV, 'the content is not a ZIP package (docx, xlsx)'],
  ])('refuses %s whose content is something else', (mediaType, head, reason) => {
    expect(signatureMismatch(mediaType, head)).toBe(reason);
  });

  it('holds a type without a known signature to nothing', () => {
    expect(signatureMismatch('image/gif', Buffer.from('GIF89a'))).toBeNull();
  });
});
