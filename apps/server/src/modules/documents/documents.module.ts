/** Placeholder until the documents module is built. */
import { composeModule } from '../module.parts.js';

export const documentsModule = composeModule('documents', []);
