export default {
  aftersales: {
    nav: { jobs: '派工单', myJobs: '我的派工单' },
    jobs: {
      title: '派工单',
      description: '受理报修、派工、上门服务、收费核对、营业款交财务与回访。营业款超过第三天未交财务的标红。',
      dispatch: '派工',
      suggested: '建议',
      overloaded: '在办单数已达上限',
      chargeNote: '维修收费情况及收取多少费用（发送至售后人员手机）',
      create: '新建派工单',
      skills: '技术特长',
      search: '派工单号、客户、电话、地址',
      onlyOverdue: '只看营业款逾期',
      overdue: '营业款逾期',
      penaltyPosted: '已罚款',
      open: '办理',
      status: { dispatch: '待派工', schedule: '待预约', onsite: '上门服务', feeCalc: '核对中', feeCheck: '待收费核对', cash: '待交财务', callback: '待回访', closed: '已办结', cancelled: '已作废' },
      verdict: { ok: '收费无误', over: '多收', under: '少收', no_standard: '无收费标准' },
      col: { jobNo: '派工单号', createdAt: '受理时间', customer: '客户', equipment: '设备', problem: '问题', technician: '维修人员', status: '状态', fee: '收费', cashDue: '最迟交款日' },
      form: {
        customer: '客户（输入电话或名称查找）', equipment: '设备', problem: '设备问题', address: '客户地址', contactName: '联系人', contactPhone: '联系电话',
        skill: '所需技术特长', jobType: '服务类型', installedOnApprox: '设备安装大体时间', notFound: '客户档案中没有找到？请先到“客户档案”新增客户。', started: '派工单已受理，请派工',
      },
      skillsTitle: '售后维修人员技术特长', skillsHint: '派工时按技术特长和在办单数给出建议', openJobs: '在办 {{count}} 单', saved: '已保存',
      mine: {
        title: '我的派工单', today: '今日', later: '其他在办', empty: '没有在办的派工单', call: '打电话', navigate: '地址',
        accept: '接单并预约', appointment: '上门时间', parts: '所需配件', finished: '已完成', unfinished: '未完成', reason: '未完成原因（已告知客户）',
        photos: '拍照上传', photoCount: '已上传 {{count}} 张', fee: '收取费用（元）', receipt: '收费票据号', work: '维修结果', submit: '提交', done: '已提交',
        waiting: '等待客服处理',
      },
    },
  },
};
