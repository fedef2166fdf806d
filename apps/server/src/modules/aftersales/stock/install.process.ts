/**
 * ASV-11: 售后安装项目物品出库 on the engine, from the documents' 6.售后流程及相关规定 ⑱
 * (seed/000_497fcda3ce2c9e54.txt): "售后安装项目物品出库(不经过项目集成部、e家软装生活馆、步阳4S店
 * 的安装项目)。(要求整套物品及时办理出库手续,安装人员不得借领)①新增订货合同(如无客户信息的需新建
 * 客户信息)②核对货品信息③上传收据或派工单扫描件④在ERP平台中点击发货⑤确认所领货品出库".
 *
 * Route: 新增订货合同 (auto: channel, whole sets, customer and order contract, the mirror row) →
 * 核对货品信息 (库管: availability) → 上传收据或派工单扫描件 (客服) → 发货 (客服) → 确认出库
 * (库管: the stock goes down in the same transaction) → end. Texts marked DERIVED are not in the
 * documents.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const INSTALL_OUT_KEY = 'aftersales.install_out';
export const INSTALL_CONTRACT_HOOK = 'aftersales.installOut.contract';
const FORM = '订货合同';
const KEEPER = { type: 'departmentPosition', department: '仓库', position: '库管' } as const;
const CLERK = { type: 'initiator' } as const;

export const installOutForm = {
  type: 'object',
  title: '安装物品出库',
  properties: {
    customerId: { type: 'string', title: '客户', 'x-form': FORM },
    newCustomerName: { type: 'string', title: '新客户名称', maxLength: 100, 'x-form': FORM },
    newCustomerPhone: { type: 'string', title: '新客户电话', maxLength: 40, 'x-form': FORM },
    newCustomerAddress: { type: 'string', title: '新客户地址', maxLength: 200, 'x-form': FORM },
    contractNo: { type: 'string', title: '订货合同编号', minLength: 1, maxLength: 40, 'x-form': FORM },
    contractAmountFen: { type: 'integer', title: '合同金额', minimum: 0, maximum: 10_000_000_000, 'x-money': 'fen', 'x-form': FORM },
    source: { type: 'string', title: '订单来源', minLength: 1, maxLength: 40, 'x-form': FORM },
    lines: {
      type: 'array',
      title: '出库物品',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        properties: { itemId: { type: 'string', title: '物品' }, qty: { type: 'integer', title: '数量', minimum: 1, maximum: 100000 } },
        required: ['itemId', 'qty'],
      },
      'x-form': FORM,
    },
    note: { type: 'string', title: '备注', maxLength: 500, 'x-form': FORM },
    // Set by 新增订货合同 (server side)
    outId: { type: 'string', title: '出库单编号' },
    outNo: { type: 'string', title: '出库单号', 'x-form': FORM },
    customerName: { type: 'string', title: '客户名称', 'x-form': FORM },
    contractId: { type: 'string', title: '订货合同' },
    linesText: { type: 'string', title: '出库清单', 'x-form': FORM },
    // ② 核对货品信息
    goodsOk: { type: 'boolean', title: '货品核对无误（整套、有货）' },
    goodsNote: { type: 'string', title: '核对说明', maxLength: 500 },
    // ③ 上传收据或派工单扫描件
    receiptFiles: { type: 'array', title: '收据或派工单扫描件', items: { type: 'string', title: '附件编号' }, minItems: 1, maxItems: 10, 'x-attachments': true },
    // ④ 发货
    shipNote: { type: 'string', title: '发货说明', maxLength: 500 },
    // ⑤ 确认出库
    confirmNote: { type: 'string', title: '出库说明', maxLength: 500 },
  },
  required: ['contractNo', 'source', 'lines'],
} as const;

export const installOutProcess: ProcessDefinitionInput = {
  key: INSTALL_OUT_KEY,
  name: '售后安装项目物品出库流程',
  // DERIVED: the documents give the item ⑱ only.
  purpose: '售后安装项目所需物品整套及时办理出库手续,做到有合同、有凭据、账物相符。',
  scope: '不经过项目集成部、e家软装生活馆、步阳4S店的售后安装项目物品出库。',
  forms: [FORM],
  form: installOutForm,
  startPermission: 'aftersales:install',
  start: 'contract',
  steps: [
    {
      id: 'contract',
      no: '1',
      name: '新增订货合同',
      kind: 'auto',
      hook: INSTALL_CONTRACT_HOOK,
      summary: '新增订货合同,如无客户信息的需新建客户信息',
      content: '新增订货合同(如无客户信息的需新建客户信息)。经项目集成部、e家软装生活馆、步阳4S店的安装项目不由售后出库;安装物品须整套出库。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      timeText: '要求整套物品及时办理出库手续',
      interfaceText: '系统校验订单来源与整套物品,建立客户与订货合同',
      fields: ['outId', 'outNo', 'customerName', 'contractId', 'linesText'],
      transitions: [{ to: 'check' }],
    },
    {
      id: 'check',
      no: '2',
      name: '核对货品信息',
      kind: 'task',
      summary: '核对货品信息',
      content: '库管核对出库货品的品名、型号、数量是否整套、库存是否充足。', // DERIVED (who checks)
      responsible: [{ department: '仓库', position: '库管' }],
      participants: [{ department: '客服部', position: '客服专员' }],
      assignee: KEEPER,
      fields: ['goodsOk', 'goodsNote'],
      required: ['goodsOk'],
      interfaceText: '核对不符则流程结束,不出库',
      transitions: [
        { to: 'end', when: { '==': [{ var: 'goodsOk' }, false] }, label: '货品不符,不出库' },
        { to: 'receipt', label: '核对无误' },
      ],
    },
    {
      id: 'receipt',
      no: '3',
      name: '上传收据或派工单扫描件',
      kind: 'task',
      summary: '上传收据或派工单扫描件',
      content: '客服上传收据或派工单扫描件。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      assignee: CLERK,
      fields: ['receiptFiles'],
      required: ['receiptFiles'],
      transitions: [{ to: 'ship' }],
    },
    {
      id: 'ship',
      no: '4',
      name: '发货',
      kind: 'task',
      summary: '在ERP平台中点击发货',
      content: '客服在ERP平台中点击发货,通知库管备货。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      assignee: CLERK,
      fields: ['shipNote'],
      transitions: [{ to: 'confirm' }],
    },
    {
      id: 'confirm',
      no: '5',
      name: '确认出库',
      kind: 'task',
      summary: '确认所领货品出库',
      content: '库管确认所领货品出库,仓库库存同时减少;库存不足的不能出库。',
      responsible: [{ department: '仓库', position: '库管' }],
      participants: [{ department: '售后服务部', position: '售后维修人员' }],
      assignee: KEEPER,
      fields: ['confirmNote'],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};
