import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type PaperItemStepType, paperItemStepLabels } from '@bastion/rectification-contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  ApiError,
  checkRows,
  FormFieldsComponent,
  type FieldLayout,
  labelledOptions,
  newIdempotencyKey,
  PaperRecord,
  type PaperRecordPage,
  PaperRecordPageComponent,
  paperRecordTexts,
  placeOnRows,
  RectificationApi,
  rowProblemCount,
  type RowFieldProblems,
  TranslateService,
  withoutEdited,
} from '@bastion/console-ui';
import { CATEGORIES, LABELS, SERIOUSNESS } from '../rectification-labels';
import {
  buildMigration,
  emptyHead,
  missingFields,
  newRow,
  PAPER_STEP_TYPES,
  type PaperHead,
  type PaperRow,
  type PaperStepField,
  placeProblems,
} from './paper-draft';
import { PaperStepFieldsComponent } from './paper-step-fields.component';

/**
 * 录入纸质台账: an item already under way on paper when the organisation moved to Bastion — the
 * problem, the responsible unit and the day it was registered, then each step taken since, in
 * order, with its real date. The service checks the whole record by the rules of the live steps;
 * each problem it finds shows beside its step, and everything typed stays for the correction.
 */
@Component({
  selector: 'bst-item-migrate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent, PaperRecordPageComponent],
  templateUrl: './item-migrate-page.component.html',
})
export class ItemMigratePageComponent {
  private readonly api = inject(RectificationApi);
  private readonly i18n = inject(TranslateService);
  /** One key for this record, so a retried click does not take it over twice. */
  private readonly idempotencyKey = newIdempotencyKey();

  /** The batch's id, from the route. */
  readonly id = input.required<string>();

  protected readonly batch = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.api.batch(id).pipe(
          map((view) => ({ title: view.row.title, inspectedOrgId: view.row.inspectedOrg.id })),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly head = signal<PaperHead>(emptyHead());
  protected readonly record = new PaperRecord<PaperRow, PaperStepField>(newRow);
  protected readonly rows = this.record.rows;
  protected readonly headProblems = signal<{
    own: Partial<Record<keyof PaperHead, string>>;
    service: string[];
  }>({
    own: {},
    service: [],
  });
  /** The service's problems placed on a row's fields, counted apart from the console's own checks. */
  private readonly serviceFieldProblems = signal<ReadonlyMap<number, RowFieldProblems<PaperStepField>>>(
    new Map(),
  );

  protected readonly page: PaperRecordPage<PaperItemStepType, PaperRow, PaperStepField> = {
    record: this.record,
    texts: paperRecordTexts('rect.paper', 'rect.paper.item'),
    testId: 'paper',
    headTestId: 'paper-head',
    types: computed(() =>
      PAPER_STEP_TYPES.map((type) => ({ value: type, label: this.i18n.label(paperItemStepLabels[type]) })),
    ),
    fields: PaperStepFieldsComponent,
    subtitle: computed(() => this.batch()?.title ?? null),
    headProblems: computed(() => this.headProblems().service),
    problemCount: computed(
      () =>
        rowProblemCount(this.record) +
        [...this.serviceFieldProblems().values()].reduce((n, fields) => n + Object.keys(fields).length, 0) +
        this.headProblems().service.length,
    ),
    // A row the service refused, on the row or on one of its fields.
    invalid: (key) => this.record.problemsOf(key).length > 0 || this.serviceFieldProblems().has(key),
    setType: (index, type) => this.record.update(index, (row) => ({ ...row, type })),
    submit: () => this.submit(),
  };

  /** The item: the finding, its kind and weight, the unit that answers for it, the day it was registered. */
  protected readonly headLayout = computed((): FieldLayout => [
    { key: 'problem', kind: 'textarea', label: 'rect.field.problem', required: true, id: 'problem-text' },
    {
      row: [
        {
          key: 'category',
          kind: 'select',
          label: 'rect.field.category',
          required: true,
          id: 'category',
          options: labelledOptions(this.i18n, CATEGORIES, LABELS.category),
        },
        {
          key: 'seriousness',
          kind: 'select',
          label: 'rect.field.seriousness',
          required: true,
          id: 'seriousness',
          options: labelledOptions(this.i18n, SERIOUSNESS, LABELS.seriousness),
        },
        {
          key: 'orgId',
          kind: 'org',
          label: 'rect.field.org',
          required: true,
          id: 'org',
          org: { root: this.batch()?.inspectedOrgId ?? null },
        },
        {
          key: 'registeredOn',
          kind: 'date',
          label: 'rect.paper.registeredOn',
          required: true,
          id: 'registered-on',
        },
      ],
    },
  ]);

  /** An edit clears what was said of the fields it changed. */
  protected editHead(next: PaperHead): void {
    const before = this.head();
    this.head.set(next);
    this.headProblems.update((p) => ({ ...p, own: withoutEdited(p.own, before, next) }));
  }

  protected submit(): Promise<void> {
    return this.record.submit({
      check: () => this.check(),
      call: () =>
        this.api.migrateItem(this.id(), buildMigration(this.head(), this.rows(), this.idempotencyKey)),
      done: 'rect.paper.done',
      then: (created) => ['/rectification/items', created.id],
      place: (error) => this.place(error),
    });
  }

  /** The console's own checks, each at its field; the service has the last word. */
  private check(): boolean {
    const head = this.head();
    const required = this.i18n.t('common.required');
    const own: Partial<Record<keyof PaperHead, string>> = {};
    if (!head.problem.trim()) own.problem = required;
    if (!head.category) own.category = required;
    if (!head.orgId) own.orgId = required;
    if (!head.registeredOn) own.registeredOn = required;
    this.headProblems.set({ own, service: [] });
    this.serviceFieldProblems.set(new Map());
    const rowsComplete = checkRows(this.record, (row) =>
      Object.fromEntries(missingFields(row).map((f) => [f, required])),
    );
    return Object.keys(own).length === 0 && rowsComplete;
  }

  private place(error: ApiError): void {
    const placed = placeProblems(error, this.rows());
    const say = (p: string) => this.i18n.problem(p);
    this.serviceFieldProblems.set(placeOnRows(this.record, placed, { row: say, field: say }));
    this.headProblems.update((h) => ({ ...h, service: placed.head.map(say) }));
  }
}
