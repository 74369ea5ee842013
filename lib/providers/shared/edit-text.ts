import type { ResponseHooks, ToolCallDecision, ToolCallInfo } from '../types';

/**
 * The response hooks as every wire format's editor uses them: remembers which blocks have text the
 * hooks may still hold (so `endText` is asked exactly once per text run, and only for blocks that
 * had text), and latches `blocked()` after every hook call. Every method returns null once the
 * response is blocked: the caller then writes the block message and stops sending content.
 *
 * A text run ends at the end of its block or choice, and also where a tool call starts inside the
 * same choice (OpenAI chat, Gemini): whatever the hooks still hold is released before the call, so
 * the client sees text and calls in the order the model produced them.
 */
export class TextEdits {
  private open: number[] = [];
  blockedBy: { message: string } | null = null;

  constructor(private readonly hooks: ResponseHooks) {}

  get isBlocked(): boolean {
    return this.blockedBy !== null;
  }

  /** Text to send now for `delta` of block `index`. */
  text(index: number, delta: string): string | null {
    if (this.blockedBy) return null;
    if (!this.open.includes(index)) this.open.push(index);
    const out = this.hooks.text(index, delta);
    return this.check() ? null : out;
  }

  /** Whatever the hooks still hold for block `index` ('' when it had no open text run). */
  end(index: number): string | null {
    if (this.blockedBy) return null;
    const at = this.open.indexOf(index);
    if (at < 0) return '';
    this.open.splice(at, 1);
    const out = this.hooks.endText(index);
    return this.check() ? null : out;
  }

  isOpen(index: number): boolean {
    return this.open.includes(index);
  }

  /** Blocks whose text run is still open, in the order they opened. */
  openBlocks(): readonly number[] {
    return this.open;
  }

  toolCall(call: ToolCallInfo): ToolCallDecision | null {
    if (this.blockedBy) return null;
    const decision = this.hooks.toolCall(call);
    return this.check() ? null : decision;
  }

  private check(): boolean {
    this.blockedBy ??= this.hooks.blocked();
    return this.blockedBy !== null;
  }
}

/** A complete text through the hooks (`text` then `endText`); null once the response is blocked. */
export function editFullText(edits: TextEdits, index: number, text: string): string | null {
  const head = edits.text(index, text);
  if (head === null) return null;
  const tail = edits.end(index);
  return tail === null ? null : head + tail;
}

/** Tool arguments as the hooks see them: JSON text, `{}` when a provider streamed none. */
export function argumentsText(streamed: string, fallback: unknown): string {
  if (streamed.length > 0) return streamed;
  return fallback === undefined || fallback === null ? '{}' : JSON.stringify(fallback);
}

/** Parses rewritten tool arguments for formats that carry them as a JSON value; keeps the old value if the guard's text is not JSON. */
export function parseArguments(text: string, previous: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return previous;
  }
}
