import { Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Public } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { Sessions } from '../sessions';

@Resolver()
export class SignOutResolver {
  constructor(private readonly sessions: Sessions) {}

  // Public, so that a session that already expired can still be cleared from the browser.
  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session on the server for good and clears its cookie; false when there was none' })
  signOut(@Context() { req, res }: { req: AuthenticatedRequest; res: Response }): Promise<boolean> {
    return this.sessions.end(req, res);
  }
}
