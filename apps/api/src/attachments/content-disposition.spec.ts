import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('gives a Japanese name percent-encoded as UTF-8 and an ASCII fallback', () => {
    expect(contentDisposition('申請書.pdf')).toBe(`attachment; filename="___.pdf"; filename*=UTF-8''%E7%94%B3%E8%AB%8B%E6%9B%B8.pdf`);
  });

  it('cannot be broken out of: quotes, backslashes and semicolons stay inside the values', () => {
    const header = contentDisposition('a"; filename="evil.html\\.pdf');
    expect(header).toBe(`attachment; filename="a_; filename=_evil.html_.pdf"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.html%5C.pdf`);
  });

  it("encodes the characters RFC 8187 does not allow bare: ' ( ) *", () => {
    expect(contentDisposition("it's (1)*.csv")).toContain(`filename*=UTF-8''it%27s%20%281%29%2A.csv`);
  });
});
