/**
 * The demo company (ORG-1, ORG-2, ORG-3): departments, positions and users built from the
 * source documents in `seed/`.
 *
 * Texts marked "verbatim" are copied from the documents as written (the documents' own
 * half-width punctuation and numbering kept; one numbered item per line). The others are
 * short texts derived from what the documents and REQUIREMENTS.md say those people do.
 *
 * Department heads are listed in `demoDepartmentHeads`. A department without a head of its
 * own (行政部, 法务部, 仓库) is run by the head of its parent department (综合部部长, who is the
 * "综合管理部经理" of the vehicle and after-sales rules).
 */

export type RoleKey =
  | 'admin'
  | 'leader'
  | 'dept_head'
  | 'admin_staff'
  | 'hr'
  | 'finance'
  | 'employee'
  | 'driver'
  | 'technician'
  | 'customer_service'
  | 'warehouse';

export interface DemoDepartment {
  code: string;
  name: string;
  parentCode: string | null;
  /** 部门职能: numbered lines joined by \n. */
  functions: string;
  sort: number;
}

export interface DemoPosition {
  code: string;
  name: string;
  departmentCode: string;
  /** 岗位职责: numbered lines joined by \n. */
  duty: string;
  sort: number;
}

export interface DemoUser {
  username: string;
  name: string;
  phone: string;
  email: string;
  departmentCode: string;
  positionCodes: string[];
  supervisorUsername: string | null;
  roleKeys: RoleKey[];
}

export const DEMO_COMPANY_NAME = '浙江步阳智能科技有限公司';
export const DEMO_EMAIL_DOMAIN = 'demo.guanjia.cn';

const lines = (...xs: string[]): string => xs.join('\n');

// ---------------------------------------------------------------------------------------------
// Texts taken verbatim from the documents
// ---------------------------------------------------------------------------------------------

/** 综合部部门职能 — verbatim. */
const GAD_FUNCTIONS = lines(
  '1、负责公司日常行政管理工作,做好公司内外、企业上下沟通协调工作,上传下达及下情上达;',
  '2、负责公司会议及大型活动的组织、会务筹备工作,做好会议记录及会议决议的督办、检查及考核工作;',
  '3、负责公司文件、信函收发、传递及督办工作;',
  '4.负责公司重要合同、协议的归档管理工作;',
  '5、执行公司企业管理制度,负责建立企业档案;',
  '6、负责公司办公环境、办公用品、办公设备的维护及日常管理工作;',
  '7、负责公司人力资源管理,员工劳动纪律管理;',
  '8、负责公司车辆日常调度及管理工作;',
  '9、负责公司的企业文化建设工作;',
  '10、完成公司领导交办的其他工作任务。',
);

/** 综合部部长岗位职责 — verbatim. */
const GAD_DIRECTOR_DUTY = lines(
  '1、全面负责综合部日常管理工作,充分发挥行政职能,协调公司各部门的相互工作关系,建立企业高效运行机制。',
  '2、负责建立健全并完善企业各类规章制度,建立健全公司绩效管理与考核制度,并做好督查考核工作。',
  '3、负责做好公司安全、卫生的检查监督工作及内部协调,确保办公区安全、环境卫生整洁。',
  '4、负责做好公司及本部门的各类文字材料的书写及文件下达,准确传达公司领导意图。',
  '5、负责配合各职能部门做好重大会议的召集与组织工作。',
  '6、负责公司办公会议的通知、组织及会议记录,监督各部门的会议精神的执行情况。',
  '7、负责公司重要文件材料的整理与存档;',
  '8、负责协调、指导、检查、考核综合部人员工作,聘用、解聘权限内人员,并对本部门出现的问题负总责;',
  '9、负责完成公司领导交办的其他工作任务。',
);

/** 人力资源主管岗位职责 — verbatim (the document's numbering skips 6 and 7). */
const HR_SUPERVISOR_DUTY = lines(
  '1、负责提出公司用人编制,报常务副总、总经理和董事长同意、董事会批准后实施;',
  '2、负责选拔聘用合格人力,保证人力资源合理配置;',
  '3、负责规范公司人事管理制度,并推动贯彻落实;',
  '4、负责拟定推行员工培训计划,提高员工队伍整体素质;',
  '5、负责拟定推行员工考评方案,推进公平竞争,激励产生突出成效;',
  '8、负责监察公司各单位、部门的日常人事管理工作;',
  '9、负责加强劳资管理,保证劳资计划的实现;',
  '10、负责完成公司领导交办的其他工作任务。',
);

/** 公司综合管理部职能职责 — 行政部门, verbatim. */
const ADMIN_FUNCTIONS = lines(
  '1.行政管理工作:行政部门主要承担公司行政管理工作。负责公司设施管理、安全管理、环境管理、物业管理、车辆管理、设备管理、保险管理等工作。',
  '2.供应管理工作:行政部门负责采购管理、供应商管理、库房管理、资产管理、耗材管理等。',
  '3.安全管理工作:行政部门负责制定公司安全管理制度,组织员工安全培训,制定应急预案,并对公司安全设施、消防等设施设备进行管理和维护。',
);

/** 公司综合管理部职能职责 — 人事部门, verbatim. */
const HR_FUNCTIONS = lines(
  '1.招聘和培训管理:人事部门负责公司的招聘和培训管理工作。包括招聘计划、招聘流程、员工入职、离职等各个环节的工作。',
  '2.绩效管理:人事部门负责制定绩效管理制度,通过对员工的考核评价,为公司的管理决策提供重要的数据支持。',
  '3.福利管理:人事部门负责公司员工的薪酬、社保、住房公积金、年假、调职等福利管理工作。',
);

/** 公司综合管理部职能职责 — 办公室, verbatim. */
const OFFICE_FUNCTIONS = lines(
  '1.文件管理:办公室负责处理公司日常的文件管理工作,包括文件的存档、分类、归档、电子化等。',
  '2.会议管理:办公室负责公司各类会议的日程安排、会议资料准备、会议室预定等工作。',
  '3.前台接待工作:办公室是公司日常接待客户的重要窗口,在此工作的员工需要具备良好的服务意识和语言表达能力。',
);

/**
 * 公司综合管理部职能职责 — 财务部门. The document stops after item 1 (verbatim); items 2–3 are
 * derived from the 财务管理流程 (装修公司管理流程表) and the after-sales rules.
 */
const FINANCE_FUNCTIONS = lines(
  '1.财务核算工作:财务部门负责公司的财务核算工作,包括财务预算、资金管理、账务处理、会计核算、财务分析等。',
  '2.收支管理工作：根据合同开具发票或账单并进行财务审核；按规定支付员工工资、奖金及业务所需材料、物资款项；按时收取售后营业款，审核事故费用、私车公用补贴及各类报销单据。',
  '3.财务档案工作：将公司重要财务文件按照时间顺序、与事项相关性、文件格式分类整理，备份和存档。',
);

/** RAMS管理程序 3.1 生产技术部 — verbatim. */
const PRODTECH_FUNCTIONS = lines(
  '3.1.1生产技术部为本程序的归口管理部门。',
  '3.1.2负责项目初期阶段与客户关于RAMS的沟通。',
  '3.1.3负责组织RAMS小组工作,确定小组成员的职责。',
  '3.1.4负责组织识别并确定新产品的RAMS目标。',
  '3.1.5负责产品整个寿命周期内对综合管理部服务人员提供的RAMS运行数据进行统计、分析整理。',
  '3.1.6负责组织RAMS的改进措施的制定。',
  '3.1.7负责将统计结果传递给产品设计工程师,作为产品设计参考。',
  '3.1.8组织项目的FMECA评审工作。',
);

/** RAMS管理程序 3.2 品管部 — verbatim. */
const QA_FUNCTIONS = lines(
  '3.2.1负责产品RAMS相关的检验、测试、试验分析、处理,并提供相应的数据结果或报告。',
);

// ---------------------------------------------------------------------------------------------
// Departments (ORG-1)
// ---------------------------------------------------------------------------------------------

export const demoDepartments: DemoDepartment[] = [
  {
    code: 'root',
    name: DEMO_COMPANY_NAME,
    parentCode: null,
    functions: lines(
      '1、从事智能设备的研发、生产、销售、安装及售后服务；',
      '2、承接系统集成、装修工程设计与施工及物业综合维修服务项目；',
      '3、经营步阳4S店、e家软装生活馆等零售门店。',
    ),
    sort: 0,
  },
  {
    code: 'leadership',
    name: '公司领导',
    parentCode: 'root',
    functions: lines(
      '1、决定公司发展战略、经营方针和年度目标；',
      '2、审批公司用人编制、重大合同、重大费用支出及公文签发；',
      '3、领导、协调、检查各部门工作，督办领导交办事项。',
    ),
    sort: 10,
  },
  { code: 'gad', name: '综合管理部', parentCode: 'root', functions: GAD_FUNCTIONS, sort: 20 },
  { code: 'gad-admin', name: '行政部', parentCode: 'gad', functions: ADMIN_FUNCTIONS, sort: 21 },
  { code: 'gad-hr', name: '人事部', parentCode: 'gad', functions: HR_FUNCTIONS, sort: 22 },
  { code: 'gad-office', name: '办公室', parentCode: 'gad', functions: OFFICE_FUNCTIONS, sort: 23 },
  { code: 'gad-finance', name: '财务部', parentCode: 'gad', functions: FINANCE_FUNCTIONS, sort: 24 },
  {
    code: 'gad-legal',
    name: '法务部',
    parentCode: 'gad',
    // The documents name 法务部门 but give no text for it; derived.
    functions: lines(
      '1、负责公司合同、协议的法律审核，参与重大合同谈判；',
      '2、负责对外发文及规章制度的合法性审查；',
      '3、负责处理公司法律纠纷、诉讼及仲裁事务，协助处理交通事故等理赔事宜；',
      '4、负责开展员工法律知识宣传和培训。',
    ),
    sort: 25,
  },
  {
    code: 'warehouse',
    name: '仓库',
    parentCode: 'gad-admin',
    // 库房管理 is a 行政部门 duty; the after-sales rules describe the storekeeper's work. Derived.
    functions: lines(
      '1、负责公司库房管理，办理货品、零配件、办公用品的入库、出库及盘点；',
      '2、负责售后人员借领配件的登记，与客服核对借领记录，3天内办理零配件出库手续；',
      '3、负责售后安装项目物品整套出库，协助售后人员小库配件备库；',
      '4、负责库存预警，低于订货点时提出采购申请。',
    ),
    sort: 26,
  },
  {
    code: 'repair',
    name: '维修部',
    parentCode: 'root',
    // From the responsibilities in the 物业综合维修服务流程 table (旳 written as 的).
    functions: lines(
      '1、接到客服部提供的《客户(业主)维修登记表》，根据客户需要维修的内容，分析需要维修的问题，确定有关维修人员；',
      '2、检查维修问题：保修范围内的进行保修维修，保修范围外的进行收费维修；',
      '3、保修范围内维修：和业主协商，阐明维修方案，并请业主做有关的配合工作，客户需求后24小时内完成；',
      '4、收费维修：向业主阐明收费理由和收费金额，经业主承认后，进行对应的维修服务，客户投诉后24小时内完成；',
      '5、维修结束后，与业主共同验收；',
      '6、维修服务结束后一到三天内进行客户回访调查，检查维修质量和效果；',
      '7、将《客户(业主)维修登记表》、《维修完毕登记表》交给客服部进行立案存档；',
      '8、客户对维修服务不满意的，根据客户的意见和规定进行二次维修。',
    ),
    sort: 30,
  },
  {
    code: 'cs',
    name: '客服部',
    parentCode: 'root',
    // From the 物业综合维修服务流程 table and the 售后流程及相关规定.
    functions: lines(
      '1、受理客户(业主)报修，登记《客户(业主)维修登记表》并提供给维修部；',
      '2、在ERP平台查询客户信息及质保期限，根据售后人员技术特长派工；',
      '3、参与维修回访，进行满意度调查，制定《回访记录表》，每月上报综合管理部经理、总经理；',
      '4、接收维修部提交的《客户(业主)维修登记表》、《维修完毕登记表》，立案存档，完毕本次服务；',
      '5、每天下班前半小时了解当天派工单完成情况，制定《派工单完成情况调查表》；',
      '6、核对维修收费，督促售后人员营业款交回财务，办理配件出库，编制提成表和月报表。',
    ),
    sort: 40,
  },
  {
    code: 'aftersales',
    name: '售后服务部',
    parentCode: 'root',
    // Derived from the 售后流程及相关规定 and RAMS管理程序 3.3.
    functions: lines(
      '1、负责公司产品的上门安装、维修及维保协议单位的维保工作；',
      '2、按照《上门服务规范》为客户提供服务，维修完成后拍照回传客服并开具收费票据；',
      '3、负责收取的营业款最迟第三天内交回财务部；',
      '4、负责收集产品在客户部门的RAMS运行数据，提供给生产技术部统计分析。',
    ),
    sort: 50,
  },
  { code: 'prodtech', name: '生产技术部', parentCode: 'root', functions: PRODTECH_FUNCTIONS, sort: 60 },
  { code: 'qa', name: '品管部', parentCode: 'root', functions: QA_FUNCTIONS, sort: 70 },
  {
    code: 'integration',
    name: '项目集成部',
    parentCode: 'root',
    // Derived: the after-sales rules name 项目集成部 as handling its own installation projects.
    functions: lines(
      '1、负责系统集成项目的方案、实施、安装调试及交付；',
      '2、负责本部门安装项目的物品领用和出库手续；',
      '3、负责完工项目资料移交客服录入ERP平台，配合售后服务。',
    ),
    sort: 80,
  },
  {
    code: 'engineering',
    name: '工程设计部',
    parentCode: 'root',
    // Derived from the 装修公司管理流程表 项目管理流程.
    functions: lines(
      '1、项目接收：受理客户通过公司网站、电话、微信等平台的咨询，派单给设计师，完成方案设计并签订合同；',
      '2、项目实施：项目初验，规范施工，执行施工流程和品质标准，统一采购、供应工程所需的材料和物资；',
      '3、项目完结：项目竣工后组织验收，提供工程售后服务，直到保修期结束。',
    ),
    sort: 90,
  },
];

// ---------------------------------------------------------------------------------------------
// Positions (ORG-2)
// ---------------------------------------------------------------------------------------------

export const demoPositions: DemoPosition[] = [
  // 公司领导
  {
    code: 'chairman',
    name: '董事长',
    departmentCode: 'leadership',
    duty: lines(
      '1、主持董事会工作，决定公司发展战略和重大经营事项；',
      '2、审核公司用人编制，报董事会批准后实施；',
      '3、审批重大合同、重大投资及重大费用支出；',
      '4、检查、督办公司领导层工作。',
    ),
    sort: 10,
  },
  {
    code: 'gm',
    name: '总经理',
    departmentCode: 'leadership',
    duty: lines(
      '1、全面负责公司经营管理，组织实施年度经营计划；',
      '2、审核公司用人编制，报董事长同意；',
      '3、审批公车私用借用、节假日及业余时间用车、200元以上的车辆维修；',
      '4、审阅售后《回访记录表》、《免费保质期到期客户回访记录表》、《二次销售业务记录表》等月度报表；',
      '5、签发公司文件，向各部门交办工作并督办。',
    ),
    sort: 11,
  },
  {
    code: 'deputy-gm',
    name: '常务副总',
    departmentCode: 'leadership',
    duty: lines(
      '1、协助总经理处理公司日常经营管理工作，分管综合管理部及各业务部门；',
      '2、审核人力资源主管提出的用人编制，报总经理、董事长同意；',
      '3、审核签字1条以上接待用烟及超出部长权限的接待礼品；',
      '4、检查、督办各部门工作及领导交办事项。',
    ),
    sort: 12,
  },
  // 综合管理部
  { code: 'gad-director', name: '综合部部长', departmentCode: 'gad', duty: GAD_DIRECTOR_DUTY, sort: 20 },
  {
    code: 'gad-assistant',
    name: '部长助理',
    departmentCode: 'gad',
    duty: lines(
      '1、协助综合部部长处理部门日常管理工作，跟进部长交办事项；',
      '2、负责接待礼品的发放管理，审核签字5包以下的接待用烟；',
      '3、协助组织公司会议、大型活动及接待工作；',
      '4、完成部长交办的其他工作任务。',
    ),
    sort: 21,
  },
  // 行政部
  {
    code: 'admin-specialist',
    name: '行政专员',
    departmentCode: 'gad-admin',
    duty: lines(
      '1、负责公车派车、调配，管理车钥匙，每天下班后收回车钥匙；',
      '2、负责公司车辆档案，同时负责油卡、保险的管理；',
      '3、负责工具、办公用品和办公设备的采购、登记、借领用，低值办公用品的发放；',
      '4、负责固定资产、低值易耗品的登记管理；',
      '5、负责组织员工培训工作；',
      '6、完成领导交办的其他工作任务。',
    ),
    sort: 30,
  },
  {
    code: 'driver',
    name: '司机',
    departmentCode: 'gad-admin',
    duty: lines(
      '1、服从综合管理部派车调度，配合行政专员填写《车辆使用登记表》(附表10)后领取车钥匙出车；',
      '2、出车回来后填写《行车记录、加油信息登记表》(附表11)，一般用油卡加油；',
      '3、每日下班前检查车辆状况，负责车辆保养、清洗（每周至少一次）、年检及维修跟进，办理城区《通行证》；',
      '4、严格遵守交通法规，谨慎驾驶，行车前检查随车证件及车辆性能，不得擅自将车辆交于他人使用；',
      '5、每天下班后将车钥匙交回行政专员处，车辆停放在公司门前；',
      '6、兼顾公司零星采购，特殊物品货比三家，当天单据及时报销；',
      '7、发生交通事故立即报警、报险，保护现场，并向公司领导汇报。',
    ),
    sort: 31,
  },
  {
    code: 'storekeeper',
    name: '库管',
    departmentCode: 'warehouse',
    duty: lines(
      '1、负责库房货品、零配件及办公用品的入库、出库、保管和盘点；',
      '2、负责售后人员借领配件的登记，与客服核对借领记录，办理零配件出库手续；',
      '3、负责售后安装项目物品整套出库，安装人员不得借领；',
      '4、负责库存预警，提出补货申请。',
    ),
    sort: 32,
  },
  // 人事部
  { code: 'hr-supervisor', name: '人力资源主管', departmentCode: 'gad-hr', duty: HR_SUPERVISOR_DUTY, sort: 40 },
  {
    code: 'hr-specialist',
    name: '人事专员',
    departmentCode: 'gad-hr',
    duty: lines(
      '1、负责发布招聘信息，筛选简历，安排面试；',
      '2、负责办理员工入职、离职手续及劳动合同管理；',
      '3、负责员工考勤、绩效考核资料的收集整理；',
      '4、负责员工薪酬、社保、住房公积金、年假、调职等资料管理，汇总罚款与补贴。',
    ),
    sort: 41,
  },
  // 办公室
  {
    code: 'office-director',
    name: '办公室主任',
    departmentCode: 'gad-office',
    duty: lines(
      '1、负责办公室日常工作，当好领导的参谋和助手；',
      '2、负责公司文件管理、会议管理和前台接待工作；',
      '3、负责推行首问责任制和限时结办制，督办公司各项工作；',
      '4、负责公司印章的管理、使用和登记。',
    ),
    sort: 50,
  },
  {
    code: 'office-clerk',
    name: '内勤/秘书',
    departmentCode: 'gad-office',
    duty: lines(
      '1、负责公司文件的登记、收发、呈阅、分送、催办及归档，常规收文直接处理；',
      '2、负责信函、邮件的收发和传递；',
      '3、负责会议通知、会议记录及会议室预定；',
      '4、负责前台接待及档案借阅登记。',
    ),
    sort: 51,
  },
  // 财务部
  {
    code: 'finance-manager',
    name: '财务部经理',
    departmentCode: 'gad-finance',
    duty: lines(
      '1、全面负责公司财务核算、财务预算、资金管理和财务分析；',
      '2、审核发票、账单及各类报销、事故费用；',
      '3、审核售后提成表、月报表及工资发放；',
      '4、负责财务档案的归档管理。',
    ),
    sort: 60,
  },
  {
    code: 'accountant',
    name: '会计',
    departmentCode: 'gad-finance',
    duty: lines(
      '1、负责账务处理和会计核算，编制财务报表；',
      '2、负责开具发票和账单，审核报销单据；',
      '3、负责核算工资、提成、私车公用补贴及罚款；',
      '4、负责财务文件的整理、备份和存档。',
    ),
    sort: 61,
  },
  {
    code: 'cashier',
    name: '出纳',
    departmentCode: 'gad-finance',
    duty: lines(
      '1、负责现金及银行收付，登记日记账；',
      '2、负责收取售后人员交回的营业款并开具收款凭证；',
      '3、负责报销款项、工资和奖金的支付。',
    ),
    sort: 62,
  },
  // 法务部
  {
    code: 'legal-specialist',
    name: '法务专员',
    departmentCode: 'gad-legal',
    duty: lines(
      '1、负责合同、协议的法律审核；',
      '2、负责需法务审核的对外发文的合法性审查；',
      '3、负责处理法律纠纷、诉讼、仲裁及事故理赔中的法律事务；',
      '4、负责重要合同、协议的归档移交。',
    ),
    sort: 70,
  },
  // 维修部
  {
    code: 'repair-director',
    name: '维修部主任',
    departmentCode: 'repair',
    duty: lines(
      '1、接收客服部提供的《客户(业主)维修登记表》；',
      '2、根据客户需要维修的内容，分析需要维修的问题，确定有关维修人员；',
      '3、检查维修质量，组织与业主共同验收；',
      '4、安排客户不满意时的二次维修，将维修登记表交客服部存档。',
    ),
    sort: 80,
  },
  {
    code: 'repair-technician',
    name: '综合维修人员',
    departmentCode: 'repair',
    duty: lines(
      '1、保修范围内维修：和业主协商，阐明维修方案，并请业主做有关的配合工作，客户需求后24小时内完成；',
      '2、收费维修：向业主阐明收费理由和收费金额，经业主承认后，进行对应的维修服务，客户投诉后24小时内完成；',
      '3、维修结束后，与业主共同验收；',
      '4、维修服务结束后一到三天内进行客户回访调查；',
      '5、客户不满意的，进行二次维修。',
    ),
    sort: 81,
  },
  // 客服部
  {
    code: 'cs-supervisor',
    name: '客服部主管',
    departmentCode: 'cs',
    duty: lines(
      '1、负责客服部日常管理，检查客服人员工作；',
      '2、参与维修回访调查，检查维修质量和效果；',
      '3、接收《维修完毕登记表》存档，完毕本次服务；',
      '4、审核回访记录、派工单完成情况及售后月报表，每月上报综合管理部经理、总经理。',
    ),
    sort: 90,
  },
  {
    code: 'cs-clerk',
    name: '客服专员',
    departmentCode: 'cs',
    duty: lines(
      '1、接到客户电话，登记客户报修信息，包括设备名称、设备问题、安装大体时间、客户地址、联系方式，要求语言文明，记录清楚；',
      '2、在ERP平台查询客户信息和质保期限，无客户信息的新增客户信息；',
      '3、根据售后人员技术特长派工，将维修信息和收费情况发送至售后维修人员手机；',
      '4、登记售后人员向库管借领配件记录，上传维修照片，核对收费票据，督促营业款最迟第三天交回财务；',
      '5、回访客户进行满意度调查，制定《回访记录表》；每天下班前半小时了解当天派工单完成情况；',
      '6、3天内与库管核对并办理零配件出库，做好小库配件备库；',
      '7、月底计算提成，编制提成表、《月报表》及交代不收费表，交财务；',
      '8、补录完善客户信息，设定免费维保到期提醒，回访到期客户，促成二次销售。',
    ),
    sort: 91,
  },
  // 售后服务部
  {
    code: 'aftersales-manager',
    name: '售后服务部经理',
    departmentCode: 'aftersales',
    duty: lines(
      '1、负责售后服务部日常管理，安排售后人员的安装、维修和维保工作；',
      '2、检查售后人员上门服务规范的执行和派工单完成情况；',
      '3、确认售后人员、技术人员提成；',
      '4、组织收集产品运行数据，配合RAMS统计分析。',
    ),
    sort: 100,
  },
  {
    code: 'aftersales-technician',
    name: '售后维修人员',
    departmentCode: 'aftersales',
    duty: lines(
      '1、接收维修信息后与客户联系，了解设备损坏情况，确定上门服务时间，确认所需维修配件；',
      '2、小库没有的配件向客服汇报，并向库管借领配件；',
      '3、按照上门服务规范上门安装、维修，完成后将维修结果拍照传回客服；',
      '4、向客户开具收费票据，收取维修费用，营业款最迟第三天交回财务部；',
      '5、没有完成的单子及时告知客户并回复客服，第二天及时给予维修、安装；',
      '6、完成维保协议单位的维保工作，月底核对提成。',
    ),
    sort: 101,
  },
  {
    code: 'tech-engineer',
    name: '技术工程师',
    departmentCode: 'aftersales',
    duty: lines(
      '1、售后人员无法维修时，到现场提供技术帮助，解决疑难故障（分享售后维修提成6成，单独完成的全额计提）；',
      '2、负责售后人员的技术指导和培训；',
      '3、负责记录产品故障及维修数据，提供RAMS运行数据。',
    ),
    sort: 102,
  },
  // 生产技术部
  {
    code: 'prodtech-manager',
    name: '生产技术部经理',
    departmentCode: 'prodtech',
    duty: lines(
      '1、负责生产技术部日常管理，归口管理RAMS管理程序；',
      '2、负责项目初期阶段与客户关于RAMS的沟通，组织RAMS小组工作，确定小组成员的职责；',
      '3、负责组织识别并确定新产品的RAMS目标，组织RAMS改进措施的制定；',
      '4、组织项目的FMECA评审工作。',
    ),
    sort: 110,
  },
  {
    code: 'rams-engineer',
    name: 'RAMS工程师',
    departmentCode: 'prodtech',
    duty: lines(
      '1、作为RAMS小组成员，对综合管理部服务人员提供的RAMS运行数据进行统计、分析整理；',
      '2、计算故障率、MTBF、MTTR、可用性等指标并与RAMS目标对比；',
      '3、编制FMECA分析表，跟踪改进措施落实；',
      '4、将统计结果传递给产品设计工程师。',
    ),
    sort: 111,
  },
  {
    code: 'design-engineer',
    name: '产品设计工程师',
    departmentCode: 'prodtech',
    duty: lines(
      '1、负责产品设计开发，落实产品RAMS要求；',
      '2、以RAMS统计结果作为产品设计参考，实施设计改进；',
      '3、参加FMECA评审。',
    ),
    sort: 112,
  },
  // 品管部
  {
    code: 'qa-manager',
    name: '品管部经理',
    departmentCode: 'qa',
    duty: lines(
      '1、负责品管部日常管理，制定检验标准和检验计划；',
      '2、负责产品RAMS相关的检验、测试、试验分析、处理，并提供相应的数据结果或报告；',
      '3、参加FMECA评审和RAMS改进措施的验证。',
    ),
    sort: 120,
  },
  {
    code: 'qa-inspector',
    name: '质检员',
    departmentCode: 'qa',
    duty: lines(
      '1、按检验标准进行原材料、过程及成品检验、测试；',
      '2、记录检验、试验数据，出具检验报告；',
      '3、对不合格品进行标识和跟踪处理。',
    ),
    sort: 121,
  },
  // 项目集成部
  {
    code: 'integration-manager',
    name: '项目集成部经理',
    departmentCode: 'integration',
    duty: lines(
      '1、负责项目集成部日常管理，组织集成项目的方案、实施和交付；',
      '2、负责本部门安装项目的物品领用及出库；',
      '3、负责完工项目资料移交客服录入ERP平台。',
    ),
    sort: 130,
  },
  // 工程设计部
  {
    code: 'engineering-supervisor',
    name: '工程主管',
    departmentCode: 'engineering',
    duty: lines(
      '1、接收客户通过公司网站、电话、微信等平台的咨询，根据客户需求派单给相应的设计师；',
      '2、负责工程设计部日常管理，检查施工流程和品质标准的执行；',
      '3、组织工程物资的统一采购和供应。',
    ),
    sort: 140,
  },
  {
    code: 'designer',
    name: '设计师',
    departmentCode: 'engineering',
    duty: lines(
      '1、根据客户需求完成方案设计；',
      '2、向客户提出合同，经协商后签订合同；',
      '3、配合施工过程中的设计交底和变更。',
    ),
    sort: 141,
  },
  {
    code: 'project-manager',
    name: '项目经理',
    departmentCode: 'engineering',
    duty: lines(
      '1、负责项目实施，严格执行施工流程和品质标准；',
      '2、与业主共同进行项目初验，组织竣工验收；',
      '3、负责材料验收和工程物资需求计划；',
      '4、负责保修期内的工程售后服务。',
    ),
    sort: 142,
  },
];

// ---------------------------------------------------------------------------------------------
// Users (ORG-3)
// ---------------------------------------------------------------------------------------------

type UserRow = [
  username: string,
  name: string,
  phone: string,
  departmentCode: string,
  positionCodes: string[],
  supervisorUsername: string | null,
  roleKeys: RoleKey[],
];

const userRows: UserRow[] = [
  // 公司领导
  ['yangjianguo', '杨建国', '13805710001', 'leadership', ['chairman'], null, ['leader', 'employee']],
  ['chenzhiqiang', '陈志强', '13805710002', 'leadership', ['gm'], 'yangjianguo', ['leader', 'employee']],
  ['wanghaitao', '王海涛', '13905710003', 'leadership', ['deputy-gm'], 'chenzhiqiang', ['leader', 'employee']],
  // 综合管理部
  ['liufang', '刘芳', '13857120104', 'gad', ['gad-director'], 'wanghaitao', ['dept_head', 'admin_staff', 'employee']],
  ['zhaomin', '赵敏', '13857120105', 'gad', ['gad-assistant'], 'liufang', ['admin_staff', 'employee']],
  ['sunli', '孙丽', '13857120106', 'gad-admin', ['admin-specialist'], 'liufang', ['admin_staff', 'employee']],
  ['zhouqiang', '周强', '13957120107', 'gad-admin', ['driver'], 'liufang', ['driver', 'employee']],
  ['wugang', '吴刚', '13957120108', 'gad-admin', ['driver'], 'liufang', ['driver', 'employee']],
  ['guolei', '郭磊', '13757120109', 'warehouse', ['storekeeper'], 'liufang', ['warehouse', 'employee']],
  ['zhengxiuying', '郑秀英', '13857120110', 'gad-hr', ['hr-supervisor'], 'liufang', ['dept_head', 'hr', 'employee']],
  ['hejing', '何静', '13857120111', 'gad-hr', ['hr-specialist'], 'zhengxiuying', ['hr', 'employee']],
  ['maxiaoyan', '马晓燕', '13857120112', 'gad-office', ['office-director'], 'liufang', ['dept_head', 'admin_staff', 'employee']],
  ['linxiaohong', '林小红', '13857120113', 'gad-office', ['office-clerk'], 'maxiaoyan', ['admin_staff', 'employee']],
  ['admin', '系统管理员', '13800000000', 'gad-office', [], 'maxiaoyan', ['admin']],
  ['huanglihua', '黄丽华', '13857120114', 'gad-finance', ['finance-manager'], 'liufang', ['dept_head', 'finance', 'employee']],
  ['xuting', '徐婷', '13857120115', 'gad-finance', ['accountant'], 'huanglihua', ['finance', 'employee']],
  ['zhulin', '朱琳', '13857120116', 'gad-finance', ['cashier'], 'huanglihua', ['finance', 'employee']],
  ['hubin', '胡斌', '13857120117', 'gad-legal', ['legal-specialist'], 'liufang', ['employee']],
  // 维修部
  ['gaofeng', '高峰', '13605710218', 'repair', ['repair-director'], 'wanghaitao', ['dept_head', 'employee']],
  ['luojun', '罗军', '13605710219', 'repair', ['repair-technician'], 'gaofeng', ['technician', 'employee']],
  ['liangyong', '梁勇', '13605710220', 'repair', ['repair-technician'], 'gaofeng', ['technician', 'employee']],
  // 客服部
  ['songjia', '宋佳', '15857130321', 'cs', ['cs-supervisor'], 'wanghaitao', ['dept_head', 'customer_service', 'employee']],
  ['lina', '李娜', '15857130322', 'cs', ['cs-clerk'], 'songjia', ['customer_service', 'employee']],
  ['hanxue', '韩雪', '15857130323', 'cs', ['cs-clerk'], 'songjia', ['customer_service', 'employee']],
  // 售后服务部
  ['tangming', '唐明', '18657140424', 'aftersales', ['aftersales-manager'], 'wanghaitao', ['dept_head', 'employee']],
  ['zhangwei', '张伟', '18657140425', 'aftersales', ['aftersales-technician'], 'tangming', ['technician', 'employee']],
  ['fengtao', '冯涛', '18657140426', 'aftersales', ['aftersales-technician'], 'tangming', ['technician', 'employee']],
  ['caoyang', '曹阳', '18657140427', 'aftersales', ['aftersales-technician'], 'tangming', ['technician', 'employee']],
  ['xuwenbo', '许文博', '18657140428', 'aftersales', ['tech-engineer'], 'tangming', ['technician', 'employee']],
  // 生产技术部
  ['dengjianhua', '邓建华', '13588150529', 'prodtech', ['prodtech-manager'], 'wanghaitao', ['dept_head', 'employee']],
  ['pengchen', '彭晨', '13588150530', 'prodtech', ['rams-engineer'], 'dengjianhua', ['employee']],
  ['zengkai', '曾凯', '13588150531', 'prodtech', ['design-engineer'], 'dengjianhua', ['employee']],
  // 品管部
  ['jianghongmei', '蒋红梅', '13588150632', 'qa', ['qa-manager'], 'wanghaitao', ['dept_head', 'employee']],
  ['xiepeng', '谢鹏', '13588150633', 'qa', ['qa-inspector'], 'jianghongmei', ['employee']],
  // 项目集成部
  ['yuanguodong', '袁国栋', '13736160734', 'integration', ['integration-manager'], 'wanghaitao', ['dept_head', 'employee']],
  // 工程设计部
  ['donglixin', '董立新', '13736160835', 'engineering', ['engineering-supervisor'], 'wanghaitao', ['dept_head', 'employee']],
  ['chengying', '程颖', '13736160836', 'engineering', ['designer'], 'donglixin', ['employee']],
  ['yezihao', '叶子豪', '13736160837', 'engineering', ['designer'], 'donglixin', ['employee']],
  ['panyu', '潘宇', '13736160838', 'engineering', ['project-manager'], 'donglixin', ['employee']],
];

export const demoUsers: DemoUser[] = userRows.map(
  ([username, name, phone, departmentCode, positionCodes, supervisorUsername, roleKeys]) => ({
    username,
    name,
    phone,
    email: `${username}@${DEMO_EMAIL_DOMAIN}`,
    departmentCode,
    positionCodes,
    supervisorUsername,
    roleKeys,
  }),
);

/**
 * Department code → username of its head (Department.headUserId). 公司领导 is headed by the
 * 董事长; 行政部, 法务部 and 仓库 have no head of their own (the 综合部部长 runs them).
 */
export const demoDepartmentHeads: Readonly<Record<string, string>> = {
  leadership: 'yangjianguo',
  gad: 'liufang',
  'gad-hr': 'zhengxiuying',
  'gad-office': 'maxiaoyan',
  'gad-finance': 'huanglihua',
  repair: 'gaofeng',
  cs: 'songjia',
  aftersales: 'tangming',
  prodtech: 'dengjianhua',
  qa: 'jianghongmei',
  integration: 'yuanguodong',
  engineering: 'donglixin',
};
