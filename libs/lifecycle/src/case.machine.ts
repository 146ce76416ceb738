import { and, assign, setup } from 'xstate';
import { type CaseContext, type CaseInput, initialCaseContext, totalOf } from './case-context.js';
import type { CaseEffect } from './case-effect.js';
import type { CaseEvent, CaseEventOf } from './case-event.js';
import { isLastOpenReview } from './rules/review.rules.js';
import { eventProblems } from './rules/event-problems.js';
import { amountToConfirm, eligibleActualOf, settlesRefund } from './rules/settlement.rules.js';

/** Stored beside every persisted snapshot; bump it when a stored snapshot would no longer restore. */
export const CASE_MACHINE_VERSION = 1;

type Args = { context: CaseContext; event: CaseEvent };
/** Narrows the event inside an action or guard whose transition only that event type reaches. */
const as = <T extends CaseEvent['type']>(event: CaseEvent) => event as CaseEventOf<T>;

/**
 * An effect the transition reports (null: none this time); the machine's own
 * implementation of it does nothing.
 */
const report = (build: (args: Args) => CaseEffect | null) => ({ type: 'report' as const, params: build });
const notice = (
  kind: Extract<CaseEffect, { type: 'issueNotice' }>['kind'],
  numberOf: (event: CaseEvent) => string | null = (event) => ('noticeNumber' in event ? event.noticeNumber : null),
) => report(({ event }) => ({ type: 'issueNotice', kind, noticeNumber: numberOf(event) }));
/** 返還命令 carries its own number. */
const refundOrder = () => notice('refundOrder', (event) => ('refundOrderNumber' in event ? event.refundOrderNumber : null));
const clearDeadline = (kind: Extract<CaseEffect, { type: 'clearDeadline' }>['kind'], subject: (args: Args) => string | null = () => null) =>
  report((args) => ({ type: 'clearDeadline', kind, subject: subject(args) }));
const clearAllDeadlines = report(() => ({ type: 'clearAllDeadlines' }));
const paid = (context: CaseContext) => totalOf(context.payments);
const refundDue = (context: CaseContext, event: CaseEventOf<'CONFIRM_AMOUNT'>) => paid(context) - amountToConfirm(context, event);

/**
 * The lifecycle of a grant case: 相談 → 申請 → 審査 → 交付 → 精算, with every branch.
 * Used as a pure function (XState's `transition` on a restored snapshot): guards read only
 * the context and the event, and effects come back as `report` actions, never performed here.
 */
export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
  },
  guards: {
    allowed: ({ context, event }) => eventProblems(context, event).length === 0,
    lastOpenReview: ({ context, event }) => isLastOpenReview(context, event.actor),
    othersHaveAllReviewed: ({ context, event }) => {
      const others = context.reviewers.filter((reviewer) => reviewer.reviewerId !== event.actor.userId);
      return others.length > 0 && others.every((reviewer) => reviewer.reviewed);
    },
    leavesAmountToPay: ({ context, event }) => refundDue(context, as<'CONFIRM_AMOUNT'>(event)) < 0,
    leavesAmountToRefund: ({ context, event }) => refundDue(context, as<'CONFIRM_AMOUNT'>(event)) > 0,
    paysInFull: ({ context, event }) => paid(context) + as<'RECORD_PAYMENT'>(event).amount === context.confirmedAmount,
    settlesRefund: ({ context, event }) => settlesRefund(context, as<'RECORD_REFUND'>(event)),
    hasPayments: ({ context }) => paid(context) > 0,
  },
  actions: {
    report: (_, _effect: CaseEffect | null) => undefined,
    recordFiling: assign(({ context, event }) => {
      const filing = as<'SUBMIT' | 'RESUBMIT'>(event);
      return {
        requestedAmount: filing.requestedAmount,
        plannedExpenses: filing.plannedExpenses,
        remainingTotalCap: filing.remainingTotalCap,
        documents: { ...context.documents, application: filing.documents },
      };
    }),
    recordReviewer: assign(({ context, event }) => {
      const { reviewerId, reviewerOrganizationIds } = as<'ASSIGN_REVIEWER'>(event);
      return {
        reviewers: [...context.reviewers, { reviewerId, organizationIds: reviewerOrganizationIds, affirmedNoConflict: false, reviewed: false }],
      };
    }),
    recordNoConflict: assign(({ context, event }) => ({
      reviewers: context.reviewers.map((reviewer) =>
        reviewer.reviewerId === event.actor.userId ? { ...reviewer, affirmedNoConflict: true } : reviewer,
      ),
    })),
    recordReview: assign(({ context, event }) => ({
      reviewers: context.reviewers.map((reviewer) =>
        reviewer.reviewerId === event.actor.userId ? { ...reviewer, reviewed: true } : reviewer,
      ),
    })),
    dropReviewer: assign(({ context, event }) => ({
      reviewers: context.reviewers.filter((reviewer) => reviewer.reviewerId !== event.actor.userId),
      recusedReviewerIds: [...context.recusedReviewerIds, event.actor.userId],
    })),
    recordGrant: assign(({ event }) => {
      const decision = as<'DECIDE_GRANT'>(event);
      return { decidedAmount: decision.amount, decidedOn: decision.on, conditions: decision.conditions };
    }),
    recordAdvanceRequest: assign(({ context, event }) => ({
      advanceRequested: context.advanceRequested + as<'REQUEST_ADVANCE'>(event).amount,
    })),
    recordPayment: assign(({ context, event }) => ({
      payments: [...context.payments, { amount: as<'RECORD_PAYMENT'>(event).amount, on: as<'RECORD_PAYMENT'>(event).paidOn }],
    })),
    recordChangeRequest: assign(({ context, event }) => {
      const { requestedAmount, plannedExpenses, documents } = as<'REQUEST_CHANGE'>(event);
      return { pendingChange: { requestedAmount, plannedExpenses }, documents: { ...context.documents, change: documents } };
    }),
    recordMinorChange: assign(({ event }) => ({ plannedExpenses: as<'NOTIFY_MINOR_CHANGE'>(event).plannedExpenses })),
    applyChange: assign(({ context, event }) => ({
      decidedAmount: as<'APPROVE_CHANGE'>(event).amount,
      requestedAmount: context.pendingChange?.requestedAmount ?? context.requestedAmount,
      plannedExpenses: context.pendingChange?.plannedExpenses ?? context.plannedExpenses,
      pendingChange: null,
    })),
    dropChange: assign({ pendingChange: null }),
    recordReport: assign(({ context, event }) => {
      const report = as<'SUBMIT_REPORT'>(event);
      return { eligibleActual: eligibleActualOf(context, report), documents: { ...context.documents, report: report.documents } };
    }),
    recordConfirmation: assign(({ context, event }) => {
      const confirmation = as<'CONFIRM_AMOUNT'>(event);
      const confirmed = amountToConfirm(context, confirmation);
      const overpaid = paid(context) - confirmed;
      return {
        confirmedAmount: confirmed,
        refundClaim: overpaid > 0 ? { principal: overpaid, dueOn: confirmation.refundDueOn, withAddition: false } : null,
      };
    }),
    recordRevocation: assign(({ context, event }) => {
      const revocation = as<'REVOKE'>(event);
      const principal = paid(context);
      return {
        confirmedAmount: 0,
        refundClaim: principal > 0 ? { principal, dueOn: revocation.refundDueOn, withAddition: true } : null,
      };
    }),
    recordRefund: assign(({ context, event }) => ({
      refunds: [...context.refunds, { amount: as<'RECORD_REFUND'>(event).amount, on: as<'RECORD_REFUND'>(event).refundedOn }],
    })),
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => initialCaseContext(input),
  initial: 'new',
  states: {
    new: {
      on: {
        OPEN_CONSULTATION: { guard: 'allowed', target: 'consultation' },
        START_APPLICATION: { guard: 'allowed', target: 'application', actions: windowReminder() },
      },
    },
    consultation: {
      initial: 'open',
      on: {
        CLOSE_WITHOUT_APPLICATION: { guard: 'allowed', target: 'closedWithoutApplication' },
        WITHDRAW: { guard: 'allowed', target: 'withdrawn' },
      },
      states: {
        open: {
          on: {
            // The note is kept in the case's ledger; who hears of it is WHO_HEARS_WHAT's (libs/case-news).
            ADD_NOTE: { guard: 'allowed', target: 'open' },
            CONCLUDE_CONSULTATION: {
              guard: 'allowed',
              target: 'concluded',
              actions: assign({ consultationConcluded: true }),
            },
          },
        },
        concluded: {
          on: { START_APPLICATION: { guard: 'allowed', target: '#case.application', actions: windowReminder() } },
        },
      },
    },
    application: {
      initial: 'draft',
      on: { WITHDRAW: { guard: 'allowed', target: 'withdrawn' } },
      states: {
        draft: {
          on: {
            SUBMIT: {
              guard: 'allowed',
              target: 'submitted',
              actions: ['recordFiling', clearDeadline('applicationWindowCloses')],
            },
          },
        },
        submitted: {
          on: {
            ACCEPT: {
              guard: 'allowed',
              target: '#case.review',
              actions: [
                notice('acceptance'),
                report(({ context, event }) => ({
                  type: 'setDeadline',
                  kind: 'decisionDue',
                  subject: null,
                  rule: { kind: 'daysAfter', days: context.program.standardProcessingDays },
                  from: event.on,
                  // 標準処理期間: the officers are reminded before it runs out, and it escalates to their superiors (決裁権者) once it has.
                  remind: ['officer'],
                  escalateTo: 'approver',
                })),
              ],
            },
            RETURN_FOR_CORRECTION: {
              guard: 'allowed',
              target: 'returned',
              actions: [
                notice('correctionRequest'),
                report(({ context, event }) => {
                  const { dueOn } = as<'RETURN_FOR_CORRECTION'>(event);
                  return {
                    type: 'setDeadline',
                    kind: 'correctionDue',
                    subject: null,
                    rule: dueOn ? { kind: 'onDate', date: dueOn } : context.program.correctionDeadline,
                    from: event.on,
                    remind: ['applicant'],
                    escalateTo: 'officer',
                  };
                }),
              ],
            },
          },
        },
        returned: {
          on: {
            RESUBMIT: {
              guard: 'allowed',
              target: 'submitted',
              actions: ['recordFiling', clearDeadline('correctionDue')],
            },
          },
        },
      },
    },
    review: {
      initial: 'inReview',
      on: { WITHDRAW: { guard: 'allowed', target: 'withdrawn' } },
      states: {
        inReview: {
          on: {
            ASSIGN_REVIEWER: {
              guard: 'allowed',
              actions: [
                'recordReviewer',
                report(({ context, event }) => ({
                  type: 'setDeadline',
                  kind: 'reviewDue',
                  subject: as<'ASSIGN_REVIEWER'>(event).reviewerId,
                  rule: context.program.reviewDeadline,
                  from: event.on,
                  remind: ['reviewer'],
                  escalateTo: 'officer',
                })),
              ],
            },
            // The reviewer's own step before reading the application; the review deadline runs on.
            AFFIRM_NO_CONFLICT: { guard: 'allowed', actions: 'recordNoConflict' },
            SUBMIT_REVIEW: [
              {
                guard: and(['allowed', 'lastOpenReview']),
                target: 'awaitingDecision',
                actions: ['recordReview', clearDeadline('reviewDue', ({ event }) => event.actor.userId)],
              },
              { guard: 'allowed', actions: ['recordReview', clearDeadline('reviewDue', ({ event }) => event.actor.userId)] },
            ],
            DECLARE_CONFLICT: [
              {
                // The others have all reviewed: the case need not wait for a replacement.
                guard: and(['allowed', 'othersHaveAllReviewed']),
                target: 'awaitingDecision',
                actions: ['dropReviewer', clearDeadline('reviewDue', ({ event }) => event.actor.userId)],
              },
              {
                guard: 'allowed',
                actions: ['dropReviewer', clearDeadline('reviewDue', ({ event }) => event.actor.userId)],
              },
            ],
          },
        },
        awaitingDecision: {
          on: {
            DECIDE_GRANT: {
              guard: 'allowed',
              target: '#case.grant',
              actions: ['recordGrant', clearDeadline('decisionDue'), notice('grantDecision')],
            },
            DECIDE_REJECT: {
              guard: 'allowed',
              target: '#case.rejected',
              actions: [notice('rejectionDecision')],
            },
          },
        },
      },
    },
    grant: {
      initial: 'decided',
      // An advance still unpaid when the project ends is no longer due as an advance.
      exit: clearDeadline('advancePaymentDue'),
      on: {
        REQUEST_ADVANCE: {
          guard: 'allowed',
          actions: [
            'recordAdvanceRequest',
            report(({ context, event }) => ({
              type: 'setDeadline',
              kind: 'advancePaymentDue',
              subject: null,
              rule: context.program.paymentDeadline,
              from: event.on,
              remind: ['finance'],
              escalateTo: null,
            })),
          ],
        },
        RECORD_PAYMENT: {
          guard: 'allowed',
          actions: [
            'recordPayment',
            // After recordPayment: the reminder stays until the whole advance requested is paid.
            report(({ context }) =>
              totalOf(context.payments) >= context.advanceRequested ? { type: 'clearDeadline', kind: 'advancePaymentDue', subject: null } : null,
            ),
          ],
        },
        REVOKE: revocation(),
      },
      states: {
        decided: {
          on: {
            START_PROJECT: { guard: 'allowed', target: 'inProgress' },
            // 取下げ after the decision, within the program's period (checked by the rules).
            WITHDRAW: { guard: 'allowed', target: '#case.withdrawn' },
            REQUEST_DISCONTINUE: { guard: 'allowed', target: 'discontinueRequested' },
          },
        },
        inProgress: {
          on: {
            REQUEST_CHANGE: { guard: 'allowed', target: 'changeRequested', actions: ['recordChangeRequest'] },
            NOTIFY_MINOR_CHANGE: { guard: 'allowed', actions: ['recordMinorChange'] },
            REQUEST_DISCONTINUE: { guard: 'allowed', target: 'discontinueRequested' },
            COMPLETE_PROJECT: {
              guard: 'allowed',
              target: '#case.settlement',
              actions: report(({ context, event }) => ({
                type: 'setDeadline',
                kind: 'reportDue',
                subject: null,
                rule: context.program.reportDeadline,
                from: as<'COMPLETE_PROJECT'>(event).completedOn,
                remind: ['applicant'],
                escalateTo: 'officer',
              })),
            },
          },
        },
        changeRequested: {
          on: {
            APPROVE_CHANGE: { guard: 'allowed', target: 'inProgress', actions: ['applyChange', notice('changeApproval')] },
            REJECT_CHANGE: { guard: 'allowed', target: 'inProgress', actions: ['dropChange'] },
          },
        },
        discontinueRequested: {
          on: {
            APPROVE_DISCONTINUE: {
              guard: 'allowed',
              target: '#case.settlement',
              actions: [
                notice('discontinuationApproval'),
                report(({ context, event }) => ({
                  type: 'setDeadline',
                  kind: 'reportDue',
                  subject: null,
                  rule: context.program.reportDeadline,
                  from: event.on,
                  remind: ['applicant'],
                  escalateTo: 'officer',
                })),
              ],
            },
            REJECT_DISCONTINUE: { guard: 'allowed', target: 'inProgress' },
          },
        },
      },
    },
    settlement: {
      initial: 'reportDue',
      on: { REVOKE: revocation() },
      states: {
        reportDue: {
          on: {
            SUBMIT_REPORT: {
              guard: 'allowed',
              target: 'reportSubmitted',
              actions: ['recordReport', clearDeadline('reportDue'), clearDeadline('reportCorrectionDue')],
            },
          },
        },
        reportSubmitted: {
          on: {
            RETURN_REPORT: {
              guard: 'allowed',
              target: 'reportDue',
              actions: [
                notice('correctionRequest'),
                report(({ context, event }) => {
                  const { dueOn } = as<'RETURN_REPORT'>(event);
                  return {
                    type: 'setDeadline',
                    kind: 'reportCorrectionDue',
                    subject: null,
                    rule: dueOn ? { kind: 'onDate', date: dueOn } : context.program.correctionDeadline,
                    from: event.on,
                    remind: ['applicant'],
                    escalateTo: 'officer',
                  };
                }),
              ],
            },
            CONFIRM_AMOUNT: [
              {
                guard: and(['allowed', 'leavesAmountToPay']),
                target: 'paymentDue',
                actions: [
                  'recordConfirmation',
                  notice('amountConfirmation'),
                  report(({ context, event }) => ({
                    type: 'setDeadline',
                    kind: 'finalPaymentDue',
                    subject: null,
                    rule: context.program.paymentDeadline,
                    from: event.on,
                    remind: ['finance'],
                    escalateTo: null,
                  })),
                ],
              },
              {
                guard: and(['allowed', 'leavesAmountToRefund']),
                target: 'refundDue',
                actions: ['recordConfirmation', notice('amountConfirmation'), refundOrder(), refundDeadline()],
              },
              { guard: 'allowed', target: '#case.closed', actions: ['recordConfirmation', notice('amountConfirmation')] },
            ],
          },
        },
        paymentDue: {
          on: {
            RECORD_PAYMENT: [
              { guard: and(['allowed', 'paysInFull']), target: '#case.closed', actions: 'recordPayment' },
              { guard: 'allowed', actions: 'recordPayment' },
            ],
          },
        },
        refundDue: {
          on: {
            RECORD_REFUND: [
              { guard: and(['allowed', 'settlesRefund']), target: '#case.closed', actions: 'recordRefund' },
              { guard: 'allowed', actions: 'recordRefund' },
            ],
          },
        },
      },
    },
    revocation: {
      initial: 'refundDue',
      states: {
        refundDue: {
          on: {
            RECORD_REFUND: [
              { guard: and(['allowed', 'settlesRefund']), target: '#case.revoked', actions: 'recordRefund' },
              { guard: 'allowed', actions: 'recordRefund' },
            ],
          },
        },
      },
    },
    // However a case ends, no deadline of it stays open.
    closed: { type: 'final', entry: clearAllDeadlines },
    closedWithoutApplication: { type: 'final', entry: clearAllDeadlines },
    withdrawn: { type: 'final', entry: clearAllDeadlines },
    rejected: { type: 'final', entry: clearAllDeadlines },
    revoked: { type: 'final', entry: clearAllDeadlines },
  },
});

/** 募集期間: a draft is reminded of the window's close, if the program has one. */
function windowReminder() {
  return report(({ context, event }) => {
    const window = context.program.applicationWindow;
    return window
      ? {
          type: 'setDeadline',
          kind: 'applicationWindowCloses',
          subject: null,
          rule: { kind: 'onDate', date: window.closes },
          from: event.on,
          remind: ['applicant'],
          escalateTo: null,
        }
      : null;
  });
}

function refundDeadline() {
  return report(({ event }) => ({
    type: 'setDeadline',
    kind: 'refundDue',
    subject: null,
    rule: { kind: 'onDate', date: as<'CONFIRM_AMOUNT' | 'REVOKE'>(event).refundDueOn },
    from: event.on,
    remind: ['applicant', 'finance'],
    escalateTo: 'approver',
  }));
}

/** 交付決定の取消: with money paid, a refund with 加算金 is ordered; without, the case ends. */
function revocation() {
  return [
    {
      guard: and(['allowed', 'hasPayments']),
      target: '#case.revocation',
      actions: [
        'recordRevocation',
        clearAllDeadlines,
        notice('revocation'),
        refundOrder(),
        refundDeadline(),
      ],
    },
    { guard: 'allowed', target: '#case.revoked', actions: ['recordRevocation', notice('revocation')] },
  ] as const;
}
