/** ASV-2 a customer at a glance: contact, equipment with the warranty badge first, sites, contracts. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Flex, List, Popconfirm, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { formatYuan } from '../../../app/format';
import { PageSpin } from '../../../app/components/PageSpin';
import { useIsMobile } from '../../../app/useIsMobile';
import { aftersalesKeys, ASPERM, customersApi, type Contract, type CustomerDetail, type Equipment, type Site } from '../api';
import { ContractModal, EquipmentModal, SiteModal, type RecordDialog } from './RecordModals';
import { WarrantyBadge } from './WarrantyBadge';

const PART_COLORS = { ok: 'green', due_soon: 'orange', due: 'red', unknown: 'default' } as const;

function EquipmentCard({ e, canEdit, onEdit, onDelete }: { e: Equipment; canEdit: boolean; onEdit: () => void; onDelete: () => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="equipment-card"
      title={
        <Flex gap={8} align="center" wrap>
          <WarrantyBadge state={e.warranty.state} lastDay={e.warranty.lastDay} daysLeft={e.warranty.daysLeft} />
          <Typography.Text strong>{e.name}</Typography.Text>
          <Typography.Text type="secondary">{e.model}</Typography.Text>
        </Flex>
      }
      extra={
        canEdit ? (
          <Flex gap={0}>
            <Button size="small" type="link" icon={<EditOutlined />} onClick={onEdit} aria-label={t('common.edit')} />
            <Popconfirm title={t('aftersales.detail.deleteConfirm')} okButtonProps={{ danger: true }} onConfirm={onDelete}>
              <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
            </Popconfirm>
          </Flex>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'serial', label: t('aftersales.equipment.serial'), children: e.serial ? <span className="mono">{e.serial}</span> : '—' },
          { key: 'site', label: t('aftersales.equipment.site'), children: e.siteName ?? '—' },
          { key: 'installed', label: t('aftersales.equipment.installedOn'), children: e.installedOn ?? '—' },
          { key: 'months', label: t('aftersales.equipment.warrantyMonths'), children: e.warrantyMonths ?? '—' },
          { key: 'last', label: t('aftersales.equipment.warranty'), children: e.warranty.lastDay ? t('aftersales.warranty.lastDay', { date: e.warranty.lastDay }) : t('aftersales.warranty.unknownHint') },
          ...(e.notes ? [{ key: 'notes', label: t('aftersales.equipment.notes'), children: e.notes }] : []),
        ]}
      />
      {e.parts.length ? (
        <Flex gap={6} wrap style={{ marginTop: 8 }}>
          {e.parts.map((p) => (
            <Tag key={p.id} color={PART_COLORS[p.life.state]}>
              {p.name}
              {p.life.dueOn ? ` · ${t('aftersales.detail.partLife', { months: p.serviceLifeMonths, date: p.life.dueOn })}` : ''} · {t(`aftersales.detail.partDue.${p.life.state}`)}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}

export function CustomerDetailDrawer({ customerId, onClose, onEdit }: { customerId: string | null; onClose: () => void; onEdit: (customer: CustomerDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(ASPERM.customers);
  const queryClient = useQueryClient();
  const [record, setRecord] = useState<RecordDialog | null>(null);
  const detail = useQuery({ queryKey: aftersalesKeys.customer(customerId ?? ''), queryFn: () => customersApi.get(customerId!), enabled: !!customerId });
  const c: CustomerDetail | undefined = detail.data;

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: aftersalesKeys.all });
  };
  const remove = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await refresh();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const removeCustomer = useMutation({
    mutationFn: (id: string) => customersApi.remove(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      onClose();
      await refresh();
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  const section = (title: string, addLabel: string, onAdd: () => void) => (
    <Flex justify="space-between" align="center" style={{ marginTop: 20, marginBottom: 8 }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {canEdit ? (
        <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
          {addLabel}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <Drawer
      open={!!customerId}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      title={c ? `${c.name}（${c.code}）` : t('aftersales.detail.title')}
      extra={
        c && canEdit ? (
          <Flex gap={8}>
            <Button icon={<EditOutlined />} onClick={() => onEdit(c)} data-testid="customer-edit">
              {t('common.edit')}
            </Button>
            <Popconfirm title={t('aftersales.customers.deleteConfirm', { name: c.name })} description={t('aftersales.customers.deleteHint')} okButtonProps={{ danger: true }} onConfirm={() => removeCustomer.mutateAsync(c.id)}>
              <Button danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
            </Popconfirm>
          </Flex>
        ) : null
      }
      data-testid="customer-detail"
    >
      {detail.isError ? (
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      ) : !c ? (
        <PageSpin />
      ) : (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'phones',
                label: t('aftersales.customers.field.phones'),
                span: 2,
                children: (
                  <Flex gap={12} wrap>
                    {c.phones.map((p) => (
                      <a key={p} href={`tel:${p.replace(/[^\d+]/g, '')}`}>
                        <PhoneOutlined /> {p}
                      </a>
                    ))}
                  </Flex>
                ),
              },
              { key: 'type', label: t('aftersales.customers.field.type'), children: t(`aftersales.customers.type.${c.type}`) },
              { key: 'source', label: t('aftersales.customers.field.source'), children: t(`aftersales.customers.source.${c.source}`, { defaultValue: c.source }) },
              { key: 'address', label: t('aftersales.customers.field.address'), span: 2, children: c.address || '—' },
              ...(c.notes ? [{ key: 'notes', label: t('aftersales.customers.field.notes'), span: 2, children: c.notes }] : []),
            ]}
          />
          {section(t('aftersales.detail.equipment'), t('aftersales.detail.addEquipment'), () => setRecord({ kind: 'equipment' }))}
          {c.equipment.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aftersales.detail.noEquipment')} />
          ) : (
            <Flex vertical gap={8}>
              {c.equipment.map((e) => (
                <EquipmentCard key={e.id} e={e} canEdit={canEdit} onEdit={() => setRecord({ kind: 'equipment', equipment: e })} onDelete={() => remove.mutateAsync(() => customersApi.removeEquipment(e.id))} />
              ))}
            </Flex>
          )}
          {section(t('aftersales.detail.sites'), t('aftersales.detail.addSite'), () => setRecord({ kind: 'site' }))}
          {c.sites.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aftersales.detail.noSites')} />
          ) : (
            <List<Site>
              size="small"
              bordered
              dataSource={c.sites}
              renderItem={(s) => (
                <List.Item
                  actions={canEdit ? [
                    <Button key="e" size="small" type="link" icon={<EditOutlined />} onClick={() => setRecord({ kind: 'site', site: s })} aria-label={t('common.edit')} />,
                    <Popconfirm key="d" title={t('aftersales.detail.deleteConfirm')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(() => customersApi.removeSite(s.id))}>
                      <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>,
                  ] : []}
                >
                  <List.Item.Meta title={s.name} description={[s.address, s.contact, s.phone, s.notes].filter(Boolean).join(' · ') || '—'} />
                </List.Item>
              )}
            />
          )}
          {section(t('aftersales.detail.contracts'), t('aftersales.detail.addContract'), () => setRecord({ kind: 'contract' }))}
          {c.contracts.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aftersales.detail.noContracts')} />
          ) : (
            <Table<Contract>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={c.contracts}
              columns={[
                { title: t('aftersales.contract.number'), dataIndex: 'number', render: (v: string) => <span className="mono">{v}</span> },
                { title: t('aftersales.contract.type'), dataIndex: 'type', render: (v: string) => t(`aftersales.contract.types.${v}`) },
                { title: t('aftersales.contract.startOn'), dataIndex: 'startOn' },
                { title: t('aftersales.contract.endOn'), dataIndex: 'endOn', render: (v: string | null) => v ?? '—' },
                { title: t('aftersales.contract.amount'), dataIndex: 'amountFen', align: 'right' as const, render: (v: number) => formatYuan(v, { symbol: false }) },
                { title: t('common.status'), dataIndex: 'active', render: (v: boolean) => <Tag color={v ? 'green' : 'default'}>{t(v ? 'aftersales.detail.active' : 'aftersales.detail.inactive')}</Tag> },
                ...(canEdit ? [{
                  title: t('common.actions'), key: 'a', render: (_: unknown, k: Contract) => (
                    <Flex gap={0}>
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setRecord({ kind: 'contract', contract: k })} aria-label={t('common.edit')} />
                      <Popconfirm title={t('aftersales.detail.deleteConfirm')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(() => customersApi.removeContract(k.id))}>
                        <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                      </Popconfirm>
                    </Flex>
                  ),
                }] : []),
              ]}
            />
          )}
          <SiteModal customerId={c.id} open={record?.kind === 'site'} site={record?.kind === 'site' ? record.site : undefined} onClose={() => setRecord(null)} />
          <EquipmentModal customerId={c.id} sites={c.sites} open={record?.kind === 'equipment'} equipment={record?.kind === 'equipment' ? record.equipment : undefined} onClose={() => setRecord(null)} />
          <ContractModal customerId={c.id} open={record?.kind === 'contract'} contract={record?.kind === 'contract' ? record.contract : undefined} onClose={() => setRecord(null)} />
        </>
      )}
    </Drawer>
  );
}
