import type { TemplateKit } from '@/features/presence/shell/early-online-templates';
import { onlineEarlyTemplates } from '@/features/presence/shell/early-online-templates';

/**
 * The routes the boot script draws with data before the app has loaded (their drawing: ./early-views.ts),
 * and the build-time templates each draws from, by route path.
 */
export const earlyTemplates: Record<string, ((kit: TemplateKit) => unknown) | undefined> = {
  online: onlineEarlyTemplates,
};
