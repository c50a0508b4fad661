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
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
    sid: string;
  }
}
