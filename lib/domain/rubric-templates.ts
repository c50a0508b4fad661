/**
 * Rubric templates a cycle can start from. "Klassisk" is the award's four areas
 * as judged 2003–2023; "2025" the four areas the nominated municipalities
 * describe since the award moved to nomination by key figures (digitalisation
 * and innovation, leadership and co-workership, the interplay between
 * politicians and officials, capacity to develop and change). Each criterion
 * carries guidance for jurors and what a low, middle and high score looks like.
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

export const RUBRIC_2025: RubricTemplate = {
  key: '2025',
  name: '2025 (nominering på nyckeltal)',
  areas: [
    {
      key: 'digitalisation_innovation',
      name: 'Digitalisering och innovation',
      description: 'Hur kommunen använder digitalisering och nya arbetssätt för att höja kvaliteten och använda resurserna bättre.',
      criteria: [
        c(
          'Digital strategi som styr',
          'Finns en strategi för digitalisering med mål, ansvar och uppföljning, kopplad till verksamhetens behov?',
          'Enstaka initiativ utan samlad riktning.',
          'En strategi finns men styr bara delar av verksamheten.',
          'En förankrad strategi som styr prioriteringar och följs upp.',
        ),
        c(
          'Innovation i verksamheten',
          'Prövas nya lösningar systematiskt, och tas det som fungerar tillvara i hela organisationen?',
          'Nya idéer stannar i enskilda projekt.',
          'Flera försök, men spridningen är ojämn.',
          'Ett systematiskt innovationsarbete med resultat som sprids.',
        ),
        c(
          'Nytta för invånarna',
          'Märks digitaliseringen för invånare och företag: enklare kontakter, kortare ledtider, bättre service?',
          'Liten synlig nytta.',
          'Nytta i några tjänster.',
          'Tydlig och mätt nytta i många tjänster.',
        ),
      ],
    },
    {
      key: 'leadership_coworkership',
      name: 'Ledarskap och medarbetarskap',
      description: 'Hur kommunen leder, utvecklar och behåller sina medarbetare.',
      criteria: [
        c(
          'Tillitsbaserat ledarskap',
          'Hur utvecklas och stöds chefer, och ges de förutsättningar (ansvarsområdenas storlek, stöd) att leda?',
          'Inget samlat ledarskapsstöd.',
          'Ledarprogram finns men förutsättningarna varierar.',
          'Ett genomtänkt ledarskap med goda förutsättningar och mätbara effekter.',
        ),
        c(
          'Medarbetarnas delaktighet',
          'Är medarbetarna delaktiga i att utveckla verksamheten, och syns det i medarbetarenkäter?',
          'Låg delaktighet.',
          'Delaktighet i vissa delar.',
          'Hög delaktighet som syns i resultat och enkäter.',
        ),
        c(
          'Kompetensförsörjning och arbetsmiljö',
          'Hur möter kommunen behovet av kompetens, och hur följs sjukfrånvaro och personalomsättning upp?',
          'Ingen plan och ingen uppföljning.',
          'Plan och uppföljning utan tydliga åtgärder.',
          'En långsiktig plan med åtgärder och förbättrade nyckeltal.',
        ),
      ],
    },
    {
      key: 'politics_officials',
      name: 'Samspelet mellan politiker och tjänstepersoner',
      description: 'Hur politisk ledning och förvaltning tillsammans styr mot mål och följer upp resultat.',
      criteria: [
        c(
          'Tydliga roller',
          'Är rollerna mellan politik och förvaltning tydliga och respekterade, även i svåra frågor?',
          'Otydliga roller, detaljstyrning.',
          'Rollerna är beskrivna men samspelet varierar.',
          'Tydlig rollfördelning och ett tillitsfullt samspel.',
        ),
        c(
          'Styrning genom mål och uppföljning',
          'Styr politiken genom få, mätbara mål som förvaltningen följer upp och som leder till beslut?',
          'Många mål utan uppföljning.',
          'Mål och uppföljning finns men kopplingen till beslut är svag.',
          'En sammanhållen styrkedja från mål till uppföljning och beslut.',
        ),
        c(
          'Långsiktighet och ekonomi',
          'Tar politik och förvaltning tillsammans ansvar för en ekonomi i balans och långsiktiga prioriteringar?',
          'Kortsiktiga beslut och svag ekonomi.',
          'Balans men små marginaler.',
          'Stabil ekonomi och långsiktiga, gemensamma prioriteringar.',
        ),
      ],
    },
    {
      key: 'capacity_to_change',
      name: 'Förmåga att utvecklas och ställa om',
      description: 'Hur kommunen lär, förbättrar och ställer om när förutsättningarna ändras.',
      criteria: [
        c(
          'Systematiskt förbättringsarbete',
          'Finns ett ledningssystem som fångar avvikelser och jämförelser och driver förbättringar?',
          'Förbättringar sker ad hoc.',
          'Ett ledningssystem finns men används ojämnt.',
          'Ett levande ledningssystem med dokumenterade resultat.',
        ),
        c(
          'Lärande av andra',
          'Jämför sig kommunen med andra och tar den till sig goda exempel?',
          'Lite jämförelse.',
          'Jämförelser görs men leder sällan till förändring.',
          'Jämförelser och lärande som syns i förändrade arbetssätt.',
        ),
        c(
          'Omställning och resultatutveckling',
          'Har kommunen ställt om när behov och resurser förändrats, och syns en positiv utveckling i resultaten över flera år?',
          'Ingen tydlig omställning eller utveckling.',
          'Omställning i enskilda verksamheter.',
          'Genomförd omställning och en stadig positiv utveckling.',
        ),
      ],
    },
  ],
};

/** The templates to choose from when a cycle is created, by key. */
export const RUBRIC_TEMPLATES = [CLASSIC_RUBRIC, RUBRIC_2025] as const;
export type RubricTemplateKey = (typeof RUBRIC_TEMPLATES)[number]['key'];
export const RUBRIC_TEMPLATE_KEYS = RUBRIC_TEMPLATES.map((t) => t.key) as [RubricTemplateKey, ...RubricTemplateKey[]];

export function rubricTemplate(key: RubricTemplateKey | undefined): RubricTemplate {
  return RUBRIC_TEMPLATES.find((t) => t.key === key) ?? CLASSIC_RUBRIC;
}
