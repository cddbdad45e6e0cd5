import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, RouterLink, RouterOutlet } from '@angular/router';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { filter, map } from 'rxjs';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { KIT_IMPORTS, pageContext } from '@bastion/console-ui';
import { BreadcrumbsComponent } from './breadcrumbs.component';
import { MENU, visibleMenu } from './menu';
import { NotificationBellComponent } from './notification-bell.component';

/** Below this width the menu leaves the page's side for a drawer the header's button opens. */
const NARROW = '(max-width: 767.98px)';

/**
 * The frame around every signed-in page: side menu, header, breadcrumbs. On a wide screen the
 * header's button folds the menu to its icons; on a narrow one the menu is a drawer over the
 * page, closed again once a page is chosen.
 */
@Component({
  selector: 'bst-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    NgTemplateOutlet,
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzDrawerModule,
    NzTooltipModule,
    BreadcrumbsComponent,
    NotificationBellComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
})
export class ShellComponent {
  protected readonly page = pageContext();
  protected readonly me = this.page.me;
  protected readonly collapsed = signal(false);
  protected readonly drawerOpen = signal(false);
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** The drawer always shows the menu in full. */
  protected readonly inlineCollapsed = computed(() => !this.narrow() && this.collapsed());
  protected readonly menu = computed(() => {
    const me = this.me();
    return me ? visibleMenu(MENU, me) : [];
  });

  constructor() {
    this.page.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.drawerOpen.set(false));
  }

  protected toggleMenu(): void {
    if (this.narrow()) this.drawerOpen.update((open) => !open);
    else this.collapsed.update((collapsed) => !collapsed);
  }

  protected logout(): void {
    void this.page.session.logout();
  }
}
