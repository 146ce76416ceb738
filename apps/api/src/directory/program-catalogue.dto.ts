import { ApiProperty } from '@nestjs/swagger';
import type { CatalogueProgram } from '#libs/directory';
import { DOCUMENT_KIND_LABELS, type DocumentKind, ORGANIZATION_TYPE_LABELS, type OrganizationType, type ProgramTerms, type ProgramWindowStatus } from '#libs/programs';
import { BilingualTextDto } from '../cases/dto/case-view.dto.js';

class ProgramWindowDto {
  @ApiProperty({ enum: ['allYear', 'upcoming', 'open', 'closed'] }) status!: ProgramWindowStatus;
  @ApiProperty({ type: BilingualTextDto, description: '受付中, 受付前, 通年受付' }) statusLabel!: BilingualTextDto;
  @ApiProperty({ type: String, nullable: true, example: '2025-04-01' }) opens!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-05-31' }) closes!: string | null;
  @ApiProperty({ example: '令和7年4月1日から令和7年5月31日まで' }) ja!: string;
}

class OrganizationTypeDto {
  @ApiProperty({ enum: Object.keys(ORGANIZATION_TYPE_LABELS), example: 'communityCollaborationBody' }) type!: OrganizationType;
  @ApiProperty({ example: '地域協働体' }) ja!: string;
}

class RateDto {
  @ApiProperty({ example: 2 }) numerator!: number;
  @ApiProperty({ example: 3 }) denominator!: number;
  @ApiProperty({ example: '3分の2' }) ja!: string;
}

class RoundingDto {
  @ApiProperty({ enum: ['floorToYen', 'floorTo1000'] }) rule!: 'floorToYen' | 'floorTo1000';
  @ApiProperty({ example: '円未満切り捨て' }) ja!: string;
}

class TotalCapDto {
  @ApiProperty({ example: 50000 }) amount!: number;
  @ApiProperty({ example: 2 }) fiscalYears!: number;
}

class CapsDto {
  @ApiProperty({ type: Number, nullable: true, example: 100000 }) perFiscalYear!: number | null;
  @ApiProperty({ type: TotalCapDto, nullable: true }) total!: TotalCapDto | null;
  @ApiProperty({ example: '1年度あたり100,000円まで' }) ja!: string;
}

class DocumentDto {
  @ApiProperty({ enum: Object.keys(DOCUMENT_KIND_LABELS), example: 'applicationForm' }) kind!: DocumentKind;
  @ApiProperty({ example: '交付申請書' }) ja!: string;
}

class RequiredDocumentsDto {
  @ApiProperty({ type: [DocumentDto], description: '申請のとき' }) application!: DocumentDto[];
  @ApiProperty({ type: [DocumentDto], description: '変更承認申請のとき' }) change!: DocumentDto[];
  @ApiProperty({ type: [DocumentDto], description: '実績報告のとき' }) report!: DocumentDto[];
}

class FractionDto {
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
}

class AdvancePaymentDto {
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: FractionDto, nullable: true, description: 'the most of the decided amount paid in advance' }) maxFraction!: FractionDto | null;
  @ApiProperty({ example: '前金払・概算払ができます（交付決定額の10分の5まで）' }) ja!: string;
}

class ApplicableOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '舞川地区地域協働体' }) name!: string;
}

/** A program's terms as the applicant reads them: GET /cases/{id}/program gives those its case runs under. */
export class ProgramTermsDto implements ProgramTerms {
  @ApiProperty({ example: '協働支援' }) code!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '地域協働体支援事業補助金' }) nameJa!: string;
  @ApiProperty({ example: '一関市' }) municipalityJa!: string;
  @ApiProperty({ type: ProgramWindowDto, description: '募集期間' }) window!: ProgramWindowDto;
  @ApiProperty({ type: [OrganizationTypeDto], description: '申請できる団体の種類' }) eligibleOrganizationTypes!: OrganizationTypeDto[];
  @ApiProperty({ type: RateDto, description: '補助率' }) rate!: RateDto;
  @ApiProperty({ type: RoundingDto, description: '端数の扱い' }) rounding!: RoundingDto;
  @ApiProperty({ type: CapsDto, description: '上限額' }) caps!: CapsDto;
  @ApiProperty({ type: String, nullable: true, description: '均等割＋地域割の説明（人口で上限が決まる制度）' }) allocationJa!: string | null;
  @ApiProperty({ type: [String], example: ['報償費', '使用料及び賃借料'], description: '補助対象になる経費の区分' }) eligibleExpenseCategories!: string[];
  @ApiProperty({ type: RequiredDocumentsDto, description: '必要な書類（段階ごと）' }) requiredDocuments!: RequiredDocumentsDto;
  @ApiProperty({ description: '事前協議（相談）が申請の前に必要' }) priorConsultationRequired!: boolean;
  @ApiProperty({ type: AdvancePaymentDto, description: '前金払・概算払' }) advancePayment!: AdvancePaymentDto;
  @ApiProperty({ example: '申請した年度に行う事業です' }) projectFiscalYearJa!: string;
  @ApiProperty({ example: '補助率は対象経費の3分の2（円未満切り捨て）、上限は1年度あたり100,000円までです。…' }) summaryJa!: string;
}

/** A program of GET /programs, as the applicant reads it before applying. */
export class CatalogueProgramDto extends ProgramTermsDto implements CatalogueProgram {
  @ApiProperty({ type: [ApplicableOrganizationDto], description: 'for an applicant: their organizations that may apply; empty for staff' })
  applicableOrganizations!: ApplicableOrganizationDto[];
}
