package entity

import "strings"

// The tables below are read-only. Keys are lower case. They hold general
// English: titles, given names, demonyms, the words that end or head the
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

// maleNames and femaleNames are common given names (census and
// international frequency lists) and the gender they usually indicate. A
// capitalised word among them starts a person's name.
var (
	maleNames = set(`james john robert michael william david richard joseph thomas charles christopher
		daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
		george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
		stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
		raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
		kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
		carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
		willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
		philip louis harry howard fred rick mike bill tom jim bob dan ben sam tony chris
		steve ted newt mitch chuck rand marco hunter beau ron pete rudy kash elon jeff tim
		vladimir volodymyr emmanuel boris olaf rishi keir narendra jair luis carlos miguel
		jorge pedro manuel francisco antonio alejandro javier rafael fernando ricardo andres
		andrés enrique mario sergio diego pablo raul raúl oscar óscar hector héctor jesus
		jesús alberto eduardo roberto felipe gustavo marcelo ernesto joaquin joaquín ismael
		ovidio nicolás ivan igor sergei sergey dmitry alexei alexey mikhail viktor yuri
		andrei ahmed mohammed muhammad mohamed ali omar hassan hussein khalid abdul ibrahim
		yusuf mustafa hamid tariq imran amir mahmoud abbas hamad faisal salman bashar recep
		giuseppe giorgio matteo luca francesco paolo angelo hans klaus friedrich wolfgang
		jurgen jürgen karl heinz fritz pierre jacques francois françois michel nicolas
		olivier laurent philippe yves rahul amit raj sanjay vijay arvind manmohan hiroshi
		takeshi shinzo fumio yoshihide kenji akira kwame nelson cyril uhuru lloyd marvin
		leon dale glenn clarence earl jimmy johnny antonio martin craig todd shawn curtis
		barry stanley leonard allen phillip jared derek travis chad brett troy marcus ian
		neil colin graham stuart hugh simon gordon alistair nigel rupert liam connor callum
		declan owen rhys gareth dwayne mitchell lamar andre darius malik jamal tyrone reggie
		franklin herbert calvin dwight lyndon hubert gerhard helmut angus josh matt nick
		greg ken jon ed andy doug rob dave mick gavin xavier mateo santiago sebastian
		emiliano gerardo arturo cesar césar armando rodrigo julio salvador alfonso ramon
		ramón lorenzo danny tommy freddie charlie alfie archie oliver jamie lewis luke ross
		kieran rory niall shane aidan aiden finn leo theo max toby jake joel harvey reece
		dean darren wesley glen lee trevor clive malcolm duncan fraser euan ewan hamish
		tomasz piotr krzysztof andrzej pawel marek jakub lars sven nils henrik erik anders
		jens soren bjorn pieter willem dirk jan joost kofi kwabena chidi chinedu emeka tunde
		adebayo oluwaseun segun femi wei jun ming hao lei arjun vikram deepak anil sunil
		rohan aditya ravi karan nikhil hamza bilal usman zain idris kareem karim rashid
		samir nabil walid youssef mehmet ahmet emre dimitri nikolai pavel oleksandr andriy
		taras bogdan luka marko stefan milan goran zoran giovanni alessandro riccardo enzo
		hugo felix anton jonas lukas tobias matthias florian sebastien thierry didier julien
		mathieu antoine diogo joao tiago bruno darnell deshawn terrell demetrius marquis
		jalen julian aled dev ollie gianni tomas mats jussi mikko juha antti hector
		rohan dafydd emrys iwan gethin hywel jens torsten gunnar magnus ragnar elias
		jamie rory callum finlay cameron ruaridh fergus struan alasdair`)
	femaleNames = set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
		betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy
		melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
		anna brenda pamela emma nicole helen samantha katherine christine debra rachel
		carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
		victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
		jacqueline martha gloria teresa ann sara madison frances kathryn janice abigail
		alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
		diana natalie brittany charlotte marie kayla alexis lori hillary hilary kamala elise
		kristi tulsi marjorie karoline kristen kirsten ilhan alexandria ayanna rashida liz
		nikki condoleezza madeleine gina pam tammy kathy katie kate jill melania ivanka
		ursula giorgia marine jacinda sanna claudia ana lucia lucía carmen rosa sofia sofía
		isabel gabriela daniela valeria fernanda mariana paula veronica verónica adriana
		alejandra beatriz cristina elena silvia mercedes dolores guadalupe xochitl xóchitl
		olga irina natalia tatiana svetlana yulia fatima aisha amina leila layla noor mariam
		maryam zainab sonia indira priya anjali sunita nirmala shirin yoko susana norma
		irene josefina lourdes monica mónica yolanda rocio rocío pilar ines inés esther jane
		joanne jo sue carla tina gwen wendy tracy stacy tiffany crystal erin molly maggie
		meghan megyn caroline jennifer jenny jen becky debbie sally nina vanessa whitney
		brooke hayley holly naomi esther miriam rita sheila eileen marjorie marsha marcia
		ingrid greta annalena sahra mette magdalena agnieszka ewa katarzyna anne annette
		bettina petra sabine ségolène christiane ruth kristin kirstjen stacey janelle
		letitia kathy gretchen tammy ilana dana rina golda tzipi agnes amara leonie fiona
		louise nadia claire chloe sophie lucy ella isla amelia poppy ellie evie freya eva
		mia zoe lily hazel imogen harriet phoebe beth bethany kirsty leanne gemma kerry
		siobhan niamh aoife ciara orla roisin sinead bridget mairead morag eilidh catriona
		astrid sigrid solveig freja maja anja katja oksana yana daria anastasia ludmila
		kasia zofia marta beata ngozi amaka chiamaka adaeze funmilayo yetunde folake chioma
		nkechi mei ling xin hui yan ananya kavya meera lakshmi deepa pooja neha divya shreya
		yasmin samira nour rania hana hanna lina dina maya tara nora vera sigrun helena
		renata janine wen beatrice lorraine marguerite giulia annika leena tomasina
		harriet jenny rosie bethan cerys rhiannon ffion sian catrin eleri nerys mared
		ingeborg liv kari hedda elin maren greta jessie abbie millie`)
	givenNames = union(maleNames, femaleNames)
)

// union returns a set holding the members of both sets.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// demonyms are the nouns and adjectives of nationality and origin, and of
// affiliation to the US parties (OntoNotes' NORP: "a Democratic governor",
// "Republicans"). They are never mentions, but they may be part of a title
// ("Mexican President").
var demonyms = set(`democrat democratic republican faroese greenlandic kurdish kurd tamil sikh hindu muslim christian jewish arab
	latino latina hispanic afghan albanian algerian american andorran angolan argentine
	argentinian armenian australian austrian azerbaijani bahamian bahraini bangladeshi
	barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan
	brazilian briton british bruneian bulgarian burkinabe burmese burundian cambodian
	cameroonian canadian chadian chilean chinese colombian congolese croat croatian
	cuban cypriot czech dane danish djiboutian dominican dutch dutchman dutchwoman
	ecuadorian egyptian emirati english englishman englishwoman eritrean estonian
	ethiopian fijian filipino filipina finn finnish french frenchman frenchwoman
	gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean
	guyanese haitian honduran hungarian icelander icelandic indian indonesian iranian
	iraqi irish irishman irishwoman israeli italian ivorian jamaican japanese jordanian
	kazakh kenyan kiwi korean kosovan kosovar kuwaiti kyrgyz laotian latvian lebanese
	liberian libyan liechtensteiner lithuanian luxembourger macedonian malagasy malawian
	malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque
	mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan
	nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan
	peruvian pole polish portuguese qatari romanian russian rwandan salvadoran samoan
	saudi scot scots scotsman scotswoman scottish senegalese serb serbian sierra-
	leonean singaporean slovak slovakian slovene slovenian somali spaniard spanish
	sudanese surinamese swazi swede swedish swiss syrian taiwanese tajik tanzanian thai
	togolese tongan trinidadian tunisian turk turkish turkmen ugandan ukrainian
	uruguayan uzbek venezuelan vietnamese welsh welshman welshwoman yemeni zambian
	zimbabwean ulsterman geordie scouser cornishman catalan basque flemish walloon
	bavarian sicilian corsican breton québécois quebecer texan californian new-yorker
	londoner parisian muscovite berliner`)

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
	king queen prince princess sheikh emir sultan lord lady sir dame leader speaker whip
	counsel adviser advisor aide economist analyst correspondent reporter editor anchor
	coach manager owner executive official head premier diplomat lawmaker legislator
	candidate nominee councilman councilwoman councillor councilor alderman trustee dean
	provost rabbi imam bishop cardinal archbishop pastor detective agent trooper
	constable marshal warden president-elect treasurer comptroller auditor magistrate
	delegate mp mep senior vice-president secretary-general attorney-general ombudsman
	researcher scientist lawyer activist author strategist pollster consultant historian
	physician surgeon nurse doctor pres atty amb hon insp det brig msgr pvt spc
	minister-president chairperson co-chair cochair mr. businessman businesswoman actor
	actress singer star striker goalkeeper quarterback principal teacher partner fellow
	member staffer operative officeholder incumbent challenger ex-president ex-minister
	premier-elect governor-elect mayor-elect substitute defender midfielder winger
	pitcher rookie constable member head spokesperson secretary-general minister chief
	executive officer financial operating technology general manager vice-chair
	chancellor commissioner ambassador nominee rep sen gov lt dr prof capt gen col sgt
	det insp supt mr mrs ms rev hon msp forecaster meteorologist barrister solicitor
	pundit campaigner architect engineer entrepreneur novelist poet artist musician
	composer filmmaker academic epidemiologist virologist cardiologist neurologist
	psychologist sociologist urbanist teenager youngster majority minority`)

// stopwords are capitalised words that never start or continue a name:
// function words, sentence adverbs and pronouns.
var stopwords = set(`the a an and or but nor so yet for of in on at by to from with without about against
	among amid after before during since until while when whenever where wherever
	whether if unless although though because as than that this these those there here
	it its it's he him his she her hers they them their theirs we us our ours i me my
	mine you your yours who whom whose which what why how however meanwhile moreover
	furthermore additionally instead indeed still also then now today yesterday tomorrow
	tonight despite according following under over into onto upon through throughout
	across along around behind beyond near beside between both each every either neither
	all any some many most much more few several such other another one two three four
	five six seven eight nine ten no not yes please thanks thank monday tuesday
	wednesday thursday friday saturday sunday january february march april june july
	august september october november december mon tue tues wed thu thurs fri sat sun
	jan feb mar apr jun jul aug sep sept oct nov dec is are was were be been being has
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
