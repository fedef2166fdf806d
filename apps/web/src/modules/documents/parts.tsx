/** Shared cards of the document pages: read receipts (传阅回执) and 催办记录. */
import type { ReactNode } from 'react';
import { Button, Card, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import type { Receipt, Urge } from './api';

export function ReceiptsCard({ receipts, onRead, circulate }: { receipts: Receipt[]; onRead?: () => void; circulate?: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const mine = receipts.find((r) => r.userId === user?.id);
  return (
    <Card
      size="small"
      title={t('documents.receipts')}
      style={{ marginBottom: 12 }}
      extra={mine && !mine.readAt && onRead ? <Button type="primary" size="small" onClick={onRead} data-testid="doc-confirm-read">{t('documents.confirmRead')}</Button> : null}
    >
      <Flex vertical gap={8}>
        <Table<Receipt>
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={receipts}
          data-testid="doc-receipts"
          locale={{ emptyText: t('documents.noReceipts') }}
          columns={[
            { title: t('documents.reader'), dataIndex: 'userName' },
            { title: t('documents.reason'), render: (_v, r) => t(`documents.reasons.${r.reason}`) },
            { title: t('documents.sentAt'), render: (_v, r) => formatDateTime(r.sentAt) },
            { title: t('documents.readAt'), render: (_v, r) => (r.readAt ? formatDateTime(r.readAt) : <Tag>{t('documents.unread')}</Tag>) },
          ]}
        />
        {circulate}
      </Flex>
    </Card>
  );
}

export function UrgesCard({ urges, onUrge }: { urges: Urge[]; onUrge?: () => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('documents.urges')} style={{ marginBottom: 12 }} extra={onUrge ? <Button size="small" onClick={onUrge} data-testid="doc-urge">{t('documents.urge')}</Button> : null}>
      <Table<Urge>
        rowKey={(r) => `${r.at}-${r.stepName}`}
        size="small"
        pagination={false}
        dataSource={urges}
        data-testid="doc-urges"
        locale={{ emptyText: t('documents.noUrges') }}
        columns={[
          { title: t('documents.urgedAt'), render: (_v, r) => formatDateTime(r.at) },
          { title: t('documents.step'), dataIndex: 'stepName' },
          { title: t('documents.urgedUsers'), render: (_v, r) => r.users.join('、') },
          { title: t('documents.urgedBy'), render: (_v, r) => (r.auto ? <Tag color="red">{t('documents.autoUrge')}</Tag> : r.by) },
        ]}
      />
    </Card>
  );
}
