import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { usePositionUsers, type PickerSpec } from './usePositionUsers';
import { usePunct } from '../punct';

interface Props {
  value?: string[] | string;
  onChange?: (value: string[] | string | undefined) => void;
  spec?: PickerSpec;
  multiple?: boolean;
  maxCount?: number;
  id?: string;
  'data-testid'?: string;
}

/** Select of users limited to an `x-user-picker`'s department/position; the value is user id(s). */
export function UserPicker({ value, onChange, spec, multiple = false, maxCount, id, ...rest }: Props) {
  const { t } = useTranslation();
  const punct = usePunct();
  const { users, loading, error } = usePositionUsers(spec);
  const options = users.map((u) => ({
    value: u.id,
    label: u.name,
    search: `${u.name} ${u.username}`,
    extra: u.positions.map((pos) => pos.name).join(punct.sep),
  }));
  return (
    <Select
      id={id}
      data-testid={rest['data-testid']}
      mode={multiple ? 'multiple' : undefined}
      maxCount={maxCount}
      value={value}
      onChange={(v: string[] | string | undefined) => onChange?.(v)}
      options={options}
      loading={loading}
      allowClear
      showSearch={{ optionFilterProp: 'search' }}
      placeholder={spec?.position ? t('process.form.pickFrom', { who: [spec.department, spec.position].filter(Boolean).join(' / ') }) : t('process.form.pickUser')}
      optionRender={(o) => (
        <span>
          {o.data.label}
          {o.data.extra ? <Typography.Text type="secondary"> · {o.data.extra}</Typography.Text> : null}
        </span>
      )}
      notFoundContent={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : undefined}
      style={{ width: '100%' }}
    />
  );
}
