/** 工作台: 我的待办 / 已办 / 我发起的 / 抄送我的, with search, process filter, 只看超时 and paging. */
import { useEffect, useState } from 'react';
import { Badge, Button, Card, Flex, Input, Select, Switch, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { processApi, processKeys } from '../api';
import { InboxList } from '../components/InboxList';
import { useInboxCounts } from '../components/TodoBadge';
import type { InboxCounts, InboxParams, InboxView } from '../types';

const VIEWS: InboxView[] = ['todo', 'done', 'started', 'cc'];
const DEFAULT_PAGE_SIZE = 20;

function readParams(p: URLSearchParams): InboxParams {
  const view = p.get('view');
  return {
    view: VIEWS.includes(view as InboxView) ? (view as InboxView) : 'todo',
    q: p.get('q') ?? undefined,
    processKey: p.get('processKey') ?? undefined,
    overdue: p.get('overdue') === 'true' ? 'true' : undefined,
    page: Math.max(1, Number(p.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(p.get('pageSize')) || DEFAULT_PAGE_SIZE)),
  };
}

function badgeCount(view: InboxView, c: InboxCounts | undefined): number {
  if (!c) return 0;
  if (view === 'todo') return c.todo;
  if (view === 'cc') return c.ccUnread;
  return 0;
}

export default function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readParams(params);
  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);

  const update = (patch: Partial<InboxParams>) => {
    const next: InboxParams = { ...filters, page: 1, ...patch };
    const out: Record<string, string> = {};
    if (next.view !== 'todo') out.view = next.view;
    if (next.q) out.q = next.q;
    if (next.processKey) out.processKey = next.processKey;
    if (next.overdue) out.overdue = 'true';
    if (next.page > 1) out.page = String(next.page);
    if (next.pageSize !== DEFAULT_PAGE_SIZE) out.pageSize = String(next.pageSize);
    setParams(out, { replace: true });
  };

  const counts = useInboxCounts();
  const catalog = useQuery({ queryKey: processKeys.catalog, queryFn: processApi.catalog, staleTime: 5 * 60_000 });
  const query = { ...filters, overdue: filters.view === 'started' || filters.view === 'cc' ? undefined : filters.overdue };
  const inbox = useQuery({ queryKey: processKeys.inbox(query), queryFn: () => processApi.inbox(query), placeholderData: keepPreviousData });

  const tabLabel = (view: InboxView) => {
    const total = counts.data ? counts.data[view] : undefined;
    const badge = badgeCount(view, counts.data);
    return (
      <span data-testid={`inbox-tab-${view}`}>
        {t(`process.inbox.view.${view}`)}
        {total !== undefined && view !== 'todo' ? <span className="gj-tab-count">{total}</span> : null}
        {badge ? <Badge count={badge} size="small" overflowCount={99} style={{ marginInlineStart: 6 }} /> : null}
      </span>
    );
  };

  return (
    <>
      <PageHeader
        title={t('process.inbox.pageTitle')}
        description={t('process.inbox.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/processes')}>
            {t('process.catalog.startSomething')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Tabs activeKey={filters.view} onChange={(v) => update({ view: v as InboxView })} items={VIEWS.map((v) => ({ key: v, label: tabLabel(v) }))} />
        <Flex gap={8} wrap align="center" className="toolbar">
          <Input.Search
            allowClear
            placeholder={t('process.inbox.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            className="gj-toolbar-search"
            data-testid="inbox-search"
          />
          <Select
            allowClear
            placeholder={t('process.inbox.allProcesses')}
            value={filters.processKey}
            onChange={(v: string | undefined) => update({ processKey: v })}
            options={(catalog.data ?? []).map((p) => ({ value: p.key, label: p.name }))}
            className="gj-toolbar-select"
            popupMatchSelectWidth={false}
            data-testid="inbox-process"
          />
          {filters.view !== 'started' && filters.view !== 'cc' ? (
            <Flex align="center" gap={6}>
              <Switch size="small" checked={!!filters.overdue} onChange={(on) => update({ overdue: on ? 'true' : undefined })} data-testid="inbox-overdue" />
              <Typography.Text>{t('process.inbox.overdueOnly')}</Typography.Text>
              {counts.data?.overdue ? <Badge count={counts.data.overdue} size="small" /> : null}
            </Flex>
          ) : null}
        </Flex>
        {inbox.isError ? <Typography.Text type="danger">{errorMessage(inbox.error)}</Typography.Text> : null}
        <InboxList
          view={filters.view}
          items={inbox.data?.items ?? []}
          loading={inbox.isFetching}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: inbox.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
