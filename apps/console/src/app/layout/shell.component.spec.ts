import { BreakpointObserver } from '@angular/cdk/layout';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionService } from '@bastion/console-ui';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { of } from 'rxjs';
import { NotificationsService } from '../core/notifications/notifications.service';
import { appIcons } from '../icons';
import { ShellComponent } from './shell.component';

const me = { displayName: '王甲书', isAdmin: false, personId: 'p1', grants: [], roles: [], scopes: {} };

describe('ShellComponent', () => {
  async function shell(narrow: boolean) {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [
        provideRouter([]),
        provideNzIcons(appIcons),
        {
          provide: BreakpointObserver,
          useValue: { observe: () => of({ matches: narrow, breakpoints: {} }) },
        },
        { provide: SessionService, useValue: { me: signal(me), logout: () => Promise.resolve() } },
        { provide: NotificationsService, useValue: { unread: signal(0), watch: () => () => undefined } },
      ],
    });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    const toggle = () => {
      (fixture.nativeElement as HTMLElement)
        .querySelector<HTMLButtonElement>('[data-testid="menu-toggle"]')!
        .click();
      return fixture.whenStable();
    };
    const menu = () => document.body.querySelector('[data-testid="side-menu"]');
    const sider = () => (fixture.nativeElement as HTMLElement).querySelector('nz-sider');
    return { fixture, toggle, menu, sider };
  }

  it('keeps the menu beside the page on a wide screen, folding it to its icons', async () => {
    const { fixture, toggle, menu, sider } = await shell(false);
    expect(sider()).not.toBeNull();
    expect(menu()).not.toBeNull();
    await toggle();
    expect(sider()!.classList).toContain('ant-layout-sider-collapsed');
    fixture.destroy();
  });

  it('on a narrow screen takes the menu off the page and opens it as a drawer', async () => {
    const { fixture, toggle, sider } = await shell(true);
    const drawerMenu = () => document.body.querySelector('.ant-drawer-open [data-testid="side-menu"]');
    expect(sider()).toBeNull();
    expect(drawerMenu()).toBeNull();
    await toggle();
    expect(drawerMenu()!.textContent).toContain('工作台');
    fixture.destroy();
  });
});
