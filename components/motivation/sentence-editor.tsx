'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';
import { checkSentence, type SentenceStatus } from '@/lib/domain/motivation-check';
import type { EvidenceRef } from '@/lib/domain/motivation';
import { MOTIVATION_LIMITS } from '@/lib/validation/motivation-limits';

type Link = EvidenceRef & { href: string };
type Sentence = { id: string; text: string; evidence: Link[] };
type Props = {
  nominationId: number;
  baseVersion: number;
  initial: Sentence[];
  save: (input: unknown) => Promise<ActionResult<{ version: number; withoutEvidence: string[] }>>;
};

const TONE: Record<SentenceStatus, 'success' | 'warning'> = { supported: 'success', partial: 'warning', unsupported: 'warning' };

/**
 * The motivation editor: one field per sentence with its evidence links beside it. Whether each
 * link still supports the sentence is checked as you type (the same check the server uses), so a
 * sentence that loses its evidence is flagged before it is saved. Saving makes a new version.
 */
export function SentenceEditor({ nominationId, baseVersion, initial, save }: Props) {
  const t = useTranslations('cycleMotivation');
  const tc = useTranslations('cycleCommon');
  const lang = useLocale() === 'sv' ? undefined : 'sv';
  const router = useRouter();
  const [sentences, setSentences] = useState<Sentence[]>(initial);
  // A newer version arrived (saved here or generated): start from it, keeping the status message.
  const [shownVersion, setShownVersion] = useState(baseVersion);
  if (shownVersion !== baseVersion) {
    setShownVersion(baseVersion);
    setSentences(initial);
  }
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const checks = useMemo(() => sentences.map((s) => checkSentence(s)), [sentences]);

  const update = (i: number, text: string) => setSentences((all) => all.map((s, k) => (k === i ? { ...s, text } : s)));
  const remove = (i: number) => setSentences((all) => all.filter((_, k) => k !== i));
  const add = () =>
    setSentences((all) => {
      const n = Math.max(0, ...all.map((s) => Number(/^egen-(\d+)$/.exec(s.id)?.[1] ?? 0))) + 1;
      return [...all, { id: `egen-${n}`, text: '', evidence: [] }];
    });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    const input = { nominationId, baseVersion, sentences: sentences.map((s) => ({ id: s.id, text: s.text })) };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { saveMotivationSchema } = await import('@/lib/validation/motivation');
    const parsed = saveMotivationSchema.safeParse(input);
    const show = (fe: Record<string, string>, general: string | null) => {
      const list: SummaryError[] = [];
      const byField: Record<string, string> = {};
      for (const [path, msg] of Object.entries(fe)) {
        const m = /^sentences\.(\d+)\.text$/.exec(path);
        if (m) {
          byField[`mening-${Number(m[1]) + 1}`] = msg;
          list.push({ field: `mening-${Number(m[1]) + 1}`, message: `${t('sentence', { n: Number(m[1]) + 1 })}: ${msg}` });
        } else list.push({ message: msg });
      }
      if (general && list.length === 0) list.push({ message: general });
      setFieldErrors(byField);
      setErrors(list);
    };
    if (!parsed.success) {
      const fe: Record<string, string> = {};
      for (const issue of parsed.error.issues) fe[issue.path.join('.') || '_'] ??= issue.message;
      show(fe, null);
      return;
    }
    setPending(true);
    try {
      const res = await save(parsed.data);
      if (!res.ok) {
        show(res.fieldErrors ?? {}, res.error);
        return;
      }
      show({}, null);
      setMessage(t('savedAs', { version: res.data.version }));
      router.refresh();
    } catch {
      show({}, tc('networkTextKept'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="redigera-rubrik">
      <ErrorSummary errors={errors} />
      <ol className="space-y-6">
        {sentences.map((s, i) => {
          const check = checks[i];
          const id = `mening-${i + 1}`;
          const error = fieldErrors[id];
          return (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="grid gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <div>
                  <div className="flex flex-wrap items-center gap-2">
                    <label htmlFor={id} className="font-medium">
                      {t('sentence', { n: i + 1 })}
                    </label>
                    <span id={`${id}-status`}>
                      <Badge tone={TONE[check.status]}>{t(`status.${check.status}`)}</Badge>
                    </span>
                  </div>
                  {error ? (
                    <p id={`${id}-error`} className="text-sm font-medium text-red-800">
                      {error}
                    </p>
                  ) : null}
                  <textarea
                    id={id}
                    lang={lang}
                    rows={3}
                    maxLength={MOTIVATION_LIMITS.sentenceMax}
                    value={s.text}
                    onChange={(e) => update(i, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-status`, `${id}-belagg`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
                    className={`mt-1 block w-full rounded border px-3 py-2 ${error ? 'border-red-700' : 'border-slate-500'}`}
                  />
                  <button type="button" onClick={() => remove(i)} className="mt-2 text-sm font-medium text-red-800 underline">
                    {t('removeSentence', { n: i + 1 })}
                  </button>
                </div>
                <div id={`${id}-belagg`}>
                  <h3 className="text-sm font-semibold">{t('evidenceFor', { n: i + 1 })}</h3>
                  {check.links.length === 0 ? (
                    <p className="text-sm text-amber-900">{t('handWritten')}</p>
                  ) : (
                    <ul className="mt-1 space-y-1 text-sm">
                      {check.links.map((l, k) => (
                        <li key={`${l.ref.kind}-${l.ref.sourceId}-${k}`}>
                          <a href={s.evidence[k]?.href} lang={lang} className="text-brand-800 underline">
                            {l.ref.label}
                          </a>{' '}
                          {l.holds ? (
                            <span className="text-green-900">{t('supports', { words: l.ref.supports.join(t('quoteJoin')) })}</span>
                          ) : (
                            <span className="font-medium text-amber-900">{t('noLongerSupports', { words: l.missing.join(t('quoteJoin')) })}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={add}
          disabled={sentences.length >= MOTIVATION_LIMITS.sentences}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
        >
          {t('addSentence')}
        </button>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? tc('saving') : t('saveVersion')}
        </button>
      </div>
      <p role="status" className="mt-3 text-green-900">
        {message}
      </p>
    </form>
  );
}
