import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { OrgChartReader } from '../org-units/org-chart.reader';
import { AggregateLoader } from './aggregate-loader';
import { CommandRunner } from './command-runner';
import { RecordCommands } from './record-commands';

/**
 * The write side's shared machinery: the command bus, loading aggregates, load → decide → append,
 * and the org chart every access check reads (one cached reader for the whole app).
 */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [AggregateLoader, CommandRunner, OrgChartReader, RecordCommands],
  exports: [AggregateLoader, CommandRunner, OrgChartReader, RecordCommands],
})
export class CommandHandlingModule {}
