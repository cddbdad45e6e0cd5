import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder } from '@angular/forms';
import type { CommitteeSettings, RuleVersionView } from '@bastion/development-contracts';
import { defaultCommitteeSettings, publishRulesSchema } from '@bastion/development-contracts';
import type { OrgKind } from '@bastion/identity-contracts';
import { type Observable, of, switchMap } from 'rxjs';
import {
  checkAgainstContract,
  DataTableComponent,
  DevelopmentApi,
  FORM_IMPORTS,
  FormEndComponent,
  FormSubmission,
  ListCellDirective,
  type Load,
  notices,
  OrgPickerComponent,
  PAGE_IMPORTS,
  toLoad,
  type TableSpec,
  toLocalDate,
} from '@bastion/console-ui';
import { RULES_FIELDS, SETTING_FIELDS } from './rule-settings';

/**
 * 规则设置: a committee's versions of its development settings, newest first, and a form to publish
 * the next one from an effective date. Cases adopt a version from that date on; steps already
 * taken keep the version that governed them. The sign-off routes carry over from the version in
 * force (they are set with the route templates). The form is checked against the contract the
 * service parses it with.
 */
@Component({
  selector: 'bst-rules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    ...FORM_IMPORTS,
    DataTableComponent,
    FormEndComponent,
    FormsModule,
    ListCellDirective,
    OrgPickerComponent,
  ],
  templateUrl: './rules-page.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .wide {
      width: 300px;
    }
  `,
})
export class RulesPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly notice = notices();

  protected readonly fields = RULES_FIELDS;
  protected readonly committees: readonly OrgKind[] = ['committee'];

  protected readonly committeeId = signal<string | null>(null);
  private readonly reloads = signal(0);
  protected readonly versions = toSignal(
    toObservable(computed(() => ({ id: this.committeeId(), reload: this.reloads() }))).pipe(
      switchMap(({ id }): Observable<Load<RuleVersionView[]> | null> =>
        id ? this.api.rules(id).pipe(toLoad()) : of(null),
      ),
    ),
    { initialValue: null },
  );
  /** The committee's versions: from when, which, who published it and when, why. */
  protected readonly versionTable: TableSpec<RuleVersionView> = {
    columns: [
      { key: 'effectiveFrom', title: 'dev.rules.effectiveFrom' },
      { key: 'id', title: 'dev.rules.id', cellClass: 'bst-mono' },
      { key: 'publishedBy', title: 'dev.rules.publishedBy' },
      { key: 'note', title: 'dev.field.note' },
    ],
    rowKey: (v) => v.id,
    size: 'small',
    testIds: { table: 'rules-versions', row: 'rules-version' },
  };
  protected readonly newestFirst = computed(() => {
    const load = this.versions();
    return load?.state === 'ready'
      ? [...load.value].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
      : [];
  });

  protected readonly form = this.newForm();
  // The service's problems stay in the alert, as they always have on this page.
  protected readonly submission = new FormSubmission(this.form, () => []);

  /** The next version starts from the one in force (or the national defaults), routes included. */
  private readonly inForce = computed(() => this.newestFirst()[0]?.settings ?? defaultCommitteeSettings());

  constructor() {
    effect(() => {
      const settings = this.inForce();
      const figures = Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, settings[f.key]]));
      untracked(() => this.form.controls.settings.reset(figures));
    });
  }

  protected publish(): Promise<boolean> {
    const committeeId = this.committeeId();
    if (!committeeId || this.submission.saving()) return Promise.resolve(false);
    const value = this.form.getRawValue();
    const effectiveFrom = toLocalDate(value.effectiveFrom);
    const request = {
      effectiveFrom,
      // The contract check below vouches for the figures typed.
      settings: { ...this.inForce(), ...value.settings } as CommitteeSettings,
      note: value.note.trim(),
    };
    const check = checkAgainstContract(this.form, publishRulesSchema, request);
    if (!check.ok || !effectiveFrom) return Promise.resolve(false);
    return this.submission.run(
      () => this.api.publishRules(committeeId, { ...request, effectiveFrom }),
      () => {
        this.notice.done('dev.rules.published');
        this.form.controls.note.reset('');
        this.form.controls.effectiveFrom.reset(null);
        this.reloads.update((n) => n + 1);
      },
    );
  }

  /** The effective date, every setting a committee may set (named as the contract names it), the note. */
  private newForm() {
    const fb = inject(NonNullableFormBuilder);
    const settings = fb.record<number | boolean | null>({});
    for (const field of SETTING_FIELDS)
      settings.addControl(field.key, fb.control<number | boolean | null>(null));
    return fb.group({
      effectiveFrom: fb.control<Date | null>(null),
      settings,
      note: fb.control(''),
    });
  }
}
