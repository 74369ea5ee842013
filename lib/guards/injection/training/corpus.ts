/**
 * Loading the labelled JSONL files (training corpus and evaluation set). Node-only: used by the
 * training and evaluation scripts, never by the request path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextRole } from '@/lib/guards/types';
import { INJECTION_FAMILY_IDS, type InjectionFamily } from '../families';

export interface LabelledExample {
  text: string;
  label: 0 | 1;
  family: InjectionFamily | null;
  lang: string;
  role: TextRole;
  /** `attack`, `benign`, or `hard_negative` (benign text that uses attack vocabulary innocently). */
  kind: 'attack' | 'benign' | 'hard_negative';
  /** Examples sharing a group (variants of one template) land in the same split. */
  group?: string;
  source: string;
}

const ROLES: readonly TextRole[] = ['system', 'user', 'assistant', 'tool', 'document'];

function parseLine(line: string, source: string): LabelledExample {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const text = raw.text;
  const label = raw.label;
  if (typeof text !== 'string' || text.length === 0) throw new Error('missing text');
  if (label !== 0 && label !== 1) throw new Error('label must be 0 or 1');
  const family = (raw.family ?? null) as InjectionFamily | null;
  if (label === 1 && (family === null || !INJECTION_FAMILY_IDS.includes(family))) {
    throw new Error(`unknown family ${String(family)}`);
  }
  const role = (raw.role ?? 'user') as TextRole;
  if (!ROLES.includes(role)) throw new Error(`unknown role ${String(role)}`);
  const kind = (raw.kind ?? (label === 1 ? 'attack' : 'benign')) as LabelledExample['kind'];
  return {
    text,
    label,
    family: label === 1 ? family : null,
    lang: typeof raw.lang === 'string' ? raw.lang : 'en',
    role,
    kind,
    group: typeof raw.group === 'string' ? raw.group : undefined,
    source,
  };
}

export function loadJsonl(path: string): LabelledExample[] {
  const out: LabelledExample[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(parseLine(line, path));
    } catch (err) {
      throw new Error(`${path}:${i + 1}: ${(err as Error).message}`);
    }
  });
  return out;
}

export function loadDirectory(dir: string): LabelledExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => loadJsonl(join(dir, f)));
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Stable train/dev split by hash of the group (or text): the dev split is for tuning only. */
export function isDev(example: LabelledExample, devPercent = 15): boolean {
  return fnv(example.group ?? example.text) % 100 < devPercent;
}
