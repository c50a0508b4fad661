import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Sidan finns inte</h1>
      <p className="mt-3 text-slate-700">
        Adressen kan vara fel, eller så har du inte tillgång till det du söker. Kontrollera länken eller gå till din
        startsida.
      </p>
      <p className="mt-4">
        <Link href="/">Till min startsida</Link>
      </p>
    </div>
  );
}
