import { createRoot } from 'react-dom/client';
import { DocumentPreview } from '../../../renderer/documents';
import type { DocumentKind } from '../../../shared/documents';
import type { PrintRequest } from '../../../shared/ipc';

/**
 * Mounts renderer/documents' DocumentPreview on the page (served by Vite from /@fs) with a print
 * bridge that only notes what it was asked to print, so a test can drive the real preview.
 */
export type PreviewLog = {
  requests: Array<{ kind?: string; copies?: number; size: number }>;
  results: Array<{ ok: boolean; message?: string }>;
  closed: number;
};

export function mountPreview(kind: DocumentKind, input: unknown): PreviewLog {
  const log: PreviewLog = { requests: [], results: [], closed: 0 };
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const bridge = {
    print: {
      pdf: (request: PrintRequest) => {
        log.requests.push({
          ...(request.kind === undefined ? {} : { kind: request.kind }),
          ...(request.copies === undefined ? {} : { copies: request.copies }),
          size: request.pdf.byteLength,
        });
        return Promise.resolve({ ok: true as const, value: { jobId: 'job-1', printer: 'PDF' } });
      },
    },
  };
  root.render(
    <DocumentPreview
      open
      kind={kind}
      input={input}
      options={{ bridge }}
      onPrinted={(result) => {
        log.results.push(result.ok ? { ok: true } : { ok: false, message: result.error.message });
      }}
      onClose={() => {
        log.closed += 1;
        root.unmount();
        host.remove();
      }}
    />,
  );
  return log;
}
