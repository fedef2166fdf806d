/** What each action needs from the person confirming it, and how its button looks. */
import type { InstanceAction, TaskAction } from '../types';

export type AnyAction = TaskAction | InstanceAction;

/** A comment (or reason) must be given. */
export const NEEDS_COMMENT: ReadonlySet<string> = new Set(['reject', 'return', 'comment', 'cancel']);
/** The step's form data goes along (the engine merges it on these). */
export const SENDS_DATA: ReadonlySet<string> = new Set(['complete', 'approve', 'add_signer']);
/** A person is chosen. */
export const NEEDS_USER: ReadonlySet<string> = new Set(['transfer', 'add_signer']);
/** Files may be attached. */
export const TAKES_ATTACHMENTS: ReadonlySet<string> = new Set(['complete', 'approve', 'reject', 'return', 'comment']);
/** No input: a plain confirmation. */
export const CONFIRM_ONLY: ReadonlySet<string> = new Set(['claim', 'read', 'urge']);
/** Shown in red. */
export const DANGER: ReadonlySet<string> = new Set(['reject', 'cancel']);

/** Order of the task buttons: the step's main action first. */
export const TASK_ACTION_ORDER: TaskAction[] = ['claim', 'complete', 'approve', 'reject', 'return', 'transfer', 'add_signer', 'read', 'comment'];
export const INSTANCE_ACTION_ORDER: InstanceAction[] = ['urge', 'withdraw', 'cancel', 'comment'];

export const PRIMARY: ReadonlySet<string> = new Set(['complete', 'approve', 'read']);
