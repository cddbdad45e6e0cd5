import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { calendarYearInputSchema } from '@bastion/identity-contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import {
  ButtonRowComponent,
  type ButtonSpec,
  CalendarApi,
  checkAgainstContract,
  type FieldLayout,
  FORM_IMPORTS,
  FormSubmission,
  notices,
} from '@bastion/console-ui';
import { type LineProblem, parseYearText, type YearText } from './year-text';

const FIELDS: FieldLayout = [
  {
    key: 'holidays',
    label: 'calendar.field.holidays',
    kind: 'textarea',
    id: 'calendar-holidays',
    testId: 'calendar-holidays',
    rows: 10,
    monospace: true,
  },
  {
    key: 'makeUpWorkdays',
    label: 'calendar.field.makeUp',
    kind: 'textarea',
    id: 'calendar-makeup',
    testId: 'calendar-makeup',
    rows: 4,
    monospace: true,
  },
  {
    key: 'source',
    label: 'calendar.field.source',
    kind: 'text',
    id: 'calendar-source',
    testId: 'calendar-source',
  },
  { key: 'provisional', label: 'calendar.field.provisional', kind: 'checkbox' },
];

/** What the editor opens with: a year's arrangement as text, or an empty year to add. */
export interface YearDraft extends YearText {
  year: number;
  provisional: boolean;
  source: string;
}

/**
 * Edits one year of the holiday calendar: the days off and make-up days one per line, the notice
 * it comes from. Lines it cannot read are listed by number; the rest is the contract's and the
 * service's to check.
 */
@Component({
  selector: 'bst-calendar-year-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, ButtonRowComponent, NzCardModule],
  template: `
    <nz-card
      class="editor"
      [nzTitle]="'calendar.editorTitle' | t: { year: form.controls.year.value }"
      data-testid="calendar-editor"
    >
      <form nz-form nzLayout="vertical" [formGroup]="form" (submit)="$event.preventDefault()">
        <bst-form-fields [group]="form" [layout]="fields()" />
      </form>
      @if (lineProblems().length) {
        <ul class="bst-field-problems" data-testid="calendar-line-problems">
          @for (p of lineProblems(); track $index) {
            <li>{{ 'calendar.lineProblem' | t: { line: p.line, text: p.text } }}</li>
          }
        </ul>
      }
      @if (submission.failure(); as e) {
        <bst-error-alert class="save-error" [error]="e" />
      }
      <bst-button-row
        class="buttons"
        [buttons]="buttons()"
        (pressed)="$event === 'save' ? save() : closed.emit()"
      />
    </nz-card>
  `,
  styles: `
    .editor {
      margin-bottom: 16px;
    }
    .buttons {
      justify-content: flex-end;
      margin-top: 12px;
    }
    .save-error {
      display: block;
      margin-top: 12px;
    }
  `,
})
export class CalendarYearEditorComponent {
  private readonly api = inject(CalendarApi);
  private readonly notice = notices();

  /** Whether the year is a new one, whose number the user chooses. */
  readonly adding = input(false);
  readonly draft = input.required<YearDraft>();
  readonly saved = output();
  readonly closed = output();

  /** The year's number is chosen only for a year being added. */
  protected readonly fields = computed((): FieldLayout => [
    ...(this.adding()
      ? [
          {
            key: 'year',
            label: 'calendar.field.year',
            kind: 'number',
            id: 'calendar-year',
            testId: 'calendar-year',
          } as const,
        ]
      : []),
    ...FIELDS,
  ]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    year: [0],
    holidays: [''],
    makeUpWorkdays: [''],
    source: [''],
    provisional: [false],
  });
  // The calendar's own checks name days across both boxes: the service's problems stay together in
  // the alert rather than going to the fields.
  protected readonly submission = new FormSubmission(this.form, () => []);
  protected readonly lineProblems = signal<LineProblem[]>([]);
  protected readonly buttons = computed((): ButtonSpec[] => [
    { key: 'cancel', label: 'common.cancel' },
    {
      key: 'save',
      label: 'common.save',
      type: 'primary',
      loading: this.submission.saving(),
      testId: 'calendar-save',
    },
  ]);

  constructor() {
    // Another year opened in the editor starts afresh: its text, no problems from the last one.
    effect(() => {
      const draft = this.draft();
      untracked(() => {
        this.form.reset(draft);
        this.lineProblems.set([]);
        this.submission.failure.set(null);
      });
    });
  }

  protected save(): Promise<boolean> {
    const d = this.form.getRawValue();
    const year = +d.year;
    const { input, problems } = parseYearText(d);
    this.lineProblems.set(problems);
    if (problems.length) return Promise.resolve(false);
    const request = {
      ...input,
      provisional: d.provisional,
      ...(d.source.trim() ? { source: d.source.trim() } : {}),
    };
    const check = checkAgainstContract(
      this.form,
      calendarYearInputSchema,
      request,
      (path) => path.split('.')[0],
    );
    if (!check.ok) return Promise.resolve(false);
    return this.submission.run(
      () => this.api.save(year, request),
      () => {
        this.notice.done('calendar.saved', { year });
        this.saved.emit();
      },
    );
  }
}
