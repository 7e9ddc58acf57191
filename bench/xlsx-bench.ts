/**
 * Benchmark: reading and writing the province-scale .xlsx (bench/province-workbook.ts, written
 * once with exceljs like a user's file) with the zip-level package host (src/hosts/xlsx/xlsx-file.ts)
 * against exceljs, plus the zip layer alone (fflate vs jszip) that chose the design.
 *   read:  openXlsx (bytes → grids)          vs  exceljs load + workbookInput
 *   write: xlsxWithTables (year's tables)    vs  exceljs writeOutputTables + writeBuffer (deflate level 1)
 * Run alone: `npx tsx --expose-gc bench/xlsx-bench.ts`; `npm run bench` runs it with `--result`.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import JSZip from "jszip";
import { workbookInput } from "../src/hosts/xlsx/read-workbook";
import { writeInputSheets } from "../src/hosts/xlsx/write-input-sheets";
import { writeOutputTables } from "../src/hosts/xlsx/write-output";
import { NODE_ZIP_CODEC } from "../src/hosts/xlsx/node-zip-codec";
import { openXlsx, xlsxWithTables } from "../src/hosts/xlsx/xlsx-file";
import { computeWorkbook } from "../src/workbook/compute";
import { collectGarbage, megabytes, RESULT_PREFIX } from "./measure";
import { BENCH_YEAR, provinceSheets } from "./province-workbook";

const seconds = (s: number) => `${s.toFixed(2)} s`;

/** Best wall time of `runs` runs (after a collection each), and the last value. */
async function timed<T>(runs: number, step: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = process.hrtime.bigint();
    value = await step();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { value, seconds: best };
}

export async function runXlsxBench(runs = 3): Promise<string[]> {
  const input = new ExcelJS.Workbook();
  writeInputSheets(input, provinceSheets(), { dropdowns: false });
  const bytes = new Uint8Array((await input.xlsx.writeBuffer()) as ArrayBuffer);
  const lines = [`全省规模工作簿 ${megabytes(bytes.length)}（exceljs 写出），每项取 ${runs} 次中最快一次`];

  const portable = await timed(runs, () => openXlsx(bytes));
  const ours = await timed(runs, () => openXlsx(bytes, { codec: NODE_ZIP_CODEC }));
  const theirs = await timed(1, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return { workbook, input: workbookInput(workbook) };
  });
  lines.push(
    `  读取 → 表格数据：本工具 ${seconds(ours.seconds)}（命令行，Node zlib）/ ${seconds(portable.seconds)}（网页，fflate）；` +
      `exceljs ${seconds(theirs.seconds)}（慢 ${(theirs.seconds / ours.seconds).toFixed(1)} 倍）`,
  );

  const outcome = computeWorkbook(ours.value.sheets, BENCH_YEAR, { now: new Date(), existingSheets: ours.value.existing });
  const rows = outcome.tables.reduce((n, t) => n + t.rows.length, 0);
  const written = await timed(runs, () => xlsxWithTables(ours.value, outcome.tables));
  const writtenPortable = await timed(runs, () => xlsxWithTables(portable.value, outcome.tables));
  const exceljsWrite = await timed(1, async () => {
    writeOutputTables(theirs.value.workbook, outcome.tables);
    return new Uint8Array((await theirs.value.workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
  });
  lines.push(
    `  写出副本（${outcome.tables.length} 个结果表，${rows.toLocaleString("en-US")} 行）：本工具 ${seconds(written.seconds)}（Node zlib）/ ${seconds(writtenPortable.seconds)}（fflate），` +
      `${megabytes(written.value.length)}；exceljs ${seconds(exceljsWrite.seconds)}，${megabytes(exceljsWrite.value.length)}（慢 ${(exceljsWrite.seconds / written.seconds).toFixed(1)} 倍）`,
  );

  // The zip layer alone: what fflate (chosen) and jszip (exceljs's) cost on the same package.
  const fflateUnzip = await timed(runs, () => unzipSync(bytes));
  const jszipUnzip = await timed(1, async () => {
    const zip = await JSZip.loadAsync(bytes);
    return Promise.all(Object.values(zip.files).map((f) => f.async("uint8array")));
  });
  const rezip = await timed(runs, () => zipSync(fflateUnzip.value, { level: 1 }));
  lines.push(
    `  zip 层：解压全部部件 fflate ${seconds(fflateUnzip.seconds)}，jszip ${seconds(jszipUnzip.seconds)}；` +
      `全部重新压缩（fflate，级别 1）${seconds(rezip.seconds)}，而写出副本时未改动的部件原样复制、不重新压缩`,
  );
  return lines;
}

if (require.main === module) {
  const asResult = process.argv.includes("--result");
  runXlsxBench().then(
    (lines) => console.log(asResult ? `${RESULT_PREFIX}${JSON.stringify({ lines })}` : lines.join("\n")),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
