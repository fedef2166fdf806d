/**
 * Twelve month grids (weeks start on Monday, as Chinese calendars do). Holidays are red, adjusted
 * workdays (调休上班) orange, plain weekends grey.
 */
import { memo } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../types';

interface Props {
  year: number;
  days: Map<string, CalendarDay>;
  today: string;
  /** Only weekday counting is meaningful when the year has holiday data. */
  covered: boolean;
  onPick?: (date: string) => void;
}

export const YearCalendar = memo(function YearCalendar({ year, days, today, covered, onPick }: Props) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div className="cal-grid" data-testid="year-calendar">
      {Array.from({ length: 12 }, (_, month) => {
        const first = dayjs(new Date(year, month, 1));
        const offset = (first.day() + 6) % 7;
        const count = first.daysInMonth();
        let workdays = 0;
        const cells = Array.from({ length: count }, (_, i) => {
          const d = first.date(i + 1);
          const date = d.format('YYYY-MM-DD');
          const entry = days.get(date);
          const weekend = d.day() === 0 || d.day() === 6;
          const isWorkday = entry ? entry.kind === 'workday' : !weekend;
          if (isWorkday) workdays++;
          const classes = ['cal-day'];
          if (entry?.kind === 'holiday') classes.push('cal-day-holiday');
          else if (entry?.kind === 'workday') classes.push('cal-day-workday');
          else if (weekend) classes.push('cal-day-weekend');
          if (date === today) classes.push('cal-day-today');
          const title = entry ? `${date} ${entry.name}（${t(entry.kind === 'holiday' ? 'calendar.kindHoliday' : 'calendar.kindWorkday')}）` : date;
          const mark = entry ? (
            <span className="cal-day-mark">{t(entry.kind === 'holiday' ? 'calendar.markHoliday' : 'calendar.markWorkday')}</span>
          ) : null;
          return onPick ? (
            <button
              key={date}
              type="button"
              className={classes.join(' ')}
              title={title}
              onClick={() => onPick(date)}
              data-date={date}
              style={i === 0 ? { gridColumnStart: offset + 1 } : undefined}
            >
              {i + 1}
              {mark}
            </button>
          ) : (
            <div key={date} className={classes.join(' ')} title={title} data-date={date} style={i === 0 ? { gridColumnStart: offset + 1 } : undefined}>
              {i + 1}
              {mark}
            </div>
          );
        });
        return (
          <div className="cal-month" key={month}>
            <div className="cal-month-title">
              <span>{first.format(t('calendar.monthFormat'))}</span>
              {covered ? <span style={{ fontWeight: 'normal', fontSize: 12, color: 'var(--gj-muted)' }}>{t('calendar.monthWorkdays', { count: workdays })}</span> : null}
            </div>
            <div className="cal-weekdays">
              {weekdays.map((w) => (
                <span key={w}>{w}</span>
              ))}
            </div>
            <div className="cal-days">{cells}</div>
          </div>
        );
      })}
    </div>
  );
});

export interface HolidayRun {
  name: string;
  kind: CalendarDay['kind'];
  from: string;
  to: string;
  days: number;
}

/** Consecutive days with the same kind and name, e.g. 国庆节 10-01 ~ 10-08 (8 days). */
export function holidayRuns(list: CalendarDay[]): HolidayRun[] {
  const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
  const runs: HolidayRun[] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.kind === d.kind && last.name === d.name && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === d.date) {
      last.to = d.date;
      last.days++;
    } else runs.push({ name: d.name, kind: d.kind, from: d.date, to: d.date, days: 1 });
  }
  return runs;
}
