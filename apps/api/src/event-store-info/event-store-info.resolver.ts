import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '@tracker/event-store';
import { EventStoreInfo } from './event-store-info.model';
import { EVENT_STORE } from './event-store.token';

@Resolver(() => EventStoreInfo)
export class EventStoreInfoResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => EventStoreInfo)
  async eventStore(): Promise<EventStoreInfo> {
    // bigint does not fit GraphQL's Int: the position travels as a decimal string.
    return { headPosition: (await this.store.headPosition()).toString() };
  }
}
