/**
 * The company's working hours (company.workingHours) on the vehicles settings page: read-only for
 * most; holders of `calendar:manage` may change them here (they also move workday deadlines).
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { reportKeys, reportsApi } from './api';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function WorkingHoursCard({ hours }: { hours: { start: string; end: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission('calendar:manage');
  const queryClient = useQueryClient();
  const [start, setStart] = useState(hours.start);
  const [end, setEnd] = useState(hours.end);
  useEffect(() => {
    setStart(hours.start);
    setEnd(hours.end);
  }, [hours.start, hours.end]);
  const save = useMutation({
    mutationFn: () => reportsApi.saveWorkingHours({ start, end }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: reportKeys.settings });
      message.success(t('vehicles.settings.hoursSaved'));
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const valid = HHMM.test(start) && HHMM.test(end) && start < end;
  const changed = start !== hours.start || end !== hours.end;
  return (
    <Card variant="borderless" title={t('vehicles.settings.group.hours')} extra={<Typography.Text type="secondary">VEH-11 · VEH-12 · ENG-8</Typography.Text>}>
      {canEdit ? (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
          <Typography.Text>{t('vehicles.settings.field.workdayStart')}</Typography.Text>
          <Input value={start} onChange={(e) => setStart(e.target.value.trim())} placeholder="08:30" aria-label={t('vehicles.settings.field.workdayStart')} style={{ width: 90 }} status={HHMM.test(start) ? undefined : 'error'} data-testid="hours-start" />
          <Typography.Text>{t('vehicles.settings.field.workdayEnd')}</Typography.Text>
          <Input value={end} onChange={(e) => setEnd(e.target.value.trim())} placeholder="17:30" aria-label={t('vehicles.settings.field.workdayEnd')} style={{ width: 90 }} status={HHMM.test(end) ? undefined : 'error'} data-testid="hours-end" />
          <Button type="primary" disabled={!valid || !changed} loading={save.isPending} onClick={() => save.mutate()} data-testid="hours-save">
            {t('vehicles.settings.saveHours')}
          </Button>
        </Flex>
      ) : (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('vehicles.settings.field.workdayStart')}>{hours.start}</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.settings.field.workdayEnd')}>{hours.end}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Text type="secondary">{t('vehicles.settings.hoursHint')}</Typography.Text>
    </Card>
  );
}
