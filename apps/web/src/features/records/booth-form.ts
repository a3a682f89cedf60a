// Hello老友亭 booth forms: the api's inputs, with the server's limits (libs/domain booth.decider.ts), said before sending.
import type { Dayjs } from 'dayjs';
import type { BoothKind, OpenBoothInput, RecordBoothSessionInput } from '../../gql/graphql';

export const BOOTH_LIMITS = { nameMax: 100, locationMax: 200, serviceMax: 100, servicesMax: 50, volunteersMax: 1_000, peopleServedMax: 100_000, subdistrictMax: 50 } as const;

export interface OpenBoothValues {
  readonly hostId: string;
  readonly kind: BoothKind;
  readonly name: string;
  readonly subdistrict: string;
  readonly location: string;
  readonly openedOn: Dayjs;
}

export const OPEN_BOOTH_FIELDS = ['hostId', 'kind', 'name', 'subdistrict', 'location', 'openedOn'] as const;

export function openBoothInputOf(values: OpenBoothValues): Omit<OpenBoothInput, 'idempotencyKey'> {
  return { hostId: values.hostId, kind: values.kind, name: values.name.trim(), subdistrict: values.subdistrict.trim(), location: values.location.trim(), openedOn: values.openedOn.format('YYYY-MM-DD') };
}

export interface SessionValues {
  readonly date: Dayjs;
  readonly volunteers: number;
  readonly peopleServed: number;
  readonly services?: string[];
}

export const SESSION_FIELDS = ['date', 'volunteers', 'peopleServed', 'services'] as const;

export function sessionInputOf(boothId: string, values: SessionValues): Omit<RecordBoothSessionInput, 'idempotencyKey'> {
  return {
    boothId,
    date: values.date.format('YYYY-MM-DD'),
    volunteers: values.volunteers,
    peopleServed: values.peopleServed,
    services: (values.services ?? []).map((item) => item.trim()).filter((item) => item !== ''),
  };
}

/** A session is dated within the booth's open days (the server's rule). */
export function sessionDateProblem(date: Dayjs | null | undefined, openedOn: string, closedOn: string | null): string | undefined {
  if (!date) return undefined;
  const day = date.format('YYYY-MM-DD');
  if (day < openedOn) return `服务日期不能早于服务亭启用日期 ${openedOn}`;
  if (closedOn !== null && day > closedOn) return `服务日期不能晚于服务亭停用日期 ${closedOn}`;
  return undefined;
}
