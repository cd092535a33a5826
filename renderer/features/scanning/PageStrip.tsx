import { Typography } from 'antd';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';
import { movePage, removePage, sameArrangement, turnPage, type ArrangedPage } from './page-arrangement';
import { PageThumb } from './PageThumb';
import { usePages } from './usePages';

/**
 * A material's pages as thumbnails, arranged by keyboard with a page focused: ←/→ (Home/End)
 * choose a page, Alt+←/→ move it, R turns it a quarter clockwise (Shift+R back), Delete asks to
 * take it off (Enter confirms, Esc keeps it). Each change is handed to `onArrange` as the whole
 * new list; without `onArrange` the strip only shows. Changes made faster than they are recorded
 * are shown at once and recorded one after another, so none is lost or computed from a stale list.
 */
export function PageStrip({
  pages,
  onArrange,
  label,
  empty,
}: {
  pages: readonly ArrangedPage[];
  onArrange?: (pages: readonly ArrangedPage[]) => Promise<void> | void;
  label: string;
  /** What an empty strip says. */
  empty?: string;
}) {
  const t = useT();
  const rows = usePages(pages.map((p) => p.blob));
  const container = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<readonly ArrangedPage[] | null>(null);
  const [current, setCurrent] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const focusNext = useRef<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The recorded list caught up with what is shown: show the recorded one again (set in render,
  // React's pattern for state that follows props).
  if (pending && sameArrangement(pending, pages)) setPending(null);
  const shown = pending ?? pages;

  useLayoutEffect(() => {
    const blob = focusNext.current;
    if (blob === null) return;
    focusNext.current = null;
    container.current?.querySelector<HTMLElement>(`[data-sha256="${blob}"]`)?.focus();
  });

  function arrange(next: ArrangedPage[], focus: string | undefined): void {
    if (!onArrange || sameArrangement(next, shown)) return;
    focusNext.current = focus ?? null;
    setPending(next);
    queue.current = queue.current.then(async () => {
      try {
        await onArrange(next);
      } catch {
        setPending(null); // the caller has said why; show what is recorded
      }
    });
  }

  function focusAt(index: number): void {
    const page = shown[Math.max(0, Math.min(shown.length - 1, index))];
    if (page) container.current?.querySelector<HTMLElement>(`[data-sha256="${page.blob}"]`)?.focus();
  }

  function remove(index: number): void {
    setConfirming(null);
    const next = removePage(shown, index);
    arrange(next, next[Math.min(index, next.length - 1)]?.blob);
    if (next.length === 0) container.current?.focus();
  }

  function onKey(index: number, event: KeyboardEvent<HTMLDivElement>): void {
    const page = shown[index];
    if (!page) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    const handled = (fn: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      fn();
    };
    if (confirming === page.blob) {
      if (event.key === 'Enter' || event.key === 'Delete') return handled(() => remove(index));
      if (event.key === 'Escape') return handled(() => setConfirming(null));
      if (event.key !== 'Tab') setConfirming(null);
    }
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (step !== 0 && plain) return handled(() => focusAt(index + step));
    if (event.key === 'Home' && plain) return handled(() => focusAt(0));
    if (event.key === 'End' && plain) return handled(() => focusAt(shown.length - 1));
    if (!onArrange) return;
    if (step !== 0 && event.altKey && !event.ctrlKey && !event.metaKey)
      return handled(() => arrange(movePage(shown, index, step), page.blob));
    if (event.code === 'KeyR' && plain)
      return handled(() => arrange(turnPage(shown, index, event.shiftKey ? -1 : 1), page.blob));
    if ((event.key === 'Delete' || event.key === 'Backspace') && plain)
      return handled(() => setConfirming(page.blob));
  }

  return (
    <div>
      <div
        ref={container}
        className="ow-page-thumbs"
        role="list"
        aria-label={label}
        tabIndex={-1}
        data-testid="page-thumbs"
        data-count={shown.length}
      >
        {shown.length === 0 ? (
          <Typography.Text type="secondary">{empty ?? t('scan.pages.none')}</Typography.Text>
        ) : (
          shown.map((page, i) => (
            <PageThumb
              key={page.blob}
              blob={page.blob}
              row={rows?.get(page.blob)}
              index={i}
              rotation={page.rotation}
              tabbable={i === Math.min(current, shown.length - 1)}
              confirming={confirming === page.blob}
              onFocus={() => setCurrent(i)}
              onKeyDown={(e) => onKey(i, e)}
              {...(onArrange
                ? {
                    onRemove: () => {
                      setConfirming(page.blob);
                      focusAt(i);
                    },
                    onConfirm: () => remove(i),
                    onCancel: () => setConfirming(null),
                  }
                : {})}
            />
          ))
        )}
      </div>
      {onArrange && shown.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 6, marginBottom: 0, fontSize: 12 }}>
          <Kbd>←</Kbd>/<Kbd>→</Kbd> {t('scan.pages.keyChoose')}
          {'\u3000'}
          <Kbd>Alt</Kbd>+<Kbd>←</Kbd>/<Kbd>→</Kbd> {t('scan.pages.keyMove')}
          {'\u3000'}
          <Kbd>R</Kbd> {t('scan.pages.keyTurn')}
          {'\u3000'}
          <Kbd>Delete</Kbd> {t('scan.pages.keyRemove')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
