import type { MessageTable } from '../../http/messages.js';

/** Messages of the archives module (Chinese first; each names the offending value or field). */
export const archivesMessages: MessageTable = {
  'archives.itemUnknown': { zh: '档号“{number}”不在档案目录中', en: 'Archive number "{number}" is not in the catalog' },
  'archives.notFound': { zh: '档案记录不存在', en: 'Archive record not found' },
  'archives.numberTaken': { zh: '档号“{number}”已被其他档案使用', en: 'Archive number "{number}" is already used' },
  'archives.onLoan': { zh: '档案“{number} {title}”已借出，归还前不能再次借出', en: 'Archive "{number} {title}" is out on loan and cannot be lent again before it is returned' },
  'archives.destroyed': { zh: '档案“{number} {title}”已销毁，不能借阅或复印', en: 'Archive "{number} {title}" was destroyed' },
  'archives.duePast': { zh: '归还日期“{value}”早于今天', en: 'The due date "{value}" is before today' },
  'archives.dueTooLong': { zh: '归还日期“{value}”超过借阅期限 {max} 天', en: 'The due date "{value}" is more than {max} days away' },
  'archives.dueRequired': { zh: '借阅档案须填写归还日期', en: 'A loan needs a due date' },
  'archives.copiesRequired': { zh: '复印须填写复印份数（1–{max} 份），收到“{value}”', en: 'A copy request needs the number of copies (1–{max}), got "{value}"' },
  'archives.kindInvalid': { zh: '申请类别“{value}”无效，应为借阅或复印', en: 'Request kind "{value}" is invalid: 借阅 or 复印' },
  'archives.pagesIncomplete': { zh: '归还时页数不全，须在“归还检查情况”中说明', en: 'Pages are not complete on return: describe it in the return condition' },
  'archives.invalidDate': { zh: '{field}“{value}”不是有效日期', en: '{field} "{value}" is not a valid date' },
  'archives.itemOnLoanEdit': { zh: '档案“{number}”借出中，不能标记为销毁', en: 'Archive "{number}" is out on loan and cannot be marked destroyed' },
};
