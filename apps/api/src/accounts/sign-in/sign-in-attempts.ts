import { Inject, Injectable, Logger } from '@nestjs/common';
import { usernameKey } from '@tracker/domain';
import { TooManyAttemptsError } from '../../errors/app-errors';
import { CLOCK, type Clock } from '../clock';
import { PasswordHasher } from '../password-hasher';
import { SignInThrottle, type ThrottleRule } from '../store/sign-in-throttle';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
/** Failures for one username within the window (docs/design.md §13). */
export const USERNAME_FAILURE_LIMIT = 5;
/**
 * Failures from one address within the window, whatever the usernames: stops a spray of a few
 * passwords over many usernames, yet leaves room for an office whose staff share one address.
 */
export const ADDRESS_FAILURE_LIMIT = 30;

export interface PasswordAttempt {
  readonly username: string;
  readonly address: string;
  /** The account's hash; undefined for a username that is no account's. */
  readonly passwordHash: string | undefined;
  readonly password: string;
}

const userKey = (username: string): string => `user:${usernameKey(username).slice(0, 100)}`;
const addressKey = (address: string): string => `address:${address}`;

/**
 * Every check of a password someone typed (signing in, proving the current one to change it):
 * locked usernames and addresses are refused before any hashing, a failure is counted and logged,
 * and an unknown username costs the same hashing as a wrong password, so neither tells the other.
 */
@Injectable()
export class SignInAttempts {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** True when the password is right; throws TooManyAttemptsError while the username or address is locked. */
  async check(attempt: PasswordAttempt): Promise<boolean> {
    const keys = [userKey(attempt.username), addressKey(attempt.address)];
    const locked = await this.throttle.lockedUntil(keys, this.clock.now());
    if (locked) {
      this.logFailure(attempt, '已锁定');
      throw new TooManyAttemptsError(locked);
    }
    if (await this.hasher.verify(attempt.passwordHash, attempt.password)) {
      await this.throttle.clear(userKey(attempt.username));
      return true;
    }
    this.logFailure(attempt, attempt.passwordHash === undefined ? '没有这个用户名' : '密码错误');
    const rules: ThrottleRule[] = [
      { key: userKey(attempt.username), limit: USERNAME_FAILURE_LIMIT, windowMs: WINDOW_MS, lockMs: LOCK_MS },
      { key: addressKey(attempt.address), limit: ADDRESS_FAILURE_LIMIT, windowMs: WINDOW_MS, lockMs: LOCK_MS },
    ];
    const lockedNow = await this.throttle.recordFailure(rules, this.clock.now());
    if (lockedNow) throw new TooManyAttemptsError(lockedNow);
    return false;
  }

  /** Lifts a lock on a username, for an operator resetting its password. */
  unlock(username: string): Promise<void> {
    return this.throttle.clear(userKey(username));
  }

  private logFailure(attempt: PasswordAttempt, why: string): void {
    // Never the password; the username is quoted, since anyone may type anything there.
    this.logger.warn(`登录失败：用户名 ${JSON.stringify(attempt.username.slice(0, 100))}，来自 ${attempt.address}，${why}`);
  }
}
