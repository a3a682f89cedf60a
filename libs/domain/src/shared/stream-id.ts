// One stream per aggregate instance: `<kind>-<uuid>` (docs/design.md §3).
import { ValidationError } from './errors';
import { UUID_PATTERN } from './validation';

export const STREAM_KINDS = [
  'orgchart',
  'volunteeractivity',
  'cobuildingagreement',
  'donationcampaign',
  'reliefgrant',
  'examsentinelshift',
  'booth',
  'account',
  'sectionedition',
  'subdistrictlist',
] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

/**
 * The org chart is a single aggregate for the whole company; this is its well-known id so every
 * process finds the same stream without configuration.
 */
export const ORG_CHART_ID = '00000000-0000-4000-8000-00000000c0de';

/** The 街道 list is kept once for the company, like the org chart: its well-known id. */
export const SUBDISTRICT_LIST_ID = '00000000-0000-4000-8000-00000000d15c';

/** `streamIdFor('volunteeractivity', id)` → `'volunteeractivity-<id>'`. Ids must be lower-case UUIDs. */
export function streamIdFor(kind: StreamKind, id: string): string {
  if (!UUID_PATTERN.test(id)) throw ValidationError.of('id', '不是有效的记录编号');
  return `${kind}-${id}`;
}

/** The inverse of `streamIdFor`; undefined for a stream that is not ours. */
export function parseStreamId(streamId: string): { kind: StreamKind; id: string } | undefined {
  const dash = streamId.indexOf('-');
  const kind = streamId.slice(0, dash);
  const id = streamId.slice(dash + 1);
  if (dash < 0 || !(STREAM_KINDS as readonly string[]).includes(kind) || !UUID_PATTERN.test(id)) return undefined;
  return { kind: kind as StreamKind, id };
}
