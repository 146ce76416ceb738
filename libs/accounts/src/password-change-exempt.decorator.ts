import { SetMetadata } from '@nestjs/common';

export const PASSWORD_CHANGE_EXEMPT = 'accounts:passwordChangeExempt';

/** A route open to a session whose password must be changed first: changing it, reading the session, logging out. */
export const PasswordChangeExempt = (): MethodDecorator & ClassDecorator => SetMetadata(PASSWORD_CHANGE_EXEMPT, true);
