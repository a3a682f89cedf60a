// Chinese names of the api's enums, as people read them on screen.
import type { VolunteerProgram } from '../gql/graphql';

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
