/**
 * UI language: zh-CN by default, English on request; the choice is kept in localStorage.
 * The same language goes to the API (Accept-Language) and to dayjs, and picks the antd locale.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import zhCN from './locales/zh-CN';
import en from './locales/en';
import { setApiLanguage } from './api';

dayjs.extend(utc);
dayjs.extend(timezone);

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'guanjia.lang';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  } catch {
    /* storage may be blocked; fall back to the default */
  }
  return 'zh-CN';
}

function applyLanguage(lang: Language): void {
  setApiLanguage(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
}

const initial = storedLanguage();
applyLanguage(initial);

/**
 * A module part keeps its texts beside its pages: `src/modules/<name>/<part>/locale.zh-CN.ts` and
 * `locale.en.ts` (default export, nested keys). They are merged into the shared bundles here, so
 * parts never edit the shared locale files.
 */
type Bundle = Record<string, unknown>;
const partLocales = import.meta.glob<{ default: Bundle }>('../modules/**/locale.{zh-CN,en}.ts', { eager: true });

function mergeDeep(into: Bundle, from: Bundle): Bundle {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object') mergeDeep(cur as Bundle, v as Bundle);
    else into[k] = v;
  }
  return into;
}

function withParts(base: Bundle, lang: Language): Bundle {
  const out = structuredClone(base);
  for (const [path, mod] of Object.entries(partLocales)) if (path.endsWith(`locale.${lang}.ts`)) mergeDeep(out, mod.default);
  return out;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: withParts(zhCN as Bundle, 'zh-CN') }, en: { translation: withParts(en as Bundle, 'en') } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'zh-CN';
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
  applyLanguage(lang);
  await i18n.changeLanguage(lang);
}

export default i18n;
