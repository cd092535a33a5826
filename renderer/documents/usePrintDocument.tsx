import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { DocumentKind } from '../../shared/documents';
import { DocumentPreview } from './DocumentPreview';
import { printDocument, type PrintDocumentOptions, type PrintDocumentResult } from './print-document';

type Pending = {
  kind: DocumentKind;
  input: unknown;
  options: Omit<PrintDocumentOptions, 'pdf'>;
  resolve: (result: PrintDocumentResult | undefined) => void;
};

export type PrintDocumentApi = {
  /**
   * Opens the preview; resolves when it closes: the print's result, or undefined when the
   * officer closed it without printing. A failed print keeps the preview open (its message is
   * shown there) and the promise waits for the officer's next step.
   */
  preview: (
    kind: DocumentKind,
    input: unknown,
    options?: Omit<PrintDocumentOptions, 'pdf'>,
  ) => Promise<PrintDocumentResult | undefined>;
  /** Prints at once, without a preview (e.g. reprinting a receipt the officer has seen). */
  print: (kind: DocumentKind, input: unknown, options?: PrintDocumentOptions) => Promise<PrintDocumentResult>;
  /** True while `print` runs. */
  printing: boolean;
  /** Render it once in the calling component: the preview lives there. */
  holder: ReactNode;
};

/** Printing for any feature: `const docs = usePrintDocument(); … {docs.holder}`. */
export function usePrintDocument(): PrintDocumentApi {
  const [pending, setPending] = useState<Pending | undefined>();
  const [printing, setPrinting] = useState(false);
  const last = useRef<PrintDocumentResult | undefined>(undefined);

  const preview = useCallback<PrintDocumentApi['preview']>(
    (kind, input, options = {}) =>
      new Promise((resolve) => {
        last.current = undefined;
        // A second preview replaces the first, whose caller learns it was not printed.
        setPending((before) => {
          before?.resolve(undefined);
          return { kind, input, options, resolve };
        });
      }),
    [],
  );

  const print = useCallback<PrintDocumentApi['print']>(async (kind, input, options) => {
    setPrinting(true);
    try {
      return await printDocument(kind, input, options);
    } finally {
      setPrinting(false);
    }
  }, []);

  const holder = pending ? (
    <DocumentPreview
      open
      kind={pending.kind}
      input={pending.input}
      options={pending.options}
      onPrinted={(result) => {
        last.current = result;
      }}
      onClose={() => {
        pending.resolve(last.current?.ok ? last.current : undefined);
        setPending(undefined);
      }}
    />
  ) : null;

  return { preview, print, printing, holder };
}
