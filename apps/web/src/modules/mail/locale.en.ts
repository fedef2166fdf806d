export default {
  mail: {
    nav: { group: 'Mail', register: 'Mail register', report: 'Cost by department' },
    register: {
      title: 'Mail register',
      description: 'Employees request mail (business or personal); the admin staff dispatch it with courier, tracking number, weight and cost. Personal mail is paid by the sender.',
      add: 'Send request',
      dispatch: 'Dispatch',
      withdraw: 'Withdraw',
      withdrawConfirm: 'Withdraw this request?',
      search: 'Search recipient, tracking no., contents',
      print: 'Print',
      dispatched: 'Dispatched',
      created: 'Request submitted',
    },
    field: {
      sender: 'Sender', department: 'Department', recipient: 'Recipient', address: 'Address', phone: 'Phone', contents: 'Contents', personal: 'Kind',
      courier: 'Courier', trackingNo: 'Tracking no.', weight: 'Weight (g)', cost: 'Cost (yuan)', sentOn: 'Sent on', status: 'Status', notes: 'Notes', month: 'Month',
    },
    kind: { business: 'Business', personal: 'Personal (sender pays)' },
    status: { requested: 'To send', sent: 'Sent' },
    report: {
      title: 'Monthly mail cost by department',
      description: 'Courier cost by month and department: business mail is paid by the company, personal mail by the sender.',
      range: 'Months',
      count: 'Items',
      business: 'Business (yuan)',
      personal: 'Personal (yuan)',
      total: 'Total (yuan)',
      chartTitle: 'Business mail cost by department (yuan)',
      empty: 'No mail sent in these months',
    },
  },
};
