import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import {
  ListCellDirective,
  PAGE_IMPORTS,
  type RecordItem,
  RecordSectionComponent,
  SessionService,
  TranslateService,
} from '@bastion/console-ui';
import { ChangePasswordComponent } from './change-password.component';

/** The signed-in user's own details and roles, and the password form. */
@Component({
  selector: 'bst-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, ListCellDirective, RecordSectionComponent, ChangePasswordComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'profile.title' | t }}</h1>
    </div>
    @if (me(); as me) {
      <div nz-row [nzGutter]="[16, 16]">
        <div nz-col [nzXs]="24" [nzLg]="12">
          <bst-record-section
            [title]="'profile.info' | t"
            [items]="items()"
            [itemColumns]="oneColumn"
            [bordered]="true"
            data-testid="profile-info"
          >
            <ng-template bstCell="roles">
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
            </ng-template>
          </bst-record-section>
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
  protected readonly oneColumn = { xxl: 1, xl: 1, lg: 1, md: 1, sm: 1, xs: 1 };
  protected readonly items = computed((): RecordItem[] => {
    const me = this.me();
    return me
      ? [
          { key: 'displayName', title: 'profile.displayName', text: me.displayName },
          { key: 'username', title: 'profile.username', text: me.username },
          { key: 'roles', title: 'profile.roles' },
        ]
      : [];
  });
}
