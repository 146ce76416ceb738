import { ApiProperty } from '@nestjs/swagger';

class ServiceStatusDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ required: false, description: 'why it is down, e.g. the address and the connection error' }) message?: string;
}

/** What /health answers: each service checked, and the failing ones under `error`. */
export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/ServiceStatusDto' }, description: 'the services that answer' })
  info!: Record<string, ServiceStatusDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/ServiceStatusDto' }, description: 'the services that do not' })
  error!: Record<string, ServiceStatusDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/ServiceStatusDto' }, description: 'every service' })
  details!: Record<string, ServiceStatusDto>;
}

export { ServiceStatusDto };
