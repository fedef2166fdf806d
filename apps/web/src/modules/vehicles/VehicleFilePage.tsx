import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Form, Input, Modal, Select, Table, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime, formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { VPERM, vehicleKeys, vehiclesApi, type KeyLog } from './api';
import { ExpiryDate, STATUS_COLORS } from './ExpiryDate';

const MANUAL_KINDS = ['note', 'insurance', 'fuel_card', 'inspection', 'city_pass', 'repair'] as const;

function AddEntryModal({ vehicleId, open, onClose }: { vehicleId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ kind: string; text: string }>();
  const add = useMutation({
    mutationFn: (v: { kind: string; text: string }) => vehiclesApi.addFileEntry(vehicleId, { kind: v.kind, text: v.text.trim() }),
    onSuccess: async () => {
      message.success(t('vehicles.file.added'));
      await queryClient.invalidateQueries({ queryKey: vehicleKeys.one(vehicleId) });
      form.resetFields();
      onClose();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal open={open} title={t('vehicles.file.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={add.isPending} forceRender>
      <Form form={form} layout="vertical" initialValues={{ kind: 'note' }} onFinish={(v) => add.mutate(v)}>
        <Form.Item name="kind" label={t('vehicles.file.kind')}>
          <Select options={MANUAL_KINDS.map((k) => ({ value: k, label: t(`vehicles.file.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('vehicles.file.text')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 2000, message: t('common.maxLength', { max: 2000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function VehicleFilePage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(VPERM.manage);
  const { id } = useParams();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: vehicleKeys.list({}), queryFn: () => vehiclesApi.list({}) });
  const detail = useQuery({ queryKey: vehicleKeys.one(id ?? ''), queryFn: () => vehiclesApi.get(id!), enabled: !!id });
  const v = detail.data;
  const kindLabel = (k: string) => (t(`vehicles.file.kinds.${k}`, { defaultValue: k }) as string);

  return (
    <>
      <PageHeader
        title={v ? `${t('vehicles.nav.files')} · ${v.plate}` : t('vehicles.nav.files')}
        extra={
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('vehicles.file.pick')}
            value={id}
            onChange={(next: string) => navigate(`/vehicles/files/${next}`)}
            options={(list.data ?? []).map((c) => ({ value: c.id, label: `${c.plate} ${c.model}` }))}
            style={{ width: 260 }}
            data-testid="vehicle-file-pick"
          />
        }
      />
      {!id ? (
        <Card variant="borderless">
          <Empty description={t('vehicles.file.pickHint')} />
        </Card>
      ) : detail.isError ? (
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      ) : !v ? (
        <PageSpin />
      ) : (
        <Flex vertical gap={16}>
          <Card variant="borderless" title={t('vehicles.file.info')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="vehicle-file-info">
              <Descriptions.Item label={t('vehicles.field.plate')}>{v.plate}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.model')}>{v.model}</Descriptions.Item>
              <Descriptions.Item label={t('common.status')}>
                <Tag color={STATUS_COLORS[v.status]}>{t(`vehicles.status.${v.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.seats')}>{v.seats ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.loadKg')}>{v.loadKg ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.purchaseDate')}>{v.purchaseDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.insurer')}>{v.insurer ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.policyNo')}>{v.policyNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.insuranceExpiry')}>
                <ExpiryDate date={v.insuranceExpiry} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.inspectionDue')}>
                <ExpiryDate date={v.inspectionDue} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.cityPassExpiry')}>
                <ExpiryDate date={v.cityPassExpiry} />
              </Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.fuelCardNo')}>{v.fuelCardNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.fuelCardBalance')}>{formatYuan(v.fuelCardBalanceFen)}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.usualDriver')}>{v.usualDriverName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.drivers')}>{v.drivers.length ? v.drivers.map((d) => <Tag key={d.id}>{d.name}</Tag>) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('vehicles.field.notes')}>{v.notes || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            variant="borderless"
            title={t('vehicles.file.history')}
            extra={
              canManage ? (
                <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="vehicle-file-add">
                  {t('vehicles.file.add')}
                </Button>
              ) : null
            }
          >
            {v.file.length === 0 ? (
              <Empty description={t('vehicles.file.empty')} />
            ) : (
              <Timeline
                data-testid="vehicle-file-history"
                items={v.file.map((e) => ({
                  key: e.id,
                  content: (
                    <Flex vertical gap={2}>
                      <Typography.Text type="secondary">
                        {formatDateTime(e.at)} · <Tag>{kindLabel(e.kind)}</Tag>
                        {e.createdByName ?? ''}
                      </Typography.Text>
                      <span>{e.text}</span>
                    </Flex>
                  ),
                }))}
              />
            )}
          </Card>
          <Card variant="borderless" title={t('vehicles.file.keyHistory')}>
            <Table<KeyLog>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={v.keyLogs}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('vehicles.keys.holder'), dataIndex: 'holderName', width: 100 },
                { title: t('vehicles.keys.handedOutAt'), dataIndex: 'handedOutAt', width: 150, render: (x: string) => formatDateTime(x) },
                { title: t('vehicles.keys.handedOutBy'), dataIndex: 'handedOutByName', width: 100, render: (x: string | null) => x ?? '—' },
                { title: t('vehicles.keys.returnedAt'), dataIndex: 'returnedAt', width: 150, render: (x: string | null) => formatDateTime(x) },
                { title: t('vehicles.keys.receivedBy'), dataIndex: 'receivedByName', width: 100, render: (x: string | null) => x ?? '—' },
              ]}
            />
          </Card>
          <AddEntryModal vehicleId={v.id} open={adding} onClose={() => setAdding(false)} />
        </Flex>
      )}
    </>
  );
}
