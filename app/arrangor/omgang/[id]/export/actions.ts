'use server';

import { savePressReleaseQuote, setFeedbackLettersReleased } from '@/lib/actions/reports';

export async function savePressQuoteAction(input: unknown) {
  return savePressReleaseQuote(input);
}

export async function releaseLettersAction(input: unknown) {
  return setFeedbackLettersReleased(input);
}
