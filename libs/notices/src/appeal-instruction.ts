import type { NoticeHeading } from './notice-content.js';

/** 審査請求 and 取消訴訟 periods, in months: configuration (NOTICE_APPEAL_MONTHS, NOTICE_LAWSUIT_MONTHS). */
export interface AppealPeriods {
  requestMonths: number;
  lawsuitMonths: number;
}

/**
 * 教示 (行政不服審査法 第82条, 行政事件訴訟法 第46条): a notice of a 処分 tells the addressee
 * how and by when to contest it, to whom, and whom to sue.
 */
export function appealInstruction({ name, head }: NoticeHeading['municipality'], periods: AppealPeriods): string[] {
  const knewOn = 'この処分があったことを知った日の翌日から起算して';
  return [
    `この処分に不服がある場合は、${knewOn}${periods.requestMonths}か月以内に、${head}に対して審査請求をすることができます。`,
    `この処分の取消しを求める訴えは、${knewOn}${periods.lawsuitMonths}か月以内に、${name}を被告として（訴訟において${name}を代表する者は${head}となります。）提起することができます。` +
      `ただし、上記1の審査請求をした場合には、この処分の取消しを求める訴えは、その審査請求に対する裁決があったことを知った日の翌日から起算して${periods.lawsuitMonths}か月以内に提起することができます。`,
  ];
}
