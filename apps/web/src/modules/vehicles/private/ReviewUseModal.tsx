/** The admin manager approves a use (over 50 km: sets the amount) or sends it back with a reason. */
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Flex, Input, InputNumber, Modal } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { formatYuan } from '../../../app/format';
import { yuanToFen } from '../../../process/form/schema';
import { privateApi, privateKeys, type PrivateUse } from './api';

export function ReviewUseModal({ use, onClose }: { use: PrivateUse | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const preview = useQuery({
    queryKey: ['vehicles', 'private', 'preview', use?.distanceKm, use?.vehicleType],
    queryFn: () => privateApi.preview(use!.distanceKm, use!.vehicleType),
    enabled: !!use,
  });
  const close = () => {
    setAmount(null);
    setNote('');
    onClose();
  };
  const needsAmount = preview.data?.needsAdminApproval ?? false;
  const review = useMutation({
    mutationFn: (approve: boolean) =>
      privateApi.reviewUse(use!.id, { approve, note: note.trim() || undefined, amountFen: approve && needsAmount && amount !== null ? yuanToFen(amount) : undefined }),
    onSuccess: async (_d, approve) => {
      message.success(approve ? t('vehicles.private.approved') : t('vehicles.private.rejected'));
      await queryClient.invalidateQueries({ queryKey: privateKeys.all });
      close();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal
      open={!!use}
      title={t('vehicles.private.reviewTitle')}
      onCancel={close}
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button danger disabled={!note.trim()} loading={review.isPending && review.variables === false} onClick={() => review.mutate(false)} data-testid="private-use-reject">
            {t('vehicles.private.reject')}
          </Button>
          <Button type="primary" disabled={needsAmount && amount === null} loading={review.isPending && review.variables === true} onClick={() => review.mutate(true)} data-testid="private-use-approve">
            {t('vehicles.private.approve')}
          </Button>
        </Flex>
      }
    >
      {use ? (
        <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('vehicles.private.field.employee')}>{use.userName}（{use.departmentName ?? '—'}）</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.private.field.useDate')}>{use.useDate}</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.private.field.vehicle')}>{use.plate} · {t(`vehicles.private.type.${use.vehicleType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.private.field.route')}>{use.fromPlace} → {use.toPlace}</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.private.field.purpose')}>{use.purpose}</Descriptions.Item>
          <Descriptions.Item label={t('vehicles.private.field.distanceKm')}>{use.distanceKm} {t('vehicles.private.km')}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {preview.data ? (
        needsAmount ? (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('vehicles.private.setAmountHint', { km: preview.data.suburbMaxKm })} />
            <InputNumber min={0} precision={2} step={10} prefix="¥" value={amount} onChange={(v) => setAmount(v)} placeholder={t('vehicles.private.amountYuan')} style={{ width: '100%', marginBottom: 8 }} data-testid="private-use-amount" />
          </>
        ) : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            title={preview.data.reason === 'motorcycleMonthlyAllowance' ? t('vehicles.private.previewMotorcycle') : t('vehicles.private.previewAmount', { amount: formatYuan(preview.data.amountFen) })}
          />
        )
      ) : null}
      <Input.TextArea rows={2} maxLength={500} placeholder={t('vehicles.private.reviewNote')} value={note} onChange={(e) => setNote(e.target.value)} />
    </Modal>
  );
}
