/** Voiding a ledger entry: kept on record with the reason, left out of totals and payroll. */
import { useState } from 'react';
import { App, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { formatYuan } from '../../app/format';
import { ledgerApi, ledgerKeys, type LedgerEntry } from './api';

export function VoidModal({ entry, onClose }: { entry: LedgerEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    onClose();
  };
  const run = useMutation({
    mutationFn: () => ledgerApi.void(entry!.id, reason.trim()),
    onSuccess: async () => {
      message.success(t('ledger.voided'));
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.all });
      close();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal
      open={!!entry}
      title={t('ledger.voidTitle')}
      onCancel={close}
      onOk={() => run.mutate()}
      okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'ledger-void-ok' } as never}
      confirmLoading={run.isPending}
    >
      {entry ? (
        <Typography.Paragraph>
          {entry.userName} · {entry.occurredOn} · {entry.kindLabel} {formatYuan(entry.amountFen)} · {entry.reason}
        </Typography.Paragraph>
      ) : null}
      <Input.TextArea rows={3} maxLength={500} placeholder={t('ledger.voidReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="ledger-void-reason" />
    </Modal>
  );
}
