import type { ErrorMessages } from '../message';

/** Refusals of the sign-off engine and the approvals service's templates and attachments. */
export const approvalsErrors = {
  NOT_YOUR_TURN: {
    status: 403,
    zh: '您在此申请中没有待办任务，可能已被他人处理。',
    en: 'You have no open task on this request; someone may have handled it already.',
  },
  INVALID: { status: 400, zh: '该操作当前不可进行。', en: 'This cannot be done now.' },
  REQUIRED: {
    status: 400,
    zh: '请补全本环节要求的内容（意见、附件或签名）。',
    en: 'This stage asks for more before you decide (an opinion, an attachment or a signature).',
  },
  ALREADY_DECIDED: {
    status: 409,
    zh: '该环节已由{by}于{at}处理。',
    en: 'Already decided by {by} at {at}.',
  },
  SIGN_OFF: {
    status: 409,
    zh: '该申请是一项仍在进行的业务的审批环节，请改为终止该业务记录。',
    en: 'This request is a sign-off of a record that is still running; terminate that record instead.',
  },
  TEMPLATE_ARCHIVED: {
    status: 409,
    zh: '该审批模板已停用，请选择其他模板。',
    en: 'This route template is no longer in use; choose another.',
  },
  INVALID_ATTACHMENT: {
    status: 400,
    zh: '附件无效：可能已被使用，或不是您上传的。',
    en: 'An attachment is not valid: it may be in use already, or not yours.',
  },
} as const satisfies ErrorMessages;
