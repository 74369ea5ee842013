import { createParser } from 'eventsource-parser';

/**
 * Server-sent events from raw bytes, incrementally: bytes are decoded in streaming mode (a UTF-8
 * sequence split across chunks is kept for the next one) and events are delivered as they complete.
 * Readers use this to look at a stream as it passes; they never hold bytes back from the client.
 */
export interface SseReader {
  push(chunk: Uint8Array): void;
  end(): void;
}

export function createSseReader(onEvent: (event: string | undefined, data: string) => void): SseReader {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: (message) => onEvent(message.event, message.data) });
  return {
    push(chunk) {
      parser.feed(decoder.decode(chunk, { stream: true }));
    },
    end() {
      const rest = decoder.decode();
      // A final event without its blank line still counts (some upstreams end the stream that way).
      parser.feed(rest + '\n\n');
    },
  };
}

const encoder = new TextEncoder();

export function encodeSse(data: string, event?: string): Uint8Array {
  return encoder.encode(`${event ? `event: ${event}\n` : ''}data: ${data}\n\n`);
}

/** JSON.parse that returns undefined instead of throwing (upstream bytes are not trusted). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
