/** Normalised code units with the original span of each, in growable typed arrays. */

export interface Units {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Latin look-alike for each unit (0 when none); only filled in pass 1. */
  alts: Uint16Array;
  length: number;
}

export function allocUnits(capacity: number): Units {
  return {
    codes: new Uint16Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    alts: new Uint16Array(capacity),
    length: 0,
  };
}

export function grow(u: Units): void {
  const bigger = allocUnits(u.codes.length * 2 + 16);
  bigger.codes.set(u.codes);
  bigger.starts.set(u.starts);
  bigger.ends.set(u.ends);
  bigger.alts.set(u.alts);
  u.codes = bigger.codes;
  u.starts = bigger.starts;
  u.ends = bigger.ends;
  u.alts = bigger.alts;
}

export function push(u: Units, code: number, start: number, end: number, alt: number): void {
  if (u.length === u.codes.length) grow(u);
  const k = u.length++;
  u.codes[k] = code;
  u.starts[k] = start;
  u.ends[k] = end;
  u.alts[k] = alt;
}

export function pushUnit(out: Units, u: Units, k: number): void {
  push(out, u.codes[k], u.starts[k], u.ends[k], 0);
}
