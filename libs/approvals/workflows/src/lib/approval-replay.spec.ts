import { join } from 'node:path';
import { checkRecordedHistoriesReplay } from '@bastion/platform-service-testing';

describe('replaying recorded histories against the current workflow code', () => {
  checkRecordedHistoriesReplay(join(__dirname, '..'), [{ namedFrom: '', atLeast: 5 }]);
});
