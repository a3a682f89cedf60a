// 志愿活动 volunteer activity forms: what a person fills in, as the api's inputs, and back. The limits
// and rules are the server's (libs/domain volunteer-activity.decider.ts), said before sending.
import dayjs, { type Dayjs } from 'dayjs';
import { normalizeAmount } from '../../lib/money';
import type { ActivityFieldsFragment, CharitySalesInput, CorrectVolunteerActivityInput, RecordVolunteerActivityInput, TimeBasis, VolunteerProgram } from '../../gql/graphql';

export const ACTIVITY_LIMITS = { titleMax: 200, siteMax: 200, serviceItemMax: 100, serviceItemsMax: 50, spanDaysMax: 366, subdistrictMax: 50, recipientMax: 100 } as const;

export interface ActivityFormValues {
  readonly organizerId: string;
  readonly program: VolunteerProgram;
  readonly title: string;
  readonly startDate: Dayjs;
  readonly endDate?: Dayjs | null;
  readonly subdistrict?: string | null;
  readonly site: string;
  readonly serviceItems?: string[];
  readonly personTimes: number;
  /** Text from a string-mode number box, so that 1.5 hours stays exactly "1.5". */
  readonly volunteerHours?: string | null;
  readonly timeBasis: TimeBasis;
  readonly beneficiaries?: number | null;
  /** 爱心义卖 held during the activity: all three or none (the report's 义卖 figures). */
  readonly charitySales?: CharitySalesFormValues | null;
}

export interface CharitySalesFormValues {
  readonly transactions?: number | null;
  /** Text from a string-mode number box, so that 1280.50 stays exactly "1280.50". */
  readonly amount?: string | null;
  readonly recipient?: string | null;
}

/** The form's top-level fields: a server refusal naming one lands on it. */
export const ACTIVITY_FIELDS = ['organizerId', 'program', 'title', 'startDate', 'endDate', 'subdistrict', 'site', 'serviceItems', 'personTimes', 'volunteerHours', 'timeBasis', 'beneficiaries', 'charitySales'] as const;

const DATE = 'YYYY-MM-DD';
const blankToNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** What the api records: trimmed texts, calendar dates, empty optionals left out (null). */
export function activityInputOf(values: ActivityFormValues): Omit<RecordVolunteerActivityInput, 'idempotencyKey'> {
  return {
    organizerId: values.organizerId,
    program: values.program,
    title: values.title.trim(),
    startDate: values.startDate.format(DATE),
    endDate: values.endDate ? values.endDate.format(DATE) : null,
    subdistrict: blankToNull(values.subdistrict),
    site: values.site.trim(),
    serviceItems: (values.serviceItems ?? []).map((item) => item.trim()).filter((item) => item !== ''),
    personTimes: values.personTimes,
    volunteerHours: blankToNull(values.volunteerHours),
    timeBasis: values.timeBasis,
    beneficiaries: values.beneficiaries ?? null,
    charitySales: charitySalesInputOf(values.charitySales),
  };
}

/** The 义卖 as the api takes it: null when none of its fields is filled in. */
export function charitySalesInputOf(sales: CharitySalesFormValues | null | undefined): CharitySalesInput | null {
  const amount = blankToNull(normalizeAmount(sales?.amount ?? ''));
  const recipient = blankToNull(sales?.recipient);
  const transactions = sales?.transactions ?? null;
  if (amount === null && recipient === null && transactions === null) return null;
  return { transactions: transactions ?? 0, amount: amount ?? '', recipient: recipient ?? '' };
}

/** Whether any 义卖 field is filled in: then all three are required, as the server requires them. */
export const hasCharitySales = (sales: CharitySalesFormValues | null | undefined): boolean => charitySalesInputOf(sales) !== null;


/** A form prefilled with an activity as it stands (to correct it). */
export function formValuesOf(activity: ActivityFieldsFragment): ActivityFormValues {
  return {
    organizerId: activity.organizerId,
    program: activity.program,
    title: activity.title,
    startDate: dayjs(activity.startDate),
    endDate: dayjs(activity.endDate),
    subdistrict: activity.subdistrict,
    site: activity.site,
    serviceItems: [...activity.serviceItems],
    personTimes: activity.personTimes,
    volunteerHours: activity.volunteerHours,
    timeBasis: activity.timeBasis,
    beneficiaries: activity.beneficiaries,
    charitySales: activity.charitySales ? { ...activity.charitySales } : null,
  };
}

const sameSales = (a: CharitySalesInput | null | undefined, b: CharitySalesInput | null | undefined) =>
  a == null || b == null ? a == b : a.transactions === b.transactions && Number(a.amount) === Number(b.amount) && a.recipient === b.recipient;

const sameHours = (a: string | null | undefined, b: string | null | undefined) => (a == null || b == null ? a == b : Number(a) === Number(b));

/**
 * A correction sends only what changed (the api's rule: "send only the fields that change"), so the
 * history says exactly what was corrected. Undefined when nothing changed.
 */
export function correctionOf(current: ActivityFieldsFragment, values: ActivityFormValues): Omit<CorrectVolunteerActivityInput, 'id' | 'reason'> | undefined {
  const next = activityInputOf(values);
  const changes: { -readonly [K in keyof typeof next]?: (typeof next)[K] } = {};
  if (next.organizerId !== current.organizerId) changes.organizerId = next.organizerId;
  if (next.program !== current.program) changes.program = next.program;
  if (next.title !== current.title) changes.title = next.title;
  if (next.startDate !== current.startDate) changes.startDate = next.startDate;
  const endDate = next.endDate ?? next.startDate;
  if (endDate !== current.endDate) changes.endDate = endDate;
  if (next.subdistrict !== current.subdistrict) changes.subdistrict = next.subdistrict;
  if (next.site !== current.site) changes.site = next.site;
  if (next.serviceItems.join('\n') !== current.serviceItems.join('\n')) changes.serviceItems = next.serviceItems;
  if (next.personTimes !== current.personTimes) changes.personTimes = next.personTimes;
  if (!sameHours(next.volunteerHours, current.volunteerHours)) changes.volunteerHours = next.volunteerHours;
  if (next.timeBasis !== current.timeBasis) changes.timeBasis = next.timeBasis;
  if ((next.beneficiaries ?? null) !== current.beneficiaries) changes.beneficiaries = next.beneficiaries;
  if (!sameSales(next.charitySales, current.charitySales)) changes.charitySales = next.charitySales;
  return Object.keys(changes).length === 0 ? undefined : changes;
}

/** The server's date rules: the end not before the start, at most 366 days in all. */
export function endDateProblem(start: Dayjs | null | undefined, end: Dayjs | null | undefined): string | undefined {
  if (!start || !end) return undefined;
  const days = end.startOf('day').diff(start.startOf('day'), 'day') + 1;
  if (days < 1) return '结束日期不能早于开始日期';
  if (days > ACTIVITY_LIMITS.spanDaysMax) return `一次活动最长 ${ACTIVITY_LIMITS.spanDaysMax} 天，更长的请分几次登记`;
  return undefined;
}

/** Hours as the server takes them: a number above 0 with at most two decimals. */
export function hoursProblem(hours: string): string | undefined {
  if (!/^\d+(\.\d{1,2})?$/.test(hours.trim())) return '志愿时长须为数字，最多两位小数，例如 2.5';
  if (Number(hours) <= 0) return '志愿时长（小时）须大于 0';
  return undefined;
}
