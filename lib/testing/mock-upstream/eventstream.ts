/**
 * AWS event-stream framing (application/vnd.amazon.eventstream): prelude with lengths and CRC32,
 * typed headers, payload, message CRC32. The codec is the one the AWS SDK decodes with.
 */
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

const codec = new EventStreamCodec(toUtf8, fromUtf8);
const str = (value: string) => ({ type: 'string' as const, value });
const JSON_CT = str('application/json');
const EVENT = str('event');
const EXCEPTION = str('exception');

export function eventFrame(eventType: string, payload: string): Uint8Array {
  return codec.encode({
    headers: { ':event-type': str(eventType), ':content-type': JSON_CT, ':message-type': EVENT },
    body: fromUtf8(payload),
  });
}

export function exceptionFrame(exceptionType: string, payload: string): Uint8Array {
  return codec.encode({
    headers: { ':exception-type': str(exceptionType), ':content-type': JSON_CT, ':message-type': EXCEPTION },
    body: fromUtf8(payload),
  });
}

export function decodeFrame(frame: Uint8Array) {
  return codec.decode(frame);
}
