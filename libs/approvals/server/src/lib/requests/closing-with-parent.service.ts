import { Injectable, Logger } from '@nestjs/common';
import { clock } from '@bastion/calendar';
import { WorkflowBacked } from '@bastion/platform-service';
import { terminationOf } from '@bastion/platform-temporal';
import { closeTerminated } from './request-closing';

/** What a request records when the procedure that started it ended without a termination to name. */
const PARENT_ENDED = 'The procedure that started this sign-off has ended.';

/**
 * A sign-off whose procedure (an item, a batch, a case) was terminated is asked to cancel; its
 * workflow then closes the request here before it ends: `terminated`, with the administrator and
 * the reason that termination recorded, its tasks closed and the act in its ledger. A request
 * decided first keeps its outcome; a retry writes nothing twice.
 */
@Injectable()
export class ClosingWithParent extends WorkflowBacked {
  private readonly logger = new Logger('RequestClosedWithParent');

  async close(requestId: string, parentWorkflowId: string | null): Promise<void> {
    const termination = parentWorkflowId ? await terminationOf(this.temporal, parentWorkflowId) : null;
    await closeTerminated(this.db, requestId, {
      at: clock.now(),
      by: termination?.by ?? { userId: '', username: '', displayName: '', personId: null },
      reason: termination?.reason ?? PARENT_ENDED,
      automatic: true,
      onlyOpen: true,
      detail: { withParent: parentWorkflowId },
    });
    this.logger.log(`Request ${requestId} closed with its parent ${parentWorkflowId ?? '(none)'}`);
  }
}
