// Input validation with class-validator (DESIGN §8): structure, types, lengths and list caps are
// checked here, before a command exists; the domain then checks the business rules. Both report
// through the domain's ValidationError, so clients see one shape: BAD_USER_INPUT + fields[].
import { ValidationPipe, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { ValidationError, type FieldIssue } from '@tracker/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const trimEach = Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value));

const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** Required text: trimmed, not empty, at most `max` characters. */
export const RequiredText = (label: string, max: number) =>
  compose(
    trim,
    IsString({ message: `${label} must be text` }),
    IsNotEmpty({ message: `${label} must not be empty` }),
    MaxLength(max, { message: `${label} may be at most ${max} characters` }),
  );

/** Optional text: trimmed; when given, not empty and at most `max` characters. */
export const OptionalText = (label: string, max: number) =>
  compose(
    IsOptional(),
    trim,
    IsString({ message: `${label} must be text` }),
    IsNotEmpty({ message: `${label} must not be empty when given (leave it out instead)` }),
    MaxLength(max, { message: `${label} may be at most ${max} characters` }),
  );

export const TextList = (label: string, maxItems: number, maxLength: number, optional = false) =>
  compose(
    ...(optional ? [IsOptional()] : []),
    trimEach,
    IsArray({ message: `${label} must be a list` }),
    ArrayMaxSize(maxItems, { message: `${label} may list at most ${maxItems} entries` }),
    IsString({ each: true, message: `each of ${label} must be text` }),
    IsNotEmpty({ each: true, message: `${label} may not contain empty entries` }),
    MaxLength(maxLength, { each: true, message: `each of ${label} may be at most ${maxLength} characters` }),
  );

export const WholeNumber = (label: string, min: number, optional = false) =>
  compose(
    ...(optional ? [IsOptional()] : []),
    IsInt({ message: `${label} must be a whole number` }),
    Min(min, { message: `${label} must be at least ${min}` }),
  );

export const RecordId = (label: string, optional = false) =>
  compose(...(optional ? [IsOptional()] : []), trim, Matches(UUID, { message: `${label} must be a record id (a lower-case UUID)` }));

export const IdempotencyKey = () =>
  compose(
    IsOptional(),
    IsString({ message: 'idempotencyKey must be text' }),
    Matches(/^[\w.:-]{1,100}$/, { message: 'idempotencyKey must be 1–100 letters, digits, "-", "_", "." or ":"' }),
  );

function issuesOf(errors: readonly ClassValidatorError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...issuesOf(error.children ?? [], field)];
  });
}

/** The app-wide pipe: trims and validates every @Args input, and reports problems field by field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: false,
  exceptionFactory: (errors) => new ValidationError(issuesOf(errors)),
});
