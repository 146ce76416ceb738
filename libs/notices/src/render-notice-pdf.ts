import PDFDocument from 'pdfkit';
import { tokyoStartOfDay } from '#libs/calendar';
import type { NoticeDocument } from './notice-document.js';
import { noticeFont } from './notice-font.js';

const FONT = 'NotoSerifJP';
const MARGIN = 72; // 25.4 mm
const BODY_SIZE = 10.5;
const INDENT = BODY_SIZE * 2;
const LINE_GAP = 3;
/** Wide enough for 「1　実績報告書の提出期限」, the longest label of 記. */
const LABEL_WIDTH = BODY_SIZE * 13;

/**
 * The notice as an A4 PDF with the glyphs it uses of Noto Serif JP embedded, so it prints the
 * same anywhere. Its dates are the issue date, never the time of rendering: the same notice
 * gives the same bytes every time.
 */
export async function renderNoticePdf(document: NoticeDocument): Promise<Buffer> {
  const font = await noticeFont();
  const issued = tokyoStartOfDay(document.issuedOn);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'ja',
    displayTitle: true,
    info: {
      Title: `${document.title} ${document.noticeNumber}`,
      Author: document.sender,
      Creator: 'community-grants',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  pdf.registerFont(FONT, font);
  pdf.font(FONT);
  write(pdf, document);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

function write(pdf: PDFKit.PDFDocument, document: NoticeDocument): void {
  const left = MARGIN;
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = pdf.page.height - MARGIN;
  const indented = (text: string, depth: number) => pdf.text(text, left + depth * INDENT, undefined, { width: width - depth * INDENT, lineGap: LINE_GAP });
  /** Label and value side by side, kept on one page; a value longer than a page flows below its label instead. */
  const row = (label: string, value: string) => {
    const valueWidth = width - LABEL_WIDTH;
    const height = Math.max(pdf.heightOfString(label, { width: LABEL_WIDTH }), pdf.heightOfString(value, { width: valueWidth, lineGap: LINE_GAP }));
    if (height > bottom - MARGIN) return void indented(label, 0).text(value, left + INDENT, undefined, { width: width - INDENT, lineGap: LINE_GAP });
    if (pdf.y + height > bottom) pdf.addPage();
    const top = pdf.y;
    pdf.text(label, left, top, { width: LABEL_WIDTH }).text(value, left + LABEL_WIDTH, top, { width: valueWidth, lineGap: LINE_GAP });
    pdf.x = left;
    pdf.y = top + height;
  };

  pdf.fontSize(BODY_SIZE).text(document.noticeNumber, { align: 'right' }).text(document.date, { align: 'right' });
  pdf.moveDown().fontSize(12).text(document.addressee, left);
  pdf.moveDown(0.5).fontSize(BODY_SIZE).text(document.sender, { align: 'right' });
  pdf.moveDown(2).fontSize(16).text(document.title, left, undefined, { align: 'center', width });
  pdf.moveDown(1.5).fontSize(BODY_SIZE);
  for (const paragraph of document.paragraphs) indented(`　${paragraph}`, 0);

  if (document.items.length > 0) {
    pdf.moveDown().text('記', left, undefined, { align: 'center', width }).moveDown();
    document.items.forEach((item, index) => {
      const label = `${index + 1}　${item.label}`;
      if ('text' in item) row(label, item.text);
      else {
        indented(label, 0);
        item.list.forEach((entry, entryIndex) => indented(`(${entryIndex + 1})　${entry}`, 1));
      }
      pdf.moveDown(0.4);
    });
    pdf.moveDown(0.6);
  }
  for (const remark of document.remarks) indented(`　${remark}`, 0);

  if (document.instruction.length > 0) {
    pdf.moveDown(1.5).fontSize(11).text('教示', left).fontSize(BODY_SIZE).moveDown(0.5);
    document.instruction.forEach((entry, index) => indented(`${index + 1}　${entry}`, 0));
  }
}
