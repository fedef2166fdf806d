/** One request in a line: priority tags, who, where, when. */
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { CarRequest } from './api';

export function RequestSummary({ r }: { r: CarRequest }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {r.urgent ? <Tag color="red">{t('vehicles.requests.urgent')}</Tag> : null}
      <Tag color={r.cargoKind === 'passengers' ? 'blue' : 'orange'}>{r.cargoLabel}</Tag>
      <Typography.Text>
        {r.requesterName} · {r.destination} · {formatDateTime(r.startAt)}–{formatDateTime(r.endAt).slice(11)}
        {r.passengers ? ` · ${t('vehicles.requests.people', { n: r.passengers })}` : ''}
      </Typography.Text>
    </Space>
  );
}
