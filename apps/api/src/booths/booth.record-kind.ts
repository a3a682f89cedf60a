import { boothDecider, streamIdFor, type BoothCommand, type BoothEvent, type BoothState } from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { assertMayActOnBooth } from './booth-access';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const BOOTHS: RecordKind<BoothCommand, BoothEvent, BoothState> = {
  streamOf: (id) => streamIdFor('booth', id),
  decider: boothDecider,
  authorize: assertMayActOnBooth,
};
