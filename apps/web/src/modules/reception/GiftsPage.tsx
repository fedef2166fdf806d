/** 礼品库存 and 礼品出入库 (GIFT-1), 礼品领用 (GIFT-2) and the signer tiers (settings). */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Select, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime, formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { giftsApi, keys, PERM, type GiftItem, type Issue, type Movement, type MovementFilter } from './api';
import { IssueDrawer, ItemDrawer, MoveDrawer } from './GiftDrawers';
import { TierSettings } from './TierSettings';

export default function GiftsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const canRead = hasPermission(PERM.giftsRead);
  const manage = hasPermission(PERM.giftsManage);
  const tab = params.get('tab') ?? 'stock';
  const filter: MovementFilter = { itemId: params.get('itemId') ?? undefined, kind: params.get('kind') ?? undefined, month: params.get('month') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const [newItem, setNewItem] = useState(false);
  const [moving, setMoving] = useState<GiftItem | null>(null);
  const [issuing, setIssuing] = useState(false);
  const items = useQuery({ queryKey: keys.items, queryFn: giftsApi.items });
  const movements = useQuery({ queryKey: keys.movements(filter), queryFn: () => giftsApi.movements(filter), enabled: tab === 'movements' && canRead });
  const issues = useQuery({ queryKey: keys.issues, queryFn: giftsApi.issues, enabled: tab === 'issues' });
  const error = items.error ?? movements.error ?? issues.error;

  const stock = (
    <Card size="small" extra={manage ? <Button icon={<PlusOutlined />} onClick={() => setNewItem(true)}>{t('reception.gifts.newItem')}</Button> : null}>
      <Table<GiftItem>
        rowKey="id" size="small" loading={items.isLoading} dataSource={items.data ?? []} pagination={false} scroll={{ x: 700 }} data-testid="gift-stock"
        columns={[
          { title: t('reception.gifts.category'), dataIndex: 'category', width: 80 },
          { title: t('reception.gifts.item'), render: (_v, i) => <>{i.name}{i.spec ? <span style={{ color: 'var(--gj-muted)' }}>（{i.spec}）</span> : null}{i.active ? null : <Tag>{t('reception.gifts.inactive')}</Tag>}</> },
          { title: t('reception.gifts.stock'), align: 'right', width: 100, render: (_v, i) => `${i.quantity} ${i.unit}` },
          { title: t('reception.gifts.price'), align: 'right', width: 110, render: (_v, i) => formatYuan(i.unitPriceFen) },
          { title: t('reception.gifts.value'), align: 'right', width: 120, render: (_v, i) => formatYuan(i.valueFen) },
          ...(manage ? [{ title: '', width: 100, render: (_v: unknown, i: GiftItem) => <Button size="small" onClick={() => setMoving(i)}>{t('reception.gifts.move')}</Button> }] : []),
          ...(canRead ? [{ title: '', width: 90, render: (_v: unknown, i: GiftItem) => <a onClick={() => setParams({ tab: 'movements', itemId: i.id })}>{t('reception.gifts.movements')}</a> }] : []),
        ]}
      />
    </Card>
  );

  const register = (
    <>
      <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
        <Select allowClear style={{ width: 200 }} placeholder={t('reception.gifts.item')} value={filter.itemId} onChange={(v) => set('itemId', v)} options={(items.data ?? []).map((i) => ({ value: i.id, label: i.name }))} />
        <Select allowClear style={{ width: 120 }} placeholder={t('reception.gifts.kind')} value={filter.kind} onChange={(v) => set('kind', v)} options={(['in', 'out', 'adjust'] as const).map((k) => ({ value: k, label: t(`reception.gifts.kinds.${k}`) }))} />
        <DatePicker picker="month" value={filter.month ? dayjs(`${filter.month}-01`) : null} onChange={(d) => set('month', d ? d.format('YYYY-MM') : undefined)} />
        <Button icon={<DownloadOutlined />} href={giftsApi.movementsXlsx(filter)}>{t('common.exportXlsx')}</Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('reception.print')}</Button>
      </Flex>
      <div className="gj-print-title">{t('reception.gifts.register')}{filter.month ? `（${filter.month}）` : ''}</div>
      <Card size="small">
        <Table<Movement>
          rowKey="id" size="small" loading={movements.isLoading} dataSource={movements.data ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 1000 }} data-testid="gift-movements"
          columns={[
            { title: t('reception.gifts.time'), width: 140, render: (_v, m) => formatDateTime(m.occurredAt) },
            { title: t('reception.gifts.kind'), width: 90, render: (_v, m) => <Tag color={m.kind === 'in' ? 'green' : m.kind === 'out' ? 'orange' : 'default'}>{t(`reception.gifts.kinds.${m.kind}`)}</Tag> },
            { title: t('reception.gifts.item'), dataIndex: 'name' },
            { title: t('reception.gifts.quantity'), align: 'right', width: 90, render: (_v, m) => `${m.delta > 0 ? '+' : ''}${m.delta} ${m.unit}` },
            { title: t('reception.gifts.amount'), align: 'right', width: 110, render: (_v, m) => formatYuan(m.amountFen) },
            { title: t('reception.gifts.balance'), align: 'right', width: 80, dataIndex: 'balance' },
            { title: t('reception.gifts.reception'), dataIndex: 'receptionTitle' },
            { title: t('reception.settle.note'), dataIndex: 'note' },
            { title: t('reception.gifts.actor'), dataIndex: 'actorName', width: 80 },
          ]}
        />
      </Card>
    </>
  );

  const issueList = (
    <Card size="small" extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="new-issue">{t('reception.gifts.newIssue')}</Button>}>
      <Table<Issue>
        rowKey="id" size="small" loading={issues.isLoading} dataSource={issues.data ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 900 }}
        columns={[
          { title: t('reception.gifts.time'), width: 140, render: (_v, i) => formatDateTime(i.createdAt) },
          { title: t('reception.gifts.purpose'), render: (_v, i) => (i.instanceId ? <Link to={`/instances/${i.instanceId}`}>{i.purpose}</Link> : i.purpose) },
          { title: t('reception.f.giftLines'), dataIndex: 'lines' },
          { title: t('reception.gifts.signer'), dataIndex: 'tierLabel', width: 100 },
          { title: t('reception.gifts.amount'), align: 'right', width: 110, render: (_v, i) => formatYuan(i.valueFen) },
          { title: t('reception.col.requester'), dataIndex: 'requesterName', width: 80 },
          { title: t('reception.col.status'), dataIndex: 'statusLabel', width: 80 },
        ]}
      />
    </Card>
  );

  return (
    <>
      <PageHeader title={t('reception.gifts.title')} description={t('reception.gifts.description')} />
      {error ? <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'stock' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'stock', label: t('reception.gifts.stockTab'), children: stock },
          ...(canRead ? [{ key: 'movements', label: t('reception.gifts.register'), children: register }] : []),
          { key: 'issues', label: t('reception.gifts.issues'), children: issueList },
          ...(hasPermission(PERM.manage) ? [{ key: 'settings', label: t('reception.settings.title'), children: <TierSettings /> }] : []),
        ]}
      />
      <ItemDrawer open={newItem} onClose={() => setNewItem(false)} />
      <MoveDrawer item={moving} onClose={() => setMoving(null)} />
      <IssueDrawer open={issuing} onClose={() => setIssuing(false)} />
    </>
  );
}
