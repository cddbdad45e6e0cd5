import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { type PersonDetail, type SanctionKind, sanctionKinds } from '@bastion/identity-contracts';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  type MessageKey,
  savedNotice,
  toLocalDate,
} from '@bastion/console-ui';

export const sanctionKindLabel = (kind: SanctionKind): MessageKey => `discipline.kind.${kind}` as MessageKey;

/**
 * Records a party sanction on a member (警告, 严重警告, 撤销党内职务, 留党察看 with its term, 开除党籍,
 * or an order to correct with its last day), with its dates and the body that decided it. Voting,
 * sponsoring and eligibility follow from this record on every date.
 */
@Component({
  selector: 'bst-sanction-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzDatePickerModule, NzInputModule, NzSelectModule, ...DIALOG_FORM_IMPORTS],
  template: `
    <bst-form-dialog
      [title]="'discipline.addTitle' | t"
      [submission]="submission"
      (ok)="submit()"
      (cancelled)="closed.emit()"
    >
      <form nz-form nzLayout="vertical" [formGroup]="form" data-testid="sanction-form">
        <nz-form-item>
          <nz-form-label nzFor="sanction-kind" nzRequired>{{ 'discipline.kind' | t }}</nz-form-label>
          <nz-form-control>
            <nz-select nzId="sanction-kind" formControlName="kind" data-testid="sanction-kind">
              @for (k of kinds; track k) {
                <nz-option [nzValue]="k" [nzLabel]="kindLabel(k) | t" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <bst-field
          [label]="'discipline.decidedOn' | t"
          for="sanction-decided"
          [required]="true"
          [control]="form.controls.decidedOn"
        >
          <nz-date-picker nzId="sanction-decided" formControlName="decidedOn" nzFormat="yyyy-MM-dd" />
        </bst-field>
        <bst-field
          [label]="'discipline.effectiveFrom' | t"
          for="sanction-effective"
          [required]="true"
          [control]="form.controls.effectiveFrom"
        >
          <nz-date-picker nzId="sanction-effective" formControlName="effectiveFrom" nzFormat="yyyy-MM-dd" />
        </bst-field>
        @if (kind() === 'probation') {
          <nz-form-item>
            <nz-form-label nzFor="sanction-term" nzRequired>{{ 'discipline.term' | t }}</nz-form-label>
            <nz-form-control>
              <nz-select nzId="sanction-term" formControlName="termMonths" data-testid="sanction-term">
                <nz-option [nzValue]="12" [nzLabel]="'discipline.termMonths' | t: { n: 12 }" />
                <nz-option [nzValue]="24" [nzLabel]="'discipline.termMonths' | t: { n: 24 }" />
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        }
        @if (kind() === 'correction_order') {
          <nz-form-item>
            <nz-form-label nzFor="sanction-until" nzRequired>{{ 'discipline.until' | t }}</nz-form-label>
            <nz-form-control>
              <nz-date-picker nzId="sanction-until" formControlName="until" nzFormat="yyyy-MM-dd" />
            </nz-form-control>
          </nz-form-item>
        }
        <bst-field
          [label]="'discipline.decidingBody' | t"
          for="sanction-body"
          [required]="true"
          [control]="form.controls.decidingBody"
        >
          <input nz-input id="sanction-body" formControlName="decidingBody" data-testid="sanction-body" />
        </bst-field>
        <bst-field
          [label]="'discipline.reason' | t"
          for="sanction-reason"
          [required]="true"
          [control]="form.controls.reason"
        >
          <textarea
            nz-input
            id="sanction-reason"
            rows="2"
            formControlName="reason"
            data-testid="sanction-reason"
          ></textarea>
        </bst-field>
      </form>
    </bst-form-dialog>
  `,
})
export class SanctionFormComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

  readonly person = input.required<PersonDetail>();
  readonly saved = output();
  readonly closed = output();

  protected readonly kinds = sanctionKinds;
  protected readonly kindLabel = sanctionKindLabel;
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['warning' as SanctionKind, Validators.required],
    decidedOn: [new Date() as Date | null, Validators.required],
    effectiveFrom: [new Date() as Date | null, Validators.required],
    termMonths: [12 as number | null],
    until: [null as Date | null],
    decidingBody: ['', [Validators.required, Validators.minLength(2)]],
    reason: ['', [Validators.required, Validators.minLength(2)]],
  });
  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, { initialValue: 'warning' });
  protected readonly kind = computed(() => this.kindValue());
  protected readonly submission = new FormSubmission(this.form);

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        return this.api.addSanction(this.person().id, {
          kind: v.kind,
          decidedOn: toLocalDate(v.decidedOn)!,
          effectiveFrom: toLocalDate(v.effectiveFrom)!,
          termMonths: v.kind === 'probation' ? v.termMonths : null,
          until: v.kind === 'correction_order' ? toLocalDate(v.until) : null,
          decidingBody: v.decidingBody.trim(),
          reason: v.reason.trim(),
        });
      },
      () => this.notice('discipline.added', this.saved),
    );
  }
}
