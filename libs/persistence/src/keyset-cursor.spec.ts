import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';

const POSITION = { createdAt: '2025-05-10T03:00:00.123456Z', id: '0b7a4f8e-8c1d-4e0b-9a51-2f9d3c6b1e7a' };
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursors', () => {
  it('gives back the position it encoded', () => {
    expect(decodeKeysetCursor(encodeKeysetCursor(POSITION))).toEqual(POSITION);
  });

  it('still takes a cursor with milliseconds only, as they were once given out', () => {
    const older = { ...POSITION, createdAt: '2025-05-10T03:00:00.123Z' };
    expect(decodeKeysetCursor(cursorOf(older))).toEqual(older);
  });

  it.each([
    ['not base64url JSON', '%%%'],
    ['four fractional digits', cursorOf({ ...POSITION, createdAt: '2025-05-10T03:00:00.1234Z' })],
    ['an id of 36 dashes', cursorOf({ ...POSITION, id: '-'.repeat(36) })],
    ['an id of 36 hex digits without dashes in place', cursorOf({ ...POSITION, id: 'a'.repeat(36) })],
    ['a day that does not exist', cursorOf({ ...POSITION, createdAt: '2025-02-30T00:00:00.000Z' })],
    ['year 0000, which PostgreSQL does not have', cursorOf({ ...POSITION, createdAt: '0000-01-01T00:00:00.000Z' })],
    ['an instant not as toISOString writes it', cursorOf({ ...POSITION, createdAt: '2025-05-10 03:00:00+00' })],
    ['a missing id', cursorOf({ createdAt: POSITION.createdAt })],
  ])('refuses %s', (_what, cursor) => {
    expect(decodeKeysetCursor(cursor)).toBeNull();
  });
});
