import { zodResolver } from '@hookform/resolvers/zod';
import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<SignInInput>;

describe('a form whose schema loads when it is first checked', () => {
  it('answers exactly as zodResolver does with the same schema', async () => {
    const lazy = lazyZodResolver(() => Promise.resolve(signInSchema));
    const eager = zodResolver(signInSchema);
    for (const values of [
      { email: '', password: '', code: '' },
      { email: 'inte-en-adress', password: 'x', code: '' },
      { email: ' jury1@example.org ', password: 'kvalitet2027', code: '' },
    ]) {
      const a = await lazy(values, undefined, options);
      const b = await eager(values, undefined, options);
      expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    }
    // A valid form gives the schema's output (trimmed address, empty code dropped).
    expect((await lazy({ email: ' jury1@example.org ', password: 'kvalitet2027', code: '' }, undefined, options)).values).toEqual({
      email: 'jury1@example.org',
      password: 'kvalitet2027',
    });
  });

  it('loads the schema once, and again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(signInSchema);
    const resolver = lazyZodResolver<SignInInput, unknown, unknown, typeof signInSchema>(load);
    const values = { email: '', password: '', code: '' };
    await expect(resolver(values, undefined, options)).rejects.toThrow('offline');
    const first = await resolver(values, undefined, options);
    await resolver(values, undefined, options);
    expect(Object.keys(first.errors).sort()).toEqual(['email', 'password']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
