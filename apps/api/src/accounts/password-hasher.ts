import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 30 ms a hash on one of our cores,
// slow for a guesser with a copy of the table, quick enough for a person signing in.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id through @node-rs/argon2 (prebuilt binaries, no install script). */
@Injectable()
export class PasswordHasher {
  // Hashed once with the same cost, so an unknown username takes as long to refuse as a wrong password.
  private readonly dummy: Promise<string> = hash(randomBytes(24).toString('base64url'), OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** Checks against the stored hash, or, with none (no such account), against a dummy that never matches. */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    const against = passwordHash ?? (await this.dummy);
    const matches = await verify(against, password).catch(() => false);
    return passwordHash !== undefined && matches;
  }
}
