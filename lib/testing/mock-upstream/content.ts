/**
 * Deterministic replies, shared by every provider so a test can predict what any SDK will see.
 *
 * Directives in the last user message:
 *   mock:text=<literal>          reply with the literal (rest of the message; a JSON string if quoted)
 *   mock:tool_call               call the first tool of the request with {"path":"/etc/passwd"}
 *   mock:tool_call name={...}    call `name` with the given JSON arguments
 * A prompt that names one of the request's tools, or a forced tool_choice, also gets a tool call.
 *   mock:cached=N                report N cached (cache-read) input tokens
 *   mock:cache_write=N           report N cache-creation input tokens
 * Otherwise the reply is `You said: <last user text>`. A request whose last message is a tool result
 * gets `Tool result: <result>` so agent loops terminate.
 *
 * Tokens are ceil(chars / 4) (at least 1) of the input text and of the output text.
 */

export interface ReplyInput {
  lastUserText: string;
  /** Characters of all input text (system + messages), for the input token count. */
  inputChars: number;
  toolNames: string[];
  /** A tool the request forces (`tool_choice`), or true for "any tool". */
  forceTool?: string | true;
  /** Set when the last message carries a tool result. */
  toolResult?: string;
  maxTokens?: number;
  thinking?: boolean;
}

export interface ToolCallPlan {
  name: string;
  /** Arguments as JSON object text. */
  args: string;
}

export interface ReplyPlan {
  text: string;
  tool?: ToolCallPlan;
  thinking?: string;
  inputTokens: number;
  outputTokens: number;
  thinkingTokens: number;
  cacheRead: number;
  cacheWrite: number;
  /** Why generation ended; each provider maps it to its own vocabulary. */
  stop: 'stop' | 'length' | 'tool';
}

const DEFAULT_ARGS = '{"path":"/etc/passwd"}';

export const countTokens = (chars: number): number => (chars <= 0 ? 0 : Math.ceil(chars / 4));

export function planReply(input: ReplyInput): ReplyPlan {
  // `mock_tool_call` is accepted as a spelling of `mock:tool_call` (some prompt templates mangle colons).
  const user = input.lastUserText.includes('mock_tool_call')
    ? input.lastUserText.replace(/mock_tool_call/g, 'mock:tool_call')
    : input.lastUserText;
  const hasDirective = user.includes('mock:');
  const cacheRead = hasDirective ? numberDirective(user, 'mock:cached=') : 0;
  const cacheWrite = hasDirective ? numberDirective(user, 'mock:cache_write=') : 0;
  const inputTokens = Math.max(1, countTokens(input.inputChars));

  let text = '';
  let tool: ToolCallPlan | undefined;
  if (input.toolResult !== undefined) {
    text = 'Tool result: ' + input.toolResult;
  } else if (hasDirective && user.includes('mock:tool_call')) {
    tool = parseToolDirective(user, input.toolNames);
    if (!tool) text = 'You said: ' + user;
  } else if (input.forceTool !== undefined && input.toolNames.length > 0) {
    const name = input.forceTool === true ? input.toolNames[0] : input.forceTool;
    tool = { name, args: DEFAULT_ARGS };
  } else if (input.toolNames.length > 0 && mentionedTool(user, input.toolNames) !== undefined) {
    tool = { name: mentionedTool(user, input.toolNames) as string, args: DEFAULT_ARGS };
  } else if (hasDirective && user.includes('mock:text=')) {
    text = literalDirective(user);
  } else {
    text = 'You said: ' + user;
  }

  const thinking = input.thinking ? 'Considering the request: ' + user.slice(0, 80) : undefined;
  const thinkingTokens = thinking ? countTokens(thinking.length) : 0;
  let stop: ReplyPlan['stop'] = tool ? 'tool' : 'stop';
  let outputTokens = countTokens(text.length + (tool ? tool.name.length + tool.args.length : 0));
  if (!tool && input.maxTokens !== undefined && input.maxTokens > 0 && outputTokens > input.maxTokens) {
    text = text.slice(0, input.maxTokens * 4);
    outputTokens = input.maxTokens;
    stop = 'length';
  }
  return {
    text,
    tool,
    thinking,
    inputTokens,
    outputTokens: Math.max(1, outputTokens) + thinkingTokens,
    thinkingTokens,
    cacheRead,
    cacheWrite,
    stop,
  };
}

/** A prompt that names one of the request's tools (as a whole word) asks for that tool. */
function mentionedTool(text: string, names: string[]): string | undefined {
  for (const name of names) {
    const i = text.indexOf(name);
    if (i < 0) continue;
    const before = i === 0 ? '' : text[i - 1];
    const after = text[i + name.length] ?? '';
    if (!/[A-Za-z0-9_]/.test(before) && !/[A-Za-z0-9_]/.test(after)) return name;
  }
  return undefined;
}

function numberDirective(text: string, key: string): number {
  const i = text.indexOf(key);
  if (i < 0) return 0;
  const n = parseInt(text.slice(i + key.length), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function literalDirective(text: string): string {
  const rest = text.slice(text.indexOf('mock:text=') + 'mock:text='.length);
  if (rest.startsWith('"')) {
    try {
      const end = findJsonStringEnd(rest);
      if (end > 0) return JSON.parse(rest.slice(0, end + 1)) as string;
    } catch {
      // fall through to the raw remainder
    }
  }
  return rest;
}

function findJsonStringEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function parseToolDirective(text: string, toolNames: string[]): ToolCallPlan | undefined {
  const rest = text.slice(text.indexOf('mock:tool_call') + 'mock:tool_call'.length);
  // A following word names the tool only when it carries arguments (`name={...}`) or is one of the
  // request's tools, so plain prose after the directive is not mistaken for a name.
  const m = /^\s+([A-Za-z0-9_.-]+)(=|\s|$)/.exec(rest);
  let name = toolNames[0];
  let args = DEFAULT_ARGS;
  if (m && m[2] === '=') {
    const json = balancedObject(rest.slice(m.index + m[0].length));
    if (json) {
      name = m[1];
      args = json;
    }
  } else if (m && toolNames.includes(m[1])) {
    name = m[1];
  }
  if (!name) return undefined;
  return { name, args };
}

/** The leading `{...}` of s, if it is a valid JSON object; re-serialised compactly. */
function balancedObject(s: string): string | undefined {
  if (!s.startsWith('{')) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.stringify(JSON.parse(s.slice(0, i + 1)));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Splits text into word-sized deltas that concatenate back to the text. */
export function splitDeltas(text: string): string[] {
  const parts = text.match(/\s*\S+\s*/g);
  return parts && parts.length > 0 ? parts : [text];
}

/** Splits JSON argument text into a few fragments, the way providers stream tool arguments. */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 8) out.push(args.slice(i, i + 8));
  return out.length > 0 ? out : [''];
}

/** Text of a content value in any provider's shape: a string, or an array of parts with `text`. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') out += part;
    else if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
      out += (part as { text: string }).text;
    }
  }
  return out;
}

// A per-process random prefix plus a counter: unique enough for ids and nearly free per request.
const ID_PREFIX = Math.floor(Math.random() * 0x7fffffff).toString(36).padStart(6, '0');
let seq = 0;
export function nextId(): string {
  seq = (seq + 1) % 0x7fffffff;
  return ID_PREFIX + seq.toString(36).padStart(6, '0');
}
