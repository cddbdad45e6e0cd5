import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Office } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  savedNotice,
  toLocalDate,
  TranslateService,
} from '@bastion/console-ui';

/** Ends an office on a given day; the record stays in the person's history. */
@Component({
  selector: 'bst-end-office',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzDatePickerModule, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'person.office.endTitle' | t: { role: i18n.role(office().role) }"
      [okText]="'common.confirm' | t"
      [okDanger]="true"
      [submission]="submission"
      [onlyUnmatched]="false"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <p>{{ office().org.name }}</p>
      <bst-field [label]="'person.office.endDate' | t" for="office-end" [required]="true" [control]="toDate">
        <nz-date-picker nzId="office-end" [formControl]="toDate" nzFormat="yyyy-MM-dd" />
      </bst-field>
    </bst-form-dialog>
  `,
})
export class EndOfficeComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();
  protected readonly i18n = inject(TranslateService);

  readonly office = input.required<Office>();
  readonly saved = output();
  readonly closed = output();

  protected readonly toDate = new FormControl<Date | null>(new Date(), Validators.required);
  protected readonly submission = new FormSubmission(new FormGroup({ toDate: this.toDate }));

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => this.api.endOffice(this.office().id, toLocalDate(this.toDate.value)!),
      () => this.notice('person.office.ended', this.saved),
    );
  }
}
