import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { RecordExamSentinelShiftCommand } from './record-exam-sentinel-shift.command';
import { RecordExamSentinelShiftInput } from './record-exam-sentinel-shift.input';

@Resolver()
export class RecordExamSentinelShiftResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ExamSentinelShiftPayload, { description: 'RECORDER: record a 考务哨兵 exam sentinel shift organized by a unit in your scope' })
  recordExamSentinelShift(@Args('input') input: RecordExamSentinelShiftInput, @CurrentCaller() caller: Caller): Promise<ExamSentinelShiftPayload> {
    return this.commands.execute(new RecordExamSentinelShiftCommand(input, caller));
  }
}
