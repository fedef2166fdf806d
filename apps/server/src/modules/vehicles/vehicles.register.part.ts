/**
 * 公务车辆, the register part: the vehicle register (附表12 公司车辆信息登记表, VEH-1) with
 * expiry reminders, the vehicle file (车辆档案, VEH-13), keys (VEH-12) and designated drivers
 * (VEH-14). The files beside this one (vehicles.*.ts) belong to this part.
 */
import type { MessageTable } from '../../http/messages.js';
import type { ModulePart } from '../module.parts.js';
import { systemActor } from '../../platform/auth/actor.js';
import * as m300 from './migrations/2026-11-27-300-vehicles.js';
import { vehiclesMessages } from './vehicles.messages.js';
import { vehiclesRoutes } from './vehicles.routes.js';
import { beijingDate, createVehicle } from './vehicles.service.js';

const registerMessages: MessageTable = {
  'vehicles.notFound': { zh: '车辆不存在', en: 'Vehicle not found' },
  'vehicles.invalidPlate': { zh: '车牌号“{plate}”格式不正确（如 浙A·12345）', en: 'Invalid plate "{plate}" (e.g. 浙A·12345)' },
  'vehicles.modelRequired': { zh: '请填写品牌型号', en: 'The make and model are required' },
  'vehicles.invalidDate': { zh: '日期“{value}”无效（{field}），应为 YYYY-MM-DD', en: 'Invalid date "{value}" ({field}); expected YYYY-MM-DD' },
  'vehicles.invalidStatus': { zh: '车辆状态“{value}”无效', en: 'Invalid vehicle status "{value}"' },
  'vehicles.plateTaken': { zh: '车牌号 {plate} 已登记', en: 'The plate {plate} is already registered' },
  'vehicles.driverNotFound': { zh: '司机不存在或已停用（{id}）', en: 'The driver does not exist or is inactive ({id})' },
  'vehicles.hasHistory': { zh: '车辆 {plate} 已有使用记录，不能删除；请将状态改为“已报废”', en: 'Vehicle {plate} has a history and cannot be deleted; set its status to retired' },
  'vehicles.retired': { zh: '车辆 {plate} 已报废，不能交出钥匙', en: 'Vehicle {plate} is retired; its key cannot be handed out' },
  'vehicles.keyAlreadyOut': { zh: '车辆 {plate} 的钥匙已由 {holder} 领用，尚未交回', en: 'The key of {plate} is already out with {holder}' },
  'vehicles.keyNotOut': { zh: '车辆 {plate} 的钥匙不在外，无需收回', en: 'The key of {plate} is not out' },
  'vehicles.notDesignatedDriver': { zh: '{name} 不是车辆 {plate} 的指定司机，不能领用钥匙（只有指定司机才能驾驶）', en: '{name} is not a designated driver of {plate} and cannot take its key' },
};

const DAY_MS = 86_400_000;

export const registerPart: ModulePart = {
  migrations: { '2026-11-27-300-vehicles': m300 },
  permissions: [
    { key: 'vehicles:read', label: '查看公司车辆、车辆档案与钥匙登记', labelEn: 'View company vehicles, vehicle files and keys' },
    { key: 'vehicles:manage', label: '维护公司车辆信息登记表（附表12）与车辆档案', labelEn: 'Maintain the vehicle register and vehicle files' },
    { key: 'vehicles:keys', label: '交出、收回车辆钥匙', labelEn: 'Hand out and take back vehicle keys' },
  ],
  roleGrants: {
    admin_staff: ['vehicles:read', 'vehicles:manage', 'vehicles:keys'],
    leader: ['vehicles:read'],
    dept_head: ['vehicles:read'],
    driver: ['vehicles:read'],
  },
  messages: { ...vehiclesMessages, ...registerMessages },
  routes: vehiclesRoutes,
  seedDemo: async (s) => {
    const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['zhouqiang', 'wugang']).execute();
    const id = (u: string) => users.find((x) => x.username === u)?.id ?? null;
    const zq = id('zhouqiang');
    const wg = id('wugang');
    const now = s.clock.now().getTime();
    const day = (n: number) => beijingDate(new Date(now + n * DAY_MS));
    const both = [zq, wg].filter((x): x is string => x !== null);
    const cars = [
      { plate: '浙A·3M728', model: '别克 GL8 商务车', seats: 7, loadKg: null, purchaseDate: '2022-04-18', insurer: '中国人民财产保险', policyNo: 'PDAA202233010000123456', insuranceExpiry: day(21), inspectionDue: day(150), fuelCardNo: '1000113300012345678', fuelCardBalanceFen: 186_050, cityPassExpiry: null, usualDriverId: zq, driverIds: both, notes: '接待用车' },
      { plate: '浙A·8K512', model: '大众 帕萨特 2.0T', seats: 5, loadKg: null, purchaseDate: '2021-09-06', insurer: '中国平安财产保险', policyNo: 'ASHZ01A2211234567', insuranceExpiry: day(200), inspectionDue: day(7), fuelCardNo: '1000113300012345679', fuelCardBalanceFen: 92_000, cityPassExpiry: null, usualDriverId: wg, driverIds: both, notes: '' },
      { plate: '浙A·F6Q39', model: '五菱 荣光 小卡', seats: 2, loadKg: 1500, purchaseDate: '2023-03-12', insurer: '太平洋财产保险', policyNo: 'AHAN2023330100088', insuranceExpiry: day(95), inspectionDue: day(240), fuelCardNo: '1000113300012345680', fuelCardBalanceFen: 45_630, cityPassExpiry: day(30), usualDriverId: wg, driverIds: [wg].filter((x): x is string => x !== null), notes: '货运，进城须通行证' },
      { plate: '浙A·D2H17', model: '比亚迪 宋PLUS DM-i', seats: 5, loadKg: null, purchaseDate: '2024-06-20', insurer: '中国人民财产保险', policyNo: 'PDAA202433010000654321', insuranceExpiry: day(160), inspectionDue: day(400), fuelCardNo: null, fuelCardBalanceFen: 0, cityPassExpiry: null, usualDriverId: zq, driverIds: [zq].filter((x): x is string => x !== null), notes: '' },
      { plate: '浙A·5C093', model: '金杯 海狮 面包车', seats: 11, loadKg: 800, purchaseDate: '2016-11-02', insurer: '中华联合财产保险', policyNo: 'ZHLH2016110288', insuranceExpiry: day(-40), inspectionDue: day(-40), fuelCardNo: null, fuelCardBalanceFen: 0, cityPassExpiry: null, usualDriverId: null, driverIds: [], notes: '已达报废年限', status: 'retired' as const },
    ];
    for (const c of cars) await createVehicle(s, systemActor, c);
  },
};
