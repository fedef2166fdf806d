/** One editable field, picked by the schema's type, format and `x-` extensions. */
import { DatePicker, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldSchema } from '../types';
import { AttachmentUpload } from './AttachmentUpload';
import { UserPicker } from './UserPicker';
import { widgetOf } from './schema';

interface Props {
  schema: FieldSchema;
  name: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
}

export function FieldInput({ schema: s, name, value, onChange, id }: Props) {
  const { t } = useTranslation();
  const testId = `field-${name}`;
  const common = { id, value: value as never, onChange: onChange as never, 'data-testid': testId };
  switch (widgetOf(s)) {
    case 'attachments':
      return <AttachmentUpload {...common} maxCount={s.maxItems} />;
    case 'users':
      return <UserPicker {...common} spec={s['x-user-picker']} multiple maxCount={s.maxItems} />;
    case 'user':
      return <UserPicker {...common} spec={s['x-user-picker']} />;
    case 'money':
      return (
        <InputNumber {...common} prefix="¥" precision={2} step={1} min={s.minimum !== undefined ? s.minimum / 100 : undefined} style={{ width: '100%' }} placeholder={t('process.form.yuan')} />
      );
    case 'number':
      return <InputNumber {...common} precision={s.type === 'integer' ? 0 : undefined} min={s.minimum} max={s.maximum} style={{ width: '100%' }} />;
    case 'datetime':
      return <DatePicker {...common} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} />;
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          data-testid={testId}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          options={[
            { value: true, label: t('process.form.yes') },
            { value: false, label: t('process.form.no') },
          ]}
        />
      );
    case 'enum':
      return <Select {...common} allowClear options={(s.enum ?? []).map((v) => ({ value: v as string, label: String(v) }))} />;
    case 'multiEnum':
      return <Select {...common} mode="multiple" allowClear options={(s.items?.enum ?? []).map((v) => ({ value: v as string, label: String(v) }))} />;
    case 'tags':
      return <Select {...common} mode="tags" allowClear open={false} />;
    case 'textarea':
      return <Input.TextArea {...common} autoSize={{ minRows: 3, maxRows: 10 }} showCount={s.maxLength ? true : undefined} maxLength={s.maxLength} />;
    case 'object':
      // Nested objects are laid out by FormRenderer; a stray one is edited as text.
      return <Input.TextArea {...common} autoSize={{ minRows: 2 }} />;
    default:
      return <Input {...common} maxLength={s.maxLength} />;
  }
}
