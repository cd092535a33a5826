import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  DocumentInputError,
  documentKindSchema,
  renderDocumentDetailed,
} from '../shared/documents';
import { nodeRenderDeps } from './node/fonts';

/**
 * `npm run doc -- <kind> <input.json> <out.pdf> [--seal-image seal.png]`: renders one document
 * from the JSON description of a case, for reprints and for checking templates. Examples of every
 * kind are in test/fixtures/documents/. Exit codes: 0 done, 1 bad input or failure, 2 bad usage.
 */

export type CommandIo = { out: (line: string) => void; err: (line: string) => void };

const USAGE = [
  '用法：npm run doc -- <文书类型> <输入.json> <输出.pdf> [--seal-image 印章.png]',
  '文书类型：',
  ...DOCUMENT_KINDS.map((k) => `  ${k.padEnd(22)}${DOCUMENT_KIND_LABELS[k]}`),
  '示例：npm run doc -- receipt test/fixtures/documents/receipt.json receipt.pdf',
];

export async function runDocCommand(argv: string[], io: CommandIo): Promise<number> {
  const args = [...argv];
  let sealImagePath: string | undefined;
  const sealAt = args.indexOf('--seal-image');
  if (sealAt >= 0) {
    sealImagePath = args[sealAt + 1];
    if (!sealImagePath) {
      io.err('--seal-image 之后应为印章图片文件（PNG 或 JPEG）');
      return 2;
    }
    args.splice(sealAt, 2);
  }
  if (args.includes('--help') || args.includes('-h')) {
    USAGE.forEach((l) => io.out(l));
    return 0;
  }
  const [kindArg, inputPath, outputPath, ...extra] = args;
  if (!kindArg || !inputPath || !outputPath || extra.length > 0) {
    io.err('参数不正确。');
    USAGE.forEach((l) => io.err(l));
    return 2;
  }
  const kind = documentKindSchema.safeParse(kindArg);
  if (!kind.success) {
    io.err(`未知的文书类型：${kindArg}。可用的类型：${DOCUMENT_KINDS.join('、')}`);
    return 2;
  }

  let text: string;
  try {
    text = await readFile(inputPath, 'utf8');
  } catch (error) {
    io.err(
      `无法读取输入文件 ${inputPath}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(error)}`,
    );
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.err(
      `输入文件 ${inputPath} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }

  try {
    const deps = await nodeRenderDeps(sealImagePath ? { sealImagePath } : {});
    const result = await renderDocumentDetailed(kind.data, input, deps);
    await writeFile(outputPath, result.bytes);
    io.out(
      `已生成 ${outputPath}：${DOCUMENT_KIND_LABELS[kind.data]}，${result.pageCount} 页，${(result.bytes.length / 1024).toFixed(1)} KB`,
    );
    if (result.missingGlyphs.length > 0) {
      io.err(`注意：字库中没有这些字，打印出来是空框：${result.missingGlyphs.join(' ')}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DocumentInputError) {
      io.err(`${inputPath} 的内容不符合“${DOCUMENT_KIND_LABELS[kind.data]}”的要求：`);
      for (const issue of error.issues) io.err(`  - ${issue.path}：${issue.message}`);
      return 1;
    }
    io.err(`生成失败：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runDocCommand(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  });
  process.exitCode = code;
}
