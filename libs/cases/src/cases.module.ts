import { Module } from '@nestjs/common';
import { ApplyCaseEvent } from './apply-case-event.usecase.js';
import { Clock } from '#libs/clock';
import { ExportCases } from './export-cases.usecase.js';
import { ListCases } from './list-cases.usecase.js';
import { ListMyTasks } from './list-my-tasks.usecase.js';
import { OpenCase } from './open-case.usecase.js';
import { PreviewCaseNotices } from './preview-case-notices.usecase.js';
import { ReadCase } from './read-case.usecase.js';
import { ReadCaseLedgers } from './read-case-ledgers.usecase.js';

@Module({
  providers: [Clock, ApplyCaseEvent, OpenCase, ReadCase, ListCases, ExportCases, ReadCaseLedgers, ListMyTasks, PreviewCaseNotices],
  exports: [Clock, ApplyCaseEvent, OpenCase, ReadCase, ListCases, ExportCases, ReadCaseLedgers, ListMyTasks, PreviewCaseNotices],
})
export class CasesModule {}
