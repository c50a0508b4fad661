/**
 * Does a sentence still carry its evidence? An evidence link supports a sentence through
 * the words and figures it names (`supports`); when an edit removes one of them, that link
 * no longer holds. A sentence none of whose links hold — or one written by hand, with no
 * links — is "utan belägg". Pure: used by the server (on save) and by the editor (live).
 */
import type { EvidenceRef, MotivationSentence } from './motivation';
import { normaliseForMatch } from './motivation-text';

export type LinkCheck = { ref: EvidenceRef; holds: boolean; missing: string[] };
export type SentenceStatus = 'supported' | 'partial' | 'unsupported';
export type SentenceCheck = { id: string; status: SentenceStatus; links: LinkCheck[] };

/** The words and figures of one link that no longer occur in the text (case and quotation marks ignored). */
export function missingSupport(text: string, ref: EvidenceRef): string[] {
  const haystack = normaliseForMatch(text);
  return ref.supports.filter((term) => !haystack.includes(normaliseForMatch(term)));
}

/** supported = every link holds; partial = some do; unsupported = none (or no links at all). */
export function checkSentence(sentence: Pick<MotivationSentence, 'id' | 'text' | 'evidence'>): SentenceCheck {
  const links = sentence.evidence.map((ref) => {
    const missing = missingSupport(sentence.text, ref);
    return { ref, holds: missing.length === 0, missing };
  });
  const holding = links.filter((l) => l.holds).length;
  const status: SentenceStatus = holding === 0 ? 'unsupported' : holding === links.length ? 'supported' : 'partial';
  return { id: sentence.id, status, links };
}

export function checkSentences(sentences: readonly Pick<MotivationSentence, 'id' | 'text' | 'evidence'>[]): SentenceCheck[] {
  return sentences.map(checkSentence);
}
