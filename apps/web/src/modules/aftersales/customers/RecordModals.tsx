/** Modals to add or edit a customer's site, equipment (with parts) and contract. */
import { useEffect } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../app/forms';
import { aftersalesKeys, CONTRACT_TYPES, customersApi, type Contract, type ContractType, type Equipment, type Site } from '../api';

export type RecordDialog =
  | { kind: 'site'; site?: Site }
  | { kind: 'equipment'; equipment?: Equipment }
  | { kind: 'contract'; contract?: Contract };

const ymd = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
const day = (v: string | null) => (v ? dayjs(v) : null);

function useSave<V>(customerId: string, onClose: () => void, form: ReturnType<typeof Form.useForm<V>>[0], fn: (v: V) => Promise<unknown>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: aftersalesKeys.customer(customerId) });
      await queryClient.invalidateQueries({ queryKey: ['aftersales', 'customers'] });
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });
}

const required = (t: (k: string) => string) => [{ required: true, whitespace: true, message: t('common.required') }];

export function SiteModal({ customerId, site, open, onClose }: { customerId: string; site?: Site; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Omit<Site, 'id'>>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (site) form.setFieldsValue(site);
  }, [open, site, form]);
  const save = useSave(customerId, onClose, form, (v: Omit<Site, 'id'>) => (site ? customersApi.updateSite(site.id, v) : customersApi.addSite(customerId, v)));
  return (
    <Modal open={open} title={t(site ? 'aftersales.detail.editSite' : 'aftersales.detail.addSite')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} forceRender>
      <Form form={form} name="aftersales-site" layout="vertical" onFinish={(v) => save.mutate({ ...v, address: v.address ?? '', contact: v.contact ?? '', phone: v.phone ?? '', notes: v.notes ?? '' })}>
        <Form.Item name="name" label={t('aftersales.site.name')} rules={required(t)}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('aftersales.site.address')}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="contact" label={t('aftersales.site.contact')} style={{ flex: '1 1 160px' }}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('aftersales.site.phone')} style={{ flex: '1 1 160px' }}>
            <Input inputMode="tel" />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('aftersales.site.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EquipmentValues {
  siteId?: string | null;
  name: string;
  model?: string;
  serial?: string;
  installedOn?: Dayjs | null;
  warrantyMonths?: number | null;
  notes?: string;
  parts?: { name: string; serviceLifeMonths?: number | null; installedOn?: Dayjs | null }[];
}

export function EquipmentModal({ customerId, sites, equipment, open, onClose }: { customerId: string; sites: Site[]; equipment?: Equipment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EquipmentValues>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (equipment) {
      form.setFieldsValue({
        ...equipment, serial: equipment.serial ?? '', installedOn: day(equipment.installedOn),
        parts: equipment.parts.map((p) => ({ name: p.name, serviceLifeMonths: p.serviceLifeMonths, installedOn: day(p.installedOn) })),
      });
    } else form.setFieldsValue({ warrantyMonths: 12, parts: [] });
  }, [open, equipment, form]);
  const save = useSave(customerId, onClose, form, (v: EquipmentValues) => {
    const body = {
      siteId: v.siteId ?? null, name: v.name.trim(), model: v.model?.trim() ?? '', serial: v.serial?.trim() || null, installedOn: ymd(v.installedOn),
      warrantyMonths: v.warrantyMonths ?? null, notes: v.notes?.trim() ?? '',
      parts: (v.parts ?? []).map((p) => ({ name: p.name.trim(), serviceLifeMonths: p.serviceLifeMonths ?? null, installedOn: ymd(p.installedOn) })),
    };
    return equipment ? customersApi.updateEquipment(equipment.id, body) : customersApi.addEquipment(customerId, body);
  });
  const half = { flex: '1 1 180px' };
  return (
    <Modal open={open} width={640} title={t(equipment ? 'aftersales.detail.editEquipment' : 'aftersales.detail.addEquipment')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} forceRender>
      <Form form={form} name="aftersales-equipment" layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="equipment-form">
        <Flex gap={12} wrap>
          <Form.Item name="name" label={t('aftersales.equipment.name')} rules={required(t)} style={half}>
            <Input placeholder="中央空调" />
          </Form.Item>
          <Form.Item name="model" label={t('aftersales.equipment.model')} style={half}>
            <Input />
          </Form.Item>
          <Form.Item name="serial" label={t('aftersales.equipment.serial')} style={half}>
            <Input />
          </Form.Item>
          <Form.Item name="siteId" label={t('aftersales.equipment.site')} style={half}>
            <Select allowClear options={sites.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="installedOn" label={t('aftersales.equipment.installedOn')} style={half}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="warrantyMonths" label={t('aftersales.equipment.warrantyMonths')} style={half}>
            <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('aftersales.equipment.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('aftersales.detail.parts')}>
          <Form.List name="parts">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap align="flex-start">
                    <Form.Item name={[f.name, 'name']} noStyle rules={required(t)}>
                      <Input placeholder={t('aftersales.equipment.partName')} style={{ flex: '1 1 140px', width: 'auto' }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'serviceLifeMonths']} noStyle>
                      <InputNumber min={1} max={600} precision={0} placeholder={t('aftersales.equipment.partLifeMonths')} style={{ width: 150 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'installedOn']} noStyle>
                      <DatePicker placeholder={t('aftersales.equipment.partInstalledOn')} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  {t('aftersales.equipment.addPart')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ContractValues {
  number: string;
  type: ContractType;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  amount?: number | null;
  notes?: string;
}

export function ContractModal({ customerId, contract, open, onClose }: { customerId: string; contract?: Contract; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContractValues>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (contract) form.setFieldsValue({ ...contract, startOn: dayjs(contract.startOn), endOn: day(contract.endOn), amount: contract.amountFen / 100 });
    else form.setFieldsValue({ type: 'maintenance', amount: 0 });
  }, [open, contract, form]);
  const save = useSave(customerId, onClose, form, (v: ContractValues) => {
    const body = { number: v.number.trim(), type: v.type, startOn: v.startOn.format('YYYY-MM-DD'), endOn: ymd(v.endOn), amountFen: Math.round((v.amount ?? 0) * 100), notes: v.notes?.trim() ?? '' };
    return contract ? customersApi.updateContract(contract.id, body) : customersApi.addContract(customerId, body);
  });
  const half = { flex: '1 1 180px' };
  return (
    <Modal open={open} title={t(contract ? 'aftersales.detail.editContract' : 'aftersales.detail.addContract')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} forceRender>
      <Form form={form} name="aftersales-contract" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Flex gap={12} wrap>
          <Form.Item name="number" label={t('aftersales.contract.number')} rules={required(t)} style={half}>
            <Input />
          </Form.Item>
          <Form.Item name="type" label={t('aftersales.contract.type')} style={half}>
            <Select options={CONTRACT_TYPES.map((k) => ({ value: k, label: t(`aftersales.contract.types.${k}`) }))} />
          </Form.Item>
          <Form.Item name="startOn" label={t('aftersales.contract.startOn')} rules={[{ required: true, message: t('common.required') }]} style={half}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="endOn" label={t('aftersales.contract.endOn')} style={half}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="amount" label={t('aftersales.contract.amount')} style={half}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="notes" label={t('aftersales.contract.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
