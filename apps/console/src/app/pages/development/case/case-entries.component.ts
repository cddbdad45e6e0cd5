import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CaseEntry } from '@bastion/development-contracts';
import {
  DevelopmentFiles,
  KIT_IMPORTS,
  kindedEntryReading,
  RECORD_TIMELINE,
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
  imports: [...KIT_IMPORTS, DatePipe, ...RECORD_TIMELINE],
  template: `
    <bst-record-timeline
      testId="case-entries"
      entryTestId="case-entry"
      [entries]="entries()"
      [read]="reading"
      [fileSource]="files"
    >
      <ng-template bstEntry="line" [bstEntryOf]="entries()" let-e>
        @if (e.date) {
          <strong data-testid="case-entry-date">{{ e.date }}</strong>
        }
        <span class="bst-entry-what">{{ text(e) }}</span>
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
        <span class="bst-muted bst-entry-small" [title]="e.at">{{
          'dev.entry.recordedAt' | t: { at: (e.at | date: 'yyyy-MM-dd HH:mm') ?? '' }
        }}</span>
        <span class="bst-muted bst-entry-small bst-mono" data-testid="case-entry-rules">{{
          e.ruleSetId
        }}</span>
        <nz-tag>{{ labels.status[e.statusAfter] | label }}</nz-tag>
      </ng-template>
    </bst-record-timeline>
  `,
})
export class CaseEntriesComponent {
  private readonly i18n = inject(TranslateService);
  protected readonly files = inject(DevelopmentFiles);

  readonly entries = input.required<readonly CaseEntry[]>();

  protected readonly labels = DEV_LABELS;
  protected readonly reading = kindedEntryReading<CaseEntry>(entryColour, 'dev.signoff.open');
  protected readonly text = (e: CaseEntry) => entryText(this.i18n, e.kind);
  protected readonly accountOf = entryAccount;
}

/** An administrator's login that took a step without being a person: its name. */
export function entryAccount(e: CaseEntry): string | null {
  const account = e.details['account'] as { name?: unknown } | undefined;
  return !e.actor && typeof account?.name === 'string' ? account.name : null;
}
