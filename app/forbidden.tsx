import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Du har inte behörighet till den här sidan</h1>
      <p className="mt-3 text-slate-700">
        Sidan hör till en annan roll än din. Gå till din startsida, eller logga in med ett annat konto om du har flera
        roller.
      </p>
      <p className="mt-4">
        <Link href="/">Till min startsida</Link>
      </p>
    </div>
  );
}
