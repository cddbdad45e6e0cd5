import { orgPageQuerySchema } from './page';
import { attachedFilesSchema, personRefSchema, sha256Schema } from './refs';
import { idempotencyKeySchema, noteSchema, reasonSchema, requiredNoteSchema } from './request-fields';

const ORG = '0b6f8f43-34a4-4ad5-9a0a-8d1b6f0d2b12';
const file = { id: ORG, name: '会议记录.pdf', sha256: 'a'.repeat(64) };

describe('the fields every procedure shares', () => {
  it.each([
    ['an idempotency key of 8 to 100 characters', idempotencyKeySchema, 'k-123456', 'k-12345'],
    ['a note of up to 2000 characters', noteSchema, '', 'x'.repeat(2001)],
    ['a required note of something', requiredNoteSchema, '已整改', '   '],
    ['a reason of two characters at least', reasonSchema, '调动', '走'],
    ['a SHA-256 in lower-case hex', sha256Schema, 'f'.repeat(64), 'F'.repeat(64)],
    [
      'a person named at the moment of the event',
      personRefSchema,
      { personId: ORG, name: '张三' },
      { personId: ORG, name: '' },
    ],
  ])('take %s', (_, schema, good, bad) => {
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse(bad).success).toBe(false);
  });

  it('leave a note empty, and attach no files, when the request leaves them out', () => {
    expect(noteSchema.parse(undefined)).toBe('');
    expect(attachedFilesSchema(2).parse(undefined)).toEqual([]);
    expect(attachedFilesSchema(2).safeParse([file, file, file]).success).toBe(false);
  });

  it('narrow a list to an organisation by its id, on top of the page query', () => {
    expect(orgPageQuerySchema.parse({ orgId: ORG, limit: '5' })).toEqual({ orgId: ORG, limit: 5 });
    expect(orgPageQuerySchema.safeParse({ orgId: 'branch-1' }).success).toBe(false);
  });
});
