/** Placeholder until the reception module is built. */
import { composeModule } from '../module.parts.js';

export const receptionModule = composeModule('reception', []);
