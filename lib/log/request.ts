import pino from 'pino';
import { processSingleton } from '@/lib/runtime/singleton';
import { log } from './index';

/**
 * The one JSON line per gateway request. Built by hand and handed to the logger's own destination
 * once per event-loop turn, because the general logger costs ~25 µs a line here (its redaction
 * paths walk every object, and its destination re-measures the pending buffer on every write),
 * against a gateway budget of ~200 µs per request; this costs ~1–2 µs. Same stream, same format
 * (`level`, `time`, fields, `msg`), so log shippers see one kind of line. The fields are ids,
 * codes and numbers chosen here: never a key, a credential or a prompt, so nothing needs redacting.
 */
export interface RequestLogFields {
  request_id: string;
  trace_id?: string;
  org?: string;
  key_id?: string;
  /** Masked: `gw_live_...abcd`. */
  key?: string;
  ip?: string;
  method: string;
  provider: string;
  path: string;
  model?: string;
  status: number;
  error?: string;
  decision?: string;
  stream: boolean;
  attempts: number;
  ms: number;
  upstream_ms?: number;
  overhead_ms: number;
  ttfb_ms?: number;
  tokens_in?: number;
  tokens_out?: number;
}

const INFO = 30;
/** Printable ASCII without `"` and `\`: such a value needs no escaping (ids, codes, most paths). */
const PLAIN = /^[ !#-[\]-~]*$/;
const NON_ASCII_ALL = /[^\x20-\x7e]/g;

/** JSON string, ASCII only (\u escapes), so the line's byte length is its string length. */
function str(value: string, max: number): string {
  const v = value.length > max ? value.slice(0, max) : value;
  if (PLAIN.test(v)) return `"${v}"`;
  return JSON.stringify(v).replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Requests finishing in the same millisecond share one timestamp string. */
let lastMs = 0;
let lastIso = '';
function isoNow(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

const num = (name: string, value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '' : `,"${name}":${value}`);
const opt = (name: string, value: string | undefined, max = 128) => (value === undefined ? '' : `,"${name}":${str(value, max)}`);

export function formatRequestLine(f: RequestLogFields, time?: Date): string {
  return (
    `{"level":${INFO},"time":"${time ? time.toISOString() : isoNow()}","request_id":${str(f.request_id, 128)}` +
    opt('trace_id', f.trace_id) +
    opt('org', f.org) +
    opt('key_id', f.key_id) +
    opt('key', f.key) +
    opt('ip', f.ip, 64) +
    `,"method":${str(f.method, 16)},"provider":${str(f.provider, 64)},"path":${str(f.path, 512)}` +
    opt('model', f.model, 200) +
    `,"status":${f.status}` +
    opt('error', f.error) +
    opt('decision', f.decision) +
    `,"stream":${f.stream},"attempts":${f.attempts}` +
    num('ms', f.ms) +
    num('upstream_ms', f.upstream_ms) +
    num('overhead_ms', f.overhead_ms) +
    num('ttfb_ms', f.ttfb_ms) +
    num('tokens_in', f.tokens_in) +
    num('tokens_out', f.tokens_out) +
    `,"msg":"request"}\n`
  );
}

interface Destination {
  write(chunk: string): unknown;
  flushSync?(): void;
}

const state = processSingleton('request-log', () => {
  const s = { pending: [] as string[], scheduled: false, flush: () => {} };
  s.flush = () => {
    s.scheduled = false;
    if (s.pending.length === 0) return;
    const chunk = s.pending.join('');
    s.pending.length = 0;
    try {
      ((log as unknown as Record<symbol, Destination>)[pino.symbols.streamSym]).write(chunk);
    } catch {
      // Logging must never fail a request.
    }
  };
  // Lines of the last turn must reach the logger's buffer before it flushes at exit.
  process.once('exit', () => {
    s.flush();
    try {
      ((log as unknown as Record<symbol, Destination>)[pino.symbols.streamSym]).flushSync?.();
    } catch {
      // already closed
    }
  });
  return s;
});

export const requestLog = {
  write(fields: RequestLogFields): void {
    if (!log.isLevelEnabled('info')) return;
    state.pending.push(formatRequestLine(fields));
    if (!state.scheduled) {
      state.scheduled = true;
      setImmediate(state.flush);
    }
  },
  /** Hands pending lines to the logger now (shutdown). */
  flush(): void {
    state.flush();
  },
};
