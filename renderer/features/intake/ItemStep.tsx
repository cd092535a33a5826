import { SearchOutlined } from '@ant-design/icons';
import { Col, Empty, Input, Row, Typography } from 'antd';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Item } from '../../../shared/catalog';
import { useT } from '../../i18n/useT';
import { searchItems } from '../catalog/catalog-search';
import { useShellStore } from '../shell/store';
import { useIntakeStore } from './intake-store';
import { ItemFacts } from './ItemFacts';
import type { IntakeContext } from './useIntakeContext';
import './intake.css';
import { instantItemsOf } from './wizard-steps';

/**
 * Step 2: the item, found by name, code or pinyin (full or initials); ↑↓ choose, Enter takes it
 * (before any typing, Enter keeps the item already chosen, e.g. by a pre-application).
 * The list follows the typing as a deferred value: each key paints the box at once and the list
 * right after, and rows are memoized plain elements (a key redraws only the rows that change).
 */
export function ItemStep({ ctx, onNext }: { ctx: IntakeContext; onNext(itemCode: string): void }) {
  const t = useT();
  const windowCode = useShellStore((s) => s.windowCode);
  const update = useIntakeStore((s) => s.update);
  const [query, setQuery] = useState('');
  // -1 until the officer types or moves: the item already chosen (e.g. by a scanned
  // pre-application) stays highlighted, and Enter keeps it.
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);
  const allItems = ctx.catalog?.items;
  const listed = useDeferredValue(query);
  const items = useMemo(() => searchItems(allItems ?? [], listed), [allItems, listed]);
  const chosenAt = items.findIndex((i) => i.code === ctx.draft.itemCode);
  const selected = active < 0 ? Math.max(chosenAt, 0) : Math.min(active, items.length - 1);
  const shown = items[selected] ?? ctx.item;
  const instant = instantItemsOf(ctx.hall, windowCode);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, listed]);

  // The wizard hands a new `onNext` each render; the rows keep one `choose`.
  const onNextRef = useRef(onNext);
  useEffect(() => {
    onNextRef.current = onNext;
  });
  const choose = useCallback(
    (code: string) => {
      update((d) => (d.itemCode === code ? d : { ...d, itemCode: code, situations: [], received: [] }));
      onNextRef.current(code);
    },
    [update],
  );

  return (
    <Row gutter={20}>
      <Col span={13}>
        <div className="ow-section-title">{t('intake.item.search')}</div>
        <Input
          autoFocus
          size="large"
          prefix={<SearchOutlined />}
          placeholder={t('catalog.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive(Math.min(selected + 1, items.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive(Math.max(selected - 1, 0));
            } else if (e.key === 'Enter' && !e.altKey) {
              e.preventDefault();
              e.stopPropagation();
              // Enter may come before the list caught up with the typing: take the typed query's hit.
              if (active < 0 && query === '' && ctx.draft.itemCode !== '') {
                choose(ctx.draft.itemCode);
                return;
              }
              const hits = listed === query ? items : searchItems(allItems ?? [], query);
              const item = hits[Math.min(Math.max(active, 0), hits.length - 1)];
              if (item) choose(item.code);
            }
          }}
          aria-label={t('intake.item.search')}
          aria-controls="item-results"
          data-testid="item-search"
        />
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0', fontSize: 12 }}>
          {t('intake.item.hint', { n: items.length })}
        </Typography.Paragraph>
        <div
          className="ow-item-list"
          role="listbox"
          id="item-results"
          ref={listRef}
          data-testid="item-results"
          data-query={listed}
        >
          {items.length === 0 && <Empty description={t('intake.item.none')} style={{ padding: 24 }} />}
          {items.map((item, i) => (
            <ItemRow
              key={item.code}
              item={item}
              index={i}
              selected={i === selected}
              chosen={item.code === ctx.draft.itemCode}
              onHover={setActive}
              onChoose={choose}
            />
          ))}
        </div>
      </Col>
      <Col span={11}>
        <div className="ow-section-title">{t('intake.item.facts')}</div>
        {shown ? <ItemFacts item={shown} instantHere={instant.includes(shown.code)} /> : <Empty />}
      </Col>
    </Row>
  );
}

const ItemRow = memo(function ItemRow({
  item,
  index,
  selected,
  chosen,
  onHover,
  onChoose,
}: {
  item: Item;
  index: number;
  selected: boolean;
  chosen: boolean;
  onHover(index: number): void;
  onChoose(code: string): void;
}) {
  const t = useT();
  return (
    <div
      role="option"
      aria-selected={selected}
      className="ow-item-row"
      onMouseEnter={() => onHover(index)}
      onClick={() => onChoose(item.code)}
    >
      <div className="ow-item-row-head">
        <strong>{item.name}</strong>
        <span>
          {chosen && <span className="ow-chip ow-chip-red">{t('intake.item.chosen')}</span>}
          <span className={`ow-chip${item.toleranceClass === 'B' ? ' ow-chip-gold' : ''}`}>
            {item.toleranceClass}
          </span>
          <span className={`ow-chip ${item.handling === 'instant' ? 'ow-chip-green' : 'ow-chip-blue'}`}>
            {t(item.handling === 'instant' ? 'handling.instant' : 'handling.promise')}
          </span>
        </span>
      </div>
      <div className="ow-item-row-meta">
        {item.code} · {item.department} · {item.section}
      </div>
    </div>
  );
});
