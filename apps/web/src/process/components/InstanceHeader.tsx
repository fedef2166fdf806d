/** Instance header: title, process and version, status, initiator, 首问责任人, times, and the
 * initiator's actions on the whole instance (催办 / 撤回 / 作废 / 评论). */
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { BellOutlined, CommentOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import type { InstanceAction, InstanceDetail } from '../types';
import { DANGER, INSTANCE_ACTION_ORDER } from './actions';
import { InstanceStatusTag } from './StatusTag';

const ICONS: Record<InstanceAction, ReactNode> = {
  urge: <BellOutlined />,
  withdraw: <RollbackOutlined />,
  cancel: <StopOutlined />,
  comment: <CommentOutlined />,
};

interface Props {
  instance: InstanceDetail;
  currentLabel: string;
  onAction: (action: InstanceAction) => void;
}

export function InstanceHeader({ instance: i, currentLabel, onAction }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const actions = INSTANCE_ACTION_ORDER.filter((a) => i.myActions.instance.includes(a));
  return (
    <Card variant="borderless" className="gj-instance-header">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="instance-title">
              {i.title}
            </Typography.Title>
            <InstanceStatusTag status={i.status} />
          </Flex>
          <Typography.Text type="secondary">
            <Link to={`/processes/${encodeURIComponent(i.processKey)}`}>{i.processName}</Link> · {t('process.catalog.versionN', { version: i.version })}
          </Typography.Text>
        </div>
        {actions.length ? (
          <Flex gap={8} wrap className="gj-no-print">
            {actions.map((a) => (
              <Button key={a} icon={ICONS[a]} danger={DANGER.has(a)} onClick={() => onAction(a)} data-testid={`instance-action-${a}`}>
                {t(`process.action.${a}`)}
              </Button>
            ))}
          </Flex>
        ) : null}
      </Flex>
      <Descriptions
        size="small"
        column={isMobile ? 1 : { sm: 2, lg: 3 }}
        className="gj-instance-meta"
        items={[
          { key: 'initiator', label: t('process.instance.initiator'), children: i.initiator?.name ?? '—' },
          { key: 'owner', label: t('process.instance.owner'), children: i.owner?.name ?? <Typography.Text type="secondary">{t('process.instance.noOwner')}</Typography.Text> },
          { key: 'current', label: t('process.instance.current'), children: i.status === 'running' ? <Tag color="blue">{currentLabel || '—'}</Tag> : '—' },
          { key: 'started', label: t('process.instance.startedAt'), children: formatDateTime(i.startedAt) },
          { key: 'ended', label: t('process.instance.endedAt'), children: formatDateTime(i.endedAt) },
          ...(i.endReason ? [{ key: 'reason', label: t('process.instance.endReason'), children: <span className="pre-line">{i.endReason}</span> }] : []),
        ]}
      />
    </Card>
  );
}
