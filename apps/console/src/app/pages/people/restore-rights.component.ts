import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Sanction } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  savedNotice,
  toLocalDate,
} from '@bastion/console-ui';

/** 恢复党员权利 after 留党察看: from that date the member votes and may sponsor again. */
@Component({
  selector: 'bst-restore-rights',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzDatePickerModule, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'discipline.restoreTitle' | t"
      [submission]="submission"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <nz-form-item>
        <nz-form-label nzFor="restore-on" nzRequired>{{ 'discipline.rightsRestoredOn' | t }}</nz-form-label>
        <nz-form-control>
          <nz-date-picker nzId="restore-on" [formControl]="on" nzFormat="yyyy-MM-dd" />
        </nz-form-control>
      </nz-form-item>
    </bst-form-dialog>
  `,
})
export class RestoreRightsComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

  readonly personId = input.required<string>();
  readonly sanction = input.required<Sanction>();
  readonly saved = output();
  readonly closed = output();

  protected readonly on = new FormControl<Date | null>(new Date(), Validators.required);
  protected readonly submission = new FormSubmission(new FormGroup({ rightsRestoredOn: this.on }));

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => this.api.restoreRights(this.personId(), this.sanction().id, toLocalDate(this.on.value)!),
      () => this.notice('discipline.restored', this.saved),
    );
  }
}
