import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import type { FormSubmission } from '../forms/form-submission';
import { KIT_IMPORTS } from '../imports/kit-imports';

/**
 * Why a form's last save failed, the same way on every page: the service's reason and those of
 * its problems no field took (the fields show the rest). Nothing while the last save went
 * through. `errorTestId` marks the alert.
 */
@Component({
  selector: 'bst-submission-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorAlertComponent],
  template: `
    @if (submission().failure(); as failure) {
      <bst-error-alert
        class="form-alert"
        [error]="failure"
        [extraProblems]="submission().unmatched()"
        [showServerMessage]="true"
        [attr.data-testid]="errorTestId()"
      />
    }
  `,
  styles: ':host { display: block; }',
})
export class SubmissionAlertComponent {
  readonly submission = input.required<FormSubmission>();
  readonly errorTestId = input<string | null>(null);
}

/**
 * The end of a form on a page (not in a dialog): why the last save failed, then the primary
 * button that sends the form, spinning while the save is under way. The button submits the
 * form it stands in; `submitTestId` and `errorTestId` mark the button and the alert.
 */
@Component({
  selector: 'bst-form-end',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, SubmissionAlertComponent],
  template: `
    <bst-submission-alert [submission]="submission()" [errorTestId]="errorTestId()" />
    <button
      nz-button
      nzType="primary"
      type="submit"
      [nzLoading]="submission().saving()"
      [attr.data-testid]="submitTestId()"
    >
      {{ submitText() }}
    </button>
  `,
  styles: ':host { display: block; }',
})
export class FormEndComponent {
  readonly submission = input.required<FormSubmission>();
  readonly submitText = input.required<string>();
  readonly submitTestId = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
}
