/**
 * The application's areas and limits, apart from its schema (lib/validation/application.ts
 * re-exports them) so that the form can show them without sending zod with the page.
 */
export const APPLICATION_AREAS = [
  { key: 'democracy', label: 'Demokrati', hint: 'Hur invånarna får inflytande och hur politiken och förvaltningen samspelar.' },
  { key: 'service', label: 'Service och verksamheter', hint: 'Kvaliteten i servicen till invånarna och hur ni förbättrar den.' },
  { key: 'work_environment', label: 'Arbetsmiljö och arbetsgivarskap', hint: 'Ledarskap, medarbetarskap och arbetsmiljö.' },
  { key: 'community_building', label: 'Samhällsbyggande', hint: 'Hur ni bygger en hållbar kommun tillsammans med andra.' },
] as const;

export type AreaKey = (typeof APPLICATION_AREAS)[number]['key'];

export const LIMITS = {
  areaMax: 4000,
  areaMin: 200,
  goalsMax: 3000,
  goalsMin: 100,
  followUpMax: 3000,
  followUpMin: 100,
  keyFactMax: 200,
  keyFactsOtherMax: 2000,
  contactsMax: 5,
} as const;
