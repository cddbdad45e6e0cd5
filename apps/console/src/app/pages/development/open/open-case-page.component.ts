import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import {
  ActionFormButtonsComponent,
  ApiError,
  DevelopmentApi,
  PAGE_IMPORTS,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';
import {
  type ApplicationDraft,
  ApplicationFieldsComponent,
  emptyApplication,
  problemsAfterEdit,
} from '../shared/application-fields.component';

/**
 * 录入入党申请: a written application received (step 1) — who, on what date, the scanned letter.
 * An applicant under 18 on that date, or one who already has a case, is refused with the reason,
 * and the form keeps what was typed.
 */
@Component({
  selector: 'bst-open-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ActionFormButtonsComponent, ApplicationFieldsComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'dev.open.title' | t }}</h1>
    </div>
    <nz-card>
      <form (submit)="$event.preventDefault()" data-testid="open-form">
        <bst-application-fields
          [application]="application()"
          (applicationChange)="edit($event)"
          [problems]="problems()"
          testId="open"
        />
        <bst-action-form-buttons
          testId="open"
          [submitText]="'dev.open.submit' | t"
          [failure]="failure()"
          [sending]="sending()"
          [cancellable]="false"
          (submitted)="submit()"
        />
      </form>
    </nz-card>
  `,
})
export class OpenCasePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  protected readonly application = signal<ApplicationDraft>(emptyApplication());
  protected readonly problems = signal<{ person?: string; date?: string }>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);

  /** An edit of the person or the date clears what was said of it. */
  protected edit(next: ApplicationDraft): void {
    const before = this.application();
    this.application.set(next);
    this.problems.update((problems) => problemsAfterEdit(problems, before, next));
  }

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    const application = this.application();
    const person = application.person[0];
    const date = toLocalDate(application.date);
    if (!person || !date) {
      const required = this.i18n.t('common.required');
      this.problems.set({ ...(person ? {} : { person: required }), ...(date ? {} : { date: required }) });
      return;
    }
    this.sending.set(true);
    this.failure.set(null);
    try {
      const created = await firstValueFrom(
        this.api.open({
          personId: person.personId,
          ...(application.orgId ? { orgId: application.orgId } : {}),
          applicationDate: date,
          note: application.note.trim(),
          files: application.files.map(({ id, name, sha256 }) => ({ id, name, sha256 })),
        }),
      );
      this.message.success(this.i18n.t('dev.open.done'));
      await this.router.navigate(['/development/cases', created.id]);
    } catch (error) {
      this.failure.set(ApiError.from(error));
    } finally {
      this.sending.set(false);
    }
  }
}
