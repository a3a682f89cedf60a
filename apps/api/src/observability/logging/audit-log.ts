import { Injectable, Logger } from '@nestjs/common';
import type { AcceptedCommand, CommandAuditor } from '../../command-handling/command-auditor';

/** `<kind>-<uuid>` (docs/design.md §3): the record's id is the stream id after its kind. */
export function recordIdOf(streamId: string): string | undefined {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(dash + 1) : undefined;
}

/**
 * One audit line per accepted command (docs/design.md §19): event types, stream and record, account,
 * position and correlation id. Never the events' data, which may hold relief reasons.
 */
@Injectable()
export class AuditLog implements CommandAuditor {
  private readonly logger = new Logger('Audit');

  accepted({ streamId, eventTypes, subject, correlationId, position }: AcceptedCommand): void {
    const recordId = recordIdOf(streamId);
    this.logger.log({
      msg: `${subject} 记录了 ${eventTypes.join('、')}（${streamId}）`,
      kind: 'audit',
      events: eventTypes,
      stream: streamId,
      ...(recordId ? { recordId } : {}),
      account: subject,
      position: position.globalPosition.toString(),
      correlationId,
    });
  }
}
