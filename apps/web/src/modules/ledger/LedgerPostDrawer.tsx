/** HR posts a subsidy or a penalty by hand, with its reason (HR-8). */
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { useIsMobile } from '../../app/useIsMobile';
import { UserSelect } from '../../platform/components/UserSelect';
import { yuanToFen } from '../../process/form/schema';
import { ledgerApi, ledgerKeys, type LedgerKind } from './api';

interface Values {
  userId: string;
  kind: LedgerKind;
  amountYuan: number;
  occurredOn: Dayjs;
  reason: string;
}

export function LedgerPostDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const post = useMutation({
    mutationFn: (v: Values) => ledgerApi.post({ userId: v.userId, kind: v.kind, amountFen: yuanToFen(v.amountYuan), reason: v.reason.trim(), occurredOn: v.occurredOn.format('YYYY-MM-DD') }),
    onSuccess: async () => {
      message.success(t('ledger.posted'));
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      const msg = applyServerErrors(form, err);
      if (msg) message.error(msg);
    },
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('ledger.postTitle')}
      size={isMobile ? '100%' : 480}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={post.isPending} onClick={() => form.submit()} data-testid="ledger-post-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'subsidy', occurredOn: dayjs() }} onFinish={(v) => post.mutate(v)}>
        <Form.Item name="userId" label={t('ledger.field.employee')} rules={[{ required: true, message: t('common.required') }]}>
          <UserSelect data-testid="ledger-post-user" />
        </Form.Item>
        <Form.Item name="kind" label={t('ledger.field.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={[{ value: 'subsidy', label: t('ledger.kind.subsidy') }, { value: 'penalty', label: t('ledger.kind.penalty') }]} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('ledger.field.amountYuan')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0.01} precision={2} step={10} style={{ width: '100%' }} prefix="¥" data-testid="ledger-post-amount" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('ledger.field.occurredOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="reason" label={t('ledger.field.reason')} rules={[{ required: true, whitespace: true, message: t('ledger.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="ledger-post-reason" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
