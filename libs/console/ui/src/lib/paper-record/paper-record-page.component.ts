import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  Directive,
  inject,
  input,
  output,
  TemplateRef,
} from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { ProblemListComponent } from '../forms/problem-list.component';
import { RecordFooterComponent } from '../forms/record-footer.component';
import type { PaperRecord, PaperRecordRow } from '../forms/paper-record';
import { RecordRowComponent, type RecordRowTexts } from '../forms/record-row.component';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The context of a row's fields: the row (`let-row`) and its place (`let-i="index"`). */
export interface PaperRowContext<R> {
  $implicit: R;
  index: number;
}

/** The fields of one row of a paper record, as the page draws them: `<ng-template bstPaperRow let-row let-i="index">`. */
@Directive({ selector: 'ng-template[bstPaperRow]' })
export class PaperRowDirective<R> {
  readonly template = inject<TemplateRef<PaperRowContext<R>>>(TemplateRef);
  /** The rows, so the template's `let-row` has their type. */
  readonly bstPaperRowOf = input<readonly R[]>();

  static ngTemplateContextGuard<R>(
    _directive: PaperRowDirective<R>,
    _context: unknown,
  ): _context is PaperRowContext<R> {
    return true;
  }
}

/** The words of a paper-record page, as the catalogue's keys. */
export interface PaperRecordTexts {
  title: MessageKey;
  /** The card of what the record is about (the application, the item). */
  head: MessageKey;
  hint: MessageKey;
  add: MessageKey;
  submit: MessageKey;
  /** How many problems are still open, with `{n}`. */
  problems: MessageKey;
  row: { [K in keyof RecordRowTexts]: MessageKey };
}

/** The names of a paper-record page's words under its prefix in the catalogue. */
type PaperTextName =
  'title' | 'hint' | 'add' | 'submit' | 'problems' | 'row' | 'type' | 'up' | 'down' | 'remove';

/**
 * The words of a paper-record page kept in the catalogue under one prefix (`<prefix>.title`,
 * `.hint`, `.add`, `.submit`, `.problems`, and the row's `.row`, `.type`, `.up`, `.down`,
 * `.remove`); `head` names the card of what the record is about.
 */
export function paperRecordTexts<P extends string>(
  prefix: `${P}.${PaperTextName}` extends MessageKey ? P : never,
  head: MessageKey,
): PaperRecordTexts {
  const key = (name: PaperTextName) => `${prefix}.${name}` as MessageKey;
  return {
    title: key('title'),
    head,
    hint: key('hint'),
    add: key('add'),
    submit: key('submit'),
    problems: key('problems'),
    row: { title: key('row'), type: key('type'), up: key('up'), down: key('down'), remove: key('remove') },
  };
}

/**
 * A page on which a record kept on paper is typed in (a development case, a rectification item),
 * laid out the same way for both: its title, a card of what the record is about with the
 * service's problems with it and the page's fields inside, then a row per step taken (the page
 * draws its fields), then the footer that adds a row and sends the whole. Fields stand under
 * their labels. Test ids: the card's `headTestId` and `<headTestId>-problems`, each problem
 * `<testId>-problem`, the subtitle `<testId>-batch`; the rows' and footer's are `testId`'s.
 */
@Component({
  selector: 'bst-paper-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    NzCardModule,
    NzFormModule,
    ProblemListComponent,
    RecordFooterComponent,
    RecordRowComponent,
    TranslatePipe,
  ],
  template: `
    @let id = testId();
    @let r = record();
    <div class="bst-page-header">
      <h1>{{ texts().title | t }}</h1>
      @if (subtitle(); as subtitle) {
        <span class="bst-muted" [attr.data-testid]="id + '-batch'">{{ subtitle }}</span>
      }
    </div>

    <div nz-form nzLayout="vertical">
      <nz-card class="block" [nzTitle]="texts().head | t" [attr.data-testid]="headTestId()">
        <div class="bst-muted hint">{{ texts().hint | t }}</div>
        <bst-problem-list
          [problems]="headProblems()"
          [testId]="headTestId() + '-problems'"
          [itemTestId]="id + '-problem'"
        />
        <ng-content />
      </nz-card>

      @for (row of r.rows(); track row.key; let i = $index; let first = $first; let last = $last) {
        <bst-record-row
          [index]="i"
          [first]="first"
          [last]="last"
          [testId]="id"
          [texts]="r.rowTexts(texts().row, i)"
          [types]="types()"
          [type]="row.type"
          [searchable]="searchable()"
          [problems]="r.problemsOf(row.key)"
          [invalid]="invalid()(row.key)"
          (typeChange)="typeChange.emit({ index: i, type: $event })"
          (moved)="r.move(i, $event)"
          (removed)="r.remove(i)"
        >
          <ng-container *ngTemplateOutlet="fields().template; context: { $implicit: row, index: i }" />
        </bst-record-row>
      }
    </div>

    <bst-record-footer
      [testId]="id"
      [addText]="texts().add | t"
      [submitText]="texts().submit | t"
      [problemsText]="problemCount() ? (texts().problems | t: { n: problemCount() }) : null"
      [failure]="r.failure()"
      [extraProblems]="r.otherProblems()"
      [sending]="r.sending()"
      (added)="r.add()"
      (submitted)="submitted.emit()"
    />
  `,
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .hint {
      margin-bottom: 12px;
    }
  `,
})
export class PaperRecordPageComponent<
  T extends string,
  R extends PaperRecordRow<R['draft']> & { type: T },
  F extends string,
> {
  readonly record = input.required<PaperRecord<R, F>>();
  readonly texts = input.required<PaperRecordTexts>();
  readonly testId = input.required<string>();
  readonly headTestId = input.required<string>();
  /** What the service found wrong with the record as a whole. */
  readonly headProblems = input<readonly string[]>([]);
  readonly subtitle = input<string | null>(null);
  readonly types = input.required<readonly { value: T; label: string }[]>();
  readonly searchable = input(false);
  readonly problemCount = input(0);
  /** Whether a row is marked as refused; by default, when the service said something of it. */
  readonly invalid = input<(key: number) => boolean>((key) => this.record().problemsOf(key).length > 0);
  readonly typeChange = output<{ index: number; type: T }>();
  readonly submitted = output();

  protected readonly fields = contentChild.required<PaperRowDirective<R>>(PaperRowDirective);
}
