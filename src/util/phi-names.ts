// Word lists of the patient-data detector (src/util/phi.ts): common given names in the languages
// plans are written in, surname endings, and capitalised words that are not people. A capitalised
// pair next to a diagnosis counts as a person's name only when one of these says so, so that
// "Healthy Kids talk about asthma" or "Nike Run Club raises money for cancer research" is not read
// as a patient. Given names that are also common words, months or places (May, June, Grace, Hope,
// Will, Mark, Victoria, Florence, Jordan, Paris, Georgia, ...) are left out on purpose.
//
// Compiled by hand from the most frequent given names of each country's statistics office lists
// (US SSA, Statistics Sweden, INSEE, INS Romania, INE Spain, the German name-day and GfdS lists);
// no list is complete, which is why a title, the word "patient" or an age also mark a name.

const GIVEN = `
aaron abby abdullah abigail ada adam adel adele adina adrian adriana adrien agnes agneta ahmad ahmed aida aiden aisha ake alain albert alberto albin alejandra alejandro
aleksandr alessandro alex alexa alexander alexandra alexandre alexandru alexis alfie alfred ali alice alicia alin alina alisa alvaro amanda amara amelia amelie amina amir amy
ana anastasia anders andrea andreas andrei andres andrew andy anette angela angelica angelika anita anja ann anna annabelle anne annette annika anton antoine antonio arthur asa
astrid ava axel aylin barbara bastian beatrice beatriz ben benjamin benoit bernard bernd berit bianca birgit birgitta bjorn blanca bogdan brandon brian bridget brigitte britt
caleb camila camille carina carl carla carlos carmen carol caroline carolina casper catalin catalina catherine cecilia celine charles charlie charlotte chloe chris christian christina
christine christoph christopher claire clara claudia claudiu clement colette constantin cornelia cosmin cristian cristina dagmar damien dan dana daniel daniela daniele dario david
debora deborah denis denise diana diego dieter dimitri dominik dominique dorina dorothea dylan eduardo edward elena eleonora elias elin elisa elisabeth elise eliza elizabeth ellen
ellie elsa elvira emil emilia emilie emily emma emmanuel enrique eric erik erika ernesto esteban esther ethan eugen eugenia eva evelina evelyn fabian fabienne fatima felipe felix
fernando filip finn fiona francesca francisco francois franziska frederic frida gabriel gabriela gabriele gabrielle gaston george georges georgeta gerard gerhard gheorghe gilles
gina gisela gonzalo gregor gregory greta gudrun guillaume gunilla gunnar gustav gustavo hakan hamid hanna hannah harald harriet harry hassan hector hedvig heidi heike
helen helena helene helga henrik henry herbert hugo ian ibrahim ida ignacio ilse ines ingrid ioana ion ionel ionut irina irene isaac isabel isabella isabelle isak ivan jack jacob
jacqueline jakob james jana jane janet janina jasmin jasper jenna javier jean jeanne jennifer jens jeremy jessica joakim joanna joaquin joel johan johanna johannes john jonas jonathan
jorge jose josef josefin josefina joseph josephine joshua juan juana judith julia julian juliana julie julien juliette jurgen justin kai karin karina karl karolina kasper katarina
katharina katherine kathrin katja kenneth kerstin kevin kim klaus kristina kurt lara lars laura laurence laurent lea leah lena leon leonardo leonie liam lidia lilian liliana
lina linda linnea lisa lorena lorenzo louis louise luca lucas lucia luciana lucie lucy ludovic luis luisa lukas lydia madeleine magdalena magnus maja malin manuel manuela
marc marcel marcela marcus margaret margareta margarita mari maria mariana marie marina mario marion marius marta martha martin martina mary mateo mathias mathieu matilda mats matteo
matthew matthias maximilian maxime mehmet melanie melissa mia michael michaela michel michelle mihai mihaela mikael mirela miriam mohamed mohammad mohammed monica monika morgan
moritz nadia nadine natalia natalie nathalie nathan nicolae nicolas nicole niklas nils nina noah noemi nora norbert oana ola olga oliver olivia olof omar oscar oskar otto pablo
paola pascal patricia patrick paul paula paulina pauline pedro per peter petra petru philip philipp philippe pierre pilar rafael ramon raquel raul rebecca regina renate rene ricardo
richard rita robert roberta roberto rodica rodrigo roger roland ronja rosalie ruth sabine sabrina salma samir samuel sandra sara sarah sebastian sergio sigrid silvia simon simona
simone sofia sofie solveig sophia sophie stefan stefania stephan stephanie steven susanne sven sylvie tamara tanja teodora teresa thea theo theodor thierry thomas tiago timo
tobias tomas torbjorn tove ulla ulrich ulrika ursula valentin valeria valerie vanessa vasile vera veronica veronika vicente victor viktor vincent viorica virginie vlad walter werner
wilhelm william wolfgang xavier yasmin yusuf yvonne zoe zoltan
oluwaseun chidi ngozi amaka kwame kofi abena yaw priya rahul anil sunita deepak arjun ravi wei ming yuki hiroshi kenji akira sakura
ivan olga dmitri sergei natasha svetlana yelena irina nikolai pavel alexei tatiana anastasia
иван ольга дмитрий сергей наталья светлана елена ирина николай павел алексей татьяна мария анна петр
γιώργος μαρία γιάννης ελένη νίκος δημήτρης κατερίνα
`;

/** Lower-case given names (diacritics kept; plain-ASCII spellings of the common ones too). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN.trim().split(/\s+/));

/** Endings that make a capitalised word a likely surname (Larsson, Popescu, Petrović, Kowalski, ...). */
export const SURNAME_ENDING =
  /(?:s?son|sen|sson|escu|eanu|ovici|ović|ovic|evic|ević|ski|sky|wicz|poulos|opoulos|akis|idis|yan|berg|ström|strom|qvist|quist|gren|mann|stein|müller|ez|ova|enko|chuk|dottir)$/;

/** Capitalised words that are never a person's name here (languages of the plans, and healthcare). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an and or of to in on at for with by from our your my we you they is are was be how what why when where who which this that these those it its his her their ' +
    'meet new open now book join ask learn tips live watch read see get free first next last more most all every one two three our ' +
    'day week weekend month year today tomorrow world national international global awareness season spring summer autumn fall winter ' +
    'clinic clinics hospital hospitals center centre health healthcare medical medicine care children childrens family families pediatrics paediatrics ' +
    'story stories patient patients parent parents doctor doctors nurse nurses team staff office program programme service services unit ward ' +
    'university college school society association foundation institute department dept group network system practice research fund club run walk ' +
    'q faq ama video reel post blog newsletter podcast instagram facebook tiktok youtube linkedin threads pinterest twitter snapchat whatsapp google meta ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'san los las santa saint st fort port mount lake north south east west upper lower great ' +
    'type stage part step healthy happy kids women men mothers fathers heart lung brain skin bone breast blood child baby babies ' +
    'awareness prevention screening vaccine vaccination flu covid support survivor survivors cancer fighting living life ' +
    // Swedish, French, Romanian, Spanish and German function words and common capitalised words
    'och i på för med av till från vår våra vi du hur vad varför när möt nya ny öppet boka vecka månad år vård vårdcentral vårdcentralen region sjukhus mottagning barn ' +
    'le la les un une des et ou de du au aux pour avec par notre nos nous vous comment quoi pourquoi quand rencontrez nouveau nouvelle clinique hôpital santé centre semaine mois année ' +
    'și sau pentru cu din la pe noi voi cum ce când clinica spital spitalul sănătate centrul săptămâna luna anul ' +
    'el los las una unos y o del al para con por nuestro nuestra nosotros cómo qué por qué cuándo clínica hospital salud centro semana mes año ' +
    'der die das ein eine und oder von zu im am für mit bei unser unsere wir sie wie was warum wann klinik krankenhaus gesundheit zentrum woche monat jahr'
  ).split(/\s+/),
);

/** A word right after a capitalised pair that makes it an organisation, a place, an event or a disease, not a person. */
export const ORG_AFTER = new Set(
  (
    'foundation institute hospital clinic clinics center centre research fund society run walk club award awards house ward unit syndrome disease disorder ' +
    'lymphoma sarcoma leukemia leukaemia tumor tumour cancer memorial cup day week month prize university college school hall street road avenue park ' +
    'stiftelse stiftelsen institutet sjukhuset kliniken fondation institut fondul fundația fundatia fundación fundacion stiftung institut krankenhaus klinikum ' +
    'syndrom syndrome syndrome síndrome sindromul krankheit maladie enfermedad boala sjukdom'
  ).split(/\s+/),
);

/** Words before a capitalised word that make it a saint, a place or an institution ("St. Jude", "San José"). */
export const SAINT_BEFORE =
  /(?:^|\s)(?:st|st\.|saint|sainte|san|santa|santo|sankt|sf\.|sfântul|sfânta|são|north|south|new|west|east|upper|lower|fort|port|lake|mount|cape|isla|villa)\s+$/i;
