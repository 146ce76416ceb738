import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { LocalizedText } from '#libs/errors';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { ADMINISTERED, AdministratorGuard } from './administrator.guard.js';

/** Admin only, for a controller or a route; `action` completes the 403's "only admin may …". */
export const AdministratorsOnly = (action: LocalizedText): ClassDecorator & MethodDecorator =>
  applyDecorators(
    SetMetadata(ADMINISTERED, action),
    UseGuards(AdministratorGuard),
    ApiForbiddenResponse({ description: `ADMIN_FORBIDDEN: "only admin may ${action.en}"` }),
  );
