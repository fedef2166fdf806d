/**
 * 公文管理 (DOC-1 收文, DOC-2 发文, DOC-3 函件/通知): registers, the two engine processes, gapless
 * 文号, circulation with read receipts, automatic urging of late handling.
 */
import type { Services } from '../../app.types.js';
import { composeModule, type ModulePart } from '../module.parts.js';
import * as m610 from './migrations/2026-11-27-610-documents.js';
import { documentsEngineHooks } from './documents.hooks.js';
import { documentsMessages } from './documents.messages.js';
import { incomingProcess, outgoingProcess } from './documents.processes.js';
import { documentsRoutes } from './documents.routes.js';
import { seedDocumentsDemo } from './documents.seed.js';

const documentsPart: ModulePart = {
  migrations: { '2026-11-27-610-documents': m610 },
  permissions: [
    { key: 'documents:read', label: '查阅全部公文与登记簿（收文、发文、函件）', labelEn: 'Read all documents and registers' },
    { key: 'documents:register', label: '收文登记、函件登记、传阅（办公室/内勤、行政）', labelEn: 'Register incoming documents and letters, circulate' },
    { key: 'documents:number', label: '发文编号与文号前缀设置', labelEn: 'Number outgoing documents, set number prefixes' },
    { key: 'documents:sign', label: '批示收文、签发发文（公司领导）', labelEn: 'Instruct incoming and sign outgoing documents (leaders)' },
  ],
  roleGrants: {
    admin_staff: ['documents:read', 'documents:register', 'documents:number'],
    leader: ['documents:read', 'documents:sign'],
  },
  messages: documentsMessages,
  routes: documentsRoutes,
  processes: [incomingProcess, outgoingProcess],
  engineHooks: (s) => documentsEngineHooks(s as Services),
  seedDemo: seedDocumentsDemo,
};

export const documentsModule = composeModule('documents', [documentsPart]);
