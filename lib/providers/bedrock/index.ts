/** AWS Bedrock runtime: the adapter (routes, SigV4) and its two wire formats. */
export { bedrockAdapter } from './adapter';
export { bedrockConverseFormat } from './converse';
export { bedrockInvokeFormat } from './invoke';
export {
  createEventStreamDecoder,
  encodeEventStreamMessage,
  encodeEventFrame,
  encodeExceptionFrame,
  headerString,
  type EventStreamDecoder,
  type EventStreamMessage,
  type EventStreamHeaders,
} from './event-stream';
export { signBedrockRequest, type AwsCredentials } from './sigv4';
