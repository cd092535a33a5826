import { Checkbox, Empty, Tag, Typography } from 'antd';
import { AGENT_SITUATION, askedSituations } from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from './intake-store';
import type { IntakeContext } from './useIntakeContext';

/** Step 3: the item's situation questions (情形); each adds the materials it needs. */
export function SituationsStep({ ctx }: { ctx: IntakeContext }) {
  const t = useT();
  const update = useIntakeStore((s) => s.update);
  const { item, draft, catalog } = ctx;
  if (!item) return <Empty />;
  const asked = askedSituations(item);
  const usesAgent = item.materials.some((m) => m.when === AGENT_SITUATION);
  const label = (key: string) => catalog?.situations[key] ?? key;
  const adds = (key: string) => item.materials.filter((m) => m.when === key);

  return (
    <div data-testid="situations">
      <div className="ow-section-title">{t('intake.situations.title', { item: item.name })}</div>
      <Typography.Paragraph type="secondary">{t('intake.situations.hint')}</Typography.Paragraph>
      {asked.map((key, i) => (
        <div key={key} className="ow-material-row">
          <Checkbox
            autoFocus={i === 0}
            checked={draft.situations.includes(key)}
            onChange={(e) =>
              update((d) => ({
                ...d,
                situations: e.target.checked ? [...d.situations, key] : d.situations.filter((s) => s !== key),
              }))
            }
            data-testid={`situation-${key}`}
          >
            <strong>{label(key)}</strong>
          </Checkbox>
          <div style={{ flex: 1 }}>
            {adds(key).map((m) => (
              <div key={m.id}>
                <Typography.Text type="secondary">＋ {m.name}</Typography.Text>
              </div>
            ))}
          </div>
        </div>
      ))}
      {usesAgent && (
        <div className="ow-material-row">
          <Checkbox checked={draft.hasAgent} disabled>
            <strong>{label(AGENT_SITUATION)}</strong>
          </Checkbox>
          <div style={{ flex: 1 }}>
            <Tag>{t(draft.hasAgent ? 'intake.situations.agentYes' : 'intake.situations.agentNo')}</Tag>
          </div>
        </div>
      )}
    </div>
  );
}
