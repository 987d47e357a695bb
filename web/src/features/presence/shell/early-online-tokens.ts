/**
 * What the build's templates of Who's online (./early-online-templates.tsx) and the boot script's early
 * drawing of it (./early-online.ts) agree on. No imports: both sides load it.
 *
 * Each token is a private-use character the app never writes, standing where a member's data goes in
 * the markup the app's own components rendered at build time.
 */
export const T = {
  id: '\uE000',
  name: '\uE001',
  detail: '\uE002',
  avatar: '\uE003',
  src: '\uE004',
  initials: '\uE005',
  status: '\uE006',
  label: '\uE007',
  position: '\uE008',
  setSize: '\uE009',
  key: '\uE00A',
  heading: '\uE00B',
  groupLabel: '\uE00C',
  total: '\uE00D',
  online: '\uE00E',
  idle: '\uE00F',
  dnd: '\uE010',
  count: '\uE011',
  groups: '\uE012',
  inner: '\uE013',
} as const;

export type Token = (typeof T)[keyof typeof T];

/** Who's online's markup and words in one UI language, with tokens where the data goes. */
export interface EarlyOnlineTemplates {
  /** The classes the templates' inline styles became (the CSP allows no style attribute in parsed HTML). */
  css: string;
  /** The page below its heading: the toolbar (T.total, T.online, T.idle, T.dnd) and the list (T.groups). */
  body: string;
  /** One group: T.key, T.heading, T.groupLabel; its cards are added to its list. */
  section: string;
  /**
   * A card: T.id, T.name, T.position, T.setSize, T.status and T.avatar. By `rowKey`: the name a link
   * (the member's card is in) or plain text (it is not), and with T.detail under it or not.
   */
  rows: Record<string, string>;
  /** The avatar in each of avatarColors' colours: T.inner, T.status and T.label. */
  avatars: string[];
  /** What goes in it: the picture (T.src), else the initials (T.initials). */
  avatarImage: string;
  avatarInitials: string;
  words: {
    /** Per plural category (Intl.PluralRules), T.count in it. */
    total: Record<string, string>;
    /** T.name and T.count. */
    groupHeading: string;
    groupLabel: string;
    groupOnline: string;
    loading: string;
    presence: Record<'online' | 'idle' | 'dnd', string>;
    /** Per activity type, T.name in it. */
    activity: Record<string, string>;
  };
}

/** Which of the templates' `rows` draws a card. */
export const rowKey = (link: boolean, detail: boolean) => `${link ? 'link' : 'text'}${detail ? 'Detail' : ''}`;
