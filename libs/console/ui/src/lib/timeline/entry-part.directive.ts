import { Directive, inject, input, TemplateRef } from '@angular/core';
import type { RecordEntry } from './record-timeline.component';

/** The context of an entry's templates: the entry itself (`let-entry`). */
export interface RecordEntryContext<E> {
  readonly $implicit: E;
}

/**
 * A part of an entry the page writes: its first `line` (who, when, what), or what it adds `below`
 * the note and files (a signature). `[bstEntryOf]` names the entries, so the template's
 * `let-entry` has their type.
 */
@Directive({ selector: 'ng-template[bstEntry]' })
export class EntryPartDirective<E extends RecordEntry> {
  readonly template = inject<TemplateRef<RecordEntryContext<E>>>(TemplateRef);
  readonly bstEntry = input.required<'line' | 'below'>();
  readonly bstEntryOf = input<readonly E[]>();

  static ngTemplateContextGuard<E extends RecordEntry>(
    _directive: EntryPartDirective<E>,
    _context: unknown,
  ): _context is RecordEntryContext<E> {
    return true;
  }
}
