/** Kysely table types of the after-sales reports part (ASV-8/9/15); merged via AftersalesTables. */

/** ASV-9 派工单完成情况调查表 of one Beijing workday. */
export interface AftersalesDailySurveyTable {
  id: string;
  /** Beijing date 'YYYY-MM-DD' (one survey per date). */
  date: string;
  created_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  updated_at: string;
}

/** One job dispatched that day: its state at the check and the clerk's findings and plan. */
export interface AftersalesDailySurveyLineTable {
  survey_id: string;
  job_id: string;
  /** The job's status when the survey was built. */
  status_at_check: string;
  /** The reason told to the customer the technician gave, when the survey was built. */
  reason_at_check: string;
  /** The clerk's answers: finished 0/1, null while unanswered. */
  finished: number | null;
  reason: string;
  told_customer: number | null;
  /** Plan for tomorrow: visit time (ISO) and technician. */
  plan_at: string | null;
  plan_technician_id: string | null;
  note: string;
}

/** ASV-8/15 the managers' monthly report as it was sent (the page recomputes any month live). */
export interface AftersalesMonthReportTable {
  month: string;
  summary: string;
  built_at: string;
}

export interface ReportsTables {
  aftersales_daily_survey: AftersalesDailySurveyTable;
  aftersales_daily_survey_line: AftersalesDailySurveyLineTable;
  aftersales_month_report: AftersalesMonthReportTable;
}
