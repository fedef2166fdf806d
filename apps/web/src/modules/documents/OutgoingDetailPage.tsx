/** 发文 page (DOC-2): the draft, its 文号 (编号 by the office with a configured prefix), number log, receipts. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { AttachmentList } from '../../process/form/AttachmentList';
import { docKeys, docsApi } from './api';
import { OUT_COLOR } from './OutgoingPage';
import { ReceiptsCard, UrgesCard } from './parts';

export default function OutgoingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: docKeys.outgoingOne(id), queryFn: () => docsApi.outgoingOne(id) });
  const prefixes = useQuery({ queryKey: docKeys.prefixes, queryFn: docsApi.prefixes });
  const [prefix, setPrefix] = useState<string>();
  const m = useMutation({
    mutationFn: async (fn: () => Promise<unknown>) => fn(),
    onSuccess: () => {
      message.success(t('documents.done'));
      void qc.invalidateQueries({ queryKey: ['documents'] });
    },
  });
  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const d = q.data;
  if (!d) return <Card loading />;
  return (
    <>
      <PageHeader
        title={d.title}
        description={d.number ?? t('documents.outgoing.noNumber')}
        extra={
          <Space>
            <Tag color={OUT_COLOR[d.status] ?? 'processing'}>{d.statusLabel}</Tag>
            {d.instanceId ? <Link to={`/instances/${d.instanceId}`}>{t('documents.processLink')}</Link> : null}
          </Space>
        }
      />
      {m.error ? <Alert type="error" showIcon title={errorMessage(m.error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('documents.outgoing.number')}>
            <span style={d.numberVoid ? { textDecoration: 'line-through' } : undefined} data-testid="out-number">{d.number ?? '—'}</span>
            {d.numberVoid ? <Tag color="red" style={{ marginLeft: 8 }}>{t('documents.outgoing.void')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.department')}>{d.department}</Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.drafter')}>{d.drafter}</Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.mainTo')}>{d.mainTo}</Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.ccTo')}>{d.ccTo || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.legalReview')}>{d.legalReview ? t('documents.yes') : t('documents.no')}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.secrecy')}>{d.secrecy}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.urgency')}>{d.urgency}</Descriptions.Item>
          <Descriptions.Item label={t('documents.outgoing.signer')}>{d.signer}{d.signedAt ? `（${formatDateTime(d.signedAt)}）` : ''}</Descriptions.Item>
        </Descriptions>
        {d.body ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{d.body}</Typography.Paragraph> : null}
        {d.attachmentIds.length ? <AttachmentList ids={d.attachmentIds} /> : null}
      </Card>
      {d.status === 'numbering' && d.canNumber && d.myOpenSteps.includes('numbering') ? (
        <Card size="small" title={t('documents.outgoing.numberTitle')} style={{ marginBottom: 12 }} className="gj-no-print">
          <Flex gap={8} wrap>
            <Select style={{ width: 180 }} placeholder={t('documents.outgoing.prefix')} value={prefix} onChange={setPrefix} options={(prefixes.data?.prefixes ?? []).map((p) => ({ value: p, label: p }))} data-testid="out-prefix" />
            <Button type="primary" disabled={!prefix} loading={m.isPending} onClick={() => m.mutate(() => docsApi.number(id, prefix!))} data-testid="out-number-btn">{t('documents.outgoing.numberBtn')}</Button>
          </Flex>
          <Typography.Text type="secondary">{t('documents.outgoing.numberHint')}</Typography.Text>
        </Card>
      ) : null}
      {d.numberLog.length ? (
        <Card size="small" title={t('documents.outgoing.numberLog')} style={{ marginBottom: 12 }}>
          <Timeline items={d.numberLog.map((l) => ({ color: l.action === 'void' ? 'red' : 'green', content: `${formatDateTime(l.at)} ${l.number} ${t(`documents.outgoing.log.${l.action}`)}${l.reason ? `：${l.reason}` : ''}` }))} />
        </Card>
      ) : null}
      <ReceiptsCard receipts={d.receipts} onRead={() => m.mutate(() => docsApi.read('outgoing', id))} />
      <UrgesCard urges={d.urges} />
    </>
  );
}
