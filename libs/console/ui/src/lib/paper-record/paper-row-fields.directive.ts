import {
  Directive,
  inject,
  input,
  inputBinding,
  type InputSignal,
  type ModelSignal,
  type OnInit,
  outputBinding,
  type Signal,
  type Type,
  ViewContainerRef,
} from '@angular/core';
import type { PaperRecord, PaperRecordRow } from '../forms/paper-record';

/**
 * What a paper-record page needs of the component that draws one row's own fields (a
 * development step's, an item's step's): the row's kind, its draft, edited in place, the
 * problems found with its fields, and the test id its fields' ids start with.
 */
export interface PaperRowFieldsOf<D, F extends string> {
  /** The row's kind (the component may know kinds the page does not offer). */
  readonly type: Signal<string>;
  readonly draft: ModelSignal<D>;
  readonly problems: InputSignal<Partial<Record<F, string>>>;
  readonly testId: InputSignal<string>;
}

/**
 * Draws a row's fields in its place with the page's fields component (one for the page, so it is
 * drawn once): the row's kind and draft, the problems kept by its key, the test id
 * `<testId>-<index>`, all following the row as it changes and moves; an edit goes back to the record.
 */
@Directive({ selector: 'ng-container[bstPaperRowFields]' })
export class PaperRowFieldsDirective<
  T extends string,
  R extends PaperRecordRow<R['draft']> & { type: T },
  F extends string,
> implements OnInit {
  readonly bstPaperRowFields = input.required<Type<PaperRowFieldsOf<R['draft'], F>>>();
  readonly record = input.required<PaperRecord<R, F>>();
  readonly row = input.required<R>();
  readonly index = input.required<number>();
  readonly testId = input.required<string>();

  private readonly place = inject(ViewContainerRef);

  ngOnInit(): void {
    this.place.createComponent(this.bstPaperRowFields(), {
      bindings: [
        inputBinding('type', () => this.row().type),
        inputBinding('draft', () => this.row().draft),
        inputBinding('problems', () => this.record().fieldsOf(this.row().key)),
        inputBinding('testId', () => `${this.testId()}-${this.index()}`),
        outputBinding<R['draft']>('draftChange', (draft) => this.record().setDraft(this.index(), draft)),
      ],
    });
  }
}
