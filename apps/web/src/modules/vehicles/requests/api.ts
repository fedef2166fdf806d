/** HTTP client and types of the vehicles requests part (派车, trips, 附表10/11). */
import { api, withQuery } from '../../../app/api';

export interface CarRequest {
  id: string;
  instanceId: string | null;
  requesterId: string;
  requesterName: string;
  departmentName: string | null;
  purpose: string;
  purposeLabel: string;
  purposeText: string;
  urgent: boolean;
  cargoKind: 'goods' | 'passengers' | 'both';
  cargoLabel: string;
  passengers: number;
  goodsDesc: string;
  startAt: string;
  endAt: string;
  origin: string;
  destination: string;
  route: string;
  distanceKm: number | null;
  bearingDeg: number | null;
  needsGm: boolean;
  advice: string;
  status: string;
  statusLabel: string;
  backfill: boolean;
  paperworkDone: boolean;
  vehicleId: string | null;
  plate: string | null;
  driverId: string | null;
  driverName: string | null;
  tripId: string | null;
  carpoolGroup: string | null;
  createdAt: string;
  taskId?: string | null;
}

export interface Trip {
  id: string;
  vehicleId: string;
  plate: string;
  model: string;
  driverId: string;
  driverName: string;
  userName: string;
  departmentName: string | null;
  purpose: string;
  route: string;
  destination: string;
  plannedStart: string;
  plannedEnd: string;
  departedAt: string | null;
  returnedAt: string | null;
  odometerStartKm: number | null;
  odometerEndKm: number | null;
  distanceKm: number | null;
  status: 'planned' | 'in_trip' | 'returned' | 'cancelled';
  statusLabel: string;
  backfill: boolean;
  carpoolGroup: string | null;
  passengers: number;
  notes: string;
}

export interface MyTrip extends Trip {
  lastOdometerKm: number | null;
  requests: { id: string; requesterName: string; passengers: number; goodsDesc: string; origin: string; destination: string; urgent: boolean; cargoKind: string }[];
}

export interface BoardVehicle {
  id: string;
  plate: string;
  model: string;
  seats: number | null;
  load_kg: number | null;
  status: string;
  drivers: { id: string; name: string }[];
}

export interface Board {
  requests: CarRequest[];
  carpools: string[][];
  missingPaperwork: CarRequest[];
  vehicles: BoardVehicle[];
  trips: Trip[];
}

export interface UsageRow {
  tripId: string;
  plate: string;
  userName: string;
  departmentName: string | null;
  departedAt: string;
  route: string;
  destination: string;
  purpose: string;
  driverName: string;
  status: string;
  backfill: boolean;
  keyHandedOut: boolean;
}

export interface DrivingRow {
  tripId: string;
  fuelId: string | null;
  plate: string;
  driverName: string;
  departedAt: string | null;
  returnedAt: string;
  odometerKm: number | null;
  distanceKm: number | null;
  liters: number | null;
  amountFen: number | null;
  payment: 'card' | 'cash' | null;
  fuelCardNo: string | null;
  anomalous: boolean;
  anomalyReasons: string[];
  per100Km: number | null;
  receiptAttachmentId: string | null;
  notes: string;
}

export interface RegisterFilter {
  vehicleId?: string;
  driverId?: string;
  month?: string;
}

export interface ReturnInput {
  odometerKm: number;
  returnedAt?: string;
  notes?: string;
  fuel?: { liters: number; amountFen: number; payment: 'card' | 'cash'; receiptAttachmentId?: string | null } | null;
}

export const RPERM = { dispatch: 'vehicles:dispatch', trip: 'vehicles:trip', read: 'vehicles:read' } as const;
export const CAR_REQUEST_KEY = 'vehicles.car_request';
export const DIRECTIONS = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'] as const;

export const requestKeys = {
  all: ['vehicle-requests'] as const,
  board: ['vehicle-requests', 'board'] as const,
  mine: ['vehicle-requests', 'mine'] as const,
  myTrips: ['vehicle-requests', 'my-trips'] as const,
  usage: (f: RegisterFilter) => ['vehicle-requests', 'usage', f] as const,
  driving: (f: RegisterFilter) => ['vehicle-requests', 'driving', f] as const,
};

const q = (f: RegisterFilter) => ({ vehicleId: f.vehicleId, driverId: f.driverId, month: f.month });

export const requestsApi = {
  board: () => api.get<Board>('/api/vehicles/dispatch/board'),
  dispatch: (body: { requestIds: string[]; vehicleId: string; driverId: string; note?: string }) => api.post<{ tripId: string }>('/api/vehicles/dispatch', body),
  direct: (body: Record<string, unknown>) => api.post<{ id: string; tripId: string; instanceId: string | null }>('/api/vehicles/dispatch/direct', body),
  restartPaperwork: (id: string) => api.post<{ instanceId: string }>(`/api/vehicles/requests/${encodeURIComponent(id)}/paperwork`),
  mine: () => api.get<CarRequest[]>('/api/vehicles/requests/mine'),
  myTrips: () => api.get<MyTrip[]>('/api/vehicles/trips/mine'),
  depart: (id: string, body: { route?: string; odometerKm?: number }) => api.post<Trip>(`/api/vehicles/trips/${encodeURIComponent(id)}/depart`, body),
  return: (id: string, body: ReturnInput) => api.post<Trip>(`/api/vehicles/trips/${encodeURIComponent(id)}/return`, body),
  usage: (f: RegisterFilter) => api.get<UsageRow[]>('/api/vehicles/registers/usage', q(f)),
  driving: (f: RegisterFilter) => api.get<DrivingRow[]>('/api/vehicles/registers/driving', q(f)),
  usageXlsx: (f: RegisterFilter) => withQuery('/api/vehicles/registers/usage.xlsx', q(f)),
  drivingXlsx: (f: RegisterFilter) => withQuery('/api/vehicles/registers/driving.xlsx', q(f)),
  uploadReceipt: (file: File) => api.upload<{ id: string }>('/api/attachments', file),
};

/** The request form's values as the server takes them (the documents' wording, VEH-2). */
export const PURPOSES = [
  '外出公差', '采购物品', '拉运货物', '城区远郊（10公里外）安装和维修', '行政管理人员外出办公事', '接送公司宾客和来公司办事人员',
  '员工受伤急需治疗', '外单位借调、借用车辆', '其他紧急或特殊用车', '其他员工外出',
] as const;
export const CARGO = ['拉运货物', '乘车人员', '货物和人员'] as const;
