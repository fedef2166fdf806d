import { expect, it } from 'vitest';
import { loadConfig } from './config.js';

it('defaults: 127.0.0.1:3000, SQLite under ./data, demo on, 30 min idle / 12 h absolute, 20 MB uploads', () => {
  const c = loadConfig({}, '/srv/gj');
  expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', dialect: 'sqlite', databaseUrl: 'sqlite:/srv/gj/data/guanjia.db', demoMode: true, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, uploadMaxBytes: 20 * 1024 * 1024, trustProxy: false });
});

it('DATABASE_URL=postgres:// switches dialect and turns demo mode off unless asked', () => {
  expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db' })).toMatchObject({ dialect: 'postgres', demoMode: false });
  expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', DEMO_MODE: 'true' }).demoMode).toBe(true);
});

it('bad values are refused with the variable named', () => {
  expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  expect(() => loadConfig({ DEMO_MODE: 'maybe' })).toThrow(/DEMO_MODE/);
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
});

it('TRUST_PROXY accepts true, a hop count or a list of addresses', () => {
  expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
});
