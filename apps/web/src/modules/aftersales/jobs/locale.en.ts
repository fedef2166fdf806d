export default {
  aftersales: {
    nav: { jobs: 'Jobs', myJobs: 'My jobs' },
    jobs: {
      title: 'Jobs',
      description: 'Intake, dispatch, on-site service, fee check, cash to finance and callback. Cash not at finance after the third day is shown in red.',
      dispatch: 'Dispatch',
      suggested: 'Suggested',
      overloaded: 'At the open-job limit',
      chargeNote: 'Charge and amount to collect (sent to the technician\'s phone)',
      create: 'New job',
      skills: 'Skills',
      search: 'Job no., customer, phone, address',
      onlyOverdue: 'Overdue cash only',
      overdue: 'Cash overdue',
      penaltyPosted: 'Penalised',
      open: 'Open',
      status: { dispatch: 'To dispatch', schedule: 'To schedule', onsite: 'On site', feeCalc: 'Checking', feeCheck: 'Fee check', cash: 'Cash to finance', callback: 'Callback', closed: 'Closed', cancelled: 'Cancelled' },
      verdict: { ok: 'Fee OK', over: 'Overcharged', under: 'Undercharged', no_standard: 'No standard' },
      col: { jobNo: 'Job no.', createdAt: 'Taken', customer: 'Customer', equipment: 'Equipment', problem: 'Problem', technician: 'Technician', status: 'Status', fee: 'Fee', cashDue: 'Cash due' },
      form: {
        customer: 'Customer (search by phone or name)', equipment: 'Equipment', problem: 'Problem', address: 'Address', contactName: 'Contact', contactPhone: 'Phone',
        skill: 'Skill needed', jobType: 'Service type', installedOnApprox: 'Approx. installation date', notFound: 'Not in the customer base? Add the customer under Customers first.', started: 'Job taken; dispatch it now',
      },
      skillsTitle: 'Technicians\' skills', skillsHint: 'Dispatch suggestions use skills and open jobs', openJobs: '{{count}} open', saved: 'Saved',
      mine: {
        title: 'My jobs', today: 'Today', later: 'Other open jobs', empty: 'No open jobs', call: 'Call', navigate: 'Address',
        accept: 'Accept and schedule', appointment: 'Visit time', parts: 'Parts needed', finished: 'Finished', unfinished: 'Not finished', reason: 'Reason (told to the customer)',
        photos: 'Take photos', photoCount: '{{count}} uploaded', fee: 'Fee collected (yuan)', receipt: 'Receipt no.', work: 'Work done', submit: 'Submit', done: 'Submitted',
        waiting: 'Waiting for customer service',
      },
    },
  },
};
