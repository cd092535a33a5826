import { Checkbox, Col, Empty, Row, Tag, Typography } from 'antd';
import type { Material } from '../../../shared/catalog';
import { useT } from '../../i18n/useT';
import { PagesPanel } from '../scanning/PagesPanel';
import { useScanningStore } from '../scanning/scanning-store';
import { Kbd } from '../shell/Kbd';
import { IntakeDecision } from './IntakeDecision';
import { useIntakeStore } from './intake-store';
import type { IntakeContext } from './useIntakeContext';

export function MaterialLine({ material }: { material: Material }) {
  const t = useT();
  return (
    <div style={{ flex: 1 }}>
      <div>{material.name}</div>
      <div style={{ marginTop: 2 }}>
        {material.essential ? (
          <Tag color="red">{t('material.essential')}</Tag>
        ) : (
          <Tag color="gold">{t('material.nonEssential')}</Tag>
        )}
        <Tag>{t(`material.form.${material.form}`)}</Tag>
        <Tag>{t('material.copies', { n: material.copies })}</Tag>
        {material.note && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {material.note}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}

/** Step 4: the checklist (Space ticks what was handed in) beside the live intake decision. */
export function MaterialsStep({ ctx }: { ctx: IntakeContext }) {
  const t = useT();
  const update = useIntakeStore((s) => s.update);
  const focusedId = useScanningStore((s) => s.focusedMaterialId);
  const focusMaterial = useScanningStore((s) => s.focusMaterial);
  const { intake, draft } = ctx;
  if (!intake) return <Empty />;
  const received = new Set(draft.received);
  const count = intake.required.filter((m) => received.has(m.id)).length;
  const inFocus = intake.required.find((m) => m.id === focusedId) ?? intake.required[0];

  return (
    <Row gutter={20}>
      <Col span={14}>
        <div className="ow-section-title">
          {t('intake.materials.title', { got: count, of: intake.required.length })}
        </div>
        <div data-testid="materials">
          {intake.required.map((m, i) => (
            <div
              key={m.id}
              className={`ow-material-row${received.has(m.id) ? ' is-received' : ''}${m.id === inFocus?.id ? ' is-focus' : ''}`}
              data-in-focus={m.id === inFocus?.id ? 'yes' : 'no'}
              onFocus={() => focusMaterial(m.id)}
              onClick={() => focusMaterial(m.id)}
            >
              <Checkbox
                autoFocus={i === 0}
                checked={received.has(m.id)}
                onChange={(e) =>
                  update((d) => ({
                    ...d,
                    received: e.target.checked ? [...d.received, m.id] : d.received.filter((x) => x !== m.id),
                  }))
                }
                aria-label={m.name}
                data-testid={`material-${m.id}`}
              />
              <span style={{ width: 22, color: '#8c8c8c' }}>{i + 1}.</span>
              <MaterialLine material={m} />
              {(draft.pages[m.id]?.length ?? 0) > 0 && (
                <Tag color="blue" data-testid={`material-pages-${m.id}`}>
                  {t('scan.pages.count', { n: draft.pages[m.id]?.length ?? 0 })}
                </Tag>
              )}
            </div>
          ))}
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          <Kbd>Tab</Kbd> {t('keys.nextMaterial')}
          {'\u3000'}
          <Kbd>Space</Kbd> {t('keys.tick')}
          {'\u3000'}
          <Kbd>Alt</Kbd>+<Kbd>A</Kbd> {t('keys.allReceived')}
        </Typography.Paragraph>
        <PagesPanel
          material={inFocus && { id: inFocus.id, name: inFocus.name }}
          hashes={inFocus ? (draft.pages[inFocus.id] ?? []) : []}
        />
      </Col>
      <Col span={10}>
        <div style={{ position: 'sticky', top: 12 }}>
          <div className="ow-section-title">{t('intake.decision')}</div>
          <IntakeDecision ctx={ctx} />
        </div>
      </Col>
    </Row>
  );
}
