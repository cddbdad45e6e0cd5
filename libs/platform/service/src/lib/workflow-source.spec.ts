import { join } from 'node:path';
import { workflowSource } from './workflow-source';

describe('the workflow source a service bundles', () => {
  it('is the entry file of its domain workflows lib', () => {
    expect(workflowSource('rectification')).toMatch(
      new RegExp(`${join('libs', 'rectification', 'workflows', 'src', 'workflows.ts')}$`),
    );
  });
});
