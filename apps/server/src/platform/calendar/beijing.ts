/**
 * Beijing time (Asia/Shanghai: UTC+8, no daylight saving) — the company's dates. The one place
 * that turns an instant into the Beijing calendar date or month; call these instead of adding the
 * offset by hand.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

const ms = (t: Date | number) => (typeof t === 'number' ? t : t.getTime());

/** 'YYYY-MM-DD' in Beijing of an instant. */
export function beijingDate(t: Date | number): string {
  return new Date(ms(t) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM' in Beijing of an instant. */
export function beijingMonth(t: Date | number): string {
  return beijingDate(t).slice(0, 7);
}
