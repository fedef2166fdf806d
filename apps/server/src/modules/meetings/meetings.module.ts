/** Placeholder until the meetings module is built. */
import { composeModule } from '../module.parts.js';

export const meetingsModule = composeModule('meetings', []);
