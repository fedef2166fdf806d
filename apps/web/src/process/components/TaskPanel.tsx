/**
 * "待我办理": one open task of the current user — the step's editable fields as a form, and a
 * button for exactly each action the server allows. On a phone it sits in a bottom sheet with
 * big buttons.
 */
import { useMemo } from 'react';
import { Button, Flex, Form, Tag, Typography } from 'antd';
import {
  CheckOutlined,
  CloseOutlined,
  CommentOutlined,
  EyeOutlined,
  RollbackOutlined,
  SwapOutlined,
  UserAddOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRenderer } from '../form/FormRenderer';
import { fieldEntries, fromFormValues, toFormValues } from '../form/schema';
import { stepRequiredFields } from '../form/stepRules';
import type { DefinitionLite, InstanceDetail, MyTask, StepLite, TaskAction } from '../types';
import type { PendingAction } from './ActionDialog';
import { DANGER, PRIMARY, SENDS_DATA, TASK_ACTION_ORDER } from './actions';
import { DueTag } from './DueTag';
import { usePunct } from '../punct';

const ICONS: Record<TaskAction, ReactNode> = {
  claim: <UserSwitchOutlined />,
  complete: <CheckOutlined />,
  approve: <CheckOutlined />,
  reject: <CloseOutlined />,
  return: <RollbackOutlined />,
  transfer: <SwapOutlined />,
  add_signer: <UserAddOutlined />,
  read: <EyeOutlined />,
  comment: <CommentOutlined />,
};

interface Props {
  instance: InstanceDetail;
  def: DefinitionLite;
  task: MyTask;
  step: StepLite | undefined;
  stepLabel: string;
  onAction: (pending: PendingAction) => void;
  /** Phone bottom sheet: full-width big buttons. */
  sheet?: boolean;
}

export function TaskPanel({ instance, def, task, step, stepLabel, onAction, sheet = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const p = usePunct();
  const detail = instance.tasks.find((x) => x.id === task.taskId);
  const isCc = detail?.kind === 'cc';
  const fields = isCc ? [] : task.fields;
  const editable = fieldEntries(def.form, fields).length > 0;
  const required = useMemo(() => stepRequiredFields(def, step), [def, step]);
  const initialValues = useMemo(() => toFormValues(def.form, instance.data, fields), [def.form, instance.data, fields]);
  const actions = TASK_ACTION_ORDER.filter((a) => task.actions.includes(a));

  const run = async (action: TaskAction) => {
    let data: Record<string, unknown> | undefined;
    if (SENDS_DATA.has(action) && editable) {
      try {
        const values = (await form.validateFields()) as Record<string, unknown>;
        data = fromFormValues(def.form, values, fields);
      } catch {
        return; // the form shows what is missing
      }
    }
    onAction({ scope: 'task', action, task, stepLabel, data });
  };

  return (
    <div className={sheet ? 'gj-task-panel gj-task-panel-sheet' : 'gj-task-panel'} data-testid="task-panel">
      <Flex gap={8} wrap align="center" className="gj-task-panel-head">
        <Typography.Text strong className="gj-task-step">
          {stepLabel}
        </Typography.Text>
        {detail?.actingFor ? <Tag color="gold">{t('process.inbox.actingFor', { name: detail.actingFor.name })}</Tag> : null}
        {isCc ? <Tag>{t('process.task.cc')}</Tag> : null}
        {detail?.dueAt ? (
          <span>
            <Typography.Text type="secondary">
              {t('process.inbox.due')}
              {p.colon}
            </Typography.Text>
            <DueTag dueAt={detail.dueAt} overdue={detail.overdue} />
          </span>
        ) : null}
      </Flex>
      {step?.content || step?.summary ? (
        <Typography.Paragraph type="secondary" className="gj-task-hint">
          {step.content || step.summary}
        </Typography.Paragraph>
      ) : null}
      {editable ? (
        <FormRenderer
          mode="edit"
          schema={def.form ?? {}}
          fields={fields}
          forms={def.forms}
          form={form}
          initialValues={initialValues}
          requiredFields={required}
          data-testid="task-form"
        />
      ) : null}
      <Flex gap={8} wrap className="gj-task-actions">
        {actions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.has(a) || (a === 'claim' && actions.length > 1) ? 'primary' : 'default'}
            ghost={a === 'claim' && actions.length > 1}
            danger={DANGER.has(a)}
            icon={ICONS[a]}
            size={sheet ? 'large' : 'middle'}
            block={sheet}
            onClick={() => void run(a)}
            data-testid={`task-action-${a}`}
          >
            {t(`process.action.${a}`)}
          </Button>
        ))}
      </Flex>
    </div>
  );
}
