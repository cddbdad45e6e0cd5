import { MAX_PAGE_SIZE, pageQuerySchema } from './page';

describe('page query', () => {
  it('defaults the page size', () => {
    expect(pageQuerySchema.parse({}).limit).toBe(20);
  });

  it('reads numbers from query strings', () => {
    expect(pageQuerySchema.parse({ limit: '50' }).limit).toBe(50);
  });

  it('caps the page size', () => {
    expect(pageQuerySchema.safeParse({ limit: String(MAX_PAGE_SIZE + 1) }).success).toBe(false);
  });

  it('refuses unknown fields', () => {
    expect(pageQuerySchema.safeParse({ limit: '5', offset: '10' }).success).toBe(false);
  });

  it('trims the search text', () => {
    expect(pageQuerySchema.parse({ q: '  林场 ' }).q).toBe('林场');
  });
});
