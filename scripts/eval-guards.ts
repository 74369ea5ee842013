/**
 * `npm run eval:guards [-- --dev]`: the guards' quality and speed in one report.
 *  - PII and secrets (scripts/eval-pii.ts): precision, recall and F1 per entity type, the leak rate
 *    after masking, scan time per KB;
 *  - prompt injection (scripts/eval-injection.ts): precision, recall and F1 per family, the
 *    false-positive rate on hard negatives, scan time per KB;
 *  - the request guards as the gateway runs them with the default policy set on a 4 KB prompt
 *    (both engines over every text part, policy evaluation included), CPU time per request.
 */
import type { Policy } from '@/db/schema';
import { scoreParts, injectionPolicies } from '@/lib/guards/injection-scan';
import { scanText, textPlan } from '@/lib/guards/text-scan';
import { compilePolicySet } from '@/lib/policy/compile';
import { DEFAULT_POLICIES } from '@/lib/policy/defaults';
import { inputToFields } from '@/lib/policy/present';
import { policyInputSchema } from '@/lib/policy/schema';
import { formatPiiEval, runPiiEval } from './eval-pii';
import { runInjectionEval } from './eval-injection';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function injectionReport(): string {
  const r = runInjectionEval();
  const m = r.metrics;
  const o = m.overall;
  const lines = [`Prompt-injection evaluation: detector ${r.detectorVersion}, threshold ${r.threshold}, ${r.examples} examples`, ''];
  lines.push(`${'family'.padEnd(24)}${'n'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'f1'.padStart(8)}${'detected'.padStart(10)}`);
  for (const [family, s] of Object.entries(m.perFamily)) {
    lines.push(`${family.padEnd(24)}${String(s.n).padStart(5)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(9)}${pct(s.f1).padStart(8)}${pct(s.detectionRecall).padStart(10)}`);
  }
  lines.push(`${'overall (detection)'.padEnd(24)}${String(o.tp + o.fn).padStart(5)}${pct(o.precision).padStart(11)}${pct(o.recall).padStart(9)}${pct(o.f1).padStart(8)}`);
  for (const [set, s] of Object.entries(r.bySet)) lines.push(`  ${set.padEnd(22)}${''.padStart(5)}${pct(s.overall.precision).padStart(11)}${pct(s.overall.recall).padStart(9)}${pct(s.overall.f1).padStart(8)}`);
  for (const [role, s] of Object.entries(m.perRole)) lines.push(`  role ${role.padEnd(17)}${''.padStart(5)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(9)}${pct(s.f1).padStart(8)}`);
  lines.push('');
  lines.push(`false positives on hard negatives: ${m.hardNegatives.falsePositives}/${m.hardNegatives.n} (${pct(m.hardNegatives.rate).trim()}); other benign: ${m.benign.falsePositives}/${m.benign.n} (${pct(m.benign.rate).trim()})`);
  lines.push(`scan time (CPU): ${r.speed.usPerKb.toFixed(0)} µs per KB over the set; 4 KB prompt p50 ${(r.speed.typical4k.p50Ms * 1000).toFixed(0)} µs typical, ${(r.speed.dense4k.p50Ms * 1000).toFixed(0)} µs hard-negative-dense`);
  return lines.join('\n');
}

/** A 4 KB request the way agents send it: a system prompt, a user question, a tool result. */
type Part = { role: 'system' | 'user' | 'tool'; text: string };
function request4k(): Part[] {
  const sentence = 'The quarterly review covers revenue, hiring and the roadmap for the Berlin and Lisbon offices. ';
  const fill = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
  const parts: Part[] = [
    { role: 'system', text: 'You are a helpful assistant for the finance team. Answer briefly and cite the document. ' + fill(600) },
    { role: 'user', text: 'Summarise the attached notes and send them to anna.keller@example.com. ' + fill(1200) },
    { role: 'tool', text: 'Document: Q3 notes. Contact +49 30 901820 for questions. ' + fill(2200) },
  ];
  return parts.map((p) => ({ ...p, text: JSON.parse(JSON.stringify(p.text)) as string }));
}

function guardCostReport(): string {
  let n = 0;
  const rows: Policy[] = DEFAULT_POLICIES.map((p) => ({ ...inputToFields(policyInputSchema.parse(p)), id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, orgId: 'eval', version: 1, createdBy: null, createdAt: new Date(), updatedAt: new Date() }));
  const policies = compilePolicySet('eval', rows).policies;
  const parts = request4k();
  const bytes = parts.reduce((s, p) => s + p.text.length, 0);
  const run = () => {
    const plan = textPlan(policies, 'request')!;
    for (const p of parts) scanText(p.text, p.role, plan);
    scoreParts(parts, injectionPolicies(policies));
  };
  for (let i = 0; i < 50; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < 400; i++) {
    const start = process.cpuUsage();
    const t0 = performance.now();
    run();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(start);
    samples.push(Math.min(wall * 1000, cpu.user + cpu.system || wall * 1000));
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.floor(q * (samples.length - 1))].toFixed(0);
  return `Request guards with the default policies on a ${(bytes / 1024).toFixed(1)} KB request (3 parts: PII/secrets and injection): p50 ${p(0.5)} µs, p95 ${p(0.95)} µs`;
}

const split = process.argv.includes('--dev') ? 'dev' : 'eval';
console.log(formatPiiEval(runPiiEval(split)));
console.log('\n' + injectionReport());
console.log('\n' + guardCostReport());
