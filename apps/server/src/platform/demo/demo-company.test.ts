import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  DEMO_COMPANY_NAME,
  demoDepartmentHeads,
  demoDepartments,
  demoPositions,
  demoUsers,
  type DemoDepartment,
  type DemoUser,
  type RoleKey,
} from './demo-company.js';

/** The source documents, when this checkout sits beside them (../shared/seed) or GUANJIA_SEED_DIR says where. */
function loadSeedText(): string | null {
  const dirs = [
    process.env['GUANJIA_SEED_DIR'],
    fileURLToPath(new URL('../../../../../../shared/seed/', import.meta.url)),
  ].filter((d): d is string => typeof d === 'string' && d.length > 0);
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    if (files.length === 0) continue;
    return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  }
  return null;
}

const noSpace = (s: string): string => s.replace(/\s+/g, '');

const deptByCode = new Map(demoDepartments.map((d) => [d.code, d]));
const userByName = new Map(demoUsers.map((u) => [u.username, u]));
const dept = (code: string): DemoDepartment => {
  const d = deptByCode.get(code);
  if (!d) throw new Error(`no department ${code}`);
  return d;
};
const position = (code: string) => {
  const p = demoPositions.find((x) => x.code === code);
  if (!p) throw new Error(`no position ${code}`);
  return p;
};
const holdersOf = (positionCode: string): DemoUser[] => demoUsers.filter((u) => u.positionCodes.includes(positionCode));
const holderByPositionName = (name: string): DemoUser => {
  const p = demoPositions.find((x) => x.name === name);
  if (!p) throw new Error(`no position named ${name}`);
  const [u] = holdersOf(p.code);
  if (!u) throw new Error(`nobody holds ${name}`);
  return u;
};

describe('demo company', () => {
  it('ORG-1 demo departments form one tree with the departments the documents name', () => {
    expect(DEMO_COMPANY_NAME.length).toBeGreaterThan(4);
    const codes = demoDepartments.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z0-9-]*$/);

    const roots = demoDepartments.filter((d) => d.parentCode === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.name).toBe(DEMO_COMPANY_NAME);

    for (const d of demoDepartments) {
      if (d.parentCode !== null) expect(deptByCode.has(d.parentCode), `${d.code} → ${d.parentCode}`).toBe(true);
      // Walking up reaches the root without revisiting a node.
      const seen = new Set<string>();
      let cur: DemoDepartment | undefined = d;
      while (cur && cur.parentCode !== null) {
        expect(seen.has(cur.code), `cycle at ${cur.code}`).toBe(false);
        seen.add(cur.code);
        cur = deptByCode.get(cur.parentCode);
      }
      expect(cur?.parentCode).toBeNull();
      expect(d.functions.trim().length, `${d.code} has functions`).toBeGreaterThan(0);
    }

    const names = new Set(demoDepartments.map((d) => d.name));
    for (const n of ['公司领导', '综合管理部', '行政部', '人事部', '办公室', '财务部', '法务部', '维修部', '客服部',
      '生产技术部', '品管部', '项目集成部', '售后服务部', '工程设计部', '仓库']) {
      expect(names.has(n), n).toBe(true);
    }
    for (const c of ['gad-admin', 'gad-hr', 'gad-office', 'gad-finance', 'gad-legal']) {
      expect(dept(c).parentCode).toBe('gad');
    }
    for (const c of ['leadership', 'gad', 'repair', 'cs', 'prodtech', 'qa', 'integration', 'aftersales', 'engineering']) {
      expect(dept(c).parentCode).toBe('root');
    }
    // Leadership positions.
    const leadership = demoPositions.filter((p) => p.departmentCode === 'leadership').map((p) => p.name);
    expect(leadership).toEqual(expect.arrayContaining(['董事长', '总经理', '常务副总']));
    // Heads are users of their own department.
    for (const [code, username] of Object.entries(demoDepartmentHeads)) {
      expect(deptByCode.has(code), code).toBe(true);
      expect(userByName.get(username)?.departmentCode, `${code} head`).toBe(code);
    }
  });

  it('ORG-2 every position has a duty text and is held by a user; 综合部部长 duty is verbatim from the documents', () => {
    const codes = demoPositions.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of demoPositions) {
      expect(deptByCode.has(p.departmentCode), p.code).toBe(true);
      expect(p.duty.trim().length, `${p.code} duty`).toBeGreaterThan(0);
      expect(p.duty).toBe(p.duty.trim());
      expect(holdersOf(p.code).length, `${p.name} is held`).toBeGreaterThan(0);
    }
    const names = new Set(demoPositions.map((p) => p.name));
    for (const n of ['董事长', '总经理', '常务副总', '综合部部长', '部长助理', '人力资源主管', '行政专员', '内勤/秘书', '司机',
      '客服专员', '售后维修人员', '技术工程师', '库管', '设计师', '工程主管', '项目经理', '维修部主任', '客服部主管',
      '会计', '出纳', '法务专员', '生产技术部经理', '品管部经理', '质检员', '项目集成部经理', 'RAMS工程师']) {
      expect(names.has(n), n).toBe(true);
    }

    // Distinctive passages of the documents, checked even without the seed at hand.
    const director = position('gad-director').duty;
    expect(director.split('\n')).toHaveLength(9);
    expect(director).toContain('1、全面负责综合部日常管理工作,充分发挥行政职能,协调公司各部门的相互工作关系,建立企业高效运行机制。');
    expect(director).toContain('8、负责协调、指导、检查、考核综合部人员工作,聘用、解聘权限内人员,并对本部门出现的问题负总责;');
    const hr = position('hr-supervisor').duty;
    expect(hr).toContain('1、负责提出公司用人编制,报常务副总、总经理和董事长同意、董事会批准后实施;');
    expect(hr.split('\n').map((l) => l.match(/^\d+/)?.[0])).toEqual(['1', '2', '3', '4', '5', '8', '9', '10']);
    const gad = dept('gad').functions;
    expect(gad.split('\n')).toHaveLength(10);
    expect(gad).toContain('8、负责公司车辆日常调度及管理工作;');
    expect(dept('prodtech').functions).toContain('3.1.1生产技术部为本程序的归口管理部门。');
    expect(dept('qa').functions).toContain('3.2.1负责产品RAMS相关的检验、测试、试验分析、处理');
  });

  it('ORG-2 verbatim duty and function texts appear in the source documents line by line', (ctx) => {
    const seed = loadSeedText();
    if (seed === null) {
      ctx.skip();
      return;
    }
    const source = noSpace(seed);
    const verbatim: Array<[string, string]> = [
      ['综合部部长', position('gad-director').duty],
      ['人力资源主管', position('hr-supervisor').duty],
      ['综合管理部', dept('gad').functions],
      ['行政部', dept('gad-admin').functions],
      ['人事部', dept('gad-hr').functions],
      ['办公室', dept('gad-office').functions],
      ['财务部 (item 1)', dept('gad-finance').functions.split('\n')[0] ?? ''],
      ['生产技术部', dept('prodtech').functions],
      ['品管部', dept('qa').functions],
    ];
    for (const [label, text] of verbatim) {
      expect(text.length, label).toBeGreaterThan(0);
      for (const line of text.split('\n')) expect(source.includes(noSpace(line)), `${label}: ${line}`).toBe(true);
    }
    // The whole 综合部部长 text, its line breaks removed, is one passage of the documents.
    expect(source).toContain(noSpace(`综合部部长岗位职责${position('gad-director').duty}`));
    expect(source).toContain(noSpace(`人力资源主管岗位职责${position('hr-supervisor').duty}`));
    expect(source).toContain(noSpace(`综合部部门职能${dept('gad').functions}`));
  });

  it('ORG-3 users: ≥25, unique usernames/phones/emails, supervisors exist, no supervisor cycles, admin exists', () => {
    expect(demoUsers.length).toBeGreaterThanOrEqual(30);
    const usernames = demoUsers.map((u) => u.username);
    const phones = demoUsers.map((u) => u.phone);
    const emails = demoUsers.map((u) => u.email);
    expect(new Set(usernames).size).toBe(demoUsers.length);
    expect(new Set(phones).size).toBe(demoUsers.length);
    expect(new Set(emails).size).toBe(demoUsers.length);
    const positionCodes = new Set(demoPositions.map((p) => p.code));
    for (const u of demoUsers) {
      expect(u.username).toMatch(/^[a-z]+$/);
      expect(u.name).toMatch(/^[\u4e00-\u9fff]{2,5}$/);
      expect(u.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(u.email).toBe(`${u.username}@demo.guanjia.cn`);
      expect(deptByCode.has(u.departmentCode), u.username).toBe(true);
      for (const pc of u.positionCodes) {
        expect(positionCodes.has(pc), `${u.username} ${pc}`).toBe(true);
        // A position is held in its own department.
        expect(position(pc).departmentCode, `${u.username} ${pc}`).toBe(u.departmentCode);
      }
      if (u.supervisorUsername !== null) {
        expect(userByName.has(u.supervisorUsername), `${u.username} → ${u.supervisorUsername}`).toBe(true);
      }
      // The supervisor chain ends at the one top person without a cycle.
      const seen = new Set<string>();
      let cur: DemoUser | undefined = u;
      while (cur && cur.supervisorUsername !== null) {
        expect(seen.has(cur.username), `cycle at ${cur.username}`).toBe(false);
        seen.add(cur.username);
        cur = userByName.get(cur.supervisorUsername);
      }
      expect(cur?.username).toBe(holderByPositionName('董事长').username);
    }
    expect(demoUsers.filter((u) => u.supervisorUsername === null)).toHaveLength(1);

    const admin = userByName.get('admin');
    expect(admin).toBeDefined();
    expect(admin?.name).toBe('系统管理员');
    expect(admin?.roleKeys).toEqual(['admin']);
    expect(['gad', 'gad-office']).toContain(admin?.departmentCode);
  });

  it('ORG-3 escalation chain: 综合部部长 → 常务副总 → 总经理 → 董事长; staff report to their department head', () => {
    const chairman = holderByPositionName('董事长');
    const gm = holderByPositionName('总经理');
    const deputy = holderByPositionName('常务副总');
    const director = holderByPositionName('综合部部长');
    expect(chairman.supervisorUsername).toBeNull();
    expect(gm.supervisorUsername).toBe(chairman.username);
    expect(deputy.supervisorUsername).toBe(gm.username);
    expect(director.supervisorUsername).toBe(deputy.username);

    const headOf = (code: string): string | undefined => demoDepartmentHeads[code];
    /** Nearest head at or above `code`, skipping `self`; past the top departments → 常务副总. */
    const expectedBoss = (code: string | null, self: string): string => {
      let cur = code === null ? undefined : deptByCode.get(code);
      while (cur && cur.code !== 'root') {
        const h = headOf(cur.code);
        if (h !== undefined && h !== self) return h;
        cur = cur.parentCode === null ? undefined : deptByCode.get(cur.parentCode);
      }
      return deputy.username;
    };
    for (const u of demoUsers) {
      if (u.departmentCode === 'leadership') continue;
      const isHead = headOf(u.departmentCode) === u.username;
      const start = isHead ? dept(u.departmentCode).parentCode : u.departmentCode;
      expect(u.supervisorUsername, u.username).toBe(expectedBoss(start, u.username));
    }
  });

  it('ORG-3 role keys follow positions: leaders, heads, admin staff, hr, finance, drivers, technicians, customer service, warehouse', () => {
    const heads = new Set(Object.entries(demoDepartmentHeads).filter(([c]) => c !== 'leadership').map(([, u]) => u));
    const byPosition: Record<string, RoleKey> = {
      chairman: 'leader', gm: 'leader', 'deputy-gm': 'leader',
      'gad-assistant': 'admin_staff', 'admin-specialist': 'admin_staff',
      'hr-supervisor': 'hr',
      'finance-manager': 'finance', accountant: 'finance', cashier: 'finance',
      driver: 'driver',
      'aftersales-technician': 'technician', 'tech-engineer': 'technician', 'repair-technician': 'technician',
      'cs-clerk': 'customer_service',
      storekeeper: 'warehouse',
    };
    for (const u of demoUsers) {
      if (u.username === 'admin') continue;
      expect(u.roleKeys, u.username).toContain('employee');
      expect(new Set(u.roleKeys).size).toBe(u.roleKeys.length);
      expect(u.roleKeys.includes('dept_head'), `${u.username} dept_head`).toBe(heads.has(u.username));
      expect(u.roleKeys).not.toContain('admin');
      for (const pc of u.positionCodes) {
        const rk = byPosition[pc];
        if (rk) expect(u.roleKeys, `${u.username} ${pc}`).toContain(rk);
      }
    }
    const count = (rk: RoleKey) => demoUsers.filter((u) => u.roleKeys.includes(rk)).length;
    expect(count('driver')).toBeGreaterThanOrEqual(2);
    expect(count('technician')).toBeGreaterThanOrEqual(3);
    expect(holdersOf('cs-clerk').length).toBeGreaterThanOrEqual(2);
    expect(count('warehouse')).toBeGreaterThanOrEqual(1);
    expect(count('admin')).toBe(1);
  });
});
