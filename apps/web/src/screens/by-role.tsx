import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { isStaff, type Role } from '../api/roles.js';
import { useSession } from '../api/session.js';

/**
 * One address, the screen of the signed-in person's side: an applicant's or the city's staff's.
 * The API decides what each may read; this only picks the screen that reads it.
 */
export function ByRole({ applicant, staff }: { applicant: ReactNode; staff: (role: Role) => ReactNode }) {
  const { session } = useSession();
  if (!session) return null;
  return <>{isStaff(session.user.role) ? staff(session.user.role) : applicant}</>;
}

/** The staff's case list: an applicant's cases are on their home. */
export const ToHome = () => <Navigate to="/" replace />;
