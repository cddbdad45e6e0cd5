import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { approvalWorkflowId } from '@bastion/approvals-contracts';
import { clock } from '@bastion/calendar';
import {
  type FileRef,
  itemWorkflowId,
  type MigrateItem,
  type PaperItemStep,
  RectificationErrorCode,
} from '@bastion/rectification-contracts';
import { initialItemRecord, middayOf, paperItemRecord } from '@bastion/rectification-rules';
import type { Principal } from '@bastion/platform-auth';
import { stableUuid, versionOf } from '@bastion/platform-persistence';
import type { Created } from '@bastion/shared-contracts';
import { ItemWriter } from '../activities/item-writer';
import { WorkingCalendar } from '../calendar/working-calendar';
import { FilesService } from '../files/files.service';
import { notUnderInspected } from '../orgs/org-directory';
import { RectificationError } from '../rectification-error';
import { untilStarted } from '../workflow-ready';
import { ItemRegistrationService } from './item-registration.service';

/**
 * Takes over an item already under way on paper (纸质台账) when its organisation moves to
 * Bastion: registered on its real date, then every step since on the date it was taken, each
 * checked by the rule of the live step. A record with any problem is refused whole, every problem
 * listed, and nothing is started; otherwise the item's workflow starts in the state the paper
 * left it, its open sign-offs running live on the engine.
 */
@Injectable()
export class ItemMigrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registration: ItemRegistrationService,
    private readonly writer: ItemWriter,
    private readonly files: FilesService,
    private readonly calendar: WorkingCalendar,
  ) {}

  async migrate(principal: Principal, batchId: string, body: MigrateItem): Promise<Created> {
    const context = await this.registration.context(principal, batchId);
    const org = context.subtree.find((o) => o.id === body.orgId);
    if (!org) throw notUnderInspected();
    const itemId = body.idempotencyKey
      ? stableUuid('rectification-item', principal.userId, body.idempotencyKey)
      : randomUUID();
    const input = this.registration.input(context, itemId, {
      text: body.text,
      org: { id: org.id, name: org.name, idPath: org.idPath },
      deadline: body.deadline ?? null,
      fixedOnSpot: null,
      paper: { registeredOn: body.registeredOn, steps: await this.storedFiles(principal, body.steps) },
    });
    // The same rules the workflow applies when it starts, so a refused record never starts one.
    const { problems } = paperItemRecord(input, {
      today: clock.today(),
      calendar: this.calendar.calendar,
      requestId: randomUUID,
      workflowId: (kind, step) => approvalWorkflowId(itemWorkflowId(itemId), `${kind}-${step}`),
    });
    // An item is found by its batch: it cannot have been registered before the feedback.
    if (body.registeredOn < context.batch.feedbackDate) {
      problems.unshift({
        index: -1,
        type: 'record',
        field: 'registeredOn',
        code: RectificationErrorCode.BadDate,
        problem: `立项日期${body.registeredOn}早于本批问题的反馈日期${context.batch.feedbackDate}`,
      });
    }
    if (problems.length) throw RectificationError.migrationInvalid(problems);

    await this.writer.insertNew([
      initialItemRecord(input, middayOf(body.registeredOn), this.calendar.calendar),
    ]);
    await this.registration.start([input]);
    // The workflow's first record is the paper record replayed: answer once the lists show it.
    await untilStarted(() => versionOf(this.db, 'rectification.item', itemId));
    return { id: itemId };
  }

  /** Each evidence step's files as stored: the caller's own uploads. */
  private storedFiles(principal: Principal, steps: PaperItemStep[]): Promise<PaperItemStep[]> {
    return Promise.all(
      steps.map(async (step, i) =>
        step.type === 'evidence' && step.files.length
          ? {
              ...step,
              files: await this.files.resolve(principal, step.files as FileRef[], `steps.${i}.files`),
            }
          : step,
      ),
    );
  }
}
