import { Module } from '@nestjs/common';
import { CorrectReliefGrantHandler } from './correct-relief-grant/correct-relief-grant.handler';
import { CorrectReliefGrantResolver } from './correct-relief-grant/correct-relief-grant.resolver';
import { GrantReliefHandler } from './grant-relief/grant-relief.handler';
import { GrantReliefResolver } from './grant-relief/grant-relief.resolver';
import { VoidReliefGrantResolver } from './void-relief-grant/void-relief-grant.resolver';

/** 帮困 hardship relief: grant, correct, void. */
@Module({
  providers: [GrantReliefHandler, GrantReliefResolver, CorrectReliefGrantHandler, CorrectReliefGrantResolver, VoidReliefGrantResolver],
})
export class ReliefGrantsModule {}
