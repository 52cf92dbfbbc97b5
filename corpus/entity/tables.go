package entity

import "strings"

// The tables below are read-only. Keys are lower case. They hold general
// English: titles, parties and religions, the words that end or head the
// names of organisations and places, and gazetteers of countries, US
// states, major cities and regions and of well-known organisations. None
// of them is drawn from particular articles.

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

// affiliations are the words of affiliation to a US party or a religion
// (with package demonym's nationalities, OntoNotes' NORP: "a Democratic
// governor", "Republicans"). They are never mentions, but they may be
// part of a title.
var affiliations = set(`democrat democratic republican sikh hindu muslim christian jewish`)

// descTitles are the titles that describe what a person does rather than
// an office they hold. News writes them in lower case before a name
// ("Chelsea striker Dean Holt"); in capitals inside a run they are
// usually words of a name ("Star Cruises").
var descTitles = set(`star singer actor actress striker goalkeeper quarterback teacher
	partner fellow member principal staffer operative substitute defender midfielder
	winger pitcher rookie forward skipper freshman sophomore businessman businesswoman`)

// RankKey returns the key of a word written in capitals that abbreviates
// a police rank whose lower case is a name's particle, and whether it is
// one: "DI Corran" is a detective inspector ("insp"), "Di Bartolo" a
// surname.
func RankKey(text string) (string, bool) {
	if text == "DI" {
		return "insp", true
	}
	return "", false
}

// rankInitials are police and military ranks written as their initials
// before a surname: "DS Qureshi", "PC Jones", "SSP Qureshi", "CP
// Odumosu". Names in initials ("MK Stalin") are none.
var rankInitials = set(`pc wpc pcso ps dc ds di dci dsi dsu dcs acc dcc cc ssp sp asp dsp dig aig igp cp csp acp
	sho asi si`)

// IsRankInitials reports whether text, a word in capitals, is the initials
// of a police or military rank.
func IsRankInitials(text string) bool {
	return strings.ToUpper(text) == text && rankInitials[strings.ToLower(text)]
}

// titleWords stand before a person's name as a title or role: "Sen.",
// "Prime Minister", "deputy press secretary". Keys have no final period.
var titleWords = set(`writer columnist photographer president vice prime minister secretary senator sen
	rep reps representative congressman congresswoman congressmember governor gov lt
	lieutenant mayor judge justice chancellor ambassador envoy general gen col colonel
	maj major capt captain sgt sergeant adm admiral cmdr commander cpl corporal chief
	director chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder
	cofounder spokesman spokeswoman spokesperson press deputy assistant associate acting
	former interim late attorney prosecutor sheriff officer commissioner inspector
	superintendent supt dr mr mrs ms miss mx prof professor rev reverend father pope
	king queen prince princess sheikh emir sultan oba ooni alaafin obong kabaka omukama lord lady sir dame leader speaker whip
	counsel adviser advisor aide economist analyst correspondent reporter editor anchor
	coach referee umpire manager owner executive official head premier diplomat lawmaker legislator
	candidate nominee councilman councilwoman councilmember councillor councilor alderman
	alderwoman alderperson assemblyman assemblywoman assemblymember trustee dean
	provost rabbi imam bishop cardinal archbishop pastor detective pc wpc pcso dci dsi dcs agent trooper
	constable marshal warden president-elect treasurer comptroller auditor magistrate
	delegate mp mep mla mlc mpp msp td reeve senior vice-president secretary-general attorney-general ombudsman
	researcher scientist lawyer activist author strategist pollster consultant historian
	physician surgeon nurse paramedic midwife doctor pres atty amb hon insp det brig msgr pvt spc
	minister-president chairperson co-chair cochair mr. businessman businesswoman actor
	actress singer star striker goalkeeper quarterback principal teacher partner fellow
	member staffer operative officeholder incumbent challenger ex-president ex-minister
	premier-elect governor-elect mayor-elect substitute defender midfielder winger
	pitcher rookie constable member head spokesperson master grandmaster secretary-general minister chief
	coordinator supervisor commandant cdt
	executive officer financial operating technology general manager vice-chair
	chancellor commissioner ambassador nominee rep sen gov lt dr prof capt gen col sgt
	det insp supt mr mrs ms rev hon msp forecaster meteorologist barrister solicitor
	pundit campaigner architect engineer entrepreneur novelist poet artist musician
	composer filmmaker academic epidemiologist virologist cardiologist neurologist
	psychologist sociologist urbanist teenager youngster majority minority brigadier cr cllr clr
	clerk collector registrar coroner assessor eng engr sp asp dsp csp acp dcp advocate adv
	commodore cdre cdr ensign monsignor mgr archdeacon vicar deacon rector chaplain abbot ratu
	matua whaea kuia mzee smt shrimati tmt datuk dato datin`)

// foreignOrgHeads are words for a company, group or bank that open a name
// in other languages: "Groupe Aurenne", "Banco Itaú", "Minera Altoandina".
var foreignOrgHeads = set(`groupe grupo gruppo banco banca compagnie compañía companhia societe société
	sociedad societa società minera mineradora empresa empresas corporación corporacion naviera constructora
	inmobiliaria petróleos petroleos aerolíneas aerolineas industrias cementos cervecería cerveceria`)

// rivalWords open a sentence before a name to say how it stands to
// another: "Rival Zephyr Electric", "Compatriot Ana Ruiz".
var rivalWords = set(`rival rivals competitor competitors compatriot compatriots`)

// tradeWords open a sentence before the name of a body to say what trade
// it is in: "Retailer Harwell Foods said", "Promoter Crescent Live".
// A word that opens names of bodies itself ("Airline Pilots Association",
// "Utility Workers Union") is not one of them.
var tradeWords = set(`retailer promoter promoters organiser organisers organizer organizers
	broadcaster carmaker automaker drugmaker chipmaker insurer lender housebuilder homebuilder
	grocer distributor manufacturer supplier wholesaler streamer watchdog`)

// honourStyles are styles of respect before a name that also open the
// names of places and bodies called after the one they honour: "Allama
// Iqbal Open University", "Maulana Azad Road".
var honourStyles = set(`ustad maulana maulvi allama`)

// StyleOfRespect reports whether key, opening a name whose last word is
// last, is a style of respect rather than part of the name: "ustad" in
// "Ustad Hafeez-ur-Rehman Qureshi", but not "allama" in "Allama Iqbal
// Open University" or "Allama Iqbal Town", named in honour.
func StyleOfRespect(key, last string) bool {
	return honourStyles[key] && !orgSuffixes[last] && !placeSuffixes[last] && !facilities[last]
}

// TradeOpens reports whether key, opening a sentence before a name whose
// next word is next, says what trade the body named is in rather than
// being part of its name: "retailer" in "Retailer Harwell Foods said",
// but not "promoters" in "Promoters Guild of Ireland".
func TradeOpens(key, next string) bool { return tradeWords[key] && !orgSuffixes[next] }

// IsRivalWord reports whether key is one of the words that open a sentence
// before a name to say how it stands to another: "Rival Zephyr Electric".
func IsRivalWord(key string) bool { return rivalWords[key] }

// stopwords are capitalised words that never start or continue a name:
// function words, sentence adverbs and pronouns.
var stopwords = set(`the a an and or but nor so yet for of in on at by to from with without about against
	among amid after before during since until while when whenever where wherever
	whether if unless although though because as than that this these those there here
	it its it's he him his she her hers they them their theirs we us our ours i me my
	you your yours who whom whose which what why how however meanwhile moreover
	furthermore additionally instead indeed still also then now today yesterday tomorrow
	tonight despite according following under over into onto upon through throughout
	across along around behind beyond near beside between both each every either neither
	all any some many most much more few several such other another one two three four
	five six seven eight nine ten no not yes please thanks thank monday tuesday
	wednesday thursday friday saturday sunday january february march april june july
	august september october november december mon tue tues wed thu thurs fri sat sun
	feb mar apr jun jul aug sep sept oct nov dec is are was were be been being has
	have had do does did will would shall should can could may might must let like
	unlike once ever never always often sometimes perhaps maybe even just only already
	again so-called asked speaking earlier later last next first second third finally
	overall ultimately nevertheless nonetheless similarly separately elsewhere otherwise
	recently currently previously initially eventually mr. dear hello hi oh ok okay well
	why where breaking update updated watch read see photo video image outside inside
	near across beyond below above behind within toward towards regarding concerning
	considering including excluding besides via per versus amidst amongst alongside off
	past opposite notably importantly specifically likewise consequently therefore thus
	hence accordingly regardless twice lastly firstly secondly thirdly meanwhile
	afterward afterwards eventually apparently reportedly allegedly clearly obviously
	certainly surely fortunately unfortunately interestingly ironically critically
	crucially officially publicly privately personally frankly honestly basically
	generally typically usually normally originally ideally historically traditionally
	economically politically domestically internationally locally nationally globally
	instead here there`)
