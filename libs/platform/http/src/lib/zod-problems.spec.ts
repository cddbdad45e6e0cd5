import { z } from 'zod';
import { zodProblems } from './zod-problems';

const schema = z.strictObject({ name: z.string().min(2), address: z.strictObject({ city: z.string() }) });

describe('zodProblems', () => {
  it('names each field with its problem, nested fields by path', () => {
    const result = schema.safeParse({ name: 'x', address: { city: 3 } });
    expect(zodProblems(result.error!)).toEqual([
      { field: 'name', problem: expect.stringMatching(/>=2 characters/) },
      { field: 'address.city', problem: expect.stringMatching(/expected string/) },
    ]);
  });

  it('names every unknown field', () => {
    const result = schema.safeParse({ name: 'xy', address: { city: 'a', zip: 1 }, colour: 'red', size: 3 });
    expect(zodProblems(result.error!)).toEqual([
      { field: 'address.zip', problem: 'unknown field' },
      { field: 'colour', problem: 'unknown field' },
      { field: 'size', problem: 'unknown field' },
    ]);
  });

  it('prefixes path parameters with their name', () => {
    const result = z.uuid().safeParse('nope');
    expect(zodProblems(result.error!, 'id')).toEqual([{ field: 'id', problem: expect.any(String) }]);
  });
});
