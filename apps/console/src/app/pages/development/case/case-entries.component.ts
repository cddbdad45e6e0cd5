import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CaseEntry } from '@bastion/development-contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  DevelopmentFiles,
  EntryBelowDirective,
  EntryLineDirective,
  FileLinksComponent,
  LabelPipe,
  RecordTimelineComponent,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS, entryColour, entryText } from '../development-labels';

/**
 * The case's record, newest first: what was recorded, for which step, the business date and the
 * moment it was entered, who entered it (or that a clock did), the version of the rules that
 * governed it, what they wrote and their files.
 */
@Component({
  selector: 'bst-case-entries',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    NzIconModule,
    NzTagModule,
    FileLinksComponent,
    RecordTimelineComponent,
    EntryLineDirective,
    EntryBelowDirective,
    LabelPipe,
    TranslatePipe,
  ],
  template: `
    <bst-record-timeline
      testId="case-entries"
      entryTestId="case-entry"
      [entries]="entries()"
      [colour]="colour"
      [kind]="kindOf"
      [note]="noteOf"
    >
      <ng-template bstEntryLine [bstEntryLineOf]="entries()" let-e>
        @if (e.date) {
          <strong data-testid="case-entry-date">{{ e.date }}</strong>
        }
        <span class="what">{{ text(e) }}</span>
        @if (e.step) {
          <span class="bst-muted">{{ 'dev.entry.step' | t: { n: e.step } }}</span>
        }
        @if (accountOf(e); as account) {
          <span data-testid="case-entry-account">{{ 'dev.entry.account' | t: { name: account } }}</span>
        } @else if (e.automatic || !e.actor) {
          <nz-tag><nz-icon nzType="robot" />{{ 'dev.entry.automatic' | t }}</nz-tag>
        } @else {
          <span>{{ e.actor.name }}</span>
        }
        @if (e.migrated) {
          <nz-tag nzColor="gold">{{ 'dev.entry.fromPaper' | t }}</nz-tag>
        }
        <span class="bst-muted small" [title]="e.at">{{
          'dev.entry.recordedAt' | t: { at: (e.at | date: 'yyyy-MM-dd HH:mm') ?? '' }
        }}</span>
        <span class="bst-muted small bst-mono" data-testid="case-entry-rules">{{ e.ruleSetId }}</span>
        <nz-tag>{{ labels.status[e.statusAfter] | label }}</nz-tag>
        @if (e.requestId) {
          <a [routerLink]="['/approvals', e.requestId]">{{ 'dev.signoff.open' | t }}</a>
        }
      </ng-template>
      <ng-template bstEntryBelow [bstEntryBelowOf]="entries()" let-e>
        @if (e.files.length) {
          <bst-file-links [files]="e.files" [source]="files" />
        }
      </ng-template>
    </bst-record-timeline>
  `,
  styles: `
    .what {
      font-weight: 500;
    }
    .small {
      font-size: 12px;
    }
  `,
})
export class CaseEntriesComponent {
  private readonly i18n = inject(TranslateService);
  protected readonly files = inject(DevelopmentFiles);

  readonly entries = input.required<readonly CaseEntry[]>();

  protected readonly labels = DEV_LABELS;
  protected readonly colour = (e: CaseEntry) => entryColour(e.kind);
  protected readonly kindOf = (e: CaseEntry) => e.kind;
  protected readonly noteOf = (e: CaseEntry) => e.note;
  protected readonly text = (e: CaseEntry) => entryText(this.i18n, e.kind);
  protected readonly accountOf = entryAccount;
}

/** An administrator's login that took a step without being a person: its name. */
export function entryAccount(e: CaseEntry): string | null {
  const account = e.details['account'] as { name?: unknown } | undefined;
  return !e.actor && typeof account?.name === 'string' ? account.name : null;
}
