/**
 * Reversible, per-request replacement of sensitive values with placeholders such as `<EMAIL_1>`.
 * The provider only sees placeholders; the response is rehydrated before it reaches the client.
 * One instance lives for one request and is never shared.
 */

const PLACEHOLDER = /<([A-Z][A-Z0-9_]*_\d+)>/g;
/** Longest possible placeholder: type names are short upper-case identifiers. */
const MAX_PLACEHOLDER_LENGTH = 48;

function isPlaceholderPrefix(tail: string): boolean {
  if (tail.length > MAX_PLACEHOLDER_LENGTH || tail[0] !== '<') return false;
  for (let i = 1; i < tail.length; i++) {
    const c = tail.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (!ok) return false;
  }
  return true;
}

export interface StreamRehydrator {
  /** Returns the rehydrated text that is safe to emit; holds back only a possible placeholder prefix. */
  push(chunk: string): string;
  /** Returns whatever is still held. */
  flush(): string;
}

export class Pseudonymizer {
  private readonly placeholderByValue = new Map<string, string>();
  private readonly valueByPlaceholder = new Map<string, string>();
  private readonly countByType = new Map<string, number>();

  /** The same value always gets the same placeholder within this request, whatever type it is found as. */
  placeholderFor(type: string, value: string): string {
    const existing = this.placeholderByValue.get(value);
    if (existing) return existing;
    const n = (this.countByType.get(type) ?? 0) + 1;
    this.countByType.set(type, n);
    const placeholder = `<${type}_${n}>`;
    this.placeholderByValue.set(value, placeholder);
    this.valueByPlaceholder.set(placeholder, value);
    return placeholder;
  }

  /** Number of distinct values replaced so far. */
  get size(): number {
    return this.valueByPlaceholder.size;
  }

  /** Puts original values back; placeholders this request never issued are left as they are. */
  rehydrate(text: string): string {
    if (this.valueByPlaceholder.size === 0 || text.indexOf('<') < 0) return text;
    return text.replace(PLACEHOLDER, (placeholder) => this.valueByPlaceholder.get(placeholder) ?? placeholder);
  }

  createStreamRehydrator(): StreamRehydrator {
    let held = '';
    return {
      push: (chunk: string) => {
        const text = held + chunk;
        const lastOpen = text.lastIndexOf('<');
        if (lastOpen >= 0 && isPlaceholderPrefix(text.slice(lastOpen))) {
          held = text.slice(lastOpen);
          return this.rehydrate(text.slice(0, lastOpen));
        }
        held = '';
        return this.rehydrate(text);
      },
      flush: () => {
        const rest = held;
        held = '';
        return this.rehydrate(rest);
      },
    };
  }
}
