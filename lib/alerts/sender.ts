import os from 'node:os';

/**
 * Slack-compatible webhook alerts (`{text, blocks}`; Mattermost, Rocket.Chat and most chat tools
 * accept the same JSON). Each kind may send `perWindow` messages per window; beyond that they are
 * counted, and one summary goes out when the window ends, so a storm sends a summary, not a flood.
 * Sending never throws into the caller: a failed post is logged and counted.
 */
export type AlertKind = 'critical_violation' | 'fail_closed' | 'circuit_open' | 'audit_chain_break';

export type AlertFields = Record<string, string | number | boolean | null | undefined>;

export interface AlertMessage {
  text: string;
  blocks: unknown[];
}

export interface AlertSenderOptions {
  url?: string;
  perWindow: number;
  windowMs?: number;
  timeoutMs?: number;
  /** Called for every alert and outcome (metrics); must not throw. */
  onOutcome?: (kind: AlertKind, outcome: 'sent' | 'suppressed' | 'failed') => void;
  logger: { warn(fields: Record<string, unknown>, msg: string): void; error(fields: Record<string, unknown>, msg: string): void };
  instance?: string;
}

interface KindWindow {
  startedAt: number;
  sent: number;
  suppressed: number;
  lastTitle?: string;
  timer?: NodeJS.Timeout;
}

const EMOJI: Record<AlertKind, string> = {
  critical_violation: ':rotating_light:',
  fail_closed: ':no_entry:',
  circuit_open: ':electric_plug:',
  audit_chain_break: ':warning:',
};

const clip = (value: unknown, max = 200) => {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

export class AlertSender {
  private readonly windows = new Map<AlertKind, KindWindow>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly windowMs: number;
  private readonly instance: string;

  constructor(private readonly options: AlertSenderOptions) {
    this.windowMs = options.windowMs ?? 60_000;
    this.instance = options.instance ?? `${os.hostname()}:${process.pid}`;
  }

  /** Queues one alert; resolves when its post (if any) is done. Never rejects. */
  send(kind: AlertKind, title: string, fields: AlertFields = {}): Promise<void> {
    this.options.logger.warn({ alert: kind, ...fields }, title);
    const now = Date.now();
    let window = this.windows.get(kind);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (window) this.endWindow(kind, window);
      window = { startedAt: now, sent: 0, suppressed: 0 };
      this.windows.set(kind, window);
    }
    if (window.sent >= this.options.perWindow) {
      window.suppressed++;
      window.lastTitle = title;
      this.outcome(kind, 'suppressed');
      if (!window.timer) {
        const w = window;
        w.timer = setTimeout(() => this.endWindow(kind, w), Math.max(0, w.startedAt + this.windowMs - now));
        w.timer.unref();
      }
      return Promise.resolve();
    }
    window.sent++;
    return this.post(kind, this.format(kind, title, fields));
  }

  /** Sends pending summaries and waits for every post in flight (shutdown, CLI exit). */
  async flush(): Promise<void> {
    for (const [kind, window] of this.windows) this.endWindow(kind, window);
    this.windows.clear();
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private endWindow(kind: AlertKind, window: KindWindow): void {
    if (window.timer) clearTimeout(window.timer);
    window.timer = undefined;
    if (window.suppressed === 0) return;
    const count = window.suppressed;
    window.suppressed = 0;
    const seconds = Math.round(this.windowMs / 1000);
    const title = `${count} more ${kind.replace(/_/g, ' ')} alert${count === 1 ? '' : 's'} in the last ${seconds} s (not sent one by one)`;
    void this.post(kind, this.format(kind, title, { latest: window.lastTitle }));
  }

  format(kind: AlertKind, title: string, fields: AlertFields): AlertMessage {
    const lines = Object.entries(fields)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `*${k}:* ${clip(v)}`);
    const text = `${EMOJI[kind]} [ai-gateway] ${clip(title, 300)}`;
    const blocks: unknown[] = [{ type: 'section', text: { type: 'mrkdwn', text } }];
    if (lines.length > 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${kind} · ${this.instance} · ${new Date().toISOString()}` }] });
    return { text: lines.length > 0 ? `${text}\n${lines.join('\n')}` : text, blocks };
  }

  private post(kind: AlertKind, message: AlertMessage): Promise<void> {
    const url = this.options.url;
    if (!url) return Promise.resolve();
    const done = (async () => {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (!res.ok) throw new Error(`webhook answered ${res.status}`);
        this.outcome(kind, 'sent');
      } catch (error) {
        this.outcome(kind, 'failed');
        // The URL itself is a secret (it authorises posting): log only its host.
        this.options.logger.error({ alert: kind, webhook: safeHost(url), reason: (error as Error).message }, 'alert webhook failed');
      }
    })();
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }

  private outcome(kind: AlertKind, outcome: 'sent' | 'suppressed' | 'failed'): void {
    try {
      this.options.onOutcome?.(kind, outcome);
    } catch {
      // Metrics must not break alerting.
    }
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}
