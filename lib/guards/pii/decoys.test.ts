import { describe, expect, it } from 'vitest';
import { found } from './test-support/found';

/** Valid-looking values that are not personal data or secrets. Nothing here may be reported. */
const DECOYS = [
  'Order #48213-7781 shipped; tracking number 1Z999AA10123456784.',
  'Invoice 2024-0001234 is due on 2024-03-15.',
  'Request id 550e8400-e29b-41d4-a716-446655440000 failed at 2024-03-15T10:45:00Z (epoch 1710499500).',
  'Fixed in commit 7f3a9c2e1b4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a, see also a94a8fe5ccb19ba61c4c0873d391e987982fbbd3.',
  'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'Upgrade from version 1.2.3.4 to 10.0.19045 build 22631.',
  'Part number 123-456-7890 and SKU 4111-2222-3333 are in stock.',
  'Card 4111 1111 1111 1112 was declined (bad checksum).',
  'IBAN DE89 3704 0044 0532 0130 01 looks wrong.',
  'The meeting is at 10:45:00 in room 12 on floor 3.',
  'Our revenue was $4,300,000 in Q3 and 1,200,000 units shipped.',
  'Temperatures ranged from 12.5 to 19.8 degrees; 98.6F is normal.',
  'The ISBN 978-3-16-148410-0 edition has 352 pages.',
  'Coordinates 52.5200, 13.4050 point to Berlin.',
  'See RFC 7231 section 6.5.1 and ISO 8601.',
  'password: string; token: number; apiKey?: string;',
  'Use `const secret = process.env.JWT_SECRET` and never hard-code keys.',
  'The cache key is user:42:profile and the lock token is pending.',
  'Dear Team, please review the Q3 Report before Monday.',
  'We met in May and will decide in June.',
  'The NHS budget grew 3% to 160 billion.',
  'Call stack: at Object.<anonymous> (index.js:10:15)',
  'Matrix [[1, 2], [3, 4]] and vector (5, 6, 7, 8, 9, 10).',
  'Flight LH 400 departs 13:05, seat 23A, gate B12.',
  'Serial number 12345678901 on the device label.',
  'Hash 0x5f3759df is a famous constant.',
];

describe('decoys', () => {
  it.each(DECOYS)('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
