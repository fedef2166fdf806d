/** Placeholder until the tasks module is built. */
import { composeModule } from '../module.parts.js';

export const tasksModule = composeModule('tasks', []);
