import { fieldChanges } from './field-changes.js';

describe('fieldChanges', () => {
  const before = { displayName: '一関 花子', role: 'officer', liaisonAreas: ['舞川'], email: 'hanako@example.jp' };

  it('gives before and after of the changed fields only', () => {
    const after = { ...before, role: 'approver', liaisonAreas: [] };
    expect(fieldChanges(before, after, ['displayName', 'role', 'liaisonAreas'])).toEqual({
      before: { role: 'officer', liaisonAreas: ['舞川'] },
      after: { role: 'approver', liaisonAreas: [] },
    });
  });

  it('compares lists by their items, not by identity', () => {
    expect(fieldChanges(before, { ...before, liaisonAreas: ['舞川'] }, ['liaisonAreas'])).toBeNull();
    expect(fieldChanges(before, { ...before, liaisonAreas: ['弥栄', '舞川'] }, ['liaisonAreas'])).toEqual({
      before: { liaisonAreas: ['舞川'] },
      after: { liaisonAreas: ['弥栄', '舞川'] },
    });
  });

  it('tells null apart from a value', () => {
    expect(fieldChanges({ population: 4300 }, { population: null }, ['population'])).toEqual({
      before: { population: 4300 },
      after: { population: null },
    });
  });

  it('is null when nothing changed, and ignores fields it was not asked about', () => {
    expect(fieldChanges(before, { ...before, email: 'other@example.jp' }, ['displayName', 'role'])).toBeNull();
  });
});
