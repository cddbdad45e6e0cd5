import { ChangeDetectionStrategy, Component, computed, input, type Signal, type Type } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { ProblemListComponent } from '../forms/problem-list.component';
import { RecordFooterComponent } from '../forms/record-footer.component';
import type { PaperRecord, PaperRecordRow } from '../forms/paper-record';
import { RecordRowComponent, type RecordRowTexts } from '../forms/record-row.component';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { TranslatePipe } from '../i18n/translate.pipe';
import { type PaperRowFieldsOf, PaperRowFieldsDirective } from './paper-row-fields.directive';

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
 * A paper-record take-over page as data, built by the page from its draft: the record and its
 * words, the test ids, the kinds of row and the component that draws a row's fields, what the
 * service found wrong with the record as a whole, and what the page does when a row's kind
 * changes or the record is sent.
 */
export interface PaperRecordPage<
  T extends string,
  R extends PaperRecordRow<R['draft']> & { type: T },
  F extends string,
> {
  readonly record: PaperRecord<R, F>;
  readonly texts: PaperRecordTexts;
  /** The rows', footer's and problems' test ids start with it; a row's fields get `<testId>-<i>`. */
  readonly testId: string;
  readonly headTestId: string;
  readonly types: Signal<readonly { value: T; label: string }[]>;
  /** Draws the fields of one row. */
  readonly fields: Type<PaperRowFieldsOf<R['draft'], F>>;
  /** What the service found wrong with the record as a whole. */
  readonly headProblems: Signal<readonly string[]>;
  /** How many problems are still open. */
  readonly problemCount: Signal<number>;
  /** The line beside the title (the batch an item joins); none by default. */
  readonly subtitle?: Signal<string | null>;
  /** Whether a row's kind can be searched for by typing. */
  readonly searchable?: boolean;
  /** Whether a row is marked as refused; by default, when the service said something of it. */
  readonly invalid?: (key: number) => boolean;
  setType(index: number, type: T): void;
  /** Sends the record (the page's checks, the call, placing the service's problems). */
  submit(): Promise<void>;
}

/**
 * A page on which a record kept on paper is typed in (a development case, a rectification item),
 * laid out the same way for both from its `PaperRecordPage`: its title, a card of what the record
 * is about with the service's problems with it and the page's own fields inside (the content),
 * then a row per step taken with the page's fields component, then the footer that adds a row and
 * sends the whole. Fields stand under their labels. Test ids: the card's `headTestId` and
 * `<headTestId>-problems`, each problem `<testId>-problem`, the subtitle `<testId>-batch`; the
 * rows' and footer's are `testId`'s.
 */
@Component({
  selector: 'bst-paper-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NzCardModule,
    NzFormModule,
    PaperRowFieldsDirective,
    ProblemListComponent,
    RecordFooterComponent,
    RecordRowComponent,
    TranslatePipe,
  ],
  template: `
    @let p = page();
    @let id = p.testId;
    @let r = p.record;
    <div class="bst-page-header">
      <h1>{{ p.texts.title | t }}</h1>
      @if (subtitle(); as subtitle) {
        <span class="bst-muted" [attr.data-testid]="id + '-batch'">{{ subtitle }}</span>
      }
    </div>

    <div nz-form nzLayout="vertical">
      <nz-card class="block" [nzTitle]="p.texts.head | t" [attr.data-testid]="p.headTestId">
        <div class="bst-muted hint">{{ p.texts.hint | t }}</div>
        <bst-problem-list
          [problems]="p.headProblems()"
          [testId]="p.headTestId + '-problems'"
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
          [texts]="r.rowTexts(p.texts.row, i)"
          [types]="p.types()"
          [type]="row.type"
          [searchable]="p.searchable ?? false"
          [problems]="r.problemsOf(row.key)"
          [invalid]="invalid(row.key)"
          (typeChange)="p.setType(i, $event)"
          (moved)="r.move(i, $event)"
          (removed)="r.remove(i)"
        >
          <ng-container [bstPaperRowFields]="p.fields" [record]="r" [row]="row" [index]="i" [testId]="id" />
        </bst-record-row>
      }
    </div>

    <bst-record-footer
      [testId]="id"
      [addText]="p.texts.add | t"
      [submitText]="p.texts.submit | t"
      [problemsText]="p.problemCount() ? (p.texts.problems | t: { n: p.problemCount() }) : null"
      [failure]="r.failure()"
      [extraProblems]="r.otherProblems()"
      [sending]="r.sending()"
      (added)="r.add()"
      (submitted)="p.submit()"
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
  readonly page = input.required<PaperRecordPage<T, R, F>>();

  protected readonly subtitle = computed(() => this.page().subtitle?.() ?? null);

  protected invalid(key: number): boolean {
    const page = this.page();
    return page.invalid ? page.invalid(key) : page.record.problemsOf(key).length > 0;
  }
}
