package entity

import "strings"

// Word lists for the rules of chunk.go and descriptor.go. Like the
// tables in tables.go they are general English, lower case.

// orgSuffixes end the name of an organisation: "Heritage Foundation",
// "Halvorsen Foods", "Aldshire Police".
var orgSuffixes = set(`polymers plastics metals materials minerals resources textiles beverages fuels products packaging fertilizers fertilisers coatings ceramics cosmetics apparel appliances devices instruments components dynamics properties developments hotels resorts restaurants stores markets supermarkets pictures publishers healthcare steel homes
	samiti sangh sabha parishad manch sangathan morcha
	unit team branch operator force taskforce mission inspectorate superintendency procuratorate observatory registry collective collaborative project partnership
	cooperative co-operative co-op syndicate regiment battalion forum panel watch initiative guild analytics consulting engineering construction estates cruises logistics insurance investments advisors advisers
	shipping foundation institute institution university college school academy ministry
	department agency council committee party inc corp corporation co ltd llc plc lp pte pty
	sdn bhd limited llp gmbh ag nv bv sa srl sarl sas asa oyj ab se a/s
	company group association bank court commission office service services army navy
	police times post journal news network networks center centre union organization organisation
	fund authority bureau board administration senate congress parliament government
	pentagon kremlin reuters press club society league federation confederation alliance coalition
	holdings trust conservancy hospital hospice clinic surgery practice museum embassy cabinet tribunal assembly line lines
	movement front forces guard patrol coastguard caucus lab labs laboratory laboratories media broadcasting
	television radio magazine tribune herald gazette daily air airlines airways motors
	systems technologies technology pharmaceuticals pharma partners capital securities research
	bancorp consortium secretariat directorate command cartel brigade chamber foods treasury restructuring
	energy industries brands studios records entertainment ventures enterprises
	solutions associates railways railway rail trains buses coaches roadways waterways haulage freight contractors builders fc afc rovers rangers athletic wanderers
	albion institutes charity trustees constabulary marines corps reserve exchange
	commons lords senate legislature ministries church cathedral mosque synagogue
	inquiry scheme regulator ferries programme program ratings zoo aquarium interactive
	therapeutics biosciences bioscience biotech biologics genomics diagnostics robotics semiconductor semiconductors electronics aerospace automotive chemicals petrochem petrochemicals mining petroleum software
	power utilities electric water gas communications telecom telecoms telecommunications wireless orchestra philharmonic symphony sinfonia sinfonietta ensemble choir chorale
	opera ballet quartet circus promotions productions live bros community buses coaches transit mobility hospitality realty freight payments
	shipbuilders housebuilders homebuilders shipyard shipyards dockyard brewery breweries distillery distilleries distillers
	winery wineries vintners wines vineyards cellars brewing brewers bakery bakeries dairy dairies creamery farms growers outfitters jewellers jewelers chemists
	opticians solicitors architects consultants engineers developers manufacturers suppliers retailers wholesalers
	exporters importers traders merchants hauliers printers caterers catering events foundry foundries rescue`)

// IsOrgSuffix reports whether key ends the name of an organisation:
// "Heritage Foundation", "Halvorsen Foods", "Aldshire Police".
func IsOrgSuffix(key string) bool { return orgSuffixes[key] }

// departmentHeads head a government department whose initials, written
// in capitals, may keep the "for" of its name: "DFID", "DFT".
var departmentHeads = set(`department ministry office`)

// looseSuffixes end a body's name only after a longer run of words: see
// looseSuffix.
var looseSuffixes = set(`branch operator markets`)

// surnameSuffixes are organisation words that are also surnames: "Georgia
// Power" is a company, "Samantha Power" a person.
var surnameSuffixes = set(`power`)

// orgHeads head an organisation's name before "of" or "for": "Department
// of Homeland Security", "Bank of England", "Centers for Disease Control".
var orgHeads = set(`journal annals proceedings department ministry university bank office institute institution school college board
	bureau council commission committee museum church academy federation confederation union
	association league chamber court party government agency centers center centre
	society foundation house division directorate`)

// onHeads may be followed by "on" and their topic inside a name:
// "Council on Foreign Relations", "Commission on Human Rights".
var onHeads = set(`commission council committee subcommittee conference panel forum authority
	centre center`)

// toHeads may be followed by "to" and their aim inside a name: "Committee
// to Protect Journalists", "Campaign to Stop Killer Robots".
var toHeads = set(`committee campaign coalition alliance movement`)

// inHeads may be followed by "in" and the place where the body serves
// inside its name: "U.S. Embassy in Kyiv", "Consulate General in
// Erbil", "UN Mission in South Sudan".
var inHeads = set(`embassy consulate mission`)

// ofHeads may be followed by "of" inside a name: organisation heads,
// titles, the heads of place names ("Gulf of Mexico", "Isle of Man") and
// what the members of a body are ("Friends of the Earth", "Knights of
// Columbus", "Communications Workers of America").
var ofHeads = set(`port journal annals proceedings department ministry university bank office institute institution school college division directorate
	board bureau council commission committee museum church academy federation confederation union
	association league chamber court party government agency centers center centre
	society foundation house republic gulf bay isle city state states kingdom sea cape
	strait straits province district county town village borough township municipality shire duchy vale forest secretary minister chancellor director
	president governor mayor chief head justice appeal appeals friends knights daughters sons sisters ` + unionWords)

// publicFields are the fields public bodies are named for: "Forestry and
// Land Scotland", "Health Canada".
var publicFields = set(`health environment transport fisheries oceans forestry agriculture education
	justice finance trade industry tourism culture heritage sport immigration defence defense energy
	housing employment innovation science labour labor land water food`)

// IsPublicField reports whether key, in lower case, names a field that
// public bodies and offices are named for: "health", "defence".
func IsPublicField(key string) bool { return publicFields[key] }

// localGovernments open the names of municipalities, which speak as
// bodies: "the Town of Fenwick Creek said", "the Village of Oak Park said".
var localGovernments = set(`city town village borough township municipality shire county`)

// bodyVerbs report what a body says, beside personVerbs: "the Town of
// Fenwick Creek confirmed".
var bodyVerbs = set(`confirmed confirms announced announces issued issues reported reports voted votes
	agreed agrees approved approves decided decides`)

// unionWords name a union's members before "of" and where they work:
// "Communications Workers of America".
const unionWords = `workers employees`

var unionHeads = set(unionWords)

// IsUnionHead reports whether key, in lower case, names a union's members
// before "of" and where they work: "Communications Workers of America".
func IsUnionHead(key string) bool { return unionHeads[key] }

// placeSuffixes end a place's name: "Elm Street", "Aldwater Valley".
var placeSuffixes = set(`vale heath downs bridge river valley lake mountain mountains hill hills island
	islands isles bay sea ocean coast peninsula county province region district city
	town village canyon desert forest beach heights creek falls harbour harbor estuary
	plain plains strait straits gulf highlands moor glen fjord reef delta basin plateau
	ridge springs canal`)

// placePrefixes start a place's name: "Mount Everest", "Port Ellery",
// "Lower Aldwater".
var placePrefixes = set(`mount mt lake port fort ft cape lower upper greater north south east west northern
	southern eastern western central saint san santa los las isle`)

// IsPlacePrefix reports whether key, in lower case, may start a place's
// name: "Mount", "Port", "North", "San".
func IsPlacePrefix(key string) bool { return placePrefixes[key] }

// landforms are the place prefixes that name a feature of the land or a
// settlement built on one; a given name after them is still a place.
var landforms = set(`mount mt lake port fort ft cape isle`)

// placePrepositions before an otherwise unknown capitalised name make it a
// place: "in Netherby", "from Harwick".
var placePrepositions = set(`in from near outside across throughout into toward towards`)

// placeAffixes after a hyphen make the name before a place: "Minneapolis-based".
var placeAffixes = set(`based born raised area bound headquartered`)

// particles may stand inside a name between capitalised words: "Charles
// de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman", "Rhys ap
// Gwilym", "Daniel arap Moi", "Ngũgĩ wa Thiong’o".
var particles = set(`de des da das do dos del della dela delos delas los las di du la le van von der den ter ten bin ibn bint ben al el ul ur ud y e ap ab arap wa`)

// functionSurnames holds surnames spelled as English function words:
// Chinese He and Korean An, So and Do.
var functionSurnames = set(`he an so do`)

// IsFunctionSurname reports whether key is a surname spelled as an
// English function word, such as "he" of "spokesperson He Yanling".
func IsFunctionSurname(key string) bool { return functionSurnames[key] }

// IsParticle reports whether key, in lower case, is a particle that joins
// the parts of a person's name when written in lower case: "de", "van",
// "bin", "ap".
func IsParticle(key string) bool {
	return particles[key]
}

// arabicArticles are the transcriptions of the Arabic article, joined to
// the name after them by a hyphen: "al-Ubaydi", "el-Sisi", "ash-Shami".
var arabicArticles = set(`al el ad ar as ash at az an ul ur ud`)

// honorifics are titles of address, among them the pilgrim's "Haji" and
// "Alhaji", the unionist's "Comrade" and the Filipino "Mang" and "Aling";
// they are stripped from names but are not descriptors.
var honorifics = set(`mr mrs ms miss mx sir dame lord lady madam mister dr haji hajji alhaji alhaja hajia comrade mang aling`)

// personVerbs after a name make it a person's: "Feld wrote", "Smith said".
var personVerbs = set(`said says told added wrote explained argued noted asked stated recalled laughed
	insisted warned recalls remembers smiled replied admitted acknowledged believes
	thinks thought declined tweeted posted`)

// genericFirst are capitalised words too common to stand alone for a
// longer organisation's name ("National" for "National Flood Office").
var genericFirst = set(`national united american british royal first new general state federal international
	global world central north south east west great old city county district public
	private supreme high town village borough township municipality shire`)

// roleNouns head a description of a person written before or after the
// name as an appositive: "Their son, David,", "Smith, a retired teacher,".
var roleNouns = set(`son daughter husband wife mother father brother sister widow widower partner friend
	neighbour neighbor colleague uncle aunt cousin grandson granddaughter grandmother
	grandfather boss teammate rival predecessor successor deputy owner resident founder
	victim survivor witness analyst economist expert member student teacher nurse doctor
	lawyer nominee pick choice ally critic leader organiser organizer spokesman
	spokeswoman spokesperson worker barrister solicitor captain controller fisherman
	officer author`)

// compass words and other short capitals that are never names.
var notAcronyms = set(`ne nw se sw n s e w ok tv ceo cfo coo cto gdp ai pm am vs re ps id dj mc pr hr it
	bbq fyi aka am pm mph kg km cm mm lb oz st faq faqs rpg rpgs mmo mmorpg fps suv suvs ev evs gps atm atms
	dna rna vpn usb led lcd gif pdf phd iga igg igm ige`)

// IsPlainInitialism reports whether key, in lower case, is a word written
// in capitals that names no one and is no title: "FAQ", "GDP".
func IsPlainInitialism(key string) bool {
	return notAcronyms[key] && len(key) >= 3 && !titleWords[key]
}

// timeZones are the abbreviations of time zones, which are never names
// either.
var timeZones = set(`bst gmt utc est edt pst pdt cst cdt cet cest mst mdt ist aest aedt nzst nzdt hkt sgt jst`)

// IsTimeZone reports whether key, in lower case, abbreviates a time zone
// ("1900 GMT"), which is written in capitals but names nobody.
func IsTimeZone(key string) bool { return timeZones[key] }

// clergyStyles are offices of a church written before a priest's name,
// "Canon Mary Hale", that are common nouns and companies' names too
// ("Canon"): they are titles only before a given name or after "Rev".
var clergyStyles = set(`canon prebendary`)

// addressStyles are words of kinship or of a religious order written as a
// style before a person's full name, "Sister Magdalene Achieng", "Auntie
// Comfort Adjei-Mensah", that are no part of it. Alone before one name they
// may be the name a person goes by: "Mama Cass".
var addressStyles = set(`sister brother auntie aunty mama`)

// currencyCodes are the ISO codes of currencies that stand before an
// amount in wire copy: "EUR 412 million", "CHF 3.5bn".
var currencyCodes = set(`usd eur gbp jpy chf cad aud nzd cny rmb hkd sgd inr krw brl mxn zar sek nok dkk
	pln czk huf rub aed sar qar kwd ngn kes ghs egp pkr bdt php idr myr thb vnd ils clp cop pen ars uah ron bgn isk`)

// IsCurrencyCode reports whether text, written in capitals, is a
// currency's code, which before an amount ends a name rather than
// continuing it: "fined Lumora Technologies EUR 412 million".
func IsCurrencyCode(text string) bool {
	return len(text) == 3 && strings.ToUpper(text) == text && currencyCodes[strings.ToLower(text)]
}

// moneySymbols are the symbols of currencies written in letters and
// joined to an amount: "Shs800 million", "KSh2bn", "Rs500 crore",
// "RM1.2bn", "N50bn", "R20 million".
var moneySymbols = set(`sh shs ksh ush tsh rs rp rm rmb gh n r k`)

// moneyMarks are the moneySymbols written so only before an amount,
// with or without a scale: "Sh150", "Rs140", "Sh5,800". "RS2 Software"
// and "GH5" are names.
var moneyMarks = map[string]bool{"Sh": true, "Shs": true, "KSh": true, "Ksh": true, "USh": true, "TSh": true, "Rs": true, "Rp": true}

// moneyScales are the words and suffixes that scale an amount.
var moneyScales = set(`m mn bn b tn k million billion trillion crore crores lakh lakhs`)

// IsMoneyAmount reports whether text, followed by the word next, is an
// amount of money written with its currency's symbol in letters, which
// ends a name rather than continuing it: "fined Nile Crest Tanneries Ltd
// Shs800 million". Without a scale ("bn", "million") only a symbol
// written as moneyMarks are is one: "Sh150", but not "K2", "RS2
// Software" or "RM3 Holdings".
func IsMoneyAmount(text, next string) bool {
	i := strings.IndexAny(text, "0123456789")
	if i <= 0 || !moneySymbols[strings.ToLower(text[:i])] {
		return false
	}
	j := i
	for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.' || text[j] == ',') {
		j++
	}
	scale := strings.ToLower(text[j:])
	if scale != "" && !moneyScales[scale] {
		return false
	}
	return scale != "" || moneyScales[strings.ToLower(next)] || moneyMarks[text[:i]]
}

// facilities end the names of streets, parks and buildings, which are
// not places in the sense of this package: "Elm Street", "Riverside Park".
var facilities = set(`street st avenue ave road rd lane boulevard blvd square park drive terrace crescent
	stadium arena airport station tower building plaza mall way close gardens`)

// motionVerbs before "to" make the name after it a place: "travel to
// Castlegate".
var motionVerbs = set(`travel travels travelled traveled travelling traveling go goes went going move moves
	moved moving fly flies flew flying return returns returned returning come comes came
	coming head heads headed heading drive drove trip trips journey journeyed relocate
	relocated relocating`)

// teamWords end the names of sports clubs and stand alone for them:
// "Rovers" for "Ashford Rovers".
var teamWords = set(`rovers rangers athletic wanderers albion hotspur villa united`)

// teamPlaces end the names of places and of the sports clubs named after
// them ("Ashfield City", "Ipswich Town"); written alone with a capital,
// they stand for a club.
var teamPlaces = set(`city town county`)

// orgNouns are common nouns for organisations. Written just before a name
// ("carrier Nordair", "aviation analytics firm Cirium") or heading an
// appositive ("Plastics Europe, a trade body,"), they make it an
// organisation's.
var orgNouns = set(`company companies firm firms carrier airline airlines rival rivals group body
	operator operators bank banks lender lenders insurer retailer retailers supermarket
	supermarkets chain brand broadcaster newspaper publisher agency charity regulator
	watchdog startup start-up manufacturer maker makers giant conglomerate subsidiary
	consultancy club clubs outfit insurer union unions party broker brokerage utility
	supplier developer builder owner-operator provider network platform exchange
	fund partnership organisation organization association institute charity nonprofit
	think-tank tank producer producers exporter exporters importer importers distributor
	distributors refiner refiners processor processors chipmaker carmaker
	automaker drugmaker steelmaker planemaker shipbuilder outlet outlets website tabloid
	magazine ngo corporation corporations authority foundation cooperative co-operative bureau
	board`)

// bodyTrades are the orgNouns for what a body does that no body's name
// opens with: capitalised at a sentence start before a name of two words
// or more, they describe the body ("Operator Caledonian Isles Shipping
// said"). "Bank", "Union" and "Group" open names ("Bank Negara
// Malaysia", "Union Pacific Railroad") and are not among them.
var bodyTrades = set(`operator carrier airline lender insurer retailer supermarket broadcaster
	regulator watchdog manufacturer carmaker automaker drugmaker steelmaker planemaker
	shipbuilder chipmaker refiner exporter importer distributor supplier developer builder
	publisher conglomerate consultancy utility startup firm company charity`)

// IsOrgNoun reports whether key, in lower case, is a common noun for an
// organisation that can stand before its name: "firm", "charity", "NGO".
func IsOrgNoun(key string) bool { return orgNouns[key] }

// personalOrgNouns are the orgNouns that name people's trades too: before a
// name of two words or more ("developer Conrad Ellery", "publisher Jane
// Roe") they are no sign of an organisation.
var personalOrgNouns = set(`developer builder publisher broker owner-operator supplier provider maker
	producer distributor`)

// placeNouns head an appositive that describes a place: "Kettleby, the
// market town where I grew up".
var placeNouns = set(`town city village hamlet suburb county region province state country capital
	island port borough district neighbourhood neighborhood parish resort`)

// kinGroups are nouns for kin or a couple, which open a sentence before
// the names they join: "Siblings Huia and Rawiri Kereama".
var kinGroups = set(`siblings brothers sisters twins cousins spouses couple partners parents
	grandparents`)

// IsKinGroup reports whether key, in lower case, is a noun for kin or a
// couple that opens a sentence before the names it joins: "siblings".
func IsKinGroup(key string) bool { return kinGroups[key] }

// KinPair reports whether the keys, in lower case, can be what a noun
// for kin opens: a given name, "and", and a full name ("Siblings Huia
// and Rawiri Kereama"). No given name is a word of bodies, places or
// trades ("Partners Capital and …", "Twins Restaurant and Bar"), and
// the surname, which may be a word of places ("Jane Hill"), ends no
// company's name ("Hop Co"). Whether the corpus writes them in lower
// case is the caller's to ask.
func KinPair(given, given2, surname string) bool {
	return KinName(given, surname) && !notGiven(given2)
}

// KinName reports whether the keys, in lower case, can be the full name
// a noun for kin opens: a given name that is no word of bodies, places or
// trades, and a surname that ends no company's name ("Sisters Pat Kingi",
// but not "Brothers Pizza Co").
func KinName(given, surname string) bool {
	return !notGiven(given) && !orgSuffixes[surname] && !legalForms[surname]
}

// notGiven reports whether key is a word of bodies, places or trades.
func notGiven(key string) bool {
	return orgSuffixes[key] || orgSuffixes[key+"s"] || orgHeads[key] || onHeads[key] || bodyHeads[key] ||
		orgNouns[key] || bodyTrades[key] || placeNouns[key] || placeSuffixes[key] || facilities[key] ||
		legalForms[key] || teamWords[key] || genericFirst[key]
}

// personCues are nouns of kinship and company that, written just before
// a name, make it a person's: "her husband Callum", "my colleague Dev
// Raman".
var personCues = set(`son daughter husband wife mother father brother sister widow widower friend
	neighbour neighbor colleague uncle aunt cousin grandson granddaughter grandmother
	grandfather boss teammate girlfriend boyfriend fiancé fiancée fiance fiancee
	stepfather stepmother nephew niece teenager youngster`)

// legalForms end the registered names of companies: "Vaultline Global
// Ltd.", "Acme Inc".
var legalForms = set(`inc corp corporation co ltd llc plc lp llp ag sa se nv bv gmbh pte pty
	limited a/s`)

// IsLegalForm reports whether key, in lower case and without a final
// period, ends the registered name of a company: "inc", "ltd", "a/s".
func IsLegalForm(key string) bool { return legalForms[key] }

// groupPrefixes open the names of groups of companies in other
// languages, before the word the group is known by: "Groupe Lormont SA",
// "Grupo Andino Energia".
var groupPrefixes = set(`groupe grupo gruppo grupa`)

// legalPrefixes open the registered names of companies in some countries,
// written in capitals: "PT Vale Indonesia", "PJSC Gazprom".
var legalPrefixes = set(`pt pjsc ojsc jsc ooo pao`)

// everydayPeople are nouns for ordinary people in a story, written
// before a name at the start of a sentence: "Retiree Lim Ah Moi",
// "Commuter Tan Wei Ling".
var everydayPeople = set(`retiree pensioner commuter shopper homeowner farmer villager passenger
	tourist volunteer trader vendor driver rider parent grandparent mum mom dad shopkeeper
	evacuee refugee migrant patient fan customer tenant landlord renter voter protester
	protestor fisher fisherman fisherwoman herder pastoralist labourer laborer miner student pupil
	resident deckhand crewman crewmember helmsman coxswain`)

// IsEverydayPerson reports whether key, in lower case, is a noun for an
// ordinary person in a story that can stand before a name: "retiree",
// "commuter", "resident".
func IsEverydayPerson(key string) bool { return everydayPeople[key] }

// civilianRole reports whether key, in lower case, is a civilian's role
// (see ColGiven).
func civilianRole(key string) bool {
	if rankRoles[key] {
		return false
	}
	return everydayPeople[key] || strings.HasSuffix(key, "er") || strings.HasSuffix(key, "or") || strings.HasSuffix(key, "ist") || strings.HasSuffix(key, "ian")
}

// rankRoles are roles of one whose "Col" is a rank: "brigade commander
// Col Ruiz", "army spokesman Col Petrenko".
var rankRoles = set(`commander officer chief attache attaché adviser advisor pilot spokesman spokeswoman spokesperson
	minister director soldier veteran historian prosecutor peacekeeper engineer instructor`)

// proxyNouns are people who act for someone else, so that "Lawyers for
// Harborline" are Harborline's lawyers, not a campaign's name.
var proxyNouns = set(`lawyers attorneys solicitors barristers counsel representatives
	agents advisers advisors spokesmen spokeswomen spokespeople spokespersons officials`)

// causeWords are the words of a cause a campaign of proxies is named
// for: "Lawyers for Human Rights", "Agents for Change".
var causeWords = set(`rights human liberty justice change freedom truth democracy peace life choice
	equality reform progress humanity nature future`)

// IsProxyFor reports whether key, in lower case, is a plural noun for
// people who act for someone else ("lawyers", "representatives") and
// next, the word after "for", names whom they act for rather than a cause
// or a country: "Lawyers for Harborline", but "Lawyers for Human Rights"
// and "Lawyers for Britain" are campaigns.
func IsProxyFor(key, next string) bool {
	return proxyNouns[key] && !causeWords[next] && !countryKeys[next]
}

// officeAdjectives are the title words that make a title only before
// another: "Chief Financial Officer", "Chief Operating Officer".
var officeAdjectives = set(`financial operating technology information senior`)

// postnominals are letters written after a person's name ("Naomi
// Achterberg KC"); they are not part of it.
var postnominals = set(`kc qc sc san mp ms am td msp mla mpp mha mhk mlc mep mbe obe cbe kbe dbe oam ao mnzm onzm cnzm qso mni frs phd jp md`)

// generations end a name and tell a family's generations apart: "Jr",
// "III". The surname is the word before.
var generations = set(`jr sr ii iii iv`)

// IsGeneration reports whether key, in lower case without a period, ends
// a name to tell a family's generations apart: "jr" in "Martin Luther King
// Jr.", "iii" in "Augustin Bellamy III".
func IsGeneration(key string) bool { return generations[key] }

// IsPostnominal reports whether key, in lower case, is letters written
// after a person's name for an honour, a degree or an office: "kc" in
// "Jane Doe KC", "td" in "Sean Kelly TD". They are not part of the name.
func IsPostnominal(key string) bool { return postnominals[key] }

// vesselPrefixes start the names of ships, which are not entities here.
var vesselPrefixes = set(`mv hms uss rms ss hmas hmcs hmnzs`)

// agentSuffixes end nouns for people's roles ("forecaster", "urbanist").
var agentSuffixes = []string{"er", "or", "ist", "ian", "man", "woman"}

// agentNoun reports whether a lower-case word ends like a noun for a
// person's role.
func agentNoun(key string) bool {
	for _, suf := range agentSuffixes {
		if len(key) > len(suf)+3 && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// holidays are named days, calendar references like dates.
const holidays = `
Christmas|Christmas Day|Christmas Eve
New Year's Day|New Year's Eve|New Year
Thanksgiving|Thanksgiving Day
Easter|Easter Sunday|Easter Monday|Good Friday
Labor Day|Labour Day|Memorial Day|Independence Day|Veterans Day|Presidents Day|Presidents' Day
Juneteenth|Halloween|Boxing Day|Valentine's Day|St. Patrick's Day|Mother's Day|Father's Day
Martin Luther King Jr. Day|Columbus Day|Bastille Day|Remembrance Day|Armistice Day|Anzac Day
Canada Day|Australia Day|Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Ramadan|Eid|Eid al-Fitr
Eid al-Adha|Diwali|Lunar New Year|Chinese New Year|Black Friday|Cyber Monday|Election Day
`

// holidayFirst holds the keys of the first words of holidays.
var holidayFirst = func() map[string]bool {
	m := make(map[string]bool)
	for k := range holidayKeys {
		m[strings.TrimSuffix(strings.Fields(k)[0], "'s")] = true
	}
	return m
}()

// holidayKeys holds the lower-case keys of holidays.
var holidayKeys = func() map[string]bool {
	m := make(map[string]bool)
	for _, f := range strings.FieldsFunc(holidays, func(r rune) bool { return r == '|' || r == '\n' }) {
		m[nameKey(f)] = true
	}
	return m
}()

// events end the names of events, which are not entities here: "Tokyo
// Olympics", "World Cup", "Glastonbury Festival".
var events = set(`olympics olympiad games cup championship championships festival summit conference
	expo marathon tournament awards prize grand-prix open`)

// IsEvent reports whether key, a word in lower case, ends the name of an
// event: "Glastonbury Festival", "Tokyo Olympics".
func IsEvent(key string) bool { return events[key] }

// honorificGender gives the gender an honorific or gendered title says.
var honorificGender = map[string]byte{
	"mr": 'm', "sir": 'm', "lord": 'm', "mister": 'm', "king": 'm', "prince": 'm', "mang": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "dame": 'f', "lady": 'f', "madam": 'f', "queen": 'f', "princess": 'f', "aling": 'f',
}

// ownedBy are the nouns for a part of a company that "in" or "of"
// joins to its name: "Shares in Orsolini", "a stake in Nordair". They are
// the stakeNouns that only a company is held by, which make the name an
// organisation's, not only no place's.
var ownedBy = set(`shares stake stakes shareholding shareholders`)

// companyOwned are the nouns a company's name owns and a person's does
// not: "Orsolini’s chair", "Vantel’s shareholders".
var companyOwned = set(`board shareholders shares headquarters subsidiary subsidiaries revenue revenues
	profit profits earnings chair chairman chairwoman ceo workforce factories stores terms
	servers app apps website`)

// chiefOffices follow "chief" in the offices of a company's officers:
// "Orsolini’s chief executive".
var chiefOffices = set(`executive operating financial technology`)

// stakeNouns before "in" make the name after it a company rather than a
// place: "shares in Tesco", "a stake in Arm".
var stakeNouns = set(`shares share stake stakes investment investments interest holding holdings investor
	investors`)

// identities are capitalised adjectives of race, faith and identity: "a
// Black pastor" names no organisation.
var identities = set(`black white brown asian latino latina latinx hispanic indigenous native
	aboriginal catholic protestant evangelical jewish muslim christian hindu sikh buddhist
	mormon orthodox gay lesbian`)

// leaveVerbs say someone left one thing for another: "left Northmoor for
// Wealdshire County Cricket Club" names two clubs.
var leaveVerbs = set(`left leave leaves leaving quit quits quitting swapped swap swaps swapping traded trade trades trading exchanged exchange ditched ditch ditches abandoned abandon dropped drop snubbed rejected`)
