import { text } from '#libs/errors';
import { CaseErrorCode, CaseException } from './case.exception.js';
import type { LockedCaseRecord } from './case.repository.js';

/** Refuses an act on a case that moved on since the client read it (If-Match): 409 with the version it is at. */
export function assertCaseVersion(record: LockedCaseRecord, expectedVersion: number | null, caseId: string): void {
  if (expectedVersion === null || record.row.version === expectedVersion) return;
  throw new CaseException(
    CaseErrorCode.StaleVersion,
    text(
      'この案件は、あなたが開いた後にほかの人が更新しました。画面を読み込み直してから、もう一度操作してください。',
      `case ${caseId} is at version ${record.row.version}, not ${expectedVersion}: reload it and try again`,
    ),
    { currentVersion: record.row.version },
  );
}
