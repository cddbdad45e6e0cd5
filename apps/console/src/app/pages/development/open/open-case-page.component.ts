import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  ActionFormComponent,
  type ActionFormFrame,
  DevelopmentApi,
  DraftAction,
  PAGE_IMPORTS,
  TranslateService,
} from '@bastion/console-ui';
import {
  type ApplicationDraft,
  type ApplicationField,
  applicationMissing,
  buildApplication,
  emptyApplication,
} from '../shared/application-draft';
import { ApplicationFieldsComponent } from '../shared/application-fields.component';

/**
 * 录入入党申请: a written application received (step 1) — who, on what date, the scanned letter.
 * An applicant under 18 on that date, or one who already has a case, is refused with the reason,
 * and the form keeps what was typed.
 */
@Component({
  selector: 'bst-open-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ActionFormComponent, ApplicationFieldsComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'dev.open.title' | t }}</h1>
    </div>
    <nz-card>
      <form bstActionForm [frame]="frame">
        <bst-application-fields
          [application]="application()"
          (applicationChange)="action.edit($event)"
          [problems]="action.problems()"
          testId="open"
        />
      </form>
    </nz-card>
  `,
})
export class OpenCasePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  protected readonly application = signal<ApplicationDraft>(emptyApplication());
  /** The service's problems stay in the alert: none is put at a field. */
  protected readonly action = new DraftAction<ApplicationDraft, ApplicationField>(
    this.application,
    () => null,
  );
  protected readonly frame: ActionFormFrame = {
    formTestId: 'open-form',
    testId: 'open',
    submitText: 'dev.open.submit',
    action: this.action,
    cancellable: false,
    submit: () => void this.submit(),
  };

  protected submit(): Promise<void> {
    const application = this.application();
    return this.action.send({
      missing: () => applicationMissing(application),
      confirm: () => true,
      call: () => this.api.open(buildApplication(application)),
      doneText: () => this.i18n.t('dev.open.done'),
      acted: (created) => void this.router.navigate(['/development/cases', created.id]),
    });
  }
}
