import { readNoticeContent } from './read-notice-content.js';

describe('readNoticeContent', () => {
  const content = {
    version: 1,
    kind: 'acceptance',
    noticeNumber: 'R7-受理-0001',
    issuedOn: '2025-05-12',
    municipality: { name: '一関市', head: '一関市長' },
    organization: { name: '舞川地区地域協働体' },
    caseNumber: 'R7-協働支援-0001',
    fiscalYear: 2025,
    program: { code: '協働支援', name: '地域協働体支援事業補助金' },
    requestedAmount: 60_000,
    standardProcessingDays: 30,
  };

  it('reads content of the current version', () => {
    expect(readNoticeContent(content)).toEqual(content);
  });

  it.each([
    ['the empty content of a notice issued before notices kept theirs', {}],
    ['an unknown version', { ...content, version: 2 }],
    ['an unknown kind', { ...content, kind: 'toString' }],
    ['no object at all', null],
  ])('reads nothing from %s', (_, stored) => {
    expect(readNoticeContent(stored)).toBeNull();
  });
});
