/**
 * In-process cost of the request guards, without HTTP, JSON or the database around them:
 *
 *   npx tsx bench/guards-inprocess.ts [--iterations 3000] [--warmup 500]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/guards-inprocess.ts   (then bench/profile-summary.mjs)
 *
 * The request is the one `bench/guards.mjs` sends end to end, about 4 KB: a system prompt, a user
 * message with an e-mail address and a phone number, and a tool result. Each iteration builds the
 * parts afresh from sentences drawn at random (a few carry numbers, as business prose does) and a
 * counter, so no cache inside the guards can recognise a text it has seen. The path timed is the pipeline's (`lib/pipeline/inspect-text.ts`) with the
 * default policy set a new organisation gets: `textPlan` + `scanText` over every part (PII and
 * secrets are one detection pass there), then `scoreParts` for prompt injection.
 *
 * Reported per stage, wall-clock per request: the text scan as the pipeline runs it, injection
 * scoring, and their total; and, to say where the text scan's time goes, PII-only and secrets-only
 * detection timed separately on the same parts.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Policy } from '@/db/schema';
import { injectionPolicies, scoreParts } from '@/lib/guards/injection-scan';
import { detectEntities } from '@/lib/guards/pii';
import { scanText, textPlan } from '@/lib/guards/text-scan';
import type { TextRole } from '@/lib/guards/types';
import { compilePolicySet } from '@/lib/policy/compile';
import { DEFAULT_POLICIES } from '@/lib/policy/defaults';
import { inputToFields } from '@/lib/policy/present';
import { policyInputSchema } from '@/lib/policy/schema';

const { values: opts } = parseArgs({ options: { iterations: { type: 'string', default: '3000' }, warmup: { type: 'string', default: '500' } } });
const ITERATIONS = Number(opts.iterations);
const WARMUP = Number(opts.warmup);

let seq = 0;
const rows: Policy[] = DEFAULT_POLICIES.map((p) => ({
  ...inputToFields(policyInputSchema.parse(p)),
  id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  orgId: 'bench',
  version: 1,
  createdBy: null,
  createdAt: new Date(),
  updatedAt: new Date(),
}));
const policies = compilePolicySet('bench', rows).policies;
const injection = injectionPolicies(policies);

const SENTENCES = [
  'The quarterly review covers revenue, hiring and the roadmap for the Berlin and Lisbon offices.',
  'Revenue grew 12% to 4.2 million in the third quarter, except in the north, where two contracts moved into 2026.',
  'Hiring stayed on plan, with most new roles in support and platform engineering.',
  'The roadmap keeps the billing migration first and moves the reporting rewrite to the spring.',
  'Travel costs were lower than budgeted because the offsite was held in the main office.',
  'Customer churn fell slightly after the onboarding changes shipped in August.',
  'The team asks for a decision on the vendor contract before the end of the month.',
  'Open questions: the pricing of the enterprise tier and the timeline for the audit.',
  'Support tickets were answered within 19 hours on average, and the backlog is under 50.',
  'Please keep the summary short and list the action items with their owners.',
  'The Lisbon office will move to the new building once the lease is signed.',
  'Marketing spend shifted from events to online campaigns in the second half.',
];

/** Deterministic shuffling, so runs are comparable while every iteration's text differs. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function prose(n: number, next: () => number): string {
  let out = '';
  while (out.length < n) out += `${SENTENCES[Math.floor(next() * SENTENCES.length)]} `;
  return out.slice(0, n);
}

type Part = { role: TextRole; text: string };

/** The parts as the pipeline sees them: strings parsed out of a JSON body (flat, not concatenations). */
function request(i: number): Part[] {
  const next = rng(i + 1);
  return parsed([
    { role: 'system', text: 'You are a helpful assistant for the finance team. Answer briefly. ' + prose(600, next) },
    { role: 'user', text: `Request ${i}: summarise the notes below and send them to anna.keller@example.com or call +49 30 901820. ` + prose(1300, next) },
    { role: 'tool', text: `Tool output (run ${i}): ` + prose(2100, next) },
  ]);
}

function parsed(parts: Part[]): Part[] {
  return JSON.parse(JSON.stringify(parts)) as Part[];
}

const stages = {
  textScan(parts: Part[]) {
    const plan = textPlan(policies, 'request')!;
    for (const p of parts) scanText(p.text, p.role, plan);
  },
  injection(parts: Part[]) {
    scoreParts(parts, injection);
  },
  piiOnly(parts: Part[]) {
    for (const p of parts) detectEntities(p.text, { categories: ['pii'] });
  },
  secretsOnly(parts: Part[]) {
    for (const p of parts) detectEntities(p.text, { categories: ['secret'] });
  },
};
/** Wall-clock and CPU time of one call, in ms (CPU time leaves out time the machine gave to others). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

type Row = 'textScan' | 'injection' | 'total' | 'piiOnly' | 'secretsOnly';
const wall: Record<Row, number[]> = { textScan: [], injection: [], total: [], piiOnly: [], secretsOnly: [] };
const cpu: Record<Row, number[]> = { textScan: [], injection: [], total: [], piiOnly: [], secretsOnly: [] };
let bytes = 0;
for (let i = 0; i < WARMUP + ITERATIONS; i++) {
  const parts = request(i);
  bytes = parts.reduce((s, p) => s + p.text.length, 0);
  const text = timed(() => stages.textScan(parts));
  const inj = timed(() => stages.injection(parts));
  // The breakdown runs on a fresh copy of the texts so it shares nothing with the timed path.
  const again = request(i + 1_000_000);
  const pii = timed(() => stages.piiOnly(again));
  const secrets = timed(() => stages.secretsOnly(again));
  if (i < WARMUP) continue;
  const add = (row: Row, t: { wall: number; cpu: number }) => {
    wall[row].push(t.wall);
    cpu[row].push(t.cpu);
  };
  add('textScan', text);
  add('injection', inj);
  add('total', { wall: text.wall + inj.wall, cpu: text.cpu + inj.cpu });
  add('piiOnly', pii);
  add('secretsOnly', secrets);
}

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const us = (ms: number) => `${(ms * 1000).toFixed(0).padStart(6)} µs`;
const line = (label: string, row: Row) =>
  console.log(`${label.padEnd(44)} p50 ${us(pct(wall[row], 0.5))}  p99 ${us(pct(wall[row], 0.99))}   |  CPU p50 ${us(pct(cpu[row], 0.5))}  p99 ${us(pct(cpu[row], 0.99))}`);

console.log(`request guards, default policies, ${(bytes / 1024).toFixed(1)} KB request (system, user, tool), ${ITERATIONS} iterations after ${WARMUP} warm-up`);
console.log('wall-clock per request, and CPU time (process.cpuUsage; unaffected by time given to other processes)');
line('PII + secrets (scanText, as the pipeline)', 'textScan');
line('injection (scoreParts)', 'injection');
line('total', 'total');
console.log('breakdown of the text scan:');
line('  PII only (detectEntities pii)', 'piiOnly');
line('  secrets / DLP only (detectEntities secret)', 'secretsOnly');
