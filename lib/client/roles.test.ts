import { describe, expect, it } from 'vitest';
import { grantableRoles, roleAtLeast } from './roles';

describe('roles', () => {
  it('orders viewer < member < admin < owner', () => {
    expect(roleAtLeast('member', 'viewer')).toBe(true);
    expect(roleAtLeast('member', 'admin')).toBe(false);
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast(undefined, 'viewer')).toBe(false);
  });

  it('never offers a token more power than its creator', () => {
    expect(grantableRoles('admin')).toEqual(['viewer', 'member', 'admin']);
    expect(grantableRoles('owner')).toEqual(['viewer', 'member', 'admin', 'owner']);
    expect(grantableRoles(undefined)).toEqual([]);
  });
});
