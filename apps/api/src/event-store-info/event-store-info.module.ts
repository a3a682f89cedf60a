import { Module } from '@nestjs/common';
import { EventStoreInfoResolver } from './event-store-info.resolver';

@Module({ providers: [EventStoreInfoResolver] })
export class EventStoreInfoModule {}
