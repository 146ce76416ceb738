import { choicesAfterConflict, type NotificationChoices } from './choices-after-conflict.js';

const DEFAULTS: NotificationChoices = { email: { reminder: true, escalation: true, caseNews: true, fiscalYearClose: true }, dailyDigest: false };
const without = (kind: keyof NotificationChoices['email'], from: NotificationChoices = DEFAULTS): NotificationChoices => ({ ...from, email: { ...from.email, [kind]: false } });

describe('choices after a save refused as stale (another device saved first)', () => {
  it('keeps what the person changed and takes what the other device changed, and names only the latter', () => {
    const mine = { ...without('caseNews'), dailyDigest: true };
    const elsewhere = without('reminder');
    expect(choicesAfterConflict(DEFAULTS, mine, elsewhere)).toEqual({
      choices: { email: { reminder: false, escalation: true, caseNews: false, fiscalYearClose: true }, dailyDigest: true },
      changedElsewhere: ['reminder'],
    });
  });

  it('agrees where both changed the same choice, and says the other device changed it too', () => {
    const both = { ...DEFAULTS, dailyDigest: true };
    expect(choicesAfterConflict(DEFAULTS, both, both)).toEqual({ choices: both, changedElsewhere: ['dailyDigest'] });
  });

  it('names nothing when the other save left every choice as it was read', () => {
    const mine = without('escalation');
    expect(choicesAfterConflict(DEFAULTS, mine, DEFAULTS)).toEqual({ choices: mine, changedElsewhere: [] });
  });

  it('takes the other save whole when the person changed nothing', () => {
    const elsewhere = { ...without('fiscalYearClose', without('caseNews')), dailyDigest: true };
    expect(choicesAfterConflict(DEFAULTS, DEFAULTS, elsewhere)).toEqual({ choices: elsewhere, changedElsewhere: ['caseNews', 'fiscalYearClose', 'dailyDigest'] });
  });
});
