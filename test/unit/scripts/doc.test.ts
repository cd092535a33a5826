import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDocCommand } from '../../../scripts/doc';

// `npm run doc -- <kind> <input.json> <out.pdf>`: what an operator sees for good and bad input.

const dir = mkdtempSync(join(tmpdir(), 'onewindow-doc-'));
const fixture = (kind: string) => join(import.meta.dirname, `../../fixtures/documents/${kind}.json`);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDocCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run doc', () => {
  test('renders a fixture to a PDF and says what it wrote', async () => {
    const target = join(dir, 'receipt.pdf');
    const { code, out } = await run('receipt', fixture('receipt'), target);
    expect(code).toBe(0);
    expect(out).toContain('已生成');
    expect(out).toContain('受理通知书（收件回执），1 页');
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })).toContain(
      '开审受字〔2026〕第0123号',
    );
  });

  test('an unknown kind lists the kinds (exit 2)', async () => {
    const { code, err } = await run('recipt', fixture('receipt'), join(dir, 'x.pdf'));
    expect(code).toBe(2);
    expect(err).toContain('未知的文书类型：recipt');
    expect(err).toContain('tolerance-commitment');
  });

  test('a missing file and bad JSON are told apart (exit 1)', async () => {
    const missing = await run('receipt', join(dir, 'nope.json'), join(dir, 'x.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('文件不存在');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "hall": ');
    const invalid = await run('receipt', bad, join(dir, 'x.pdf'));
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('不是有效的 JSON');
  });

  test('schema errors are listed with their paths, in Chinese', async () => {
    const input = JSON.parse(readFileSync(fixture('receipt'), 'utf8')) as Record<string, unknown>;
    const received = input['received'] as Array<Record<string, unknown>>;
    received[1] = { ...received[1], copies: 0 };
    delete input['officer'];
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(input));
    const { code, err } = await run('receipt', file, join(dir, 'x.pdf'));
    expect(code).toBe(1);
    expect(err).toContain('不符合“受理通知书（收件回执）”的要求');
    expect(err).toContain('received[1].copies：');
    expect(err).toContain('officer：');
  });

  test('wrong usage prints the usage (exit 2)', async () => {
    const { code, err } = await run('receipt');
    expect(code).toBe(2);
    expect(err).toContain('用法：npm run doc --');
  });
});
