import { DEMO_PERIOD, parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads score with its input, period, --out, --json and --docx", () => {
    expect(parseArgs(["score", "in.xlsx", "--period", "2026Q1", "--out", "o.xlsx", "--json", "r.json", "--docx", "d.docx"])).toEqual({
      ok: true,
      args: { command: "score", input: "in.xlsx", period: "2026Q1", out: "o.xlsx", json: "r.json", docx: "d.docx", withMonths: false },
    });
  });

  it("accepts --name=value and options before the input", () => {
    expect(parseArgs(["score", "--period=2026", "in.xlsx"])).toEqual({
      ok: true,
      args: { command: "score", input: "in.xlsx", period: "2026", out: null, json: null, docx: null, withMonths: false },
    });
  });

  it("reads --with-months as a switch without a value", () => {
    const parsed = parseArgs(["score", "in.xlsx", "--with-months", "--period", "2026"]);
    expect(parsed).toEqual({
      ok: true,
      args: { command: "score", input: "in.xlsx", period: "2026", out: null, json: null, docx: null, withMonths: true },
    });
  });

  it("gives demo the month of the worked example unless told otherwise", () => {
    expect(parseArgs(["demo"])).toEqual({ ok: true, args: { command: "demo", period: DEMO_PERIOD } });
    expect(parseArgs(["demo", "--period", "2026Q1"])).toEqual({ ok: true, args: { command: "demo", period: "2026Q1" } });
  });

  it("answers help for -h, --help and help, also after a command", () => {
    for (const argv of [["-h"], ["--help"], ["help"], ["score", "--help"]]) {
      expect(parseArgs(argv)).toEqual({ ok: true, args: { command: "help" } });
    }
  });

  it.each([
    [["score", "a.xlsx", "b.xlsx", "--period", "2026-03"], /只能给一个输入工作簿/],
    [["score", "a.xlsx", "--period", "2026-03", "--period", "2026-04"], /--period 只能给一次/],
    [["score", "a.xlsx", "--period", "--out", "o.xlsx"], /--period 缺少取值/],
    [["score", "a.xlsx", "--period="], /--period 缺少取值/],
    [["demo", "a.xlsx"], /demo 不接受文件参数/],
    [["demo", "--out", "o.xlsx"], /未知选项：--out/],
    [["score", "a.xlsx", "--period", "2026-03", "--docx"], /--docx 缺少取值/],
    [["score", "a.xlsx", "--period", "2026", "--with-months=是"], /--with-months 不接受取值/],
    [["score", "a.xlsx", "--period", "2026", "--with-months", "--with-months"], /--with-months 只能给一次/],
  ])("refuses %j", (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
