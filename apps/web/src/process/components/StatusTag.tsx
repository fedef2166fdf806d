import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const INSTANCE_COLOR: Record<string, string> = {
  running: 'processing',
  completed: 'success',
  rejected: 'error',
  withdrawn: 'default',
  cancelled: 'default',
};

const TASK_COLOR: Record<string, string> = {
  open: 'processing',
  waiting: 'warning',
  done: 'success',
  cancelled: 'default',
};

const OUTCOME_COLOR: Record<string, string> = {
  complete: 'green',
  approve: 'green',
  reject: 'red',
  return: 'orange',
  read: 'default',
  cancelled: 'default',
};

/** 流转中 / 已办结 / 已驳回 / 已撤回 / 已作废 */
export function InstanceStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={INSTANCE_COLOR[status] ?? 'default'}>{t(`process.instanceStatus.${status}`, { defaultValue: status })}</Tag>;
}

/** 待办理 / 等待中 / 已完成 / 已取消; a copy (抄送) is 未读 / 已阅. */
export function TaskStatusTag({ status, claimable = false, cc = false }: { status: string; claimable?: boolean; cc?: boolean }) {
  const { t } = useTranslation();
  if (cc) return status === 'open' ? <Tag color="gold">{t('process.taskStatus.unread')}</Tag> : <Tag>{t('process.taskStatus.read')}</Tag>;
  if (status === 'open' && claimable) return <Tag color="purple">{t('process.taskStatus.claimable')}</Tag>;
  return <Tag color={TASK_COLOR[status] ?? 'default'}>{t(`process.taskStatus.${status}`, { defaultValue: status })}</Tag>;
}

/** 办理 / 同意 / 驳回 / 退回 / 已阅 … */
export function OutcomeTag({ outcome }: { outcome: string | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  return <Tag color={OUTCOME_COLOR[outcome] ?? 'default'}>{t(`process.outcome.${outcome}`, { defaultValue: outcome })}</Tag>;
}
