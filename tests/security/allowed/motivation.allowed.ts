import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** Motivation drafts: organisers only (which nominations and phases: tests/actions/motivation.test.ts). */
export const ALLOWED: Record<string, Role[]> = {
  'motivation.generate': O,
  'motivation.save': O,
  'motivation.approve': O,
};
