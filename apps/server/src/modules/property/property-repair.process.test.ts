import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toProcessTable, validateDefinition, type AssigneeRule, type ProcessDefinition, type StepDef } from '@guanjia/engine';
import { demoDepartments, demoPositions, demoUsers } from '../../platform/demo/demo-company.js';
import { propertyRepairProcess } from './property-repair.process.js';

/**
 * The document's own strings, as extracted (seed/000_497fcda3ce2c9e54.txt, 物业公司综合维修服务流程),
 * with the text's character variants still in them.
 */
const DOC = {
  title: '综合维修服务流程',
  purpose: '目旳:通过确立客户维修服务处理流程,明确各部门和岗位在该过程中旳职责,提高物业企业服务质量,增强客户满意度。',
  scope: '合用范围:本流程合用于维修服务处理程序。',
  summaries: [
    '接到《客户(业主)维修登记表》',
    '确定维修人员',
    '检查维修问题', // not in the extracted text (PRP-1: "inspect")
    '保修范围内维修',
    '收费维修',
    '业主检查验收',
    '客户回访调查',
    '将《客户(业主)维修登记表》、《维修完毕登记表》交给客服部进行立案',
    '二次维修',
  ],
  contents: {
    '1': '维修部接到客服部提供旳《客户(业主)维修登记表》。',
    '2': '根据客户需要维修内容,分析需要维修旳问题,确定有关维修人员。',
    '4': '和业主协商,阐明维修方案,并请业主做有关旳配合工作。',
    '5': '向业主阐明收费理由和收费金额,经业主承认后,进行对应旳维修服务。',
    '6': '维修结束后,与业主共同验收。',
    '7': '维修回访,检查维修质量和效果。',
    '8': '提交、《维修完毕登记表》给客服部主管存档,完毕本次服务。',
    '9': '客户对维修服务不满意,根据客户旳意见和规定,维修部进行二次维修。',
  } as Record<string, string>,
  times: {
    '4': '客户需求后24小时内',
    '5': '客户投诉后24小时内',
    '6': '维修结束后',
    '7': '维修服务结束后一到三天内',
    '8': '客户回访结束后',
  } as Record<string, string>,
  interfaces: {
    '3': '保修范围内,转到4,保修范围外,需要收费转到5',
    '7': '客户满意,转到8,客户不满意,转到9',
    '9': '转到3',
  } as Record<string, string>,
};

/** The only character fixes the definition makes (see the comment in property-repair.process.ts). */
const fix = (s: string): string =>
  s.replace(/旳/g, '的').replace(/合用/g, '适用').replace(/阐明/g, '说明').replace(/完毕本次/g, '完成本次');

function parsed(): ProcessDefinition {
  const r = validateDefinition(propertyRepairProcess);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
  return r.def;
}

/** The engine's rule: the first transition whose condition holds. */
function next(step: StepDef, data: Record<string, unknown>): string | undefined {
  return step.transitions.find((t) => t.when === undefined || jsonLogic.truthy(jsonLogic.apply(t.when as never, { ...data, _action: 'complete' })))?.to;
}

describe('PRP-1 综合维修服务流程 reproduces the document', () => {
  const def = parsed();
  const table = toProcessTable(def, 1);
  const row = (no: string) => table.rows.find((r) => r.step === no)!;
  const step = (id: string) => def.steps.find((s) => s.id === id)!;

  it('PRP-1 passes validateDefinition', () => {
    expect(validateDefinition(propertyRepairProcess).ok).toBe(true);
  });

  it('PRP-1 title, 目的 and 适用范围 match the document modulo the character fixes', () => {
    expect(def.key).toBe('property.repair');
    expect(def.name).toBe(DOC.title);
    expect(table.purpose).toBe(fix(DOC.purpose).replace(/^目的:/, ''));
    expect(table.scope).toBe(fix(DOC.scope).replace(/^适用范围:/, ''));
    expect(table.forms).toEqual(['《客户(业主)维修登记表》', '《维修完毕登记表》']);
    for (const text of [table.purpose, table.scope, ...table.rows.flatMap((r) => [r.summary, r.content])]) {
      expect(text).not.toMatch(/旳|合用|阐明|完毕本次/);
    }
  });

  it('PRP-1 has the nine rows 1…9 with the document’s 任务概述, in order', () => {
    expect(table.rows.map((r) => r.step)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(table.rows.map((r) => r.summary)).toEqual(DOC.summaries);
  });

  it('PRP-1 内容及责任 and 时间规定 are the document’s cells', () => {
    for (const [no, text] of Object.entries(DOC.contents)) expect(row(no).content).toBe(fix(text));
    for (const no of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) expect(row(no).timeLimit).toBe(DOC.times[no] ?? '');
    expect(step('s4').timeLimit).toEqual({ amount: 24, unit: 'hours' });
    expect(step('s5').timeLimit).toEqual({ amount: 24, unit: 'hours' });
    expect(step('s7').timeLimit).toEqual({ amount: 3, unit: 'workdays' });
  });

  it('PRP-1 责任方 and 参与方 as read from the table', () => {
    expect(row('1').responsible).toBe('维修部/主任,有关专业维修人员');
    expect(row('1').participants).toBe('经理、客服部');
    for (const no of ['4', '5', '7']) expect(row(no).responsible).toBe('维修部/综合维修人员');
    expect(row('7').participants).toBe('客服部主管');
    for (const no of ['6', '8', '9']) expect(row(no).responsible).toBe('维修部');
    expect(row('8').participants).toBe('客服部');
  });

  it('PRP-1 接口说明: 3 → 4/5, 7 → 8/9, 9 → 3, as the document writes them', () => {
    for (const [no, text] of Object.entries(DOC.interfaces)) expect(row(no).interface).toBe(text);
    expect(row('3').interface).toMatch(/转到4.*转到5/);
    expect(row('7').interface).toMatch(/转到8.*转到9/);
    expect(row('9').interface).toBe('转到3');
    expect(row('4').interface).toBe('转到6');
    for (const no of ['1', '2', '5', '6', '8']) expect(row(no).interface).toBe('');
  });

  it('PRP-1 routes as documented: in warranty → 4, chargeable → 5; satisfied → 8, not → 9; 9 → 3; 8 ends', () => {
    expect(next(step('s3'), { inWarranty: true })).toBe('s4');
    expect(next(step('s3'), { inWarranty: false })).toBe('s5');
    expect(next(step('s7'), { satisfied: true })).toBe('s8');
    expect(next(step('s7'), { satisfied: false })).toBe('s9');
    expect(next(step('s9'), {})).toBe('s3');
    expect(next(step('s4'), {})).toBe('s6');
    expect(next(step('s5'), {})).toBe('s6');
    expect(next(step('s6'), {})).toBe('s7');
    expect(step(next(step('s8'), {})!).kind).toBe('end');
    // Walk a whole case: chargeable, unsatisfied once, then in warranty and satisfied.
    const path: string[] = [];
    let at = def.start;
    const answers = [
      { inWarranty: false, satisfied: false },
      { inWarranty: true, satisfied: true },
    ];
    let round = 0;
    while (step(at).kind !== 'end' && path.length < 30) {
      path.push(step(at).no!);
      if (at === 's9') round += 1;
      at = next(step(at), answers[round]!)!;
    }
    expect(path.join(' ')).toBe('1 2 3 5 6 7 9 3 4 6 7 8');
  });

  it('PRP-1 the decision fields and the chosen technicians are form fields the steps fill', () => {
    const props = (def.form as { properties: Record<string, { type: string; title: string }> }).properties;
    expect(props.inWarranty?.type).toBe('boolean');
    expect(props.satisfied?.type).toBe('boolean');
    expect(props.technicianIds?.type).toBe('array');
    expect(props.chargeAmountFen?.type).toBe('integer');
    for (const p of Object.values(props)) expect(p.title).toMatch(/[\u4e00-\u9fff]/);
    expect(step('s2').fields).toContain('technicianIds');
    expect(step('s3').fields).toContain('inWarranty');
    expect(step('s5').fields).toEqual(expect.arrayContaining(['chargeReason', 'chargeAmountFen', 'ownerAccepted']));
    expect(step('s7').fields).toContain('satisfied');
  });

  it('PRP-1 the form (JSON Schema, as the runtime converts it) takes a registration and rejects a bad one', () => {
    const schema = z.fromJSONSchema(def.form as never);
    const registration = {
      ownerName: '张三',
      ownerPhone: '13800000000',
      address: '3栋2单元501',
      equipment: '卫生间水管',
      problem: '水管漏水',
      reportedAt: '2026-03-02T08:00:00Z',
      photos: ['att_1'],
    };
    expect(schema.safeParse(registration).success).toBe(true);
    expect(schema.safeParse({ ...registration, technicianIds: ['u1'], inWarranty: false, chargeAmountFen: 5000 }).success).toBe(true);
    const bad = schema.safeParse({ ownerName: '张三', technicianIds: [], chargeAmountFen: 1.5 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['address', 'chargeAmountFen', 'ownerPhone', 'problem', 'technicianIds'].sort(),
    );
  });

  it('PRP-1 every assignee resolves to users of the demo company', () => {
    const usersFor = (rule: AssigneeRule): string[] => {
      if (rule.type === 'fromField') {
        // technicianIds is filled in step 2 with 维修部 综合维修人员
        return usersFor({ type: 'departmentPosition', department: '维修部', position: '综合维修人员' });
      }
      if (rule.type !== 'departmentPosition') throw new Error(`unexpected rule ${rule.type}`);
      const dept = demoDepartments.find((d) => d.name === rule.department);
      const pos = demoPositions.find((p) => p.name === rule.position && p.departmentCode === dept?.code);
      return demoUsers.filter((u) => u.departmentCode === dept?.code && pos !== undefined && u.positionCodes.includes(pos.code)).map((u) => u.username);
    };
    for (const s of def.steps) {
      if (s.kind === 'end') continue;
      expect(s.assignee, s.id).toBeDefined();
      expect(usersFor(s.assignee!).length, s.id).toBeGreaterThan(0);
    }
    expect(usersFor(step('s1').assignee!)).toEqual(['gaofeng']);
    expect(usersFor(step('s3').assignee!)).toEqual(['luojun', 'liangyong']);
    expect(usersFor(step('s7').assignee!)).toEqual(['songjia']);
  });
});
