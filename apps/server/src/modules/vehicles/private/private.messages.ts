/** Error messages of the private-vehicles part (VEH-9), Chinese first, naming the bad value. */
import type { MessageTable } from '../../../http/messages.js';

export const privateMessages: MessageTable = {
  'vehicles.private.invalidPlate': { zh: '车牌号“{plate}”格式不正确（如 浙A·12345）', en: 'Invalid plate "{plate}" (e.g. 浙A·12345)' },
  'vehicles.private.plateTaken': { zh: '车牌号 {plate} 已由 {owner} 报备，不能重复报备', en: 'The plate {plate} is already registered by {owner}' },
  'vehicles.private.required': { zh: '请填写“{field}”', en: 'The field "{field}" is required' },
  'vehicles.private.invalidDate': { zh: '日期“{value}”无效（{field}），应为 YYYY-MM-DD', en: 'Invalid date "{value}" ({field}); expected YYYY-MM-DD' },
  'vehicles.private.futureDate': { zh: '日期 {value} 在今天之后，不能登记尚未发生的公用', en: 'The date {value} is in the future; a use can only be logged once it happened' },
  'vehicles.private.notFound': { zh: '私车报备记录不存在', en: 'Private vehicle registration not found' },
  'vehicles.private.useNotFound': { zh: '私车公用登记不存在', en: 'Private vehicle use not found' },
  'vehicles.private.notOwn': { zh: '只能为本人报备私车或登记本人的公用', en: 'You can only register your own vehicle and log your own uses' },
  'vehicles.private.notApprovedVehicle': { zh: '车辆 {plate} 未经综合管理部报备批准（状态：{status}），不能登记公用', en: 'The vehicle {plate} is not an approved registration ({status})' },
  'vehicles.private.vehicleNotOwned': { zh: '车辆 {plate} 不是 {name} 报备的车辆', en: 'The vehicle {plate} is not registered by {name}' },
  'vehicles.private.beforeRegistration': { zh: '公用日期 {date} 早于车辆 {plate} 的报备日期 {registeredOn}', en: 'The date {date} is before {plate} was registered ({registeredOn})' },
  'vehicles.private.invalidDistance': { zh: '行驶里程“{value}”无效，应为大于 0 的公里数', en: 'Invalid distance "{value}"; a positive number of km is required' },
  'vehicles.private.notPending': { zh: '该记录已处理（{status}），不能再次审批', en: 'This record was already handled ({status})' },
  'vehicles.private.notApprover': { zh: '私车公用须由综合部部长（行政经理）审批', en: 'Private vehicle uses are approved by the admin manager (综合部部长)' },
  'vehicles.private.ownApproval': { zh: '不能审批本人的私车公用', en: 'You cannot approve your own use' },
  'vehicles.private.amountRequired': { zh: '里程 {km} 公里超过 {limit} 公里，须由综合部部长核定补贴金额', en: 'The distance {km} km is over {limit} km: the admin manager sets the amount' },
  'vehicles.private.amountNotAllowed': { zh: '里程 {km} 公里按标准补贴，不能另定金额', en: 'The distance {km} km has a standard subsidy; no amount can be set' },
  'vehicles.private.invalidAmount': { zh: '补贴金额“{value}”无效，应为不小于 0 的整数（分）', en: 'Invalid amount "{value}"; a whole number of fen ≥ 0 is required' },
  'vehicles.private.reasonRequired': { zh: '退回须填写原因', en: 'A reason is required to reject' },
  'vehicles.private.notWithdrawable': { zh: '车辆 {plate} 的报备状态为“{status}”，不能注销', en: 'The registration of {plate} is {status} and cannot be withdrawn' },
  'vehicles.private.futureMonth': { zh: '月份 {value} 尚未开始，不能发放交通补助', en: 'The month {value} has not started' },
};
