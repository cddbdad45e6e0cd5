import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { KIT_IMPORTS } from '../imports/kit-imports';
import { ErrorAlertComponent } from './error-alert.component';
import type { FieldLayout } from './field-spec';
import { FormFieldsComponent } from './form-fields.component';
import type { FormSubmission } from './form-submission';

/**
 * A form in a dialog, the same way everywhere: its title, the button that saves it (spinning
 * while the save is under way), cancel, and above the fields why the last save failed. The
 * fields go inside; `ok` asks the page to save, `cancelled` to close. A dialog that edits a
 * versioned record sets `reloadable`: when someone else saved first, the alert offers to load
 * the record again (`reload`). `serverMessageFor` names the refusals whose own sentence carries
 * specifics worth showing; `okTestId` and `errorTestId` mark the save button and the alert.
 * Given a `group` and its `layout`, the dialog lays out the form itself, under whatever goes
 * inside (a warning, a note): its test id is `formTestId`, and Enter in a field saves like the
 * button unless `enterSaves` is off.
 */
@Component({
  selector: 'bst-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    NzModalModule,
    NzFormModule,
    ReactiveFormsModule,
    ErrorAlertComponent,
    FormFieldsComponent,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="title()"
      [nzWidth]="width()"
      [nzFooter]="footer"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        @if (submission().failure(); as failure) {
          <bst-error-alert
            class="form-alert"
            [error]="failure"
            [extraProblems]="onlyUnmatched() ? submission().unmatched() : null"
            [showServerMessage]="serverMessageFor().includes(failure.code)"
            [retryable]="reloadable() && failure.code === 'STALE_VERSION'"
            retryLabel="common.reload"
            (retry)="reload.emit()"
            [attr.data-testid]="errorTestId()"
          />
        }
        <ng-content />
        @if (group(); as group) {
          <form
            nz-form
            nzLayout="vertical"
            [formGroup]="group"
            (ngSubmit)="enterSaves() && ok.emit()"
            [attr.data-testid]="formTestId()"
          >
            <bst-form-fields [group]="group" [layout]="layout()" />
            @if (enterSaves()) {
              <button type="submit" hidden aria-hidden="true" tabindex="-1"></button>
            }
          </form>
        }
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="cancelled.emit()">
          {{ cancelText() ?? ('common.cancel' | t) }}
        </button>
        @if (!okHidden()) {
          <button
            nz-button
            nzType="primary"
            type="button"
            [nzDanger]="okDanger()"
            [nzLoading]="submission().saving()"
            (click)="ok.emit()"
            [attr.data-testid]="okTestId()"
          >
            {{ okText() ?? ('common.save' | t) }}
          </button>
        }
      </ng-template>
    </nz-modal>
  `,
})
export class FormDialogComponent {
  readonly title = input.required<string>();
  /** The save button's text; "save" unless the act has a word of its own. */
  readonly okText = input<string | null>(null);
  readonly okDanger = input(false);
  /** Hides the save button once there is nothing left to do but close. */
  readonly okHidden = input(false);
  readonly cancelText = input<string | null>(null);
  readonly width = input<string | number>(520);
  readonly submission = input.required<FormSubmission>();
  /** Whether the alert lists only the problems no field took (the fields show the rest). */
  readonly onlyUnmatched = input(true);
  readonly reloadable = input(false);
  readonly serverMessageFor = input<readonly string[]>([]);
  readonly okTestId = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  readonly group = input<FormGroup | null>(null);
  readonly layout = input<FieldLayout>([]);
  readonly formTestId = input<string | null>(null);
  readonly enterSaves = input(true);
  readonly ok = output();
  readonly cancelled = output();
  readonly reload = output();
}
