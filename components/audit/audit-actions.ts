/**
 * The actions the audit trail records, grouped for the filter (the server's list is
 * `AUDIT_ACTIONS` in lib/audit, which the browser cannot import), with words for each.
 */
export const AUDIT_ACTION_GROUPS: { label: string; actions: [string, string][] }[] = [
  { label: 'Sign-in', actions: [['auth.sign_up', 'Signed up'], ['auth.sign_in', 'Signed in'], ['auth.sign_in_failed', 'Sign-in failed']] },
  { label: 'Organisation', actions: [['org.create', 'Organisation created'], ['settings.update', 'Settings changed']] },
  {
    label: 'Members',
    actions: [['member.add', 'Member added'], ['member.invite', 'Member invited'], ['member.join', 'Invitation accepted'], ['member.role_change', 'Role changed'], ['member.remove', 'Member removed'], ['invitation.revoke', 'Invitation withdrawn']],
  },
  { label: 'Gateway keys', actions: [['key.create', 'Key created'], ['key.update', 'Key changed'], ['key.revoke', 'Key revoked']] },
  { label: 'Provider credentials', actions: [['credential.create', 'Credential added'], ['credential.set_default', 'Default credential set'], ['credential.delete', 'Credential deleted']] },
  { label: 'API tokens', actions: [['token.create', 'Token created'], ['token.revoke', 'Token revoked']] },
  { label: 'Policies', actions: [['policy.create', 'Policy created'], ['policy.update', 'Policy changed'], ['policy.delete', 'Policy deleted']] },
  { label: 'Approvals', actions: [['approval.approve', 'Request approved'], ['approval.reject', 'Request rejected']] },
  { label: 'Pricing', actions: [['price.set', 'Price set'], ['price.delete', 'Price removed']] },
  { label: 'Gateway', actions: [['gateway.denied', 'Request denied']] },
];

const LABELS = new Map(AUDIT_ACTION_GROUPS.flatMap((g) => g.actions));

export function actionLabel(action: string): string {
  return LABELS.get(action) ?? action;
}

export function actionTone(action: string): 'neutral' | 'danger' | 'warning' | 'accent' {
  if (action === 'gateway.denied' || action === 'auth.sign_in_failed') return 'danger';
  if (/\.(revoke|delete|remove)$/.test(action)) return 'warning';
  if (action === 'settings.update' || action.startsWith('policy.')) return 'accent';
  return 'neutral';
}

const ACTOR_TYPES: Record<string, string> = { user: 'User', token: 'API token', gateway_key: 'Gateway key', system: 'System', anonymous: 'Anonymous' };

export function actorTypeLabel(type: string): string {
  return ACTOR_TYPES[type] ?? type;
}
