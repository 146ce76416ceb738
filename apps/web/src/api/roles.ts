import type { Session } from './session.js';

export type Role = Session['user']['role'];

/** Which side of the app a person works in: their organization's cases, the city's casework, or the municipality's settings. */
export type Side = 'applicant' | 'staff' | 'admin';

export const sideOf = (role: Role): Side => (role === 'applicant' ? 'applicant' : role === 'admin' ? 'admin' : 'staff');

/** The city's caseworkers (担当職員, 審査員, 決裁権者, 会計) work from the to-do list and the case list. */
export const isStaff = (role: Role): boolean => sideOf(role) === 'staff';
