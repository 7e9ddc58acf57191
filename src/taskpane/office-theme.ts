/** Light or dark Fluent theme, following the Office theme's background where the host tells it. */

/**
 * Whether a `#RRGGBB` background is dark (relative luminance under 0.5).
 * @example isDarkColor("#262626") // true
 */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
