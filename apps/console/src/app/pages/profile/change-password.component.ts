import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  applyServerErrors,
  type FieldLayout,
  FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  pageContext,
} from '@bastion/console-ui';

/** The repeated password must match; checked here so the service is asked only once it does. */
function sameAsNewPassword(control: AbstractControl): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value && newPassword !== undefined && control.value !== newPassword
    ? { mismatch: true }
    : null;
}

/** The fields around the new password, which shows every problem the service found with it. */
const FIELDS = {
  current: [
    {
      key: 'currentPassword',
      label: 'profile.currentPassword',
      kind: 'password',
      id: 'current-password',
      autocomplete: 'current-password',
    },
  ],
  confirm: [
    {
      key: 'confirmPassword',
      label: 'profile.confirmPassword',
      kind: 'password',
      id: 'confirm-password',
      autocomplete: 'new-password',
    },
  ],
} satisfies Record<string, FieldLayout>;

/**
 * Changes the user's password. The service judges strength and lists every problem with the new
 * password; each is shown under the field.
 */
@Component({
  selector: 'bst-change-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS],
  templateUrl: './change-password.component.html',
})
export class ChangePasswordComponent {
  private readonly api = inject(IdentityApi);
  protected readonly page = pageContext();

  readonly changed = output();
  protected readonly username = computed(() => this.page.me()?.username ?? '');

  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
    confirmPassword: ['', [Validators.required, sameAsNewPassword]],
  });
  /** Every problem the service found with the new password, listed under the field. */
  protected readonly newPasswordProblems = signal<readonly string[]>([]);
  protected readonly submission = new FormSubmission(this.form, (error) => {
    this.newPasswordProblems.set(error.problemsOf('newPassword'));
    return applyServerErrors(this.form, error);
  });

  constructor() {
    this.form.controls.newPassword.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.confirmPassword.updateValueAndValidity({ emitEvent: false });
      this.newPasswordProblems.set([]);
    });
  }

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const { currentPassword, newPassword } = this.form.getRawValue();
        return this.api.changePassword({ currentPassword, newPassword });
      },
      async () => {
        this.form.reset();
        this.page.notice.done('profile.changed');
        await this.page.session.loadMe();
        this.changed.emit();
      },
    );
  }
}
