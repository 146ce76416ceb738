import { fiscalYearLabel, formatEraDate } from '#libs/calendar';
import { formatAmount } from './format-amount.js';
import { formatRatePerYear } from './format-rate-per-year.js';
import type { NoticeContent, RefundTerms } from './notice-content.js';
import type { NoticeItem } from './notice-item.js';

export interface NoticeBody {
  paragraphs: string[];
  items: NoticeItem[];
  remarks: string[];
  /** A 処分 the addressee may contest: the document carries 教示. */
  contestable: boolean;
}

/** Items left out of 記 when the case has no such figure. */
type MaybeItem = NoticeItem | null;
const item = (label: string, text: string | null): MaybeItem => (text === null ? null : { label, text });
const amountItem = (label: string, yen: number | null): MaybeItem => item(label, yen === null ? null : formatAmount(yen));
const listItem = (label: string, list: string[]): NoticeItem => (list.length > 0 ? { label, list } : { label, text: 'なし' });
const present = (items: MaybeItem[]): NoticeItem[] => items.filter((entry): entry is NoticeItem => entry !== null);

/** The wording of each kind of notice: 本文, 記 and なお書き, from its stored figures. */
export function noticeBody(content: NoticeContent): NoticeBody {
  const programName = `${fiscalYearLabel(content.fiscalYear)}${content.program.name}`;
  const heading = [item('案件番号', content.caseNumber), item('補助金等の名称', programName)];
  const on = formatEraDate;
  switch (content.kind) {
    case 'acceptance':
      return {
        paragraphs: [`先に提出のあった${programName}の交付申請書は、${on(content.issuedOn)}付けで受理したので通知します。`],
        items: present([
          ...heading,
          amountItem('交付申請額', content.requestedAmount),
          item('標準処理期間', `受理の日から${content.standardProcessingDays}日`),
        ]),
        remarks: ['審査の結果は、追って通知します。'],
        contestable: false,
      };
    case 'correctionRequest': {
      const filing = content.subject === 'application' ? '交付申請書' : '実績報告書';
      return {
        paragraphs: [
          `先に提出のあった${programName}の${filing}について、下記のとおり補正を求めますので、${content.dueOn ? '提出期限までに' : ''}補正の上、再度提出してください。`,
        ],
        items: present([...heading, item('補正を求める事項', content.reason), item('提出期限', content.dueOn && on(content.dueOn))]),
        remarks: [],
        contestable: false,
      };
    }
    case 'grantDecision':
      return {
        paragraphs: [`先に申請のあった${programName}については、審査の結果、下記のとおり交付することに決定したので通知します。`],
        items: present([
          ...heading,
          amountItem('交付申請額', content.requestedAmount),
          amountItem('交付決定額', content.decidedAmount),
          listItem('交付の条件', content.conditions),
        ]),
        remarks: [
          ...(content.requestedAmount !== null && content.decidedAmount < content.requestedAmount
            ? ['交付決定額は、申請の内容を審査の上、交付申請額を修正して決定したものです。']
            : []),
          `この決定の内容又はこれに付された条件に不服があるときは、${on(content.withdrawableUntil)}までに申請を取り下げることができます。`,
        ],
        contestable: true,
      };
    case 'rejectionDecision':
      return {
        paragraphs: [`先に申請のあった${programName}については、審査の結果、下記の理由により交付しないことに決定したので通知します。`],
        items: present([...heading, amountItem('交付申請額', content.requestedAmount), listItem('不交付の理由', content.reasons)]),
        remarks: [],
        contestable: true,
      };
    case 'changeApproval':
      return {
        paragraphs: [`先に申請のあった${programName}に係る補助事業の計画変更については、下記のとおり承認したので通知します。`],
        items: present([
          ...heading,
          amountItem('変更前の交付決定額', content.previousDecidedAmount),
          amountItem('変更後の交付決定額', content.decidedAmount),
        ]),
        remarks: [],
        contestable: false,
      };
    case 'discontinuationApproval':
      return {
        paragraphs: [`先に申請のあった${programName}に係る補助事業の中止（廃止）については、下記のとおり承認したので通知します。`],
        items: present([
          ...heading,
          amountItem('交付決定額', content.decidedAmount),
          amountItem('既交付額', content.paidAmount),
          item('実績報告書の提出期限', content.reportDueOn && on(content.reportDueOn)),
        ]),
        remarks: [`中止（廃止）までに実施した補助事業について、${content.reportDueOn ? '上記の期限までに' : ''}実績報告書を提出してください。`],
        contestable: false,
      };
    case 'revocation':
      return {
        paragraphs: [
          `${content.decidedOn ? `${on(content.decidedOn)}付けで` : ''}交付決定した${programName}について、下記の理由により、交付決定の全部を取り消したので通知します。`,
        ],
        items: present([
          ...heading,
          amountItem('交付決定額', content.decidedAmount),
          item('取消しの理由', content.reason),
          amountItem('返還を求める額', content.refund?.principal ?? null),
          item('返還の期限', content.refund && on(content.refund.dueOn)),
        ]),
        remarks: content.refund ? [`既に交付した補助金の返還については、別途${refundOrderOf(content.refundOrderNumber)}により通知します。`] : [],
        contestable: true,
      };
    case 'amountConfirmation': {
      const balance = content.confirmedAmount - content.paidAmount;
      return {
        paragraphs: [`${programName}については、提出のあった実績報告書を審査した結果、交付すべき補助金の額を下記のとおり確定したので通知します。`],
        items: present([
          ...heading,
          amountItem('交付決定額', content.decidedAmount),
          amountItem('確定額', content.confirmedAmount),
          amountItem('既交付額', content.paidAmount),
          amountItem('精算払額', balance > 0 ? balance : null),
          amountItem('返還を求める額', balance < 0 ? -balance : null),
        ]),
        remarks:
          balance > 0
            ? ['精算払額は、追って交付します。']
            : balance < 0
              ? [`返還については、別途${refundOrderOf(content.refundOrderNumber)}により通知します。`]
              : [],
        contestable: true,
      };
    }
    case 'refundOrder': {
      const revoked = content.cause === 'revocation';
      return {
        paragraphs: [
          `${on(content.issuedOn)}付け${content.causeNoticeNumber}により${revoked ? '交付決定を取り消した' : '額を確定した'}${programName}について、` +
            `${revoked ? '既に交付した補助金' : '既に交付した補助金のうち確定額を超える部分'}を、下記のとおり返還するよう命じます。`,
        ],
        items: present([...heading, ...refundItems(content.refund)]),
        remarks: [],
        contestable: true,
      };
    }
  }
}

function refundItems(refund: RefundTerms): MaybeItem[] {
  return [
    amountItem('返還を命ずる額', refund.principal),
    item('納付期限', formatEraDate(refund.dueOn)),
    item('加算金', refund.additionPerYear && `補助金を受領した日から納付の日までの日数に応じ、${formatRatePerYear(refund.additionPerYear)}の割合で計算した額`),
    item('延滞金', `納付期限までに納付しないときは、納付期限の翌日から納付の日までの日数に応じ、${formatRatePerYear(refund.delinquencyPerYear)}の割合で計算した額`),
  ];
}

const refundOrderOf = (number: string | null) => (number ? `返還命令書（${number}）` : '返還命令書');
