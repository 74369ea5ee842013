import { describe, expect, it } from 'vitest';
import { isActive, NAV_ITEMS, navSections, visibleNavItems } from './nav';

describe('navigation', () => {
  it('lists each page once', () => {
    const hrefs = NAV_ITEMS.map((i) => i.href);
    expect(hrefs).toEqual(['/overview', '/usage', '/logs', '/violations', '/approvals', '/get-started', '/policies', '/keys', '/providers', '/pricing', '/members', '/tokens', '/audit', '/settings']);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('hides admin pages from lower roles', () => {
    for (const role of ['viewer', 'member'] as const) {
      expect(visibleNavItems(role).map((i) => i.href)).not.toContain('/tokens');
      expect(visibleNavItems(role).map((i) => i.href)).not.toContain('/audit');
    }
    expect(visibleNavItems('admin').map((i) => i.href)).toEqual(expect.arrayContaining(['/tokens', '/audit']));
    expect(visibleNavItems(undefined).map((i) => i.href)).not.toContain('/tokens');
  });

  it('groups the items under their sections in order', () => {
    expect(navSections('owner').map((s) => s.section)).toEqual(['Monitor', 'Control', 'Organisation']);
    expect(navSections('viewer').find((s) => s.section === 'Organisation')!.items.map((i) => i.href)).toEqual(['/members', '/settings']);
  });

  it('marks a section active on its sub-pages, not on look-alike paths', () => {
    expect(isActive('/keys', '/keys')).toBe(true);
    expect(isActive('/keys/abc', '/keys')).toBe(true);
    expect(isActive('/keysmith', '/keys')).toBe(false);
  });
});
