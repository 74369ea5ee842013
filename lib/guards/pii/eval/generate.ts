/**
 * Writes the labelled PII evaluation files: `npx tsx lib/guards/pii/eval/generate.ts`.
 * Values come from the validators' own check-digit code, so every labelled checksum value is valid
 * and every decoy with a broken check digit is invalid. The output is deterministic (fixed seeds).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fill, type Sample } from './gen/fill';
import type { Pools } from './gen/contact';
import { Random } from './gen/random';
import { DEV_POOLS, DEV_TEMPLATES } from './templates-dev';
import { DEV_EXTRA_POOLS, DEV_EXTRA_TEMPLATES } from './templates-dev-extra';
import { DEV_EXTRA_2_POOLS, DEV_EXTRA_2_TEMPLATES } from './templates-dev-extra-2';
import { EVAL_POOLS, EVAL_TEMPLATES } from './templates-eval';

function build(split: string, templates: Record<string, readonly string[]>, pools: Pools, seed: number, perTemplate: number): Sample[] {
  const r = new Random(seed);
  const samples: Sample[] = [];
  for (const [group, list] of Object.entries(templates)) {
    const locale = group === 'secrets' ? 'generic' : group;
    list.forEach((template, t) => {
      for (let i = 0; i < perTemplate; i++) samples.push(fill(`${split}-${group}-${t}-${i}`, template, locale, r, pools));
    });
  }
  return samples;
}

function write(name: string, samples: Sample[]): void {
  const path = fileURLToPath(new URL(`./${name}.jsonl`, import.meta.url));
  writeFileSync(path, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const entities = samples.reduce((n, s) => n + s.entities.length, 0);
  console.log(`${name}.jsonl: ${samples.length} texts, ${entities} labelled entities`);
}

write('dev', [
  ...build('dev', DEV_TEMPLATES, DEV_POOLS, 0x5eed_0001, 4),
  ...build('dev-extra', DEV_EXTRA_TEMPLATES, DEV_EXTRA_POOLS, 0x5eed_e7a1, 6),
  ...build('dev-extra-2', DEV_EXTRA_2_TEMPLATES, DEV_EXTRA_2_POOLS, 0x5eed_2025, 6),
]);
write('eval', build('eval', EVAL_TEMPLATES, EVAL_POOLS, 0x5eed_3003, 6));
