// Every record-creating payload's `warnings` and `lookAlikes` (docs/design.md §14): the record IS
// saved; each names a record already kept that it looks like, so that a person can void one of the
// two. `warnings` says it in Chinese; `lookAlikes` says it too, with what a client needs to link to
// that record (its kind, id, date and the year its ledger lists it in) instead of reading them out
// of the sentence.
import { Field, type FieldMiddleware, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LookAlike, LookAlikeKind } from '@tracker/projections';

/**
 * A payload's look-alikes as a function, called by the fields' middleware below when a request
 * selects `warnings` or `lookAlikes`: the look-alike query runs only then (a script recording
 * thousands asks for the id alone, and paid a ledger query per record for nothing), and once for
 * both (Ledgers.lookAlikesOf).
 */
export type LazyLookAlikes = () => Promise<readonly LookAlike[]>;

export const NO_LOOK_ALIKES: LazyLookAlikes = () => Promise.resolve([]);

/** The record kinds a look-alike may be, by the GraphQL name of each kind's type. */
const KIND_NAMES = {
  activities: 'VOLUNTEER_ACTIVITY',
  examShifts: 'EXAM_SENTINEL_SHIFT',
  reliefGrants: 'RELIEF_GRANT',
  donations: 'UNION_DONATION',
  boothSessions: 'BOOTH_SESSION',
  booths: 'BOOTH',
  agreements: 'CO_BUILDING_AGREEMENT',
  campaigns: 'DONATION_CAMPAIGN',
} as const satisfies Record<LookAlikeKind, string>;

type LookAlikeKindName = (typeof KIND_NAMES)[LookAlikeKind];
const LookAlikeKindEnum = Object.fromEntries(Object.values(KIND_NAMES).map((name) => [name, name])) as Record<LookAlikeKindName, LookAlikeKindName>;
registerEnumType(LookAlikeKindEnum, { name: 'LookAlikeKind', description: 'What kind of record a look-alike is' });

@ObjectType('LookAlike', { description: 'A record already kept that this one looks like (same kind, unit, date and identifying facts)' })
export class LookAlikeModel {
  @Field(() => LookAlikeKindEnum) kind!: LookAlikeKindName;
  @Field(() => ID, { description: 'Its id; a booth session’s is the session’s, within its booth' }) recordId!: string;
  @Field({ description: 'Its date (YYYY-MM-DD), the one the two share' }) date!: string;
  @Field(() => Int, { description: "The year whose ledger lists it, to open it in: a campaign's own year and its donations'; otherwise its date's year" }) year!: number;
  @Field({ description: 'In Chinese, as in `warnings`' }) warning!: string;

  static from(lookAlike: LookAlike): LookAlikeModel {
    return Object.assign(new LookAlikeModel(), { kind: KIND_NAMES[lookAlike.kind], recordId: lookAlike.id, date: lookAlike.date, year: lookAlike.year, warning: lookAlike.warning });
  }
}

// GraphQL's default resolver calls a function-valued field itself; the middleware takes either the
// function or what it answered.
const lookAlikesIn = async (value: unknown): Promise<readonly LookAlike[]> => (typeof value === 'function' ? (value as LazyLookAlikes)() : (value as readonly LookAlike[]));

export const askedWarnings: FieldMiddleware = async (_context, next) => (await lookAlikesIn(await next())).map((lookAlike) => lookAlike.warning);

export const askedLookAlikes: FieldMiddleware = async (_context, next) => (await lookAlikesIn(await next())).map((lookAlike) => LookAlikeModel.from(lookAlike));

export const WARNINGS_FIELD = {
  description: 'In Chinese: why this record may repeat one already kept (naming it). The record is saved either way; empty when nothing looks alike',
  middleware: [askedWarnings],
};

export const LOOK_ALIKES_FIELD = {
  description: 'The records `warnings` names, one each, with the kind, id and date to link to them',
  middleware: [askedLookAlikes],
};
