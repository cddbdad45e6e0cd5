import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { OrgPickerComponent } from '../../shared/org-picker.component';
import { PARENT_KINDS } from '../../shared/org-nodes';

/** Moves an organisation, with everything under it, to a new parent. */
@Component({
  selector: 'bst-org-move',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    NzModalModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    OrgPickerComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'orgs.move.title' | t: { name: org().name }"
      [nzOkText]="'common.confirm' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        <nz-alert class="form-alert" nzType="info" [nzMessage]="'orgs.move.hint' | t" />
        @if (failure(); as failure) {
          <bst-error-alert
            class="form-alert"
            [error]="failure"
            [retryable]="failure.code === 'STALE_VERSION'"
            retryLabel="common.reload"
            (retry)="reload.emit()"
          />
        }
        <form nz-form nzLayout="vertical" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'orgs.move.newParent' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="newParent.errors | fieldError">
              <bst-org-picker
                [formControl]="newParent"
                [selectable]="parentKinds()"
                testId="org-move-parent"
              />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class OrgMoveComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly org = input.required<OrgDetail>();
  readonly moved = output<string>();
  readonly closed = output();
  readonly reload = output();

  protected readonly newParent = new FormControl<string | null>(null, Validators.required);
  protected readonly parentKinds = computed(() => PARENT_KINDS[this.org().kind]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);

  protected async submit(): Promise<void> {
    const newParentId = this.newParent.value;
    if (!newParentId) {
      this.newParent.markAsTouched();
      this.newParent.updateValueAndValidity();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.moveOrg(this.org().id, { newParentId, version: this.org().version }));
      this.message.success(this.i18n.t('orgs.move.done'));
      this.moved.emit(newParentId);
    } catch (error) {
      const apiError = ApiError.from(error);
      const problem = apiError.problemsOf('newParentId')[0];
      if (problem) this.newParent.setErrors({ server: problem });
      this.failure.set(apiError);
    } finally {
      this.saving.set(false);
    }
  }
}
