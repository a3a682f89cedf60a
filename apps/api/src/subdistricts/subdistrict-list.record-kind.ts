import { subdistrictListDecider, type SubdistrictListCommand, type SubdistrictListEvent, type SubdistrictListState } from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { assertMayKeepSubdistrictList } from './subdistrict-list-access';
import { SUBDISTRICT_LIST_STREAM } from './subdistrict-list.reader';

/** Where the 街道 list lives, what decides for it and who may change it (see RecordKind). */
export const SUBDISTRICT_LIST: RecordKind<SubdistrictListCommand, SubdistrictListEvent, SubdistrictListState> = {
  streamOf: () => SUBDISTRICT_LIST_STREAM,
  decider: subdistrictListDecider,
  authorize: assertMayKeepSubdistrictList,
};
