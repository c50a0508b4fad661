/**
 * The Swedish phrase bank for the fictitious demo steering documents
 * (see demo-document.ts). Everything here is invented; no sentence describes a
 * real municipality.
 *
 * Templates may contain these placeholders, filled by fillTemplate():
 *   {kommun}      the display name, e.g. "Habo kommun" or "Region Gotland"
 *   {ort}         the short name, e.g. "Habo"
 *   {år} {år-1} {år+1} {år+2} {år+3}   the document year and its neighbours
 *   {visionsår}   the horizon of the vision, e.g. 2035
 *   {område}      one of the document's invented local place names
 *   {datum}       the document's adoption date, e.g. 2026-06-15
 *   {n:a-b}       an integer in [a, b]
 *   {d:a-b}       a number with one decimal (decimal comma) in [a, b]
 *   {hundra:a-b}  an integer in [a, b] times 100, with a space as thousands separator
 */
import type { DemoDocumentType } from './demo-document';

export type TopicKey =
  | 'democracy'
  | 'service'
  | 'workenv'
  | 'community'
  | 'goals'
  | 'economy'
  | 'digital'
  | 'sustainability'
  | 'safety';

export type Topic = {
  /** Section headings; one is picked per section. */
  headings: readonly string[];
  /** Sentences that paragraphs are built from. */
  sentences: readonly string[];
  /** Goal statements ("Målet är att …"), drawn in a highlighted box. */
  goals: readonly string[];
  /** Indicator lines: "name: utfall …, målvärde …". */
  indicators: readonly string[];
};

export type DocumentKind = {
  /** The title without the municipality, e.g. "Mål och budget {år}". */
  title: readonly string[];
  subtitle: readonly string[];
  /** The line under the subtitle: who adopted it, when, and a registration number. */
  meta: readonly string[];
  /** Headings for the first section. */
  introHeadings: readonly string[];
  introSentences: readonly string[];
  /** The order of the main sections, before extra sections fill long documents. */
  plan: readonly TopicKey[];
};

export const TOPICS: Record<TopicKey, Topic> = {
  democracy: {
    headings: [
      'Demokrati och medborgardialog',
      'Delaktighet och inflytande',
      'En öppen och tillgänglig demokrati',
      'Medborgardialog och delaktighet',
    ],
    sentences: [
      '{kommun} ska vara en kommun där invånarna har goda möjligheter att påverka och ta del av de beslut som fattas.',
      'Medborgardialog används som ett stöd i beslutsprocessen, särskilt i frågor som rör den fysiska planeringen och välfärdens utformning.',
      'Under {år} genomfördes {n:4-12} medborgardialoger med invånare, föreningar och företagare, bland annat om utvecklingen av {område}.',
      'Resultatet från dialogerna återkopplas till deltagarna så att det blir tydligt hur synpunkterna har påverkat besluten.',
      'Barn och unga ges särskilda möjligheter att delta, bland annat genom ungdomsrådet och skolornas elevråd.',
      'Andelen invånare som upplever att de har insyn i och inflytande över kommunens beslut var {n:38-61} procent i den senaste medborgarundersökningen.',
      'Kommunfullmäktiges sammanträden sänds via webben och handlingarna publiceras i god tid före varje möte.',
      'Fler invånare ska kunna lämna synpunkter och förslag digitalt, samtidigt som möjligheten att ta kontakt på plats finns kvar.',
      'Förtroendevalda och tjänstepersoner har under perioden deltagit i utbildning om dialogmetoder och demokratins förutsättningar.',
      'Ett medborgarförslag som får tillräckligt stöd tas upp till behandling i den ansvariga nämnden.',
      'Valdeltagandet i det senaste kommunvalet var {d:78-88} procent, vilket är högre än i det föregående valet.',
      'Föreningslivet är en viktig del av den lokala demokratin och får stöd genom bidrag, lokaler och rådgivning.',
      'Digitala enkäter kompletteras med öppna möten i kommunens olika delar för att nå grupper som sällan deltar.',
      'Arbetet med ett klarspråk i kommunens texter fortsätter, så att information och beslut blir begripliga för alla.',
      'Delaktighet handlar också om att invånarna ska känna tillit till att kommunen hanterar deras ärenden rättssäkert och likvärdigt.',
      'Kommunstyrelsen följer varje år upp hur inkomna synpunkter och klagomål har hanterats och vilka förbättringar de har lett till.',
      'Inför större förändringar i {område} har boende och verksamma bjudits in till samråd och workshoppar.',
      'Pensionärsrådet och rådet för funktionshinderfrågor ger synpunkter på förslag som berör deras grupper innan beslut fattas.',
    ],
    goals: [
      'Målet är att fler invånare ska uppleva att de kan påverka kommunens utveckling.',
      'Målet för {år+1} är att andelen invånare som deltar i medborgardialoger ska öka jämfört med {år}.',
      'Målet är att alla större förändringar i verksamheterna ska föregås av dialog med dem som berörs.',
      'Målet är att barn och unga ska ha reellt inflytande i frågor som rör deras vardag.',
    ],
    indicators: [
      'Nöjd-Inflytande-Index: utfall {n:38-50}, målvärde {n:51-58}',
      'Andel invånare som upplever att de kan påverka: utfall {n:30-45} %, målvärde {n:46-55} %',
      'Antal genomförda medborgardialoger: utfall {n:4-10}, målvärde {n:11-15}',
      'Andel medborgarförslag som besvarats inom sex månader: utfall {n:60-80} %, målvärde 90 %',
    ],
  },
  service: {
    headings: [
      'Service till invånarna',
      'Verksamheter och service',
      'God service och ett gott bemötande',
      'Välfärd och service av hög kvalitet',
    ],
    sentences: [
      'Kommunens verksamheter ska hålla hög kvalitet och utgå från invånarnas behov.',
      'Kontaktcenter tog under {år} emot omkring {n:20-90} 000 samtal och e-postmeddelanden, och {n:70-90} procent av ärendena löstes vid första kontakten.',
      'Andelen invånare som får svar på en enkel fråga via e-post inom två arbetsdagar var {n:72-96} procent.',
      'Inom förskolan har arbetet med mindre barngrupper fortsatt, och antalet barn per grupp har minskat något.',
      'Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram var {d:80-92} procent.',
      'Äldreomsorgen arbetar för ökad kontinuitet, så att den som har hemtjänst möter färre olika medarbetare under en vecka.',
      'Brukarundersökningen inom särskilt boende visar att {n:80-94} procent av de boende är nöjda med sitt boende som helhet.',
      'Biblioteken har utökat sina meröppna tider, vilket gör att invånarna kan låna och studera även kvällar och helger.',
      'Servicedeklarationer finns för flera verksamheter och beskriver vad invånarna kan förvänta sig av kommunen.',
      'Handläggningstiden för bygglov har kortats och var i genomsnitt {n:3-7} veckor från komplett ansökan.',
      'Synpunkter och klagomål tas tillvara som en del av det systematiska kvalitetsarbetet i alla verksamheter.',
      'Ett gott bemötande är grunden för förtroende, och samtliga verksamheter har under året arbetat med gemensamma riktlinjer för bemötande.',
      'Kommunens e-tjänster har utvecklats så att fler ärenden kan hanteras dygnet runt, till exempel ansökan om plats i förskola och skolskjuts.',
      'Verksamheterna jämför regelbundet sina resultat med andra kommuner för att hitta goda exempel och förbättringsområden.',
      'Inom socialtjänsten har arbetet med tidiga och samordnade insatser för barn och unga stärkts.',
      'Kultur- och fritidsverksamheten erbjuder ett brett utbud av aktiviteter, och sommarlovsaktiviteterna nådde fler ungdomar än tidigare år.',
      'En ny förskola i {område} tas i bruk under {år+1} och ersätter två äldre förskolor med sämre lokaler.',
      'Måltidsverksamheten serverar varje dag omkring {n:2-9} 000 måltider i förskolor, skolor och äldreboenden.',
    ],
    goals: [
      'Målet är att invånarna ska uppleva att de får god service och ett gott bemötande i alla kontakter med kommunen.',
      'Målet är att resultaten i skolan ska förbättras så att fler elever når kunskapskraven.',
      'Målet för {år+1} är att fler ärenden ska kunna hanteras digitalt utan att tillgängligheten för andra minskar.',
      'Målet är att den som har hemtjänst ska möta högst {n:10-14} olika medarbetare under en period av fjorton dagar.',
    ],
    indicators: [
      'Andel som får svar på e-post inom två arbetsdagar: utfall {n:70-88} %, målvärde 90 %',
      'Andel elever i årskurs 9 som är behöriga till yrkesprogram: utfall {d:80-88} %, målvärde {n:89-93} %',
      'Brukarnas helhetsbedömning av hemtjänsten: utfall {n:82-89} %, målvärde 90 %',
      'Genomsnittlig handläggningstid för bygglov: utfall {n:5-8} veckor, målvärde 4 veckor',
      'Andel som fått plats i förskola på önskat placeringsdatum: utfall {n:70-88} %, målvärde 95 %',
    ],
  },
  workenv: {
    headings: [
      'Arbetsmiljö och medarbetarskap',
      'Medarbetare och ledarskap',
      'En attraktiv arbetsgivare',
      'Arbetsmiljö, ledarskap och kompetens',
    ],
    sentences: [
      '{kommun} är en av de största arbetsgivarna i området med omkring {hundra:9-48} medarbetare.',
      'Ett gott medarbetarskap bygger på delaktighet, ansvar och ömsesidigt förtroende mellan chefer och medarbetare.',
      'Medarbetarundersökningen visar ett hållbart medarbetarengagemang (HME) på {n:76-84}, vilket är i nivå med eller något över rikets genomsnitt.',
      'Sjukfrånvaron var {d:5-8} procent av den ordinarie arbetstiden, och den korta sjukfrånvaron har minskat jämfört med föregående år.',
      'Det systematiska arbetsmiljöarbetet följs upp årligen i samverkan med de fackliga organisationerna.',
      'Cheferna erbjuds ett ledarutvecklingsprogram med fokus på tillitsbaserad styrning, kommunikation och förändringsledning.',
      'Antalet medarbetare per chef har minskat inom äldreomsorgen, vilket ger bättre förutsättningar för ett närvarande ledarskap.',
      'Heltid som norm gäller i samtliga förvaltningar, och andelen tillsvidareanställda som arbetar heltid är nu {n:72-90} procent.',
      'Kompetensförsörjningen är en av de största utmaningarna de kommande åren, särskilt inom förskola, skola och vård och omsorg.',
      'Kommunen samarbetar med gymnasieskolan och högskolor för att fler ska välja att arbeta inom välfärden.',
      'Riskbedömningar görs inför varje större förändring av verksamheten för att förebygga ohälsa.',
      'Friskvårdsbidraget har höjts, och samtliga arbetsplatser har tagit fram handlingsplaner för en god organisatorisk och social arbetsmiljö.',
      'Arbetsmiljöarbetet ska bidra till att medarbetarna upplever arbetet som meningsfullt och har rimliga krav i förhållande till sina resurser.',
      'Lönebildningen utgår från kommunens lönepolicy, där prestation, ansvar och marknadens villkor vägs samman.',
      'Introduktionen av nya medarbetare har förbättrats med en gemensam introduktionsdag och tydliga checklistor på varje arbetsplats.',
      'Ett gott ledarskap kännetecknas av närvaro, tydlighet och förmåga att skapa delaktighet i arbetsgruppen.',
      'Medarbetarsamtal och lönesamtal genomförs varje år, och varje medarbetare har en individuell utvecklingsplan.',
      'Antalet tillbud och arbetsskador följs upp per förvaltning, och åtgärder dokumenteras i arbetsplatsens handlingsplan.',
    ],
    goals: [
      'Målet är att {kommun} ska vara en attraktiv arbetsgivare med friska medarbetare och ett gott ledarskap.',
      'Målet för {år+1} är att sjukfrånvaron ska minska till högst {d:5-6} procent.',
      'Målet är att samtliga medarbetare ska ha haft ett medarbetarsamtal och en individuell utvecklingsplan under året.',
      'Målet är att fler medarbetare ska rekommendera kommunen som arbetsgivare.',
    ],
    indicators: [
      'Hållbart medarbetarengagemang (HME): utfall {n:76-80}, målvärde {n:81-84}',
      'Sjukfrånvaro: utfall {d:6.2-8} %, målvärde {d:5-6} %',
      'Andel tillsvidareanställda med heltid: utfall {n:70-84} %, målvärde {n:85-92} %',
      'Personalomsättning: utfall {d:8.5-13} %, målvärde högst 8 %',
      'Andel medarbetare som skulle rekommendera sin arbetsplats: utfall {n:60-74} %, målvärde {n:75-82} %',
    ],
  },
  community: {
    headings: [
      'Samhällsbyggande och hållbar tillväxt',
      'Bostäder, näringsliv och infrastruktur',
      'Ett växande och hållbart samhälle',
      'Samhällsbyggnad och näringsliv',
    ],
    sentences: [
      '{kommun} ska växa på ett hållbart sätt, med attraktiva boendemiljöer i både tätorter och på landsbygden.',
      'Under {år} färdigställdes {n:40-260} nya bostäder, varav flera hyresrätter i {område}.',
      'Detaljplanearbetet för {område} pågår, och planen väntas kunna antas under {år+1}.',
      'Översiktsplanen anger inriktningen för mark- och vattenanvändningen och pekar ut områden för bostäder, verksamheter och grönstruktur.',
      'Näringslivsklimatet har förbättrats, och företagarnas sammanfattande omdöme om kommunens service har höjts i den senaste mätningen.',
      'Ett näringslivsråd med företrädare för det lokala näringslivet träffas regelbundet för att diskutera etableringar, kompetensförsörjning och infrastruktur.',
      'Arbetet med ny verksamhetsmark vid {område} ger förutsättningar för nya etableringar och fler arbetstillfällen.',
      'Kollektivtrafiken har byggts ut i samarbete med regionen, och fler turer trafikerar nu sträckan mellan centralorten och de större tätorterna.',
      'Utbyggnaden av bredband är i stort sett klar, och {n:92-99} procent av hushållen har tillgång till snabbt bredband.',
      'Bostadsförsörjningsprogrammet beskriver behovet av bostäder för olika grupper, bland annat äldre och unga vuxna.',
      'Gång- och cykelvägnätet har förlängts, vilket gör det enklare och säkrare att välja hållbara transporter.',
      'Det kommunala bostadsbolaget planerar att bygga omkring {n:30-120} lägenheter under de kommande åren.',
      'Antalet nystartade företag var {d:4-9} per tusen invånare, vilket är i nivå med länets genomsnitt.',
      'Kommunen arbetar för en levande landsbygd genom stöd till lokal service, föreningar och bygdeutveckling.',
      'Klimatanpassning vägs in i all planering, bland annat genom att skydda låglänta områden mot översvämning.',
      'Centrumutvecklingen i {ort} sker i samverkan med fastighetsägare och handlare för att skapa en levande stadskärna.',
      'Besöksnäringen växer, och antalet gästnätter ökade med {n:2-14} procent jämfört med föregående år.',
      'Markanvisningar sker enligt kommunens riktlinjer, där gestaltning, hållbarhet och blandade upplåtelseformer vägs in.',
    ],
    goals: [
      'Målet är att {kommun} ska ha en god bostadsförsörjning med ett varierat utbud av boendeformer.',
      'Målet är att företagarna ska ge kommunens service ett högre sammanfattande omdöme i nästa mätning.',
      'Målet för perioden {år}–{år+2} är att minst {n:150-400} nya bostäder ska färdigställas.',
      'Målet är att andelen resor med kollektivtrafik, cykel och gång ska öka.',
    ],
    indicators: [
      'Antal färdigställda bostäder: utfall {n:40-140}, målvärde {n:150-200}',
      'Sammanfattande omdöme om företagsklimatet: utfall {d:3-3.6} på en sexgradig skala, målvärde {d:3.7-4.2}',
      'Nöjd-Region-Index för kommunikationer: utfall {n:45-55}, målvärde {n:56-62}',
      'Andel hushåll med tillgång till snabbt bredband: utfall {n:90-95} %, målvärde 98 %',
      'Planberedskap, antal bostäder i antagna detaljplaner: utfall {n:120-300}, målvärde {n:310-450}',
    ],
  },
  goals: {
    headings: [
      'Mål, indikatorer och uppföljning',
      'Styrning och uppföljning',
      'Så följer vi upp målen',
      'Målstyrning och uppföljning',
    ],
    sentences: [
      'Kommunfullmäktige fastställer övergripande mål som nämnderna bryter ned till egna mål och aktiviteter.',
      'Varje mål följs upp med ett fåtal indikatorer som mäts på samma sätt från år till år, så att utvecklingen kan jämföras över tid.',
      'Uppföljning sker i delårsrapporten per den 31 augusti och i årsredovisningen.',
      'Nämnderna redovisar dessutom en verksamhetsberättelse där måluppfyllelsen analyseras och förbättringsåtgärder beskrivs.',
      'Ett mål bedöms som uppfyllt när minst två tredjedelar av indikatorerna har nått sina målvärden.',
      'Av fullmäktiges {n:8-14} mål bedöms {n:4-7} som helt uppfyllda och övriga som delvis uppfyllda.',
      'Resultaten jämförs med andra kommuner med hjälp av Kolada och Kommunens Kvalitet i Korthet.',
      'Analysen av resultaten används i budgetarbetet, så att resurser kan riktas till de områden där behoven är störst.',
      'Uppföljningen av den interna kontrollen sker parallellt med målen och rapporteras till kommunstyrelsen två gånger per år.',
      'Styrmodellen bygger på tillit till medarbetarnas kompetens och på en tydlig ansvarsfördelning mellan politik och förvaltning.',
      'Indikatorerna redovisas med utfall, målvärde och trend, och avvikelser kommenteras av ansvarig nämnd.',
      'Där resultaten inte når upp till målvärdet tar förvaltningen fram en åtgärdsplan som följs upp vid nästa rapporttillfälle.',
      'Invånarnas och brukarnas synpunkter samlas in genom enkäter och dialoger och är en viktig del av underlaget.',
      'Målen är få och prioriterade, så att de faktiskt styr verksamheternas planering och resursfördelning.',
      'Varje förvaltning har en kvalitetsansvarig som stödjer cheferna i analysen av resultaten.',
    ],
    goals: [
      'Målet är att uppföljningen ska ge politiken ett tydligt underlag för prioriteringar.',
      'Målet är att alla nämnder ska redovisa sin måluppfyllelse med jämförbara indikatorer.',
      'Målet för {år+1} är att andelen helt uppfyllda mål ska öka jämfört med {år}.',
    ],
    indicators: [
      'Andel av fullmäktiges mål som är helt uppfyllda: utfall {n:40-60} %, målvärde 75 %',
      'Andel indikatorer med positiv trend: utfall {n:50-68} %, målvärde 70 %',
      'Antal mått i Kommunens Kvalitet i Korthet bland de bästa 25 procenten: utfall {n:8-14}, målvärde {n:15-20}',
      'Andel nämnder som lämnat verksamhetsberättelse i tid: utfall {n:80-95} %, målvärde 100 %',
    ],
  },
  economy: {
    headings: [
      'God ekonomisk hushållning',
      'Ekonomi och finansiella mål',
      'Ekonomiska förutsättningar och god ekonomisk hushållning',
      'Ekonomisk hushållning och resultat',
    ],
    sentences: [
      'Kommunallagen kräver att kommunen har en god ekonomisk hushållning i sin verksamhet.',
      'Det finansiella målet är att resultatet ska vara minst 2 % av skatteintäkter och generella statsbidrag över en rullande femårsperiod.',
      'Årets resultat blev {d:8-90} miljoner kronor, vilket motsvarar {d:0.8-3.4} procent av skatteintäkter och generella statsbidrag.',
      'Nettoinvesteringarna var {n:60-480} miljoner kronor och avsåg främst förskolor, skolor samt vatten och avlopp.',
      'Investeringarna ska i huvudsak finansieras med egna medel, och självfinansieringsgraden ska över tid vara minst {n:70-100} procent.',
      'Soliditeten inklusive samtliga pensionsförpliktelser var {d:8-40} procent vid årets slut.',
      'Skatteintäkterna ökar, men kostnaderna för välfärden växer snabbare till följd av fler äldre och högre priser.',
      'Nämnderna ska bedriva sin verksamhet inom tilldelad budgetram och vidta åtgärder i god tid om ett underskott befaras.',
      'Kommunalskatten är {d:20.5-23.5} kronor per hundra kronor beskattningsbar inkomst.',
      'Resultatutjämningsreserven kan användas för att jämna ut intäkterna över en konjunkturcykel.',
      'Ekonomin följs upp varje månad, och prognoser för helåret lämnas till kommunstyrelsen efter april, augusti och oktober.',
      'En långsiktig investeringsplan visar hur kommunens behov av lokaler och infrastruktur ska finansieras.',
      'Effektiviseringar görs bland annat genom samordnad lokalanvändning, digitalisering och gemensamma upphandlingar.',
      'Låneskulden var {hundra:3-40} miljoner kronor vid årets slut, och räntekostnaderna har ökat jämfört med föregående år.',
      'God ekonomisk hushållning innebär att varje generation bär kostnaderna för den service den själv konsumerar.',
      'Budgeten innehåller en central reserv för oförutsedda kostnader på {d:0.5-1.5} procent av skatteintäkterna.',
    ],
    goals: [
      'Målet är en god ekonomisk hushållning, där dagens invånare inte konsumerar det som kommande generationer ska betala.',
      'Målet för {år+1} är att resultatet ska vara minst 2 % av skatteintäkter och generella statsbidrag.',
      'Målet är att investeringarna under planperioden ska finansieras utan att låneskulden ökar.',
    ],
    indicators: [
      'Resultat i procent av skatteintäkter och generella statsbidrag: utfall {d:0.8-1.9} %, målvärde 2,0 %',
      'Självfinansieringsgrad av investeringar: utfall {n:55-85} %, målvärde 100 %',
      'Soliditet inklusive pensionsförpliktelser: utfall {d:10-30} %, målvärde förbättring mot föregående år',
      'Nettokostnadernas andel av skatteintäkter och statsbidrag: utfall {d:98.1-99.6} %, målvärde högst 98 %',
    ],
  },
  digital: {
    headings: ['Digitalisering och innovation', 'Digital utveckling', 'Digitala tjänster för invånarna'],
    sentences: [
      'Digitaliseringen ska göra det enklare för invånare och företag att ha kontakt med kommunen.',
      'Under {år} lanserades {n:6-18} nya e-tjänster, bland annat för ansökan om ekonomiskt bistånd och anmälan om livsmedelsverksamhet.',
      'Välfärdsteknik som digital nattillsyn och läkemedelsautomater har införts inom hemtjänsten.',
      'Kommunen deltar i ett regionalt samarbete kring gemensam digital infrastruktur och informationssäkerhet.',
      'Alla verksamheter ska ha en plan för hur digitala arbetssätt kan frigöra tid för kärnuppdraget.',
      'Informationssäkerhetsarbetet har stärkts genom utbildning av medarbetare och regelbundna riskanalyser.',
      'Öppna data publiceras i maskinläsbart format så att andra kan använda informationen.',
      'Biblioteken erbjuder stöd till invånare som behöver hjälp att använda digitala tjänster.',
      'Automatisering av återkommande administrativa moment har frigjort tid motsvarande omkring {n:3-12} årsarbetare.',
      'Skolans digitala lärverktyg har samordnats så att elever och vårdnadshavare möter samma plattform genom hela skoltiden.',
    ],
    goals: ['Målet är att andelen ärenden som inleds digitalt ska öka varje år.'],
    indicators: [
      'Andel ärenden som inleds via e-tjänst: utfall {n:35-55} %, målvärde {n:60-70} %',
      'Antal e-tjänster: utfall {n:40-90}, målvärde {n:95-120}',
    ],
  },
  sustainability: {
    headings: ['Miljö och klimat', 'Ekologisk hållbarhet', 'Hållbar utveckling och klimatomställning'],
    sentences: [
      '{kommun} har antagit ett klimatprogram med målet att minska utsläppen av växthusgaser från den egna verksamheten.',
      'Andelen fossilfria fordon i kommunens fordonsflotta var {n:45-90} procent.',
      'Andelen ekologiska livsmedel i de offentliga måltiderna var {n:25-45} procent.',
      'Matsvinnet i skolrestaurangerna har minskat sedan eleverna involverades i arbetet.',
      'Solceller har installerats på flera kommunala byggnader och bidrar till en lägre energianvändning.',
      'Vattenkvaliteten i sjöar och vattendrag följs upp i samarbete med vattenvårdsförbundet.',
      'Kommunen ställer miljökrav i sina upphandlingar och följer upp att kraven uppfylls.',
      'Arbetet med Agenda 2030 är integrerat i styrmodellen, och kommunens mål kopplas till de globala hållbarhetsmålen.',
      'Energianvändningen i kommunens lokaler minskade med {d:1-6} procent jämfört med föregående år.',
      'Naturområdet vid {område} har fått ett långsiktigt skydd och nya vandringsleder.',
    ],
    goals: ['Målet är att kommunens egen verksamhet ska vara fossilfri senast {visionsår}.'],
    indicators: [
      'Andel fossilfria fordon: utfall {n:45-75} %, målvärde {n:80-100} %',
      'Andel ekologiska livsmedel: utfall {n:25-38} %, målvärde {n:40-50} %',
    ],
  },
  safety: {
    headings: ['Trygghet och folkhälsa', 'Ett tryggt och inkluderande samhälle', 'Trygghet, folkhälsa och social hållbarhet'],
    sentences: [
      'Tryggheten i offentliga miljöer följs upp genom trygghetsvandringar och en årlig trygghetsmätning.',
      'Kommunen och polisen har ett medborgarlöfte med gemensamma åtgärder för ökad trygghet i {område}.',
      'Det brottsförebyggande rådet samordnar insatser mellan kommunen, polisen, räddningstjänsten och civilsamhället.',
      'Folkhälsoarbetet prioriterar fysisk aktivitet, psykisk hälsa och minskat bruk av alkohol, narkotika, dopning och tobak.',
      'Andelen invånare som känner sig trygga när de går ut ensamma en kväll var {n:70-88} procent.',
      'Fritidsgårdarna har utökat sina öppettider, och fältassistenter finns på plats under helger och lov.',
      'Arbetet mot våld i nära relationer har förstärkts genom utbildning av personal i alla förvaltningar.',
      'Förebyggande insatser till barn och familjer ska ges tidigt och samordnat.',
      'Belysningen längs gång- och cykelvägar i {område} har förbättrats efter synpunkter från boende.',
    ],
    goals: ['Målet är att fler invånare ska känna sig trygga i kommunens offentliga miljöer.'],
    indicators: ['Andel invånare som känner sig trygga utomhus på kvällen: utfall {n:68-80} %, målvärde {n:82-90} %'],
  },
};

/** Topics that fill documents longer than their plan, cycled after the plan. */
export const EXTRA_TOPICS: readonly TopicKey[] = ['digital', 'sustainability', 'safety'];

const CORE_PLAN: readonly TopicKey[] = ['democracy', 'service', 'workenv', 'community', 'goals', 'economy'];

export const DOCUMENT_KINDS: Record<DemoDocumentType, DocumentKind> = {
  vision: {
    title: ['Vision {visionsår}'],
    subtitle: ['Tillsammans för {ort} – vision och strategisk inriktning', 'Vision och fokusområden för {ort} fram till {visionsår}'],
    meta: ['Antagen av kommunfullmäktige {datum}, § {n:20-140} · Dnr KS {år}/{n:100-999}'],
    introHeadings: ['Inledning', 'Vår vision', 'Visionen i korthet'],
    introSentences: [
      'Visionen beskriver hur {kommun} vill utvecklas fram till år {visionsår} och är utgångspunkten för all planering och styrning.',
      'Visionen har tagits fram i dialog med invånare, föreningar, näringsliv och medarbetare under {år-1} och {år}.',
      'Den är vägledande för de mål som kommunfullmäktige fastställer i budgeten varje år.',
      'I {ort} ska det vara lätt att leva, bo och verka, och hit ska nya invånare vilja flytta.',
      'Visionen vilar på kommunens värdegrund: öppenhet, respekt och engagemang.',
      'Kommunens fyra fokusområden är demokrati, service, arbetsmiljö och samhällsbyggande.',
      'Visionen ska vara känd av alla medarbetare och märkas i mötet med invånarna.',
    ],
    plan: CORE_PLAN,
  },
  mal_och_budget: {
    title: ['Mål och budget {år}'],
    subtitle: ['Med ekonomisk plan för {år+1}–{år+2}', 'Budget {år} och plan {år+1}–{år+2}'],
    meta: ['Antagen av kommunfullmäktige {datum}, § {n:20-140} · Dnr KS {år-1}/{n:100-999}'],
    introHeadings: ['Inledning', 'Förord', 'Budgetens förutsättningar'],
    introSentences: [
      'Mål och budget är kommunens viktigaste styrdokument och anger inriktning, mål och ekonomiska ramar för nämnderna.',
      'Dokumentet omfattar budgetåret {år} och en ekonomisk plan för åren {år+1}–{år+2}.',
      'Budgeten bygger på skatteunderlagsprognosen från Sveriges Kommuner och Regioner och på kommunens egen befolkningsprognos.',
      'Befolkningen väntas öka med omkring {n:40-400} invånare per år under planperioden, vilket ställer krav på fler platser i förskola, skola och äldreomsorg.',
      'Kommunfullmäktige fastställer mål inom fyra områden: demokrati, service, arbetsmiljö och samhällsbyggande.',
      'Utöver verksamhetsmålen finns finansiella mål som ska säkerställa en god ekonomisk hushållning.',
      'Nämnderna får sina ramar som nettokostnader och ansvarar för att prioritera inom dem.',
    ],
    plan: ['economy', 'democracy', 'service', 'workenv', 'community', 'goals'],
  },
  kvalitetspolicy: {
    title: ['Kvalitetspolicy'],
    subtitle: ['Policy för systematiskt kvalitetsarbete', 'Så arbetar vi med kvalitet och ständiga förbättringar'],
    meta: ['Antagen av kommunfullmäktige {datum}, § {n:20-140} · Dnr KS {år}/{n:100-999}'],
    introHeadings: ['Syfte och omfattning', 'Inledning', 'Policyns syfte'],
    introSentences: [
      'Kvalitetspolicyn beskriver hur {kommun} arbetar för att verksamheterna ska hålla hög kvalitet och ständigt förbättras.',
      'Policyn gäller för samtliga nämnder, förvaltningar och helägda bolag.',
      'Med kvalitet menas att verksamheten uppfyller lagar och föreskrifter, når fastställda mål och motsvarar invånarnas behov och förväntningar.',
      'Kvalitetsarbetet bygger på ett systematiskt arbetssätt där vi planerar, genomför, följer upp och förbättrar.',
      'Alla medarbetare har ett ansvar för kvaliteten i sitt eget arbete, och cheferna ansvarar för att det finns förutsättningar för förbättringsarbete.',
      'Policyn följs upp varje mandatperiod och revideras vid behov.',
      'Policyn kompletteras av riktlinjer för synpunktshantering, intern kontroll och avvikelsehantering.',
    ],
    plan: ['goals', 'service', 'democracy', 'workenv', 'community', 'economy'],
  },
  arsredovisning: {
    title: ['Årsredovisning {år}'],
    subtitle: ['Kommunens verksamhet och ekonomi under {år}', 'Verksamhetsåret {år} i sammandrag'],
    meta: ['Godkänd av kommunstyrelsen {datum}, § {n:20-140} · Dnr KS {år+1}/{n:100-999}'],
    introHeadings: ['Året i korthet', 'Inledning', 'Kommunstyrelsens ordförande har ordet'],
    introSentences: [
      'Årsredovisningen beskriver kommunens verksamhet, måluppfyllelse och ekonomiska ställning under {år}.',
      'Året präglades av fortsatt höga kostnader till följd av inflation och räntor, men också av en stark utveckling inom flera verksamheter.',
      'Årets resultat visar att kommunen har en stabil ekonomi, även om marginalerna har minskat.',
      'Kommunstyrelsen riktar ett stort tack till alla medarbetare som varje dag gör skillnad för invånarna.',
      'Av fullmäktiges mål bedöms de flesta som helt eller delvis uppfyllda.',
      'Årsredovisningen har upprättats enligt lagen om kommunal bokföring och redovisning.',
      'Folkmängden ökade under året med {n:20-350} personer.',
    ],
    plan: ['goals', 'democracy', 'service', 'workenv', 'community', 'economy'],
  },
  uppfoljning: {
    title: ['Uppföljning av mål och verksamhet {år}', 'Delårsrapport {år}'],
    subtitle: ['Uppföljning per den 31 augusti {år}', 'Måluppföljning och prognos för helåret {år}'],
    meta: ['Behandlad av kommunstyrelsen {datum}, § {n:20-140} · Dnr KS {år}/{n:100-999}'],
    introHeadings: ['Sammanfattning', 'Inledning', 'Uppföljningens syfte'],
    introSentences: [
      'Rapporten redovisar hur kommunens verksamheter har utvecklats under årets första åtta månader och ger en prognos för helåret.',
      'Uppföljningen omfattar fullmäktiges mål, nämndernas viktigaste resultat och den ekonomiska utvecklingen.',
      'Prognosen för helåret visar ett resultat på {d:10-70} miljoner kronor.',
      'Flera indikatorer visar en positiv utveckling jämfört med samma period föregående år.',
      'Där resultaten avviker från målen redovisas orsaker och planerade åtgärder.',
      'Rapporten behandlas av kommunstyrelsen och kommunfullmäktige under hösten.',
    ],
    plan: ['goals', 'democracy', 'service', 'workenv', 'community', 'economy'],
  },
  ovrigt: {
    title: [
      'Strategi för medborgardialog {år}–{år+3}',
      'Näringslivsprogram {år}–{år+3}',
      'Kompetensförsörjningsplan {år}–{år+3}',
      'Program för service och bemötande {år}–{år+3}',
      'Bostadsförsörjningsprogram {år}–{år+3}',
    ],
    subtitle: ['Program för perioden {år}–{år+3}', 'Inriktning och åtgärder'],
    meta: ['Antagen av kommunfullmäktige {datum}, § {n:20-140} · Dnr KS {år}/{n:100-999}'],
    introHeadings: ['Inledning', 'Bakgrund', 'Programmets syfte'],
    introSentences: [
      'Programmet beskriver kommunens inriktning inom området för perioden {år}–{år+3}.',
      'Det är kopplat till kommunens vision och till de mål som fullmäktige fastställer i budgeten.',
      'Programmet har tagits fram av en arbetsgrupp med företrädare för samtliga förvaltningar.',
      'Under arbetet har synpunkter hämtats in från invånare, föreningar och näringsliv.',
      'Programmet följs upp årligen och redovisas i samband med årsredovisningen.',
      'Ansvaret för genomförandet ligger hos respektive nämnd.',
    ],
    plan: CORE_PLAN,
  },
};

/** Invented local place names; each document picks a few. */
export const PLACE_NAMES: readonly string[] = [
  'Ängen',
  'Solbacken',
  'Kvarnbacken',
  'Strandängen',
  'Björkhagen',
  'Hagaby',
  'Lillåsen',
  'Tallmon',
  'Sjöstaden',
  'Kyrkbyn',
  'Stationsområdet',
  'Hamnområdet',
  'Granliden',
  'Ekdalen',
  'Mörtviken',
  'Lövsta',
  'Furulund',
  'Lindvallen',
  'Bruksområdet',
  'Åkerby',
];

/** Optional prefixes for place names ("Norra Ängen"). */
export const PLACE_PREFIXES: readonly string[] = ['Norra', 'Södra', 'Östra', 'Västra'];

/** The visible demo marker on every page. */
export const DEMO_MARKER = 'Demodata – fiktivt innehåll';

/** The closing note on the last page. */
export const CLOSING_NOTE =
  'Dokumentet är framtaget som demodata för juryplattformen Sveriges KvalitetsKommun. Namn, siffror och beslut är påhittade och beskriver inte verkliga förhållanden i {kommun}.';
