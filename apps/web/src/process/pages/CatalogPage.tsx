/** 流程目录: every process (name, key, version, steps, purpose) with 查看 and 发起. */
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDateTime } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import { processApi, processKeys } from '../api';
import type { ProcessSummary } from '../types';

export default function CatalogPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const catalog = useQuery({ queryKey: processKeys.catalog, queryFn: processApi.catalog });
  const list = catalog.data ?? [];
  const detail = (p: ProcessSummary) => `/processes/${encodeURIComponent(p.key)}`;
  const startButton = (p: ProcessSummary, block = false) => !p.canStart ? null : (
    <Button
      type="primary"
      size={block ? 'large' : 'small'}
      block={block}
      icon={<PlayCircleOutlined />}
      onClick={(e) => {
        e.stopPropagation();
        navigate(`/processes/start/${encodeURIComponent(p.key)}`);
      }}
      data-testid={`start-${p.key}`}
    >
      {t('process.catalog.start')}
    </Button>
  );

  const columns: TableColumnsType<ProcessSummary> = [
    { title: t('process.catalog.name'), dataIndex: 'name', render: (v: string, p) => <Link to={detail(p)}>{v}</Link> },
    { title: t('process.catalog.key'), dataIndex: 'key', render: (v: string) => <span className="mono">{v}</span> },
    { title: t('process.catalog.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
    { title: t('process.catalog.steps'), dataIndex: 'stepCount', width: 70 },
    { title: t('process.catalog.purpose'), dataIndex: 'purpose', render: (v: string) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 360 }}>{v}</Typography.Paragraph> },
    {
      title: t('process.catalog.source'),
      dataIndex: 'source',
      width: 90,
      render: (v: string) => <Tag color={v === 'builtin' ? 'blue' : 'purple'}>{t(`process.catalog.sourceName.${v}`, { defaultValue: v })}</Tag>,
    },
    { title: t('process.catalog.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (v: string) => <span className="gj-nowrap">{formatDateTime(v)}</span> },
    { title: t('common.actions'), key: 'actions', width: 90, render: (_, p) => startButton(p) },
  ];

  return (
    <>
      <PageHeader title={t('process.nav.catalog')} description={t('process.catalog.description')} />
      <Card variant="borderless">
        {catalog.isError ? <Typography.Text type="danger">{errorMessage(catalog.error)}</Typography.Text> : null}
        {isMobile ? (
          <div className="gj-cards" data-testid="catalog-list">
            {list.map((p) => (
              <div key={p.key} className="gj-card-item" role="link" tabIndex={0} onClick={() => navigate(detail(p))}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{p.name}</Typography.Text>
                  <Tag>v{p.version}</Tag>
                </Flex>
                <div className="gj-card-meta mono">{p.key}</div>
                <div className="gj-card-meta">{t('process.catalog.stepCount', { count: p.stepCount })}</div>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="gj-card-meta" style={{ margin: 0 }}>
                  {p.purpose}
                </Typography.Paragraph>
                <div className="gj-card-actions">{startButton(p, true)}</div>
              </div>
            ))}
          </div>
        ) : (
          <Table<ProcessSummary>
            rowKey="key"
            loading={catalog.isPending}
            dataSource={list}
            columns={columns}
            pagination={false}
            scroll={{ x: 960 }}
            onRow={(p) => ({ onClick: () => navigate(detail(p)), className: 'gj-row-link' })}
            data-testid="catalog-table"
          />
        )}
      </Card>
    </>
  );
}
