import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';
import { TokenService } from './token.service';

/** HS256 bearer tokens and the session cookie, for every operation but the public ones (docs/design.md §7, §13). */
@Global()
@Module({})
export class AuthModule {
  static forRoot(jwtSecret: string) {
    return {
      module: AuthModule,
      // A prebuilt key object: given a string, jsonwebtoken first tries it as a public key and
      // throws on every request (a profile of the GraphQL benchmark put 13.6 % of CPU there).
      imports: [JwtModule.register({ secret: createSecretKey(Buffer.from(jwtSecret)), signOptions: { algorithm: 'HS256' as const }, verifyOptions: { algorithms: ['HS256' as const] } })],
      providers: [TokenService, Authenticator, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TokenService, Authenticator],
    };
  }
}
