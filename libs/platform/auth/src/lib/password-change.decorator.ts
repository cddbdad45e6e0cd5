import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'bastion:allowedBeforePasswordChange';

/**
 * A route an account that must change its password may still call: changing it, and learning who
 * is signed in and whether the session is live. Every other route answers 403
 * PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
