import { Flex, Image, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { processApi, processKeys } from '../api';

/** Read-only attachments: images as thumbnails with preview, other files as download links. */
export function AttachmentList({ ids }: { ids: readonly string[] }) {
  const metas = useQueries({
    queries: ids.map((id) => ({ queryKey: processKeys.attachment(id), queryFn: () => processApi.attachmentMeta(id), staleTime: Infinity })),
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
        const meta = metas[ids.indexOf(id)]?.data;
        return (
          <Typography.Link key={id} href={processApi.attachmentUrl(id)} target="_blank" rel="noopener" className="gj-attachment-link">
            <PaperClipOutlined /> {meta?.filename ?? id}
          </Typography.Link>
        );
      })}
    </Flex>
  );
}
