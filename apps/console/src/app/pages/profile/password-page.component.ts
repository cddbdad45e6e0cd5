import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { PAGE_IMPORTS, pageContext } from '@bastion/console-ui';
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
  protected readonly page = pageContext();
  protected readonly mustChange = computed(() => !!this.page.me()?.mustChangePassword);

  protected continue(): void {
    void this.page.router.navigate(['/workbench']);
  }
}
