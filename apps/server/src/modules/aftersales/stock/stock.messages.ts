import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales stock part (ASV-4/10/11). */
export const stockMessages: MessageTable = {
  'aftersales.stock.itemNotFound': { zh: '物品“{id}”不存在或已停用', en: 'Item "{id}" does not exist or is inactive' },
  'aftersales.stock.codeTaken': { zh: '物品编码“{code}”已存在', en: 'Item code "{code}" is already used' },
  'aftersales.stock.insufficient': { zh: '“{item}”仓库库存不足：需要 {quantity}{unit}，可用 {stock}{unit}', en: 'Not enough "{item}" in the warehouse: {quantity} {unit} needed, {stock} {unit} available' },
  'aftersales.stock.smallInsufficient': { zh: '{technician} 的小库“{item}”不足：需要 {quantity}{unit}，现有 {stock}{unit}', en: '{technician}\'s small stock of "{item}" is short: {quantity} {unit} needed, {stock} {unit} on hand' },
  'aftersales.stock.stockChanged': { zh: '“{item}”的库存刚被修改，请刷新后重试', en: 'The stock of "{item}" just changed; refresh and try again' },
  'aftersales.stock.invalidQuantity': { zh: '“{item}”的数量“{quantity}”无效', en: 'Invalid quantity "{quantity}" for "{item}"' },
  'aftersales.stock.setHasNoStock': { zh: '“{item}”是成套物品，库存按套内各件登记', en: '"{item}" is a set: stock is kept per component' },
  'aftersales.stock.setLinesInvalid': { zh: '成套物品“{item}”的组成无效：{reason}', en: 'The set "{item}" has an invalid composition: {reason}' },
  'aftersales.stock.notTechnician': { zh: '“{id}”不是售后维修人员', en: '"{id}" is not an after-sales technician' },
  'aftersales.stock.installGoodsNoLoan': { zh: '“{item}”是安装物品，安装人员不得借领（须走安装出库流程，整套出库）', en: '"{item}" is installation goods: installers may not borrow it (it goes out as whole sets through installation goods out)' },
  'aftersales.stock.jobNotFound': { zh: '派工单“{id}”不存在', en: 'Job "{id}" does not exist' },
  'aftersales.stock.notYourJob': { zh: '派工单 {jobNo} 不是派给你的', en: 'Job {jobNo} is not dispatched to you' },
  'aftersales.stock.jobClosed': { zh: '派工单 {jobNo} 已结束，不能再借领或使用配件', en: 'Job {jobNo} is closed: no more parts can be borrowed or used on it' },
  'aftersales.stock.loanNotFound': { zh: '借件记录“{id}”不存在', en: 'Loan "{id}" does not exist' },
  'aftersales.stock.loanState': { zh: '借件 {loanNo} 当前状态为“{status}”，不能{action}', en: 'Loan {loanNo} is "{status}": cannot {action}' },
  'aftersales.stock.notYourLoan': { zh: '借件 {loanNo} 不是你的', en: 'Loan {loanNo} is not yours' },
  'aftersales.stock.partialSet': { zh: '安装物品须整套出库：“{set}”不是整套（{problems}）', en: 'Installation goods go out as whole sets only: "{set}" is not whole ({problems})' },
  'aftersales.stock.notInstallGoods': { zh: '“{item}”不是安装物品，不能走安装出库', en: '"{item}" is not installation goods' },
  'aftersales.stock.excludedChannel': { zh: '经{source}的安装项目不由售后办理物品出库（不经过项目集成部、e家软装生活馆、步阳4S店的安装项目才由售后出库）', en: 'Installation projects through {source} are not shipped by after-sales (only projects not through 项目集成部, e家软装生活馆 or 步阳4S店)' },
  'aftersales.stock.customerRequired': { zh: '请选择客户，或填写新客户的名称和电话', en: 'Choose a customer or enter the new customer\'s name and phone' },
  'aftersales.stock.customerNotFound': { zh: '客户“{id}”不存在', en: 'Customer "{id}" does not exist' },
  'aftersales.stock.receiptRequired': { zh: '请上传收据或派工单扫描件', en: 'Upload the receipt or the job scan' },
  'aftersales.stock.goodsNotConfirmed': { zh: '库管核对货品未通过：{note}', en: 'The warehouse keeper did not confirm the goods: {note}' },
  'aftersales.stock.noLines': { zh: '请至少填写一项出库物品', en: 'Add at least one item' },
};
