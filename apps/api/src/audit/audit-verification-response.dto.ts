import { ApiProperty } from '@nestjs/swagger';

class BrokenAuditEntryResponseDto {
  @ApiProperty() entryId!: string;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty({ example: 'hash does not match its content' }) reason!: string;
}

class BrokenAdministrationEntryResponseDto {
  @ApiProperty() entryId!: string;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty({ example: 'sequence 3 missing' }) reason!: string;
}

class AdministrationVerificationResponseDto {
  @ApiProperty({ description: '1 when the municipality has administration entries, else 0' }) tenantsChecked!: number;
  @ApiProperty() entriesChecked!: number;
  @ApiProperty({ type: BrokenAdministrationEntryResponseDto, nullable: true }) firstBroken!: BrokenAdministrationEntryResponseDto | null;
}

/** The cases' chains as before, and the administrators' chain beside them. */
export class AuditVerificationResponseDto {
  @ApiProperty() casesChecked!: number;
  @ApiProperty() entriesChecked!: number;
  @ApiProperty({ type: BrokenAuditEntryResponseDto, nullable: true }) firstBroken!: BrokenAuditEntryResponseDto | null;
  @ApiProperty({ type: AdministrationVerificationResponseDto, description: "the administrators' trail (programs, users, organizations, closed days)" })
  administration!: AdministrationVerificationResponseDto;
}
