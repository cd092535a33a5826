import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { encodeJpeg, type ArchivePage } from './page-import';
import { archiveSize } from './page-size';
import { createQrReader } from './qr-detector';
import { useScanRouter } from './useScanRouter';

type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'failed'; reason: string };
type QrState =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'unsupported' } | { kind: 'failed'; reason: string };

/** A pause between two reads of the preview: about three frames a second, idle in between. */
const READ_PAUSE_MS = 300;

interface CameraProps {
  /** Capture the frame as a page; without it the window only reads QR codes. */
  onCapture?: ((page: ArchivePage) => Promise<void>) | undefined;
  /** A code in view did what it is for (a pre-application filled the intake, a case opened). */
  onRouted?: (() => void) | undefined;
}

/**
 * The document camera (高拍仪, a camera to the system): live preview; with `onCapture`, the
 * button (focused, so Enter) captures the frame as a page of the material in focus. Always, a QR
 * code in view is read (zxing-wasm in a worker, a few frames a second) and routed like a scan.
 */
export function CameraModal({
  open,
  onClose,
  onCapture,
  onRouted,
}: CameraProps & { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={t(onCapture ? 'scan.camera.title' : 'scan.camera.qrTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={760}
      footer={null}
    >
      {open && <CameraView onCapture={onCapture} onRouted={onRouted} />}
    </Modal>
  );
}

/**
 * The applicant step's button: the camera reading a pre-application QR code (on the applicant's
 * phone or on paper); the window closes once the code has filled the intake.
 */
export function QrCameraButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<CameraOutlined />} data-testid="open-qr-camera" onClick={() => setOpen(true)}>
        {t('scan.camera.qrButton')}
      </Button>
      <CameraModal open={open} onClose={() => setOpen(false)} onRouted={() => setOpen(false)} />
    </>
  );
}

function CameraView({ onCapture, onRouted }: CameraProps) {
  const t = useT();
  const route = useScanRouter();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [qr, setQr] = useState<QrState>({ kind: 'loading' });
  const [capturing, setCapturing] = useState(false);
  // The latest callbacks, read by the reading loop without restarting the camera.
  // Capturing pages, a pre-application code on the paper is only said: no dialog takes the focus.
  const askToReplace = onCapture === undefined;
  const latest = useRef({ route, onRouted, askToReplace });
  useEffect(() => {
    latest.current = { route, onRouted, askToReplace };
  });

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reader = createQrReader();
    let lastCode = '';

    /** One read at a time; the next is scheduled only when it is done, so frames never queue up. */
    async function readLoop(v: HTMLVideoElement): Promise<void> {
      if (stopped || !reader) return;
      const read = await reader
        .read(v)
        .catch((cause: unknown) => ({ kind: 'failed', reason: String(cause) }) as const);
      if (stopped) return;
      if (read.kind === 'failed') return setQr({ kind: 'failed', reason: read.reason });
      setQr((q) => (q.kind === 'ready' ? q : { kind: 'ready' }));
      if (read.kind === 'text' && read.text !== lastCode) {
        lastCode = read.text;
        const { route: routeNow, askToReplace: ask } = latest.current;
        if (await routeNow(read.text, { askToReplace: ask })) latest.current.onRouted?.();
      }
      timer = setTimeout(() => void readLoop(v), READ_PAUSE_MS);
    }

    if (!reader) setQr({ kind: 'unsupported' });
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then(async (s) => {
        stream = s;
        const v = video.current;
        if (stopped || !v) return s.getTracks().forEach((track) => track.stop());
        v.srcObject = s;
        await v.play();
        setState({ kind: 'live' });
        void readLoop(v);
      })
      .catch((cause: unknown) =>
        setState({ kind: 'failed', reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      reader?.close();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  async function capture(): Promise<void> {
    const v = video.current;
    if (!v || !onCapture || state.kind !== 'live' || capturing) return;
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
    <div data-testid="camera" data-state={state.kind} data-qr={qr.kind}>
      {state.kind === 'failed' ? (
        <Alert type="error" showIcon message={t('scan.camera.unavailable', { reason: state.reason })} />
      ) : (
        <video ref={video} muted playsInline style={{ width: '100%', background: '#000' }} />
      )}
      {state.kind === 'starting' && (
        <Typography.Text type="secondary">{t('scan.camera.starting')}</Typography.Text>
      )}
      {!onCapture && (
        <Typography.Paragraph style={{ marginTop: 8 }}>{t('scan.camera.qrHint')}</Typography.Paragraph>
      )}
      {state.kind === 'live' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="camera-qr-state">
          {qr.kind === 'loading' && t('scan.camera.qrLoading')}
          {qr.kind === 'ready' && t('scan.camera.qrReady')}
          {qr.kind === 'unsupported' && t('scan.camera.noQr')}
          {qr.kind === 'failed' && t('scan.camera.qrFailed', { reason: qr.reason })}
        </Typography.Paragraph>
      )}
      {onCapture && (
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
      )}
    </div>
  );
}
