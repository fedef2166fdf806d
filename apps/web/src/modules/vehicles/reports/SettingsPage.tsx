/**
 * 车辆管理设置: the amounts and thresholds of the vehicle rules, each defaulting to the documents'
 * value. Money is entered in yuan (stored in fen), shares in percent. The working hours are the
 * company's (company.workingHours): read-only here except for holders of calendar:manage.
 */
import { useEffect } from 'react';
import { Alert, App, Button, Card, Col, Flex, Form, InputNumber, Row, Select, Skeleton, Switch, Typography } from 'antd';
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { formatYuan } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { reportKeys, reportsApi, RPERM } from './api';
import { FEN_UNITS, GROUPS, read, toBody, toForm, type Field, type FormValues, type Unit } from './settings.form';
import { WorkingHoursCard } from './WorkingHoursCard';

export default function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(RPERM.manage);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const q = useQuery({ queryKey: reportKeys.settings, queryFn: reportsApi.settings });
  useEffect(() => {
    if (q.data) form.setFieldsValue(toForm(q.data.settings));
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: FormValues) => reportsApi.saveSettings(toBody(v)),
    onSuccess: async (data) => {
      queryClient.setQueryData(reportKeys.settings, data);
      await queryClient.invalidateQueries({ queryKey: ['vehicles'] });
      message.success(t('vehicles.settings.saved'));
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  if (!q.data) return q.isError ? <Alert type="error" showIcon title={errorMessage(q.error)} /> : <Skeleton active />;
  const { defaults, workingHours } = q.data;

  const unitOf = (u: Unit) => t(`vehicles.settings.unit.${u}`);
  const input = (f: Field) => {
    const fen = FEN_UNITS.includes(f.unit);
    const max = f.unit === 'percent' ? 100 : f.unit === 'degrees' ? 180 : undefined;
    const def = read(defaults, f.key);
    return (
      <Col xs={24} sm={12} lg={8} key={f.key}>
        <Form.Item
          name={f.key}
          label={t(`vehicles.settings.field.${f.key}`)}
          extra={t('vehicles.settings.default', { value: fen ? formatYuan(def) : `${def} ${unitOf(f.unit)}` })}
          rules={[{ required: true, message: t('vehicles.settings.required') }]}
        >
          <InputNumber
            min={f.unit === 'km' || f.unit === 'minutes' ? 0.1 : 0}
            max={max}
            precision={fen ? 2 : f.unit === 'km' || f.unit === 'degrees' ? 1 : 0}
            suffix={unitOf(f.unit)}
            disabled={!canManage}
            style={{ width: '100%' }}
            data-testid={`setting-${f.key}`}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <>
      <PageHeader title={t('vehicles.settings.title')} description={t('vehicles.settings.description')} />
      {!canManage ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('vehicles.settings.readOnly')} /> : null}
      <div style={{ marginBottom: 12 }}>
        <WorkingHoursCard hours={workingHours} />
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={!canManage}>
        <Flex vertical gap={12}>
          {GROUPS.map((g) => (
            <Card key={g.key} variant="borderless" title={t(`vehicles.settings.group.${g.key}`)} extra={<Typography.Text type="secondary">{g.rule}</Typography.Text>}>
              <Row gutter={16}>
                {g.fields.map(input)}
                {g.key === 'private' ? (
                  <Col xs={24} sm={12} lg={8}>
                    <Form.Item name="motorcycleTripsEarnPerUseSubsidy" label={t('vehicles.settings.field.motorcycleTripsEarnPerUseSubsidy')} valuePropName="checked" extra={t('vehicles.settings.default', { value: defaults.motorcycleTripsEarnPerUseSubsidy ? t('vehicles.settings.yes') : t('vehicles.settings.no') })}>
                      <Switch />
                    </Form.Item>
                  </Col>
                ) : null}
                {g.key === 'monitoring' ? (
                  <Col xs={24} sm={12} lg={8}>
                    <Form.Item
                      name="expiryReminderDays"
                      label={t('vehicles.settings.field.expiryReminderDays')}
                      extra={t('vehicles.settings.default', { value: defaults.expiryReminderDays.join('、') })}
                      rules={[{ required: true, type: 'array', min: 1, message: t('vehicles.settings.required') }]}
                      normalize={(vals: (string | number)[]) => vals.map(Number).filter((n) => Number.isInteger(n) && n > 0 && n <= 366)}
                    >
                      <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} suffixIcon={unitOf('days')} data-testid="setting-expiryReminderDays" open={false} />
                    </Form.Item>
                  </Col>
                ) : null}
              </Row>
            </Card>
          ))}
          {canManage ? (
            <Flex gap={8} justify="flex-end" wrap>
              <Button icon={<UndoOutlined />} onClick={() => form.setFieldsValue(toForm(defaults))} data-testid="settings-defaults">
                {t('vehicles.settings.restoreDefaults')}
              </Button>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="settings-save">
                {t('common.save')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Form>
    </>
  );
}
