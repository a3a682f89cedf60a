import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VoidRecordInput } from '../../shared/void-record/void-record.input';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { VoidRecordCommand } from '../../shared/void-record/void-record.command';
import { VOIDABLE_SHIFT } from '../exam-sentinel-shift.record-kind';

@Resolver()
export class VoidExamSentinelShiftResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ExamSentinelShiftPayload, { description: 'RECORDER: void a 考务哨兵 exam sentinel shift entered by mistake; it stays in the history' })
  voidExamSentinelShift(@Args('input') input: VoidRecordInput, @CurrentCaller() caller: Caller): Promise<ExamSentinelShiftPayload> {
    return this.commands.execute(new VoidRecordCommand(VOIDABLE_SHIFT, input, caller));
  }
}
