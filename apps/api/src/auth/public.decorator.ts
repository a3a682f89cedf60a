import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Marks a route that needs no token. Only `/health` is public (docs/design.md §7). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
