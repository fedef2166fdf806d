/**
 * X-1: every literal key the web app passes to t() exists in both bundles (zh-CN and en), the
 * shared ones merged with the parts' locale files as app/i18n.ts does, so no page shows a raw key.
 * Keys built at run time (template literals, variables) are not checked here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import zhCN from './locales/zh-CN';
import en from './locales/en';

type Bundle = Record<string, unknown>;
const SRC = join(import.meta.dirname, '..');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function mergeDeep(into: Bundle, from: Bundle): Bundle {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object') mergeDeep(cur as Bundle, v as Bundle);
    else into[k] = v;
  }
  return into;
}

async function bundle(base: Bundle, lang: 'zh-CN' | 'en'): Promise<Bundle> {
  const out = structuredClone(base);
  for (const f of files(join(SRC, 'modules')).filter((p) => p.endsWith(`locale.${lang}.ts`))) {
    mergeDeep(out, ((await import(f)) as { default: Bundle }).default);
  }
  return out;
}

function has(b: Bundle, key: string): boolean {
  const lookup = (k: string) => k.split('.').reduce<unknown>((o, part) => (o && typeof o === 'object' ? (o as Bundle)[part] : undefined), b);
  // i18next plurals: key_one / key_other stand for key.
  return [key, `${key}_one`, `${key}_other`].some((k) => typeof lookup(k) === 'string' || (lookup(k) !== undefined && k !== key));
}

describe('web texts', () => {
  it('X-1 every literal t() key of the web app is in the zh-CN and the en bundle', async () => {
    const bundles = { 'zh-CN': await bundle(zhCN as Bundle, 'zh-CN'), en: await bundle(en as Bundle, 'en') };
    const missing: string[] = [];
    let seen = 0;
    for (const f of files(SRC)) {
      const text = readFileSync(f, 'utf8');
      // t('a.b.c') / t("a.b.c") / i18n.t('…'), not when the call gives a defaultValue.
      for (const m of text.matchAll(/\bt\(\s*(['"])([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)\1\s*(,[^)]*defaultValue)?/g)) {
        if (m[3]) continue;
        seen++;
        for (const [lang, b] of Object.entries(bundles)) if (!has(b, m[2]!)) missing.push(`${lang} ${m[2]} (${relative(SRC, f)})`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect([...new Set(missing)]).toEqual([]);
  });
});
