import { Navigate, Outlet, createBrowserRouter, useLocation } from 'react-router';
import { useSession } from './api/session.js';
import { Layout } from './components/layout.js';
import { AdminScreen } from './screens/admin/admin-screens.js';
import { ByRole, ToHome } from './screens/by-role.js';
import { ApplicationCopy } from './screens/application-copy.js';
import { ApplicationForm } from './screens/application-form.js';
import { CaseAction } from './screens/case-action.js';
import { CasePage } from './screens/case-page.js';
import { ChangePassword } from './screens/change-password.js';
import { Home } from './screens/home.js';
import { NotFound } from './screens/not-found.js';
import { NotificationSettings } from './screens/notification-settings.js';
import { Programs } from './screens/programs.js';
import { SignIn } from './screens/sign-in.js';
import { CaseList } from './screens/staff/case-list.js';
import { FiscalYearClose } from './screens/staff/fiscal-year-close.js';
import { OpenOnBehalf } from './screens/staff/open-on-behalf.js';
import { StaffTasks } from './screens/staff/staff-tasks.js';
import { Workbench } from './screens/staff/workbench.js';
import { texts } from './texts.js';

/** Signed-in screens only: others go to sign-in and come back; a one-time password goes to its change first. */
function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <p role="status" className="p-4">{texts.loading}</p>;
  if (session === null) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (session.passwordChangeRequired && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <Outlet />;
}

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignIn /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <Layout />,
          children: [
            { index: true, element: <ByRole applicant={<Home />} staff={(role) => <StaffTasks role={role} />} admin={<AdminScreen name="AdminHome" />} /> },
            { path: 'cases', element: <ByRole staff={(role) => <CaseList role={role} />} /> },
            { path: 'programs', element: <Programs /> },
            { path: 'cases/new', element: <ByRole staff={(role) => (role === 'officer' ? <OpenOnBehalf /> : <ToHome />)} /> },
            { path: 'cases/:id', element: <ByRole applicant={<CasePage />} staff={(role) => <Workbench role={role} />} /> },
            { path: 'cases/:id/application', element: <ApplicationForm /> },
            { path: 'cases/:id/application/copy', element: <ApplicationCopy /> },
            { path: 'cases/:id/actions/:type', element: <ByRole applicant={<CaseAction role="applicant" />} staff={(role) => <CaseAction role={role} />} /> },
            { path: 'reports/fiscal-year-close', element: <ByRole staff={() => <FiscalYearClose />} /> },
            { path: 'admin/programs', element: <ByRole admin={<AdminScreen name="AdminPrograms" />} /> },
            { path: 'admin/programs/:code', element: <ByRole admin={<AdminScreen name="ProgramVersions" />} /> },
            { path: 'admin/organizations', element: <ByRole admin={<AdminScreen name="Organizations" />} /> },
            { path: 'admin/closed-days', element: <ByRole admin={<AdminScreen name="ClosedDays" />} /> },
            { path: 'admin/users', element: <ByRole admin={<AdminScreen name="Users" />} /> },
            { path: 'admin/audit', element: <ByRole admin={<AdminScreen name="Audit" />} /> },
            { path: 'password', element: <ChangePassword /> },
            { path: 'settings/notifications', element: <NotificationSettings /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: '/app' },
);
