import { Alert, Button, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { encodeJpeg, type ArchivePage } from './page-import';
import { archiveSize } from './page-size';
import { qrDetector } from './qr-detector';
import { useScanRouter } from './useScanRouter';

type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'failed'; reason: string };

interface CameraProps {
  onCapture: (page: ArchivePage) => Promise<void>;
}

/**
 * The document camera (高拍仪, a camera to the system): live preview, the button (focused, so
 * Enter) captures the frame as a page of the material in focus, and a QR code in view is read and
 * routed like a scan where the browser has a QR decoder (the window says when it has not).
 */
export function CameraModal({
  open,
  onClose,
  onCapture,
}: CameraProps & { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={t('scan.camera.title')}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      footer={null}
    >
      {open && <CameraView onCapture={onCapture} />}
    </Modal>
  );
}

function CameraView({ onCapture }: CameraProps) {
  const t = useT();
  const route = useScanRouter();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [capturing, setCapturing] = useState(false);
  const detector = qrDetector();

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    let lastCode = '';
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then(async (s) => {
        stream = s;
        const v = video.current;
        if (stopped || !v) return s.getTracks().forEach((track) => track.stop());
        v.srcObject = s;
        await v.play();
        setState({ kind: 'live' });
        if (detector)
          timer = setInterval(() => {
            if (v.readyState < 2) return;
            void detector(v).then((code) => {
              if (code && code !== lastCode) {
                lastCode = code;
                void route(code);
              }
            });
          }, 400);
      })
      .catch((cause: unknown) =>
        setState({ kind: 'failed', reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [detector, route]);

  async function capture(): Promise<void> {
    const v = video.current;
    if (!v || state.kind !== 'live' || capturing) return;
    setCapturing(true);
    try {
      const original = { width: v.videoWidth, height: v.videoHeight };
      const bytes = await encodeJpeg(v, archiveSize(original));
      await onCapture({
        bytes,
        mime: 'image/jpeg',
        original: { mime: 'video/frame', bytes: bytes.byteLength, ...original },
      });
    } finally {
      setCapturing(false);
    }
  }

  return (
    <div data-testid="camera" data-state={state.kind}>
      {state.kind === 'failed' ? (
        <Alert type="error" showIcon message={t('scan.camera.unavailable', { reason: state.reason })} />
      ) : (
        <video ref={video} muted playsInline style={{ width: '100%', background: '#000' }} />
      )}
      {state.kind === 'starting' && (
        <Typography.Text type="secondary">{t('scan.camera.starting')}</Typography.Text>
      )}
      {!detector && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="camera-no-qr">
          {t('scan.camera.noQr')}
        </Typography.Paragraph>
      )}
      <div style={{ textAlign: 'right', marginTop: 8 }}>
        <Button
          type="primary"
          autoFocus
          data-testid="camera-capture"
          loading={capturing}
          onClick={() => void capture()}
        >
          {t('scan.camera.capture')}
        </Button>
      </div>
    </div>
  );
}
