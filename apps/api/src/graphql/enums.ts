// The fixed GraphQL enums of docs/design.md §6, built from the domain's own lists so they cannot drift.
import { registerEnumType } from '@nestjs/graphql';
import { ORG_UNIT_KINDS, TIME_BASES, VOLUNTEER_PROGRAMS, type OrgUnitKind, type TimeBasis, type VolunteerProgram } from '@tracker/domain';
import { BOOTH_KINDS, type BoothKind } from '@tracker/domain';
import { PARTNER_KINDS, RELIEF_CATEGORIES, type PartnerKind, type ReliefCategory } from '@tracker/domain';
import { ROLE_NAMES, ROLES, type Role } from '@tracker/domain';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const OrgUnitKindEnum = enumOf<OrgUnitKind>(ORG_UNIT_KINDS);
export const VolunteerProgramEnum = enumOf<VolunteerProgram>(VOLUNTEER_PROGRAMS);
export const TimeBasisEnum = enumOf<TimeBasis>(TIME_BASES);

registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind', description: '组织 kinds: 区局 bureau, 部门, 党支部, 团支部, 工会, 支局, 营业厅, 工作室' });
registerEnumType(VolunteerProgramEnum, { name: 'VolunteerProgram', description: 'Volunteer programs; LEI_FENG is 学雷锋' });
registerEnumType(TimeBasisEnum, { name: 'TimeBasis', description: 'B4SI split: volunteering in paid working hours or in own time' });

export const PartnerKindEnum = enumOf<PartnerKind>(PARTNER_KINDS);
export const ReliefCategoryEnum = enumOf<ReliefCategory>(RELIEF_CATEGORIES);
registerEnumType(PartnerKindEnum, { name: 'PartnerKind', description: '党建翼联 partners: 居委 residents committee, 街道 subdistrict, a party branch of another organisation, school, hospital' });
registerEnumType(ReliefCategoryEnum, { name: 'ReliefCategory', description: '帮困 relief categories: 大病 serious illness, 生活困难 living hardship, 灾害 disaster, other' });

export const BoothKindEnum = enumOf<BoothKind>(BOOTH_KINDS);
registerEnumType(BoothKindEnum, { name: 'BoothKind', description: 'Hello老友亭 help points for the elderly, 雷锋亭 Lei Feng kiosks, 志愿服务亭 volunteer kiosks' });

export const RoleEnum = enumOf<Role>(ROLES);
// Each value's description is its Chinese name, so the web app's labels can be checked against the schema.
registerEnumType(RoleEnum, {
  name: 'Role',
  description: `What an account or token may do: ${ROLES.map((role) => `${ROLE_NAMES[role]} ${role}`).join(', ')}`,
  valuesMap: Object.fromEntries(ROLES.map((role) => [role, { description: ROLE_NAMES[role] }])),
});

/** Every enum's accepted values by its GraphQL name, so a refusal of an unknown value can list them. */
export const GRAPHQL_ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  OrgUnitKind: ORG_UNIT_KINDS,
  VolunteerProgram: VOLUNTEER_PROGRAMS,
  TimeBasis: TIME_BASES,
  PartnerKind: PARTNER_KINDS,
  ReliefCategory: RELIEF_CATEGORIES,
  BoothKind: BOOTH_KINDS,
  Role: ROLES,
};
