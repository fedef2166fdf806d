import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type TaskStatus } from './api';

/** Status of assigned work, with 超期 in red when past its deadline. */
export function TaskStatusTag({ status, overdue }: { status: TaskStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STATUS_COLORS[status]}>{t(`tasks.status.${status}`)}</Tag>
      {overdue ? <Tag color="red">{t('tasks.overdue')}</Tag> : null}
    </>
  );
}

export function TaskPercent({ percent }: { percent: number }) {
  return <Progress percent={percent} size="small" style={{ minWidth: 90, margin: 0 }} />;
}
