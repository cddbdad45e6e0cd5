import { join } from 'node:path';
import { checkRecordedHistoriesReplay } from '@bastion/platform-service-testing';

describe('replaying recorded rectification histories against the current workflow code', () => {
  checkRecordedHistoriesReplay(join(__dirname, '..'), [
    { namedFrom: 'item-', atLeast: 6 },
    { namedFrom: 'batch-', atLeast: 1 },
  ]);
});
