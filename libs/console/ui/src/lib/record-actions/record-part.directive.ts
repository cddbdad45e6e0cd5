import { Directive, inject, input, TemplateRef } from '@angular/core';
import type { ActedRecord } from './acted-record';

/** The context of a part of the page: the record as it stands (`let-view`). */
export interface RecordPartContext<V> {
  readonly $implicit: V;
}

/**
 * A part of a record's page the page writes: `title` (inside the heading), `links` (the buttons
 * beside the heading, between 终止 and reload) or `body` (all below). `[bstRecordPartOf]` names
 * the record, so the template's `let-view` has its type.
 */
@Directive({ selector: 'ng-template[bstRecordPart]' })
export class RecordPartDirective<V> {
  readonly template = inject<TemplateRef<RecordPartContext<V>>>(TemplateRef);
  readonly bstRecordPart = input.required<'title' | 'links' | 'body'>();
  readonly bstRecordPartOf = input<ActedRecord<V>>();

  static ngTemplateContextGuard<V>(
    _directive: RecordPartDirective<V>,
    _context: unknown,
  ): _context is RecordPartContext<V> {
    return true;
  }
}
