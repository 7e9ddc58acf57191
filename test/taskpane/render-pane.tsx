/** Renders the App over a WorkbookHost on the fake Excel, in jsdom, with small query helpers. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { createFakeExcel, fakeExcelEnv, type FakeExcel, type FakeExcelOptions } from "../../src/hosts/fake";
import { createOfficeHost } from "../../src/hosts/office";
import { App } from "../../src/taskpane/app";
import type { SheetGrids } from "../../src/workbook/compute-types";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedPane {
  fake: FakeExcel;
  container: HTMLElement;
  /** Waits (in act) until the check passes. */
  until(check: () => void, timeoutMs?: number): Promise<void>;
  button(name: string | RegExp): HTMLButtonElement;
  click(element: Element): Promise<void>;
  text(): string;
  unmount(): void;
}

export interface RenderOptions extends FakeExcelOptions {
  /** Runs on the fake before the pane first reads it (e.g. to inject a failure). */
  before?: (fake: FakeExcel) => void;
  /** Text that shows the pane is ready (default: the workbook summary). */
  ready?: RegExp;
}

/** The pane over a fake workbook holding these grids. */
export async function renderPane(grids: SheetGrids, apiVersion?: string, options: RenderOptions = {}): Promise<RenderedPane> {
  const fake = createFakeExcel(grids, { ...options, apiVersion: apiVersion ?? options.apiVersion });
  options.before?.(fake);
  const host = createOfficeHost(fakeExcelEnv(fake), { now: () => new Date("2026-04-02T01:30:00Z") });
  const container = document.createElement("div");
  document.body.appendChild(container);
  let root: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
  const pane: RenderedPane = {
    fake,
    container,
    async until(check, timeoutMs = 5000) {
      const start = Date.now();
      for (;;) {
        try {
          check();
          return;
        } catch (e) {
          if (Date.now() - start > timeoutMs) throw e;
          await act(() => new Promise((r) => setTimeout(r, 10)));
        }
      }
    },
    button(name) {
      const all = [...container.querySelectorAll("button")];
      const found = all.find((b) => (typeof name === "string" ? b.textContent?.trim() === name : name.test(b.textContent ?? "")));
      if (!found) throw new Error(`no button ${String(name)} among: ${all.map((b) => b.textContent).join(" | ")}`);
      return found;
    },
    async click(element) {
      await act(async () => {
        (element as HTMLElement).click();
      });
    },
    text: () => container.textContent ?? "",
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
  await pane.until(() => expect(pane.text()).toMatch(options.ready ?? /已找到 \d+ 张输入表/));
  return pane;
}
