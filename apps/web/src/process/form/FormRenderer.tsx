/**
 * A process form (JSON Schema object) as an antd Form, or read-only. Fields are grouped under the
 * paper form they belong to (`x-form`, e.g. 《客户(业主)维修登记表》); titles are labels,
 * `required` gives the required marks, and lengths, patterns and bounds become rules.
 * Values in the form are the UI's (yuan, dayjs); convert with `toFormValues` / `fromFormValues`.
 */
import { Col, Descriptions, Divider, Empty, Form, Row, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../app/useIsMobile';
import type { FieldSchema } from '../types';
import { FieldInput } from './FieldInput';
import { FieldValue } from './FieldValue';
import { type FieldEntry, fieldEntries, groupByForm, hasValue, isWide, labelOf, rulesFor, widgetOf } from './schema';

interface Common {
  schema: FieldSchema;
  /** Top-level fields to show (default: all), in this order. */
  fields?: readonly string[];
  /** The definition's paper forms, which orders the groups. */
  forms?: readonly string[];
}

export interface EditProps extends Common {
  mode: 'edit';
  form: FormInstance;
  initialValues?: Record<string, unknown>;
  /** Fields required here beyond the schema's `required` (e.g. what a step must fill). */
  requiredFields?: readonly string[];
  'data-testid'?: string;
}

export interface ViewProps extends Common {
  mode: 'view';
  data: Record<string, unknown>;
  /** Names of users already known (from the instance), to spare look-ups. */
  knownNames?: ReadonlyMap<string, string>;
  /** Show fields without a value as "—" (default: hidden). */
  showEmpty?: boolean;
}

export function FormRenderer(props: EditProps | ViewProps) {
  return props.mode === 'edit' ? <EditForm {...props} /> : <ViewForm {...props} />;
}

function GroupTitle({ form }: { form: string | null }) {
  const { t } = useTranslation();
  return (
    <Divider titlePlacement="start" className="gj-form-group">
      {form ?? t('process.form.otherFields')}
    </Divider>
  );
}

function EditForm({ schema, fields, forms, form, initialValues, requiredFields, ...rest }: EditProps) {
  const groups = groupByForm(fieldEntries(schema, fields), forms, 'fields');
  const required = new Set([...(schema.required ?? []), ...(requiredFields ?? [])]);
  const single = groups.length === 1 && groups[0]!.form === null;
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid={rest['data-testid']} scrollToFirstError>
      {groups.map((g) => (
        <div key={g.form ?? '_'}>
          {single ? null : <GroupTitle form={g.form} />}
          <FieldItems entries={g.entries} required={required} path={[]} />
        </div>
      ))}
    </Form>
  );
}

function FieldItems({ entries, required, path }: { entries: FieldEntry[]; required: ReadonlySet<string>; path: string[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      {entries.map(([name, s]) => {
        if (widgetOf(s) === 'object' && s.properties) {
          return (
            <Col span={24} key={name}>
              <Divider titlePlacement="start" plain>
                {s.title ?? name}
              </Divider>
              <FieldItems entries={fieldEntries(s)} required={new Set(s.required ?? [])} path={[...path, name]} />
            </Col>
          );
        }
        return (
          <Col xs={24} md={isWide(s) ? 24 : 12} key={name}>
            <Form.Item
              name={[...path, name]}
              label={labelOf(name, s, (title) => t('process.form.yuanLabel', { title }))}
              tooltip={s.description}
              rules={rulesFor(s, required.has(name), t)}
            >
              <FieldInput schema={s} name={name} />
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}

function ViewForm({ schema, fields, forms, data, knownNames, showEmpty = false }: ViewProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const entries = fieldEntries(schema, fields).filter(([n]) => showEmpty || hasValue(data[n]));
  const groups = groupByForm(entries, forms);
  if (!groups.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.form.noData')} />;
  return (
    <div className="gj-form-view">
      {groups.map((g) => (
        <div key={g.form ?? '_'} className="gj-form-view-group">
          {groups.length === 1 && g.form === null ? null : <GroupTitle form={g.form} />}
          <Descriptions
            bordered
            size="small"
            column={isMobile ? 1 : 2}
            styles={{ label: { width: isMobile ? 104 : 150 } }}
            items={g.entries.map(([name, s]) => ({
              key: name,
              label: labelOf(name, s, (title) => t('process.form.yuanLabel', { title })),
              span: isWide(s) || widgetOf(s) === 'textarea' ? (isMobile ? 1 : 2) : 1,
              children: <FieldValue schema={s} value={data[name]} knownNames={knownNames} />,
            }))}
          />
        </div>
      ))}
    </div>
  );
}
