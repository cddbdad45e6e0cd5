import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { PASSWORD_PAGE } from '../../core/auth/auth.guard';
import {
  ControlFieldComponent,
  type MessageKey,
  SessionService,
  type SignedOutReason,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';

/** The sign-in form's two fields; each has its label `login.<name>` and `login.<name>Required`. */
const FIELDS = [
  { name: 'username', kind: 'text', icon: 'user', autocomplete: 'username' },
  { name: 'password', kind: 'password', icon: 'lock', autocomplete: 'current-password' },
] as const;

@Component({
  selector: 'bst-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    ControlFieldComponent,
    TranslatePipe,
  ],
  templateUrl: './login.component.html',
  styleUrl: './login.component.css',
})
export class LoginComponent {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(TranslateService);

  /** Query parameters: why the user landed here, and where to go afterwards. */
  readonly reason = input<SignedOutReason | undefined>();
  readonly returnUrl = input<string | undefined>();

  protected readonly fields = FIELDS;
  protected readonly label = (name: string): MessageKey => `login.${name}` as MessageKey;
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
      await this.session.login(username.trim(), password);
      const next = this.session.me()?.mustChangePassword ? PASSWORD_PAGE : this.safeReturnUrl();
      await this.router.navigateByUrl(next);
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
