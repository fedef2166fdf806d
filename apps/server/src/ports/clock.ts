/**
 * The clock port. Services ask it for the time so tests can move time instead of sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class FakeClock implements Clock {
  private t: number;
  constructor(start: string | Date = '2026-11-27T02:00:00.000Z') {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  advanceMs(ms: number): void {
    this.t += ms;
  }
  advanceMinutes(m: number): void {
    this.advanceMs(m * 60_000);
  }
  set(iso: string): void {
    this.t = new Date(iso).getTime();
  }
}

export const isoNow = (clock: Clock) => clock.now().toISOString();
