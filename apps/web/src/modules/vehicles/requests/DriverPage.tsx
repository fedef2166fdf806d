/** VEH-4/5 the driver's page (phone width): my assignments, departure (附表10, key out) and return (附表11, fuel, receipt photo). */
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, InputNumber, Modal, Radio, Switch, Tag, Typography } from 'antd';
import { CameraOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { requestKeys, requestsApi, type MyTrip } from './api';

function DepartModal({ trip, onClose }: { trip: MyTrip | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ route: string; odometerKm?: number }>();
  const depart = useMutation({
    mutationFn: (v: { route: string; odometerKm?: number }) => requestsApi.depart(trip!.id, { route: v.route, odometerKm: v.odometerKm ?? undefined }),
    onSuccess: async () => {
      message.success(t('vehicles.requests.driver.departed'));
      await qc.invalidateQueries({ queryKey: requestKeys.all });
      onClose();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal
      open={!!trip}
      destroyOnHidden
      title={t('vehicles.requests.driver.departTitle', { plate: trip?.plate ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('vehicles.requests.driver.depart')}
      okButtonProps={{ 'data-testid': 'depart-ok' } as never}
      confirmLoading={depart.isPending}
    >
      <Typography.Paragraph type="secondary">{t('vehicles.requests.driver.departHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ route: trip?.route }} onFinish={(v) => depart.mutate(v)}>
        <Form.Item label={t('vehicles.requests.col.user')}>{trip?.userName}</Form.Item>
        <Form.Item label={t('vehicles.requests.col.destination')}>{trip?.destination}</Form.Item>
        <Form.Item label={t('vehicles.requests.col.purpose')}>{trip?.purpose}</Form.Item>
        <Form.Item name="route" label={t('vehicles.requests.col.route')} rules={[{ required: true }]}>
          <Input data-testid="depart-route" maxLength={500} />
        </Form.Item>
        <Form.Item name="odometerKm" label={t('vehicles.requests.odometerKm')} extra={trip?.lastOdometerKm !== null ? t('vehicles.requests.driver.lastReading', { km: trip?.lastOdometerKm }) : undefined}>
          <InputNumber data-testid="depart-odometer" min={0} style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ReturnValues {
  odometerKm: number;
  fueled: boolean;
  liters?: number;
  amountYuan?: number;
  payment: 'card' | 'cash';
  notes?: string;
}

function ReturnModal({ trip, onClose }: { trip: MyTrip | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ReturnValues>();
  const fueled = Form.useWatch('fueled', form);
  const payment = Form.useWatch('payment', form);
  const [receipt, setReceipt] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const close = () => {
    setReceipt(null);
    onClose();
  };
  const save = useMutation({
    mutationFn: (v: ReturnValues) =>
      requestsApi.return(trip!.id, {
        odometerKm: v.odometerKm,
        notes: v.notes || undefined,
        fuel: v.fueled ? { liters: v.liters ?? 0, amountFen: Math.round((v.amountYuan ?? 0) * 100), payment: v.payment, receiptAttachmentId: receipt?.id ?? null } : null,
      }),
    onSuccess: async () => {
      message.success(t('vehicles.requests.driver.returned'));
      await qc.invalidateQueries({ queryKey: requestKeys.all });
      close();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const onPhoto = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setUploading(true);
    try {
      const a = await requestsApi.uploadReceipt(file);
      setReceipt({ id: a.id, name: file.name });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Modal
      open={!!trip}
      destroyOnHidden
      title={t('vehicles.requests.driver.returnTitle', { plate: trip?.plate ?? '' })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('vehicles.requests.driver.return')}
      okButtonProps={{ 'data-testid': 'return-ok' } as never}
      confirmLoading={save.isPending}
    >
      <Typography.Paragraph type="secondary">{t('vehicles.requests.driver.returnHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ fueled: false, payment: 'card' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="odometerKm" label={t('vehicles.requests.odometerKm')} rules={[{ required: true }]} extra={trip?.lastOdometerKm !== null ? t('vehicles.requests.driver.lastReading', { km: trip?.lastOdometerKm }) : undefined}>
          <InputNumber data-testid="return-odometer" style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="fueled" label={t('vehicles.requests.driver.fueled')} valuePropName="checked">
          <Switch data-testid="return-fueled" />
        </Form.Item>
        {fueled ? (
          <>
            <Flex gap={8}>
              <Form.Item name="liters" label={t('vehicles.requests.liters')} rules={[{ required: true }]} style={{ flex: 1 }}>
                <InputNumber data-testid="return-liters" style={{ width: '100%' }} inputMode="decimal" />
              </Form.Item>
              <Form.Item name="amountYuan" label={t('vehicles.requests.amountYuan')} rules={[{ required: true }]} style={{ flex: 1 }}>
                <InputNumber data-testid="return-amount" prefix="¥" precision={2} style={{ width: '100%' }} inputMode="decimal" />
              </Form.Item>
            </Flex>
            <Form.Item name="payment" label={t('vehicles.requests.payment')}>
              <Radio.Group data-testid="return-payment" options={[{ value: 'card', label: t('vehicles.requests.card') }, { value: 'cash', label: t('vehicles.requests.cash') }]} />
            </Form.Item>
            {payment === 'cash' ? <Alert type="warning" showIcon title={t('vehicles.requests.driver.cashWarning')} style={{ marginBottom: 12 }} /> : null}
            <Form.Item label={t('vehicles.requests.receipt')}>
              <Flex gap={8} align="center" wrap>
                <label className="gj-camera-button">
                  <CameraOutlined /> {uploading ? t('vehicles.requests.driver.uploading') : t('vehicles.requests.driver.takePhoto')}
                  <input type="file" accept="image/*" capture="environment" onChange={onPhoto} data-testid="return-receipt" style={{ display: 'none' }} />
                </label>
                {receipt ? <Tag color="green" data-testid="receipt-ok">{receipt.name}</Tag> : null}
              </Flex>
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="notes" label={t('vehicles.requests.notes')}>
          <Input.TextArea data-testid="return-notes" autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function DriverPage() {
  const { t } = useTranslation();
  const trips = useQuery({ queryKey: requestKeys.myTrips, queryFn: requestsApi.myTrips });
  const [departing, setDeparting] = useState<MyTrip | null>(null);
  const [returning, setReturning] = useState<MyTrip | null>(null);
  const open = (trips.data ?? []).filter((x) => x.status === 'planned' || x.status === 'in_trip');
  const done = (trips.data ?? []).filter((x) => x.status === 'returned');
  return (
    <div className="gj-driver-page">
      <PageHeader title={t('vehicles.requests.driver.title')} description={t('vehicles.requests.driver.description')} />
      {trips.error ? <Alert type="error" showIcon title={errorMessage(trips.error)} /> : null}
      {!trips.isLoading && open.length === 0 ? <Empty description={t('vehicles.requests.driver.none')} /> : null}
      <Flex vertical gap={12}>
        {open.map((trip) => (
          <Card key={trip.id} size="small" data-testid="driver-trip" title={<Flex justify="space-between" align="center"><span>{trip.plate}</span><Tag color={trip.status === 'in_trip' ? 'green' : 'blue'}>{t(`vehicles.requests.tripStatus.${trip.status}`)}</Tag></Flex>}>
            <Flex vertical gap={4}>
              <Typography.Text strong>{formatDateTime(trip.plannedStart)} – {formatDateTime(trip.plannedEnd).slice(11)}</Typography.Text>
              <Typography.Text>{t('vehicles.requests.col.destination')}：{trip.destination}</Typography.Text>
              <Typography.Text type="secondary">{trip.purpose}</Typography.Text>
              {trip.requests.map((r) => (
                <Typography.Text key={r.id}>
                  {r.urgent ? <Tag color="red">{t('vehicles.requests.urgent')}</Tag> : null}
                  {r.requesterName}：{r.destination}
                  {r.passengers ? ` · ${t('vehicles.requests.people', { n: r.passengers })}` : ''}
                  {r.goodsDesc ? ` · ${r.goodsDesc}` : ''}
                </Typography.Text>
              ))}
              {trip.status === 'planned' ? (
                <Button type="primary" block size="large" icon={<LogoutOutlined />} onClick={() => setDeparting(trip)} data-testid="trip-depart">
                  {t('vehicles.requests.driver.depart')}
                </Button>
              ) : (
                <Button type="primary" block size="large" icon={<LoginOutlined />} onClick={() => setReturning(trip)} data-testid="trip-return">
                  {t('vehicles.requests.driver.return')}
                </Button>
              )}
            </Flex>
          </Card>
        ))}
      </Flex>
      {done.length > 0 ? (
        <Card size="small" title={t('vehicles.requests.driver.recent')} style={{ marginTop: 12 }}>
          {done.map((trip) => (
            <Typography.Paragraph key={trip.id} style={{ marginBottom: 4 }}>
              {trip.plate} · {trip.destination} · {formatDateTime(trip.returnedAt)} · {trip.distanceKm ?? '—'} km
            </Typography.Paragraph>
          ))}
        </Card>
      ) : null}
      <DepartModal trip={departing} onClose={() => setDeparting(null)} />
      <ReturnModal trip={returning} onClose={() => setReturning(null)} />
    </div>
  );
}
