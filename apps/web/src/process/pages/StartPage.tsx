/** 发起流程: the fields filled at the start of a process, then POST /api/instances. */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { applyServerErrors } from '../../app/forms';
import { PROCESS_PERM, processApi, processKeys } from '../api';
import { FormRenderer } from '../form/FormRenderer';
import { dataFieldErrors } from '../form/dataErrors';
import { fieldEntries, fromFormValues, startFieldNames } from '../form/schema';
import type { DefinitionLite } from '../types';
import { usePunct } from '../punct';

/** A default title: the process name and the first required text the starter typed. */
function defaultTitle(def: DefinitionLite, data: Record<string, unknown>, paren: (text: string) => string): string {
  const firstText = (def.form?.required ?? []).map((n) => data[n]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return firstText ? `${def.name}${paren(firstText.slice(0, 40))}` : def.name;
}

export default function StartPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { hasPermission } = useAuth();
  const p = usePunct();
  const [form] = Form.useForm();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const def = useQuery({ queryKey: processKeys.definition(key), queryFn: () => processApi.definition(key) });

  const start = useMutation({
    mutationFn: (body: { processKey: string; data: Record<string, unknown>; title?: string }) => processApi.start(body),
    onSuccess: async ({ instanceId }) => {
      message.success(t('process.start.started'));
      await queryClient.invalidateQueries({ queryKey: processKeys.all });
      navigate(`/instances/${encodeURIComponent(instanceId)}`, { replace: true });
    },
    onError: (err) => {
      // Field errors go under their fields; anything else (e.g. 403) shows above the form.
      setProblem(applyServerErrors(form, dataFieldErrors(err)));
    },
  });

  if (def.isPending) return <PageSpin />;
  if (def.isError) return <Result status="error" title={t('process.start.loadFailed')} subTitle={errorMessage(def.error)} />;
  const d = def.data.definition;
  const fields = startFieldNames(d);
  const mayStart = hasPermission(d.startPermission ?? PROCESS_PERM.start);

  const submit = async () => {
    setProblem(null);
    const values = (await form.validateFields()) as Record<string, unknown>;
    const data = fromFormValues(d.form, values, fields);
    start.mutate({ processKey: key, data, title: title.trim() || defaultTitle(d, data, p.paren) });
  };

  return (
    <>
      <PageHeader
        title={t('process.start.title', { name: d.name })}
        description={d.purpose}
        extra={<Link to={`/processes/${encodeURIComponent(key)}`}>{t('process.start.viewTable')}</Link>}
      />
      <Card variant="borderless" className="gj-start-card">
        {!mayStart ? <Alert type="warning" showIcon title={t('process.start.noPermission')} className="gj-mb" /> : null}
        {problem ? <Alert type="error" showIcon title={problem} className="gj-mb" /> : null}
        <Form layout="vertical" component="div">
          <Form.Item label={t('process.start.instanceTitle')} extra={t('process.start.instanceTitleHint')}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder={d.name} data-testid="start-title" />
          </Form.Item>
        </Form>
        {fieldEntries(d.form, fields).length ? (
          <FormRenderer mode="edit" schema={d.form ?? {}} fields={fields} forms={d.forms} form={form} data-testid="start-form" />
        ) : (
          <Typography.Paragraph type="secondary">{t('process.start.noFields')}</Typography.Paragraph>
        )}
        <Flex gap={8} justify="flex-end" className="gj-form-actions">
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" icon={<SendOutlined />} loading={start.isPending} onClick={() => void submit().catch(() => undefined)} data-testid="start-submit">
            {t('process.start.submit')}
          </Button>
        </Flex>
      </Card>
    </>
  );
}
