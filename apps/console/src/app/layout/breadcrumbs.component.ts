import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type ActivatedRouteSnapshot, NavigationEnd, Router, RouterLink } from '@angular/router';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { filter, map, startWith } from 'rxjs';
import { type MessageKey, TranslatePipe } from '@bastion/console-ui';

interface Crumb {
  label: MessageKey;
  url: string;
}

/** The trail of `data.breadcrumb` labels along the active route, each linking to its page. */
@Component({
  selector: 'bst-breadcrumbs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzBreadCrumbModule, RouterLink, TranslatePipe],
  template: `
    <nz-breadcrumb>
      <nz-breadcrumb-item>
        <a routerLink="/workbench">{{ 'breadcrumb.home' | t }}</a>
      </nz-breadcrumb-item>
      @for (crumb of crumbs(); track crumb.url; let last = $last) {
        <nz-breadcrumb-item>
          @if (last) {
            {{ crumb.label | t }}
          } @else {
            <a [routerLink]="crumb.url">{{ crumb.label | t }}</a>
          }
        </nz-breadcrumb-item>
      }
    </nz-breadcrumb>
  `,
})
export class BreadcrumbsComponent {
  private readonly router = inject(Router);

  protected readonly crumbs = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      startWith(null),
      map(() => this.trail()),
    ),
    { initialValue: [] },
  );

  private trail(): Crumb[] {
    const crumbs: Crumb[] = [];
    const segments: string[] = [];
    let route: ActivatedRouteSnapshot | null = this.router.routerState.snapshot.root;
    while (route) {
      segments.push(...route.url.map((s) => s.path));
      const label = route.routeConfig?.data?.['breadcrumb'] as MessageKey | undefined;
      if (label && crumbs.at(-1)?.label !== label) crumbs.push({ label, url: `/${segments.join('/')}` });
      route = route.firstChild;
    }
    return crumbs;
  }
}
