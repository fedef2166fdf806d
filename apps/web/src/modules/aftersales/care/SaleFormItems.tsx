/** The fields of a second sale (item, category, quantity, amount, salesperson, date), shared by the register's drawer and the callback outcome. */
import { DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../../platform/components/UserSelect';
import type { SaleFields } from './api';
import { CategoryPicker, EquipmentPicker } from './pickers';

export interface SaleValues { soldOn?: Dayjs; equipmentId?: string | null; item: string; category: string; quantity?: number; amount: number; salespersonId?: string | null; notes?: string }

export function saleFields(v: SaleValues): SaleFields {
  return {
    soldOn: v.soldOn?.format('YYYY-MM-DD'), equipmentId: v.equipmentId ?? null, item: v.item.trim(), category: v.category, quantity: v.quantity ?? 1,
    amountFen: Math.round((v.amount ?? 0) * 100), ...(v.salespersonId ? { salespersonId: v.salespersonId } : {}), notes: v.notes,
  };
}

/** `prefix` nests the fields (e.g. ['sale']) inside a bigger form. */
export function SaleFormItems({ customerId, prefix = [], salesperson }: { customerId?: string; prefix?: string[]; salesperson?: { value: string; label: string } | null }) {
  const { t } = useTranslation();
  const n = (k: string) => [...prefix, k];
  return (
    <>
      <Form.Item name={n('equipmentId')} label={t('aftersales.care.f.equipment')}><EquipmentPicker customerId={customerId} /></Form.Item>
      <Form.Item name={n('item')} label={t('aftersales.care.f.item')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} data-testid="care-sale-item" /></Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name={n('category')} label={t('aftersales.care.f.category')} rules={[{ required: true }]} style={{ flex: '1 1 180px' }}><CategoryPicker /></Form.Item>
        <Form.Item name={n('quantity')} label={t('aftersales.care.f.quantity')} style={{ flex: '0 1 100px' }}><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name={n('amount')} label={t('aftersales.care.f.amount')} rules={[{ required: true }]} style={{ flex: '1 1 140px' }}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} suffix="元" data-testid="care-sale-amount" />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name={n('salespersonId')} label={t('aftersales.care.f.salesperson')} extra={t('aftersales.care.f.salespersonHint')} style={{ flex: '1 1 200px' }}><UserSelect initialOption={salesperson ?? null} /></Form.Item>
        <Form.Item name={n('soldOn')} label={t('aftersales.care.f.soldOn')} style={{ flex: '1 1 160px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
      </Flex>
      <Form.Item name={n('notes')} label={t('aftersales.care.f.notes')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
    </>
  );
}
