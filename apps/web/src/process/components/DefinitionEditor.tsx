/**
 * 定义: the process definition as JSON. Process admins can edit it and 校验并发布 (PUT): the server
 * checks it and answers with the new version, or with errors naming step and field, listed here.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Input, Typography } from 'antd';
import { CloudUploadOutlined, FormatPainterOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PROCESS_PERM, processApi, processKeys } from '../api';
import type { PublishResult } from '../types';
import { usePunct } from '../punct';

interface Issue {
  step: string | null;
  field: string;
  message: string;
}

/** Problem paths are `steps.<stepId>.<field>` for a step, or the field for the process. */
function issuesOf(err: ApiError): Issue[] {
  return err.errors.map((e) => {
    const m = /^steps\.([^.[\]]+)\.(.+)$/.exec(e.path);
    return m ? { step: m[1]!, field: m[2]!, message: e.message } : { step: null, field: e.path, message: e.message };
  });
}

function stepNameIn(json: string, stepId: string): string | null {
  try {
    const parsed = JSON.parse(json) as { steps?: { id?: string; name?: string }[] };
    return parsed.steps?.find((s) => s.id === stepId)?.name ?? null;
  } catch {
    return null;
  }
}

export function DefinitionEditor({ processKey }: { processKey: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const p = usePunct();
  const canPublish = hasPermission(PROCESS_PERM.admin);
  const queryClient = useQueryClient();
  const def = useQuery({ queryKey: processKeys.definition(processKey), queryFn: () => processApi.definition(processKey) });
  const original = def.data ? JSON.stringify(def.data.definition, null, 2) : '';
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const [result, setResult] = useState<PublishResult | null>(null);
  useEffect(() => setText(original), [original]);

  const publish = useMutation({
    mutationFn: (definition: unknown) => processApi.publish(processKey, definition),
    onSuccess: async (r) => {
      setResult(r);
      message.success(r.changed ? t('process.definition.published', { version: r.version }) : t('process.definition.unchanged', { version: r.version }));
      await queryClient.invalidateQueries({ queryKey: processKeys.all });
    },
    onError: (err) => {
      setResult(null);
      if (!(err instanceof ApiError && err.errors.length)) message.error(errorMessage(err));
    },
  });

  const parse = (): unknown => {
    try {
      const v: unknown = JSON.parse(text);
      setParseError(null);
      return v;
    } catch (e) {
      setParseError(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  };

  const issues = publish.error instanceof ApiError ? issuesOf(publish.error) : [];

  return (
    <div className="gj-definition" data-testid="definition-editor">
      <Flex gap={8} wrap className="toolbar" align="center">
        {def.data ? <Typography.Text type="secondary">{t('process.definition.current', { version: def.data.version })}</Typography.Text> : null}
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          <Button icon={<FormatPainterOutlined />} onClick={() => {
            const v = parse();
            if (v !== undefined) setText(JSON.stringify(v, null, 2));
          }}>
            {t('process.definition.format')}
          </Button>
          <Button icon={<UndoOutlined />} disabled={text === original} onClick={() => setText(original)}>
            {t('process.definition.reset')}
          </Button>
          {canPublish ? (
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              loading={publish.isPending}
              onClick={() => {
                const v = parse();
                if (v !== undefined) publish.mutate(v);
              }}
              data-testid="definition-publish"
            >
              {t('process.definition.publish')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {!canPublish ? <Alert type="info" showIcon title={t('process.definition.readOnly')} className="gj-mb" /> : null}
      {parseError ? <Alert type="error" showIcon title={t('process.definition.badJson')} description={parseError} className="gj-mb" /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          className="gj-mb"
          title={result.changed ? t('process.definition.published', { version: result.version }) : t('process.definition.unchanged', { version: result.version })}
          data-testid="definition-result"
        />
      ) : null}
      {publish.error instanceof ApiError ? (
        <Alert
          type="error"
          showIcon
          className="gj-mb"
          title={issues.length ? t('process.definition.invalid', { count: issues.length }) : publish.error.detail}
          description={
            issues.length ? (
              <ul className="gj-issues" data-testid="definition-errors">
                {issues.map((x, n) => (
                  <li key={n}>
                    {x.step ? (
                      <Typography.Text strong>
                        {t('process.definition.step', { id: x.step, name: stepNameIn(text, x.step) ?? '' })}
                      </Typography.Text>
                    ) : (
                      <Typography.Text strong>{t('process.definition.process')}</Typography.Text>
                    )}{' '}
                    <Typography.Text code>{x.field}</Typography.Text>
                    {p.colon}
                    {x.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        readOnly={!canPublish}
        spellCheck={false}
        autoSize={{ minRows: 16, maxRows: 40 }}
        className="gj-json-editor"
        data-testid="definition-json"
      />
    </div>
  );
}
