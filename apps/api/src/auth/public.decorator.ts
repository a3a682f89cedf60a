import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Marks an operation that needs no credentials: `/health`, `signIn`, `signOut` and `me` (docs/design.md §7, §13). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWED_WITH_ONE_TIME_PASSWORD = Symbol('ALLOWED_WITH_ONE_TIME_PASSWORD');

/**
 * Marks what an account may still do while its password is one-time (set by someone else):
 * replacing it. Everything else is refused until the holder has chosen their own.
 */
export const AllowedWithOneTimePassword = () => SetMetadata(ALLOWED_WITH_ONE_TIME_PASSWORD, true);
