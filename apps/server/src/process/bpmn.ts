/**
 * ENG-3: a process definition as BPMN 2.0 XML with diagram layout (bpmn-auto-layout), for the
 * bpmn-js viewer in the UI. Generated from the same definition object as the process table and
 * the runtime; nothing here is stored.
 *
 * Mapping: start → bpmn:startEvent (then the `start` step); task, approval → bpmn:userTask;
 * countersign (会签) / orsign (或签) → bpmn:userTask with parallel multi-instance (or-sign
 * completes after one instance); notify → bpmn:sendTask; auto → bpmn:serviceTask; wait →
 * bpmn:intermediateCatchEvent with a timer; end → bpmn:endEvent. A step with more than one way
 * out (transitions plus a reject target) gets an exclusive gateway after it; the flows out of the
 * gateway carry the transition label as name and the JSON Logic condition as text.
 */
import { layoutProcess } from 'bpmn-auto-layout';
import { toProcessTable, type ProcessDefinition, type StepDef, type TimeLimit } from '@guanjia/engine';

const NS = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Where conditions are JSON Logic (https://jsonlogic.com) over the instance data plus `_action`. */
export const JSON_LOGIC_LANGUAGE = 'https://jsonlogic.com';

/** Escapes text and attribute values (& < > " '); drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A valid xsd:ID (NCName) from arbitrary text: letters, digits, '_', '-', '.'. */
function ncName(prefix: string, raw: string): string {
  return `${prefix}_${raw.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** BPMN element ids of one definition. Step ids are already NCNames (definition schema). */
export const bpmnIds = {
  process: (key: string): string => ncName('Process', key.replace(/\./g, '_')),
  start: (): string => 'StartEvent_start',
  step: (stepId: string): string => `Step_${stepId}`,
  gateway: (stepId: string): string => `Gateway_${stepId}`,
};

/** ISO 8601 duration of a limit. Workdays are shown as days; the engine counts them on the calendar. */
function isoDuration(limit: TimeLimit): string {
  return limit.unit === 'hours' ? `PT${limit.amount}H` : `P${limit.amount}D`;
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

interface Flow {
  id: string;
  source: string;
  target: string;
  name?: string;
  condition?: string;
}

interface Exit {
  to: string;
  label?: string;
  when?: unknown;
}

/** The ways out of a step: its transitions in order, then its reject target. */
function exitsOf(step: StepDef): Exit[] {
  const exits: Exit[] = step.transitions.map((t) => ({
    to: t.to,
    ...(t.label !== undefined && t.label !== '' ? { label: t.label } : {}),
    ...(t.when !== undefined && t.when !== true ? { when: t.when } : {}),
  }));
  if (step.onReject !== undefined) {
    exits.push({ to: step.onReject, label: '驳回', when: { '==': [{ var: '_action' }, 'reject'] } });
  }
  return exits;
}

/**
 * BPMN 2.0 XML (with DI) of one definition version. Element names are the steps' 环节 numbers and
 * names ('3 检查维修问题'); end events keep the step's own name.
 */
export async function toBpmnXml(def: ProcessDefinition, version: number): Promise<string> {
  const numbers = new Map(toProcessTable(def, version).rows.map((r) => [r.stepId, r.step]));
  const steps = new Map<string, StepDef>();
  for (const s of def.steps) if (!steps.has(s.id)) steps.set(s.id, s);

  const nodes: string[] = [];
  const flows: Flow[] = [];
  let flowNo = 0;
  const flow = (source: string, target: string, extra: Omit<Flow, 'id' | 'source' | 'target'> = {}): Flow => {
    flowNo += 1;
    const f: Flow = { id: `Flow_${flowNo}`, source, target, ...extra };
    flows.push(f);
    return f;
  };
  const stepName = (s: StepDef): string => {
    const no = numbers.get(s.id);
    return no !== undefined && no !== '' ? `${no} ${s.name}` : s.name;
  };

  const startId = bpmnIds.start();
  if (steps.has(def.start)) flow(startId, bpmnIds.step(def.start));

  // Flows first, so each node can list its incoming/outgoing flows.
  const gatewayDefault = new Map<string, string>();
  for (const s of steps.values()) {
    const exits = exitsOf(s).filter((e) => steps.has(e.to));
    if (exits.length === 0 || s.kind === 'end') continue;
    if (exits.length === 1) {
      const e = exits[0]!;
      flow(bpmnIds.step(s.id), bpmnIds.step(e.to), {
        ...(e.label !== undefined ? { name: e.label } : {}),
        ...(e.when !== undefined ? { condition: JSON.stringify(e.when) } : {}),
      });
      continue;
    }
    const gw = bpmnIds.gateway(s.id);
    flow(bpmnIds.step(s.id), gw);
    for (const e of exits) {
      const f = flow(gw, bpmnIds.step(e.to), {
        ...(e.label !== undefined ? { name: e.label } : {}),
        ...(e.when !== undefined ? { condition: JSON.stringify(e.when) } : {}),
      });
      // The first unconditional way out of a gateway is its default flow (BPMN: no condition on it).
      if (e.when === undefined && !gatewayDefault.has(gw)) gatewayDefault.set(gw, f.id);
    }
  }

  const incoming = (id: string): string => flows.filter((f) => f.target === id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`).join('');
  const outgoing = (id: string): string => flows.filter((f) => f.source === id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`).join('');
  const documentation = (text: string): string =>
    text !== '' ? `<bpmn:documentation>${escapeXml(text)}</bpmn:documentation>` : '';

  nodes.push(`<bpmn:startEvent${attrs({ id: startId, name: '开始' })}>${outgoing(startId)}</bpmn:startEvent>`);

  for (const s of steps.values()) {
    const id = bpmnIds.step(s.id);
    const head = attrs({ id, name: s.kind === 'end' ? s.name : stepName(s) });
    const links = `${incoming(id)}${outgoing(id)}`;
    const doc = documentation(s.content !== '' ? s.content : s.summary);
    switch (s.kind) {
      case 'task':
      case 'approval':
        nodes.push(`<bpmn:userTask${head}>${doc}${links}</bpmn:userTask>`);
        break;
      case 'countersign':
        nodes.push(
          `<bpmn:userTask${head}>${doc}${links}<bpmn:multiInstanceLoopCharacteristics isSequential="false" /></bpmn:userTask>`,
        );
        break;
      case 'orsign':
        nodes.push(
          `<bpmn:userTask${head}>${doc}${links}<bpmn:multiInstanceLoopCharacteristics isSequential="false">` +
            `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${escapeXml('${nrOfCompletedInstances >= 1}')}</bpmn:completionCondition>` +
            `</bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`,
        );
        break;
      case 'notify':
        nodes.push(`<bpmn:sendTask${head}>${doc}${links}</bpmn:sendTask>`);
        break;
      case 'auto':
        nodes.push(`<bpmn:serviceTask${head}${attrs({ implementation: s.hook })}>${doc}${links}</bpmn:serviceTask>`);
        break;
      case 'wait': {
        const timer =
          s.wait !== undefined
            ? `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${isoDuration(s.wait)}</bpmn:timeDuration>`
            : '';
        nodes.push(
          `<bpmn:intermediateCatchEvent${head}>${doc}${links}<bpmn:timerEventDefinition${attrs({ id: `Timer_${s.id}` })}>${timer}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
        );
        break;
      }
      case 'end':
        nodes.push(`<bpmn:endEvent${head}>${doc}${incoming(id)}</bpmn:endEvent>`);
        break;
    }
    const gw = bpmnIds.gateway(s.id);
    if (flows.some((f) => f.source === gw)) {
      nodes.push(
        `<bpmn:exclusiveGateway${attrs({ id: gw, default: gatewayDefault.get(gw) })}>${incoming(gw)}${outgoing(gw)}</bpmn:exclusiveGateway>`,
      );
    }
  }

  const flowXml = flows.map((f) => {
    const head = `<bpmn:sequenceFlow${attrs({ id: f.id, name: f.name, sourceRef: f.source, targetRef: f.target })}`;
    if (f.condition === undefined) return `${head} />`;
    return (
      `${head}><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${attrs({ language: JSON_LOGIC_LANGUAGE })}>` +
      `${escapeXml(f.condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>`
    );
  });

  const processDoc = [def.purpose !== '' ? `目的：${def.purpose}` : '', def.scope !== '' ? `适用范围：${def.scope}` : '']
    .filter((x) => x !== '')
    .join('\n');

  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<bpmn:definitions xmlns:bpmn="${NS.bpmn}" xmlns:bpmndi="${NS.bpmndi}" xmlns:dc="${NS.dc}" xmlns:di="${NS.di}" xmlns:xsi="${NS.xsi}"` +
    attrs({
      id: ncName('Definitions', `${def.key.replace(/\./g, '_')}_v${version}`),
      targetNamespace: `urn:guanjia:process:${def.key}:${version}`,
      exporter: 'Guanjia',
    }) +
    `>\n` +
    `<bpmn:process${attrs({ id: bpmnIds.process(def.key), name: def.name, isExecutable: 'false' })}>` +
    documentation(processDoc) +
    `\n${nodes.join('\n')}\n${flowXml.join('\n')}\n</bpmn:process>\n</bpmn:definitions>\n`;

  return layoutProcess(xml);
}
