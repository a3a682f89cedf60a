import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SUBDISTRICT_LIST_ID, type SetSubdistricts } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { SubdistrictListModel, SubdistrictListPayload } from '../subdistrict-list.model';
import { SUBDISTRICT_LIST } from '../subdistrict-list.record-kind';
import { SetSubdistrictsCommand } from './set-subdistricts.command';

/** The 街道 list on its single stream: the decider writes one event per name added or removed. */
@CommandHandler(SetSubdistrictsCommand)
export class SetSubdistrictsHandler implements ICommandHandler<SetSubdistrictsCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: SetSubdistrictsCommand): Promise<SubdistrictListPayload> {
    const outcome = await this.commands.run(caller, SUBDISTRICT_LIST, {
      id: SUBDISTRICT_LIST_ID,
      payload: input,
      command: (): SetSubdistricts => ({ type: 'SetSubdistricts', data: { names: input.names } }),
    });
    return Object.assign(new SubdistrictListPayload(), { position: outcome.position.toString(), subdistricts: SubdistrictListModel.from(outcome.state) });
  }
}
