import { Module } from '@nestjs/common';
import { RecordHistoryResolver } from './record-history.resolver';

@Module({ providers: [RecordHistoryResolver] })
export class RecordHistoryModule {}
