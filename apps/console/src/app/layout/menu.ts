import type { Me } from '@bastion/identity-contracts';
import { canAnywhere, canDevelop, canRectify, type MessageKey } from '@bastion/console-ui';

export interface MenuEntry {
  label: MessageKey;
  /** An icon registered in icons.ts. */
  icon: string;
  /** The page; a group has its pages in `children` instead. */
  link?: string;
  children?: readonly MenuEntry[];
  /** Hidden from users who could not use the page anyway; a group with no page left is hidden too. */
  visible?: (me: Me) => boolean;
}

/** The entries `me` may use, groups keeping only their visible pages. */
export function visibleMenu(entries: readonly MenuEntry[], me: Me): MenuEntry[] {
  return entries.flatMap((entry) => {
    if (!(entry.visible?.(me) ?? true)) return [];
    if (!entry.children) return [entry];
    const children = visibleMenu(entry.children, me);
    return children.length ? [{ ...entry, children }] : [];
  });
}

/** A page of 问题整改: everyone who may read the lists sees it; the page offers what each may do. */
const rectification = (label: MessageKey, icon: string, page: string): MenuEntry => ({
  label,
  icon,
  link: `/rectification/${page}`,
  visible: (me) => canRectify(me, 'rectification.read'),
});

/** A page of 发展党员, shown to those who hold `permission` (the group itself asks for reading). */
const development = (
  label: MessageKey,
  icon: string,
  page: string,
  permission?: Parameters<typeof canDevelop>[1],
): MenuEntry => ({
  label,
  icon,
  link: `/development/${page}`,
  ...(permission ? { visible: (me: Me) => canDevelop(me, permission) } : {}),
});

/**
 * The side menu. Each procedure adds one entry when it arrives — 审批 (approvals), 整改
 * (rectification), 发展党员 (member development) — with its routes in app.routes.ts.
 */
export const MENU: readonly MenuEntry[] = [
  { label: 'menu.workbench', icon: 'dashboard', link: '/workbench' },
  { label: 'menu.approvals', icon: 'audit', link: '/approvals' },
  // Requests are submitted by people; an account without a person (the installation's administrator) cannot.
  { label: 'menu.newRequest', icon: 'form', link: '/general-requests/new', visible: (me) => !!me.personId },
  rectification('menu.rectBatches', 'container', 'batches'),
  rectification('menu.rectItems', 'unordered-list', 'items'),
  rectification('menu.rectBoard', 'fund', 'board'),
  // 发展党员: one group; supervisors also set the committee's rules.
  {
    label: 'menu.development',
    icon: 'flag',
    visible: (me) => canDevelop(me, 'development.read'),
    children: [
      development('menu.devBoard', 'fund', 'board'),
      development('menu.devCases', 'unordered-list', 'cases'),
      development('menu.devDeadlines', 'clock-circle', 'deadlines'),
      development('menu.devOpen', 'form', 'cases/new', 'development.manage'),
      development('menu.devMigrate', 'container', 'migrate', 'development.manage'),
      development('menu.devRules', 'setting', 'rules', 'development.supervise'),
    ],
  },
  { label: 'menu.orgs', icon: 'apartment', link: '/orgs', visible: (me) => canAnywhere(me, 'org.read') },
  { label: 'menu.people', icon: 'team', link: '/people', visible: (me) => canAnywhere(me, 'person.read') },
  { label: 'menu.routeTemplates', icon: 'partition', link: '/route-templates', visible: (me) => me.isAdmin },
  { label: 'menu.calendar', icon: 'clock-circle', link: '/calendar', visible: (me) => me.isAdmin },
  { label: 'menu.profile', icon: 'user', link: '/profile' },
];
