import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarCoverage, CalendarDateParams, CalendarDayBody, CalendarImportQuery, CalendarYear, CalendarYearQuery, ImportResult, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { pickLang } from '../../http/messages.js';
import { readUpload } from '../../http/upload.js';
import { getYear, importYear, listCoverage, markYearCovered, removeDay, setDay } from './calendar.service.js';
import { companyWorkingHours, setCompanyWorkingHours } from './working-hours.service.js';

const WorkingHoursBody = z.strictObject({ start: z.string().max(5), end: z.string().max(5) });

export function calendarRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  r.get('/api/calendar/years', { config: { permission: 'calendar:read' }, schema: { tags, summary: '已录入节假日的年份', response: { 200: CalendarCoverage } } },
    async () => listCoverage(s.db));
  r.get('/api/calendar/days', { config: { permission: 'calendar:read' }, schema: { tags, summary: '某年的节假日与调休', querystring: CalendarYearQuery, response: { 200: CalendarYear } } },
    async (req) => getYear(s.db, req.query.year));
  r.put('/api/calendar/days/:date', { config: { permission: 'calendar:manage' }, schema: { tags, summary: '设置某天（节假日/调休上班）', params: CalendarDateParams, body: CalendarDayBody, response: { 200: Ok } } },
    async (req) => { await setDay(s, actorOf(req), req.params.date, req.body); return { ok: true as const }; });
  r.delete('/api/calendar/days/:date', { config: { permission: 'calendar:manage' }, schema: { tags, summary: '删除某天的设置', params: CalendarDateParams, response: { 200: Ok } } },
    async (req) => { await removeDay(s, actorOf(req), req.params.date); return { ok: true as const }; });
  r.put('/api/calendar/years/:year', { config: { permission: 'calendar:manage' }, schema: { tags, summary: '标记某年安排已录入完整', params: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: Ok } } },
    async (req) => { await markYearCovered(s, actorOf(req), req.params.year); return { ok: true as const }; });
  r.get('/api/calendar/working-hours', { config: { permission: 'authenticated' }, schema: { tags, summary: '公司作息时间（上班、下班，北京时间）', response: { 200: WorkingHoursBody } } },
    async () => companyWorkingHours(s.db));
  r.put('/api/calendar/working-hours', { config: { permission: 'calendar:manage' }, schema: { tags, summary: '设置公司作息时间：工作日期限的截止时间、车辆业余时间用车与交钥匙检查都以此为准', body: WorkingHoursBody, response: { 200: WorkingHoursBody } } },
    async (req) => setCompanyWorkingHours(s, actorOf(req), req.body));
  r.post('/api/calendar/import', { config: { permission: 'calendar:manage' }, schema: { tags, summary: '从 xlsx 导入一年（日期、类型 休/班、名称）', querystring: CalendarImportQuery, response: { 200: ImportResult } } },
    async (req) => {
      const { buffer } = await readUpload(req);
      return importYear(s, actorOf(req), req.query.year, buffer, req.query.mode, pickLang(req.headers['accept-language']));
    });
}
