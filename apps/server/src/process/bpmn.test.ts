import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { ProcessDefinition, type ProcessDefinitionInput } from '@guanjia/engine';
import { propertyRepairProcess } from '../modules/property/property-repair.process.js';
import { escapeXml, toBpmnXml } from './bpmn.js';

interface El extends ModdleElement {
  flowElements?: El[];
  rootElements?: El[];
  diagrams?: El[];
  plane?: El & { planeElement: El[] };
  bpmnElement?: El;
  sourceRef?: El;
  targetRef?: El;
  conditionExpression?: { body: string; language?: string };
  loopCharacteristics?: El & { isSequential?: boolean; completionCondition?: { body: string } };
  eventDefinitions?: Array<El & { timeDuration?: { body: string } }>;
  documentation?: Array<{ text: string }>;
  default?: El;
  bounds?: { x: number; y: number; width: number; height: number };
  waypoint?: Array<{ x: number; y: number }>;
}

async function parse(xml: string): Promise<{ process: El; diagram: El; warnings: unknown[] }> {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const defs = rootElement as El;
  const process = defs.rootElements!.find((e) => e.$type === 'bpmn:Process')!;
  return { process, diagram: defs.diagrams![0]!, warnings };
}

const byName = (process: El, name: string): El | undefined => process.flowElements!.find((e) => e.name === name);
const flows = (process: El): El[] => process.flowElements!.filter((e) => e.$type === 'bpmn:SequenceFlow');
const nodes = (process: El): El[] => process.flowElements!.filter((e) => e.$type !== 'bpmn:SequenceFlow');

/** Every flow node has a shape with bounds and every flow an edge with ≥2 waypoints. */
function expectFullDiagram(process: El, diagram: El): void {
  const plane = diagram.plane!;
  expect(plane.$type).toBe('bpmndi:BPMNPlane');
  expect(plane.bpmnElement?.id).toBe(process.id);
  const shapes = plane.planeElement.filter((e) => e.$type === 'bpmndi:BPMNShape');
  const edges = plane.planeElement.filter((e) => e.$type === 'bpmndi:BPMNEdge');
  expect(shapes.map((s) => s.bpmnElement?.id).sort()).toEqual(nodes(process).map((n) => n.id).sort());
  expect(edges.map((e) => e.bpmnElement?.id).sort()).toEqual(flows(process).map((f) => f.id).sort());
  for (const s of shapes) expect(s.bounds!.width).toBeGreaterThan(0);
  for (const e of edges) expect(e.waypoint!.length).toBeGreaterThanOrEqual(2);
}

describe('ENG-3 BPMN of the property repair process (PRP-1)', async () => {
  const def = ProcessDefinition.parse(propertyRepairProcess);
  const xml = await toBpmnXml(def, 1);
  const { process, diagram, warnings } = await parse(xml);

  it('ENG-3 is BPMN 2.0 that bpmn-moddle reads without warnings, with a process named by the key', () => {
    expect(warnings).toEqual([]);
    expect(xml).toContain('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"');
    expect(process.id).toBe('Process_property_repair');
    expect(process.name).toBe('综合维修服务流程');
  });

  it('ENG-3 every step is an element named "<环节> <name>", user tasks for tasks, an end event for the end', () => {
    for (const s of def.steps) {
      const name = s.kind === 'end' ? s.name : `${s.no} ${s.name}`;
      const el = byName(process, name);
      expect(el, name).toBeDefined();
      expect(el!.$type).toBe(s.kind === 'end' ? 'bpmn:EndEvent' : 'bpmn:UserTask');
    }
    expect(byName(process, '3 检查维修问题')).toBeDefined();
    const start = process.flowElements!.find((e) => e.$type === 'bpmn:StartEvent')!;
    const first = flows(process).find((f) => f.sourceRef?.id === start.id)!;
    expect(first.targetRef?.name).toBe('1 接收维修登记表');
  });

  it('ENG-3 branching steps 3 and 7 flow into exclusive gateways with labelled, conditional flows', () => {
    for (const [stepName, labels] of [
      ['3 检查维修问题', ['保修范围内', '需要收费']],
      ['7 客户回访调查', ['客户满意', '客户不满意']],
    ] as const) {
      const out = flows(process).filter((f) => f.sourceRef?.name === stepName);
      expect(out).toHaveLength(1);
      const gw = out[0]!.targetRef!;
      expect(gw.$type).toBe('bpmn:ExclusiveGateway');
      const gwOut = flows(process).filter((f) => f.sourceRef?.id === gw.id);
      expect(gwOut.map((f) => f.name)).toEqual(labels);
      expect(JSON.parse(gwOut[0]!.conditionExpression!.body)).toEqual(def.steps.find((s) => `${s.no} ${s.name}` === stepName)!.transitions[0]!.when);
      expect(gwOut[1]!.conditionExpression).toBeUndefined();
      expect(gw.default?.id).toBe(gwOut[1]!.id);
    }
    expect(nodes(process).filter((n) => n.$type === 'bpmn:ExclusiveGateway')).toHaveLength(2);
  });

  it('ENG-3 ENG-5 the loop 9 二次维修 → 3 检查维修问题 is a flow', () => {
    const loop = flows(process).filter((f) => f.sourceRef?.name === '9 二次维修' && f.targetRef?.name === '3 检查维修问题');
    expect(loop).toHaveLength(1);
  });

  it('ENG-3 the diagram has a shape for each flow node and an edge for each flow', () => {
    expectFullDiagram(process, diagram);
    expect(nodes(process)).toHaveLength(9 + 1 + 1 + 2); // steps, start, end, gateways
  });
});

const allKinds: ProcessDefinitionInput = {
  key: 'demo.kinds',
  name: '各类环节 & <测试> "流程"',
  purpose: '检查 a < b && c > d 的转义',
  form: { type: 'object', properties: { amount: { type: 'number', title: '金额' } } },
  start: 'apply',
  steps: [
    {
      id: 'apply',
      name: '申请 <草稿> & "提交"',
      kind: 'task',
      content: "内容 <b>粗体</b> & 'quote'",
      assignee: { type: 'initiator' },
      transitions: [
        { to: 'sign', when: { '>': [{ var: 'amount' }, 200] }, label: '金额 > 200 & "大额"' },
        { to: 'approve', when: { '<=': [{ var: 'amount' }, 200] }, label: '金额 <= 200' },
      ],
    },
    {
      id: 'approve',
      name: '审批',
      kind: 'approval',
      assignee: { type: 'initiatorSupervisor' },
      onReject: 'apply',
      transitions: [{ to: 'cc' }],
    },
    {
      id: 'sign',
      name: '会签',
      kind: 'countersign',
      assignee: { type: 'position', position: '部门经理' },
      transitions: [{ to: 'orsign' }],
    },
    {
      id: 'orsign',
      name: '或签',
      kind: 'orsign',
      assignee: { type: 'position', position: '总经理' },
      transitions: [{ to: 'cc' }],
    },
    { id: 'cc', name: '抄送', kind: 'notify', cc: [{ type: 'position', position: '会计' }], transitions: [{ to: 'book' }] },
    { id: 'book', name: '记账', kind: 'auto', hook: 'demo.book', transitions: [{ to: 'pause' }] },
    { id: 'pause', name: '等待', kind: 'wait', wait: { amount: 2, unit: 'workdays' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

describe('ENG-3 BPMN of every step kind', async () => {
  const def = ProcessDefinition.parse(allKinds);
  const xml = await toBpmnXml(def, 7);
  const { process, diagram, warnings } = await parse(xml);
  const el = (name: string) => byName(process, name)!;

  it('ENG-3 escapes & < > " in names, labels, documentation and conditions, and still parses cleanly', () => {
    expect(warnings).toEqual([]);
    expect(process.name).toBe('各类环节 & <测试> "流程"');
    expect(el('1 申请 <草稿> & "提交"').documentation?.[0]?.text).toBe("内容 <b>粗体</b> & 'quote'");
    expect(flows(process).map((f) => f.name)).toEqual(expect.arrayContaining(['金额 > 200 & "大额"', '金额 <= 200']));
    const cond = flows(process).find((f) => f.name === '金额 <= 200')!.conditionExpression!;
    expect(JSON.parse(cond.body)).toEqual({ '<=': [{ var: 'amount' }, 200] });
    expect(xml).not.toMatch(/name="[^"]*<[^"]*"/);
    expect(escapeXml('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('ENG-3 ENG-4 maps each kind to its BPMN element', () => {
    expect(el('2 审批').$type).toBe('bpmn:UserTask');
    expect(el('2 审批').loopCharacteristics).toBeUndefined();
    const sign = el('3 会签');
    expect(sign.$type).toBe('bpmn:UserTask');
    expect(sign.loopCharacteristics?.$type).toBe('bpmn:MultiInstanceLoopCharacteristics');
    expect(sign.loopCharacteristics?.isSequential).toBe(false);
    expect(sign.loopCharacteristics?.completionCondition).toBeUndefined();
    const or = el('4 或签');
    expect(or.loopCharacteristics?.$type).toBe('bpmn:MultiInstanceLoopCharacteristics');
    expect(or.loopCharacteristics?.completionCondition?.body).toContain('nrOfCompletedInstances');
    expect(el('5 抄送').$type).toBe('bpmn:SendTask');
    expect(el('6 记账').$type).toBe('bpmn:ServiceTask');
    const wait = el('7 等待');
    expect(wait.$type).toBe('bpmn:IntermediateCatchEvent');
    expect(wait.eventDefinitions?.[0]?.$type).toBe('bpmn:TimerEventDefinition');
    expect(wait.eventDefinitions?.[0]?.timeDuration?.body).toBe('P2D');
    expect(el('结束').$type).toBe('bpmn:EndEvent');
  });

  it('ENG-3 a step with two conditional transitions, and an approval with a reject target, get gateways', () => {
    const gateways = nodes(process).filter((n) => n.$type === 'bpmn:ExclusiveGateway');
    expect(gateways).toHaveLength(2);
    const rejectGw = flows(process).find((f) => f.sourceRef?.name === '2 审批')!.targetRef!;
    expect(rejectGw.$type).toBe('bpmn:ExclusiveGateway');
    const out = flows(process).filter((f) => f.sourceRef?.id === rejectGw.id);
    expect(out.map((f) => [f.name, f.targetRef?.name])).toEqual([
      [undefined, '5 抄送'],
      ['驳回', '1 申请 <草稿> & "提交"'],
    ]);
    expect(rejectGw.default?.id).toBe(out[0]!.id);
    // Both transitions out of 申请 are conditional: no default flow.
    const applyGw = flows(process).find((f) => f.sourceRef?.name === '1 申请 <草稿> & "提交"')!.targetRef!;
    expect(applyGw.default).toBeUndefined();
  });

  it('ENG-3 is laid out: shapes and edges for everything', () => {
    expectFullDiagram(process, diagram);
  });
});
