export default {
  aftersales: {
    nav: { dailySurvey: 'Daily job check', stats: 'After-sales statistics', monthlyReport: 'Monthly report' },
    reports: {
      print: 'Print', yes: 'Yes', no: 'No',
      daily: {
        title: 'Daily job completion survey',
        description: 'Half an hour before the end of work the system lists the jobs dispatched that day; customer service checks each, records why unfinished ones are not done (customer told?) and plans tomorrow, then submits.',
        draft: 'Not submitted', submit: 'Submit survey', submittedOk: 'Survey submitted', submittedBy: 'Submitted by {{name}} at {{at}}',
        none: 'No survey for this day yet', build: 'Build the survey of this day', history: 'Past surveys',
        col: {
          jobNo: 'Job no.', customer: 'Customer', problem: 'Problem', technician: 'Technician', statusAtCheck: 'Status at check', finished: 'Finished',
          reason: 'Reason not finished', told: 'Customer told', planAt: 'Visit tomorrow', planTechnician: 'Technician planned',
          date: 'Date', jobs: 'Jobs', finishedCount: 'Finished', submitted: 'Submitted',
        },
      },
      stats: {
        title: 'After-sales statistics', description: 'Jobs per day, completion rates (KPI of customer service and technicians), callback satisfaction, fees per month and frequent faults.',
        top: 'Top per equipment', perDay: 'Jobs per day', technicians: 'Completion rate per technician', clerks: 'Completion rate per clerk', satisfaction: 'Callback satisfaction',
        revenue: 'Fees collected per month', faults: 'Frequent faults (top {{top}} per equipment)',
        col: {
          date: 'Date', taken: 'Taken', dispatched: 'Dispatched', completed: 'Finished', rate: 'Completion rate', technician: 'Technician', clerk: 'Clerk',
          satisfaction: 'Satisfaction', count: 'Count', month: 'Month', feeJobs: 'Jobs charged', fee: 'Fees (yuan)', model: 'Equipment', problem: 'Fault',
        },
      },
      monthly: {
        title: 'Monthly after-sales report', description: 'Sent to the admin manager and the GM on the first workday of each month at 09:00; any month can be viewed and printed.',
        printTitle: 'Monthly after-sales report ({{month}})', sentAt: 'Sent at {{at}}', notSent: 'Not sent automatically',
        taken: 'Jobs taken', dispatched: 'Jobs dispatched', completionRate: 'Finished (rate)', closed: 'Closed', cancelled: 'Cancelled',
        callbacks: 'Callbacks', satisfactionRate: 'Satisfied', timelyRate: 'Timely', conductRate: 'Conduct kept', bySatisfaction: 'Satisfaction',
        revenue: 'Fees (jobs)', lateCash: 'Cash late (jobs / amount)', penalties: 'Late penalties (technicians / clerks)',
        byTechnician: 'Per technician', byClerk: 'Per clerk',
      },
    },
  },
};
