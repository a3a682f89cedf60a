import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { SectionEdition } from '../section-edition.model';
import { PublishSectionCommand } from './publish-section.command';
import { PublishSectionInput } from './publish-section.input';

@Resolver()
export class PublishSectionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SectionEdition, {
    description: 'COMPILER/ADMIN: publish the 社区责任 section of a year as it stands now; the edition never changes, its version counts up per year and scope',
  })
  publishSection(@Args('input') input: PublishSectionInput, @CurrentCaller() caller: Caller): Promise<SectionEdition> {
    return this.commands.execute(new PublishSectionCommand(input, caller));
  }
}
