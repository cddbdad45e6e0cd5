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
import { Router } from '@angular/router';
import type { RouteTemplate, RouteTemplateVersions } from '@bastion/approvals-contracts';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom, startWith } from 'rxjs';
import {
  ApiError,
  ApprovalsApi,
  FORM_IMPORTS,
  FormSubmission,
  type Load,
  LOADING,
  notices,
  PAGE_IMPORTS,
  TranslateService,
} from '@bastion/console-ui';
import { problemText } from './problem-text';
import { SettingsEditorComponent } from './settings-editor.component';
import { StageEditorComponent } from './stage-editor.component';
import { controlPath, emptyStage, templateToValue, validateTemplate } from './template-form';
import { applyProblems, loadTemplateForm, stageGroup, templateForm } from './template-form-groups';

/**
 * Creates a route template or saves a new version of one. The contract's schema checks the
 * whole route before anything is sent and puts each problem on its field; the service checks
 * again, and a version saved by someone else meanwhile is reported without losing the edits.
 */
@Component({
  selector: 'bst-template-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ...FORM_IMPORTS, NzModalModule, SettingsEditorComponent, StageEditorComponent],
  templateUrl: './template-editor.component.html',
  styleUrl: './template-editor.component.css',
})
export class TemplateEditorComponent implements OnInit {
  private readonly api = inject(ApprovalsApi);
  private readonly router = inject(Router);
  private readonly notice = notices();
  private readonly i18n = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly modal = inject(NzModalService);

  /** Route parameter; absent for a new template. */
  readonly id = input<string | undefined>(undefined);

  protected readonly form = templateForm(templateToValue(null));
  protected readonly template = signal<Load<RouteTemplate | null>>(LOADING);
  protected readonly versions = signal<RouteTemplateVersions['items']>([]);
  protected readonly submission = new FormSubmission(this.form, (error) =>
    applyProblems(
      this.form,
      error.details.map((d) => ({ control: controlPath(d.field), text: this.i18n.problem(d.problem) })),
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
    this.stages.push(stageGroup(emptyStage()));
    this.form.markAsDirty();
  }

  protected moveStage(from: number, by: number): void {
    const to = from + by;
    if (to < 0 || to >= this.stages.length) return;
    const moving = this.stages.at(from);
    this.stages.removeAt(from, { emitEvent: false });
    this.stages.insert(to, moving);
    this.form.markAsDirty();
  }

  protected removeStage(index: number): void {
    if (this.stages.length <= 1) return;
    this.stages.removeAt(index);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    const checked = validateTemplate(this.form.getRawValue());
    if (!checked.ok) {
      const problems = checked.problems.map((p) => ({ control: p.control, text: problemText(this.i18n, p) }));
      this.submission.unmatched.set(applyProblems(this.form, problems));
      this.submission.failure.set(
        new ApiError(400, 'VALIDATION_FAILED', this.i18n.refusal('VALIDATION_FAILED')),
      );
      return;
    }
    const existing = this.current();
    await this.submission.run(async () => {
      if (existing) {
        const saved = await firstValueFrom(
          this.api.updateTemplate(existing.id, { ...checked.value, version: existing.version }),
        );
        this.notice.done('editor.saved', { version: saved.version });
        this.template.set({ state: 'ready', value: saved });
        loadTemplateForm(this.form, templateToValue(saved));
        this.loadVersions(saved.id);
      } else {
        const { id } = await firstValueFrom(this.api.createTemplate(checked.value));
        this.notice.done('editor.saved', { version: 1 });
        await this.router.navigate(['/route-templates', id], { replaceUrl: true });
      }
    });
    this.stale.set(this.submission.failure()?.status === 409);
  }

  /** Takes the template out of use for new requests, after asking; running requests keep their version. */
  protected archive(): void {
    const template = this.current();
    if (!template) return;
    this.modal.confirm({
      nzTitle: this.i18n.t('editor.archiveConfirm', { name: template.name }),
      nzContent: this.i18n.t('editor.archiveHint'),
      nzOkText: this.i18n.t('editor.archive'),
      nzOkDanger: true,
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: async () => {
        try {
          await firstValueFrom(this.api.archiveTemplate(template.id));
          this.notice.done('editor.archived');
          await this.load();
        } catch (error) {
          this.notice.failed(error);
        }
      },
    });
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
