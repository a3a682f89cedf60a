// The fixed GraphQL enums of DESIGN §6, built from the domain's own lists so they cannot drift.
import { registerEnumType } from '@nestjs/graphql';
import { ORG_UNIT_KINDS, TIME_BASES, VOLUNTEER_PROGRAMS, type OrgUnitKind, type TimeBasis, type VolunteerProgram } from '@tracker/domain';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const OrgUnitKindEnum = enumOf<OrgUnitKind>(ORG_UNIT_KINDS);
export const VolunteerProgramEnum = enumOf<VolunteerProgram>(VOLUNTEER_PROGRAMS);
export const TimeBasisEnum = enumOf<TimeBasis>(TIME_BASES);

registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind', description: '组织 kinds: 区局 bureau, 部门, 党支部, 团支部, 工会, 支局, 营业厅, 工作室' });
registerEnumType(VolunteerProgramEnum, { name: 'VolunteerProgram', description: 'Volunteer programs; LEI_FENG is 学雷锋' });
registerEnumType(TimeBasisEnum, { name: 'TimeBasis', description: 'B4SI split: volunteering in paid working hours or in own time' });
