export default {
  aftersales: {
    nav: { dailySurvey: '派工单完成情况', stats: '售后统计', monthlyReport: '月度售后报告' },
    reports: {
      print: '打印', yes: '是', no: '否',
      daily: {
        title: '派工单完成情况调查表',
        description: '每天下班前半小时系统生成当天派工的单子；客服逐单了解完成情况，未完成的登记原因（是否已告知客户）并安排第二天工作，然后提交。',
        draft: '待提交', submit: '提交调查表', submittedOk: '调查表已提交', submittedBy: '{{name}} 于 {{at}} 提交',
        none: '这一天还没有调查表', build: '生成这一天的调查表', history: '历史调查表',
        col: {
          jobNo: '派工单号', customer: '客户', problem: '设备问题', technician: '维修人员', statusAtCheck: '调查时状态', finished: '是否完成',
          reason: '未完成原因', told: '已告知客户', planAt: '第二天上门时间', planTechnician: '安排维修人员',
          date: '日期', jobs: '派工单数', finishedCount: '已完成', submitted: '提交',
        },
      },
      stats: {
        title: '售后统计', description: '每日派工单数、完成率（客服与售后人员绩效指标）、回访满意度、每月收费与设备常见故障。',
        top: '每种设备前', perDay: '每日派工单数', technicians: '售后人员完成率', clerks: '客服完成率', satisfaction: '回访满意度分布',
        revenue: '每月收费', faults: '设备常见故障（每种设备前 {{top}} 项）',
        col: {
          date: '日期', taken: '受理', dispatched: '派工', completed: '已完成', rate: '完成率', technician: '售后维修人员', clerk: '客服',
          satisfaction: '满意度', count: '次数', month: '月份', feeJobs: '收费单数', fee: '收费金额（元）', model: '设备型号', problem: '故障',
        },
      },
      monthly: {
        title: '月度售后报告', description: '每月第一个工作日 9:00 自动上报综合管理部经理、总经理；可查看任一月份并打印。',
        printTitle: '月度售后报告（{{month}}）', sentAt: '已于 {{at}} 上报', notSent: '该月报告尚未自动上报',
        taken: '受理单数', dispatched: '派工单数', completionRate: '完成（完成率）', closed: '已结单', cancelled: '已作废',
        callbacks: '回访单数', satisfactionRate: '满意率', timelyRate: '及时率', conductRate: '服务规范遵守率', bySatisfaction: '满意度分布',
        revenue: '收费金额（单数）', lateCash: '营业款逾期（单数 / 金额）', penalties: '逾期罚款（维修人员 / 客服）',
        byTechnician: '按售后维修人员', byClerk: '按客服',
      },
    },
  },
};
