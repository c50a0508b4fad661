import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodGlobalConfig } from '@/lib/i18n/zod-global';

describe('zod’s configuration set without importing zod', () => {
  afterAll(() => z.config({ localeError: undefined }));

  it('is the very object zod reads: a message set there is the one zod answers with', () => {
    expect(zodGlobalConfig()).toBe(z.config());
    zodGlobalConfig().localeError = () => 'Från den globala inställningen.';
    expect(z.string().safeParse(1).error?.issues[0].message).toBe('Från den globala inställningen.');
    expect(z.string().min(3, { error: 'Egen text.' }).safeParse('x').error?.issues[0].message).toBe('Egen text.');
  });
});
