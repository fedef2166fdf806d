export default {
  aftersales: {
    nav: { careContracts: '维保协议', careTasks: '回访任务', careSales: '二次销售记录', careCommission: '销售提成表' },
    care: {
      total: '合计',
      print: '打印',
      saved: '已保存',
      col: {
        person: '姓名', count: '笔数', salesAmount: '销售金额', commission: '提成', date: '日期', customer: '客户名称', item: '销售内容', category: '类别', percent: '提成比例',
        technician: '维保人员', contractNumber: '协议编号', visitOn: '计划日期', jobNo: '派工单号', completedAt: '完成时间', maintenanceCommission: '维保提成', status: '状态',
        jobStatus: '派工单状态', nextVisit: '下次上门', visits: '已派工/计划', dueOn: '回访期限', phones: '联系电话', part: '配件', period: '到期日', assignee: '回访客服', doneAt: '记录时间',
      },
      salesCommission: {
        title: '员工销售提成表',
        pageTitle: '销售提成表',
        description: '月底按二次销售记录和当月签订的维保协议，按类别比例计算员工销售提成（四舍五入到分）；维保人员按当月完成的维保上门计提维保提成。',
      },
      maintenanceCommission: { title: '维保提成表' },
      contracts: {
        title: '维保协议',
        description: '签订维保协议单位的定期维保：按协议期限和保养次数排出上门计划，到期前自动生成派工单派给负责的维保人员，完成后核算维保提成。',
        create: '新增维保协议', edit: '修改维保协议', terminate: '终止', agreement: '维保协议', search: '协议编号或客户名称',
        terminateHint: '终止日之后尚未派工的上门计划将取消，已生成的派工单不受影响。', dispatched: '已生成派工单', dispatchNow: '立即派工',
      },
      f: {
        customer: '客户', equipment: '设备', number: '协议编号', numberHint: '不填则自动编号 WB-年份-序号', signedOn: '签订日期', period: '协议期限', visitsPerYear: '每年保养次数',
        timesPerYear: '每年 {{n}} 次', intervalMonths: '或每隔（月）', everyMonths: '每 {{n}} 个月', frequency: '保养频次', schedule: '上门计划', fee: '协议金额', technician: '负责维保人员',
        salesperson: '销售人员', salespersonHint: '不填则为本人', commissionMode: '维保提成规则', perVisit: '每次上门提成', feePercent: '协议金额提成比例', notes: '备注',
        terminatedOn: '终止日期', terminateReason: '终止原因', item: '销售内容', category: '类别', quantity: '数量', amount: '金额', soldOn: '销售日期', source: '来源',
        outcome: '回访结果', callNote: '回访记录', reason: '回访原因',
      },
      mode: { default: '按售后设置', perVisit: '每次上门固定金额', feePercent: '按协议金额比例分摊到每次' },
      status: { active: '执行中', terminated: '已终止' },
      visit: { planned: '待派工', creating: '派工中', jobbed: '已派工', cancelled: '已取消' },
      jobStatus: { dispatch: '待派工', schedule: '待预约', onsite: '上门服务', feeCalc: '收费核对', feeCheck: '收费核对', cash: '营业款交财务', callback: '待回访', closed: '已完成', cancelled: '已作废' },
      sales: {
        title: '二次销售业务记录表',
        description: '回访免费维保到期、配件到期客户促成的二次销售，以及其他渠道的二次销售；每月上报综合管理部经理、总经理。',
        create: '登记二次销售', edit: '修改二次销售', search: '客户或销售内容',
      },
      source: { reminder: '到期回访', callback: '维修回访', other: '其他' },
      tasks: {
        title: '回访任务',
        description: '免费维保期即将到期、零配件到使用寿命的客户，由系统每天生成回访任务分派给客服；回访后记录结果，已成交的同时登记二次销售。',
        record: '记录回访', saleRecorded: '已记录回访并登记二次销售', overdue: '已逾期', open: '待回访', done: '已回访', mine: '我的', all: '全部',
      },
      reason: { warranty: '免费维保到期', part_life: '配件使用寿命到期' },
      settings: { title: '维保与销售提成设置', visitLeadDays: '维保上门提前派工', days: '天', maintenanceMode: '默认维保提成方式', code: '类别代码（英文）', remove: '删除', addCategory: '增加销售类别' },
      outcome: { contacted: '已联系', interested: '有意向', not_interested: '无意向', sale_made: '已成交' },
    },
  },
};
