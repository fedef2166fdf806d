/** Placeholder until the seals module is built. */
import { composeModule } from '../module.parts.js';

export const sealsModule = composeModule('seals', []);
