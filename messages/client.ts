/**
 * The message namespaces the browser gets. An area's layout (<AreaMessages>, components/layout/
 * area-messages.tsx) hands the client provider only these top-level namespaces of the page's
 * catalogue (or fewer), not the whole catalogue: Server Components translate on the server and
 * need nothing in the page's data.
 *
 * A client component ('use client', or a module one imports) that reads a namespace needs it
 * here, else its text shows as the raw key. tests/i18n/client-namespaces.test.ts reads the
 * client code and names every namespace missing here (and every one here no client reads).
 */
export const CLIENT_NAMESPACES = [
  // Core (messages/sv.json): shared widgets, form checks, the sign-in form.
  'ui',
  'zod',
  'signIn',
  // Account (messages/sv/account.json)
  'acctCommon',
  'acctInvitation',
  'acctAccount',
  'acctTotp',
  'acctForgot',
  'acctReset',
  // Cycle administration (messages/sv/arrangorCycle.json)
  'cycleCommon',
  'cycleNew',
  'cycleDates',
  'cyclePhaseMove',
  'cycleRubric',
  'cycleApplications',
  'cycleConflicts',
  'cycleAssignment',
  'cycleMotivation',
  'cyclePublication',
  'cycleExport',
  // The organiser's other pages (messages/sv/arrangorMore.json)
  'orgLabels',
  'orgIndicators',
  'orgPeopleActions',
  'orgErase',
  'orgInvite',
  // Jury (messages/sv/jury.json)
  'juryInterview',
  'juryPdf',
  'juryScoreSheet',
  // Municipality (messages/sv/kommun.json)
  'kommunCommon',
  'kommunForm',
  'kommunNomination',
  'kommunRegister',
  'kommunUpload',
  // Screening (messages/sv/screening.json)
  'scrModelForm',
  'scrRunForm',
  'scrDevForm',
  'scrNominate',
  'scrInviteNominee',
  // Shortlist and progress (messages/sv/organiserRank.json), and the phase names the finalists form shows
  'phases',
  'progReminders',
  'progReopen',
  'rankChart',
  'rankCommon',
  'rankDecision',
  'rankExplain',
  'rankFinalists',
  'rankTable',
  'rankView',
  'rankWeights',
  // Nominees (messages/sv/nominees.json)
  'nominAnnounce',
  'nominReason',
  // Schema messages (messages/sv/validation.json) of the schemas the browser runs
  'valAccount',
  'valApplication',
  'valApplicationAreas',
  'valCommon',
  'valConflict',
  'valCycle',
  'valDocumentTypes',
  'valGdpr',
  'valIndicators',
  'valInvitation',
  'valMotivation',
  'valNominees',
  'valPassword',
  'valPublication',
  'valRegistration',
  'valReports',
  'valRubric',
  'valScoring',
  'valActScore',
  'valScreening',
  'valSignIn',
  'valWeights',
] as const;

/** The part of a catalogue the browser gets: its client namespaces, in the catalogue's own shape. */
export function clientMessages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  return pickMessages(messages, CLIENT_NAMESPACES);
}

/**
 * The root layout's provider: only what the root layout's own client code reads (the toasts).
 * Its messages are in every page's HTML, also on the public pages, which have no other client
 * component. Each area of the app wraps its pages in <AreaMessages> (components/layout/area-messages.tsx)
 * with the namespaces above, or a smaller list; tests/i18n/area-messages.test.ts checks every page's.
 */
export const ROOT_NAMESPACES = ['ui'] as const;

/** The sign-in page: its form, zod's own messages and the sign-in schema's. */
export const SIGN_IN_NAMESPACES = ['ui', 'zod', 'signIn', 'valSignIn', 'valCommon'] as const satisfies readonly (typeof CLIENT_NAMESPACES)[number][];

/** The juror's pages: the score sheet, the PDF viewer, the interview notes and the conflict declaration. */
export const JURY_NAMESPACES = [
  'ui',
  'zod',
  'juryScoreSheet',
  'juryPdf',
  'juryInterview',
  'cycleConflicts',
  'cycleCommon',
  'orgInvite',
  'valActScore',
  'valCommon',
  'valConflict',
  'valInvitation',
  'valPassword',
] as const satisfies readonly (typeof CLIENT_NAMESPACES)[number][];

/** The given namespaces of a catalogue, in its own shape. */
export function pickMessages<T extends Record<string, unknown>>(messages: T, namespaces: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const ns of namespaces) if (ns in messages) out[ns as keyof T] = messages[ns as keyof T];
  return out;
}
