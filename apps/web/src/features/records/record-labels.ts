// Chinese names of the enums only the recorder's pages show.
import type { BoothKind, PartnerKind } from '../../gql/graphql';

export function partnerKindLabel(kind: PartnerKind): string {
  switch (kind) {
    case 'RESIDENTS_COMMITTEE':
      return '居委会';
    case 'SUBDISTRICT':
      return '街道';
    case 'SCHOOL':
      return '学校';
    case 'HOSPITAL':
      return '医院';
    case 'ENTERPRISE_BRANCH':
      return '企业党组织';
    case 'OTHER':
      return '其他';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

export const PARTNER_KINDS: readonly PartnerKind[] = ['RESIDENTS_COMMITTEE', 'SUBDISTRICT', 'SCHOOL', 'HOSPITAL', 'ENTERPRISE_BRANCH', 'OTHER'];

export function boothKindLabel(kind: BoothKind): string {
  switch (kind) {
    case 'HELLO_LAOYOU':
      return 'Hello老友亭';
    case 'LEI_FENG_KIOSK':
      return '雷锋亭';
    case 'VOLUNTEER_KIOSK':
      return '志愿服务亭';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

export const BOOTH_KINDS: readonly BoothKind[] = ['HELLO_LAOYOU', 'LEI_FENG_KIOSK', 'VOLUNTEER_KIOSK'];
