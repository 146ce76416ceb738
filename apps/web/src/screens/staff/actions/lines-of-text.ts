/** A text area's lines as a list, one item a line, blank lines dropped: conditions, reasons. */
export const linesOfText = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
