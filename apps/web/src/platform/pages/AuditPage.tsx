import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Table, Tooltip, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { platformApi, platformKeys } from '../api/platform';
import type { AuditEntry } from '../types';

export default function AuditPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [entity, setEntityState] = useState<string | undefined>();
  const [entityInput, setEntityInput] = useState('');
  const setEntity = (value: string | undefined) => {
    setEntityState(value);
    setEntityInput(value ?? '');
  };
  const params = { page, pageSize, entity };
  const audit = useQuery({ queryKey: platformKeys.audit(params), queryFn: () => platformApi.audit(params), placeholderData: keepPreviousData });
  const verify = useMutation({ mutationFn: platformApi.verifyAudit });

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        description={t('audit.description')}
        extra={
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
            {t('audit.verify')}
          </Button>
        }
      />
      {verify.data ? (
        verify.data.ok ? (
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => verify.reset() }}
            title={t('audit.verifyOk', { checked: verify.data.checked })}
            style={{ marginBottom: 16 }}
            data-testid="audit-verify-result"
          />
        ) : (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => verify.reset() }}
            title={t('audit.verifyBroken', { checked: verify.data.checked })}
            description={
              verify.data.firstBroken
                ? t('audit.firstBroken', { seq: verify.data.firstBroken.seq, id: verify.data.firstBroken.id, reason: verify.data.firstBroken.reason })
                : undefined
            }
            style={{ marginBottom: 16 }}
            data-testid="audit-verify-result"
          />
        )
      ) : verify.isError ? (
        <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar">
          <Input.Search
            allowClear
            placeholder={t('audit.entityPlaceholder')}
            value={entityInput}
            onChange={(e) => setEntityInput(e.target.value)}
            onSearch={(v) => {
              setEntity(v.trim() || undefined);
              setPage(1);
            }}
            style={{ width: 260 }}
          />
        </Flex>
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (e) => <pre className="json-block">{JSON.stringify(e.data, null, 2)}</pre>,
            rowExpandable: (e) => e.data !== null && e.data !== undefined,
          }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          data-testid="audit-table"
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, align: 'right' },
            { title: t('audit.time'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, true) },
            { title: t('audit.actor'), dataIndex: 'actorName', width: 110, render: (v: string | null) => v ?? t('audit.system') },
            { title: t('audit.action'), dataIndex: 'action', width: 160, render: (v: string) => <span className="mono">{v}</span> },
            {
              title: t('audit.entity'),
              dataIndex: 'entity',
              width: 130,
              render: (v: string) => (
                <a
                  onClick={() => {
                    setEntity(v);
                    setPage(1);
                  }}
                >
                  {v}
                </a>
              ),
            },
            {
              title: t('audit.entityId'),
              dataIndex: 'entityId',
              width: 140,
              render: (v: string | null) =>
                v ? (
                  <Typography.Text className="mono" copyable={{ text: v }} style={{ fontSize: 12 }}>
                    {v.length > 12 ? `${v.slice(0, 12)}…` : v}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            {
              title: t('audit.hash'),
              dataIndex: 'hash',
              width: 130,
              render: (v: string) => (
                <Tooltip title={<span className="mono">{v}</span>}>
                  <Typography.Text className="mono" type="secondary" style={{ fontSize: 12 }}>
                    {v.slice(0, 12)}
                  </Typography.Text>
                </Tooltip>
              ),
            },
          ]}
        />
        {entity ? (
          <Typography.Text type="secondary">
            {t('audit.filteredBy', { entity })}{' '}
            <a
              onClick={() => {
                setEntity(undefined);
                setPage(1);
              }}
            >
              {t('common.clearFilter')}
            </a>
          </Typography.Text>
        ) : null}
      </Card>
    </>
  );
}
