import type { NoticeDocument } from './notice-document.js';
import type { NoticeItem } from './notice-item.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every text of a notice comes from users (organization names, reasons, conditions): all of it is escaped. */
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);

// A4 with the margins of the PDF; Mincho faces a Japanese office would have, then any serif.
const STYLE = `
@page { size: A4; margin: 25mm 25mm; }
html { font-family: "Noto Serif JP", "Hiragino Mincho ProN", "Yu Mincho", "MS Mincho", serif; font-size: 10.5pt; line-height: 1.8; color: #000; }
body { margin: 0; }
main { max-width: 160mm; margin: 0 auto; padding: 12mm 0; }
@media print { main { max-width: none; padding: 0; } }
.number, .date, .sender { text-align: right; margin: 0; }
.addressee { font-size: 12pt; margin: 1.5em 0 0.5em; }
h1 { font-size: 16pt; font-weight: normal; text-align: center; margin: 2em 0 1.5em; letter-spacing: 0.1em; }
h2 { font-size: 11pt; font-weight: normal; margin: 2em 0 0.5em; }
.paragraph, .remark { text-indent: 1em; margin: 0 0 0.5em; }
.ki { text-align: center; margin: 1.5em 0 1em; }
ol { list-style: none; padding: 0; margin: 0 0 1em; }
ol ol { padding-left: 2em; margin: 0; }
.item-label { display: inline-block; min-width: 12em; }
.no { display: inline-block; min-width: 2em; }
`;

/** The notice as one complete, self-contained HTML document in Japanese, printable on A4. */
export function renderNoticeHtml(document: NoticeDocument): string {
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(`${document.title} ${document.noticeNumber}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<p class="number">${escape(document.noticeNumber)}</p>`,
    `<p class="date"><time datetime="${escape(document.issuedOn)}">${escape(document.date)}</time></p>`,
    `<p class="addressee">${escape(document.addressee)}</p>`,
    `<p class="sender">${escape(document.sender)}</p>`,
    `<h1>${escape(document.title)}</h1>`,
    ...document.paragraphs.map((paragraph) => `<p class="paragraph">${escape(paragraph)}</p>`),
    ...(document.items.length > 0 ? ['<p class="ki">記</p>', `<ol class="items">${document.items.map(itemHtml).join('')}</ol>`] : []),
    ...document.remarks.map((remark) => `<p class="remark">${escape(remark)}</p>`),
    ...(document.instruction.length > 0
      ? ['<section class="instruction">', '<h2>教示</h2>', `<ol>${numbered(document.instruction, (index) => `${index + 1}`)}</ol>`, '</section>']
      : []),
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}

function itemHtml(item: NoticeItem, index: number): string {
  const label = `<span class="no">${index + 1}</span><span class="item-label">${escape(item.label)}</span>`;
  return 'text' in item
    ? `<li>${label}<span class="item-text">${escape(item.text)}</span></li>`
    : `<li>${label}<ol>${numbered(item.list, (entry) => `(${entry + 1})`)}</ol></li>`;
}

function numbered(entries: readonly string[], mark: (index: number) => string): string {
  return entries.map((entry, index) => `<li><span class="no">${mark(index)}</span>${escape(entry)}</li>`).join('');
}
