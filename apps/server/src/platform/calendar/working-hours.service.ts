/** Reading and changing the company's working hours (the setting `company.workingHours`). */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import type { Actor } from '../auth/actor.js';
import { getSetting, putSetting } from '../settings/settings.service.js';
import { changeWithAudit } from '../tx.js';
import { COMPANY_WORKING_HOURS_KEY, validWorkingHours, workingHoursFrom, type WorkingHours } from './working-hours.js';

export async function companyWorkingHours(db: Db): Promise<WorkingHours> {
  return workingHoursFrom(await getSetting<unknown>(db, COMPANY_WORKING_HOURS_KEY, null));
}

export async function setCompanyWorkingHours(s: Services, actor: Actor, input: { start: string; end: string }): Promise<WorkingHours> {
  const hours = validWorkingHours(input);
  return changeWithAudit(s, actor, async (trx) => {
    const before = await companyWorkingHours(trx);
    await putSetting(trx, COMPANY_WORKING_HOURS_KEY, hours, s.clock.now().toISOString(), actor.id === 'system' ? null : actor.id);
    return { result: hours, audit: { action: 'settings.update', entity: 'setting', entityId: COMPANY_WORKING_HOURS_KEY, data: { before, after: hours } } };
  });
}
