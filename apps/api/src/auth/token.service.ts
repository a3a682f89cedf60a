import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../errors/app-errors';
import { type Principal, type TokenClaims, principalFromClaims } from './principal';

/** Verifies and issues the HS256 tokens of DESIGN §7. Only HS256 is accepted: `alg: none` and others fail. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match?.[1]) throw new UnauthenticatedError('Sign in first: send "Authorization: Bearer <token>".');
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync<Record<string, unknown>>(match[1], { algorithms: ['HS256'] });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'Your token has expired: ask for a new one.' : 'Your token is not valid.');
    }
    const principal = principalFromClaims(claims);
    if (!principal) throw new UnauthenticatedError('Your token does not carry a subject and roles.');
    return principal;
  }

  issue(claims: TokenClaims, expiresInSeconds: number): Promise<string> {
    return this.jwt.signAsync({ ...claims }, { algorithm: 'HS256', expiresIn: expiresInSeconds });
  }
}
