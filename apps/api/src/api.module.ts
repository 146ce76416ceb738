import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '#libs/config';
import { HealthModule } from '#libs/health';
import { LoggingModule } from '#libs/logging';
import { CasesModule } from '#libs/cases';
import { DirectoryModule } from '#libs/directory';
import { PersistenceModule } from '#libs/persistence';
import { AdminModule } from './admin/admin.module.js';
import { AttachmentsHttpModule } from './attachments/attachments-http.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuditController } from './audit/audit.controller.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { CaseEventPreviewController } from './cases/case-event-preview.controller.js';
import { CasesController } from './cases/cases.controller.js';
import { CaseLedgersController } from './cases/case-ledgers.controller.js';
import { MyTasksController } from './cases/my-tasks.controller.js';
import { DirectoryController } from './directory/directory.controller.js';
import { HealthController } from './health.controller.js';
import { NoticesModule } from './notices/notices.module.js';
import { NotificationsApiModule } from './notifications/notifications-api.module.js';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { WebAppEntranceController } from './web-app/web-app-entrance.controller.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        PersistenceModule.forRoot(),
        HealthModule,
        AuthModule,
        CasesModule,
        DirectoryModule,
        AdminModule,
        AttachmentsHttpModule,
        NoticesModule,
        NotificationsApiModule,
        ReportsModule,
        QueueDashboardModule,
      ],
      controllers: [WebAppEntranceController, HealthController, CasesController, CaseEventPreviewController, CaseLedgersController, MyTasksController, DirectoryController, AuditController, CalendarController],
    };
  }
}
