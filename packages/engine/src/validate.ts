/**
 * ENG-1/ENG-5: `validateDefinition` checks a process definition for shape (zod) and for meaning
 * (targets exist, every step is reachable and can finish, assignees and conditions refer to
 * things that exist). Every error names the step (its id) and the field, in Chinese and English,
 * so an admin editing a definition sees where the problem is.
 */
import { z } from 'zod';
import { ProcessDefinition, type AssigneeRule, type StepDef } from './definition.js';

export interface DefinitionError {
  /** Id of the step the error is about (absent for process-level fields). */
  step?: string;
  /** Path of the field, e.g. `steps[2].transitions[0].to`. */
  field: string;
  message: string;
  messageEn: string;
}

export type ValidateResult = { ok: true; def: ProcessDefinition } | { ok: false; errors: DefinitionError[] };

type Path = ReadonlyArray<PropertyKey>;

function fieldOf(path: Path): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The id of `steps[i]` in the raw input, when it has one. */
function rawStepId(input: unknown, path: Path): string | undefined {
  if (path[0] !== 'steps' || typeof path[1] !== 'number' || !isRecord(input) || !Array.isArray(input.steps)) return undefined;
  const step: unknown = input.steps[path[1]];
  return isRecord(step) && typeof step.id === 'string' && step.id !== '' ? step.id : undefined;
}

/** Our own words for the few fields whose zod message is a bare pattern. */
function customShapeMessage(issue: z.core.$ZodIssue): { message: string; messageEn: string } | undefined {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_union' && last === 'timeLimit') {
    return {
      message: '时间规定须为固定时限 { amount, unit: hours|workdays } 或取自表单字段 { fromField }',
      messageEn: 'A time limit must be fixed, { amount, unit: hours|workdays }, or read from a form field, { fromField }',
    };
  }
  if (issue.code !== 'invalid_format') return undefined;
  if (issue.path.length === 1 && last === 'key') {
    return {
      message: '流程标识须为“模块.名称”格式：小写字母开头，只含小写字母、数字和下划线，以点分隔，如 vehicles.dispatch',
      messageEn: 'The process key must look like "module.name": lowercase letters, digits and underscores, dot-separated, e.g. vehicles.dispatch',
    };
  }
  if (issue.path[0] === 'steps' && issue.path.length === 3 && last === 'id') {
    return {
      message: '环节标识须以字母开头，只含字母、数字和下划线',
      messageEn: 'A step id must start with a letter and contain only letters, digits and underscores',
    };
  }
  return undefined;
}

/** The raw input's value at `path`. */
function valueAt(input: unknown, path: Path): unknown {
  let cur: unknown = input;
  for (const p of path) cur = isRecord(cur) || Array.isArray(cur) ? (cur as Record<PropertyKey, unknown>)[p as never] : undefined;
  return cur;
}

/**
 * A step's `timeLimit` is fixed or `{ fromField }` (a zod union, whose own error is a bare
 * "invalid input"): report the issues of the form the admin meant — `{ fromField }` when the
 * object has that key, else the fixed form — so the error names the missing or wrong field.
 */
function expandTimeLimitUnions(issues: readonly z.core.$ZodIssue[], input: unknown): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const raw = issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'timeLimit' ? valueAt(input, issue.path) : undefined;
    if (issue.code === 'invalid_union' && isRecord(raw) && issue.errors.length === 2) {
      const branch = issue.errors['fromField' in raw ? 1 : 0] ?? [];
      out.push(...branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as z.core.$ZodIssue));
    } else out.push(issue);
  }
  return out;
}

function shapeErrors(input: unknown): DefinitionError[] {
  const zh = ProcessDefinition.safeParse(input, { error: z.locales.zhCN().localeError });
  const en = ProcessDefinition.safeParse(input, { error: z.locales.en().localeError });
  const zhIssues = zh.success ? [] : expandTimeLimitUnions(zh.error.issues, input);
  const enIssues = en.success ? [] : expandTimeLimitUnions(en.error.issues, input);
  const errors: DefinitionError[] = [];
  zhIssues.forEach((issue, i) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const custom = customShapeMessage(issue);
      const step = rawStepId(input, path);
      errors.push({
        ...(step !== undefined ? { step } : {}),
        field: fieldOf(path),
        message: custom?.message ?? issue.message,
        messageEn: custom?.messageEn ?? enIssues[i]?.message ?? issue.message,
      });
    }
  });
  return errors;
}

/** Top-level names of the `var`s (and `missing`/`missing_some` names) a JSON Logic rule reads. */
export function logicVars(rule: unknown): string[] {
  const out = new Set<string>();
  const addName = (name: unknown): void => {
    if (typeof name !== 'string' || name === '') return;
    const top = name.split('.')[0];
    if (top !== undefined && top !== '') out.add(top);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isRecord(node)) return;
    const ops = Object.keys(node);
    if (ops.length !== 1) return; // not an operation: a literal object
    const op = ops[0]!;
    const args: unknown = node[op];
    switch (op) {
      case 'var': {
        const name: unknown = Array.isArray(args) ? args[0] : args;
        if (typeof name === 'string') addName(name);
        else walk(name); // a computed name: check what it reads
        if (Array.isArray(args)) args.slice(1).forEach(walk);
        return;
      }
      case 'missing':
        (Array.isArray(args) ? args : [args]).forEach((a) => (typeof a === 'string' ? addName(a) : walk(a)));
        return;
      case 'missing_some':
        if (Array.isArray(args) && Array.isArray(args[1])) args[1].forEach((a) => (typeof a === 'string' ? addName(a) : walk(a)));
        return;
      case 'map':
      case 'filter':
      case 'all':
      case 'some':
      case 'none':
      case 'reduce':
        // Only the collection reads the instance data; the other arguments read each element.
        if (Array.isArray(args)) {
          walk(args[0]);
          if (op === 'reduce') walk(args[2]);
        } else walk(args);
        return;
      default:
        walk(args);
    }
  };
  walk(rule);
  return [...out];
}

function formProperties(form: Record<string, unknown>): Set<string> {
  const props = form.properties;
  return new Set(isRecord(props) ? Object.keys(props) : []);
}

const NEEDS_ASSIGNEE = new Set<StepDef['kind']>(['task', 'approval', 'countersign', 'orsign']);
const KIND_ZH: Record<StepDef['kind'], string> = {
  task: '任务',
  approval: '审批',
  countersign: '会签',
  orsign: '或签',
  notify: '抄送',
  auto: '自动',
  wait: '等待',
  end: '结束',
};

function meaningErrors(def: ProcessDefinition): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const err = (step: string | undefined, field: string, message: string, messageEn: string): void => {
    errors.push({ ...(step !== undefined ? { step } : {}), field, message, messageEn });
  };
  const props = formProperties(def.form);
  const byId = new Map<string, StepDef>();

  def.steps.forEach((s, i) => {
    if (byId.has(s.id)) {
      err(s.id, `steps[${i}].id`, `环节标识“${s.id}”重复`, `Step id "${s.id}" is used more than once`);
    } else byId.set(s.id, s);
  });

  const startKnown = byId.has(def.start);
  if (!startKnown) {
    err(undefined, 'start', `开始环节“${def.start}”不存在`, `The start step "${def.start}" does not exist`);
  }

  const checkRule = (s: StepDef, rule: AssigneeRule, field: string): void => {
    if (rule.type === 'fromField' && !props.has(rule.field)) {
      err(s.id, `${field}.field`, `环节“${s.id}”按表单字段“${rule.field}”指派处理人，但表单中没有该字段`,
        `Step "${s.id}" assigns from form field "${rule.field}", which the form does not declare`);
    }
    if (rule.type === 'stepActor' && !byId.has(rule.step)) {
      err(s.id, `${field}.step`, `环节“${s.id}”指派给环节“${rule.step}”的处理人，但该环节不存在`,
        `Step "${s.id}" assigns to whoever completed step "${rule.step}", which does not exist`);
    }
  };

  def.steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    s.transitions.forEach((t, j) => {
      if (!byId.has(t.to)) {
        err(s.id, `${at}.transitions[${j}].to`, `环节“${s.id}”的流转目标“${t.to}”不存在`,
          `Step "${s.id}": transition target "${t.to}" does not exist`);
      }
      if (t.when !== undefined) {
        for (const v of logicVars(t.when)) {
          if (v.startsWith('_') || props.has(v)) continue;
          err(s.id, `${at}.transitions[${j}].when`, `环节“${s.id}”的流转条件引用了表单中没有的字段“${v}”`,
            `Step "${s.id}": the transition condition reads "${v}", which the form does not declare`);
        }
      }
    });
    if (s.onReject !== undefined && !byId.has(s.onReject)) {
      err(s.id, `${at}.onReject`, `环节“${s.id}”的驳回目标“${s.onReject}”不存在`,
        `Step "${s.id}": reject target "${s.onReject}" does not exist`);
    }
    if (s.kind === 'end') {
      if (s.transitions.length > 0) {
        err(s.id, `${at}.transitions`, `结束环节“${s.id}”不能有流转`, `End step "${s.id}" must not have transitions`);
      }
    } else if (s.transitions.length === 0) {
      err(s.id, `${at}.transitions`, `环节“${s.id}”没有流转：除结束环节外，每个环节都须指明下一步`,
        `Step "${s.id}" has no transitions: every step except an end step must say where to go next`);
    }
    if (NEEDS_ASSIGNEE.has(s.kind) && s.assignee === undefined) {
      err(s.id, `${at}.assignee`, `${KIND_ZH[s.kind]}环节“${s.id}”须指定处理人`,
        `Step "${s.id}" (${s.kind}) needs an assignee`);
    }
    if (s.kind === 'notify' && (s.cc === undefined || s.cc.length === 0) && s.assignee === undefined) {
      err(s.id, `${at}.cc`, `抄送环节“${s.id}”须指定抄送人`, `Notify step "${s.id}" needs cc recipients or an assignee`);
    }
    if (s.kind === 'auto' && (s.hook === undefined || s.hook === '')) {
      err(s.id, `${at}.hook`, `自动环节“${s.id}”须指定处理程序(hook)`, `Auto step "${s.id}" needs a hook`);
    }
    if (s.kind === 'wait' && s.wait === undefined) {
      err(s.id, `${at}.wait`, `等待环节“${s.id}”须指定等待时长`, `Wait step "${s.id}" needs a wait time`);
    }
    if (s.timeLimit !== undefined && 'fromField' in s.timeLimit) {
      const f = s.timeLimit.fromField;
      const schema = isRecord(def.form.properties) ? def.form.properties[f] : undefined;
      if (!props.has(f)) {
        err(s.id, `${at}.timeLimit.fromField`, `环节“${s.id}”的期限取自表单字段“${f}”，但表单中没有该字段`,
          `Step "${s.id}" takes its time limit from form field "${f}", which the form does not declare`);
      } else if (isRecord(schema) && schema.type !== undefined && schema.type !== 'string') {
        err(s.id, `${at}.timeLimit.fromField`, `环节“${s.id}”的期限取自表单字段“${f}”，该字段须为日期或时间（字符串），而不是“${String(schema.type)}”`,
          `Step "${s.id}" takes its time limit from form field "${f}", which must be a date or date-time string, not "${String(schema.type)}"`);
      }
    }
    if (s.assignee !== undefined) checkRule(s, s.assignee, `${at}.assignee`);
    s.cc?.forEach((rule, k) => checkRule(s, rule, `${at}.cc[${k}]`));
    s.fields.forEach((f, k) => {
      if (!props.has(f)) {
        err(s.id, `${at}.fields[${k}]`, `环节“${s.id}”的字段“${f}”不在表单中`,
          `Step "${s.id}": field "${f}" is not declared in the form`);
      }
    });
    s.required.forEach((f, k) => {
      if (!s.fields.includes(f)) {
        err(s.id, `${at}.required[${k}]`, `环节“${s.id}”的必填字段“${f}”不在本环节的字段中`,
          `Step "${s.id}": required field "${f}" is not one of the step's fields`);
      }
    });
  });

  // Graph checks: a step's edges are its transitions and its reject target.
  const edges = (s: StepDef): string[] =>
    [...s.transitions.map((t) => t.to), ...(s.onReject !== undefined ? [s.onReject] : [])].filter((to) => byId.has(to));

  if (startKnown) {
    const reached = new Set<string>([def.start]);
    const queue = [def.start];
    while (queue.length > 0) {
      const s = byId.get(queue.shift()!)!;
      for (const to of edges(s)) if (!reached.has(to)) (reached.add(to), queue.push(to));
    }
    def.steps.forEach((s, i) => {
      if (byId.get(s.id) === s && !reached.has(s.id)) {
        err(s.id, `steps[${i}]`, `环节“${s.id}”从开始环节无法到达`, `Step "${s.id}" cannot be reached from the start step`);
      }
    });
  }

  // Backwards from the end steps: which steps have some path to an end (loops are fine).
  const incoming = new Map<string, string[]>();
  for (const s of byId.values()) for (const to of edges(s)) incoming.set(to, [...(incoming.get(to) ?? []), s.id]);
  const finishing = new Set<string>([...byId.values()].filter((s) => s.kind === 'end').map((s) => s.id));
  const queue = [...finishing];
  while (queue.length > 0) {
    for (const from of incoming.get(queue.shift()!) ?? []) if (!finishing.has(from)) (finishing.add(from), queue.push(from));
  }
  def.steps.forEach((s, i) => {
    const reportedNoTransitions = s.kind !== 'end' && s.transitions.length === 0;
    if (byId.get(s.id) === s && !finishing.has(s.id) && !reportedNoTransitions) {
      err(s.id, `steps[${i}].transitions`, `环节“${s.id}”没有任何路径通向结束环节`,
        `Step "${s.id}" has no path to an end step`);
    }
  });

  return errors;
}

/**
 * Shape first (zod, with defaults applied), then meaning. On success returns the parsed
 * definition; on failure every error found, each naming its step and field.
 */
export function validateDefinition(input: unknown): ValidateResult {
  const parsed = ProcessDefinition.safeParse(input);
  if (!parsed.success) return { ok: false, errors: shapeErrors(input) };
  const errors = meaningErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, def: parsed.data };
}
