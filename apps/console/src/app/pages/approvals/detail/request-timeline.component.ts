import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { LedgerEntry } from '@bastion/approvals-contracts';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  actionText,
  AttachmentListComponent,
  type EntryReading,
  KIT_IMPORTS,
  RECORD_TIMELINE,
  TranslateService,
} from '@bastion/console-ui';
import { SignatureImageComponent } from '../attachments/signature-image.component';

const GREEN = new Set([
  'approve',
  'approved',
  'stage_approved',
  'auto_approve',
  'auto_pass',
  'delegate_approve',
]);
const RED = new Set([
  'reject',
  'rejected',
  'stage_rejected',
  'auto_reject',
  'expired',
  'withdraw',
  'terminate',
]);
const ORANGE = new Set([
  'return',
  'closed_by_return',
  'returned_to_submitter',
  'escalated',
  'urge',
  'overdue_reminder',
  'no_assignee',
]);

/** The colour of a ledger row's dot: decisions for, against, and turns back. */
export function entryColour(action: string): string {
  if (GREEN.has(action)) return 'green';
  if (RED.has(action)) return 'red';
  if (ORANGE.has(action)) return 'orange';
  return 'blue';
}

/** The ledger of a request, oldest first: who did what and when, with opinion, files and signature. */
@Component({
  selector: 'bst-request-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    DatePipe,
    NzTooltipModule,
    AttachmentListComponent,
    ...RECORD_TIMELINE,
    SignatureImageComponent,
  ],
  template: `
    <bst-record-timeline
      testId="timeline"
      entryTestId="timeline-entry"
      noteTestId="timeline-opinion"
      kindAs="action"
      [newestFirst]="false"
      [entries]="entries()"
      [read]="reading"
    >
      <ng-template bstEntry="line" [bstEntryOf]="entries()" let-entry>
        <span class="bst-entry-small bst-muted">{{ entry.at | date: 'yyyy-MM-dd HH:mm:ss' }}</span>
        @if (entry.actor; as actor) {
          <strong>{{ actor.name }}</strong>
        } @else if (!entry.automatic) {
          <!-- Only an administrator's login acts without being a person (终止). -->
          <strong data-testid="timeline-administrator">{{ 'timeline.administrator' | t }}</strong>
        } @else {
          <strong>{{ 'timeline.system' | t }}</strong>
        }
        @if (entry.onBehalfOf; as principal) {
          <span class="bst-muted">{{ 'timeline.onBehalfOf' | t: { name: principal.name } }}</span>
        }
        <span class="bst-entry-what">{{ action(entry.action) }}</span>
        @if (detail(entry); as text) {
          <span class="bst-muted">{{ text }}</span>
        }
        @if (entry.stageName) {
          <nz-tag>{{ entry.stageName }}</nz-tag>
        }
        @if (entry.automatic) {
          <nz-tag nzColor="default" data-testid="timeline-automatic"
            ><nz-icon nzType="robot" />{{ 'timeline.automatic' | t }}</nz-tag
          >
        }
        @if (entry.signatureSha256; as hash) {
          <nz-tag
            nzColor="gold"
            nz-tooltip
            [nzTooltipTitle]="'SHA-256 ' + hash"
            data-testid="timeline-signed"
          >
            <nz-icon nzType="signature" />{{ 'timeline.signed' | t }}
          </nz-tag>
        }
      </ng-template>
      <ng-template bstEntry="below" [bstEntryOf]="entries()" let-entry>
        @if (entry.attachments.length) {
          <bst-attachment-list [files]="entry.attachments" />
        }
        @if (entry.signatureSha256 && signatures().get(entry.signatureSha256); as image) {
          <bst-signature-image [attachmentId]="image" [signer]="entry.actor?.name ?? ''" />
        }
      </ng-template>
    </bst-record-timeline>
  `,
})
export class RequestTimelineComponent {
  private readonly i18n = inject(TranslateService);
  readonly entries = input.required<readonly LedgerEntry[]>();
  /** The request's signature images by their SHA-256, as the ledger names them. */
  readonly signatures = input<ReadonlyMap<string, string>>(new Map());
  protected readonly reading: EntryReading<LedgerEntry> = {
    colour: (entry) => entryColour(entry.action),
    kind: (entry) => entry.action,
    note: (entry) => entry.opinion,
  };

  protected action(action: string): string {
    return actionText(this.i18n, action);
  }

  /** The particulars an action's row keeps: where a return went, to whom a task was handed. */
  protected detail(entry: LedgerEntry): string {
    const detail = entry.detail ?? {};
    const name = (value: unknown) =>
      value && typeof value === 'object' && 'name' in value
        ? String((value as { name: unknown }).name)
        : null;
    const names = (value: unknown) =>
      Array.isArray(value)
        ? value
            .map(name)
            .filter((n): n is string => !!n)
            .join('、')
        : null;
    const target = detail['target'] as { kind?: string; stageIndex?: number } | undefined;
    if (target?.kind === 'submitter') return this.i18n.t('timeline.toSubmitter');
    if (target?.kind === 'stage') return this.i18n.t('timeline.toStage', { n: (target.stageIndex ?? 0) + 1 });
    const to = name(detail['to']);
    if (to) return this.i18n.t('timeline.to', { name: to });
    const people = names(detail['signers']) || names(detail['people']);
    return people ? this.i18n.t('timeline.to', { name: people }) : '';
  }
}
