import { alerts } from '@/lib/alerts';
import { env } from '@/lib/config/env';
import { metrics } from '@/lib/metrics';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * One circuit breaker per upstream host. After `threshold` consecutive failures (connection errors,
 * timeouts, 5xx) the circuit opens and calls fail fast with `circuit_open` for `cooldownMs`; then
 * one probe is let through (half-open): success closes it, failure opens it again.
 */
export type CircuitState = 'closed' | 'open' | 'half_open';

interface Circuit {
  state: CircuitState;
  failures: number;
  openedAt: number;
  probing: boolean;
}

export interface CircuitOptions {
  threshold: number;
  cooldownMs: number;
}

export class CircuitBreakers {
  private readonly circuits = new Map<string, Circuit>();
  /** Called when a circuit opens (alerts, metrics). */
  onOpen?: (host: string) => void;

  constructor(private readonly options: CircuitOptions) {}

  private get(host: string): Circuit {
    let circuit = this.circuits.get(host);
    if (!circuit) {
      circuit = { state: 'closed', failures: 0, openedAt: 0, probing: false };
      this.circuits.set(host, circuit);
    }
    return circuit;
  }

  /** Milliseconds until a call may be tried, or 0 when it may go now (and takes the probe slot). */
  acquire(host: string, now = Date.now()): number {
    const circuit = this.circuits.get(host);
    if (!circuit || circuit.state === 'closed') return 0;
    const remaining = circuit.openedAt + this.options.cooldownMs - now;
    if (circuit.state === 'open' && remaining > 0) return remaining;
    if (circuit.probing) return Math.max(remaining, 1000);
    circuit.state = 'half_open';
    circuit.probing = true;
    return 0;
  }

  success(host: string): void {
    const circuit = this.circuits.get(host);
    if (!circuit) return;
    circuit.state = 'closed';
    circuit.failures = 0;
    circuit.probing = false;
  }

  failure(host: string, now = Date.now()): void {
    const circuit = this.get(host);
    circuit.failures++;
    circuit.probing = false;
    if (circuit.state === 'half_open' || circuit.failures >= this.options.threshold) {
      const wasOpen = circuit.state === 'open';
      circuit.state = 'open';
      circuit.openedAt = now;
      if (!wasOpen) this.onOpen?.(host);
    }
  }

  states(): Record<string, CircuitState> {
    return Object.fromEntries([...this.circuits].map(([host, c]) => [host, c.state]));
  }

  reset(): void {
    this.circuits.clear();
  }
}

export const circuitBreakers = (): CircuitBreakers =>
  processSingleton('circuit-breakers', () => {
    const config = env();
    const options = { threshold: config.GATEWAY_CIRCUIT_THRESHOLD, cooldownMs: config.GATEWAY_CIRCUIT_COOLDOWN_MS };
    const breakers = new CircuitBreakers(options);
    // Operations: an opening is counted and alerted (the alert sender rate-limits a flapping host).
    breakers.onOpen = (host) => {
      metrics.circuitOpened();
      void alerts.circuitOpen(host, { threshold: options.threshold, cooldownMs: options.cooldownMs });
    };
    return breakers;
  });
