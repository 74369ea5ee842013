import { eq, or } from 'drizzle-orm';
import type { Database } from '@/db';
import { findUserByEmail, getMembershipRole } from '@/db/queries/accounts';
import { listAuditChains, verifyAuditChain, type ChainBreak } from '@/db/queries/audit';
import { createManagementToken } from '@/db/queries/tokens';
import { organizations, type MemberRole } from '@/db/schema';
import { trustedOrgId } from '@/db/tenant';
import { alerts } from '@/lib/alerts';
import { audit } from '@/lib/audit';
import { purgeExpired } from '@/lib/orgs/retention';
import { roleAtLeast, ROLES } from '@/lib/auth/roles';
import { rotateMasterKey } from './rotate-master-key';

/**
 * Operator commands. They run inside whichever process owns the database: the admin CLI itself,
 * or — in embedded mode while the server runs — the server, reached through its control socket.
 */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

type Args = Record<string, string | undefined>;

async function createToken(database: Database, args: Args) {
  const { db } = database;
  if (!args.email || !args.org) throw new CommandError('create-token needs --email and --org (organisation id, slug or name)');
  const user = await findUserByEmail(db, args.email);
  if (!user) throw new CommandError(`no user with email ${args.email}`);
  const isUuid = /^[0-9a-f-]{36}$/i.test(args.org);
  const orgs = await db
    .select()
    .from(organizations)
    .where(isUuid ? eq(organizations.id, args.org) : or(eq(organizations.slug, args.org), eq(organizations.name, args.org)));
  const memberships = (await Promise.all(orgs.map(async (o) => ({ org: o, role: await getMembershipRole(db, user.id, o.id) })))).filter((m) => m.role);
  if (memberships.length === 0) throw new CommandError(`${args.email} is not a member of an organisation named ${args.org}`);
  if (memberships.length > 1) throw new CommandError(`${args.org} matches several organisations; pass its id`);
  const { org, role: memberRole } = memberships[0];
  const role = (args.role ?? memberRole) as MemberRole;
  if (!ROLES.includes(role)) throw new CommandError(`--role must be one of ${ROLES.join(', ')}`);
  if (!roleAtLeast(memberRole!, role)) throw new CommandError(`${args.email} is ${memberRole} and cannot create a ${role} token`);
  const orgId = trustedOrgId(org.id);
  const { row, token } = await createManagementToken(db, orgId, { name: args.name ?? 'cli', role }, user.id);
  await audit(db, { orgId, actor: { type: 'system', id: 'admin-cli' }, action: 'token.create', target: { type: 'management_token', id: row.id }, details: { name: row.name, role, via: 'cli', user: user.id } });
  return { token, id: row.id, organization: org.id, role };
}

async function verifyAudit(database: Database) {
  const chains = await listAuditChains(database.db);
  let checked = 0;
  const broken: ChainBreak[] = [];
  for (const orgId of chains) {
    const result = await verifyAuditChain(database.db, orgId);
    checked += result.checked;
    if (result.broken) broken.push(result.broken);
  }
  // Whoever ran the check (an operator, a cron job), the break is also raised as an alert.
  for (const b of broken) await alerts.auditChainBreak({ orgId: b.orgId, id: b.id, reason: b.reason });
  return { ok: broken.length === 0, chains: chains.length, checked, broken };
}

export const COMMANDS = {
  'create-token': createToken,
  'purge-expired': (database: Database) => purgeExpired(database.db),
  'rotate-master-key': (database: Database, args: Args) => rotateMasterKey(database, args['new-key']),
  'verify-audit': (database: Database) => verifyAudit(database),
} as const;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(value: string): value is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, value);
}

export async function runCommand(database: Database, name: string, args: Args): Promise<unknown> {
  if (!isCommandName(name)) throw new CommandError(`unknown command ${name}; commands: ${Object.keys(COMMANDS).join(', ')}`);
  return COMMANDS[name](database, args);
}
