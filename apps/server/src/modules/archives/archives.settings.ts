/** Numbers the archives rules use, kept as a setting (ARC-2): the longest loan, copies per request. */
import type { Db } from '../../db/create-db.js';
import { getSetting } from '../../platform/settings/settings.service.js';

export interface ArchiveSettings {
  /** 借阅期限: the due date is at most this many days after the request. */
  maxBorrowDays: number;
  /** Most copies one request may ask for. */
  maxCopies: number;
  /** When the daily overdue reminder runs (Beijing time). */
  reminderAt: string;
}

export const ARCHIVE_SETTINGS_KEY = 'archives.settings';
export const DEFAULT_ARCHIVE_SETTINGS: ArchiveSettings = { maxBorrowDays: 30, maxCopies: 20, reminderAt: '09:00' };

export async function archiveSettings(db: Db): Promise<ArchiveSettings> {
  return { ...DEFAULT_ARCHIVE_SETTINGS, ...(await getSetting<Partial<ArchiveSettings>>(db, ARCHIVE_SETTINGS_KEY, {})) };
}
