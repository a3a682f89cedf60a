import { Query, Resolver } from '@nestjs/graphql';
import { packageVersion } from './package-version';

@Resolver()
export class VersionResolver {
  private readonly current = packageVersion();

  @Query(() => String, { description: 'The tracker version (package.json).' })
  version(): string {
    return this.current;
  }
}
