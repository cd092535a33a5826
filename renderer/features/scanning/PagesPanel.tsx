import { CameraOutlined, ScanOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from '../intake/intake-store';
import { CameraModal } from './CameraModal';
import { arrangedPages } from './page-arrangement';
import { PageStrip } from './PageStrip';
import './scanning.css';
import { useIntakePages, type MaterialRef } from './useIntakePages';

const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * The pages of the material in focus, and the three ways in: files (picked or dropped), the
 * scanner (Electron; the browser says it cannot), the document camera. Rendered after the
 * checklist so that Tab still walks the materials. The pages are arranged in the draft (order,
 * turns, taken off) with the strip's keys; the turns go with the case as pagesArranged.
 */
export function PagesPanel({
  material,
  hashes,
}: {
  material: MaterialRef | undefined;
  hashes: readonly string[];
}) {
  const t = useT();
  const api = useIntakePages();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const turns = useIntakeStore((s) => s.draft?.turns);

  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  if (!material)
    return (
      <Typography.Text type="secondary" data-testid="material-pages">
        {t('scan.pages.pick')}
      </Typography.Text>
    );

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (material && files.length > 0) void run(() => api.importFiles(material, files));
  }

  return (
    <div
      className={`ow-pages-panel${dragging ? ' is-dragging' : ''}`}
      data-testid="material-pages"
      data-material-id={material.id}
      data-busy={busy ? 'yes' : 'no'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="ow-section-title">{t('scan.pages.title', { name: material.name })}</div>
      <Space wrap>
        <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t('scan.pages.import')}
        </Button>
        <Button
          icon={<ScanOutlined />}
          disabled={busy}
          data-testid="scan-page"
          onClick={() => void run(() => api.scan(material))}
        >
          {t('scan.pages.scan')}
        </Button>
        <Button icon={<CameraOutlined />} data-testid="open-camera" onClick={() => setCameraOpen(true)}>
          {t('scan.pages.camera')}
        </Button>
      </Space>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="page-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void run(() => api.importFiles(material, files));
        }}
      />
      <PageStrip
        key={material.id}
        label={t('scan.pages.title', { name: material.name })}
        pages={arrangedPages(hashes, turns)}
        onArrange={(pages) => api.arrange(material.id, pages)}
        empty={`${t('scan.pages.none')} ${t('scan.pages.drop')}`}
      />
      <CameraModal
        open={cameraOpen}
        onClose={() => setCameraOpen(false)}
        onCapture={(page) => run(() => api.attach(material, [page]))}
      />
    </div>
  );
}
