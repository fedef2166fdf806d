/**
 * 流程表 as the documents print it: title, 目的, 适用范围 and the forms above the table whose
 * columns are 环节, 任务概述, 内容及责任, 责任方(部门/岗位), 参与方(部门/岗位), 时间规定, 接口说明.
 * A phone shows one card per step; print always shows the table.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessTable } from '../types';
import { usePunct } from '../punct';

const COLUMNS = ['step', 'summary', 'content', 'responsible', 'participants', 'timeLimit', 'interface'] as const;

export function ProcessTableView({ table }: { table: ProcessTable }) {
  const { t } = useTranslation();
  const p = usePunct();
  const col = (c: (typeof COLUMNS)[number]) => t(`process.table.col.${c}`);
  return (
    <div className="gj-ptable-doc" data-testid="process-table">
      <h2 className="gj-ptable-title">{table.name}</h2>
      <div className="gj-ptable-version">
        {table.key} · {t('process.catalog.versionN', { version: table.version })}
      </div>
      <dl className="gj-ptable-head">
        <dt>{t('process.table.purpose')}</dt>
        <dd>{table.purpose || '—'}</dd>
        <dt>{t('process.table.scope')}</dt>
        <dd>{table.scope || '—'}</dd>
        <dt>{t('process.table.forms')}</dt>
        <dd>{table.forms.length ? table.forms.join(p.sep) : '—'}</dd>
      </dl>
      <table className="gj-ptable">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} className={`gj-ptable-${c}`}>
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.stepId}>
              {COLUMNS.map((c) => (
                <td key={c} className={`gj-ptable-${c}`}>
                  {r[c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="gj-ptable-cards">
        {table.rows.map((r) => (
          <div key={r.stepId} className="gj-card-item gj-card-static">
            <Typography.Text strong>
              {r.step} {r.summary}
            </Typography.Text>
            {(['content', 'responsible', 'participants', 'timeLimit', 'interface'] as const)
              .filter((c) => r[c])
              .map((c) => (
                <div key={c} className="gj-card-meta">
                  <Typography.Text type="secondary">
                    {col(c)}
                    {p.colon}
                  </Typography.Text>
                  {r[c]}
                </div>
              ))}
          </div>
        ))}
      </div>
    </div>
  );
}
