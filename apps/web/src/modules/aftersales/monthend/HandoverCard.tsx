/**
 * 交财务 (ASV-14): the month's hand-over state (未交 / 已交财务待签收 / 财务已签收), the buttons for
 * the right people (hand over: aftersales:monthend; 签收 and 退回 with a reason: finance; 撤回: the
 * hander before receipt), the unconfirmed people as a warning, the totals handed over against
 * today's (a difference is highlighted) and the history of hand-overs.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Table, Tag, Timeline, Typography } from 'antd';
import { CheckCircleOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { formatDateTime, formatYuan } from '../../../app/format';
import { monthendApi, monthendKeys, MONTHEND_PERM, type HandoverComparison, type HandoverRecord, type HandoverState, type PersonTotal } from './api';

const STATE_COLOR: Record<HandoverState, string> = { none: 'default', handed: 'gold', received: 'green' };

export function HandoverCard({ month, people }: { month: string; people: PersonTotal[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, hasPermission } = useAuth();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'handOver' | 'reopen' | null>(null);
  const [form] = Form.useForm<{ text?: string }>();
  const q = useQuery({ queryKey: monthendKeys.handover(month), queryFn: () => monthendApi.handover(month) });
  const v = q.data;
  const done = (msg: string) => {
    message.success(msg);
    setDialog(null);
    void qc.invalidateQueries({ queryKey: ['aftersales', 'monthend'] });
  };
  const onError = (e: unknown) => message.error(errorMessage(e));
  const handOver = useMutation({ mutationFn: (note: string) => monthendApi.handOver({ month, note: note || undefined }), onSuccess: () => done(t('aftersales.monthend.handover.handedOk')), onError });
  const receive = useMutation({ mutationFn: () => monthendApi.receive(month), onSuccess: () => done(t('aftersales.monthend.handover.receivedOk')), onError });
  const reopen = useMutation({ mutationFn: (reason: string) => monthendApi.reopen({ month, reason: reason || undefined }), onSuccess: () => done(t('aftersales.monthend.handover.reopenedOk')), onError });

  const isFinance = hasPermission(MONTHEND_PERM.receive);
  const cur = v?.current ?? null;
  const isHander = !!cur && cur.handedById === user?.id;
  // Finance returns with a reason; the hander withdraws (reason optional) while finance has not signed.
  const returning = !!cur && !(cur.status === 'handed' && isHander);
  const mayReopen = !!cur && ((cur.status === 'handed' && isHander) || isFinance);
  const unconfirmedNow = people.filter((p) => p.confirmedAt === null || p.confirmedTotalFen !== p.totalFen).map((p) => p.userName);

  return (
    <Card
      style={{ marginBottom: 16 }}
      loading={q.isLoading}
      title={(
        <Flex gap={8} align="center" wrap>
          {t('aftersales.monthend.handover.title')}
          {v && <Tag color={STATE_COLOR[v.state]} data-testid="handover-state">{t(`aftersales.monthend.handover.state.${v.state}`)}</Tag>}
        </Flex>
      )}
      extra={v && (
        <Flex gap={8} wrap className="no-print">
          {v.state === 'none' && (
            <Button type="primary" icon={<SendOutlined />} disabled={!v.mayHandOver} title={v.mayHandOver ? undefined : t('aftersales.monthend.handover.future')} onClick={() => { form.resetFields(); setDialog('handOver'); }} data-testid="handover-hand">
              {t('aftersales.monthend.handover.handOver')}
            </Button>
          )}
          {cur?.status === 'handed' && isFinance && (
            <Button type="primary" icon={<CheckCircleOutlined />} loading={receive.isPending} onClick={() => receive.mutate()} data-testid="handover-receive">{t('aftersales.monthend.handover.receive')}</Button>
          )}
          {mayReopen && (
            <Button danger icon={<RollbackOutlined />} onClick={() => { form.resetFields(); setDialog('reopen'); }} data-testid="handover-reopen">
              {t(returning ? 'aftersales.monthend.handover.return' : 'aftersales.monthend.handover.withdraw')}
            </Button>
          )}
        </Flex>
      )}
    >
      {v && cur && (
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 12 }} items={[
          { key: 'by', label: t('aftersales.monthend.handover.handedBy'), children: `${cur.handedByName ?? ''} ${formatDateTime(cur.handedAt)}` },
          { key: 'total', label: t('aftersales.monthend.handover.handedTotal'), children: formatYuan(cur.totalFen) },
          { key: 'recv', label: t('aftersales.monthend.handover.receivedBy'), children: cur.receivedAt ? `${cur.receivedByName ?? ''} ${formatDateTime(cur.receivedAt)}` : t('aftersales.monthend.handover.notReceived') },
          ...(cur.note ? [{ key: 'note', label: t('aftersales.monthend.handover.note'), children: cur.note }] : []),
        ]} />
      )}
      {v && cur && cur.unconfirmed.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('aftersales.monthend.handover.unconfirmedAtHandover', { count: cur.unconfirmed.length, names: cur.unconfirmed.join('、') })} />
      )}
      {v && cur && <Typography.Paragraph type="secondary">{t('aftersales.monthend.handover.lockedHint')}</Typography.Paragraph>}
      {v?.state === 'none' && unconfirmedNow.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('aftersales.monthend.handover.unconfirmedNow', { count: unconfirmedNow.length, names: unconfirmedNow.join('、') })} />
      )}
      {v?.comparison && (v.comparison.rows.length > 0 || v.comparison.changed) && <ComparisonTable c={v.comparison} inForce={!!cur} />}
      {v && v.history.length > 0 && <History items={v.history} />}
      <Modal
        open={dialog !== null}
        title={dialog === 'handOver' ? t('aftersales.monthend.handover.handOver') : t(returning ? 'aftersales.monthend.handover.return' : 'aftersales.monthend.handover.withdraw')}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        confirmLoading={handOver.isPending || reopen.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(f) => (dialog === 'handOver' ? handOver.mutate(f.text?.trim() ?? '') : reopen.mutate(f.text?.trim() ?? ''))}>
          {dialog === 'handOver' && (
            <Typography.Paragraph>
              {t('aftersales.monthend.handover.confirmText', { month, total: formatYuan(people.reduce((a, p) => a + p.totalFen, 0)), count: people.length })}
              {unconfirmedNow.length > 0 && <Typography.Text type="warning"> {t('aftersales.monthend.handover.unconfirmedNow', { count: unconfirmedNow.length, names: unconfirmedNow.join('、') })}</Typography.Text>}
            </Typography.Paragraph>
          )}
          <Form.Item
            name="text"
            label={dialog === 'handOver' ? t('aftersales.monthend.handover.note') : t('aftersales.monthend.handover.reason')}
            rules={dialog === 'reopen' && returning ? [{ required: true, whitespace: true, message: t('aftersales.monthend.handover.reasonRequired') }] : []}
          >
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function ComparisonTable({ c, inForce }: { c: HandoverComparison; inForce: boolean }) {
  const { t } = useTranslation();
  const diff = (a: number, b: number) => (a === b ? '' : `${b > a ? '+' : ''}${formatYuan(b - a)}`);
  return (
    <>
      <Typography.Title level={5}>{t(inForce ? 'aftersales.monthend.handover.compare' : 'aftersales.monthend.handover.compareLast')}</Typography.Title>
      {c.changed && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('aftersales.monthend.handover.changed')} />}
      <Table
        rowKey="userId" size="small" pagination={false} scroll={{ x: 340 }} dataSource={c.rows}
        rowClassName={(r) => (r.changed ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('aftersales.monthend.col.person'), dataIndex: 'userName' },
          { title: t('aftersales.monthend.handover.handedFen'), dataIndex: 'handedFen', align: 'right', render: (x: number) => formatYuan(x) },
          { title: t('aftersales.monthend.handover.currentFen'), dataIndex: 'currentFen', align: 'right', render: (x: number, r) => (r.changed ? <Typography.Text type="danger" strong>{formatYuan(x)}</Typography.Text> : formatYuan(x)) },
          { title: t('aftersales.monthend.handover.diff'), key: 'd', align: 'right', render: (_: unknown, r) => <Typography.Text type="danger">{diff(r.handedFen, r.currentFen)}</Typography.Text> },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('aftersales.monthend.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{formatYuan(c.handedTotalFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{c.changed ? <Typography.Text type="danger" strong>{formatYuan(c.currentTotalFen)}</Typography.Text> : formatYuan(c.currentTotalFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right"><Typography.Text type="danger">{diff(c.handedTotalFen, c.currentTotalFen)}</Typography.Text></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}

function History({ items }: { items: HandoverRecord[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('aftersales.monthend.handover.history')}</Typography.Title>
      <Timeline items={items.map((h) => ({
        key: h.id,
        color: h.status === 'received' ? 'green' : h.status === 'handed' ? 'gold' : 'gray',
        content: (
          <div>
            <div>{t('aftersales.monthend.handover.handedLine', { name: h.handedByName ?? '', at: formatDateTime(h.handedAt), total: formatYuan(h.totalFen), count: h.unconfirmedCount })}{h.note ? ` · ${h.note}` : ''}</div>
            {h.receivedAt && <div>{t('aftersales.monthend.handover.receivedLine', { name: h.receivedByName ?? '', at: formatDateTime(h.receivedAt) })}</div>}
            {h.reopenedAt && <div>{t('aftersales.monthend.handover.reopenedLine', { name: h.reopenedByName ?? '', at: formatDateTime(h.reopenedAt), reason: h.reopenReason || t('aftersales.monthend.handover.noReason') })}</div>}
          </div>
        ),
      }))} />
    </>
  );
}
