import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  ApiError,
  checkRows,
  DevelopmentApi,
  type MessageKey,
  PaperRecord,
  type PaperRecordPage,
  PaperRecordPageComponent,
  paperRecordTexts,
  placeOnRows,
  rowProblemCount,
  TranslateService,
  withoutEdited,
} from '@bastion/console-ui';
import { DEV_LABELS } from '../development-labels';
import { type ApplicationDraft, applicationMissing, emptyApplication } from '../shared/application-draft';
import { ApplicationFieldsComponent } from '../shared/application-fields.component';
import { type StepDraftField, stepDraftProblems } from '../steps/step-draft';
import { StepFieldsComponent } from '../steps/step-fields.component';
import { MIGRATION_TYPES, STEP_NUMBERS } from '../steps/step-types';
import {
  buildMigration,
  filingAfter,
  type MigratedType,
  type MigrationRow,
  newRow,
  placeProblems,
} from './migration-draft';

/**
 * 录入历史档案: a case kept on paper, typed in as it stands — the person, the branch and the
 * application, then each step already taken, in order, with its real date and evidence. The
 * service checks the whole record against the rules; each problem it finds shows beside its
 * step, and everything typed stays for the correction.
 */
@Component({
  selector: 'bst-migrate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApplicationFieldsComponent, PaperRecordPageComponent],
  templateUrl: './migrate-page.component.html',
})
export class MigratePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly i18n = inject(TranslateService);

  protected readonly types = MIGRATION_TYPES;
  protected readonly numbers = STEP_NUMBERS;

  protected readonly application = signal<ApplicationDraft>(emptyApplication());
  protected readonly applicationProblems = signal<{ person?: string; date?: string; service: string[] }>({
    service: [],
  });
  protected readonly record = new PaperRecord<MigrationRow, StepDraftField>(newRow);
  protected readonly rows = this.record.rows;

  protected readonly page: PaperRecordPage<MigratedType, MigrationRow, StepDraftField> = {
    record: this.record,
    texts: paperRecordTexts('dev.migrate', 'dev.migrate.application'),
    testId: 'mig',
    headTestId: 'mig-application',
    types: computed(() =>
      this.types.map((type: MigratedType) => ({
        value: type,
        label: `${this.numbers[type] ?? ''} ${this.i18n.label(DEV_LABELS.action[type])}`.trim(),
      })),
    ),
    fields: StepFieldsComponent,
    headProblems: computed(() => this.applicationProblems().service),
    problemCount: computed(() => rowProblemCount(this.record) + this.applicationProblems().service.length),
    searchable: true,
    setType: (index, type) => this.setType(index, type),
    submit: () => this.submit(),
  };

  /** An edit of the person or the date clears what was said of it. */
  protected editApplication(next: ApplicationDraft): void {
    const before = this.application();
    this.application.set(next);
    this.applicationProblems.update((problems) => withoutEdited(problems, before, next));
  }

  /** A new kind keeps the date, note and files typed so far. */
  protected setType(index: number, type: MigratedType): void {
    const above = this.rows().slice(0, index);
    this.record.update(index, (row) => ({
      ...row,
      type,
      draft: type === 'file' && !row.draft.filing ? { ...row.draft, filing: filingAfter(above) } : row.draft,
    }));
  }

  protected submit(): Promise<void> {
    return this.record.submit({
      check: () => this.check(),
      call: () => this.api.migrate(buildMigration(this.application(), this.rows())),
      done: 'dev.migrate.done',
      then: (created) => ['/development/cases', created.id],
      place: (error) => this.place(error),
    });
  }

  /** The console's own checks, each at its field; the service has the last word. */
  private check(): boolean {
    const missing = applicationMissing(this.application());
    this.applicationProblems.set({ ...this.worded(missing), service: [] });
    const rowsComplete = checkRows(this.record, (row) => this.worded(stepDraftProblems(row.type, row.draft)));
    return Object.keys(missing).length === 0 && rowsComplete;
  }

  /** Problems by field, in the reader's words. */
  private worded<F extends string>(problems: Partial<Record<F, MessageKey>>): Partial<Record<F, string>> {
    return Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, this.i18n.t(key as MessageKey)]),
    ) as Partial<Record<F, string>>;
  }

  private place(error: ApiError): void {
    const placed = placeProblems(error, this.rows().length, this.i18n.language());
    // A row's own problems come already worded in the reader's language.
    placeOnRows(this.record, placed, { row: (p) => p, field: (p) => this.i18n.problem(p) });
    this.applicationProblems.update((a) => ({
      ...a,
      service: placed.application.map((p) => this.i18n.problem(p)),
    }));
  }
}
