import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AggregateLoader } from './aggregate-loader';
import { CommandRunner } from './command-runner';

/** The write side's shared machinery: the command bus, loading aggregates, and load → decide → append. */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [AggregateLoader, CommandRunner],
  exports: [AggregateLoader, CommandRunner],
})
export class CommandHandlingModule {}
