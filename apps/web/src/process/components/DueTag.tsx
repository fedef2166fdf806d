import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';

const SOON_MS = 2 * 3_600_000;

/**
 * A task's time limit: the due time, with a red 超时 tag once overdue and an orange one when it is
 * due within 2 hours. Finished work shows the due time only.
 */
export function DueTag({ dueAt, overdue, open = true }: { dueAt: string | null; overdue: boolean; open?: boolean }) {
  const { t } = useTranslation();
  if (!dueAt) return <Typography.Text type="secondary">{t('process.due.none')}</Typography.Text>;
  const left = Date.parse(dueAt) - Date.now();
  const late = open && (overdue || left < 0);
  const soon = open && !late && left <= SOON_MS;
  return (
    <span className="gj-due">
      <span className="gj-nowrap">{formatDateTime(dueAt)}</span>
      {late ? (
        <Tag color="red" data-testid="due-overdue">
          {t('process.due.overdue')}
        </Tag>
      ) : soon ? (
        <Tag color="orange" data-testid="due-soon">
          {t('process.due.soon')}
        </Tag>
      ) : null}
      {!open && overdue ? <Tag color="red">{t('process.due.wasOverdue')}</Tag> : null}
    </span>
  );
}
