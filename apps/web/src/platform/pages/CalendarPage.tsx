import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Empty, Flex, InputNumber, Popconfirm, Row, Select, Skeleton, Statistic, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { TIME_ZONE } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { platformApi, platformKeys } from '../api/platform';
import { CalendarDayModal } from '../components/CalendarDayModal';
import { ImportDialog } from '../components/ImportDialog';
import { holidayRuns, YearCalendar } from '../components/YearCalendar';
import { PERM } from '../permissions';
import type { CalendarDay } from '../types';

export default function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(PERM.calendarManage);
  const queryClient = useQueryClient();
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  const thisYear = Number(today.slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const [picked, setPicked] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [importYear, setImportYear] = useState(year + 1);

  const coverage = useQuery({ queryKey: platformKeys.calendarYears, queryFn: platformApi.calendarYears });
  const calendar = useQuery({ queryKey: platformKeys.calendarDays(year), queryFn: () => platformApi.calendarDays(year) });

  const markCovered = useMutation({
    mutationFn: () => platformApi.markCalendarYearCovered(year),
    onSuccess: async () => {
      message.success(t('calendar.markedCovered', { year }));
      await queryClient.invalidateQueries({ queryKey: platformKeys.calendarAll });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  const yearOptions = useMemo(() => {
    const years = new Set<number>([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year]);
    for (const y of coverage.data?.years ?? []) years.add(y.year);
    return [...years].sort((a, b) => a - b).map((y) => ({ value: y, label: t('calendar.yearLabel', { year: y }) }));
  }, [coverage.data, thisYear, year, t]);

  const days = useMemo(() => new Map<string, CalendarDay>((calendar.data?.days ?? []).map((d) => [d.date, d])), [calendar.data]);
  const runs = useMemo(() => holidayRuns(calendar.data?.days ?? []), [calendar.data]);
  const holidays = (calendar.data?.days ?? []).filter((d) => d.kind === 'holiday').length;
  const workdaysAdjusted = (calendar.data?.days ?? []).filter((d) => d.kind === 'workday').length;

  return (
    <>
      <PageHeader
        title={t('nav.calendar')}
        description={t('calendar.description')}
        extra={
          <>
            <Flex gap={4} align="center">
              <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} aria-label={t('calendar.prevYear')} disabled={year <= 2000} />
              <Select value={year} options={yearOptions} onChange={setYear} style={{ width: 120 }} data-testid="calendar-year" />
              <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} aria-label={t('calendar.nextYear')} disabled={year >= 2100} />
            </Flex>
            {canManage ? (
              <Button
                icon={<UploadOutlined />}
                onClick={() => {
                  setImportYear(calendar.data && !calendar.data.covered ? year : year + 1);
                  setImporting(true);
                }}
                data-testid="calendar-import"
              >
                {t('calendar.import')}
              </Button>
            ) : null}
          </>
        }
      />

      {calendar.isError ? <Alert type="error" showIcon title={errorMessage(calendar.error)} style={{ marginBottom: 16 }} /> : null}
      {calendar.data && !calendar.data.covered ? (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.notCovered', { year })}
          description={canManage ? t('calendar.notCoveredHint') : undefined}
          action={
            canManage ? (
              <Popconfirm
                title={t('calendar.markCoveredConfirm', { year })}
                description={t('calendar.markCoveredHint')}
                okText={t('calendar.markCovered')}
                onConfirm={() => markCovered.mutateAsync()}
              >
                <Button size="small" data-testid="calendar-mark-covered">
                  {t('calendar.markCovered')}
                </Button>
              </Popconfirm>
            ) : undefined
          }
          style={{ marginBottom: 16 }}
          data-testid="calendar-not-covered"
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card variant="borderless">
            <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
              <span className="cal-legend">
                <span className="cal-legend-swatch" style={{ background: 'var(--gj-holiday-bg)', border: '1px solid var(--gj-holiday)' }} />
                {t('calendar.legendHoliday')}
              </span>
              <span className="cal-legend">
                <span className="cal-legend-swatch" style={{ background: 'var(--gj-workday-bg)', border: '1px solid var(--gj-workday)' }} />
                {t('calendar.legendWorkday')}
              </span>
              <span className="cal-legend">
                <span className="cal-legend-swatch" style={{ background: '#fff', border: '1px solid #d0d5df' }} />
                {t('calendar.legendWeekend')}
              </span>
              {canManage ? <Typography.Text type="secondary">{t('calendar.clickHint')}</Typography.Text> : null}
            </Flex>
            {calendar.isPending ? (
              <Skeleton active paragraph={{ rows: 10 }} />
            ) : (
              <YearCalendar year={year} days={days} today={today} covered={!!calendar.data?.covered} onPick={canManage ? setPicked : undefined} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Flex vertical gap={16}>
            <Card variant="borderless">
              <Row gutter={[8, 16]}>
                <Col span={12}>
                  <Statistic
                    title={t('calendar.workdayCount')}
                    value={calendar.data?.workdayCount ?? '—'}
                    loading={calendar.isPending}
                    data-testid="calendar-workday-count"
                  />
                </Col>
                <Col span={12}>
                  <Statistic title={t('calendar.holidayCount')} value={holidays} loading={calendar.isPending} />
                </Col>
                <Col span={12}>
                  <Statistic title={t('calendar.adjustedCount')} value={workdaysAdjusted} loading={calendar.isPending} />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('calendar.coverage')}
                    value={calendar.data ? (calendar.data.covered ? t('calendar.covered') : t('calendar.uncovered')) : '—'}
                    styles={{ content: { color: calendar.data && !calendar.data.covered ? 'var(--gj-workday)' : undefined, fontSize: 20 } }}
                  />
                </Col>
              </Row>
            </Card>
            <Card variant="borderless" title={t('calendar.arrangements')} size="small">
              {runs.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noArrangements')} />
              ) : (
                <Flex vertical gap={8} data-testid="calendar-runs">
                  {runs.map((r) => (
                    <Flex key={`${r.kind}-${r.from}`} justify="space-between" gap={8} align="center">
                      <span>
                        <Tag color={r.kind === 'holiday' ? 'red' : 'orange'}>{t(r.kind === 'holiday' ? 'calendar.markHoliday' : 'calendar.markWorkday')}</Tag>
                        {r.name}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                        {r.from === r.to ? r.from.slice(5) : `${r.from.slice(5)} ~ ${r.to.slice(5)}`}
                        {r.days > 1 ? ` · ${t('calendar.dayCount', { count: r.days })}` : ''}
                      </Typography.Text>
                    </Flex>
                  ))}
                </Flex>
              )}
            </Card>
            <Card variant="borderless" title={t('calendar.coveredYears')} size="small">
              {coverage.data?.years.length ? (
                <Flex gap={6} wrap>
                  {coverage.data.years.map((y) => (
                    <Tag key={y.year} color={y.year === year ? 'blue' : undefined} style={{ cursor: 'pointer' }} onClick={() => setYear(y.year)}>
                      {y.year} · {t(`calendar.source.${y.source}`, { defaultValue: y.source })}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{coverage.isPending ? t('common.loading') : t('calendar.noCoveredYears')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>

      <CalendarDayModal date={picked} entry={picked ? (days.get(picked) ?? null) : null} onClose={() => setPicked(null)} />
      <ImportDialog
        open={importing}
        title={t('calendar.importTitle')}
        hint={t('calendar.importHint')}
        extra={
          <Flex align="center" gap={8}>
            <Typography.Text>{t('calendar.importYear')}</Typography.Text>
            <InputNumber min={2000} max={2100} precision={0} value={importYear} onChange={(v) => v && setImportYear(v)} data-testid="calendar-import-year" />
          </Flex>
        }
        writeModes={['all']}
        run={(file, mode) => platformApi.importCalendar(file, importYear, mode === 'validate' ? 'validate' : 'all')}
        onClose={() => setImporting(false)}
        onImported={() => {
          void queryClient.invalidateQueries({ queryKey: platformKeys.calendarAll });
          setYear(importYear);
        }}
      />
    </>
  );
}
