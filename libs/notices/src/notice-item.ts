/** One numbered line of 記: a label and its value, or a label and a numbered list ((1), (2) …). */
export type NoticeItem = { label: string; text: string } | { label: string; list: string[] };
