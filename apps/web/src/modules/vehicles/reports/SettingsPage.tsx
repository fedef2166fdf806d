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
import { reportKeys, reportsApi, RPERM, type SettingsBody, type VehicleSettings } from './api';
import { WorkingHoursCard } from './WorkingHoursCard';

type Unit = 'yuan' | 'percent' | 'km' | 'times' | 'days' | 'minutes' | 'degrees' | 'yuanPerKm';
type NumberKey = Exclude<keyof VehicleSettings, 'motorcycleTripsEarnPerUseSubsidy' | 'workdayStart' | 'workdayEnd' | 'accidentDriverPercent' | 'expiryReminderDays'>;

interface Field {
  key: NumberKey | `accident.${keyof VehicleSettings['accidentDriverPercent']}`;
  unit: Unit;
}

const FEN_UNITS: Unit[] = ['yuan', 'yuanPerKm'];

const GROUPS: { key: string; rule: string; fields: Field[] }[] = [
  { key: 'private', rule: 'VEH-9', fields: [
    { key: 'urbanRadiusKm', unit: 'km' }, { key: 'urbanTripSubsidyFen', unit: 'yuan' }, { key: 'suburbTripSubsidyFen', unit: 'yuan' },
    { key: 'suburbMaxKm', unit: 'km' }, { key: 'motorcycleMonthlyAllowanceFen', unit: 'yuan' },
  ] },
  { key: 'borrow', rule: 'VEH-10', fields: [{ key: 'privateBorrowFuelFenPerKm', unit: 'yuanPerKm' }] },
  { key: 'fines', rule: 'VEH-14 · VEH-15 · VEH-16', fields: [
    { key: 'handoverFineFen', unit: 'yuan' }, { key: 'dirtyCarFineFen', unit: 'yuan' }, { key: 'dirtyCarWarningsBeforeFine', unit: 'times' },
    { key: 'repairGmThresholdFen', unit: 'yuan' },
  ] },
  { key: 'shares', rule: 'VEH-17 · VEH-19', fields: [
    { key: 'violationDriverPercentDriverFault', unit: 'percent' }, { key: 'violationDriverPercentVehicleCause', unit: 'percent' },
    { key: 'accident.minor', unit: 'percent' }, { key: 'accident.equal', unit: 'percent' }, { key: 'accident.major', unit: 'percent' },
    { key: 'accident.unauthorized', unit: 'percent' },
  ] },
  { key: 'monitoring', rule: 'VEH-1 · VEH-5', fields: [{ key: 'fuelAnomalyTolerancePercent', unit: 'percent' }] },
  { key: 'dispatch', rule: 'VEH-7', fields: [
    { key: 'longTripKm', unit: 'km' }, { key: 'carpoolWindowMinutes', unit: 'minutes' }, { key: 'carpoolMaxBearingDiffDeg', unit: 'degrees' },
  ] },
];

type FormValues = Record<string, number | boolean | number[] | undefined>;

function read(s: VehicleSettings, key: Field['key']): number {
  return key.startsWith('accident.') ? s.accidentDriverPercent[key.slice(9) as keyof VehicleSettings['accidentDriverPercent']] : (s[key as NumberKey] as number);
}

/** Settings → form values (fen shown as yuan). */
function toForm(s: VehicleSettings): FormValues {
  const v: FormValues = { motorcycleTripsEarnPerUseSubsidy: s.motorcycleTripsEarnPerUseSubsidy, expiryReminderDays: s.expiryReminderDays };
  for (const g of GROUPS) for (const f of g.fields) v[f.key] = FEN_UNITS.includes(f.unit) ? read(s, f.key) / 100 : read(s, f.key);
  return v;
}

/** Form values → request body (yuan back to whole fen). */
function toBody(v: FormValues): SettingsBody {
  const body: Record<string, unknown> = { motorcycleTripsEarnPerUseSubsidy: v.motorcycleTripsEarnPerUseSubsidy, expiryReminderDays: [...new Set((v.expiryReminderDays as number[]).map(Number))].sort((a, b) => b - a) };
  const accident: Record<string, number> = {};
  for (const g of GROUPS) {
    for (const f of g.fields) {
      const raw = Number(v[f.key]);
      const value = FEN_UNITS.includes(f.unit) ? Math.round(raw * 100) : raw;
      if (f.key.startsWith('accident.')) accident[f.key.slice(9)] = value;
      else body[f.key] = value;
    }
  }
  body.accidentDriverPercent = accident;
  return body as SettingsBody;
}

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
