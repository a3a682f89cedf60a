// 帮困 hardship relief commands. There is deliberately no field for who received the money.
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import type { ReliefCategory } from './relief-grant.events';
import type { Command } from '../shared/message';

export type GrantRelief = Command<'GrantRelief', {
  readonly grantId: string;
  readonly unionId: string;
  /** Resolved by the app from the OrgChart; must be a UNION. */
  readonly union?: OrgUnitSnapshot | null;
  readonly grantedOn: string;
  /** Yuan, e.g. '500.00'. */
  readonly amount: string;
  readonly personTimes: number;
  readonly category: ReliefCategory;
}>;

export type ReliefGrantChanges = {
  readonly grantedOn?: string | null;
  readonly amount?: string | null;
  readonly personTimes?: number | null;
  readonly category?: ReliefCategory | null;
};

export type CorrectReliefGrant = Command<'CorrectReliefGrant', { readonly grantId: string; readonly reason: string; readonly changes: ReliefGrantChanges }>;

export type VoidReliefGrant = Command<'VoidReliefGrant', { readonly grantId: string; readonly reason: string }>;

export type ReliefGrantCommand = GrantRelief | CorrectReliefGrant | VoidReliefGrant;
