/** The ten recovery codes, shown once, with what to do with them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="aterstallningskoder" className="mt-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-6">
      <h2 id="aterstallningskoder" className="text-lg font-semibold">
        Dina återställningskoder
      </h2>
      <p className="mt-2">
        Spara koderna på ett säkert ställe (skriv ut dem eller lägg dem i en lösenordshanterare). Varje kod fungerar en gång, i stället för
        koden från appen om du inte har telefonen. De visas bara nu.
      </p>
      <ul className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Återställningskoder">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
