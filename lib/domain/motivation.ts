/**
 * Motivation drafts: three to six Swedish sentences in the register of a jury motivation,
 * built from one nomination's evidence by templates. Every sentence carries links to the
 * evidence it came from, each naming the words and figures of the sentence it supports;
 * a sentence without evidence is never produced. Deterministic: the template variants are
 * drawn from a random source seeded with the nomination id, so a draft is reproducible and
 * different nominations read differently. Pure: no database, no clock.
 */
import { createRandom, pick, type Random } from './random';
import {
  decimalSv,
  FOLLOW_UP_TERMS,
  genitiveSv,
  INTERPLAY_PARTIES,
  listSv,
  lowerFirst,
  namedGoal,
  phrasesIn,
  shortQuote,
  STEERING_MODELS,
  wholeSv,
} from './motivation-text';
import type { CommentEvidence, EvidenceRef, MotivationEvidence, MotivationSentence, AreaEvidence } from './motivation-types';

export type {
  AreaEvidence,
  CommentEvidence,
  CriterionEvidence,
  EvidenceKind,
  EvidenceRef,
  FinanceEvidence,
  InterviewEvidence,
  MotivationEvidence,
  MotivationSentence,
} from './motivation-types';

export const MAX_SENTENCES = 6;

/** Seed of a nomination's draft (a fixed odd multiplier spreads consecutive ids apart). */
export const motivationSeed = (nominationId: number) => (Math.imul(nominationId, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;

/**
 * The areas a draft names as strongest: the top two by score, and the third as well when it
 * is within three points of the second. Ties keep the order of `areas` (the rubric's).
 */
export function strongestAreas(areas: readonly AreaEvidence[]): AreaEvidence[] {
  const sorted = [...areas].sort((a, b) => b.score - a.score);
  if (sorted.length <= 2) return sorted;
  return sorted[1].score - sorted[2].score <= 3 ? sorted.slice(0, 3) : sorted.slice(0, 2);
}

type Draft = { kind: string; priority: number; text: string; evidence: EvidenceRef[] };
type Ctx = { e: MotivationEvidence; r: Random; m: string };

const APPLICATION_LABELS: Record<string, string> = {
  goals: 'Ansökan: kommunens egna mål',
  followUp: 'Ansökan: uppföljning av målen',
  other: 'Ansökan: övriga fakta',
};
const answerLabel = (field: string) => APPLICATION_LABELS[field] ?? `Ansökan: självbeskrivning (${field.replace('selfDescription.', '')})`;

/** Answer fields in the order they are searched for a steering model. */
function answerFields(e: MotivationEvidence): [string, string][] {
  return [
    ['goals', e.answers.goals],
    ['followUp', e.answers.followUp],
    ...Object.entries(e.answers.selfDescription).map(([k, v]) => [`selfDescription.${k}`, v] as [string, string]),
    ['other', e.answers.other],
  ];
}

function steeringSentences({ e, r, m }: Ctx): Draft[] {
  const out: Draft[] = [];
  // The steering model: the first answer field that names one (at most two models).
  const found = answerFields(e)
    .map(([field, text]) => ({ field, phrases: phrasesIn(text, STEERING_MODELS).slice(0, 2) }))
    .find((f) => f.phrases.length > 0);
  const goal = namedGoal(e.answers.goals);
  const follow = phrasesIn(e.answers.followUp, FOLLOW_UP_TERMS).slice(0, 2);
  const followText = listSv(follow);
  const followRef: EvidenceRef | null = follow.length ? { kind: 'application', sourceId: 'followUp', label: answerLabel('followUp'), supports: follow } : null;

  if (found) {
    const model = listSv(found.phrases);
    const ref: EvidenceRef = { kind: 'application', sourceId: found.field, label: answerLabel(found.field), supports: found.phrases };
    const withFollow = !goal && followRef;
    const text = withFollow
      ? pick(r, [
          `${m} har en tydlig styrmodell som bygger på ${model}, och målen följs upp ${followText}.`,
          `Med ${model} som grund har ${m} byggt en styrning där målen följs upp ${followText}.`,
          `Styrningen i ${m} vilar på ${model}, och uppföljningen sker ${followText}.`,
          `Kärnan i ${genitiveSv(m)} styrning är ${model}, med en uppföljning som sker ${followText}.`,
        ])
      : pick(r, [
          `${m} har en tydlig styrmodell som bygger på ${model}.`,
          `Med ${model} som grund har ${m} byggt en sammanhållen styrning.`,
          `Styrningen i ${m} vilar på ${model}.`,
          `Kärnan i ${genitiveSv(m)} styrning är ${model}.`,
        ]);
    out.push({ kind: 'styrning', priority: 2, text, evidence: withFollow && followRef ? [ref, followRef] : [ref] });
  }
  if (goal) {
    const goalRef: EvidenceRef = { kind: 'application', sourceId: 'goals', label: answerLabel('goals'), supports: [goal] };
    const text = followRef
      ? pick(r, [
          `${m} har satt ett tydligt eget mål, ”${goal}”, som följs upp ${followText}.`,
          `Kommunens eget mål – ”${goal}” – följs upp ${followText}.`,
          `Målet ”${goal}” ger arbetet riktning, och det följs upp ${followText}.`,
          `Ambitionen är uttalad: ”${goal}”, och målen följs upp ${followText}.`,
        ])
      : pick(r, [
          `${m} har satt ett tydligt eget mål: ”${goal}”.`,
          `Kommunens eget mål – ”${goal}” – ger arbetet riktning.`,
          `Ambitionen är uttalad: ”${goal}”.`,
        ]);
    out.push({ kind: 'mal', priority: 3, text, evidence: followRef ? [goalRef, followRef] : [goalRef] });
  } else if (!found && followRef) {
    const text = pick(r, [`I ${m} följs målen upp ${followText}.`, `Uppföljningen av målen sker ${followText}.`]);
    out.push({ kind: 'mal', priority: 3, text, evidence: [followRef] });
  }
  return out;
}

function areaSentence({ e, r, m }: Ctx): Draft[] {
  const top = strongestAreas(e.areas);
  if (top.length === 0) return [];
  const named = top.map((a) => `${lowerFirst(a.name)} (${wholeSv(a.score)} av 100)`);
  const list = listSv(named);
  const best = top[0];
  const leading = best.fieldSize >= 3 && best.fieldRank <= Math.max(1, Math.ceil(best.fieldSize / 4));
  const place = `plats ${best.fieldRank} av ${best.fieldSize}`;
  const field = leading
    ? top.length > 1
      ? pick(r, [`, i det förstnämnda med ${place} i fältet`, ` – i det förstnämnda ${place} bland omgångens kommuner`])
      : pick(r, [`, med ${place} i fältet`, ` – ${place} bland omgångens kommuner`])
    : '';
  const text = pick(r, [
    `Starkast står ${m} inom ${list}${field}.`,
    `Juryn lyfter särskilt fram ${list}${field}.`,
    `Det är inom ${list} som ${m} når längst${field}.`,
    `Bedömningen visar en kommun som är särskilt stark inom ${list}${field}.`,
  ]);
  const evidence: EvidenceRef[] = top.map((a, i) => ({
    kind: 'area_score',
    sourceId: a.key,
    label: `Juryns områdespoäng: ${a.name}`,
    supports: [lowerFirst(a.name), wholeSv(a.score), ...(i === 0 && leading ? [place] : [])],
  }));
  return [{ kind: 'omraden', priority: 1, text, evidence }];
}

function criterionSentence({ e, r }: Ctx): Draft[] {
  const topKeys = new Set(strongestAreas(e.areas).map((a) => a.key));
  const best = e.criteria
    .filter((c) => topKeys.has(c.areaKey) && c.jurors > 0)
    .sort((a, b) => b.mean - a.mean || a.label.localeCompare(b.label, 'sv'))
    .slice(0, 2);
  if (best.length === 0) return [];
  const parts = best.map((c) => `${lowerFirst(c.label)} (${decimalSv(c.mean)} av ${c.scaleMax})`);
  const list = listSv(parts);
  const text = pick(r, [
    `Högst bedömer juryn ${list}.`,
    `Särskilt höga betyg får ${list}.`,
    `Bland kriterierna märks ${list}.`,
  ]);
  const evidence: EvidenceRef[] = best.map((c) => ({
    kind: 'criterion_score',
    sourceId: c.id,
    label: `Juryns snittbetyg: ${c.label}`,
    supports: [lowerFirst(c.label), decimalSv(c.mean)],
  }));
  return [{ kind: 'kriterier', priority: 4, text, evidence }];
}

/** Comments that praise (score above the mid-point), from the strongest areas first. */
function praisingComments(e: MotivationEvidence): CommentEvidence[] {
  const mid = (e.scale.min + e.scale.max) / 2;
  const rank = new Map(e.areas.map((a) => [a.key, a.ownRank]));
  return e.comments
    .filter((c) => c.text.trim() && (c.value === null || c.value > mid))
    .sort((a, b) => (rank.get(a.areaKey) ?? 99) - (rank.get(b.areaKey) ?? 99) || (b.value ?? 0) - (a.value ?? 0) || a.id.localeCompare(b.id));
}

function interplaySentence({ e, r, m }: Ctx): Draft[] {
  const sources = [
    ...praisingComments(e).map((c) => ({ ref: { kind: 'juror_comment' as const, sourceId: c.id, label: `Kommentar av ${c.juror}: ${c.criterionLabel}` }, text: c.text })),
    ...e.interviews.map((n) => ({ ref: { kind: 'interview_note' as const, sourceId: n.id, label: `Intervjuanteckning av ${n.juror}: ${n.areaName}` }, text: n.text })),
  ];
  const mentioning = sources.map((s) => ({ ...s, parties: phrasesIn(s.text, INTERPLAY_PARTIES) })).filter((s) => s.parties.length > 0);
  const parties = INTERPLAY_PARTIES.map((p) => p.phrase).filter((p) => mentioning.some((s) => s.parties.includes(p)));
  if (parties.length < 2) return [];
  const list = listSv(parties);
  const text = pick(r, [
    `Juryn noterar ett nära samspel mellan ${list}.`,
    `Samspelet mellan ${list} framstår som en av kommunens styrkor.`,
    `${m} präglas av ett tydligt samspel mellan ${list}.`,
  ]);
  // Every party the sentence names is backed by a link: the first source mentioning each.
  const chosen = [...new Set(parties.map((p) => mentioning.find((s) => s.parties.includes(p))!))];
  const evidence = chosen.map((s) => ({ ...s.ref, supports: s.parties }));
  return [{ kind: 'samspel', priority: 5, text, evidence }];
}

function commentSentence({ e, r }: Ctx): Draft[] {
  const c = praisingComments(e)[0];
  const quote = c ? shortQuote(c.text) : '';
  if (!c || quote.split(' ').length < 3) return [];
  const area = e.areas.find((a) => a.key === c.areaKey);
  const text = pick(r, [
    `En jurymedlem konstaterar: ”${quote}”.`,
    `”${quote}”, skriver en av jurymedlemmarna${area ? ` om ${lowerFirst(area.name)}` : ''}.`,
    `I juryns bedömning heter det: ”${quote}”.`,
  ]);
  return [{ kind: 'kommentar', priority: 7, text, evidence: [{ kind: 'juror_comment', sourceId: c.id, label: `Kommentar av ${c.juror}: ${c.criterionLabel}`, supports: [quote] }] }];
}

function interviewSentence({ e, r }: Ctx): Draft[] {
  const rank = new Map(e.areas.map((a) => [a.key, a.ownRank]));
  const note = [...e.interviews]
    .filter((n) => shortQuote(n.text).split(' ').length >= 3)
    .sort((a, b) => (rank.get(a.areaKey) ?? 99) - (rank.get(b.areaKey) ?? 99) || a.id.localeCompare(b.id))[0];
  if (!note) return [];
  const quote = shortQuote(note.text);
  const text = pick(r, [
    `Intervjun bekräftade bilden: ”${quote}”.`,
    `Vid intervjun noterade juryn: ”${quote}”.`,
    `Från intervjun lyfter juryn fram: ”${quote}”.`,
  ]);
  return [{ kind: 'intervju', priority: 6, text, evidence: [{ kind: 'interview_note', sourceId: note.id, label: `Intervjuanteckning av ${note.juror}: ${note.areaName}`, supports: [quote] }] }];
}

function financeSentence({ e, r, m }: Ctx): Draft[] {
  const f = e.finance;
  // Only a strong economy is praised; a weak index is not the jury's motivation.
  if (!f || f.index < 50) return [];
  const idx = wholeSv(f.index);
  const adjective = f.index >= 75 ? 'mycket god' : 'god';
  const text = pick(r, [
    `Allt detta sker med en ${adjective} ekonomi: indexet för finansiell styrka är ${idx} av 100, plats ${f.rank} av ${f.of}.`,
    `${m} förenar kvalitet med en ${adjective} ekonomi – ${idx} av 100 i indexet för finansiell styrka (plats ${f.rank} av ${f.of}).`,
    `Ekonomin är ${adjective}, med ${idx} av 100 i indexet för finansiell styrka och plats ${f.rank} av ${f.of}.`,
  ]);
  return [
    {
      kind: 'ekonomi',
      priority: 3.5,
      text,
      evidence: [{ kind: 'finance_index', sourceId: f.kommunkod, label: 'Index för finansiell styrka', supports: [idx, `${f.rank} av ${f.of}`] }],
    },
  ];
}

/** The narrative order of the sentence kinds in a draft. */
const ORDER = ['styrning', 'mal', 'omraden', 'kriterier', 'samspel', 'intervju', 'kommentar', 'ekonomi'];

/**
 * The draft for one nomination: at most six sentences, each with evidence. The most important
 * kinds are kept when there is more to say (strongest areas, steering, goals, finance,
 * criteria, interplay, interview, comment). Fewer than three only when the evidence is thin.
 */
export function generateMotivation(e: MotivationEvidence): MotivationSentence[] {
  const r = createRandom(motivationSeed(e.nominationId));
  const ctx: Ctx = { e, r, m: e.municipality };
  const drafts = [
    ...steeringSentences(ctx),
    ...areaSentence(ctx),
    ...criterionSentence(ctx),
    ...interplaySentence(ctx),
    ...interviewSentence(ctx),
    ...commentSentence(ctx),
    ...financeSentence(ctx),
  ].filter((d) => d.evidence.length > 0 && d.evidence.every((ref) => ref.supports.length > 0));
  const kept = [...drafts].sort((a, b) => a.priority - b.priority).slice(0, MAX_SENTENCES);
  return kept
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((d) => ({ id: d.kind, text: d.text, evidence: d.evidence }));
}

/** The draft's text as stored and published: the sentences in order, separated by a space. */
export function motivationText(sentences: readonly Pick<MotivationSentence, 'text'>[]): string {
  return sentences
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join(' ');
}
