/**
 * Parts on one job, for the technician's phone (ASV-4): loans with their state, parts used from
 * the small stock, and 借配件 (a loan request: item + quantity; the clerk records it and the
 * keeper issues it) and 用小库配件. Installation goods are not offered (ASV-11).
 */
import { useState } from 'react';
import { App, Button, Flex, InputNumber, Select, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { stockApi, stockKeys, STOCK_PERM, type LoanStatus } from './api';

export const LOAN_COLORS: Record<LoanStatus, string> = { requested: 'orange', recorded: 'blue', issued: 'processing', booked: 'green', returned: 'default', cancelled: 'default' };

export function JobPartsSection({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'borrow' | 'use' | null>(null);
  const [itemId, setItemId] = useState<string | undefined>();
  const [qty, setQty] = useState<number | null>(1);
  const parts = useQuery({ queryKey: stockKeys.jobParts(jobId), queryFn: () => stockApi.jobParts(jobId) });
  const items = useQuery({ queryKey: stockKeys.items, queryFn: () => stockApi.items(), enabled: mode === 'borrow' });
  const close = () => {
    setMode(null);
    setItemId(undefined);
    setQty(1);
  };
  const submit = useMutation({
    mutationFn: async () => {
      const body = { itemId: itemId!, quantity: qty ?? 1 };
      if (mode === 'borrow') return t('aftersales.stock.job.borrowed', { no: (await stockApi.borrow(jobId, body)).loanNo });
      await stockApi.use(jobId, body);
      return t('aftersales.stock.job.used');
    },
    onSuccess: (text) => {
      message.success(text);
      close();
      void qc.invalidateQueries({ queryKey: stockKeys.all });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const data = parts.data;
  const canBorrow = hasPermission(STOCK_PERM.borrow) && data && !data.closed;
  const borrowOptions = (items.data?.items ?? []).filter((i) => !i.isInstallGoods && !i.isSet).map((i) => ({ value: i.id, label: `${i.name}${i.model ? ` ${i.model}` : ''}` }));
  const useOptions = (data?.smallStock ?? []).map((s) => ({ value: s.itemId, label: `${s.itemName}（${s.quantity}${s.unit}）` }));
  return (
    <div data-testid="job-parts" style={{ borderTop: '1px dashed #e5e5e5', paddingTop: 8 }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>{t('aftersales.stock.job.title')}</Typography.Text>
        {canBorrow && mode === null ? (
          <Flex gap={6}>
            {useOptions.length > 0 ? <Button size="small" onClick={() => setMode('use')}>{t('aftersales.stock.job.use')}</Button> : null}
            <Button size="small" type="primary" ghost data-testid="borrow-part" onClick={() => setMode('borrow')}>{t('aftersales.stock.job.borrow')}</Button>
          </Flex>
        ) : null}
      </Flex>
      {data && data.loans.length === 0 && data.uses.length === 0 && mode === null ? <Typography.Text type="secondary">{t('aftersales.stock.job.none')}</Typography.Text> : null}
      {(data?.loans ?? []).map((l) => (
        <Flex key={l.id} justify="space-between" align="center" gap={6} data-testid="job-loan" style={{ padding: '2px 0' }}>
          <span>{l.itemName} × {l.quantity}{l.unit}</span>
          <Flex gap={4}>
            <Tag color={LOAN_COLORS[l.status]} data-testid="job-loan-status">{t(`aftersales.stock.loanStatus.${l.status}`)}</Tag>
            {l.overdue ? <Tag color="red">{t('aftersales.stock.loans.overdue', { days: l.daysLate })}</Tag> : null}
          </Flex>
        </Flex>
      ))}
      {(data?.uses ?? []).map((u) => (
        <Flex key={u.id} justify="space-between" style={{ padding: '2px 0' }}>
          <span>{u.itemName} × {u.quantity}{u.unit}</span>
          <Tag>{t('aftersales.stock.kinds.use')}</Tag>
        </Flex>
      ))}
      {mode !== null ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {mode === 'borrow' && useOptions.length > 0 ? <Typography.Text type="secondary">{t('aftersales.stock.job.smallHint')}</Typography.Text> : null}
          <Select data-testid="borrow-item" showSearch optionFilterProp="label" placeholder={t('aftersales.stock.job.item')} value={itemId} onChange={setItemId}
            options={mode === 'borrow' ? borrowOptions : useOptions} loading={mode === 'borrow' && items.isLoading} style={{ width: '100%' }} />
          <InputNumber data-testid="borrow-qty" min={1} max={10000} precision={0} value={qty} onChange={setQty} inputMode="numeric" style={{ width: '100%' }} placeholder={t('aftersales.stock.job.qty')} />
          <Flex gap={8}>
            <Button block onClick={close}>{t('aftersales.stock.job.cancel')}</Button>
            <Button block type="primary" data-testid="borrow-ok" disabled={!itemId || !qty} loading={submit.isPending} onClick={() => submit.mutate()}>{t('aftersales.stock.job.ok')}</Button>
          </Flex>
        </Flex>
      ) : null}
    </div>
  );
}
