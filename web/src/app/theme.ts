import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple } from "@mantine/core";
import { commonMessages } from "../i18n/common.i18n";
import { currentLocale } from "../i18n/i18n";
import "./focus.css";

/**
 * Shades 7-9 darkened just enough for WCAG 2.1 AA text contrast (issue 11, checked by axe-core in the journeys):
 * 7 and 8 reach 4.5:1 on white, gray.1 and their own shade 1 (text such as `c="red.8"` on a red.1 row, filled buttons
 * and badges with white text at the primary shade 8), 9 reaches 4.5:1 on shade 2 (the `light` variant's text on its
 * tint and its hover tint). Shades 0-6 (backgrounds, borders, progress bars) stay Mantine's.
 */
const darker: Record<string, [string, string, string]> = {
  red: ["#bf3131", "#c12a2a", "#ad2424"],
  orange: ["#ae4905", "#ae4309", "#a5370b"],
  yellow: ["#976200", "#945600", "#904a00"],
  green: ["#267a35", "#237532", "#21692f"],
  teal: ["#097957", "#077453", "#076a4c"],
  blue: ["#1768b0", "#1767b1", "#155998"],
  cyan: ["#0c7484", "#0a6f80", "#0a6576"],
  lime: ["#4d7a0f", "#45710a", "#406709"],
};

function accessible(name: string, shades: [string, string, string]): MantineColorsTuple {
  const base = DEFAULT_THEME.colors[name] ?? DEFAULT_THEME.colors.gray;
  // Ten entries: Mantine's 0-6 and the three above (MantineColorsTuple is a fixed-length tuple of strings).
  return [...base.slice(0, 7), ...shades] as unknown as MantineColorsTuple;
}

export const theme = createTheme({
  primaryColor: "blue",
  // Filled buttons, badges and links use shade 8: white on Mantine's shade 6 is only 3.6:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: "md",
  fontFamily: "system-ui, sans-serif",
  colors: Object.fromEntries(Object.entries(darker).map(([name, shades]) => [name, accessible(name, shades)])),
  components: {
    // Every ×  (modals, toasts, alerts) is an icon-only button: it needs a name (WCAG 4.1.2). Read at each render,
    // so a switch of language renames it; a component's own aria-label still wins.
    CloseButton: { defaultProps: () => ({ "aria-label": commonMessages[currentLocale()]["common.close"] }) },
    // Focus goes to the first item, as in the WAI-ARIA menu pattern: Mantine's focus placeholder is an unnamed
    // presentation element with a tabindex inside role="menu" (axe `aria-required-children`).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // A table wider than a phone scrolls sideways: keyboard users reach and scroll it with Tab and the arrows (2.1.1).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

/** Secondary ("dimmed"), placeholder and error texts readable on white, gray.0-1 and the light tints (≥ 4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#5c636a",
    "--mantine-color-placeholder": "#697077",
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: {},
});
