/** The cars (not retired) and their designated drivers, for the pickers of the incidents forms. */
import { useQuery } from '@tanstack/react-query';
import { vehicleKeys, vehiclesApi } from '../api';

export function useCarsAndDrivers() {
  const cars = useQuery({ queryKey: vehicleKeys.list({}), queryFn: () => vehiclesApi.list({}), staleTime: 60_000 });
  const active = (cars.data ?? []).filter((c) => c.status !== 'retired');
  const drivers = new Map<string, string>();
  for (const c of cars.data ?? []) for (const d of c.drivers) drivers.set(d.id, d.name);
  return {
    loading: cars.isPending,
    plateOptions: active.map((c) => ({ value: c.plate, label: `${c.plate}（${c.model}）` })),
    allPlateOptions: (cars.data ?? []).map((c) => ({ value: c.plate, label: `${c.plate}（${c.model}）` })),
    driverOptions: [...drivers].map(([value, label]) => ({ value, label })),
    cars: active,
  };
}
