import { readFile } from 'node:fs/promises';
import { lifecycleDocument } from './lifecycle-document.js';

describe('docs/lifecycle.md', () => {
  it('is what the machine and the role table generate (run `npm run docs:lifecycle` when this fails)', async () => {
    const committed = await readFile(new URL('../../../docs/lifecycle.md', import.meta.url), 'utf8');
    expect(committed).toBe(lifecycleDocument());
  });

  it('draws every state and lists every event with the roles that may send it', () => {
    const document = lifecycleDocument();
    expect(document).toContain('state "reportDue 実績報告待ち" as settlement_reportDue');
    expect(document).toContain('review_awaitingDecision --> grant : DECIDE_GRANT');
    expect(document).toContain('| `CONFIRM_AMOUNT` |  |  |  | ✓ |  |  |');
  });
});
