import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import type { RouteTemplate, RouteTemplateVersions } from '@bastion/approvals-contracts';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom, startWith } from 'rxjs';
import {
  ApiError,
  ApprovalsApi,
  ButtonComponent,
  ButtonRowComponent,
  type ButtonSpec,
  confirmer,
  type FieldLayout,
  FORM_IMPORTS,
  FormSubmission,
  type Load,
  LOADING,
  PAGE_IMPORTS,
  pageContext,
} from '@bastion/console-ui';
import { problemText } from './problem-text';
import { SettingsEditorComponent } from './settings-editor.component';
import { StageEditorComponent } from './stage-editor.component';
import { controlPath, emptyStage, templateToValue, validateTemplate } from './template-form';
import { applyProblems, loadTemplateForm, rows, stageGroup, templateForm } from './template-form-groups';

/**
 * Creates a route template or saves a new version of one. The contract's schema checks the
 * whole route before anything is sent and puts each problem on its field; the service checks
 * again, and a version saved by someone else meanwhile is reported without losing the edits.
 */
@Component({
  selector: 'bst-template-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    ...FORM_IMPORTS,
    ButtonComponent,
    ButtonRowComponent,
    NzModalModule,
    SettingsEditorComponent,
    StageEditorComponent,
  ],
  templateUrl: './template-editor.component.html',
  styleUrl: './template-editor.component.css',
})
export class TemplateEditorComponent implements OnInit {
  private readonly api = inject(ApprovalsApi);
  protected readonly page = pageContext();
  private readonly destroyRef = inject(DestroyRef);
  private readonly confirm = confirmer();

  /** Route parameter; absent for a new template. */
  readonly id = input<string | undefined>(undefined);

  protected readonly form = templateForm(templateToValue(null));
  protected readonly template = signal<Load<RouteTemplate | null>>(LOADING);
  protected readonly versions = signal<RouteTemplateVersions['items']>([]);
  protected readonly submission = new FormSubmission(this.form, (error) =>
    applyProblems(
      this.form,
      error.details.map((d) => ({ control: controlPath(d.field), text: this.page.i18n.problem(d.problem) })),
    ),
  );
  protected readonly stale = signal(false);
  protected readonly allowAuto = toSignal(
    this.form.controls.settings.controls.allowAutoDecision.valueChanges.pipe(
      startWith(this.form.controls.settings.controls.allowAutoDecision.value),
    ),
    { initialValue: false },
  );
  protected readonly current = computed(() => {
    const load = this.template();
    return load.state === 'ready' ? load.value : null;
  });
  /** Archiving a template in use, and the way back to the list. */
  protected readonly buttons = computed((): ButtonSpec[] => {
    const template = this.current();
    return [
      ...(template && !template.archived
        ? [
            {
              key: 'archive',
              label: 'editor.archive',
              icon: 'stop',
              danger: true,
              testId: 'template-archive',
            } as const,
          ]
        : []),
      { key: 'back', label: 'editor.back', icon: 'left', link: '/route-templates' },
    ];
  });
  protected readonly addStageButton: ButtonSpec = {
    key: 'addStage',
    label: 'editor.addStage',
    icon: 'plus',
    testId: 'stage-add',
  };
  protected readonly basics: FieldLayout = [
    {
      row: [
        {
          key: 'name',
          label: 'editor.name',
          kind: 'text',
          id: 'template-name',
          maxlength: 100,
          required: true,
        },
        {
          key: 'description',
          label: 'editor.description',
          kind: 'text',
          id: 'template-description',
          maxlength: 500,
        },
      ],
    },
  ];

  ngOnInit(): void {
    void this.load();
    // The summary of a refused save goes once the user edits; the fields keep their own marks.
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (this.submission.failure()?.status === 400) {
        this.submission.failure.set(null);
        this.submission.unmatched.set([]);
      }
    });
  }

  protected get stages() {
    return this.form.controls.stages;
  }

  protected addStage(): void {
    rows.add(this.stages, stageGroup(emptyStage()));
  }

  protected async save(): Promise<void> {
    const checked = validateTemplate(this.form.getRawValue());
    if (!checked.ok) {
      const problems = checked.problems.map((p) => ({
        control: p.control,
        text: problemText(this.page.i18n, p),
      }));
      this.submission.unmatched.set(applyProblems(this.form, problems));
      this.submission.failure.set(
        new ApiError(400, 'VALIDATION_FAILED', this.page.i18n.refusal('VALIDATION_FAILED')),
      );
      return;
    }
    const existing = this.current();
    await this.submission.run(async () => {
      if (existing) {
        const saved = await firstValueFrom(
          this.api.updateTemplate(existing.id, { ...checked.value, version: existing.version }),
        );
        this.page.notice.done('editor.saved', { version: saved.version });
        this.template.set({ state: 'ready', value: saved });
        loadTemplateForm(this.form, templateToValue(saved));
        this.loadVersions(saved.id);
      } else {
        const { id } = await firstValueFrom(this.api.createTemplate(checked.value));
        this.page.notice.done('editor.saved', { version: 1 });
        await this.page.router.navigate(['/route-templates', id], { replaceUrl: true });
      }
    });
    this.stale.set(this.submission.failure()?.status === 409);
  }

  /** Takes the template out of use for new requests, after asking; running requests keep their version. */
  protected async archive(): Promise<void> {
    const template = this.current();
    if (!template) return;
    const sure = await this.confirm({
      title: this.page.i18n.t('editor.archiveConfirm', { name: template.name }),
      content: this.page.i18n.t('editor.archiveHint'),
      ok: this.page.i18n.t('editor.archive'),
      danger: true,
    });
    if (!sure) return;
    try {
      await firstValueFrom(this.api.archiveTemplate(template.id));
      this.page.notice.done('editor.archived');
      await this.load();
    } catch (error) {
      this.page.notice.failed(error);
    }
  }

  /** After a stale save: takes the latest version, dropping this page's edits. */
  protected async reloadLatest(): Promise<void> {
    this.stale.set(false);
    this.submission.failure.set(null);
    await this.load();
  }

  private async load(): Promise<void> {
    const id = this.id();
    if (!id) {
      this.template.set({ state: 'ready', value: null });
      return;
    }
    this.template.set(LOADING);
    try {
      const template = await firstValueFrom(this.api.template(id));
      loadTemplateForm(this.form, templateToValue(template));
      this.template.set({ state: 'ready', value: template });
      this.loadVersions(id);
    } catch (error) {
      this.template.set({ state: 'failed', error: ApiError.from(error) });
    }
  }

  private loadVersions(id: string): void {
    this.api
      .templateVersions(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (page) => this.versions.set(page.items), error: () => this.versions.set([]) });
  }
}
