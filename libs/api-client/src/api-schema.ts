// Generated from the API's OpenAPI document by `npm run api:client`: do not edit by hand.
// test/api-contract.e2e-spec.ts fails when this file is older than the document.
export interface paths {
    "/admin/audit/administration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What your municipality's administrators changed, newest first, a page at a time (admin) */
        get: operations["AuditController_administration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the audit trail's hash chains of your municipality, cases' and administrators' (admin) */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/closed-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your municipality's own closed days, besides weekends, holidays and 年末年始 (admin) */
        get: operations["AdminClosedDaysController_list"];
        put?: never;
        /** Add a closed day (or change its reason): deadlines computed from now on move off it (admin) */
        post: operations["AdminClosedDaysController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/closed-days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a closed day (admin) */
        delete: operations["AdminClosedDaysController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your municipality's applicant organizations, with their members (admin) */
        get: operations["AdminOrganizationsController_list"];
        put?: never;
        /** Create an applicant organization (admin) */
        post: operations["AdminOrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organization's name, area or population (admin) */
        patch: operations["AdminOrganizationsController_update"];
        trace?: never;
    };
    "/admin/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let an applicant act for the organization; a second time changes nothing (admin) */
        post: operations["AdminOrganizationsController_addMembership"];
        /** End a membership: the user no longer acts for the organization (admin) */
        delete: operations["AdminOrganizationsController_removeMembership"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your municipality's programs: the latest version of each, with all version numbers (admin) */
        get: operations["AdminProgramsController_list"];
        put?: never;
        /** Create a program: its definition becomes version 1 (admin) */
        post: operations["AdminProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/programs/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a program, with its definition and how many cases were filed under it (admin) */
        get: operations["AdminProgramsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/programs/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a version (the latest + 1); earlier versions and the cases filed under them stay as they are (admin) */
        post: operations["AdminProgramsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the queue dashboard in this browser: sets its session cookie, then open /admin/queues */
        post: operations["QueueDashboardSessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your municipality's users, with role, liaison areas and organizations (admin) */
        get: operations["AdminUsersController_list"];
        put?: never;
        /** Create a user with one role, and a password of 12 characters or more or, without one, a one-time password to hand over (admin) */
        post: operations["AdminUsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, role or liaison areas; a new role ends the user's tokens (admin) */
        patch: operations["AdminUsersController_update"];
        trace?: never;
    };
    "/admin/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user’s password to a one-time one, to hand over: they must change it at their next login; every session of theirs ends (admin) */
        post: operations["AdminUsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{id}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every token of the user, on every device (admin) */
        post: operations["AdminUsersController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with the tenant code, email and password; answers an access token */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: every token issued to the user so far (on any device) stops working, and the session cookie goes */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (the current one required): every session so far ends, this one goes on as a new one */
        post: operations["SessionController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session: whose, when it ends and the seconds left (to warn before), and for a cookie session the CSRF token */
        get: operations["SessionController_read"];
        put?: never;
        /** Log in for a browser: sets the session cookie (HttpOnly, SameSite=Strict) and answers the CSRF token its writes carry */
        post: operations["SessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew the session before it ends (the web app's 「続ける」): a new cookie, or a new token in accessToken, with a full lifetime */
        post: operations["SessionController_renew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's national holidays and 年末年始, in date order: the days every municipal office closes besides weekends (the municipality's own closed days are not among them) */
        get: operations["CalendarController_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases you may see, newest first, filtered, a page at a time */
        get: operations["CasesController_list"];
        put?: never;
        /** Open a case: a consultation (相談) or a draft application (申請) */
        post: operations["CasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case: state in Japanese and English, amounts, deadlines, why it was returned, what is owed, and what you may do now
         * @description To a reviewer assigned to it who has yet to declare whether they have a conflict of interest (`reviewAssignment.conflictDeclaration`: owed), only the case's header: its number, program, organization, state, what they may do and their review's deadline; none of the application.
         */
        get: operations["CasesController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every attachment of the case, superseded versions included, newest first */
        get: operations["AttachmentsController_list"];
        put?: never;
        /** Attach a document to the case (applicant of its organization, or officer); a newer version names the one it supersedes */
        post: operations["AttachmentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one attachment, superseded or not; ETag and Digest carry its SHA-256 */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an event; If-Match carries the version you saw (409 when stale) */
        post: operations["CasesController_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/events/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The notices an event would issue, without sending it (nothing is written; a refusal is the one the event would get)
         * @description 交付決定・不交付・額の確定・取消などの通知書を、決定する前にそのままの文面で確かめられます。
         */
        post: operations["CaseEventPreviewController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Expense lines: the plan in force (収支予算書) and the latest report (収支決算書) with totals by category, and every earlier revision
         * @description Every SUBMIT, RESUBMIT, NOTIFY_MINOR_CHANGE, APPROVE_CHANGE and SUBMIT_REPORT writes a new revision; none is ever changed. Anyone who sees the case reads them.
         */
        get: operations["CaseLedgersController_expenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every accepted event of the case, from the audit trail, with who sent it */
        get: operations["CasesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consultation notes (相談記録) and the summary that concluded the consultation, oldest first
         * @description Anyone who sees the case reads them.
         */
        get: operations["CaseLedgersController_notes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's official notices (受理通知書, 交付決定通知書 …), in the order issued */
        get: operations["NoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/notices/{noticeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice as it was issued: an A4 PDF with its Japanese font embedded, or printable HTML with ?format=html */
        get: operations["NoticesController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments (前金払, 精算払) and refunds (返還), their totals and the balance (paid − refunded), beside the decided and confirmed amounts
         * @description Anyone who sees the case reads them.
         */
        get: operations["CaseLedgersController_payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The terms of the program version the case runs under (rate, caps, categories, papers, advances), even after the program's window closed */
        get: operations["CasesController_program"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviews (審査: scores per criterion, comment) and conflict declarations (利益相反): officers and approvers read all, a reviewer only their own; applicants and finance none (403)
         * @description Visibility of the case comes first (404 as for any read). Then: officers run the review and approvers decide on it, so they read every review; a reviewer reads only their own, so that no score leans on another (a reviewer who declared a conflict is no longer assigned and no longer sees the case); the applicant never reads reviewers' scores, comments or declarations, and finance has no use for them: both get 403 with allowedRoles.
         */
        get: operations["CaseLedgersController_reviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every case of the list under the same filters, as CSV for Excel
         * @description 一覧と同じ条件・同じ見える範囲の案件すべてを、新しい順に1件1行で出します。条件に合う案件が10,000件を超えるときは途中で切らず、400 CASE_EXPORT_TOO_LARGE で断ります（絞り込んで出し直してください）。 / UTF-8 with a BOM, CRLF line ends, fields quoted as RFC 4180 says; columns 受付番号, 制度, 団体, 地区, 年度 (令和7年度), 状況, 申請額, 交付決定額, 確定額, 期限切れ (はい/いいえ), 次の期限 (YYYY-MM-DD), 更新日時 (Asia/Tokyo, YYYY-MM-DD HH:mm).
         */
        get: operations["CasesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The applicant organizations with their members, for staff (a liaison officer: their areas) */
        get: operations["DirectoryController_organizationDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's people by role, for staff (an officer picking a reviewer: role=reviewer&forCase=…) */
        get: operations["DirectoryController_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL and Redis answer (200), or which of them does not (503) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling user: role, tenant and the organizations they act for */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your choice of how to hear, or the defaults (every kind by e-mail, one each) */
        get: operations["NotificationSettingsController_read"];
        /** Change your choice, from the version you read; it applies to messages written from then on */
        put: operations["NotificationSettingsController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first, a page at a time; `unread=true` for the unread only */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read (again is harmless: the first reading counts) */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you must do now, across your cases: filings to accept, corrections, reviews, decisions, payments, reports …
         * @description 案件の状態と期限から、その都度計算します（保存はしません）。期限切れを先に、次に期限の近い順に並べます。
         */
        get: operations["MyTasksController_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programs you may apply to now and soon: what they fund, the rate and caps, the window, the papers needed
         * @description 申請団体には、その団体が申請できる制度だけを示します。受付を終えた制度は含みません。
         */
        get: operations["DirectoryController_programCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/fiscal-year-close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases of a fiscal year still unsettled before its accounts close on 31 May (出納整理期間): counts by program and state, and the list */
        get: operations["ReportsController_fiscalYearClose"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 受理 / accept the filing */
        AcceptEvent: {
            /**
             * @description 受理 / accept the filing (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ACCEPT";
        };
        ActionDto: {
            /** @description 空なら実行できる。そうでなければ、入力に関係なく今は止まっている理由（書類の不足、募集期間外など） / empty: it can be sent; otherwise what stops it whatever is filled in */
            blockers: components["schemas"]["ActionProblemDto"][];
            label: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            type: "OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND";
        };
        ActionProblemDto: {
            /** @example submit the application */
            en: string;
            /**
             * @description the field it is about; null for the case as a whole
             * @example documents
             */
            field: string | null;
            /** @example 申請書の提出 */
            ja: string;
        };
        /** @description 相談記録の追加 / add a note */
        AddNoteEvent: components["schemas"]["NoteDto"] & {
            /**
             * @description 相談記録の追加 / add a note
             * @enum {string}
             */
            type: "ADD_NOTE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ADD_NOTE";
        };
        AdministrationEntryPageResponseDto: {
            /** @description newest first */
            items: components["schemas"]["AdministrationEntryResponseDto"][];
            /** @description pass as `before` for the next (older) page */
            nextBefore: number | null;
        };
        AdministrationEntryResponseDto: {
            /** @enum {string} */
            action: "program.created" | "program.versionAdded" | "organization.created" | "organization.updated" | "organization.memberAdded" | "organization.memberRemoved" | "user.created" | "user.updated" | "user.signedOut" | "user.passwordReset" | "closedDay.added" | "closedDay.removed";
            /** @example admin */
            actorRole: string;
            /** Format: uuid */
            actorUserId: string;
            /** @description SHA-256 of the RFC 8785 canonical JSON of the entry */
            hash: string;
            /**
             * @description the id the verifier names when it finds the entry broken
             * @example 42
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description the Tokyo date
             * @example 2025-05-14
             */
            occurredOn: string;
            /** @example 令和7年5月14日 */
            occurredOnJa: string;
            /**
             * @description what changed: before and after of the changed fields; never a password or its hash
             * @example {
             *       "before": {
             *         "role": "officer"
             *       },
             *       "after": {
             *         "role": "approver"
             *       }
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
            /** @description the previous entry's hash; null for the first */
            previousHash: string | null;
            /**
             * @description 1, 2, 3 … in the municipality's trail, without gaps
             * @example 7
             */
            sequence: number;
            /**
             * @description a user's or organization's id, a program's code, a closed day's date
             * @example 協働支援
             */
            subjectId: string;
            /** @enum {string} */
            subjectType: "program" | "organization" | "user" | "closedDay";
        };
        AdministrationVerificationResponseDto: {
            entriesChecked: number;
            firstBroken: components["schemas"]["BrokenAdministrationEntryResponseDto"] | null;
            /** @description 1 when the municipality has administration entries, else 0 */
            tenantsChecked: number;
        };
        AdvanceAvailableDto: {
            /**
             * @description まだ請求できる額 / what is left to ask (yen)
             * @example 20000
             */
            left: number;
            /**
             * @description 前金として請求できる上限（交付決定額×制度の割合） / the most that may be asked in advance (yen)
             * @example 50000
             */
            limit: number;
            /**
             * @description 請求済みの前金 / asked so far (yen)
             * @example 30000
             */
            requested: number;
        };
        AdvancePaymentDto: {
            allowed: boolean;
            /** @example 前金払・概算払ができます（交付決定額の10分の5まで） */
            ja: string;
            /** @description the most of the decided amount paid in advance */
            maxFraction: components["schemas"]["FractionDto"] | null;
        };
        AdvanceRequestDto: {
            /**
             * @description 請求する前金の額（円） / the advance asked for, whole yen
             * @example 30000
             */
            amount: number;
        };
        /** @description 利益相反なしの申告 / declare no conflict of interest */
        AffirmNoConflictEvent: {
            /**
             * @description 利益相反なしの申告 / declare no conflict of interest (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AFFIRM_NO_CONFLICT";
        };
        ApplicableOrganizationDto: {
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        /** @description 変更の承認 / approve the change */
        ApproveChangeEvent: components["schemas"]["ChangeApprovalDto"] & {
            /**
             * @description 変更の承認 / approve the change
             * @enum {string}
             */
            type: "APPROVE_CHANGE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "APPROVE_CHANGE";
        };
        /** @description 中止・廃止の承認 / approve the discontinuation */
        ApproveDiscontinueEvent: components["schemas"]["NoticeNumberDto"] & {
            /**
             * @description 中止・廃止の承認 / approve the discontinuation
             * @enum {string}
             */
            type: "APPROVE_DISCONTINUE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "APPROVE_DISCONTINUE";
        };
        AssignReviewerDto: {
            /**
             * Format: uuid
             * @description 審査員の利用者ID（GET /directory/users?role=reviewer） / the reviewer’s user id
             */
            reviewerId: string;
        };
        /** @description 審査員の割当て / assign a reviewer */
        AssignReviewerEvent: components["schemas"]["AssignReviewerDto"] & {
            /**
             * @description 審査員の割当て / assign a reviewer
             * @enum {string}
             */
            type: "ASSIGN_REVIEWER";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ASSIGN_REVIEWER";
        };
        AttachmentResponseDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            documentKind: "applicationForm" | "projectPlan" | "budget" | "bylawsAndRoster" | "areaPlan" | "changeRequestForm" | "performanceReport" | "settlementStatement" | "receiptCopies" | "activityPhotos";
            /** @example 交付申請書 */
            documentKindJa: string;
            /** Format: uuid */
            id: string;
            /** @example application/pdf */
            mediaType: string;
            /**
             * @description the uploaded file’s name without directory parts or control characters, at most 255 bytes
             * @example 交付申請書.pdf
             */
            originalName: string;
            /** @description SHA-256 of the content, lower-case hex */
            sha256: string;
            /** @example 48213 */
            sizeBytes: number;
            /** @description a newer version replaced this one; it stays downloadable */
            superseded: boolean;
            /** Format: uuid */
            supersededBy: string | null;
            /**
             * Format: uuid
             * @description the older version this one replaces
             */
            supersedes: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: string;
            /**
             * @description the upload’s date in Asia/Tokyo
             * @example 2025-05-01
             */
            uploadedOn: string;
            /** @example 令和7年5月1日 */
            uploadedOnJa: string;
        };
        AuditVerificationResponseDto: {
            /** @description the administrators' trail (programs, users, organizations, closed days) */
            administration: components["schemas"]["AdministrationVerificationResponseDto"];
            casesChecked: number;
            entriesChecked: number;
            firstBroken: components["schemas"]["BrokenAuditEntryResponseDto"] | null;
        };
        AwaitedRoleDto: {
            events: components["schemas"]["EventLabelDto"][];
            label: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
        };
        BilingualTextDto: {
            /** @example submit the application */
            en: string;
            /** @example 申請書の提出 */
            ja: string;
        };
        BlockedActionDto: {
            label: components["schemas"]["BilingualTextDto"];
            /** @description あなたが行えない理由 / why you cannot (another organization, a review already submitted …) */
            reasons: components["schemas"]["ActionProblemDto"][];
            /** @enum {string} */
            type: "OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND";
        };
        BrokenAdministrationEntryResponseDto: {
            entryId: string;
            /** @example sequence 3 missing */
            reason: string;
            sequence: number;
            /** Format: uuid */
            tenantId: string;
        };
        BrokenAuditEntryResponseDto: {
            /** Format: uuid */
            caseId: string;
            entryId: string;
            /** @example hash does not match its content */
            reason: string;
            sequence: number;
            /** Format: uuid */
            tenantId: string;
        };
        CapsDto: {
            /** @example 1年度あたり100,000円まで */
            ja: string;
            /** @example 100000 */
            perFiscalYear: number | null;
            total: components["schemas"]["TotalCapDto"] | null;
        };
        CaseActionsDto: {
            /** @description 今あなたが送れるイベント / the events you may send now */
            available: components["schemas"]["ActionDto"][];
            /** @description あなたの役割の操作で、今あなたは行えないもの / events of your role you cannot send now */
            unavailable: components["schemas"]["BlockedActionDto"][];
            /** @description 案件が待っている人 / whose move the case is waiting for */
            waitingFor: components["schemas"]["AwaitedRoleDto"][];
        };
        CaseAmountsResponseDto: {
            /** @description 額の確定 */
            confirmed: number | null;
            /** @description 交付決定, as changed */
            decided: number | null;
            requested: number | null;
        };
        /** @description イベント1件：type で項目が決まります / one event: `type` picks its fields */
        CaseEvent: components["schemas"]["AddNoteEvent"] | components["schemas"]["ConcludeConsultationEvent"] | components["schemas"]["CloseWithoutApplicationEvent"] | components["schemas"]["StartApplicationEvent"] | components["schemas"]["SubmitEvent"] | components["schemas"]["ResubmitEvent"] | components["schemas"]["AcceptEvent"] | components["schemas"]["ReturnForCorrectionEvent"] | components["schemas"]["WithdrawEvent"] | components["schemas"]["AssignReviewerEvent"] | components["schemas"]["AffirmNoConflictEvent"] | components["schemas"]["SubmitReviewEvent"] | components["schemas"]["DeclareConflictEvent"] | components["schemas"]["DecideGrantEvent"] | components["schemas"]["DecideRejectEvent"] | components["schemas"]["StartProjectEvent"] | components["schemas"]["RequestAdvanceEvent"] | components["schemas"]["RecordPaymentEvent"] | components["schemas"]["RequestChangeEvent"] | components["schemas"]["NotifyMinorChangeEvent"] | components["schemas"]["ApproveChangeEvent"] | components["schemas"]["RejectChangeEvent"] | components["schemas"]["RequestDiscontinueEvent"] | components["schemas"]["ApproveDiscontinueEvent"] | components["schemas"]["RejectDiscontinueEvent"] | components["schemas"]["RevokeEvent"] | components["schemas"]["CompleteProjectEvent"] | components["schemas"]["SubmitReportEvent"] | components["schemas"]["ReturnReportEvent"] | components["schemas"]["ConfirmAmountEvent"] | components["schemas"]["RecordRefundEvent"];
        CaseExpensesResponseDto: {
            /** @description the latest performance report (実績報告) */
            actual: components["schemas"]["ExpenseRevisionResponseDto"] | null;
            /** Format: uuid */
            caseId: string;
            /** @description revisions superseded by a later one of their phase, oldest first */
            earlierRevisions: components["schemas"]["ExpenseRevisionResponseDto"][];
            /** @description the plan in force: the last filing, or the last change approved or notified */
            planned: components["schemas"]["ExpenseRevisionResponseDto"] | null;
        };
        CaseHistoryEntryDto: {
            /** @example 一関 花子 */
            actorName: string;
            /** @example officer */
            actorRole: string;
            /** @example 担当職員 */
            actorRoleJa: string;
            /** Format: uuid */
            actorUserId: string;
            /**
             * @description an event type, or ATTACH_DOCUMENT for an upload
             * @example ACCEPT
             */
            eventType: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description the event as sent (and what the server read for it); null where you may not read it (a review, to those GET /cases/{id}/reviews refuses) */
            payload: {
                [key: string]: unknown;
            } | null;
            /** @example 4 */
            sequence: number;
            stateAfter: string;
            stateBefore: string | null;
        };
        CaseOrganizationDto: {
            /** @example 舞川 */
            area: string;
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        CasePageDto: {
            items: components["schemas"]["CaseSummaryDto"][];
            /** @description pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        CasePaymentsResponseDto: {
            amounts: components["schemas"]["CaseAmountsResponseDto"];
            /** Format: uuid */
            caseId: string;
            /** @description 前金払 and 精算払, oldest first */
            payments: components["schemas"]["MoneyMovementResponseDto"][];
            /** @description 返還, oldest first */
            refunds: components["schemas"]["MoneyMovementResponseDto"][];
            totals: components["schemas"]["MoneyTotalsResponseDto"];
        };
        CaseProgramDto: {
            /** @example 協働支援 */
            code: string;
            /** @example 地域協働体支援事業補助金 */
            nameJa: string;
            /** @example 1 */
            version: number;
        };
        CaseStateDto: {
            /** @enum {string} */
            code: "new" | "consultation.open" | "consultation.concluded" | "application.draft" | "application.submitted" | "application.returned" | "review.inReview" | "review.awaitingDecision" | "grant.decided" | "grant.inProgress" | "grant.changeRequested" | "grant.discontinueRequested" | "settlement.reportDue" | "settlement.reportSubmitted" | "settlement.paymentDue" | "settlement.refundDue" | "revocation.refundDue" | "closed" | "closedWithoutApplication" | "withdrawn" | "rejected" | "revoked";
            /** @example In review */
            en: string;
            /** @example 審査中 */
            ja: string;
        };
        CaseSummaryAmountsDto: {
            confirmed: number | null;
            decided: number | null;
            requested: number | null;
        };
        CaseSummaryDeadlineDto: {
            /**
             * @description calendar days left (Asia/Tokyo), as the case view counts them; negative once passed
             * @example 3
             */
            daysLeft: number;
            /**
             * Format: date
             * @description the due date (Asia/Tokyo)
             * @example 2025-06-11
             */
            dueOn: string;
            /**
             * @description the deadline kind (decisionDue, reportDue, …), as in the case view
             * @example decisionDue
             */
            kind: string;
        };
        CaseSummaryDto: {
            amounts: components["schemas"]["CaseSummaryAmountsDto"];
            /** @example R7-協働支援-0012 */
            caseNumber: string | null;
            /** @example 2025 */
            fiscalYear: number;
            /** Format: uuid */
            id: string;
            /** @description the pending deadline due first; null when none is open */
            nextDeadline: components["schemas"]["CaseSummaryDeadlineDto"] | null;
            organization: components["schemas"]["CaseSummaryOrganizationDto"];
            /** @description a deadline of the case has passed unmet */
            overdue: boolean;
            /** @example 協働支援 */
            programCode: string;
            /**
             * @description the program's Japanese name, in the version the case runs under
             * @example 地域協働体支援事業補助金
             */
            programName: string;
            state: components["schemas"]["CaseStateDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        CaseSummaryOrganizationDto: {
            /**
             * @description 地区: the area it serves
             * @example 舞川
             */
            area: string;
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        CaseViewAmountsDto: {
            /** @description 確定額 (yen) */
            confirmed: number | null;
            /** @description 交付決定額, as changed (yen) */
            decided: number | null;
            /** @description paid so far (yen) */
            paid: number;
            /** @description refunded so far (yen) */
            refunded: number;
            /** @description 申請額 (yen) */
            requested: number | null;
        };
        CaseViewDto: {
            actions: components["schemas"]["CaseActionsDto"];
            /** @description 前金払・概算払：交付決定後、制度が認めるとき / once decided, where the program allows advances */
            advance: components["schemas"]["AdvanceAvailableDto"] | null;
            amounts: components["schemas"]["CaseViewAmountsDto"];
            /** @description the types of actions.available */
            availableEvents: ("OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND")[];
            /**
             * @description 受理で付く案件番号（それまでは null）
             * @example R7-協働支援-0012
             */
            caseNumber: string | null;
            /** @description 差戻しの理由と期限（直しが済むまで） / why it was returned and by when */
            correction: components["schemas"]["CorrectionDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description open deadlines, soonest first */
            deadlines: components["schemas"]["DeadlineDto"][];
            /** @example 2025 */
            fiscalYear: number;
            /** @example 令和7年度 */
            fiscalYearLabel: string;
            /** Format: uuid */
            id: string;
            organization: components["schemas"]["CaseOrganizationDto"];
            /** @description 決裁を待っている変更承認申請 / the change request awaiting a decision */
            pendingChange: components["schemas"]["PendingChangeDto"] | null;
            program: components["schemas"]["CaseProgramDto"];
            /** @description 返還：今日までの額とその内訳 / what is owed on a refund today, and how */
            refund: components["schemas"]["RefundOwedDto"] | null;
            /** @description 割り当てられた審査員に、あなたの申告と審査の状況（それ以外の人には null）。申告が済むまでは案件の見出しだけ：金額・差戻し・変更・前金・返還は null、期限はあなたの審査の期限だけで、記録（収支・書類・通知書・履歴・相談記録・審査）は 403 CASE_CONFLICT_DECLARATION_OWED / for a reviewer assigned to the case, their declaration and review (null for everyone else). While the declaration is owed only the case's header is shown: amounts, correction, pendingChange, advance and refund are null, deadlines are your review's only, and its records (expenses, attachments, notices, history, notes, reviews, payments) answer 403 CASE_CONFLICT_DECLARATION_OWED */
            reviewAssignment: components["schemas"]["ReviewAssignmentDto"] | null;
            state: components["schemas"]["CaseStateDto"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description the version to send back as If-Match (also the ETag)
             * @example 3
             */
            version: number;
        };
        CatalogueProgramDto: {
            /** @description 前金払・概算払 */
            advancePayment: components["schemas"]["AdvancePaymentDto"];
            /** @description 均等割＋地域割の説明（人口で上限が決まる制度） */
            allocationJa: string | null;
            /** @description for an applicant: their organizations that may apply; empty for staff */
            applicableOrganizations: components["schemas"]["ApplicableOrganizationDto"][];
            /** @description 上限額 */
            caps: components["schemas"]["CapsDto"];
            /** @example 協働支援 */
            code: string;
            /**
             * @description 補助対象になる経費の区分
             * @example [
             *       "報償費",
             *       "使用料及び賃借料"
             *     ]
             */
            eligibleExpenseCategories: string[];
            /** @description 申請できる団体の種類 */
            eligibleOrganizationTypes: components["schemas"]["OrganizationTypeDto"][];
            /** @example 一関市 */
            municipalityJa: string;
            /** @example 地域協働体支援事業補助金 */
            nameJa: string;
            /** @description 事前協議（相談）が申請の前に必要 */
            priorConsultationRequired: boolean;
            /** @example 申請した年度に行う事業です */
            projectFiscalYearJa: string;
            /** @description 補助率 */
            rate: components["schemas"]["RateDto"];
            /** @description 必要な書類（段階ごと） */
            requiredDocuments: components["schemas"]["RequiredDocumentsDto"];
            /** @description 端数の扱い */
            rounding: components["schemas"]["RoundingDto"];
            /** @example 補助率は対象経費の3分の2（円未満切り捨て）、上限は1年度あたり100,000円までです。… */
            summaryJa: string;
            /** @example 1 */
            version: number;
            /** @description 募集期間 */
            window: components["schemas"]["ProgramWindowDto"];
        };
        ChangeApprovalDto: {
            /** @description 変更後の交付決定額（円） / the amount granted after the change */
            amount: number;
            /** @description 変更承認通知書の番号 / the number of the notice */
            noticeNumber: string;
        };
        ChangeNotificationSettingsDto: {
            dailyDigest: boolean;
            email: components["schemas"]["EmailChoicesDto"];
            /** @description the version the settings were read at; another change since is refused with 409 NOTIFICATION_SETTINGS_STALE */
            version: number;
        };
        ChangePasswordDto: {
            /**
             * Format: password
             * @description 今のパスワード / the current password
             */
            currentPassword: string;
            /**
             * Format: password
             * @description 新しいパスワード（12文字以上） / the new password
             */
            newPassword: string;
        };
        ClosedDayDto: {
            /**
             * @description YYYY-MM-DD, a day the offices are closed
             * @example 2026-08-14
             */
            date: string;
            /** @example 庁舎設備点検のため閉庁 */
            reason: string;
        };
        ClosedDayResponseDto: {
            /** @example 2026-08-14 */
            date: string;
            /** @example 庁舎設備点検のため閉庁 */
            reason: string;
        };
        /** @description 申請せずに終了 / close without an application */
        CloseWithoutApplicationEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 申請せずに終了 / close without an application
             * @enum {string}
             */
            type: "CLOSE_WITHOUT_APPLICATION";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CLOSE_WITHOUT_APPLICATION";
        };
        /** @description 事業完了の報告 / report the project complete */
        CompleteProjectEvent: components["schemas"]["CompletionDto"] & {
            /**
             * @description 事業完了の報告 / report the project complete
             * @enum {string}
             */
            type: "COMPLETE_PROJECT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "COMPLETE_PROJECT";
        };
        CompletionDto: {
            /**
             * @description 事業完了日（YYYY-MM-DD）：今日より後、交付決定日より前は不可 / the day the project was completed: not in the future, not before the decision
             * @example 2025-11-30
             */
            completedOn: string;
        };
        /** @description 相談の終了 / conclude the consultation */
        ConcludeConsultationEvent: components["schemas"]["SummaryDto"] & {
            /**
             * @description 相談の終了 / conclude the consultation
             * @enum {string}
             */
            type: "CONCLUDE_CONSULTATION";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CONCLUDE_CONSULTATION";
        };
        /** @description 額の確定 / confirm the amount */
        ConfirmAmountEvent: components["schemas"]["ConfirmationDto"] & {
            /**
             * @description 額の確定 / confirm the amount
             * @enum {string}
             */
            type: "CONFIRM_AMOUNT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CONFIRM_AMOUNT";
        };
        ConfirmationDto: {
            /** @description 確定額（円）：規則で計算した額より少なくするときだけ。省略すると計算した額 / lower than the computed amount only with reason; null: the computed one */
            amount?: number | null;
            /** @description 額の確定通知書の番号 / the number of the notice */
            noticeNumber: string;
            /** @description 返還命令の番号：確定額が支払済みの額を下回るときは必須 / number of the 返還命令, when the amount falls below what was paid */
            refundOrderNumber?: string | null;
        };
        ConsultationNoteResponseDto: {
            /** @description sequence of the audit entry of ADD_NOTE or CONCLUDE_CONSULTATION */
            auditSequence: number;
            /** Format: uuid */
            authorId: string;
            /** @example 一関 花子 */
            authorName: string;
            /** @enum {string} */
            authorRole: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
            /** @example 担当職員 */
            authorRoleJa: string;
            /** @example 会場費の扱いについて相談 */
            body: string;
            /** @enum {string} */
            kind: "note" | "summary";
            /** Format: date-time */
            writtenAt: string;
            /** @example 2025-04-15 */
            writtenOn: string;
            /** @example 令和7年4月15日 */
            writtenOnJa: string;
        };
        CorrectionDto: {
            /** @example 2025-05-26 */
            dueOn: string | null;
            /** @example 令和7年5月26日 */
            dueOnJa: string | null;
            /**
             * @description 申請書の差戻しか、実績報告の差戻しか
             * @enum {string}
             */
            kind: "application" | "report";
            /**
             * @description 担当職員が書いた理由 / the officer’s reason
             * @example 収支予算書の合計が合っていません
             */
            reason: string;
            /** @example 2025-05-12 */
            returnedOn: string;
        };
        CreatedUserResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example 一関 太郎 (まちづくり推進課) */
            displayName: string;
            /** @example officer@ichinoseki.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description 地域担当職員: the areas whose cases they see; empty means all */
            liaisonAreas: string[];
            /** @description organizations the user acts for */
            organizations: components["schemas"]["UserOrganizationResponseDto"][];
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
            /**
             * @description 仮のパスワード（パスワードを送らなかったとき）：本人に伝えてください。最初のログインで本人が変更します。ここでしか表示されません / the one-time password, when none was sent; shown this once
             * @example Kp7Q-x2Mb-9tRw-Hd4s
             */
            temporaryPassword?: string;
        };
        CreateOrganizationDto: {
            /**
             * @description the area (地区) it serves; liaison officers are scoped by it
             * @example 舞川
             */
            area: string;
            /** @example 舞川地区地域協働体 */
            name: string;
            /**
             * @description the area's population, for 地域割
             * @example 4300
             */
            population?: number | null;
            /**
             * @description communityCollaborationBody: 地域協働体; neighborhoodAssociation: 町内会・自治会; communityHallAssociation: 集落公民館・自治公民館; npo: NPO法人; areaAutonomyOrganization: 地域自治組織; communityPromotionDistrict: コミュニティ推進地区組織; areaDevelopmentOrganization: 地域づくり組織; citizenGroup: 市民活動団体
             * @enum {string}
             */
            type: "communityCollaborationBody" | "neighborhoodAssociation" | "communityHallAssociation" | "npo" | "areaAutonomyOrganization" | "communityPromotionDistrict" | "areaDevelopmentOrganization" | "citizenGroup";
        };
        CreateUserDto: {
            /** @example 佐藤 花子 (まちづくり推進課) */
            displayName: string;
            /**
             * @description unique in the municipality, in any case
             * @example sato@ichinoseki.example
             */
            email: string;
            /**
             * @description 地域担当職員 (officers only): the areas whose cases they see; empty or absent: all
             * @example [
             *       "舞川"
             *     ]
             */
            liaisonAreas?: string[];
            /**
             * Format: password
             * @description stored only as an Argon2id hash; absent: the API issues a one-time password (temporaryPassword in the answer) that the user changes at the first login
             */
            password?: string;
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
        };
        DeadlineDto: {
            /**
             * @description calendar days left (Asia/Tokyo); negative once passed
             * @example 5
             */
            daysLeft: number;
            /** @example 2025-05-07 */
            dueOn: string;
            /** @example 令和7年5月7日 */
            dueOnJa: string;
            /** @example correctionDue */
            kind: string;
            /** @description the reviewer a review is due from; null otherwise */
            subject: string | null;
        };
        /** @description 交付決定 / decide the grant */
        DecideGrantEvent: components["schemas"]["GrantDecisionDto"] & {
            /**
             * @description 交付決定 / decide the grant
             * @enum {string}
             */
            type: "DECIDE_GRANT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DECIDE_GRANT";
        };
        /** @description 不交付決定 / reject the application */
        DecideRejectEvent: components["schemas"]["RejectionDto"] & {
            /**
             * @description 不交付決定 / reject the application
             * @enum {string}
             */
            type: "DECIDE_REJECT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DECIDE_REJECT";
        };
        /** @description 利益相反の申告 / declare a conflict of interest */
        DeclareConflictEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 利益相反の申告 / declare a conflict of interest
             * @enum {string}
             */
            type: "DECLARE_CONFLICT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DECLARE_CONFLICT";
        };
        DocumentDto: {
            /** @example 交付申請書 */
            ja: string;
            /**
             * @example applicationForm
             * @enum {string}
             */
            kind: "applicationForm" | "projectPlan" | "budget" | "bylawsAndRoster" | "areaPlan" | "changeRequestForm" | "performanceReport" | "settlementStatement" | "receiptCopies" | "activityPhotos";
        };
        EmailChoicesDto: {
            /** @description 案件の動き: what happened on a case that concerns you (受理, 差戻し, 交付決定 …) */
            caseNews: boolean;
            /** @description 期限超過: a deadline passed unmet (officers, approvers) */
            escalation: boolean;
            /** @description 未精算案件: the fiscal-year close report (officers, finance) */
            fiscalYearClose: boolean;
            /** @description 期限のお知らせ: a deadline ahead */
            reminder: boolean;
        };
        ErrorResponseDto: {
            /** @description CASE_EVENT_NOT_ACCEPTED, CASE_CONFLICT_DECLARATION_OWED: 今あなたが送れるイベント / the events the case takes from you now */
            acceptableEvents?: ("OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND")[];
            /** @description ATTACHMENT_INVALID_DOCUMENT_KIND: この制度の書類の種類 / the kinds the program asks for */
            allowedDocumentKinds?: string[];
            /** @description ATTACHMENT_UNSUPPORTED_MEDIA_TYPE: 添付できる種類 / the types accepted */
            allowedMediaTypes?: string[];
            /** @description 403: この操作ができる役割 / the roles that may */
            allowedRoles?: ("applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin")[];
            /**
             * @description 理由のコード（変わらない） / the reason, stable across languages
             * @example CASE_EVENT_REFUSED
             * @enum {string}
             */
            code: "REQUEST_INVALID" | "REQUEST_MALFORMED" | "REQUEST_TOO_LARGE" | "REQUEST_UNSUPPORTED_MEDIA_TYPE" | "REQUEST_HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR" | "AUTH_MISSING_CREDENTIALS" | "AUTH_TOKEN_EXPIRED" | "AUTH_TOKEN_INVALID" | "AUTH_SIGNED_OUT" | "AUTH_WRONG_CREDENTIALS" | "AUTH_TOO_MANY_ATTEMPTS" | "AUTH_CSRF_REJECTED" | "AUTH_PASSWORD_CHANGE_REQUIRED" | "AUTH_CURRENT_PASSWORD_WRONG" | "AUTH_PASSWORD_UNCHANGED" | "CASE_NOT_FOUND" | "CASE_REFERENCE_NOT_FOUND" | "CASE_FORBIDDEN" | "CASE_CONFLICT_DECLARATION_OWED" | "CASE_STALE_VERSION" | "CASE_EVENT_NOT_ACCEPTED" | "CASE_EVENT_REFUSED" | "CASE_IDEMPOTENCY_KEY_REUSED" | "CASE_INVALID_CURSOR" | "CASE_EXPORT_TOO_LARGE" | "ADMIN_FORBIDDEN" | "ADMIN_PROGRAM_NOT_FOUND" | "ADMIN_ORGANIZATION_NOT_FOUND" | "ADMIN_USER_NOT_FOUND" | "ADMIN_MEMBERSHIP_NOT_FOUND" | "ADMIN_CLOSED_DAY_NOT_FOUND" | "ADMIN_PROGRAM_INVALID" | "ADMIN_PROGRAM_EXISTS" | "ADMIN_PROGRAM_VERSION_CONFLICT" | "ADMIN_EMAIL_TAKEN" | "ADMIN_OWN_ADMIN_ROLE" | "ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY" | "ADMIN_MEMBER_ROLE_NOT_ALLOWED" | "ATTACHMENT_TOO_LARGE" | "ATTACHMENT_UNSUPPORTED_MEDIA_TYPE" | "ATTACHMENT_CONTENT_MISMATCH" | "ATTACHMENT_EMPTY_FILE" | "ATTACHMENT_INVALID_DOCUMENT_KIND" | "ATTACHMENT_INVALID_SUPERSEDES" | "ATTACHMENT_ALREADY_SUPERSEDED" | "ATTACHMENT_FORBIDDEN" | "ATTACHMENT_CASE_ENDED" | "ATTACHMENT_NOT_FOUND" | "DIRECTORY_FORBIDDEN" | "NOTIFICATION_NOT_FOUND" | "NOTIFICATION_INVALID_CURSOR" | "NOTIFICATION_SETTINGS_STALE" | "REPORT_FORBIDDEN" | "QUEUE_DASHBOARD_FORBIDDEN";
            /** @description CASE_STALE_VERSION: 案件の今の版 / the version the case is at */
            currentVersion?: number;
            /** @description ADMIN_PROGRAM_VERSION_CONFLICT: 次に使う版の番号 / the number to use */
            expectedVersion?: number;
            /** @description ADMIN_PROGRAM_EXISTS, ADMIN_PROGRAM_VERSION_CONFLICT: 最新の版 / the latest version */
            latestVersion?: number;
            /** @description ATTACHMENT_TOO_LARGE: 添付できる最大のバイト数 / the largest file accepted */
            maxBytes?: number;
            /** @description CASE_EXPORT_TOO_LARGE: 一度に出力できる最大の件数 / the most cases one export holds */
            maxRows?: number;
            /** @description ATTACHMENT_UNSUPPORTED_MEDIA_TYPE, ATTACHMENT_CONTENT_MISMATCH: 送られた種類 / the type sent */
            mediaType?: string;
            /** @example 申請に必要な書類がそろっていません：交付申請書。書類を添付してからもう一度送ってください。 */
            message: string;
            /** @description 一つずつの問題（項目の下に表示する） / each problem, to show under its field */
            problems: components["schemas"]["ProblemDto"][];
            /** @description ADMIN_PROGRAM_EXISTS: 制度コード / the program’s code */
            programCode?: string;
            /**
             * Format: uuid
             * @description お問い合わせのときに伝える受付番号 / quote it to support; also the X-Request-Id header
             */
            requestId: string;
            /** @description ADMIN_MEMBER_ROLE_NOT_ALLOWED: 利用者の役割 / the user’s role */
            role?: string;
            /** @description CASE_EVENT_NOT_ACCEPTED, ATTACHMENT_CASE_ENDED: 案件の状態 / the case’s state */
            state?: string;
            /** @example 422 */
            statusCode: number;
            /**
             * Format: uuid
             * @description ATTACHMENT_ALREADY_SUPERSEDED: 差し替えた新しい版 / the newer version
             */
            supersededBy?: string;
        };
        EventLabelDto: {
            label: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            type: "OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND";
        };
        EventPreviewDto: {
            /** @description the notices the event would issue, in order; empty when it issues none */
            notices: components["schemas"]["NoticeDocumentDto"][];
        };
        ExpenseCategoryTotalResponseDto: {
            /** @example 120000 */
            amount: number;
            /** @example 謝金 */
            category: string;
            eligible: boolean;
        };
        ExpenseLineDto: {
            /**
             * @description whole yen
             * @example 120000
             */
            amount: number;
            /** @example 会議費 */
            category: string;
        };
        ExpenseLineResponseDto: {
            /**
             * @description whole yen
             * @example 120000
             */
            amount: number;
            /** @example 謝金 */
            category: string;
            /** @description 補助対象経費: the program covers this category */
            eligible: boolean;
            /**
             * @description the line's index in the list the event carried
             * @example 0
             */
            position: number;
        };
        ExpenseRevisionResponseDto: {
            /**
             * @description sequence of the audit entry (GET /cases/{id}/history) of that event
             * @example 4
             */
            auditSequence: number;
            /**
             * @description total of the eligible lines
             * @example 150000
             */
            eligibleTotal: number;
            /**
             * @example RESUBMIT
             * @enum {string}
             */
            eventType: "SUBMIT" | "RESUBMIT" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "SUBMIT_REPORT";
            lines: components["schemas"]["ExpenseLineResponseDto"][];
            /**
             * @description planned: 収支予算書; actual: 収支決算書 (実績報告)
             * @enum {string}
             */
            phase: "planned" | "actual";
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description Tokyo date
             * @example 2025-05-14
             */
            recordedOn: string;
            /** @example 令和7年5月14日 */
            recordedOnJa: string;
            /**
             * @description 1, 2, 3 … per phase, in the order of the events that wrote them
             * @example 2
             */
            revision: number;
            /** @example 180000 */
            total: number;
            /** @description in the order categories first appear */
            totalsByCategory: components["schemas"]["ExpenseCategoryTotalResponseDto"][];
        };
        FilingDto: {
            /** @description 予定経費（収支予算書の支出） / planned expenses by category */
            plannedExpenses: components["schemas"]["ExpenseLineDto"][];
            /**
             * @description 申請額（円） / the amount asked for, whole yen
             * @example 60000
             */
            requestedAmount: number;
        };
        FiscalYearCloseCaseDto: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description null before 受理
             * @example R7-協働支援-0012
             */
            caseNumber: string | null;
            /** @description 確定額 (額の確定), whole yen; null before it */
            confirmedAmount: number | null;
            /**
             * @description 交付決定額 (as changed), whole yen; null before the decision
             * @example 60000
             */
            decidedAmount: number | null;
            /** @example 舞川地区地域協働体 */
            organizationName: string;
            /**
             * @description 前金払 and 精算払 paid, whole yen
             * @example 20000
             */
            paidAmount: number;
            /** @example 協働支援 */
            programCode: string;
            /** @example 地域協働体支援事業補助金 */
            programName: string;
            /**
             * @description 返還 received, whole yen
             * @example 0
             */
            refundedAmount: number;
            /** @example grant.inProgress */
            state: Record<string, never>;
            /** @example 事業実施中 */
            stateJa: string;
        };
        FiscalYearCloseProgramCountDto: {
            /** @description in lifecycle order */
            byState: components["schemas"]["FiscalYearCloseStateCountDto"][];
            /** @example 2 */
            count: number;
            /** @example 協働支援 */
            programCode: string;
            /** @example 地域協働体支援事業補助金 */
            programName: string;
        };
        FiscalYearCloseReportDto: {
            /**
             * Format: date
             * @description 出納閉鎖日: the accounts of the fiscal year close that day
             * @example 2026-05-31
             */
            accountsCloseOn: string;
            /** @example 令和8年5月31日 */
            accountsCloseOnEra: string;
            /**
             * Format: date
             * @description the Tokyo date the report was made
             */
            asOf: string;
            byProgram: components["schemas"]["FiscalYearCloseProgramCountDto"][];
            cases: components["schemas"]["FiscalYearCloseCaseDto"][];
            /** @description calendar days until the close; negative once it has passed */
            daysUntilClose: number;
            /** @example 2025 */
            fiscalYear: number;
            /** @example 令和7年度 */
            fiscalYearLabel: string;
            /** @description cases of the fiscal year you may see that are not in a final state (未精算) */
            unsettledCount: number;
        };
        FiscalYearCloseStateCountDto: {
            /** @example 1 */
            count: number;
            /** @example grant.inProgress */
            state: Record<string, never>;
            /** @example 事業実施中 */
            stateJa: string;
        };
        FractionDto: {
            denominator: number;
            numerator: number;
        };
        GrantDecisionDto: {
            /**
             * @description 交付決定額（円）。申請額より少なくすると修正交付決定 / the amount granted; less than asked is a 修正交付決定
             * @example 60000
             */
            amount: number;
            /** @description 交付条件 / conditions attached to the grant */
            conditions: string[];
            /**
             * @description 交付決定通知書の番号 / the number of the notice of decision
             * @example 一協第12号
             */
            noticeNumber: string;
        };
        HealthResponseDto: {
            /** @description every service */
            details: {
                [key: string]: components["schemas"]["ServiceStatusDto"];
            };
            /** @description the services that do not */
            error: {
                [key: string]: components["schemas"]["ServiceStatusDto"];
            };
            /** @description the services that answer */
            info: {
                [key: string]: components["schemas"]["ServiceStatusDto"];
            };
            /** @enum {string} */
            status: "ok" | "error";
        };
        HolidayResponseDto: {
            /** @example 2026-05-06 */
            date: string;
            /**
             * @description the national holiday, or 年末年始
             * @example こどもの日 振替休日
             */
            name: string;
        };
        LoggedInUserDto: {
            /** @example 舞川 花子 (舞川地区地域協働体 事務局) */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
            tenant: components["schemas"]["TenantSummaryDto"];
        };
        LoginRequestDto: {
            /** @example applicant@ichinoseki.example */
            email: string;
            /** Format: password */
            password: string;
            /**
             * @description The municipality (tenant) code
             * @example ichinoseki
             */
            tenant: string;
        };
        LoginResponseDto: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            /**
             * Format: date-time
             * @description When the token stops working (JWT_TTL_SECONDS after login)
             */
            expiresAt: string;
            /** @description the password is a one-time one an administrator set: only POST /auth/password (and GET /auth/session, /me, logout) is open until it is changed */
            passwordChangeRequired: boolean;
            /** @enum {string} */
            tokenType: "Bearer";
            user: components["schemas"]["LoggedInUserDto"];
        };
        MemberOrganizationDto: {
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        MeResponseDto: {
            /** @example 舞川 花子 (舞川地区地域協働体 事務局) */
            displayName: string;
            /** @example applicant@ichinoseki.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description 地域担当職員: the areas whose cases they see; empty means all */
            liaisonAreas: string[];
            /** @description Organizations the user acts for */
            organizations: components["schemas"]["OrganizationSummaryDto"][];
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
            tenant: components["schemas"]["TenantSummaryDto"];
        };
        MoneyMovementResponseDto: {
            /**
             * @description whole yen, more than 0
             * @example 50000
             */
            amount: number;
            /** @description sequence of the audit entry of RECORD_PAYMENT or RECORD_REFUND */
            auditSequence: number;
            /**
             * @description 前金払, 概算払, 精算払 or 返還
             * @enum {string}
             */
            kind: "prepayment" | "estimatedPayment" | "finalPayment" | "refund";
            /** @example 前金払 */
            kindJa: string;
            /**
             * @description Tokyo date the money moved
             * @example 2025-06-10
             */
            on: string;
            /** @example 令和7年6月10日 */
            onJa: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: uuid
             * @description the finance user who recorded it
             */
            recordedBy: string;
        };
        MoneyTotalsResponseDto: {
            /**
             * @description paid − refunded
             * @example 42000
             */
            balance: number;
            /** @example 50000 */
            paid: number;
            /** @example 8000 */
            refunded: number;
        };
        MyTasksDto: {
            /**
             * @description the Tokyo date the list is for
             * @example 2025-06-08
             */
            asOf: string;
            /** @description 期限切れ、期限の近い順、待たせている順 / overdue first, then by due date, then the longest waiting */
            items: components["schemas"]["TaskDto"][];
            /** @description more cases than one list reads: only the oldest were read */
            truncated: boolean;
        };
        NoteDto: {
            /** @description 相談記録の内容 / what was said or done in the consultation */
            note: string;
        };
        NoticeDocumentDto: {
            /** @example 舞川地区地域協働体 様 */
            addressee: string;
            /** @example 令和7年5月30日 */
            date: string;
            /** @description 教示, numbered; empty when the notice is no 処分 one may contest */
            instruction: string[];
            /**
             * Format: date
             * @example 2025-05-30
             */
            issuedOn: string;
            /** @description 記, numbered 1, 2 … */
            items: components["schemas"]["NoticeItemDto"][];
            /**
             * @example grantDecision
             * @enum {string}
             */
            kind: "acceptance" | "correctionRequest" | "grantDecision" | "rejectionDecision" | "changeApproval" | "discontinuationApproval" | "revocation" | "amountConfirmation" | "refundOrder";
            /** @example 一協第12号 */
            noticeNumber: string;
            paragraphs: string[];
            /** @description なお書き */
            remarks: string[];
            /** @example 一関市長 */
            sender: string;
            /** @example 補助金交付決定通知書 */
            title: string;
        };
        NoticeItemDto: {
            /** @example 交付決定額 */
            label: string;
            /** @example [
             *       "講演会の記録写真を実績報告に添えること。"
             *     ] */
            list?: string[];
            /** @example 金50,000円 */
            text?: string;
        };
        NoticeNumberDto: {
            /** @description 通知書の番号 / the number of the notice */
            noticeNumber: string;
        };
        NoticeSummaryDto: {
            /** @description whether GET …/notices/{noticeId} has a document for it */
            hasDocument: boolean;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @example 2025-05-30
             */
            issuedOn: string;
            /** @example 令和7年5月30日 */
            issuedOnEra: string;
            /**
             * @example grantDecision
             * @enum {string}
             */
            kind: "acceptance" | "correctionRequest" | "grantDecision" | "rejectionDecision" | "changeApproval" | "discontinuationApproval" | "revocation" | "amountConfirmation" | "refundOrder";
            /** @example 一協第12号 */
            noticeNumber: string;
            /** @example 交付決定通知書 */
            title: string;
        };
        NotificationPageResponseDto: {
            items: components["schemas"]["NotificationResponseDto"][];
            /** @description pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        NotificationResponseDto: {
            /** @description the same Japanese text as the e-mail */
            body: string;
            /**
             * Format: uuid
             * @description null for a fiscal-year close report
             */
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description null for a fiscal-year close report
             */
            deadlineId: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description a reminder ahead of a deadline, an escalation after it passed unmet, or the report of cases unsettled before the accounts close (未精算案件)
             * @enum {string}
             */
            kind: "reminder" | "escalation" | "fiscalYearClose" | "caseNews";
            /** Format: date-time */
            readAt: string | null;
            /** @example 【期限のお知らせ】実績報告書の提出：令和7年5月7日まで（R7-協働支援-0012） */
            subject: string;
        };
        NotificationSettingsResponseDto: {
            /** @description e-mails gathered into one a day (at REMINDER_HOUR, Asia/Tokyo) instead of one each */
            dailyDigest: boolean;
            /** @description in the app always; by e-mail as well where true */
            email: components["schemas"]["EmailChoicesDto"];
            /** @description the version read: send it back with a change (0: never saved, the defaults) */
            version: number;
        };
        /** @description 軽微な変更の届出 / notify a minor change */
        NotifyMinorChangeEvent: components["schemas"]["PlanChangeDto"] & {
            /**
             * @description 軽微な変更の届出 / notify a minor change
             * @enum {string}
             */
            type: "NOTIFY_MINOR_CHANGE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NOTIFY_MINOR_CHANGE";
        };
        OpenCaseDto: {
            /** @description the applicant organization */
            organizationId: string;
            /**
             * @description program code of the tenant
             * @example 協働支援
             */
            programCode: string;
            /**
             * @description 相談 first, or a draft application
             * @enum {string}
             */
            start: "consultation" | "application";
        };
        OrganizationDirectoryDto: {
            /** @example 舞川 */
            area: string;
            /** Format: uuid */
            id: string;
            members: components["schemas"]["OrganizationMemberDto"][];
            /** @example 舞川地区地域協働体 */
            name: string;
            population: number | null;
            /**
             * @example communityCollaborationBody
             * @enum {string}
             */
            type: "communityCollaborationBody" | "neighborhoodAssociation" | "communityHallAssociation" | "npo" | "areaAutonomyOrganization" | "communityPromotionDistrict" | "areaDevelopmentOrganization" | "citizenGroup";
            /** @example 地域協働体 */
            typeJa: string;
        };
        OrganizationMemberDto: {
            /** @example 会計 花子 */
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        OrganizationMemberResponseDto: {
            /** @example 舞川 花子 (舞川地区地域協働体 事務局) */
            displayName: string;
            /** @example applicant@ichinoseki.example */
            email: string;
            /** Format: uuid */
            id: string;
        };
        OrganizationResponseDto: {
            /** @example 舞川 */
            area: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description applicants who act for it */
            members: components["schemas"]["OrganizationMemberResponseDto"][];
            /** @example 舞川地区地域協働体 */
            name: string;
            /** @example 4300 */
            population: number | null;
            /** @enum {string} */
            type: "communityCollaborationBody" | "neighborhoodAssociation" | "communityHallAssociation" | "npo" | "areaAutonomyOrganization" | "communityPromotionDistrict" | "areaDevelopmentOrganization" | "citizenGroup";
            /** @example 地域協働体 */
            typeJa: string;
        };
        OrganizationSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        OrganizationTypeDto: {
            /** @example 地域協働体 */
            ja: string;
            /**
             * @example communityCollaborationBody
             * @enum {string}
             */
            type: "communityCollaborationBody" | "neighborhoodAssociation" | "communityHallAssociation" | "npo" | "areaAutonomyOrganization" | "communityPromotionDistrict" | "areaDevelopmentOrganization" | "citizenGroup";
        };
        PasswordResetResponseDto: {
            /**
             * @description 仮のパスワード：本人に伝えてください。次のログインで本人が変更します。ここでしか表示されません / the one-time password, shown this once
             * @example Kp7Q-x2Mb-9tRw-Hd4s
             */
            temporaryPassword: string;
        };
        PaymentDto: {
            /**
             * @description 支払った額（円） / the amount paid, whole yen
             * @example 30000
             */
            amount: number;
            /**
             * @description 支払の種類：前金払（prepayment）、概算払（estimatedPayment）、額の確定後の精算払（finalPayment） / how the money was paid
             * @enum {string}
             */
            kind: "prepayment" | "estimatedPayment" | "finalPayment";
            /**
             * @description 支払日（YYYY-MM-DD）：今日より後、交付決定日より前は不可 / the day the money left the city’s account: not after today, not before the decision
             * @example 2025-06-10
             */
            paidOn: string;
        };
        PendingChangeDto: {
            /** @example 講師謝礼の増額 */
            description: string;
            plannedExpenses: components["schemas"]["ExpenseLineDto"][];
            requestedAmount: number;
            /** @example 2025-06-20 */
            requestedOn: string;
        };
        PlanChangeDto: {
            /** @description 変更の内容と理由 / what changes and why */
            description: string;
            /** @description 変更後の予定経費 / the planned expenses as they would become */
            plannedExpenses: components["schemas"]["ExpenseLineDto"][];
            /** @description 変更後の申請額（円） / the amount asked for after the change */
            requestedAmount: number;
        };
        ProblemDto: {
            /**
             * @description 問題のある項目のパス（全体のときは null） / the field’s path, null for the request as a whole
             * @example requestedAmount
             */
            field: string | null;
            /**
             * @description 何が問題で、どうすればよいか / what is wrong and what to do
             * @example 申請額（requestedAmount）は1円以上で入力してください。
             */
            message: string;
        };
        ProgramDetailResponseDto: {
            /** @example 協働支援 */
            code: string;
            /** @example 2 */
            latestVersion: number;
            /** @description ascending; none is ever changed or deleted */
            versions: components["schemas"]["ProgramVersionResponseDto"][];
        };
        ProgramSummaryResponseDto: {
            /** @example 協働支援 */
            code: string;
            /** @example 2 */
            latestVersion: number;
            /** @enum {string} */
            municipality: "ichinoseki" | "morioka" | "yuzawa";
            /**
             * @description of the latest version
             * @example 地域協働体支援事業補助金
             */
            nameJa: string;
            /**
             * Format: date-time
             * @description when the latest version was added
             */
            updatedAt: string;
            /**
             * @description every stored version, ascending
             * @example [
             *       1,
             *       2
             *     ]
             */
            versions: number[];
        };
        ProgramTermsDto: {
            /** @description 前金払・概算払 */
            advancePayment: components["schemas"]["AdvancePaymentDto"];
            /** @description 均等割＋地域割の説明（人口で上限が決まる制度） */
            allocationJa: string | null;
            /** @description 上限額 */
            caps: components["schemas"]["CapsDto"];
            /** @example 協働支援 */
            code: string;
            /**
             * @description 補助対象になる経費の区分
             * @example [
             *       "報償費",
             *       "使用料及び賃借料"
             *     ]
             */
            eligibleExpenseCategories: string[];
            /** @description 申請できる団体の種類 */
            eligibleOrganizationTypes: components["schemas"]["OrganizationTypeDto"][];
            /** @example 一関市 */
            municipalityJa: string;
            /** @example 地域協働体支援事業補助金 */
            nameJa: string;
            /** @description 事前協議（相談）が申請の前に必要 */
            priorConsultationRequired: boolean;
            /** @example 申請した年度に行う事業です */
            projectFiscalYearJa: string;
            /** @description 補助率 */
            rate: components["schemas"]["RateDto"];
            /** @description 必要な書類（段階ごと） */
            requiredDocuments: components["schemas"]["RequiredDocumentsDto"];
            /** @description 端数の扱い */
            rounding: components["schemas"]["RoundingDto"];
            /** @example 補助率は対象経費の3分の2（円未満切り捨て）、上限は1年度あたり100,000円までです。… */
            summaryJa: string;
            /** @example 1 */
            version: number;
            /** @description 募集期間 */
            window: components["schemas"]["ProgramWindowDto"];
        };
        ProgramVersionResponseDto: {
            /**
             * @description cases filed under this version (they keep it)
             * @example 0
             */
            caseCount: number;
            /** @example 協働支援 */
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** @description the Program as stored */
            definition: {
                [key: string]: unknown;
            };
            /** @example 2 */
            version: number;
        };
        ProgramWindowDto: {
            /** @example 2025-05-31 */
            closes: string | null;
            /** @example 令和7年4月1日から令和7年5月31日まで */
            ja: string;
            /** @example 2025-04-01 */
            opens: string | null;
            /** @enum {string} */
            status: "allYear" | "upcoming" | "open" | "closed";
            /** @description 受付中, 受付前, 通年受付 */
            statusLabel: components["schemas"]["BilingualTextDto"];
        };
        RateDto: {
            /** @example 3 */
            denominator: number;
            /** @example 3分の2 */
            ja: string;
            /** @example 2 */
            numerator: number;
        };
        ReasonDto: {
            /** @description 理由 / the reason, in words the other side will read */
            reason: string;
        };
        /** @description 支払の記録 / record a payment */
        RecordPaymentEvent: components["schemas"]["PaymentDto"] & {
            /**
             * @description 支払の記録 / record a payment
             * @enum {string}
             */
            type: "RECORD_PAYMENT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECORD_PAYMENT";
        };
        /** @description 返還金の収納の記録 / record a refund */
        RecordRefundEvent: components["schemas"]["RefundDto"] & {
            /**
             * @description 返還金の収納の記録 / record a refund
             * @enum {string}
             */
            type: "RECORD_REFUND";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECORD_REFUND";
        };
        RefundDto: {
            /**
             * @description 収納した返還金の額（円） / the amount repaid, whole yen
             * @example 8000
             */
            amount: number;
            /**
             * @description 収納日（YYYY-MM-DD）：加算金・延滞金はこの日まで数える / the day the refund reached the city; interest runs until it
             * @example 2025-10-11
             */
            refundedOn: string;
        };
        RefundOwedDto: {
            /** @description 加算金 to date (yen) */
            addition: number;
            /**
             * @description the Tokyo date the figures are for (today)
             * @example 2025-09-10
             */
            asOf: string;
            /** @description paid back beyond the principal, towards the charges (yen) */
            chargesPaid: number;
            /** @description どう計算したか / how it was computed */
            computation: components["schemas"]["BilingualTextDto"];
            /** @description 延滞金 to date (yen) */
            delinquency: number;
            /**
             * @description 納期限
             * @example 2025-10-01
             */
            dueOn: string;
            /** @example 令和7年10月1日 */
            dueOnJa: string;
            /** @description 返還額 claimed (yen) */
            principal: number;
            /** @description of it still unpaid (yen) */
            principalLeft: number;
            /** @description owed today: principalLeft + addition + delinquency − chargesPaid (yen) */
            total: number;
        };
        /** @description 変更の不承認 / refuse the change */
        RejectChangeEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 変更の不承認 / refuse the change
             * @enum {string}
             */
            type: "REJECT_CHANGE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REJECT_CHANGE";
        };
        /** @description 中止・廃止の不承認 / refuse the discontinuation */
        RejectDiscontinueEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 中止・廃止の不承認 / refuse the discontinuation
             * @enum {string}
             */
            type: "REJECT_DISCONTINUE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REJECT_DISCONTINUE";
        };
        RejectionDto: {
            /** @description 不交付決定通知書の番号 / the number of the notice */
            noticeNumber: string;
            /** @description 不交付の理由 / the reasons of the rejection */
            reasons: string[];
        };
        ReportDto: {
            /** @description 実績経費（収支決算書の支出） / actual expenses by category */
            actualExpenses: components["schemas"]["ExpenseLineDto"][];
            /** @description 事業の成果（空でもよい） / what the project achieved, may be empty */
            outcomes: string;
        };
        /** @description 前金払・概算払の請求 / request an advance payment */
        RequestAdvanceEvent: components["schemas"]["AdvanceRequestDto"] & {
            /**
             * @description 前金払・概算払の請求 / request an advance payment
             * @enum {string}
             */
            type: "REQUEST_ADVANCE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUEST_ADVANCE";
        };
        /** @description 変更承認申請 / request a change */
        RequestChangeEvent: components["schemas"]["PlanChangeDto"] & {
            /**
             * @description 変更承認申請 / request a change
             * @enum {string}
             */
            type: "REQUEST_CHANGE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUEST_CHANGE";
        };
        /** @description 中止・廃止承認申請 / request discontinuation */
        RequestDiscontinueEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 中止・廃止承認申請 / request discontinuation
             * @enum {string}
             */
            type: "REQUEST_DISCONTINUE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUEST_DISCONTINUE";
        };
        RequiredDocumentsDto: {
            /** @description 申請のとき */
            application: components["schemas"]["DocumentDto"][];
            /** @description 変更承認申請のとき */
            change: components["schemas"]["DocumentDto"][];
            /** @description 実績報告のとき */
            report: components["schemas"]["DocumentDto"][];
        };
        /** @description 申請書の再提出 / resubmit the application */
        ResubmitEvent: components["schemas"]["FilingDto"] & {
            /**
             * @description 申請書の再提出 / resubmit the application
             * @enum {string}
             */
            type: "RESUBMIT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RESUBMIT";
        };
        ReturnDto: {
            /**
             * @description 直しの期限（YYYY-MM-DD、明日以降）。省略すると制度の規定の日数 / due date of the correction (after today); the program rule applies when absent
             * @example 2025-06-13
             */
            dueOn?: string | null;
            /** @description 差戻しの理由：直してほしい点 / what to correct */
            reason: string;
        };
        /** @description 差戻し（補正依頼） / return for correction */
        ReturnForCorrectionEvent: components["schemas"]["ReturnDto"] & {
            /**
             * @description 差戻し（補正依頼） / return for correction
             * @enum {string}
             */
            type: "RETURN_FOR_CORRECTION";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RETURN_FOR_CORRECTION";
        };
        /** @description 実績報告の差戻し / return the performance report */
        ReturnReportEvent: components["schemas"]["ReturnDto"] & {
            /**
             * @description 実績報告の差戻し / return the performance report
             * @enum {string}
             */
            type: "RETURN_REPORT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RETURN_REPORT";
        };
        ReviewAssignmentDto: {
            /**
             * @description owed: 利益相反の有無をまだ申告していない（申告するまで申請の内容は見られない。AFFIRM_NO_CONFLICT か DECLARE_CONFLICT を送る） / you have yet to declare whether you have a conflict of interest, and the application is withheld until you send AFFIRM_NO_CONFLICT or DECLARE_CONFLICT; noConflict: 利益相反なしを申告済み / you declared you have none
             * @enum {string}
             */
            conflictDeclaration: "owed" | "noConflict";
            /** @description 審査結果を提出済み / your review is in */
            reviewed: boolean;
        };
        ReviewDto: {
            /** @description 講評（空でもよい） / the reviewer’s comment, may be empty */
            comment: string;
            /** @description 評価項目ごとの評点 / a score per criterion */
            scores: components["schemas"]["ReviewScoreDto"][];
        };
        ReviewResponseDto: {
            /** @description sequence of the audit entry of SUBMIT_REVIEW or DECLARE_CONFLICT */
            auditSequence: number;
            /** @description may be empty; null on a conflict declaration */
            comment: string | null;
            /** @description only on a conflict declaration */
            conflictReason: string | null;
            /** @enum {string} */
            kind: "review" | "conflict";
            /** Format: uuid */
            reviewerId: string;
            /** @example 審査 一郎 */
            reviewerName: string;
            /** @description null on a conflict declaration */
            scores: components["schemas"]["ReviewScoreDto"][] | null;
            /** Format: date-time */
            submittedAt: string;
            /** @example 2025-05-20 */
            submittedOn: string;
            /** @example 令和7年5月20日 */
            submittedOnJa: string;
            /** @description sum of the scores; null on a conflict declaration */
            totalScore: number | null;
        };
        ReviewScoreDto: {
            /** @example 公益性 */
            criterion: string;
            /** @example 4 */
            score: number;
        };
        RevocationDto: {
            /** @description 交付決定取消通知書の番号 / the number of the notice */
            noticeNumber: string;
            /** @description 取消の理由 / the reason of the revocation */
            reason: string;
            /** @description 返還命令の番号：支払済みの額があるときは必須 / number of the 返還命令; required when money was paid */
            refundOrderNumber?: string | null;
        };
        /** @description 交付決定の取消 / revoke the grant */
        RevokeEvent: components["schemas"]["RevocationDto"] & {
            /**
             * @description 交付決定の取消 / revoke the grant
             * @enum {string}
             */
            type: "REVOKE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REVOKE";
        };
        RoundingDto: {
            /** @example 円未満切り捨て */
            ja: string;
            /** @enum {string} */
            rule: "floorToYen" | "floorTo1000";
        };
        ServiceStatusDto: {
            /** @description why it is down, e.g. the address and the connection error */
            message?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        SessionResponseDto: {
            /** @description after a password change by bearer token: the new token (the old one ended); null otherwise */
            accessToken: string | null;
            /** @description cookie sessions: send it as X-CSRF-Token on every write; null for bearer tokens */
            csrfToken: string | null;
            /**
             * Format: date-time
             * @description ログインが切れる時刻 / when the session ends
             */
            expiresAt: string;
            /** @description a one-time password: change it first */
            passwordChangeRequired: boolean;
            /**
             * @description 残りの秒数：切れる前に警告するために / seconds left, to warn before it ends
             * @example 3540
             */
            secondsLeft: number;
            user: components["schemas"]["LoggedInUserDto"];
            /**
             * @description the session cookie (the web app) or a bearer token (API clients)
             * @enum {string}
             */
            via: "cookie" | "bearer";
        };
        StaffDto: {
            /** @description forCase: この案件に割り当てられない理由（空なら割り当てられる） */
            assignmentProblems: components["schemas"]["ActionProblemDto"][];
            /** @example 審査 一郎 */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @description 地域担当職員の担当地域（空はすべて） */
            liaisonAreas: string[];
            /** @description 会員である団体（その団体の申請は審査できない） */
            organizations: components["schemas"]["MemberOrganizationDto"][];
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
            /** @example 審査員 */
            roleJa: string;
        };
        /** @description 申請書の作成開始 / start the application */
        StartApplicationEvent: {
            /**
             * @description 申請書の作成開始 / start the application (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "START_APPLICATION";
        };
        /** @description 事業の着手 / start the project */
        StartProjectEvent: {
            /**
             * @description 事業の着手 / start the project (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "START_PROJECT";
        };
        /** @description 申請書の提出 / submit the application */
        SubmitEvent: components["schemas"]["FilingDto"] & {
            /**
             * @description 申請書の提出 / submit the application
             * @enum {string}
             */
            type: "SUBMIT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT";
        };
        /** @description 実績報告書の提出 / submit the performance report */
        SubmitReportEvent: components["schemas"]["ReportDto"] & {
            /**
             * @description 実績報告書の提出 / submit the performance report
             * @enum {string}
             */
            type: "SUBMIT_REPORT";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT_REPORT";
        };
        /** @description 審査結果の提出 / submit a review */
        SubmitReviewEvent: components["schemas"]["ReviewDto"] & {
            /**
             * @description 審査結果の提出 / submit a review
             * @enum {string}
             */
            type: "SUBMIT_REVIEW";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT_REVIEW";
        };
        SummaryDto: {
            /** @description 相談の結果のまとめ / the summary that concludes the consultation */
            summary: string;
        };
        TaskCaseDto: {
            /** @example R7-協働支援-0012 */
            caseNumber: string | null;
            /** Format: uuid */
            id: string;
            organization: components["schemas"]["TaskCaseOrganizationDto"];
            /** @example 協働支援 */
            programCode: string;
            /** @example 地域協働体支援事業補助金 */
            programNameJa: string;
            state: components["schemas"]["CaseStateDto"];
        };
        TaskCaseOrganizationDto: {
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        TaskDto: {
            /** @description 今それを止めている理由（書類の不足など） / what stops the event now */
            blockers: components["schemas"]["ActionProblemDto"][];
            case: components["schemas"]["TaskCaseDto"];
            due: components["schemas"]["TaskDueDto"] | null;
            /** @description それを行うイベント（確認だけのときは null） / the event that does it; null for a follow-up */
            event: components["schemas"]["TaskEventDto"] | null;
            /** @enum {string} */
            kind: "submitApplication" | "correctApplication" | "startProject" | "completeProject" | "submitReport" | "answerConsultation" | "acceptFiling" | "assignReviewer" | "followUpOverdue" | "declareConflicts" | "submitReview" | "decideGrant" | "decideChange" | "decideDiscontinuation" | "checkReport" | "confirmAmount" | "recordPayment" | "recordRefund";
            /** @description すること / what to do */
            label: components["schemas"]["BilingualTextDto"];
            overdue: boolean;
        };
        TaskDueDto: {
            /**
             * @description negative once passed
             * @example 3
             */
            daysLeft: number;
            /** @example 2025-06-11 */
            dueOn: string;
            /** @example 令和7年6月11日 */
            dueOnJa: string;
            /** @example decisionDue */
            kind: string;
        };
        TaskEventDto: {
            label: components["schemas"]["BilingualTextDto"];
            /** @enum {string} */
            type: "OPEN_CONSULTATION" | "ADD_NOTE" | "CONCLUDE_CONSULTATION" | "CLOSE_WITHOUT_APPLICATION" | "START_APPLICATION" | "SUBMIT" | "ACCEPT" | "RETURN_FOR_CORRECTION" | "RESUBMIT" | "WITHDRAW" | "ASSIGN_REVIEWER" | "AFFIRM_NO_CONFLICT" | "SUBMIT_REVIEW" | "DECLARE_CONFLICT" | "DECIDE_GRANT" | "DECIDE_REJECT" | "START_PROJECT" | "REQUEST_ADVANCE" | "RECORD_PAYMENT" | "REQUEST_CHANGE" | "NOTIFY_MINOR_CHANGE" | "APPROVE_CHANGE" | "REJECT_CHANGE" | "REQUEST_DISCONTINUE" | "APPROVE_DISCONTINUE" | "REJECT_DISCONTINUE" | "REVOKE" | "COMPLETE_PROJECT" | "SUBMIT_REPORT" | "RETURN_REPORT" | "CONFIRM_AMOUNT" | "RECORD_REFUND";
        };
        TenantSummaryDto: {
            /** @example ichinoseki */
            code: string;
            /** Format: uuid */
            id: string;
            /** @example 一関市 */
            name: string;
        };
        TotalCapDto: {
            /** @example 50000 */
            amount: number;
            /** @example 2 */
            fiscalYears: number;
        };
        UpdateOrganizationDto: {
            /** @example 舞川 */
            area?: string;
            /** @example 舞川地区地域協働体 */
            name?: string;
            /**
             * @description null: not known
             * @example 4300
             */
            population?: number | null;
        };
        UpdateUserDto: {
            displayName?: string;
            /** @description officers only; leaving the officer role clears them */
            liaisonAreas?: string[];
            /**
             * @description a new role ends every token the user holds
             * @enum {string}
             */
            role?: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
        };
        UserOrganizationResponseDto: {
            /** Format: uuid */
            id: string;
            /** @example 舞川地区地域協働体 */
            name: string;
        };
        UserResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example 一関 太郎 (まちづくり推進課) */
            displayName: string;
            /** @example officer@ichinoseki.example */
            email: string;
            /** Format: uuid */
            id: string;
            /** @description 地域担当職員: the areas whose cases they see; empty means all */
            liaisonAreas: string[];
            /** @description organizations the user acts for */
            organizations: components["schemas"]["UserOrganizationResponseDto"][];
            /** @enum {string} */
            role: "applicant" | "officer" | "reviewer" | "approver" | "finance" | "admin";
        };
        /** @description 申請の取下げ / withdraw the application */
        WithdrawEvent: components["schemas"]["ReasonDto"] & {
            /**
             * @description 申請の取下げ / withdraw the application
             * @enum {string}
             */
            type: "WITHDRAW";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WITHDRAW";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_administration: {
        parameters: {
            query?: {
                /** @description only entries of this action */
                action?: "program.created" | "program.versionAdded" | "organization.created" | "organization.updated" | "organization.memberAdded" | "organization.memberRemoved" | "user.created" | "user.updated" | "user.signedOut" | "user.passwordReset" | "closedDay.added" | "closedDay.removed";
                /** @description nextBefore of the previous page: only entries older than this sequence */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrationEntryPageResponseDto"];
                };
            };
            /** @description a query parameter is wrong; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may read the audit trail" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may verify the audit trail" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminClosedDaysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedDayResponseDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage closed days" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminClosedDaysController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosedDayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedDayResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage closed days" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminClosedDaysController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage closed days" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_CLOSED_DAY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminOrganizationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage organizations" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminOrganizationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage organizations" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminOrganizationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage organizations" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_ORGANIZATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminOrganizationsController_addMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage organizations" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_ORGANIZATION_NOT_FOUND or ADMIN_USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_MEMBER_ROLE_NOT_ALLOWED: only applicants act for organizations */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminOrganizationsController_removeMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage organizations" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_ORGANIZATION_NOT_FOUND, ADMIN_USER_NOT_FOUND or ADMIN_MEMBERSHIP_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminProgramsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramSummaryResponseDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage programs" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminProgramsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Program of the programs lib as JSON (see the example). Every problem is answered at once: 400 ADMIN_PROGRAM_INVALID with `problems`, each naming its path. `municipality` must be the tenant's code when the tenant is ichinoseki, morioka or yuzawa. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramVersionResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_INVALID: `problems` lists each problem by path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage programs" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_EXISTS: the code exists; add a version instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminProgramsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description program code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDetailResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage programs" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminProgramsController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description program code */
                code: string;
            };
            cookie?: never;
        };
        /** @description A Program of the programs lib as JSON (see the example). Every problem is answered at once: 400 ADMIN_PROGRAM_INVALID with `problems`, each naming its path. `municipality` must be the tenant's code when the tenant is ichinoseki, morioka or yuzawa. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramVersionResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_INVALID: `problems` lists each problem by path (the code must be the one of the path) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage programs" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_PROGRAM_VERSION_CONFLICT: `expectedVersion` is the number to use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    QueueDashboardSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cookie set (HttpOnly, SameSite=Strict, Path=/admin/queues) until the token expires */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description QUEUE_DASHBOARD_FORBIDDEN: only admin of the municipality in QUEUE_DASHBOARD_TENANT */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminUsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage users" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminUsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserResponseDto"];
                };
            };
            /** @description a field is missing, wrong or unknown; ADMIN_LIAISON_AREAS_FOR_OFFICERS_ONLY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage users" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_EMAIL_TAKEN: another user of the municipality has the email (in any case) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminUsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage users" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_OWN_ADMIN_ROLE: you may not remove your own admin role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminUsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage users" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminUsersController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_FORBIDDEN: "only admin may manage users" */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_WRONG_CREDENTIALS: the same for an unknown tenant, email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_TOO_MANY_ATTEMPTS: LOGIN_ATTEMPTS tries for this account from this address within LOGIN_WINDOW_SECONDS; Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SessionController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description the new session: a new cookie, or the new token in accessToken */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_CURRENT_PASSWORD_WRONG, AUTH_PASSWORD_UNCHANGED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_TOO_MANY_ATTEMPTS */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SessionController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_WRONG_CREDENTIALS: the same for an unknown tenant, email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_CSRF_REJECTED: sent by a page of another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE: JSON only */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_TOO_MANY_ATTEMPTS: Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SessionController_renew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CalendarController_holidays: {
        parameters: {
            query: {
                /** @description the calendar year (not the fiscal year); the holiday table covers 1970–2050 */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayResponseDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description 地区: the organization's area, exactly as recorded */
                area?: string;
                /** @description cases I am assigned to review */
                assignedToMe?: boolean;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description 年度 (April to March) */
                fiscalYear?: number;
                limit?: number;
                organization?: string;
                /** @description cases with a deadline passed and not met */
                overdue?: boolean;
                /** @description 標準処理期間: cases still awaiting a decision whose standard processing time is near its end (within its reminder days) or past it */
                processingPeriod?: "near" | "past";
                /** @description program code, e.g. 協働支援 */
                program?: string;
                /** @description 受付番号（先頭から、大文字小文字を区別しない）または団体名の一部 / a case number or its start (any case), or part of the organization’s name; % and _ match only themselves */
                q?: string;
                state?: "new" | "consultation.open" | "consultation.concluded" | "application.draft" | "application.submitted" | "application.returned" | "review.inReview" | "review.awaitingDecision" | "grant.decided" | "grant.inProgress" | "grant.changeRequested" | "grant.discontinueRequested" | "settlement.reportDue" | "settlement.reportSubmitted" | "settlement.paymentDue" | "settlement.refundDue" | "revocation.refundDue" | "closed" | "closedWithoutApplication" | "withdrawn" | "rejected" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retried request with the same key returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: your role does not open cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_REFERENCE_NOT_FOUND: no such program, or an organization you may not open a case for */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_EVENT_NOT_ACCEPTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_EVENT_REFUSED (the window closed, 事前協議 first …), CASE_IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description the case version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponseDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttachmentsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    documentKind: "applicationForm" | "projectPlan" | "budget" | "bylawsAndRoster" | "areaPlan" | "changeRequestForm" | "performanceReport" | "settlementStatement" | "receiptCopies" | "activityPhotos";
                    /**
                     * Format: binary
                     * @description at most ATTACHMENT_MAX_BYTES, of a type in ATTACHMENT_MEDIA_TYPES
                     */
                    file: string;
                    /**
                     * Format: uuid
                     * @description the attachment of the same kind this file replaces
                     */
                    supersedes?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponseDto"];
                };
            };
            /** @description a field missing or wrong (`file`, `documentKind`, `supersedes`), or an unknown field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ATTACHMENT_FORBIDDEN: your role reads attachments but does not upload; `allowedRoles` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ATTACHMENT_CASE_ENDED (`state`), or ATTACHMENT_ALREADY_SUPERSEDED (`supersededBy`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ATTACHMENT_TOO_LARGE: `maxBytes` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a type not accepted (`allowedMediaTypes`), or content that is not what its type says */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND or ATTACHMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_event: {
        parameters: {
            query?: never;
            header?: {
                /** @description a retried request with the same key returns the first answer */
                "Idempotency-Key"?: string;
                /** @description the case version you saw, e.g. "7" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description one event: `type` picks its fields (each in the schema of that type) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description the case as the event left it (Idempotent-Replayed: true when a retry got the first answer) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: your role may never send this event (`allowedRoles`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_STALE_VERSION (`currentVersion`): reload and try again; CASE_EVENT_NOT_ACCEPTED (`acceptableEvents`): the state does not take it, or it is not the reviewer's turn (a review before the declaration of conflicts, a second declaration, anything after the review) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_EVENT_REFUSED: a rule refuses it, each in `problems`; CASE_IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseEventPreviewController_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description the case version you saw, e.g. "7" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description the event as it would be sent to POST /cases/{id}/events */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPreviewDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: your role may never send this event (`allowedRoles`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_STALE_VERSION; CASE_EVENT_NOT_ACCEPTED (`acceptableEvents`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_EVENT_REFUSED: a rule refuses it, each in `problems` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseLedgersController_expenses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseExpensesResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases (allowedRoles lists who does); CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see (another organization's or municipality's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseHistoryEntryDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases; CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseLedgersController_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationNoteResponseDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases (allowedRoles lists who does); CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see (another organization's or municipality's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NoticesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeSummaryDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NoticesController_document: {
        parameters: {
            query?: {
                /** @description pdf (A4, font embedded) or html (printable) */
                format?: "pdf" | "html";
            };
            header?: never;
            path: {
                id: string;
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the notice document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case or notice, or not yours to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseLedgersController_payments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePaymentsResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases (allowedRoles lists who does); CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see (another organization's or municipality's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_program: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramTermsDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseLedgersController_reviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponseDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: your role does not read reviews; allowedRoles: officer, reviewer, approver; CASE_CONFLICT_DECLARATION_OWED: you are a reviewer of the case who has yet to declare whether you have a conflict of interest (`acceptableEvents`: AFFIRM_NO_CONFLICT, DECLARE_CONFLICT) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: no such case, or one you may not see (another organization's or municipality's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CasesController_export: {
        parameters: {
            query?: {
                /** @description 地区: the organization's area, exactly as recorded */
                area?: string;
                /** @description cases I am assigned to review */
                assignedToMe?: boolean;
                /** @description 年度 (April to March) */
                fiscalYear?: number;
                organization?: string;
                /** @description cases with a deadline passed and not met */
                overdue?: boolean;
                /** @description 標準処理期間: cases still awaiting a decision whose standard processing time is near its end (within its reminder days) or past it */
                processingPeriod?: "near" | "past";
                /** @description program code, e.g. 協働支援 */
                program?: string;
                /** @description 受付番号（先頭から、大文字小文字を区別しない）または団体名の一部 / a case number or its start (any case), or part of the organization’s name; % and _ match only themselves */
                q?: string;
                state?: "new" | "consultation.open" | "consultation.concluded" | "application.draft" | "application.submitted" | "application.returned" | "review.inReview" | "review.awaitingDecision" | "grant.decided" | "grant.inProgress" | "grant.changeRequested" | "grant.discontinueRequested" | "settlement.reportDue" | "settlement.reportSubmitted" | "settlement.paymentDue" | "settlement.refundDue" | "revocation.refundDue" | "closed" | "closedWithoutApplication" | "withdrawn" | "rejected" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the CSV file (text/csv; charset=utf-8) */
            200: {
                headers: {
                    /** @description attachment; filename="cases-20250501.csv" (the Tokyo date) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description REQUEST_INVALID: a filter malformed (`problems` names it); CASE_EXPORT_TOO_LARGE: more than 10000 cases match (`maxRows`): narrow the filters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators see no cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DirectoryController_organizationDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDirectoryDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DIRECTORY_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DirectoryController_users: {
        parameters: {
            query?: {
                /** @description この案件に割り当てられない理由を添える / say who cannot be assigned to this case, and why */
                forCase?: string;
                /** @description 役割で絞る（審査員を選ぶときは reviewer） / only this role */
                role?: "applicant" | "officer" | "reviewer" | "approver" | "finance";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"][];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DIRECTORY_FORBIDDEN: applicants, reviewers and administrators do not read it (`allowedRoles`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_NOT_FOUND: forCase names no case you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description a service does not answer: it is named under `error` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationSettingsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationSettingsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeNotificationSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsResponseDto"];
                };
            };
            /** @description a field is missing or not true/false */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOTIFICATION_SETTINGS_STALE (`currentVersion`): changed elsewhere since you read it; read them again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_TOO_LARGE (ATTACHMENT_TOO_LARGE for a file, with `maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description only notifications not yet marked read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponseDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NOTIFICATION_NOT_FOUND: not one of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MyTasksController_tasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTasksDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_FORBIDDEN: administrators have no cases */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DirectoryController_programCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueProgramDto"][];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_fiscalYearClose: {
        parameters: {
            query: {
                /** @description 年度 whose accounts close on 31 May of the next calendar year (2025: 令和7年度, closing 2026-05-31) */
                fiscalYear: number;
                /** @description csv: the cases as CSV for Excel (UTF-8 with BOM); the same as `Accept: text/csv` */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; CSV (UTF-8 with BOM, for Excel) with `Accept: text/csv` or `format=csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearCloseReportDto"];
                    "text/csv": components["schemas"]["FiscalYearCloseReportDto"];
                };
            };
            /** @description REQUEST_INVALID: a field missing, of the wrong type, unknown, too long … (`problems` names each); REQUEST_MALFORMED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description AUTH_MISSING_CREDENTIALS, AUTH_TOKEN_EXPIRED, AUTH_TOKEN_INVALID, AUTH_SIGNED_OUT: log in (again) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REPORT_FORBIDDEN: read by officer, approver, finance only (allowedRoles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: a defect of ours; quote the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database is away for a moment; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
