/** Pickers of the care forms: a customer from the customer base (search by name or phone), his equipment, a technician, a sales category. */
import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { aftersalesKeys, customersApi } from '../api';
import { jobsApi, jobsKeys } from '../jobs/api';
import { careApi, careKeys } from './api';

interface PickerProps { value?: string | null; onChange?: (v: string) => void; initialLabel?: string; id?: string; disabled?: boolean }

export function CustomerPicker({ value, onChange, initialLabel, id, disabled }: PickerProps) {
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: aftersalesKeys.customers({ q, pageSize: 20 }), queryFn: () => customersApi.list({ q, pageSize: 20 }), enabled: q.length >= 1 });
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.phones.join('、')}` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select id={id} disabled={disabled} value={value ?? undefined} onChange={(v: string) => onChange?.(v)} showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching} options={options} data-testid="care-customer" />
  );
}

export function EquipmentPicker({ customerId, value, onChange, multiple, id }: { customerId?: string; value?: string[] | string | null; onChange?: (v: never) => void; multiple?: boolean; id?: string }) {
  const detail = useQuery({ queryKey: aftersalesKeys.customer(customerId ?? ''), queryFn: () => customersApi.get(customerId!), enabled: !!customerId });
  return (
    <Select id={id} mode={multiple ? 'multiple' : undefined} allowClear value={value ?? undefined} onChange={(v) => onChange?.((v ?? (multiple ? [] : null)) as never)}
      options={(detail.data?.equipment ?? []).map((e) => ({ value: e.id, label: `${e.name} ${e.model}`.trim() }))} />
  );
}

export function TechnicianPicker({ value, onChange, id }: PickerProps) {
  const techs = useQuery({ queryKey: jobsKeys.technicians, queryFn: () => jobsApi.technicians() });
  return <Select id={id} value={value ?? undefined} onChange={(v: string) => onChange?.(v)} options={(techs.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} data-testid="care-technician" />;
}

export function useCareSettings() {
  return useQuery({ queryKey: careKeys.settings, queryFn: () => careApi.settings() });
}

export function CategoryPicker({ value, onChange, id }: PickerProps) {
  const s = useCareSettings();
  return <Select id={id} value={value ?? undefined} onChange={(v: string) => onChange?.(v)} options={(s.data?.settings.salesCategories ?? []).map((c) => ({ value: c.code, label: `${c.name}（${c.percent}%）` }))} />;
}
