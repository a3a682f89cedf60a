import { Inject, Injectable } from '@nestjs/common';
import {
  knownSubdistricts,
  streamIdFor,
  SUBDISTRICT_LIST_ID,
  subdistrictListDecider,
  type SubdistrictListCommand,
  type SubdistrictListEvent,
  type SubdistrictListState,
} from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { FoldedStreamReader } from '../command-handling/folded-stream-reader';
import { EVENT_STORE } from '../event-store-info/event-store.token';

export const SUBDISTRICT_LIST_STREAM = streamIdFor('subdistrictlist', SUBDISTRICT_LIST_ID);

/** The 街道 list the bureau keeps, folded from its single stream: every command that names a 街道 reads it (see FoldedStreamReader). */
@Injectable()
export class SubdistrictListReader extends FoldedStreamReader<SubdistrictListState, SubdistrictListCommand, SubdistrictListEvent> {
  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store, SUBDISTRICT_LIST_STREAM, subdistrictListDecider);
  }

  /** The names a record's 街道 must be one of; empty when no list is kept. */
  async known(): Promise<readonly string[]> {
    return knownSubdistricts(await this.current());
  }
}
