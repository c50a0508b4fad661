/** Role shorthands for the tables in this folder. */
import type { Role } from '@/db/schema/people';

export const O: Role[] = ['organiser'];
export const J: Role[] = ['juror'];
export const M: Role[] = ['municipality'];
