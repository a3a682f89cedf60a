// The 街道 and 镇 the bureau serves, as an ADMIN keeps them (issue 12). ONE aggregate for the
// company (stream `subdistrictlist-<uuid>`), so that who changed the list, and when, is in the
// history, and a backup that copies the log carries it.
import type { Event } from '../shared/message';

/** A 街道 or 镇 joined the list, under its one name (subdistrictName). */
export type SubdistrictAdded = Event<'SubdistrictAdded', { readonly name: string }>;

/** A 街道 or 镇 left the list: records naming it stay, and count; new ones may not name it. */
export type SubdistrictRemoved = Event<'SubdistrictRemoved', { readonly name: string }>;

export type SubdistrictListEvent = SubdistrictAdded | SubdistrictRemoved;

export const SUBDISTRICT_LIST_EVENT_TYPES = ['SubdistrictAdded', 'SubdistrictRemoved'] as const satisfies readonly SubdistrictListEvent['type'][];
