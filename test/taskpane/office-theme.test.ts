import { isDarkColor } from "../../src/taskpane/office-theme";

describe("isDarkColor", () => {
  it("tells Office's dark grey and black backgrounds from white and colourful ones", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#000000")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#E6E6E6")).toBe(false);
  });

  it("treats a missing or malformed colour as light", () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("dark")).toBe(false);
  });
});
