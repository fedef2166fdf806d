import { Flex, Image, Typography } from 'antd';
import { LockOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { processApi, processKeys } from '../api';

/** Read-only attachments: images as thumbnails with preview, other files as download links. */
export function AttachmentList({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const metas = useQueries({
    queries: ids.map((id) => ({ queryKey: processKeys.attachment(id), queryFn: () => processApi.attachmentMeta(id), staleTime: Infinity, retry: false })),
  });
  const images = ids.filter((_, i) => metas[i]?.data?.mimeType.startsWith('image/'));
  const others = ids.filter((id) => !images.includes(id));
  return (
    <Flex vertical gap={6}>
      {images.length ? (
        <Image.PreviewGroup>
          <Flex gap={6} wrap>
            {images.map((id) => (
              <Image key={id} src={processApi.attachmentUrl(id)} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {others.map((id) => {
        const q = metas[ids.indexOf(id)];
        const meta = q?.data;
        if (q?.error instanceof ApiError && (q.error.status === 403 || q.error.status === 404)) {
          return (
            <Typography.Text key={id} type="secondary">
              <LockOutlined /> {t(q.error.status === 403 ? 'process.form.attachmentForbidden' : 'process.form.attachmentMissing')}
            </Typography.Text>
          );
        }
        return (
          <Typography.Link key={id} href={processApi.attachmentUrl(id)} target="_blank" rel="noopener" className="gj-attachment-link">
            <PaperClipOutlined /> {meta?.filename ?? id}
          </Typography.Link>
        );
      })}
    </Flex>
  );
}
