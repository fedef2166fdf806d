/**
 * 售后设置: the figures of the after-sales rules, each defaulting to the documents' value, and the
 * fee standard (收费标准, ASV-6) the clerk checks receipts against. Money in yuan (stored in fen).
 */
import { useEffect } from 'react';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { ASPERM, settingsApi, settingsKey, type AftersalesSettings } from '../api';

type NumberKey = Exclude<keyof AftersalesSettings, 'feeStandard'>;
const FIELDS: { key: NumberKey; unit: 'days' | 'percent' | 'jobs' | 'minutes'; rule: string }[] = [
  { key: 'cashDueDays', unit: 'days', rule: 'ASV-7' },
  { key: 'technicianLatePenaltyPercent', unit: 'percent', rule: 'ASV-7' },
  { key: 'clerkNoUrgePenaltyPercent', unit: 'percent', rule: 'ASV-7' },
  { key: 'engineerSharePercent', unit: 'percent', rule: 'ASV-12' },
  { key: 'partsReconcileDays', unit: 'days', rule: 'ASV-10' },
  { key: 'warrantyReminderDays', unit: 'days', rule: 'ASV-15' },
  { key: 'partLifeReminderDays', unit: 'days', rule: 'ASV-15' },
  { key: 'maxOpenJobsPerTechnician', unit: 'jobs', rule: 'ASV-3' },
  { key: 'dailyCheckMinutesBeforeEnd', unit: 'minutes', rule: 'ASV-9' },
];

interface FormValues extends Omit<AftersalesSettings, 'feeStandard'> {
  feeStandard: { code: string; name: string; fee: number }[];
}

export default function AftersalesSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(ASPERM.settings);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const q = useQuery({ queryKey: settingsKey, queryFn: settingsApi.get });
  useEffect(() => {
    if (q.data) form.setFieldsValue({ ...q.data.settings, feeStandard: q.data.settings.feeStandard.map((f) => ({ code: f.code, name: f.name, fee: f.feeFen / 100 })) });
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      settingsApi.save({ ...v, feeStandard: (v.feeStandard ?? []).map((f) => ({ code: f.code.trim(), name: f.name.trim(), feeFen: Math.round(Number(f.fee) * 100) })) }),
    onSuccess: (data) => {
      queryClient.setQueryData(settingsKey, data);
      message.success(t('common.saved'));
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  if (!q.data) return q.isError ? <Alert type="error" showIcon title={errorMessage(q.error)} /> : <Skeleton active />;
  const { defaults } = q.data;

  return (
    <>
      <PageHeader title={t('aftersales.settings.title')} description={t('aftersales.settings.description')} />
      {!canManage ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('aftersales.settings.readOnly')} /> : null}
      <Form form={form} name="aftersales-settings" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={!canManage}>
        <Flex vertical gap={12}>
          <Card variant="borderless" title={t('aftersales.settings.rules')}>
            <Row gutter={16}>
              {FIELDS.map((f) => (
                <Col xs={24} sm={12} lg={8} key={f.key}>
                  <Form.Item
                    name={f.key}
                    label={`${t(`aftersales.settings.field.${f.key}`)}（${f.rule}）`}
                    extra={t('aftersales.settings.default', { value: `${defaults[f.key]} ${t(`aftersales.settings.unit.${f.unit}`)}` })}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber min={f.unit === 'percent' || f.unit === 'minutes' ? 0 : 1} max={f.unit === 'percent' ? 100 : f.unit === 'minutes' ? 240 : 366} precision={0} suffix={t(`aftersales.settings.unit.${f.unit}`)} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <Card variant="borderless" title={t('aftersales.settings.feeStandard')} extra={<Typography.Text type="secondary">ASV-6</Typography.Text>}>
            <Typography.Paragraph type="secondary">{t('aftersales.settings.feeHint')}</Typography.Paragraph>
            <Form.List name="feeStandard">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} wrap align="flex-start">
                      <Form.Item name={[f.name, 'code']} noStyle rules={[{ required: true, pattern: /^[a-z0-9_-]{1,40}$/, message: t('aftersales.settings.codeInvalid') }]}>
                        <Input placeholder={t('aftersales.settings.code')} style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                        <Input placeholder={t('aftersales.settings.itemName')} style={{ flex: '1 1 160px', width: 'auto' }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'fee']} noStyle rules={[{ required: true, message: t('common.required') }]}>
                        <InputNumber min={0} precision={2} suffix={t('aftersales.settings.unit.yuan')} style={{ width: 150 }} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', fee: 0 })}>
                    {t('aftersales.settings.addItem')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
          {canManage ? (
            <Flex justify="flex-end">
              <Button type="primary" icon={<SaveOutlined />} htmlType="submit" loading={save.isPending} data-testid="aftersales-settings-save">
                {t('common.save')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Form>
    </>
  );
}
