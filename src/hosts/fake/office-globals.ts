/**
 * Fake `Office` and `Excel` globals over a FakeExcel, for the playground and browser tests, where
 * office.js cannot be fetched from Microsoft's CDN.
 */
import type { FakeExcel } from "./fake-excel";

export interface FakeOfficeGlobals {
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    context: {
      requirements: { isSetSupported(name: string, version?: string): boolean };
      officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string } | undefined;
    };
    HostType: { Excel: string };
  };
  Excel: { run: FakeExcel["run"] };
}

/** Globals that make the pane's bootstrap run over the fake as it would over Excel. */
export function fakeOfficeGlobals(fake: FakeExcel): FakeOfficeGlobals {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    Office: {
      onReady: (callback) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: { isSetSupported: fake.isSetSupported },
        officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424" },
      },
      HostType: { Excel: "Excel" },
    },
    Excel: { run: fake.run },
  };
}

/** Installs the fake globals on `window` (or any global object). */
export function installFakeOffice(fake: FakeExcel, target: Record<string, unknown> = globalThis as never): void {
  const g = fakeOfficeGlobals(fake);
  target.Office = g.Office;
  target.Excel = g.Excel;
}
