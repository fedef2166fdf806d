import type { MessageTable } from '../../../http/messages.js';

/** Messages of the gifts part. Each names the offending value. */
export const giftsMessages: MessageTable = {
  'gifts.itemNotFound': { zh: '礼品不存在或已停用（{id}）', en: 'Gift item not found or inactive ({id})' },
  'gifts.duplicateItem': { zh: '礼品“{name}”已存在', en: 'Gift item "{name}" already exists' },
  'gifts.invalidQuantity': { zh: '礼品“{item}”的数量“{quantity}”无效', en: 'Invalid quantity "{quantity}" for "{item}"' },
  'gifts.insufficientStock': { zh: '礼品“{item}”库存不足：需要 {quantity}{unit}，现有 {stock}{unit}，库存不能为负', en: 'Not enough "{item}": {quantity} {unit} needed, {stock} {unit} in stock; stock cannot go negative' },
  'gifts.stockChanged': { zh: '礼品“{item}”的库存刚被修改，请刷新后重试', en: 'The stock of "{item}" just changed; refresh and retry' },
  'gifts.cartonOnlyForCigarettes': { zh: '“{item}”不是香烟，不能按“条”计量', en: '"{item}" is not cigarettes; cartons do not apply' },
  'gifts.noLines': { zh: '请至少填写一项领用礼品', en: 'Add at least one gift line' },
  'gifts.receptionNotFound': { zh: '接待记录不存在（{id}）', en: 'Reception not found ({id})' },
};
