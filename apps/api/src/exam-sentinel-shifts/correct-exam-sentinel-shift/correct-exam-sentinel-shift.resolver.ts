import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { ExamSentinelShiftPayload } from '../exam-sentinel-shift.model';
import { CorrectExamSentinelShiftCommand } from './correct-exam-sentinel-shift.command';
import { CorrectExamSentinelShiftInput } from './correct-exam-sentinel-shift.input';

@Resolver()
export class CorrectExamSentinelShiftResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => ExamSentinelShiftPayload, { description: 'RECORDER: correct a 考务哨兵 exam sentinel shift; send only the fields that change' })
  correctExamSentinelShift(@Args('input') input: CorrectExamSentinelShiftInput, @CurrentCaller() caller: Caller): Promise<ExamSentinelShiftPayload> {
    return this.commands.execute(new CorrectExamSentinelShiftCommand(input, caller));
  }
}
