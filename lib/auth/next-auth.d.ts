import type { Role } from '@/db/schema/people';

declare module 'next-auth' {
  interface Session {
    sid: string;
    sv: number;
    user: { id: number; role: Role; name: string; email: string };
  }
  interface User {
    id: string;
    role: Role;
    sessionVersion: number;
    needsTotpEnrolment?: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
    sid: string;
    /** A real organiser without two-factor sign-in: the proxy keeps them out of /arrangor and /api/arrangor. */
    totpPending?: boolean;
  }
}
