/**
 * Prints the prompt-injection detector's quality and speed on the committed evaluation set.
 *
 *   npx tsx scripts/eval-injection.ts              summary
 *   npx tsx scripts/eval-injection.ts --errors     also list misses and false positives
 *   npx tsx scripts/eval-injection.ts --json       machine-readable output
 */
import { runInjectionEval } from '@/lib/guards/injection/eval/run';

export { runInjectionEval };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function main(): void {
  const args = new Set(process.argv.slice(2));
  const r = runInjectionEval();
  if (args.has('--json')) {
    const slim = ({ misses, falsePositives, ...rest }: typeof r.metrics) => ({ ...rest, misses: misses.length, falsePositives: falsePositives.length });
    console.log(JSON.stringify({ ...r, metrics: slim(r.metrics), bySet: { main: slim(r.bySet.main), holdout: slim(r.bySet.holdout) } }, null, 2));
    return;
  }
  const m = r.metrics;
  const o = m.overall;
  console.log(`prompt-injection detector ${r.detectorVersion}, threshold ${r.threshold}, ${r.examples} examples`);
  console.log(`\noverall    precision ${pct(o.precision)}  recall ${pct(o.recall)}  F1 ${pct(o.f1)}   (tp ${o.tp} fp ${o.fp} fn ${o.fn} tn ${o.tn})`);
  console.log(`hard negatives: ${m.hardNegatives.falsePositives}/${m.hardNegatives.n} flagged (FP rate ${pct(m.hardNegatives.rate).trim()})`);
  console.log(`other benign:   ${m.benign.falsePositives}/${m.benign.n} flagged (FP rate ${pct(m.benign.rate).trim()})`);
  for (const [name, set] of Object.entries(r.bySet)) {
    const b = set.overall;
    console.log(
      `  ${name.padEnd(8)} P ${pct(b.precision)}  R ${pct(b.recall)}  F1 ${pct(b.f1)}  ` +
        `hard-negative FP ${set.hardNegatives.falsePositives}/${set.hardNegatives.n}  (tp ${b.tp} fp ${b.fp} fn ${b.fn} tn ${b.tn})`,
    );
  }
  console.log('\nper family                n   detected | family-attributed P      R     F1');
  for (const [f, s] of Object.entries(m.perFamily)) {
    console.log(`  ${f.padEnd(22)} ${String(s.n).padStart(3)}   ${pct(s.detectionRecall)}  |              ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
  console.log('\nrecall per language');
  for (const [lang, s] of Object.entries(m.perLanguage).sort()) {
    console.log(`  ${lang.padEnd(4)} ${String(s.detected).padStart(3)}/${String(s.n).padEnd(3)} ${pct(s.recall)}`);
  }
  console.log('\nper role (direct vs indirect)');
  for (const [role, s] of Object.entries(m.perRole)) {
    console.log(`  ${role.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (fp ${s.fp}, fn ${s.fn})`);
  }
  const s = r.speed;
  console.log(`\nspeed (CPU time, this machine): typical 4 KB prompt p50 ${s.typical4k.p50Ms.toFixed(3)} ms, p95 ${s.typical4k.p95Ms.toFixed(3)} ms`);
  console.log(`  dense 4 KB prompt (hard negatives only) p50 ${s.dense4k.p50Ms.toFixed(3)} ms, p95 ${s.dense4k.p95Ms.toFixed(3)} ms`);
  console.log(`  ${s.usPerKb.toFixed(0)} µs per KB over the whole evaluation set`);
  if (args.has('--errors')) {
    for (const p of m.misses) console.log(`MISS ${p.score.toFixed(3)} [${p.example.family}/${p.example.lang}/${p.example.role}] ${JSON.stringify(p.example.text.slice(0, 160))}`);
    for (const p of m.falsePositives) console.log(`FP   ${p.score.toFixed(3)} [${p.family}/${p.example.lang}/${p.example.role}] ${JSON.stringify(p.example.text.slice(0, 160))}`);
  }
}

if (process.argv[1]?.endsWith('eval-injection.ts')) main();
