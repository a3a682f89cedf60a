// A record-creating payload's `lookAlikes`: each record kept that the new one looks like, by its
// kind, id and date (the API's LookAlike), with the Chinese warning naming it; a link takes the
// person to it when this app has a page for its kind.
import type { LookAlikeKind, RecordVolunteerActivityMutation } from '../../gql/graphql';

/** What the record mutations select of each look-alike (api/*.ts): kind, recordId, date, warning. */
export type ShownLookAlike = RecordVolunteerActivityMutation['recordVolunteerActivity']['lookAlikes'][number];

export interface LookAlikeLink {
  readonly path: string;
  readonly year: number;
}

/** The record pages of this app, by kind; the others (a 帮困 grant, a booth's session, …) are seen on their lists. */
const PAGES: Partial<Readonly<Record<LookAlikeKind, string>>> = {
  VOLUNTEER_ACTIVITY: '/records/activities',
  EXAM_SENTINEL_SHIFT: '/records/exam-shifts',
  BOOTH: '/records/booths',
  CO_BUILDING_AGREEMENT: '/records/agreements',
};

/** Where the record a look-alike names can be opened: its page, in the year of its date. */
export function lookAlikeLink(lookAlike: ShownLookAlike): LookAlikeLink | undefined {
  const page = PAGES[lookAlike.kind];
  return page ? { path: `${page}/${lookAlike.recordId}`, year: Number(lookAlike.date.slice(0, 4)) } : undefined;
}

const isShown = (value: unknown): value is ShownLookAlike =>
  typeof value === 'object' && value !== null && ['kind', 'recordId', 'date', 'warning'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The look-alikes a save handed over in the router's state (gone on a reload: they were said once). */
export function savedLookAlikes(state: unknown): readonly ShownLookAlike[] {
  const lookAlikes = (state as { lookAlikes?: unknown } | null)?.lookAlikes;
  return Array.isArray(lookAlikes) ? lookAlikes.filter(isShown) : [];
}
