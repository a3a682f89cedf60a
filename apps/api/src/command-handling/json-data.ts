import type { JsonObject, JsonValue } from '@tracker/event-store';

// The domain's event data are typed interfaces, which TypeScript will not take as the store's
// index-signature JSON type; this guard proves at run time what the types cannot, instead of a cast.

/** A JSON value as jsonb keeps it; an `undefined` property counts as absent, as it does in JSON text. */
function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isJsonObject(value);
}

export function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Plain objects only: a Map or a Date would not survive the round trip through jsonb.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((v) => v === undefined || isJsonValue(v));
}

/** The event's data as the store takes it; a value JSON cannot carry is a bug in a decider, not bad input. */
export function eventDataOf(event: { readonly type: string; readonly data: object }): JsonObject {
  const { data } = event;
  if (!isJsonObject(data)) throw new TypeError(`${event.type} carries data that is not plain JSON`);
  return data;
}
