import { readFileSync } from "fs";
import { join } from "path";
import { CN_CALENDAR, CN_CALENDAR_SOURCE } from "../../../src/engine/calendar/cn-calendar-data";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require("../../../scripts/gen-calendar.js") as {
  renderCalendarModule: () => string;
  OUTPUT: string;
};

describe("the generated calendar data", () => {
  it("equals what scripts/gen-calendar.js produces from the installed chinese-days", () => {
    const checkedIn = readFileSync(join(__dirname, "../../../src/engine/calendar/cn-calendar-data.ts"), "utf8");
    expect(checkedIn).toBe(generator.renderCalendarModule());
  });

  it("names the installed chinese-days version", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const version = (require("chinese-days/package.json") as { version: string }).version;
    expect(CN_CALENDAR_SOURCE).toBe(`chinese-days@${version}`);
  });

  it("holds the 2026 Spring Festival rest days and its two make-up Saturdays", () => {
    const y = CN_CALENDAR[2026];
    expect(y.rest["春节"]).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d}`));
    expect(y.work["春节"]).toEqual(["2026-02-14", "2026-02-28"]);
    expect(y.rest["国庆节"]).toContain("2026-10-07");
  });
});
