/**
 * Display formatting. Times are stored in UTC and shown in Asia/Shanghai whatever the browser's
 * zone; money is integer fen and shown in yuan without ever going through floating point.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

export const TIME_ZONE = 'Asia/Shanghai';

/** 123456 → "¥1,234.56"; -5 → "-¥0.05". `symbol: false` drops the currency sign. */
export function formatYuan(fen: number | null | undefined, options: { symbol?: boolean } = {}): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '—';
  const value = Math.round(fen);
  const negative = value < 0;
  const abs = Math.abs(value);
  const yuan = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${options.symbol === false ? '' : '¥'}${yuan}.${cents}`;
}

/** ISO instant → "2026-03-05 14:30" in Asia/Shanghai. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  return d.tz(TIME_ZONE).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

/** ISO instant or YYYY-MM-DD → "2026-03-05" (instants are taken in Asia/Shanghai). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD') : value;
}

/** A dayjs value picked in the UI (read as Asia/Shanghai wall time) → ISO instant in UTC. */
export function toIsoInstant(value: dayjs.Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), TIME_ZONE).toISOString();
}

/** ISO instant → dayjs showing Asia/Shanghai wall time, for pickers. */
export function fromIsoInstant(iso: string): dayjs.Dayjs {
  return dayjs(dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss'));
}

/** First line(s) of a long text, for table cells. */
export function excerpt(text: string | null | undefined, max = 60): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
