/** The dark theme, in a chunk of its own: loaded only when Office runs dark. */
export { webDarkTheme } from "@fluentui/react-components";
