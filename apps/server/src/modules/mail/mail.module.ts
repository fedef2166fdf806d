/** Placeholder until the mail module is built. */
import { composeModule } from '../module.parts.js';

export const mailModule = composeModule('mail', []);
