import type { ModuleManifest } from './module.types.js';

/** Business modules, in installation order. Each lives in its own folder: modules/<name>/. */
export const modules: ModuleManifest[] = [];
