import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'bastion:public';

/** A route anyone may call without a token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
