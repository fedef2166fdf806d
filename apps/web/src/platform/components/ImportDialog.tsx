/**
 * xlsx import in two steps: the chosen file is first checked (mode=validate, nothing written) and
 * its row errors listed; then the user imports all rows (only when there are no errors) or, where
 * allowed, only the valid rows.
 */
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Descriptions, Flex, Modal, Result, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../app/api';
import type { ImportResult } from '../types';

export type ImportWriteMode = 'all' | 'valid-only';

interface Props {
  open: boolean;
  title: ReactNode;
  /** Explains the expected columns. */
  hint?: ReactNode;
  /** Extra inputs above the file (e.g. the year for a calendar import). */
  extra?: ReactNode;
  writeModes: ImportWriteMode[];
  run: (file: File, mode: 'validate' | ImportWriteMode) => Promise<ImportResult>;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

type RowError = ImportResult['errors'][number];

export function ImportDialog({ open, title, hint, extra, writeModes, run, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<null | 'validate' | ImportWriteMode>(null);

  const reset = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
    setFailure(null);
  };
  const close = () => {
    if (busy) return;
    reset();
    onClose();
  };

  const call = async (mode: 'validate' | ImportWriteMode, chosen: File) => {
    setBusy(mode);
    setFailure(null);
    try {
      const result = await run(chosen, mode);
      if (mode === 'validate') setChecked(result);
      else if (result.errors.length > 0 && result.created + result.updated === 0) setChecked(result);
      else {
        setDone(result);
        onImported(result);
      }
    } catch (err) {
      if (err instanceof ApiError) setFailure(err);
      else message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const errors = checked?.errors ?? [];
  const footer = done
    ? [
        <Button key="done" type="primary" onClick={close}>
          {t('common.done')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close} disabled={!!busy}>
          {t('common.cancel')}
        </Button>,
        writeModes.includes('valid-only') ? (
          <Button
            key="valid"
            disabled={!file || !checked || busy !== null}
            loading={busy === 'valid-only'}
            onClick={() => file && void call('valid-only', file)}
            data-testid="import-valid-only"
          >
            {t('import.validOnly')}
          </Button>
        ) : null,
        <Button
          key="all"
          type="primary"
          disabled={!file || !checked || errors.length > 0 || busy !== null}
          loading={busy === 'all'}
          onClick={() => file && void call('all', file)}
          data-testid="import-all"
        >
          {t('import.all')}
        </Button>,
      ];

  return (
    <Modal open={open} title={title} onCancel={close} footer={footer} width={720} destroyOnHidden mask={{ closable: false }}>
      <Flex vertical gap={12}>
        {done ? (
          <Result
            status={done.errors.length ? 'warning' : 'success'}
            title={t('import.finished')}
            subTitle={t('import.summary', { created: done.created, updated: done.updated, skipped: done.skipped })}
          />
        ) : (
          <>
            {hint ? <Alert type="info" showIcon title={hint} /> : null}
            {extra}
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              multiple={false}
              showUploadList={false}
              disabled={busy !== null}
              beforeUpload={(chosen) => {
                setFile(chosen);
                setChecked(null);
                void call('validate', chosen);
                return false;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{file ? file.name : t('import.choose')}</p>
              <p className="ant-upload-hint">{t('import.chooseHint')}</p>
            </Upload.Dragger>
            {busy === 'validate' ? <Alert type="info" title={t('import.validating')} /> : null}
            {failure ? <ProblemAlert error={failure} /> : null}
            {checked ? <ValidationSummary result={checked} /> : null}
            {errors.length > 0 ? (
              <Table<RowError>
                size="small"
                rowKey={(r) => `${r.rowNumber}-${r.column ?? ''}-${r.message}`}
                dataSource={errors}
                pagination={errors.length > 8 ? { pageSize: 8, size: 'small' } : false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('import.row'), dataIndex: 'rowNumber', width: 80 },
                  { title: t('import.column'), dataIndex: 'column', width: 140, render: (v?: string) => v || '—' },
                  { title: t('import.problem'), dataIndex: 'message' },
                ]}
                data-testid="import-errors"
              />
            ) : null}
          </>
        )}
      </Flex>
    </Modal>
  );
}

function ValidationSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const counts = (
    <Descriptions
      size="small"
      column={3}
      items={[
        { key: 'c', label: t('import.toCreate'), children: result.created },
        { key: 'u', label: t('import.toUpdate'), children: result.updated },
        { key: 's', label: t('import.toSkip'), children: result.skipped },
      ]}
    />
  );
  return result.errors.length === 0 ? (
    <Alert type="success" showIcon title={t('import.valid')} description={counts} />
  ) : (
    <Alert type="warning" showIcon title={t('import.invalid', { count: result.errors.length })} description={counts} />
  );
}

function ProblemAlert({ error }: { error: ApiError }) {
  return (
    <Alert
      type="error"
      showIcon
      title={error.detail}
      description={
        error.errors.length ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {error.errors.slice(0, 20).map((e, i) => (
              <li key={i}>
                <Typography.Text type="secondary">{e.path}</Typography.Text> {e.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
