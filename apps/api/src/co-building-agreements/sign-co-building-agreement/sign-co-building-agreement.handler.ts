import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type SignCoBuildingAgreement } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { CO_BUILDING_AGREEMENTS } from '../co-building-agreement.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { SignCoBuildingAgreementCommand } from './sign-co-building-agreement.command';

/** 党建翼联: snapshot the signing branch, check the caller covers it, decide, append. */
@CommandHandler(SignCoBuildingAgreementCommand)
export class SignCoBuildingAgreementHandler implements ICommandHandler<SignCoBuildingAgreementCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: SignCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const { idempotencyKey, ...payload } = input;
    const agreementId = newRecordId(caller, idempotencyKey, 'CoBuildingAgreement');
    const outcome = await this.commands.run(caller, CO_BUILDING_AGREEMENTS, {
      id: agreementId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): SignCoBuildingAgreement => ({
        type: 'SignCoBuildingAgreement',
        data: { ...payload, agreementId, branch: orgUnitSnapshot(chart, payload.branchId) ?? null },
      }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'agreements', row: rowOf(outcome.rows.agreements, agreementId) });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}
