// TypeORM mappings of the read-model rows, kept outside the domain (STYLE: persistence mapped
// outside the domain). No schema is named: each generation lives in its own Postgres schema and
// the projector and the queries select it with `SET LOCAL search_path` (blue/green rebuilds).
import { EntitySchema } from 'typeorm';
import type { ValueTransformer } from 'typeorm';
import type {
  ActivityRow,
  AgreementRow,
  BoothRow,
  BoothSessionRow,
  CampaignRow,
  DonationRow,
  ExamShiftRow,
  OrgUnitRow,
  ReliefGrantRow,
  RowTypes,
  TableName,
} from '../read-model/rows';

/** int8 arrives from pg as a string; fen amounts stay far below 2^53, so a number is exact. */
const int8: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

const id = { type: 'text', primary: true } as const;
const text = (name: string, nullable = false) => ({ type: 'text', name, nullable }) as const;
const int = (name: string, nullable = false) => ({ type: 'integer', name, nullable }) as const;
const money = (name: string, nullable = false) => ({ type: 'bigint', name, nullable, transformer: int8 }) as const;
const flag = (name: string) => ({ type: 'boolean', name }) as const;
const textArray = (name: string) => ({ type: 'text', name, array: true }) as const;

// What every record row keeps for the ledgers (read-model/rows.ts): who recorded it and when, its last correction.
const stamp = {
  recordedPosition: money('recorded_position'),
  recordedAt: text('recorded_at'),
  recordedBy: text('recorded_by'),
  correctedAt: text('corrected_at', true),
} as const;
const voidFacts = { voided: flag('voided'), voidReason: text('void_reason', true), voidedAt: text('voided_at', true) } as const;
const searchText = text('search_text');

export const OrgUnitEntity = new EntitySchema<OrgUnitRow>({
  name: 'OrgUnit',
  tableName: 'org_units',
  columns: { id, parentId: text('parent_id', true), name: text('name'), kind: text('kind'), retired: flag('retired') },
});

export const ActivityEntity = new EntitySchema<ActivityRow>({
  name: 'VolunteerActivity',
  tableName: 'volunteer_activities',
  columns: {
    id,
    organizerId: text('organizer_id'),
    organizerPath: textArray('organizer_path'),
    program: text('program'),
    title: text('title'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    year: int('year'),
    site: text('site'),
    subdistrict: text('subdistrict', true),
    serviceItems: textArray('service_items'),
    personTimes: int('person_times'),
    volunteerHoursHundredths: money('volunteer_hours_hundredths', true),
    timeBasis: text('time_basis'),
    beneficiaries: int('beneficiaries', true),
    agreementId: text('agreement_id', true),
    charitySalesTransactions: int('charity_sales_transactions', true),
    charitySalesAmountFen: money('charity_sales_amount_fen', true),
    charitySalesRecipient: text('charity_sales_recipient', true),
    ...voidFacts,
    ...stamp,
    searchText,
  },
});

export const AgreementEntity = new EntitySchema<AgreementRow>({
  name: 'CoBuildingAgreement',
  tableName: 'co_building_agreements',
  columns: {
    id,
    branchId: text('branch_id'),
    branchPath: textArray('branch_path'),
    signedOn: text('signed_on'),
    validUntil: text('valid_until', true),
    terminatedOn: text('terminated_on', true),
    terminationReason: text('termination_reason', true),
    partnerNames: textArray('partner_names'),
    partnerKinds: textArray('partner_kinds'),
    commitments: textArray('commitments'),
    ...stamp,
    searchText,
  },
});

export const CampaignEntity = new EntitySchema<CampaignRow>({
  name: 'DonationCampaign',
  tableName: 'donation_campaigns',
  columns: {
    id,
    name: text('name'),
    organizerId: text('organizer_id'),
    organizerPath: textArray('organizer_path'),
    year: int('year'),
    launchedOn: text('launched_on'),
    closed: flag('closed'),
    closedOn: text('closed_on', true),
    ...voidFacts,
    ...stamp,
    searchText,
  },
});

export const DonationEntity = new EntitySchema<DonationRow>({
  name: 'UnionDonation',
  tableName: 'union_donations',
  columns: {
    id,
    campaignId: text('campaign_id'),
    unionId: text('union_id'),
    unionPath: textArray('union_path'),
    amountFen: money('amount_fen'),
    donorCount: int('donor_count'),
    receivedOn: text('received_on'),
    ...voidFacts,
    ...stamp,
    searchText,
  },
});

export const ReliefGrantEntity = new EntitySchema<ReliefGrantRow>({
  name: 'ReliefGrant',
  tableName: 'relief_grants',
  columns: {
    id,
    unionId: text('union_id'),
    unionPath: textArray('union_path'),
    grantedOn: text('granted_on'),
    year: int('year'),
    amountFen: money('amount_fen'),
    personTimes: int('person_times'),
    category: text('category'),
    ...voidFacts,
    ...stamp,
    searchText,
  },
});

export const ExamShiftEntity = new EntitySchema<ExamShiftRow>({
  name: 'ExamSentinelShift',
  tableName: 'exam_sentinel_shifts',
  columns: {
    id,
    organizerId: text('organizer_id'),
    organizerPath: textArray('organizer_path'),
    examName: text('exam_name'),
    examDate: text('exam_date'),
    year: int('year'),
    site: text('site'),
    supporters: int('supporters'),
    ...voidFacts,
    ...stamp,
    searchText,
  },
});

export const BoothEntity = new EntitySchema<BoothRow>({
  name: 'Booth',
  tableName: 'booths',
  columns: {
    id,
    name: text('name'),
    kind: text('kind'),
    hostId: text('host_id'),
    hostPath: textArray('host_path'),
    subdistrict: text('subdistrict'),
    location: text('location'),
    openedOn: text('opened_on'),
    closedOn: text('closed_on', true),
    ...stamp,
    searchText,
  },
});

export const BoothSessionEntity = new EntitySchema<BoothSessionRow>({
  name: 'BoothSession',
  tableName: 'booth_sessions',
  columns: {
    id,
    boothId: text('booth_id'),
    date: text('date'),
    year: int('year'),
    volunteers: int('volunteers'),
    peopleServed: int('people_served'),
    services: textArray('services'),
    ...voidFacts,
    ...stamp,
  },
});

export const ENTITY_OF: { [T in TableName]: EntitySchema<RowTypes[T]> } = {
  orgUnits: OrgUnitEntity,
  activities: ActivityEntity,
  agreements: AgreementEntity,
  campaigns: CampaignEntity,
  donations: DonationEntity,
  reliefGrants: ReliefGrantEntity,
  examShifts: ExamShiftEntity,
  booths: BoothEntity,
  boothSessions: BoothSessionEntity,
};

export const READ_MODEL_ENTITIES = Object.values(ENTITY_OF);
