import { createSpotlight } from '@mantine/spotlight';

/**
 * The command palette's store: the frame opens it (its button, Ctrl/Cmd+K) from the first frame,
 * while the palette itself renders only after the first paint and reads the store when it mounts.
 */
export const [paletteStore, palette] = createSpotlight();
