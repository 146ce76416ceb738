import type { Session } from './session.js';

export type Role = Session['user']['role'];

/** The city's staff work from the to-do list and the case list; an applicant from their organization's cases. */
export const isStaff = (role: Role): boolean => role !== 'applicant';
