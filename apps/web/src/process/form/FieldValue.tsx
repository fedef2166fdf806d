/** One field's value for reading: money in yuan, people by name, files as links, 是/否. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatYuan } from '../../app/format';
import type { FieldSchema } from '../types';
import { usePunct } from '../punct';
import { AttachmentList } from './AttachmentList';
import { UserNames } from './UserNames';
import { hasValue, widgetOf } from './schema';

export function FieldValue({ schema: s, value, knownNames }: { schema: FieldSchema; value: unknown; knownNames?: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const p = usePunct();
  if (!hasValue(value)) return <Typography.Text type="secondary">—</Typography.Text>;
  // A list of rows (e.g. goods lines): a small table with the item schema's titles, not "[object Object]".
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) return <RowsValue schema={s} rows={value} />;
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  switch (widgetOf(s)) {
    case 'attachments':
      return <AttachmentList ids={list} />;
    case 'users':
    case 'user':
      return <UserNames ids={list} known={knownNames} />;
    case 'money':
      return <span className="gj-money">{typeof value === 'number' ? formatYuan(value) : String(value)}</span>;
    case 'datetime':
      return <span>{formatDateTime(String(value))}</span>;
    case 'date':
      return <span>{formatDate(String(value))}</span>;
    case 'boolean':
      return <span>{value === true ? t('process.form.yes') : t('process.form.no')}</span>;
    case 'multiEnum':
    case 'tags':
      return <span>{list.join(p.sep)}</span>;
    case 'object':
      return <pre className="json-block">{JSON.stringify(value, null, 2)}</pre>;
    default:
      return <span className="pre-line">{typeof value === 'object' ? JSON.stringify(value) : String(value)}</span>;
  }
}

function RowsValue({ schema: s, rows }: { schema: FieldSchema; rows: unknown[] }) {
  const props = s.items?.properties ?? {};
  const keys = [...new Set([...Object.keys(props), ...rows.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : []))])];
  return (
    <table className="gj-rows-value">
      <thead>
        <tr>{keys.map((k) => <th key={k}>{props[k]?.title ?? k}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {keys.map((k) => {
              const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[k] : undefined;
              return <td key={k}>{v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
