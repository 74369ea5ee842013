#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package / project file and by
// function, so "where the time goes" comes from a profile, not a guess.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [--top 30]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1] || 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function area(url) {
  if (!url) return '(native/gc/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const m = /(lib|db|app|server)[^?]*$/.exec(url);
  return m ? m[0] : url;
}

const byArea = new Map();
const byFn = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const a = n.callFrame.functionName === '(idle)' ? '(idle)' : area(n.callFrame.url);
  byArea.set(a, (byArea.get(a) ?? 0) + t);
  const f = `${n.callFrame.functionName || '(anonymous)'}  ${a}:${n.callFrame.lineNumber + 1}`;
  byFn.set(f, (byFn.get(f) ?? 0) + t);
}
const busy = total - (byArea.get('(idle)') ?? 0);
const show = (title, map) => {
  console.log(`\n${title} (share of non-idle CPU, ${(busy / 1000).toFixed(0)} ms busy)`);
  for (const [k, t] of [...map].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / busy).toFixed(1).padStart(6)}%  ${k}`);
};
show('self time by area', byArea);
show('self time by function', byFn);
