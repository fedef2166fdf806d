export default {
  aftersales: {
    nav: { careContracts: 'Maintenance agreements', careTasks: 'Callback tasks', careSales: 'Second sales', careCommission: 'Sales commission' },
    care: {
      total: 'Total',
      print: 'Print',
      saved: 'Saved',
      col: {
        person: 'Name', count: 'Lines', salesAmount: 'Sales amount', commission: 'Commission', date: 'Date', customer: 'Customer', item: 'Item sold', category: 'Category', percent: 'Rate',
        technician: 'Technician', contractNumber: 'Agreement no.', visitOn: 'Planned date', jobNo: 'Job no.', completedAt: 'Completed', maintenanceCommission: 'Maintenance commission', status: 'Status',
        jobStatus: 'Job status', nextVisit: 'Next visit', visits: 'Dispatched/planned', dueOn: 'Call by', phones: 'Phones', part: 'Part', period: 'Ends / due', assignee: 'Clerk', doneAt: 'Recorded',
      },
      salesCommission: {
        title: 'Employee sales commission table',
        pageTitle: 'Sales commission',
        description: 'At month end, commission on second sales and on maintenance agreements signed in the month, by category rate (rounded half-up to the fen); technicians earn maintenance commission per visit completed in the month.',
      },
      maintenanceCommission: { title: 'Maintenance commission table' },
      contracts: {
        title: 'Maintenance agreements',
        description: 'Scheduled maintenance for customers with an agreement: visits are planned over the period, jobs are created for the responsible technician before each visit, and the commission is computed once done.',
        create: 'New agreement', edit: 'Edit agreement', terminate: 'Terminate', agreement: 'Agreement', search: 'Agreement no. or customer',
        terminateHint: 'Visits after the termination date that have no job yet are cancelled; jobs already created stay.', dispatched: 'Job created', dispatchNow: 'Dispatch now',
      },
      f: {
        customer: 'Customer', equipment: 'Equipment', number: 'Agreement no.', numberHint: 'Blank: numbered WB-year-sequence', signedOn: 'Signed on', period: 'Period', visitsPerYear: 'Visits per year',
        timesPerYear: '{{n}} per year', intervalMonths: 'Or every (months)', everyMonths: 'Every {{n}} months', frequency: 'Frequency', schedule: 'Visit schedule', fee: 'Agreement fee', technician: 'Responsible technician',
        salesperson: 'Salesperson', salespersonHint: 'Blank: yourself', commissionMode: 'Maintenance commission rule', perVisit: 'Commission per visit', feePercent: 'Share of the fee', notes: 'Notes',
        terminatedOn: 'Terminated on', terminateReason: 'Reason', item: 'Item sold', category: 'Category', quantity: 'Quantity', amount: 'Amount', soldOn: 'Sold on', source: 'Source',
        outcome: 'Outcome', callNote: 'Call notes', reason: 'Reason',
      },
      mode: { default: 'As in the settings', perVisit: 'Fixed amount per visit', feePercent: 'Share of the fee spread over visits' },
      status: { active: 'Active', terminated: 'Terminated' },
      visit: { planned: 'Planned', creating: 'Creating job', jobbed: 'Job created', cancelled: 'Cancelled' },
      jobStatus: { dispatch: 'To dispatch', schedule: 'To schedule', onsite: 'On site', feeCalc: 'Fee check', feeCheck: 'Fee check', cash: 'Cash to finance', callback: 'Callback', closed: 'Done', cancelled: 'Cancelled' },
      sales: {
        title: 'Second-sale register',
        description: 'Second sales from callbacks on expiring free maintenance and parts at end of life, and from other channels; reported monthly to the admin manager and the GM.',
        create: 'Record a sale', edit: 'Edit sale', search: 'Customer or item',
      },
      source: { reminder: 'Expiry callback', callback: 'Repair callback', other: 'Other' },
      tasks: {
        title: 'Callback tasks',
        description: 'Customers whose free maintenance ends soon or whose parts reach their service life get a daily callback task for a customer-service clerk; record the outcome, and a sale when made.',
        record: 'Record call', saleRecorded: 'Call and sale recorded', overdue: 'overdue', open: 'To call', done: 'Called', mine: 'Mine', all: 'All',
      },
      reason: { warranty: 'Free maintenance ending', part_life: 'Part at end of life' },
      settings: { title: 'Maintenance and sales commission settings', visitLeadDays: 'Create visit jobs ahead', days: 'days', maintenanceMode: 'Default maintenance commission', code: 'Category code', remove: 'Remove', addCategory: 'Add a sales category' },
      outcome: { contacted: 'Contacted', interested: 'Interested', not_interested: 'Not interested', sale_made: 'Sale made' },
    },
  },
};
