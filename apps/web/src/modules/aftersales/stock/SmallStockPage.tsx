/**
 * 小库 (ASV-4/10): the technicians' small stocks (a technician sees his own), and for the keeper
 * the suggested 补库 list from each item's minimum with a one-click transfer from the warehouse.
 */
import { useState } from 'react';
import { App, Button, Card, Flex, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime } from '../../../app/format';
import { stockApi, stockKeys, STOCK_PERM, type SmallStockRow, type Suggestion } from './api';

interface Target { technicianId: string; technicianName: string; itemId: string; itemName: string; quantity: number }

function ReplenishModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [qty, setQty] = useState<number | null>(null);
  const go = useMutation({
    mutationFn: () => stockApi.replenish({ technicianId: target!.technicianId, itemId: target!.itemId, quantity: qty ?? target!.quantity }),
    onSuccess: (r) => {
      message.success(t('aftersales.stock.small.replenished', { balance: r.balance, small: r.smallBalance }));
      void qc.invalidateQueries({ queryKey: stockKeys.all });
      setQty(null);
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={!!target} title={`${t('aftersales.stock.small.replenish')}：${target?.technicianName ?? ''} · ${target?.itemName ?? ''}`} onCancel={onClose} onOk={() => go.mutate()}
      okButtonProps={{ loading: go.isPending, disabled: !(qty ?? target?.quantity) }} destroyOnHidden>
      <InputNumber data-testid="replenish-qty" min={1} precision={0} value={qty ?? target?.quantity ?? null} onChange={setQty} style={{ width: '100%' }} placeholder={t('aftersales.stock.small.qty')} />
    </Modal>
  );
}

export default function SmallStockPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const isKeeper = hasPermission(STOCK_PERM.stock);
  const seesAll = isKeeper || hasPermission(STOCK_PERM.loans);
  const [techId, setTechId] = useState<string | undefined>();
  const [target, setTarget] = useState<Target | null>(null);
  const techs = useQuery({ queryKey: stockKeys.technicians, queryFn: () => stockApi.technicians(), enabled: seesAll });
  const small = useQuery({ queryKey: stockKeys.small(techId), queryFn: () => stockApi.small(techId) });
  const sugg = useQuery({ queryKey: stockKeys.suggestions, queryFn: () => stockApi.suggestions(), enabled: isKeeper });
  const c = (k: string) => t(`aftersales.stock.small.col.${k}`);
  return (
    <>
      <PageHeader title={t('aftersales.stock.small.title')} description={t('aftersales.stock.small.description')} />
      {isKeeper ? (
        <Card title={t('aftersales.stock.small.suggestions')} style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">{t('aftersales.stock.small.suggestionsHint')}</Typography.Text>}>
          <Table<Suggestion> rowKey={(r) => `${r.technicianId}/${r.itemId}`} size="small" loading={sugg.isLoading} dataSource={sugg.data?.items ?? []} pagination={false} scroll={{ x: 760 }}
            columns={[
              { title: c('technician'), dataIndex: 'technicianName', width: 100 },
              { title: c('item'), dataIndex: 'itemName', render: (v: string, r) => `${r.code} ${v}` },
              { title: c('quantity'), dataIndex: 'quantity', width: 90, align: 'right' },
              { title: c('min'), dataIndex: 'min', width: 90, align: 'right' },
              { title: c('suggested'), dataIndex: 'suggested', width: 90, align: 'right' },
              { title: c('available'), dataIndex: 'available', width: 90, align: 'right', render: (v: number, r) => <Typography.Text type={v < r.suggested ? 'danger' : undefined}>{v}</Typography.Text> },
              { title: '', key: 'act', width: 90, render: (_: unknown, r) => <Button size="small" type="primary" disabled={r.available === 0} onClick={() => setTarget({ ...r, quantity: r.available })}>{t('aftersales.stock.small.replenish')}</Button> },
            ]} />
        </Card>
      ) : null}
      <Card>
        {seesAll ? (
          <Select allowClear placeholder={t('aftersales.stock.small.all')} style={{ width: 200, marginBottom: 12 }} value={techId} onChange={setTechId}
            options={(techs.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        ) : null}
        <Table<SmallStockRow> rowKey={(r) => `${r.technicianId}/${r.itemId}`} size="middle" loading={small.isLoading} dataSource={small.data?.items ?? []} scroll={{ x: 700 }} pagination={{ pageSize: 50 }}
          columns={[
            ...(seesAll ? [{ title: c('technician'), dataIndex: 'technicianName', width: 100 }] : []),
            { title: c('item'), dataIndex: 'itemName', render: (v: string, r: SmallStockRow) => `${r.code} ${v}${r.model ? ` ${r.model}` : ''}` },
            { title: c('quantity'), dataIndex: 'quantity', width: 160, align: 'right' as const, render: (v: number, r: SmallStockRow) => (<Flex gap={6} justify="flex-end">{r.belowMin ? <Tag color="orange">{t('aftersales.stock.small.belowMin')}</Tag> : null}{v} {r.unit}</Flex>) },
            { title: c('min'), dataIndex: 'min', width: 90, align: 'right' as const, render: (v: number) => v || '—' },
            { title: c('updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
            ...(isKeeper ? [{ title: '', key: 'act', width: 80, render: (_: unknown, r: SmallStockRow) => <Button size="small" onClick={() => setTarget({ ...r, quantity: Math.max(1, r.min - r.quantity) })}>{t('aftersales.stock.small.replenish')}</Button> }] : []),
          ]} />
      </Card>
      <ReplenishModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
