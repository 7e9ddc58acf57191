/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { exampleSheets } from "../../src/example/example-workbook";
import { ResultSummary } from "../../src/taskpane/components/result-summary";
import { lowestUnitHints, rankingHighlights } from "../../src/taskpane/result-highlights";
import { computeWorkbook } from "../../src/workbook/compute";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
});

async function show(period: string): Promise<HTMLElement> {
  const outcome = computeWorkbook(exampleSheets(), period, { now: new Date("2026-04-02T01:00:00Z"), existingSheets: [] });
  const result = outcome.result!;
  const report = { highlights: rankingHighlights(result), lowestHints: lowestUnitHints(result), written: outcome.tables.map((t) => t.name) };
  container = document.createElement("div");
  document.body.appendChild(container);
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ResultSummary period={period} report={report} onShowSheet={() => undefined} />
      </FluentProvider>,
    );
  });
  return container;
}

describe("ResultSummary", () => {
  it("shows the 名次变化 beside each rank of a month, with a spoken label", async () => {
    const c = await show("2026-03");
    const changes = [...c.querySelectorAll("td[title]")].map((td) => td.textContent);
    expect(changes.length).toBeGreaterThan(0);
    for (const t of changes) expect(t).toMatch(/^(↑\d+|↓\d+|—)$/);
    const moved = [...c.querySelectorAll("td[title]")].find((td) => td.textContent !== "—");
    expect(moved?.getAttribute("aria-label")).toMatch(/^较上期(上升|下降)\d+名$/);
  });

  it("lists the 达标差距 of the lowest-ranked units of a month", async () => {
    const c = await show("2026-03");
    expect(c.textContent).toContain("末位承办单位达标差距");
    const items = [...c.querySelectorAll('ul[aria-label="末位承办单位达标差距"] li')].map((li) => li.textContent);
    const expected = lowestUnitHints(computeWorkbook(exampleSheets(), "2026-03", { now: new Date(), existingSheets: [] }).result!);
    expect(items).toHaveLength(expected.length);
    expect(items.some((t) => /再(增加|减少)\d+件可不扣分/.test(t ?? ""))).toBe(true);
  });

  it("shows no change where the previous month has no data (January) and no hints for a quarter", async () => {
    const jan = await show("2026-01");
    expect(jan.querySelectorAll("td[title]")).toHaveLength(0);
    act(() => root?.unmount());
    const q = await show("2026Q1");
    expect(q.textContent).not.toContain("末位承办单位达标差距");
  });
});
