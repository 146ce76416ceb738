/**
 * `attachment; filename*=UTF-8''一協第12号.pdf`, percent-encoded (RFC 6266, RFC 8187): notice
 * numbers are Japanese, and every browser in use reads the UTF-8 form.
 */
export function noticeDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename*=UTF-8''${encoded}`;
}
