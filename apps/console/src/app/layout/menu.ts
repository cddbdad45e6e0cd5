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
  // 发展党员: one group; supervisors also set the committee's rules.
  {
    label: 'menu.development',
    icon: 'flag',
    visible: (me) => canDevelop(me, 'development.read'),
    children: [
      { label: 'menu.devBoard', icon: 'fund', link: '/development/board' },
      { label: 'menu.devCases', icon: 'unordered-list', link: '/development/cases' },
      { label: 'menu.devDeadlines', icon: 'clock-circle', link: '/development/deadlines' },
      {
        label: 'menu.devOpen',
        icon: 'form',
        link: '/development/cases/new',
        visible: (me) => canDevelop(me, 'development.manage'),
      },
      {
        label: 'menu.devMigrate',
        icon: 'container',
        link: '/development/migrate',
        visible: (me) => canDevelop(me, 'development.manage'),
      },
      {
        label: 'menu.devRules',
        icon: 'setting',
        link: '/development/rules',
        visible: (me) => canDevelop(me, 'development.supervise'),
      },
    ],
  },
  { label: 'menu.orgs', icon: 'apartment', link: '/orgs', visible: (me) => canAnywhere(me, 'org.read') },
  { label: 'menu.people', icon: 'team', link: '/people', visible: (me) => canAnywhere(me, 'person.read') },
  { label: 'menu.routeTemplates', icon: 'partition', link: '/route-templates', visible: (me) => me.isAdmin },
  { label: 'menu.calendar', icon: 'clock-circle', link: '/calendar', visible: (me) => me.isAdmin },
  { label: 'menu.profile', icon: 'user', link: '/profile' },
];
