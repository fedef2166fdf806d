/**
 * 维保与销售提成设置 (ASV-12/13): days ahead to make a visit's 派工单, the default maintenance
 * commission, and the sales commission % per category. Shown to all who open the commission page;
 * editing needs aftersales:settings.
 */
import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../../app/api';
import { careKeys, type CareSettings } from './api';
import { useCareSettings } from './pickers';

interface Values { visitLeadDays: number; maintenanceMode: 'perVisit' | 'feePercent'; perVisit: number; maintenanceFeePercent: number; salesCategories: { code: string; name: string; percent: number }[] }

export function CareSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const s = useCareSettings();
  useEffect(() => {
    const v = s.data?.settings;
    if (v) form.setFieldsValue({ visitLeadDays: v.visitLeadDays, maintenanceMode: v.maintenanceMode, perVisit: v.maintenancePerVisitFen / 100, maintenanceFeePercent: v.maintenanceFeePercent, salesCategories: v.salesCategories });
  }, [s.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => api.put<{ settings: CareSettings }>('/api/aftersales/care/settings', {
      visitLeadDays: v.visitLeadDays, maintenanceMode: v.maintenanceMode, maintenancePerVisitFen: Math.round(v.perVisit * 100), maintenanceFeePercent: v.maintenanceFeePercent,
      salesCategories: v.salesCategories.map((c) => ({ code: c.code.trim(), name: c.name.trim(), percent: c.percent })),
    }),
    onSuccess: () => {
      message.success(t('aftersales.care.saved'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Card title={t('aftersales.care.settings.title')} style={{ marginTop: 16 }} className="no-print">
      <Form form={form} disabled={!canEdit} onFinish={(v) => save.mutate(v)} layout="vertical">
        <Flex gap={12} wrap>
          <Form.Item name="visitLeadDays" label={t('aftersales.care.settings.visitLeadDays')} rules={[{ required: true }]}><InputNumber min={0} max={60} precision={0} suffix={t('aftersales.care.settings.days')} /></Form.Item>
          <Form.Item name="maintenanceMode" label={t('aftersales.care.settings.maintenanceMode')} style={{ minWidth: 220 }}>
            <Select options={(['perVisit', 'feePercent'] as const).map((m) => ({ value: m, label: t(`aftersales.care.mode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="perVisit" label={t('aftersales.care.f.perVisit')} rules={[{ required: true }]}><InputNumber min={0} precision={2} suffix="元" /></Form.Item>
          <Form.Item name="maintenanceFeePercent" label={t('aftersales.care.f.feePercent')} rules={[{ required: true }]}><InputNumber min={0} max={100} precision={0} suffix="%" /></Form.Item>
        </Flex>
        <Form.List name="salesCategories">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} wrap>
                  <Form.Item name={[f.name, 'code']} rules={[{ required: true, pattern: /^[a-z0-9_-]{1,40}$/ }]}><Input placeholder={t('aftersales.care.settings.code')} style={{ width: 180 }} /></Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]}><Input placeholder={t('aftersales.care.f.category')} style={{ width: 160 }} /></Form.Item>
                  <Form.Item name={[f.name, 'percent']} rules={[{ required: true }]}><InputNumber min={0} max={100} precision={2} suffix="%" /></Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('aftersales.care.settings.remove')} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', percent: 0 })} style={{ marginBottom: 16 }}>{t('aftersales.care.settings.addCategory')}</Button>
            </>
          )}
        </Form.List>
        {canEdit ? <Button type="primary" htmlType="submit" loading={save.isPending}>{t('common.save')}</Button> : null}
      </Form>
    </Card>
  );
}
