/** VEH-3/6/7/14 the admin specialist's dispatch board: requests in dispatch order, carpool offers, dispatch. */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { SendOutlined, ThunderboltOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { DirectDispatchDrawer } from './DirectDispatchDrawer';
import { requestKeys, requestsApi, type Board, type CarRequest } from './api';
import { RequestSummary } from './RequestSummary';

function DispatchModal({ board, requests, onClose }: { board: Board | undefined; requests: CarRequest[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [vehicleId, setVehicleId] = useState<string>();
  const [driverId, setDriverId] = useState<string>();
  const [note, setNote] = useState('');
  const car = board?.vehicles.find((v) => v.id === vehicleId);
  const passengers = requests.reduce((n, r) => n + r.passengers, 0);
  const close = () => {
    setVehicleId(undefined);
    setDriverId(undefined);
    setNote('');
    onClose();
  };
  const dispatch = useMutation({
    mutationFn: () => requestsApi.dispatch({ requestIds: requests.map((r) => r.id), vehicleId: vehicleId!, driverId: driverId!, note: note || undefined }),
    onSuccess: async () => {
      message.success(t('vehicles.requests.board.dispatched'));
      await qc.invalidateQueries({ queryKey: requestKeys.all });
      close();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal
      open={requests.length > 0}
      title={requests.length > 1 ? t('vehicles.requests.board.dispatchCarpool', { n: requests.length }) : t('vehicles.requests.board.dispatchOne')}
      onCancel={close}
      onOk={() => dispatch.mutate()}
      okText={t('vehicles.requests.board.dispatch')}
      okButtonProps={{ disabled: !vehicleId || !driverId, 'data-testid': 'dispatch-ok' } as never}
      confirmLoading={dispatch.isPending}
    >
      <Flex vertical gap={6} style={{ marginBottom: 12 }}>
        {requests.map((r) => (
          <RequestSummary key={r.id} r={r} />
        ))}
      </Flex>
      <Form layout="vertical">
        <Form.Item label={t('vehicles.requests.board.vehicle')} extra={car?.seats ? t('vehicles.requests.board.seatsHint', { seats: car.seats, passengers }) : undefined}>
          <Select
            data-testid="dispatch-vehicle"
            value={vehicleId}
            onChange={(v) => {
              setVehicleId(v);
              setDriverId(undefined);
            }}
            options={(board?.vehicles ?? []).map((v) => ({ value: v.id, label: `${v.plate} ${v.model}${v.status !== 'in_service' ? `（${t(`vehicles.status.${v.status}`)}）` : ''}`, disabled: v.status !== 'in_service' }))}
          />
        </Form.Item>
        <Form.Item label={t('vehicles.requests.board.driver')} extra={t('vehicles.requests.board.driverHint')}>
          <Select data-testid="dispatch-driver" value={driverId} onChange={setDriverId} options={(car?.drivers ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item label={t('vehicles.requests.board.note')}>
          <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function DispatchBoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const board = useQuery({ queryKey: requestKeys.board, queryFn: requestsApi.board });
  const [picked, setPicked] = useState<CarRequest[]>([]);
  const [direct, setDirect] = useState(false);
  const byId = useMemo(() => new Map((board.data?.requests ?? []).map((r) => [r.id, r])), [board.data]);
  const groupOf = useMemo(() => {
    const m = new Map<string, number>();
    (board.data?.carpools ?? []).forEach((g, i) => g.forEach((id) => m.set(id, i + 1)));
    return m;
  }, [board.data]);
  const restart = useMutation({
    mutationFn: (id: string) => requestsApi.restartPaperwork(id),
    onSuccess: async () => {
      message.success(t('vehicles.requests.board.paperworkStarted'));
      await qc.invalidateQueries({ queryKey: requestKeys.all });
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const d = board.data;

  return (
    <>
      <PageHeader
        title={t('vehicles.requests.board.title')}
        description={t('vehicles.requests.board.description')}
        extra={
          <Button icon={<ThunderboltOutlined />} onClick={() => setDirect(true)} data-testid="direct-dispatch">
            {t('vehicles.requests.board.direct')}
          </Button>
        }
      />
      {board.error ? <Alert type="error" showIcon title={errorMessage(board.error)} style={{ marginBottom: 12 }} /> : null}
      {d && d.carpools.length > 0 ? (
        <Card size="small" title={<Space><TeamOutlined />{t('vehicles.requests.board.carpools')}</Space>} style={{ marginBottom: 12 }} data-testid="carpool-offers">
          <Flex vertical gap={8}>
            {d.carpools.map((g, i) => {
              const members = g.map((id) => byId.get(id)).filter((x): x is CarRequest => !!x);
              return (
                <Flex key={g.join()} gap={8} align="center" wrap data-testid="carpool-offer">
                  <Tag color="purple">{t('vehicles.requests.board.group', { n: i + 1 })}</Tag>
                  <Typography.Text>{members.map((m) => `${m.requesterName}（${m.destination}，${formatDateTime(m.startAt).slice(11)}）`).join(' + ')}</Typography.Text>
                  <Button size="small" type="primary" icon={<SendOutlined />} onClick={() => setPicked(members)} data-testid="carpool-dispatch">
                    {t('vehicles.requests.board.dispatchTogether')}
                  </Button>
                </Flex>
              );
            })}
          </Flex>
        </Card>
      ) : null}
      <Card size="small" title={t('vehicles.requests.board.queue')} style={{ marginBottom: 12 }}>
        <Table<CarRequest>
          rowKey="id"
          size="small"
          loading={board.isLoading}
          dataSource={d?.requests ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="dispatch-queue"
          locale={{ emptyText: <Empty description={t('vehicles.requests.board.empty')} /> }}
          columns={[
            { title: '#', width: 40, render: (_v, _r, i) => i + 1 },
            {
              title: t('vehicles.requests.col.priority'),
              width: 150,
              render: (_v, r) => (
                <Space size={4} wrap>
                  {r.urgent ? <Tag color="red">{t('vehicles.requests.urgent')}</Tag> : <Tag>{t('vehicles.requests.normal')}</Tag>}
                  <Tag color={r.cargoKind === 'passengers' ? 'blue' : 'orange'}>{r.cargoLabel}</Tag>
                  {groupOf.has(r.id) ? <Tag color="purple">{t('vehicles.requests.board.group', { n: groupOf.get(r.id) })}</Tag> : null}
                </Space>
              ),
            },
            { title: t('vehicles.requests.col.requester'), render: (_v, r) => `${r.requesterName}${r.departmentName ? `（${r.departmentName}）` : ''}` },
            { title: t('vehicles.requests.col.purpose'), render: (_v, r) => (r.purposeText ? `${r.purposeLabel}：${r.purposeText}` : r.purposeLabel) },
            { title: t('vehicles.requests.col.time'), width: 170, render: (_v, r) => `${formatDateTime(r.startAt)} – ${formatDateTime(r.endAt).slice(11)}` },
            { title: t('vehicles.requests.col.destination'), render: (_v, r) => `${r.destination}${r.distanceKm !== null ? ` · ${r.distanceKm} km` : ''}` },
            { title: t('vehicles.requests.col.load'), render: (_v, r) => [r.passengers ? t('vehicles.requests.people', { n: r.passengers }) : '', r.goodsDesc].filter(Boolean).join('；') || '—' },
            {
              title: '',
              width: 90,
              render: (_v, r) => (
                <Button size="small" type="primary" onClick={() => setPicked([r])} disabled={!r.taskId} data-testid={`dispatch-${r.id}`}>
                  {t('vehicles.requests.board.dispatch')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('vehicles.requests.board.trips')} style={{ marginBottom: 12 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={d?.trips ?? []}
          pagination={false}
          scroll={{ x: 700 }}
          columns={[
            { title: t('vehicles.requests.col.plate'), dataIndex: 'plate' },
            { title: t('vehicles.requests.col.driver'), dataIndex: 'driverName' },
            { title: t('vehicles.requests.col.user'), dataIndex: 'userName' },
            { title: t('vehicles.requests.col.destination'), dataIndex: 'destination' },
            { title: t('vehicles.requests.col.time'), render: (_v, r) => `${formatDateTime(r.plannedStart)} – ${formatDateTime(r.plannedEnd).slice(11)}` },
            { title: t('vehicles.requests.col.status'), render: (_v, r) => <Tag color={r.status === 'in_trip' ? 'green' : 'default'}>{t(`vehicles.requests.tripStatus.${r.status}`)}</Tag> },
          ]}
        />
      </Card>
      <Card size="small" title={t('vehicles.requests.board.missingPaperwork')}>
        <Table<CarRequest>
          rowKey="id"
          size="small"
          dataSource={d?.missingPaperwork ?? []}
          pagination={false}
          data-testid="missing-paperwork"
          columns={[
            { title: t('vehicles.requests.col.requester'), dataIndex: 'requesterName' },
            { title: t('vehicles.requests.col.purpose'), dataIndex: 'purposeLabel' },
            { title: t('vehicles.requests.col.time'), render: (_v, r) => formatDateTime(r.startAt) },
            { title: t('vehicles.requests.col.plate'), render: (_v, r) => r.plate ?? '—' },
            {
              title: '',
              render: (_v, r) =>
                r.instanceId ? (
                  <Link to={`/instances/${r.instanceId}`}>{t('vehicles.requests.board.viewPaperwork')}</Link>
                ) : (
                  <Button size="small" onClick={() => restart.mutate(r.id)}>
                    {t('vehicles.requests.board.restartPaperwork')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <DispatchModal board={d} requests={picked} onClose={() => setPicked([])} />
      <DirectDispatchDrawer open={direct} board={d} onClose={() => setDirect(false)} />
    </>
  );
}
