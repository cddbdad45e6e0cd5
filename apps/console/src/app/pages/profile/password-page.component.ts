import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { PAGE_IMPORTS, SessionService } from '@bastion/console-ui';
import { ChangePasswordComponent } from './change-password.component';

/**
 * The password page on its own: where a user with an initial password is held until they
 * change it, after which they go on to the workbench.
 */
@Component({
  selector: 'bst-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ChangePasswordComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'profile.changePassword' | t }}</h1>
    </div>
    <nz-card class="card">
      @if (mustChange()) {
        <nz-alert class="form-alert" nzType="warning" nzShowIcon [nzMessage]="'profile.mustChange' | t" />
      }
      <bst-change-password (changed)="continue()" />
    </nz-card>
  `,
  styles: '.card { max-width: 560px; }',
})
export class PasswordPageComponent {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly mustChange = computed(() => !!this.session.me()?.mustChangePassword);

  protected continue(): void {
    void this.router.navigate(['/workbench']);
  }
}
