/**
 * 流程实例: header, the form data (read-only, grouped by paper form), the current user's task
 * panel (a bottom sheet on a phone), the timeline of events, the task table and the diagram with
 * done and current steps marked.
 */
import { useMemo, useState } from 'react';
import { Button, Card, Col, Drawer, Result, Row, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../app/api';
import { PageSpin } from '../../app/components/PageSpin';
import { useIsMobile } from '../../app/useIsMobile';
import { processApi, processKeys } from '../api';
import { ActionDialog, type PendingAction } from '../components/ActionDialog';
import { EventTimeline } from '../components/EventTimeline';
import { InstanceHeader } from '../components/InstanceHeader';
import { ProcessDiagram } from '../components/ProcessDiagram';
import { TaskPanel } from '../components/TaskPanel';
import { TaskTable } from '../components/TaskTable';
import { FormRenderer } from '../form/FormRenderer';
import { stepLabel, stepMap } from '../steps';
import type { DefinitionLite, InstanceDetail } from '../types';
import { usePunct } from '../punct';

/** Everyone the instance names, by id, so user fields and events show names without look-ups. */
function peopleOf(i: InstanceDetail): Map<string, string> {
  const m = new Map<string, string>();
  const add = (p: { id: string; name: string } | null | undefined) => p && m.set(p.id, p.name);
  add(i.initiator);
  add(i.owner);
  for (const task of i.tasks) {
    add(task.assignee);
    add(task.actingFor);
    add(task.completedBy);
    task.candidates.forEach(add);
  }
  for (const e of i.events) {
    add(e.actor);
    add(e.actingFor);
  }
  return m;
}

/**
 * BPMN element ids (as apps/server/src/process/bpmn.ts makes them) of the steps the instance has
 * left along a transition, or ended in, and of the steps open now. A step that was open when the
 * instance was cancelled or withdrawn is neither.
 */
function progressOf(i: InstanceDetail): { done: string[]; current: string[] } {
  const current = i.status === 'running' ? i.currentSteps : [];
  const done = new Set<string>();
  for (const e of i.events) {
    if (!e.stepId) continue;
    if (e.type === 'transition' || e.type === 'completed') done.add(e.stepId);
  }
  for (const s of current) done.delete(s);
  return { done: ['StartEvent_start', ...[...done].map((s) => `Step_${s}`)], current: current.map((s) => `Step_${s}`) };
}

export default function InstancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const p = usePunct();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const query = useQuery({ queryKey: processKeys.instance(id), queryFn: () => processApi.instance(id) });
  const i = query.data;
  const def = i?.definition as unknown as DefinitionLite | undefined;
  const steps = useMemo(() => stepMap(def), [def]);
  const names = useMemo(() => (i ? peopleOf(i) : new Map<string, string>()), [i]);
  const progress = useMemo(() => (i ? progressOf(i) : { done: [], current: [] }), [i]);

  if (query.isPending) return <PageSpin />;
  if (query.isError || !i || !def) {
    const status = query.error instanceof ApiError ? query.error.status : 0;
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title={status === 403 || status === 404 ? status : t('process.instance.loadFailed')}
        subTitle={errorMessage(query.error)}
        extra={
          <Link to="/tasks">
            <Button type="primary">{t('process.instance.backToInbox')}</Button>
          </Link>
        }
      />
    );
  }

  const currentLabel = i.currentSteps.map((s) => stepLabel(steps, s)).join(p.sep);
  const myTasks = i.myActions.tasks;
  const panels = (sheet: boolean) =>
    myTasks.map((task) => (
      <TaskPanel
        key={task.taskId}
        instance={i}
        def={def}
        task={task}
        step={steps.get(task.stepId)}
        stepLabel={stepLabel(steps, task.stepId)}
        onAction={setPending}
        sheet={sheet}
      />
    ));

  return (
    <div className={isMobile && myTasks.length ? 'gj-instance gj-has-bottom-bar' : 'gj-instance'} data-testid="instance-page">
      <InstanceHeader instance={i} currentLabel={currentLabel} onAction={(action) => setPending({ scope: 'instance', action })} />

      {!isMobile && myTasks.length ? (
        <Card variant="borderless" title={t('process.task.mine')} className="gj-section gj-my-task gj-no-print">
          {panels(false)}
        </Card>
      ) : null}

      <Row gutter={[16, 16]} className="gj-section">
        <Col xs={24} lg={15}>
          <Card variant="borderless" title={t('process.instance.formData')} style={{ height: '100%' }}>
            <FormRenderer mode="view" schema={def.form ?? {}} forms={def.forms} data={i.data} knownNames={names} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card variant="borderless" title={t('process.instance.timeline')} style={{ height: '100%' }}>
            <EventTimeline events={i.events} steps={steps} names={names} />
          </Card>
        </Col>
      </Row>

      <Card variant="borderless" title={t('process.instance.tasks')} className="gj-section">
        <TaskTable tasks={i.tasks} steps={steps} />
      </Card>

      <Card variant="borderless" title={t('process.instance.diagram')} className="gj-section">
        <ProcessDiagram processKey={i.processKey} version={i.version} done={progress.done} current={progress.current} />
      </Card>

      {isMobile && myTasks.length ? (
        <>
          <div className="gj-bottom-bar gj-no-print">
            <Typography.Text ellipsis className="gj-bottom-bar-step">
              {myTasks.map((task) => stepLabel(steps, task.stepId)).join(p.sep)}
            </Typography.Text>
            <Button type="primary" size="large" icon={<EditOutlined />} onClick={() => setSheetOpen(true)} data-testid="open-task-sheet">
              {t('process.task.handle')}
            </Button>
          </div>
          <Drawer
            placement="bottom"
            open={sheetOpen}
            onClose={() => setSheetOpen(false)}
            size="88%"
            title={t('process.task.mine')}
            styles={{ body: { padding: '12px 14px 24px' } }}
            className="gj-task-sheet"
            data-testid="task-sheet"
          >
            {panels(true)}
          </Drawer>
        </>
      ) : null}

      <ActionDialog instance={i} pending={pending} onClose={() => setPending(null)} onDone={() => setSheetOpen(false)} />
    </div>
  );
}
