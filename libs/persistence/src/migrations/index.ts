import { CreateTenant1795478400000 } from './1795478400000-create-tenant.js';
import { CreateCaseRecords1795478500000 } from './1795478500000-create-case-records.js';
import { CreateApplicationRole1795478600000 } from './1795478600000-create-application-role.js';
import { CreateTenantClosedDay1795478700000 } from './1795478700000-create-tenant-closed-day.js';
import { CreateAttachment1795478800000 } from './1795478800000-create-attachment.js';
import { CreateCaseLedgers1795478900000 } from './1795478900000-create-case-ledgers.js';
import { CreateReminderDelivery1795479000000 } from './1795479000000-create-reminder-delivery.js';
import { AddNoticeContent1795479050000 } from './1795479050000-add-notice-content.js';
import { CreateAdministrationEntry1795479200000 } from './1795479200000-create-administration-entry.js';
import { AddFiscalYearCloseNotifications1795479310000 } from './1795479310000-add-fiscal-year-close-notifications.js';
import { AddPaymentKind1795479400000 } from './1795479400000-add-payment-kind.js';
import { AddPasswordChangeRequired1795479500000 } from './1795479500000-add-password-change-required.js';
import { AddCaseListOrderIndex1795479600000 } from './1795479600000-add-case-list-order-index.js';
import { AddCaseNews1795479700000 } from './1795479700000-add-case-news.js';
import { CreateNotificationSetting1795479800000 } from './1795479800000-create-notification-setting.js';

/** Listed by hand rather than globbed, so the same list works in the build, under jest and in a bundle. */
export const MIGRATIONS = [
  CreateTenant1795478400000,
  CreateCaseRecords1795478500000,
  CreateApplicationRole1795478600000,
  CreateTenantClosedDay1795478700000,
  CreateAttachment1795478800000,
  CreateCaseLedgers1795478900000,
  CreateReminderDelivery1795479000000,
  AddNoticeContent1795479050000,
  CreateAdministrationEntry1795479200000,
  AddFiscalYearCloseNotifications1795479310000,
  AddPaymentKind1795479400000,
  AddPasswordChangeRequired1795479500000,
  AddCaseListOrderIndex1795479600000,
  AddCaseNews1795479700000,
  CreateNotificationSetting1795479800000,
];
