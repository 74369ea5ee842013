/**
 * Client for an externally hosted injection classifier (e.g. Prompt Guard behind a small HTTP
 * service, configured with GATEWAY_INJECTION_CLASSIFIER_URL). Request: POST {"text": "..."}.
 * Accepted responses: {"score": n}, {"label": "...", "score": n}, or a HuggingFace pipeline array
 * [{"label": "...", "score": n}, ...] (optionally nested one level, as text-classification returns).
 *
 * Every failure (timeout, network, non-2xx, unreadable body) becomes a ClassifierUnavailableError,
 * so the caller applies the organisation's fail-open or fail-closed choice in one place.
 */

export interface ExternalClassifierOptions {
  url: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  /** Extra request headers, e.g. an Authorization header for the classifier service. */
  headers?: Record<string, string>;
}

export interface ClassifierResult {
  /** Probability 0..1 that the text is an injection. */
  score: number;
  label: string;
}

export interface ExternalClassifier {
  classify(text: string): Promise<ClassifierResult>;
}

export type ClassifierFailure = 'timeout' | 'network' | 'http_status' | 'bad_response';

export class ClassifierUnavailableError extends Error {
  readonly code = 'INJECTION_CLASSIFIER_UNAVAILABLE';
  constructor(
    readonly reason: ClassifierFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ClassifierUnavailableError';
  }
}

/** Labels that mean "attack" across the common injection classifiers. */
const POSITIVE = /^(?:injection|jailbreak|malicious|unsafe|label_1|1|positive|prompt_injection|attack)$/i;
const NEGATIVE = /^(?:benign|safe|label_0|0|negative|legit|legitimate|clean)$/i;

interface LabelScore {
  label: string;
  score: number;
}

function isLabelScore(v: unknown): v is LabelScore {
  return (
    typeof v === 'object' && v !== null && typeof (v as LabelScore).score === 'number' &&
    typeof (v as LabelScore).label === 'string'
  );
}

function validScore(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;
}

/** Turns any accepted body into an injection probability. */
export function interpretResponse(body: unknown): ClassifierResult {
  if (Array.isArray(body)) {
    const flat = (Array.isArray(body[0]) ? body[0] : body) as unknown[];
    const entries = flat.filter(isLabelScore).filter((e) => validScore(e.score));
    if (entries.length === 0) throw new Error('empty or malformed label array');
    const positives = entries.filter((e) => POSITIVE.test(e.label));
    if (positives.length > 0) {
      // Multi-class models (benign / injection / jailbreak) report the attack classes separately.
      const score = Math.min(1, positives.reduce((s, e) => s + e.score, 0));
      const top = entries.reduce((a, b) => (b.score > a.score ? b : a));
      return { score, label: top.label };
    }
    const negative = entries.find((e) => NEGATIVE.test(e.label));
    if (negative) return { score: 1 - negative.score, label: negative.score >= 0.5 ? negative.label : 'injection' };
    throw new Error('no recognisable label in array');
  }
  if (typeof body === 'object' && body !== null) {
    const { score, label } = body as { score?: unknown; label?: unknown };
    if (!validScore(score)) throw new Error('score missing or outside 0..1');
    if (typeof label === 'string') {
      if (NEGATIVE.test(label)) return { score: 1 - score, label };
      return { score, label };
    }
    return { score, label: score >= 0.5 ? 'injection' : 'benign' };
  }
  throw new Error('response is not an object or array');
}

export function createExternalClassifier(options: ExternalClassifierOptions): ExternalClassifier {
  const fetchImpl = options.fetchImpl ?? fetch;
  return {
    async classify(text: string): Promise<ClassifierResult> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs);
      try {
        let res: Response;
        try {
          res = await fetchImpl(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
            body: JSON.stringify({ text }),
            signal: controller.signal,
          });
        } catch (err) {
          if (controller.signal.aborted) {
            throw new ClassifierUnavailableError('timeout', `injection classifier timed out after ${options.timeoutMs} ms`);
          }
          throw new ClassifierUnavailableError('network', `injection classifier unreachable: ${(err as Error).message}`);
        }
        if (!res.ok) {
          await res.body?.cancel().catch(() => undefined);
          throw new ClassifierUnavailableError('http_status', `injection classifier answered ${res.status}`, res.status);
        }
        let body: unknown;
        try {
          body = await res.json();
        } catch (err) {
          if (controller.signal.aborted) {
            throw new ClassifierUnavailableError('timeout', `injection classifier timed out after ${options.timeoutMs} ms`);
          }
          throw new ClassifierUnavailableError('bad_response', 'injection classifier returned invalid JSON');
        }
        try {
          return interpretResponse(body);
        } catch (err) {
          throw new ClassifierUnavailableError('bad_response', `injection classifier response not understood: ${(err as Error).message}`);
        }
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
