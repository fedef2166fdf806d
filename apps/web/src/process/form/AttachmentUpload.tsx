import { useEffect, useMemo, useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { processApi, processKeys } from '../api';
import type { Attachment } from '../types';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  maxCount?: number;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

const isImage = (name: string) => /\.(png|jpe?g|gif|webp|bmp)$/i.test(name);

/**
 * Uploads files to /api/attachments one by one (through the API client, so the CSRF header goes
 * along) and keeps the field's value as the list of attachment ids.
 */
export function AttachmentUpload({ value, onChange, maxCount, disabled, id, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ids = useMemo(() => value ?? [], [value]);
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);

  // Ids that came with the form (e.g. uploaded at an earlier step) need their names.
  const unknown = ids.filter((i) => !files.some((f) => f.response?.id === i));
  const metas = useQueries({
    queries: unknown.map((aid) => ({ queryKey: processKeys.attachment(aid), queryFn: () => processApi.attachmentMeta(aid), staleTime: Infinity })),
  });
  const loadedKey = metas.map((m) => m.data?.id ?? '').join(',');
  useEffect(() => {
    const loaded = metas.map((m) => m.data).filter((m): m is Attachment => !!m);
    if (!loaded.length) return;
    setFiles((prev) => [
      ...prev,
      ...loaded
        .filter((m) => !prev.some((f) => f.response?.id === m.id))
        .map((m) => ({
          uid: m.id,
          name: m.filename,
          status: 'done' as const,
          response: m,
          url: processApi.attachmentUrl(m.id),
          thumbUrl: m.mimeType.startsWith('image/') ? processApi.attachmentUrl(m.id) : undefined,
        })),
    ]);
  }, [loadedKey]);

  const emit = (list: UploadFile<Attachment>[]) => {
    const next = list.filter((f) => f.status === 'done' && f.response?.id).map((f) => f.response!.id);
    onChange?.(next);
  };

  return (
    <div data-testid={rest['data-testid']} className="gj-upload">
    <Upload<Attachment>
      id={id}
      listType="picture"
      multiple
      maxCount={maxCount}
      disabled={disabled}
      fileList={files}
      customRequest={({ file, onSuccess, onError }) => {
        processApi
          .upload(file as File)
          .then((att) => onSuccess?.(att))
          .catch((err: unknown) => {
            message.error(errorMessage(err));
            onError?.(err instanceof Error ? err : new Error(String(err)));
          });
      }}
      onChange={({ fileList }) => {
        const list = fileList
          .filter((f) => f.status !== 'error')
          .map((f) =>
            f.status === 'done' && f.response
              ? { ...f, url: processApi.attachmentUrl(f.response.id), thumbUrl: isImage(f.name) ? processApi.attachmentUrl(f.response.id) : f.thumbUrl }
              : f,
          );
        setFiles(list);
        emit(list);
      }}
    >
      <Button icon={<UploadOutlined />} disabled={disabled}>
        {t('process.form.upload')}
      </Button>
    </Upload>
    </div>
  );
}
