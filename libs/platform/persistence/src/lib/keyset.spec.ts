import { decodeCursor, encodeCursor, InvalidCursorError, likePattern } from './keyset';

describe('keyset cursors', () => {
  it('round-trip the sort key of the last row', () => {
    const cursor = encodeCursor(['张三', 'b3c1e5d2-0000-4000-8000-000000000001']);
    expect(decodeCursor(cursor, 2)).toEqual(['张三', 'b3c1e5d2-0000-4000-8000-000000000001']);
  });

  it.each([
    ['not base64 json', 'not-a-cursor'],
    ['wrong arity', encodeCursor(['a'])],
    ['objects inside', Buffer.from(JSON.stringify([{}, 'x'])).toString('base64url')],
  ])('refuses a cursor that is %s', (_label, cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(InvalidCursorError);
  });
});

describe('likePattern', () => {
  it('wraps the text and escapes wildcards', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
