import { type Program, seedProgram } from '#libs/programs';
import { actorFor } from '#libs/testing/case-actors.factory';
import { caseAfter, START_APPLICATION, supportFiling as submit } from '#libs/testing/case-history.factory';
import type { CaseSnapshot } from './case-snapshot.js';
import { decideEvent } from './decide-event.js';

// The refusals a person meets most, as they read them: in plain Japanese, naming the field.

const support = seedProgram('協働支援');
const draft = (program: Program): CaseSnapshot => caseAfter(program, [START_APPLICATION]);
const japanese = (decision: ReturnType<typeof decideEvent>) =>
  decision.outcome === 'refused' ? decision.problems.map((each) => ({ field: each.field, ja: each.text.ja })) : decision;

describe('refusals in Japanese', () => {
  it('says the application window is closed, with its dates in the era', () => {
    const windowed: Program = { ...support, applicationWindow: { opens: '2025-04-01', closes: '2025-05-31' } };
    expect(japanese(decideEvent(draft(windowed), submit({ on: '2025-06-02' })))).toEqual([
      { field: null, ja: '募集期間（令和7年4月1日から令和7年5月31日まで）の外のため、提出できません。' },
    ]);
  });

  it('says the amount asked is above the cap, naming the field and both amounts', () => {
    expect(japanese(decideEvent(draft(support), submit({ requestedAmount: 60_001 })))).toEqual([
      {
        field: 'requestedAmount',
        ja: '申請額（requestedAmount）60,001円は、この経費に対してこの制度が交付できる上限60,000円を超えています。',
      },
    ]);
  });

  it('names each missing document by its Japanese name', () => {
    expect(japanese(decideEvent(draft(support), submit({ documents: [] })))).toEqual([
      {
        field: 'documents',
        ja: '申請に必要な書類がそろっていません：交付申請書、事業計画書、収支予算書。書類を添付してからもう一度送ってください。',
      },
    ]);
  });

  it("says whose turn it is when the role may not send the event", () => {
    const decision = decideEvent(draft(support), { ...submit(), actor: actorFor('officer') });
    expect(decision).toMatchObject({
      outcome: 'forbidden',
      message: { ja: '「申請書の提出」は申請団体が行う操作です。担当職員の方は行えません。' },
    });
  });

  it('says what the case is waiting for when the state does not take the event, and what can be done now', () => {
    const decision = decideEvent(draft(support), { type: 'START_PROJECT', actor: actorFor('applicant'), on: '2025-05-02' });
    expect(decision).toMatchObject({
      outcome: 'notAcceptedInState',
      message: { ja: 'この案件は今「申請書作成中」のため、「事業の着手」はできません。今できる操作は「申請書の提出」「申請の取下げ」です。' },
    });
  });

  it('carries an English text beside the Japanese one, for clients that ask for English', () => {
    const decision = decideEvent(draft(support), submit({ requestedAmount: 0 }));
    expect(decision).toMatchObject({
      outcome: 'refused',
      problems: [{ field: 'requestedAmount', text: { ja: '申請額（requestedAmount）は1円以上で入力してください。', en: 'requestedAmount must be more than 0 yen' } }],
    });
  });
});
