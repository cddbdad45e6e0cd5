import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { IdentityApi } from '../../core/api/identity-api.service';
import { SessionService } from '../../core/auth/session.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';

/** The repeated password must match; checked here so the service is asked only once it does. */
function sameAsNewPassword(control: AbstractControl): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value && newPassword !== undefined && control.value !== newPassword
    ? { mismatch: true }
    : null;
}

/**
 * Changes the user's password. The service judges strength and lists every problem with the new
 * password; each is shown under the field.
 */
@Component({
  selector: 'bst-change-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    TranslatePipe,
  ],
  templateUrl: './change-password.component.html',
})
export class ChangePasswordComponent {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionService);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(TranslateService);

  readonly changed = output();
  protected readonly username = computed(() => this.session.me()?.username ?? '');

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
    confirmPassword: ['', [Validators.required, sameAsNewPassword]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  /** Every problem the service found with the new password, listed under the field. */
  protected readonly newPasswordProblems = signal<readonly string[]>([]);

  constructor() {
    this.form.controls.newPassword.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.confirmPassword.updateValueAndValidity({ emitEvent: false });
      this.newPasswordProblems.set([]);
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      for (const control of Object.values(this.form.controls)) control.updateValueAndValidity();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.form.reset();
      this.message.success(this.i18n.t('profile.changed'));
      await this.session.loadMe();
      this.changed.emit();
    } catch (error) {
      const apiError = ApiError.from(error);
      this.failure.set(apiError);
      const current = apiError.problemsOf('currentPassword');
      if (current.length) this.form.controls.currentPassword.setErrors({ server: current[0] });
      const problems = apiError.problemsOf('newPassword');
      this.newPasswordProblems.set(problems);
      if (problems.length) this.form.controls.newPassword.setErrors({ server: problems[0] });
    } finally {
      this.saving.set(false);
    }
  }
}
