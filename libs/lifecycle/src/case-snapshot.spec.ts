import { seedProgram } from '#libs/programs';
import { caseAfter, START_APPLICATION, supportFiling } from '#libs/testing/case-history.factory';
import { actorFor } from '#libs/testing/case-actors.factory';
import { restoreSnapshot, storeSnapshot, UnsupportedMachineVersionException } from './case-snapshot.js';
import { stateCode } from './case-states.js';
import { CASE_MACHINE_VERSION } from './case.machine.js';
import { decideEvent } from './decide-event.js';

const program = seedProgram('協働支援');

const submittedCase = () => caseAfter(program, [START_APPLICATION, supportFiling()]);

describe('stored snapshots', () => {
  it('survive a round trip through JSON with the same state and context', () => {
    const snapshot = submittedCase();
    const stored = JSON.parse(JSON.stringify(storeSnapshot(snapshot)));
    const restored = restoreSnapshot(stored, program);

    expect(stored.machineVersion).toBe(CASE_MACHINE_VERSION);
    expect(stateCode(restored.value)).toBe('application.submitted');
    expect(restored.context).toEqual(snapshot.context);
  });

  it('leave the program out: the case row keeps its version', () => {
    const stored = storeSnapshot(submittedCase());
    expect(stored.context).not.toHaveProperty('program');
    expect(JSON.stringify(stored)).not.toContain(program.nameJa);
  });

  it('restore into a snapshot the machine can move on from', () => {
    const restored = restoreSnapshot(JSON.parse(JSON.stringify(storeSnapshot(submittedCase()))), program);
    const decision = decideEvent(restored, { type: 'ACCEPT', actor: actorFor('officer'), on: '2025-05-12' });
    expect(decision.outcome).toBe('accepted');
    expect(decision.outcome === 'accepted' && stateCode(decision.snapshot.value)).toBe('review.inReview');
  });

  it('refuse to restore a snapshot of another machine version', () => {
    const stored = { ...storeSnapshot(submittedCase()), machineVersion: CASE_MACHINE_VERSION + 1 };
    expect(() => restoreSnapshot(stored, program)).toThrow(UnsupportedMachineVersionException);
  });
});
