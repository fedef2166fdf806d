/**
 * 维保协议 form (ASV-13): customer, equipment, period, visits per year (or an interval in months),
 * fee, salesperson, responsible technician, commission rule; the visit dates are previewed by the
 * server's rule as the fields change.
 */
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useIsMobile } from '../../../app/useIsMobile';
import { UserSelect } from '../../../platform/components/UserSelect';
import { careApi, careKeys, type CareContract, type CommissionMode, type ContractBody } from './api';
import { CustomerPicker, EquipmentPicker, TechnicianPicker } from './pickers';

interface Values {
  customerId: string;
  number?: string;
  equipmentIds: string[];
  period: [Dayjs, Dayjs];
  signedOn?: Dayjs;
  visitsPerYear?: number;
  intervalMonths?: number | null;
  fee: number;
  salespersonId?: string | null;
  technicianId: string;
  commissionMode: CommissionMode;
  commissionValue?: number | null;
  notes?: string;
}

const D = 'YYYY-MM-DD';

function toBody(v: Values): ContractBody {
  return {
    customerId: v.customerId, number: v.number?.trim() || undefined, equipmentIds: v.equipmentIds ?? [], startOn: v.period[0].format(D), endOn: v.period[1].format(D),
    signedOn: v.signedOn?.format(D), ...(v.intervalMonths ? { intervalMonths: v.intervalMonths, visitsPerYear: null } : { visitsPerYear: v.visitsPerYear ?? 4 }),
    feeFen: Math.round((v.fee ?? 0) * 100), salespersonId: v.salespersonId ?? null, technicianId: v.technicianId, commissionMode: v.commissionMode,
    commissionValue: v.commissionMode === 'perVisit' ? Math.round((v.commissionValue ?? 0) * 100) : v.commissionMode === 'feePercent' ? v.commissionValue ?? 0 : undefined, notes: v.notes,
  };
}

export function ContractFormDrawer({ open, contract, onClose }: { open: boolean; contract: CareContract | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const period = Form.useWatch('period', form);
  const visitsPerYear = Form.useWatch('visitsPerYear', form);
  const intervalMonths = Form.useWatch('intervalMonths', form);
  const mode = Form.useWatch('commissionMode', form);
  const previewBody = period?.[0] && period?.[1] ? { startOn: period[0].format(D), endOn: period[1].format(D), ...(intervalMonths ? { intervalMonths } : { visitsPerYear: visitsPerYear ?? 4 }) } : null;
  const preview = useQuery({ queryKey: ['aftersales', 'care', 'preview', previewBody], queryFn: () => careApi.preview(previewBody!), enabled: open && !!previewBody, retry: false });

  const save = useMutation({
    mutationFn: async (v: Values): Promise<unknown> => (contract ? careApi.updateContract(contract.id, toBody(v)) : careApi.createContract(toBody(v))),
    onSuccess: () => {
      message.success(t('aftersales.care.saved'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const initial: Partial<Values> = contract
    ? {
      customerId: contract.customerId, number: contract.number, equipmentIds: contract.equipmentIds, period: [dayjs(contract.startOn), dayjs(contract.endOn ?? contract.startOn)],
      signedOn: dayjs(contract.signedOn), visitsPerYear: contract.visitsPerYear ?? undefined, intervalMonths: contract.visitsPerYear ? null : contract.intervalMonths,
      fee: contract.feeFen / 100, salespersonId: contract.salespersonId, technicianId: contract.technicianId, commissionMode: contract.commissionMode,
      commissionValue: contract.commissionMode === 'perVisit' ? contract.commissionValue / 100 : contract.commissionValue, notes: contract.notes,
    }
    : { visitsPerYear: 4, commissionMode: 'default', equipmentIds: [], fee: 0 };

  return (
    <Drawer open={open} onClose={onClose} destroyOnHidden size={isMobile ? '100%' : 600} title={contract ? t('aftersales.care.contracts.edit') : t('aftersales.care.contracts.create')}
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="care-contract-save">{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="customerId" label={t('aftersales.care.f.customer')} rules={[{ required: true }]}>
          <CustomerPicker initialLabel={contract?.customerName} />
        </Form.Item>
        <Form.Item name="equipmentIds" label={t('aftersales.care.f.equipment')}><EquipmentPicker customerId={customerId} multiple /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="number" label={t('aftersales.care.f.number')} extra={t('aftersales.care.f.numberHint')} style={{ flex: '1 1 200px' }}><Input maxLength={40} /></Form.Item>
          <Form.Item name="signedOn" label={t('aftersales.care.f.signedOn')} style={{ flex: '1 1 160px' }}><DatePicker style={{ width: '100%' }} /></Form.Item>
        </Flex>
        <Form.Item name="period" label={t('aftersales.care.f.period')} rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="visitsPerYear" label={t('aftersales.care.f.visitsPerYear')} style={{ flex: '1 1 160px' }}>
            <Select disabled={!!intervalMonths} options={[1, 2, 3, 4, 6, 12].map((n) => ({ value: n, label: t('aftersales.care.f.timesPerYear', { n }) }))} />
          </Form.Item>
          <Form.Item name="intervalMonths" label={t('aftersales.care.f.intervalMonths')} style={{ flex: '1 1 160px' }}><InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} /></Form.Item>
        </Flex>
        <Form.Item label={t('aftersales.care.f.schedule')}>
          {preview.isError ? <Typography.Text type="danger">{errorMessage(preview.error)}</Typography.Text>
            : <Flex gap={4} wrap data-testid="care-schedule-preview">{(preview.data?.dates ?? []).map((d) => <Tag key={d}>{d}</Tag>)}</Flex>}
        </Form.Item>
        <Form.Item name="fee" label={t('aftersales.care.f.fee')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} suffix="元" /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="technicianId" label={t('aftersales.care.f.technician')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}><TechnicianPicker /></Form.Item>
          <Form.Item name="salespersonId" label={t('aftersales.care.f.salesperson')} style={{ flex: '1 1 200px' }}>
            <UserSelect initialOption={contract?.salespersonId ? { value: contract.salespersonId, label: contract.salespersonName } : null} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="commissionMode" label={t('aftersales.care.f.commissionMode')} style={{ flex: '1 1 200px' }}>
            <Select options={(['default', 'perVisit', 'feePercent'] as const).map((m) => ({ value: m, label: t(`aftersales.care.mode.${m}`) }))} />
          </Form.Item>
          {mode && mode !== 'default' ? (
            <Form.Item name="commissionValue" label={mode === 'perVisit' ? t('aftersales.care.f.perVisit') : t('aftersales.care.f.feePercent')} rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
              <InputNumber min={0} max={mode === 'feePercent' ? 100 : undefined} precision={mode === 'feePercent' ? 0 : 2} style={{ width: '100%' }} suffix={mode === 'feePercent' ? '%' : '元'} />
            </Form.Item>
          ) : null}
        </Flex>
        <Form.Item name="notes" label={t('aftersales.care.f.notes')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      </Form>
    </Drawer>
  );
}
