/** Kysely table types of the after-sales customer base (ASV-2, ASV-13, ASV-15); merged via AftersalesTables. */

/** retail 零售客户 · project 工程项目（各部门完工的项目） · company 单位客户 */
export type CustomerType = 'retail' | 'project' | 'company';
/** sales 销售合同 · order 订货合同 (ASV-11) · installation 安装合同 · maintenance 维保协议 (ASV-13) · other 其他 */
export type ContractType = 'sales' | 'order' | 'installation' | 'maintenance' | 'other';

export interface AftersalesCustomerTable {
  id: string;
  /** 客户编号 'KH00001', unique; the key of the xlsx round trip. */
  code: string;
  name: string;
  /** nameKey(name): normalized for duplicate detection. */
  name_key: string;
  type: CustomerType;
  address: string;
  /** addressKey(address). */
  address_key: string;
  notes: string;
  /** manual | import | demo */
  source: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** One row per phone number of a customer; `phone` is normalized digits (normalizePhone). */
export interface AftersalesCustomerPhoneTable {
  customer_id: string;
  phone: string;
  /** As the clerk typed it, for display. */
  display: string;
  sort: number;
}

/** A place where the customer has equipment (a branch, a villa, a plant). */
export interface AftersalesSiteTable {
  id: string;
  customer_id: string;
  name: string;
  address: string;
  contact: string;
  phone: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface AftersalesEquipmentTable {
  id: string;
  customer_id: string;
  site_id: string | null;
  /** 设备名称, e.g. 中央空调 */
  name: string;
  model: string;
  /** 序列号 (upper-cased, trimmed), null when unknown. */
  serial: string | null;
  /** 安装日期 'YYYY-MM-DD', null when unknown ("设备安装大体时间"). */
  installed_on: string | null;
  /** 保修期（月）, null when unknown. */
  warranty_months: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** Parts with a service life (零配件使用寿命, ASV-15), e.g. filters. */
export interface AftersalesEquipmentPartTable {
  id: string;
  equipment_id: string;
  name: string;
  service_life_months: number | null;
  installed_on: string | null;
  sort: number;
}

export interface AftersalesContractTable {
  id: string;
  customer_id: string;
  /** 合同编号, unique. */
  number: string;
  type: ContractType;
  start_on: string;
  end_on: string | null;
  amount_fen: number;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface CustomersTables {
  aftersales_customer: AftersalesCustomerTable;
  aftersales_customer_phone: AftersalesCustomerPhoneTable;
  aftersales_site: AftersalesSiteTable;
  aftersales_equipment: AftersalesEquipmentTable;
  aftersales_equipment_part: AftersalesEquipmentPartTable;
  aftersales_contract: AftersalesContractTable;
}
