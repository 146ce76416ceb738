import { csvDocument } from './csv-document.js';

describe('csvDocument', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    const csv = csvDocument([
      ['受付番号', '団体'],
      ['R7-協働支援-0001', '舞川地区地域協働体'],
    ]);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\uFEFF受付番号,団体\r\nR7-協働支援-0001,舞川地区地域協働体\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvDocument([['東山町"あおば"会, 第2', '改行\nあり', 'CR\rだけ', 'ふつう']])).toBe(
      '\uFEFF"東山町""あおば""会, 第2","改行\nあり","CR\rだけ",ふつう\r\n',
    );
  });

  it('writes numbers as they are and nothing for a missing value', () => {
    expect(csvDocument([[60000, null, 0, -3, '']])).toBe('\uFEFF60000,,0,-3,\r\n');
  });

  it.each([['=HYPERLINK("http://evil.example")'], ['+81'], ['-1'], ['@SUM(A1)'], ['\tタブ']])(
    'defuses a text that starts like a formula: %j',
    (text) => {
      const [cell] = csvDocument([[text]]).slice(1).split('\r\n');
      expect(cell?.replace(/^"|"$/g, '').startsWith(`'${text.slice(0, 1)}`)).toBe(true);
    },
  );

  it('gives an empty document as the BOM alone', () => {
    expect(csvDocument([])).toBe('\uFEFF');
  });
});
