import type { MessageTable } from '../../../http/messages.js';

/** Messages of the requests part (派车申请, dispatch, 附表10/11). Each names the offending value. */
export const requestsMessages: MessageTable = {
  'vehicles.req.refused': { zh: '该用车申请不予派车：{advice}', en: 'No car for this request: {advice}' },
  'vehicles.req.inPast': { zh: '用车时间 {end} 已过，不能{what}', en: 'The use ends at {end}, which is past; cannot {what}' },
  'vehicles.req.startAfterEnd': { zh: '预计返回时间 {end} 早于用车开始时间 {start}', en: 'The return time {end} is before the start {start}' },
  'vehicles.req.notFound': { zh: '用车申请不存在（{id}）', en: 'Car request not found ({id})' },
  'vehicles.req.notApproved': { zh: '用车申请“{title}”当前状态为“{status}”，不是待派车', en: 'Car request "{title}" is {status}, not awaiting dispatch' },
  'vehicles.req.noDispatchTask': { zh: '用车申请“{title}”没有待办的派车任务', en: 'Car request "{title}" has no open dispatch task' },
  'vehicles.req.vehicleUnavailable': { zh: '车辆 {plate} 当前状态为“{status}”，不能派车', en: 'Vehicle {plate} is {status} and cannot be dispatched' },
  'vehicles.req.notDesignatedDriver': { zh: '{name} 不是车辆 {plate} 的指定司机，不能派此车（只有指定司机才能驾驶，VEH-14）', en: '{name} is not a designated driver of {plate} (only designated drivers drive, VEH-14)' },
  'vehicles.req.doubleBooked': { zh: '车辆 {plate} 在 {from} 至 {to} 已派给“{other}”，时间重叠', en: 'Vehicle {plate} is already booked {from}–{to} for "{other}"' },
  'vehicles.req.driverBusy': { zh: '司机 {name} 在 {from} 至 {to} 已有出车任务，时间重叠', en: 'Driver {name} already has a trip {from}–{to}' },
  'vehicles.req.tooManyPassengers': { zh: '车辆 {plate} 共 {seats} 座，除司机外最多载 {max} 人，本次共 {count} 人', en: 'Vehicle {plate} has {seats} seats: at most {max} passengers besides the driver, this dispatch has {count}' },
  'vehicles.req.tripNotFound': { zh: '出车记录不存在（{id}）', en: 'Trip not found ({id})' },
  'vehicles.req.tripNotJoinable': { zh: '出车记录已{status}，不能再拼车', en: 'The trip is {status}; it cannot take more requests' },
  'vehicles.req.tripWrongState': { zh: '出车记录当前为“{status}”，不能{what}', en: 'The trip is {status}; cannot {what}' },
  'vehicles.req.notYourTrip': { zh: '这不是您的出车任务（司机：{name}）', en: 'This is not your trip (driver: {name})' },
  'vehicles.req.fieldRequired': { zh: '请填写“{field}”', en: 'Please fill in "{field}"' },
  'vehicles.req.cardBalanceLow': { zh: '车辆 {plate} 油卡余额 {balance} 元，不足支付 {amount} 元；请先充值或按现金登记', en: 'The fuel card of {plate} has {balance} yuan, not enough for {amount} yuan' },
  'vehicles.req.noFuelCard': { zh: '车辆 {plate} 没有登记油卡，请选择现金并说明原因', en: 'Vehicle {plate} has no fuel card; record cash and give the reason' },
  'vehicles.req.cashReasonRequired': { zh: '现金加油属例外情况，请在备注中说明原因', en: 'Cash fueling is an exception: give the reason in the notes' },
  'vehicles.req.backfillInvalid': { zh: '补办手续的用车记录无效（{id}）', en: 'Invalid direct-dispatch record for paperwork ({id})' },
  'vehicles.req.returnFirst': { zh: '请先在“回车登记”中填写回来时间、里程表读数与加油信息（附表11）', en: 'Record the return (time, odometer, fuel — 附表11) first' },
  'vehicles.req.invalidMonth': { zh: '月份“{value}”无效，应为 YYYY-MM', en: 'Invalid month "{value}"; expected YYYY-MM' },
  'vehicles.req.userNotFound': { zh: '用车人不存在或已停用（{id}）', en: 'The user does not exist or is inactive ({id})' },
};
