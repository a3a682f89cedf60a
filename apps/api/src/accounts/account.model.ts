import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@tracker/domain';
import type { CommandOutcome } from '../command-handling/command-runner';
import { RoleEnum } from '../graphql/enums';
import { DateTimeScalar } from '../graphql/scalars/date-time.scalar';
import type { AccountRecord } from './account-directory';

@ObjectType('Account', { description: '账号: a person who signs in, the roles they act in and the org units they act for' })
export class AccountModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The login; histories record it as recordedBy' }) username!: string;
  @Field({ description: 'The person’s name, e.g. 李四; histories show it as recordedByName' }) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => [ID], { description: 'The org units the account acts for, their descendants included' }) orgUnitIds!: string[];
  @Field() disabled!: boolean;
  @Field({ description: 'The password was set by someone else: everything but changePassword is refused until it is changed' })
  mustChangePassword!: boolean;

  static from({ state, credential }: AccountRecord): AccountModel {
    const { facts } = state;
    return Object.assign(new AccountModel(), {
      id: facts.accountId,
      username: facts.username,
      displayName: facts.displayName,
      roles: [...facts.roles],
      orgUnitIds: [...facts.orgUnitIds],
      disabled: state.status === 'disabled',
      mustChangePassword: credential.oneTime,
    });
  }
}

@ObjectType('AccountPayload')
export class AccountPayload {
  @Field({ description: 'Global position of the last event written' }) position!: string;
  @Field(() => AccountModel) account!: AccountModel;

  static of(outcome: CommandOutcome<unknown>, record: AccountRecord): AccountPayload {
    return Object.assign(new AccountPayload(), { position: outcome.position.toString(), account: AccountModel.from(record) });
  }
}

@ObjectType('SignInPayload')
export class SignInPayload {
  @Field(() => AccountModel) account!: AccountModel;
  @Field(() => DateTimeScalar, { description: 'When the session ends at the latest; a working day without requests ends it sooner' })
  expiresAt!: Date;
}
