/** The fields a correction sent: `null` (clear this field) stays, an absent field is left as it is. */
export function providedFields<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Fields>;
}
