import type { Language } from '../message';

/**
 * Fixed phrases a service states a field problem in (`details[].problem`), with their Chinese.
 * The services word problems in English; a phrase not listed here (a rule's own words, a count
 * in the sentence) is passed on as the service wrote it.
 */
export const fieldProblemsZh: Readonly<Record<string, string>> = {
  'must be at least 8 characters': '至少需要 8 个字符',
  'must be at most 128 characters': '最多 128 个字符',
  'is a commonly used password': '是常见密码，容易被猜到',
  'must not contain your user name or name': '不能包含您的用户名或姓名',
  'is too easy to guess': '太容易被猜到',
  'must differ from the current password': '不能与当前密码相同',
  'is not your current password': '与当前密码不符',
  'is required for a full member': '正式党员必须填写',
  'cannot be before the start date': '不能早于起始日期',
  'at least 2 characters': '至少 2 个字符',
  'digits, spaces, + or - only': '只能包含数字、空格、+ 或 -',
  'give either atLeast or percent': '请填写至少同意人数或同意比例（二选一）',
  'automatic decisions are not allowed by this template': '路线设置未允许超时自动审批',
  'needs a time limit': '须先设置办理时限',
  'more than the named signers': '超过了指定的审批人数',
  'name at least one process administrator': '请至少指定一位流程管理员',
  'unknown field': '不认识的字段',
  'is required': '必填',
  'must be 是 or 否': '须填“是”或“否”',
  'is required when 立行立改 is 是': '立行立改为“是”时必填',
  'is filled in, but 立行立改 is not 是': '已填写，但立行立改不是“是”',
  'is longer than 2000 characters': '超过 2000 字',
  'could not be read as a spreadsheet': '无法读取为电子表格',
  'has no rows to import': '没有可导入的行',
  'is not a file you uploaded, nor one already on this record': '不是您上传的文件，也不是该记录已有的文件',
  'is taken': '已被使用',
  'already has a login': '已有登录账号',
  'belongs to another person': '已属于其他人员',
  'applies to committees only': '仅适用于党委',
  'applies to branches only': '仅适用于党支部',
  'the person is not a party member on this date': '该人员在此日期不是党员',
};

/** A field problem in the language: its Chinese where the phrase is a known one, else as the service wrote it. */
export function renderProblem(problem: string, language: Language): string {
  return language === 'zh-CN' ? (fieldProblemsZh[problem] ?? problem) : problem;
}
