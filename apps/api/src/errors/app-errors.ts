// Errors raised by the application layer (auth, idempotency), beside the domain's own typed
// errors. Both are mapped to GraphQL `extensions.code` in one place: graphql/error-formatting.ts.

export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly code = 'CONFLICT';
  constructor(readonly idempotencyKey: string) {
    super('这个幂等键已用于另一份内容不同的请求，提交新数据请换一个新的键');
  }
}

/**
 * The write succeeded but the totals did not include it within the bounded wait (the projector is
 * slow or FAILED). The record is safe in the event log; the caller must not send it again.
 */
export class RecordedButNotYetCountedError extends Error {
  override readonly name = 'RecordedButNotYetCountedError';
  readonly code = 'RECORDED_NOT_YET_COUNTED';
  constructor(
    readonly position: string,
    waitedMs: number,
  ) {
    super(
      `记录已保存（位置 ${position}），但 ${waitedMs / 1000} 秒内尚未计入年度汇总。请勿重复提交，汇总追上后即会计入。`,
    );
  }
}

/** Too many failed sign-ins for one username or from one address (docs/design.md §13): say when to try again. */
export class TooManyAttemptsError extends Error {
  override readonly name = 'TooManyAttemptsError';
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(readonly retryAt: Date) {
    super(`登录失败次数过多，已暂停登录，请于 ${shanghaiMinute(retryAt)} 之后再试`);
  }
}

const SHANGHAI_MINUTE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `3月5日 15:42`, Shanghai time, rounded up so that the minute named is never too early. */
function shanghaiMinute(instant: Date): string {
  const parts = Object.fromEntries(SHANGHAI_MINUTE.formatToParts(new Date(Math.ceil(instant.getTime() / 60_000) * 60_000)).map((p) => [p.type, p.value]));
  return `${parts['month']}月${parts['day']}日 ${parts['hour']}:${parts['minute']}`;
}
