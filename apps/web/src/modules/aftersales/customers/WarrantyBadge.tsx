import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARRANTY_COLORS, type WarrantyState } from '../api';

/** ASV-2 the warranty state of a piece of equipment as a coloured tag, the last day in the tooltip. */
export function WarrantyBadge({ state, lastDay, daysLeft }: { state: WarrantyState; lastDay: string | null; daysLeft?: number | null }) {
  const { t } = useTranslation();
  const detail =
    state === 'unknown'
      ? t('aftersales.warranty.unknownHint')
      : [
          t('aftersales.warranty.lastDay', { date: lastDay }),
          daysLeft === undefined || daysLeft === null
            ? null
            : daysLeft < 0
              ? t('aftersales.warranty.expiredDays', { days: -daysLeft })
              : daysLeft === 0
                ? t('aftersales.warranty.today')
                : t('aftersales.warranty.daysLeft', { days: daysLeft }),
        ]
          .filter(Boolean)
          .join('，');
  return (
    <Tooltip title={detail}>
      <Tag color={WARRANTY_COLORS[state]} data-testid={`warranty-${state}`} style={{ marginInlineEnd: 0 }}>
        {t(`aftersales.warranty.${state}`)}
      </Tag>
    </Tooltip>
  );
}
