/**
 * Starts the pane once office.js (or the playground's fake) is ready: the Office host over
 * `Excel.run`, the Fluent theme following Office's, React rendering the App.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeEnv } from "../hosts/office/excel-env";
import { createOfficeHost } from "../hosts/office/office-host";
import { App } from "./app";
import { isDarkColor } from "./office-theme";

/** Waits for `Office.onReady`, then renders the pane into the container. */
export async function bootPane(container: HTMLElement): Promise<void> {
  await Office.onReady();
  const host = createOfficeHost(officeEnv());
  const dark = isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  const theme = dark ? (await import("./dark-theme")).webDarkTheme : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App host={host} />
    </FluentProvider>,
  );
}
