export default {
  mail: {
    nav: { group: '邮件寄发', register: '收寄件登记', report: '部门快递费用' },
    register: {
      title: '收寄件登记',
      description: '员工提出寄件申请（公务或私人），行政人员登记快递公司、单号、重量和费用后寄出；私人邮件费用由本人承担，记入扣款台账。',
      add: '寄件申请',
      dispatch: '登记寄出',
      withdraw: '撤回',
      withdrawConfirm: '撤回这条未寄出的寄件申请？',
      search: '搜索收件人、单号、内容',
      print: '打印',
      dispatched: '已登记寄出',
      created: '寄件申请已提交',
    },
    field: {
      sender: '寄件人', department: '部门', recipient: '收件人', address: '收件地址', phone: '联系电话', contents: '寄件内容', personal: '性质',
      courier: '快递公司', trackingNo: '快递单号', weight: '重量(克)', cost: '费用(元)', sentOn: '寄出日期', status: '状态', notes: '备注', month: '月份',
    },
    kind: { business: '公务', personal: '私人（本人付费）' },
    status: { requested: '待寄出', sent: '已寄出' },
    report: {
      title: '部门月度快递费用',
      description: '按寄出月份和部门统计的快递费用：公务费用由公司承担，私人邮件费用由本人承担。',
      range: '月份范围',
      count: '件数',
      business: '公务费用(元)',
      personal: '个人承担(元)',
      total: '合计(元)',
      chartTitle: '各部门公务快递费用（元）',
      empty: '所选月份没有寄出的邮件',
    },
  },
};
