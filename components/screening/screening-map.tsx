import { useTranslations } from 'next-intl';
import { MAP_CLASSES, MAP_HEIGHT, MAP_MISSING_FILL, MAP_WIDTH } from '@/lib/maps/sweden';

/**
 * The screening page's map of the 290 municipalities: a server-rendered SVG (no map
 * library in the browser) loaded as an image from its own route, so the page's HTML
 * and its React payload do not carry the 290 paths twice on every request; the browser
 * keeps the image per run. The legend is here; the table beside it holds the same
 * figures, and is the accessible alternative.
 */
export function ScreeningMap({ src, title, description, highlighted }: { src: string; title: string; description: string; highlighted: boolean }) {
  const t = useTranslations('scrMap');
  return (
    <figure className="min-w-0 max-w-sm">
      {/* An SVG from a guarded route: next/image would only proxy it; a plain img keeps the session cookie. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} width={MAP_WIDTH} height={MAP_HEIGHT} alt={`${title}. ${description}`} className="h-auto w-full" />
      <figcaption className="mt-2 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t('legend')}>
          {MAP_CLASSES.map((c) => (
            <li key={c.label} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: c.fill }} />
              {c.label}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: MAP_MISSING_FILL }} />
            {t('noData')}
          </li>
          {highlighted ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border-2" style={{ borderColor: '#b45309' }} />
              {t('proposed')}
            </li>
          ) : null}
        </ul>
        <p className="mt-1 break-words">{t('source')}</p>
      </figcaption>
    </figure>
  );
}
