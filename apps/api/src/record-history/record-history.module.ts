import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { RecordHistoryResolver } from './record-history.resolver';

@Module({ imports: [OrgUnitsModule], providers: [RecordHistoryResolver] })
export class RecordHistoryModule {}
