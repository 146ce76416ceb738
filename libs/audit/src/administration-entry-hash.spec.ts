import { type AdministrationEntryContent, administrationEntryHash, canonicalAdministrationEntry } from './administration-entry-hash.js';

const entry: AdministrationEntryContent = {
  tenantId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  sequence: 2,
  actorUserId: '8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8a',
  actorRole: 'admin',
  action: 'user.updated',
  subjectType: 'user',
  subjectId: '1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f5',
  payload: { before: { role: 'officer', liaisonAreas: ['舞川'] }, after: { role: 'approver', liaisonAreas: [] } },
  occurredAt: new Date('2025-04-01T09:30:00.123+09:00'),
  previousHash: '0'.repeat(64),
};

describe('administrationEntryHash', () => {
  it('hashes the RFC 8785 canonical JSON of the entry with SHA-256 (fixed vector)', () => {
    const canonical =
      '{"action":"user.updated","actorRole":"admin","actorUserId":"8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8a","occurredAt":"2025-04-01T00:30:00.123Z",' +
      '"payload":{"after":{"liaisonAreas":[],"role":"approver"},"before":{"liaisonAreas":["舞川"],"role":"officer"}},' +
      '"previousHash":"0000000000000000000000000000000000000000000000000000000000000000","sequence":2,' +
      '"subjectId":"1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f5","subjectType":"user","tenantId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"}';
    expect(canonicalAdministrationEntry(entry)).toBe(canonical);
    // Computed once with `printf '%s' "$canonical" | sha256sum`.
    expect(administrationEntryHash(entry)).toBe('d58583e1a3e9a625af1e4c07218d14b7ee6b78fd69828994560bae3e95da7bd2');
  });

  it.each<[string, Partial<AdministrationEntryContent>]>([
    ['tenantId', { tenantId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b0' }],
    ['sequence', { sequence: 3 }],
    ['actorUserId', { actorUserId: '8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8b' }],
    ['actorRole', { actorRole: 'officer' }],
    ['action', { action: 'user.created' }],
    ['subjectType', { subjectType: 'organization' }],
    ['subjectId', { subjectId: '1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f6' }],
    ['payload (a nested value)', { payload: { before: { role: 'officer', liaisonAreas: ['弥栄'] }, after: { role: 'approver', liaisonAreas: [] } } }],
    ['occurredAt (one millisecond)', { occurredAt: new Date('2025-04-01T00:30:00.124Z') }],
    ['previousHash (null)', { previousHash: null }],
  ])('changes when %s changes', (_field, change) => {
    expect(administrationEntryHash({ ...entry, ...change })).not.toBe(administrationEntryHash(entry));
  });
});
