import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { SessionService, TranslatePipe, TranslateService } from '@bastion/console-ui';
import { BreadcrumbsComponent } from './breadcrumbs.component';
import { MENU, visibleMenu } from './menu';
import { NotificationBellComponent } from './notification-bell.component';

/** The frame around every signed-in page: side menu, header, breadcrumbs. */
@Component({
  selector: 'bst-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzButtonModule,
    NzTagModule,
    NzTooltipModule,
    BreadcrumbsComponent,
    NotificationBellComponent,
    TranslatePipe,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
})
export class ShellComponent {
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(TranslateService);

  protected readonly me = this.session.me;
  protected readonly collapsed = signal(false);
  protected readonly menu = computed(() => {
    const me = this.me();
    return me ? visibleMenu(MENU, me) : [];
  });

  protected logout(): void {
    void this.session.logout();
  }
}
