// Chinese names of the api's enums, as people read them on screen.
import type { OrgUnitKind, Role, VolunteerProgram } from '../gql/graphql';

export function volunteerProgramLabel(program: VolunteerProgram): string {
  switch (program) {
    case 'LEI_FENG':
      return '学雷锋';
    case 'COMMUNITY_SERVICE':
      return '社区服务';
    case 'ELDERLY_CARE':
      return '为老服务';
    case 'DIGITAL_INCLUSION':
      return '数字助老';
    case 'ANTI_FRAUD':
      return '反诈宣传';
    case 'PUBLIC_WELFARE':
      return '公益服务';
    case 'OTHER':
      return '其他';
    default: {
      const unknownProgram: never = program;
      return unknownProgram;
    }
  }
}

/** What each role is called on screen. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'RECORDER':
      return '记录员';
    case 'TREASURER':
      return '工会财务';
    case 'COMPILER':
      return '报告汇编';
    case 'ADMIN':
      return '管理员';
    default: {
      const unknownRole: never = role;
      return unknownRole;
    }
  }
}

/** Every role, in the order forms offer them. */
export const ROLES: readonly Role[] = ['RECORDER', 'TREASURER', 'COMPILER', 'ADMIN'];

export function orgUnitKindLabel(kind: OrgUnitKind): string {
  switch (kind) {
    case 'BUREAU':
      return '区局';
    case 'DEPARTMENT':
      return '部门';
    case 'PARTY_BRANCH':
      return '党支部';
    case 'LEAGUE_BRANCH':
      return '团支部';
    case 'UNION':
      return '工会';
    case 'SUB_BUREAU':
      return '支局';
    case 'SERVICE_HALL':
      return '营业厅';
    case 'STUDIO':
      return '工作室';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

/** Every kind of org unit, in the order forms offer them. */
export const ORG_UNIT_KINDS: readonly OrgUnitKind[] = ['BUREAU', 'DEPARTMENT', 'PARTY_BRANCH', 'LEAGUE_BRANCH', 'UNION', 'SUB_BUREAU', 'SERVICE_HALL', 'STUDIO'];
