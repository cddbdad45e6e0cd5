import { join } from 'node:path';
import { checkRecordedHistoriesReplay } from '@bastion/platform-service-testing';

describe('replaying recorded development histories against the current workflow code', () => {
  checkRecordedHistoriesReplay(join(__dirname, '..'), [{ namedFrom: 'case-', atLeast: 10 }]);
});
