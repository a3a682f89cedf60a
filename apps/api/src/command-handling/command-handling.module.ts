import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { AggregateLoader } from './aggregate-loader';
import { CommandRunner } from './command-runner';
import { VoidRecordHandler } from '../shared/void-record/void-record.handler';
import { RecordCommands } from './record-commands';

/**
 * The write side's shared machinery: the command bus, loading aggregates, load → decide → append,
 * the org chart every access check reads (one cached reader for the whole app), and the one
 * handler of the void mutations that need nothing but an id and a reason.
 */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [AggregateLoader, CommandRunner, OrgChartReader, RecordCommands, VoidRecordHandler],
  exports: [AggregateLoader, CommandRunner, OrgChartReader, RecordCommands],
})
export class CommandHandlingModule {}
