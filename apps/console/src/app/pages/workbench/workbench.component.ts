import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { IdentityPermission } from '@bastion/identity-contracts';
import {
  CalendarWarningComponent,
  canAnywhere,
  type MessageKey,
  PAGE_IMPORTS,
  SessionService,
  TranslateService,
} from '@bastion/console-ui';

const PERMISSIONS: readonly IdentityPermission[] = ['org.read', 'org.manage', 'person.read', 'person.manage'];

interface QuickLink {
  label: MessageKey;
  icon: string;
  link: string;
  visible: boolean;
}

/** The home page: who I am, what I hold where, and the ways in. */
@Component({
  selector: 'bst-workbench',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, CalendarWarningComponent],
  templateUrl: './workbench.component.html',
  styleUrl: './workbench.component.css',
})
export class WorkbenchComponent {
  protected readonly i18n = inject(TranslateService);
  protected readonly me = inject(SessionService).me;

  protected readonly scopes = computed(() => {
    const scopes = this.me()?.scopes ?? {};
    return PERMISSIONS.map((permission) => {
      const scope = scopes[permission];
      return {
        label: `perm.${permission}` as MessageKey,
        all: scope === 'all',
        orgs: Array.isArray(scope) ? scope : [],
      };
    });
  });

  protected readonly links = computed<QuickLink[]>(() => {
    const me = this.me();
    return [
      { label: 'workbench.link.approvals', icon: 'audit', link: '/approvals', visible: true },
      {
        label: 'workbench.link.newRequest',
        icon: 'form',
        link: '/general-requests/new',
        visible: !!me?.personId,
      },
      {
        label: 'workbench.link.orgs',
        icon: 'apartment',
        link: '/orgs',
        visible: canAnywhere(me, 'org.read'),
      },
      {
        label: 'workbench.link.people',
        icon: 'team',
        link: '/people',
        visible: canAnywhere(me, 'person.read'),
      },
      { label: 'workbench.link.profile', icon: 'user', link: '/profile', visible: true },
    ];
  });
}
