import { progressView } from "../../src/taskpane/progress-steps";

describe("progressView", () => {
  it("moves through the four phases in order along the bar", () => {
    const values = [
      progressView({ phase: "reading", done: 0, total: 10 }),
      progressView({ phase: "reading", done: 10, total: 10 }),
      progressView({ phase: "checking", done: 0, total: 1 }),
      progressView({ phase: "scoring", done: 1, total: 1 }),
      progressView({ phase: "writing", done: 1, total: 2 }),
      progressView({ phase: "writing", done: 2, total: 2 }),
    ];
    expect(values.map((v) => v.step)).toEqual([0, 0, 1, 2, 3, 3]);
    const bar = values.map((v) => v.value);
    expect([...bar].sort((a, b) => a - b)).toEqual(bar);
    expect(bar[0]).toBe(0);
    expect(bar[bar.length - 1]).toBe(1);
  });

  it("says how far reading and writing have come", () => {
    expect(progressView({ phase: "reading", done: 1200, total: 5000 }).detail).toBe("正在读取输入表（1200/5000 行）");
    expect(progressView({ phase: "writing", done: 3, total: 7 }).detail).toBe("正在写入结果表（3/7 批）");
  });

  it("never runs past the end of a phase", () => {
    expect(progressView({ phase: "reading", done: 12, total: 10 }).value).toBe(0.4);
  });
});
