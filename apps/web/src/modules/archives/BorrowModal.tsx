/** 借阅/复印 an item: starts the engine process `archives.borrow` and opens the new instance. */
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../app/api';
import { processApi } from '../../process/api';
import type { ArchiveItem } from './api';

export function BorrowModal({ item, onClose }: { item: ArchiveItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as string | undefined;
  const start = useMutation({
    mutationFn: (v: { kind: string; purpose: string; dueOn?: Dayjs; copies?: number }) =>
      processApi.start({
        processKey: 'archives.borrow',
        title: `档案${v.kind}（${item!.number}）`,
        data: { number: item!.number, kind: v.kind, purpose: v.purpose, ...(v.kind === '借阅' ? { dueOn: v.dueOn?.format('YYYY-MM-DD') } : { copies: v.copies }) },
      }),
    onSuccess: async ({ instanceId }) => {
      message.success(t('archives.request.started'));
      await qc.invalidateQueries({ queryKey: ['archives'] });
      navigate(`/instances/${encodeURIComponent(instanceId)}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const who = item && item.secrecy !== '普通' ? t('archives.request.gm') : t('archives.request.manager');
  return (
    <Modal
      open={item !== null}
      title={item ? t('archives.request.title', { number: item.number, title: item.title }) : ''}
      okText={t('archives.request.submit')}
      onOk={() => form.validateFields().then((v) => start.mutate(v))}
      confirmLoading={start.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {item ? <Typography.Paragraph type="secondary">{t('archives.request.approverHint', { secrecy: item.secrecy, who })}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" initialValues={{ kind: '借阅', copies: 1 }} preserve={false}>
        <Form.Item name="kind" label={t('archives.request.kind')} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: '借阅', label: t('archives.kind.borrow') }, { value: '复印', label: t('archives.kind.copy') }]} />
        </Form.Item>
        <Form.Item name="purpose" label={t('archives.request.purpose')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="archive-purpose" />
        </Form.Item>
        {kind === '复印' ? (
          <Form.Item name="copies" label={t('archives.request.copies')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} precision={0} />
          </Form.Item>
        ) : (
          <Form.Item name="dueOn" label={t('archives.request.dueOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
