import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { type Role, sideOf } from '../api/roles.js';
import { useSession } from '../api/session.js';

/** Another side's address (an applicant at the case list, an administrator at a case): to one's own home. */
export const ToHome = () => <Navigate to="/" replace />;

/**
 * One address, the screen of the signed-in person's side: an applicant's, the city's staff's or
 * the administrator's (home when the address is not of their side). The API decides what each
 * may read; this only picks the screen that reads it.
 */
export function ByRole({ applicant = <ToHome />, staff, admin = <ToHome /> }: { applicant?: ReactNode; staff?: (role: Role) => ReactNode; admin?: ReactNode }) {
  const { session } = useSession();
  if (!session) return null;
  const side = sideOf(session.user.role);
  if (side === 'applicant') return <>{applicant}</>;
  if (side === 'admin') return <>{admin}</>;
  return <>{staff ? staff(session.user.role) : <ToHome />}</>;
}
