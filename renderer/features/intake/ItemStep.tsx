import { SearchOutlined } from '@ant-design/icons';
import { Col, Empty, Input, Row, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { searchItems } from '../catalog/catalog-search';
import { useShellStore } from '../shell/store';
import { useIntakeStore } from './intake-store';
import { ItemFacts } from './ItemFacts';
import type { IntakeContext } from './useIntakeContext';
import { instantItemsOf } from './wizard-steps';

/** Step 2: the item, found by name, code or pinyin (full or initials); ↑↓ choose, Enter takes it. */
export function ItemStep({ ctx, onNext }: { ctx: IntakeContext; onNext(itemCode: string): void }) {
  const t = useT();
  const windowCode = useShellStore((s) => s.windowCode);
  const update = useIntakeStore((s) => s.update);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const items = useMemo(() => searchItems(ctx.catalog?.items ?? [], query), [ctx.catalog, query]);
  const shown = items[Math.min(active, items.length - 1)] ?? ctx.item;
  const instant = instantItemsOf(ctx.hall, windowCode);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, query]);

  function choose(code: string) {
    update((d) => (d.itemCode === code ? d : { ...d, itemCode: code, situations: [], received: [] }));
    onNext(code);
  }

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
              setActive((a) => Math.min(a + 1, items.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && !e.altKey) {
              e.preventDefault();
              e.stopPropagation();
              const item = items[Math.min(active, items.length - 1)];
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
        >
          {items.length === 0 && <Empty description={t('intake.item.none')} style={{ padding: 24 }} />}
          {items.map((item, i) => (
            <div
              key={item.code}
              role="option"
              aria-selected={i === Math.min(active, items.length - 1)}
              className="ow-item-row"
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(item.code)}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <strong>{item.name}</strong>
                <span>
                  {item.code === ctx.draft.itemCode && <Tag color="red">{t('intake.item.chosen')}</Tag>}
                  <Tag color={item.toleranceClass === 'B' ? 'gold' : 'default'}>{item.toleranceClass}</Tag>
                  <Tag color={item.handling === 'instant' ? 'green' : 'blue'}>
                    {t(item.handling === 'instant' ? 'handling.instant' : 'handling.promise')}
                  </Tag>
                </span>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.code} · {item.department} · {item.section}
              </Typography.Text>
            </div>
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
