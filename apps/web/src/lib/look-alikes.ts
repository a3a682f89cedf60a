// A record-creating payload's `lookAlikes`: each record kept that the new one looks like, by its
// kind, id, date and the year whose ledger lists it (the API's LookAlike), with the Chinese warning
// naming it; a link takes the person to it when this app has a page for its kind.
import { type FragmentType, getFragmentData } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { LookAlikeFieldsFragment, LookAlikeKind } from '../gql/graphql';
import { YEAR_PARAM } from './year';

/** What every record mutation selects of each look-alike (`lookAlikes { ...LookAlikeFields }`). */
export const LookAlikeFields = graphql(`
  fragment LookAlikeFields on LookAlike {
    kind
    recordId
    date
    year
    warning
  }
`);

export type ShownLookAlike = LookAlikeFieldsFragment;

/** A payload's look-alikes, read through their fragment (which masks them from the document that selects it). */
export const readLookAlikes = (selected: readonly FragmentType<typeof LookAlikeFields>[]): readonly ShownLookAlike[] => getFragmentData(LookAlikeFields, selected);

/** The relief list's parameter that shows one grant only (a 帮困 grant has no page of its own). */
export const GRANT_PARAM = 'id';

/**
 * Where this app shows a record of each kind: its page, or for a 帮困 grant the relief list showing
 * it alone. The others are seen where the person already is: a booth's session on its booth's
 * page, a donation on its campaign's page (a look-alike donation is always of the same campaign).
 */
const PLACES: Partial<Readonly<Record<LookAlikeKind, (id: string) => { readonly path: string; readonly params?: Record<string, string> }>>> = {
  VOLUNTEER_ACTIVITY: (id) => ({ path: `/records/activities/${id}` }),
  EXAM_SENTINEL_SHIFT: (id) => ({ path: `/records/exam-shifts/${id}` }),
  BOOTH: (id) => ({ path: `/records/booths/${id}` }),
  CO_BUILDING_AGREEMENT: (id) => ({ path: `/records/agreements/${id}` }),
  DONATION_CAMPAIGN: (id) => ({ path: `/union/campaigns/${id}` }),
  RELIEF_GRANT: (id) => ({ path: '/union/relief', params: { [GRANT_PARAM]: id } }),
};

/** Where the record a look-alike names is opened, in the year whose ledger lists it. */
export function lookAlikeHref(lookAlike: ShownLookAlike): string | undefined {
  const place = PLACES[lookAlike.kind]?.(lookAlike.recordId);
  return place ? `${place.path}?${new URLSearchParams({ [YEAR_PARAM]: String(lookAlike.year), ...place.params }).toString()}` : undefined;
}

const isShown = (value: unknown): value is ShownLookAlike =>
  typeof value === 'object' &&
  value !== null &&
  ['kind', 'recordId', 'date', 'warning'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string') &&
  Number.isInteger((value as Record<string, unknown>)['year']);

/** The look-alikes a save handed over in the router's state (gone on a reload: they were said once). */
export function savedLookAlikes(state: unknown): readonly ShownLookAlike[] {
  const lookAlikes = (state as { lookAlikes?: unknown } | null)?.lookAlikes;
  return Array.isArray(lookAlikes) ? lookAlikes.filter(isShown) : [];
}
