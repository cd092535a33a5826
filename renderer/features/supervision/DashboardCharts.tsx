import { Card, Col, Row } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CaseStatus } from '../../../shared/domain';
import type { IntakeResult } from '../../../shared/supervision';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { Dashboard } from './dashboard-data';

// Registered once, when this module (loaded lazily by the dashboard) is first imported: only the
// two chart types and three components the dashboard draws, so the chunk stays small. SVG keeps
// the labels crisp on any screen scale (and readable as text by the tests).
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The deadline colours of counter.css (.ow-deadline-*), so a chart and a list say the same. */
export const DEADLINE_COLOURS = { normal: '#389e0d', yellow: '#d48806', red: '#cf1322' } as const;

const RESULT_COLOURS: Record<IntakeResult, string> = {
  accepted: '#1677ff',
  tolerance: '#13c2c2',
  missing: '#fa8c16',
  refused: '#8c8c8c',
};
const RESULT_KEYS: Record<IntakeResult, MessageKey> = {
  accepted: 'supervision.month.accepted',
  tolerance: 'supervision.month.tolerance',
  missing: 'supervision.month.missing',
  refused: 'supervision.month.refused',
};

/** antd's preset tag colours (STATUS_COLORS) as hex, so the bars match the status tags. */
const PRESET_HEX: Record<string, string> = {
  default: '#bfbfbf',
  blue: '#1677ff',
  geekblue: '#2f54eb',
  purple: '#722ed1',
  green: '#52c41a',
  red: '#f5222d',
  cyan: '#13c2c2',
  magenta: '#eb2f96',
  orange: '#fa8c16',
  volcano: '#fa541c',
};

const HEIGHT = 220;

/** 今日收件 stacked by result per window, 办件状态, and open cases by deadline colour. */
export function DashboardCharts({
  dash,
  statusLabel,
  statusColor,
}: {
  dash: Dashboard;
  statusLabel: (s: CaseStatus) => string;
  statusColor: (s: CaseStatus) => string;
}) {
  const t = useT();
  const results = Object.keys(RESULT_COLOURS) as IntakeResult[];
  const intake = {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 32, bottom: 24 },
    xAxis: {
      type: 'category',
      axisLabel: { interval: 0 },
      data: dash.intakeByWindow.map((w) => w.windowCode),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: results.map((r) => ({
      name: t(RESULT_KEYS[r]),
      type: 'bar',
      stack: 'intake',
      itemStyle: { color: RESULT_COLOURS[r] },
      data: dash.intakeByWindow.map((w) => w[r]),
    })),
  };
  const status = {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 84, right: 24, top: 8, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: dash.byStatus.map((s) => statusLabel(s.status)) },
    series: [
      {
        type: 'bar',
        label: { show: true, position: 'right' },
        data: dash.byStatus.map((s) => ({
          value: s.count,
          itemStyle: { color: PRESET_HEX[statusColor(s.status)] ?? PRESET_HEX['default'] },
        })),
      },
    ],
  };
  const levels = (['normal', 'yellow', 'red'] as const).map((level) => ({
    name: t(`supervision.chart.${level}`),
    value: dash.levels[level],
    itemStyle: { color: DEADLINE_COLOURS[level] },
  }));
  const clock = {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '64%'],
        center: ['50%', '45%'],
        // Labels kept inside the card: aligned to its edges, the leader lines bend to reach them.
        label: { formatter: '{b} {c}', alignTo: 'edge', edgeDistance: 8, minMargin: 4 },
        labelLine: { length: 10, length2: 0 },
        data: levels,
      },
    ],
  };
  const chart = (option: object, testId: string) => (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: HEIGHT }} notMerge lazyUpdate />
    </div>
  );
  return (
    <Row gutter={[16, 16]} data-testid="dashboard-charts">
      <Col span={10}>
        <Card size="small" title={t('supervision.chart.intake')}>
          {chart(intake, 'chart-intake')}
        </Card>
      </Col>
      <Col span={8}>
        <Card size="small" title={t('supervision.chart.status')}>
          {chart(status, 'chart-status')}
        </Card>
      </Col>
      <Col span={6}>
        <Card size="small" title={t('supervision.chart.clock')}>
          {chart(clock, 'chart-clock')}
        </Card>
      </Col>
    </Row>
  );
}
