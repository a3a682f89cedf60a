import { ROLES } from '@tracker/domain';
import { IsArray, IsIn, IsOptional } from 'class-validator';

/** A list of roles (the pipe keeps only decorated fields); GraphQL's enum already refused unknown ones. */
export const Roles =
  (opts: { optional?: boolean } = {}): PropertyDecorator =>
  (target, key) => {
    if (opts.optional) IsOptional()(target, key);
    IsArray({ message: '应为列表' })(target, key);
    IsIn([...ROLES], { each: true, message: `须为以下之一：${ROLES.join('、')}` })(target, key);
  };
