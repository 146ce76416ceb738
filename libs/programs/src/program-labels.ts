import type { DocumentKind, DocumentPhase, OrganizationType, Program, Rounding } from './program.js';

// Records keyed by the unions: adding a member to a union in program.ts without its label
// fails the type check, so validation (which lists the keys) never lags behind the types.

/** The Japanese names users see, for each organization type. */
export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, string>> = {
  communityCollaborationBody: '地域協働体',
  neighborhoodAssociation: '町内会・自治会',
  communityHallAssociation: '集落公民館・自治公民館',
  npo: 'NPO法人',
  areaAutonomyOrganization: '地域自治組織',
  communityPromotionDistrict: 'コミュニティ推進地区組織',
  areaDevelopmentOrganization: '地域づくり組織',
  citizenGroup: '市民活動団体',
};

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  applicationForm: '交付申請書',
  projectPlan: '事業計画書',
  budget: '収支予算書',
  bylawsAndRoster: '団体の規約・名簿',
  areaPlan: '地域づくり計画書',
  changeRequestForm: '変更承認申請書',
  performanceReport: '実績報告書',
  settlementStatement: '収支決算書',
  receiptCopies: '領収書の写し',
  activityPhotos: '活動写真',
};

export const DOCUMENT_PHASE_LABELS: Readonly<Record<DocumentPhase, string>> = {
  application: '申請',
  change: '変更',
  report: '実績報告',
};

export const ROUNDING_LABELS: Readonly<Record<Rounding, string>> = {
  floorToYen: '円未満切り捨て',
  floorTo1000: '千円未満切り捨て',
};

export const MUNICIPALITY_LABELS: Readonly<Record<Program['municipality'], string>> = {
  ichinoseki: '一関市',
  morioka: '盛岡市',
  yuzawa: '湯沢市',
};
