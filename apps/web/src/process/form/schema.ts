/**
 * Reading a process form's JSON Schema: which fields to show where, how values travel between the
 * instance data (fen, ISO instants, ids) and antd form values (yuan, dayjs), and the validation
 * rules a field's keywords imply.
 */
import dayjs from 'dayjs';
import type { FormRule as Rule } from 'antd';
import type { RuleObject } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { fromIsoInstant, toIsoInstant } from '../../app/format';
import type { DefinitionLite, FieldSchema } from '../types';

export type FieldEntry = [name: string, schema: FieldSchema];

export function fieldEntries(schema: FieldSchema | undefined, only?: readonly string[]): FieldEntry[] {
  const props = schema?.properties ?? {};
  const names = only ? only.filter((n) => n in props) : Object.keys(props);
  return names.map((n) => [n, props[n]!]);
}

/**
 * Fields filled when a process starts: every top-level field no step lists in its `fields`
 * (nobody could fill it later), plus the form's required fields.
 */
export function startFieldNames(def: DefinitionLite): string[] {
  const byStep = new Set(def.steps.flatMap((s) => s.fields ?? []));
  const required = new Set(def.form?.required ?? []);
  return Object.keys(def.form?.properties ?? {}).filter((n) => !byStep.has(n) || required.has(n));
}

export interface FieldGroup {
  /** The paper form's title (《…》), or null for fields that belong to none. */
  form: string | null;
  entries: FieldEntry[];
}

/**
 * Groups fields under their paper form (`x-form`). Reading, the paper forms come in the
 * definition's `forms` order and loose fields last; filling in a step, groups follow the order in
 * which the step lists its fields.
 */
export function groupByForm(entries: FieldEntry[], forms: readonly string[] = [], order: 'forms' | 'fields' = 'forms'): FieldGroup[] {
  const names = [...forms];
  for (const [, s] of entries) if (s['x-form'] && !names.includes(s['x-form'])) names.push(s['x-form']);
  const groups: FieldGroup[] = names.map((form) => ({ form, entries: entries.filter(([, s]) => s['x-form'] === form) }));
  const all = [...groups, { form: null, entries: entries.filter(([, s]) => !s['x-form']) }].filter((g) => g.entries.length > 0);
  if (order === 'fields') {
    const first = (g: FieldGroup) => entries.indexOf(g.entries[0]!);
    all.sort((a, b) => first(a) - first(b));
  }
  return all;
}

/**
 * A field's label. Money is entered and shown in yuan, so a title naming fen (分) names yuan
 * instead: `inYuan` adds the unit in the UI language.
 */
export function labelOf(name: string, s: FieldSchema, inYuan: (title: string) => string): string {
  const title = s.title ?? name;
  if (!s['x-money']) return title;
  return inYuan(title.replace(/\s*[（(]\s*分\s*[)）]\s*$/, ''));
}

export type Widget = 'money' | 'datetime' | 'date' | 'boolean' | 'enum' | 'textarea' | 'text' | 'number' | 'attachments' | 'users' | 'user' | 'multiEnum' | 'tags' | 'object';

export function widgetOf(s: FieldSchema): Widget {
  if (s['x-attachments']) return 'attachments';
  if (s['x-user-picker']) return s.type === 'array' ? 'users' : 'user';
  if (s['x-money']) return 'money';
  if (s.enum) return 'enum';
  switch (s.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
    case 'number':
      return 'number';
    case 'array':
      return s.items?.enum ? 'multiEnum' : 'tags';
    case 'object':
      return 'object';
    default:
      if (s.format === 'date-time') return 'datetime';
      if (s.format === 'date') return 'date';
      return (s.maxLength ?? 0) > 200 ? 'textarea' : 'text';
  }
}

/** Whether a field takes a full row (long text, uploads, nested objects). */
export function isWide(s: FieldSchema): boolean {
  return ['textarea', 'attachments', 'object'].includes(widgetOf(s));
}

/** Yuan with two decimals → integer fen, without float error (12.34 → 1234). */
export function yuanToFen(yuan: number): number {
  return Math.round(Number((yuan * 100).toFixed(2)));
}

function toFormValue(s: FieldSchema, v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  switch (widgetOf(s)) {
    case 'money':
      return typeof v === 'number' ? v / 100 : undefined;
    case 'datetime':
      return typeof v === 'string' && dayjs(v).isValid() ? fromIsoInstant(v) : undefined;
    case 'date':
      return typeof v === 'string' && dayjs(v).isValid() ? dayjs(v) : undefined;
    case 'object':
      return typeof v === 'object' ? toFormValues(s, v as Record<string, unknown>) : undefined;
    default:
      return v;
  }
}

/** Instance data → antd form values for the given fields. */
export function toFormValues(schema: FieldSchema | undefined, data: Record<string, unknown>, only?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of fieldEntries(schema, only)) {
    const v = toFormValue(s, data[name]);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

function fromFormValue(s: FieldSchema, v: unknown): unknown {
  if (v === undefined || v === null || v === '') return undefined;
  switch (widgetOf(s)) {
    case 'money':
      return typeof v === 'number' ? yuanToFen(v) : undefined;
    case 'datetime':
      return dayjs.isDayjs(v) ? toIsoInstant(v) : undefined;
    case 'date':
      return dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : undefined;
    case 'text':
    case 'textarea': {
      const text = String(v).trim();
      return text === '' ? undefined : text;
    }
    case 'users':
    case 'attachments':
    case 'multiEnum':
    case 'tags':
      return Array.isArray(v) && v.length > 0 ? v : undefined;
    case 'object': {
      const inner = fromFormValues(s, v as Record<string, unknown>);
      return Object.keys(inner).length ? inner : undefined;
    }
    default:
      return v;
  }
}

/** antd form values → instance data: empty values are left out, money back to fen, times to ISO. */
export function fromFormValues(schema: FieldSchema | undefined, values: Record<string, unknown>, only?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of fieldEntries(schema, only)) {
    const v = fromFormValue(s, values[name]);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The value type the required check expects (antd's default, string, would reject false). */
function requiredType(s: FieldSchema, w: Widget): RuleObject['type'] {
  switch (w) {
    case 'text':
    case 'textarea':
      return 'string';
    case 'number':
    case 'money':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'users':
    case 'attachments':
    case 'multiEnum':
    case 'tags':
      return 'array';
    case 'datetime':
    case 'date':
    case 'object':
      return 'object';
    case 'enum':
      return typeof s.enum?.[0] === 'number' ? 'number' : typeof s.enum?.[0] === 'boolean' ? 'boolean' : 'string';
    default:
      return 'string';
  }
}

/** antd rules from the schema's keywords (required, lengths, pattern, bounds, item counts). */
export function rulesFor(s: FieldSchema, required: boolean, t: TFunction): Rule[] {
  const label = labelOf('', s, (title) => t('process.form.yuanLabel', { title }));
  const rules: Rule[] = [];
  const w = widgetOf(s);
  if (required) {
    const rule: RuleObject = {
      required: true,
      whitespace: w === 'text' || w === 'textarea',
      type: requiredType(s, w),
      message: t(['text', 'textarea', 'number', 'money'].includes(w) ? 'process.form.required' : 'process.form.requiredPick', { label }),
    };
    rules.push(rule);
  }
  if (w === 'text' || w === 'textarea') {
    if (s.minLength !== undefined && s.minLength > 1) rules.push({ min: s.minLength, message: t('process.form.minLength', { label, min: s.minLength }) });
    if (s.maxLength !== undefined) rules.push({ max: s.maxLength, message: t('process.form.maxLength', { label, max: s.maxLength }) });
    if (s.pattern) {
      try {
        rules.push({ pattern: new RegExp(s.pattern, 'u'), message: t('process.form.pattern', { label }) });
      } catch {
        /* a pattern the browser cannot compile is left to the server */
      }
    }
  }
  if (w === 'number' || w === 'money') {
    const scale = w === 'money' ? 100 : 1;
    if (s.minimum !== undefined) rules.push({ type: 'number', min: s.minimum / scale, message: t('process.form.minimum', { label, min: s.minimum / scale }) });
    if (s.maximum !== undefined) rules.push({ type: 'number', max: s.maximum / scale, message: t('process.form.maximum', { label, max: s.maximum / scale }) });
  }
  if (['users', 'attachments', 'multiEnum', 'tags'].includes(w)) {
    if (s.maxItems !== undefined) rules.push({ type: 'array', max: s.maxItems, message: t('process.form.maxItems', { label, max: s.maxItems }) });
    if (s.minItems !== undefined && s.minItems > 1) rules.push({ type: 'array', min: s.minItems, message: t('process.form.minItems', { label, min: s.minItems }) });
  }
  return rules;
}

/** Whether a value counts as filled in for display. */
export function hasValue(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
