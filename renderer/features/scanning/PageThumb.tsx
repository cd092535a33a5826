import { CloseOutlined, FilePdfOutlined, QuestionOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useCallback, type CSSProperties, type KeyboardEvent } from 'react';
import type { PageRotation } from '../../../shared/domain';
import type { BlobRow } from '../../db/schema';
import { useT } from '../../i18n/useT';

export interface PageThumbProps {
  blob: string;
  /** The stored page; undefined when this device does not hold it (shown as a placeholder). */
  row: BlobRow | undefined;
  index: number;
  rotation: PageRotation;
  /** Part of the strip's roving focus: only one page is a Tab stop. */
  tabbable: boolean;
  /** Asking whether to take the page off (Delete pressed): Enter confirms, Esc keeps it. */
  confirming: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus?: () => void;
  onRemove?: () => void;
  onConfirm?: () => void;
  onCancel?: () => void;
}

/** Box of a thumbnail (px): a page turned a quarter gets the box's other proportions. */
const BOX = { width: 84, height: 112 };

/**
 * One page of a material, shown as the archive will show it (turned by `rotation`): the image
 * itself (an object URL while shown), a PDF mark, or a placeholder for a page not on this device.
 */
export function PageThumb({
  blob,
  row,
  index,
  rotation,
  tabbable,
  confirming,
  onKeyDown,
  onFocus,
  onRemove,
  onConfirm,
  onCancel,
}: PageThumbProps) {
  const t = useT();
  const isImage = row?.mime.startsWith('image/') ?? false;
  // An object URL lives exactly as long as the <img> that shows it (React 19 ref cleanup).
  const data = row?.data;
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || !data) return;
      const url = URL.createObjectURL(data);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [data],
  );

  const original = row?.original;
  const title = !row
    ? t('scan.pages.notHere')
    : original
      ? original.page !== undefined
        ? t('scan.pages.pdfPage', { n: original.page })
        : t('scan.pages.original', {
            w: original.width ?? '?',
            h: original.height ?? '?',
            kb: Math.round(original.bytes / 1024),
          })
      : row.mime;
  const quarter = rotation === 90 || rotation === 270;
  const turned: CSSProperties = {
    transform: rotation === 0 ? undefined : `rotate(${rotation}deg)`,
    maxWidth: quarter ? BOX.height : BOX.width,
    maxHeight: quarter ? BOX.width : BOX.height,
  };
  const label = t('scan.pages.pageLabel', { n: index + 1, deg: rotation });

  return (
    <Tooltip title={title}>
      <div
        className={`ow-page-thumb${confirming ? ' is-confirming' : ''}`}
        role="listitem"
        aria-label={label}
        tabIndex={tabbable ? 0 : -1}
        data-testid="page-thumb"
        data-sha256={blob}
        data-mime={row?.mime ?? 'missing'}
        data-rotation={rotation}
        data-confirming={confirming ? 'yes' : 'no'}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {isImage ? (
          <img ref={attach} alt={label} style={turned} />
        ) : (
          <span style={{ ...turned, display: 'inline-block', fontSize: 36 }}>
            {row ? <FilePdfOutlined /> : <QuestionOutlined />}
          </span>
        )}
        <span className="ow-page-thumb-n">
          {index + 1}
          {rotation === 0 ? '' : ` · ${rotation}°`}
        </span>
        {onRemove && !confirming && (
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
        {confirming && (
          <div className="ow-page-thumb-confirm" data-testid="page-remove-confirm">
            <div>{t('scan.pages.removeAsk')}</div>
            <Button size="small" danger tabIndex={-1} onClick={onConfirm}>
              {t('scan.pages.removeYes')}
            </Button>
            <Button size="small" type="text" tabIndex={-1} onClick={onCancel}>
              {t('scan.pages.removeNo')}
            </Button>
          </div>
        )}
      </div>
    </Tooltip>
  );
}
