/**
 * 流转记录: the instance's event log as a timeline — who did what at which step, acting for whom
 * (代), when (Asia/Shanghai), with comments and attachments. Transitions are folded into the
 * arrival at the next step ("到达 4 保修范围内维修（保修范围内）").
 */
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { AttachmentList } from '../form/AttachmentList';
import type { InstanceEvent, StepLite } from '../types';
import { stepLabel } from '../steps';
import { usePunct } from '../punct';

const COLOR: Record<string, string> = {
  start: 'blue',
  complete: 'green',
  approve: 'green',
  completed: 'green',
  read: 'gray',
  enter: 'gray',
  reject: 'red',
  rejected: 'red',
  overdue: 'red',
  cancel: 'red',
  return: 'orange',
  due_soon: 'orange',
  urge: 'orange',
  withdraw: 'gray',
};

interface Props {
  events: InstanceEvent[];
  steps: ReadonlyMap<string, StepLite>;
  names: ReadonlyMap<string, string>;
}

function record(x: unknown): Record<string, unknown> {
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

export function EventTimeline({ events, steps, names }: Props) {
  const { t } = useTranslation();
  const p = usePunct();
  const nameOf = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? id) : '');

  const items = events
    .map((e, i) => ({ e, prev: events[i - 1] }))
    .filter(({ e }) => e.type !== 'transition')
    .map(({ e, prev }) => {
      const data = record(e.data);
      const attachments = Array.isArray(data.attachments) ? data.attachments.map(String) : [];
      const step = e.stepId ? stepLabel(steps, e.stepId) : '';
      const extra: string[] = [];
      if (e.type === 'enter' && prev?.type === 'transition') {
        const label = record(prev.data).label;
        if (typeof label === 'string' && label && label !== 'reject') extra.push(label);
      }
      if (e.type === 'transfer') extra.push(t('process.event.transferTo', { name: nameOf(data.to) }));
      if (e.type === 'add_signer') {
        extra.push(t('process.event.signer', { name: nameOf(data.userId), position: t(`process.action.${data.position === 'before' ? 'before' : 'after'}`) }));
      }
      if (e.type === 'return' && typeof data.toStep === 'string') extra.push(t('process.event.returnTo', { step: stepLabel(steps, data.toStep) }));
      if (e.type === 'cc' && Array.isArray(data.users)) extra.push(t('process.event.ccTo', { names: data.users.map(nameOf).join(p.sep) }));
      if (e.type === 'overdue' && typeof data.escalateTo === 'string') extra.push(t('process.event.escalateTo', { name: nameOf(data.escalateTo) }));
      const quiet = e.type === 'enter';
      return {
        key: e.id,
        color: COLOR[e.type] ?? 'blue',
        content: (
          <div className={quiet ? 'gj-tl gj-tl-quiet' : 'gj-tl'} data-testid={`event-${e.type}`}>
            <div className="gj-tl-head">
              <Typography.Text strong={!quiet} type={quiet ? 'secondary' : undefined}>
                {t(`process.event.${e.type}`, { defaultValue: e.type })}
                {step && e.type !== 'start' ? ` · ${step}` : ''}
              </Typography.Text>
              {extra.length ? <Typography.Text type="secondary">{p.paren(extra.join(p.sep))}</Typography.Text> : null}
            </div>
            <div className="gj-tl-meta">
              {e.actor ? <span>{e.actor.name}</span> : quiet ? null : <span>{t('process.event.system')}</span>}
              {e.actingFor ? <span className="gj-acting">{t('process.event.actingFor', { name: e.actingFor.name })}</span> : null}
              <span className="gj-nowrap">{formatDateTime(e.at, true)}</span>
            </div>
            {e.comment ? <div className="gj-tl-comment pre-line">{e.comment}</div> : null}
            {attachments.length ? <AttachmentList ids={attachments} /> : null}
          </div>
        ),
      };
    });

  return (
    <div data-testid="event-timeline">
      <Timeline items={items} />
    </div>
  );
}
