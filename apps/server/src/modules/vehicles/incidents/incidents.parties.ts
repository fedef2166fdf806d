/**
 * Who does what in the incidents processes, named as in the demo org chart (platform/demo):
 * the documents' 综合管理部经理 is the 综合部部长 of 综合管理部; the 行政专员 and 司机 sit in 行政部.
 */
export const ADMIN_MANAGER = { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' } as const;
export const GM = { type: 'position', position: '总经理' } as const;
export const ADMIN_SPECIALIST = { type: 'departmentPosition', department: '行政部', position: '行政专员' } as const;
export const FINANCE_MANAGER = { type: 'departmentPosition', department: '财务部', position: '财务部经理' } as const;
export const INITIATOR = { type: 'initiator' } as const;

export const P_ADMIN_MANAGER = { department: '综合管理部', position: '综合部部长', text: '综合管理部经理' };
export const P_GM = { position: '总经理' };
export const P_ADMIN_SPECIALIST = { department: '行政部', position: '行政专员' };
export const P_DRIVER = { department: '行政部', position: '司机' };
export const P_FINANCE = { department: '财务部' };

/** The car, by plate: the start page has no car picker, the incidents pages send the plate. */
export const plateField = { type: 'string', title: '车牌号', minLength: 1, maxLength: 20 } as const;
/* The first (automatic) step adds `vehicleId` (resolved from the plate) to the data; it is not a
   form field, so neither the start page nor the instance page shows the raw id. */
export const driverField = { type: 'string', title: '司机', 'x-user-picker': { department: '行政部', position: '司机' } } as const;
export const photosField = (title: string) => ({ type: 'array', title, items: { type: 'string', title: '附件编号' }, maxItems: 20, 'x-attachments': true }) as const;
export const money = (title: string) => ({ type: 'integer', title, minimum: 0, maximum: 100_000_000_00, 'x-money': 'fen' }) as const;
