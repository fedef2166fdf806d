/** Placeholder until the archives module is built. */
import { composeModule } from '../module.parts.js';

export const archivesModule = composeModule('archives', []);
