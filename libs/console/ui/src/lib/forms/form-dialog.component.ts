import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ErrorAlertComponent } from './error-alert.component';
import type { FormSubmission } from './form-submission';

/**
 * A form in a dialog, the same way everywhere: its title, the button that saves it (spinning
 * while the save is under way), cancel, and above the fields why the last save failed. The
 * fields go inside; `ok` asks the page to save, `cancelled` to close.
 */
@Component({
  selector: 'bst-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzModalModule, ErrorAlertComponent, TranslatePipe],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzOkText]="okText() ?? ('common.save' | t)"
      [nzCancelText]="'common.cancel' | t"
      [nzOkDanger]="okDanger()"
      [nzOkLoading]="submission().saving()"
      (nzOnOk)="ok.emit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        @if (submission().failure(); as failure) {
          <bst-error-alert
            class="form-alert"
            [error]="failure"
            [extraProblems]="onlyUnmatched() ? submission().unmatched() : null"
          />
        }
        <ng-content />
      </ng-container>
    </nz-modal>
  `,
})
export class FormDialogComponent {
  readonly title = input.required<string>();
  /** The save button's text; "save" unless the act has a word of its own. */
  readonly okText = input<string | null>(null);
  readonly okDanger = input(false);
  readonly submission = input.required<FormSubmission>();
  /** Whether the alert lists only the problems no field took (the fields show the rest). */
  readonly onlyUnmatched = input(true);
  readonly ok = output();
  readonly cancelled = output();
}
