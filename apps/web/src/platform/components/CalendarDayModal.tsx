import { useEffect } from 'react';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { applyServerErrors } from '../../app/forms';
import { platformApi, platformKeys } from '../api/platform';
import type { CalendarDay } from '../types';

interface Values {
  kind: CalendarDay['kind'];
  name: string;
}

export function CalendarDayModal({ date, entry, onClose }: { date: string | null; entry: CalendarDay | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!date) return;
    form.resetFields();
    if (entry) form.setFieldsValue({ kind: entry.kind, name: entry.name });
    else {
      const weekend = [0, 6].includes(dayjs(date).day());
      form.setFieldsValue({ kind: weekend ? 'workday' : 'holiday', name: weekend ? t('calendar.defaultWorkdayName') : '' });
    }
  }, [date, entry, form, t]);

  const done = async (text: string) => {
    message.success(text);
    await queryClient.invalidateQueries({ queryKey: platformKeys.calendarAll });
    onClose();
  };
  const save = useMutation({
    mutationFn: (v: Values) => platformApi.setCalendarDay(date!, { kind: v.kind, name: v.name.trim() }),
    onSuccess: () => done(t('common.saved')),
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });
  const remove = useMutation({
    mutationFn: () => platformApi.removeCalendarDay(date!),
    onSuccess: () => done(t('calendar.removed')),
    onError: (err) => message.error(errorMessage(err)),
  });

  const d = date ? dayjs(date) : null;
  return (
    <Modal
      open={!!date}
      title={d ? d.format('YYYY-MM-DD dddd') : ''}
      onCancel={onClose}
      forceRender
      footer={
        <Flex justify="space-between" gap={8}>
          <div>
            {entry ? (
              <Popconfirm title={t('calendar.removeConfirm')} onConfirm={() => remove.mutateAsync()} okButtonProps={{ danger: true }}>
                <Button danger loading={remove.isPending} data-testid="calendar-day-remove">
                  {t('calendar.remove')}
                </Button>
              </Popconfirm>
            ) : null}
          </div>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="calendar-day-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {entry ? (
          <>
            {t('calendar.currentEntry', { name: entry.name })} <Tag>{t(`calendar.source.${entry.source}`)}</Tag>
          </>
        ) : (
          t('calendar.noEntry')
        )}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="calendar-day-form">
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: t('calendar.kindHoliday') },
              { value: 'workday', label: t('calendar.kindWorkday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 50, message: t('common.maxLength', { max: 50 }) },
          ]}
        >
          <Input placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
