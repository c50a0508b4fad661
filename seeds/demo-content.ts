/** Fictional people and texts for the demo cycle. Everything here is demo data. */

export const DEMO_PASSWORD = 'kvalitet2027';
export const DEMO_CYCLE = { year: 2027, name: 'Sveriges KvalitetsKommun 2027' };
export const DEMO_SEED = 2027;

export const DEMO_ORGANISER = { email: 'arrangor@example.org', name: 'Maria Ekström', title: 'Sekretariatet' };

/** One juror per organisation behind the award, in this order: jury1 … jury7. */
export const DEMO_JURORS = [
  { name: 'Anders Berg', organisation: 'SKR' },
  { name: 'Karin Holm', organisation: 'Swedbank' },
  { name: 'Lena Sjöberg', organisation: 'Kvalitetsmässan' },
  { name: 'Per Åkesson', organisation: 'Tänk Om' },
  { name: 'Fatima Haddad', organisation: 'Kommunal' },
  { name: 'Johan Lindgren', organisation: 'Saco' },
  { name: 'Eva Nyström', organisation: 'Vision' },
];

export const CONTACT_FIRST_NAMES = ['Sara', 'Mikael', 'Ingrid', 'Ahmed', 'Helena', 'Olof', 'Linnea', 'Jonas', 'Birgitta', 'Emil', 'Annika', 'Goran'];
export const CONTACT_LAST_NAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson'];
export const CONTACT_TITLES = ['Kvalitetsstrateg', 'Utvecklingschef', 'Kommundirektör', 'Verksamhetsutvecklare'];

export const SELF_DESCRIPTIONS: Record<string, string[]> = {
  democracy: [
    'Vi har infört medborgarbudget i alla kommundelar och redovisar varje år hur förslagen har påverkat besluten.',
    'Kommunfullmäktiges beredningar bjuder in invånare till dialog innan större beslut, och resultatet återkopplas på webben.',
    'Ungdomsrådet har yttranderätt i frågor som rör unga, och vi följer upp hur synpunkterna tas om hand.',
  ],
  service: [
    'Alla verksamheter har servicedeklarationer som följs upp kvartalsvis, och resultaten publiceras öppet.',
    'Vi mäter nöjdheten efter varje ärende i kontaktcenter och har halverat svarstiderna på tre år.',
    'Ett gemensamt ledningssystem fångar avvikelser och förbättringsförslag från både medarbetare och invånare.',
  ],
  work_environment: [
    'Chefer har högst 30 medarbetare, och ett ledarprogram ger alla nya chefer stöd under första året.',
    'Sjukfrånvaron har minskat tre år i rad efter ett gemensamt arbete med fackliga organisationer och företagshälsovården.',
    'Medarbetarenkäten visar att nio av tio vet vilka mål de bidrar till.',
  ],
  community_building: [
    'En långsiktig plan för bostadsförsörjning och hållbart resande styr detaljplaneringen och följs upp årligen.',
    'Näringslivsrådet samlar företag, skolor och föreningar kring kompetensförsörjning och lokala jobb.',
    'Resultatet har legat över två procent av skatteintäkterna i fem år, vilket ger utrymme för investeringar.',
  ],
};

export const SCORE_COMMENTS = {
  low: ['Svagt underlag i dokumenten; uppföljning saknas.', 'Beskrivningen är allmän och saknar resultat.'],
  high: ['Mycket tydlig koppling mellan mål, uppföljning och resultat.', 'Föredömligt arbete med mätbara förbättringar.'],
  mid: ['Godtagbart, men uppföljningen kunde vara tydligare.', 'Bra ansatser, resultaten är ännu begränsade.', ''],
};
