/** 罚款登记 (VEH-14 擅自交车他人, VEH-15 有碍车容): the admin specialist records; fines go to the HR-8 ledger. */
import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatYuan } from '../../../app/format';
import { applyServerErrors } from '../../../app/forms';
import { IPERM, incidentKeys, incidentsApi, type Fine } from './api';
import { useCarsAndDrivers } from './useCarsAndDrivers';

interface Values {
  kind: 'handover' | 'dirty';
  plate: string;
  driverId: string;
  occurredOn: Dayjs;
  approvedByAdminManager?: boolean;
  notes?: string;
}

function FineModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { allPlateOptions, driverOptions } = useCarsAndDrivers();
  const save = useMutation({
    mutationFn: (v: Values) => incidentsApi.recordFine({ ...v, occurredOn: v.occurredOn.format('YYYY-MM-DD'), approvedByAdminManager: v.kind === 'handover' ? !!v.approvedByAdminManager : undefined }),
    onSuccess: async (r, v) => {
      const what = r.fineFen > 0 ? t('vehicles.incidents.fines.recordedFine', { amount: (r.fineFen / 100).toFixed(2) })
        : v.kind === 'dirty' ? t('vehicles.incidents.fines.recordedWarning') : t('vehicles.incidents.fines.recordedApproved');
      message.success(t('vehicles.incidents.fines.recorded', { what }));
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
    <Modal open={open} title={t('vehicles.incidents.fines.record')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'dirty', occurredOn: dayjs() }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={t('vehicles.incidents.col.kind')} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'dirty', label: t('vehicles.incidents.fines.dirty') }, { value: 'handover', label: t('vehicles.incidents.fines.handover') }]} />
        </Form.Item>
        <Form.Item name="plate" label={t('vehicles.incidents.col.plate')} rules={[{ required: true, message: t('common.required') }]}>
          <Select showSearch options={allPlateOptions} data-testid="fine-plate" />
        </Form.Item>
        <Form.Item name="driverId" label={t('vehicles.incidents.col.driver')} rules={[{ required: true, message: t('common.required') }]}>
          <Select showSearch optionFilterProp="label" options={driverOptions} data-testid="fine-driver" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('vehicles.incidents.col.date')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        {kind === 'handover' ? (
          <Form.Item name="approvedByAdminManager" valuePropName="checked">
            <Checkbox>{t('vehicles.incidents.fines.approved')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item name="notes" label={t('vehicles.incidents.col.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function FinesPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: incidentKeys.fines({}), queryFn: () => incidentsApi.fines() });
  return (
    <>
      <PageHeader
        title={t('vehicles.incidents.fines.title')}
        description={t('vehicles.incidents.fines.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={incidentsApi.exportUrl('fines')}>{t('common.exportXlsx')}</Button>
            {hasPermission(IPERM.manage) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="fine-record">
                {t('vehicles.incidents.fines.record')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card variant="borderless">
        <Table<Fine>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="fines-table"
          columns={[
            { title: t('vehicles.incidents.col.date'), dataIndex: 'occurredOn', width: 100 },
            {
              title: t('vehicles.incidents.col.kind'), key: 'kind', width: 150,
              render: (_: unknown, f) => (f.kind === 'handover' ? t('vehicles.incidents.fines.handover') : (
                <>{t('vehicles.incidents.fines.dirty')} {f.warning ? <Tag color="gold">{t('vehicles.incidents.fines.warning')}</Tag> : null}</>
              )),
            },
            { title: t('vehicles.incidents.col.plate'), dataIndex: 'plate', width: 100 },
            { title: t('vehicles.incidents.col.driver'), dataIndex: 'driverName', width: 80 },
            { title: t('vehicles.incidents.col.fine'), dataIndex: 'fineFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('vehicles.incidents.col.notes'), dataIndex: 'notes', ellipsis: true, width: 240, render: (v: string, f) => (f.approved ? `${t('vehicles.incidents.fines.approved')} ${v}` : v) },
          ]}
        />
      </Card>
      <FineModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
