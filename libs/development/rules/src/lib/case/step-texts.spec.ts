import { caseStepTypes, clockKeys, developmentStatuses, stepActionLabels, stepDefinitions, stepKeys } from '@bastion/development-contracts';
import { renderText, textCatalogue } from '@bastion/messages';
import { clockRule } from './timeline';

const keys = new Set(Object.keys(textCatalogue));

describe('every name of the procedure is in the one catalogue', () => {
  it.each([...stepKeys])('step %s has its name and who acts at it', (key) => {
    expect(keys.has(`development.step.${key}`)).toBe(true);
    expect(keys.has(`development.step.${key}.actor`)).toBe(true);
  });

  it('names the 25 steps in order, as the contracts list them, from the catalogue', () => {
    expect(stepDefinitions.map((s) => s.en)).toEqual(stepKeys.map((k) => textCatalogue[`development.step.${k}`].en));
    expect(stepDefinitions).toHaveLength(25);
  });

  it('cites the article of the 2014 rules behind a step’s timing, in both languages', () => {
    const cited = stepDefinitions.filter((s) => s.article).map((s) => [s.key, renderText(s.article!, 'zh-CN'), renderText(s.article!, 'en-US')]);
    expect(cited).toEqual([
      ['application', '第五条', 'Art. 5'],
      ['talk', '第七条', 'Art. 7'],
      ['education', '第十一条', 'Art. 11'],
      ['candidate', '第十三条', 'Art. 13'],
      ['sponsors', '第十四条', 'Art. 14'],
      ['political_review', '第十六条', 'Art. 16'],
      ['concentrated_training', '第十七条', 'Art. 17'],
      ['committee_review', '第十九条', 'Art. 19'],
    ]);
  });

  it.each([...caseStepTypes])('kind of step %s names its entries of the record', (type) => {
    expect(keys.has(`development.entry.${type}`)).toBe(true);
    expect(stepActionLabels[type]).toEqual(textCatalogue[`development.entry.${type}`]);
  });

  it.each(['opened', 'migrated', 'signoff_started', 'approved', 'not_approved', 'alert', 'rules_adopted', 'terminated'])(
    'what happens to a case by itself (%s) names its entries of the record',
    (kind) => expect(keys.has(`development.entry.${kind}`)).toBe(true),
  );

  it.each([1, 2, 3, 4, 5])('stage %s has its name', (stage) => {
    expect(keys.has(`development.stage.${stage}`)).toBe(true);
  });

  it.each([...developmentStatuses])('status %s has its name', (status) => {
    expect(keys.has(`development.status.${status}`)).toBe(true);
  });

  it.each([...clockKeys])('clock %s has its name and the rule it runs by', (key) => {
    expect(keys.has(`development.clock.${key}`)).toBe(true);
    expect(renderText(clockRule({ key }, { approvalLateReason: null }), 'en-US')).not.toMatch(/^development\./);
  });

  it('gives the committee approval its longer rule once a late reason is on record', () => {
    expect(clockRule({ key: 'approval' }, { approvalLateReason: '换届' }).key).toBe('development.clock.approval_extended.rule');
  });
});
