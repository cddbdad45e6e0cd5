import { editedFields, withoutEdited } from './draft-edits';

describe('problems after an edit', () => {
  const before = { problem: '', category: 'conduct', orgId: null as string | null, people: ['p-1'] };

  it('names the fields an edit changed, a list by its identity', () => {
    expect(editedFields(before, { ...before, orgId: 'o-1' })).toEqual(['orgId']);
    expect(editedFields(before, { ...before, people: ['p-1'] })).toEqual(['people']);
    expect(editedFields(before, { ...before })).toEqual([]);
  });

  it.each([
    ['the corrected field', { ...before, problem: '会议记录缺失' }, { category: '必填' }],
    ['nothing when nothing changed', { ...before }, { problem: '必填', category: '必填' }],
    ['every field that changed', { ...before, problem: '缺失', category: 'discipline' }, {}],
  ])('drops what was said of %s and keeps the rest', (_what, next, left) => {
    expect(withoutEdited({ problem: '必填', category: '必填' }, before, next)).toEqual(left);
  });

  it('keeps what was said of the record as a whole', () => {
    const problems = { orgId: '必填', service: ['登记日期晚于今天'] };

    expect(withoutEdited(problems, before, { ...before, orgId: 'o-1' })).toEqual({
      service: ['登记日期晚于今天'],
    });
  });
});
