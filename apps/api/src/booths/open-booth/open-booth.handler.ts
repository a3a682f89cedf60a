import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type OpenBooth } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { BOOTHS } from '../booth.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { BoothPayload } from '../booth.model';
import { SubdistrictListReader } from '../../subdistricts/subdistrict-list.reader';
import { OpenBoothCommand } from './open-booth.command';

/** Hello老友亭 and kiosks: snapshot the host, read the 街道 list, check scope, decide, append. */
@CommandHandler(OpenBoothCommand)
export class OpenBoothHandler implements ICommandHandler<OpenBoothCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly subdistricts: SubdistrictListReader,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: OpenBoothCommand): Promise<BoothPayload> {
    const { idempotencyKey, ...payload } = input;
    const boothId = newRecordId(caller, idempotencyKey, 'Booth');
    const knownSubdistricts = await this.subdistricts.known();
    const outcome = await this.commands.run(caller, BOOTHS, {
      id: boothId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): OpenBooth => ({ type: 'OpenBooth', data: { ...payload, boothId, host: orgUnitSnapshot(chart, payload.hostId) ?? null, knownSubdistricts } }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'booths', row: rowOf(outcome.rows.booths, boothId) });
    return BoothPayload.of(outcome.position, outcome.state, outcome.rows, { lookAlikes });
  }
}
