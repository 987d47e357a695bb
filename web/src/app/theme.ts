import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Discord's greys: dark[0] is body text, dark[2] muted text, dark[6] the content, dark[7] the sidebar.
const dark: MantineColorsTuple = [
  '#dbdee1',
  '#b5bac1',
  '#a3a9b2',
  '#80848e',
  '#4e5058',
  '#3f4147',
  '#313338',
  '#2b2d31',
  '#1e1f22',
  '#111214',
];

const blurple: MantineColorsTuple = [
  '#eef0fe',
  '#dde0fd',
  '#b9bffb',
  '#939cf8',
  '#7480f5',
  '#6370f3',
  '#5865f2',
  '#4752c4',
  '#3c45a5',
  '#2f3785',
];

export const theme = createTheme({
  primaryColor: 'blurple',
  // Shade 7 keeps white text on filled buttons above 4.5:1 in both schemes.
  primaryShade: { light: 7, dark: 7 },
  colors: { dark, blurple },
  fontFamily: '"gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, sans-serif',
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: { fontWeight: '700' },
  components: {
    Tooltip: { defaultProps: { withinPortal: true } },
    // Mantine keeps every select's closed list in the page (hidden), each placed by floating-ui on
    // mount: five filters cost the members page's first render a forced layout each. The list mounts
    // when opened (the input points at it only while open: aria-controls).
    Combobox: { defaultProps: { keepMounted: false } },
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm' } },
  },
});

// In the light scheme Mantine's "light" and "outline" variants draw text in shade 6, under 4.5:1
// on white for most hues; shade 9 darkened keeps every badge, alert and subtle button readable (WCAG AA).
const palette = [
  'red',
  'green',
  'orange',
  'yellow',
  'blue',
  'blurple',
  'teal',
  'grape',
  'cyan',
  'gray',
  'indigo',
  'pink',
  'violet',
  'lime',
  'dark',
];
const lightReadable = Object.fromEntries(
  palette.flatMap((c) => [
    [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9) 75%, black)`],
    [`--mantine-color-${c}-outline`, `color-mix(in srgb, var(--mantine-color-${c}-9) 75%, black)`],
    [`--mantine-color-${c}-text`, `color-mix(in srgb, var(--mantine-color-${c}-9) 75%, black)`],
  ]),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    '--gh-presence-online': '#23a55a',
    '--gh-presence-idle': '#f0b232',
    '--gh-presence-dnd': '#f23f43',
    '--gh-presence-offline': '#80848e',
    '--gh-role-default': '#99aab5',
  },
  light: {
    ...lightReadable,
    '--mantine-color-placeholder': '#6d6f78',
    '--mantine-color-body': '#ffffff',
    '--gh-surface': '#ffffff',
    '--gh-sidebar': '#f2f3f5',
    '--gh-header': '#ffffff',
    '--gh-hover': '#ebedef',
    '--gh-selected': '#dfe1e5',
    '--gh-border': '#e3e5e8',
    '--gh-chip-bg': '#f2f3f5',
    '--gh-chip-border': '#d4d7dc',
    '--gh-diff-removed': '#a1191d',
    '--gh-diff-removed-bg': '#fde8e9',
    '--gh-diff-added': '#106b36',
    '--gh-diff-added-bg': '#e3f6eb',
    '--mantine-color-dimmed': '#5c5e66',
    '--mantine-color-anchor': '#3c45a5',
  },
  dark: {
    '--mantine-color-body': '#313338',
    '--gh-surface': '#313338',
    '--gh-sidebar': '#2b2d31',
    '--gh-header': '#313338',
    '--gh-hover': '#393c41',
    '--gh-selected': '#404249',
    '--gh-border': '#1f2023',
    '--gh-chip-bg': '#2b2d31',
    '--gh-chip-border': '#4e5058',
    '--gh-diff-removed': '#ff9b9d',
    '--gh-diff-removed-bg': '#4a2427',
    '--gh-diff-added': '#7ee2a8',
    '--gh-diff-added-bg': '#1f3b2b',
    '--mantine-color-dimmed': '#a3a9b2',
    '--mantine-color-anchor': '#a4acf9',
    '--mantine-color-placeholder': '#949ba4',
  },
});
