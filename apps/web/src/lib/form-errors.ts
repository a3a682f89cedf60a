// A server refusal lands on the field it names (STYLE 15): the server's field paths become antd
// Form name paths, and whatever names no field of the form is shown above it instead.
import { GraphQLRequestError } from './graphql-client';

export type FieldPath = readonly (string | number)[];

export interface FormFieldErrors {
  readonly name: FieldPath;
  readonly errors: readonly string[];
}

export interface PlacedErrors {
  /** For `form.setFields(...)`: one entry per field, its messages in the server's order. */
  readonly fields: readonly FormFieldErrors[];
  /** Messages that name no field of this form (or no field at all): show them in an Alert. */
  readonly unplaced: readonly string[];
}

/**
 * `startDate`, `input.charitySales.amount`, `partners[0].name` or `partners.0.name` → a name
 * path; the `input.` prefix graphql-js puts on variables is dropped.
 */
export function fieldPath(serverField: string): FieldPath {
  const segments = serverField
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '');
  const withoutInput = segments[0] === 'input' ? segments.slice(1) : segments;
  return withoutInput.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Places an error on the form whose top-level fields are `formFields`. A path placed on a field
 * the form has (`charitySales.amount` under `charitySales`) stays whole, so nested Form.Items match.
 */
export function placeServerErrors(error: unknown, formFields: readonly string[]): PlacedErrors {
  if (!(error instanceof GraphQLRequestError)) return { fields: [], unplaced: [] };
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const problem of error.fields) {
    const name = fieldPath(problem.field);
    const top = name[0];
    if (typeof top !== 'string' || !formFields.includes(top)) {
      unplaced.push(problem.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(problem.message);
    byField.set(key, entry);
  }
  // A refusal without field details (a CONFLICT, say) still says something above the form.
  if (error.fields.length === 0 && error.serverMessage) unplaced.push(error.serverMessage);
  return { fields: [...byField.values()], unplaced };
}
