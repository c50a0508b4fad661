'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { saveInterviewNoteAction } from '@/app/jury/actions';
import { scaleValues, type Scale } from '@/lib/domain/scoring';

type Note = {
  interviewedRoles: string;
  interviewDate: string;
  observations: string;
  strengths: string;
  concerns: string;
  score: number | null;
};
type Area = { id: number; name: string; description: string; note: Note & { updatedAt: string | null } };
type Status = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Structured interview notes per area, autosaved a moment after typing stops. */
export function InterviewNotesForm({ nominationId, scale, areas, readOnly }: { nominationId: number; scale: Scale; areas: Area[]; readOnly: boolean }) {
  const tr = useTranslations('juryInterview');
  const [notes, setNotes] = useState<Record<number, Note>>(() =>
    Object.fromEntries(
      areas.map((a) => [
        a.id,
        {
          interviewedRoles: a.note.interviewedRoles,
          interviewDate: a.note.interviewDate,
          observations: a.note.observations,
          strengths: a.note.strengths,
          concerns: a.note.concerns,
          score: a.note.score,
        },
      ]),
    ),
  );
  const [status, setStatus] = useState<Record<number, Status>>({});
  const [errors, setErrors] = useState<Record<number, Record<string, string>>>({});
  const notesRef = useRef(notes);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  async function save(areaId: number) {
    setStatus((s) => ({ ...s, [areaId]: { kind: 'saving' } }));
    try {
      const result = await saveInterviewNoteAction({ nominationId, areaId, ...notesRef.current[areaId] });
      if (result.ok) {
        setErrors((e) => ({ ...e, [areaId]: {} }));
        setStatus((s) => ({ ...s, [areaId]: { kind: 'saved' } }));
      } else {
        setErrors((e) => ({ ...e, [areaId]: result.fieldErrors ?? {} }));
        setStatus((s) => ({ ...s, [areaId]: { kind: 'error', message: result.error } }));
      }
    } catch {
      setStatus((s) => ({ ...s, [areaId]: { kind: 'error', message: tr('network') } }));
    }
  }

  function change(areaId: number, patch: Partial<Note>) {
    notesRef.current = { ...notesRef.current, [areaId]: { ...notesRef.current[areaId], ...patch } };
    setNotes(notesRef.current);
    setStatus((s) => ({ ...s, [areaId]: { kind: 'pending' } }));
    const t = timers.current.get(areaId);
    if (t) clearTimeout(t);
    timers.current.set(
      areaId,
      setTimeout(() => void save(areaId), 1000),
    );
  }

  const field = (areaId: number, name: keyof Note, label: string, multiline = true) => {
    const id = `${name}-${areaId}`;
    const error = errors[areaId]?.[name];
    const value = String(notes[areaId][name] ?? '');
    const common = {
      id,
      value,
      readOnly,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-fel` : undefined,
      className: 'mt-1 block w-full rounded border border-slate-500 px-2 py-1',
    };
    return (
      <div className="mt-3">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        {error ? (
          <p id={`${id}-fel`} className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {multiline ? (
          <textarea rows={3} {...common} onChange={(e) => change(areaId, { [name]: e.target.value })} />
        ) : (
          <input type={name === 'interviewDate' ? 'date' : 'text'} {...common} onChange={(e) => change(areaId, { [name]: e.target.value })} />
        )}
      </div>
    );
  };

  return (
    <div>
      {areas.map((a) => {
        const st = status[a.id] ?? { kind: 'idle' };
        return (
          <section key={a.id} aria-labelledby={`omrade-${a.id}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`omrade-${a.id}`} className="text-lg font-semibold">
              {a.name}
            </h2>
            {a.description ? <p className="text-sm text-slate-700">{a.description}</p> : null}
            {field(a.id, 'interviewedRoles', tr('roles'), false)}
            {field(a.id, 'interviewDate', tr('date'), false)}
            {field(a.id, 'observations', tr('observations'))}
            {field(a.id, 'strengths', tr('strengths'))}
            {field(a.id, 'concerns', tr('concerns'))}
            <fieldset className="mt-3">
              <legend className="text-sm font-medium">{tr('score')}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {scaleValues(scale).map((v) => (
                  <label key={v} className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      name={`intervjupoang-${a.id}`}
                      checked={notes[a.id].score === v}
                      disabled={readOnly}
                      onChange={() => change(a.id, { score: v })}
                      className="h-5 w-5"
                    />
                    {v}
                  </label>
                ))}
                <label className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`intervjupoang-${a.id}`}
                    checked={notes[a.id].score === null}
                    disabled={readOnly}
                    onChange={() => change(a.id, { score: null })}
                    className="h-5 w-5"
                  />
                  {tr('noScore')}
                </label>
              </div>
            </fieldset>
            <p className="mt-2 min-h-5 text-sm" aria-live="polite">
              {st.kind === 'pending' ? tr('pending') : null}
              {st.kind === 'saving' ? tr('saving') : null}
              {st.kind === 'saved' ? <span className="text-green-800">{tr('saved')}</span> : null}
              {st.kind === 'error' ? (
                <span className="font-medium text-red-800">
                  {tr('notSaved', { message: st.message })}{' '}
                  <button type="button" className="underline" onClick={() => void save(a.id)}>
                    {tr('retry')}
                  </button>
                </span>
              ) : null}
            </p>
          </section>
        );
      })}
    </div>
  );
}
