// The reason an adjustment gave. (What it was, in Chinese, is lib/event-names.ts.)

/** The reason a correction or a void gave, when its data carries one. */
export function eventReason(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('reason' in data)) return undefined;
  const { reason } = data as { reason: unknown };
  return typeof reason === 'string' && reason.trim() !== '' ? reason : undefined;
}
