/** SEAL-1 印章登记: the seals with type, keeper, location and status; request use; manage (seals:manage). */
import { useState } from 'react';
import { App, Button, Card, Flex, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { sealKeys, sealsApi, type Seal } from './api';
import { ApplyModal, SealDrawer, SettingsModal } from './SealDialogs';

const STATUS_COLOR: Record<string, string> = { in_office: 'green', out: 'orange', disabled: 'default' };

export default function SealsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const manage = hasPermission('seals:manage');
  const qc = useQueryClient();
  const [editing, setEditing] = useState<{ open: boolean; seal: Seal | null }>({ open: false, seal: null });
  const [applying, setApplying] = useState<Seal | null>(null);
  const [settings, setSettings] = useState(false);
  const list = useQuery({ queryKey: sealKeys.list, queryFn: sealsApi.list });
  const toggle = useMutation({
    mutationFn: (s: Seal) => sealsApi.update(s.id, { status: s.status === 'disabled' ? 'in_office' : 'disabled' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: sealKeys.all }),
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <>
      <PageHeader
        title={t('seals.register.title')}
        description={t('seals.register.description')}
        extra={
          <>
            {hasPermission('seals:read') ? <Button icon={<DownloadOutlined />} href={sealsApi.exportUrl}>{t('common.exportXlsx')}</Button> : null}
            {manage ? <Button icon={<SettingOutlined />} onClick={() => setSettings(true)}>{t('seals.register.settings')}</Button> : null}
            {manage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, seal: null })} data-testid="seal-add">{t('seals.register.add')}</Button> : null}
          </>
        }
      />
      <Card variant="borderless">
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          data-testid="seals-table"
          columns={[
            { title: t('seals.field.name'), dataIndex: 'name' },
            { title: t('seals.field.type'), dataIndex: 'type' },
            { title: t('seals.field.keeper'), dataIndex: 'keeperName' },
            { title: t('seals.field.location'), dataIndex: 'location' },
            { title: t('seals.field.status'), dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLOR[v]}>{t(`seals.status.${v}`)}</Tag> },
            {
              title: t('common.actions'),
              key: 'a',
              render: (_v, r) => (
                <Flex gap={8}>
                  {r.status !== 'disabled' ? <a onClick={() => setApplying(r)} data-testid={`seal-apply-${r.name}`}>{t('seals.register.apply')}</a> : null}
                  {manage ? <a onClick={() => setEditing({ open: true, seal: r })}>{t('common.edit')}</a> : null}
                  {manage && r.status !== 'out' ? <a onClick={() => toggle.mutate(r)}>{r.status === 'disabled' ? t('seals.register.enable') : t('seals.register.disable')}</a> : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <SealDrawer open={editing.open} seal={editing.seal} onClose={() => setEditing({ open: false, seal: null })} />
      <ApplyModal seal={applying} onClose={() => setApplying(null)} />
      <SettingsModal open={settings} onClose={() => setSettings(false)} />
    </>
  );
}
