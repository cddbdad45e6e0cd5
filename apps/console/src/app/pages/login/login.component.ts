import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { PASSWORD_PAGE } from '../../core/auth/auth.guard';
import {
  ButtonComponent,
  type ButtonSpec,
  type FieldLayout,
  FORM_IMPORTS,
  PAGE_IMPORTS,
  pageContext,
  type SignedOutReason,
} from '@bastion/console-ui';

/** The sign-in form's two fields; each has its label `login.<key>` and `login.<key>Required`. */
const FIELDS: FieldLayout = (
  [
    { key: 'username', kind: 'text', icon: 'user', autocomplete: 'username' },
    { key: 'password', kind: 'password', icon: 'lock', autocomplete: 'current-password' },
  ] as const
).map((field) => ({
  ...field,
  label: `login.${field.key}` as const,
  errorText: `login.${field.key}Required` as const,
  required: true,
  id: field.key,
  testId: `login-${field.key}`,
}));

@Component({
  selector: 'bst-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ...FORM_IMPORTS, ButtonComponent],
  templateUrl: './login.component.html',
  styleUrl: './login.component.css',
})
export class LoginComponent {
  protected readonly page = pageContext();

  /** Query parameters: why the user landed here, and where to go afterwards. */
  readonly reason = input<SignedOutReason | undefined>();
  readonly returnUrl = input<string | undefined>();

  protected readonly fields = FIELDS;
  protected readonly languageSwitch: ButtonSpec = {
    key: 'language',
    label: 'lang.switchTo',
    icon: 'global',
    type: 'link',
    testId: 'language-switch',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);
  /** The expiry notice shows until the user tries again. */
  private readonly attempted = signal(false);
  protected readonly expired = computed(() => this.reason() === 'expired' && !this.attempted());

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      for (const control of Object.values(this.form.controls)) control.updateValueAndValidity();
      this.failure.set(null);
      return;
    }
    this.attempted.set(true);
    this.submitting.set(true);
    this.failure.set(null);
    const { username, password } = this.form.getRawValue();
    try {
      await this.page.session.login(username.trim(), password);
      const next = this.page.me()?.mustChangePassword ? PASSWORD_PAGE : this.safeReturnUrl();
      await this.page.router.navigateByUrl(next);
    } catch (error) {
      this.failure.set(error);
      // The password is typed again after a failure; the user name stays.
      this.form.controls.password.reset('');
    } finally {
      this.submitting.set(false);
    }
  }

  /** Only paths inside the console: a crafted link must not send the user elsewhere. */
  private safeReturnUrl(): string {
    const url = this.returnUrl();
    return url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
  }
}
