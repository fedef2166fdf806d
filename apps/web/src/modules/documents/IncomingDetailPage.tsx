/**
 * 收文 page (DOC-1): the register entry, its 拟办 / 批示 / 承办反馈 / 归档 (each user sees the form of
 * his own open step), 传阅 with read receipts (who, when), 催办记录 and the link to the process.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { AttachmentList } from '../../process/form/AttachmentList';
import { UserPicker } from '../../process/form/UserPicker';
import { docKeys, docsApi } from './api';
import { STATUS_COLOR } from './IncomingPage';
import { ReceiptsCard, UrgesCard } from './parts';

const LEADERS = { department: '公司领导' };

export default function IncomingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: docKeys.incomingOne(id), queryFn: () => docsApi.incomingOne(id) });
  const deps = useQuery({ queryKey: docKeys.departments, queryFn: docsApi.departments });
  const [text, setText] = useState('');
  const [leaderId, setLeaderId] = useState<string>();
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [readers, setReaders] = useState<string[]>([]);
  const done = (msg: string) => () => {
    message.success(msg);
    setText('');
    void qc.invalidateQueries({ queryKey: ['documents'] });
  };
  const m = useMutation({
    mutationFn: async (fn: () => Promise<unknown>) => fn(),
    onSuccess: done(t('documents.done')),
  });
  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const d = q.data;
  if (!d) return <Card loading />;
  const steps = d.myOpenSteps;
  const run = (fn: () => Promise<unknown>) => m.mutate(fn);
  const action = (titleKey: string, body: React.ReactNode) => (
    <Card size="small" title={t(titleKey)} style={{ marginBottom: 12 }} className="gj-no-print">
      {body}
    </Card>
  );
  const textArea = (testid: string, placeholder: string) => <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder} maxLength={2000} data-testid={testid} />;

  return (
    <>
      <PageHeader
        title={d.title}
        description={`${d.regNo}${d.sourceNo ? ` · ${d.sourceNo}` : ''} · ${d.issuer}`}
        extra={
          <Space>
            <Tag color={STATUS_COLOR[d.status]} data-testid="doc-status">{d.statusLabel}</Tag>
            {d.instanceId ? <Link to={`/instances/${d.instanceId}`} data-testid="doc-process">{t('documents.processLink')}</Link> : null}
          </Space>
        }
      />
      {m.error ? <Alert type="error" showIcon title={errorMessage(m.error)} style={{ marginBottom: 12 }} data-testid="doc-error" /> : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('documents.col.regNo')}>{d.regNo}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.sourceNo')}>{d.sourceNo || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.issuer')}>{d.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.receivedOn')}>{d.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.urgency')}>{d.urgency}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.secrecy')}>{d.secrecy}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.copies')}>{d.copies}</Descriptions.Item>
          <Descriptions.Item label={t('documents.incoming.routine')}>{d.routine ? t('documents.yes') : t('documents.no')}</Descriptions.Item>
          <Descriptions.Item label={t('documents.col.registeredBy')}>{d.registeredBy}</Descriptions.Item>
          {d.note ? <Descriptions.Item label={t('documents.incoming.note')} span={3}>{d.note}</Descriptions.Item> : null}
          {d.proposal ? <Descriptions.Item label={t('documents.incoming.proposal')} span={3}>{d.proposal}</Descriptions.Item> : null}
          {d.leaderName ? <Descriptions.Item label={t('documents.col.leader')}>{d.leaderName}</Descriptions.Item> : null}
          {d.instruction ? <Descriptions.Item label={t('documents.incoming.instruction')} span={2}><span data-testid="doc-instruction">{d.instruction}</span></Descriptions.Item> : null}
          {d.archiveNote ? <Descriptions.Item label={t('documents.incoming.archiveNote')} span={3}>{d.archiveNote}</Descriptions.Item> : null}
        </Descriptions>
        {d.attachmentIds.length ? <AttachmentList ids={d.attachmentIds} /> : null}
      </Card>

      {d.status === 'registered' && d.canRegister
        ? action(
            'documents.incoming.handleTitle',
            <Flex vertical gap={8}>
              {textArea('in-text', t('documents.incoming.textHint'))}
              <Flex gap={8} wrap>
                <div style={{ minWidth: 220, flex: 1 }}><UserPicker spec={LEADERS} value={leaderId} onChange={(v) => setLeaderId(v as string)} data-testid="in-leader" /></div>
                <Button type="primary" disabled={!text.trim() || !leaderId} loading={m.isPending} onClick={() => run(() => docsApi.submit(id, { proposal: text, leaderId }))} data-testid="in-submit">{t('documents.incoming.submit')}</Button>
                <Button disabled={!text.trim()} onClick={() => run(() => docsApi.close(id, text))} data-testid="in-close">{t('documents.incoming.close')}</Button>
              </Flex>
            </Flex>,
          )
        : null}
      {steps.includes('propose')
        ? action('documents.incoming.proposeTitle', (
            <Flex vertical gap={8}>
              {textArea('in-proposal', t('documents.incoming.proposal'))}
              <UserPicker spec={LEADERS} value={leaderId} onChange={(v) => setLeaderId(v as string)} />
              <Button type="primary" disabled={!text.trim() || !leaderId} onClick={() => run(() => docsApi.propose(id, { proposal: text, leaderId: leaderId! }))}>{t('documents.submit')}</Button>
            </Flex>
          ))
        : null}
      {steps.includes('instruct')
        ? action('documents.incoming.instructTitle', (
            <Flex vertical gap={8}>
              {textArea('in-instruction', t('documents.incoming.instruction'))}
              <Select mode="multiple" placeholder={t('documents.incoming.departments')} value={departmentIds} onChange={setDepartmentIds} options={(deps.data ?? []).map((x) => ({ value: x.id, label: x.name }))} optionFilterProp="label" data-testid="in-departments" />
              <Button type="primary" disabled={!text.trim() || departmentIds.length === 0} onClick={() => run(() => docsApi.instruct(id, { instruction: text, departmentIds }))} data-testid="in-instruct">{t('documents.incoming.instructBtn')}</Button>
            </Flex>
          ))
        : null}
      {steps.includes('handle')
        ? action('documents.incoming.feedbackTitle', (
            <Flex vertical gap={8}>
              {textArea('in-feedback', t('documents.incoming.feedbackHint'))}
              <Flex gap={8}>
                <Button type="primary" disabled={!text.trim()} onClick={() => run(() => docsApi.feedback(id, { feedback: text }))} data-testid="in-feedback-send">{t('documents.incoming.feedbackBtn')}</Button>
                <Button danger disabled={!text.trim()} onClick={() => run(() => docsApi.feedback(id, { feedback: text, returnToLeader: true }))}>{t('documents.incoming.returnBtn')}</Button>
              </Flex>
            </Flex>
          ))
        : null}
      {steps.includes('archive')
        ? action('documents.incoming.archiveTitle', (
            <Flex vertical gap={8}>
              {textArea('in-archive-note', t('documents.incoming.archiveNote'))}
              <Button type="primary" onClick={() => run(() => docsApi.archive(id, text.trim() || undefined))} data-testid="in-archive">{t('documents.incoming.archiveBtn')}</Button>
            </Flex>
          ))
        : null}

      {d.handling.length ? (
        <Card size="small" title={t('documents.incoming.handling')} style={{ marginBottom: 12 }}>
          <Table
            rowKey="departmentName"
            size="small"
            pagination={false}
            dataSource={d.handling}
            scroll={{ x: 720 }}
            data-testid="in-handling"
            columns={[
              { title: t('documents.incoming.department'), dataIndex: 'departmentName' },
              { title: t('documents.incoming.head'), dataIndex: 'headName' },
              { title: t('documents.col.status'), render: (_v, r) => (r.status === 'done' ? <Tag color="green">{t('documents.incoming.fedBack')}</Tag> : <Tag color={r.overdue ? 'red' : 'processing'}>{r.overdue ? t('documents.overdue') : t('documents.incoming.handlingNow')}</Tag>) },
              { title: t('documents.incoming.dueAt'), render: (_v, r) => formatDateTime(r.dueAt) },
              { title: t('documents.incoming.feedback'), dataIndex: 'feedback' },
              { title: t('documents.incoming.doneAt'), render: (_v, r) => formatDateTime(r.doneAt) },
            ]}
          />
        </Card>
      ) : null}

      <ReceiptsCard
        receipts={d.receipts}
        onRead={() => run(() => docsApi.read('incoming', id))}
        circulate={
          d.canRegister ? (
            <Flex gap={8} wrap className="gj-no-print">
              <div style={{ minWidth: 240, flex: 1 }}><UserPicker multiple value={readers} onChange={(v) => setReaders((v as string[]) ?? [])} data-testid="in-readers" /></div>
              <Button disabled={readers.length === 0} onClick={() => run(async () => { await docsApi.circulate('incoming', id, readers); setReaders([]); })} data-testid="in-circulate">{t('documents.circulate')}</Button>
            </Flex>
          ) : null
        }
      />
      <UrgesCard urges={d.urges} onUrge={d.instanceId && d.canRegister && !['archived', 'closed'].includes(d.status) ? () => run(() => docsApi.urge(d.instanceId!)) : undefined} />
      <Typography.Text type="secondary" className="gj-no-print">{t('documents.incoming.footer')}</Typography.Text>
    </>
  );
}
