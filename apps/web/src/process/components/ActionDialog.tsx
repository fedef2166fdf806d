/**
 * Confirms one action on a task or on the instance, asking for what it needs: a comment or
 * reason (required for 驳回, 退回, 作废, 评论), the step to return to, the person to transfer to or
 * add as signer (前加签/后加签), attachments. Sends the task's revision, so a page that went stale
 * gets the server's 409 message and reloads.
 */
import { Alert, App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useIsMobile } from '../../app/useIsMobile';
import { UserSelect } from '../../platform/components/UserSelect';
import { processApi, processKeys } from '../api';
import { AttachmentUpload } from '../form/AttachmentUpload';
import type { ActionBody, InstanceAction, InstanceDetail, MyTask, TaskAction } from '../types';
import { CONFIRM_ONLY, DANGER, NEEDS_COMMENT, NEEDS_USER, SENDS_DATA, TAKES_ATTACHMENTS } from './actions';

export type PendingAction =
  | { scope: 'task'; action: TaskAction; task: MyTask; stepLabel: string; data?: Record<string, unknown> }
  | { scope: 'instance'; action: InstanceAction };

interface Props {
  instance: InstanceDetail;
  pending: PendingAction | null;
  onClose: () => void;
  /** After success (e.g. to close the phone's bottom sheet). */
  onDone?: () => void;
}

interface Values {
  comment?: string;
  toStep?: string;
  userId?: string;
  position?: 'before' | 'after';
  attachments?: string[];
}

export function ActionDialog({ instance, pending, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const action = pending?.action;

  const act = useMutation({
    mutationFn: async (v: Values) => {
      if (!pending) throw new Error('no action');
      const comment = v.comment?.trim() || undefined;
      const attachments = v.attachments?.length ? v.attachments : undefined;
      if (pending.scope === 'instance') {
        const body: ActionBody =
          pending.action === 'cancel' || pending.action === 'withdraw' ? { reason: comment, comment } : { comment, attachments };
        return processApi.instanceAction(instance.id, pending.action, body);
      }
      const sendData = SENDS_DATA.has(pending.action) && !(pending.action === 'add_signer' && v.position === 'before');
      const body: ActionBody = {
        comment,
        attachments,
        revision: pending.task.revision,
        ...(sendData && pending.data && Object.keys(pending.data).length ? { data: pending.data } : {}),
        ...(pending.action === 'return' ? { toStep: v.toStep } : {}),
        ...(NEEDS_USER.has(pending.action) ? { userId: v.userId } : {}),
        ...(pending.action === 'add_signer' ? { position: v.position ?? 'after' } : {}),
      };
      return processApi.taskAction(pending.task.taskId, pending.action, body);
    },
    onSuccess: async () => {
      message.success(t('process.action.done', { action: t(`process.action.${action}`) }));
      form.resetFields();
      onClose();
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: processKeys.all });
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 409) {
        // Someone else acted first (or the page is stale): say so, then show the current state.
        message.error(err.detail);
        form.resetFields();
        onClose();
        await queryClient.invalidateQueries({ queryKey: processKeys.instance(instance.id) });
        await queryClient.invalidateQueries({ queryKey: processKeys.inboxAll });
        await queryClient.invalidateQueries({ queryKey: processKeys.counts });
      }
    },
  });

  if (!pending || !action) return null;
  const needsComment = NEEDS_COMMENT.has(action);
  const commentLabel = t(`process.action.commentLabel.${action}`, { defaultValue: t('process.action.commentLabel.default') });
  const title = pending.scope === 'task' ? `${t(`process.action.${action}`)} · ${pending.stepLabel}` : t(`process.action.${action}`);

  return (
    <Modal
      open
      title={title}
      okText={t(`process.action.${action}`)}
      okButtonProps={{ danger: DANGER.has(action), loading: act.isPending, size: isMobile ? 'large' : undefined }}
      cancelButtonProps={{ size: isMobile ? 'large' : undefined }}
      onCancel={() => {
        act.reset();
        onClose();
      }}
      onOk={() => (CONFIRM_ONLY.has(action) ? act.mutate({}) : void form.validateFields().then((v) => act.mutate(v), () => undefined))}
      destroyOnHidden
      width={isMobile ? '100%' : 520}
      data-testid="action-dialog"
    >
      <Typography.Paragraph type="secondary">{t(`process.action.confirm.${action}`)}</Typography.Paragraph>
      {act.isError && !(act.error instanceof ApiError && act.error.status === 409) ? (
        <Alert type="error" showIcon title={errorMessage(act.error)} className="gj-mb" />
      ) : null}
      {CONFIRM_ONLY.has(action) ? null : (
        <Form form={form} layout="vertical" initialValues={{ position: 'after' }} preserve={false}>
          {action === 'return' ? (
            <Form.Item name="toStep" label={t('process.action.toStep')} rules={[{ required: true, message: t('process.action.toStepRequired') }]}>
              <Select
                options={instance.myActions.returnTargets.map((r) => ({ value: r.stepId, label: r.name }))}
                placeholder={t('process.action.toStepRequired')}
                data-testid="action-to-step"
              />
            </Form.Item>
          ) : null}
          {NEEDS_USER.has(action) ? (
            <Form.Item
              name="userId"
              label={action === 'transfer' ? t('process.action.transferTo') : t('process.action.signer')}
              rules={[{ required: true, message: t('process.action.userRequired') }]}
            >
              <UserSelect excludeId={user?.id} data-testid="action-user" />
            </Form.Item>
          ) : null}
          {action === 'add_signer' ? (
            <Form.Item name="position" label={t('process.action.signerPosition')} extra={t('process.action.signerPositionHint')}>
              <Radio.Group
                options={[
                  { value: 'before', label: t('process.action.before') },
                  { value: 'after', label: t('process.action.after') },
                ]}
              />
            </Form.Item>
          ) : null}
          <Form.Item
            name="comment"
            label={commentLabel}
            rules={[
              ...(needsComment ? [{ required: true, whitespace: true, message: t('process.action.commentRequired', { label: commentLabel }) }] : []),
              { max: action === 'cancel' || action === 'withdraw' ? 2000 : 5000 },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={action === 'cancel' || action === 'withdraw' ? 2000 : 5000} data-testid="action-comment" />
          </Form.Item>
          {TAKES_ATTACHMENTS.has(action) ? (
            <Form.Item name="attachments" label={t('process.action.attachments')}>
              <AttachmentUpload maxCount={50} data-testid="action-attachments" />
            </Form.Item>
          ) : null}
        </Form>
      )}
    </Modal>
  );
}
