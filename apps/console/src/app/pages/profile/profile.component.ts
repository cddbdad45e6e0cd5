import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PAGE_IMPORTS, SessionService, TranslateService } from '@bastion/console-ui';
import { ChangePasswordComponent } from './change-password.component';

/** The signed-in user's own details and roles, and the password form. */
@Component({
  selector: 'bst-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ChangePasswordComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'profile.title' | t }}</h1>
    </div>
    @if (me(); as me) {
      <div nz-row [nzGutter]="[16, 16]">
        <div nz-col [nzXs]="24" [nzLg]="12">
          <nz-card [nzTitle]="'profile.info' | t" data-testid="profile-info">
            <nz-descriptions [nzColumn]="1" nzBordered nzSize="small">
              <nz-descriptions-item [nzTitle]="'profile.displayName' | t">{{
                me.displayName
              }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'profile.username' | t">{{
                me.username
              }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'profile.roles' | t">
                @for (role of me.roles; track $index) {
                  <div>
                    <nz-tag nzColor="red">{{ i18n.role(role.role) }}</nz-tag>{{ role.org.name }}
                  </div>
                } @empty {
                  <span class="bst-muted">{{ 'common.none' | t }}</span>
                }
                @if (me.isAdmin) {
                  <nz-tag nzColor="volcano">{{ 'header.admin' | t }}</nz-tag>
                }
              </nz-descriptions-item>
            </nz-descriptions>
          </nz-card>
        </div>
        <div nz-col [nzXs]="24" [nzLg]="12">
          <nz-card [nzTitle]="'profile.changePassword' | t">
            <bst-change-password />
          </nz-card>
        </div>
      </div>
    }
  `,
})
export class ProfileComponent {
  protected readonly i18n = inject(TranslateService);
  protected readonly me = inject(SessionService).me;
}
