import { Injectable, Logger } from '@nestjs/common';
import type { RefusalEvent, RefusalListener } from './refusal-listener';

/**
 * Refused requests (no token, no right, out of scope) go to the service log with who and what:
 * probing for other organisations' records leaves a trace. For services whose own records (a
 * ledger, a read model) keep only what was done, never what was refused.
 */
@Injectable()
export class RefusalLog implements RefusalListener {
  private readonly logger = new Logger('Refused');

  async refused(event: RefusalEvent): Promise<void> {
    this.logger.warn(
      `${event.kind} ${event.code}: ${event.method} ${event.path} by ${event.username ?? 'anonymous'}` +
        ` (${event.userId ?? '-'}) from ${event.ip ?? '-'} [${event.correlationId ?? '-'}]`,
    );
  }
}
