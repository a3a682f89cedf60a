import {
  reliefGrantDecider,
  streamIdFor,
  type ReliefGrantCommand,
  type ReliefGrantEvent,
  type ReliefGrantState,
  type VoidReliefGrant,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { voidable } from '../shared/void-record/voidable';
import { assertMayActOnGrant } from './relief-grant-access';
import { ReliefGrantPayload } from './relief-grant.model';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const RELIEF_GRANTS: RecordKind<ReliefGrantCommand, ReliefGrantEvent, ReliefGrantState> = {
  streamOf: (id) => streamIdFor('reliefgrant', id),
  decider: reliefGrantDecider,
  authorize: assertMayActOnGrant,
};

/** Voided by its id and a reason alone (see Voidable). */
export const VOIDABLE_RELIEF_GRANT = voidable(
  RELIEF_GRANTS,
  ({ id, reason }): VoidReliefGrant => ({ type: 'VoidReliefGrant', data: { grantId: id, reason } }),
  ({ position, state, rows }) => ReliefGrantPayload.of(position, state, rows),
);
