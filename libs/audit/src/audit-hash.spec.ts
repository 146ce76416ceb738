import { type AuditEntryContent, auditEntryHash, canonicalAuditEntry } from './audit-hash.js';

const entry: AuditEntryContent = {
  tenantId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  caseId: '1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f5',
  sequence: 2,
  actorUserId: '8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8a',
  actorRole: 'applicant',
  eventType: 'SUBMIT',
  payload: { note: '舞川地区', amount: 300000, items: [{ yen: 120000, label: '備品' }] },
  stateBefore: 'application.draft',
  stateAfter: 'application.submitted',
  occurredAt: new Date('2025-04-01T09:30:00.123+09:00'),
  previousHash: '0'.repeat(64),
};

describe('auditEntryHash', () => {
  it('hashes the RFC 8785 canonical JSON of the entry with SHA-256 (fixed vector)', () => {
    // Members sorted at every depth, no whitespace, the instant in UTC with milliseconds, UTF-8 as is.
    const canonical =
      '{"actorRole":"applicant","actorUserId":"8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8a",' +
      '"caseId":"1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f5","eventType":"SUBMIT","occurredAt":"2025-04-01T00:30:00.123Z",' +
      '"payload":{"amount":300000,"items":[{"label":"備品","yen":120000}],"note":"舞川地区"},' +
      '"previousHash":"0000000000000000000000000000000000000000000000000000000000000000","sequence":2,' +
      '"stateAfter":"application.submitted","stateBefore":"application.draft","tenantId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"}';
    expect(canonicalAuditEntry(entry)).toBe(canonical);
    // Computed once with `printf '%s' "$canonical" | sha256sum`.
    expect(auditEntryHash(entry)).toBe('a36a04bb8a14fa856737f5d28efe5145e4b27368f1b63be2c700c11088992117');
  });

  it('does not depend on the order of keys, in the entry or in its payload', () => {
    const reordered: AuditEntryContent = {
      previousHash: entry.previousHash,
      occurredAt: new Date(entry.occurredAt.getTime()),
      stateAfter: entry.stateAfter,
      stateBefore: entry.stateBefore,
      payload: { items: [{ label: '備品', yen: 120000 }], amount: 300000, note: '舞川地区' },
      eventType: entry.eventType,
      actorRole: entry.actorRole,
      actorUserId: entry.actorUserId,
      sequence: entry.sequence,
      caseId: entry.caseId,
      tenantId: entry.tenantId,
    };
    expect(auditEntryHash(reordered)).toBe(auditEntryHash(entry));
  });

  it.each<[string, Partial<AuditEntryContent>]>([
    ['tenantId', { tenantId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b0' }],
    ['caseId', { caseId: '1f0e2d3c-4b5a-4697-8e7f-a0b1c2d3e4f6' }],
    ['sequence', { sequence: 3 }],
    ['actorUserId', { actorUserId: '8d2f1c3e-5b7a-4e9d-a1c2-3f4e5d6c7b8b' }],
    ['actorRole', { actorRole: 'officer' }],
    ['eventType', { eventType: 'RESUBMIT' }],
    ['payload (a nested figure)', { payload: { note: '舞川地区', amount: 300000, items: [{ yen: 120001, label: '備品' }] } }],
    ['payload (a member added)', { payload: { note: '舞川地区', amount: 300000, items: [{ yen: 120000, label: '備品' }], extra: null } }],
    ['payload (a number written as a string)', { payload: { note: '舞川地区', amount: '300000', items: [{ yen: 120000, label: '備品' }] } }],
    ['stateBefore', { stateBefore: null }],
    ['stateAfter', { stateAfter: 'application.returned' }],
    ['occurredAt (one millisecond)', { occurredAt: new Date('2025-04-01T00:30:00.124Z') }],
    ['previousHash', { previousHash: `${'0'.repeat(63)}1` }],
    ['previousHash (null)', { previousHash: null }],
  ])('changes when %s changes', (_field, change) => {
    expect(auditEntryHash({ ...entry, ...change })).not.toBe(auditEntryHash(entry));
  });

  it('is 64 lowercase hex characters', () => {
    expect(auditEntryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });
});
