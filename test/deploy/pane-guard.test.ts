/**
 * taskpane.html's guard is plain ES5 (it must parse in Internet Explorer 11) and the page loads the
 * pane's scripts only through it.
 */
import fs from "fs";
import path from "path";
import { parse } from "acorn";

const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

/** The inline scripts of the page (no src attribute). */
export function inlineScripts(page: string): string[] {
  return [...page.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
}

describe("taskpane.html guard", () => {
  it("is one inline script that parses as ES5", () => {
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0], { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("would be rejected as ES5 if it used later syntax (the check can fail)", () => {
    expect(() => parse(scripts0().replace("var ua =", "let ua ="), { ecmaVersion: 5 })).toThrow();
    expect(() => parse("var a = b?.c;", { ecmaVersion: 5 })).toThrow();
  });

  it("names Trident, EdgeHTML, WebView2 and the two ways out", () => {
    const guard = scripts0();
    expect(guard).toMatch(/Trident/);
    expect(guard).toMatch(/Edge\\\/\\d/);
    for (const text of ["Microsoft 365", "Office 2021", "Office 2024", "WebView2", "批量许可版", "网页版", "命令行"]) expect(guard).toContain(text);
  });

  it("is the only way the pane's scripts load (html-webpack-plugin injects nothing)", () => {
    expect(html).toMatch(/<script id="pane-guard" data-scripts="<%= htmlWebpackPlugin\.files\.js\.join\(' '\) %>">/);
    const config = fs.readFileSync(path.resolve(__dirname, "../../webpack.config.js"), "utf8");
    expect(config).toMatch(/inject: false/);
  });
});

function scripts0(): string {
  return inlineScripts(html)[0];
}
