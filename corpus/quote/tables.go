package quote

import "strings"

// The tables below are read-only. Keys are lower case, without a final
// period. They hold general English: reporting verbs, titles, the words
// that head descriptions of people, organisations and documents, and common
// given names. None of them is drawn from particular articles.

// set returns the words of lists as a set.
func set(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// phraseSet returns the comma-separated phrases of list as a set, each
// with its words joined by single spaces.
func phraseSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, p := range strings.Split(list, ",") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			m[p] = true
		}
	}
	return m
}

// A verbForm is what a word form of a reporting verb is.
type verbForm uint8

const (
	finite     verbForm = iota + 1 // says, said, argued
	base                           // say, argue: finite only after a plural subject or an auxiliary
	participle                     // saying, arguing
)

// reportVerbs maps each form of the verbs that introduce reported speech
// to its kind. Most are regular; irregular forms are listed in full as
// "base/s-form/past/ing".
var reportVerbs = func() map[string]verbForm {
	m := make(map[string]verbForm)
	regular := strings.Fields(`acknowledge add advise affirm agree allege announce answer argue assert
		assure blast blame boast caution challenge charge cite claim comment complain conclude
		concede condemn confirm contend continue counter criticize criticise declare decry
		defend demand denounce describe disagree dismiss emphasize emphasise estimate exclaim
		explain express hail hint indicate insist joke lament laugh maintain mention mock muse
		note object observe opine pledge portray post praise predict proclaim promise pronounce
		question recall recount reflect reiterate remark repeat report respond retort scoff
		scream shout sigh slam state stress suggest swear tease text thank threaten tout tweet
		urge vow warn welcome whisper wonder write yell characterize characterise accuse
		propose recommend remind reveal reject rebuff chant call interject interrupt reckon reaffirm
		apologise apologize clarify`)
	for _, v := range regular {
		s, past, ing := v+"s", v+"ed", v+"ing"
		switch {
		case strings.HasSuffix(v, "e"):
			past, ing = v+"d", v[:len(v)-1]+"ing"
		case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
			s, past = v[:len(v)-1]+"ies", v[:len(v)-1]+"ied"
		case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ss"):
			s = v + "es"
		}
		m[v], m[s], m[past], m[ing] = base, finite, finite, participle
	}
	irregular := strings.Fields(`say/says/said/saying tell/tells/told/telling write/writes/wrote/writing
		ask/asks/asked/asking reply/replies/replied/replying deny/denies/denied/denying
		testify/testifies/testified/testifying admit/admits/admitted/admitting
		quip/quips/quipped/quipping brag/brags/bragged/bragging snap/snaps/snapped/snapping
		plead/pleads/pleaded/pleading beg/begs/begged/begging call/calls/called/calling
		signal/signals/signaled/signaling signal/signals/signalled/signalling
		email/emails/emailed/emailing message/messages/messaged/messaging
		blog/blogs/blogged/blogging rule/rules/ruled/ruling`)
	for _, f := range irregular {
		p := strings.Split(f, "/")
		m[p[0]], m[p[1]], m[p[2]], m[p[3]] = base, finite, finite, participle
	}
	m["written"] = finite
	m["termed"] = finite // "termed the strike “illegal”"; "terms" is more often a noun
	// "He remembers catching grayling “by the dozen”": one who
	// remembers, or remembered, says so; "would remember the rescue"
	// says nothing yet.
	m["remembers"], m["remembered"], m["remembering"] = finite, finite, participle
	return m
}()

// objectVerbs take the listener or the target as their object ("told
// Smith", "thanked Smith"): a name right after them is not the speaker.
var objectVerbs = set(`tell ask urge warn thank praise accuse blame criticize criticise mock
	welcome assure advise remind beg promise challenge question text email message call
	blast slam hail defend cite describe portray characterize characterise answer counter
	dismiss condemn denounce`)

// objectPreps are the prepositions whose object a relative clause after
// it is about, not a noun before them: "unveiled by the mayor, who said",
// "a blow to the minister, who had said"; but "the leader of the party,
// who said" is the leader, and "a person familiar with the talks, who
// said" the person.
var objectPreps = set(`by to against including`)

// phoned are the words after "called" that may make it a telephone call
// rather than words spoken: "called 911", "called police".
var phoned = set(`police ambulance paramedics firefighters 911 999 112 000`)

// callCounts open a quotation that says when or how often someone
// phoned, not what they called someone: "called police “dozens of
// times”", "called 911 “within minutes”".
var callCounts = set(`within at after before dozens hundreds several many twice once three four
	five six more repeatedly immediately almost nearly about around`)

// listenerVerbs are the object verbs that never open an inverted
// attribution: "“…,” asked Smith", "“…,” assured Dr Okafor" and "“…,”
// praised the manager" name the speaker, but after "“…,” thanked" or
// "told" comes whom the words were for.
var listenerVerbs = set(`tell thank`)

// thingListeners are the verbs that, after a quotation inside a sentence,
// take whom or what they are about as their object: "X, who said he
// would return “in July,” praised the volunteers", where "“…,” praised
// Smith" opening a sentence would name the speaker.
var thingListeners = set(`praise welcome hail defend cite describe portray characterize characterise
	blame criticize criticise`)

// termCues are words that, shortly before a quotation, mark it as a name,
// label or designation rather than someone's words: "designated as
// “terrorist” groups", "the so-called “deal”", "a programme dubbed “Clean
// Sweep”".
var termCues = set(`designate designated designates designating designation designations
	label labels labeled labelled labeling labelling classify classified classifies
	classifying classification categorize categorized categorised categorise dub dubbed
	dubs dubbing nickname nicknamed nicknames brand branded brands branding rebrand
	rebranded so-called termed titled entitled headlined hashtag slogan motto moniker
	codename codenamed code-named trademark trademarked`)

// termNouns introduce a word or phrase mentioned rather than used: "the
// word “sovereignty”", "a policy known as “Remain in Mexico”"; so do the
// workNouns.
var termNouns = set(`word words term terms phrase phrases name names title label slogan motto
	hashtag headline nickname expression catchphrase acronym category operation codename thesis
	dissertation paper banner guidebook`, workWords)

// aliasVerbs take "as" and the name someone acts, posts or trades under:
// "who posts as “SkyHunterLuca”", "trading as “Quickfix Roofing”".
var aliasVerbs = set(`posts posted posting perform performs performed performing trades traded trading
	streams streamed streaming raps rapped rapping wrestles wrestled wrestling`)

// workNouns name works whose titles are quoted, also in the plural: "the
// novels “…” and “…”".
var workNouns = set(workWords)

// workWords are the workNouns.
const workWords = `film movie book song album show novel documentary podcast play poem
	exhibition opera musical memoir essay drama comedy thriller sitcom miniseries docuseries
	episode single newsletter blog column series magazine guide manual handbook textbook cookbook
	biography anthology hymn anthem ballad`

// speechNouns name what someone says: "Her answer: “No.”", "Smith’s
// message was simple: …".
var speechNouns = set(`answer reply response message words reaction verdict advice warning
	view take comment comments remarks retort plea argument explanation assessment
	position stance promise pledge vow demand request appeal`)

// messageNouns are written messages whose words "read": "One reply read:
// “…”".
var messageNouns = set(`reply replies response comment message post tweet email text note letter review`)

// pageNouns follow a platform's name for where on it a body posts: "on
// its Facebook page".
var pageNouns = set(`page account feed channel profile`)

// heardAux come before "heard saying": "can be heard saying", "was heard
// telling".
var heardAux = set(`can could is was are were be`)

// personNouns head a description of one person without a title: "the
// woman said", "the 34-year-old said".
var personNouns = set(`man woman boy girl teenager user`)

// noteHeads are the people who write a firm's research notes, which
// speak for the firm: "analysts at Calder & Finch".
var noteHeads = set(`analysts economists strategists`)

// staffHeads are the staff of a body who speak for it together:
// "forecasters at the Storm Prediction Center warned", "officials at the
// ministry said", "observers from the council said".
var staffHeads = set(`officials forecasters researchers scientists meteorologists observers monitors inspectors investigators
	administrators auditors`)

// crowdVoices are the nouns for the voices of a crowd before "of" and
// what they say: "shouts of “…”", "cries of “Shame!”", or of one in it
// unnamed: "a shout of “Hear, hear!” from the back of the bar". A chorus
// is more often a song's: "a chorus of “Trelawny”".
var crowdVoices = set(`shouts cries chant chants heckles jeers boos yells screams cheers roars shout cry heckle yell scream roar jeer boo cheer`)

// organiserHeads speak for the event they organise: see eventOf.
var organiserHeads = set(`organisers organizers`)

// eventWords end the names of events that have organisers besides those
// entity.IsEvent knows ("Lakehaven International Film Festival",
// "Northfield Marathon"): "Riverside Food Fair", "Notting Hill Carnival".
var eventWords = set(`fair show carnival parade regatta`)

// characterVerbs characterise something as the quotation says, with "as"
// before it: "she describes it as “…”", "he dismissed the plan as “…”".
var characterVerbs = set(`describe describes described dismiss dismisses dismissed characterise
	characterises characterised characterize characterizes characterized portray portrays
	portrayed`)

// termingVerbs name something in the speaker's own words when they stand
// right before the quotation after their subject: "what she termed “…”",
// "which he called “…”".
var termingVerbs = set(`call calls called term terms termed dub dubs dubbed brand brands branded label labels
	labelled labeled`)

// leadVerbs, after a person as the subject of a paragraph's last sentence,
// introduce the quotation paragraph that follows: "She remembers it
// differently.", "He puts it this way."
var leadVerbs = set(`remember remembers remembered recall recalls recalled put puts sum sums
	summed see sees saw view views viewed speak speaks spoke talk talks talked`)

// offerVerbs say that a lead-in's subject has or gives something spoken,
// whose words follow: "She had a message for parents. “…”".
var offerVerbs = set(`has had have offers offered gives gave sends sent`)

// spokenNouns are what a lead-in's subject has or gives to be quoted.
var spokenNouns = set(`message warning advice plea answer reply response verdict word words explanation promise appeal request demand`)

// beatVerbs are the gestures of a short sentence that hands the turn to
// its subject, whose words follow: "She shrugs. “Maybe.”", "He pauses."
var beatVerbs = set(`pauses paused shrugs shrugged laughs laughed smiles smiled nods nodded
	sighs sighed thinks grins grinned hesitates hesitated winces winced`)

// copulas link a lead-in's subject to a judgement of how they speak: "He
// was blunter."
var copulas = set(`is was are were sounds sounded seems seemed`)

// candourWords judge how someone speaks: "She is blunt about it."
var candourWords = set(`blunt frank candid direct forthright emphatic unrepentant philosophical
	succinct unequivocal`)

// namingVerbs name something when they stand right before the quotation,
// possibly followed by "as": "a unit called “Alpha”", "known as “the
// Wall”". With an object between ("called the plan “a disaster”") they
// report an opinion instead.
var namingVerbs = set(`called named known dubbed nicknamed titled entitled`)

// pronouns maps subject pronouns to the gender they refer to: 'm', 'f', or
// 'n' for plural and neuter ones.
var pronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'n', "it": 'n'}

// writerPronoun is the key a ref gives "I" or "we" attributing a
// quotation to the writer: an interviewer's own question, which has no
// speaker to report.
const writerPronoun = "i"

// issueVerbs put out a text; the name after them and "by" is the text's
// source: "a report published by the Institute for Fiscal Studies".
var issueVerbs = set(`published released issued compiled written produced prepared started launched
	drafted organised organized created signed sent circulated authored filed led conducted chaired headed
	posted set adopted passed sponsored co-sponsored proposed introduced`)

// disclosureVerbs make a text public, which another than its author may
// do: "The memo, which Greenpeace released on Tuesday,".
var disclosureVerbs = set(`released published posted circulated leaked`)

// authorVerbs say that the subject of a sentence wrote or sent the text
// that is their object: "the union sent a letter", "she wrote a memo".
var authorVerbs = set(`sent wrote penned issued released published filed submitted circulated
	emailed posted distributed produced delivered`)

// placePrepositions stand before the name of a place: "in Port Ellen".
var placePrepositions = set(`in at near into across outside inside around throughout behind beside opposite beyond`)

// titles are words that stand before a person's name as part of a title or
// description: "Sen.", "Prime Minister", "deputy press secretary".
var titles = set(`president vice prime minister secretary senator sen rep reps representative
	congressman congresswoman congressmember governor gov lt lieutenant mayor judge justice
	chancellor ambassador envoy general gen col colonel maj major capt captain sgt sergeant
	adm admiral cmdr commander cpl corporal chief director chairman chairwoman chairperson
	chair ceo cfo coo cto cio founder co-founder cofounder spokesman spokeswoman spokesperson
	press deputy assistant associate acting former interim late attorney prosecutor sheriff
	officer commissioner inspector superintendent supt dr mr mrs ms miss mx madam prof professor
	rev reverend father pope king queen prince princess sheikh emir sultan oba ooni alaafin obong kabaka omukama lord lady sir haji hajji alhaji alhaja hajia
	eng engr sp asp dsp csp acp dcp comrade mang aling advocate adv
	dame leader speaker whip counsel adviser advisor aide economist analyst correspondent
	reporter editor host anchor coach referee umpire manager boss owner executive official head premier
	diplomat lawmaker legislator candidate nominee councilman councilwoman councilmember
	councillor councilor alderman alderwoman alderperson assemblyman assemblywoman
	assemblymember trustee dean provost rabbi imam bishop cardinal archbishop pastor
	detective pc wpc pcso dci dsi dcs agent trooper constable marshal warden president-elect treasurer comptroller
	auditor magistrate delegate mp mep mla mlc mpp msp td reeve senior vice-president secretary-general
	attorney-general ombudsman researcher scientist lawyer activist author strategist
	pollster consultant historian physician surgeon nurse paramedic midwife doctor pres atty amb hon insp det
	brig msgr pvt spc coun const ofc tpr ald asst supv pfc minister-president chairperson co-chair cochair mr. businessman
	businesswoman actor actress singer star striker goalkeeper quarterback principal
	teacher partner fellow member staffer operative officeholder incumbent challenger
	ex-president ex-minister premier-elect governor-elect mayor-elect substitute defender
	midfielder winger pitcher rookie brigadier cr cllr clr administrator registrar clerk collector coroner assessor
	forward skipper freshman sophomore runner-up director-general vice-chancellor vice-chair
	vice-chairman vice-chairwoman vice-captain editor-in-chief commander-in-chief co-chairman
	co-chairwoman co-owner co-author co-director solicitor-general surgeon-general
	inspector-general auditor-general governor-general comptroller-general officer-in-charge
	master grandmaster commodore cdre cdr ensign monsignor mgr archdeacon vicar deacon rector chaplain abbot ratu
	matua whaea kuia mzee barrister shri smt shrimati tmt datuk dato datin landlady landlord publican shopkeeper storekeeper bartender barman barmaid
	headteacher headmaster headmistress coordinator supervisor commandant cdt controller comptroller
	taoiseach tánaiste tanaiste`)

// descTitles are the titles that describe what a person does rather than
// an office they hold. News writes them in lower case before a name
// ("Chelsea striker Dean Holt"); in capitals inside a run they are
// usually words of a name ("Star Cruises").
var descTitles = set(`star singer actor actress striker goalkeeper quarterback teacher
	partner fellow member principal staffer operative substitute defender midfielder
	winger pitcher rookie forward skipper freshman sophomore businessman businesswoman
	landlady landlord publican shopkeeper storekeeper bartender barman barmaid`)

// playingPositions are the positions of team sports, one word or two,
// that news writes before a player's name as it writes a title:
// "Hawks running back Isaiah Reed", "Leinster fly-half Ross Byrne".
var playingPositions = phraseSet(`running back, full back, half back, wing back, left back,
	right back, centre back, center back, defensive back, fly half, scrum half,
	stand-off, fly-half, scrum-half, full-back, half-back, wing-back, left-back,
	right-back, centre-back, center-back, tight end, defensive end, wide receiver,
	point guard, shooting guard, power forward, small forward, centre forward,
	center forward, centre-forward, offensive lineman, defensive lineman,
	offensive tackle, defensive tackle, nose tackle, left tackle, right tackle,
	first baseman, second baseman, third baseman, center fielder, centre fielder,
	left fielder, right fielder, relief pitcher, starting pitcher, second row,
	back row, front row, second-row, back-row, lineman, linebacker, cornerback,
	fullback, halfback, tailback, shortstop, wicketkeeper, wicket-keeper, batsman,
	all-rounder, flanker, outfielder, infielder, catcher, placekicker, receiver`)

// roleHeads are the nouns that head a description of one person: "the
// Mexican president", "the company's chief executive".
var roleHeads = set(`president minister secretary senator congressman congresswoman governor
	mayor judge justice chancellor ambassador envoy general colonel commander chief director
	chairman chairwoman chairperson chair founder spokesman spokeswoman spokesperson leader
	speaker premier prosecutor sheriff commissioner king queen prince princess pope
	president-elect executive ceo lawmaker nominee candidate official diplomat attorney
	adviser advisor aide representative councilman councilwoman mp monarch dictator ruler
	coach manager owner boss head republican democrat independent conservative liberal
	socialist tory progressive libertarian mep mla mlc mpp msp td convener convenor`)

// partyNouns are capitalised nouns that describe a person by party or
// camp: "the Louisiana Republican", "a New York Democrat".
var partyNouns = set(`republican democrat independent conservative liberal socialist tory
	labourite progressive libertarian`)

// partyNames are parties' names written before an office as its
// modifier, as partyNouns are: "the Labour MP", "the Democratic senator".
var partyNames = set(`labour democratic green reform`)

// stateHeads are nouns for a nation's bodies that an article may write in
// lower case after the nation's demonym: "the Iranian navy", "the
// Scottish government".
var stateHeads = set(`navy army military government ministry coastguard guard police
	embassy cabinet parliament`)

// groupNouns are plural nouns for groups of people.
var groupNouns = set(`people sources authorities police critics experts witnesses observers
	residents voters farmers workers parents students protesters supporters opponents
	investigators democrats republicans conservatives liberals others neighbors neighbours
	locals villagers citizens officers troops soldiers fans members families victims
	survivors relatives employees staff users customers patients`)

// genericModifiers are words in a description that do not restrict whom it
// can describe: "the former president", "the country's new leader".
var genericModifiers = set(`the a an this that former then current new top senior incoming
	outgoing longtime long-time embattled veteran acting interim late sitting previous
	country's nation's own`)

// maleWords and femaleWords are titles and nouns that give a person's
// gender.
var (
	maleWords = set(`mr sir lord king prince father congressman spokesman chairman councilman
		businessman actor sheikh emir sultan oba ooni alaafin obong kabaka omukama brother monsignor msgr mgr mang ratu matua mzee shri ustad maulana maulvi`)
	femaleWords = set(`mrs ms miss lady dame queen princess congresswoman spokeswoman
		chairwoman councilwoman businesswoman actress sister madam aling whaea kuia smt shrimati tmt datin`)
)

// ranks are the titles of nobility and royalty, styles only when
// capitalised.
var ranks = set(`dame lady lord sir king queen prince princess`)

// corporateHeads are nouns for a business: "the company said".
var corporateHeads = set(`company firm corporation retailer airline carrier automaker manufacturer
	publisher startup chain operator insurer lender supplier maker developer utility
	conglomerate chipmaker drugmaker carmaker brewer broadcaster distributor streamer fund line
	brewery distillery winery bakery shipyard`)

// businessNouns say what a company makes or trades in an appositive
// after its name, which makes it "the company" the story goes on to
// quote: "Borneo Verdant Agri, a palm oil producer".
var businessNouns = set(`producer exporter importer refiner miner processor shipper wholesaler
	contractor vendor provider`)

// subsidiaryNouns name a company as part of another: "a subsidiary of
// Kessling Group", "a unit of".
var subsidiaryNouns = set(`subsidiary unit division affiliate arm`)

// ownerHeads are nouns for whoever owns something, a person or a body:
// "The vessel's owner, Kestrel Maritime Holdings, said".
var ownerHeads = set(`owner owners shipowner landlord parent`)

// publicHeads are nouns for a public body: "the regulator said".
var publicHeads = set(`regulator watchdog agency authority ministry department board commission
	council bureau office court administration directorate inspectorate secretariat`)

// unionWords mark the name of a trade union that does not say it is one:
// "the Baltic Airline Pilots Association".
var unionWords = set(`union association federation confederation guild brotherhood congress workers teamsters`)

// subBodyHeads are nouns for a part of a body that speaks for it: "the
// council's licensing committee said", "the airline's board said".
var subBodyHeads = set(`committee board panel`)

// titleAliases are the titles a description's head noun also stands
// for: "the judge" is the person the article calls "Lord Justice" or
// "Mr Justice"; "the colonel" is the one it calls "Lt. Col.".
var titleAliases = map[string][]string{
	"judge":          {"justice", "magistrate", "recorder"},
	"boss":           {"manager", "head coach", "coach"},
	"goalkeeper":     {"keeper", "goalie"},
	"keeper":         {"goalkeeper", "goalie"},
	"coach":          {"manager", "head coach", "boss"},
	"manager":        {"head coach", "coach", "boss"},
	"colonel":        {"col", "lt col", "lieutenant colonel"},
	"general":        {"gen", "lt gen", "maj gen", "brig gen", "lieutenant general", "major general", "brigadier general"},
	"major":          {"maj"},
	"captain":        {"capt"},
	"lieutenant":     {"lt"},
	"sergeant":       {"sgt"},
	"admiral":        {"adm", "vice adm", "rear adm", "vice admiral", "rear admiral"},
	"commander":      {"cmdr"},
	"governor":       {"gov"},
	"senator":        {"sen"},
	"professor":      {"prof"},
	"inspector":      {"insp"},
	"superintendent": {"supt"},
	"detective":      {"det"},
	"councillor":     {"cllr", "coun", "councilor"},
	"councilor":      {"cllr", "coun", "councillor"},
	"doctor":         {"dr"},
	"minister":       {"secretary"},                                                                               // "Health secretary X" … "the minister"
	"monarch":        {"king", "queen", "oba", "ooni", "alaafin", "obong", "emir", "sultan", "kabaka", "omukama"}, // "Oba Rasheed Ajibola" … "the monarch"
	"ruler":          {"king", "queen", "oba", "ooni", "alaafin", "obong", "emir", "sultan", "kabaka", "omukama"}, // "the traditional ruler"
	"bishop":         {"rt rev", "right rev", "right reverend"},
	"archbishop":     {"most rev", "most reverend"},
	"dean":           {"very rev", "very reverend"},
	"pastor":         {"rev", "reverend"},
	"vicar":          {"rev", "reverend"},
	"rector":         {"rev", "reverend"},
	"chaplain":       {"rev", "reverend"},
}

// genericBodies are nouns for public bodies that their names need not
// hold: "the agency" may be an Administration, "the ministry" a
// Department.
var genericBodies = set(`agency ministry department regulator watchdog`)

// publicWords mark a public body's name.
var publicWords = set(`ministry department agency authority board commission council office court
	bureau administration police service government regulator committee parliament senate
	congress army navy embassy tribunal inspectorate organization organisation patrol
	coastguard constabulary garda gendarmerie ombudsman`)

// publicHeadWords name a public body only as the head of its name: "US
// Coast Guard", but not "Shield Guard Services" or "The Military Mutual".
var publicHeadWords = set(`guard military`)

// spokesHeads are nouns for someone who speaks for an organisation: "a
// spokesperson for the ministry said" reports the ministry's words.
var spokesHeads = set(`spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen`)

// kinNouns name a relative; set off before a name ("her husband,
// Walter") they give the named person's gender.
var (
	maleKin = set(`husband son brother father grandfather grandson uncle nephew boyfriend
		stepfather stepson father-in-law son-in-law brother-in-law widower fiance dad`)
	femaleKin = set(`wife daughter sister mother grandmother granddaughter aunt niece
		girlfriend stepmother stepdaughter mother-in-law daughter-in-law sister-in-law widow
		fiancee mum mom`)
)

// onHeads may be followed by "on" and their topic inside a name:
// "Council on Foreign Relations", "Commission on Human Rights".
var onHeads = set(`commission council committee subcommittee conference panel forum authority
	centre center`)

// toHeads may be followed by "to" and their aim inside a name: "Committee
// to Protect Journalists", "Campaign to Stop Killer Robots".
var toHeads = set(`committee campaign coalition alliance movement`)

// tradeWords end the names of firms by what they make, sell or do:
// "Halvorsen Foods", "Meridian Seas Cruises". Both orgWords and
// corporateWords hold them.
const tradeWords = `polymers plastics metals materials minerals resources textiles beverages fuels products
	packaging fertilizers fertilisers coatings ceramics cosmetics apparel appliances devices instruments
	components dynamics properties developments hotels resorts restaurants stores
	pictures engineering construction estates cruises publishers healthcare steel homes foods brands
	ventures enterprises studios records logistics petrochem petrochemicals networks`

// orgWords are words that make a capitalised name an organisation's: "the
// Heritage Foundation", "the Justice Department", "White House", and the
// Indian words for a committee, an association or a front: "Shri Kaleshwar
// Yatra Samiti", "Bharatiya Kisan Sangh". A firm of administrators
// ("Kestrel Restructuring") is one too, but not the company "the company"
// stands for in a story of its client's collapse.
var orgWords = set(tradeWords + ` restructuring rescue
	samiti sangh sabha parishad manch sangathan morcha
	unit force coastguard tour branch chapter limited library diocese airport legislature taskforce mission inspectorate superintendency procuratorate observatory registry collective partnership
	cooperative syndicate regiment battalion corps forum panel exchange foundation institute institution university college school ministry
	department agency council committee centers party inc corp co ltd llc plc pte pty sdn bhd a/s
	company group theatre theater playhouse orchestra philharmonic choir gallery festival zoo
	association bank court commission office service services army navy police house times post
	journal annals proceedings news network center centre union organization organisation fund authority
	bureau board administration senate congress parliament government pentagon kremlin
	reuters press club society league federation confederation alliance coalition corporation holdings
	trust conservancy hospital surgery practice museum embassy cabinet tribunal assembly movement front forces guard
	watch international project initiative campaign caucus lab labs laboratory division
	laboratories media broadcasting television radio magazine tribune herald gazette daily
	channel airlines motors systems technologies pharmaceuticals partners capital
	securities bancorp consortium secretariat directorate command cartel brigade
	chamber programme program organization's constabulary gendarmerie
	therapeutics biosciences bioscience biotech biologics genomics diagnostics robotics semiconductor semiconductors electronics aerospace automotive chemicals mining petroleum software airways pharma energy industries power utilities electric water gas
	roadways waterways haulage freight contractors builders
	orchestra philharmonic symphony sinfonia sinfonietta ensemble choir chorale opera ballet quartet community guild`)

// orgHeads are nouns that head a description of an organisation: "the
// foundation said", "the company said in a statement".
var orgHeads = set(`foundation zoo aquarium institute university college school ministry department agency
	council committee party company group association bank court commission office service
	army navy police authority bureau board administration senate congress parliament
	government embassy cabinet tribunal assembly campaign firm network newspaper outlet
	organization organisation union corporation startup retailer airline carrier
	automaker manufacturer publisher studio station channel magazine charity nonprofit
	watchdog regulator panel legislature team club league federation confederation alliance coalition
	center centre military mission programme program utility district trust hospital
	museum library diocese church airport directorate inspectorate superintendency procuratorate secretariat orchestra ensemble
	choir guard coastguard force constabulary cooperative co-op label
	movement society collective syndicate observatory taskforce forum consortium caucus laboratory lab brigade
	branch chapter presidency fund guild funder railroad railway practice consultancy lender insurer
	broadcaster conglomerate brokerage chipmaker carmaker drugmaker steelmaker planemaker refiner body
	brewery distillery winery bakery shipyard festival circus park cathedral estate theatre gallery unit port chamber partnership`)

// looseHeads are nouns for a body that are no part of most bodies'
// names: "the charity" may be the Yorkshire Animal Rescue League, "the
// governing body" British Canoeing.
var looseHeads = set(`charity nonprofit body organisation organization group campaign`)

// headSynonyms are the words in a body's name that a description's head
// noun also stands for: "the force" is the police, "the co-op" the
// cooperative.
var headSynonyms = map[string][]string{
	"force":       {"police", "constabulary"},
	"carrier":     {"airlines", "airline", "airways", "air"},
	"airline":     {"airlines", "airways", "air"},
	"railroad":    {"railway", "railways", "rail", "railroads"},
	"railway":     {"railroad", "railways", "rail", "railroads"},
	"agency":      {"ratings"}, // "Meridian Ratings … the agency said"
	"co-op":       {"cooperative", "co-operative"},
	"cooperative": {"co-op"},
	"orchestra":   {"philharmonic", "philharmonia", "symphony", "sinfonia", "sinfonietta", "camerata"},
	"army":        {"armed"}, // "Qaradeshi Armed Forces … the army said"
	"military":    {"armed", "army"},
	"charity":     {"trust", "foundation", "appeal"},                               // "the Little Lanterns Children’s Trust … the charity said"
	"hospital":    {"infirmary", "medical center", "medical centre"},               // "Mercy Ridge Medical Center … the hospital said"
	"winery":      {"wines", "wine", "vineyard", "vineyards", "cellars", "estate"}, // "Kaiwhero Ridge Wines … the winery wrote"
	"brewery":     {"brewing", "brewers", "brewery", "ales", "beer"},
	"distillery":  {"distillers", "distilling", "distillery", "spirits", "whisky"},
	// "the Professional Rugby League … the governing body said"
	"body": {"league", "federation", "confederation", "association", "council", "commission", "authority", "board", "committee", "union", "regulator", "institute", "society", "tour"},
}

// schoolWords end the names of schools that do not say school: "Eton
// College", "Thornbury Vale Academy", "Oakwood Primary", "Carrow State
// University".
var schoolWords = set(`academy college primary elementary university`)

// pupilsSchools end the name of a school for children, whose letters go
// home to parents: "St Aldhelm's CE Primary School", "Wendlebury Academy".
var pupilsSchools = set(`school academy primary elementary`)

// corporateWords mark a company's name, so that "the company" or "the firm"
// can refer to it.
var corporateWords = set(tradeWords + `
	inc corp co ltd llc plc a/s company corporation group holdings
	technologies systems motors airlines pharmaceuticals bancorp partners capital
	therapeutics biosciences bioscience biotech biologics genomics diagnostics robotics semiconductor semiconductors electronics aerospace automotive chemicals mining petroleum software airways pharma industries power utilities electric water gas
	telecom telecoms interactive roadways haulage freight contractors builders wines vineyards cellars brewing brewery distillery distillers`)

// clubWords end or start the names of sports clubs: "Rivermouth
// Athletic", "FC Valmont", "Leeds United".
var clubWords = set(`fc afc cf sc ac united city athletic athletico rovers wanderers albion
	hotspur rangers county town villa olympique sporting dynamo real`)

// clubEnd reports whether key ends the names of sports clubs more than of
// places: "Town", "Rovers", "Athletic", but not "City", "County" or
// "Real", which end "Kansas City", "Orange County" and "Port Real".
func clubEnd(key string) bool {
	return clubWords[key] && key != "city" && key != "county" && key != "real"
}

// spokenMedia are recordings of speech that a social site may carry: words
// quoted from one are spoken, not posted.
var spokenMedia = set(`video videos livestream broadcast podcast interview clip`)

// issuedTexts are the texts a speaker issues in its own words, which a
// paragraph after the one telling of them may quote whole.
var issuedTexts = set(`statement letter memo memorandum email e-mail note message release notice
	post tweet newsletter`)

// docHeads are nouns for texts that can be said to state something: "the
// report argued", "a statement from the ministry said".
var docHeads = set(`report study statement announcement minutes survey poll analysis review memo memorandum letter note
	paper filing brief document assessment audit evaluation investigation release editorial lawsuit
	complaint ruling order decision indictment affidavit transcript forecast guidance book
	article post tweet video ad advertisement website blog newsletter message email notice
	bulletin proposal plan bill resolution declaration communique communiqué op-ed column
	petition manifesto strategy white-paper dossier projection finding minutes data alert
	advisory leaflet circular page terms factsheet motion ordinance bylaw by-law proclamation decree edict
	regulation directive handbook rulebook manual charter constitution policy summary`)

// adverbs are words allowed between a speaker and a reporting verb: "she
// later said", "Trump has repeatedly claimed". Words ending in -ly are
// allowed too.
var adverbs = set(`also later then again once further too still has had have was were is are
	would will could did does do not never first earlier previously recently separately
	just already even herself himself themselves itself today yesterday tonight soon
	since`)

// stopwords are capitalised words that never start or continue a name:
// function words, sentence adverbs, pronouns, days and months.
var stopwords = set(`the a an and or but nor so yet for of in on at by to from with without
	about against among amid after before during since until while when whenever where
	wherever whether if unless although though because as than that this these those
	there here it its it's he him his she her hers they them their theirs we us our ours
	i me my you your yours who whom whose which what why how however meanwhile
	moreover furthermore additionally instead indeed still also then now today yesterday
	tomorrow tonight despite according following under over into onto upon through
	throughout across along around behind beyond near beside between both each every
	either neither all any some many most much more few several such other another
	one two three four five six seven eight nine ten no not yes please thanks thank
	monday tuesday wednesday thursday friday saturday sunday january february march
	april june july august september october november december mon tue tues wed thu
	thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec is are was were
	be been being has have had do does did will would shall should can could may might
	must let like unlike once ever never always often sometimes perhaps maybe even just
	only already again so-called asked speaking earlier later last next first second
	third finally overall ultimately nevertheless nonetheless similarly separately
	elsewhere otherwise recently currently previously initially eventually mr. dear
	hello hi oh ok okay well why where breaking update updated watch read see photo
	video image outside inside near across beyond below above behind within toward
	towards regarding concerning considering including excluding besides via per versus
	amidst amongst alongside off past opposite notably importantly specifically likewise
	consequently therefore thus hence accordingly regardless twice lastly firstly
	secondly thirdly meanwhile afterward afterwards eventually apparently reportedly
	allegedly clearly obviously certainly surely fortunately unfortunately interestingly
	ironically critically crucially officially publicly privately personally frankly
	honestly basically generally typically usually normally originally ideally nearby overnight abroad nationwide
	historically traditionally economically politically domestically internationally
	locally nationally globally instead here there`)

// timeOpeners open a phrase of time that may come before a clause's
// subject without a comma: "Later that evening she wrote", "Earlier this
// week he told".
var timeOpeners = set(`earlier later last early late`)

// subjectPronouns are the personal pronouns that can be a subject.
var subjectPronouns = set(`he she they we i`)

// introWords begin an introductory phrase that ends in a comma and comes
// before the subject: "According to reports, …", "In a statement, …",
// "Told of the plan, …".
var introWords = set(`according in on at after before while when although though despite
	however additionally meanwhile still yet but and so earlier later last asked speaking
	as since during for with without under amid following if because unlike like once now
	then also moreover furthermore instead indeed separately similarly nonetheless
	nevertheless overall ultimately today yesterday afterward afterwards responding
	pressed addressing writing in-person outside inside near across beyond behind within
	throughout notably importantly specifically likewise consequently therefore thus shortly
	hence accordingly regardless elsewhere apparently reportedly speaking back
	told informed shown confronted reminded challenged questioned quizzed`)

// boundaryWords end a noun phrase read backwards from a verb: a speaker
// does not stretch over them.
var boundaryWords = set(`and or but nor so yet for of in on at by to from with without about
	against among amid after before during since until while when whenever where whether
	if unless although though because as than that which who whom whose what why how
	however meanwhile also then now despite according into onto upon through across
	along around behind beyond near between is are was were be been being has have had
	do does did will would shall should can could may might must not never`)

// lineKinds are the trades "line" names a company of after them: "the
// cruise line".
var lineKinds = set(`cruise shipping ferry container bus coach steamship freight`)

// quantifiers open a description of no one in particular: "any teacher",
// "every parent".
var quantifiers = set(`any every each no all`)

// determiners start a description.
var determiners = set(`the a an this that these those one another his her their its our
	several some many two three four five`)

// titleAbbrevs are offices written in initials that "the" makes a
// description of their holder: "the CM said", "the GM said".
var titleAbbrevs = map[string]string{
	"pm":  "prime minister",
	"cm":  "chief minister",
	"dm":  "deputy minister",
	"gm":  "general manager",
	"md":  "managing director",
	"cs":  "cabinet secretary",
	"ps":  "principal secretary",
	"cmd": "chief medical director",
	"vc":  "vice-chancellor",
	"oc":  "officer-in-charge",
	"sho": "station house officer",
	"sp":  "superintendent", // of police
	"dsp": "deputy superintendent",
	"ssp": "senior superintendent",
	"dcp": "deputy commissioner",
	"acp": "assistant commissioner",
	"da":  "district attorney",
	"dc":  "deputy commissioner",
	"dg":  "director-general",
	"ig":  "inspector-general",
	"ceo": "chief executive",
	"cfo": "chief financial officer",
	"coo": "chief operating officer",
	"cto": "chief technology officer",
}

// stopIndex are words too common to find similar quotations by.
var stopIndex = set(`the a an and or but of to in on at by for with from as is are was were be
	been being it its this that these those we i you he she they me him her us them my
	your our their his not no so if do does did have has had will would can could should
	there here what which who all just than then too very about into over out up`)

// epithets are nouns that describe one person by role, trade, age or
// standing rather than by office: "the striker said", "the veteran
// added". Definite, they refer to the nearest person the article names.
var epithets = set(`striker winger goalkeeper keeper midfielder defender forward fullback
	full-back centre-back center-back playmaker captain skipper batsman batter bowler
	pitcher catcher quarterback receiver linebacker cyclist sprinter
	swimmer boxer fighter golfer jockey veteran rookie youngster teenager newcomer
	debutant pensioner retiree widow widower champion titleholder favourite favorite
	underdog winner runner-up finalist novelist poet actor actress singer songwriter
	rapper musician artist filmmaker chef designer architect entrepreneur billionaire
	millionaire tycoon magnate rider racer climber skier runner gymnast rower skater athlete
	player footballer cricketer snowboarder surfer wrestler olympian paralympian
	farmer grower fisherman fisherwoman shopkeeper baker butcher publican landlord landlady
	beekeeper gardener builder plumber electrician mechanic trader vendor stallholder
	shepherd crofter rancher winemaker brewer distiller florist hairdresser barber`)

// counts are small numbers written as words: "a mother of five".
var counts = set(`two three four five six seven eight nine ten eleven twelve`)

// stateModifiers make "states" after them a noun for countries: "member
// states", "neighbouring states".
var stateModifiers = set(`member other neighbouring neighboring coastal sovereign frontline
	front-line small island nation client rogue failed independent`)
