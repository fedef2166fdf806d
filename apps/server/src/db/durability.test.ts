import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { checkDurability, createDb, type DbHandle } from './create-db.js';

let handle: DbHandle | null = null;
let dir = '';
afterEach(async () => {
  await handle?.close();
  handle = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open() {
  dir = mkdtempSync(join(tmpdir(), 'gj-dur-'));
  handle = await createDb(`sqlite:${join(dir, 'x.db')}`);
  return handle;
}

it('SQLite opens with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
  const h = await open();
  expect(String(h.sqlite!.pragma('journal_mode', { simple: true }))).toBe('wal');
  expect(h.sqlite!.pragma('synchronous', { simple: true })).toBe(2);
  expect(h.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(Number(h.sqlite!.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
  await expect(checkDurability(h)).resolves.toBeUndefined();
});

it('the server refuses to start when SQLite durability settings are off', async () => {
  const h = await open();
  h.sqlite!.pragma('synchronous = NORMAL');
  await expect(checkDurability(h)).rejects.toThrow(/synchronous=1/);
  h.sqlite!.pragma('synchronous = FULL');
  h.sqlite!.pragma('foreign_keys = OFF');
  await expect(checkDurability(h)).rejects.toThrow(/foreign_keys=off/);
  h.sqlite!.pragma('foreign_keys = ON');
  h.sqlite!.pragma('journal_mode = DELETE');
  await expect(checkDurability(h)).rejects.toThrow(/journal_mode=delete/);
});
