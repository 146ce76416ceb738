import { daysBetween, formatEraDate, type IsoDate } from '#libs/calendar';
import type { CaseRole, DeadlineKind } from '#libs/lifecycle';
import { DEADLINE_WORDING, ESCALATION_TODO, ROLE_LABELS } from './deadline-wording.js';
import type { ReminderKind } from './planned-reminder.js';

export interface ReminderMessageInput {
  kind: ReminderKind;
  deadlineKind: DeadlineKind;
  recipient: { displayName: string; role: CaseRole };
  /** Who should have acted: the deadline's reminded roles (used by the escalation). */
  remindRoles: readonly CaseRole[];
  /** Null before 受理, when the case has no number yet. */
  caseNumber: string | null;
  organizationName: string;
  programName: string;
  /** The municipality, as the sender. */
  tenantName: string;
  dueOn: IsoDate;
  /** The Tokyo date the message is sent on, for "あと3日" and "3日過ぎています". */
  today: IsoDate;
}

export interface ReminderMessage {
  subject: string;
  body: string;
}

/** The Japanese message of a reminder or an escalation, the same text in-app and by e-mail. */
export function reminderMessage(input: ReminderMessageInput): ReminderMessage {
  const wording = DEADLINE_WORDING[input.deadlineKind];
  const dueDate = `${formatEraDate(input.dueOn)}（${input.dueOn}）`;
  const caseLabel = input.caseNumber ?? input.organizationName;
  const details = [
    `案件番号：${input.caseNumber ?? '未採番（受理前の申請）'}`,
    `団体名：${input.organizationName}`,
    `補助事業：${input.programName}`,
    `期限の内容：${wording.what}`,
    `期限：${dueDate}`,
  ];
  const footer = ['このメールは送信専用です。ご不明な点は担当課までお問い合わせください。', `${input.tenantName} 地域協働 補助金システム`];

  if (input.kind === 'reminder') {
    const todo = wording.todo[input.recipient.role] ?? wording.todo.default;
    return {
      subject: `【期限のお知らせ】${wording.what}：${formatEraDate(input.dueOn)}まで（${caseLabel}）`,
      body: lines(
        `${input.recipient.displayName} 様`,
        '',
        `次の期限が近づいています。${daysLeftText(daysBetween(input.today, input.dueOn))}`,
        '',
        ...details,
        '',
        'お願いしたいこと：',
        todo,
        '',
        ...footer,
      ),
    };
  }
  const late = input.remindRoles.map((role) => ROLE_LABELS[role]).join('・');
  return {
    subject: `【期限超過】${wording.what}：${formatEraDate(input.dueOn)}の期限を過ぎています（${caseLabel}）`,
    body: lines(
      `${input.recipient.displayName} 様`,
      '',
      `次の期限が過ぎましたが、まだ完了していません。${daysOverText(daysBetween(input.dueOn, input.today))}`,
      '',
      ...details,
      `対応が遅れている方：${late}`,
      '',
      'お願いしたいこと：',
      wording.escalation ?? ESCALATION_TODO[input.recipient.role] ?? ESCALATION_TODO.default,
      '',
      ...footer,
    ),
  };
}

function daysLeftText(daysLeft: number): string {
  return daysLeft <= 0 ? '本日が期限です。' : `期限まであと${daysLeft}日です。`;
}

function daysOverText(daysOver: number): string {
  return daysOver <= 0 ? '' : `期限を${daysOver}日過ぎています。`;
}

function lines(...texts: string[]): string {
  return `${texts.join('\n')}\n`;
}
