/**
 * 日检与洗车 (VEH-15), usable at phone width: today's board (each car checked or not, last wash),
 * the driver's daily check before leaving work (problems may start a repair) and washing records.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Drawer, Flex, Form, Input, InputNumber, List, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { applyServerErrors } from '../../../app/forms';
import { errorMessage } from '../../../app/api';
import { useIsMobile } from '../../../app/useIsMobile';
import { daysUntil } from '../api';
import { CHECK_ITEMS, IPERM, incidentKeys, incidentsApi, type CheckItem, type ChecksBoard } from './api';

interface CheckValues {
  ok: CheckItem[];
  problems?: string;
  startRepair?: boolean;
  estimateYuan?: number;
}

function CheckDrawer({ plate, onClose }: { plate: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mobile = useIsMobile();
  const [form] = Form.useForm<CheckValues>();
  const startRepair = Form.useWatch('startRepair', form);
  const save = useMutation({
    mutationFn: (v: CheckValues) =>
      incidentsApi.recordCheck({
        plate: plate!,
        items: Object.fromEntries(CHECK_ITEMS.map((k) => [k, v.ok.includes(k)])) as Record<CheckItem, boolean>,
        problems: v.problems,
        repairEstimateFen: v.startRepair && v.estimateYuan !== undefined ? Math.round(v.estimateYuan * 100) : undefined,
      }),
    onSuccess: async (r) => {
      message.success(r.repairInstanceId ? t('vehicles.incidents.checks.savedRepair') : t('vehicles.incidents.checks.saved'));
      await queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });
  return (
    <Drawer open={!!plate} title={`${t('vehicles.incidents.checks.doCheck')} · ${plate ?? ''}`} onClose={onClose} size={mobile ? '100%' : 420} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="check-save">{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" initialValues={{ ok: [...CHECK_ITEMS] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="ok">
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={CHECK_ITEMS.map((k) => ({ value: k, label: t(`vehicles.incidents.checks.item.${k}`) }))} />
        </Form.Item>
        <Form.Item name="problems" label={t('vehicles.incidents.checks.problems')} extra={t('vehicles.incidents.checks.problemsHint')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="check-problems" />
        </Form.Item>
        <Form.Item name="startRepair" label={t('vehicles.incidents.checks.startRepair')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {startRepair ? (
          <Form.Item name="estimateYuan" label={t('vehicles.incidents.checks.estimate')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}

function CarRow({ car, today, canCheck, onCheck }: { car: ChecksBoard['cars'][number]; today: string; canCheck: boolean; onCheck: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const wash = useMutation({
    mutationFn: () => incidentsApi.recordWash({ plate: car.plate }),
    onSuccess: async () => {
      message.success(t('vehicles.incidents.checks.washed'));
      await queryClient.invalidateQueries({ queryKey: incidentKeys.all });
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const since = car.lastWash ? -(daysUntil(car.lastWash, today) ?? 0) : null;
  return (
    <List.Item
      actions={canCheck ? [
        <Button key="c" size="small" type={car.checkedToday ? 'default' : 'primary'} disabled={car.checkedToday} onClick={onCheck} data-testid="check-open">{t('vehicles.incidents.checks.doCheck')}</Button>,
        <Button key="w" size="small" loading={wash.isPending} onClick={() => wash.mutate()}>{t('vehicles.incidents.checks.doWash')}</Button>,
      ] : []}
    >
      <List.Item.Meta
        title={<Link to={`/vehicles/files/${car.id}`}>{car.plate}</Link>}
        description={
          <Flex gap={4} wrap>
            {car.checkedToday ? (
              <Tag color={car.okToday ? 'green' : 'orange'}>{car.okToday ? t('vehicles.incidents.checks.checked') : t('vehicles.incidents.checks.problem')}</Tag>
            ) : (
              <Tag color="red">{t('vehicles.incidents.checks.notChecked')}</Tag>
            )}
            <Tag color={since === null || since >= 7 ? 'volcano' : undefined}>
              {t('vehicles.incidents.checks.lastWash')}：{car.lastWash ?? t('vehicles.incidents.checks.neverWashed')}
              {since !== null && since >= 7 ? ` · ${t('vehicles.incidents.checks.washOverdue', { days: since })}` : ''}
            </Tag>
          </Flex>
        }
      />
    </List.Item>
  );
}

export default function ChecksPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canCheck = hasPermission(IPERM.checks);
  const [checking, setChecking] = useState<string | null>(null);
  const board = useQuery({ queryKey: incidentKeys.checks, queryFn: incidentsApi.checks });
  const b = board.data;
  return (
    <>
      <PageHeader
        title={t('vehicles.incidents.checks.title')}
        description={t('vehicles.incidents.checks.description')}
        extra={<Button icon={<DownloadOutlined />} href={incidentsApi.exportUrl('checks')}>{t('common.exportXlsx')}</Button>}
      />
      <Card variant="borderless" title={t('vehicles.incidents.checks.today', { date: b?.today ?? '' })} style={{ marginBottom: 12 }}>
        <List loading={board.isPending} dataSource={b?.cars ?? []} data-testid="checks-board"
          renderItem={(car) => <CarRow car={car} today={b!.today} canCheck={canCheck} onCheck={() => setChecking(car.plate)} />} />
      </Card>
      <Card variant="borderless" title={t('vehicles.incidents.checks.history')} style={{ marginBottom: 12 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={b?.checks ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('vehicles.incidents.col.date'), dataIndex: 'date', width: 100 },
            { title: t('vehicles.incidents.col.plate'), dataIndex: 'plate', width: 100 },
            { title: t('vehicles.incidents.col.driver'), dataIndex: 'driverName', width: 70 },
            {
              title: t('vehicles.incidents.checks.problems'), key: 'problems', width: 240,
              render: (_: unknown, c: ChecksBoard['checks'][number]) => (c.ok ? <Typography.Text type="success">{t('vehicles.incidents.checks.allOk')}</Typography.Text> : (
                <>
                  {c.problems}
                  {c.repairInstanceId ? <> · <Link to={`/instances/${c.repairInstanceId}`}>{t('vehicles.incidents.nav.repairs')}</Link></> : null}
                </>
              )),
            },
          ]}
        />
      </Card>
      <Card variant="borderless" title={t('vehicles.incidents.checks.washes')}>
        <Table
          rowKey="id"
          size="small"
          dataSource={b?.washes ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('vehicles.incidents.col.date'), dataIndex: 'date', width: 100 },
            { title: t('vehicles.incidents.col.plate'), dataIndex: 'plate', width: 100 },
            { title: t('vehicles.incidents.col.driver'), dataIndex: 'driverName', width: 70 },
            { title: t('vehicles.incidents.col.notes'), dataIndex: 'notes', width: 160 },
          ]}
        />
      </Card>
      <CheckDrawer plate={checking} onClose={() => setChecking(null)} />
    </>
  );
}
