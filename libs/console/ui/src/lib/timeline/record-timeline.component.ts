import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
  TemplateRef,
} from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';

/** What the frame needs of an entry: its place in the record. */
export interface RecordEntry {
  readonly seq: number;
}

/** The context of an entry's templates: the entry itself (`let-entry`). */
export interface RecordEntryContext<E> {
  readonly $implicit: E;
}

/**
 * The template of an entry's first line (who, when, what). `[bstEntryLineOf]` names the entries,
 * so the template's `let-entry` has their type.
 */
@Directive({ selector: 'ng-template[bstEntryLine]' })
export class EntryLineDirective<E extends RecordEntry> {
  readonly template = inject<TemplateRef<RecordEntryContext<E>>>(TemplateRef);
  readonly bstEntryLineOf = input<readonly E[]>();

  static ngTemplateContextGuard<E extends RecordEntry>(
    _directive: EntryLineDirective<E>,
    _context: unknown,
  ): _context is RecordEntryContext<E> {
    return true;
  }
}

/** The template of what follows the note: the entry's files, a signature. */
@Directive({ selector: 'ng-template[bstEntryBelow]' })
export class EntryBelowDirective<E extends RecordEntry> {
  readonly template = inject<TemplateRef<RecordEntryContext<E>>>(TemplateRef);
  readonly bstEntryBelowOf = input<readonly E[]>();

  static ngTemplateContextGuard<E extends RecordEntry>(
    _directive: EntryBelowDirective<E>,
    _context: unknown,
  ): _context is RecordEntryContext<E> {
    return true;
  }
}

/**
 * A record as a timeline, the same for a request's ledger, an item's transitions and a case's
 * entries: one dot per entry in the colour its kind gives, a first line the page draws, the note
 * someone wrote (quoted), then what the page adds below (files, a signature).
 */
@Component({
  selector: 'bst-record-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, NzTimelineModule],
  template: `
    <nz-timeline [attr.data-testid]="testId()">
      @for (entry of ordered(); track entry.seq) {
        <nz-timeline-item [nzColor]="colour()(entry)">
          <div
            class="line"
            [attr.data-testid]="entryTestId()"
            [attr.data-kind]="kindAs() === 'kind' ? kind()(entry) : null"
            [attr.data-action]="kindAs() === 'action' ? kind()(entry) : null"
          >
            <ng-container
              [ngTemplateOutlet]="line().template"
              [ngTemplateOutletContext]="{ $implicit: entry }"
            />
          </div>
          @if (note()(entry); as text) {
            <blockquote class="bst-quote" [attr.data-testid]="noteTestId()">{{ text }}</blockquote>
          }
          @if (below(); as more) {
            <ng-container
              [ngTemplateOutlet]="more.template"
              [ngTemplateOutletContext]="{ $implicit: entry }"
            />
          }
        </nz-timeline-item>
      }
    </nz-timeline>
  `,
  styles: `
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
  `,
})
export class RecordTimelineComponent<E extends RecordEntry> {
  readonly entries = input.required<readonly E[]>();
  /** Newest first (the default), or in the order of the record. */
  readonly newestFirst = input(true);
  readonly colour = input.required<(entry: E) => string>();
  /** The entry's kind, as the row's `data-kind` or `data-action` (what tests find it by). */
  readonly kind = input.required<(entry: E) => string>();
  readonly kindAs = input<'kind' | 'action'>('kind');
  readonly note = input<(entry: E) => string | null | undefined>(() => null);
  readonly testId = input<string>();
  readonly entryTestId = input<string>();
  readonly noteTestId = input<string>();

  protected readonly line = contentChild.required<EntryLineDirective<E>>(EntryLineDirective);
  protected readonly below = contentChild<EntryBelowDirective<E>>(EntryBelowDirective);
  protected readonly ordered = computed(() =>
    this.newestFirst() ? [...this.entries()].sort((a, b) => b.seq - a.seq) : this.entries(),
  );
}
