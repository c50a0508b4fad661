/**
 * Rubric templates a cycle can start from. "Klassisk" is the award's four areas
 * as judged 2003–2023; each criterion carries guidance for jurors and what a
 * low, middle and high score looks like.
 */
export type CriterionTemplate = {
  title: string;
  guidance: string;
  low: string;
  mid: string;
  high: string;
};

export type AreaTemplate = { key: string; name: string; description: string; criteria: CriterionTemplate[] };

export type RubricTemplate = { key: string; name: string; areas: AreaTemplate[] };

const c = (title: string, guidance: string, low: string, mid: string, high: string): CriterionTemplate => ({
  title,
  guidance,
  low,
  mid,
  high,
});

export const CLASSIC_RUBRIC: RubricTemplate = {
  key: 'klassisk',
  name: 'Klassisk (2003–2023)',
  areas: [
    {
      key: 'democracy',
      name: 'Demokrati',
      description: 'Hur kommunen utvecklar den lokala demokratin och invånarnas delaktighet.',
      criteria: [
        c(
          'Medborgardialog och delaktighet',
          'Finns former för dialog som påverkar beslut, och återkopplas resultatet till invånarna?',
          'Enstaka dialoger utan koppling till beslut.',
          'Återkommande dialoger, viss återkoppling.',
          'Systematisk dialog som syns i beslut och uppföljning.',
        ),
        c(
          'Öppenhet och insyn',
          'Hur lätt är det för invånare och medier att följa beslut, ekonomi och resultat?',
          'Svårtillgänglig information.',
          'Information finns men är spridd.',
          'Öppna data, tydlig redovisning av resultat och ekonomi.',
        ),
        c(
          'Samspel mellan politik och förvaltning',
          'Är rollerna tydliga, och styr politiken genom mål som förvaltningen följer upp?',
          'Otydliga roller, detaljstyrning.',
          'Rollerna är beskrivna men samspelet varierar.',
          'Tydlig rollfördelning och tillitsfullt samspel.',
        ),
      ],
    },
    {
      key: 'service',
      name: 'Service och verksamheter',
      description: 'Kvaliteten i verksamheterna och servicen till invånarna.',
      criteria: [
        c(
          'Kvalitet ur invånarnas perspektiv',
          'Mäts kvaliteten som invånarna upplever, och används resultaten för att förbättra?',
          'Ingen systematisk mätning.',
          'Mätningar finns i några verksamheter.',
          'Brett och jämförbart mätt, med tydliga förbättringar.',
        ),
        c(
          'Systematiskt förbättringsarbete',
          'Finns ett ledningssystem som fångar avvikelser och driver förbättringar?',
          'Förbättringar sker ad hoc.',
          'Ett ledningssystem finns men används ojämnt.',
          'Ett levande ledningssystem med dokumenterade resultat.',
        ),
        c(
          'Tillgänglighet och bemötande',
          'Hur lätt är det att komma i kontakt med kommunen, och hur bemöts invånarna?',
          'Långa svarstider, få kanaler.',
          'Godtagbar tillgänglighet.',
          'Hög tillgänglighet, uppföljt bemötande.',
        ),
        c(
          'Digitalisering och innovation',
          'Används digitala lösningar och nya arbetssätt för att förbättra servicen?',
          'Lite utvecklingsarbete.',
          'Enskilda projekt.',
          'Strategiskt och brett förankrat utvecklingsarbete.',
        ),
      ],
    },
    {
      key: 'work_environment',
      name: 'Arbetsmiljö och arbetsgivarskap',
      description: 'Kommunen som arbetsgivare: ledarskap, medarbetarskap och arbetsmiljö.',
      criteria: [
        c(
          'Ledarskap',
          'Hur utvecklas och stöds chefer, och hur stora är deras ansvarsområden?',
          'Inget samlat ledarskapsstöd.',
          'Ledarprogram finns.',
          'Ett genomtänkt ledarskap med mätbara effekter.',
        ),
        c(
          'Medarbetarskap och delaktighet',
          'Är medarbetarna delaktiga i utvecklingen av verksamheten?',
          'Låg delaktighet.',
          'Delaktighet i vissa delar.',
          'Hög delaktighet, synlig i medarbetarenkäter.',
        ),
        c(
          'Hälsa och arbetsmiljö',
          'Hur följs sjukfrånvaro, personalomsättning och arbetsmiljö upp och åtgärdas?',
          'Ingen uppföljning.',
          'Uppföljning utan tydliga åtgärder.',
          'Uppföljning med åtgärder och förbättrade nyckeltal.',
        ),
      ],
    },
    {
      key: 'community_building',
      name: 'Samhällsbyggande',
      description: 'Hur kommunen bygger ett hållbart samhälle tillsammans med andra.',
      criteria: [
        c(
          'Hållbar samhällsutveckling',
          'Finns långsiktiga mål för miljö, bostäder och infrastruktur som följs upp?',
          'Korta perspektiv.',
          'Mål finns men följs upp ojämnt.',
          'Långsiktiga mål som styr och följs upp.',
        ),
        c(
          'Samverkan med näringsliv och civilsamhälle',
          'Hur samverkar kommunen med företag, föreningar och andra offentliga aktörer?',
          'Lite samverkan.',
          'Samverkan i enskilda frågor.',
          'Strukturerad samverkan med gemensamma resultat.',
        ),
        c(
          'God ekonomisk hushållning',
          'Har kommunen en ekonomi i balans som bär verksamhetens utveckling?',
          'Underskott och svag styrning.',
          'Balans men små marginaler.',
          'Stabila överskott och tydliga finansiella mål.',
        ),
      ],
    },
  ],
};
