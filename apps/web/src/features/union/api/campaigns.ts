// 爱心一日捐 campaigns and their donations (docs/design.md §3, §14): the year's campaigns as the
// treasurer's scope sees them, and the mutations that change one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql/gql';
import type {
  CloseDonationCampaignInput,
  CorrectUnionDonationInput,
  LaunchDonationCampaignInput,
  RecordUnionDonationInput,
  VoidRecordInput,
  VoidUnionDonationInput,
} from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const DonationCampaignsDocument = graphql(`
  query DonationCampaigns($filter: LedgerFilter!) {
    donationCampaigns(filter: $filter) {
      id
      name
      organizerId
      organizerPath
      year
      launchedOn
      closed
      closedOn
      voided
      voidReason
      recordedBy
      recordedAt
      totals {
        amount
        donorCount
        unionCount
      }
      expectedUnions {
        id
        name
        path
      }
      donations {
        id
        unionId
        unionPath
        amount
        donorCount
        receivedOn
        voided
        voidReason
        correctedAt
        recordedBy
      }
    }
  }
`);

export const UnionsDocument = graphql(`
  query TreasurerUnits {
    orgUnits {
      id
      name
      kind
      path
      retired
    }
  }
`);

// Each mutation selects what its dialog reads (everything a change can move is refetched after it):
// the launch its campaign's id and year, the launch and a donation their look-alikes, the others
// nothing but success.
const LaunchDocument = graphql(`
  mutation LaunchDonationCampaign($input: LaunchDonationCampaignInput!) {
    launchDonationCampaign(input: $input) {
      campaign {
        id
        year
      }
      lookAlikes {
        ...LookAlikeFields
      }
    }
  }
`);
const RecordDocument = graphql(`
  mutation RecordUnionDonation($input: RecordUnionDonationInput!) {
    recordUnionDonation(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
    }
  }
`);
const CorrectDocument = graphql(`
  mutation CorrectUnionDonation($input: CorrectUnionDonationInput!) {
    correctUnionDonation(input: $input) {
      lookAlikes {
        ...LookAlikeFields
      }
    }
  }
`);
const VoidDonationDocument = graphql(`
  mutation VoidUnionDonation($input: VoidUnionDonationInput!) {
    voidUnionDonation(input: $input) {
      position
    }
  }
`);
const CloseDocument = graphql(`
  mutation CloseDonationCampaign($input: CloseDonationCampaignInput!) {
    closeDonationCampaign(input: $input) {
      position
    }
  }
`);
const VoidCampaignDocument = graphql(`
  mutation VoidDonationCampaign($input: VoidRecordInput!) {
    voidDonationCampaign(input: $input) {
      position
    }
  }
`);

/** Everything a campaign's change can move: its ledger and the home page's totals. */
export const CAMPAIGNS_KEY = ['DonationCampaigns'] as const;

export function useDonationCampaigns(year: number, search = '') {
  const filter = { year, includeVoided: true, ...(search.trim() ? { search: search.trim() } : {}) };
  return useQuery({ queryKey: [...CAMPAIGNS_KEY, filter], queryFn: ({ signal }) => execute(DonationCampaignsDocument, { filter }, { signal }) });
}

/** The unions the person may act for (an organizer for a new campaign). */
export function useTreasurerUnits() {
  return useQuery({ queryKey: ['TreasurerUnits'], queryFn: ({ signal }) => execute(UnionsDocument, {}, { signal }) });
}

function useCampaignMutation<Input, Result>(run: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries() });
}

export const useLaunchCampaign = () => useCampaignMutation((input: LaunchDonationCampaignInput) => execute(LaunchDocument, { input }));
export const useRecordDonation = () => useCampaignMutation((input: RecordUnionDonationInput) => execute(RecordDocument, { input }));
export const useCorrectDonation = () => useCampaignMutation((input: CorrectUnionDonationInput) => execute(CorrectDocument, { input }));
export const useVoidDonation = () => useCampaignMutation((input: VoidUnionDonationInput) => execute(VoidDonationDocument, { input }));
export const useCloseCampaign = () => useCampaignMutation((input: CloseDonationCampaignInput) => execute(CloseDocument, { input }));
export const useVoidCampaign = () => useCampaignMutation((input: VoidRecordInput) => execute(VoidCampaignDocument, { input }));
