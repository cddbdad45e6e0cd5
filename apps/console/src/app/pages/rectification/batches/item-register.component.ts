import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  BatchView,
  ItemCategory,
  RegisterItemInput,
  Seriousness,
} from '@bastion/rectification-contracts';
import {
  DIALOG_FORM_IMPORTS,
  type FieldLayout,
  FormSubmission,
  labelledOptions,
  newIdempotencyKey,
  RectificationApi,
  RectificationFiles,
  savedNotice,
  type StoredFile,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';
import { CATEGORIES, LABELS, SERIOUSNESS } from '../rectification-labels';

/**
 * 立项: one finding of the batch as an item — what was found, what is to be done, which unit of
 * the inspected organisation answers for it and by when; or, 立行立改, what was already done on
 * the spot. The fields are named as the service names them, so its problems land on them.
 */
@Component({
  selector: 'bst-item-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS],
  templateUrl: './item-register.component.html',
})
export class ItemRegisterComponent {
  private readonly api = inject(RectificationApi);
  private readonly notice = savedNotice();
  protected readonly files = inject(RectificationFiles);
  private readonly i18n = inject(TranslateService);
  /** One key for this form, so a retried click does not register the item twice. */
  private readonly idempotencyKey = newIdempotencyKey();

  readonly batch = input.required<BatchView>();
  readonly saved = output<string>();
  readonly closed = output();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    text: this.fb.group({
      problem: ['', [Validators.required, Validators.maxLength(2000)]],
      category: [null as ItemCategory | null, Validators.required],
      seriousness: ['general' as Seriousness, Validators.required],
      measures: ['', Validators.maxLength(4000)],
      target: ['', Validators.maxLength(1000)],
      supportingUnits: [[] as string[]],
      exemptFromPublication: [false],
    }),
    orgId: ['', Validators.required],
    deadline: [null as Date | null],
    fixedOnSpot: this.fb.group({
      on: [false],
      note: ['', Validators.maxLength(2000)],
      evidence: [[] as StoredFile[]],
    }),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly fixed = toSignal(this.form.controls.fixedOnSpot.controls.on.valueChanges, {
    initialValue: false,
  });
  private readonly inspectedOrgId = computed(() => this.batch().row.inspectedOrg.id);
  protected readonly layout = computed<FieldLayout>(() => [
    {
      key: 'text.problem',
      kind: 'textarea',
      label: 'rect.field.problem',
      id: 'reg-problem',
      testId: 'register-problem',
      rows: 3,
    },
    {
      row: [
        {
          key: 'text.category',
          kind: 'select',
          label: 'rect.field.category',
          id: 'reg-category',
          testId: 'register-category',
          options: labelledOptions(this.i18n, CATEGORIES, LABELS.category),
        },
        {
          key: 'text.seriousness',
          kind: 'radio',
          label: 'rect.field.seriousness',
          options: labelledOptions(this.i18n, SERIOUSNESS, LABELS.seriousness),
        },
      ],
    },
    { key: 'text.measures', kind: 'textarea', label: 'rect.field.measures', id: 'reg-measures' },
    { key: 'text.target', kind: 'text', label: 'rect.field.target', id: 'reg-target' },
    {
      key: 'text.supportingUnits',
      kind: 'tags',
      label: 'rect.field.supportingUnits',
      id: 'reg-units',
      hint: 'rect.field.supportingUnitsHint',
    },
    {
      key: 'text.exemptFromPublication',
      kind: 'checkbox',
      label: 'rect.field.exempt',
      testId: 'register-exempt',
    },
    {
      row: [
        {
          key: 'orgId',
          kind: 'org',
          label: 'rect.field.org',
          hint: 'rect.field.orgHint',
          testId: 'register-org',
          org: { root: this.inspectedOrgId() },
        },
        {
          key: 'deadline',
          kind: 'date',
          label: 'rect.field.deadline',
          id: 'reg-deadline',
          testId: 'register-deadline',
        },
      ],
    },
    { key: 'fixedOnSpot.on', kind: 'checkbox', label: 'rect.field.fixedOnSpot', testId: 'register-fixed' },
    ...(this.fixed()
      ? ([
          {
            key: 'fixedOnSpot.note',
            kind: 'textarea',
            label: 'rect.field.fixedNote',
            id: 'reg-fixed-note',
            required: true,
          },
          {
            key: 'fixedOnSpot.evidence',
            kind: 'files',
            label: 'rect.field.evidence',
            testId: 'register-files',
          },
        ] as const)
      : []),
  ]);

  constructor() {
    // 立行立改 needs a word on what was done; otherwise the note is not asked for.
    this.form.controls.fixedOnSpot.controls.on.valueChanges.subscribe((on) => {
      const note = this.form.controls.fixedOnSpot.controls.note;
      note.setValidators(on ? [Validators.required, Validators.maxLength(2000)] : Validators.maxLength(2000));
      note.updateValueAndValidity();
    });
  }

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => this.api.registerItem(this.batch().row.id, this.input()),
      ({ id }) => this.notice('rect.register.done', { emit: () => this.saved.emit(id) }),
    );
  }

  private input(): RegisterItemInput {
    const v = this.form.getRawValue();
    const deadline = toLocalDate(v.deadline);
    return {
      text: {
        problem: v.text.problem.trim(),
        category: v.text.category!,
        seriousness: v.text.seriousness,
        measures: v.text.measures.trim(),
        target: v.text.target.trim(),
        supportingUnits: v.text.supportingUnits.map((u) => u.trim()).filter((u) => u !== ''),
        exemptFromPublication: v.text.exemptFromPublication,
      },
      orgId: v.orgId,
      ...(deadline ? { deadline } : {}),
      ...(v.fixedOnSpot.on
        ? {
            fixedOnSpot: {
              note: v.fixedOnSpot.note.trim(),
              files: v.fixedOnSpot.evidence.map(({ id, name, sha256 }) => ({ id, name, sha256 })),
            },
          }
        : {}),
      idempotencyKey: this.idempotencyKey,
    };
  }
}
