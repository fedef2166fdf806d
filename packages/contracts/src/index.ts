export * from './common.js';
export * from './auth.js';
export * from './org.js';
export * from './access.js';
export * from './platform.js';
export * from './process.js';
