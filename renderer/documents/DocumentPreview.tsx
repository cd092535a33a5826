import { Alert, Button, InputNumber, Modal, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type InputIssue } from '../../shared/documents';
import { printDocument, type PrintDocumentOptions, type PrintDocumentResult } from './print-document';
import { renderDocumentPdfDetailed, toDocumentError } from './render-pdf';

type Rendered = { url: string; bytes: Uint8Array; pageCount: number; missingGlyphs: string[] };
type View =
  | { state: 'rendering' }
  | { state: 'ready'; doc: Rendered }
  | { state: 'failed'; message: string; issues: InputIssue[] };

export type DocumentPreviewProps = {
  open: boolean;
  kind: DocumentKind;
  /** The document's JSON description; keep it the same object while the preview is open. */
  input: unknown;
  /** How to print and record (case, officer, copies …); `pdf` is the previewed bytes. */
  options?: Omit<PrintDocumentOptions, 'pdf'>;
  /** After a print attempt that reached the printer (or failed to): the preview stays open on failure. */
  onPrinted?: (result: PrintDocumentResult) => void;
  onClose: () => void;
};

function Key({ children }: { children: string }) {
  return (
    <Typography.Text keyboard style={{ marginInlineStart: 6 }}>
      {children}
    </Typography.Text>
  );
}

/**
 * The paper as it will print, before it is printed: the PDF in a frame, 打印 (Enter) and
 * 关闭 (Esc). What is printed is exactly the bytes shown, never a second rendering.
 */
export function DocumentPreview(props: DocumentPreviewProps) {
  // Closed: nothing is kept, so each opening starts from its own rendering and copy count.
  return props.open ? <PreviewModal {...props} /> : null;
}

function PreviewModal({ kind, input, options, onPrinted, onClose }: DocumentPreviewProps) {
  const [rendered, setRendered] = useState<{ kind: DocumentKind; input: unknown; view: View }>();
  const [copies, setCopies] = useState(options?.copies ?? 1);
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<string | undefined>();
  const printButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const busy = useRef(false);
  // A view of another kind or input (the caller changed it) is stale: show the new one rendering.
  const view: View =
    rendered && rendered.kind === kind && rendered.input === input ? rendered.view : { state: 'rendering' };

  useEffect(() => {
    let cancelled = false;
    let url: string | undefined;
    renderDocumentPdfDetailed(kind, input, options?.sealImage ? { sealImage: options.sealImage } : {}).then(
      (doc) => {
        if (cancelled) return;
        url = URL.createObjectURL(
          new Blob([doc.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        );
        setRendered({ kind, input, view: { state: 'ready', doc: { ...doc, url } } });
      },
      (error: unknown) => {
        if (cancelled) return;
        const failure = toDocumentError(kind, error);
        setRendered({
          kind,
          input,
          view: { state: 'failed', message: failure.message, issues: failure.issues },
        });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // The seal is read once per paper: a new options object must not render the paper again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, input]);

  // Enter does the next sensible thing: print a paper that is ready, close one that failed. Asked
  // when the paper is ready and again once the modal has opened, since the modal takes the focus
  // itself when it opens (a second paper of the session is often ready before that).
  const focusAction = useCallback((state: View['state']) => {
    if (state === 'ready') printButton.current?.focus();
    if (state === 'failed') closeButton.current?.focus();
  }, []);
  useEffect(() => focusAction(view.state), [focusAction, view.state]);

  async function print() {
    if (view.state !== 'ready' || busy.current) return;
    busy.current = true;
    setPrinting(true);
    setPrintError(undefined);
    try {
      const result = await printDocument(kind, input, { ...options, copies, pdf: view.doc.bytes });
      if (!result.ok) setPrintError(result.error.message);
      onPrinted?.(result);
      if (result.ok) onClose();
    } finally {
      busy.current = false;
      setPrinting(false);
    }
  }

  // Enter prints from anywhere in the preview (a focused button already clicks on Enter itself).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.isComposing || event.ctrlKey || event.altKey || event.metaKey)
        return;
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'BUTTON' || target?.tagName === 'TEXTAREA') return;
      event.preventDefault();
      void print();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const label = DOCUMENT_KIND_LABELS[kind];
  return (
    <Modal
      open
      title={`预览：${label}`}
      width={920}
      onCancel={onClose}
      keyboard
      destroyOnHidden
      afterOpenChange={(opened) => {
        if (opened) focusAction(view.state);
      }}
      footer={
        <Space>
          <span>份数</span>
          <InputNumber
            min={1}
            max={99}
            precision={0}
            value={copies}
            onChange={(value) => setCopies(typeof value === 'number' ? value : 1)}
            aria-label="打印份数"
            data-testid="document-preview-copies"
          />
          <Button ref={closeButton} onClick={onClose} data-testid="document-preview-close">
            关闭
            <Key>Esc</Key>
          </Button>
          <Button
            ref={printButton}
            type="primary"
            loading={printing}
            disabled={view.state !== 'ready'}
            onClick={() => void print()}
            data-testid="document-preview-print"
          >
            打印
            <Key>Enter</Key>
          </Button>
        </Space>
      }
    >
      <div data-testid="document-preview" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {printError && <Alert type="error" showIcon title={printError} />}
        {view.state === 'rendering' && (
          <div style={{ height: '70vh', display: 'grid', placeItems: 'center' }}>
            <Spin description="正在生成文书…" size="large">
              <div style={{ width: 160, height: 80 }} />
            </Spin>
          </div>
        )}
        {view.state === 'failed' && (
          <Alert
            type="error"
            showIcon
            title={view.message}
            description={
              view.issues.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {view.issues.map((issue) => (
                    <li key={`${issue.path}:${issue.message}`}>
                      {issue.path}：{issue.message}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        {view.state === 'ready' && (
          <>
            {view.doc.missingGlyphs.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={`字体缺少以下字符，打印后将显示为空框：${view.doc.missingGlyphs.join(' ')}`}
              />
            )}
            <Typography.Text type="secondary">
              共 {view.doc.pageCount} 页 · {Math.ceil(view.doc.bytes.byteLength / 1024)} KB
            </Typography.Text>
            <iframe
              title={label}
              src={view.doc.url}
              tabIndex={-1}
              style={{ width: '100%', height: '70vh', border: '1px solid #d9d9d9' }}
              data-testid="document-preview-frame"
            />
          </>
        )}
      </div>
    </Modal>
  );
}
