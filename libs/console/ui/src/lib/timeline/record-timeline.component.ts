import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FileRef } from '@bastion/shared-contracts';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { FileLinksComponent, type FileSource } from '../files/file-links.component';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import { templatesByName } from '../slots/templates-by-name';
import { EntryPartDirective } from './entry-part.directive';

/** What the frame needs of an entry: its place in the record. */
export interface RecordEntry {
  readonly seq: number;
}

/**
 * How a page reads its record's entries: the colour of an entry's dot, its kind (what tests find
 * the row by), the note someone wrote, the files linked below it and the sign-off it started.
 */
export interface EntryReading<E> {
  colour(entry: E): string;
  kind(entry: E): string;
  note?(entry: E): string | null | undefined;
  files?(entry: E): readonly FileRef[];
  /** The approvals request an entry started, linked at the end of its line under `text`. */
  signOff?: { request(entry: E): string | null | undefined; text: MessageKey };
}

/** An entry of a domain's record (an item's transitions, a case's entries): its kind, note, files and sign-off. */
export interface KindedEntry extends RecordEntry {
  readonly kind: string;
  readonly note: string | null;
  readonly files: readonly FileRef[];
  readonly requestId?: string | null;
}

/**
 * The reading of a domain record's entries, the same for every domain: the dot in the colour of
 * the entry's kind, its note, its files, and the sign-off it started linked under `signOffText`.
 */
export function kindedEntryReading<E extends KindedEntry>(
  colourOf: (kind: E['kind']) => string,
  signOffText: MessageKey,
): EntryReading<E> {
  return {
    colour: (entry) => colourOf(entry.kind),
    kind: (entry) => entry.kind,
    note: (entry) => entry.note,
    files: (entry) => entry.files,
    signOff: { request: (entry) => entry.requestId, text: signOffText },
  };
}

/**
 * A record as a timeline, the same for a request's ledger, an item's transitions and a case's
 * entries: one dot per entry in the colour its kind gives, a first line the page draws (then the
 * link to the sign-off the entry started), the note someone wrote (quoted), the entry's files,
 * then what the page adds below (a signature). In a line, `bst-entry-small` is small print (the time) and
 * `bst-entry-what` what happened.
 */
@Component({
  selector: 'bst-record-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The line is written by the page; its classes are the kit's, so they are styled unscoped.
  encapsulation: ViewEncapsulation.None,
  imports: [NgTemplateOutlet, RouterLink, NzTimelineModule, FileLinksComponent, TranslatePipe],
  template: `
    @let reading = read();
    <nz-timeline [attr.data-testid]="testId()">
      @for (entry of ordered(); track entry.seq) {
        <nz-timeline-item [nzColor]="reading.colour(entry)">
          <div
            class="bst-entry-line"
            [attr.data-testid]="entryTestId()"
            [attr.data-kind]="kindAs() === 'kind' ? reading.kind(entry) : null"
            [attr.data-action]="kindAs() === 'action' ? reading.kind(entry) : null"
          >
            <ng-container
              [ngTemplateOutlet]="part('line')"
              [ngTemplateOutletContext]="{ $implicit: entry }"
            />
            @if (reading.signOff; as signOff) {
              @if (signOff.request(entry); as request) {
                <a [routerLink]="['/approvals', request]">{{ signOff.text | t }}</a>
              }
            }
          </div>
          @if (reading.note?.(entry); as text) {
            <blockquote class="bst-quote" [attr.data-testid]="noteTestId()">{{ text }}</blockquote>
          }
          @if (reading.files?.(entry)?.length) {
            <bst-file-links [files]="reading.files!(entry)" [source]="fileSource()" />
          }
          <ng-container [ngTemplateOutlet]="part('below')" [ngTemplateOutletContext]="{ $implicit: entry }" />
        </nz-timeline-item>
      }
    </nz-timeline>
  `,
  styles: `
    .bst-entry-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .bst-entry-line .bst-entry-small {
      font-size: 12px;
    }
    .bst-entry-line .bst-entry-what {
      font-weight: 500;
    }
  `,
})
export class RecordTimelineComponent<E extends RecordEntry> {
  readonly entries = input.required<readonly E[]>();
  readonly read = input.required<EntryReading<E>>();
  /** Newest first (the default), or in the order of the record. */
  readonly newestFirst = input(true);
  /** The entry's kind stands as the row's `data-kind`, or as `data-action` in a ledger. */
  readonly kindAs = input<'kind' | 'action'>('kind');
  /** Where the entries' files are fetched from; the rectification service's by default. */
  readonly fileSource = input<FileSource | null>(null);
  readonly testId = input<string>();
  readonly entryTestId = input<string>();
  readonly noteTestId = input<string>();

  private readonly parts = contentChildren<EntryPartDirective<E>>(EntryPartDirective);
  protected readonly part = templatesByName(this.parts, (p) => p.bstEntry());
  protected readonly ordered = computed(() =>
    this.newestFirst() ? [...this.entries()].sort((a, b) => b.seq - a.seq) : this.entries(),
  );
}

/** What a page imports to draw its record as a timeline. */
export const RECORD_TIMELINE = [RecordTimelineComponent, EntryPartDirective] as const;
