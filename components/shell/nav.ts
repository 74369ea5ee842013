import type { ComponentType, SVGProps } from 'react';
import { ChartIcon, ClockIcon, CogIcon, HomeIcon, KeyIcon, ListIcon, PlugIcon, RocketIcon, ScaleIcon, ScrollIcon, ShieldAlertIcon, TagIcon, TerminalIcon, UsersIcon } from '@/components/ui/icons';
import { roleAtLeast, type Role } from '@/lib/client/roles';

export interface NavItem {
  href: string;
  label: string;
  icon?: ComponentType<SVGProps<SVGSVGElement>>;
  /** Hidden from roles below this one (the API refuses them anyway). */
  minRole?: Role;
  /** The group the item is listed under. */
  section: 'Monitor' | 'Control' | 'Organisation';
}

/** The dashboard's navigation, in order. A new page adds one line here. */
export const NAV_ITEMS: NavItem[] = [
  { href: '/overview', label: 'Overview', icon: HomeIcon, section: 'Monitor' },
  { href: '/usage', label: 'Spend & usage', icon: ChartIcon, section: 'Monitor' },
  { href: '/logs', label: 'Request log', icon: ListIcon, section: 'Monitor' },
  { href: '/violations', label: 'Violations', icon: ShieldAlertIcon, section: 'Monitor' },
  { href: '/approvals', label: 'Approvals', icon: ClockIcon, section: 'Monitor' },
  { href: '/get-started', label: 'Get started', icon: RocketIcon, section: 'Control' },
  { href: '/policies', label: 'Policies', icon: ScaleIcon, section: 'Control' },
  { href: '/keys', label: 'Gateway keys', icon: KeyIcon, section: 'Control' },
  { href: '/providers', label: 'Providers', icon: PlugIcon, section: 'Control' },
  { href: '/pricing', label: 'Pricing', icon: TagIcon, section: 'Control' },
  { href: '/members', label: 'Members', icon: UsersIcon, section: 'Organisation' },
  { href: '/tokens', label: 'API tokens', icon: TerminalIcon, minRole: 'admin', section: 'Organisation' },
  { href: '/audit', label: 'Audit trail', icon: ScrollIcon, minRole: 'admin', section: 'Organisation' },
  { href: '/settings', label: 'Settings', icon: CogIcon, section: 'Organisation' },
];

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The items a role may see; until the role is known, only those open to everyone. */
export function visibleNavItems(role: Role | undefined, items: NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => !item.minRole || roleAtLeast(role, item.minRole));
}

/** Visible items under their section headings, sections in first-seen order. */
export function navSections(role: Role | undefined): { section: NavItem['section']; items: NavItem[] }[] {
  const out: { section: NavItem['section']; items: NavItem[] }[] = [];
  for (const item of visibleNavItems(role)) {
    const last = out.at(-1);
    if (last && last.section === item.section) last.items.push(item);
    else out.push({ section: item.section, items: [item] });
  }
  return out;
}
