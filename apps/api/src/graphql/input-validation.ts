// Input validation with class-validator (docs/design.md §8). The pipe's job is structure: types, shape and
// trimming, before a command exists. Business rules (required text, lengths, ranges, date order,
// list sizes) are the domain's, in its deciders, so that a form hears every problem at once and
// an import that skips GraphQL meets the same rules. Both report through the domain's
// ValidationError, so clients see one shape: BAD_USER_INPUT + fields[].
import { ValidationPipe, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { UUID_PATTERN, ValidationError, type FieldIssue } from '@tracker/domain';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';

interface Optionality {
  /** The field may be left out (or sent as null). */
  readonly optional?: boolean;
}

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimEach = Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value));

const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

const optionally = (opts: Optionality, ...decorators: PropertyDecorator[]): PropertyDecorator =>
  compose(...(opts.optional ? [IsOptional()] : []), ...decorators);

/** Text, trimmed; whether it may be blank and how long it may be is the decider's rule. */
export const Text = (opts: Optionality = {}) => optionally(opts, trim, IsString({ message: '应为文字' }));

export const TextList = (opts: Optionality = {}) =>
  optionally(opts, trimEach, IsArray({ message: '应为文字列表' }), IsString({ each: true, message: '每一项都应为文字' }));

export const WholeNumber = (opts: Optionality = {}) => optionally(opts, IsInt({ message: '应为整数' }));

/** A Decimal or Date scalar's text; its format is the scalar's, its range the decider's. */
export const ScalarText = (opts: Optionality = {}) => optionally(opts, IsString({ message: '应为文字' }));

export const OneOf = (values: readonly string[], opts: Optionality = {}) =>
  optionally(opts, IsIn([...values], { message: `须为以下之一：${values.join('、')}` }));

/** A nested input object (or a list of them), validated with its own class's decorators. */
export const Nested = (type: () => new () => object, opts: Optionality & { readonly each?: boolean } = {}) =>
  optionally(opts, ...(opts.each ? [IsArray({ message: '应为列表' })] : []), ValidateNested({ each: opts.each === true }), Type(type));

/** A record id the client got from us: a lower-case UUID. */
export const RecordId = (opts: Optionality = {}) => optionally(opts, trim, Matches(UUID_PATTERN, { message: '不是有效的记录编号' }));

export const IdempotencyKey = () =>
  optionally(
    { optional: true },
    IsString({ message: '应为文字' }),
    Matches(/^[\w.:-]{1,100}$/, { message: '幂等键须为 1 至 100 个字母、数字或 - _ . : 字符' }),
  );

function issuesOf(errors: readonly ClassValidatorError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...issuesOf(error.children ?? [], field)];
  });
}

/** The app-wide pipe: trims and checks the shape of every @Args input, and reports problems field by field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: false,
  exceptionFactory: (errors) => new ValidationError(issuesOf(errors)),
});
