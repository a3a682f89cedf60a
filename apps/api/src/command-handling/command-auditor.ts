import type { AllPosition } from '@tracker/event-store';

/** A command whose events were appended: who changed which record, with what, and where in the log. */
export interface AcceptedCommand {
  readonly streamId: string;
  readonly eventTypes: readonly string[];
  /** The token's subject. */
  readonly subject: string;
  readonly correlationId: string;
  /** Of the last event written. */
  readonly position: AllPosition;
}

/**
 * Hears of every command that wrote events, once, right after the append and before the
 * read-your-writes wait. The observability module provides the audit log behind it.
 */
export interface CommandAuditor {
  accepted(command: AcceptedCommand): void;
}

export const COMMAND_AUDITOR = Symbol('COMMAND_AUDITOR');
