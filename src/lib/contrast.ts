/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The page backgrounds text colours are drawn on, per theme (kept in step with styles/global.css). */
export const THEME_BACKGROUNDS = {
  light: ['#f7f5f0', '#ffffff'],
  dark: ['#15191e', '#1d232a'],
} as const;

/** A colour for each theme. */
export interface ThemedColour {
  light: string;
  dark: string;
}

/**
 * One message per brand colour that falls below WCAG AA contrast (4.5:1) on a background of its
 * theme, saying which colour, where, and the ratio it has.
 */
export function brandContrastProblems(colours: Readonly<Record<string, ThemedColour>>, minimum = 4.5): string[] {
  const problems: string[] = [];
  for (const [name, colour] of Object.entries(colours)) {
    for (const theme of ['light', 'dark'] as const) {
      for (const background of THEME_BACKGROUNDS[theme]) {
        const ratio = contrastRatio(colour[theme], background);
        if (ratio < minimum) {
          problems.push(
            `brand.${name}.${theme} (${colour[theme]}) has a contrast of ${ratio.toFixed(2)}:1 on the ${theme} background ${background}; text needs at least ${minimum}:1. Pick a ${theme === 'light' ? 'darker' : 'lighter'} colour.`,
          );
          break;
        }
      }
    }
  }
  return problems;
}
