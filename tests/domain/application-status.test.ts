import { describe, expect, it } from 'vitest';
import { applicationStage } from '@/lib/domain/application-status';

describe('what a municipality is told about its application', () => {
  it('follows the phase: submitted, in review, then finalist or not shortlisted', () => {
    expect(applicationStage({ status: 'submitted', finalist: false, phase: 'applications_open' })).toBe('submitted');
    expect(applicationStage({ status: 'submitted', finalist: false, phase: 'review' })).toBe('in_review');
    expect(applicationStage({ status: 'submitted', finalist: true, phase: 'interviews' })).toBe('finalist');
    expect(applicationStage({ status: 'submitted', finalist: false, phase: 'deliberation' })).toBe('not_shortlisted');
  });
  it('does not reveal finalists before the organiser has named them', () => {
    // finalist may be set while the cycle is still in review (a saved but unannounced choice).
    expect(applicationStage({ status: 'submitted', finalist: true, phase: 'review' })).toBe('in_review');
  });
  it('tells a draft apart from one that was never submitted in time', () => {
    expect(applicationStage({ status: 'draft', finalist: false, phase: 'applications_open' })).toBe('draft');
    expect(applicationStage({ status: 'draft', finalist: false, phase: 'review' })).toBe('not_submitted');
    expect(applicationStage({ status: 'declined', finalist: false, phase: 'review' })).toBe('declined');
  });
});
