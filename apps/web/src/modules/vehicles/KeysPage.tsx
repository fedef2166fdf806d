import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { KeyOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { VPERM, vehicleKeys, vehiclesApi, type KeyBoardRow } from './api';
import { STATUS_COLORS } from './ExpiryDate';

function HandOutModal({ row, onClose }: { row: KeyBoardRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [holderId, setHolderId] = useState<string | undefined>();
  const handOut = useMutation({
    mutationFn: () => vehiclesApi.handOut(row!.vehicleId, holderId!),
    onSuccess: async () => {
      message.success(t('vehicles.keys.handedOut', { name: row?.drivers.find((d) => d.id === holderId)?.name ?? '' }));
      await queryClient.invalidateQueries({ queryKey: vehicleKeys.all });
      setHolderId(undefined);
      onClose();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal
      open={!!row}
      title={row ? t('vehicles.keys.handOutTitle', { plate: row.plate }) : ''}
      onCancel={() => {
        setHolderId(undefined);
        onClose();
      }}
      onOk={() => handOut.mutate()}
      okButtonProps={{ disabled: !holderId, 'data-testid': 'key-handout-ok' } as never}
      confirmLoading={handOut.isPending}
    >
      {row && row.drivers.length === 0 ? (
        <Alert type="warning" showIcon title={t('vehicles.keys.noDrivers')} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('vehicles.keys.pickDriver')} extra={t('vehicles.keys.handOutHint')}>
            <Select value={holderId} onChange={setHolderId} options={(row?.drivers ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.username}）` }))} data-testid="key-holder" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

export default function KeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canKeys = hasPermission(VPERM.keys);
  const queryClient = useQueryClient();
  const [handing, setHanding] = useState<KeyBoardRow | null>(null);
  const board = useQuery({ queryKey: vehicleKeys.keys, queryFn: vehiclesApi.keys });
  const outstanding = useQuery({ queryKey: vehicleKeys.outstanding, queryFn: () => vehiclesApi.outstanding() });
  const takeBack = useMutation({
    mutationFn: (vehicleId: string) => vehiclesApi.takeBack(vehicleId),
    onSuccess: async () => {
      message.success(t('vehicles.keys.returned'));
      await queryClient.invalidateQueries({ queryKey: vehicleKeys.all });
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const o = outstanding.data;
  const checkTime = o ? formatDateTime(o.checkAt).slice(11) : '17:30';

  return (
    <>
      <PageHeader title={t('vehicles.nav.keys')} description={t('vehicles.keys.description', { time: checkTime })} />
      {o && o.items.length > 0 ? (
        <Alert
          type={o.checked ? 'error' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="keys-outstanding"
          title={o.checked ? t('vehicles.keys.outstanding') : t('vehicles.keys.outstandingPending', { time: checkTime })}
          description={
            <Flex vertical gap={2}>
              {o.items.map((k) => (
                <Typography.Text key={k.id} type={o.checked ? 'danger' : undefined}>
                  {k.plate} · {k.holderName} · {formatDateTime(k.handedOutAt)}
                </Typography.Text>
              ))}
            </Flex>
          }
        />
      ) : o && o.checked ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('vehicles.keys.outstandingNone')} />
      ) : null}
      <Card variant="borderless">
        <Table<KeyBoardRow>
          rowKey="vehicleId"
          loading={board.isFetching}
          dataSource={board.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="keys-table"
          columns={[
            { title: t('vehicles.field.plate'), dataIndex: 'plate', width: 110, render: (v: string, r) => <Link to={`/vehicles/files/${r.vehicleId}`}>{v}</Link> },
            { title: t('vehicles.field.model'), dataIndex: 'model', width: 160 },
            { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: KeyBoardRow['status']) => <Tag color={STATUS_COLORS[s]}>{t(`vehicles.status.${s}`)}</Tag> },
            {
              title: t('vehicles.keys.holder'),
              key: 'holder',
              width: 160,
              render: (_: unknown, r) => {
                const late = r.key && o?.checked && o.items.some((k) => k.id === r.key!.id);
                return r.key ? <Tag color={late ? 'red' : 'blue'}>{r.key.holderName}</Tag> : <Typography.Text type="secondary">{t('vehicles.keys.inOffice')}</Typography.Text>;
              },
            },
            { title: t('vehicles.keys.handedOutAt'), key: 'at', width: 150, render: (_: unknown, r) => (r.key ? formatDateTime(r.key.handedOutAt) : '—') },
            { title: t('vehicles.field.drivers'), dataIndex: 'drivers', width: 140, render: (ds: KeyBoardRow['drivers']) => (ds.length ? ds.map((d) => <Tag key={d.id}>{d.name}</Tag>) : '—') },
            ...(canKeys
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 120,
                    render: (_: unknown, r: KeyBoardRow) =>
                      r.key ? (
                        <Popconfirm title={t('vehicles.keys.takeBackConfirm', { plate: r.plate, name: r.key.holderName })} onConfirm={() => takeBack.mutateAsync(r.vehicleId)}>
                          <Button size="small" icon={<RollbackOutlined />} data-testid="key-return">
                            {t('vehicles.keys.takeBack')}
                          </Button>
                        </Popconfirm>
                      ) : r.status !== 'retired' ? (
                        <Button size="small" type="primary" icon={<KeyOutlined />} onClick={() => setHanding(r)} data-testid="key-handout">
                          {t('vehicles.keys.handOut')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <HandOutModal row={handing} onClose={() => setHanding(null)} />
    </>
  );
}
