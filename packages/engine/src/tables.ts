/**
 * The engine's tables (Kysely types). Conventions match the platform: text ids, ISO-8601 UTC text
 * times, JSON as text, integer revisions for optimistic concurrency.
 */
export interface ProcessDefinitionTable {
  id: string;
  key: string;
  version: number;
  name: string;
  definition: string; // JSON of ProcessDefinition
  content_hash: string;
  source: string; // builtin | admin
  created_at: string;
  created_by: string | null;
}

export type InstanceStatus = 'running' | 'completed' | 'rejected' | 'cancelled' | 'withdrawn';

export interface ProcessInstanceTable {
  id: string;
  definition_id: string;
  process_key: string;
  version: number;
  title: string;
  status: InstanceStatus;
  data: string;
  initiator_id: string;
  initiator_department_id: string | null;
  owner_id: string | null; // 首问责任人: the first person who took or acted on a task
  current_steps: string; // JSON array of step ids with open work
  revision: number;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  last_urged_at: string | null;
}

export type TaskKind = 'task' | 'approval' | 'countersign' | 'orsign' | 'cc';
export type TaskStatus = 'open' | 'waiting' | 'done' | 'cancelled';

export interface ProcessTaskTable {
  id: string;
  instance_id: string;
  step_id: string;
  step_name: string;
  kind: TaskKind;
  /** One entry of a step into the instance; countersign siblings and added signers share it. */
  activation_id: string;
  status: TaskStatus;
  assignee_id: string | null; // null while unclaimed among several candidates
  acting_for_id: string | null; // the delegator when a delegate got the task (ORG-5)
  outcome: string | null; // approve | reject | complete | return | transfer | read | cancelled
  comment: string | null;
  /** For a before-signer (前加签): the task that waits for this one. */
  blocks_task_id: string | null;
  created_at: string;
  due_at: string | null;
  overdue: number;
  completed_at: string | null;
  completed_by: string | null;
  revision: number;
}

export interface ProcessTaskCandidateTable {
  task_id: string;
  user_id: string;
}

export interface ProcessTimerTable {
  id: string;
  kind: string; // remind | overdue | wait
  instance_id: string;
  task_id: string | null;
  step_id: string | null;
  activation_id: string | null;
  due_at: string;
  status: string; // pending | running | done | cancelled
  locked_until: string | null;
  claim_token: string | null;
  attempts: number;
}

export interface ProcessEventTable {
  id: string;
  instance_id: string;
  at: string;
  actor_id: string | null;
  acting_for_id: string | null;
  type: string;
  step_id: string | null;
  task_id: string | null;
  comment: string | null;
  data: string; // JSON
}

export interface EngineDatabase {
  process_definition: ProcessDefinitionTable;
  process_instance: ProcessInstanceTable;
  process_task: ProcessTaskTable;
  process_task_candidate: ProcessTaskCandidateTable;
  process_timer: ProcessTimerTable;
  process_event: ProcessEventTable;
}
