import { FALLBACK_NAME, ORIGINAL_NAME_MAX_BYTES, sanitizeOriginalName } from './original-name.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('sanitizeOriginalName', () => {
  it('keeps an ordinary Japanese file name as it is', () => {
    expect(sanitizeOriginalName('交付申請書（舞川地区）.pdf')).toBe('交付申請書（舞川地区）.pdf');
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['/etc/passwd', 'passwd'],
    ['..\\..\\Windows\\system.ini', 'system.ini'],
    ['C:\\Users\\舞川\\Desktop\\収支予算書.xlsx', '収支予算書.xlsx'],
    ['uploads/../../../root/.ssh/authorized_keys', 'authorized_keys'],
    ['a/b\\c/d.csv', 'd.csv'],
  ])('strips the directory parts of %j', (raw, expected) => {
    expect(sanitizeOriginalName(raw)).toBe(expected);
  });

  it.each(['..', '.', '...', '../..', 'dir/', '', '   ', '\u0000\u0007', '\u202e'])('falls back to a neutral name for %j', (raw) => {
    expect(sanitizeOriginalName(raw)).toBe(FALLBACK_NAME);
  });

  it('removes control characters, line breaks and NUL bytes', () => {
    expect(sanitizeOriginalName('report\u0000.pdf')).toBe('report.pdf');
    expect(sanitizeOriginalName('re\r\nport\t.pdf')).toBe('report.pdf');
    expect(sanitizeOriginalName('a\u007f\u0085b.pdf')).toBe('ab.pdf');
    expect(sanitizeOriginalName('a\u2028b\u2029c.pdf')).toBe('abc.pdf');
  });

  it('removes the bidi overrides that make invoice\u202Efdp.exe read as an exe turned pdf', () => {
    expect(sanitizeOriginalName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeOriginalName('a\u200bb\ufeff.pdf')).toBe('ab.pdf');
  });

  it('removes a control character hidden between dots so it cannot make a new directory name', () => {
    expect(sanitizeOriginalName('.\u0000./.\u0000./etc/passwd')).toBe('passwd');
  });

  it('drops lone surrogates rather than storing them', () => {
    expect(sanitizeOriginalName('a\ud800b.pdf')).toBe('ab.pdf');
  });

  it('normalises to NFC, so が typed as か + ゙ is stored as one character', () => {
    const decomposed = '\u304b\u3099\u3044\u3057\u3083.pdf'; // か + combining dakuten
    const stored = sanitizeOriginalName(decomposed);
    expect(stored).toBe('\u304c\u3044\u3057\u3083.pdf');
    expect(stored.normalize('NFC')).toBe(stored);
  });

  it('trims white space around the name', () => {
    expect(sanitizeOriginalName('  計画書.docx  ')).toBe('計画書.docx');
  });

  it('caps the name at 255 UTF-8 bytes, keeping the extension and never splitting a character', () => {
    const long = `${'申'.repeat(200)}.pdf`; // 604 bytes
    const stored = sanitizeOriginalName(long);
    expect(bytes(stored)).toBeLessThanOrEqual(ORIGINAL_NAME_MAX_BYTES);
    expect(stored).toMatch(/^申+\.pdf$/);
    expect(bytes(stored)).toBe(3 * 83 + 4);
  });

  it('caps a name without a usable extension by cutting its end', () => {
    const stored = sanitizeOriginalName('x'.repeat(400));
    expect(stored).toBe('x'.repeat(ORIGINAL_NAME_MAX_BYTES));
    expect(bytes(sanitizeOriginalName(`a.${'b'.repeat(300)}`))).toBe(ORIGINAL_NAME_MAX_BYTES);
  });

  it('leaves a name of exactly 255 bytes whole', () => {
    const name = `${'a'.repeat(251)}.pdf`;
    expect(sanitizeOriginalName(name)).toBe(name);
  });
});
