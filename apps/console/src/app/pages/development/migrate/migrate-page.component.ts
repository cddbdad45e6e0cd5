import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import {
  ApiError,
  DevelopmentApi,
  type MessageKey,
  RecordFooterComponent,
  RecordRowComponent,
  type RecordRowTexts,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS } from '../development-labels';
import {
  type ApplicationDraft,
  ApplicationFieldsComponent,
  emptyApplication,
  problemsAfterEdit,
} from '../shared/application-fields.component';
import { type StepDraft, type StepDraftField, stepDraftProblems } from '../steps/step-draft';
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

type FieldProblems = Partial<Record<StepDraftField, string>>;

/**
 * 录入历史档案: a case kept on paper, typed in as it stands — the person, the branch and the
 * application, then each step already taken, in order, with its real date and evidence. The
 * service checks the whole record against the rules; each problem it finds shows beside its
 * step, and everything typed stays for the correction.
 */
@Component({
  selector: 'bst-migrate-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NzCardModule,
    ApplicationFieldsComponent,
    StepFieldsComponent,
    RecordFooterComponent,
    RecordRowComponent,
    TranslatePipe,
  ],
  templateUrl: './migrate-page.component.html',
  styleUrl: './migrate-page.component.css',
})
export class MigratePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  protected readonly types = MIGRATION_TYPES;
  protected readonly numbers = STEP_NUMBERS;

  protected readonly application = signal<ApplicationDraft>(emptyApplication());
  protected readonly rows = signal<MigrationRow[]>([]);
  protected readonly applicationProblems = signal<{ person?: string; date?: string; service: string[] }>({
    service: [],
  });
  /** By row key, so a problem stays with its step when rows move. */
  private readonly fieldProblems = signal<ReadonlyMap<number, FieldProblems>>(new Map());
  private readonly rowProblems = signal<ReadonlyMap<number, string[]>>(new Map());
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly otherProblems = signal<string[]>([]);
  protected readonly sending = signal(false);
  private nextKey = 1;

  protected readonly problemCount = computed(
    () =>
      [...this.rowProblems().values()].reduce((n, list) => n + list.length, 0) +
      this.applicationProblems().service.length,
  );

  protected readonly fieldsOf = (key: number): FieldProblems => this.fieldProblems().get(key) ?? {};
  protected readonly problemsOf = (key: number): string[] => this.rowProblems().get(key) ?? [];
  protected readonly typeOptions = computed(() =>
    this.types.map((type: MigratedType) => ({
      value: type,
      label: `${this.numbers[type] ?? ''} ${this.i18n.label(DEV_LABELS.action[type])}`.trim(),
    })),
  );
  protected readonly rowTexts = (i: number): RecordRowTexts => ({
    title: this.i18n.t('dev.migrate.row', { n: i + 1 }),
    type: this.i18n.t('dev.migrate.type'),
    up: this.i18n.t('dev.migrate.up'),
    down: this.i18n.t('dev.migrate.down'),
    remove: this.i18n.t('dev.migrate.remove'),
  });

  /** An edit of the person or the date clears what was said of it. */
  protected editApplication(next: ApplicationDraft): void {
    const before = this.application();
    this.application.set(next);
    this.applicationProblems.update((problems) => problemsAfterEdit(problems, before, next));
  }

  protected add(): void {
    this.rows.update((rows) => [...rows, newRow(this.nextKey++, rows)]);
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected move(index: number, by: -1 | 1): void {
    this.rows.update((rows) => {
      const target = index + by;
      if (target < 0 || target >= rows.length) return rows;
      const next = [...rows];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });
  }

  /** A new kind keeps the date, note and files typed so far. */
  protected setType(index: number, type: MigratedType): void {
    const above = this.rows().slice(0, index);
    this.updateRow(index, (row) => ({
      ...row,
      type,
      draft: type === 'file' && !row.draft.filing ? { ...row.draft, filing: filingAfter(above) } : row.draft,
    }));
  }

  protected setDraft(index: number, draft: StepDraft): void {
    this.updateRow(index, (row) => ({ ...row, draft }));
  }

  protected async submit(): Promise<void> {
    if (this.sending() || !this.check()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.otherProblems.set([]);
    try {
      const created = await firstValueFrom(this.api.migrate(buildMigration(this.application(), this.rows())));
      this.message.success(this.i18n.t('dev.migrate.done'));
      await this.router.navigate(['/development/cases', created.id]);
    } catch (error) {
      const apiError = ApiError.from(error);
      this.failure.set(apiError);
      this.place(apiError);
    } finally {
      this.sending.set(false);
    }
  }

  /** The console's own checks, each at its field; the service has the last word. */
  private check(): boolean {
    const application = this.application();
    const required = this.i18n.t('common.required');
    this.applicationProblems.set({
      ...(application.person.length ? {} : { person: required }),
      ...(application.date ? {} : { date: required }),
      service: [],
    });
    const fields = new Map<number, FieldProblems>();
    for (const row of this.rows()) {
      const missing = stepDraftProblems(row.type, row.draft);
      if (Object.keys(missing).length) {
        fields.set(
          row.key,
          Object.fromEntries(Object.entries(missing).map(([f, key]) => [f, this.i18n.t(key as MessageKey)])),
        );
      }
    }
    this.fieldProblems.set(fields);
    this.rowProblems.set(new Map());
    return application.person.length > 0 && !!application.date && fields.size === 0;
  }

  private place(error: ApiError): void {
    const rows = this.rows();
    const placed = placeProblems(error, rows.length);
    const keyOf = (index: number) => rows[index]!.key;
    this.rowProblems.set(new Map([...placed.rows].map(([i, list]) => [keyOf(i), list])));
    this.fieldProblems.set(
      new Map(
        [...placed.fields].map(([i, fields]) => [
          keyOf(i),
          Object.fromEntries(Object.entries(fields).map(([f, p]) => [f, this.i18n.problem(p)])),
        ]),
      ),
    );
    this.applicationProblems.update((a) => ({
      ...a,
      service: placed.application.map((p) => this.i18n.problem(p)),
    }));
    this.otherProblems.set(placed.other);
  }

  private updateRow(index: number, change: (row: MigrationRow) => MigrationRow): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? change(row) : row)));
  }
}
