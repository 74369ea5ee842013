import pino from 'pino';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * Structured JSON logs (one object per line). Never pass raw keys, provider credentials or prompts:
 * the redact list below is a safety net, not a licence.
 */
const cli = process.env.GATEWAY_CLI === '1';
const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
// An unknown LOG_LEVEL would make pino throw while modules load; boot then stops in env() with a
// message naming the variable instead.
const configured = process.env.LOG_LEVEL && LEVELS.has(process.env.LOG_LEVEL) ? process.env.LOG_LEVEL : undefined;

// Command-line tools keep stdout for their result (a token, a report) and log to stderr.
export const log = processSingleton('logger', () =>
  pino({
    level: configured ?? (process.env.NODE_ENV === 'test' ? 'silent' : cli ? 'warn' : 'info'),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['*.authorization', '*.apiKey', '*.api_key', '*.password', '*.secret', '*.token', 'headers.authorization', 'headers["x-api-key"]', 'headers["api-key"]'],
      censor: '[redacted]',
    },
  }, pino.destination({ fd: cli ? 2 : 1, sync: cli })),
);

export type Logger = typeof log;
