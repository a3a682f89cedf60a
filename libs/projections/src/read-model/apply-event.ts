// The projection's handlers (STYLE §8): an explicit list of handled event types plus ONE function
// applying an event to rows. It works on an in-memory `ReadModelRows` set, so the Postgres
// projector (which loads the rows a batch touches, applies, and upserts them) and the `asOf`
// fold (which keeps every row in memory) share exactly the same row semantics.
import type { DomainEvent, DomainEventType } from '@tracker/domain';
import { yearOf } from '@tracker/domain';
import type { ReadModelRows, RowKey, RowTypes, TableName } from './rows';

export const HANDLED_EVENT_TYPES = [
  'OrgUnitRegistered',
  'OrgUnitRenamed',
  'OrgUnitRetired',
  'VolunteerActivityRecorded',
  'VolunteerActivityCorrected',
  'VolunteerActivityVoided',
  'CoBuildingAgreementSigned',
  'CoBuildingAgreementRenewed',
  'CoBuildingAgreementTerminated',
  'DonationCampaignLaunched',
  'UnionDonationRecorded',
  'UnionDonationCorrected',
  'DonationCampaignClosed',
  'ReliefGranted',
  'ReliefGrantCorrected',
  'ReliefGrantVoided',
  'ExamSentinelShiftRecorded',
  'ExamSentinelShiftCorrected',
  'ExamSentinelShiftVoided',
  'BoothOpened',
  'BoothSessionRecorded',
  'BoothSessionVoided',
  'BoothClosed',
] as const satisfies readonly DomainEventType[];

const HANDLED = new Set<string>(HANDLED_EVENT_TYPES);
export const isHandledEventType = (type: string): type is (typeof HANDLED_EVENT_TYPES)[number] => HANDLED.has(type);

/** The log contradicts itself (e.g. a correction of a record that was never recorded): a poison event. */
export class ReadModelIntegrityError extends Error {
  override readonly name = 'ReadModelIntegrityError';
}

// Distinct counts compare trimmed strings (DESIGN §6); trimming once here keeps SQL and memory equal.
const t = (s: string): string => s.trim();

function existing<T extends TableName>(rows: ReadModelRows, table: T, id: string, what: string): RowTypes[T] {
  const row = rows[table].get(id) as RowTypes[T] | undefined;
  if (row === undefined) throw new ReadModelIntegrityError(`${what} ${id} is not in the read model`);
  return row;
}

/** A creation event: the record must not exist yet (the projector relies on that to skip looking it up). */
function create<T extends TableName>(rows: ReadModelRows, table: T, row: RowTypes[T]): RowKey {
  if (rows[table].has(row.id)) throw new ReadModelIntegrityError(`the log creates a ${table} record that already exists (it records the same record twice): ${row.id}`);
  return put(rows, table, row);
}

function put<T extends TableName>(rows: ReadModelRows, table: T, row: RowTypes[T]): RowKey {
  (rows[table] as Map<string, RowTypes[T]>).set(row.id, row);
  return { table, id: row.id };
}

/**
 * The rows an event reads or writes: the Postgres projector loads these before applying a batch,
 * except a row the event `creates`. The row the event WRITES is always the last one listed.
 */
export function rowKeysFor(event: DomainEvent): RowKey[] {
  switch (event.type) {
    case 'OrgUnitRegistered':
      return [{ table: 'orgUnits', id: event.data.orgUnitId, creates: true }];
    case 'OrgUnitRenamed':
    case 'OrgUnitRetired':
      return [{ table: 'orgUnits', id: event.data.orgUnitId }];
    case 'VolunteerActivityRecorded':
      return [{ table: 'activities', id: event.data.activityId, creates: true }];
    case 'VolunteerActivityCorrected':
    case 'VolunteerActivityVoided':
      return [{ table: 'activities', id: event.data.activityId }];
    case 'CoBuildingAgreementSigned':
      return [{ table: 'agreements', id: event.data.agreementId, creates: true }];
    case 'CoBuildingAgreementRenewed':
    case 'CoBuildingAgreementTerminated':
      return [{ table: 'agreements', id: event.data.agreementId }];
    case 'DonationCampaignLaunched':
      return [{ table: 'campaigns', id: event.data.campaignId, creates: true }];
    case 'DonationCampaignClosed':
      return [{ table: 'campaigns', id: event.data.campaignId }];
    case 'UnionDonationRecorded':
      return [
        { table: 'campaigns', id: event.data.campaignId },
        { table: 'donations', id: event.data.donationId, creates: true },
      ];
    case 'UnionDonationCorrected':
      return [
        { table: 'campaigns', id: event.data.campaignId },
        { table: 'donations', id: event.data.donationId },
      ];
    case 'ReliefGranted':
      return [{ table: 'reliefGrants', id: event.data.grantId, creates: true }];
    case 'ReliefGrantCorrected':
    case 'ReliefGrantVoided':
      return [{ table: 'reliefGrants', id: event.data.grantId }];
    case 'ExamSentinelShiftRecorded':
      return [{ table: 'examShifts', id: event.data.shiftId, creates: true }];
    case 'ExamSentinelShiftCorrected':
    case 'ExamSentinelShiftVoided':
      return [{ table: 'examShifts', id: event.data.shiftId }];
    case 'BoothOpened':
      return [{ table: 'booths', id: event.data.boothId, creates: true }];
    case 'BoothClosed':
      return [{ table: 'booths', id: event.data.boothId }];
    case 'BoothSessionRecorded':
      return [
        { table: 'booths', id: event.data.boothId },
        { table: 'boothSessions', id: event.data.sessionId, creates: true },
      ];
    case 'BoothSessionVoided':
      return [
        { table: 'booths', id: event.data.boothId },
        { table: 'boothSessions', id: event.data.sessionId },
      ];
    default:
      return assertNever(event);
  }
}

/**
 * Applies one event to `rows` (replacing the affected row objects) and returns the key of the row
 * it wrote. Throws ReadModelIntegrityError when the event refers to a record the rows lack.
 */
export function applyEvent(rows: ReadModelRows, event: DomainEvent): RowKey {
  switch (event.type) {
    case 'OrgUnitRegistered': {
      const d = event.data;
      return create(rows, 'orgUnits', { id: d.orgUnitId, parentId: d.parentId ?? null, name: d.name, kind: d.kind, retired: false });
    }
    case 'OrgUnitRenamed':
      return put(rows, 'orgUnits', { ...existing(rows, 'orgUnits', event.data.orgUnitId, 'org unit'), name: event.data.name });
    case 'OrgUnitRetired':
      return put(rows, 'orgUnits', { ...existing(rows, 'orgUnits', event.data.orgUnitId, 'org unit'), retired: true });

    case 'VolunteerActivityRecorded': {
      const d = event.data;
      return create(rows, 'activities', {
        id: d.activityId,
        organizerId: d.organizerId,
        program: d.program,
        title: d.title,
        startDate: d.startDate,
        year: yearOf(d.startDate),
        site: t(d.site),
        subdistrict: d.subdistrict === undefined ? null : t(d.subdistrict),
        serviceItems: d.serviceItems.map(t),
        personTimes: d.personTimes,
        volunteerHoursHundredths: d.volunteerHoursHundredths ?? null,
        beneficiaries: d.beneficiaries ?? null,
        charitySalesTransactions: d.charitySales?.transactions ?? null,
        charitySalesAmountFen: d.charitySales?.amountFen ?? null,
        voided: false,
      });
    }
    case 'VolunteerActivityCorrected': {
      const row = { ...existing(rows, 'activities', event.data.activityId, 'volunteer activity') };
      const c = event.data.changes;
      if (c.organizerId !== undefined) row.organizerId = c.organizerId;
      if (c.program !== undefined) row.program = c.program;
      if (c.title !== undefined) row.title = c.title;
      if (c.startDate !== undefined) {
        row.startDate = c.startDate;
        row.year = yearOf(c.startDate);
      }
      if (c.site !== undefined) row.site = t(c.site);
      if (c.subdistrict !== undefined) row.subdistrict = c.subdistrict === null ? null : t(c.subdistrict);
      if (c.serviceItems !== undefined) row.serviceItems = c.serviceItems.map(t);
      if (c.personTimes !== undefined) row.personTimes = c.personTimes;
      if (c.volunteerHoursHundredths !== undefined) row.volunteerHoursHundredths = c.volunteerHoursHundredths;
      if (c.beneficiaries !== undefined) row.beneficiaries = c.beneficiaries;
      if (c.charitySales !== undefined) {
        row.charitySalesTransactions = c.charitySales?.transactions ?? null;
        row.charitySalesAmountFen = c.charitySales?.amountFen ?? null;
      }
      return put(rows, 'activities', row);
    }
    case 'VolunteerActivityVoided':
      return put(rows, 'activities', { ...existing(rows, 'activities', event.data.activityId, 'volunteer activity'), voided: true });

    case 'CoBuildingAgreementSigned': {
      const d = event.data;
      return create(rows, 'agreements', {
        id: d.agreementId,
        branchId: d.branchId,
        signedOn: d.signedOn,
        validUntil: d.validUntil ?? null,
        terminatedOn: null,
        partnerNames: d.partners.map((p) => t(p.name)),
      });
    }
    case 'CoBuildingAgreementRenewed':
      return put(rows, 'agreements', { ...existing(rows, 'agreements', event.data.agreementId, 'agreement'), validUntil: event.data.validUntil });
    case 'CoBuildingAgreementTerminated':
      return put(rows, 'agreements', { ...existing(rows, 'agreements', event.data.agreementId, 'agreement'), terminatedOn: event.data.terminatedOn });

    case 'DonationCampaignLaunched': {
      const d = event.data;
      return create(rows, 'campaigns', { id: d.campaignId, name: d.name, organizerId: d.organizerId, year: d.year, launchedOn: d.launchedOn, closed: false });
    }
    case 'UnionDonationRecorded': {
      const d = event.data;
      existing(rows, 'campaigns', d.campaignId, 'donation campaign');
      return create(rows, 'donations', {
        id: d.donationId,
        campaignId: d.campaignId,
        unionId: d.unionId,
        amountFen: d.amountFen,
        donorCount: d.donorCount,
        receivedOn: d.receivedOn,
      });
    }
    case 'UnionDonationCorrected': {
      const d = event.data;
      const row = { ...existing(rows, 'donations', d.donationId, 'union donation') };
      if (d.amountFen !== undefined) row.amountFen = d.amountFen;
      if (d.donorCount !== undefined) row.donorCount = d.donorCount;
      return put(rows, 'donations', row);
    }
    case 'DonationCampaignClosed':
      return put(rows, 'campaigns', { ...existing(rows, 'campaigns', event.data.campaignId, 'donation campaign'), closed: true });

    case 'ReliefGranted': {
      const d = event.data;
      return create(rows, 'reliefGrants', {
        id: d.grantId,
        unionId: d.unionId,
        grantedOn: d.grantedOn,
        year: yearOf(d.grantedOn),
        amountFen: d.amountFen,
        personTimes: d.personTimes,
        category: d.category,
        voided: false,
      });
    }
    case 'ReliefGrantCorrected': {
      const row = { ...existing(rows, 'reliefGrants', event.data.grantId, 'relief grant') };
      const c = event.data.changes;
      if (c.grantedOn !== undefined) {
        row.grantedOn = c.grantedOn;
        row.year = yearOf(c.grantedOn);
      }
      if (c.amountFen !== undefined) row.amountFen = c.amountFen;
      if (c.personTimes !== undefined) row.personTimes = c.personTimes;
      if (c.category !== undefined) row.category = c.category;
      return put(rows, 'reliefGrants', row);
    }
    case 'ReliefGrantVoided':
      return put(rows, 'reliefGrants', { ...existing(rows, 'reliefGrants', event.data.grantId, 'relief grant'), voided: true });

    case 'ExamSentinelShiftRecorded': {
      const d = event.data;
      return create(rows, 'examShifts', {
        id: d.shiftId,
        organizerId: d.organizerId,
        examName: t(d.examName),
        examDate: d.examDate,
        year: yearOf(d.examDate),
        site: t(d.site),
        supporters: d.supporters,
        voided: false,
      });
    }
    case 'ExamSentinelShiftCorrected': {
      const row = { ...existing(rows, 'examShifts', event.data.shiftId, 'exam sentinel shift') };
      const c = event.data.changes;
      if (c.examName !== undefined) row.examName = t(c.examName);
      if (c.examDate !== undefined) {
        row.examDate = c.examDate;
        row.year = yearOf(c.examDate);
      }
      if (c.site !== undefined) row.site = t(c.site);
      if (c.supporters !== undefined) row.supporters = c.supporters;
      return put(rows, 'examShifts', row);
    }
    case 'ExamSentinelShiftVoided':
      return put(rows, 'examShifts', { ...existing(rows, 'examShifts', event.data.shiftId, 'exam sentinel shift'), voided: true });

    case 'BoothOpened': {
      const d = event.data;
      return create(rows, 'booths', {
        id: d.boothId,
        name: d.name,
        kind: d.kind,
        hostId: d.hostId,
        subdistrict: t(d.subdistrict),
        openedOn: d.openedOn,
        closedOn: null,
      });
    }
    case 'BoothSessionRecorded': {
      const d = event.data;
      existing(rows, 'booths', d.boothId, 'booth');
      return create(rows, 'boothSessions', {
        id: d.sessionId,
        boothId: d.boothId,
        date: d.date,
        year: yearOf(d.date),
        volunteers: d.volunteers,
        peopleServed: d.peopleServed,
        voided: false,
      });
    }
    case 'BoothSessionVoided':
      return put(rows, 'boothSessions', { ...existing(rows, 'boothSessions', event.data.sessionId, 'booth session'), voided: true });
    case 'BoothClosed':
      return put(rows, 'booths', { ...existing(rows, 'booths', event.data.boothId, 'booth'), closedOn: event.data.closedOn });
    default:
      return assertNever(event);
  }
}

function assertNever(event: never): never {
  throw new ReadModelIntegrityError(`unhandled event ${JSON.stringify(event)}`);
}
