import type { PersonRef } from '@bastion/approvals-contracts';
import type { FieldSpec } from '@bastion/console-ui';
import { emptyDraft } from './step-draft';
import { type StepFacts, stepLayout } from './step-layout';
import type { StepType } from './step-types';

const mentor: PersonRef = { personId: 'p-mentor', name: '张林' };
const facts = (over: Partial<StepFacts> = {}): StepFacts => ({
  draft: emptyDraft(),
  replaceable: [mentor],
  mentors: [mentor],
  evidenceSteps: [],
  late: false,
  ...over,
});
const nomineesOf = (type: StepType, over: Partial<StepFacts> = {}): FieldSpec | undefined =>
  stepLayout(type, facts(over)).find((f): f is FieldSpec => 'key' in f && f.key === 'nominees');

describe('the people a step names', () => {
  it.each([
    ['assign_mentors', 'mentors', { max: 2 }],
    ['fix_sponsors', 'sponsors', { max: 2, suggestions: [mentor] }],
    ['replace_mentor', 'replacement', { max: 1, exclude: [] }],
    ['replace_sponsor', 'replacement', { max: 1, exclude: [] }],
  ] as const)(
    '%s names full members from the directory, as `%s`, checked against their record (第十四条)',
    (type, id, people) => {
      expect(nomineesOf(type)).toMatchObject({
        kind: 'person',
        id,
        required: true,
        people: {
          ...people,
          membership: 'full',
          placeholder: 'dev.field.fullMembers',
          note: 'dev.hint.disciplineOnRecord',
        },
      });
    },
  );

  it('offers the case’s mentors first as its sponsors, with the sponsors’ own hint', () => {
    expect(nomineesOf('fix_sponsors')).toMatchObject({
      hint: 'dev.hint.sponsors',
      people: { suggestions: [mentor] },
    });
  });

  it('never offers the one being replaced as their own replacement', () => {
    const layout = stepLayout('replace_sponsor', facts({ draft: { ...emptyDraft(), replaces: 'p-mentor' } }));

    expect(layout[1]).toMatchObject({ key: 'replaces', options: [{ value: 'p-mentor', text: '张林' }] });
    expect(nomineesOf('replace_sponsor', { draft: { ...emptyDraft(), replaces: 'p-mentor' } })).toMatchObject(
      {
        people: { exclude: ['p-mentor'] },
      },
    );
  });
});
