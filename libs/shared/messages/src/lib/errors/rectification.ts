import type { ErrorMessages } from '../message';

/** Refusals of problem rectification: items, batches, imports. */
export const rectificationErrors = {
  WRONG_STATE: {
    status: 409,
    zh: '该事项当前所处阶段不能进行此操作，请刷新后查看。',
    en: 'The item is at a stage where this cannot be done; reload to see where it stands.',
  },
  EXTENSION_TOO_LATE: {
    status: 409,
    zh: '已超过整改期限，不能再申请延期。',
    en: 'The deadline has passed: an extension can no longer be requested.',
  },
  BAD_LINK: {
    status: 400,
    zh: '关联的事项不存在、超出您的范围、过多或是该事项本身。',
    en: 'An item to link does not exist, is out of your scope, is one too many or is the item itself.',
  },
  NO_EVIDENCE: {
    status: 409,
    zh: '提交验收前须先上传佐证材料。',
    en: 'Add evidence before submitting for acceptance.',
  },
  IMPORT_INVALID: {
    status: 400,
    zh: '导入文件有误，未导入任何事项。',
    en: 'The file has mistakes; nothing was imported.',
  },
} as const satisfies ErrorMessages;
