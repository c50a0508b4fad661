import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';

export const dynamic = 'force-dynamic';

/** Everyone lands on their own home; visitors on the sign-in page. */
export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? ROLE_HOME_PATH[user.role] : '/logga-in');
}
