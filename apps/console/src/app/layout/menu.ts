import type { Me } from '@bastion/identity-contracts';
import { canAnywhere, canRectify } from '../core/auth/permissions';
import type { MessageKey } from '../core/i18n/messages.zh-cn';

export interface MenuEntry {
  label: MessageKey;
  /** An icon registered in icons.ts. */
  icon: string;
  link: string;
  /** Hidden from users who could not use the page anyway. */
  visible?: (me: Me) => boolean;
}

/**
 * The side menu. Each procedure adds one entry when it arrives — 审批 (approvals), 整改
 * (rectification), 发展党员 (member development) — with its routes in app.routes.ts.
 */
export const MENU: readonly MenuEntry[] = [
  { label: 'menu.workbench', icon: 'dashboard', link: '/workbench' },
  { label: 'menu.approvals', icon: 'audit', link: '/approvals' },
  // Requests are submitted by people; an account without a person (the installation's administrator) cannot.
  { label: 'menu.newRequest', icon: 'form', link: '/general-requests/new', visible: (me) => !!me.personId },
  // 问题整改: everyone who may read the lists sees them; the pages offer what each may do.
  {
    label: 'menu.rectBatches',
    icon: 'container',
    link: '/rectification/batches',
    visible: (me) => canRectify(me, 'rectification.read'),
  },
  {
    label: 'menu.rectItems',
    icon: 'unordered-list',
    link: '/rectification/items',
    visible: (me) => canRectify(me, 'rectification.read'),
  },
  {
    label: 'menu.rectBoard',
    icon: 'fund',
    link: '/rectification/board',
    visible: (me) => canRectify(me, 'rectification.read'),
  },
  { label: 'menu.orgs', icon: 'apartment', link: '/orgs', visible: (me) => canAnywhere(me, 'org.read') },
  { label: 'menu.people', icon: 'team', link: '/people', visible: (me) => canAnywhere(me, 'person.read') },
  { label: 'menu.routeTemplates', icon: 'partition', link: '/route-templates', visible: (me) => me.isAdmin },
  { label: 'menu.profile', icon: 'user', link: '/profile' },
];
