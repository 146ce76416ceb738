import { computeDeadline, MunicipalCalendar } from '#libs/calendar';
import { type CaseEvent, type CaseSnapshot, decideEvent, newCaseSnapshot } from '#libs/lifecycle';
import { type Program, seedProgram } from '#libs/programs';
import { actorFor, APPLICANT_ORGANIZATION_ID } from '#libs/testing/case-actors.factory';
import type { NoticeContent } from './notice-content.js';
import { noticeContentOf } from './notice-content-of.js';
import { NoticeErrorCode, NoticeException } from './notice.exception.js';

const support = seedProgram('協働支援');
const consensus = seedProgram('合意形成');
const calendar = new MunicipalCalendar();

const by = (role: Parameters<typeof actorFor>[0], on: string) => ({ actor: actorFor(role), on });
const filing = (program: Program, planned: number, requested: number, on: string): CaseEvent => ({
  type: 'SUBMIT',
  ...by('applicant', on),
  requestedAmount: requested,
  plannedExpenses: [{ category: program.eligibleExpenseCategories[0] as string, amount: planned }],
  documents: [...program.requiredDocuments.application],
  remainingTotalCap: program.caps.total?.amount ?? null,
});
const untilDecision = (program: Program, planned: number, requested: number): CaseEvent[] => [
  { type: 'START_APPLICATION', ...by('applicant', '2025-05-01') },
  filing(program, planned, requested, '2025-05-10'),
  { type: 'ACCEPT', ...by('officer', '2025-05-12') },
  { type: 'ASSIGN_REVIEWER', ...by('officer', '2025-05-12'), reviewerId: 'reviewer-1', reviewerOrganizationIds: [] },
  { type: 'AFFIRM_NO_CONFLICT', ...by('reviewer', '2025-05-20') },
  { type: 'SUBMIT_REVIEW', ...by('reviewer', '2025-05-20'), scores: [{ criterion: '公益性', score: 4 }], comment: '' },
];
const grant = (amount: number, conditions: string[] = []): CaseEvent => ({
  type: 'DECIDE_GRANT',
  ...by('approver', '2025-05-30'),
  amount,
  conditions,
  noticeNumber: '一協第12号',
});
const paidAdvance = (amount: number): CaseEvent[] => [
  { type: 'START_PROJECT', ...by('applicant', '2025-06-02') },
  { type: 'REQUEST_ADVANCE', ...by('applicant', '2025-06-02'), amount },
  { type: 'RECORD_PAYMENT', ...by('finance', '2025-06-10'), amount, paidOn: '2025-06-10', kind: 'prepayment' },
];

function caseAfter(program: Program, events: readonly CaseEvent[]): CaseSnapshot {
  let snapshot = newCaseSnapshot({ program, organizationId: APPLICANT_ORGANIZATION_ID, population: null });
  for (const event of events) {
    const decision = decideEvent(snapshot, event);
    if (decision.outcome !== 'accepted') throw new Error(decision.message.en);
    snapshot = decision.snapshot;
  }
  return snapshot;
}

/** The notices `last` issues on a case that went through `events`, as the effects writer builds them. */
function noticesOf(program: Program, events: readonly CaseEvent[], last: CaseEvent): NoticeContent[] {
  const before = caseAfter(program, events);
  const decision = decideEvent(before, last);
  if (decision.outcome !== 'accepted') throw new Error(decision.message.en);
  const dueDates = Object.fromEntries(
    decision.effects.flatMap((effect) => (effect.type === 'setDeadline' ? [[effect.kind, computeDeadline(effect.rule, effect.from, calendar)]] : [])),
  );
  return decision.effects.flatMap((effect) =>
    effect.type === 'issueNotice'
      ? [
          noticeContentOf({
            kind: effect.kind,
            noticeNumber: effect.noticeNumber ?? 'R7-受理-0001',
            issuedOn: last.on,
            municipalityName: '一関市',
            organizationName: '舞川地区地域協働体',
            caseNumber: 'R7-協働支援-0001',
            fiscalYear: 2025,
            event: last,
            before: before.context,
            after: decision.snapshot.context,
            dueDates,
            appeal: { requestMonths: 3, lawsuitMonths: 6 },
          }),
        ]
      : [],
  );
}

describe('noticeContentOf', () => {
  it('heads every notice with the municipality and its head, the addressee, the case and the program', () => {
    const [acceptance] = noticesOf(support, untilDecision(support, 90_000, 60_000).slice(0, 2), { type: 'ACCEPT', ...by('officer', '2025-05-12') });
    expect(acceptance).toEqual({
      version: 1,
      appeal: { requestMonths: 3, lawsuitMonths: 6 },
      kind: 'acceptance',
      noticeNumber: 'R7-受理-0001',
      issuedOn: '2025-05-12',
      municipality: { name: '一関市', head: '一関市長' },
      organization: { name: '舞川地区地域協働体' },
      caseNumber: 'R7-協働支援-0001',
      fiscalYear: 2025,
      program: { code: '協働支援', name: '地域協働体支援事業補助金' },
      requestedAmount: 60_000,
      standardProcessingDays: support.standardProcessingDays,
    });
    expect(JSON.parse(JSON.stringify(acceptance))).toEqual(acceptance);
  });

  it('keeps the decided amount, the conditions and the last day to withdraw of a 交付決定', () => {
    const [decision] = noticesOf(support, untilDecision(support, 90_000, 60_000), grant(50_000, ['実績報告書に活動写真を添付すること']));
    expect(decision).toMatchObject({
      kind: 'grantDecision',
      noticeNumber: '一協第12号',
      requestedAmount: 60_000,
      decidedAmount: 50_000,
      conditions: ['実績報告書に活動写真を添付すること'],
      withdrawableUntil: '2025-06-09', // 10 days from 2025-05-30
    });
  });

  it('keeps the reasons of a 不交付決定', () => {
    const [rejection] = noticesOf(support, untilDecision(support, 90_000, 60_000), {
      type: 'DECIDE_REJECT',
      ...by('approver', '2025-05-30'),
      reasons: ['事業効果が不明確', '経費の積算根拠が不足'],
      noticeNumber: '一協第13号',
    });
    expect(rejection).toMatchObject({ kind: 'rejectionDecision', requestedAmount: 60_000, reasons: ['事業効果が不明確', '経費の積算根拠が不足'] });
  });

  it('keeps the reason of a 補正依頼 and the due date the deadline got, for an application and for a report', () => {
    const submitted = untilDecision(support, 90_000, 60_000).slice(0, 2);
    const [application] = noticesOf(support, submitted, { type: 'RETURN_FOR_CORRECTION', ...by('officer', '2025-05-12'), reason: '収支予算書の合計が不一致', dueOn: null });
    // 10 open days after Monday 2025-05-12.
    expect(application).toMatchObject({ kind: 'correctionRequest', subject: 'application', reason: '収支予算書の合計が不一致', dueOn: '2025-05-26' });

    const reported = [
      ...untilDecision(support, 90_000, 60_000),
      grant(60_000),
      { type: 'START_PROJECT', ...by('applicant', '2025-06-01') },
      { type: 'COMPLETE_PROJECT', ...by('applicant', '2025-12-01'), completedOn: '2025-11-28' },
      {
        type: 'SUBMIT_REPORT',
        ...by('applicant', '2025-12-10'),
        actualExpenses: [{ category: support.eligibleExpenseCategories[0] as string, amount: 90_000 }],
        documents: [...support.requiredDocuments.report],
        outcomes: '活動報告',
      },
    ] as CaseEvent[];
    const [report] = noticesOf(support, reported, { type: 'RETURN_REPORT', ...by('officer', '2025-12-12'), reason: '領収書の写しが不足', dueOn: '2025-12-26' });
    expect(report).toMatchObject({ kind: 'correctionRequest', subject: 'report', reason: '領収書の写しが不足', dueOn: '2025-12-26' });
  });

  it('keeps the amount before and after a 変更承認', () => {
    const changing = [
      ...untilDecision(support, 90_000, 60_000),
      grant(60_000),
      { type: 'START_PROJECT', ...by('applicant', '2025-06-01') },
      {
        type: 'REQUEST_CHANGE',
        ...by('applicant', '2025-06-20'),
        description: '講師謝礼の増額',
        plannedExpenses: [{ category: support.eligibleExpenseCategories[0] as string, amount: 135_000 }],
        requestedAmount: 90_000,
        documents: [...support.requiredDocuments.change],
      },
    ] as CaseEvent[];
    const [approval] = noticesOf(support, changing, { type: 'APPROVE_CHANGE', ...by('approver', '2025-07-01'), amount: 90_000, noticeNumber: '一協第20号' });
    expect(approval).toMatchObject({ kind: 'changeApproval', previousDecidedAmount: 60_000, decidedAmount: 90_000 });
  });

  it('keeps what was paid and the report due date of a 中止（廃止）承認', () => {
    const discontinuing = [
      ...untilDecision(consensus, 50_000, 50_000),
      grant(50_000),
      ...paidAdvance(20_000),
      { type: 'REQUEST_DISCONTINUE', ...by('applicant', '2025-08-01'), reason: '役員不在のため' },
    ] as CaseEvent[];
    const [approval] = noticesOf(consensus, discontinuing, { type: 'APPROVE_DISCONTINUE', ...by('approver', '2025-08-05'), noticeNumber: '一協第25号' });
    const reportDueOn = computeDeadline(consensus.reportDeadline, '2025-08-05', calendar);
    expect(approval).toMatchObject({ kind: 'discontinuationApproval', decidedAmount: 50_000, paidAmount: 20_000, reportDueOn });
  });

  it('issues a revocation and a 返還命令 with 加算金 after money was paid', () => {
    const paid = [...untilDecision(consensus, 50_000, 50_000), grant(50_000), ...paidAdvance(30_000)];
    const [revocation, refundOrder] = noticesOf(consensus, paid, {
      type: 'REVOKE',
      ...by('approver', '2025-09-01'),
      reason: '目的外使用',
      noticeNumber: '一協第30号',
      refundDueOn: '2025-09-22',
      refundOrderNumber: '一協第31号',
    });
    const refund = {
      principal: 30_000,
      dueOn: '2025-09-22',
      additionPerYear: consensus.refundInterest.additionPerYear,
      delinquencyPerYear: consensus.refundInterest.delinquencyPerYear,
    };
    expect(revocation).toMatchObject({ kind: 'revocation', decidedOn: '2025-05-30', decidedAmount: 50_000, reason: '目的外使用', refund, refundOrderNumber: '一協第31号' });
    expect(refundOrder).toMatchObject({ kind: 'refundOrder', noticeNumber: '一協第31号', cause: 'revocation', causeNoticeNumber: '一協第30号', refund });
  });

  it('confirms an amount below what was paid with a 返還命令 that carries no 加算金', () => {
    const reported = [
      ...untilDecision(consensus, 50_000, 50_000),
      grant(50_000),
      ...paidAdvance(50_000),
      { type: 'COMPLETE_PROJECT', ...by('applicant', '2026-02-02'), completedOn: '2026-01-30' },
      {
        type: 'SUBMIT_REPORT',
        ...by('applicant', '2026-02-10'),
        actualExpenses: [{ category: consensus.eligibleExpenseCategories[0] as string, amount: 42_000 }],
        documents: [...consensus.requiredDocuments.report],
        outcomes: '活動報告',
      },
    ] as CaseEvent[];
    const [confirmation, refundOrder] = noticesOf(consensus, reported, {
      type: 'CONFIRM_AMOUNT',
      ...by('approver', '2026-02-20'),
      noticeNumber: '一協第51号',
      amount: null,
      refundDueOn: '2026-03-12',
      refundOrderNumber: '一協第52号',
    });
    expect(confirmation).toMatchObject({ kind: 'amountConfirmation', decidedAmount: 50_000, confirmedAmount: 42_000, paidAmount: 50_000, refundOrderNumber: '一協第52号' });
    expect(refundOrder).toMatchObject({
      kind: 'refundOrder',
      cause: 'amountConfirmation',
      causeNoticeNumber: '一協第51号',
      refund: { principal: 8_000, dueOn: '2026-03-12', additionPerYear: null },
    });
  });

  it('refuses to build a notice the event cannot have issued', () => {
    const before = caseAfter(support, untilDecision(support, 90_000, 60_000));
    const build = () =>
      noticeContentOf({
        kind: 'grantDecision',
        noticeNumber: '一協第12号',
        issuedOn: '2025-05-30',
        municipalityName: '一関市',
        organizationName: '舞川地区地域協働体',
        caseNumber: 'R7-協働支援-0001',
        fiscalYear: 2025,
        event: { type: 'ACCEPT', ...by('officer', '2025-05-30') },
        before: before.context,
        after: before.context,
        dueDates: {},
        appeal: { requestMonths: 3, lawsuitMonths: 6 },
      });
    expect(build).toThrow(new NoticeException(NoticeErrorCode.InconsistentIssue, 'a grantDecision notice is issued by DECIDE_GRANT, not ACCEPT'));
  });
});
