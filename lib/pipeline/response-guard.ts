import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getDb } from '@/db';
import { createApproval } from '@/db/queries/approvals';
import { safePreview } from '@/lib/guards/drafts';
import { createGuardHooks, type GuardHooks } from '@/lib/guards/response-hooks';
import { log } from '@/lib/log';
import type { StreamTransform, WireFormat } from '@/lib/providers/types';
import { addViolation, STORED_TEXT_LIMIT } from './guard-state';
import { toolFingerprint } from './hold';
import type { PipelineContext } from './types';

const EMPTY = new Uint8Array(0);

function hooksFor(ctx: PipelineContext): GuardHooks {
  const guard = ctx.guard!;
  const plan = guard.response!;
  return createGuardHooks({
    orgId: ctx.orgId!,
    plan: plan.text,
    pseudonymizer: guard.pseudonymizer,
    toolRules: plan.toolRules,
    approvedTools: guard.approvedTools,
    fingerprint: (name, args) => toolFingerprint(ctx.orgId!, name, args),
    onDraft: (d) => addViolation(ctx, d),
    onMasked: () => {
      guard.masked = true;
    },
    onHold(call, policy, fingerprint) {
      // The editor needs the id now; the row is written in the background (a hold is rare).
      const id = randomUUID();
      void getDb()
        .then((db) =>
          createApproval(db, ctx.orgId!, {
            id,
            apiKeyId: ctx.key!.id,
            requestId: ctx.requestId,
            kind: 'tool_call',
            policyId: policy.id,
            reason: `tool call ${call.name} needs approval under "${policy.name}"`,
            context: {
              provider: ctx.provider,
              model: ctx.model ?? null,
              tool: call.name,
              arguments_preview: safePreview(call.arguments, []),
              agent_id: ctx.identity.agentId ?? null,
              user_id: ctx.identity.userId ?? null,
              policies: [{ id: policy.id, name: policy.name }],
            },
            fingerprint,
            expiresAt: new Date(Date.now() + guard.settings.approval_ttl_minutes * 60_000),
          }),
        )
        .catch((error) => log.error({ err: error, requestId: ctx.requestId }, 'could not store the approval for a held tool call'));
      return id;
    },
  });
}

/** Keeps the guarded response text for the request row, cut at STORED_TEXT_LIMIT. */
function capture(ctx: PipelineContext, text: string): void {
  const guard = ctx.guard!;
  if (!guard.response?.capture || !text) return;
  const current = guard.storedResponse ?? '';
  if (current.length < STORED_TEXT_LIMIT) guard.storedResponse = current + text.slice(0, STORED_TEXT_LIMIT - current.length);
}

function timed<T>(ctx: PipelineContext, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    ctx.guardStats.rehydrationMs += performance.now() - start;
  }
}

/**
 * Step 7's response guards, as one transform for respond.ts (null when none applies, so the
 * relay stays a pure pass-through). Observe-only guards (detect, shadow, prompt storage) read the
 * text beside the bytes and return them unchanged, holding nothing back. Editing guards run the
 * format's stream editor, or buffer a JSON body and edit it whole (the only time a body is held).
 */
export function responseGuard(ctx: PipelineContext, format: WireFormat, contentType: string, streamed: boolean): StreamTransform | null {
  const plan = ctx.guard?.response;
  if (!plan) return null;
  const route = ctx.route!;
  const hooks = hooksFor(ctx);
  ctx.guard!.finishResponse = () => hooks.finish();
  if (plan.observeOnly) {
    if (streamed) {
      const reader = format.createTextReader?.(route, contentType);
      if (!reader) return null;
      return {
        push: (chunk) => {
          const text = timed(ctx, () => reader.push(chunk));
          if (text) timed(ctx, () => hooks.text(0, text));
          capture(ctx, text);
          return chunk;
        },
        end: () => {
          timed(ctx, () => hooks.endText(0));
          hooks.finish();
          return EMPTY;
        },
      };
    }
    const chunks: Uint8Array[] = [];
    return {
      push: (chunk) => {
        chunks.push(chunk);
        return chunk;
      },
      end: () => {
        const text = readText(format, Buffer.concat(chunks));
        if (text) timed(ctx, () => hooks.text(0, text) + hooks.endText(0));
        capture(ctx, text);
        hooks.finish();
        return EMPTY;
      },
    };
  }
  if (streamed) {
    const editor = format.createStreamEditor!(route, contentType, hooks);
    const reader = plan.capture ? format.createTextReader?.(route, contentType) : undefined;
    return {
      push: (chunk) => {
        const out = timed(ctx, () => editor.push(chunk));
        if (reader && out.byteLength > 0) capture(ctx, reader.push(out));
        return out;
      },
      end: () => {
        const out = timed(ctx, () => editor.end());
        if (reader && out.byteLength > 0) capture(ctx, reader.push(out));
        hooks.finish();
        return out;
      },
    };
  }
  const chunks: Uint8Array[] = [];
  return {
    push: (chunk) => {
      chunks.push(chunk);
      return EMPTY;
    },
    end: () => {
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return raw;
      }
      const edited = timed(ctx, () => format.editResponse!(body, hooks, route));
      hooks.finish();
      capture(ctx, format.responseText?.(edited) ?? '');
      return Buffer.from(JSON.stringify(edited), 'utf8');
    },
  };
}

function readText(format: WireFormat, raw: Buffer): string {
  try {
    return format.responseText?.(JSON.parse(raw.toString('utf8'))) ?? '';
  } catch {
    return '';
  }
}
