import type { MessageTable } from '../../http/messages.js';

/**
 * Messages for the codes of the vehicles module (rules and checks). Register with
 * `registerMessages` when the module is wired in; the rules also use the zh texts directly for
 * suggestions and field-error messages.
 */
export const vehiclesMessages: MessageTable = {
  'vehicles.invalidSettings': {
    zh: '车辆管理设置“{field}”的值无效：{value}',
    en: 'Invalid vehicle setting "{field}": {value}',
  },
  'vehicles.invalidAmount': {
    zh: '金额“{value}”无效（{field}），应为不小于 0 的整数（单位：分）',
    en: 'Invalid amount "{value}" ({field}); expected a whole number of fen, at least 0',
  },
  'vehicles.invalidDistance': {
    zh: '里程“{value}”无效（{field}），应为不小于 0 的公里数',
    en: 'Invalid distance "{value}" ({field}); expected kilometres, at least 0',
  },
  'vehicles.invalidCount': {
    zh: '次数“{value}”无效（{field}），应为不小于 0 的整数',
    en: 'Invalid count "{value}" ({field}); expected a whole number, at least 0',
  },
  'vehicles.invalidDateTime': {
    zh: '时间“{value}”无效（{field}），应为带时区的 ISO 8601 时间',
    en: 'Invalid time "{value}" ({field}); expected an ISO 8601 time with a time zone',
  },
  'vehicles.invalidPurpose': { zh: '用车事由“{value}”无效', en: 'Invalid purpose of use "{value}"' },
  'vehicles.invalidResponsibility': { zh: '事故责任“{value}”无效', en: 'Invalid accident responsibility "{value}"' },
  'vehicles.endBeforeStart': {
    zh: '结束时间 {end} 早于开始时间 {start}',
    en: 'The end {end} is before the start {start}',
  },
  'vehicles.odometerInvalid': {
    zh: '里程表读数“{value}”无效，应为不小于 0 的数',
    en: 'Invalid odometer reading "{value}"; expected a number of at least 0',
  },
  'vehicles.odometerBackwards': {
    zh: '里程表读数 {value} 公里低于该车上次登记的 {last} 公里，请核对',
    en: 'The odometer reading {value} km is lower than the last reading of {last} km; please check it',
  },
  'vehicles.returnBeforeDeparture': {
    zh: '回车时间 {returnedAt} 早于出车时间 {departedAt}',
    en: 'The return time {returnedAt} is before the departure time {departedAt}',
  },
  'vehicles.fuelNegative': {
    zh: '加油量不能为负数（{value} 升）',
    en: 'The amount of fuel cannot be negative ({value} litres)',
  },
  'vehicles.fuelLitersInvalid': {
    zh: '加油量“{value}”无效，应大于 0 升',
    en: 'Invalid amount of fuel "{value}"; expected more than 0 litres',
  },
  'vehicles.fuelAmountInvalid': {
    zh: '加油金额“{value}”无效，应为不小于 0 的金额',
    en: 'Invalid fuel cost "{value}"; expected an amount of at least 0',
  },
  'vehicles.use.noGoods': {
    zh: '无货物拉运的员工外出一般不予派车，请乘坐公共交通或使用自备交通工具（私车公用请先报备，可按规定领取补贴）',
    en: 'Employees going out without goods are normally not given a car; please use public transport or your own vehicle (register private use first to receive the subsidy)',
  },
  'vehicles.use.distanceRequired': {
    zh: '安装和维修用车须填写距城区的公里数（城区远郊 {km} 公里外方可派车）',
    en: 'Installation and repair requests need the distance from the urban area (a car is given beyond {km} km)',
  },
  'vehicles.use.longTripNoCar': {
    zh: '长途（超过 {km} 公里）出差以货物为主，人员请乘坐公共交通工具，一般不予派车',
    en: 'Long trips (over {km} km) are for goods; people take public transport and are normally not given a car',
  },
  'vehicles.use.longTripGoodsOnly': {
    zh: '长途（超过 {km} 公里）派车以运送货物为主，随行人员请尽量乘坐公共交通工具',
    en: 'A long trip (over {km} km) carries goods; passengers should take public transport where possible',
  },
  'vehicles.hired.invoiceIncomplete': {
    zh: '发票未注明{missing}，不予报销',
    en: 'The invoice does not state {missing}; it cannot be reimbursed',
  },
};
