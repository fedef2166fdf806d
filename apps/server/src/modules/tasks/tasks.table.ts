/** Kysely table types of the tasks module (TASK-1); merged into `Database` in db/schema.ts. */

export type AssignedTaskStatus = 'assigned' | 'in_progress' | 'closure_requested' | 'closed' | 'cancelled';

/** 领导交办/督办事项: one row per `tasks.assigned` process instance, kept in step by engine hooks. */
export interface AssignedTaskTable {
  id: string;
  instance_id: string;
  title: string;
  description: string;
  assigner_id: string;
  owner_id: string;
  /** 完成期限 (Beijing date); the owner's steps are due at close of business that day (ENG-8). */
  due_date: string;
  due_at: string;
  status: AssignedTaskStatus;
  /** Latest reported percent complete (0–100). */
  percent: number;
  /** Where it came from, e.g. kind 'meeting.resolution' / 'meeting.event'. */
  source_kind: string | null;
  source_id: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface AssignedTaskProgressTable {
  id: string;
  task_id: string;
  user_id: string;
  at: string;
  text: string;
  percent: number;
  /** JSON array of attachment ids. */
  attachment_ids: string;
}

export interface TasksTables {
  assigned_task: AssignedTaskTable;
  assigned_task_progress: AssignedTaskProgressTable;
}
