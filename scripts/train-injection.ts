/**
 * Trains the prompt-injection model from lib/guards/injection/corpus/*.jsonl and writes
 * lib/guards/injection/model/weights.v1.json. Deterministic: same corpus, same file.
 *
 *   npx tsx scripts/train-injection.ts            train, write the weights, report on the dev split
 *   npx tsx scripts/train-injection.ts --check    fail if retraining would change the committed file
 *   npx tsx scripts/train-injection.ts --errors   also list dev-split mistakes (for tuning)
 *
 * The dev split (a stable hash of each example's group or text) is held out of training and is the
 * only data used to tune thresholds and rule weights. The evaluation set under eval/ is never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '@/lib/guards/injection/analyse';
import { computeMetrics, type Prediction } from '@/lib/guards/injection/eval/metrics';
import { loadModel, scoreText } from '@/lib/guards/injection/model/model';
import { normalize } from '@/lib/guards/injection/normalize/normalize';
import { runRules } from '@/lib/guards/injection/rules/engine';
import { isDev, type LabelledExample, loadDirectory } from '@/lib/guards/injection/training/corpus';
import { serializeWeights, trainWeights } from '@/lib/guards/injection/training/pipeline';

const ROOT = join(__dirname, '..', 'lib', 'guards', 'injection');
const WEIGHTS = join(ROOT, 'model', 'weights.v1.json');
const args = new Set(process.argv.slice(2));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, preds: Prediction[]): void {
  const m = computeMetrics(preds);
  const o = m.overall;
  console.log(
    `${name.padEnd(10)} P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  ` +
      `hard-neg FP ${m.hardNegatives.falsePositives}/${m.hardNegatives.n}  benign FP ${m.benign.falsePositives}/${m.benign.n}`,
  );
}

function main(): void {
  const all = loadDirectory(join(ROOT, 'corpus'));
  const train = all.filter((e) => !isDev(e));
  const dev = all.filter((e) => isDev(e));
  console.log(`corpus: ${all.length} examples (${train.length} train, ${dev.length} dev)`);

  const started = Date.now();
  const file = trainWeights(train);
  const serialized = serializeWeights(file);
  console.log(`trained in ${Date.now() - started} ms: ${file.buckets.length} non-zero buckets, ${(serialized.length / 1024).toFixed(0)} KB`);

  if (args.has('--check')) {
    const committed = readFileSync(WEIGHTS, 'utf8');
    if (committed !== serialized) {
      console.error('weights.v1.json differs from a fresh training run');
      process.exit(1);
    }
    console.log('weights.v1.json matches a fresh training run');
    return;
  }
  writeFileSync(WEIGHTS, serialized);
  console.log(`wrote ${WEIGHTS}`);

  const model = loadModel(file);
  const indirect = (e: LabelledExample) => e.role === 'tool' || e.role === 'document';
  const modelOnly: Prediction[] = [];
  const rulesOnly: Prediction[] = [];
  const combined: Prediction[] = [];
  for (const e of dev) {
    const norm = normalize(e.text).text;
    const p = sigmoid(scoreText(model, norm).logit);
    modelOnly.push({ example: e, score: p, flagged: p >= 0.5, family: null });
    const hits = runRules(norm, indirect(e));
    const top = hits.reduce((a, h) => Math.max(a, h.weight), 0);
    rulesOnly.push({ example: e, score: top, flagged: top >= 3, family: null });
    const s = analyse(e.text, indirect(e), model);
    combined.push({ example: e, score: sigmoid(s.logit), flagged: sigmoid(s.logit) >= 0.5, family: s.family });
  }
  console.log('\ndev split:');
  report('model', modelOnly);
  report('rules', rulesOnly);
  report('combined', combined);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    report(`  @${t}`, combined.map((p) => ({ ...p, flagged: p.score >= t })));
  }
  if (args.has('--errors')) {
    const m = computeMetrics(combined);
    for (const p of m.misses) console.log(`MISS ${p.score.toFixed(3)} [${p.example.family}/${p.example.lang}/${p.example.role}] ${JSON.stringify(p.example.text.slice(0, 140))}`);
    for (const p of m.falsePositives) console.log(`FP   ${p.score.toFixed(3)} [${p.family}/${p.example.lang}/${p.example.role}] ${JSON.stringify(p.example.text.slice(0, 140))}`);
  }
}

main();
