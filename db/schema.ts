import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One schema for both drivers (Postgres and embedded PGlite). Every table that holds tenant data
 * carries `org_id`, and `db/queries` reaches it only through `forOrg()` (db/tenant.ts).
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const memberRole = pgEnum('member_role', ['owner', 'admin', 'member', 'viewer']);
export const keyStatus = pgEnum('key_status', ['active', 'revoked']);
export const severity = pgEnum('severity', ['critical', 'high', 'medium', 'low']);
export const approvalStatus = pgEnum('approval_status', ['pending', 'approved', 'denied', 'expired', 'used']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    lastSignInAt: tstz('last_sign_in_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** Organisation-wide settings; validated by lib/orgs/settings.ts (zod) before they are written. */
export type OrgSettings = Record<string, unknown>;

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  settings: jsonb('settings').$type<OrgSettings>().notNull().default({}),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

/**
 * An e-mail invited into an organisation before it has an account. When that address signs up,
 * the invitation turns into a membership with this role (db/queries/accounts.ts).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: memberRole('role').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    acceptedAt: tstz('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    // One open invitation per address and organisation; accepted ones stay as history.
    uniqueIndex('invitations_open_key').on(t.orgId, sql`lower(${t.email})`).where(sql`${t.acceptedAt} is null`),
    index('invitations_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    prefix: text('prefix').notNull(),
    lastFour: text('last_four').notNull(),
    status: keyStatus('status').notNull().default('active'),
    expiresAt: tstz('expires_at'),
    /** Model globs this key may call (`gpt-4o*`, `anthropic/*`); empty means no key-level restriction. */
    allowedModels: jsonb('allowed_models').$type<string[]>().notNull().default([]),
    rateLimitRpm: integer('rate_limit_rpm'),
    rateLimitTpm: integer('rate_limit_tpm'),
    budgetUsdDaily: doublePrecision('budget_usd_daily'),
    budgetUsdMonthly: doublePrecision('budget_usd_monthly'),
    /** Fallback chain used when the primary upstream fails (`provider/model`). */
    fallbacks: jsonb('fallbacks').$type<string[]>().notNull().default([]),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    lastUsedAt: tstz('last_used_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash), index('api_keys_org_idx').on(t.orgId, t.createdAt)],
);

export const providerCredentials = pgTable(
  'provider_credentials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    /** Gateway provider segment: openai, anthropic, azure, bedrock, vertex, google, mistral, custom... */
    provider: text('provider').notNull(),
    name: text('name').notNull(),
    /** Shape of the sealed secret: api_key | azure | aws | vertex | custom. */
    kind: text('kind').notNull(),
    /** AES-256-GCM envelope (lib/crypto/envelope.ts) of the JSON secret; never returned by any API. */
    sealedSecret: text('sealed_secret').notNull(),
    lastFour: text('last_four').notNull(),
    /** Non-secret settings: resource, api_version, region, project, location, base_url, client_email. */
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    isDefault: boolean('is_default').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('provider_credentials_name_key').on(t.orgId, t.provider, t.name),
    index('provider_credentials_org_idx').on(t.orgId, t.provider),
  ],
);

export const managementTokens = pgTable(
  'management_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    lastFour: text('last_four').notNull(),
    role: memberRole('role').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: tstz('last_used_at'),
    expiresAt: tstz('expires_at'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [uniqueIndex('management_tokens_hash_key').on(t.tokenHash), index('management_tokens_org_idx').on(t.orgId)],
);

/** One row per gateway call (usage, cost, timings). Prompts only when the organisation opts in. */
export const requests = pgTable(
  'requests',
  {
    /** Time-ordered UUID made by the gateway, so a batch replayed after a database blink inserts nothing twice. */
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    apiKeyId: uuid('api_key_id'),
    requestId: text('request_id').notNull(),
    provider: text('provider').notNull(),
    model: text('model'),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
    stream: boolean('stream').notNull().default(false),
    tokensIn: integer('tokens_in').notNull().default(0),
    tokensOut: integer('tokens_out').notNull().default(0),
    tokensCached: integer('tokens_cached').notNull().default(0),
    tokensCacheWrite: integer('tokens_cache_write').notNull().default(0),
    /** Null when the model has no known price (flagged by `priceUnknown`), never a misleading 0. */
    costUsd: doublePrecision('cost_usd'),
    priceUnknown: boolean('price_unknown').notNull().default(false),
    latencyMs: doublePrecision('latency_ms').notNull(),
    upstreamMs: doublePrecision('upstream_ms'),
    overheadMs: doublePrecision('overhead_ms'),
    ttfbMs: doublePrecision('ttfb_ms'),
    requestBytes: bigint('request_bytes', { mode: 'number' }),
    responseBytes: bigint('response_bytes', { mode: 'number' }),
    agentId: text('agent_id'),
    userId: text('user_id'),
    userGroup: text('user_group'),
    errorCode: text('error_code'),
    /** allow | mask | block | hold | log, and the policies involved. */
    decision: text('decision'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    /** Masked prompt and response, only with the organisation's opt-in; honours retention. */
    prompt: text('prompt'),
    response: text('response'),
    createdAt: createdAt(),
  },
  (t) => [
    index('requests_org_time_idx').on(t.orgId, t.createdAt.desc(), t.id.desc()),
    index('requests_org_key_time_idx').on(t.orgId, t.apiKeyId, t.createdAt.desc()),
    index('requests_request_id_idx').on(t.orgId, t.requestId),
    // Errors are a small share of traffic: the request log's error, 4xx and 5xx views read this
    // instead of walking every row of the organisation to find them. The trailing status lets the
    // capped count of a 4xx/5xx view be answered from the index alone.
    index('requests_org_errors_time_idx')
      .on(t.orgId, t.createdAt.desc(), t.id.desc(), t.status)
      .where(sql`${t.status} >= 400 or ${t.errorCode} is not null`),
  ],
);

export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** model_access | budget | content_rule | tool_call | injection | pii. */
    kind: text('kind').notNull(),
    /** block | redact | alert | log | allow | deny | hold. */
    action: text('action').notNull(),
    triggerType: text('trigger_type'),
    pattern: text('pattern'),
    /** Kind-specific settings, validated by lib/policy/schema.ts. */
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    /** Which keys, agents, users, groups and models the policy applies to. */
    scope: jsonb('scope').$type<Record<string, unknown>>().notNull().default({}),
    /** enforce | shadow (evaluate and record, change nothing). */
    mode: text('mode').notNull().default('enforce'),
    isActive: boolean('is_active').notNull().default(true),
    priority: integer('priority').notNull().default(100),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('policies_org_idx').on(t.orgId, t.priority)],
);

/** Every saved version of a policy, so a change can be reviewed and reverted. */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id').notNull(),
    policyId: uuid('policy_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    changedBy: uuid('changed_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('policy_versions_key').on(t.policyId, t.version), index('policy_versions_org_idx').on(t.orgId)],
);

export const violations = pgTable(
  'violations',
  {
    /** Made by the gateway (time-ordered), for the same idempotent batch writes as `requests`. */
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    requestId: text('request_id'),
    apiKeyId: uuid('api_key_id'),
    /** pii | secret | injection | policy | tool | budget | rate. */
    type: text('type').notNull(),
    severity: severity('severity').notNull(),
    direction: text('direction').notNull(),
    /** detect | mask | pseudonymize | block | hold | log | redact | alert | allow. */
    action: text('action').notNull(),
    autoBlocked: boolean('auto_blocked').notNull().default(false),
    policyId: uuid('policy_id'),
    detector: text('detector'),
    detectorVersion: text('detector_version'),
    description: text('description').notNull(),
    /** A preview with every detected value replaced; the raw value is never stored. */
    redactedPreview: text('redacted_preview'),
    entities: jsonb('entities').$type<{ type: string; confidence: number }[]>().notNull().default([]),
    shadow: boolean('shadow').notNull().default(false),
    agentId: text('agent_id'),
    userId: text('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('violations_org_time_idx').on(t.orgId, t.createdAt.desc(), t.id.desc()),
    index('violations_org_request_idx').on(t.orgId, t.requestId),
  ],
);

/** Append-only, hash-chained per organisation; a trigger refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null for events that belong to no organisation (e.g. a failed sign-in for an unknown e-mail). */
    orgId: uuid('org_id'),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_org_idx').on(t.orgId, t.id), index('audit_events_org_action_idx').on(t.orgId, t.action, t.id)],
);

/** Requests or tool calls held for a human decision. */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    apiKeyId: uuid('api_key_id'),
    requestId: text('request_id'),
    /** request | tool_call. */
    kind: text('kind').notNull(),
    status: approvalStatus('status').notNull().default('pending'),
    policyId: uuid('policy_id'),
    reason: text('reason'),
    /** A redacted summary for the reviewer: provider, model, tool name, masked preview. */
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
    /** SHA-256 of the held request, so an approval releases exactly that request. */
    fingerprint: text('fingerprint').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: tstz('decided_at'),
    decisionNote: text('decision_note'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: tstz('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('approvals_org_status_idx').on(t.orgId, t.status, t.createdAt.desc())],
);

/** Hourly usage rollups maintained as request rows are written, so dashboards never scan `requests`. */
export const usageHourly = pgTable(
  'usage_hourly',
  {
    orgId: uuid('org_id').notNull(),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    apiKeyId: uuid('api_key_id').notNull(),
    requests: integer('requests').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    blocked: integer('blocked').notNull().default(0),
    /** Requests whose model had no price (their cost is not in cost_usd); the dashboards say so. */
    unpriced: integer('unpriced').notNull().default(0),
    tokensIn: bigint('tokens_in', { mode: 'number' }).notNull().default(0),
    tokensOut: bigint('tokens_out', { mode: 'number' }).notNull().default(0),
    tokensCached: bigint('tokens_cached', { mode: 'number' }).notNull().default(0),
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    latencyMsSum: doublePrecision('latency_ms_sum').notNull().default(0),
    overheadMsSum: doublePrecision('overhead_ms_sum').notNull().default(0),
    /** Latency histogram counts (bounds in lib/usage/histogram.ts), so p50/p95 come from rollups too. */
    latencyBuckets: integer('latency_buckets').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.hour, t.provider, t.model, t.apiKeyId] })],
);

/**
 * The same measures per UTC day, written in the same statement as `usage_hourly`. Month and
 * quarter views read a few thousand of these instead of tens of thousands of hourly rows; the
 * partial days at the edges of a range still come from the hourly table (lib/analytics/service.ts).
 */
export const usageDaily = pgTable(
  'usage_daily',
  {
    orgId: uuid('org_id').notNull(),
    day: timestamp('day', { withTimezone: true }).notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    apiKeyId: uuid('api_key_id').notNull(),
    requests: integer('requests').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    blocked: integer('blocked').notNull().default(0),
    unpriced: integer('unpriced').notNull().default(0),
    tokensIn: bigint('tokens_in', { mode: 'number' }).notNull().default(0),
    tokensOut: bigint('tokens_out', { mode: 'number' }).notNull().default(0),
    tokensCached: bigint('tokens_cached', { mode: 'number' }).notNull().default(0),
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    latencyMsSum: doublePrecision('latency_ms_sum').notNull().default(0),
    overheadMsSum: doublePrecision('overhead_ms_sum').notNull().default(0),
    latencyBuckets: integer('latency_buckets').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.provider, t.model, t.apiKeyId] })],
);

/** Per-organisation price overrides (USD per million tokens). */
export const priceOverrides = pgTable(
  'price_overrides',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    inputPerMTok: doublePrecision('input_per_mtok').notNull(),
    outputPerMTok: doublePrecision('output_per_mtok').notNull(),
    cachedInputPerMTok: doublePrecision('cached_input_per_mtok'),
    cacheWritePerMTok: doublePrecision('cache_write_per_mtok'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.provider, t.model] })],
);

/** Budget spend counters: reserved before forwarding, settled with the real cost afterwards. */
export const budgetCounters = pgTable(
  'budget_counters',
  {
    orgId: uuid('org_id').notNull(),
    /** `key:<id>`, `user:<id>`, `agent:<id>`, `org`, or a policy id. */
    subject: text('subject').notNull(),
    /** `day:2026-11-23` or `month:2026-11`. */
    period: text('period').notNull(),
    spentUsd: doublePrecision('spent_usd').notNull().default(0),
    reservedUsd: doublePrecision('reserved_usd').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.subject, t.period] })],
);

export type User = typeof users.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type MemberRole = (typeof memberRole.enumValues)[number];
export type ApiKey = typeof apiKeys.$inferSelect;
export type ProviderCredential = typeof providerCredentials.$inferSelect;
export type ManagementToken = typeof managementTokens.$inferSelect;
export type RequestRow = typeof requests.$inferSelect;
export type NewRequestRow = typeof requests.$inferInsert;
export type Policy = typeof policies.$inferSelect;
export type Violation = typeof violations.$inferSelect;
export type NewViolation = typeof violations.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type Approval = typeof approvals.$inferSelect;
