import { beforeAll, describe, expect, test } from 'vitest';
import { nodeRenderDeps } from '../../../../scripts/node/fonts';
import { buildDocument, renderDocumentDetailed, type RenderDeps } from '../../../../shared/documents';
import { fixture, flat, pdfPages, writeOutput } from './support';

// 终止办理通知书 rendered with the real fonts and read back with poppler, under both of the hall's
// rules: terminated straight after the supply deadline, or after a grace pause.

let deps: RenderDeps;
beforeAll(async () => {
  deps = await nodeRenderDeps();
});

async function readBack(name: string, input: unknown): Promise<string> {
  const result = await renderDocumentDetailed('termination-notice', input, deps);
  expect(result.missingGlyphs).toEqual([]);
  expect(result.pageCount).toBe(1);
  return flat(pdfPages(writeOutput(name, result.bytes)).join(''));
}

describe('终止办理通知书', () => {
  test('after a grace pause: the deadline, the pause, the outstanding materials, the rights', async () => {
    const text = await readBack('termination-notice-grace', fixture('termination-notice'));
    expect(text).toContain('终止办理通知书');
    expect(text).toContain('十堰市鑫城建设工程有限公司：');
    expect(text).toContain('办件编号：W05-20261124-0002');
    expect(text).toContain('已于2026年11月24日予以容缺受理');
    expect(text).toContain('于2026年12月1日前补齐下列容缺材料');
    expect(text).toContain('消防设计审核（审查）合格意见书复印件');
    expect(text).toContain('自2026年12月2日起暂停办理，至2026年12月7日暂停期满，你单位仍未补齐');
    expect(text).toContain('决定自2026年12月8日起终止办理该申请');
    expect(text).toContain('可以重新提出申请');
    expect(text).toContain('向十堰市人民政府申请行政复议');
    expect(text).toContain('申请人（签收）');
    expect(text).not.toContain('91420300MA4948XK2G');
  });

  test('terminated straight away: no pause is claimed', async () => {
    const { grace: _grace, ...input } = fixture('termination-notice');
    const text = await readBack('termination-notice-terminate', {
      ...input,
      number: '开审终字〔2026〕第0003号',
      terminatedOn: '2026-12-02',
    });
    expect(text).toContain('开审终字〔2026〕第0003号');
    expect(text).toContain('补齐期限届满，你单位未补齐');
    expect(text).not.toContain('暂停');
    expect(text).toContain('决定自2026年12月2日起终止办理该申请');
  });

  test('refuses a termination on or before the supply deadline, and a pause after it', () => {
    const input = fixture('termination-notice');
    const early = buildDocument('termination-notice', { ...input, terminatedOn: '2026-12-01' });
    expect(early.ok || early.error.message).toContain('终止日期应晚于补齐期限');
    const grace = buildDocument('termination-notice', {
      ...input,
      grace: { from: '2026-12-02', until: '2026-12-08' },
    });
    expect(grace.ok || grace.error.message).toContain('暂停期限应在补齐期限之后、终止日期之前');
  });
});
