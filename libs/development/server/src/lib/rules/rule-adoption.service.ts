import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/common';
import {
  ADOPT_RULES_UPDATE,
  caseWorkflowId,
  type CaseRecord,
  type RuleSet,
} from '@bastion/development-contracts';
import { stableUuid } from '@bastion/platform-persistence';
import { WorkflowBacked } from '@bastion/platform-service';

/** Cases told of a new version at once: enough to finish soon, not to flood the workers. */
const ADOPT_CONCURRENCY = 4;

/**
 * Tells every open case of a committee of a version it just published (`adoptRules`), in the
 * background: publishing answers at once, however many cases there are. Each case is told once
 * per version (the update id), so telling it again after a restart is harmless.
 */
@Injectable()
export class RuleAdoption extends WorkflowBacked implements BeforeApplicationShutdown {
  private readonly logger = new Logger('RuleAdoption');
  private readonly running = new Set<Promise<unknown>>();

  /** Starts telling the committee's open cases; a stopping service waits for it. */
  start(committeeId: string, ruleSet: RuleSet): void {
    const run = this.adopt(committeeId, ruleSet)
      .catch((error: unknown) => this.logger.error(`Adopting ${ruleSet.id} stopped: ${String(error)}`))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** Tells each open case; returns how many took the version and how many could not be told. */
  async adopt(committeeId: string, ruleSet: RuleSet): Promise<{ adopted: number; failed: number }> {
    const cases = (await this.db.query(
      `SELECT id FROM development."case" WHERE approving_committee_id = $1 AND closed_on IS NULL ORDER BY id`,
      [committeeId],
    )) as { id: string }[];
    let next = 0;
    let adopted = 0;
    let failed = 0;
    const worker = async () => {
      while (next < cases.length) {
        const caseId = cases[next++]!.id;
        try {
          await this.temporal.workflow
            .getHandle(caseWorkflowId(caseId))
            .executeUpdate<CaseRecord, [RuleSet]>(ADOPT_RULES_UPDATE, {
              args: [ruleSet],
              updateId: stableUuid('adopt-rules', ruleSet.id, caseId),
            });
          adopted++;
        } catch (error) {
          // A case whose workflow has ended has nothing left to govern.
          if (error instanceof WorkflowNotFoundError) continue;
          failed++;
          this.logger.warn(`Case ${caseId} did not adopt ${ruleSet.id}: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ADOPT_CONCURRENCY, cases.length) }, worker));
    this.logger.log(`${ruleSet.id}: ${adopted} open case(s) adopted it, ${failed} could not be told`);
    return { adopted, failed };
  }
}
