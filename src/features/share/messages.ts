import type { MessageDeclaration, ShippedMessages } from '../../islands/translator';

/*
 * The messages the copy buttons' script writes, shipped by ShareItem.astro
 * (`messagesFor`) in a JSON block beside the buttons. The script reads them as
 * they are, without the kit's translator: neither has a placeholder or plural
 * forms, and the translator would cost every statement page more than its
 * whole 2 KB of script allows (tests/budgets.ts).
 */

export const SHARE_MESSAGES = { copied: 'share.copied', failed: 'share.copyFailed' } as const satisfies MessageDeclaration;

export type ShareMessages = ShippedMessages<typeof SHARE_MESSAGES>;
