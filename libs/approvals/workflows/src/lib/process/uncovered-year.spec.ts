import type { PersonRef } from '@bastion/approvals-contracts';
import { initialState } from '@bastion/approvals-rules';
import { approvalInput, person, stage } from '../../testing/approval-fixtures';
import { MemoryPorts } from '../../testing/memory-ports';
import { ApprovalProcess } from './approval-process';

const a = person('甲') as PersonRef;

describe('a time limit running into a year without holiday data', () => {
  it('counts weekdays there instead of stopping the request', async () => {
    const ports = new MemoryPorts();
    // Opened Friday 24 December 2027, 09:00 Beijing time; 2028 has no shipped data.
    ports.clock = Date.parse('2027-12-24T01:00:00Z');
    const process = new ApprovalProcess(
      initialState(approvalInput([stage('审核', [a], { timeLimit: { amount: 10, unit: 'working_days' }, remindBefore: 1 })])),
      ports,
    );

    await process.start();

    // Five working days left in 2027, then Monday 3 … Friday 7 January 2028 on weekdays alone.
    expect(process.state.stages[0]!.slots[0]!.holders[0]!.dueAt).toBe('2028-01-07T16:00:00.000Z');
    expect(process.state.status).toBe('running');
  });
});
