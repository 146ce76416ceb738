import { ApiProperty } from '@nestjs/swagger';
import { MUNICIPALITY_LABELS, type Program } from '#libs/programs';

export class ProgramSummaryResponseDto {
  @ApiProperty({ example: '協働支援' }) code!: string;
  @ApiProperty({ example: '地域協働体支援事業補助金', description: 'of the latest version' }) nameJa!: string;
  @ApiProperty({ enum: Object.keys(MUNICIPALITY_LABELS) }) municipality!: Program['municipality'];
  @ApiProperty({ example: 2 }) latestVersion!: number;
  @ApiProperty({ type: [Number], example: [1, 2], description: 'every stored version, ascending' }) versions!: number[];
  @ApiProperty({ type: String, format: 'date-time', description: 'when the latest version was added' }) updatedAt!: Date;
}

export class ProgramVersionResponseDto {
  @ApiProperty({ example: '協働支援' }) code!: string;
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ example: 0, description: 'cases filed under this version (they keep it)' }) caseCount!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the Program as stored' }) definition!: Program;
}

export class ProgramDetailResponseDto {
  @ApiProperty({ example: '協働支援' }) code!: string;
  @ApiProperty({ example: 2 }) latestVersion!: number;
  @ApiProperty({ type: [ProgramVersionResponseDto], description: 'ascending; none is ever changed or deleted' }) versions!: ProgramVersionResponseDto[];
}
