import { CloseOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useCallback } from 'react';
import type { BlobRow } from '../../db/schema';
import { useT } from '../../i18n/useT';

/** One page of a material: the image itself (an object URL while shown) or a PDF mark. */
export function PageThumb({ row, index, onRemove }: { row: BlobRow; index: number; onRemove?: () => void }) {
  const t = useT();
  const isImage = row.mime.startsWith('image/');
  // An object URL lives exactly as long as the <img> that shows it (React 19 ref cleanup).
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(row.data);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [row.data],
  );

  const original = row.original;
  const title = original
    ? original.page !== undefined
      ? t('scan.pages.pdfPage', { n: original.page })
      : t('scan.pages.original', {
          w: original.width ?? '?',
          h: original.height ?? '?',
          kb: Math.round(original.bytes / 1024),
        })
    : row.mime;

  return (
    <Tooltip title={title}>
      <div className="ow-page-thumb" data-testid="page-thumb" data-sha256={row.sha256} data-mime={row.mime}>
        {isImage ? <img ref={attach} alt={`${index + 1}`} /> : <FilePdfOutlined style={{ fontSize: 36 }} />}
        <span className="ow-page-thumb-n">{index + 1}</span>
        {onRemove && (
          <Button
            size="small"
            type="text"
            tabIndex={-1}
            icon={<CloseOutlined />}
            aria-label={t('scan.pages.remove')}
            className="ow-page-thumb-remove"
            onClick={onRemove}
          />
        )}
      </div>
    </Tooltip>
  );
}
