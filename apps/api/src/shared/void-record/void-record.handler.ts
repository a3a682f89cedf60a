import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RecordCommands } from '../../command-handling/record-commands';
import { VoidRecordCommand } from './void-record.command';

/** Voiding keeps the record and its history; it only takes the record out of every total. */
@CommandHandler(VoidRecordCommand)
export class VoidRecordHandler implements ICommandHandler<VoidRecordCommand<unknown>> {
  constructor(private readonly commands: RecordCommands) {}

  execute({ kind, input, caller }: VoidRecordCommand<unknown>): Promise<unknown> {
    return kind.void(this.commands, caller, input);
  }
}
