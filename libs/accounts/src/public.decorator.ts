import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'accounts:isPublic';

/** Lets a route (or every route of a controller) through the global AuthGuard without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
