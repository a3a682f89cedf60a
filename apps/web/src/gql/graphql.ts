/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Volunteer programs; LEI_FENG is 学雷锋 */
export type VolunteerProgram =
  | 'ANTI_FRAUD'
  | 'COMMUNITY_SERVICE'
  | 'DIGITAL_INCLUSION'
  | 'ELDERLY_CARE'
  | 'LEI_FENG'
  | 'OTHER'
  | 'PUBLIC_WELFARE';

export type HomeSectionQueryVariables = Exact<{
  year: number;
  orgUnitId?: string | number | null | undefined;
}>;


export type HomeSectionQuery = { communityResponsibility: (
    { year: number, volunteering: { activities: { ' $fragmentRefs'?: { 'ProgrammeChart_ActivitiesFragment': ProgrammeChart_ActivitiesFragment } } } }
    & { ' $fragmentRefs'?: { 'HeadlineCards_SectionFragment': HeadlineCards_SectionFragment } }
  ) };

export type HeadlineCards_SectionFragment = { charity: { donatedTotal: string, relief: { personTimes: number, amount: string }, campaigns: Array<{ campaignId: string, name: string, amount: string, donorCount: number, unionCount: number }> }, volunteering: { activities: { count: number, personTimes: number, volunteerHours: string, byProgram: Array<{ program: VolunteerProgram, count: number, personTimes: number, sites: number }> }, examSentinel: { exams: number, sites: number, supports: number }, agreements: { signed: number, active: number, partners: number }, booths: { booths: number, sessions: number, peopleServed: number } } } & { ' $fragmentName'?: 'HeadlineCards_SectionFragment' };

export type ProgrammeChart_ActivitiesFragment = { byProgram: Array<{ program: VolunteerProgram, count: number, personTimes: number }> } & { ' $fragmentName'?: 'ProgrammeChart_ActivitiesFragment' };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HeadlineCards_SectionFragmentDoc = new TypedDocumentString(`
    fragment HeadlineCards_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      name
      amount
      donorCount
      unionCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      byProgram {
        program
        count
        personTimes
        sites
      }
    }
    examSentinel {
      exams
      sites
      supports
    }
    agreements {
      signed
      active
      partners
    }
    booths {
      booths
      sessions
      peopleServed
    }
  }
}
    `, {"fragmentName":"HeadlineCards_Section"}) as unknown as TypedDocumentString<HeadlineCards_SectionFragment, unknown>;
export const ProgrammeChart_ActivitiesFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeChart_Activities on ActivityTotals {
  byProgram {
    program
    count
    personTimes
  }
}
    `, {"fragmentName":"ProgrammeChart_Activities"}) as unknown as TypedDocumentString<ProgrammeChart_ActivitiesFragment, unknown>;
export const HomeSectionDocument = new TypedDocumentString(`
    query HomeSection($year: Int!, $orgUnitId: ID) {
  communityResponsibility(year: $year, orgUnitId: $orgUnitId) {
    year
    ...HeadlineCards_Section
    volunteering {
      activities {
        ...ProgrammeChart_Activities
      }
    }
  }
}
    fragment HeadlineCards_Section on CommunityResponsibilitySection {
  charity {
    relief {
      personTimes
      amount
    }
    donatedTotal
    campaigns {
      campaignId
      name
      amount
      donorCount
      unionCount
    }
  }
  volunteering {
    activities {
      count
      personTimes
      volunteerHours
      byProgram {
        program
        count
        personTimes
        sites
      }
    }
    examSentinel {
      exams
      sites
      supports
    }
    agreements {
      signed
      active
      partners
    }
    booths {
      booths
      sessions
      peopleServed
    }
  }
}
fragment ProgrammeChart_Activities on ActivityTotals {
  byProgram {
    program
    count
    personTimes
  }
}`) as unknown as TypedDocumentString<HomeSectionQuery, HomeSectionQueryVariables>;