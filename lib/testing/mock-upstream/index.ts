/**
 * Mock upstream for every provider the gateway proxies; see README.md beside this file.
 */
export { startMockUpstream } from './server';
export { createTestServiceAccount, createServiceAccountAssertion, GOOGLE_TOKEN_URL, type ServiceAccount } from './oauth';
export { planReply, countTokens, type ReplyPlan } from './content';
export { decodeFrame } from './eventstream';
export type { Behavior, MockUpstream, MockUpstreamOptions, ProviderGuess, RecordedRequest } from './types';
