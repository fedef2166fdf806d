/** Process-engine shapes as the web app sees them: API DTOs from the shared contracts, plus the
 * parts of a definition (steps, form JSON Schema) the pages read. */
import type { z } from 'zod';
import type * as C from '@guanjia/contracts';

export type InboxView = 'todo' | 'done' | 'started' | 'cc';
export type InboxItem = z.output<typeof C.InboxItem>;
export type InboxPage = z.output<typeof C.InboxPage>;
export type InboxCounts = z.output<typeof C.InboxCounts>;
export type InstanceDetail = z.output<typeof C.InstanceDetail>;
export type InstanceTask = InstanceDetail['tasks'][number];
export type InstanceEvent = InstanceDetail['events'][number];
export type MyTask = InstanceDetail['myActions']['tasks'][number];
export type TaskAction = z.output<typeof C.TaskActionName>;
export type InstanceAction = z.output<typeof C.InstanceActionName>;
export type ActionBody = z.input<typeof C.ActionBody>;
export type ProcessSummary = z.output<typeof C.ProcessSummary>;
export type ProcessTable = z.output<typeof C.ProcessTable>;
export type OverdueReport = z.output<typeof C.OverdueReport>;
export type PublishResult = z.output<typeof C.PublishResult>;
export type Attachment = z.output<typeof C.Attachment>;

export interface InboxParams {
  view: InboxView;
  q?: string;
  processKey?: string;
  overdue?: 'true';
  page: number;
  pageSize: number;
}

/** The JSON Schema subset process forms use, with Guanjia's `x-` extensions. */
export interface FieldSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';
  title?: string;
  description?: string;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: FieldSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  /** Which paper form (《…》) the field belongs to. */
  'x-form'?: string;
  /** An array of attachment ids. */
  'x-attachments'?: boolean;
  /** User id(s), chosen among the holders of a position. */
  'x-user-picker'?: { department?: string; position?: string };
  /** Integer money in fen, entered and shown in yuan. */
  'x-money'?: 'fen';
}

/** The parts of a step the UI needs (the full shape lives in packages/engine/src/definition.ts). */
export interface StepLite {
  id: string;
  no?: string;
  name: string;
  kind: 'task' | 'approval' | 'countersign' | 'orsign' | 'notify' | 'auto' | 'wait' | 'end';
  summary?: string;
  content?: string;
  fields?: string[];
  assignee?: { type: string; field?: string };
  transitions?: { to: string; when?: unknown; label?: string }[];
}

export interface DefinitionLite {
  key: string;
  name: string;
  version?: number;
  purpose?: string;
  scope?: string;
  startPermission?: string;
  form?: FieldSchema;
  forms?: string[];
  start: string;
  steps: StepLite[];
}
