import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingToday, daysUntil } from './api';

/** A due date, highlighted when it has passed (red) or falls within 30 days (orange). */
export function ExpiryDate({ date }: { date: string | null }) {
  const { t } = useTranslation();
  const days = daysUntil(date, beijingToday());
  if (!date || days === null) return <>—</>;
  if (days > 30) return <span>{date}</span>;
  const label = days < 0 ? t('vehicles.expired', { days: -days }) : days === 0 ? t('vehicles.dueToday') : t('vehicles.daysLeft', { days });
  return (
    <Tooltip title={label}>
      <Tag color={days <= 7 ? 'red' : 'orange'} data-testid="vehicle-expiry-soon">
        {date}
      </Tag>
    </Tooltip>
  );
}

export const STATUS_COLORS = { in_service: 'green', repair: 'orange', retired: 'default' } as const;
