/**
 * 维修提成标准 (ASV-12): per job type a fixed amount plus a % of the fee collected, '*' for any
 * other type, and the clerk's amount per job. Editing needs aftersales:settings.
 */
import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, InputNumber, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { settingsApi, settingsKey } from '../api';
import { monthendApi, type CommissionTable } from './api';

interface FormValues { rates: { jobType: string; fixed: number; feePercent: number }[]; clerkPerJob: number }

export function CommissionTableCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const table = useQuery({ queryKey: ['aftersales', 'monthend', 'commissionTable'], queryFn: () => monthendApi.commissionTable() });
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => settingsApi.get() });
  const types = [...(settings.data?.settings.feeStandard ?? []).map((f) => ({ value: f.code, label: f.name })), { value: '*', label: t('aftersales.monthend.otherTypes') }];
  useEffect(() => {
    if (table.data) form.setFieldsValue({ rates: table.data.rates.map((r) => ({ jobType: r.jobType, fixed: r.fixedFen / 100, feePercent: r.feePercent })), clerkPerJob: table.data.clerkPerJobFen / 100 });
  }, [table.data, form]);
  const save = useMutation({
    mutationFn: (v: FormValues) => monthendApi.saveCommissionTable({ rates: v.rates.map((r) => ({ jobType: r.jobType, fixedFen: Math.round(r.fixed * 100), feePercent: r.feePercent })), clerkPerJobFen: Math.round(v.clerkPerJob * 100) } satisfies CommissionTable),
    onSuccess: () => {
      message.success(t('aftersales.monthend.saved'));
      void qc.invalidateQueries({ queryKey: ['aftersales', 'monthend'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Card title={t('aftersales.monthend.tab.table')}>
      <Form form={form} disabled={!canEdit} onFinish={(v) => save.mutate(v)}>
        <Form.List name="rates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} wrap>
                  <Form.Item name={[f.name, 'jobType']} rules={[{ required: true }]}><Select options={types} style={{ width: 180 }} /></Form.Item>
                  <Form.Item name={[f.name, 'fixed']} label={t('aftersales.monthend.fixed')} rules={[{ required: true }]}><InputNumber min={0} precision={2} /></Form.Item>
                  <Form.Item name={[f.name, 'feePercent']} label={t('aftersales.monthend.feePercent')} rules={[{ required: true }]}><InputNumber min={0} max={100} precision={0} suffix="%" /></Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('aftersales.monthend.remove')} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ jobType: '', fixed: 0, feePercent: 0 })} style={{ marginBottom: 16 }}>{t('aftersales.monthend.addRate')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="clerkPerJob" label={t('aftersales.monthend.clerkPerJob')} rules={[{ required: true }]}><InputNumber min={0} precision={2} /></Form.Item>
        {canEdit && <Button type="primary" htmlType="submit" loading={save.isPending}>{t('aftersales.monthend.save')}</Button>}
      </Form>
    </Card>
  );
}
