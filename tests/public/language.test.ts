import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/(public)/sprak/route';
import { localeOf } from '@/lib/public/messages';
import { CATALOGUES } from '@/messages';

const go = (query: string) => GET(new NextRequest(`http://kk.example.org/sprak?${query}`));

describe('the public pages’ language', () => {
  it('sets the cookie kk-locale and goes back to the public page it came from', () => {
    const res = go('till=en&tillbaka=/resultat/2025');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://kk.example.org/resultat/2025');
    expect(res.headers.get('set-cookie')).toMatch(/^kk-locale=en; Path=\//);
  });

  it('goes nowhere but the public pages (no open redirect) and falls back to Swedish', () => {
    for (const back of ['https://evil.example', '//evil.example', '/arrangor', '/resultat/2025/../../arrangor']) {
      expect(go(`till=en&tillbaka=${encodeURIComponent(back)}`).headers.get('location')).toBe('http://kk.example.org/resultat');
    }
    expect(go('till=fr').headers.get('set-cookie')).toMatch(/^kk-locale=sv;/);
    expect(localeOf(undefined)).toBe('sv');
    expect(localeOf('en')).toBe('en');
  });

  it('has every text in both languages', () => {
    const sv = CATALOGUES.sv.pubResults as Record<string, string>;
    const en = CATALOGUES.en.pubResults as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, value] of Object.entries(en)) expect(value, key).not.toBe(sv[key]);
  });
});
