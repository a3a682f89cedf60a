import {
  coBuildingAgreementDecider,
  streamIdFor,
  type CoBuildingAgreementCommand,
  type CoBuildingAgreementEvent,
  type CoBuildingAgreementState,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { assertMayActOnAgreement } from './co-building-agreement-access';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const CO_BUILDING_AGREEMENTS: RecordKind<CoBuildingAgreementCommand, CoBuildingAgreementEvent, CoBuildingAgreementState> = {
  streamOf: (id) => streamIdFor('cobuildingagreement', id),
  decider: coBuildingAgreementDecider,
  authorize: assertMayActOnAgreement,
};
