import { noticeDisposition } from './notice-disposition.js';

describe('noticeDisposition', () => {
  it('names the file by the notice number, percent-encoded as UTF-8', () => {
    expect(noticeDisposition('attachment', '一協第12号.pdf')).toBe(`attachment; filename*=UTF-8''%E4%B8%80%E5%8D%94%E7%AC%AC12%E5%8F%B7.pdf`);
  });

  it('encodes what would end the header value or the parameter', () => {
    expect(noticeDisposition('inline', `a"; filename=x (1)*'.html`)).toBe(`inline; filename*=UTF-8''a%22%3B%20filename%3Dx%20%281%29%2A%27.html`);
  });
});
