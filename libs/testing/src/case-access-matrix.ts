import type { SeededTenant } from './tenant.factory.js';

/**
 * The access matrix of the case API: the status each caller gets on each route, by whose case
 * it is. Kept here so the end-to-end matrix and the proof run that re-checks it under load
 * (proof:security) hold the same expectations.
 */
export type MatrixCaller = Exclude<keyof SeededTenant['users'], 'secondReviewer'>;
/** Whose case a request is about, from the caller's side. */
export type MatrixTarget = 'own' | 'otherOrganization' | 'otherTenant';
/** Reads also run on `inReview`: an application of the applicant's organization, in 審査 with `reviewer` assigned (and declared no conflict of interest). */
export type MatrixReadTarget = MatrixTarget | 'inReview';

export const ROLES: MatrixCaller[] = ['applicant', 'otherApplicant', 'officer', 'reviewer', 'approver', 'finance', 'admin'];
export const TARGETS: MatrixTarget[] = ['own', 'otherOrganization', 'otherTenant'];
export const READ_TARGETS: MatrixReadTarget[] = [...TARGETS, 'inReview'];

/**
 * Status of each cell: endpoint × caller × case. "own" is a case of the caller's
 * municipality filed by the organization the applicant belongs to; "otherOrganization"
 * one of the second organization (the one `otherApplicant` belongs to); "otherTenant" one
 * of another municipality. The cases are consultations, so ADD_NOTE is a valid event.
 */
export const READ: Record<MatrixCaller, [number, number, number, number]> = {
  applicant: [200, 404, 404, 200],
  otherApplicant: [404, 200, 404, 404],
  officer: [200, 200, 404, 200],
  reviewer: [404, 404, 404, 200], // sees only the case assigned to them
  approver: [200, 200, 404, 200],
  finance: [200, 200, 404, 200],
  admin: [403, 403, 404, 403],
};
/** Reviews: never the applicant's to read, nor finance's; a reviewer reads those of the case assigned to them. */
export const REVIEWS: Record<MatrixCaller, [number, number, number, number]> = {
  applicant: [403, 404, 404, 403],
  otherApplicant: [404, 403, 404, 404],
  officer: [200, 200, 404, 200],
  reviewer: [404, 404, 404, 200],
  approver: [200, 200, 404, 200],
  finance: [403, 403, 404, 403],
  admin: [403, 403, 404, 403],
};
/** Uploading a document: the applicant organization and the officer (a paper filing scanned at the counter). */
export const UPLOAD: Record<MatrixCaller, [number, number, number, number]> = {
  applicant: [201, 404, 404, 201],
  otherApplicant: [404, 201, 404, 404],
  officer: [201, 201, 404, 201],
  reviewer: [404, 404, 404, 403],
  approver: [403, 403, 404, 403],
  finance: [403, 403, 404, 403],
  admin: [403, 403, 404, 403],
};
export const ADD_NOTE: Record<MatrixCaller, [number, number, number]> = {
  applicant: [200, 404, 404],
  otherApplicant: [404, 200, 404],
  officer: [200, 200, 404],
  reviewer: [404, 404, 404],
  approver: [403, 403, 404],
  finance: [403, 403, 404],
  admin: [403, 403, 404],
};
/** POST /cases for the target's organization. */
export const OPEN: Record<MatrixCaller, [number, number, number]> = {
  applicant: [201, 404, 404],
  otherApplicant: [404, 201, 404],
  officer: [201, 201, 404],
  reviewer: [403, 403, 404],
  approver: [403, 403, 404],
  finance: [403, 403, 404],
  admin: [403, 403, 404],
};
export const LIST: Record<MatrixCaller, number> = { applicant: 200, otherApplicant: 200, officer: 200, reviewer: 200, approver: 200, finance: 200, admin: 403 };
