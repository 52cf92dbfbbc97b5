package quote

import (
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// speakerTests are invented news paragraphs for the rules that find a
// speaker through a role, a relative or a clause around the name.
var speakerTests = []struct {
	name  string
	paras []string
	want  []want
}{
	{"a name set off after a description, with its own modifiers before it, is the speaker", []string{
		"The interpreter, a volunteer named Tomas Brevik, said many of the survivors were “in shock”.",
		"Her coach, former Davis Cup player Anders Holmqvist, told reporters that she had “nothing to be ashamed of”.",
		"The head of the mission, the retired appeal court judge Miriam Okello, said at a briefing: “We are not saying the result is wrong.”",
		"The label, Halcyon Records, said in a statement that it “fully supports the decision”.",
	}, []want{
		{"in shock", "Tomas Brevik", ""},
		{"nothing to be ashamed of", "Anders Holmqvist", ""},
		{"We are not saying the result is wrong.", "Miriam Okello", ""},
		{"fully supports the decision", "Halcyon Records", ""},
	}},
	{"“the movement”, “the society” are the bodies the article names with that word", []string{
		"The National Renewal Movement walked out of the talks on Monday. In a separate statement, the movement said it was ready to sign a truce “today, not tomorrow”.",
		"The Oxford Union Debating Society defended the invitation. A spokesperson for the society said: “We invited her because we disagree with her.”",
	}, []want{
		{"today, not tomorrow", "National Renewal Movement", ""},
		{"We invited her because we disagree with her.", "Oxford Union Debating Society", ""},
	}},
	{"what someone’s relative or officer calls something is their characterisation, and so is what one brands it", []string{
		"Kestrel Semiconductor’s finance chief, Dana Ruiz, spoke on a call with analysts. The company cut its forecast, blaming what its finance chief called “a very uncomfortable level” of stock.",
		"Mara Lindqvist’s brother, Diego Lindqvist, led the search. She was found after nine days, having survived on creek water and what her brother called “the stubbornness of a mule.”",
		"Theo Brandt crossed the line first but was demoted by a penalty he branded “a joke.”",
	}, []want{
		{"a very uncomfortable level", "Dana Ruiz", ""},
		{"the stubbornness of a mule.", "Diego Lindqvist", ""},
		{"a joke.", "Theo Brandt", ""},
	}},
	{"the name after a verb begins the clause reported when “that” or a verb goes with it", []string{
		"Stellan Vik-Armitage said he was “sorry if it comes across that way” and insisted that Lumio “takes these issues extremely seriously.”",
		"In the Bowden Courier, critic Hilary Stanwick called it “a quietly devastating evening” and said Marr gave “the performance of his career so far.”",
	}, []want{
		{"sorry if it comes across that way", "Stellan Vik-Armitage", ""},
		{"takes these issues extremely seriously.", "Stellan Vik-Armitage", ""},
		{"a quietly devastating evening", "Hilary Stanwick", ""},
		{"the performance of his career so far.", "Hilary Stanwick", ""},
	}},
	{"a name set off inside a relative clause is not the subject of the verb after the clause", []string{
		"Deborah Hale, whose 24-year-old son, Kenji, was returning home from a job interview, said she had read the transcript “maybe 30 times.”",
	}, []want{{"maybe 30 times.", "Deborah Hale", ""}}},
	{"a surname with the Arabic article is the same name without it", []string{
		"Speaking to reporters in Baghdad, Minister of Water Resources Qasim Habib al-Ubaydi said Turkey had begun impounding water “without notification”.",
		"Ubaydi said Iraq would send a delegation to Ankara, but warned: “If this delegation comes back with promises, we will go to the courts.”",
	}, []want{
		{"without notification", "Qasim Habib al-Ubaydi", ""},
		{"If this delegation comes back with promises, we will go to the courts.", "Qasim Habib al-Ubaydi", ""},
	}},
	{"a name where a place stands is no one a pronoun means", []string{
		"For workers like Pettaway, who has two kids and a mortgage in Warren, the prospect of a walkout is sobering. He said he would walk if asked.",
		"“I don’t want to strike. Nobody wants to strike,” he said.",
	}, []want{{"I don’t want to strike. Nobody wants to strike,", "Pettaway", ""}}},
	{"a noun ending in -ly is no adverb, and a titled name after a body’s noun is the speaker", []string{
		"“Darnell was coming home from work,” the family’s attorney, Bernard Szymanski, said at a news conference.",
		"“Our members are on board,” association President Greg Tomlinson said in an interview.",
		"The vineyard grows a skin-contact white the family simply calls “the orange one”.",
	}, []want{
		{"Darnell was coming home from work,", "Bernard Szymanski", ""},
		{"Our members are on board,", "Greg Tomlinson", ""},
		{"the orange one", "", "term"},
	}},
	{"the one a text or an outlet quotes as saying is the speaker, not the text", []string{
		"The release quoted the university's vice-principal for research, Marta Esselmont, as saying the work was “a brilliant example of teamwork.”",
		"The Kyodo news agency quoted Defence Minister Hiroshi Tanabe as saying the launch was “extremely regrettable.”",
		"The indictment quotes Walter Himmelfarb replying, “You’ll get yours.”",
	}, []want{{"a brilliant example of teamwork.", "Marta Esselmont", ""}, {"extremely regrettable.", "Hiroshi Tanabe", ""}, {"You’ll get yours.", "Walter Himmelfarb", ""}}},
	{"an article that quotes in single marks has its quotations in them, double marks nested inside", []string{
		"Halvorsen Pharma ended talks with Corbridge Biotech on Tuesday. ‘We could not agree on value,’ said chief executive Ingrid Saether. ‘The board was unanimous.’",
		"Peter Nwosu, an analyst at Kestrel Bank, said the deal had been ‘doomed from the start’.",
		"‘I think shareholders will be relieved,’ he said. ‘They never liked the “synergy” story.",
		"‘Nobody believed the numbers.’",
	}, []want{
		{"We could not agree on value, The board was unanimous.", "Ingrid Saether", ""},
		{"doomed from the start", "Peter Nwosu", ""},
		{"I think shareholders will be relieved, They never liked the “synergy” story. Nobody believed the numbers.", "Peter Nwosu", ""},
	}},
	{"“it said” after an opening quotation is the body the paragraph before made its subject", []string{
		"Elite Match Officials Ltd, the body responsible for refereeing, issued a statement on Sunday.",
		"“The VAR identified a clear and obvious error,” it said.",
	}, []want{{"The VAR identified a clear and obvious error,", "Elite Match Officials Ltd", ""}}},
	{"a quotation after a sentence about a described person is theirs", []string{
		"“I still can’t see a foul,” Harbridge Rovers manager Colm Dardis said.",
		"The Rovers boss, who was booked for his protests, went further.",
		"“People will say I’m moaning because we lost.”",
	}, []want{{"I still can’t see a foul,", "Colm Dardis", ""}, {"People will say I’m moaning because we lost.", "Colm Dardis", ""}}},
	{"a person placed by a lower-case body speaks, on either side of the quotation", []string{
		"“It is not the worst case,” volcanologist Ines Brito Quaresma of the observatory told AFP.",
		"Teodor Malinescu of the observatory said the crater was “at a record low.”",
	}, []want{{"It is not the worst case,", "Ines Brito Quaresma", ""}, {"at a record low.", "Teodor Malinescu", ""}}},
	{"a title finished by a portfolio after “for” stays the title", []string{
		"“The sample arrived intact,” Associate Administrator for Science Harriet Benedek said in a release. “It could answer old questions.”",
		"“We will act,” said Secretary of State for Health Owen Strickland.",
	}, []want{{"The sample arrived intact, It could answer old questions.", "Harriet Benedek", ""}, {"We will act,", "Owen Strickland", ""}}},
	{"a name before a title of a body and a second appositive is the speaker", []string{
		"Marisol Uchendu-Park, policy director of the Tenants Rights Network, a nonprofit group, said the rule was “too little, too late.”",
	}, []want{{"too little, too late.", "Marisol Uchendu-Park", ""}}},
	{"a name before a party label and a relative clause is the speaker", []string{
		"Sen. Harold Ekwueme-Lind, Republican of Ohio, who chairs the panel, said the agency had “lost the plot.”",
	}, []want{{"lost the plot.", "Harold Ekwueme-Lind", ""}}},
	{"“the coast guard” and “the force” are the bodies named before", []string{
		"Seven people died when a ferry sank off Corfu, the Hellenic Coast Guard said on Sunday.",
		"The coast guard said the search was “hampered by high winds.”",
		"Durham Constabulary has opened an inquiry.",
		"The force said officers were “working around the clock.”",
	}, []want{{"hampered by high winds.", "Hellenic Coast Guard", ""}, {"working around the clock.", "Durham Constabulary", ""}}},
	{"“the co-op” is the cooperative, though another body was named since", []string{
		"Delta Rural Electric Cooperative said 9,000 homes were still dark, and the Federal Emergency Management Agency sent generators.",
		"The co-op said crews were working “around the clock.”",
	}, []want{{"around the clock.", "Delta Rural Electric Cooperative", ""}}},
	{"what one body calls something in its own words is its statement; what critics call it is a term", []string{
		"The Allied Dockworkers Union said members had received texts threatening dismissal, a move the union called “strikebreaking by text message.”",
		"Portline Logistics declined to comment on the plan, a measure critics have called “a lockout by stealth.”",
	}, []want{{"strikebreaking by text message.", "Allied Dockworkers Union", ""}, {"a lockout by stealth.", "", "term"}}},
	{"a description's words pick the body whose name holds them", []string{
		"The Northern Growers Association and the Regional Hauliers Association both opposed the new toll.",
		"The growers’ association said the toll was “a tax on every lettuce.”",
	}, []want{{"a tax on every lettuce.", "Northern Growers Association", ""}}},
	{"a name joined by an ampersand is a firm's, never a person's", []string{
		"Prosecutors say Oskar Feld, the owner of Brightwater Paving & Sealing, arranged the payments.",
		"“Keep it quiet,” she says on one recording.",
	}, []want{{"Keep it quiet,", "", ""}}},
	{"a person's office speaks for the person", []string{
		"Senator Alma Reyes-Tolt voted against the bill on Tuesday.",
		"Reyes-Tolt’s office dismissed the claim as “entirely false.”",
	}, []want{{"entirely false.", "Alma Reyes-Tolt", ""}}},
	{"“the” before an outlet's possessive and a name opens the name as a subject", []string{
		"The Coastal Ledger's Mara Quennell was kinder, describing the last act as “a slow, brave unravelling.”",
	}, []want{{"a slow, brave unravelling.", "Mara Quennell", ""}}},
	{"“it” after a description of a body that is a sentence's subject is the body", []string{
		"The Maritime Rescue Agency said its vessels had searched all night.",
		"Lawyers for the survivors said the patrol boat had ignored their calls.",
		"The agency rejected the claim. In a statement, it said it had “no confirmed distress call” that night.",
	}, []want{{"no confirmed distress call", "Maritime Rescue Agency", ""}}},
	{"a rank after an article is part of a description", []string{
		"First officer Daniel Kessling, 34, was at the controls.",
		"According to the report, the first officer called out “speed disagree” soon after take-off.",
	}, []want{{"speed disagree", "Daniel Kessling", ""}}},
	{"someone unnamed a sentence about “she” quotes is not whom “she” means next", []string{
		"Dana Pickett, 71, still buys bottled water.",
		"She keeps a sign on her faucet, a phrase she said a utility clerk told her on the phone: “Just boil it.”",
		"“I keep it there so I don’t forget,” she said.",
	}, []want{{"Just boil it.", "", ""}, {"I keep it there so I don’t forget,", "Dana Pickett", ""}}},
	{"a pronoun means whom the nearer pronoun of its gender meant", []string{
		"Dravecki, 52, checked the rota twice before the night shift began.",
		"Asked what worried him most, he paused for a long time.",
		"“The cold, mostly,” he said.",
	}, []want{{"The cold, mostly,", "Dravecki", ""}}},
	{"a pronoun object in a man’s relative clause does not make him a woman", []string{
		"Her agent, Thomas Brill, called the ruling unfair.",
		"Her trainer, Auvo Vessey, who has coached her since childhood, said the ruling was a mistake.",
		"“I know how she trains,” he said.",
	}, []want{{"I know how she trains,", "Auvo Vessey", ""}}},
	{"a quotation after a sentence of reported speech is its speaker's", []string{
		"Marguerite Oyelaran, who has fished the estuary since 1987, said she had never seen the water so low. “The channel is a puddle. Nobody upriver would believe it.”",
	}, []want{{"The channel is a puddle. Nobody upriver would believe it.", "Marguerite Oyelaran", ""}}},
	{"a report named with a body and a modifier before it is the body's", []string{
		"According to a Hollis County Sheriff’s Office arrest report, the driver was stopped at 2:10 a.m.",
		"The report says the driver “could not stand unassisted” and refused a breath test.",
	}, []want{{"could not stand unassisted", "Hollis County Sheriff’s Office", ""}}},
	{"the agency is the one body its sentence named before it", []string{
		"The Federal Housing Agency said its own figures would follow on Friday.",
		"According to Halden Housing Corporation, starts rose 4 per cent, and the agency’s annual report described the gain as “broad-based and durable.”",
	}, []want{{"broad-based and durable.", "Halden Housing Corporation", ""}}},
	{"a body's name set off with “the” after its description speaks", []string{
		"The city’s largest tenants group, the Harbourside Renters Association, said in a statement that the rent rise was “a tax on staying put” and called for a freeze.",
	}, []want{{"a tax on staying put", "Harbourside Renters Association", ""}}},
	{"a council written as a place and lower-case nouns is named as written", []string{
		"Rotherfield borough council said it was “reviewing every tenancy” in the block.",
		"A spokesperson for Kelsall district council said: “We have found rooms for all 40 families.”",
	}, []want{{"reviewing every tenancy", "Rotherfield borough council", ""}, {"We have found rooms for all 40 families.", "Kelsall district council", ""}}},
	{"a body named as part of another is the other", []string{
		"The election observation mission of the African Union said counting had been “orderly but slow”.",
	}, []want{{"orderly but slow", "African Union", ""}}},
	{"the charity is the body that was the subject just before, not a company", []string{
		"The Kestrel Arts Trust bought the painting from a dealer in 1961.",
		"The dealer had acquired it from Rennert Holdings Ltd., which sold off its collection that year.",
		"In a statement, the charity said its research had found “no evidence of coercion”.",
	}, []want{{"no evidence of coercion", "Kestrel Arts Trust", ""}}},
	{"the union is a body that calls itself one, never the company", []string{
		"Pressfield Motors Inc. said it would close two plants. Pressfield has cut 900 jobs this year.",
		"The union said it would seek “immediate talks” with management.",
	}, []want{{"immediate talks", "", ""}}},
	{"a body of workers is a union", []string{
		"Pressfield Motors Inc. said it would close two plants, drawing a response from Allied Assembly Workers Local 212.",
		"The union said it would seek “immediate talks” with management.",
	}, []want{{"immediate talks", "Allied Assembly Workers Local 212", ""}}},
	{"a memo sent by a description with a name set off is that person's", []string{
		"Lindqvist Freight, the Halmstad-based hauler, has cut 200 jobs.",
		"A memo sent to drivers on Monday by the company’s head of operations, Ingrid Saltmarsh, told them to “stop all overtime at once”.",
		"“We are not in a position to pay for idle trucks,” the memo said.",
	}, []want{{"stop all overtime at once", "Ingrid Saltmarsh", ""}, {"We are not in a position to pay for idle trucks,", "Ingrid Saltmarsh", ""}}},
	{"a letter organized by a body described before its name is the body's", []string{
		"More than 300 doctors signed an open letter organized by the charity Clearwater Health Trust.",
		"“Waiting lists are now a public health emergency,” the letter says.",
	}, []want{{"Waiting lists are now a public health emergency,", "Clearwater Health Trust", ""}}},
	{"the statement of someone who spoke “saying in a statement” is theirs", []string{
		"Board chairman Tobias Wrenfield welcomed the ruling, saying in a statement that it had “cleared our name”.",
		"“We never doubted the outcome,” the statement said.",
	}, []want{{"cleared our name", "Tobias Wrenfield", ""}, {"We never doubted the outcome,", "Tobias Wrenfield", ""}}},
	{"a name of no known given name set off after a coach is a person, the subject", []string{
		"Kagiso Ntuli was out for four when he tried to hook a bouncer.",
		"Namibia’s coach, Tjiuee Hangula, declined to criticise Ntuli. “He’s 21 years old. He will learn,” he said.",
	}, []want{{"He’s 21 years old. He will learn,", "Tjiuee Hangula", ""}}},
	{"an analyst after the possessive of a firm ending in an abbreviation is the analyst", []string{
		"Harrow Steel shares fell 9 per cent.",
		"Pelham & Co.’s Ingrid Ashdown-Kale was more relaxed, describing the fall as “overdone”.",
	}, []want{{"overdone", "Ingrid Ashdown-Kale", ""}}},
	{"a critic of a newspaper named for a day is the critic", []string{
		"The revival opened on Thursday. Marcus Fell of the Sunday Herald wrote that the lead was “never better”.",
	}, []want{{"never better", "Marcus Fell", ""}}},
	{"a title word inside a body's name after “of” names no one", []string{
		"In a 46-page ruling, the Superior Court of Justice of Cusco said there was “sufficient evidence” of harm.",
	}, []want{{"sufficient evidence", "Superior Court of Justice of Cusco", ""}}},
	{"where a company is listed is not part of its name", []string{
		"A court ordered Canadian-listed Serrania Copper Corp to stop discharging water into the river.",
		"“We respectfully disagree with the court,” the company said in a statement.",
	}, []want{{"We respectfully disagree with the court,", "Serrania Copper Corp", ""}}},
	{"a party member after a person is that person", []string{
		"Dana Whitfield, a state senator, asked for a recount.",
		"Gov. Thaddeus Bramwell declared a disaster emergency on Tuesday. Speaking after a helicopter tour, the Democrat described the smoke as “like nothing I’ve seen.”",
	}, []want{{"like nothing I’ve seen.", "Thaddeus Bramwell", ""}}},
	{"a name with “who” after it is a person's, whom “she” can mean", []string{
		"Harriet Okonedo-Slade, the museum’s director, said the vote was unanimous. “There is no ambiguity,” she said.",
		"The Ethiopian minister of tourism, Selamawit Gebremedhin, who led the delegation, wept as she placed her hand on the cross. “It will be carried again,” she said.",
	}, []want{{"There is no ambiguity,", "Harriet Okonedo-Slade", ""}, {"It will be carried again,", "Selamawit Gebremedhin", ""}}},
	{"the bank’s statement is the bank the story is about, not one where an economist works", []string{
		"The Reserve Bank of New Zealand raised interest rates on Wednesday.",
		"Callum Ferrier, senior economist at Kauri Bank, said the move was a surprise.",
		"The bank’s statement said the committee stood “ready to act further if required”.",
	}, []want{{"ready to act further if required", "Reserve Bank of New Zealand", ""}}},
	{"the subject of a passive did not say the words", []string{
		"The district has fired head football coach Dale Rutherford after a hazing inquiry.",
		"Rutherford, 49, who led the team to a state semifinal, was dismissed “effective immediately,” Superintendent Lorraine Haskett said in a statement.",
	}, []want{{"effective immediately,", "Lorraine Haskett", ""}}},
	{"a description set off before “the historian X” is X's", []string{
		"The novel won the Halloran prize last week.",
		"The jury chair, the historian Clemency Hartigan, described it in her citation as “a novel of enormous patience”.",
		"“It trusts its readers,” the chair said.",
	}, []want{{"a novel of enormous patience", "Clemency Hartigan", ""}, {"It trusts its readers,", "Clemency Hartigan", ""}}},
	{"a sentence opening with “it” goes on about the body the paragraph before made its subject", []string{
		"The UK Health Security Agency said 31 of the cases were in children under 10.",
		"It urged parents to check their children were vaccinated, describing the jab as “the single most effective thing families can do”.",
	}, []want{{"the single most effective thing families can do", "UK Health Security Agency", ""}}},
	{"“it” after a paragraph about a person and a body is no one", []string{
		"Dr Farida Qureshi said the UK Health Security Agency had counted 31 cases.",
		"It urged parents to check their children were vaccinated, describing the jab as “the single most effective thing families can do”.",
	}, []want{{"the single most effective thing families can do", "", ""}}},
	{"a given name from any tradition gives its gender", []string{
		"Chidinma Okafor runs the night shelter on Cole Street.",
		"The shelter opened in 2019 with four beds and now has forty.",
		"“We are full every night,” she said.",
	}, []want{{"We are full every night,", "Chidinma Okafor", ""}}},
	{"as X puts it after a partial quotation", []string{
		"Nell Darrow and her brother, Kit Darrow, split in 2019.",
		"Neither of them will say more than that it was about “being siblings in a small room”, as Kit puts it.",
	}, []want{{"being siblings in a small room", "Kit Darrow", ""}}},
	{"a relative set off after a name gives its gender", []string{
		"Nell Darrow, 31, recorded the album with Kit Darrow, her older brother, in a week.",
		"“I thought it was the worst thing I had written,” she says.",
	}, []want{{"I thought it was the worst thing I had written,", "Nell Darrow", ""}}},
	{"a relative clause gives a title", []string{
		"Jens Brandt, who remains Nordhavn’s chairman, backed the deal. His son Mikkel Brandt runs the company.",
		"“My grandfather bought our first ship,” the chairman said.",
	}, []want{{"My grandfather bought our first ship,", "Jens Brandt", ""}}},
	{"a possessive role before its bearer is named", []string{
		"Mateo Ferrante has not played since August. He has, according to his agent, “never been happier”.",
		"The man at the centre of the noise is Joaquim Pestana, the player’s agent.",
	}, []want{{"never been happier", "Joaquim Pestana", ""}}},
	{"a relative introduced as one speaks as the relative", []string{
		"Helena Varga died on Sunday, her son, Peter Varga, said.",
		"Underneath the photograph, her son had written a single line: “Mum, at work.”",
	}, []want{{"Mum, at work.", "Peter Varga", ""}}},
	{"a word set off before the subject of a lead-in", []string{
		"Helena Varga died on Sunday. Her son, Peter Varga, confirmed it.",
		"Underneath, her son had written: “Mum, at work.”",
	}, []want{{"Mum, at work.", "Peter Varga", ""}}},
	{"a sentence about him is not about the names inside it", []string{
		"Gareth Pryce is too polite to criticise his board. He has been promised a striker when Mateo Ferrante goes, and he knows it.",
		"“The window shuts in September,” he adds.",
	}, []want{{"The window shuts in September,", "Gareth Pryce", ""}}},
	{"the nearest name when no pronoun carries the subject", []string{
		"Gareth Pryce is too polite to criticise his board. The club has promised a striker when Mateo Ferrante goes.",
		"“The window shuts in September,” he adds.",
	}, []want{{"The window shuts in September,", "Mateo Ferrante", ""}}},
	{"a quotation opening the paragraph after one about a person", []string{
		"Adaeze Okafor has been headteacher at St Bride’s for eleven years. She is not, she stresses, against testing.",
		"“What I object to is what happens after the test.",
		"“We are spending hours on a number.”",
	}, []want{{"What I object to is what happens after the test. We are spending hours on a number.", "Adaeze Okafor", ""}}},
	{"not after a paragraph about two people", []string{
		"Adaeze Okafor runs St Bride’s. Tom Hale runs the school next door.",
		"“What I object to is what happens after the test.”",
	}, []want{{"What I object to is what happens after the test.", "", ""}}},
	{"a long attribution splitting a quotation", []string{
		"“Helena was the reason many of us went into this field,” said Professor Ruth Adebayo, director of the European Seismological Institute in Strasbourg, who was Varga’s doctoral student in the 1990s. “She was never boring.”",
	}, []want{{"Helena was the reason many of us went into this field, She was never boring.", "Ruth Adebayo", ""}}},
	{"a report by a person's pronoun", []string{
		"The inspector, Gillian Rowe, visited the site in May.",
		"“The harm is real but localised,” her report concluded.",
	}, []want{{"The harm is real but localised,", "Gillian Rowe", ""}}},
	{"an adverb before the subject of a gesture", []string{
		"Peter Varga and his sister, Ana Varga, traded memories.",
		"Then Ana laughed. “She would have hated it.”",
	}, []want{{"She would have hated it.", "Ana Varga", ""}}},
	{"an association named with a plural possessive", []string{
		"A spokesperson for the Norwegian Coastal Fishermen’s Association said its members would “not shed any tears” over the delay.",
	}, []want{{"not shed any tears", "Norwegian Coastal Fishermen’s Association", ""}}},
	{"according to a report published by a body", []string{
		"The industry faces “a perfect storm”, according to a report published last month by the European Offshore Wind Association.",
	}, []want{{"a perfect storm", "European Offshore Wind Association", ""}}},
	{"the club is the sports club named before", []string{
		"Mateo Ferrante was fined by Rivermouth Athletic, though the club would say only that the matter had been “dealt with internally”.",
	}, []want{{"dealt with internally", "Rivermouth Athletic", ""}}},
	{"a cross-examination alternates", []string{
		"Graham Pell was cross-examined by the prosecution.",
		"“Whose money paid for the villa, Mr Pell?” Nadia Adeyemi KC asked.",
		"“It was a loan from the trust,” Pell replied.",
		"“Was there a loan agreement?”",
		"“Not a written one, no.”",
	}, []want{
		{"Whose money paid for the villa, Mr Pell?", "Nadia Adeyemi", ""},
		{"It was a loan from the trust,", "Graham Pell", ""},
		{"Was there a loan agreement?", "Nadia Adeyemi", ""},
		{"Not a written one, no.", "Graham Pell", ""},
	}},
	{"no relative of the right gender named", []string{
		"Helena Varga died on Sunday.",
		"“She never stopped working,” her brother said.",
	}, []want{{"She never stopped working,", "", ""}}},
	{"possessive title, appositive name, after the quotation", []string{
		"The company said it would appeal. \"We strongly disagree,\" Korvane's chief legal officer, Dana Whitcombe, said in a statement.",
	}, []want{{"We strongly disagree,", "Dana Whitcombe", ""}}},
	{"a partial quotation after “and that” has the first one's speaker", []string{
		"Greens leader Priya Ranasinghe said the party had run “the biggest campaign” and that voters had rejected the major parties’ “race to the bottom on renters”.",
	}, []want{{"the biggest campaign", "Priya Ranasinghe", ""}, {"race to the bottom on renters", "Priya Ranasinghe", ""}}},
	{"a name set off with an affiliation, then a verb that does not report", []string{
		"Another campaigner, Grace Wanjiru of the Pan-African Climate Forum, said the finance gap meant “people will pay, in hunger, for every dollar.”",
	}, []want{{"people will pay, in hunger, for every dollar.", "Grace Wanjiru", ""}}},
	{"a partial quotation set off by a comma after a long subject", []string{
		"Justice Raymond Kessler wrote the dissent.",
		"He added that the timing of the decision, coming after candidates had already filed their nomination papers, “will do more to shake public confidence than any drop box ever could.”",
	}, []want{{"will do more to shake public confidence than any drop box ever could.", "Raymond Kessler", ""}}},
	{"a name set off with a role in lower case", []string{
		"Pruett’s attorney, public defender Alan Szymanski, told the judge his client had no prior felony convictions, had lived in the county his entire life and was “not going anywhere.”",
	}, []want{{"not going anywhere.", "Alan Szymanski", ""}}},
	{"a name with an affiliation, then “said in a statement that”", []string{
		"The film’s lead producer, Katarina Holm of Stockholm-based Nordlys Pictures, said in a statement to Variety that the company had “taken immediate steps” after the accident.",
	}, []want{{"taken immediate steps", "Katarina Holm", ""}}},
	{"a country speaking, with a participle set off", []string{
		"Saudi Arabia, speaking on behalf of the Arab Group, said it could not accept any text that “targets specific energy sources,” a position it has held.",
	}, []want{{"targets specific energy sources,", "Saudi Arabia", ""}}},
	{"“with the Commission saying”", []string{
		"Counting will resume on Sunday, with the Victorian Electoral Commission saying it expects to finalise most results “by the end of next week”.",
	}, []want{{"by the end of next week", "Victorian Electoral Commission", ""}}},
	{"“the group” after a named alliance", []string{
		"The rebel Kivu Liberation Alliance met in Doha.",
		"In a statement released late Wednesday, the group said its forces “remain in defensive positions.”",
	}, []want{{"remain in defensive positions.", "Kivu Liberation Alliance", ""}}},
	{"a body's name set off after its description", []string{
		"The U.N. peacekeeping mission, MONUSCO, said in a statement that it was “deeply alarmed” by the shelling, and called on both sides to “return to their positions.”",
	}, []want{{"deeply alarmed", "MONUSCO", ""}, {"return to their positions.", "MONUSCO", ""}}},
	{"a description with a demonym is not another nation's body", []string{
		"New Zealand’s Ministry of Foreign Affairs said it was “closely following” the situation.",
		"Asked about the seizure in Beijing, a Chinese foreign ministry spokesperson said it was “a matter for the two countries.”",
	}, []want{{"closely following", "Ministry of Foreign Affairs", ""}, {"a matter for the two countries.", "", ""}}},
	{"a quotation set off by a comma reports no further back than its verb", []string{
		"A post from critic Dev Raman called the ovation “a referendum nobody asked for,” while another user wrote on X, “Nine minutes of clapping doesn’t heal an ankle.”",
	}, []want{{"a referendum nobody asked for,", "Dev Raman", ""}, {"Nine minutes of clapping doesn’t heal an ankle.", "", "post"}}},
	{"a name in quotation marks set off by commas is no statement", []string{
		"Prosecutor Nadia Rahman said the fraud came to light when an officer noticed that the supplier, “Harwick Fine Foods”, had no address.",
	}, []want{{"Harwick Fine Foods", "", "term"}}},
	{"a name after said that begins a clause is not the speaker", []string{
		"A regular at the bar, who declined to give her name, said Delgado had been “the calmest person in the room” that night.",
		"Nationals leader Carol Dunphy said the result showed that regional Victoria had “finally had a win”.",
	}, []want{{"the calmest person in the room", "", ""}, {"finally had a win", "Carol Dunphy", ""}}},
	{"a source close to a body is anonymous", []string{
		"Tidewater Sales has closed deals for several territories. A source close to the sales company said a deal had been “very close” before the letter.",
	}, []want{{"very close", "", ""}}},
	{"analysts at a firm write its note", []string{
		"Analysts at Calder & Finch Securities estimated in a note that finding a buyer would be “no small feat.”",
	}, []want{{"no small feat.", "Calder & Finch Securities", ""}}},
	{"a post signed with a title is its bearer's", []string{
		"Gov. Maria Lindahl-Ortiz, a Democrat, vetoed the law last year. She posted on social media:",
		"@Gov. Maria Lindahl-Ortiz| Voters should not need a road trip to cast a ballot.",
	}, []want{{"Voters should not need a road trip to cast a ballot.", "Maria Lindahl-Ortiz", "post"}}},
	{"a post signed with the letters after a name is its bearer's", []string{
		"The shadow energy secretary, Priya Castellane, posted on X:",
		"@Priya Castellane MP| Time to scrap the levy.",
	}, []want{{"Time to scrap the levy.", "Priya Castellane", "post"}}},
	{"a job opening the sentence is not part of the name after it", []string{
		"Meteorologist Tanner Vosburgh said the wind had created “a ground blizzard.”",
		"Trucker Bev Landry-Pulaski, 57, said her dog was “very patient”.",
	}, []want{{"a ground blizzard.", "Tanner Vosburgh", ""}, {"very patient", "Bev Landry-Pulaski", ""}}},
	{"the company is the one that spoke last, not its product", []string{
		"The twin-engine Aerovance AV-72 was descending toward Roberts Field when the crew lost control.",
		"Aerovance, the Toulouse-based manufacturer, said it was “providing full technical support” to Cascadia Regional Airlines.",
		"“We will not speculate on the causes,” the company said.",
	}, []want{{"providing full technical support", "Aerovance", ""}, {"We will not speculate on the causes,", "Aerovance", ""}}},
	{"the company is the one a sentence since is about", []string{
		"In a filing, Veridian Semiconductor Inc. said Tien Shan Advanced Packaging Co. had “failed to allocate contracted capacity”.",
		"Tien Shan rejected that. “We have honored every obligation,” the company said.",
	}, []want{{"failed to allocate contracted capacity", "Veridian Semiconductor Inc.", ""}, {"We have honored every obligation,", "Tien Shan Advanced Packaging Co.", ""}}},
	{"the utility and the agency are the bodies quoted last", []string{
		"Appalachian Ridge Power said several substations had been “completely submerged.”",
		"“Our crews are staged and ready,” the utility said in a statement.",
		"The National Weather Service issued a blizzard warning, and the Nebraska Department of Transportation closed the interstate.",
		"The weather service said the cold would be “the next threat.”",
		"“Frostbite can occur in as little as 10 minutes,” the agency said.",
	}, []want{
		{"completely submerged.", "Appalachian Ridge Power", ""}, {"Our crews are staged and ready,", "Appalachian Ridge Power", ""},
		{"the next threat.", "National Weather Service", ""}, {"Frostbite can occur in as little as 10 minutes,", "National Weather Service", ""},
	}},
	{"a title given before a name is found again paragraphs later", []string{
		"About 20 seconds later, the captain, Renata Solís, 52, replied: “Boots are cycling.”",
		"The report says the autopilot disconnected at 6:50:41.",
		"The airplane then rolled to the left.",
		"“I’ve got it, I’ve got it,” the captain said, according to the transcript.",
	}, []want{{"Boots are cycling.", "Renata Solís", ""}, {"I’ve got it, I’ve got it,", "Renata Solís", ""}}},
	{"a title in the possessive names what the office owns", []string{
		"Gideon Thwaite accused Rosalind Kerrigan of “taking families for fools” at Prime Minister’s Questions on Wednesday.",
		"The prime minister insisted the figures were “out of date”.",
	}, []want{{"taking families for fools", "Gideon Thwaite", ""}, {"out of date", "", ""}}},
	{"a party and a role after a determiner describe someone", []string{
		"Harriet Ancell and Marcus Reid have clashed all week.",
		"Another Labour MP, who asked not to be named, was blunter: “He has badly misread the party.”",
	}, []want{{"He has badly misread the party.", "", ""}}},
	{"the names of a question are not the one asked", []string{
		"Alan Pickering, the Rovers manager, faced the press after the defeat.",
		"Asked whether he had spoken to the club’s owner, Graham Tessier, he said: “No. He’s entitled to his opinion.”",
	}, []want{{"No. He’s entitled to his opinion.", "Alan Pickering", ""}}},
	{"a rank written short is the rank", []string{
		"The army’s regional spokesman, Lt. Col. Prosper Ilunga Mwamba, denied the report.",
		"“Our soldiers have clear instructions,” the colonel said.",
	}, []want{{"Our soldiers have clear instructions,", "Prosper Ilunga Mwamba", ""}}},
	{"a quotation after a short last sentence about one person", []string{
		"Anna Lisowska designed the crematorium.",
		"The crematorium, completed in 2014, made her reputation. The mourners enter through a narrow passage. Lisowska talks about it reluctantly.",
		"“I was afraid of that commission.",
		"“So I took everything out.”",
	}, []want{{"I was afraid of that commission. So I took everything out.", "Anna Lisowska", ""}}},
	{"a nickname inside a name", []string{
		"Ferry skipper Thomas “Tug” Okwuosa kept his boat running through the night.",
		"“The river doesn’t care about timetables,” Okwuosa said.",
	}, []want{{"Tug", "", "term"}, {"The river doesn’t care about timetables,", "Thomas Okwuosa", ""}}},
	{"a month's name as a given name", []string{
		"June Halloran, a lecturer at Tarrow College, was unconvinced.",
		"“It is a press release with a budget,” Halloran said.",
		"In June Halloran said the opposite.",
	}, []want{{"It is a press release with a budget,", "June Halloran", ""}}},
	{"an organisation named by the word before “of”", []string{
		"The Independent Commission of Inquiry published its findings on Monday.",
		"In its report, the Commission said the warnings had been “ignored at every level”.",
	}, []want{{"ignored at every level", "Independent Commission of Inquiry", ""}}},
	{"a bare surname is the person named first, not a later relative", []string{
		"Ruben Quintero, the painter who filled the Alcázar murals, died on Friday. He was 90.",
		"He was the son of Ignacio Quintero, a tailor, and began drawing on his pattern paper. Mr. Quintero said he learned proportion there.",
		"His son, Pablo Quintero, confirmed the death.",
		"“I paint what I cannot say,” Mr. Quintero told an interviewer in 1990.",
		"“He worked until the last week,” Pablo Quintero said. “He was impossible to stop.”",
		"Asked in 2001 about retiring, Mr. Quintero laughed. “Never,” he said.",
	}, []want{
		{"I paint what I cannot say,", "Ruben Quintero", ""},
		{"He worked until the last week, He was impossible to stop.", "Pablo Quintero", ""},
		{"Never,", "Ruben Quintero", ""},
	}},
	{"a bare surname with a title goes to the one written with it", []string{
		"Helen Marr, the defendant, sat with her lawyers.",
		"The hospital’s director, Dr Alice Marr, who is not related to her, gave evidence.",
		"“We trusted her with everything,” Dr Marr said.",
	}, []want{{"We trusted her with everything,", "Alice Marr", ""}}},
	{"a name of a place and a description between quotation and verb", []string{
		"“We cannot keep doing this,” Senator Mara Quill of Nevada, the ranking member, said on the floor.",
	}, []want{{"We cannot keep doing this,", "Mara Quill", ""}}},
	{"a relative clause after a description set off after a name", []string{
		"Dev Anand, chief economist at the bank, who voted against, said in a speech that rates were “far too high”.",
	}, []want{{"far too high", "Dev Anand", ""}}},
	{"a thing is not the source of a partial quotation", []string{
		"Governor Ivo Renn said the result reflected “real progress” on costs.",
	}, []want{{"real progress", "Ivo Renn", ""}}},
	{"a letter introduced by a fronted phrase", []string{
		"In a letter sent to members on Monday, the Coastal Fishers Union warned of cuts.",
		"“Boats will stay in port,” the letter said.",
	}, []want{{"Boats will stay in port,", "Coastal Fishers Union", ""}}},
	{"the minutes of a body", []string{
		"Minutes of the Harbour Board’s meeting showed members were split.",
		"“Several members favoured delay,” the minutes said.",
	}, []want{{"Several members favoured delay,", "Harbour Board", ""}}},
	{"a characterisation by a name set off with a description", []string{
		"The plan had no money for roads, an omission that Senator Ada Brill, Republican of Ohio, called “reckless.”",
	}, []want{{"reckless.", "Ada Brill", ""}}},
	{"a participle calling after a short opener", []string{
		"The treasurer spoke for two hours on Tuesday.",
		"Hours later, opposition leader Tomas Vey hit back, calling the budget a “cruel joke”.",
	}, []want{{"cruel joke", "Tomas Vey", ""}}},
	{"one of a group speaks for nobody named", []string{
		"Farmer Ruth Gale said the rain had come too late.",
		"A group of herders waiting near the road said water was their worry. “We want water first,” one of them said.",
	}, []want{{"We want water first,", "", ""}}},
	{"its report speaks for the body named last", []string{
		"The Road Costs Institute, a think tank, studied the freeze.",
		"Its report warned that the Treasury was becoming “dangerously reliant” on fuel duty.",
	}, []want{{"dangerously reliant", "Road Costs Institute", ""}}},
	{"a person named with the firm's possessive", []string{
		"“The cuts are overdue,” Halvard’s Tove Lind wrote in a note to clients.",
	}, []want{{"The cuts are overdue,", "Tove Lind", ""}}},
	{"a statement reads", []string{
		"Ashby Town later issued a statement condemning the fans.",
		"“Such behaviour has no place in football,” the statement read.",
	}, []want{{"Such behaviour has no place in football,", "Ashby Town", ""}}},
	{"a name and her colleagues", []string{
		"In the paper, Mira Solberg and her colleagues describe the drug as “generally well tolerated”.",
	}, []want{{"generally well tolerated", "Mira Solberg", ""}}},
	{"a description with its “for” phrase set off before a name", []string{
		"The council’s cabinet member for housing, Gareth Poole, went further, calling the situation “a national scandal”.",
	}, []want{{"a national scandal", "Gareth Poole", ""}}},
	{"a middle name written once", []string{
		"Arthur Pell, the jazz pianist, has died.",
		"Arthur Benedict Pell was born in Memphis in 1931.",
		"“I learned on a church piano,” Pell said in 1999.",
	}, []want{{"I learned on a church piano,", "Arthur Pell", ""}}},
	{"in X's words names the source", []string{
		"Marta Quill sued the broadcaster over a documentary.",
		"The film portrayed her as a landlord who, in Dev Anand’s words on the programme, “squeezed every tenant dry.”",
	}, []want{{"squeezed every tenant dry.", "Dev Anand", ""}}},
	{"in the words of X and by X's own admission", []string{
		"The budget was, in the words of Priya Nadar, “a fiscal cliff with a bow on it.”",
		"The first model sold, by Owen Kerr’s own admission, “far fewer than we hoped.”",
	}, []want{
		{"a fiscal cliff with a bow on it.", "Priya Nadar", ""},
		{"far fewer than we hoped.", "Owen Kerr", ""},
	}},
	{"a habit of speech before the quotation", []string{
		"Greta Lindahl ran the mill for forty years. She liked to tell apprentices that “a loom never lies”.",
		"Her foreman, Rolf Eide, would often say, “Oil first, then coffee.”",
	}, []want{
		{"a loom never lies", "Greta Lindahl", ""},
		{"Oil first, then coffee.", "Rolf Eide", ""},
	}},
	{"the statement of a long subject set off after “In a statement,”", []string{
		"In a statement, the U.N. humanitarian coordinator for the region, Tomas Ekwueme, said he was “appalled” by the reports.",
		"“Markets are not battlefields,” the statement said.",
	}, []want{
		{"appalled", "Tomas Ekwueme", ""},
		{"Markets are not battlefields,", "Tomas Ekwueme", ""},
	}},
	{"a titled person after the body or the project of the office", []string{
		"“We got it,” said Kestrel mission manager Dr. Evelyn Marchetti, to cheers.",
		"“This text is a step backwards,” European Union climate commissioner Henrik Vestergaard told reporters.",
		"“We lost on groceries,” said a senior Liberal campaign official.",
	}, []want{
		{"We got it,", "Evelyn Marchetti", ""},
		{"This text is a step backwards,", "Henrik Vestergaard", ""},
		{"We lost on groceries,", "", ""},
	}},
	{"an answer to words turned on the last speaker, and a retort", []string{
		"“Then whose policy was it?” Senator Ada Quell asked.",
		"“Senator, that should never have happened,” said Tom Reyes, the chief executive.",
		"“You said that in January, too.”",
		"“Was that manager wrong?” Quell asked.",
		"“She raised a real concern,” Reyes said.",
		"“You fired her,” Quell said.",
		"“She left the company.”",
	}, []want{
		{"Then whose policy was it?", "Ada Quell", ""},
		{"Senator, that should never have happened,", "Tom Reyes", ""},
		{"You said that in January, too.", "Ada Quell", ""},
		{"Was that manager wrong?", "Ada Quell", ""},
		{"She raised a real concern,", "Tom Reyes", ""},
		{"You fired her,", "Ada Quell", ""},
		{"She left the company.", "Tom Reyes", ""},
	}},
	{"“it” is the organisation that is the subject of the paragraph", []string{
		"The National Storm Centre is also watching a storm far out at sea, which it said had “a low chance of development” this week.",
	}, []want{{"a low chance of development", "National Storm Centre", ""}}},
	{"a nickname and the surname are another form of the full name", []string{
		"Her father, Graham “Stretch” Pallister, is unconvinced.",
		"Stretch Pallister, 71, does not dispute it. “I said what I said,” he says.",
	}, []want{{"Stretch", "", "term"}, {"I said what I said,", "Graham Pallister", ""}}},
	{"a name straight after a description of a role", []string{
		"“The ratio looks fine,” Meru Capital’s head of research Tobias Wendt told reporters.",
		"Orla Quaid had been described by the team’s coach Dwayne Oakes as “the heartbeat of our locker room” in December.",
	}, []want{
		{"The ratio looks fine,", "Tobias Wendt", ""},
		{"the heartbeat of our locker room", "Dwayne Oakes", ""},
	}},
	{"the first words of an organisation's name written before", []string{
		"Attention turned to Marlow Valley Power, the utility that serves the county.",
		"In a filing, Marlow Valley reported “an outage on the circuit” at noon.",
	}, []want{{"an outage on the circuit", "Marlow Valley Power", ""}}},
	{"the answer to a question that names the one asked", []string{
		"Dana Whitlock, the defence lawyer, rose at ten. Theo Brannigan sat still.",
		"“Mr. Brannigan, did you raise your voice at him?” she asked.",
		"“I may have raised my voice.”",
		"“Did you call him a parasite?”",
		"“I don’t recall using those words.”",
	}, []want{
		{"Mr. Brannigan, did you raise your voice at him?", "Dana Whitlock", ""},
		{"I may have raised my voice.", "Theo Brannigan", ""},
		{"Did you call him a parasite?", "Dana Whitlock", ""},
		{"I don’t recall using those words.", "Theo Brannigan", ""},
	}},
	{"a pronoun that speaks is the subject, not the name after it", []string{
		"Theo Brannigan took the stand on Monday.",
		"“I have a temper,” he testified under questioning from his own lawyer, Gregory Ruiz.",
		"He said he was “uninvited” from a gala. “My kids read it,” he said.",
	}, []want{
		{"I have a temper,", "Theo Brannigan", ""},
		{"uninvited", "Theo Brannigan", ""},
		{"My kids read it,", "Theo Brannigan", ""},
	}},
	{"a pronoun nothing near explains is the person the article is about", []string{
		"Ezra Quillfeather, the trumpeter, died on Saturday. He was 86.",
		"Mr. Quillfeather recorded 40 albums. Mr. Quillfeather toured for decades.",
		"Critics loved Mr. Quillfeather. The pianist Ruben Okoye toured with him.",
		"His records sold poorly in the 1970s.",
		"The label folded. The studio closed in 1979.",
		"Jazz audiences shrank all through the decade.",
		"Later he took a job teaching, work he called “the most important gig I ever had.”",
	}, []want{{"the most important gig I ever had.", "Ezra Quillfeather", ""}}},
	{"but not when someone unnamed is near", []string{
		"Ezra Quillfeather, the trumpeter, died on Saturday. He was 86.",
		"Mr. Quillfeather recorded 40 albums. Mr. Quillfeather toured for decades.",
		"Critics loved Mr. Quillfeather. The pianist Ruben Okoye toured with him.",
		"The label folded. The studio closed in 1979.",
		"One fan, who did not want to give his name, was there. “Nine years,” he said.",
	}, []want{{"Nine years,", "", ""}}},
	{"a transcript's line names its speaker in capitals", []string{
		"Sgt. Kyle Brandt stopped Demarcus Hale on Harlow Street. The city released a transcript:",
		"BRANDT: “Show me your hands.”",
		"HALE: “They’re right here.”",
		"SGT. BRANDT: “Don’t reach!”",
		"BARLOW: “Who is that?”",
	}, []want{
		{"Show me your hands.", "Kyle Brandt", ""},
		{"They’re right here.", "Demarcus Hale", ""},
		{"Don’t reach!", "Kyle Brandt", ""},
		{"Who is that?", "", ""},
	}},
	{"a union's numbered branch is part of its name", []string{
		"The Fraternal Order of Police Lodge 41, which represents the officers, said in a statement that it backed him.",
		"“He deserves due process,” the statement read.",
		"Teamsters Local 727 called the deal “a betrayal”.",
	}, []want{
		{"He deserves due process,", "Fraternal Order of Police Lodge 41", ""},
		{"a betrayal", "Teamsters Local 727", ""},
	}},
	{"a surname before “of” and an organisation are two names", []string{
		"Rhys Pemberton of Halvard Capital Partners called it “a trap”.",
		"Dr. Pemberton of Halvard Capital Partners said: “It is still a trap.”",
	}, []want{
		{"a trap", "Rhys Pemberton", ""},
		{"It is still a trap.", "Rhys Pemberton", ""},
	}},
	{"the district, the trust, the museum: the body named before", []string{
		"The Pine Hollow Unified School District removed eleven books on Tuesday.",
		"In a statement Wednesday morning, the district said it would “comply fully”.",
		"The Wexley Hospitals NHS Trust apologised. The trust said it had “failed families”.",
	}, []want{
		{"comply fully", "Pine Hollow Unified School District", ""},
		{"failed families", "Wexley Hospitals NHS Trust", ""},
	}},
	{"a name with its body set after it by its description", []string{
		"“It is still winning,” Chief Marisol Ybarra of the fire authority said at a briefing.",
	}, []want{{"It is still winning,", "Marisol Ybarra", ""}}},
	{"a name right after an epithet", []string{
		"On the BBC, former doubles champion Jonty Rayner summed it up: “From the edge of the cliff to the top.”",
	}, []want{{"From the edge of the cliff to the top.", "Jonty Rayner", ""}}},
	{"words a recording lets us hear", []string{
		"Luisa Ferrand approached the chair. “I was waiting,” she could be heard telling the umpire.",
		"“Show me your hands,” Sgt. Kyle Brandt is heard saying.",
	}, []want{{"I was waiting,", "Luisa Ferrand", ""}, {"Show me your hands,", "Kyle Brandt", ""}}},
	{"a short form of a given name is the same person", []string{
		"Mayor Raymond Teague was indicted on Wednesday.",
		"“I will fight this,” Ray Teague told supporters.",
		"Shortly after 9 p.m., the mayor posted on X:",
		"@Ray Teague| I love this city. See you at work tomorrow.",
	}, []want{{"I will fight this,", "Raymond Teague", ""}, {"I love this city. See you at work tomorrow.", "Raymond Teague", "post"}}},
	{"a statement introduced with modifiers is its issuer's", []string{
		"In its weekly bulletin, released on Monday, the Tarrow Flood Office said river levels were falling.",
		"“Residents should stay away from the banks,” the bulletin said.",
	}, []want{{"Residents should stay away from the banks,", "Tarrow Flood Office", ""}}},
	{"the statement is the nearest one, even from no one named", []string{
		"In a statement, the Kelso Transit Authority said services would resume on Friday.",
		"The drivers said in a statement that they would keep striking. “We will not be moved,” the statement said.",
	}, []want{{"We will not be moved,", "", ""}}},
	{"letters after a name for an office are not part of it", []string{
		"The Labour housing spokeswoman, Orla Keane TD, accused the Government of “giving up”.",
	}, []want{{"giving up", "Orla Keane", ""}}},
	{"a portfolio of two words joined by and is part of the title", []string{
		"Civil Defence and Recovery Minister Aroha Pene visited the town and said the recovery was “on track”.",
	}, []want{{"on track", "Aroha Pene", ""}}},
	{"an answer in a printed interview is the interviewee's", []string{
		"Dara Quill lost the final in three sets. “I was tired,” said her coach, Ben Ostrow.",
		"From Quill’s press conference:",
		"Q: Will you be back next year?",
		"A: “Of course. I always come back.”",
	}, []want{{"I was tired,", "Ben Ostrow", ""}, {"Of course. I always come back.", "Dara Quill", ""}}},
	{"an answer in a transcript with bare questions is the one its lead-in names", []string{
		"Coach Lena Ortiz-Blake met reporters before the final. “We are ready,” said the captain, Tom Reed.",
		"Ortiz-Blake took questions on Friday. Here is the exchange:",
		"Is Reed fit to start?",
		"“He trained all week. He will be involved.”",
		"Do you want him to stay?",
		"“Of course I do.”",
	}, []want{{"We are ready,", "Tom Reed", ""}, {"He trained all week. He will be involved.", "Lena Ortiz-Blake", ""}, {"Of course I do.", "Lena Ortiz-Blake", ""}}},
	{"a participle after with or despite has its own subject, named later", []string{
		"Calderbrook Athletic have rejected a third bid for striker Dayo Adebanjo, with the club’s chairman insisting the 24-year-old is “not for sale” despite the player’s agent accusing the club of “holding him hostage”.",
		"Calderbrook chairman Gordon Maitland said in a statement: “Dayo is not for sale.”",
		"Adebanjo’s agent, Silvio Renna, hit back. “They are holding him hostage,” Renna said.",
	}, []want{{"not for sale", "Gordon Maitland", ""}, {"holding him hostage", "Silvio Renna", ""}, {"Dayo is not for sale.", "Gordon Maitland", ""}, {"They are holding him hostage,", "Silvio Renna", ""}}},
	{"a quotation set off by dashes in a sentence that reports is the reporter's", []string{
		"Silvio Renna said the player had made his request – “politely, through the proper channels” – and had heard nothing.",
		"The club said its motto – “Forward Together” – still stood.",
	}, []want{{"politely, through the proper channels", "Silvio Renna", ""}, {"Forward Together", "", "term"}}},
	{"a phrase of time without a comma before the subject", []string{
		"Silvio Renna said the club had broken a promise. “They are holding him hostage,” he said.",
		"Later that evening he posted a photograph on Instagram with the caption: “Patience is also a strategy.”",
	}, []want{{"They are holding him hostage,", "Silvio Renna", ""}, {"Patience is also a strategy.", "Silvio Renna", "post"}}},
	{"a participle's subject is the clause's, a name before a verb and an article", []string{
		"The Commodity Futures Trading Commission filed a parallel action accusing Northgate Alpha of “misappropriating customer funds.”",
		"The Reserve Bank of Kelland cut its rate on Wednesday, but Governor Ingrid Solvang signaled that relief would be slow, saying the bank was in “wait-and-see mode.”",
	}, []want{{"misappropriating customer funds.", "Commodity Futures Trading Commission", ""}, {"wait-and-see mode.", "Ingrid Solvang", ""}}},
	{"the spokesperson a few paragraphs after one introduced for a body", []string{
		"A Wrexley University spokesperson said: “We are disappointed.”",
		"Students occupied the library on Monday night.",
		"The spokesperson said the occupation was “unauthorised”.",
	}, []want{{"We are disappointed.", "Wrexley University", ""}, {"unauthorised", "Wrexley University", ""}}},
	{"the operator is the business the sentence before made its subject", []string{
		"The MTR Corporation suspended services on open sections of its network. “Services have been suspended,” the rail operator said.",
	}, []want{{"Services have been suspended,", "MTR Corporation", ""}}},
	{"a quotation after a comma goes on the partial quotation before it", []string{
		"In a complaint, the Securities and Exchange Commission alleged that Teodor Lind “engaged in a scheme to defraud” customers by moving their money to a trading firm, Northgate Alpha, “with no disclosure and no controls.”",
	}, []want{{"engaged in a scheme to defraud", "Securities and Exchange Commission", ""}, {"with no disclosure and no controls.", "Securities and Exchange Commission", ""}}},
	{"a text started by a person is theirs", []string{
		"The petition, started by retired teacher Dafydd Rees, reads: “We, the undersigned, call on the board to keep the surgery open.”",
	}, []want{{"We, the undersigned, call on the board to keep the surgery open.", "Dafydd Rees", ""}}},
	{"an unnamed subject of a participle after with speaks for no one named", []string{
		"The board's head of primary care, Rachel Iorwerth, was heckled as she tried to explain the process, with one man at the back of the hall shouting “Shame on you!”",
	}, []want{{"Shame on you!", "", ""}}},
	{"a retort with its particle, and an interjection", []string{
		"“You couldn’t get the trucks to show up,” Adaeze Whitford said to Leonard Brisco.",
		"“I got the trucks to show up,” Mr. Brisco shot back.",
		"“It’s a fantasy, and the people who’ll pay for it are the—” Brisco said, before State Senator Tomás Berg cut in.",
		"“That’s not true and you know it,” Mr. Berg interjected.",
	}, []want{{"You couldn’t get the trucks to show up,", "Adaeze Whitford", ""}, {"I got the trucks to show up,", "Leonard Brisco", ""},
		{"It’s a fantasy, and the people who’ll pay for it are the—", "Leonard Brisco", ""}, {"That’s not true and you know it,", "Tomás Berg", ""}}},
	{"a report published by a group set off by a relative clause, and a signed letter", []string{
		"Solidarity Watch, which monitors detention conditions, published a 34-page report on Wednesday.",
		"“The authorities are using medical care as a bargaining chip,” the report said.",
		"In a letter smuggled out of the prison, the strikers described their conditions. The letter is signed by Youssef Amrani, a former member of parliament.",
		"“We sleep on concrete,” the letter reads.",
	}, []want{{"The authorities are using medical care as a bargaining chip,", "Solidarity Watch", ""}, {"We sleep on concrete,", "Youssef Amrani", ""}}},
	{"it reads: the text last named, and the directorate", []string{
		"The letter is signed by Youssef Amrani, a former member of parliament.",
		"Soravia's General Directorate of Prisons denied the claims. “No inmate is held for his opinions,” the directorate said.",
		"The letter from Istanbul ends with an appeal. “Do not forget us,” it reads.",
	}, []want{{"No inmate is held for his opinions,", "General Directorate of Prisons", ""}, {"Do not forget us,", "Youssef Amrani", ""}}},
	{"an initialism opening a sentence is a name, a dateline in capitals is not", []string{
		"The recall was posted by the National Highway Traffic Safety Administration (NHTSA) on Monday.",
		"NHTSA, which opened an investigation in March, said in a statement that it was “in close contact with the company”.",
		"AUSTIN, May 3 – Halcyon said its cars were “safe”.",
	}, []want{{"in close contact with the company", "NHTSA", ""}, {"safe", "Halcyon", ""}}},
	{"the post after a blog post is its author's, and notes is a verb", []string{
		"In a blog post published the same day, Halcyon’s chief executive, Marcus Adeyemi-Strand, wrote that the company had pushed an update.",
		"The post goes on about the company’s record—“more than 40 million miles,” Adeyemi-Strand notes—and describes the crash as “an extraordinarily rare combination of events.”",
	}, []want{{"more than 40 million miles,", "Marcus Adeyemi-Strand", ""}, {"an extraordinarily rare combination of events.", "Marcus Adeyemi-Strand", ""}}},
	{"an orchestra is an organisation, not the she of a profile", []string{
		"Teodora Vasilescu does not like the word farewell. When the Great Lakes Philharmonic announced last fall that the season would be her last, its marketing department proposed a tour. She vetoed the idea.",
		"“It sounds like a funeral, and I am not dead,” she told me.",
	}, []want{{"It sounds like a funeral, and I am not dead,", "Teodora Vasilescu", ""}}},
	{"the answer after the writer asks someone, and after a bare question", []string{
		"Teodora Vasilescu has led the orchestra for 31 years. “It is enough,” she said.",
		"Maria Pop, the board chair, disagreed. “She could stay ten more,” Pop said.",
		"I asked Vasilescu whether she had regrets.",
		"“Two. I never conducted the Ring.”",
		"Did she ever apologise?",
		"“Every year I send him a card at Christmas.”",
	}, []want{{"It is enough,", "Teodora Vasilescu", ""}, {"She could stay ten more,", "Maria Pop", ""},
		{"Two. I never conducted the Ring.", "Teodora Vasilescu", ""}, {"Every year I send him a card at Christmas.", "Teodora Vasilescu", ""}}},
	{"a pronoun after someone who asked not to be named is theirs, and Co before a place is a county", []string{
		"Pat Fogarty, a farmer from Co Kilkenny, drove through the night. “I left home at two,” he said.",
		"Another farmer, from Co Monaghan, who did not want to be named, said the mood was grim.",
		"“Lads are selling up. It's the 1980s all over again,” he said.",
	}, []want{{"I left home at two,", "Pat Fogarty", ""}, {"Lads are selling up. It's the 1980s all over again,", "", ""}}},
	{"a sentence about her is not about the names in it, and the “Title.” is a term", []string{
		"Teodora Vasilescu has led the orchestra since 1995. “It was close to bankruptcy,” she said.",
		"Her tenure will be remembered for the premieres of new works, among them Lucia Ferreira-Bloom’s cello concerto.",
		"For her final concerts, she has programmed Mahler’s Symphony No. 2, the “Resurrection.” I asked whether the choice was a joke.",
		"“Of course it is a joke,” she said.",
	}, []want{{"It was close to bankruptcy,", "Teodora Vasilescu", ""}, {"Resurrection.", "", "term"}, {"Of course it is a joke,", "Teodora Vasilescu", ""}}},
	{"an answer with no one named before it is the last speaker's", []string{
		"“We will reopen in spring,” said Walt Reyes, who has run the diner since 1990.",
		"Q: What will you miss?",
		"A: “The noise.”",
		"Q: And your mother?",
		"A: She used to say, “A quiet diner is a dead diner.”",
	}, []want{{"We will reopen in spring,", "Walt Reyes", ""}, {"The noise.", "Walt Reyes", ""}, {"A quiet diner is a dead diner.", "", ""}}},
	{"a name after the is no one's", []string{
		"Maren Tully read from her new novel to a full room.",
		"The Glass Harbour, published this month, follows three sisters on an island. It is her first novel in seven years.",
		"“People kept asking when the next one was coming,” she tells me the next morning.",
	}, []want{{"People kept asking when the next one was coming,", "Maren Tully", ""}}},
	{"a title with its portfolio after for", []string{
		"Minister for Transport Fergal Breen said he “fully understands” the anger.",
		"“We are building more than ever,” the Minister said in a statement.",
		"A spokeswoman for Dunmore Rail said services were “returning to normal”.",
	}, []want{{"fully understands", "Fergal Breen", ""}, {"We are building more than ever,", "Fergal Breen", ""}, {"returning to normal", "Dunmore Rail", ""}}},
	{"one role turned another before a name", []string{
		"“That's a masterstroke,” the former driver turned pundit Niall Fenn said on air.",
		"“He was a lawyer turned novelist,” his sister said.",
	}, []want{{"That's a masterstroke,", "Niall Fenn", ""}, {"He was a lawyer turned novelist,", "", ""}}},
	{"the union is the one union the article names", []string{
		"The Corran Rail Workers Association, which represents 3,000 drivers, called the strike.",
		"Corran Rail said its offer was fair.",
		"Passengers faced a second week of cancellations.",
		"Commuters said they had given up on the trains.",
		"The union said the offer was “an insult”.",
	}, []want{{"an insult", "Corran Rail Workers Association", ""}}},
	{"words describing the body a spokesperson speaks for", []string{
		"A spokeswoman for electricity distributor Northline Power said crews would start on Monday, and warned some homes could be without power “for a week or more”.",
		"Meru Capital's head of research Aditya Khandelwal said the timing was “all wrong”.",
	}, []want{{"for a week or more", "Northline Power", ""}, {"all wrong", "Aditya Khandelwal", ""}}},
	{"a quotation after a sentence about a person in the same paragraph", []string{
		"Cathal Brennock-Lyle plays the brother. “Ilse doesn't do green screen,” said Rania Haddoud, who plays the sister.",
		"Asked by Variety about the awards chatter that followed the premiere, Brennock-Lyle laughed it off. “I'm from Sligo. We don't talk about that out loud.”",
		"Mira Osei met Tom Hale in 2019. Tom Hale later left. “I still think about that summer.”",
	}, []want{{"Ilse doesn't do green screen,", "Rania Haddoud", ""}, {"I'm from Sligo. We don't talk about that out loud.", "Cathal Brennock-Lyle", ""}, {"I still think about that summer.", "", ""}}},
	{"a text the subject of the sentence sent or issued", []string{
		"The Tri-County School Librarians Association sent a letter to board members before the meeting. The letter said removals would “undermine the professional judgment of librarians”.",
		"The Independent Fiscal Office, the Legislature's nonpartisan scorekeeper, added fuel to the dispute with a report projecting a gap. The report called the trend “unsustainable”.",
		"Governor Celeste Varga criticised a report by the Keystone Institute. The report said the plan was “unaffordable”.",
	}, []want{{"undermine the professional judgment of librarians", "Tri-County School Librarians Association", ""},
		{"unsustainable", "Independent Fiscal Office", ""}, {"unaffordable", "Keystone Institute", ""}}},
	{"a council title and a military rank are titles, not names", []string{
		"Kooringal Shire Mayor Rhonda Tillett said she was “heartbroken”.",
		"“That's who we are,” Cr Tillett said.",
		"Police spokesperson Brigadier Sello Modise-Khumalo said there had been “no incidents of violence”.",
	}, []want{{"heartbroken", "Rhonda Tillett", ""}, {"That's who we are,", "Rhonda Tillett", ""}, {"no incidents of violence", "Sello Modise-Khumalo", ""}}},
	{"a party member described after modifiers", []string{
		"Senate Majority Leader Harlan Pruitt, a Republican, has blocked the bill for a month.",
		"Governor Celeste Varga, a Democrat, spoke on Tuesday. The chamber's top Republican said the governor was “living in a fantasy world”.",
	}, []want{{"living in a fantasy world", "Harlan Pruitt", ""}}},
	{"the group named by where it is based", []string{
		"Ashcombe Health Group struck a more cautious tone. A spokesperson for the Dayton-based group said its board would “carefully review the opinion”.",
	}, []want{{"carefully review the opinion", "Ashcombe Health Group", ""}}},
	{"a body's topic or aim after “on” or “to” is part of its name", []string{
		"The Council on Foreign Relations published a report on Monday. “The risks are growing,” the council said.",
		"The Texas Commission on Environmental Quality said monitors showed “no danger to residents”.",
		"The Committee to Protect Journalists said: “They must be freed.”",
		"The Security Council on Tuesday heard from Lena Ruiz. “We are out of time,” she said.",
	}, []want{{"The risks are growing,", "Council on Foreign Relations", ""}, {"no danger to residents", "Texas Commission on Environmental Quality", ""},
		{"They must be freed.", "Committee to Protect Journalists", ""}, {"We are out of time,", "Lena Ruiz", ""}}},
	{"a plural possessive inside a body's name; a nickname inside a name opening a sentence", []string{
		"The Leaders’ Debates Commission said the format was final. “The rules are set,” the commission said.",
		"Robert “Bobby” Jonesy, a lobbyist, said it would pass. “Trust me,” Jonesy said.",
	}, []want{{"The rules are set,", "Leaders’ Debates Commission", ""}, {"Bobby", "", "term"}, {"Trust me,", "Robert Jonesy", ""}}}, {"several descriptions set off after a speaker's name", []string{
		"“We are not going anywhere,” Tamsin Oduya, 45, a nurse, told The Associated Press.",
		"Paul Ekberg, 61, of Aurora, said: “We have had enough.”",
		"“Enough is enough,” Lydia Tan, 38, of Lakewood, a mother of two, said on Tuesday.",
	}, []want{{"We are not going anywhere,", "Tamsin Oduya", ""}, {"We have had enough.", "Paul Ekberg", ""}, {"Enough is enough,", "Lydia Tan", ""}}},
	{"a title ending in “of” and its portfolio before a name", []string{
		"Secretary of State Marcus Whitlow said the country was “deeply concerned”.",
		"On Monday, Minister of Foreign Affairs Wang Yilun called the strikes “unacceptable”.",
	}, []want{{"deeply concerned", "Marcus Whitlow", ""}, {"unacceptable", "Wang Yilun", ""}}}, {"initials open a name after a title; offices joined by “and” are one person's", []string{
		"Leader of the Opposition R. Katyayan Sheshadri sought to move a motion. “Who is eating this money?” Mr. Sheshadri asked.",
		"Former Chief Minister and senior BJP MLA H.S. Devaraj Gowda said the government had “lost its moral authority”.",
		"Senior meteorologist Dean Norlund said soils were still “completely saturated”.",
	}, []want{{"Who is eating this money?", "R. Katyayan Sheshadri", ""}, {"lost its moral authority", "H.S. Devaraj Gowda", ""},
		{"completely saturated", "Dean Norlund", ""}}},
	{"a dateline in title case is not the subject of the first sentence", []string{
		"Puerto Almira, Valderra – President Tomás Ibarrola has declared victory, telling supporters that voters had chosen “stability over chaos”.",
	}, []want{{"stability over chaos", "Tomás Ibarrola", ""}}},
}

func TestSpeakers(t *testing.T) {
	for _, tt := range speakerTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFind(t, tt.paras, tt.want)
		})
	}
}

// TestEntityTypes checks that the types of entities settle what the words
// around a name leave open, and that without entities the words decide.
func TestEntityTypes(t *testing.T) {
	paras := []string{
		"Ingrid Haldorsen runs Nordvik Halden. Last year Nordvik Halden said it would cut jobs.",
		"“Every link in the supply chain is stretched,” she said.",
		"Asked whether Lima had answered, the governor paused. “Not yet,” Lima said.",
	}
	at := func(p, s string, from int) entity.Mention {
		c := testCorpus(paras)
		para := c.Articles[0].Paragraphs[p[0]-'0']
		i := strings.Index(para.Text[from:], s)
		if i < 0 {
			t.Fatalf("no %q in %q", s, para.Text[from:])
		}
		i += from
		return entity.Mention{Article: c.Articles[0].ID, Paragraph: para.ID, Start: i, End: i + len(s), Text: s}
	}
	es := []entity.Entity{
		{Name: "Ingrid Haldorsen", Type: entity.Person, Mentions: []entity.Mention{at("0", "Ingrid Haldorsen", 0)}},
		{Name: "Nordvik Halden", Type: entity.Org, Mentions: []entity.Mention{at("0", "Nordvik Halden", 0), at("0", "Nordvik Halden", 40)}},
		{Name: "Lima", Type: entity.Place, Mentions: []entity.Mention{at("2", "Lima", 0), at("2", "Lima", 40)}},
	}
	tests := []struct {
		name string
		opts Options
		want []want
	}{
		{"with entities", Options{Entities: es}, []want{
			{"Every link in the supply chain is stretched,", "Ingrid Haldorsen", ""},
			{"Not yet,", "", ""},
		}},
		{"without", Options{}, []want{
			{"Every link in the supply chain is stretched,", "Nordvik Halden", ""},
			{"Not yet,", "Lima", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindWith(t, paras, func(*corpus.Corpus) Options { return tt.opts }, tt.want)
		})
	}
}

// TestOrgSpeakers checks that an organisation speaking under a short
// form is named as its entity is, and that "the company" does not go to
// a public body written as initials.
func TestOrgSpeakers(t *testing.T) {
	paras := []string{
		"The Food and Drug Administration approved the pill, made by Halvorsen Bio, on Friday. “Today’s approval offers a new option,” the FDA said in a statement.",
		"Halvorsen Bio, based in Cambridge, said the pill would be sold in July. The company said most patients would pay “as little as $25 a month” through a copay program.",
		"The FDA said it had weighed the liver findings.",
	}
	checkFindEntities(t, paras, []want{
		{"Today’s approval offers a new option,", "Food and Drug Administration", ""},
		{"as little as $25 a month", "Halvorsen Bio", ""},
	})
}

// TestBodyNames checks that names ending in a unit, an observatory or a
// mission are bodies, and that their short forms and the topics and
// aims written in their names give the entity's name.
func TestBodyNames(t *testing.T) {
	paras := []string{
		"The Athletics Integrity Unit rejected her claim. “The athlete bears the burden of proof,” the AIU said.",
		"The Harbour Observatory said winds were “still strengthening”.",
		"The Department of Health and Human Services said HHS would “review every case”.",
		"“They must be freed,” CPJ said after the Committee to Protect Journalists met the ministry.",
	}
	checkFindEntities(t, paras, []want{
		{"The athlete bears the burden of proof,", "Athletics Integrity Unit", ""},
		{"still strengthening", "Harbour Observatory", ""},
		{"review every case", "Department of Health and Human Services", ""},
		{"They must be freed,", "Committee to Protect Journalists", ""},
	})
}

// TestIndustryNames checks that a company named for what it makes is a
// company, whoever "said" after it, and that its name set off after "the
// company that owns …" is the speaker.
func TestIndustryNames(t *testing.T) {
	paras := []string{
		"The blast hit the Brackwater Polymers plant at dawn. Brackwater Polymers said in a statement that it was “devastated by the loss of two members of our Brackwater family”.",
		"“We will not speculate about the cause,” the Houston-based company said.",
		"The company that owns the trawler Coral Dawn, Suva-based Yasawa Marine Products, said its tracking system had “suffered a technical fault”.",
	}
	checkFindEntities(t, paras, []want{
		{"devastated by the loss of two members of our Brackwater family", "Brackwater Polymers", ""},
		{"We will not speculate about the cause,", "Brackwater Polymers", ""},
		{"suffered a technical fault", "Yasawa Marine Products", ""},
	})
}

// TestCompanyAfterSubject checks that "the company" is the organisation
// the paragraph has just made the subject of a sentence, however it was
// introduced, rather than the place the article writes most about.
func TestCompanyAfterSubject(t *testing.T) {
	paras := []string{
		"Porto Fundo was evacuated on Monday. Porto Fundo Harbour Authority closed the port of Porto Fundo.",
		"Residents of Porto Fundo queued for boats.",
		"Ferry operator Atlantica Linhas Maritimas said it had laid on six extra crossings. “Our crews have been working without stopping,” the company said.",
	}
	checkFindEntities(t, paras, []want{{"Our crews have been working without stopping,", "Atlantica Linhas Maritimas", ""}})
}

// TestHeadingTitles checks that a heading or a bullet point, which drops
// its articles, names a speaker by a bare title: "Premier says …".
func TestHeadingTitles(t *testing.T) {
	paras := []string{
		"The fire crossed containment lines on Saturday afternoon.",
		"# Premier says state will “throw everything” at the fire",
		"Premier Mairead Quinn, who cut short a trip abroad, said the government would act.",
		"- Premier: “We will not leave anyone behind.”",
	}
	checkFindEntities(t, paras, []want{
		{"throw everything", "Mairead Quinn", ""},
		{"We will not leave anyone behind.", "Mairead Quinn", ""},
	})
}

// TestFirmPronoun checks that "they" opening the paragraph after a
// firm's analysts spoke is the firm, not the quotation "they" attributes.
func TestFirmPronoun(t *testing.T) {
	paras := []string{
		"Analysts at Kittredge & Lowe said the cut was “worse than the bear case” and lowered their target.",
		"“We had expected a pause, not a reset,” they wrote in a research note.",
	}
	checkFindEntities(t, paras, []want{
		{"worse than the bear case", "Kittredge & Lowe", ""},
		{"We had expected a pause, not a reset,", "Kittredge & Lowe", ""},
	})
}

// TestBareSpokesperson checks that "a spokesperson" with no body named
// speaks for the organisation that has just spoken, and that "his
// spokesman" does not.
func TestBareSpokesperson(t *testing.T) {
	paras := []string{
		"In a statement, the Ministry of Housing said the government was “taking the tough decisions”.",
		"“We inherited a broken system,” a spokesperson said.",
		"Asked about the row, his official spokesman said “the minister supports the plan”.",
	}
	checkFindEntities(t, paras, []want{
		{"taking the tough decisions", "Ministry of Housing", ""},
		{"We inherited a broken system,", "Ministry of Housing", ""},
		{"the minister supports the plan", "", ""},
	})
}

// checkFindEntities is checkFind given the corpus's entities, as the
// pipeline gives them.
func checkFindEntities(t *testing.T, paras []string, wanted []want) {
	t.Helper()
	checkFindWith(t, paras, func(c *corpus.Corpus) Options {
		return Options{Entities: entity.Find(c, entity.Options{})}
	}, wanted)
}

// TestNamePair checks that a common word opening a sentence still starts
// a name the corpus writes whole inside a sentence.
func TestNamePair(t *testing.T) {
	paras := []string{
		"The ship is run by the Berlin-based charity Open Harbour Rescue. It kept the door open.",
		"Open Harbour Rescue called the port assignment “cruel and absurd” and asked to go to Sicily.",
	}
	checkFindEntities(t, paras, []want{{"cruel and absurd", "Open Harbour Rescue", ""}})
}

// TestOneNamePerson checks that a single name opening a sentence, which
// the entity extractor may miss, is a person when an appositive describes
// one.
func TestOneNamePerson(t *testing.T) {
	paras := []string{
		"Coast guard commander Stavros Liapis said 11 bodies had been recovered.",
		"Abdelrahim, a 23-year-old from Darfur who asked that only his first name be used, spoke through an interpreter.",
		"“We drank seawater,” he said.",
	}
	checkFindEntities(t, paras, []want{{"We drank seawater,", "Abdelrahim", ""}})
}

// TestOfficeAfterFirm checks that a name set off after an office named
// with a firm's possessive speaks, when the entities make the firm's one
// word a person's name too.
func TestOfficeAfterFirm(t *testing.T) {
	paras := []string{
		"Aster unveiled its new glasses on Tuesday.",
		"“I didn’t ask it to remember that,” said Aster’s vice president of AI, Theodora Vance-Moreno, holding up the keys. “It just noticed.”",
	}
	checkFindEntities(t, paras, []want{{"I didn’t ask it to remember that, It just noticed.", "Theodora Vance-Moreno", ""}})
}

// TestDescriptionAfterPronounSubject checks that a description such as
// “the Spaniard” means whom the sentence before is about when its subject
// is a pronoun, not a name inside that sentence.
func TestDescriptionAfterPronounSubject(t *testing.T) {
	paras := []string{
		"Anastasija Voronel beat Camila Etxeberria 4-6 6-4 7-5 in the final on Saturday.",
		"Etxeberria, 22, was bidding to become the first Spanish woman to win the title. She led by a set before Voronel’s timeout.",
		"The Spaniard said she was “proud but empty” after the loss.",
	}
	checkFindEntities(t, paras, []want{{"proud but empty", "Camila Etxeberria", ""}})
}

// TestDescribedClauseSubject checks that the subject of a clause joined to
// a sentence by “and” or “but”, a description of someone the article named
// with a title of an owner, is whom a pronoun after it means.
func TestDescribedClauseSubject(t *testing.T) {
	paras := []string{
		"England’s captain, Tom Ashworth, won the toss.",
		"Ashworth’s side had been in control for three days after Jack Pemberton’s first-innings 156. But they were bowled out for 195, and the England captain found himself defending the approach again.",
		"“We’re not going to change how we play because of one session,” he said.",
	}
	checkFindEntities(t, paras, []want{{"We’re not going to change how we play because of one session,", "Tom Ashworth", ""}})
}

// TestLongTextOpener checks that a text named in a long phrase opening a
// sentence ("In an email to all staff sent late on Monday and seen by the
// Guardian, X said") is X's, so that "the email" later speaks for X.
func TestLongTextOpener(t *testing.T) {
	paras := []string{
		"In an email to all staff sent late on Monday and seen by the Guardian, the vice-chancellor, Prof Gareth Amadi-Lowe, said the decision had been “not taken lightly”.",
		"The email said the university had received “a significant volume of correspondence”, and that police had been informed.",
	}
	checkFindEntities(t, paras, []want{
		{"not taken lightly", "Gareth Amadi-Lowe", ""},
		{"a significant volume of correspondence", "Gareth Amadi-Lowe", ""},
	})
}

// TestMinisterSecretary checks that "the minister" is the secretary of a
// department the article named, but "the prime minister" is not.
func TestMinisterSecretary(t *testing.T) {
	paras := []string{
		"Health secretary Joanna Pelham-Reyes insisted the health service was “under pressure but coping”.",
		"Pressed on whether hospitals were safe, the minister said: “Patients who need emergency care should come forward.”",
		"The prime minister said the figures were “out of date”.",
	}
	checkFindEntities(t, paras, []want{
		{"under pressure but coping", "Joanna Pelham-Reyes", ""},
		{"Patients who need emergency care should come forward.", "Joanna Pelham-Reyes", ""},
		{"out of date", "", ""},
	})
}

// TestRoundTwentyOne checks the rules of round twenty-one, each on a
// paragraph of its own pattern.
func TestRoundTwentyOne(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"office of a description set off before a name", []string{
			"“We are evacuating the entire island,” the head of civil protection, Helena Faria Gomes, told a press conference.",
		}, []want{{"We are evacuating the entire island,", "Helena Faria Gomes", ""}}},
		{"relative clause after a place in a set-off description", []string{
			"Bruno Lafontaine, a volcanologist at the Magmas and Volcanoes Laboratory in Clermont-Ferrand, France, who has studied the volcano for two decades, said the eruption was “not a surprise”.",
		}, []want{{"not a surprise", "Bruno Lafontaine", ""}}},
		{"where a body is based is no office", []string{
			"The ship’s manager, Athens-based Kallistos Maritime, said it had lost contact with the tanker. It said it was “not aware of any collision”.",
		}, []want{{"not aware of any collision", "Kallistos Maritime", ""}}},
		{"a body described as an agency", []string{
			"The experiment was funded by the UK Fusion Futures Fund, a government agency that has committed £420 million to the lab. In a statement, the agency said the result was “a powerful vindication”.",
		}, []want{{"a powerful vindication", "UK Fusion Futures Fund", ""}}},
		{"a phrase after a move is no agency", []string{
			"The Allied Mineworkers Union met on Monday.",
			"The company wrote to its staff through Textline Inc, a move the union called “intimidation by cellphone”.",
		}, []want{{"intimidation by cellphone", "Allied Mineworkers Union", ""}}},
		{"a union's branch", []string{
			"Members of the Harlow Tenants Branch voted to strike. In a statement, the branch said it would “use every lawful means” to reverse the closure.",
		}, []want{{"use every lawful means", "Harlow Tenants Branch", ""}}},
		{"a work's noun used as a verb", []string{
			"Interior Minister Laurent Gaudry-Massol said police had been ordered to show “great restraint” with protesters.",
		}, []want{{"great restraint", "Laurent Gaudry-Massol", ""}}},
		{"of the inside a body's name", []string{
			"The Office of the Comptroller of the Currency, the bank’s primary federal regulator, said it was “closely monitoring” the bank.",
		}, []want{{"closely monitoring", "Office of the Comptroller of the Currency", ""}}},
		{"a plural possessive inside a tour's name", []string{
			"The Women's Tennis Tour said in a statement that it “respects the independent process”.",
		}, []want{{"respects the independent process", "Women's Tennis Tour", ""}}},
		{"a body's description between the and its name", []string{
			"Opposition lawmakers were less convinced. Senator Lucía Baranda of the centre-right Renewal Party called it an “election cut”.",
		}, []want{{"election cut", "Lucía Baranda", ""}}},
		{"a place and its state before based", []string{
			"Marcus Whitley-Dunn, who has led the Charlotte, N.C.-based bank since 2017, said he was stepping down “to allow the bank to move on”.",
		}, []want{{"to allow the bank to move on", "Marcus Whitley-Dunn", ""}}},
		{"a spokesperson of a limited company named by its acronym", []string{
			"The Professional Game Match Officials Limited (PGMOL), which runs refereeing, reviewed the incident.",
			"A PGMOL spokesperson said: “The on-field decision was a foul by the defender.”",
		}, []want{{"The on-field decision was a foul by the defender.", "Professional Game Match Officials Limited", ""}}},
		{"a library's name", []string{
			"A spokesperson for the Prairie Hills Regional Library said staff were “already pulling carts.”",
		}, []want{{"already pulling carts.", "Prairie Hills Regional Library", ""}}},
		{"a company spokesperson after the company was a subject", []string{
			"Halvard Logistics did not dispute the figures. A company spokesperson said the drivers had been “paid in full”.",
		}, []want{{"paid in full", "Halvard Logistics", ""}}},
		{"an office of a place", []string{
			"The governor of Texas, Ana Ruiz, toured the area. “We will rebuild,” the governor of Texas said.",
		}, []want{{"We will rebuild,", "Ana Ruiz", ""}}},
		{"a name set off at the end of a relative clause", []string{
			"Rovers captain Dom Oyelaran, who lifted the trophy alongside the club’s oldest supporter, 94-year-old Edna Parkinson, said the win was “for the town”.",
		}, []want{{"for the town", "Dom Oyelaran", ""}}},
		{"a participle's clause set off with commas inside", []string{
			"The Taoiseach, Siobhán Farrelly, speaking at a party event in Naas, Co Kildare, on Saturday evening, said she “respected” the protesters.",
		}, []want{{"respected", "Siobhán Farrelly", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentyTwo checks the rules of round twenty-two, each on a
// paragraph of its own pattern.
func TestRoundTwentyTwo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a sports position before a name", []string{
			"Forward Jalen Prewitt was more direct. “We just want our guy back,” Prewitt said.",
		}, []want{{"We just want our guy back,", "Jalen Prewitt", ""}}},
		{"a hyphenated role before a name", []string{
			"Vice-captain Nikhil Thakkar said he had learnt “everything about leadership” from the outgoing skipper.",
		}, []want{{"everything about leadership", "Nikhil Thakkar", ""}}},
		{"a relative's hyphenated description before a name", []string{
			"Mum-of-two Kirsty Galloway, 31, said: “It's not just the drive.”",
		}, []want{{"It's not just the drive.", "Kirsty Galloway", ""}}},
		{"a hyphenated surname keeps its first part", []string{
			"Dean-Jones Okafor said the plan was “too late”.",
		}, []want{{"too late", "Dean-Jones Okafor", ""}}},
		{"a company a preposition also stands before", []string{
			"Stridely spokesperson Gavin Trell declined to comment on the timeline.",
			"The regulator confirmed that it had received a breach notification from Stridely.",
			"Stridely said it had discovered “unauthorized access” to a server.",
		}, []want{{"unauthorized access", "Stridely", ""}}},
		{"a statement that reads", []string{
			"Harbridge Town have sacked their manager after nine games without a win.",
			"“The board would like to thank Niall for his hard work,” read a statement from Harbridge.",
		}, []want{{"The board would like to thank Niall for his hard work,", "Harbridge Town", ""}}},
		{"a sign that reads says nothing", []string{
			"“Keep out,” read a sign on the gate of Harbridge Town's ground.",
		}, []want{{"Keep out,", "", ""}}},
		{"a company set off after a corporate description", []string{
			"The Agia Marina Express was carrying 214 passengers when it began listing.",
			"The ferry's operator, Aegean Starline, said in a statement that it was “deeply saddened”.",
		}, []want{{"deeply saddened", "Aegean Starline", ""}}},
		{"a member for a constituency before a relative clause", []string{
			"Eleanor Voss, the Liberal Democrat MP for Teme Valley, whose constituency includes Ludford, said the executives had “pocketed bonuses while our rivers choked”.",
		}, []want{{"pocketed bonuses while our rivers choked", "Eleanor Voss", ""}}},
		{"the agent of a participle after the subject", []string{
			"An internal Severnbrook Water report seen by the Guardian, dated March 2024, warned that the works were “operating beyond permitted capacity”.",
		}, []want{{"operating beyond permitted capacity", "Severnbrook Water", ""}}},
		{"the agent of a participle that issued the text", []string{
			"The Rent Reform Alliance has campaigned for caps since 2019.",
			"A study published by the Harlow Institute on Monday warned that rents were “rising faster than wages”.",
		}, []want{{"rising faster than wages", "Harlow Institute", ""}}},
		{"a campaign named for the people it stands for", []string{
			"Many parents objected to the order. Parents for Medical Freedom Ohio, a group that opposes vaccine mandates, accused officials of “fear-based messaging”.",
		}, []want{{"fear-based messaging", "Parents for Medical Freedom Ohio", ""}}},
		{"a statement from the body the article names", []string{
			"Harbridge Town have sacked their manager after nine games without a win.",
			"“We wish him well,” said a statement from the club.",
		}, []want{{"We wish him well,", "Harbridge Town", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentyThree checks the rules of round twenty-three, each on
// invented text.
func TestRoundTwentyThree(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a bloc named a community, with its short form", []string{
			"The Southern Lakes Economic Community (SLEC) said in a statement it “rejects the result” and reiterated its “full support” for the talks.",
			"“The Community stands with the people of Varno,” the statement said.",
			"The North and Central Lakes Community (NCLC) said voting had been “largely peaceful”.",
		}, []want{
			{"rejects the result", "Southern Lakes Economic Community", ""},
			{"full support", "Southern Lakes Economic Community", ""},
			{"The Community stands with the people of Varno,", "Southern Lakes Economic Community", ""},
			{"largely peaceful", "North and Central Lakes Community", ""},
		}},
		{"a short form defined in parentheses speaks for the body", []string{
			"The Queensland Office of Marine Safety (QMS) said it had closed the channel.",
			"“Our divers are working to free the vessel,” a QMS spokesperson said in a statement.",
			"“We urge boat owners to stay clear of the channel.”",
		}, []want{
			{"Our divers are working to free the vessel,", "Queensland Office of Marine Safety", ""},
			{"We urge boat owners to stay clear of the channel.", "Queensland Office of Marine Safety", ""},
		}},
		{"a school year before a name", []string{
			"Sophomore Dylan Ortez said he ran for the fence. “Nobody told us anything,” he said.",
			"Freshman Ava Kettering said she hid in a closet. “I was shaking,” Kettering said.",
		}, []want{{"Nobody told us anything,", "Dylan Ortez", ""}, {"I was shaking,", "Ava Kettering", ""}}},
		{"the runner-up before a surname", []string{
			"Josphat Kemboi finished second in 2:03:10.",
			"Runner-up Kemboi said: “He was too strong today.”",
		}, []want{{"He was too strong today.", "Josphat Kemboi", ""}}},
		{"a hyphenated office set off after a body's possessive", []string{
			"“Growers have contracts to honour,” the federation's director-general, Paulo Serrano Vidal, said in an interview.",
		}, []want{{"Growers have contracts to honour,", "Paulo Serrano Vidal", ""}}},
		{"an owner set off, where it is based written before its name", []string{
			"The tanker's owner, Limassol-based Corvane Shipping Holdings, said in a statement it was “cooperating fully”.",
			"The registered owner, Marshall Islands-registered Petrane Carriers Inc, said it “rejects entirely” the claim.",
		}, []want{{"cooperating fully", "Corvane Shipping Holdings", ""}, {"rejects entirely", "Petrane Carriers Inc", ""}}},
		{"a body a relative clause with which is about", []string{
			"The ship was towed to port by Kallis Salvage, which said it was “confident of refloating her”.",
			"The tanker is insured by the Nordholm Mutual Club, a marine insurer based in Bergen, which said in a statement that it was “working closely with the owner”.",
		}, []want{{"confident of refloating her", "Kallis Salvage", ""}, {"working closely with the owner", "Nordholm Mutual Club", ""}}},
		{"a body's committee is the subject's, not the body a relative clause quotes", []string{
			"The Reserve Bank of Valdoria raised rates on Wednesday, drawing criticism from the Valdorian Federation of Labour, which accused it of “punishing workers”.",
			"In its statement, the committee said inflation had been “more persistent than anticipated”.",
		}, []want{{"punishing workers", "Valdorian Federation of Labour", ""}, {"more persistent than anticipated", "Reserve Bank of Valdoria", ""}}},
		{"the company is the subsidiary, not its parent", []string{
			"Corlane Resins, a subsidiary of the Swiss-owned Hallberg Group, makes solvents at the site.",
			"In a statement, the company said it was “deeply saddened” by the injuries.",
		}, []want{{"deeply saddened", "Corlane Resins", ""}}},
		{"an alert is a text its sender speaks through", []string{
			"Residents were told to close windows and doors and “stay put until you hear otherwise,” according to an alert sent to phones by the Marlow County Office of Emergency Management.",
		}, []want{{"stay put until you hear otherwise,", "Marlow County Office of Emergency Management", ""}}},
		{"reckons reports what someone thinks", []string{
			"Tomas Adler runs a firm that imports cooking oil. He reckons his prices will rise “within days, not weeks”.",
		}, []want{{"within days, not weeks", "Tomas Adler", ""}}},
		{"a finding without that, but not what a thing showed", []string{
			"The Rugby Disciplinary Panel found the tackle was “reckless” and involved “a high degree of danger”.",
			"The Harbour Workers Union said the decision showed the port was “out of touch”.",
		}, []want{
			{"reckless", "Rugby Disciplinary Panel", ""},
			{"a high degree of danger", "Rugby Disciplinary Panel", ""},
			{"out of touch", "Harbour Workers Union", ""},
		}},
		{"a pronoun means the sentence's subject, not a name in its relative clause", []string{
			"Daniel Okoro broke the world record on Sunday. His coach, Samuel Bekele, was in tears.",
			"Bekele, who guided Okoro from a 10,000m track runner to the roads, said the pair had deliberately kept expectations low before the race.",
			"“We told the pacemakers to go steady,” he said.",
		}, []want{{"We told the pacemakers to go steady,", "Samuel Bekele", ""}}},
		{"an adverb opening a sentence is no name", []string{
			"Nearby, a man who gave his name only as Julio said he had pulled two neighbours from the rubble. “You dig where you hear crying,” he said.",
		}, []want{{"You dig where you hear crying,", "Julio", ""}}},
		{"an office with a listed portfolio set off before a name", []string{
			"Kenya's minister for trade, industry and tourism, Wanjiru Kamau, who travelled to Berlin for the talks, said the deal was “a good start”.",
			"The minister praised the negotiators but said other partners had been “much slower to move”.",
		}, []want{{"a good start", "Wanjiru Kamau", ""}, {"much slower to move", "Wanjiru Kamau", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentyFour holds the cases of round twenty-four, each invented
// and each failing without the rule it names.
func TestRoundTwentyFour(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"what someone calls a thing is their words, however few; a word that modifies a noun stays theirs too", []string{
			"Dan Hallworth said the union wanted an end to what he called “shift roulette” at the depots.",
			"Ms Carvell warned of what she called a “dementia lottery” in care funding.",
			"Hallworth said the rota was what he called “a litany” of broken promises.",
			"Hallworth complained of what he called a “toothless” regulator.",
		}, []want{
			{"shift roulette", "Dan Hallworth", ""},
			{"dementia lottery", "Carvell", ""},
			{"a litany", "Dan Hallworth", ""},
			{"toothless", "Dan Hallworth", ""},
		}},
		{"a body's kind written before its name", []string{
			"Aid agency Safe Passage International warned that the outbreak threatened to push hundreds of thousands of people, already weakened by years of drought, into “emergency levels” of hunger.",
		}, []want{{"emergency levels", "Safe Passage International", ""}}},
		{"an age marks the person just named, whatever the noun after it", []string{
			"Marguerite Dassin, who turned a single workshop into a leather house, is stepping down as chief executive.",
			"In a letter to staff, the 76-year-old founder said it was “time for the house to outgrow its mother”.",
		}, []want{{"time for the house to outgrow its mother", "Marguerite Dassin", ""}}},
		{"a mother of five", []string{
			"ISIOLO, Kenya (AFP) - Wanjiku Nyamu heard the swarm before she saw it.",
			"“In one hour, everything was gone,” the 46-year-old mother of five told AFP.",
		}, []want{{"In one hour, everything was gone,", "Wanjiku Nyamu", ""}}},
		{"the nurse after another nurse who is not named", []string{
			"Ms. Hartigan, a nurse on the cardiac ward, said staff had been working double shifts. “People are exhausted,” she said.",
			"Another nurse, who asked not to be named, said a patient had been given a second dose of a blood thinner. “We caught it in time,” the nurse said.",
		}, []want{{"People are exhausted,", "Hartigan", ""}, {"We caught it in time,", "", ""}}},
		{"Madam is a courtesy title", []string{
			"Madam Norliza Hassan, 63, a retiree who lives in Bedok, said her grandson's asthma had flared up. “He was coughing all night,” she said.",
		}, []want{{"He was coughing all night,", "Norliza Hassan", ""}}},
		{"the agency is the body a sentence before in the paragraph is about", []string{
			"The Federal Food Safety Administration said it had found the bacteria in 12 plants. In a statement, the administration said the risk was “low”.",
			"The National Centers for Animal Health has recorded three cases since May. In an update on Friday, the agency said it had “not identified any spread between herds”.",
		}, []want{{"low", "Federal Food Safety Administration", ""}, {"not identified any spread between herds", "National Centers for Animal Health", ""}}},
		{"US in capitals is the country, part of a body's name", []string{
			"The US Bureau of Fisheries said the ban would be “reviewed in the spring”.",
		}, []want{{"reviewed in the spring", "US Bureau of Fisheries", ""}}},
		{"a body's topic of one word before the short form it defines", []string{
			"The Regional Authority on Drought (RAD) said conditions were “highly favourable” for the pests.",
			"“Coordinated action is the only way,” RAD said.",
			"RAD said it had written to governments, urging member states to share data “in real time”.",
		}, []want{
			{"highly favourable", "Regional Authority on Drought", ""},
			{"Coordinated action is the only way,", "Regional Authority on Drought", ""},
			{"in real time", "Regional Authority on Drought", ""},
		}},
		{"an unnamed official in a city", []string{
			"The Lakes Water Board said the dam was “safe”.",
			"In the north, villages have flooded. “The situation is under control,” a water ministry official in Nairobi told AFP.",
		}, []want{{"safe", "Lakes Water Board", ""}, {"The situation is under control,", "", ""}}},
		{"a rider described by where the team is based", []string{
			"Luca Pellegrini finished safely in the front group to keep the leader's jersey.",
			"Pellegrini, the Italian who extended his lead to a minute, said the mood in the peloton had changed.",
			"“When you hear on the radio that a friend is down, you stop thinking about the race,” the Bahrain-based rider told Rai Sport.",
		}, []want{{"When you hear on the radio that a friend is down, you stop thinking about the race,", "Luca Pellegrini", ""}}},
		{"a group calling itself by a name, and the post it wrote", []string{
			"A group calling itself Grey Lynx claimed responsibility on Sunday in a post on its leak site, saying it had taken patient records.",
			"“The hospital had every chance to protect its patients,” the post said.",
		}, []want{{"The hospital had every chance to protect its patients,", "Grey Lynx", "post"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentyFive holds the cases of round twenty-five, each invented
// and each failing without the rule it names.
func TestRoundTwentyFive(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a descriptive title inside a name is a word of it", []string{
			"Meridian Star Cruises, which operates the ship, said it had “implemented enhanced cleaning” on board.",
		}, []want{{"implemented enhanced cleaning", "Meridian Star Cruises", ""}}},
		{"a brand between an article and a noun is no person", []string{
			"When Noor Haddad bought a Latchwise Aria smart lock for her apartment, she took it apart.",
			"The Aria’s hub talks to the lock. Latchwise encrypts those commands, but Haddad found that the lock never checks.",
			"“Imagine a bank that checks your signature,” she says.",
		}, []want{{"Imagine a bank that checks your signature,", "Noor Haddad", ""}}},
		{"a country's body, and the body by its head noun", []string{
			"Chile’s Superintendency of Environmental Oversight on Wednesday revoked the water permit for the mine, citing “serious and repeated negligence” before the leak.",
			"The decision means the mine must stop drawing water within 30 days.",
			"“The company was warned,” the superintendency said in its ruling.",
		}, []want{{"serious and repeated negligence", "Superintendency of Environmental Oversight", ""}, {"The company was warned,", "Superintendency of Environmental Oversight", ""}}},
		{"the one who says a body did something is quoted, not the body", []string{
			"Dale Sturkie, president of the Correctional Employees Association, said the union had warned state officials about conditions “in writing, at least four times” since last summer.",
			"Ndlovu-Sikazwe said the company would reply “in full and on time” — but also in court.",
			"Union leader Dan Roe says walkouts could close schools, as ministers insist the rise is “fair, funded and final”.",
		}, []want{
			{"in writing, at least four times", "Dale Sturkie", ""},
			{"in full and on time", "Ndlovu-Sikazwe", ""},
			{"fair, funded and final", "", ""},
		}},
		{"words someone wrote are theirs whoever relays them", []string{
			"Tamara Whitfield said her son texted her “there's a shooter i love you” at 10:14 a.m.",
		}, []want{{"there's a shooter i love you", "", ""}}},
		{"a few words between a determiner and a noun name the noun", []string{
			"The utility had not activated its “public safety power shutoff” program, a spokesperson confirmed.",
			"Tam said the administration would consider activating the “extreme conditions” arrangement once the signal was lowered.",
			"The spokesperson added that the university would offer a “generous” voluntary severance scheme.",
			"Health officials said the unit faced a “critical and unsustainable” shortage of midwives.",
			"Bev Landry said Biscuit was a “very patient” dog who never barked.",
		}, []want{
			{"public safety power shutoff", "", "term"},
			{"extreme conditions", "", "term"},
			{"generous", "", ""},
			{"critical and unsustainable", "", ""},
			{"very patient", "Bev Landry", ""},
		}},
		{"a nickname in single marks inside a name", []string{
			"Former England captain Jonathan 'Jonty' Ashworth, commentating on the radio, said the incident would \"follow him around for the rest of his career.\"",
		}, []want{{"follow him around for the rest of his career.", "Jonathan Ashworth", ""}}},
		{"a relative named by a given name takes the family name", []string{
			"Kane Ruatara, 27, denies wrongdoing.",
			"Ruatara's father, Wiremu, a former club cricketer, told Radio New Zealand his son was \"the most honest kid you'll ever meet.\"",
			"\"I was cleaning the seam,\" Ruatara said.",
		}, []want{{"the most honest kid you'll ever meet.", "Wiremu Ruatara", ""}, {"I was cleaning the seam,", "Kane Ruatara", ""}}},
		{"a body's spokesperson by the noun that heads its name", []string{
			"Harcastle University will close its classics department. Harcastle UCU, the local branch of the University and College Union, said it would ballot members.",
			"A university spokesperson said: “No decisions on individual roles have yet been made.”",
		}, []want{{"No decisions on individual roles have yet been made.", "Harcastle University", ""}}},
		{"for all inside a body's name", []string{
			"Speaking from a stage on Kildare Street, Homes for All Coalition spokeswoman Siobhán Kealy-Durcan said the turnout showed that “people have run out of patience”.",
			"Food for All Alliance said the march was “only the start”.",
		}, []want{{"people have run out of patience", "Siobhán Kealy-Durcan", ""}, {"only the start", "Food for All Alliance", ""}}},
		{"a body's office by its place", []string{
			"The National Weather Service said the storm was strong. Forecasters at the weather service's Springfield office issued a warning for the town.",
			"\"This was a violent, long-track tornado,\" the weather service's Springfield office said in a post on X.",
		}, []want{{"This was a violent, long-track tornado,", "National Weather Service", "post"}}},
		{"the company is the business the paragraph introduces as one", []string{
			"An Garda Síochána said the protest passed off peacefully.",
			"The dam is being built by Turkish firm Selvan Hydro Engineering. In a statement to AFP, the company said the project \"fully complies with standards\".",
		}, []want{{"fully complies with standards", "Selvan Hydro Engineering", ""}}},
		{"a name between a title and a role is the role's field", []string{
			"\"The haircut is smaller than expected,\" said Chidi Okonkwo-Barnes, chief Africa economist at Halden Capital Economics.",
			"She described the package as \"front-loaded relief, back-loaded risk.\"",
		}, []want{{"The haircut is smaller than expected,", "Chidi Okonkwo-Barnes", ""}, {"front-loaded relief, back-loaded risk.", "", ""}}},
		{"a post signed with the name someone is known by", []string{
			"Kitwe comedian Bupe Chanda, known to his fans as \"Uncle Bee\", posted:",
			"@Uncle Bee| Zambia: where your licence can be revoked but the load-shedding never is. #HandsOff",
		}, []want{{"Uncle Bee", "", "term"}, {"Zambia: where your licence can be revoked but the load-shedding never is. #HandsOff", "Bupe Chanda", "post"}}},
		{"what an advertisement reads is a term", []string{
			"Standing in front of a bus wrapped in an advertisement that read “Less Traffic. More Lakeport,” the mayor called the first month “proof of concept.”",
		}, []want{{"Less Traffic. More Lakeport,", "", "term"}, {"proof of concept.", "", ""}}},
		{"a name a group gives a thing, with the thing between", []string{
			"Some investors have already dubbed the episode \"Takata 2.0,\" a comparison Yuki Matsudaira called \"premature.\"",
			"The survivors were attached to steel frames the team calls “coral cradles” and lowered onto the reef.",
		}, []want{{"Takata 2.0,", "", "term"}, {"premature.", "Yuki Matsudaira", ""}, {"coral cradles", "", "term"}}},
		{"estates and cruises end a body's name", []string{
			"The restaurant’s landlord, Harbourside Quarter Estates, said it was “disappointed” by the closure. “We expect all of our occupiers to meet the highest standards,” it added.",
		}, []want{{"disappointed", "Harbourside Quarter Estates", ""}, {"We expect all of our occupiers to meet the highest standards,", "Harbourside Quarter Estates", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentySix holds the cases of round twenty-six, each invented
// and each failing without the rule it names.
func TestRoundTwentySix(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a portfolio joined by and runs on to the holder's given name", []string{
			"Minister for Sustainability and the Environment Desmond Kwek said Singapore had offered help, and urged “decisive action” against those responsible.",
			"“We have been patient,” Mr Kwek said.",
		}, []want{{"decisive action", "Desmond Kwek", ""}, {"We have been patient,", "Desmond Kwek", ""}}},
		{"a hyphenated office of two titles is a title", []string{
			"Tolliver County Judge-Executive Harlan Boggess, the county's top elected official, closed schools for the day.",
			"\"They're worried now,\" Boggess said.",
		}, []want{{"They're worried now,", "Harlan Boggess", ""}}},
		{"an epithet opening the sentence describes the person named after it", []string{
			"Retiree Lim Ah Moi, 68, who lives in Jurong West, said she had stopped her walks. “My eyes are itchy,” said Madam Lim.",
		}, []want{{"My eyes are itchy,", "Lim Ah Moi", ""}}},
		{"a word for a doer the corpus writes inside a name is the name's", []string{
			"The first blast at the Kessler Ridge Chemical Co. plant was reported shortly after 4 a.m.",
			"Kessler Ridge Chemical, which is based in Houston, said the company was \"cooperating fully with first responders.\"",
		}, []want{{"cooperating fully with first responders.", "Kessler Ridge Chemical Co.", ""}}},
		{"what a company produces makes it the company", []string{
			"Shares in Sinar Palm Holdings fell 4% in Jakarta on Monday.",
			"Borneo Verdant Agri, a palm oil producer with plantations in Riau, was named by Indonesian authorities as one of the companies whose concessions held fires.",
			"In a statement to The Straits Times, the company said it \"strictly adheres to a zero-burning policy\".",
		}, []want{{"strictly adheres to a zero-burning policy", "Borneo Verdant Agri", ""}}},
		{"the company a paragraph is about before one named earlier", []string{
			"Six days before Vaultline Global Ltd. froze withdrawals, its founder took to social media.",
			"Meridian Peak Capital, the trading firm, borrowed heavily from the exchange.",
			"Vaultline itself said little in public before the filing. In a blog post on Thursday, the company said it had paused withdrawals \"out of an abundance of caution.\"",
		}, []want{{"out of an abundance of caution.", "Vaultline Global Ltd.", ""}}},
		{"a gendered noun of an appositive outweighs the given name", []string{
			"\"No artillery fire has been recorded,\" Colonel Almaz Toktogulov, the ministry's spokesman, told reporters in Bishkek.",
			"He warned that Kyrgyz troops would \"respond decisively to any violation\" and accused the other side of moving armour.",
		}, []want{{"No artillery fire has been recorded,", "Almaz Toktogulov", ""}, {"respond decisively to any violation", "Almaz Toktogulov", ""}}},
		{"a description with a gesture hands the turn to the one it describes", []string{
			"Johan Ekdahl-Ferm, the Swedish Social Democrat who steered the file through Parliament as rapporteur, said the alternative was worse.",
			"“I have a lot of grey hair to show for it,” he added.",
			"“It is a bad deal,” said Mia Lund, a Green MEP.",
			"Asked about the threat, the rapporteur shrugged. “The government is free to go to the Court of Justice. It will lose.”",
		}, []want{{"I have a lot of grey hair to show for it,", "Johan Ekdahl-Ferm", ""}, {"It is a bad deal,", "Mia Lund", ""}, {"The government is free to go to the Court of Justice. It will lose.", "Johan Ekdahl-Ferm", ""}}},
		{"a noun for a person set off before the name is their role", []string{
			"The rapporteur, Johan Ekdahl-Ferm, said the pact was a compromise that would hold.",
			"Mia Lund, a Green MEP, voted against it.",
			"\"It will pass,\" the rapporteur said.",
		}, []want{{"It will pass,", "Johan Ekdahl-Ferm", ""}}},
		{"a noun an unnamed person was given is theirs", []string{
			"Leo Barraclough, an engineer at the firm, said the cuts were expected.",
			"One engineer who kept their job, and who asked not to be named, described the meeting as “a funeral with slides”.",
			"“Everybody is doing the maths,” the engineer said.",
		}, []want{{"a funeral with slides", "", ""}, {"Everybody is doing the maths,", "", ""}}},
		{"two offices joined by and are one person's", []string{
			"“It won't be,” Nova Scotia Health president and CEO Gwendolyn Marchetti-Boyd said at a news conference.",
			"The mayor and Governor Ana Ruiz toured the ward. “We saw it,” the mayor said.",
		}, []want{{"It won't be,", "Gwendolyn Marchetti-Boyd", ""}, {"We saw it,", "", ""}}},
		{"a short verb in the past tense", []string{
			"On Monday, the Securities and Exchange Commission sued Vasquez-Holt, 34, accusing him of \"orchestrating a years-long scheme to defraud customers.\"",
		}, []want{{"orchestrating a years-long scheme to defraud customers.", "Securities and Exchange Commission", ""}}},
		{"a dateline set off by two hyphens", []string{
			"SEATTLE -- Mateo Villacorta pulled on a jersey for the first time Friday afternoon, looked out at a room packed with cameras and said the number on his contract was \"the least interesting thing about today.\"",
		}, []want{{"the least interesting thing about today.", "Mateo Villacorta", ""}}},
		{"the group its director's description means", []string{
			"Aid groups say the needs are immense. According to Mercy Bridge International, which operates in both countries, 40,000 people are displaced.",
			"\"We are seeing the first cases,\" said Leyla Demirci, the group's country director.",
			"The organisation described conditions in some shelters as \"unsustainable beyond a few weeks\".",
		}, []want{{"We are seeing the first cases,", "Leyla Demirci", ""}, {"unsustainable beyond a few weeks", "Mercy Bridge International", ""}}},
		{"the group is the subject, not the body it acts on", []string{
			"The Open Ledger Project, a nonpartisan watchdog, called on the Senate Ethics Committee to investigate.",
			"The group said in a letter that the recording raised “serious questions” about the senator.",
		}, []want{{"serious questions", "Open Ledger Project", ""}}},
		{"a bare word after a plural noun is its verb", []string{
			"Lena Park-Haddad, who owns an independent repair shop in Oakland, said she saw a wave of owners come in.",
			"Park-Haddad said her shop still can't buy genuine batteries directly. Cheap batteries trigger a persistent warning on newer models, which she said scares customers away. “People see that pop-up,” she said.",
		}, []want{{"People see that pop-up,", "Lena Park-Haddad", ""}}},
		{"found with a verdict after it reports nothing", []string{
			"Indonesia's national police chief, Gen. Arief Prasetyo, ordered a full investigation and said any officials found negligent would face \"firm action.\"",
		}, []want{{"firm action.", "Arief Prasetyo", ""}}},
		{"the body an office set off before a name is in", []string{
			"Health Secretary Daniel Fairbairn-Cole said the offer was final.",
			"A Treasury minister, Lucy Dorrington-Vale, told MPs later that any increase would be funded by cuts. “There is no magic money tree,” the minister said.",
		}, []want{{"There is no magic money tree,", "Lucy Dorrington-Vale", ""}}},
		{"particles in a row join a name", []string{
			"Italy’s competition watchdog, the Autorità Garante della Concorrenza e del Mercato, said it had “not yet received any notification” relating to the offer.",
		}, []want{{"not yet received any notification", "Autorità Garante della Concorrenza e del Mercato", ""}}},
		{"an office in initials after the is its holder", []string{
			"Chief Minister Arvind Kumar Mehta inaugurated the line on Sunday.",
			"The CM said the remaining stretch would be completed \"by the end of this financial year\".",
			"The team hired general manager Erin Castellanos-Holt in May. Asked about it, the GM said: \"Ownership told us to go get him.\"",
		}, []want{{"by the end of this financial year", "Arvind Kumar Mehta", ""}, {"Ownership told us to go get him.", "Erin Castellanos-Holt", ""}}},
		{"a title in the plural before names joined by and", []string{
			"Achterberg was joined by Justices Naomi Fairweather and Theodore Quist. In a separate dissent, Fairweather wrote that the majority had “quietly overruled” two decades of precedent.",
		}, []want{{"quietly overruled", "Naomi Fairweather", ""}}},
		{"a long portfolio before a name set off", []string{
			"\"The government is working around the clock,\" the ministry's director-general for forest and land fire control, Dr Retno Wulandari, said in a statement.",
		}, []want{{"The government is working around the clock,", "Retno Wulandari", ""}}},
		{"a river described is no speaker", []string{
			"Tom Barraclough, who chairs the Friends of the River, said the campaign would go on.",
			"One publican on the high street, who did not want to give his name, said he was tired of hearing the river described as “an open sewer”.",
		}, []want{{"an open sewer", "", "term"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundTwentySeven checks the rules of the twenty-seventh round, each
// on sentences written for it.
func TestRoundTwentySeven(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a hyphenated given name in lower case after the hyphen is the name's", []string{
			"In Sai Kung, street vendor Chan Siu-ming was packing up his stall when the signal went up.",
			"\"We lost a whole day of takings,\" he said. \"Nobody pays for that.\"",
		}, []want{{"We lost a whole day of takings, Nobody pays for that.", "Chan Siu-ming", ""}}},
		{"a noun for an ordinary person opening the sentence describes the name after it", []string{
			"Floodwater filled the underpass by noon. Resident Park Ji-hoon, 44, said the water rose within minutes.",
			"\"I grabbed my daughter and ran,\" Park said.",
		}, []want{{"I grabbed my daughter and ran,", "Park Ji-hoon", ""}}},
		{"a body's initials in parentheses before the office of the person named", []string{
			"\"Rescue teams are still searching the valley,\" Provincial Disaster Management Authority (PDMA) spokesman Faisal Ahmed Qureshi told reporters.",
		}, []want{{"Rescue teams are still searching the valley,", "Faisal Ahmed Qureshi", ""}}},
		{"the subject of a statement's sentence, however long what is set off after it", []string{
			"The Northern Freedom Army (NFA), a separatist militia that has fought the government in the hills since 2019, claimed the attack in a statement posted online.",
			"“The war has come to your door,” the statement said.",
		}, []want{{"The war has come to your door,", "Northern Freedom Army", ""}}},
		{"a spokesperson for the company speaks for the company the article is about", []string{
			"Harbourside Energy said the outage “was caused by a fault at a substation” and apologised.",
			"“We are sorry to every customer affected,” a spokesperson for the company said.",
		}, []want{{"was caused by a fault at a substation", "Harbourside Energy", ""}, {"We are sorry to every customer affected,", "Harbourside Energy", ""}}},
		{"a ratings agency is the agency", []string{
			"The Senate Finance Committee said it would back the exchange.",
			"Castile Ratings, which cut the country to junk in 2023, said it would review the rating after the vote.",
			"“A completed exchange would be credit positive,” the agency said in a note.",
		}, []want{{"A completed exchange would be credit positive,", "Castile Ratings", ""}}},
		{"the outlet is the news organisation the sentence before is about", []string{
			"Three reporters who worked for the independent news site Kalima were arrested in March.",
			"Kalima, which was forced to close its newsroom after a raid, said in a statement that it would keep publishing from abroad.",
			"“They can jail our reporters, but they cannot jail the story,” the outlet said.",
		}, []want{{"They can jail our reporters, but they cannot jail the story,", "Kalima", ""}}},
		{"a name set off with its office in lower case after a description", []string{
			"Another sailor, third officer Tomas Villanueva-Ruiz, said in a video posted by his brother that the fire was out. “We did what we were trained to do,” he said in the video.",
		}, []want{{"We did what we were trained to do,", "Tomas Villanueva-Ruiz", ""}}},
		{"a body's office in a state capital speaks for the body", []string{
			"The National Weather Service said at least 19 tornadoes had touched down overnight.",
			"\"This was a violent, long-track tornado,\" the weather service's office in Des Moines said in a post on X.",
		}, []want{{"This was a violent, long-track tornado,", "National Weather Service", "post"}}},
		{"an age before a name is the named one's", []string{
			"Pupils at Greenway Primary were sent home at lunchtime.",
			"\"It was like sitting in a greenhouse,\" said 11-year-old Maisie.",
		}, []want{{"It was like sitting in a greenhouse,", "Maisie", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundTwentyEight(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a body described as the union after its name is the union", []string{
			"The Nebraska Nurses Alliance, the union that represents about 40 registered nurses at the hospital, disputes its account.",
			"In a statement, the union said the hospital had \"refused for years to pay competitive wages.\"",
		}, []want{{"refused for years to pay competitive wages.", "Nebraska Nurses Alliance", ""}}},
		{"the spokesman is the spokesman named a paragraph before", []string{
			"The UN secretary-general \"is following the developments with deep concern\", his spokesman Lars-Erik Mbaye-Holm said.",
			"\"He urges all actors to exercise restraint,\" the spokesman added.",
		}, []want{{"is following the developments with deep concern", "Lars-Erik Mbaye-Holm", ""}, {"He urges all actors to exercise restraint,", "Lars-Erik Mbaye-Holm", ""}}},
		{"a definite description before the verb is the subject, not set off after the outlet", []string{
			"Borneo Verdant Agri, a palm oil producer, has been accused of clearing land by fire.",
			"In a statement to The Straits Times, the company said it \"strictly adheres to a zero-burning policy\".",
		}, []want{{"strictly adheres to a zero-burning policy", "Borneo Verdant Agri", ""}}},
		{"a company named only in a sentence's subject, with its customers and staff", []string{
			"The trustee said every Vaultline customer would get a claim form, and a former Vaultline risk manager said the transfers were flagged.",
			"The money moved from Vaultline to a trading firm.",
			"Vaultline, now run by a chief restructuring officer, said it was \"cooperating fully with the trustee.\"",
		}, []want{{"cooperating fully with the trustee.", "Vaultline", ""}}},
		{"a person opening the sentence is the subject across descriptions of several parts", []string{
			"Fiona Castellane, the chief executive of Harwoods, the UK’s second-largest grocer, said her company had “nothing to hide”.",
			"Colm Dorrigan, regional secretary of the Public and Municipal Workers’ Union, which represents a third of the members, said they were “furious”.",
		}, []want{{"nothing to hide", "Fiona Castellane", ""}, {"furious", "Colm Dorrigan", ""}}},
		{"the company is not the parent that owns it", []string{
			"Kasumbi Cobalt Mining SA, which is majority-owned by Hong Kong-listed Orient Crest Resources, said 23 bodies had been recovered.",
			"\"Our thoughts are with the families of our colleagues,\" the company said.",
		}, []want{{"Our thoughts are with the families of our colleagues,", "Kasumbi Cobalt Mining SA", ""}}},
		{"a body set off with its short form after a description, for both its verbs", []string{
			"The main opposition coalition, the Movement for Democratic Renewal (MRD), condemned \"any recourse to violence\" but warned the government against using the attempt as a \"pretext\".",
		}, []want{{"any recourse to violence", "Movement for Democratic Renewal", ""}, {"pretext", "Movement for Democratic Renewal", ""}}},
		{"a quotation that opens with its reporting verb after its subject's name", []string{
			"The Economic Community of West African States (ECOWAS) \"strongly condemned\" the attempt and reaffirmed its \"zero tolerance for any unconstitutional change of government\".",
		}, []want{{"strongly condemned", "Economic Community of West African States", ""}, {"zero tolerance for any unconstitutional change of government", "Economic Community of West African States", ""}}},
		{"a post's words quoted in part are the post's, unless only a relative clause names the platform", []string{
			"In a statement posted on Instagram, the chef Marcus Ashdown said he was \"heartbroken\".",
			"Gov. Tamsin Whitlock posted on X that she had ordered \"every resource necessary\".",
			"Kenji Olsen, who runs the YouTube channel Tech With Kenji, said the glasses \"got chatty\".",
		}, []want{{"heartbroken", "Marcus Ashdown", "post"}, {"every resource necessary", "Tamsin Whitlock", "post"}, {"got chatty", "Kenji Olsen", ""}}},
		{"a statement on a ministry's X account is a post", []string{
			"Mines Minister Aurelie Kabasele said in a statement posted on the ministry's X account that she had ordered an audit.",
			"\"No production target justifies the loss of a single life,\" she wrote.",
		}, []want{{"No production target justifies the loss of a single life,", "Aurelie Kabasele", "post"}}},
		{"a charity's name runs over a preposition written with a capital", []string{
			"The charity Elephants Beyond Bars, which campaigns against elephant exhibits, said the death was \"entirely predictable\".",
		}, []want{{"entirely predictable", "Elephants Beyond Bars", ""}}},
		{"a surname that is otherwise a function word", []string{
			"Sandeep More, 31, who had come with a group of 20 from Malegaon, said there was \"no space to even fall\".",
		}, []want{{"no space to even fall", "Sandeep More", ""}}},
		{"a party before an office is no part of the title, except a party's leader", []string{
			"Tennessee Gov. Harlan Beckwith halted the execution. Conservative Leader Gwen Harcastle attacked him, and opposition leader Ravi Sandhu joined in.",
			"\"I have supported capital punishment my entire career,\" the Republican governor said in a statement.",
			"\"It is a slogan,\" the Liberal leader said.",
		}, []want{{"I have supported capital punishment my entire career,", "Harlan Beckwith", ""}, {"It is a slogan,", "", ""}}},
		{"a games publisher named Interactive is a company", []string{
			"Orrery Interactive said in a statement that it \"remains committed\" to the game.",
			"\"We are proud of our partnership with the studio,\" an Orrery spokesperson told The Verge.",
		}, []want{{"remains committed", "Orrery Interactive", ""}, {"We are proud of our partnership with the studio,", "Orrery Interactive", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundTwentyNine(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"words closed with a comma between two capitals are no nickname", []string{
			"Chief Financial Officer Mireille Janssen-Oduya spoke on a call with analysts.",
			"Still, demand outside China \"remains extraordinarily strong,\" Janssen-Oduya said, and the company raised its forecast.",
		}, []want{{"remains extraordinarily strong,", "Mireille Janssen-Oduya", ""}}},
		{"a name set off after a description of someone by trade is a person's", []string{
			"Dozens of fishermen gathered at the harbour on Wednesday.",
			"\"We can smell it already,\" said another fisherman, Ranjith Fonseka. \"At night the whole beach smells like a petrol station.\"",
		}, []want{{"We can smell it already, At night the whole beach smells like a petrol station.", "Ranjith Fonseka", ""}}},
		{"a function word ending in -er is no one the pronoun can mean", []string{
			"Muhammad Rizal, 48, said his wife and teenage daughter had been travelling home from a wedding. Neither name is on any list.",
			"“I come here every hour to look at the paper,” he said, holding a photograph of his daughter.",
		}, []want{{"I come here every hour to look at the paper,", "Muhammad Rizal", ""}}},
		{"an age alone as the subject is the person just named", []string{
			"The promoter Declan Mulrooney was declared bankrupt. The boxer Kieran Okoro is owed money.",
			"“I went 12 rounds and I haven’t seen a penny,” Okoro told BBC Sport.",
			"The 29-year-old said he bore Mulrooney no personal ill will. “Declan gave me my first shot,” he said.",
		}, []want{{"I went 12 rounds and I haven’t seen a penny,", "Kieran Okoro", ""}, {"Declan gave me my first shot,", "Kieran Okoro", ""}}},
		{"a time zone in capitals is no body the agency can be", []string{
			"The Volcanology and Geological Hazard Agency raised its alert to the highest level.",
			"In a bulletin issued at 3:00 am local time (1900 GMT Thursday), the agency said the volcano remained in a state of \"very high unrest\".",
		}, []want{{"very high unrest", "Volcanology and Geological Hazard Agency", ""}}},
		{"Councilmember is a title, also after a comma", []string{
			"The measure passed. Its sponsor, Councilmember Dara Feliciano, had pushed it for a year.",
			"“I knew it would be contentious,” Feliciano told me.",
		}, []want{{"I knew it would be contentious,", "Dara Feliciano", ""}}},
		{"a woman named Jordan is who she means", []string{
			"“I’ve been through three of these now,” said Tamika Rourke, a claims specialist.",
			"At the White House, press secretary Jordan Ellsworth-Park accused House Republicans of “manufacturing a crisis.”",
			"“The president has been clear,” Ellsworth-Park said. Asked whether agencies were preparing, she said the budget office was “doing what it is required by law to do.”",
		}, []want{{"I’ve been through three of these now,", "Tamika Rourke", ""}, {"manufacturing a crisis.", "Jordan Ellsworth-Park", ""}, {"The president has been clear,", "Jordan Ellsworth-Park", ""}, {"doing what it is required by law to do.", "Jordan Ellsworth-Park", ""}}},
		{"a description that is the subject of the main clause is not set off after the name before the comma", []string{
			"Chief executive Sigrid Aaslund said the bank would recover. The loss prompted a sharp response from Norway’s finance minister, Torbjørn Eikeland.",
			"“I expect the bank’s board to get to the bottom of this,” Eikeland told reporters.",
			"Asked whether he had confidence in Aaslund, the minister said: “That is a matter for the board.”",
		}, []want{{"I expect the bank’s board to get to the bottom of this,", "Torbjørn Eikeland", ""}, {"That is a matter for the board.", "Torbjørn Eikeland", ""}}},
		{"a company described with a phrase after its head is the company", []string{
			"The tanker ran aground off Negombo, the Sri Lanka Coast Guard said. Crews laid booms, and Sri Lanka asked India for a vessel.",
			"Halcyon Tankers, the Singapore-based operator of the vessel, said all 24 crew members were safe.",
			"\"We deeply regret the incident,\" the company said in a statement.",
		}, []want{{"We deeply regret the incident,", "Halcyon Tankers", ""}}},
		{"a company's name keeps the full stop of Pte.", []string{
			"Among the companies caught in the middle is Arcturus Cloud Pte., a Singapore-based data-center operator. It had orders.",
			"\"We are assessing the impact,\" a spokesperson for Arcturus said in an emailed statement.",
		}, []want{{"We are assessing the impact,", "Arcturus Cloud Pte.", ""}}},
		{"an unnamed spokesperson for a person speaks for the person", []string{
			"The state’s education commissioner, Everett Langdon, has defended the law. “Parents want to know,” Langdon said in a statement.",
			"Asked about the threats directed at teachers, a spokesperson for Langdon said the commissioner “condemns harassment of educators in the strongest terms.”",
		}, []want{{"Parents want to know,", "Everett Langdon", ""}, {"condemns harassment of educators in the strongest terms.", "Everett Langdon", ""}}},
		{"a nationality before a title the person is given without one, and the coach who is the manager", []string{
			"Speaking after the match, the Harbridge manager, Rui Fontes, said his players had discussed leaving the pitch.",
			"“We talked about it on the touchline, yes,” Fontes said.",
			"The Portuguese coach, who was appointed in May, added that he had been “proud” of how his captain, Theo Marchetti, handled the situation.",
		}, []want{{"We talked about it on the touchline, yes,", "Rui Fontes", ""}, {"proud", "Rui Fontes", ""}}},
		{"the title itself before another office that may stand for it", []string{
			"Head coach Ray Castellano ran practice without his quarterback.",
			"General manager Mark Tollefson disputed that characterization. \"That's not accurate,\" Tollefson said.",
			"\"We'll coach who's here,\" the coach said.",
		}, []want{{"That's not accurate,", "Mark Tollefson", ""}, {"We'll coach who's here,", "Ray Castellano", ""}}},
		{"a noun ending in -ment is no one the pronoun after it can mean", []string{
			"Okonkwo-Reid, 23, reported the abuse to the referee in the 67th minute. A stadium announcement warned supporters that the match could be abandoned.",
			"In an interview with the club’s media channel, he described the abuse as “vile”.",
		}, []want{{"vile", "Okonkwo-Reid", ""}}},
		{"the photographer a caption credits is no one the pronouns mean", []string{
			"The Harbridge Town midfielder Jaden Okonkwo-Reid said on Instagram that he was abused from the stands.",
			"^ The away end at Millvale Rovers on Saturday. Photograph: Kieran Boyd/Stagline Images",
			"“I’ve heard things before, but nothing like yesterday,” he wrote.",
		}, []want{{"I’ve heard things before, but nothing like yesterday,", "Jaden Okonkwo-Reid", ""}}},
		{"a short form of the title is the title itself, and a possessive in a description gives none", []string{
			"Edward Harlan, a governor in the 1990s, backed the bill.",
			"Gov. Elaine Marchetti on Thursday vetoed the package.",
			"“Mr. Albury is paid very well to say that,” said Sasha Grunwald, the governor’s spokesperson.",
			"Asked whether she had the votes, the governor said: “I think members will find people are worried about their bills.”",
		}, []want{{"Mr. Albury is paid very well to say that,", "Sasha Grunwald", ""}, {"I think members will find people are worried about their bills.", "Elaine Marchetti", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestShortTitle checks which aliases of a title are its short forms.
func TestShortTitle(t *testing.T) {
	tests := []struct {
		alias, title string
		want         bool
	}{
		{"gov", "governor", true},
		{"supt", "superintendent", true},
		{"lt col", "colonel", true},
		{"head coach", "coach", true},
		{"manager", "coach", false},
		{"justice", "judge", false},
		{"", "judge", false},
	}
	for _, tt := range tests {
		if got := shortTitle(tt.alias, tt.title); got != tt.want {
			t.Errorf("shortTitle(%q, %q) = %v, want %v", tt.alias, tt.title, got, tt.want)
		}
	}
}

func TestRoundThirty(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a noun for a crew's job opening the sentence is no part of the name", []string{
			"Deckhand Piotr Nowacki, 41, spent an hour in the water before he was pulled aboard.",
			"“I thought about my son the whole time,” Mr Nowacki said.",
		}, []want{{"I thought about my son the whole time,", "Piotr Nowacki", ""}}},
		{"a page's caption label opens the caption, so the job after it is no part of the name", []string{
			"Image caption, Helmsman Callum Reid said the crew were “soaked but smiling”",
			"Callum Reid, who has been helmsman at Buckie for nine years, described the night.",
		}, []want{{"soaked but smiling", "Callum Reid", ""}}},
		{"an office's name before a given name and a surname is where the person works", []string{
			"Chief engineer of the Public Works Department Ravi Shankar Menon said an inquiry had begun.",
			"\"The foundations will be tested first,\" Menon said.",
			"The department said in a statement that the road had been \"certified safe last year\".",
		}, []want{{"The foundations will be tested first,", "Ravi Shankar Menon", ""}, {"certified safe last year", "Public Works Department", ""}}},
		{"a given name ending in -man opening the sentence is no job", []string{
			"Abdelrahman Idris, a 31-year-old teacher from Khartoum, said the boat began to sink at dawn.",
			"“We prayed and we bailed water with our shoes,” Idris said.",
		}, []want{{"We prayed and we bailed water with our shoes,", "Abdelrahman Idris", ""}}},
		{"a former employee named by the company's name and a modified role is the company's, not a title", []string{
			"Regulators fined Danish drugmaker Holvik Pharma 90 million euros on Thursday.",
			"Holvik said the fine was \"disproportionate\" and would appeal.",
			"The case began after a former Holvik regional sales manager, Lars Brink, contacted the Commission.",
		}, []want{{"disproportionate", "Holvik Pharma", ""}}},
		{"the first word of a company's name, speaking, is the company, not a car bearing it as a given name", []string{
			"Everett Motor Co. recalled 300,000 vehicles on Tuesday.",
			"The recall covers 2022 model-year Everett Ridge sedans.",
			"Everett said the claim was “simply untrue.”",
		}, []want{{"simply untrue.", "Everett Motor Co.", ""}}},
		{"the report of an office of the body named with an adjective speaks for it", []string{
			"The report, published on Tuesday by the Office of the Independent Commissioner for Appointments, found the rules on appointments had been broken.",
			"The report called the hiring “a serious breach of the code.”",
		}, []want{{"a serious breach of the code.", "Office of the Independent Commissioner for Appointments", ""}}},
		{"a company named with a word for an event is a company", []string{
			"Pilots at Summit Airlines walked off the job on Wednesday. Shares of Summit fell 6%.",
			"Summit said it expected to operate \"a limited schedule\" on Thursday.",
			"A Summit spokeswoman said the company remained \"ready to meet at any time.\"",
		}, []want{{"a limited schedule", "Summit Airlines", ""}, {"ready to meet at any time.", "Summit Airlines", ""}}},
		{"a noun for a body in capitals is no part of its name, which speaks for it later", []string{
			"The Aurora Maris, run by the Berlin-based NGO SeaGuard Rescue, reached the boat at dawn.",
			"SeaGuard Rescue said the port it was assigned was too far, a practice it condemned as “deliberate obstruction”.",
		}, []want{{"deliberate obstruction", "SeaGuard Rescue", ""}}},
		{"a company's name set off after a role it holds is the subject that it then means", []string{
			"\"The boarding took minutes,\" security firm Trident Marine Risk said.",
			"The ship's manager, Athens-based Pelagos Shipping Ltd, said it had lost contact with the tanker. It said it was \"not aware of any collision\".",
		}, []want{{"The boarding took minutes,", "Trident Marine Risk", ""}, {"not aware of any collision", "Pelagos Shipping Ltd", ""}}},
		{"what someone posted, the verb after the subject, is a post", []string{
			"The local MP, Gareth Penhale, said he would keep lobbying ministers.",
			"\"I will not stop fighting for this village. This decision is wrong,\" he posted on social media.",
		}, []want{{"I will not stop fighting for this village. This decision is wrong,", "Gareth Penhale", "post"}}},
		{"what a chief executive wrote in a blog post is no social-media post", []string{
			"In a blog post published late Tuesday, chief executive Declan Morrow said the company had found an intruder.",
			"“I want to start by saying I’m sorry,” Morrow wrote.",
		}, []want{{"I want to start by saying I’m sorry,", "Declan Morrow", ""}}},
		{"a body's name split at and after the speaker's of is skipped to the verb", []string{
			"\"Finding her alive is a miracle,\" Incident Commander Rob Delacroix of Teton County Search and Rescue said on Tuesday.",
		}, []want{{"Finding her alive is a miracle,", "Rob Delacroix", ""}}},
		{"what someone continued to receive was not said by them", []string{
			"The warden, Curtis Yeatman, said in a statement that the lockdowns had been \"a necessary measure\" and that inmates had continued to receive \"all legally required services.\"",
		}, []want{{"a necessary measure", "Curtis Yeatman", ""}, {"all legally required services.", "Curtis Yeatman", ""}}},
		{"a word glossed from another language is a term", []string{
			"Kanyarwanda told the AP that the alliance would fight alongside militias known as Wazalendo, Swahili for \"patriots.\"",
		}, []want{{"patriots.", "", "term"}}},
		{"a Korean name puts the surname first, so Lee says nothing of her gender", []string{
			"At hospitals in Seoul, patients described long waits.",
			"Lee Soo-ah, 67, who has been undergoing chemotherapy, said her treatment had been pushed back by a week. \"I understand doctors have their reasons,\" she said.",
		}, []want{{"I understand doctors have their reasons,", "Lee Soo-ah", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundThirtyOne(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a nickname in quotation marks after a titled given name stays inside the name", []string{
			"Harbor City Mayor Daniel \"Danny\" Okafor said the sirens had worked as designed.",
			"\"That part is on us, and we will fix it,\" Okafor said.",
		}, []want{{"Danny", "", "term"}, {"That part is on us, and we will fix it,", "Daniel Okafor", ""}}},
		{"a noun for an everyday job opening the sentence is no part of the name", []string{
			"Fisherman Wong Tak-ming, 58, said he had spent the night checking his boat.",
			"“I have never seen waves like this,” Wong said.",
		}, []want{{"I have never seen waves like this,", "Wong Tak-ming", ""}}},
		{"a quoted question keeps its speaker set off with a description after it", []string{
			"\"Is any of this lost share, or is it all inventory?\" Mira Patel, an analyst at Dunmore Securities, asked on the call.",
		}, []want{{"Is any of this lost share, or is it all inventory?", "Mira Patel", ""}}},
		{"a name between said and a quotation is the subject of the clause reported", []string{
			"Environment Minister Tan Wei Ming spoke on Monday.",
			"Mr Tan called the smoke “a regional problem”, but said Singapore “will not hesitate” to act against the companies responsible.",
		}, []want{{"a regional problem", "Tan Wei Ming", ""}, {"will not hesitate", "Tan Wei Ming", ""}}},
		{"a warning after an article and an adjective is a noun", []string{
			"Senior scientific officer Chan Mei-ling said the storm was weakening.",
			"Chan said the observatory expected to replace the signal with a lower warning “by the evening”.",
		}, []want{{"by the evening", "Chan Mei-ling", ""}}},
		{"she after the spokeswoman a paragraph introduced is her body", []string{
			"The Highways Department was clearing roads on Thursday.",
			"A department spokeswoman said 300 trees had fallen overnight.",
			"“Drivers should stay at home,” the spokeswoman said. She added that buses would resume “gradually” on Friday.",
		}, []want{{"Drivers should stay at home,", "Highways Department", ""}, {"gradually", "Highways Department", ""}}},
		{"a guild and a fund are bodies their spokespeople speak for", []string{
			"The Guild of Crime Writers, which has 2,000 members, said the row should go to mediation. “This belongs in a proper process,” a spokesperson for the guild said.",
			"The abbey has received a grant from the Northern Heritage Fund.",
			"A spokesperson for the fund said the abbey was “at serious risk”.",
			"The fund warned that its budget was “limited”.",
		}, []want{{"This belongs in a proper process,", "Guild of Crime Writers", ""}, {"at serious risk", "Northern Heritage Fund", ""}, {"limited", "Northern Heritage Fund", ""}}},
		{"the utility is the one the paragraph before introduced with that noun", []string{
			"HelpBridge International, an aid group running clinics, said it was seeing “new cases every day”.",
			"“Clean water is what stops cholera,” said Ana Costa, the group's director.",
			"State-owned utility Aguas do Norte said in a statement that flooding had damaged two plants.",
			"“Supply will be restored within ten days,” the utility said.",
		}, []want{{"new cases every day", "HelpBridge International", ""}, {"Clean water is what stops cholera,", "Ana Costa", ""}, {"Supply will be restored within ten days,", "Aguas do Norte", ""}}},
		{"a phrase opening with an article after called characterises, where a capitalised one names", []string{
			"The mayor fired the chief a day after an inquiry found he had allowed what investigators called “a culture of silence” to take root.",
			"The city runs a scheme called “A Fresh Start” for young offenders.",
		}, []want{{"a culture of silence", "", ""}, {"A Fresh Start", "", "term"}}},
		{"a title after a genre noun or a text's noun is a term", []string{
			"“People talk about our shows,” Dana Ruiz said, pointing to the crime drama “Saltgrass” and the animated comedy “Harold Is Fine,” both hits.",
			"The association first set out the scheme in its 2024 report “Running on Fumes”.",
			"Ruiz called the episode “brave, messy and right.”",
		}, []want{{"People talk about our shows,", "Dana Ruiz", ""}, {"Saltgrass", "", "term"}, {"Harold Is Fine,", "", "term"}, {"Running on Fumes", "", "term"}, {"brave, messy and right.", "Dana Ruiz", ""}}},
		{"an office in capitals set off after a name is the person's, and its holder is the body's officer", []string{
			"An abbey has launched an appeal to save its tower, which its dean says is “close to collapse”.",
			"The Very Rev Alice Hartley, Dean of Wexcombe, said the building faced “its greatest test”.",
			"The dean said she hoped to finish by 2030. Asked about closing, she replied: “We will never close.”",
		}, []want{{"close to collapse", "Alice Hartley", ""}, {"its greatest test", "Alice Hartley", ""}, {"We will never close.", "Alice Hartley", ""}}},
		{"a surname shared with a company a trade's noun introduces is the person's", []string{
			"Amalia Ventura, managing director of family-owned cork stopper maker Corticeira Ventura, said three containers were stuck.",
			"\"Our clients are wineries,\" Ventura said.",
		}, []want{{"Our clients are wineries,", "Amalia Ventura", ""}}},
		{"the fund is the investor the story introduced", []string{
			"Activist investor Talon Capital Management has launched a proxy fight at Lindell Foods.",
			"Lindell Foods chairman Ray Tolliver rejected the criticism in a statement.",
			"The company said it had offered Talon Capital Management two board seats in April, an offer the fund described as “window dressing.”",
		}, []want{{"window dressing.", "Talon Capital Management", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtyTwo holds the patterns found in the misses of sets
// 109–114, each written afresh rather than copied from them.
func TestRoundThirtyTwo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a participle hangs on the main clause, not on a clause inside it", []string{
			"Warden Lionel Atherby said the hostages were freed before midnight. He would not say what the prisoners had asked for, saying only that \"no deals were struck\" and that the aim was \"to get everyone home.\"",
		}, []want{{"no deals were struck", "Lionel Atherby", ""}, {"to get everyone home.", "Lionel Atherby", ""}}},
		{"an office of several portfolios in capitals is the holder's set off after it", []string{
			"Kenya’s Minister of Sports, Culture and Heritage, Wanjiru Kamau-Otieno, opened the exhibition on Friday. “This is only a beginning,” she said. The minister added that talks would “go on until every piece is home.”",
		}, []want{{"This is only a beginning,", "Wanjiru Kamau-Otieno", ""}, {"go on until every piece is home.", "Wanjiru Kamau-Otieno", ""}}},
		{"a witness opening the sentence is no part of the name", []string{
			"Witness Dana Ferreira, who was jogging on the promenade, said she heard a bang.",
			"“I thought a car had crashed,” she said.",
		}, []want{{"I thought a car had crashed,", "Dana Ferreira", ""}}},
		{"a passive after a partial quotation names no one who spoke", []string{
			"Treasurer Olwen Bracewell said the state would not intervene. A spokesperson for Bracewell said she had been told of the ruling “an hour before” it was announced.",
		}, []want{{"an hour before", "Olwen Bracewell", ""}}},
		{"a participle after a comma hangs on the clause, not on the interviewer", []string{
			"The league’s chief executive, Tobias Wrenfield, defended the decision in an interview with the Herald, saying the rules left “no room at all” for appeal.",
		}, []want{{"no room at all", "Tobias Wrenfield", ""}}},
		{"going on is speaking on", []string{
			"Curator Helena Markby paused.",
			"She went on, “We told ourselves we were saving them.",
			"“We were not.”",
		}, []want{{"We told ourselves we were saving them. We were not.", "Helena Markby", ""}}},
		{"going on after a quotation is speaking on", []string{
			"“We will appeal,” said lawyer Tom Reyes.",
			"“Nobody asked the families,” curator Helena Markby went on.",
		}, []want{{"We will appeal,", "Tom Reyes", ""}, {"Nobody asked the families,", "Helena Markby", ""}}},
		{"a first name given alone, set off after the words that say so, is the speaker's", []string{
			"A man from Sudan, who gave only his first name, Idris, for fear of reprisals, said he had paid $3,000.",
			"“They took everything,” he said.",
		}, []want{{"They took everything,", "Idris", ""}}},
		{"two public bodies joined by and are two", []string{
			"The company said it had warned the Highways Agency and Lowmoor District Council before the work began.",
			"A Highways Agency spokesperson said the road had closed “as soon as it was safe”.",
		}, []want{{"as soon as it was safe", "Highways Agency", ""}}},
		{"a council named by its place and lower-case nouns speaks", []string{
			"The Lyceum has stood in Harnley since 1886.",
			"Harnley borough council, which owns the Lyceum’s building and pays £180,000 a year towards its costs, said it was “looking at every option”.",
		}, []want{{"looking at every option", "Harnley borough council", ""}}},
		{"the orchestra is the philharmonic, the funder the body that funds", []string{
			"The Westmere Philharmonic dismissed its conductor on Friday.",
			"The Musicians’ Union said members had raised concerns for months.",
			"The orchestra said the search for a successor would begin “once the players have had time to heal”.",
			"The theatre lost its grant from Arts Council West. Arts Council West said the round was “very competitive”.",
			"The funder said it would offer “some help”.",
		}, []want{{"once the players have had time to heal", "Westmere Philharmonic", ""}, {"very competitive", "Arts Council West", ""}, {"some help", "Arts Council West", ""}}},
		{"the one a relative clause is about speaks, whatever the name is the object of", []string{
			"The ruling is a setback for Chief Executive Rupert Hale, who had repeatedly said the merger would create “a national champion.”",
		}, []want{{"a national champion.", "Rupert Hale", ""}}},
		{"the manager is the head coach", []string{
			"Head coach Stefan Lindberg was asked about the striker eight times.",
			"Asked whether he would be fined, the manager smiled: \"That is a question for the club.\"",
		}, []want{{"That is a question for the club.", "Stefan Lindberg", ""}}},
		{"a club spokesperson speaks for the club, not for a paper named with its article", []string{
			"The striker did not report for training at Harwick Rovers on Monday.",
			"His agent told The Athletic that a promise had been made in January.",
			"\"There was no promise,\" a club spokesperson said.",
		}, []want{{"There was no promise,", "Harwick Rovers", ""}}},
		{"people set off from a firm speak for the firm", []string{
			"The joint liquidators, from advisory firm Dunmore Pryce, said the records were “incomplete and contradictory”.",
		}, []want{{"incomplete and contradictory", "Dunmore Pryce", ""}}},
		{"a copy of what someone wrote is not its source", []string{
			"Staff at Loomcraft, a health-tech startup, were told of the cuts on Monday.",
			"Loomcraft told clinics in an email on Tuesday that there would be “no break in service,” according to a copy seen by Reuters.",
		}, []want{{"no break in service,", "Loomcraft", ""}}},
		{"the one the sentence reports speaks, not the unnamed who heard it", []string{
			"Chairman Dominic Hale told supporters at a meeting that the club would not be \"bullied by anyone\", according to two people present.",
		}, []want{{"bullied by anyone", "Dominic Hale", ""}}},
		{"after the mayor of a place the place is whole, however common its first word", []string{
			"The new album came out in March, and a new tour followed.",
			"The mayor of New Orleans, Renée Batiste-Holloway, said the city would give him “a proper send-off”.",
		}, []want{{"a proper send-off", "Renée Batiste-Holloway", ""}}},
		{"a platform a post is on and an outlet a statement is to are not the body that speaks", []string{
			"The Larch County Sheriff's Office expanded the evacuation orders twice. In a Facebook post shortly after 3 p.m., the office wrote: \"GO NOW.\"",
			"The State Water Resources Control Board issued a curtailment order last week.",
			"In a statement to NPR, the board said the order was “a necessary step”.",
		}, []want{{"GO NOW.", "Larch County Sheriff's Office", "post"}, {"a necessary step", "State Water Resources Control Board", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtyThree holds the cases of round thirty-three, each
// invented to show one rule the development sets taught.
func TestRoundThirtyThree(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a post that speaks is a post, a blog's is not", []string{
			"A group calling itself Night Heron claimed the attack in a post on its leak site. The post said the group had taken “200 gigabytes” of records.",
			"“Management chose silence,” the post read.",
			"Later that day Ashcombe Health published a blog post titled “Our response.”",
			"“We will not pay,” the post said.",
		}, []want{{"200 gigabytes", "Night Heron", "post"}, {"Management chose silence,", "Night Heron", "post"}, {"Our response.", "", "term"}, {"We will not pay,", "Ashcombe Health", ""}}},
		{"phrases like these are mentioned, not said", []string{
			"Dr. Ines Marlowe-Quade said the group's notes borrow phrases like “customer care” and “service window,” a habit she called “pure theater.”",
		}, []want{{"customer care", "", "term"}, {"service window,", "", "term"}, {"pure theater.", "Ines Marlowe-Quade", ""}}},
		{"a quotation glossed as someone's term is a term", []string{
			"Investigator Tomas Brennick said the team would look at the weather and at “crew resource management” — the board's term for how a cockpit crew shares its work.",
		}, []want{{"crew resource management", "", "term"}}},
		{"a quotation glossed after the comma inside its marks is a term too", []string{
			"The weather service also warned of “dry lightning,” a term for storms that bring little rain.",
		}, []want{{"dry lightning,", "", "term"}}},
		{"what someone was told is not theirs", []string{
			"Engineer Dalia Fenwick says she raised the fault in 2023 and was told the issue was “not a priority.”",
			"Orla Breen said she had complained twice and was told by a manager that it was down to “old wiring”.",
			"Governor Ruth Kalloway said she had been told the sirens sounded but that “we will check every one of them.”",
			"The Ministry of Health said clinics had been told to “stay open until the last patient is seen”.",
			"Chief Amos Redcloud said the band had been promised a water plant by “three ministers and two governments”.",
		}, []want{{"not a priority.", "", ""}, {"old wiring", "", ""}, {"we will check every one of them.", "Ruth Kalloway", ""}, {"stay open until the last patient is seen", "Ministry of Health", ""}, {"three ministers and two governments", "Amos Redcloud", ""}}},
		{"a reply relayed is the replier's", []string{
			"Security researcher Anouk Verhaal says she reported the flaw to Brightvane Systems in May, and that the company replied that it was “out of scope.”",
		}, []want{{"out of scope.", "Brightvane Systems", ""}}},
		{"a surname in a sentence that names a relative apart is not the relative's", []string{
			"Among those waiting is six-year-old Milo Harker. His mother, Janine Harker, said the delay had taken over their lives.",
			"Harker said Milo’s operation was “booked at last” for June.",
		}, []want{{"booked at last", "Janine Harker", ""}}},
		{"the names of what a pronoun reports are not the pronoun's", []string{
			"“He was crying,” said Dana Whitcombe, whose son rode the bus.",
			"Owen broke his arm, she said. “He keeps asking for his driver,” she said.",
		}, []want{{"He was crying,", "Dana Whitcombe", ""}, {"He keeps asking for his driver,", "Dana Whitcombe", ""}}},
		{"a double surname opening with a place's name is whole", []string{
			"The talks were led by the deputy envoy, Andrés Montenegro-Lukonga.",
			"“We solved one problem,” Montenegro-Lukonga said.",
		}, []want{{"We solved one problem,", "Andrés Montenegro-Lukonga", ""}}},
		{"a body's name set off after its description may carry its town", []string{
			"The coach company, Ridgeline Charter Lines of Huntingdon, said in a statement that it was “heartbroken”.",
		}, []want{{"heartbroken", "Ridgeline Charter Lines", ""}}},
		{"a function word is a surname after a name opening with a given name", []string{
			"Peter Kamau Were, who drives a minibus in Nairobi, parked it on Monday.",
			"“I cannot raise the fare,” Mr Kamau said.",
		}, []want{{"I cannot raise the fare,", "Peter Kamau Were", ""}}},
		{"initials leave out the country before a body's name", []string{
			"The recall was announced with the US Consumer Product Safety Commission.",
			"“Stop using the heaters now,” the CPSC said.",
		}, []want{{"Stop using the heaters now,", "US Consumer Product Safety Commission", ""}}},
		{"a company's legal prefix makes it a company", []string{
			"The fire hit a plant run by PT Sinar Baja Makmur (SBM) on Tuesday.",
			"SBM said in a statement it “deeply regrets” the incident.",
		}, []want{{"deeply regrets", "PT Sinar Baja Makmur", ""}}},
		{"a company written without its Group is the group", []string{
			"Harrowgate Media says the paper is no longer viable.",
			"Harrowgate Media Group, which bought the title in 2011, said the closure was “unavoidable”.",
			"Harrowgate said the archive would be “kept online”.",
		}, []want{{"unavoidable", "Harrowgate Media Group", ""}, {"kept online", "Harrowgate Media Group", ""}}},
		{"a description set off after a name is the named one, not someone unnamed", []string{
			"For Lukas Brandt, a 38-year-old nurse in Bremen who bought the car in 2023, the news landed badly. “I chose it because it was clean,” he said.",
		}, []want{{"I chose it because it was clean,", "Lukas Brandt", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtyFour holds the cases of the thirty-fourth round of
// misses read in the development sets.
func TestRoundThirtyFour(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a body's subjects listed with commas are its name", []string{
			"The Agriculture, Fisheries and Conservation Department (AFCD) said the farm had been sealed off.",
			"“All poultry on the farm have been culled,” a department spokesman said.",
		}, []want{{"All poultry on the farm have been culled,", "Agriculture, Fisheries and Conservation Department", ""}}},
		{"initials in brackets vouch for the name before them", []string{
			"Hebridean Sea Links (HSL) said the ferry had suffered corrosion.",
			"In a statement, HSL said it “deeply regretted” the disruption.",
		}, []want{{"deeply regretted", "Hebridean Sea Links", ""}}},
		{"a shop named with its ’s keeps it", []string{
			"Harwell’s, the UK’s third-largest chain, said it would “cooperate fully” with the inquiry.",
			"Harwell’s chief executive, Graham Tolliver, posted a video on Monday.",
			"“We reject any suggestion that we have profited,” a Harwell’s spokesperson said.",
		}, []want{{"cooperate fully", "Harwell’s", ""}, {"We reject any suggestion that we have profited,", "Harwell’s", ""}}},
		{"a plural's apostrophe before a comma owns what follows the list", []string{
			"The Teachers’, Nurses’ and Doctors’ unions said: “The offer is an insult to every member.”",
		}, []want{{"The offer is an insult to every member.", "", ""}}},
		{"a pilgrim's title is no part of the name", []string{
			"“Prices change by the hour,” said Haji Ghulam Sarwar, a wholesaler in the grain market.",
		}, []want{{"Prices change by the hour,", "Ghulam Sarwar", ""}}},
		{"a portfolio joined by and runs on to the holder's given name", []string{
			"Federal Minister for National Food Security and Research Malik Shahzad Awan insisted that there was “no shortage of wheat”.",
			"“Action will be taken,” Awan added.",
		}, []want{{"no shortage of wheat", "Malik Shahzad Awan", ""}, {"Action will be taken,", "Malik Shahzad Awan", ""}}},
		{"the holder set off after an office and where it sits speaks", []string{
			"Leader of the Opposition in the Punjab Assembly, Chaudhry Nadeem Akhtar, visited a market and said the government had “failed the poor”.",
		}, []want{{"failed the poor", "Chaudhry Nadeem Akhtar", ""}}},
		{"an office in capitals before a name gives the title", []string{
			"Scotland's Transport Minister, Fiona Drysdale, said she had spoken to the operator.",
			"“I understand the anger on the island,” the minister said.",
		}, []want{{"I understand the anger on the island,", "Fiona Drysdale", ""}}},
		{"a council spokesperson speaks for the council written in lower case", []string{
			"Under Hartleigh metropolitan borough council’s proposals, nine libraries would close.",
			"A council spokesperson said the authority had “listened carefully” to residents.",
		}, []want{{"listened carefully", "Hartleigh metropolitan borough council", ""}}},
		{"a body written in lower case is what it stands for", []string{
			"Wessex police said its concerns centred on the single entrance, which it said would create a “significant risk of crushing”.",
		}, []want{{"significant risk of crushing", "Wessex police", ""}}},
		{"a pull quote is said by whoever the prose quotes saying it", []string{
			"“We've got crews working 16-hour shifts,” said Kelsey Drummond, a spokesperson for the fire team.",
			"# “It's just that bad out there”",
			"Dr Anjali Mehra-Costa, a physician in Portland, said her clinic was full. “It's just that bad out there,” she said.",
		}, []want{{"We've got crews working 16-hour shifts,", "Kelsey Drummond", ""}, {"It's just that bad out there", "Anjali Mehra-Costa", ""}, {"It's just that bad out there,", "Anjali Mehra-Costa", ""}}},
		{"a pull quote is said by whoever the prose quotes saying most of it", []string{
			"“The club is in a mess,” said Harold Wynn, a former captain.",
			"# “Not playing for him”",
			"Rob Carrow, a former defender, was blunt. “I'm not sure they are playing for him any more,” he said.",
		}, []want{{"The club is in a mess,", "Harold Wynn", ""}, {"Not playing for him", "Rob Carrow", ""}, {"I'm not sure they are playing for him any more,", "Rob Carrow", ""}}},
		{"a pull quote of a term is a term", []string{
			"“We kept it quiet,” said Ama Reyes, who led the team.",
			"# ‘The attic’",
			"The files sat on a server staff called “the attic” for years.",
		}, []want{{"We kept it quiet,", "Ama Reyes", ""}, {"The attic", "", "term"}, {"the attic", "", "term"}}},
		{"an agency spokesperson speaks for the agency the article names", []string{
			"On Monday, the National Highway Traffic Safety Administration opened an evaluation of the system.",
			"“The agency will take action as appropriate,” an agency spokesperson told WIRED.",
		}, []want{{"The agency will take action as appropriate,", "National Highway Traffic Safety Administration", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtyFive holds the cases of the thirty-fifth round of
// misses read in the development sets.
func TestRoundThirtyFive(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a company based in a city and state is the company", []string{
			"The retailer Pinebrook Home, known for its rustic farmhouse look, filed for Chapter 11 bankruptcy protection late Monday in the U.S. Bankruptcy Court for the District of Delaware.",
			"The Columbus, Ohio-based company said it would close 180 stores, and that the rest would “continue operating as usual”.",
			"“Today's action is a necessary step,” the company said in a statement.",
		}, []want{{"continue operating as usual", "Pinebrook Home", ""}, {"Today's action is a necessary step,", "Pinebrook Home", ""}}},
		{"a post signed with a full name names the one called by the surname", []string{
			"Passengers posted about the outbreak on social media.",
			"@Brenda Kowalski| Day 5 on the ship. Half our group is sick.",
			"Kowalski, a teacher from Toledo, told CBS News she had posted “mostly as a joke”.",
		}, []want{{"Day 5 on the ship. Half our group is sick.", "Brenda Kowalski", "post"}, {"mostly as a joke", "Brenda Kowalski", ""}}},
		{"a post signed with a given name is the one person the article gives it", []string{
			"One history student, Ffion Adeyemi-Hart, posted a photo of the noticeboard with the caption:",
			"@Ffion| just found out my degree is being taught out. thanks castlebridge x",
		}, []want{{"just found out my degree is being taught out. thanks castlebridge x", "Ffion Adeyemi-Hart", "post"}}},
		{"a signature without the middle name is the one written with it", []string{
			"Governor Peter Lemarti Lenguro said the county was overwhelmed.",
			"@Peter Lenguro| Locusts do not respect county boundaries.",
			"Lenguro called the aid “a drop in the ocean”.",
		}, []want{{"Locusts do not respect county boundaries.", "Peter Lemarti Lenguro", "post"}, {"a drop in the ocean", "Peter Lemarti Lenguro", ""}}},
		{"a title ending in Charge is no part of the name", []string{
			"The FBI's Cincinnati field office confirmed it was investigating.",
			"“The FBI is aware of the incident,” Special Agent in Charge Renee Kaczmarek said in a statement.",
			"Kaczmarek said payment “only fuels the next attack”.",
		}, []want{{"The FBI is aware of the incident,", "Renee Kaczmarek", ""}, {"only fuels the next attack", "Renee Kaczmarek", ""}}},
		{"a chapter of a code is no body", []string{
			"Chapter 11 allows a company to keep operating while it renegotiates its debts.",
			"“We will keep every store open,” the company said.",
		}, []want{{"We will keep every store open,", "", ""}}},
		{"a carrier is the airline before any nearer company", []string{
			"Meridian Pacific Airlines Bhd. grounded 19 jets after cracks were found in their Halcyon Aero Engines Ltd. powerplants.",
			"The Kuala Lumpur-based carrier said some aircraft could remain on the ground “for several weeks.”",
		}, []want{{"for several weeks.", "Meridian Pacific Airlines Bhd.", ""}}},
		{"an attribution closing the sentence may name where it was said at length", []string{
			"Veridian Semiconductor Corp. is delaying its Ohio factory.",
			"Production will begin in “the first half of 2029” rather than late 2027, the Santa Clara, California-based company said Thursday in its third-quarter earnings release.",
		}, []want{{"the first half of 2029", "Veridian Semiconductor Corp.", ""}}},
		{"a body's aim after for the runs on through of", []string{
			"The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a report that herders had been pushed “beyond their capacity to cope”.",
			"“Families are now losing everything,” the report said.",
		}, []want{{"beyond their capacity to cope", "UN Office for the Coordination of Humanitarian Affairs", ""}, {"Families are now losing everything,", "UN Office for the Coordination of Humanitarian Affairs", ""}}},
		{"initials in brackets spell out a body whatever its first word", []string{
			"The Marine Accident Investigation Branch (MAIB) confirmed it had sent a team of inspectors.",
			"A spokesperson for the MAIB said: “It is too early to speculate on the cause.”",
		}, []want{{"It is too early to speculate on the cause.", "Marine Accident Investigation Branch", ""}}},
		{"the coastguard is a body", []string{
			"HM Coastguard said all passengers had been taken safely ashore.",
			"In a statement, the coastguard said: “The vessel is stable.”",
		}, []want{{"The vessel is stable.", "HM Coastguard", ""}}},
		{"a place's name that speaks is the body named for it", []string{
			"Ledgerly relied on Cobalt Ridge Bank, a state-chartered lender, to hold the funds.",
			"In a statement Thursday, Cobalt Ridge said customer funds were “safe and held at the bank”.",
		}, []want{{"safe and held at the bank", "Cobalt Ridge Bank", ""}}},
		{"an aim after to inside a name", []string{
			"In April, the Midwest Freedom to Read Project, a nonprofit, sent a letter to the school board.",
			"The letter described the process as “a censorship pipeline with a review committee bolted on.”",
		}, []want{{"a censorship pipeline with a review committee bolted on.", "Midwest Freedom to Read Project", ""}}},
		{"a relative clause closed before a partial quotation reports none of it", []string{
			"Chief Executive Officer Callum Ferriday said the levy, which was due to expire in 2028 but would run until 2031 under plans announced last month, had made the basin “uninvestable” for new projects.",
		}, []want{{"uninvestable", "Callum Ferriday", ""}}},
		{"a given name alone has its gender", []string{
			"Renee Abernathy, whose 15-year-old son Caleb was on the bus, said her phone rang a few minutes after 7. It was Caleb, she said, “screaming that the bus was on its side.”",
		}, []want{{"screaming that the bus was on its side.", "Renee Abernathy", ""}}},
		{"a given name before and a full name shares its surname", []string{
			"Among the families were Daniel and Priya Okafor-Reid, whose daughter died in 2021.",
			"Her husband said the couple had waited five years.",
			"“Today is not a happy day,” he said.",
		}, []want{{"Today is not a happy day,", "Daniel Okafor-Reid", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtySix checks the attributions mended in round thirty-six:
// names the entity extractor reads whole where the words around a quote
// read them in parts.
func TestRoundThirtySix(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a surname after a nickname is the full name", []string{
			"Marlow County Sheriff Delbert “Dell” Haskins said his deputies had secured the perimeter.",
			"“Nobody got out,” Haskins told reporters.",
		}, []want{{"Dell", "", "term"}, {"Nobody got out,", "Delbert Haskins", ""}}},
		{"Dean before a surname alone is a given name", []string{
			"Dean Whitaker, a Green Party councillor for Eastfield, has started a petition.",
			"“This is not over,” Whitaker said.",
		}, []want{{"This is not over,", "Dean Whitaker", ""}}},
		{"a county clerk and a district collector are titles", []string{
			"Marion County Clerk Janet Obuya said the printer had used an old file.",
			"“This is on us,” Obuya said.",
			"District Collector Ravi Menon-Pillai said the search was being hampered by the current. “Our divers can go in only for a few minutes,” he told reporters.",
		}, []want{{"This is on us,", "Janet Obuya", ""}, {"Our divers can go in only for a few minutes,", "Ravi Menon-Pillai", ""}}},
		{"a short form in brackets spells the body's whole name", []string{
			"Transport for Greyhaven (TfG) has proposed cutting 30 routes.",
			"“These proposals will be difficult for many people,” a TfG spokesperson said.",
			"Parks and Wildlife Tasmania (PWT) said the whale had been “in distress for some hours”.",
		}, []want{{"These proposals will be difficult for many people,", "Transport for Greyhaven", ""}, {"in distress for some hours", "Parks and Wildlife Tasmania", ""}}},
		{"a body written without its place is the one with it", []string{
			"“We did not take this lightly,” Reserve Bank of Fiji Governor Elena Mirsky told reporters.",
			"The Reserve Bank said it “remains prepared to act”.",
		}, []want{{"We did not take this lightly,", "Elena Mirsky", ""}, {"remains prepared to act", "Reserve Bank of Fiji", ""}}},
		{"a water company is the company", []string{
			"Fenwick and Dale Water, which serves two million customers, disputed the figures.",
			"In a letter, the company said the samples had been “collected without accredited procedures”.",
			"The Environment Agency fined Brackenvale Water £2m for the spills.",
			"“We accept the fine,” the company said.",
		}, []want{{"collected without accredited procedures", "Fenwick and Dale Water", ""}, {"We accept the fine,", "Brackenvale Water", ""}}},
		{"the railroad is the railway company, and its statement", []string{
			"Thirty cars of the Brannock & Tesh Railway train left the tracks, the railroad said in a statement.",
			"“Our first priority is the safety of the community,” the statement said.",
			"The railroad said the cause of the derailment was “not yet known.”",
		}, []want{{"Our first priority is the safety of the community,", "Brannock & Tesh Railway", ""}, {"not yet known.", "Brannock & Tesh Railway", ""}}},
		{"a startup based in a city written with an en dash is the company", []string{
			"A researcher found that the popular Halo lock could be opened in seconds.",
			"The flaw affects Halo locks made by Tollway, according to a write-up shared with WIRED in advance. Tollway, a San Jose–based startup that has sold 900,000 Halo locks, confirmed the flaw.",
			"Halo locks receive updates only over a bridge. Many Halo owners never buy one.",
			"Asked why it took two months to respond, the company said its inbox had been “misrouted during a migration.”",
		}, []want{{"misrouted during a migration.", "Tollway", ""}}},
		{"a make's name is the company, not its models", []string{
			"The recall covers 2022-2024 Cardell Ranger SUVs and Cardell Bastion pickups, Cardell Motors said.",
			"Cardell shares fell 3%. Most SUVs sold well last year.",
			"“We sincerely apologise to our customers,” Cardell said.",
		}, []want{{"We sincerely apologise to our customers,", "Cardell Motors", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
	t.Run("without entities, a nickname after a title and a given name is inside the name", func(t *testing.T) {
		checkFind(t, []string{
			"Marlow County Sheriff Delbert “Dell” Haskins said his deputies had secured the perimeter.",
			"“Nobody got out,” Haskins told reporters.",
		}, []want{{"Dell", "", "term"}, {"Nobody got out,", "Delbert Haskins", ""}})
	})
}

func TestRoundThirtySeven(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"WHO in capitals is the body", []string{
			"The World Health Organization welcomed the vote.",
			"“Paraguay has joined a growing group of countries,” the WHO said in a statement.",
		}, []want{{"Paraguay has joined a growing group of countries,", "World Health Organization", ""}}},
		{"a given name that is also a word opens a name", []string{
			"In Manila, Joy Villanueva, whose brother Arnel is the ship's second engineer, said the family had last heard from him on Tuesday.",
			"“He sent a message saying the sea was calm,” she told Reuters.",
		}, []want{{"He sent a message saying the sea was calm,", "Joy Villanueva", ""}}},
		{"an MP for two places is the MP, whatever the party", []string{
			"The MP for Haddleton and Skelby, Rhiannon Cole-Matthews, said she had written to the health secretary.",
			"“This is not a story about one surgery,” the Labour MP said.",
		}, []want{{"This is not a story about one surgery,", "Rhiannon Cole-Matthews", ""}}},
		{"a name after the verb of a clause opening with Among is its subject", []string{
			"Among those watching the release was Derek Ambrose, who had driven over with his neighbour Tom Hayes.",
			"“I was a bit sceptical,” he said.",
		}, []want{{"I was a bit sceptical,", "Derek Ambrose", ""}}},
		{"a GP surgery is the practice, and its statement", []string{
			"Millbrook Lane Surgery in Haddleton will shut its doors on 31 August.",
			"In a statement, the practice said the decision had been “the hardest of our working lives”.",
			"“We have tried everything we can think of,” the statement said.",
		}, []want{{"the hardest of our working lives", "Millbrook Lane Surgery", ""}, {"We have tried everything we can think of,", "Millbrook Lane Surgery", ""}}},
		{"a nation's body in lower case is written as the article writes it", []string{
			"DUBAI, June 10 (Reuters) - The Iranian navy seized a Greek-managed oil tanker in the Gulf of Oman on Wednesday.",
			"The navy said in a statement carried by state media that the tanker had been detained “on the orders of a judicial authority”.",
			"“Conditions were extremely difficult,” the Italian coast guard said.",
		}, []want{{"on the orders of a judicial authority", "Iranian navy", ""}, {"Conditions were extremely difficult,", "Italian coast guard", ""}}},
		{"a nation's body the article named is the one its demonym describes", []string{
			"In Brasilia, Brazil's Ministry of Agriculture and Livestock said it was “monitoring with attention” the measure.",
			"The Brazilian ministry said it would seek “dialogue within the framework of Mercosur”.",
			"An official report commissioned by the Italian government in 1999 concluded that the technology was “promising but not yet mature”.",
		}, []want{{"monitoring with attention", "Ministry of Agriculture and Livestock", ""}, {"dialogue within the framework of Mercosur", "Ministry of Agriculture and Livestock", ""}, {"promising but not yet mature", "", ""}}},
		{"what a company owns is not a company", []string{
			"Haddley Mill Reservoir, built in the 1880s to power a cotton mill, is privately owned by Corrigan Holdings Ltd, which bought the site in 2019.",
			"In a statement, the company said it was “devastated” by what had happened.",
		}, []want{{"devastated", "Corrigan Holdings Ltd", ""}}},
		{"an initialism of two words joined by a hyphen is a name", []string{
			"The strike has halted more than 40 productions, according to the union.",
			"In a statement, SAG-AFTRA said studios had “chosen delay over dignity”.",
		}, []want{{"chosen delay over dignity", "SAG-AFTRA", ""}}},
		{"a body written in lower case after its place may join its nouns with and", []string{
			"West Pennine fire and rescue service said the blaze was “one of the largest and most challenging” it had dealt with.",
			"The service said on Sunday it expected crews to remain on the moor “well into next week”.",
			"West Pennine police said they were investigating.",
			"The police said officers had found “at least two” barbecues.",
			"The leader of Holderness Coast district council, Janet Pryor, said the authority had acted “on the best advice”.",
			"The council said it was “checking all contact logs”.",
		}, []want{{"one of the largest and most challenging", "West Pennine fire and rescue service", ""}, {"well into next week", "West Pennine fire and rescue service", ""},
			{"at least two", "West Pennine police", ""}, {"on the best advice", "Janet Pryor", ""}, {"checking all contact logs", "Holderness Coast district council", ""}}},
		{"a body named comes before one written in lower case", []string{
			"The UN refugee agency, UNHCR, said it was “deeply saddened” by the loss of life.",
			"“Rescue at sea is a legal obligation,” the agency said in a statement.",
		}, []want{{"deeply saddened", "UNHCR", ""}, {"Rescue at sea is a legal obligation,", "UNHCR", ""}}},
		{"a body written after its place is not what someone worked for", []string{
			"Eastholme borough council said it had a plan.",
			"A housing officer who has worked for the council for 15 years, and who asked not to be named, describes the job as “triage with no hospital”.",
		}, []want{{"triage with no hospital", "", ""}}},
		{"a phrase naming the noun after it, after a possessive or a glossing or, is a term", []string{
			"Felix Ambrose, the theatre critic, said the cut exposed the hollowness of the government's “levelling up” rhetoric.",
			"The agency warned residents to watch for lahars, or “cold lava” floods, whenever heavy rain falls.",
		}, []want{{"levelling up", "", "term"}, {"cold lava", "", "term"}}},
		{"the staff of a body speak for it", []string{
			"Forecasters at the Storm Prediction Center placed the region under a watch, warning of “multiple long-track, intense tornadoes.”",
			"Officials at the Federal Aviation Administration said the airport was “fully operational”.",
		}, []want{{"multiple long-track, intense tornadoes.", "Storm Prediction Center", ""}, {"fully operational", "Federal Aviation Administration", ""}}},
		{"an adjective with the ending of a noun for a person is not one", []string{
			"Derek Ambrose, 64, watched the release. Public paths run around the enclosure but not through it.",
			"“I was a bit sceptical,” he said.",
		}, []want{{"I was a bit sceptical,", "Derek Ambrose", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
	t.Run("without entities, a GP surgery is a body", func(t *testing.T) {
		checkFind(t, []string{
			"Millbrook Lane Surgery in Haddleton will shut its doors on 31 August.",
			"In a statement, the practice said the decision had been “the hardest of our working lives”.",
		}, []want{{"the hardest of our working lives", "Millbrook Lane Surgery", ""}})
	})
}

// TestRoundThirtyEight holds the cases mined from blind sets 145–150.
func TestRoundThirtyEight(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"the office of a title is a body, not a description", []string{
			"The Office of the President said in a statement that the governor had been dismissed “in the national interest”.",
			"“Monetary policy must serve the real economy,” the statement said.",
		}, []want{{"in the national interest", "Office of the President", ""}, {"Monetary policy must serve the real economy,", "Office of the President", ""}}},
		{"a health district is a body", []string{
			"The Calder County Health District said in a statement that four patients had been hospitalized.",
			"“Measles is spreading in our community right now,” the statement said.",
		}, []want{{"Measles is spreading in our community right now,", "Calder County Health District", ""}}},
		{"a bus operator speaks as the operator", []string{
			"Pennine Rider Buses, which runs the route, has confirmed it will withdraw the service from Church Street.",
			"“This was not a decision we took lightly,” the operator said.",
		}, []want{{"This was not a decision we took lightly,", "Pennine Rider Buses", ""}}},
		{"a product's model name is no person", []string{
			"Kestrel Motors is recalling about 1.3 million sedans.",
			"The recall covers certain 2019 through 2023 Kestrel Aria sedans.",
			"Kestrel said it would replace the inflators and that it had found “a manufacturing variation”.",
		}, []want{{"a manufacturing variation", "Kestrel Motors", ""}}},
		{"the outlet a statement was emailed to is not the company", []string{
			"The smart-lock maker Latchwise sold 1.8 million locks last year.",
			"A firmware update reached Halo locks last Friday. In a statement emailed to The Associated Press, the company said it had “identified and remediated a potential vulnerability”.",
			"The Open Rivers Trust said it would go to court.",
			"In a statement emailed to The Guardian, the group said it was “appalled”.",
		}, []want{{"identified and remediated a potential vulnerability", "Latchwise", ""}, {"appalled", "Open Rivers Trust", ""}}},
		{"a passive before the attribution of a lead-in", []string{
			"Valentina Roblero, the environment minister, spoke in Santiago.",
			"The company had been warned twice, she said. “We did not arrive here by surprise.”",
		}, []want{{"We did not arrive here by surprise.", "Valentina Roblero", ""}}},
		{"described as an article and a phrase", []string{
			"Priya Natarajan, an analyst at Verdant Risk, spoke on Monday.",
			"She described the EU rules as a “compliance cliff” for mid-sized producers.",
			"The quake ruptured a segment that scientists had described as a “seismic gap”.",
		}, []want{{"compliance cliff", "Priya Natarajan", ""}, {"seismic gap", "", "term"}}},
		{"two places joined before Fire and Rescue Service name one body", []string{
			"No-one was injured, but Ashbridge and Wessex Fire and Rescue Service said there was “nothing at this stage” to suggest arson.",
		}, []want{{"nothing at this stage", "Ashbridge and Wessex Fire and Rescue Service", ""}}},
		{"a party's spokesperson on a subject, named after it", []string{
			"The Democratic Alliance (DA) is the largest opposition party.",
			"Opposition parties seized on the blackouts. The DA’s spokesperson on electricity, Annelie Venter, said the return of Stage 6 showed that the government had “declared victory too early”.",
		}, []want{{"declared victory too early", "Annelie Venter", ""}}},
		{"a fund manager ending in Management is a firm", []string{
			"Calloway Brandt wrote to clients of Thornbury Ridge Capital Management, the firm he founded in 2015.",
			"A Thornbury spokesman said all changes were “reviewed and approved by the firm’s risk committee”.",
		}, []want{{"reviewed and approved by the firm’s risk committee", "Thornbury Ridge Capital Management", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundThirtyNine checks the attributions mended in round thirty-nine.
func TestRoundThirtyNine(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a judge of a district of a state", []string{
			"In a 40-page opinion, U.S. District Judge Marian K. Holloway of the Eastern District of Virginia wrote that the agency had “plainly overstepped” its powers.",
		}, []want{{"plainly overstepped", "Marian K. Holloway", ""}}},
		{"a title of rank before a surname", []string{
			"Energy regulator chief Daniel Kiprono Wambua announced the new prices on Friday.",
			"“The formula was applied as the law requires,” Eng Wambua said.",
		}, []want{{"The formula was applied as the law requires,", "Daniel Kiprono Wambua", ""}}},
		{"an office in initials", []string{
			"Transport Cabinet Secretary Agnes Wanjiru Odhiambo met the operators on Monday.",
			"“Nobody will be allowed to hold the country hostage,” the CS said.",
		}, []want{{"Nobody will be allowed to hold the country hostage,", "Agnes Wanjiru Odhiambo", ""}}},
		{"a rival's name after the word", []string{
			"Rival Corvina Electric said in a statement that it “welcomes competition”.",
		}, []want{{"welcomes competition", "Corvina Electric", ""}}},
		{"an office in capitals holds no name", []string{
			"The Chief Medical Director of the Federal Teaching Hospital, Ilorin, Dr Kemi Adeyemi-Bankole, said the hospital had received 14 patients.",
			"“We need blood today,” the CMD said.",
			"“Some are in a critical state,” she added.",
		}, []want{{"We need blood today,", "Kemi Adeyemi-Bankole", ""}, {"Some are in a critical state,", "Kemi Adeyemi-Bankole", ""}}},
		{"an office in capitals is not the one a pronoun means", []string{
			"The Chief Medical Director of the Federal Medical Centre, Owerri, Dr Chidozie Amadi-Okoro, said the hospital received 14 victims, most of them with burns.",
			"“Some are in a critical state,” he said.",
		}, []want{{"Some are in a critical state,", "Chidozie Amadi-Okoro", ""}}},
		{"the body in an office written before a name", []string{
			"Harlow Bay Regional Council Mayor Tom Ridley said the beach would stay shut.",
			"The council posted an update to its Facebook page on Saturday: “The beach remains closed until further notice.”",
		}, []want{{"The beach remains closed until further notice.", "Harlow Bay Regional Council", "post"}}},
		{"the body in an office runs to the end of its name", []string{
			"Kalomo Police Service spokeswoman Chanda Mwila said officers had been deployed.",
			"The police later said in a statement that officers had used tear gas to “disperse a hostile crowd”.",
		}, []want{{"disperse a hostile crowd", "Kalomo Police Service", ""}}},
		{"a description named before by the name set off after it", []string{
			"The European Union's naval mission in the region, Operation Amber Shield, said its frigates had intercepted four drones.",
			"“The threat to merchant shipping remains high,” the mission said.",
		}, []want{{"The threat to merchant shipping remains high,", "Operation Amber Shield", ""}}},
		{"a description named before by its owner", []string{
			"A hospital network in Ohio was hit by ransomware, the county's emergency management agency said.",
			"The Red Cross's Cleveland field office confirmed it was helping.",
			"“We are working with our partners,” the field office said in a statement.",
		}, []want{{"We are working with our partners,", "Red Cross", ""}}},
		{"a statement the paragraph before tells of", []string{
			"The paper's owner, Ashgrove Media Group, announced the closure in a short statement posted to its website.",
			"“We are proud of our long history of service to the town.”",
		}, []want{{"We are proud of our long history of service to the town.", "Ashgrove Media Group", ""}}},
		{"the governor of a state named after it", []string{
			"The Governor of Ekiti State, Prince Adebayo Ogunlana-Ajayi, visited the scene on Wednesday.",
			"The governor said, “This is a very sad day for our state.”",
		}, []want{{"This is a very sad day for our state.", "Adebayo Ogunlana-Ajayi", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundForty(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a number's thousands inside a clause set off", []string{
			"The Nordic Cockpit Association, which represents most of the airline's roughly 2,100 pilots, said the shortage was \"entirely self-inflicted\" and the result of years of pay restraint.",
		}, []want{{"entirely self-inflicted", "Nordic Cockpit Association", ""}}},
		{"a name in a relative clause is not its antecedent", []string{
			"Darnell Whitaker-Boone walked free on Thursday.",
			"One of the jurors who convicted Whitaker-Boone, reached by phone Thursday, said she had \"always had a little doubt.\"",
		}, []want{{"always had a little doubt.", "", ""}}},
		{"a statement set off after its maker", []string{
			"Zipwell, in a statement, said it was “disappointed” by the decision.",
			"“We hope the city will reconsider,” the statement said.",
		}, []want{{"disappointed", "Zipwell", ""}, {"We hope the city will reconsider,", "Zipwell", ""}}},
		{"a company of common words named by its description", []string{
			"The developer, Stanmore Living, said the building was \"structurally unsound\".",
			"Campaigners from Save Our Billet, led by Marion Hale, have gathered 4,000 signatures.",
			"Ashbury parish council objected to the plans in 2024.",
			"In a statement, the company said: \"We understand the strength of feeling in the village.\"",
		}, []want{{"structurally unsound", "Stanmore Living", ""}, {"We understand the strength of feeling in the village.", "Stanmore Living", ""}}},
		{"a body's name opening a sentence with a plural possessive", []string{
			"The show will close on Sunday, and the actors will be out of work.",
			"Actors’ Equity Association, the union that represents stage actors, said in a statement that it was “heartbroken for the company”.",
		}, []want{{"heartbroken for the company", "Actors’ Equity Association", ""}}},
		{"a name set off after a description with a body and its town", []string{
			"A development economist with the Centre for Policy and Development Studies, Ibadan, Dr. Ngozi Eberechukwu-Lawal, told Vanguard that the hike reflected \"the inevitable collision between inflation and a frozen funding model.\"",
		}, []want{{"the inevitable collision between inflation and a frozen funding model.", "Ngozi Eberechukwu-Lawal", ""}}},
		{"an office in a house written in lower case", []string{
			"Leader of Opposition in the state assembly, Raghvendra Pratap Mishra, slammed the government, calling its claim a \"jumla\".",
		}, []want{{"jumla", "Raghvendra Pratap Mishra", ""}}},
		{"a surname given as all the name", []string{
			"Another resident, a 45-year-old delivery worker who gave his surname as Lau, said he had carried groceries up 26 floors. “If the young people don’t help, who will?” he said.",
		}, []want{{"If the young people don’t help, who will?", "Lau", ""}}},
		{"answers to bare questions after a line introducing an interview", []string{
			"Whether scooter bans make cities safer is an open question, says Anjali Sorensen-Reyes, a transportation researcher at Lakeshore State University. She spoke with Morning Edition.",
			"Did the ban make the streets safer?",
			"“In the short term, almost certainly. That part isn’t controversial.”",
			"So what is controversial?",
			"“What happens to those trips.”",
		}, []want{{"In the short term, almost certainly. That part isn’t controversial.", "Anjali Sorensen-Reyes", ""}, {"What happens to those trips.", "Anjali Sorensen-Reyes", ""}}},
		{"an interview introduced with its interviewer named", []string{
			"Callum Dewhurst spoke to BBC Sport's Jo Kinnaird after lifting the trophy.",
			"How did you stay calm at 16-15?",
			"“I didn't. I was shaking.”",
		}, []want{{"I didn't. I was shaking.", "Callum Dewhurst", ""}}},
		{"a Filipino courtesy title gives the gender", []string{
			"Aling Dolay Bagatsing has sold rice at the Quiapo market for 30 years.",
			"Mang Obet Lacsamana, who sells beside Bagatsing, said prices had doubled.",
			"“We cannot sell at a loss,” she said.",
			"“Nobody can,” he said.",
		}, []want{{"We cannot sell at a loss,", "Dolay Bagatsing", ""}, {"Nobody can,", "Obet Lacsamana", ""}}},
		{"a vice-chancellor in initials", []string{
			"Defending the hike, the Vice-Chancellor, Prof. Olufemi Adebanjo-Ibe, said the university had no choice.",
			"The VC noted that the new fees remained \"among the lowest in the region\" when compared with private institutions.",
		}, []want{{"among the lowest in the region", "Olufemi Adebanjo-Ibe", ""}}},
		{"a comrade is a title, not a given name", []string{
			"The president of the students' union, Comrade Tolulope Akinwande-Eze, described the increase as \"a death sentence on the education of the poor.\"",
		}, []want{{"a death sentence on the education of the poor.", "Tolulope Akinwande-Eze", ""}}},
		{"a Filipino courtesy title before a given name", []string{
			"For drivers like Rodel Cabigting, 58, who has plied the route for 31 years, the deadline means the end of a livelihood.",
			"“We know no other work,” said Mang Rodel, as fellow drivers call him.",
		}, []want{{"We know no other work,", "Rodel Cabigting", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortyOne(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a body's name set off with its town and country", []string{
			"The state's Division of Fire Safety said the ride had passed inspection in May.",
			"The ride's manufacturer, Corvetti Rides of Verona, Italy, said in a statement that it was \"deeply saddened\" and had sent engineers to Missouri.",
			"“We will fully support the authorities,” said the ride's maker, Corvetti Rides of Verona, Italy, which built it in 2009.",
		}, []want{{"deeply saddened", "Corvetti Rides", ""}, {"We will fully support the authorities,", "Corvetti Rides", ""}}},
		{"a given name that is also a title, alone before a surname", []string{
			"The union said the closure exposed the “human cost of a broken model”. Its regional organiser, Dean Holcroft, said: “These workers held this home together.”",
		}, []want{{"human cost of a broken model", "", ""}, {"These workers held this home together.", "Dean Holcroft", ""}}},
		{"an advocate's title before a lawyer's name", []string{
			"Bhandari’s lawyer, Advocate Nilesh Parande, said his client was “devastated”.",
			"“My client is not running away from anything,” Parande said.",
		}, []want{{"devastated", "Nilesh Parande", ""}, {"My client is not running away from anything,", "Nilesh Parande", ""}}},
		{"an MP named after the constituency he sits for", []string{
			"Member of Parliament for East Coast GRC Faizal Rahmat said he had met affected hawkers.",
			"\"I have asked NEA to consider a longer transition period,\" Mr Faizal said.",
		}, []want{{"I have asked NEA to consider a longer transition period,", "Faizal Rahmat", ""}}},
		{"an officer-in-charge in initials", []string{
			"Police fired teargas to clear the road, said Md Kamrul Hasan Talukder, officer-in-charge of Ashulia Police Station. “We were compelled to use teargas,” the OC said.",
		}, []want{{"We were compelled to use teargas,", "Md Kamrul Hasan Talukder", ""}}},
		{"offices in initials of a district and a service", []string{
			"Deputy Commissioner Rajesh Kumar Meena said relief camps had been set up. “No one will be left without shelter,” the DC said.",
			"Director-General Amina Bello-Tafawa said the agency was stretched. “We need more boats,” the DG said.",
		}, []want{{"No one will be left without shelter,", "Rajesh Kumar Meena", ""}, {"We need more boats,", "Amina Bello-Tafawa", ""}}},
		{"an FAQ is no body", []string{
			"Lumora Inc. said it would shut down its Hearth hub in June.",
			"Lumora did not respond to requests for comment. In a follow-up FAQ posted to its support site, the company said that keeping the servers running “is no longer viable.”",
		}, []want{{"is no longer viable.", "Lumora Inc.", ""}}},
		{"a demonym and a description before a body's name", []string{
			"PARIS, April 15 (Reuters) - French luxury group Maison Verlaine reported a 9% drop in first-quarter sales on Wednesday as wealthy Chinese shoppers kept their wallets shut, and warned that a recovery was unlikely \"before the second half at the earliest.\"",
		}, []want{{"before the second half at the earliest.", "Maison Verlaine", ""}}},
		{"a person of a body that a description sets off characterises", []string{
			"Pranali Wankhede of the Van Adhikar Manch, a forest rights collective that works with Korku villages in the region, described the minister’s remarks as “insulting”.",
		}, []want{{"insulting", "Pranali Wankhede", ""}}},
		{"a witness who did not want to be named", []string{
			"Claire Ashworth, who works at a cafe, said she saw the attack. \"It was terrifying,\" she said.",
			"Another witness, who did not want to be named, said the attacker had been \"walking around calmly\" for several minutes. \"He didn't look angry or anything,\" she said.",
		}, []want{{"It was terrifying,", "Claire Ashworth", ""}, {"walking around calmly", "", ""}, {"He didn't look angry or anything,", "", ""}}},
		{"a letter sent to someone named before it", []string{
			"The Open Shelves Project, a nonprofit that tracks book removals, counted 214 challenges last year. The group sent the Carver Falls board a letter on Monday.",
			"\"Public school boards have broad power over curriculum,\" the letter said.",
		}, []want{{"Public school boards have broad power over curriculum,", "Open Shelves Project", ""}}},
		{"a consultancy named by its trade", []string{
			"Consultancy Harwick & Stone said in a note to clients that the market was likely to shrink.",
			"\"The era of easy growth is over,\" the consultancy wrote.",
		}, []want{{"The era of easy growth is over,", "Harwick & Stone", ""}}},
		{"a minister of one portfolio is not a minister of another", []string{
			"The environment minister, Rachel Dunmore, said the government was committed to koalas.",
			"A week earlier the forestry minister, Craig Tolhurst, told a dinner the reserve would stay shut. Asked whether she agreed, the environment minister said: “Craig and I are working through it together.”",
			"Prisoners took a wing, in what the jail's governor described as “a serious act of disorder”. Haldworth's governor Marian Oyelaran-Finch praised staff.",
		}, []want{{"Craig and I are working through it together.", "Rachel Dunmore", ""}, {"a serious act of disorder", "Marian Oyelaran-Finch", ""}}},
		{"a trader who asked not to be named, then called by trade", []string{
			"The Palace said the cap would stay.",
			"Another retailer, who asked not to be named for fear of being singled out, said suppliers were holding back deliveries. \"They said, 'Wait until the cap is lifted,'\" the retailer said.",
		}, []want{{"They said, 'Wait until the cap is lifted,'", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortyTwo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a given name that is also a word for a person", []string{
			"Heavy rain had been falling for three days when the hillside gave way above the village. A man was pulled alive from the mud.",
			"Man Kumari Pun, 54, was one of those who escaped. She had woken up to use the toilet outside her house when she heard what she described as \"a sound like a hundred trucks\".",
			"Suresh Pun, 36, had travelled overnight from Kathmandu after failing to reach his younger brother by phone.",
			"\"He called me at midnight,\" Mr Pun said.",
		}, []want{{"a sound like a hundred trucks", "Man Kumari Pun", ""}, {"He called me at midnight,", "Suresh Pun", ""}}},
		{"a son named after his father speaks in the next paragraph", []string{
			"The residents who died were identified as Harold Benning, 88, and Louise Talbert, 79.",
			"Benning's son, Curtis Benning, said he visited his father Friday evening.",
			"\"I went to the nurses' station and asked what was going on,\" Benning said.",
		}, []want{{"I went to the nurses' station and asked what was going on,", "Curtis Benning", ""}}},
		{"a father named once, then his son's next start", []string{
			"Caleb Wrenshaw didn't look at the scoreboard. \"Honestly, I knew around the fifth,\" Wrenshaw said.",
			"His father, Ron Wrenshaw, told the team's postgame show he was proud.",
			"Wrenshaw's next start is scheduled for Tuesday in Houston. Asked how he planned to celebrate, he shrugged.",
			"\"I'll probably sleep for about two hours,\" he said.",
		}, []want{{"Honestly, I knew around the fifth,", "Caleb Wrenshaw", ""}, {"I'll probably sleep for about two hours,", "Caleb Wrenshaw", ""}}},
		{"a father named in passing, then his son speaks", []string{
			"Caleb Wrenshaw threw a no-hitter on Saturday.",
			"Wrenshaw credited his father, Ron Wrenshaw, who drove in from Spokane for the game.",
			"\"He drove me to every game from when I was 8 years old,\" Wrenshaw said.",
		}, []want{{"He drove me to every game from when I was 8 years old,", "Caleb Wrenshaw", ""}}},
		{"a contractor is a company", []string{
			"Superintendent Rochelle Banerjee of the Braxton R-IV School District said classes would be canceled through Friday.",
			"The bus was operated by Tri-County Student Transit, a private contractor that runs routes for three districts. In a statement, the company said it was \"heartbroken by the loss of Wendell.\"",
		}, []want{{"heartbroken by the loss of Wendell.", "Tri-County Student Transit", ""}}},
		{"a report named with its title and its date", []string{
			"Environmental campaigners said the crisis had been years in the making. In a report titled “Running on Empty”, published last month, the Chalk Streams Alliance said seven rivers had stopped flowing. “These are not seasonal blips,” the report said.",
		}, []want{{"Running on Empty", "", "term"}, {"These are not seasonal blips,", "Chalk Streams Alliance", ""}}},
		{"a company named before its chief executive's title", []string{
			"Meridian Crest Financial Corp. Chief Executive Douglas Whitcombe resigned Tuesday, weeks after an internal investigation found losses at the lender.",
			"The Charlotte, N.C.-based bank said its board had accepted his resignation “effective immediately.”",
			"“We thank Doug for his many years of service,” the bank said in a statement.",
		}, []want{{"effective immediately.", "Meridian Crest Financial Corp.", ""}, {"We thank Doug for his many years of service,", "Meridian Crest Financial Corp.", ""}}},
		{"a town before its state is no person", []string{
			"Harriet Lowe, an analyst at Granger Hill, said the shares were cheap.",
			"The Charlotte, N.C.-based bank said its board had met on Tuesday.",
			"\"We are not worried,\" she said.",
		}, []want{{"We are not worried,", "Harriet Lowe", ""}}},
		{"a former executive the article does not name", []string{
			"Chief Executive Douglas Whitcombe resigned on Tuesday.",
			"One former senior executive who worked with Mr. Whitcombe for more than a decade described him as an optimist.",
			"“Doug wanted the numbers to work,” said the former executive, who asked not to be named.",
		}, []want{{"Doug wanted the numbers to work,", "", ""}}},
		{"an analyst the article does not name", []string{
			"Keith Morrow, an analyst at Pemberton Securities, said the shares were cheap.",
			"Another analyst, who asked not to be named because of company policy, was blunter. “They have lost the plot,” the analyst said.",
		}, []want{{"They have lost the plot,", "", ""}}},
		{"a quoted plan is no person", []string{
			"Paloma Media said it had lost 2.1 million subscribers, while the company’s cheaper plan, which it calls “Paloma Basic,” added members.",
			"Paloma later clarified the comment. “Tessa was making a point about relative value,” a company spokesperson said in an emailed statement.",
		}, []want{{"Paloma Basic,", "", "term"}, {"Tessa was making a point about relative value,", "Paloma Media", ""}}},
		{"a company owned by a firm described as one", []string{
			"Cedar Hollow is owned by Prairie Pointe Senior Living, a Tulsa-based company that operates 23 facilities. In a statement, the company said it was \"devastated\" by the deaths.",
		}, []want{{"devastated", "Prairie Pointe Senior Living", ""}}},
		{"someone appointed to a role is the one with that title", []string{
			"Fiona Redgrave, of insolvency firm Kestle Mercer Advisory, was appointed joint administrator on Friday afternoon.",
			"Ms Redgrave said she hoped to identify a preferred bidder by April.",
			"\"They know this club better than anybody,\" the administrator said.",
		}, []want{{"They know this club better than anybody,", "Fiona Redgrave", ""}}},
		{"as he puts it, after a comma inside the quotation", []string{
			"Curtis Vance is an agricultural lender at First Caprock Bank in Lubbock.",
			"The bank has stretched out terms for some customers — “we'd rather restructure than foreclose,” as he puts it — but there are limits.",
			"Her research found more births “in transit,” as the data calls them.",
		}, []want{{"we'd rather restructure than foreclose,", "Curtis Vance", ""}, {"in transit,", "", "term"}}},
		{"words to you in general go on with the speaker", []string{
			"Lennox Head surfer Reuben Haldane said the community was \"shaken up\".",
			"\"Everyone out there knows everyone. It's a small place,\" he said.",
			"\"You know the risk when you paddle out, but you never really think it's going to be one of your mates.\"",
		}, []want{{"shaken up", "Reuben Haldane", ""}, {"Everyone out there knows everyone. It's a small place,", "Reuben Haldane", ""}, {"You know the risk when you paddle out, but you never really think it's going to be one of your mates.", "Reuben Haldane", ""}}},
		{"according to her, a sentence about something else", []string{
			"At Wuse Market, Ijeoma Nwachukwu, a foodstuff seller, said sales had dropped sharply.",
			"According to her, the cost of transporting goods from Benue and Niger states has \"doubled, even tripled,\" forcing traders to raise prices.",
		}, []want{{"doubled, even tripled,", "Ijeoma Nwachukwu", ""}}},
		{"a rule in two matched halves before the noun it names", []string{
			"According to Industrial Police-1, owners of 27 factories declared their units closed for the day under the “no work, no pay” provision of the labour law.",
		}, []want{{"no work, no pay", "", "term"}}},
		{"a description set off before the pronoun it describes", []string{
			"The city’s mayor, Anthony Sabatino, has been careful. A Democrat who ran on a promise to build 10,000 homes by 2030, he has declined to endorse the measure, a position his critics have mocked as “strategic ambiguity.” When I asked him about it, he smiled.",
			"“I’m going to respect whatever the voters decide,” he said.",
		}, []want{{"strategic ambiguity.", "", ""}, {"I’m going to respect whatever the voters decide,", "Anthony Sabatino", ""}}},
		{"a police force of two counties and its spokesperson", []string{
			"Thamesdown and Wessex police said firearms officers had been deployed after the wolf was seen “moving purposefully”. “The decision to use lethal force is never taken lightly,” a force spokesperson said.",
			"Greater Manchester Police said two men had been arrested. A force spokesperson said the men were \"known to officers\".",
			"Officers from Devon and Cornwall police said the animal had been \"moving purposefully\".",
		}, []want{{"moving purposefully", "Thamesdown and Wessex police", ""}, {"The decision to use lethal force is never taken lightly,", "Thamesdown and Wessex police", ""}, {"known to officers", "Greater Manchester Police", ""}, {"moving purposefully", "Devon and Cornwall police", ""}}},
		{"a name after the body whose member holds the office before it", []string{
			"Punjab Assembly Rana Shahid Mehmood said the government's claims were “a cruel joke”.",
		}, []want{{"a cruel joke", "Rana Shahid Mehmood", ""}}},
		{"a regulator named by one word opening its sentence", []string{
			"Southvale Water said reservoir levels had fallen to a record low.",
			"Ofwat, the water regulator, said it would be “scrutinising closely” whether Southvale had done enough. “Companies have a duty to plan for dry weather,” a spokesperson said.",
			"The regulator fined Southvale £38m in 2024, a penalty the company described at the time as “disproportionate”.",
		}, []want{{"scrutinising closely", "Ofwat", ""}, {"Companies have a duty to plan for dry weather,", "Ofwat", ""}, {"disproportionate", "Southvale Water", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundFortyThree holds the cases of the forty-third round of blind
// sets.
func TestRoundFortyThree(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a portfolio of several words before the minister's name", []string{
			"Greece’s Minister for Climate Crisis and Civil Protection, Nikos Themelis, said no deaths had been reported as the climate emergency deepened.",
			"Speaking on the state broadcaster, the minister described the evacuation as “a model of how it should be done”.",
		}, []want{{"a model of how it should be done", "Nikos Themelis", ""}}},
		{"a naval rank before a name", []string{
			"The ferry went down within 15 minutes, Commodore Rafael Dimaculangan, commander of the coast guard's district, told reporters.",
			"\"We are not giving up,\" Dimaculangan said.",
		}, []want{{"We are not giving up,", "Rafael Dimaculangan", ""}}},
		{"a brand that a deal would give something", []string{
			"Henri-Baptiste Castellane, Aurélien’s chairman, said the deal would give the Florentine brand “the firepower it has lacked for a decade” to expand in Asia.",
		}, []want{{"the firepower it has lacked for a decade", "Henri-Baptiste Castellane", ""}}},
		{"what a body would do is the words of the one who says so", []string{
			"Lawyer Sanjay Pillai, who is representing the MCST, said the council had written to Kingsmere Land in May asking it to carry out repairs, and would consider \"all options, including legal proceedings\", if it did not respond.",
			"Sally Cheng said she was told the wait would be \"about six months\".",
		}, []want{{"all options, including legal proceedings", "Sanjay Pillai", ""}, {"about six months", "", ""}}},
		{"the club a manager came from is not the club", []string{
			"Wexham Rovers have sacked Callum Brannigan after six defeats left the club two points above the relegation zone.",
			"The 46-year-old, who arrived from Dunfermline Athletic in April last year, was told of the decision on Tuesday.",
			"In a statement, the club said: “We thank Callum for his hard work.”",
		}, []want{{"We thank Callum for his hard work.", "Wexham Rovers", ""}}},
		{"a dam owned by a company described as one", []string{
			"Water had reached Halsey, Missouri, by noon.",
			"The dam is owned by Boyd Hydro Partners, a private company that operates a small hydroelectric plant at the site. In a statement, the company said its crews had \"observed significant seepage\" on Tuesday night.",
		}, []want{{"observed significant seepage", "Boyd Hydro Partners", ""}}},
		{"a town is no company", []string{
			"Floodwater covered Route 19 near Halsey, Missouri, on Wednesday, and Halsey residents were told to leave.",
			"\"We are cooperating fully with officials,\" the company said.",
		}, []want{{"We are cooperating fully with officials,", "", ""}}},
		{"the doctor is the one titled Dr", []string{
			"Dr Tariq Haddad, the medical coordinator on board, said many survivors were suffering from burns.",
			"He said the boy had been travelling alone. \"He keeps asking for his brother,\" the doctor said.",
		}, []want{{"He keeps asking for his brother,", "Tariq Haddad", ""}}},
		{"the justice secretary, not the union's general secretary named nearer", []string{
			"Justice Secretary Alan Merriweather said those responsible would \"face the full force of the law\".",
			"Gary Lomond, the union's general secretary, said staffing had fallen to \"dangerous levels\".",
			"Asked whether he accepted any responsibility, the justice secretary said: \"I accept that there are real pressures.\"",
		}, []want{{"face the full force of the law", "Alan Merriweather", ""}, {"dangerous levels", "Gary Lomond", ""}, {"I accept that there are real pressures.", "Alan Merriweather", ""}}},
		{"a surname that is also a title, after an honorific", []string{
			"The trust's chief executive, Dr Imran Sheikh, said it was “one of the most serious incidents” in its history.",
			"Dr Sheikh said the trust was “working on the assumption” that data had been taken.",
		}, []want{{"one of the most serious incidents", "Imran Sheikh", ""}, {"working on the assumption", "Imran Sheikh", ""}}},
		{"a streaming service's name ends in a plus", []string{
			"Fans of the series have petitioned Halcyon+ to reshoot the finale. One Halcyon+ executive, who asked not to be named, called the petition \"flattering\".",
			"In a statement to Variety, a spokesperson for the streamer said: \"We have no plans to alter the series.\"",
		}, []want{{"flattering", "", ""}, {"We have no plans to alter the series.", "Halcyon+", ""}}},
		{"a mayor set off after the town's name", []string{
			"The mayor of Merrill Falls, Bev Ostrander, said the city was already feeling the absence.",
			"“We’re telling people what we decided,” Ostrander said.",
		}, []want{{"We’re telling people what we decided,", "Bev Ostrander", ""}}},
		{"a nation's branch of a known body speaks as the organisation", []string{
			"The American Red Cross opened a shelter at the high school. \"Our focus is making sure every family has a safe place to sleep,\" the organization said in a statement.",
		}, []want{{"Our focus is making sure every family has a safe place to sleep,", "American Red Cross", ""}}},
		{"a company whose name ends in a business word", []string{
			"“We invested millions,” Garrett Lindahl, the head of policy for Volta Mobility, said in a phone interview.",
			"Sacramento Access Coalition welcomed the ban.",
			"Volta has since pulled its scooters out of Sacramento. In a statement, the company said it was “deeply disappointed”.",
		}, []want{{"We invested millions,", "Garrett Lindahl", ""}, {"deeply disappointed", "Volta Mobility", ""}}},
		{"a word glossed by what it means is a term", []string{
			"Hoshino said the lesson of that day was \"tendenko,\" a word in the local dialect meaning each person should flee alone.",
		}, []want{{"tendenko,", "", "term"}}},
		{"a name in capitals before a noun in -ing", []string{
			"National Highways said overhead signs had been displaying a \"FOG\" warning and a 40mph limit since 5.50am.",
		}, []want{{"FOG", "", "term"}}},
		{"the headline of a linked article", []string{
			"Read more in Daily Maverick: “Taps run dry as municipal debt hits record high”",
		}, []want{{"Taps run dry as municipal debt hits record high", "", "term"}}},
		{"posts that read, are posted or go on", []string{
			"In a post on the village's Facebook page, resident Carol Pinnington wrote: \"Six years of promises.\"",
			"Another post on the page simply read: \"We were promised.\"",
			"Late Monday, Harlan Falls Zoo posted an update with a photo of the cat asleep in a crate: \"Smudge is home.\"",
			"Callum Brannigan posted a farewell message on Instagram. “I gave this club everything I had,” he wrote.",
			"He added: “The Kingfishers will stay up.”",
			"Ivo Vreeland said in the same thread that he would step down. \"My only job now is helping people get paid back,\" he wrote.",
			"Former captain Sipho Mbatha's post, in which he urged the club to “stop looking for a magician”, was shared 4,000 times.",
		}, []want{{"Six years of promises.", "Carol Pinnington", "post"}, {"We were promised.", "", "post"}, {"Smudge is home.", "Harlan Falls Zoo", "post"},
			{"I gave this club everything I had,", "Callum Brannigan", "post"}, {"The Kingfishers will stay up.", "Callum Brannigan", "post"},
			{"My only job now is helping people get paid back,", "Ivo Vreeland", "post"}, {"stop looking for a magician", "Sipho Mbatha", "post"}}},
		{"a post's words quoted after it was described", []string{
			"A former Trovi employee, Kavya Shenoy, who left the company last year, wrote on LinkedIn that she was “heartbroken” for her former colleagues.",
			"“Trovi was the place where I learnt what ownership means.”",
			"Chen Wu, a trader, said the market was “jittery”.",
		}, []want{{"heartbroken", "Kavya Shenoy", "post"}, {"Trovi was the place where I learnt what ownership means.", "Kavya Shenoy", "post"}, {"jittery", "Chen Wu", ""}}},
		{"a body described by what it does, then named", []string{
			"The union that represents Carverton officers, the Carverton Police Benevolent Association, said in a statement that Reese had “followed his training” and cautioned against a “rush to judgment.”",
		}, []want{{"followed his training", "Carverton Police Benevolent Association", ""}, {"rush to judgment.", "Carverton Police Benevolent Association", ""}}},
		{"it, after a sentence whose subject is a text", []string{
			"In an email sent to all staff on Tuesday, the vice-chancellor, Prof Miriam Atherstone, said that “doing nothing is not an option”.",
			"The email said compulsory redundancies “cannot be ruled out”. It described the restructure as a “programme of renewal”.",
		}, []want{{"doing nothing is not an option", "Miriam Atherstone", ""}, {"cannot be ruled out", "Miriam Atherstone", ""}, {"programme of renewal", "Miriam Atherstone", ""}}},
		{"the body named by its kind after its full name", []string{
			"The Hong Kong Observatory raised the No 10 signal on Wednesday.",
			"Nakri moved west. In a statement at 4pm, the Observatory said winds would \"gradually moderate\".",
		}, []want{{"gradually moderate", "Hong Kong Observatory", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundFortyFour checks the rules added in round forty-four: a
// statement phrase set off after its issuer with words of its own, "the
// army" for a body's Armed Forces, analysts at a research firm, "it said"
// after a body described by its trade, "the cruise line", a source named
// after "according to", a listed body in capitals that is a function
// word, police offices in initials, the pronoun right after a name's
// reporting verb, a place after "near the", and French elisions inside
// names.
func TestRoundFortyFour(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a statement set off after its issuer with words of its own", []string{
			"The Northern Water Utility Company (NWUC), in a statement issued on Thursday, said it had \"restored pressure in most districts\".",
			"\"Customers are asked to boil water until further notice,\" the statement read.",
		}, []want{{"restored pressure in most districts", "Northern Water Utility Company", ""}, {"Customers are asked to boil water until further notice,", "Northern Water Utility Company", ""}}},
		{"the army is the body's armed forces", []string{
			"Troops of the Veldanian Armed Forces surrounded the clinic on Monday.",
			"The army, in a statement carried by state radio, said it was conducting a “limited operation”.",
		}, []want{{"limited operation", "Veldanian Armed Forces", ""}}},
		{"analysts at a research firm", []string{
			"Analysts at London-based Hollins Ridge Research said in a note to clients that the bank's policy was a \"peg in name only\".",
			"\"The question was when, not whether,\" the note said.",
		}, []want{{"peg in name only", "Hollins Ridge Research", ""}, {"The question was when, not whether,", "Hollins Ridge Research", ""}}},
		{"it said, after a body described by its trade", []string{
			"German carmaker Vosswerk AG said on Tuesday it would close its plant in Lindau, in a step it said was \"painful but unavoidable\".",
		}, []want{{"painful but unavoidable", "Vosswerk AG", ""}}},
		{"the cruise line", []string{
			"Meridia Cruises said on Monday that 40 passengers were ill.",
			"The cruise line said it had cut short a stop in Roatán, Honduras, to give crews time \"to carry out another round of cleaning\" before the ship returns.",
		}, []want{{"to carry out another round of cleaning", "Meridia Cruises", ""}}},
		{"a source named after according to", []string{
			"According to the Harlow Centre for Disease Control, the virus sickens thousands each year. The agency says infected people \"can shed billions of particles\".",
		}, []want{{"can shed billions of particles", "Harlow Centre for Disease Control", ""}}},
		{"a listed body in capitals is no relative pronoun", []string{
			"“Hospitals are not a battleground,” WHO spokesperson Dr Helena Varga said in Geneva. “Every hour counts.”",
		}, []want{{"Hospitals are not a battleground, Every hour counts.", "Helena Varga", ""}}},
		{"a police office in initials", []string{
			"Superintendent of police K Ramachandra Naidu said 600 personnel had been deployed.",
			"\"We had personnel at every gate,\" the SP said.",
		}, []want{{"We had personnel at every gate,", "K Ramachandra Naidu", ""}}},
		{"the pronoun after a name's reporting verb tells two relatives apart", []string{
			"Toby Marsh was found alive on Friday by a volunteer searcher.",
			"Toby wandered off on Monday while his grandmother, Eileen Marsh, was in the garden.",
			"Searchers combed the woods for four days. Helicopters joined them on Wednesday.",
			"The sheriff said the boy was dehydrated but unhurt.",
			"Marsh said she wanted to thank every volunteer.",
			"\"People I have never met gave up their week,\" she said.",
		}, []want{{"People I have never met gave up their week,", "Eileen Marsh", ""}}},
		{"a place after near the", []string{
			"A police officer stationed near the Porte d'Orléans, who requested anonymity, described the mood as \"tense but calm\".",
		}, []want{{"tense but calm", "", ""}}},
		{"a French elision inside a name", []string{
			"In a statement, Remontées d'Orvalle SA, which runs the lifts, said the slope was \"outside the secured area\".",
		}, []want{{"outside the secured area", "Remontées d'Orvalle SA", ""}}},
		{"a state's body named by its place and initials", []string{
			"The Ohio Environmental Protection Agency said styrene had been found in the creek.",
			"By Thursday, the Ohio EPA said the state would \"hold the railroad accountable\".",
		}, []want{{"hold the railroad accountable", "Ohio Environmental Protection Agency", ""}}},
		{"the place of an office is no one", []string{
			"The Mayor of South Carrow, Denise Oyelowo, who visited the scene on Saturday, said the city was “hurting but united”.",
			"“Carrow looks after its own,” she said.",
		}, []want{{"hurting but united", "Denise Oyelowo", ""}, {"Carrow looks after its own,", "Denise Oyelowo", ""}}},
		{"a state patrol is a public body", []string{
			"Volunteers from the Forest Service combed the hills.",
			"A Delmont State Patrol statement said a helicopter had been \"within a few hundred yards\" of the spot. The agency said it would review \"what can be learned\" from the search.",
		}, []want{{"within a few hundred yards", "Delmont State Patrol", ""}, {"what can be learned", "Delmont State Patrol", ""}}},
		{"the one who warned, not a teacher who reported to work, nor the head teacher named later", []string{
			"Mr Achieng said the strike would continue \"until every shilling owed is paid\" and warned that any teacher who reported to work would be \"betraying colleagues\".",
			"Only three teachers came to Kaptel Primary School, according to the head teacher, Mr Peter Kamau.",
		}, []want{{"until every shilling owed is paid", "Achieng", ""}, {"betraying colleagues", "Achieng", ""}}},
		{"a family's statement is no one's the article names", []string{
			"The family of one of the injured men, 63-year-old grandfather Joseph Merrow, released a statement through police on Saturday night.",
			"“Joe is our gentle giant,” the statement said.",
		}, []want{{"Joe is our gentle giant,", "", ""}}},
		{"the governor's office is the governor's, not a body's", []string{
			"Governor Dale Wexley visited the crash site on Monday.",
			"The Missouri State Highway Patrol said the bus overturned.",
			"Later Tuesday, the governor’s office said the state would carry out a “full review” of bus fleets.",
		}, []want{{"full review", "Dale Wexley", ""}}},
		{"the sheriff's office the article names as a body", []string{
			"Evacuations were ordered by the Coldwater County Sheriff’s Office on Monday.",
			"Sheriff Dana Holt toured the burn scar.",
			"The sheriff’s office said the driver was “shaken but uninjured”.",
		}, []want{{"shaken but uninjured", "Coldwater County Sheriff’s Office", ""}}},
		{"a front's initials", []string{
			"Government troops accused fighters from the Eastern Liberation Front (ELF) of using the school as a base.",
			"The ELF called the accusation “a lie”.",
		}, []want{{"a lie", "Eastern Liberation Front", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortyFive(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"an analyst who spoke on condition of anonymity is not the analyst named before", []string{
			"“The fine is big, but it is covered,” said Joost Verbeek, a banks analyst at Kempen Securities.",
			"“We called it clicking green,” the former analyst, who spoke to a trade paper on condition of anonymity, said.",
		}, []want{{"The fine is big, but it is covered,", "Joost Verbeek", ""}, {"We called it clicking green,", "", ""}}},
		{"a body's short form defined after its first mention", []string{
			"Public Prosecution Service says the bank missed “obvious red flags”",
			"The Public Prosecution Service (OM) said on Tuesday that the bank had “structurally failed” to monitor clients.",
			"“Criminals noticed,” the OM said in a statement.",
		}, []want{{"obvious red flags", "Public Prosecution Service", ""}, {"structurally failed", "Public Prosecution Service", ""}, {"Criminals noticed,", "Public Prosecution Service", ""}}},
		{"an accented given name the lists spell plainly", []string{
			"Every Sunday after Mass, Amélia Carvalho-Pires walks the same loop.",
			"“I walk it so the land knows I’m still here,” she tells me.",
		}, []want{{"I walk it so the land knows I’m still here,", "Amélia Carvalho-Pires", ""}}},
		{"a body set off after a description, with what kind of body it is", []string{
			"Alemayehu's representative, the Amsterdam-based agency Stride Global Management, said in a statement that the athlete would \"exercise all her rights\" under the rules.",
			"\"Tigist takes a number of supplements,\" the statement said.",
		}, []want{{"exercise all her rights", "Stride Global Management", ""}, {"Tigist takes a number of supplements,", "Stride Global Management", ""}}},
		{"the landlord of a site, its name set off", []string{
			"The landlord of the chain’s former Manchester site, Spinningfields Estates, said it was “disappointed but not surprised”, noting arrears.",
		}, []want{{"disappointed but not surprised", "Spinningfields Estates", ""}}},
		{"a letter dated by its month, written by the sentence's subject", []string{
			"President Yvonne Achterberg, who has declined requests for an interview, set out her case in a February letter to the campus community. It read, in part:",
			"“We cannot be all things to all people.",
			"“I love the humanities. But love is not a budget.”",
		}, []want{{"We cannot be all things to all people. I love the humanities. But love is not a budget.", "Yvonne Achterberg", ""}}},
		{"someone named in a letter did not write it", []string{
			"Councillor Ruth Ames spoke first.",
			"Dr Paul Oyelaran was named in a letter to the board. It read:",
			"“We have lost confidence in the chair.”",
		}, []want{{"We have lost confidence in the chair.", "", ""}}},
		{"a possessive name's reply set off by dashes, commas or after was", []string{
			"Provost Marcus Delacroix-Henley took questions.",
			"Delacroix-Henley’s reply — “I understand the passion behind that question” — drew boos.",
			"Delacroix-Henley’s answer, “We will look again,” did not satisfy them.",
			"Delacroix-Henley’s response was “no comment”.",
		}, []want{{"I understand the passion behind that question", "Marcus Delacroix-Henley", ""}, {"We will look again,", "Marcus Delacroix-Henley", ""}, {"no comment", "Marcus Delacroix-Henley", ""}}},
		{"a Welsh particle inside a name", []string{
			"The scrum-half Rhys ap Gwilym, 22, said he had been offered a contract. “I grew up ten minutes from the ground,” he told reporters.",
			"Under questioning from the barrister, Gareth ap Rhys KC, she accepted the point.",
			"Mr ap Rhys put it to her: “Your algorithm served them.”",
		}, []want{{"I grew up ten minutes from the ground,", "Rhys ap Gwilym", ""}, {"Your algorithm served them.", "Gareth ap Rhys", ""}}},
		{"the administrators the article named as a firm, paragraphs later", []string{
			"The administrators, Crowther Penn Restructuring, confirmed that all contracts had been terminated.",
			"“This is the outcome nobody wanted,” said Harriet Oduya-Sinclair, the joint administrator.",
			"Fans gathered outside the ground on Saturday.",
			"The club's women's team was also cut loose.",
			"The administrators said they had received “several expressions of interest”.",
		}, []want{{"This is the outcome nobody wanted,", "Harriet Oduya-Sinclair", ""}, {"several expressions of interest", "Crowther Penn Restructuring", ""}}},
		{"a report by auditors whose firm is set off after them", []string{
			"The contract went to Halverson Developments.",
			"A 2024 report by the council’s external auditors, Marlowe Keane LLP, titled “Lessons in Governance”, found that the process had been “unusually rushed”.",
		}, []want{{"Lessons in Governance", "", "term"}, {"unusually rushed", "Marlowe Keane LLP", ""}}},
		{"questions put to someone, answered in quotation marks", []string{
			"Leeds will ban gas boilers in new homes, said Cllr Yasmin Rahman-Clarke, the executive member for climate.",
			"Cllr Rahman-Clarke has heard the criticism before. I put it to her after the announcement.",
			"Isn’t Leeds jumping the gun?",
			"“National rules have been coming for a decade.”",
			"What happens if developers say they can’t find installers?",
			"“Then we’ll talk to them.”",
		}, []want{{"National rules have been coming for a decade.", "Yasmin Rahman-Clarke", ""}, {"Then we’ll talk to them.", "Yasmin Rahman-Clarke", ""}}},
		{"an interviewer's prompt put as a statement", []string{
			"Amélie Rousseau-Nakamura, who co-founded the studio, agreed to speak on the record. The conversation has been condensed.",
			"Did you know the game wasn’t ready?",
			"“I knew it wasn’t finished.”",
			"Your former employees say they asked for a delay in writing.",
			"“They did. I passed that request on.”",
			"Who said no?",
			"“That’s a conversation I had with the publisher.”",
		}, []want{{"I knew it wasn’t finished.", "Amélie Rousseau-Nakamura", ""}, {"They did. I passed that request on.", "Amélie Rousseau-Nakamura", ""}, {"That’s a conversation I had with the publisher.", "Amélie Rousseau-Nakamura", ""}}},
		{"a question that names its addressee by a given name", []string{
			"Coach Gerrit van der Linde resigned on Wednesday after the defeat.",
			"“Gerrit, do you feel the federation gave you enough support?” one reporter asked.",
			"“They gave me everything I asked for.”",
		}, []want{{"Gerrit, do you feel the federation gave you enough support?", "", ""}, {"They gave me everything I asked for.", "Gerrit van der Linde", ""}}},
		{"who after a description set off after a name", []string{
			"The only dissenting vote came from Harold Fitch, a retired agriculture teacher, who said he could not support “pulling books by the pound.”",
		}, []want{{"pulling books by the pound.", "Harold Fitch", ""}}},
		{"who asked is not who replies", []string{
			"“No. Next question,” Governor Thandiwe Mokoena-Pillay said.",
			"A reporter followed up: “Governor, why did two members of your committee disagree with you?”",
			"“Because they are independent-minded people,” she replied.",
		}, []want{{"No. Next question,", "Thandiwe Mokoena-Pillay", ""}, {"Governor, why did two members of your committee disagree with you?", "", ""}, {"Because they are independent-minded people,", "Thandiwe Mokoena-Pillay", ""}}},
		{"a kind of body before its name, and a second verb", []string{
			"Campaigners were angry. The transparency group Open Ledger Netherlands called the deal “a price tag, not a punishment” and said it “lets them walk away”.",
		}, []want{{"a price tag, not a punishment", "Open Ledger Netherlands", ""}, {"lets them walk away", "Open Ledger Netherlands", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortySix(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a common word opening the sentence that starts a body's name", []string{
			"Engineers were out all night across northern England.",
			"Northern Pennine Gas, which runs the local network, said it had “prioritised vulnerable customers”.",
			"“We are sorry,” a spokesperson for the company said.",
		}, []want{{"prioritised vulnerable customers", "Northern Pennine Gas", ""}, {"We are sorry,", "Northern Pennine Gas", ""}}},
		{"a rank's grade is not part of the name", []string{
			"Sgt. First Class Dwayne Okoro-Lindahl, a retired infantryman, said the testimony confirmed his fears.",
			"“Nobody’s laughing today,” he said.",
			"Petty Officer Second Class Ray Lee said it was “a long time coming”.",
		}, []want{{"Nobody’s laughing today,", "Dwayne Okoro-Lindahl", ""}, {"a long time coming", "Ray Lee", ""}}},
		{"the name of an office ending in a noun for a job, before a given name", []string{
			"Cedar County Emergency Management Coordinator Ray Halvorsen said the county had opened shelters.",
			"“We love that people want to help,” Halvorsen said.",
		}, []want{{"We love that people want to help,", "Ray Halvorsen", ""}}},
		{"a surname opening with a particle, capitalised at a sentence's start", []string{
			"The team’s general manager, Joost van der Heijden, insisted the squad had nothing to hide.",
			"At a press conference in the car park, Van der Heijden faced questions about the staff.",
			"“There was no investigation when we hired her,” Van der Heijden said.",
		}, []want{{"There was no investigation when we hired her,", "Joost van der Heijden", ""}}},
		{"a surname opening with the particle ap, not the news agency", []string{
			"“Well, I am an old farmer,” says Gwilym ap Rhys, who chairs the campaign group.",
			"Oskar Lindqvist-Shah, the project director, is a patient man. “I understand the strength of feeling,” he says.",
			"The company calls its fund the most generous in Wales. Ap Rhys has a different word for it. “A bribe,” he says flatly.",
		}, []want{{"Well, I am an old farmer,", "Gwilym ap Rhys", ""}, {"I understand the strength of feeling,", "Oskar Lindqvist-Shah", ""}, {"A bribe,", "Gwilym ap Rhys", ""}}},
		{"a nationality before a title marks someone just named", []string{
			"Ashworth Rovers owner Bradley Kessinger-Hale has put the club up for sale.",
			"The American businessman, who bought Rovers in 2021, said he had become “a distraction”.",
		}, []want{{"a distraction", "Bradley Kessinger-Hale", ""}}},
		{"a description's noun is the title the article gave someone, not the nearest person's other title", []string{
			"Head keeper Tomasz Hart said the team had watched the birth on a hidden camera.",
			"Speaking on the radio, presenter Jonny Ackroyd asked Mr Hart whether he had a favourite cub.",
			"“You’re not allowed to ask me that,” the keeper laughed.",
		}, []want{{"You’re not allowed to ask me that,", "Tomasz Hart", ""}}},
		{"the nearest person titled with another word for the noun", []string{
			"Ruiz ran on to a long ball from goalkeeper Matty Doyle to slot under Rovers keeper Sam Penrose.",
			"Penrose was caught in no man’s land for the winner. He was honest afterwards. “That’s my ball,” the goalkeeper said.",
		}, []want{{"That’s my ball,", "Sam Penrose", ""}}},
		{"answers after a note on the interview are the one interviewed, quoted last before", []string{
			"Ines Varga-Lindqvist announced her retirement on a Monday. Her coach, Patrick Moss, found out first.",
			"“She called me at half past five,” Moss said.",
			"When I meet her in a café, she laughs at the nickname.",
			"“I was never cold,” she says.",
			"The Q&A that follows has been edited for length and clarity.",
			"Was there a single moment when you knew?",
			"“Honestly? Yes. It was in Stuttgart.”",
			"What about the money? You were still at your peak.",
			"“People keep asking that. I have enough.”",
		}, []want{{"She called me at half past five,", "Patrick Moss", ""}, {"I was never cold,", "Ines Varga-Lindqvist", ""},
			{"Honestly? Yes. It was in Stuttgart.", "Ines Varga-Lindqvist", ""}, {"People keep asking that. I have enough.", "Ines Varga-Lindqvist", ""}}},
		{"a Q&A announced without saying it was edited", []string{
			"“We were never in it for the money,” said Tomasz Reyes, the club's owner.",
			"This Q&A has been condensed.",
			"Will you sell?",
			"“Not this year.”",
		}, []want{{"We were never in it for the money,", "Tomasz Reyes", ""}, {"Not this year.", "Tomasz Reyes", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortySeven(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a given name and a surname opened by a Gaelic particle after a portfolio", []string{
			"The audit found that executives flew first class on most long-haul trips.",
			"Minister of State for Sport Ailish Ní Bhriain said she was “angry, frankly” when she read the report.",
		}, []want{{"angry, frankly", "Ailish Ní Bhriain", ""}}},
		{"a currency's code before an amount ends the name before it", []string{
			"The regulator has fined smartphone maker Lumora Technologies EUR 412 million over the updates.",
			"Lumora Technologies said it “strongly disagrees” with the ruling.",
		}, []want{{"strongly disagrees", "Lumora Technologies", ""}}},
		{"a title in capitals set off before the name of the one who holds it", []string{
			"The UK’s Chief Veterinary Officer, Dr Siobhan Mallory-Achterberg, said the cluster of cases was “a serious concern”.",
			"The Chief Executive, Dr Ann Fry, said the firm was “ready”.",
			"“It is a risk,” said the Chief Medical Officer, Dr Tom Gale, on Monday.",
		}, []want{{"a serious concern", "Siobhan Mallory-Achterberg", ""}, {"ready", "Ann Fry", ""}, {"It is a risk,", "Tom Gale", ""}}},
		{"a title of two words in capitals names the one the article gave it", []string{
			"Chief Medical Officer Ann Fry spoke first at the briefing.",
			"The Chief Medical Officer said the variant was “a real risk” for care homes.",
		}, []want{{"a real risk", "Ann Fry", ""}}},
		{"a church's office before a priest's name", []string{
			"The society’s chairman, Rev Canon Peter Ashdown, 81, said he had been “waiting my whole life” for the find.",
			"Canon Mary Hale said it was “a gift”.",
			"The Venerable Archdeacon Tom Reed called it “a miracle”.",
		}, []want{{"waiting my whole life", "Peter Ashdown", ""}, {"a gift", "Mary Hale", ""}, {"a miracle", "Tom Reed", ""}}},
		{"a surname that is a title word", []string{
			"Simon Archdeacon, defending, said his client accepted full responsibility.",
			"Archdeacon asked the judge to consider the farm’s finances, saying a large fine would be “the end of the farm”.",
		}, []want{{"the end of the farm", "Simon Archdeacon", ""}}},
		{"a document led by someone speaks with their words", []string{
			"Dozens of mothers suffered avoidable harm at the unit, an independent review led by Prof Margaret Lindqvist-Owen has found.",
			"The review found that the trust board had for years received “reassuring but inaccurate” reports on safety.",
		}, []want{{"reassuring but inaccurate", "Margaret Lindqvist-Owen", ""}}},
		{"a standfirst drops its articles as a headline does", []string{
			"Chief constable says force “got it badly wrong” as grandfather describes night he was handcuffed",
			"On Thursday, Chief Constable Rhiannon Aldous-Mensah apologised in person at the family’s home.",
		}, []want{{"got it badly wrong", "Rhiannon Aldous-Mensah", ""}}},
		{"a contractor whose name ends in a word for a trade is a company", []string{
			"The road is being built by Himal Roadways, a Kathmandu-based contractor. In a statement, the company said it was “deeply saddened by this tragedy”.",
		}, []want{{"deeply saddened by this tragedy", "Himal Roadways", ""}}},
		{"a Sherpa day name is given to women too", []string{
			"Nima Lhamu Tamang, a teacher there, said the school had run out of blankets by midafternoon.",
			"“People came with nothing,” she said.",
		}, []want{{"People came with nothing,", "Nima Lhamu Tamang", ""}}},
		{"a body's short form, in brackets or between commas, speaks with its full name", []string{
			"Bridget Okafor, general secretary of the National Union of Seafarers and Ferry Workers (NUSFW), called it “vandalism”.",
			"The NUSFW said members should “stay where you are”.",
			"The branch of the Academic Staff Union of Universities, ASUU, blamed “decades of deliberate underfunding”.",
		}, []want{{"vandalism", "Bridget Okafor", ""}, {"stay where you are", "National Union of Seafarers and Ferry Workers", ""},
			{"decades of deliberate underfunding", "Academic Staff Union of Universities", ""}}},
		{"a place's name running on through of names a body", []string{
			"Northway said all sailings had been cancelled.",
			"The Isle of Man Government said it was “extremely concerned” about the island’s freight supplies.",
		}, []want{{"extremely concerned", "Isle of Man Government", ""}}},
		{"the answer to a question no one named asks", []string{
			"Chief Constable Rhiannon Aldous-Mensah faced reporters at headquarters on Tuesday.",
			"“It should have been checked. It wasn’t,” she said.",
			"“Are any officers facing disciplinary action?” asked a reporter from Pennine Radio.",
			"“Two officers have been served with misconduct notices.”",
			"“Will he be compensated?”",
			"“That is a matter for the force and his representatives.”",
		}, []want{{"It should have been checked. It wasn’t,", "Rhiannon Aldous-Mensah", ""}, {"Are any officers facing disciplinary action?", "", ""},
			{"Two officers have been served with misconduct notices.", "Rhiannon Aldous-Mensah", ""}, {"Will he be compensated?", "", ""},
			{"That is a matter for the force and his representatives.", "Rhiannon Aldous-Mensah", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFortyEight(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a sentence reported after a comma is about the one who reports it", []string{
			"Tomas Delacroix-Hale, 41, was hiking with a friend when the bear charged.",
			"Delacroix-Hale suffered bite wounds to his shoulder. His friend Jordan Whitby, 34, was bitten on the leg when he tried to pull the bear away, Delacroix-Hale said.",
			"He said the bear “just stopped” and walked off.",
		}, []want{{"just stopped", "Tomas Delacroix-Hale", ""}}},
		{"the asker a reporter named nobody is not who answers in the next paragraph", []string{
			"Loretta Ambrose-Kay, the college's president, cancelled the lecture on Tuesday.",
			"At a news conference on Wednesday, Ambrose-Kay was pressed on the timing of the decision.",
			"“Did donors contact you about this event?” one reporter asked.",
			"“I receive many communications about many events,” she said.",
		}, []want{{"Did donors contact you about this event?", "", ""}, {"I receive many communications about many events,", "Loretta Ambrose-Kay", ""}}},
		{"one who put a challenge to her is not who replies", []string{
			"Mayor Priya Lakshmanan-Hart said she was used to the criticism.",
			"“Those cities had years of consultation,” one reporter put to her. “You’re giving people 21 months.”",
			"“We have been consulting for three years,” she replied.",
		}, []want{{"Those cities had years of consultation, You’re giving people 21 months.", "", ""},
			{"We have been consulting for three years,", "Priya Lakshmanan-Hart", ""}}},
		{"a church's office before a surname the article gave it with a given name", []string{
			"“You know you’re in for the duration,” says Canon Gwenllian Price-Okafor, a priest from the diocese.",
			"“They voted as a bloc,” says Canon Price-Okafor.",
		}, []want{{"You know you’re in for the duration,", "Gwenllian Price-Okafor", ""}, {"They voted as a bloc,", "Gwenllian Price-Okafor", ""}}},
		{"a name in a clause about the opener's noun is not whom the pronoun means", []string{
			"Huw Pendry, the favourite, lost the vote to Olumide Adebayo-Price.",
			"Back in Brecon, Adebayo-Price is keen to talk about anything other than the vote.",
			"“We have villages where the church is the last public building standing,” he says.",
			"On the blessing of same-sex couples, which the church has offered since 2021 and which Pendry opposed, he is careful.",
			"“I am not going to unpick that,” he says.",
		}, []want{{"We have villages where the church is the last public building standing,", "Olumide Adebayo-Price", ""},
			{"I am not going to unpick that,", "Olumide Adebayo-Price", ""}}},
		{"a quotation set as a subheading is said by whoever the article quotes with its words", []string{
			"Siobhan Carrow, who runs the chamber of commerce, said the proposals amounted to “economic vandalism”.",
			"“We will lose everything”",
			"Hamza el-Tayeb has run a shoe shop on the high street for thirty years. “If they take the cars away, we will lose everything,” he said.",
		}, []want{{"economic vandalism", "Siobhan Carrow", ""}, {"We will lose everything", "Hamza el-Tayeb", ""},
			{"If they take the cars away, we will lose everything,", "Hamza el-Tayeb", ""}}},
		{"a presenter pressing a guest leads in a question", []string{
			"The chair of judges, Dame Philippa Okoro-Hurst, argued at first that the book should stay. On Radio Meridian’s “The Reading Room”, the presenter Colm Rafferty-Walsh pressed her on that:",
			"“If you had known how it was made, would you have shortlisted it?”",
		}, []want{{"The Reading Room", "", "term"}, {"If you had known how it was made, would you have shortlisted it?", "Colm Rafferty-Walsh", ""}}},
		{"a side pressing someone in a clause after the quotation does not say it", []string{
			"Harlan Whitby told senators on Wednesday that he would be “an honest broker for every American,” as Democrats pressed him over his industry ties.",
		}, []want{{"an honest broker for every American,", "Harlan Whitby", ""}}},
		{"going further introduces the quotation after it", []string{
			"Chief executive Declan van Rooyen said the offer was “the most generous in the history of this port”.",
			"In a later interview with Container Ledger, he went further.",
			"“I understand why people are nervous about automation.",
			"“But I can’t run a 2026 terminal on a 1996 roster.”",
		}, []want{{"the most generous in the history of this port", "Declan van Rooyen", ""},
			{"I understand why people are nervous about automation. But I can’t run a 2026 terminal on a 1996 roster.", "Declan van Rooyen", ""}}},
		{"one who gave only a name the article gave another in full is someone else", []string{
			"Moana Te Rangi, the union's organiser, said the strike would go on.",
			"One picketer, a crane driver who gave his name only as Rangi, said the mood was “solid”.",
			"“We’re not going anywhere,” he said.",
		}, []want{{"solid", "Rangi", ""}, {"We’re not going anywhere,", "Rangi", ""}}},
		{"a description naming someone makes them the subject", []string{
			"In the basement of the museum, a conservator named Ines de la Fuente-Marsh is wrapping a brass plaque in tissue.",
			"“You get attached,” she says.",
		}, []want{{"You get attached,", "Ines de la Fuente-Marsh", ""}}},
		{"a phrase of place opened by Back comes before the subject", []string{
			"Maureen Tollemache, 71, was first in the queue for the tram.",
			"Back on the platform at Corn Exchange, Mrs Tollemache summed up the mood of many:",
			"“It’s late, it’s dear and it’s lovely.”",
		}, []want{{"It’s late, it’s dear and it’s lovely.", "Maureen Tollemache", ""}}},
		{"a sign named before the colon is what the quotation quotes", []string{
			"Ruth Ann Kessler has run the pharmacy for forty years.",
			"Back at the counter, Kessler is taping up a handwritten sign next to the register: “Thank you, Calloway. It’s been an honor.”",
		}, []want{{"Thank you, Calloway. It’s been an honor.", "", "term"}}},
		{"the one the writer asked answers, not the one the question names", []string{
			"Ehimare Osagie-Ighodaro has waited twenty years for the plaques to come home. “I want them to come and visit,” he said.",
			"Gerald Pettigrew-Bayliss, a trustee, opposed the return.",
			"“I do not want anyone to feel guilty,” Osagie-Ighodaro said.",
			"I asked him what he would say to Pettigrew-Bayliss. He thought for a long moment:",
			"“I would tell him that his question is a good question.”",
		}, []want{{"I want them to come and visit,", "Ehimare Osagie-Ighodaro", ""}, {"I do not want anyone to feel guilty,", "Ehimare Osagie-Ighodaro", ""},
			{"I would tell him that his question is a good question.", "Ehimare Osagie-Ighodaro", ""}}},
		{"the one a question put to a titled speaker names is not the speaker", []string{
			"Clayton Ray Dunmore escaped from the prison on Monday.",
			"“We believe he is still in this area,” State Police Capt. Teodoro Villalobos-Grant said at a news conference.",
			"Asked whether Dunmore might already have left the state, the captain said: “Anything's possible.”",
		}, []want{{"We believe he is still in this area,", "Teodoro Villalobos-Grant", ""}, {"Anything's possible.", "Teodoro Villalobos-Grant", ""}}},
		{"who after a place ending a description refers to the one described", []string{
			"A woman leaving the Family Market on Main Street, who declined to give her name, said: “Everybody around here knows the Dunmores.”",
		}, []want{{"Everybody around here knows the Dunmores.", "", ""}}},
		{"a double surname after a place set off by a comma is the person's", []string{
			"Former Wales flanker Rhodri Tavake-Evans has launched legal action against the board.",
			"In court papers filed at the High Court in London, Tavake-Evans alleges the two bodies were “negligent”.",
		}, []want{{"negligent", "Rhodri Tavake-Evans", ""}}},
		{"a relative given as the source speaks under the surname in the next paragraph", []string{
			"A 6-year-old girl is recovering in hospital after she was attacked by a neighbor's dog.",
			"Harper Vance suffered bite wounds to her face and arm, according to her mother, Danielle Vance.",
			"“She was just drawing with chalk on the driveway,” Vance told 7 News on Monday.",
		}, []want{{"She was just drawing with chalk on the driveway,", "Danielle Vance", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestPeopleNames(t *testing.T) {
	m := func(art, text string) entity.Mention { return entity.Mention{Article: art, Text: text} }
	es := []entity.Entity{
		{Type: entity.Person, Name: "Moana Te Rangi", Mentions: []entity.Mention{m("a", "Moana Te Rangi"), m("a", "Rangi"), m("b", "Rangi")}},
		{Type: entity.Person, Name: "Rangi", Mentions: []entity.Mention{m("a", "Rangi")}},
		{Type: entity.Person, Name: "Dean Fothergill", Mentions: []entity.Mention{m("a", "Dean Fothergill"), m("a", "Fothergill"), m("a", "Dean")}},
		{Type: entity.Org, Name: "Earth LHS", Mentions: []entity.Mention{m("a", "Earth")}},
	}
	got := peopleNames(es)
	tests := []struct {
		art, word, want string
	}{
		{"a", "rangi", ""}, // a one-word person of the article besides Moana Te Rangi
		{"b", "rangi", "Moana Te Rangi"},
		{"a", "fothergill", "Dean Fothergill"},
		{"a", "dean", "Dean Fothergill"},
		{"a", "earth", ""},
	}
	for _, tt := range tests {
		if g := got[[2]string{tt.art, tt.word}]; g != tt.want {
			t.Errorf("peopleNames[%s %s] = %q, want %q", tt.art, tt.word, g, tt.want)
		}
	}
}

func TestRoundFortyNine(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a body whose name opens with a number speaks under its whole name", []string{
			"Ambulances queued outside the infirmary for hours on Monday.",
			"Three Counties Hospitals NHS Foundation Trust, which runs the infirmary, said its departments were “extremely busy”.",
		}, []want{{"extremely busy", "Three Counties Hospitals NHS Foundation Trust", ""}}},
		{"a nickname after an unlisted given name, and a surname before a generation", []string{
			"The council banned wild animals, a blow to the Bellamy Bros. Circus, which has wintered in the town since 1931.",
			"Augustin “Gus” Bellamy III, whose great-grandfather founded the circus, spoke against the ban.",
			"“You are telling me my family has been doing something cruel for 112 years,” Bellamy said.",
		}, []want{{"Gus", "", Term}, {"You are telling me my family has been doing something cruel for 112 years,", "Augustin Bellamy III", ""}}},
		{"the bishop is the one the article styles the Right Reverend", []string{
			"The Rt Rev Anselm Carraway-Hythe, who has led the diocese since 2017, announced his decision on Tuesday.",
			"In a letter read out at an evening service, the bishop wrote:",
			"“I have read the review twice. The responsibility was mine.”",
		}, []want{{"I have read the review twice. The responsibility was mine.", "Anselm Carraway-Hythe", ""}}},
		{"a company whose name ends in Promotions is no person the pronoun means", []string{
			"Jordan Mensah-Whitfield was stripped of his title on Friday after a failed test.",
			"In a statement released through his promoter, Crownline Promotions, he said he was “devastated”.",
		}, []want{{"devastated", "Jordan Mensah-Whitfield", ""}}},
		{"a host who asked him is not who answers", []string{
			"Tom Vuković-Reid runs the general store in the village.",
			"Host Carolina de la Peña asked him whether residents felt forgotten.",
			"“I wouldn't say forgotten,” he said.",
		}, []want{{"I wouldn't say forgotten,", "Tom Vuković-Reid", ""}}},
		{"a double surname ending in a word for a street is a person's", []string{
			"Her great rival, the American Cassidy Okafor-Lane, won the 200m in a championship record.",
			"The post drew likes, among them one from Okafor-Lane.",
			"Okafor-Lane, speaking by phone from her training base, says the message was sincere. “People want us to hate each other,” she says.",
		}, []want{{"People want us to hate each other,", "Cassidy Okafor-Lane", ""}}},
		{"a body the gazetteer lists runs over its and", []string{
			"Four people were hurt when the gas main failed.",
			"The Health and Safety Executive said it was “too early” to comment on the cause.",
		}, []want{{"too early", "Health and Safety Executive", ""}}},
		{"the statement a spokesperson for a person gave is that person's", []string{
			"Reginald Obi-Hartley's memoir describes a feud with Dame Celia Marchbanks.",
			"In a statement, a spokesperson for Marchbanks said the actress “does not recognise” the events described.",
			"“She will not be commenting further,” the statement said.",
		}, []want{{"does not recognise", "Celia Marchbanks", ""}, {"She will not be commenting further,", "Celia Marchbanks", ""}}},
		{"the one he told does not stop the next paragraph going on with his words", []string{
			"Reginald Obi-Hartley, 81, spoke on a podcast this week.",
			"“I don't have time for regret,” he told host Daniella Osei-Whitmore.",
			"“Some of those people made my life hell for years.”",
		}, []want{{"I don't have time for regret,", "Reginald Obi-Hartley", ""}, {"Some of those people made my life hell for years.", "Reginald Obi-Hartley", ""}}},
		{"her mother is not the woman her means", []string{
			"Rosmarie Kalbermatten-Zenhäusern, 84, lost her house to the ice.",
			"Her daughter, Claudia Kalbermatten, interrupts gently. “Mama, you are here. That is the main thing.”",
			"“Yes,” her mother says.",
		}, []want{{"Mama, you are here. That is the main thing.", "Claudia Kalbermatten", ""}, {"Yes,", "Rosmarie Kalbermatten-Zenhäusern", ""}}},
		{"the charity is the trust, not the commission that regulates charities", []string{
			"The Charity Commission has opened an inquiry into the Little Lanterns Children’s Trust.",
			"In a statement issued through its solicitors, the charity said it “categorically denies” any misuse of donations.",
		}, []want{{"categorically denies", "Little Lanterns Children’s Trust", ""}}},
		{"a phrase of place before a name is no office, and her after an unknown name makes it a person's", []string{
			"Tenants at Larchmont Court have withheld rent since March.",
			"Down the hall, Nasra Abdikarim-Lund keeps a plastic tub of bleach wipes by her daughter’s bed. She showed a reporter black mold spreading along the wall.",
			"“My daughter has asthma,” she said.",
		}, []want{{"My daughter has asthma,", "Nasra Abdikarim-Lund", ""}}},
		{"a comparative opening a sentence is nobody the pronoun could mean", []string{
			"Van der Graaf, who co-wrote a study of the region, said its mild summers had left it exposed. Fewer than two-thirds of Portland homes have central air conditioning.",
			"“This is a place that was built for drizzle,” he said.",
		}, []want{{"This is a place that was built for drizzle,", "Van der Graaf", ""}}},
		{"a reporter who pressed her is not who answers", []string{
			"Commissioner Rosalind Achterberg-Nakamura opened six cooling centers on Thursday.",
			"A reporter pressed her on whether the centers should have opened sooner. “Could we have done it a day earlier? Maybe,” she said.",
		}, []want{{"Could we have done it a day earlier? Maybe,", "Rosalind Achterberg-Nakamura", ""}}},
		{"a name set off after the noun of an opening phrase is no subject", []string{
			"Jordan Mensah-Whitfield was stripped of his title on Friday.",
			"In a statement released through his promoter, Crownline Promotions, he said he was “devastated” and insisted he had “never knowingly taken a banned substance”.",
		}, []want{{"devastated", "Jordan Mensah-Whitfield", ""}, {"never knowingly taken a banned substance", "Jordan Mensah-Whitfield", ""}}},
		{"one whose gender is not given is whom she means when the last quotation is hers", []string{
			"Janice Adebayo-Thornton, who chairs the parents' group, said the sale was a mistake.",
			"The charity the Playing Fields Alliance objected to it. Its director, Dr Oluwaseun Hartley-Brooke, says councils have sold hundreds of fields.",
			"Her verdict is blunt:",
			"“Once a playing field is gone, it’s gone.”",
			"She says the rules should be tightened. “Not a promise. A field,” she says.",
		}, []want{{"Once a playing field is gone, it’s gone.", "Oluwaseun Hartley-Brooke", ""}, {"Not a promise. A field,", "Oluwaseun Hartley-Brooke", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFifty(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"Mgr, Ratu and Cdr are titles, not words of the name", []string{
			"The bishop of Norcella, Mgr Emanuele Di Bartolo-Ferri, described the collapse as “a wound in the soul of this town”.",
			"Ratu Josaia Nakarawa, 77, receives visitors on a woven mat. “The reef was our garden,” he says.",
			"“We are still hoping to find survivors,” coastguard spokesman Cdr Ramon Villaseñor-Tan told reporters.",
		}, []want{{"a wound in the soul of this town", "Emanuele Di Bartolo-Ferri", ""}, {"The reef was our garden,", "Josaia Nakarawa", ""}, {"We are still hoping to find survivors,", "Ramon Villaseñor-Tan", ""}}},
		{"a confederation's name runs over its of", []string{
			"A spokesperson for the Confederation of Regional Bus Operators said the settlement was \"at the upper end\" of recent deals.",
		}, []want{{"at the upper end", "Confederation of Regional Bus Operators", ""}}},
		{"they after an unnamed source is the source, not the body that spoke before", []string{
			"The Department for Transport said it was “monitoring the situation closely”.",
			"One senior council source said the authority had been under pressure to act. “Everybody’s been watching Leeds,” they said.",
		}, []want{{"monitoring the situation closely", "Department for Transport", ""}, {"Everybody’s been watching Leeds,", "", ""}}},
		{"a quotation after then and a colon is the last subject's", []string{
			"Dr Salote Vainikolo-Hart surfaces beside the boat and says nothing for a long moment. Then: “It’s worse than February.”",
		}, []want{{"It’s worse than February.", "Salote Vainikolo-Hart", ""}}},
		{"a pronoun after a phrase of time without a comma is the subject of the verb joined by and", []string{
			"Ben Okoye-Marsh runs a dive shop on the harbour.",
			"In April he posted a story of a bleached coral and wrote over it: “Not filtered. Not edited.”",
		}, []want{{"Not filtered. Not edited.", "Ben Okoye-Marsh", Post}}},
		{"a phrase may follow a word set off before the subject", []string{
			"Dr Ana Ruiz runs the field station.",
			"Later, on the veranda of the field station, she describes what she has seen over the past month:",
			"“On the outer slope, maybe half the colonies are still holding on.”",
		}, []want{{"On the outer slope, maybe half the colonies are still holding on.", "Ana Ruiz", ""}}},
		{"the spokesman still answering is the one named several paragraphs back", []string{
			"“We are still hoping,” coastguard spokesman Cdr Ramon Villa told reporters in Manila.",
			"Asked at a news conference whether the coastguard had made a mistake, he said: “That is exactly what the investigation will establish.”",
			"“Was the ship overloaded?” one reporter asked.",
			"“The manifest says 207 passengers,” he replied. “We will find that out too.”",
			"Pressed on whether the captain had ignored instructions, the spokesman said: “I have seen the radio logs.”",
		}, []want{{"We are still hoping,", "Ramon Villa", ""}, {"That is exactly what the investigation will establish.", "Ramon Villa", ""}, {"Was the ship overloaded?", "", ""},
			{"The manifest says 207 passengers, We will find that out too.", "Ramon Villa", ""}, {"I have seen the radio logs.", "Ramon Villa", ""}}},
		{"the governing body is the league, not the players' association", []string{
			"The Professional Rugby League (PRL) expelled the club on Wednesday.",
			"Dr Hannah Ferriday, chief executive of the Rugby Players’ Welfare Association, said players had been abused.",
			"The governing body said on Wednesday it would release £75,000 from its benevolent fund “as a first step”.",
		}, []want{{"as a first step", "Professional Rugby League", ""}}},
		{"the governing body is the one quoted last when no name says what it is", []string{
			"World Aquatics, which is defending the tribunal's decision, said in a statement that it \"respects the right of every athlete to appeal\". It said the case was governed by the principle of \"strict liability\".",
			"\"The burden is on the athlete,\" the governing body said.",
		}, []want{{"respects the right of every athlete to appeal", "World Aquatics", ""}, {"strict liability", "World Aquatics", ""}, {"The burden is on the athlete,", "World Aquatics", ""}}},
		{"a ministry's name may list its portfolios after a nation", []string{
			"In a statement, the UK Foreign, Commonwealth and Development Office said Britain remained “one of the largest humanitarian donors”.",
		}, []want{{"one of the largest humanitarian donors", "UK Foreign, Commonwealth and Development Office", ""}}},
		{"a body named for its field and its country speaks", []string{
			"Two hikers were hurt on a trail in Yoho National Park, in what Parks Canada says was a \"defensive encounter\".",
			"Fairbairn said the bigger issue was the number of visitors in the mountain parks.",
			"\"Visitors are reminded to carry bear spray,\" Parks Canada said in a statement.",
		}, []want{{"defensive encounter", "Parks Canada", ""}, {"Visitors are reminded to carry bear spray,", "Parks Canada", ""}}},
		{"a games studio is a company, and an unnamed spokesperson speaks for the one a sentence before named", []string{
			"Montreal-based Lanternfish Games has laid off 140 staff, weeks after shipping fantasy RPG “Ashes of Veydra”.",
			"The company said in a statement that it would offer “enhanced severance” to departing staff.",
			"Lanternfish disputed that characterisation. A spokesperson said overtime had been “compensated in full”.",
		}, []want{{"Ashes of Veydra", "", Term}, {"enhanced severance", "Lanternfish Games", ""}, {"compensated in full", "Lanternfish Games", ""}}},
		{"a spokesperson for the organisation is the body the sentence before made its subject", []string{
			"The Glen Tarrach Mountain Rescue Team was called out twice.",
			"Mountain Rescue Scotland said call-outs had risen. A spokesperson for the organisation said teams were under “unprecedented pressure” and called for “a proper conversation”.",
		}, []want{{"unprecedented pressure", "Mountain Rescue Scotland", ""}, {"a proper conversation", "Mountain Rescue Scotland", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestWriter(t *testing.T) {
	tests := []struct{ byline, want string }{
		{"By Jonah Whitlock", "Jonah Whitlock"},
		{"By Lucy Farrant, Courts Correspondent", "Lucy Farrant"},
		{"Words by Isabela Moreno-Achterberg. Photographs by Kenji Watanuki-Ross", "Isabela Moreno-Achterberg"},
		{"Text by Ann Lee. Pictures by Bo Chan", "Ann Lee"},
		{"By Jane Doe and Tom Roe", ""},
		{"Photographs by Kenji Watanuki-Ross", ""},
	}
	for _, tt := range tests {
		if got := writer(tt.byline); got != tt.want {
			t.Errorf("writer(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

func TestRoundFiftyOne(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"he after a sentence whose subject does something to him means him, not the subject", []string{
			"The case has shaken racing, where Declan Moriarty-Hale has been one of the most successful trainers of the decade. His 2023 Grand National winner, Copper Lantern, earned him the nickname “the Malton Magician”.",
			"Speaking outside the hearing in London, he read a short statement.",
			"“I accept the panel’s decision,” he said.",
		}, []want{{"the Malton Magician", "", Term}, {"I accept the panel’s decision,", "Declan Moriarty-Hale", ""}}},
		{"an exchange after one asked another alternates between them", []string{
			"Declan Moriarty-Hale accepted the ban.",
			"On Saturday, presenter Gareth Lane asked Moriarty-Hale about the case.",
			"“Did you know the horses had been given bute?”",
			"“No. Hand on heart, no.”",
			"“But it’s your yard.”",
			"“And that’s why I’m taking the punishment.”",
		}, []want{{"Did you know the horses had been given bute?", "Gareth Lane", ""}, {"No. Hand on heart, no.", "Declan Moriarty-Hale", ""},
			{"But it’s your yard.", "Gareth Lane", ""}, {"And that’s why I’m taking the punishment.", "Declan Moriarty-Hale", ""}}},
		{"a landlady is a title, not a word of the name", []string{
			"Landlady Siobhan Fairweather-Mensah, who has run the pub for 14 years, was in tears.",
			"“I’ve not slept properly since October,” she said.",
		}, []want{{"I’ve not slept properly since October,", "Siobhan Fairweather-Mensah", ""}}},
		{"a body named for its members runs over its of", []string{
			"The Lantern has stood on Market Street since 1580. Its landlady thanked the campaign group Friends of the Lantern, which gathered 9,000 signatures.",
			"Friends of the Lantern chair Desmond Achterberg-Lyle, a retired postman who has drunk at the pub since 1971, said the result showed that “ordinary people can still win”.",
		}, []want{{"ordinary people can still win", "Desmond Achterberg-Lyle", ""}}},
		{"a body inside a role set off before a relative clause does not speak", []string{
			"The Rev Canon Imogen Falconer-Diallo, vicar of neighbouring St Aldhelm’s Church, whose bells can be heard from the pub, said she was “delighted for the whole parish”.",
		}, []want{{"delighted for the whole parish", "Imogen Falconer-Diallo", ""}}},
		{"under the headline a title in initials and a body's description name those the story names", []string{
			"CEO says new price “reflects that value” as epilepsy patients’ alliance decries “extortion”",
			"Chief executive Lorenzo Abernathy-Quist said the previous price had “materially undervalued” the medicine.",
			"The Epilepsy Patients Alliance said the move was “nothing less than extortion”.",
		}, []want{{"reflects that value", "Lorenzo Abernathy-Quist", ""}, {"extortion", "Epilepsy Patients Alliance", ""},
			{"materially undervalued", "Lorenzo Abernathy-Quist", ""}, {"nothing less than extortion", "Epilepsy Patients Alliance", ""}}},
		{"what others are heard calling a thing is a term", []string{
			"One publican on the high street, who did not want to give his name, said he was tired of hearing the river described as “an open sewer”.",
		}, []want{{"an open sewer", "", Term}}},
		{"a nickname may open with the", []string{
			"The former world champion Carl “the Hammer” Okoro, who was working as a pundit, said nobody was to blame. “Nobody did anything wrong tonight,” he said.",
		}, []want{{"the Hammer", "", Term}, {"Nobody did anything wrong tonight,", "Carl Okoro", ""}}},
		{"answers after a pronoun agreeing to questions are the one it means", []string{
			"Detective Chief Inspector Miriam Oduya-Lindqvist led the inquiry.",
			"She agreed to answer a few questions about the case.",
			"Where was it?",
			"“In a loft in Swindon, rolled up inside a carpet tube.”",
		}, []want{{"In a loft in Swindon, rolled up inside a carpet tube.", "Miriam Oduya-Lindqvist", ""}}},
		{"what a passive describes a subject as is others' words, or those of whoever reports it", []string{
			"Hendrika van der Meulen painted orchards in Zeeland.",
			"Van der Meulen, who died in 1911, is often described in auction catalogues as “the Dutch Morisot”, a label her niece finds irritating.",
			"The Office of the President said in a statement that Marchetti-Varga had been dismissed “in the national interest”.",
			"Hallie Quennell published nine novels. She was often described as “the quiet giant of English fiction”, a label she detested.",
			"Wexley Albion have sacked their manager, Henrik van der Meulen.",
			"The 51-year-old Dutchman was dismissed on Monday, two days after a defeat in which the away fans sang “You’re getting sacked in the morning”.",
		}, []want{{"the Dutch Morisot", "", Term}, {"in the national interest", "Office of the President", ""},
			{"the quiet giant of English fiction", "", Term}, {"You’re getting sacked in the morning", "", ""}}},
		{"a spokesperson for a body described before its name speaks for it", []string{
			"A spokesperson for the consumer group FairFlight said: “A volcano is an extraordinary circumstance.”",
		}, []want{{"A volcano is an extraordinary circumstance.", "FairFlight", ""}}},
		{"what a publication prints is its words, but a case a ruling is in says nothing", []string{
			"An editorial in the Harbor Point Weekly Tribune, this newspaper’s predecessor, described “a gale of unusual ferocity”.",
			"The ruling in Callaway v. Georgia State Conference of Voters is the most consequential voting-rights decision in a decade, and it advances what critics have long called the conservative majority’s “colorblind project.”",
		}, []want{{"a gale of unusual ferocity", "Harbor Point Weekly Tribune", ""}, {"colorblind project.", "", ""}}},
		{"a word a clause in which defines is a term, a phrase of one's own is not", []string{
			"According to data from research firm PitchLedger, many startups are opting for layoffs over a “down round,” in which a startup raises money at a lower valuation.",
			"Leonie Faircloth said the rules risked creating “a two-tier system”, in which large chains could comply.",
		}, []want{{"down round,", "", Term}, {"a two-tier system", "Leonie Faircloth", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftyTwo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a surname opening with a capitalised particle at a sentence's start is the name's", []string{
			"Ruan van der Westhuizen has been stripped of the Test captaincy after he broke a team curfew.",
			"Van der Westhuizen was photographed leaving a bar in Leeds on the morning of the match, which South Africa lost by seven wickets.",
			"Van der Westhuizen apologised in an Instagram story on Wednesday evening.",
			"“I let the badge down,” he wrote.",
		}, []want{{"I let the badge down,", "Ruan van der Westhuizen", Post}}},
		{"a particle surname is that of a full name holding it before a second surname", []string{
			"Prosecutors charged Óscar de la Fuente Villanueva, a former minister, on Monday.",
			"De la Fuente, 58, denied wrongdoing as he arrived at the court.",
			"“Did you meet the executives?” a reporter shouted as de la Fuente entered the courthouse.",
			"“I met with hundreds of people. That was my job,” he replied.",
		}, []want{{"Did you meet the executives?", "", ""}, {"I met with hundreds of people. That was my job,", "Óscar de la Fuente Villanueva", ""}}},
		{"a name before a pronoun set off in the middle of a sentence is in what the pronoun reports", []string{
			"Ingrid Solheim-Adeyemi wrote the standard biography of the novelist Eleanor Vashti Crane.",
			"Solheim-Adeyemi called the novel “a strange, cold thing.” Crane’s earlier novels are warm books; this one, she said, “has the temperature of well water.”",
		}, []want{{"a strange, cold thing.", "Ingrid Solheim-Adeyemi", ""}, {"has the temperature of well water.", "Ingrid Solheim-Adeyemi", ""}}},
		{"whom a sentence opens for is what it is about", []string{
			"Dolores Abernethy-Kwan found the manuscript of Eleanor Vashti Crane in her attic.",
			"For Abernethy-Kwan, who has turned down two offers from dealers, the question of what Crane wanted is not an academic one. She has slept for three decades under the book.",
			"“Some nights I think about her up there,” she said.",
		}, []want{{"Some nights I think about her up there,", "Dolores Abernethy-Kwan", ""}}},
		{"a demonym of two words before a name with a particle describes the person", []string{
			"Play resumed at 4.38pm, and the South African Ruan van der Merwe went on to win by two shots.",
			"Van der Merwe, who had led by a single shot, said he had been more bemused than angry.",
			"“I just wanted to putt,” he said.",
		}, []want{{"I just wanted to putt,", "Ruan van der Merwe", ""}}},
		{"one of a group set off before a name is the one named", []string{
			"The board voted 11 to 2 to return the collection. One of the dissenters, Sir Lionel Farquharson-Grey, a former ambassador, set out his objections in a letter to The Times, warning that the decision was “cultural vandalism dressed up as conscience”.",
		}, []want{{"cultural vandalism dressed up as conscience", "Lionel Farquharson-Grey", ""}}},
		{"a subtitle inside the description set off after a leading name does not end it", []string{
			"Professor Chiamaka Eze-Lindqvist, a historian whose 2019 book Brass and Blood: The Sack of Ilé-Okun, 1891 revived interest in the case, calls the decision “overdue but genuinely significant”.",
		}, []want{{"overdue but genuinely significant", "Chiamaka Eze-Lindqvist", ""}}},
		{"a phrase placing a speaker in their time does not hide the speaker", []string{
			"The palace was burned in 1891 after a trade dispute that the Colonial Office of the day described as a “regrettable necessity”.",
		}, []want{{"regrettable necessity", "Colonial Office", ""}}},
		{"a term named before a colon is a term", []string{
			"Professor Amara Lindqvist is scathing about the term she hears most often from museums: “restitution journey”.",
			"Amara Lindqvist had one message for the board: “Give them back.”",
		}, []want{{"restitution journey", "", Term}, {"Give them back.", "Amara Lindqvist", ""}}},
		{"neither who asks a question nor whom it names answers it", []string{
			"Race director Tom Kowalczyk said the runner had missed three checkpoints. “It wasn’t a hard call,” Kowalczyk told reporters.",
			"A reporter asked whether Martin Ruiz had been given a ride. “We have no evidence of that,” he said.",
		}, []want{{"It wasn’t a hard call,", "Tom Kowalczyk", ""}, {"We have no evidence of that,", "Tom Kowalczyk", ""}}},
		{"one asked a question set off after his name answers it", []string{
			"Mohammed Al-Rashed, the energy minister, opened the meeting.",
			"Karim Benhaddou, asked whether the group was worried, said OPEC had seen this before.",
			"“It is not a tap you can turn on,” he said.",
		}, []want{{"It is not a tap you can turn on,", "Karim Benhaddou", ""}}},
		{"what a group calls a thing named after it is a term", []string{
			"Residents call the riverbed “the sleeping snake.” For most of the year it is dry.",
			"Pilots have taken to calling the airline’s rostering system “the Lisbon shuffle”, one captain said.",
		}, []want{{"the sleeping snake.", "", Term}, {"the Lisbon shuffle", "", Term}}},
		{"what a group calls a thing may be a name in capitals", []string{
			"By evening, volunteers had begun calling the whale “Carrie”, after the strand.",
		}, []want{{"Carrie", "", Term}}},
		{"a body and the words of a role may come before the name after a quotation", []string{
			"Environment and Climate Change Canada (ECCC) said the reading beat the record.",
			"\"We are in uncharted territory,\" ECCC warning preparedness meteorologist Armel Castonguay told CBN News.",
		}, []want{{"We are in uncharted territory,", "Armel Castonguay", ""}}},
		{"a known thing is no name something is known as", []string{
			"Merrow Chemicals said the plant had passed its inspection, and described suggestions that the tank had been a known risk as “simply untrue”.",
		}, []want{{"simply untrue", "Merrow Chemicals", ""}}},
		{"a body described as responsible for something speaks for itself", []string{
			"No one was hurt, but Railnet, the body responsible for Britain’s track and signalling, warned that the repair would be slow.",
			"Railnet rejected the claim. “Maintenance spending has risen,” a spokesperson said.",
		}, []want{{"Maintenance spending has risen,", "Railnet", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftyThree(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a sentence ending with the one who reports it is about them, not its own subject", []string{
			"At the city's General Hospital, staff went back to paper charts and cancelled scans that need specialists overseas, said Dr. Ines Moreau-Diop, who runs the hospital's imaging unit. “We are working the way we did in 1990,” she said.",
		}, []want{{"We are working the way we did in 1990,", "Ines Moreau-Diop", ""}}},
		{"a quotation alone in its paragraph after reported speech is the reporter's", []string{
			"Tamsin Achebe-Holt, an analyst at the research firm Wavelength, said the country's dependence on a few routes had been known for years.",
			"“The number of cables has grown a lot, but the busy ones still follow the same corridors and land at the same two stations.",
			"“That is the lesson every region learns the hard way.”",
		}, []want{{"The number of cables has grown a lot, but the busy ones still follow the same corridors and land at the same two stations. That is the lesson every region learns the hard way.", "Tamsin Achebe-Holt", ""}}},
		{"an office with its portfolio before a name is the title the article calls them by", []string{
			"Ghana's minister of communications, Efua Mensah-Boateng, told reporters that an emergency committee had been formed.",
			"Later, Mensah-Boateng was asked why the country had not paid for backup routes.",
			"“Why does a country of 30 million depend on one cable?” one reporter asked.",
			"“It does not depend on one cable,” the minister replied.",
		}, []want{{"Why does a country of 30 million depend on one cable?", "", ""}, {"It does not depend on one cable,", "Efua Mensah-Boateng", ""}}},
		{"a nickname between the given name and a surname opening with particles", []string{
			"Dorothea “Dot” van der Berg, who was born in Leiden in 1926, celebrated her 100th birthday on Sunday.",
			"“I keep being asked for the secret,” Mrs van der Berg said.",
		}, []want{{"Dot", "", Term}, {"I keep being asked for the secret,", "Dorothea van der Berg", ""}}},
		{"by someone's own count, the words are theirs; a nickname and a particle surname are the one named with both", []string{
			"There was a brass band on the lawn and, by Betty van der Berg’s own count, “far too much fuss” at the care home on Sunday.",
			"Elizabeth “Betty” van der Berg, who was born in Leiden in 1926, celebrated her 100th birthday with four generations of her family.",
			"“I want to see Leiden again,” Betty van der Berg said.",
		}, []want{{"far too much fuss", "Elizabeth van der Berg", ""}, {"Betty", "", Term}, {"I want to see Leiden again,", "Elizabeth van der Berg", ""}}},
		{"one who spoke at length introduces the quotation after", []string{
			"Rosalind Achterberg joined the Women’s Land Army at 17.",
			"Asked about those years, she spoke for several minutes without stopping.",
			"“People think it was all haymaking and singing. It was mud.”",
		}, []want{{"People think it was all haymaking and singing. It was mud.", "Rosalind Achterberg", ""}}},
		{"the questions of an interview the writer sat down for are put to the one interviewed", []string{
			"When I finally sat down with Dr Felix Okonjo-Marsh in the trust’s offices, he was polite, patient and entirely unmoved.",
			"Does he accept that £312 is too much?",
			"“I accept that it is a significant sum. But most of those items will last three years.”",
			"Why a single supplier?",
			"“Quality and consistency. We tried the alternative.”",
		}, []want{{"I accept that it is a significant sum. But most of those items will last three years.", "Felix Okonjo-Marsh", ""}, {"Quality and consistency. We tried the alternative.", "Felix Okonjo-Marsh", ""}}},
		{"a paragraph opening for someone is about them, and so is one naming her son", []string{
			"For Yasmin Qureshi-Bell, the arithmetic is personal. She works part-time at a pharmacy. Her son, Idris, started at the school in September.",
			"“We put it on a credit card. I’m still paying it off now.”",
		}, []want{{"We put it on a credit card. I’m still paying it off now.", "Yasmin Qureshi-Bell", ""}}},
		{"a name set off after a description with the person's age before it", []string{
			"Thousands gathered on the hillside above the town as the eclipse began.",
			"“It looked like a black cookie with fire around it,” said her grandson, 8-year-old Teodoro Albescu-Vidal.",
		}, []want{{"It looked like a black cookie with fire around it,", "Teodoro Albescu-Vidal", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftyFour(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a rank in lower case is a part played and gives no gender", []string{
			"Veteran dame Reggie Okonkwo-Platt, who has played one of the sisters for seven Christmases, said he had tried to carry on.",
			"“I did the Sunday show with a bucket in the wings,” he told the Chronicle.",
			"The director, Amara Hollis, said the run was over.",
			"“You cannot dance through that,” the dame said.",
		}, []want{{"I did the Sunday show with a bucket in the wings,", "Reggie Okonkwo-Platt", ""}, {"You cannot dance through that,", "Reggie Okonkwo-Platt", ""}}},
		{"a description by a noun for what someone does is the one a description gave it", []string{
			"“It is the best comet we have had in a decade,” said Prof Ingrid van der Berg, an astronomer at the University of Leeds.",
			"Giulia Marchetti, who found the comet from her garden in Umbria, said she had cried when it was confirmed.",
			"The Leeds astronomer admitted she had not expected this one to live up to its billing.",
			"“Comets are like cats: they do precisely what they want,” she said.",
		}, []want{{"It is the best comet we have had in a decade,", "Ingrid van der Berg", ""}, {"Comets are like cats: they do precisely what they want,", "Ingrid van der Berg", ""}}},
		{"a field between two titles is part of the office", []string{
			"Nordvik discussed the cuts on an investor call on Thursday.",
			"“We don't anticipate it,” said chief financial officer Linnea Sjoberg.",
			"“Margins will recover,” added chief operating officer Tomas Hallberg.",
		}, []want{{"We don't anticipate it,", "Linnea Sjoberg", ""}, {"Margins will recover,", "Tomas Hallberg", ""}}},
		{"one who pressed a question is not who answers it", []string{
			"“Should we expect more cuts?” asked Benedikt Aurelius, an analyst at Kestrel Securities.",
			"“We don't anticipate it,” replied the finance director, Linnea Sjoberg.",
			"“So that is the last of it?” Aurelius pressed.",
			"“It is the last we have planned,” she said.",
		}, []want{{"Should we expect more cuts?", "Benedikt Aurelius", ""}, {"We don't anticipate it,", "Linnea Sjoberg", ""}, {"So that is the last of it?", "Benedikt Aurelius", ""}, {"It is the last we have planned,", "Linnea Sjoberg", ""}}},
		{"two descriptions joined by and both describe the one named", []string{
			"Nadia Kowalczyk-Brown, joint administrator and a partner at Grenfell Rowe, said all stores would keep trading.",
			"Shares in rivals rose on Wednesday.",
			"The administrator said she hoped to update creditors “within a fortnight”.",
		}, []want{{"within a fortnight", "Nadia Kowalczyk-Brown", ""}}},
		{"a noun for what someone does before and in an appositive describes them", []string{
			"Thieves took six hives from Tomas Rydell, a beekeeper and father of three from Llandysul, on Sunday night.",
			"Police said they were also looking at thefts reported by a farmer in the next valley.",
			"“They are good bees, gentle ones,” the beekeeper said.",
		}, []want{{"They are good bees, gentle ones,", "Tomas Rydell", ""}}},
		{"a body's spokesperson is the spokesperson named when no body is named by the noun", []string{
			"Prairie Northern said in a statement that the train was carrying only grain.",
			"Spokesperson Anneliese Van Wyk told PBN News it was “far too early” to say what caused the derailment.",
			"Farmers have complained for years about the state of the line.",
			"The railway's spokesperson said the line had been inspected “in accordance with all federal requirements.”",
		}, []want{{"far too early", "Anneliese Van Wyk", ""}, {"in accordance with all federal requirements.", "Anneliese Van Wyk", ""}}},
		{"a pronoun after a reporter's challenge is the one challenged", []string{
			"“A handful of stings is a normal June day on the Gulf,” Mayor Delphine Broussard said at the briefing.",
			"“Business owners are saying you waited because it was a holiday weekend,” another reporter said.",
			"“That's not true, and I'd say that to anybody's face,” she said.",
		}, []want{{"A handful of stings is a normal June day on the Gulf,", "Delphine Broussard", ""}, {"Business owners are saying you waited because it was a holiday weekend,", "", ""}, {"That's not true, and I'd say that to anybody's face,", "Delphine Broussard", ""}}},
		{"a description after an age that ends in a demonym is the one just named", []string{
			"Declan Morrow-Quigley, the world number one, missed 14 darts at a double and never led.",
			"“I'm gutted,” the 31-year-old Northern Irishman told reporters. “He played brilliantly.”",
		}, []want{{"I'm gutted, He played brilliantly.", "Declan Morrow-Quigley", ""}}},
		{"one who would not be named because, she says, is the she who speaks after", []string{
			"“Go and count the families,” said Siobhan O’Riordan-Patel, who founded the cycling group.",
			"Some shopkeepers agree. The owner of a bookshop near the market cross, who did not want to be named because, she says, “half my customers are on each side”, says her sales are up.",
			"“People linger now,” she says.",
		}, []want{{"Go and count the families,", "Siobhan O’Riordan-Patel", ""}, {"half my customers are on each side", "", ""}, {"People linger now,", "", ""}}},
		{"a pause after the question put to someone hands them the turn", []string{
			"Farid al-Hashimi lost 32 hives from a farm near Llandysul on Sunday night.",
			"Asked what he would say to whoever had taken them, he paused for a long time.",
			"“I would say: look after them. They are good bees.”",
		}, []want{{"I would say: look after them. They are good bees.", "Farid al-Hashimi", ""}}},
		{"one who asks a question, however long the sentence, asks the quotation after it", []string{
			"At a quarter to eleven on a wet Saturday, Siobhán Ní Bhriain climbs onto an upturned crate, lifts a megaphone and asks the crowd a question she already knows the answer to.",
			"“Who here was born in this building?”",
		}, []want{{"Who here was born in this building?", "Siobhán Ní Bhriain", ""}}},
		{"a word that is also a month is a surname after a name a title in lower case opens", []string{
			"“She’s shining again,” said Morwenna Jago, who chairs the lighthouse trust.",
			"Among those sharing it was the singer-songwriter Kerensa May, who grew up in the town. “Cried my eyes out at this,” she wrote on Instagram.",
		}, []want{{"She’s shining again,", "Morwenna Jago", ""}, {"Cried my eyes out at this,", "Kerensa May", Post}}},
		{"a kin noun before a name gives its gender, and a relative's laugh hands them the turn", []string{
			"The family made the round trip at the weekend, with Tamsin Penrose-Achebe sharing the driving.",
			"Their son Kit, nine, said the drive had been worth it. “He slept on my lap,” he said.",
			"Asked whether the cat would be allowed out again, his mother laughed. “Ask him,” she said.",
		}, []want{{"He slept on my lap,", "Kit", ""}, {"Ask him,", "Tamsin Penrose-Achebe", ""}}},
		{"a relative the sentence is about is the one the pronoun after means", []string{
			"Frank Lisowski, 88, fell in his room in March. His daughter, Carol Lisowski-Baird, said staff found him hours later.",
			"“I trusted them,” said Lisa Marchbanks, whose mother also lived there.",
			"Mr. Lisowski recovered from his fall but died in August. His daughter said she had read the report “maybe 50 times.”",
			"“They wrote down what happened to him very carefully,” she said.",
		}, []want{{"I trusted them,", "Lisa Marchbanks", ""}, {"maybe 50 times.", "Carol Lisowski-Baird", ""}, {"They wrote down what happened to him very carefully,", "Carol Lisowski-Baird", ""}}},
		{"a relative set off by a description, or of the other sex, is no one named", []string{
			"For Mereana and Sione Fa’alogo, whose villa was red-stickered after the quake, the past half-year has been a blur.",
			"“We’re still paying the mortgage,” Mereana Fa’alogo said.",
			"The couple have lived in a portacom since February. Her husband said the children had adjusted better than the adults.",
			"“The kids think it’s camping,” he said.",
		}, []want{{"We’re still paying the mortgage,", "Mereana Fa’alogo", ""}, {"The kids think it’s camping,", "Sione Fa’alogo", ""}}},
		{"a relative set off by a description is no one named", []string{
			"Margaret Oduya-Pennington, one of the first to complain, said she had been ignored.",
			"She said she had written to the bishop “three times at least”.",
			"The report identifies one survivor only as “Witness K”. His mother, who asked not to be named to protect his identity, said the family had waited four years “for someone to say the word sorry”.",
			"“We were made to feel like troublemakers,” she said.",
		}, []want{{"three times at least", "Margaret Oduya-Pennington", ""}, {"Witness K", "", Term}, {"for someone to say the word sorry", "", ""}, {"We were made to feel like troublemakers,", "", ""}}},
		{"with a description and the name set off after it, the participle is the name's", []string{
			"The opposition Conservative group voted against the motion, with its leader, Cllr Giles Harrington-Vose, calling the renaming “woke nonsense”.",
		}, []want{{"woke nonsense", "Giles Harrington-Vose", ""}}},
		{"the statement no sentence named is the body that has just spoken", []string{
			"A spokesperson for Natural England said the licence carried “strict conditions”. “Wild release is a significant step,” the statement said.",
		}, []want{{"strict conditions", "Natural England", ""}, {"Wild release is a significant step,", "Natural England", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftyFive(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a police rank before a name is a title", []string{
			"PC Jamal Okonkwo-Reid, a wildlife crime officer with Wessex Police, said the force was aware of the nest.",
			"“Flash photography at a nest is disturbance,” he said.",
			"DCI Karen Whitlow said: “We are keen to speak to the owner.”",
		}, []want{{"Flash photography at a nest is disturbance,", "Jamal Okonkwo-Reid", ""}, {"We are keen to speak to the owner.", "Karen Whitlow", ""}}},
		{"an age that opens a sentence is not part of the name", []string{
			"Eleven-year-old Maisie Thornton-Adu said she wanted to play for the first team “when I’m big”.",
		}, []want{{"when I’m big", "Maisie Thornton-Adu", ""}}},
		{"a heading that puts questions to someone opens their answers", []string{
			"“He’s always been a gentleman on the ground,” says Annelies van der Veen, who rode him for nine seasons.",
			"Her vet, Dr Farid Haddad-Rossi, said: “Could he have gone on another year? Possibly.”",
			"# Three questions for Annelies",
			"Is there a successor in the yard?",
			"“There are a couple of lovely young horses.”",
			"Will he be seen in public again?",
			"“He’ll do a parade at Hickstead in July, if he behaves.”",
		}, []want{{"He’s always been a gentleman on the ground,", "Annelies van der Veen", ""}, {"Could he have gone on another year? Possibly.", "Farid Haddad-Rossi", ""}, {"There are a couple of lovely young horses.", "Annelies van der Veen", ""}, {"He’ll do a parade at Hickstead in July, if he behaves.", "Annelies van der Veen", ""}}},
		{"one the reader is told to ask speaks the quotations after", []string{
			"“He’s always been a gentleman on the ground,” says Annelies van der Veen, who rode him for nine seasons.",
			"Her groom, Kasia Nowicka-Byrne, said she would visit every week.",
			"The night everyone remembers is Aachen. Ask van der Veen about it and she goes quiet for a moment.",
			"“I still don’t really know what happened. The rain was coming in sideways.",
			"“He just took over. I was a passenger.”",
		}, []want{{"He’s always been a gentleman on the ground,", "Annelies van der Veen", ""}, {"I still don’t really know what happened. The rain was coming in sideways. He just took over. I was a passenger.", "Annelies van der Veen", ""}}},
		{"the words a possessive says are someone's are theirs", []string{
			"“He’s always been a gentleman on the ground,” says Annelies van der Veen, who rode him for nine seasons.",
			"Bred in County Wexford by a dairy farmer, Seamus Ó Briain, he was, in van der Veen’s words, “a big grey lump with a head like a shoebox” when she first saw him.",
			"He was, in the words of his groom, Kasia Nowicka-Byrne, “a gentleman”.",
			"In her own words, she was “terrified”.",
		}, []want{{"He’s always been a gentleman on the ground,", "Annelies van der Veen", ""}, {"a big grey lump with a head like a shoebox", "Annelies van der Veen", ""}, {"a gentleman", "Kasia Nowicka-Byrne", ""}, {"terrified", "Kasia Nowicka-Byrne", ""}}},
		{"a noun for a kind of body is the body the article named by it", []string{
			"Whitstone Brewery, which had owned the Plough since 1923, said in a statement that the sale was “a purely commercial decision”.",
			"A developer had earlier proposed converting the building into three homes.",
			"“We wish the new owners every success,” the brewery said.",
		}, []want{{"a purely commercial decision", "Whitstone Brewery", ""}, {"We wish the new owners every success,", "Whitstone Brewery", ""}}},
		{"an organisation written short by its first word is the one named in full", []string{
			"Developer Northgate Living, which bought the building in 2021, said the scheme was “more than 70% let” ahead of completion.",
			"A Northgate spokesperson said the deal had been agreed “following a full viability assessment”.",
		}, []want{{"more than 70% let", "Northgate Living", ""}, {"following a full viability assessment", "Northgate Living", ""}}},
		{"a spokesperson for a council written in lower case speaks for that council", []string{
			"Picket lines formed outside Brackenford Central Library and a dozen branches on Monday morning.",
			"A Brackenford city council spokesperson said the council “remains open to talks”.",
			"In a statement, a spokesperson for Wessex Vale district council said: “We have a statutory duty to investigate complaints.”",
			"The spokesperson added that the council recognised the tower’s “significant heritage value”.",
		}, []want{{"remains open to talks", "Brackenford city council", ""}, {"We have a statutory duty to investigate complaints.", "Wessex Vale district council", ""}, {"significant heritage value", "Wessex Vale district council", ""}}},
		{"a name opening with a word too common to be a given name is a body's", []string{
			"National Highways said its traffic officers had put in place a rolling roadblock to protect the animal.",
			"“The safety of road users is always our priority,” a spokesperson said.",
		}, []want{{"The safety of road users is always our priority,", "National Highways", ""}}},
		{"a pronoun of hers between her name and her reply keeps the reply hers", []string{
			"Shabnam Qureshi-Ellis, 42, said she came downstairs to find her kitchen under water.",
			"“It was like a river running through my house,” she said. “The fridge was floating.”",
			"She added: “We’ve lived here 14 years.” “Everything downstairs is gone.”",
			"Gemma Farrant-Osei, operations director at Mercia Vale Water, said the valves had to be closed “in a careful sequence”.",
			"Speaking to BBC Radio Kettleby, she was pressed by presenter Tom Barraclough on why it had taken so long.",
			"“Four hours. Why?” he asked.",
			"“I completely understand the anger, and I’m sorry,” she replied.",
		}, []want{{"It was like a river running through my house, The fridge was floating.", "Shabnam Qureshi-Ellis", ""}, {"We’ve lived here 14 years.", "Shabnam Qureshi-Ellis", ""}, {"Everything downstairs is gone.", "Shabnam Qureshi-Ellis", ""}, {"in a careful sequence", "Gemma Farrant-Osei", ""}, {"Four hours. Why?", "Tom Barraclough", ""}, {"I completely understand the anger, and I’m sorry,", "Gemma Farrant-Osei", ""}}},
		{"a place's name that begins a body's name written before speaks for the body", []string{
			"Calloway House is managed by Meridian Vale Housing, one of London’s largest housing associations.",
			"In a statement, Meridian Vale said:",
			"“We are deeply sorry for the disruption residents are experiencing.”",
		}, []want{{"We are deeply sorry for the disruption residents are experiencing.", "Meridian Vale Housing", ""}}},
		{"a question of hers between his words and his pronoun is no passage it returns from", []string{
			"Mayor Rolando Whitfield-Garza said in a statement that he had “directed staff to pause all abatement actions” and that he regretted “the way this was handled.”",
			"He added: “We will review the process.”",
			"At a council meeting, council member Teresa Villanueva-Stroud pressed the city's code compliance director, Grant Hollister, on who had authorized the work.",
			"“The work order was approved at the division level,” Hollister said.",
			"“Did anyone look at what was on the wall?” Villanueva-Stroud asked.",
			"“The work order described it as graffiti,” he said.",
		}, []want{{"directed staff to pause all abatement actions", "Rolando Whitfield-Garza", ""}, {"the way this was handled.", "Rolando Whitfield-Garza", ""}, {"We will review the process.", "Rolando Whitfield-Garza", ""}, {"The work order was approved at the division level,", "Grant Hollister", ""}, {"Did anyone look at what was on the wall?", "Teresa Villanueva-Stroud", ""}, {"The work order described it as graffiti,", "Grant Hollister", ""}}},
		{"a quotation under the headline is the speaker's who says it again in the story", []string{
			"Week-long strike closes libraries as council leader says reductions are “the least bad option”",
			"Librarians walked out on Monday over cuts to opening hours.",
			"The council’s leader, Cllr Gareth Pemberton-Sithole, said the reductions were “the least bad option” in the face of a £38m gap.",
		}, []want{{"the least bad option", "Gareth Pemberton-Sithole", ""}, {"the least bad option", "Gareth Pemberton-Sithole", ""}}},
		{"a quotation under the headline that people say is no one's the story names", []string{
			"Mission managers say the spacecraft collected “at least” 200 grams of material from the asteroid",
			"The capsule will return in 2029.",
			"Deputy project manager Aiko Brandt said the craft had gathered “at least” 200 grams.",
		}, []want{{"at least", "", ""}, {"at least", "Aiko Brandt", ""}}},
		{"a plural in the possessive before a capitalised word opens a name", []string{
			"Consumer group Shoppers’ Voice said the penalty sent “a clear message” but argued that fines should go further.",
		}, []want{{"a clear message", "Shoppers’ Voice", ""}}},
		{"a noun for a kind of body is the body that spoke just before", []string{
			"A spokesperson for the Yorkshire Animal Rescue League said strays were “more common than people think”.",
			"“We’d urge all smallholders to check their boundaries,” the charity said in a statement.",
			"British Canoeing said it would “always encourage” people to paddle in groups.",
			"In a statement, the governing body said: “Weirs are one of the most significant hazards.”",
		}, []want{{"more common than people think", "Yorkshire Animal Rescue League", ""}, {"We’d urge all smallholders to check their boundaries,", "Yorkshire Animal Rescue League", ""}, {"always encourage", "British Canoeing", ""}, {"Weirs are one of the most significant hazards.", "British Canoeing", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftySix(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"questions put to someone in prose open their answers, prompts too", []string{
			"Cllr Edwina Marsh-Okafor, the council’s leader, met me in her office above the library.",
			"“Nobody has closed the pool,” she says. “We have paused it.”",
			"Not everyone agrees. Cllr Idris Wolde-Grant calls it “a betrayal”.",
			"I put several of the swimming club’s complaints to Cllr Marsh-Okafor.",
			"Members say the nearest pool is now an hour away by bus. Does that trouble you?",
			"“Of course it does. Nobody wants children to stop swimming.”",
			"Why not keep it open until the repairs start?",
			"“Because the roof is not safe, and I will not gamble with that.”",
			"The club calls the pause a closure by another name.",
			"“They would say that. A pause has an end date.”",
		}, []want{{"Nobody has closed the pool, We have paused it.", "Edwina Marsh-Okafor", ""}, {"a betrayal", "Idris Wolde-Grant", ""}, {"Of course it does. Nobody wants children to stop swimming.", "Edwina Marsh-Okafor", ""}, {"Because the roof is not safe, and I will not gamble with that.", "Edwina Marsh-Okafor", ""}, {"They would say that. A pause has an end date.", "Edwina Marsh-Okafor", ""}}},
		{"a trade the story writes only in the plural is not part of the name after it", []string{
			"Aurelio Bianchi-Moss has built boats on the Fal for forty years.",
			"“People think shipwrights are romantics,” he says. “We are accountants with saws.”",
			"Shipwright Aurelio Bianchi-Moss in his yard at Mylor. “Oak does not forgive,” he says.",
		}, []want{{"People think shipwrights are romantics, We are accountants with saws.", "Aurelio Bianchi-Moss", ""}, {"Oak does not forgive,", "Aurelio Bianchi-Moss", ""}}},
		{"a word in -man whose first part the story writes is a role", []string{
			"The signal box at Hexthorpe has been staffed since 1911, and the levers still move the signal arms by wire.",
			"Signalman Tariq Oyelowo-Brandt, who has worked the box for 19 years, said it was “the best office in Yorkshire”.",
		}, []want{{"the best office in Yorkshire", "Tariq Oyelowo-Brandt", ""}}},
		{"answers labelled A after a line saying whom we asked are theirs", []string{
			"Among the regulars is Priya Lindqvist-Mensah, 71, who joined in the spring.",
			"“It got me out of the house,” she said.",
			"The club’s founder, Walter Ogunleye-Price, is 90.",
			"We asked Mr Ogunleye-Price what keeps him playing.",
			"Q: What keeps you coming back?",
			"A: “The biscuits, mainly.”",
		}, []want{{"It got me out of the house,", "Priya Lindqvist-Mensah", ""}, {"The biscuits, mainly.", "Walter Ogunleye-Price", ""}}},
		{"a description set before the pronoun that opens a sentence is that person", []string{
			"Among the regulars is Priya Lindqvist-Mensah, 71, who joined in the spring.",
			"“It got me out of the house,” she said.",
			"The club’s founder, Walter Ogunleye-Price, is 90. A former merchant seaman, he took up the game at 80.",
			"“My son thought I would fall over,” he said.",
		}, []want{{"It got me out of the house,", "Priya Lindqvist-Mensah", ""}, {"My son thought I would fall over,", "Walter Ogunleye-Price", ""}}},
		{"an office in -man does not make a woman with a woman's given name a man", []string{
			"Parish chairman Cllr Margaret Oduya-Fell said the hall had never been so full.",
			"“People clearly care,” she said.",
		}, []want{{"People clearly care,", "Margaret Oduya-Fell", ""}}},
		{"a body's name set off after any noun for it speaks", []string{
			"The contractor, Hollis & Brant Civil Engineering, said it was “disappointed but not surprised”.",
			"The builder, Marrow and Finch Construction, said it would “review the programme”.",
		}, []want{{"disappointed but not surprised", "Hollis & Brant Civil Engineering", ""}, {"review the programme", "Marrow and Finch Construction", ""}}},
		{"the hospital is the medical centre the story names", []string{
			"Power failed for 40 minutes at Linden Vale Medical Center on Tuesday night.",
			"The hospital said in a written response that it was “reviewing all reports” raised by staff.",
		}, []want{{"reviewing all reports", "Linden Vale Medical Center", ""}}},
		{"a saint's name in the possessive runs on into the body it names", []string{
			"In a statement, St Odran's Rowing Club said the crew were “cold but fine”.",
			"In a later post, St. Brigid's Regional Medical Center said it was “ready for more patients”.",
		}, []want{{"cold but fine", "St Odran's Rowing Club", ""}, {"ready for more patients", "St. Brigid's Regional Medical Center", Post}}},
		{"a relative named by a given name after the pronoun of the one a sentence opens with takes their family name", []string{
			"Priya Okwuosa-Lind, 38, who was on board with her husband Daniel to mark their anniversary, said the landing was gentle.",
			"Her husband added: “It wasn’t quite the anniversary we’d planned.”",
		}, []want{{"It wasn’t quite the anniversary we’d planned.", "Daniel Okwuosa-Lind", ""}}},
		{"a capitalised phrase the story writes in lower case opens a name", []string{
			"The table tennis club meets on Tuesdays in the church hall.",
			"Table Tennis England, the sport's governing body, said in a statement that the number of older players had doubled, calling the growth “one of the great untold stories in sport”.",
		}, []want{{"one of the great untold stories in sport", "Table Tennis England", ""}}},
		{"someone who shouts is no one the story names", []string{
			"“The costs are in the plan,” replied Cllr Margaret Oduya-Fell.",
			"“Nobody reads the plan, Margaret!” someone shouted, to laughter.",
			"Someone yells “Shame!” from the back.",
		}, []want{{"The costs are in the plan,", "Margaret Oduya-Fell", ""}, {"Nobody reads the plan, Margaret!", "", ""}, {"Shame!", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundFiftySeven checks the rules of round fifty-seven, each on
// invented text of its own.
func TestRoundFiftySeven(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a chess master's title is not part of the name", []string{
			"International Master Kwabena Osei-Lindqvist, 19, won the final game in 31 moves.",
			"“I saw the trap three moves early,” Osei-Lindqvist said.",
		}, []want{{"I saw the trap three moves early,", "Kwabena Osei-Lindqvist", ""}}},
		{"a relative named by a given name after the pronoun of the one person named before takes their family name", []string{
			"The winning bid came from Rosalind Mensah-Tremayne, a retired teacher, who bought the cottage with her husband, Kofi.",
			"Her husband said: “We fell for the garden first.”",
		}, []want{{"We fell for the garden first.", "Kofi Mensah-Tremayne", ""}}},
		{"a name set off after a noun does not take the place of the one the pronouns mean", []string{
			"Siobhan Kearney-Walsh, the jockey, rode the winner at 20-1. “I couldn’t believe it,” she said.",
			"The mare stalked the pace and swept past the leader, Caledonian Star, a furlong out.",
			"“It began, honestly, as a day out,” she said.",
		}, []want{{"I couldn’t believe it,", "Siobhan Kearney-Walsh", ""}, {"It began, honestly, as a day out,", "Siobhan Kearney-Walsh", ""}}},
		{"one of a family named by the family name is no mention", []string{
			"The bell above the door at Hallam’s Cycles has rung since 1928. Harold Hallam, who has heard it for most of his 68 years, says he no longer notices it. “It’s like the trains,” he tells me.",
			"On Saturday the bell will ring for the last time. Hallam’s, which his grandfather Walter opened with a loan, is closing. The rent is going up, and Harold, the third Hallam to stand behind the counter, has run out of relatives willing to take over.",
			"“My son is a pilot in Doha,” he says. “I wouldn’t wish this on him.”",
			"Upstairs is the shop’s history. Harold’s late brother, Dennis Hallam, spent his retirement writing it.",
		}, []want{{"It’s like the trains,", "Harold Hallam", ""}, {"My son is a pilot in Doha, I wouldn’t wish this on him.", "Harold Hallam", ""}}},
		{"a name after the verb of a sentence opening with a participle or a place is its subject", []string{
			"Standing beside him is Leo Zhang-Whitford, who is 15, and says: “I want to fly them one day.”",
			"Behind the counter was Amara Obi-Castell, 62. “Busiest morning in years,” she said.",
		}, []want{{"I want to fly them one day.", "Leo Zhang-Whitford", ""}, {"Busiest morning in years,", "Amara Obi-Castell", ""}}},
		{"estates is a firm's word", []string{
			"The mill is owned by Harrowgate Estates, which bought it in 2019.",
			"The firm said it was “considering all options” for the site.",
		}, []want{{"considering all options", "Harrowgate Estates", ""}}},
		{"a firm named in the paragraph is the firm, not the one that spoke before", []string{
			"Kestrel Town FC said it had been “blindsided” by the notice.",
			"The ground is leased from Castlegate Estates. The company said the lease had “simply run its course”.",
		}, []want{{"blindsided", "Kestrel Town FC", ""}, {"simply run its course", "Castlegate Estates", ""}}},
		{"a question the writer puts in reported speech opens an answer", []string{
			"Tobias Ferreira-Lund has run the lighthouse museum for 22 years.",
			"“People come for the view and stay for the lamps,” he says.",
			"I ask whether he was surprised by the closure notice.",
			"“Not surprised. Disappointed.”",
			"I asked him what he would do next.",
			"“Polish the brass, probably.”",
		}, []want{{"People come for the view and stay for the lamps,", "Tobias Ferreira-Lund", ""}, {"Not surprised. Disappointed.", "Tobias Ferreira-Lund", ""}, {"Polish the brass, probably.", "Tobias Ferreira-Lund", ""}}},
		{"a letter from someone named after their age is theirs", []string{
			"The school received hundreds of letters. One letter, from eight-year-old Zara Hollings-Bey, reads: “Please keep the library open.”",
		}, []want{{"Please keep the library open.", "Zara Hollings-Bey", ""}}},
		{"a post signed with a body's short name is the body's", []string{
			"Crews from the Bellwood Fire Department pulled the driver from the car. The department posted:",
			"@Bellwood Fire Dept.| If you see water over the road, turn around.",
			"The Gem City Regional Transit Authority released footage on Tuesday.",
			"@Gem City RTA| Proud of our driver today.",
		}, []want{{"If you see water over the road, turn around.", "Bellwood Fire Department", "post"}, {"Proud of our driver today.", "Gem City Regional Transit Authority", "post"}}},
		{"a name set off after a rare noun is the one it describes", []string{
			"“The rule exists to protect the horse,” the authority’s chief steward, Lorraine Achterberg-Vale, said in a written ruling.",
		}, []want{{"The rule exists to protect the horse,", "Lorraine Achterberg-Vale", ""}}},
		{"two offices joined by and before a name are that person's", []string{
			"In a post on the company blog, co-founder and CEO Theo Marchand-Okafor apologised and said the restore “took far longer than any of our runbooks assumed”.",
		}, []want{{"took far longer than any of our runbooks assumed", "Theo Marchand-Okafor", ""}}},
		{"they after a body's analysts or observers is the body", []string{
			"Analysts at Banco Estrella were more cautious. “The communication challenge is now considerable,” they said in a research note.",
			"International observers from the Council for Democratic Elections, a Vienna-based monitoring group, said the vote was “competitive and generally well administered”.",
		}, []want{{"The communication challenge is now considerable,", "Banco Estrella", ""}, {"competitive and generally well administered", "Council for Democratic Elections", ""}}},
		{"a person set off after an opening phrase speaks", []string{
			"A few steps behind, Thierry Lagarde-Morin, 61, a retired train driver, said he was marching “for my grandchildren, not for me”.",
		}, []want{{"for my grandchildren, not for me", "Thierry Lagarde-Morin", ""}}},
		{"words that open with and add to what the speaker reports, not to what others were told", []string{
			"Massimo Ferrante-Doyle said residents had been promised rebuilding money after the earthquake “and some of us are still waiting”.",
		}, []want{{"and some of us are still waiting", "Massimo Ferrante-Doyle", ""}}},
		{"a capital after a quotation ending in a comma marks a name, common word or not", []string{
			"Dr. Hyun-woo Park, a toxicologist, said residents should treat the readings with caution.",
			"\"A snapshot at 3 p.m. doesn't tell you what a kid breathed at 7 a.m.,\" Park said.",
			"The line would open up the business park to thousands of workers.",
		}, []want{{"A snapshot at 3 p.m. doesn't tell you what a kid breathed at 7 a.m.,", "Hyun-woo Park", ""}}},
		{"a common word between a title and a surname is a given name", []string{
			"“We built ahead of our customer,” Veltrix Chief Operating Officer Grant Ellsworth-Noor said in an interview.",
			"The grant from the state was worth $40 million.",
		}, []want{{"We built ahead of our customer,", "Grant Ellsworth-Noor", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundFiftyEight(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a country before a field and a title is part of the title", []string{
			"Former Wales batting coach Dr Helen Marlowe-Price, who first coached him at 14, told the BBC his record was down to “relentless” work.",
			"“At 15 he was already in the nets before school,” she said.",
		}, []want{{"relentless", "Helen Marlowe-Price", ""}, {"At 15 he was already in the nets before school,", "Helen Marlowe-Price", ""}}},
		{"two fields before a title belong to it", []string{
			"“Our members should never have been on that roof,” union business agent Carl Ostrowski-Bell said in a phone interview.",
		}, []want{{"Our members should never have been on that roof,", "Carl Ostrowski-Bell", ""}}},
		{"ul- joins a surname to a given name", []string{
			"Zia ul-Hassan, who ran the office for a decade, said the accounts were “a mess”.",
		}, []want{{"a mess", "Zia ul-Hassan", ""}}},
		{"an ampersand name before and is a body of its own", []string{
			"Two of the region’s largest bakers, Hollis & Crane and Marlow Bread Group, have agreed to merge.",
			"Hollis & Crane said it expected the deal to close “by the spring”.",
		}, []want{{"by the spring", "Hollis & Crane", ""}}},
		{"the description of someone unnamed in the sentence before is no one named", []string{
			"Darnell Okoye, the zoo’s lead primate keeper, said the team had made 600 frozen treats.",
			"“The orangutans figured it out fast,” Okoye said.",
			"The zoo said it had opened a second shade tent on Tuesday.",
			"One keeper, who spoke on condition of anonymity because staff were not authorized to speak to the media, said workers were rotating in short shifts. “By 11 you are soaked through,” the keeper said.",
		}, []want{{"The orangutans figured it out fast,", "Darnell Okoye", ""}, {"By 11 you are soaked through,", "", ""}}},
		{"an interview a heading names answers in the one it names", []string{
			"Marta Kowalczyk-Rees has run the Elmside rowing club since 2011, and this season her crews won four national titles.",
			"“We train on a canal next to a gasworks,” she said.",
			"Her assistant, Paul Henning, said the club had no boathouse of its own.",
			"# Five minutes with Marta Kowalczyk-Rees",
			"We asked the Elmside coach about medals, money and the canal.",
			"Four titles. Was that the plan?",
			"“No. The plan is always that everyone rows better than last year.”",
			"And you? Do you still row?",
			"“Only on Sundays, and only when nobody is watching.”",
		}, []want{{"We train on a canal next to a gasworks,", "Marta Kowalczyk-Rees", ""}, {"No. The plan is always that everyone rows better than last year.", "Marta Kowalczyk-Rees", ""}, {"Only on Sundays, and only when nobody is watching.", "Marta Kowalczyk-Rees", ""}}},
		{"a heading naming one person opens an interview with them", []string{
			"Marta Kowalczyk-Rees has run the Elmside rowing club since 2011, and this season her crews won four national titles.",
			"“We train on a canal next to a gasworks,” she said.",
			"Her assistant, Paul Henning, said the club had no boathouse of its own.",
			"# Five minutes with Marta Kowalczyk-Rees",
			"Four titles. Was that the plan?",
			"“No. The plan is always that everyone rows better than last year.”",
		}, []want{{"We train on a canal next to a gasworks,", "Marta Kowalczyk-Rees", ""}, {"No. The plan is always that everyone rows better than last year.", "Marta Kowalczyk-Rees", ""}}},
		{"a question put to someone since they were named is no passage away from them", []string{
			"Regional organiser Declan Mahoney-Price said the union had not been told. “Our members found out from the radio,” he said.",
			"“We are not ruling anything out,” he added. “Not a ballot, not a walkout.”",
			"Asked whether that included a strike, he said: “I said anything.”",
			"On the analyst call, Mr Okafor-Lind was pressed on whether more sites would close.",
			"“Can you rule out further closures this year?” asked Sunita Rao, an analyst at Pennant Securities.",
			"“What I can tell you is that there are none in the plan,” he replied.",
		}, []want{
			{"Our members found out from the radio,", "Declan Mahoney-Price", ""}, {"We are not ruling anything out, Not a ballot, not a walkout.", "Declan Mahoney-Price", ""},
			{"I said anything.", "Declan Mahoney-Price", ""}, {"Can you rule out further closures this year?", "Sunita Rao", ""},
			{"What I can tell you is that there are none in the plan,", "Okafor-Lind", ""},
		}},
		{"a profile returns to its subject after a passage about others", []string{
			"Ingrid Solberg-Achebe rolls to a stop and sits on the boards. “People think the hour is about speed,” she says.",
			"On Saturday, Solberg-Achebe, 29, will try to ride further in an hour than any woman before her.",
			"Solberg-Achebe was a rower at university until a back injury. Her coach, Rafael Quintero, remembers her first test.",
			"“I thought the power meter was broken,” he says.",
			"Dr Kwame Mensah, a physiologist, has modelled her pacing for eight months. “The classic mistake is to start too fast,” he says.",
			"The bike cost more than €60,000 to build, and the federation will measure it before and after the ride.",
			"I ask the question everyone asks, on the last evening of my visit.",
			"She thinks for a long time. “On paper, yes,” she says.",
		}, []want{
			{"People think the hour is about speed,", "Ingrid Solberg-Achebe", ""}, {"I thought the power meter was broken,", "Rafael Quintero", ""},
			{"The classic mistake is to start too fast,", "Kwame Mensah", ""}, {"On paper, yes,", "Ingrid Solberg-Achebe", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundFiftyNine checks the speaker rules of round 59: modifiers made
// with a hyphen, the firm a story is about, questions put to someone
// named, captions, messages by no one named, and a text's source.
func TestRoundFiftyNine(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a capitalised word hyphened to a participle names no one", []string{
			"120-year-old maker of Aran-knitted jumpers says its workshop is “no longer sustainable”",
			"Doyle & Finch, one of the last makers of Aran-knitted jumpers in Donegal, will move production to Romania.",
			"The company told staff on Monday that knitting in Ireland was “no longer sustainable”.",
		}, []want{{"no longer sustainable", "Doyle & Finch", ""}, {"no longer sustainable", "Doyle & Finch", ""}}},
		{"the company is the firm the story is about, not a commentator's employer", []string{
			"Brookfield Mills will close its Leeds plant, putting 90 jobs at risk.",
			"Brookfield Mills said it had tried everything to keep the plant open.",
			"Nadia Feruz, an analyst at Calder Partners, said the sector faced “a perfect storm”.",
			"The company said it would offer staff “every support” in finding new work.",
		}, []want{{"a perfect storm", "Nadia Feruz", ""}, {"every support", "Brookfield Mills", ""}}},
		{"someone asked a question answers in the paragraph after", []string{
			"Speaking after the final, Tomas Ibarra-Lund was asked whether he would defend his “Iron Crown” next year.",
			"“Probably. Ask me again in a month.”",
		}, []want{{"Iron Crown", "", Term}, {"Probably. Ask me again in a month.", "Tomas Ibarra-Lund", ""}}},
		{"whatever someone asked does, the answer is theirs", []string{
			"Kerry-Ann Mbeki won the 400 metres by a stride.",
			"Asked what had changed this winter, she grinned and waved at her coach, who was standing by the fence.",
			"“Ask him. He wrote the plan.”",
		}, []want{{"Ask him. He wrote the plan.", "Kerry-Ann Mbeki", ""}}},
		{"a caption is its poster's", []string{
			"Third place went to Ivo Rantanen. He later shared a photo of the podium in an Instagram story with the caption “Not bad for an old man”.",
			"One widely shared clip, posted by fan Lotte de Groot, carried the caption: “Best race I have ever seen.”",
		}, []want{{"Not bad for an old man", "Ivo Rantanen", Post}, {"Best race I have ever seen.", "Lotte de Groot", Post}}},
		{"a message by no one named is no one's", []string{
			"Fenwick Dairies said in a post on Facebook that it was “proud of every farmer we work with”.",
			"One reply read: “Proud enough to pay them properly?”",
		}, []want{{"proud of every farmer we work with", "Fenwick Dairies", Post}, {"Proud enough to pay them properly?", "", ""}}},
		{"a caption is no one the text after it speaks of", []string{
			"Harriet Osei-Lind made 142 not out. The winning runs came off the Irish captain, Aoife Brennan-Kerr.",
			"^ Osei-Lind salutes the crowd after her century. Photograph: Tom Hale/Sportsfile",
			"Brennan-Kerr, whose side had won the first match, was generous in defeat.",
			"“We had no answer to her,” she said.",
		}, []want{{"We had no answer to her,", "Aoife Brennan-Kerr", ""}}},
		{"a description named by an appositive is the one named", []string{
			"Councillor Ruth Abbey opened the meeting.",
			"Back in the hall, a farmer in a flat cap, Dilys Pryce-Morgan, gets to her feet.",
			"“Who decided this?” she asks.",
		}, []want{{"Who decided this?", "Dilys Pryce-Morgan", ""}}},
		{"a text's words read out speak for its source", []string{
			"Pupils at Moorfield Primary School were sent home after a pipe burst.",
			"Parents were told within minutes after the school sent a text message reading “All children safe – please collect from the church hall”.",
		}, []want{{"All children safe – please collect from the church hall", "Moorfield Primary School", ""}}},
		{"a quotation given as a slogan's words is a term, unless a title set off before it", []string{
			"The council waived every fine. The campaign’s slogan, painted on the side of its vans, was “Bring it back, no questions asked.”",
			"Dr Ana Kovač questions the framing. The paper’s title, “A habitable world at last”, is “far ahead of the evidence”, she says.",
			"The Harwick Museum returned 12 masks on Friday. Their label said the masks were “acquired” in 1902, a word the museum now admits was “a euphemism”.",
		}, []want{{"Bring it back, no questions asked.", "", Term}, {"A habitable world at last", "", Term}, {"far ahead of the evidence", "Ana Kovač", ""}, {"acquired", "", ""}, {"a euphemism", "", ""}}},
		{"a headteacher is a title", []string{
			"Pupils were led out of a primary school after a gas leak, in what the headteacher called “a very long hour”.",
			"Headteacher Mrs Dawn Pryor said staff had followed the plan.",
		}, []want{{"a very long hour", "Dawn Pryor", ""}}},
		{"a spokesperson's body relays what a text is said to do", []string{
			"Priya Gill wrote the memo to senior managers in March.",
			"A spokesperson for Calder Water said the memo reflected “an open culture of challenge”.",
			"Nurses will be asked whether they are prepared to strike, after the Royal Guild of Nurses rejected the pay offer as “insulting”.",
		}, []want{{"an open culture of challenge", "Calder Water", ""}, {"insulting", "Royal Guild of Nurses", ""}}},
		{"the regulator is the public body the paragraph names, not the firm it fined nor a court", []string{
			"Kellaway & Moss has been fined £40m by the Savings Conduct Authority for what the regulator called “grave and repeated” failures.",
			"The Pension Markets Authority confirmed on Monday that it had applied to the High Court. In a statement, the regulator said it had acted “to protect savers”.",
		}, []want{{"grave and repeated", "Savings Conduct Authority", ""}, {"to protect savers", "Pension Markets Authority", ""}}},
		{"a body described as a group is no company", []string{
			"Harrow Motors AG will recall 5,000 diesel cars across Europe.",
			"“This should have happened years ago,” said Mira Holt, head of policy at Clean Roads Europe, the group that filed the original complaint.",
			"Dealers said owners feared the update would hurt performance, a concern Harrow sought to address. The company said in answers posted on its website that owners “will not notice any difference”.",
		}, []want{{"This should have happened years ago,", "Mira Holt", ""}, {"will not notice any difference", "Harrow Motors AG", ""}}},
		{"a clause joined by as is not reported by the verb before it", []string{
			"Owner Bradley Quist says he has become a “distraction” as fans’ group chair Ama Owusu-Hart hails the end of “ten lost years”",
		}, []want{{"distraction", "Bradley Quist", ""}, {"ten lost years", "Ama Owusu-Hart", ""}}},
		{"a title that qualifies a noun before a name is the name's", []string{
			"Former international Kezia Mwangi-Dale, commentating for the BBC, called the result “a shock” and said the second half was “the best I have seen all season”.",
		}, []want{{"a shock", "Kezia Mwangi-Dale", ""}, {"the best I have seen all season", "Kezia Mwangi-Dale", ""}}},
		{"a name as the object described is no naming", []string{
			"The motion passed after a debate in which the council leader, Cllr Bola Adeyemi-Hurst, described the street's current name as “a daily insult” to residents.",
			"The State Department named several cartels as “terrorist” groups.",
		}, []want{{"a daily insult", "Bola Adeyemi-Hurst", ""}, {"terrorist", "", Term}}},
		{"a name in title case beside the noun it names is a term", []string{
			"Harbour Terminals said on Monday that it had activated “Operation Ironside”, a contingency plan under which managers would run the cranes.",
			"Lina Okafor-Bright said a new volunteer-run scheme, “Meals to Your Door”, would start in May.",
			"“That,” Okafor-Bright shot back, “is not a yes.”",
			"Beside the kettle is a note that reads, in her handwriting, “MORE TEA.”",
			"The trust’s annual report on the county’s streams, “Clean Water Watch 2026: Where the Money Went”, is due in July.",
		}, []want{{"Operation Ironside", "", Term}, {"Meals to Your Door", "", Term}, {"That, is not a yes.", "Lina Okafor-Bright", ""}, {"MORE TEA.", "", ""}, {"Clean Water Watch 2026: Where the Money Went", "", Term}}},
		{"what is known as a phrase is a term", []string{
			"Dr Ines Halloran said the group had asked the agency to open what is known as a “recall query” into the brakes.",
		}, []want{{"recall query", "", Term}}},
		{"a text named before the paragraph speaks for its source", []string{
			"The survey by Leeds-based Marlow Ecology found that half the nests had failed.",
			"It described the decline as “unprecedented” and called for “urgent action”.",
		}, []want{{"unprecedented", "Marlow Ecology", ""}, {"urgent action", "Marlow Ecology", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestModifierRun checks that a run of capitalised words before a
// modifier made with a hyphen names no one, even when the headline names
// the one the modifier describes.
func TestModifierRun(t *testing.T) {
	c := testCorpus([]string{
		"Grand National-winning trainer says he will not appeal but insists he “never knowingly” broke the rules",
		"The case has shaken racing in the north, where Byrne-Hale has been one of the most successful jumps trainers of the past decade. His 2023 Grand National winner, Copper Lantern, earned him the nickname “the Malton Magician”.",
	})
	c.Articles[0].Title = "Trainer Declan Byrne-Hale banned"
	got := Find(c, Options{Entities: entity.Find(c, entity.Options{})})
	checkQuotes(t, c, got)
	if len(got) != 2 || got[0].Speaker != "" {
		t.Errorf("got %+v, want first a quotation by no one named", got)
	}
}

// TestRoundSixty holds the cases of the sixtieth round of rules.
func TestRoundSixty(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a statement is the body's whose name opens the clause after it, whatever the verb", []string{
			"In a statement last night, the Roscommon County Board congratulated both clubs and confirmed an attendance of 7,412.",
			"“The safety of supporters is our first priority,” the statement said.",
		}, []want{{"The safety of supporters is our first priority,", "Roscommon County Board", ""}}},
		{"a body whose name opens with a given name is no man", []string{
			"Halvard Games, the Montreal studio behind the Ashen Tide series, is laying off 180 staff.",
			"In an internal memo seen by PlayMarket Insider, the chief executive told staff the cuts were painful.",
			"In a statement, the company said the cancelled game had been “a casualty of prioritization, not quality”.",
		}, []want{{"a casualty of prioritization, not quality", "Halvard Games", ""}}},
		{"someone known by one name and an age is the one a pronoun means", []string{
			"Syafrizal, 61, who like many Indonesians goes by one name, sat beside the ruins of his stall.",
			"“Forty years I lived here. Now there is nothing left,” he told AFP.",
		}, []want{{"Forty years I lived here. Now there is nothing left,", "Syafrizal", ""}}},
		{"a coordinator, a supervisor and a commandant are titles", []string{
			"Cedar County Emergency Management Coordinator Brent Halvorsen said the county had opened “two shelters” at the fairgrounds.",
			"A police spokesman, Cdt Ousmane Diabaté, said officers would “not tolerate” looting.",
		}, []want{{"two shelters", "Brent Halvorsen", ""}, {"not tolerate", "Ousmane Diabaté", ""}}},
		{"the items after a name in a list are names too", []string{
			"Orbis Labs said the headset comes in three colours the company calls “Graphite,” “Sand,” and “Tide.”",
			"Many carried placards bearing the slogans “Homes not profits” and “Generation Rent says enough”, while others sang.",
		}, []want{{"Graphite,", "", Term}, {"Sand,", "", Term}, {"Tide.", "", Term}, {"Homes not profits", "", Term}, {"Generation Rent says enough", "", Term}}},
		{"someone who termed a thing something said so; what someone termed a name is a term", []string{
			"Education Secretary Priscilla Kamau termed the strike \"illegal and unprocedural\" and urged teachers to return.",
			"The rebels said the attack was the start of what they termed “Operation Red Tide”.",
		}, []want{{"illegal and unprocedural", "Priscilla Kamau", ""}, {"Operation Red Tide", "", Term}}},
		{"an apology and a clarification report their speaker", []string{
			"The celebrity chef Marcus Delaney has apologised “unreservedly” after inspectors closed his restaurant.",
			"A Vantage spokesperson later clarified that the company’s prices were “reviewed regularly”.",
		}, []want{{"unreservedly", "Marcus Delaney", ""}, {"reviewed regularly", "Vantage", ""}}},
		{"a text may have three words before its noun", []string{
			"The Northern Weather Service issued a special air quality statement early on Saturday.",
			"“Stay indoors if you can,” the statement said.",
		}, []want{{"Stay indoors if you can,", "Northern Weather Service", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundSixtyOne holds the cases of round 61's rules, each failing
// without its rule.
func TestRoundSixtyOne(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a festival, a park or a circus speaks as the body its name ends in", []string{
			"The crash came a week before the Rio Grande Balloon Festival, which drew 90,000 visitors last year.",
			"The festival said in a statement that it was “deeply saddened” by the deaths.",
			"Two riders were stuck on the Thunderbolt at Cedar Hollow Adventure Park for three hours on Sunday.",
			"The park said it was “cooperating fully” with inspectors.",
		}, []want{{"deeply saddened", "Rio Grande Balloon Festival", ""}, {"cooperating fully", "Cedar Hollow Adventure Park", ""}}},
		{"a church named for a saint is one name, and the cathedral is that church", []string{
			"Fire broke out in the roof of St Aldhelm’s Cathedral shortly after midnight.",
			"The cathedral said services would be held in a nearby church “until further notice”.",
		}, []want{{"until further notice", "St Aldhelm’s Cathedral", ""}}},
		{"a unit speaks as the body whose name ends in Unit", []string{
			"The Global Cricket Integrity Unit has charged two players over a county match.",
			"The unit said in a statement that the charges related to “contriving or being party to an agreement to fix” parts of the match.",
		}, []want{{"contriving or being party to an agreement to fix", "Global Cricket Integrity Unit", ""}}},
		{"one who describes themselves after a description set off after a name is that name", []string{
			"The money went to Anna Berg, a teacher who describes herself as “an optimist”.",
			"The award went to Marcus Tell, the builder who had called the plan “madness” in 2019.",
		}, []want{{"an optimist", "Anna Berg", ""}, {"madness", "Marcus Tell", ""}}},
		{"the title of a newsletter, a column or a blog is a name", []string{
			"Odile Fenwick, a fashion critic who writes the newsletter “Hemline,” said the brand had lost its way.",
			"Beckett Grant, who writes the cruise blog “Port & Starboard,” said passengers were angry.",
		}, []want{{"Hemline,", "", Term}, {"Port & Starboard,", "", Term}}},
		{"the name someone posts, performs or trades under is a name", []string{
			"The video was the work of Luca Shaw, a 26-year-old content creator who posts as “SkyHunterLuca” and has 400,000 followers.",
			"The firm, trading as “Quickfix Roofing”, was fined £40,000.",
		}, []want{{"SkyHunterLuca", "", Term}, {"Quickfix Roofing", "", Term}}},
		{"a company's name ends at its legal form", []string{
			"The park's owner, Lone Oak Communities LLC of Tulsa, said in a statement that it was \"heartbroken\".",
			"Nordvik Line A/S said it would update its guidance \"in due course\".",
		}, []want{{"heartbroken", "Lone Oak Communities LLC", ""}, {"in due course", "Nordvik Line A/S", ""}}},
		{"a city, town or shire's name runs on through \"of\", and a title after it is the person's", []string{
			"City of Marrinup Bay Mayor Gavin Pettigrew said the small coastal town was \"in shock\".",
			"A spokesperson for the Town of Oakville said it was \"aware\" of the complaints.",
		}, []want{{"in shock", "Gavin Pettigrew", ""}, {"aware", "Town of Oakville", ""}}},
		{"no festival is named before the festival, so no one speaks for it", []string{
			"The festival said it was “deeply saddened”, though organisers had not been named.",
		}, []want{{"deeply saddened", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundSixtyTwo(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"a firm whose name ends in a trade in the plural speaks through its spokesman", []string{
			"Ardgowan Shipbuilders, the publicly-owned yard in Port Glasgow, told MSPs on Wednesday that the ferry would be late.",
			"An Ardgowan spokesman added that the yard’s workers were “working flat out”.",
		}, []want{{"working flat out", "Ardgowan Shipbuilders", ""}}},
		{"a port speaks as the body that runs it", []string{
			"Thousands of holidaymakers were stuck in queues at the Port of Holmhaven on Friday.",
			"The port said it was facing “a perfect storm” and apologised to passengers.",
		}, []want{{"a perfect storm", "Port of Holmhaven", ""}}},
		{"a name set off after a description may be described by two nouns joined by and", []string{
			"The trust’s chair, Penelope Arkwright-Shaw, said the winner had returned the money “without argument”.",
			"The chair of judges, the poet and translator Imogen Salter, said the panel had reviewed the evidence “carefully and with great sadness”.",
		}, []want{{"without argument", "Penelope Arkwright-Shaw", ""}, {"carefully and with great sadness", "Imogen Salter", ""}}},
		{"one who declines to be named near a place is not the place", []string{
			"A woman carrying a toddler up the hill behind Ushio Station, who declined to give her name, said the stairway was \"too narrow for strollers.\"",
		}, []want{{"too narrow for strollers.", "", ""}}},
		{"a noun for a person that only modifies the next makes no person of the name set off before it", []string{
			"For 19 years Cllr Des Fairclough-Osei was one of the best-known figures in Marlbridge. Today he is suspended.",
			"The nickname was coined by the anonymous author of Marlbridge Matters, a local politics blog, after it emerged that the councillor had claimed for two meals.",
			"“I never thought of myself as a greedy man,” he tells me.",
		}, []want{{"I never thought of myself as a greedy man,", "Des Fairclough-Osei", ""}}},
		{"a colon after what someone was asked introduces the answer of the one asked", []string{
			"Matteo Ruiz spoke to reporters after the match on Sunday.",
			"Then, asked whether he wanted to apologize to Okonjo-Bauer: \"I will apologize when she apologizes.\"",
			"Ethel Mbeki, 71, won the title last year.",
			"Asked whether she intends to defend it this year: “If my knees let me.”",
			"Asked whether Tom Hale would resign: “No comment.”",
		}, []want{{"I will apologize when she apologizes.", "Matteo Ruiz", ""}, {"If my knees let me.", "Ethel Mbeki", ""}, {"No comment.", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundSixtyThree(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"an abbreviated title with its period stands before the name", []string{
			"“We’re going to make that call on Tuesday,” said Coun. Alexandre Mwangi-Fortin, who chairs the committee. “Nobody wants to cancel Canada Day.”",
			"“He ran,” said Det. Const. Maria Lopez of the county police.",
			"“It was dark,” said Ofc. Dwayne Keller.",
		}, []want{{"We’re going to make that call on Tuesday, Nobody wants to cancel Canada Day.", "Alexandre Mwangi-Fortin", ""},
			{"He ran,", "Maria Lopez", ""}, {"It was dark,", "Dwayne Keller", ""}}},
		{"a style between a given name and a surname is part of the name", []string{
			"The minister for humanitarian affairs, Abdiwali Sheikh Farah, told a news conference that the government was “doing everything within its means”.",
			"“We cannot do this alone,” Farah said.",
			"President Hassan Sheikh Mohamud said the drought was “a national emergency”.",
		}, []want{{"doing everything within its means", "Abdiwali Sheikh Farah", ""}, {"We cannot do this alone,", "Abdiwali Sheikh Farah", ""},
			{"a national emergency", "Hassan Sheikh Mohamud", ""}}},
		{"a nation's body written in lower case after its possessive name speaks", []string{
			"Russia's foreign ministry called the corridor “a provocation dressed up as charity”.",
			"“The Russian side bears no responsibility,” the ministry said.",
			"Kenya’s agriculture ministry said it was “on top of the situation”.",
		}, []want{{"a provocation dressed up as charity", "Russia's foreign ministry", ""}, {"The Russian side bears no responsibility,", "Russia's foreign ministry", ""},
			{"on top of the situation", "Kenya’s agriculture ministry", ""}}},
		{"a verb joined by and to the predicate of a clause opened by but has that clause's subject", []string{
			"The council approved the plan on Monday, but Tom Jones refused to back it and said it was “a disgrace”.",
			"Maria Lopez welcomed the vote, while Sam Okoro stayed silent and later said: “I have nothing to add.”",
		}, []want{{"a disgrace", "Tom Jones", ""}, {"I have nothing to add.", "Sam Okoro", ""}}},
		{"a relative of someone the sentence names is someone else it does not name", []string{
			"Superintendent Lorraine Castellano said the drill was \"never intended\" to include gunfire.",
			"Renata Duquesne said her daughter, a junior, texted her at 10:14: \"mom theres someone in the hall\"",
		}, []want{{"never intended", "Lorraine Castellano", ""}, {"mom theres someone in the hall", "", ""}}},
		{"a relative of someone the sentence names is the one before who shares her surname", []string{
			"Mara Lind, 19, hid in a cupboard. Her mother, Renata Lind, waited outside.",
			"Renata Lind said her daughter texted her: \"I am safe.\"",
		}, []want{{"I am safe.", "Mara Lind", ""}}},
		{"another who calls out is one more voice not named, but another alleged victim names one", []string{
			"“We’ve looked at everything,” Gareth Penhaligon-Shah replied.",
			"“Then who ran up the debt?” another shouted, to loud applause.",
			"“And who signed the loans?” another called out.",
			"\"He hit me,\" another alleged victim, Maria Santos, told the court.",
			"Allies of the secretary were worried. Another described the atmosphere as \"poisonous\".",
		}, []want{{"We’ve looked at everything,", "Gareth Penhaligon-Shah", ""}, {"Then who ran up the debt?", "", ""}, {"And who signed the loans?", "", ""},
			{"He hit me,", "Maria Santos", ""}, {"poisonous", "", ""}}},
		{"the article's report of a post that the page closes with the post's signature holds quotations of the post", []string{
			"Indiana Governor Marcia Lindholm struck a more upbeat tone.",
			"@Marcia Lindholm| \"Indiana is in this for the long haul,\" Lindholm posted on X. \"Construction continues.\"",
			"@Ann Lee| “Please share. Our dog is missing,” and a photograph.",
		}, []want{{"Indiana is in this for the long haul, Construction continues.", "Marcia Lindholm", Post},
			{"“Please share. Our dog is missing,” and a photograph.", "Ann Lee", Post}}},
		{"a division runs on through of, and a body's name opening a sentence keeps its first word", []string{
			"The Nebraska Division of Rural Health Services said it was “closely monitoring” access to care.",
			"Campaigners were angry. Climate Justice Network International said the draft was \"the weakest text we have seen\".",
			"Sport Safe UK, a charity that supports athletes, said the case showed \"how easily a coach can hide\".",
		}, []want{{"closely monitoring", "Nebraska Division of Rural Health Services", ""}, {"the weakest text we have seen", "Climate Justice Network International", ""},
			{"how easily a coach can hide", "Sport Safe UK", ""}}},
		{"a reporter who put a question does not answer it", []string{
			"Senegal's minister of communications, Awa Diallo-Fofana, told reporters in Dakar that the government had set up a committee.",
			"At an evening briefing, Diallo-Fofana was pressed on why the country had not invested more.",
			"\"Why does a country depend on one cable?\" one reporter asked.",
			"\"It does not depend on one cable,\" the minister replied.",
			"\"Is it sabotage?\" another reporter asked.",
			"\"I have answered that question,\" she said.",
		}, []want{{"Why does a country depend on one cable?", "", ""}, {"It does not depend on one cable,", "Awa Diallo-Fofana", ""},
			{"Is it sabotage?", "", ""}, {"I have answered that question,", "Awa Diallo-Fofana", ""}}},
		{"a question followed up or piped up is its asker's", []string{
			"Ingrid Solvang, the governor, said she had no regrets. \"I would do it again,\" she said.",
			"\"So you have no regrets?\" the reporter followed up.",
			"\"And the price?\" Tom Hale followed up.",
			"\"Me too,\" a child piped up.",
		}, []want{{"I would do it again,", "Ingrid Solvang", ""}, {"So you have no regrets?", "", ""}, {"And the price?", "Tom Hale", ""}, {"Me too,", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundSixtyFour checks the attribution rules of round sixty-four.
func TestRoundSixtyFour(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"the agency is the body the paragraph before is about when its name says of no other kind", []string{
			"Harjit Sandhu said his party would use its leverage in the new Parliament “responsibly, but not for free.”",
			"Elections Canada said turnout was estimated at 66.8 per cent, up slightly from the previous general election.",
			"In a statement issued shortly before midnight, the agency said long lineups were the result of “higher-than-anticipated demand.”",
			"“No elector who was in line at the close of polls was turned away,” the statement said.",
		}, []want{{"responsibly, but not for free.", "Harjit Sandhu", ""}, {"higher-than-anticipated demand.", "Elections Canada", ""},
			{"No elector who was in line at the close of polls was turned away,", "Elections Canada", ""}}},
		{"a company the paragraph before is about is not the agency", []string{
			"The Food Standards Agency has opened an inquiry into the recall.",
			"Kettleby Foods said the affected batches had been “withdrawn from sale”.",
			"“Consumers should not eat the product,” the agency said.",
		}, []want{{"withdrawn from sale", "Kettleby Foods", ""}, {"Consumers should not eat the product,", "Food Standards Agency", ""}}},
		{"the company is the one body its paragraph names, though not as a subject, nor as the one a statement went to", []string{
			"Sales were strong, the figures showed.",
			"The memoir, published on Tuesday by Harrow & Finch, sold 41,200 copies in its first week. Audiobook downloads were described by the publisher as “well into five figures.”",
			"In a statement to the London Stock Exchange, the company said: “The line has been shut down.”",
		}, []want{{"well into five figures.", "Harrow & Finch", ""}, {"The line has been shut down.", "", ""}}},
		{"the company is not a source the story about another company cites", []string{
			"Halvorsen Foods cut 400 jobs on Monday.",
			"Shares fell 6%, according to data compiled by Bloomberg. In a statement, the company said the cuts were “painful but necessary”.",
			"The deal, advised by Goldman Sachs, was approved. The company said the offer was “fair”.",
		}, []want{{"painful but necessary", "Halvorsen Foods", ""}, {"fair", "Halvorsen Foods", ""}}},
		{"the agency is not the company that answered a public body that acted", []string{
			"The Federal Aviation Administration grounded the jets on Friday.",
			"Boeing said it supported the decision.",
			"“Safety will drive our timeline,” the agency said.",
		}, []want{{"Safety will drive our timeline,", "Federal Aviation Administration", ""}}},
		{"a list joined by & before a body's head and a journal's annals are the name", []string{
			"The UK’s Foreign, Commonwealth & Development Office said it was “in contact with the Greek authorities”.",
			"In an editorial, the Annals of Internal Medicine said the findings were “a reminder”.",
		}, []want{{"in contact with the Greek authorities", "Foreign, Commonwealth & Development Office", ""}, {"a reminder", "Annals of Internal Medicine", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

func TestRoundSixtyFive(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []want
	}{
		{"the school is the academy the story names, however far back", []string{
			"Pupils at Ferncliffe Park Academy in Leeds lock their phones away at the gate.",
			"The ban began in January, and teachers say the change was “night and day”.",
			"One mother, Janet Hale, said she was “won over”.",
			"Another parent, Tom Reyes, called it “a step too far”.",
			"The school says parents can ring the office at any time and messages will be passed on “within minutes”.",
		}, []want{{"night and day", "", ""}, {"won over", "Janet Hale", ""}, {"a step too far", "Tom Reyes", ""}, {"within minutes", "Ferncliffe Park Academy", ""}}},
		{"the school is no college, nor an academy when a school is named", []string{
			"Students at Hartwell Medical School staged a sit-in on Monday.",
			"The Royal College of GPs has warned of shortages, and the Academy of Medical Sciences agreed.",
			"The school said the increase was “unavoidable”.",
		}, []want{{"unavoidable", "Hartwell Medical School", ""}}},
		{"the school is a college the story names when no school is", []string{
			"Dozens of pupils at Eton College were sent home on Monday.",
			"“The health of our pupils is our priority,” the school said in a statement.",
		}, []want{{"The health of our pupils is our priority,", "Eton College", ""}}},
		{"initials spell the body the story names in full, with its for", []string{
			"The Rail Accident Investigation Branch confirmed it had sent inspectors to the site. The Department for Education said schools would reopen.",
			"A spokesperson for the RAIB said: “Our inspectors will examine the track.”",
			"Teachers walked out, while the DfE insists the award is “fair and fully funded”.",
		}, []want{{"Our inspectors will examine the track.", "Rail Accident Investigation Branch", ""}, {"fair and fully funded", "Department for Education", ""}}},
		{"a body's name the entities give whole holds its for", []string{
			"Lena Ortiz started a Facebook group, Mothers for Clean Air, which now has 900 members. “Nobody listened to us,” the group said.",
		}, []want{{"Nobody listened to us,", "Mothers for Clean Air", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindEntities(t, tt.paras, tt.want)
		})
	}
}

// TestRoundSixtySix checks the rules added in round 66 of the blind-set
// work, each with its article's headline.
func TestRoundSixtySix(t *testing.T) {
	tests := []titledCase{
		{"a daughter who speaks where named keeps it too", "Painting stolen from stately home", []string{
			"The portrait of Lady Harriet Wexcombe was taken from the library on Thursday.",
			"Charlotte Wexcombe, whose family has lived at the house since 1702, said she was “utterly heartbroken”.",
			"“She has hung in that room for 250 years,” Mrs Wexcombe said.",
		}, []want{{"utterly heartbroken", "Charlotte Wexcombe", ""}, {"She has hung in that room for 250 years,", "Charlotte Wexcombe", ""}}},
		{"but a relative who speaks where named does not take it", "Man charged over fatal hit-and-run", []string{
			"Police charged James Fenwick, 34, with causing death by dangerous driving on Monday.",
			"His father, Peter Fenwick, said his son was “a good lad who made a terrible mistake”.",
			"“I am deeply sorry for what happened,” Mr. Fenwick said in a statement issued through his lawyer.",
		}, []want{{"a good lad who made a terrible mistake", "Peter Fenwick", ""}, {"I am deeply sorry for what happened,", "James Fenwick", ""}}},
		{"nor a relative who does not speak", "Senator backs veterans bill", []string{
			"Senator John Harlow threw his weight behind the bill on Monday.",
			"His son, Eric Harlow, was killed in Afghanistan in 2011.",
			"“Not a day goes by that I don’t think of him,” Mr. Harlow said.",
		}, []want{{"Not a day goes by that I don’t think of him,", "John Harlow", ""}}},
		{"the company of a standfirst is the one the headline names", "Corvane Air cuts 1,400 summer flights as pilot shortage bites", []string{
			"Carrier blames a training backlog and “aggressive poaching” by Gulf rivals",
			"Corvane Air will cancel about 1,400 flights, the Lisbon-based airline said on Tuesday. Analysts at Bramley Partners said the cuts were “overdue”.",
		}, []want{{"aggressive poaching", "Corvane Air", ""}, {"overdue", "Bramley Partners", ""}}},
		{"but none the headline does not name", "Pilot shortage bites across Europe", []string{
			"Carrier blames a training backlog and “aggressive poaching” by Gulf rivals",
			"Corvane will cancel about 1,400 flights, the Lisbon-based airline said on Tuesday.",
		}, []want{{"aggressive poaching", "", ""}}},
		{"nor one when the paragraph names another body", "Tesla shares slide as Chinese rival cuts prices", []string{
			"The company, which overtook Tesla in electric car sales last year, said it would cut prices to “share the benefits of scale”.",
			"Tesla shares fell 4% in New York.",
		}, []want{{"share the benefits of scale", "", ""}}},
		{"nor the one the headline names as another's customer", "Apple supplier Foxconn warns of iPhone slowdown", []string{
			"The company, which assembles most of Apple’s iPhones, said it expected “significant” weakness.",
			"Foxconn shares fell 3% in Taipei.",
		}, []want{{"significant", "", ""}}},
		{"a partial quotation of a later post, or of words written on social media, is a post", "Book vote splits town", []string{
			"Kestrel Amadi, a librarian, posted on Facebook that the vote was “a disgrace”.",
			"In a later post, Amadi wrote that the novel had been on shelves “without a single complaint”.",
			"Mayor Tom Reed later wrote on social media that he had told staff to “spare no effort”.",
		}, []want{{"a disgrace", "Kestrel Amadi", Post}, {"without a single complaint", "Kestrel Amadi", Post}, {"spare no effort", "Tom Reed", Post}}},
		{"but not of a post on a website, nor of the blog post the story named", "Lock maker fixes flaw", []string{
			"Vantex Capital halted withdrawals, citing what it described in a post on its website as a “temporary liquidity event”.",
			"In a blog post titled “Knock Knock”, the researcher Noor Haddadin-Pike described the flaw.",
			"The post goes on at length about the lock.",
			"The company has sold 40,000 of the locks.",
			"In her post, Haddadin-Pike wrote that the attack “requires no special skills”.",
		}, []want{{"temporary liquidity event", "Vantex Capital", ""}, {"Knock Knock", "", Term}, {"requires no special skills", "Noor Haddadin-Pike", ""}}},
		{"nor a post that is a job, nor others' posts on social media", "Envoy recalled", []string{
			"In his previous post as ambassador to Russia, Mark Ellison described relations as “at their lowest point”.",
			"Mayor Tom Reed told reporters that comments posted on social media about the officer were “vile and untrue”.",
		}, []want{{"at their lowest point", "Mark Ellison", ""}, {"vile and untrue", "Tom Reed", ""}}},
		{"a post on a social network after a post on a website is a post again", "Acme cuts 200 jobs", []string{
			"Acme Corp announced the cuts in a post on its website on Monday.",
			"Hours later, chief executive Dana Fry posted a photo of the empty office on Instagram.",
			"In her post, Fry wrote that the cuts were “the hardest decision” of her career.",
		}, []want{{"the hardest decision", "Dana Fry", Post}}},
		{"but not when the headline names the first: the story is about them", "Ellis Marchbanks, saxophonist, dies at 87", []string{
			"Ellis Marchbanks, the tenor saxophonist, died on Monday. Mr. Marchbanks recorded 40 albums.",
			"His son said a memorial was planned. “He always said he wanted to go out the way he came in,” Cedric Marchbanks said.",
			"In a 1988 interview, Mr. Marchbanks was asked how he wanted to be remembered. He did not hesitate.",
			"“As a man who made people feel something,” he said.",
		}, []want{{"He always said he wanted to go out the way he came in,", "Cedric Marchbanks", ""}, {"As a man who made people feel something,", "Ellis Marchbanks", ""}}},
	}
	runTitled(t, tests)
}

// TestRoundSixtySeven holds the cases of round sixty-seven's rules, each
// in an article with a headline.
func TestRoundSixtySeven(t *testing.T) {
	tests := []titledCase{
		{"a name given only as a title and a surname is the speaker's", "Dengue cases surge on estates", []string{
			"Another resident, who wanted to be known only as Mrs Wong, said she had fallen ill in October.",
			"“The fever was so bad I could not get out of bed,” she said.",
		}, []want{{"The fever was so bad I could not get out of bed,", "Wong", ""}}},
		{"so is a nickname ending the sentence", "Riders brave the typhoon", []string{
			"“Before a typhoon everyone wants noodles,” said a 31-year-old rider who asked to be identified only by his nickname, Kit Lam. “Some guys ride until the last minute.”",
		}, []want{{"Before a typhoon everyone wants noodles, Some guys ride until the last minute.", "Kit Lam", ""}}},
		{"but not a name someone gives another, nor a nickname the story gives", "Woman dies in house fire", []string{
			"A woman has died after a fire at a terraced house in Bolton.",
			"A neighbour, who named the victim as Mrs Ellis, said: “She was a lovely lady who kept herself to herself.”",
			"Another neighbour said the boy next door was known to everyone on the street by his nickname, Pip.",
			"“He has always been a brave lad,” she said.",
		}, []want{{"She was a lovely lady who kept herself to herself.", "", ""}, {"He has always been a brave lad,", "", ""}}},
		{"and the name someone opening a sentence as “one” gave", "Champion stripped of title", []string{
			"Outside the gym, a handful of fans had gathered.",
			"One, who gave his name only as Dwayne, said he had followed the fighter “since his first pro fight”.",
			"Another, who gave her name only as Amina, said the ruling was “a joke”.",
		}, []want{{"since his first pro fight", "Dwayne", ""}, {"a joke", "Amina", ""}}},
		{"someone described by a name after a preposition is not that name", "Rogue trader jailed", []string{
			"Tomasz Wieczorek, 34, was jailed for six years.",
			"A former colleague of Wieczorek, who asked not to be named because he still works in the industry, described him as “quiet, very bright”.",
			"A former colleague of Wieczorek described him as “a loner”.",
		}, []want{{"quiet, very bright", "", ""}, {"a loner", "", ""}}},
		{"someone at a body who asked not to be named is nobody named, but its spokesperson speaks for it", "Tractors block high street", []string{
			"Next door, the manager of Harbottle’s Bakery, who asked not to be named, said the protest had been “good for the sausage rolls”.",
			"One waiter at the Ember site in Manchester’s Spinningfields, who did not want to be named, told Sky News: “We found out on WhatsApp.”",
			"A spokesman for Harbour Cafe, who asked not to be named, said it would stay “closed until Friday”.",
			"A representative of Quayside Deli, who asked not to be named, said: “Rising costs hurt.”",
		}, []want{{"good for the sausage rolls", "", ""}, {"We found out on WhatsApp.", "", ""}, {"closed until Friday", "Harbour Cafe", ""}, {"Rising costs hurt.", "Quayside Deli", ""}}},
		{"adding: after a partial quotation is the clause's subject's", "Manager sacked after derby rout", []string{
			"Marco Ferrante-Doyle was sacked on Monday.",
			"After the game he admitted his side had been “nowhere near the level”, adding: “I take responsibility.”",
			"Kelsey Ferrante, a nurse, was angry. She said one manager had told nurses to “just do what you did before”, adding: “Half of our nurses weren’t born before computers.”",
		}, []want{{"nowhere near the level", "Marco Ferrante-Doyle", ""}, {"I take responsibility.", "Marco Ferrante-Doyle", ""},
			{"just do what you did before", "", ""}, {"Half of our nurses weren’t born before computers.", "Kelsey Ferrante", ""}}},
		{"a quotation going on after an aside between dashes is the same speaker's", "Witness describes shooting", []string{
			"Luis Arreola saw the shooting from his porch.",
			"“He wasn’t running,” Arreola said. “He had the phone up like this” — Arreola raised his right hand, palm open — “and then pop, pop, pop.”",
			"Police said the officer had “feared for his life” — a claim the family rejects — “and acted within policy”.",
		}, []want{{"He wasn’t running, He had the phone up like this and then pop, pop, pop.", "Luis Arreola", ""}, {"feared for his life", "Police", ""}, {"and acted within policy", "Police", ""}}},
		{"an attribution ending the sentence covers every partial quotation before it", "Twin red pandas born", []string{
			"Wrexley Zoo welcomed twin red pandas on Sunday. Keeper Ann Lee fed them.",
			"Both cubs are “feeding well” and are “very vocal”, the zoo said.",
		}, []want{{"feeding well very vocal", "Wrexley Zoo", ""}}},
		{"but not one a clause or a comma sets apart, which is someone else's", "Arena turns profit", []string{
			"Tom Hardy built the arena in 2019. The council objected.",
			"Rivals mocked the arena as a “vanity project”, but it has proved “a huge success”, Hardy said.",
			"Despite warnings from the council that it would be “unviable”, the arena has been “a huge success”, Hardy said.",
		}, []want{{"vanity project", "", Term}, {"a huge success", "Tom Hardy", ""}, {"unviable", "", Term}, {"a huge success", "Tom Hardy", ""}}},
		{"adding: after a partial quotation in a clause opened by a phrase of time is the first speaker's", "Row over decision", []string{
			"Jane Smith and Mark Davies met on Monday.",
			"On Monday night Smith said Davies had called the decision “a disgrace”, adding: “I stand by it.”",
		}, []want{{"a disgrace", "Mark Davies", ""}, {"I stand by it.", "Jane Smith", ""}}},
		{"a name given by or to someone else is the speaker's too", "Shots fired in street", []string{
			"A woman, who was identified by police as Maria, said: “I heard two bangs.”",
			"A second woman, known to friends as Dot, said: “I have lived here 60 years.”",
		}, []want{{"I heard two bangs.", "Maria", ""}, {"I have lived here 60 years.", "Dot", ""}}},
		{"an aside naming someone else's words does not carry the quotation on", "Economy debate", []string{
			"Rachel Reeves and Boris Johnson spoke on Monday.",
			"“The economy is turning a corner” — that was the message from Reeves; Johnson’s verdict — “far too early to tell.”",
		}, []want{{"The economy is turning a corner", "", ""}, {"far too early to tell.", "", ""}}},
		{"pledging is a verb of speech", "Barasa wins presidency", []string{
			"Esther Nyaboke Barasa won the election with 52 per cent of the vote.",
			"In her acceptance speech, Ms Barasa struck a conciliatory tone, pledging to be “a president for those who voted for me and those who did not”.",
		}, []want{{"a president for those who voted for me and those who did not", "Esther Nyaboke Barasa", ""}}},
		{"the pastor, the vicar or the chaplain is the one the story calls the Reverend", "Church mourns crash victims", []string{
			"“Marcus didn’t just come to church, he was the church,” the Rev. Elijah Stroud told the crowd.",
			"Police said the crash happened at 2am.",
			"“We’re going to sing it for him,” the pastor said.",
		}, []want{{"Marcus didn’t just come to church, he was the church,", "Elijah Stroud", ""}, {"We’re going to sing it for him,", "Elijah Stroud", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSixtyEight(t *testing.T) {
	tests := []titledCase{
		{"a person set off after a phrase of the occasion speaks", "Croquet lawn vandalised", []string{
			"Speaking to the Guardian, Mr Tennant-Okafor, whose 2022 memoir, Hoops and Hard Knocks, chronicled his rise, said the game had given him “a life I never expected”.",
			"Asked about the delay, Ann Fry, the chief executive of Harwoods, the UK’s second-largest grocer, said it was “regrettable”.",
		}, []want{{"a life I never expected", "Tennant-Okafor", ""}, {"regrettable", "Ann Fry", ""}}},
		{"but not the name set off after a person's noun ending the phrase", "United prepare for derby", []string{
			"Asked about the striker, Marcus Rashford, the United manager, Erik ten Hag, said he was “fit to play”.",
			"Thanking his coach, Mike Doyle, the champion, Tom Reed, said: “I couldn’t have done it without him.”",
			"Reflecting on the loss of her husband, Peter, in 2019, the author, Jane Ward, said writing had “saved” her.",
			"Speaking to reporters, Ann Fry, the chief executive of Harwoods, the UK’s second-largest grocer, said the results were “solid”.",
			"Kent County Council has warned of cuts. Speaking after meeting the minister, Mark Hollis, the leader of Kent, the largest council in England, said the cuts were “unsustainable”.",
		}, []want{{"fit to play", "Erik ten Hag", ""}, {"I couldn’t have done it without him.", "Tom Reed", ""}, {"saved", "Jane Ward", ""}, {"solid", "Ann Fry", ""}, {"unsustainable", "Mark Hollis", ""}}},
		{"a surname opening with particles in lower case is a name", "Hour record attempt", []string{
			"Lotte van der Heijden set the record in 2019 and Annelies van der Veen rode with her.",
			"Asked about the post, van der Heijden grins. “Every metre. That’s exactly what it’s going to take.”",
			"A publisher has been in touch; van der Veen says the offer is “flattering”.",
			"Ask van der Veen about it and she goes quiet. “I still don’t know what happened.”",
		}, []want{
			{"Every metre. That’s exactly what it’s going to take.", "Lotte van der Heijden", ""},
			{"flattering", "Annelies van der Veen", ""},
			{"I still don’t know what happened.", "Annelies van der Veen", ""},
		}},
		{"a lead-in that gives its subject a message hands the quotation to them", "Measles outbreak at school", []string{
			"Dr Sione Fifita-Lam, the medical officer of health, urged parents to check their children’s records.",
			"Dr Fifita-Lam had a simple message for anyone hesitating. “Bring your whānau. It’s free, and it works.”",
		}, []want{{"Bring your whānau. It’s free, and it works.", "Sione Fifita-Lam", ""}}},
		{"but not what came to them from someone else", "Care home inquiry", []string{
			"Tom Reed, the local MP, said he had raised the matter in Parliament. He had an answer from the minister last week. “The regulator is looking into it.”",
			"Dr Ann Fry had a simple message for parents worried by the outbreak. “Bring your children.”",
		}, []want{{"The regulator is looking into it.", "", ""}, {"Bring your children.", "Ann Fry", ""}}},
		{"a partial name with the honorific a full name was written with is that person", "Okafor-Hayes wins prize", []string{
			"Novelist Tobenna Okafor-Hayes won the prize on Saturday for his second novel.",
			"His mother, Mrs. Felicia Okafor-Hayes, who sat in the front row, said she had \"never doubted\" her son. \"Even when he left a good job, I told him to hold it well,\" Mrs. Okafor-Hayes said.",
			"\"He was always reading,\" Mrs. Okafor-Hayes added.",
		}, []want{{"never doubted", "Felicia Okafor-Hayes", ""}, {"Even when he left a good job, I told him to hold it well,", "Felicia Okafor-Hayes", ""}, {"He was always reading,", "Felicia Okafor-Hayes", ""}}},
		{"Matua and Whaea are Māori honorifics, not words of the name, but Koro is a given name too", "Zoo names elephant calf", []string{
			"Matua Wiremu Tāwhai-Brennan blessed the calf at dawn.",
			"Matua Wiremu said the name had been chosen with the help of local children. “The children sent us more than 200 ideas,” he said.",
			"Among those planning a trip is Whaea Huia Marino-Davis, who has lived in the town all her life. “I’ve never seen a baby elephant,” she said.",
			"Koro Wētere said in a 2010 interview that the settlement was “the proudest moment of my life”.",
			"His granddaughter, Aroha Wētere, said: “Koro taught us everything.”",
		}, []want{{"The children sent us more than 200 ideas,", "Wiremu Tāwhai-Brennan", ""}, {"I’ve never seen a baby elephant,", "Huia Marino-Davis", ""},
			{"the proudest moment of my life", "Koro Wētere", ""}, {"Koro taught us everything.", "Aroha Wētere", ""}}},
		{"the one a phrase opening the sentence answers is not the pronoun after it", "Homes plan rejected", []string{
			"Rhys Montague-Bell, the committee chair, said the relief road was “years away”.",
			"Cllr Tomasz Wierzbicki said he was “frankly baffled” by the decision. Responding to Mr Montague-Bell’s point about the road, he said: “The applicant has offered everything we asked for.”",
		}, []want{{"years away", "Rhys Montague-Bell", ""}, {"frankly baffled", "Tomasz Wierzbicki", ""}, {"The applicant has offered everything we asked for.", "Tomasz Wierzbicki", ""}}},
		{"a question after its asker's lead-in is not given to the one whose colon leads in the answer", "Driver row deepens", []string{
			"Mattias Grunewald is the team principal.",
			"When one reporter asked, \"Is Yusuf driving next year?\", Grunewald replied: \"That is not a conversation for today.\"",
			"When Ann Fry of the Courier asked, \"Will he apologise?\", Grunewald replied: \"No.\"",
		}, []want{{"Is Yusuf driving next year?", "", ""}, {"That is not a conversation for today.", "Mattias Grunewald", ""}, {"Will he apologise?", "Ann Fry", ""}, {"No.", "Mattias Grunewald", ""}}},
		{"a theatre or a gallery is a body, whose short name is its full one", "Theatre defends casting", []string{
			"The Chandlery Theatre in Leeds is facing criticism after it cast a hearing actor in the lead role.",
			"In a statement released on Tuesday evening, the Chandlery said it had auditioned “widely and in good faith”.",
			"The Fairbairn Gallery said the loan was “a privilege”.",
		}, []want{{"widely and in good faith", "Chandlery Theatre", ""}, {"a privilege", "Fairbairn Gallery", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSixtyNine(t *testing.T) {
	tests := []titledCase{
		{"a body's name opening a sentence speaks of itself", "Library closures", []string{
			"A spokesperson for Ashcombe Borough Council said 23 posts were at risk. Unison said it would be \"fighting for every job\".",
			"Unesco, which lists the nearby town as a World Heritage Site, said in a statement that it was “deeply saddened” by the damage.",
			"Ofgem said in a statement it was “monitoring the situation”.",
		}, []want{{"fighting for every job", "Unison", ""}, {"deeply saddened", "Unesco", ""}, {"monitoring the situation", "Ofgem", ""}}},
		{"but not a word that only opens a sentence", "Growers count the cost", []string{
			"Ashcombe Borough Council met on Tuesday. Growers said they feared a “black frost”.",
			"Staff said it had been “chaos” at the school. Management said it was “reviewing every option”.",
			"Volunteers said it had been “a heartbreaking week”. Everyone said it was “unbelievable”.",
			"Engineers, the county’s own inspectors among them, said the cracks were “far worse than anyone expected”.",
			"Text messages read in court show the broker reassuring a parent: “Relax. I have done this 40 times.”",
			"Dutchman says he takes “full responsibility” for the defeat.",
		}, []want{
			{"black frost", "", ""}, {"chaos", "", ""}, {"reviewing every option", "", "term"}, {"a heartbreaking week", "", ""}, {"unbelievable", "", "term"},
			{"far worse than anyone expected", "", ""}, {"Relax. I have done this 40 times.", "", ""}, {"full responsibility", "", ""},
		}},
		{"a description of a body whose name ends in the noun's plural", "Chimney fire", []string{
			"The cottages are owned by Elmthwaite Estates, which lets them to farm workers.",
			"A spokesperson for the estate said: “All our properties are inspected every year.”",
			"The International Group of P&I Clubs covers the tanker. Nordic Mutual, its insurer, said it had sent a team. The club said it would pay “legitimate claims”.",
		}, []want{{"All our properties are inspected every year.", "Elmthwaite Estates", ""}, {"legitimate claims", "Nordic Mutual", ""}}},
		{"a person set off after a description characterises", "Councillor suspended", []string{
			"Council leader Cllr Ruth Penhaligon said the case had “damaged trust”.",
			"But the leader of the Harbour Greens, Cllr Tamsin Orchard-Lowe, described the sanction as “a slap on the wrist”.",
			"The chair of the standards panel, Cllr Kofi Brandt, called the claims “indefensible”.",
		}, []want{{"damaged trust", "Ruth Penhaligon", ""}, {"a slap on the wrist", "Tamsin Orchard-Lowe", ""}, {"indefensible", "Kofi Brandt", ""}}},
		{"but not a person set off inside a description after a name", "Council vote", []string{
			"Cllr Helen Price, a fierce critic of the council leader, Cllr Mark Dobbs, described the vote as “a betrayal of Hollins Green”.",
			"Angela Moore, the sister of the missing man, Kevin Moore, described the search as “chaotic”.",
		}, []want{{"a betrayal of Hollins Green", "Helen Price", ""}, {"chaotic", "Angela Moore", ""}}},
		{"an answer to a reporter's question after a line of narration", "Coach on transfer", []string{
			"Speaking at the training ground, Pieter van Aalst struck a defiant tone.",
			"“He’s our player,” Van Aalst said. “That’s the situation.”",
			"The exchange that followed was brief.",
			"“Is he in the squad for Saturday?” one reporter asked.",
			"“Ask me on Saturday.”",
			"“Has he handed in a transfer request?”",
			"“Not to me.”",
		}, []want{
			{"He’s our player, That’s the situation.", "Pieter van Aalst", ""},
			{"Is he in the squad for Saturday?", "", ""}, {"Ask me on Saturday.", "Pieter van Aalst", ""},
			{"Has he handed in a transfer request?", "", ""}, {"Not to me.", "Pieter van Aalst", ""},
		}},
		{"but not after narration that names someone", "Coach on transfer", []string{
			"“He’s our player,” Pieter van Aalst said.",
			"Then Ilse Brandt took the microphone.",
			"“Is he in the squad for Saturday?” one reporter asked.",
			"“Ask me on Saturday.”",
		}, []want{{"He’s our player,", "Pieter van Aalst", ""}, {"Is he in the squad for Saturday?", "", ""}, {"Ask me on Saturday.", "", ""}}},
		{"nor after narration that brings in others", "Lake pollution", []string{
			"“We are not hiding from anyone,” Gareth Lyle said.",
			"Outside the building, the mood among protesters was very different.",
			"“Would you swim in that water?” one reporter asked.",
			"“Not a chance. My kids used to swim there every day.”",
		}, []want{{"We are not hiding from anyone,", "Gareth Lyle", ""}, {"Would you swim in that water?", "", ""}, {"Not a chance. My kids used to swim there every day.", "", ""}}},
		{"a noun of nationality the article gave someone is theirs", "Open final", []string{
			"Mateo Vasquez-Rhee won by two, clear of the Dutchman Anders van der Hoek.",
			"Back-to-back birdies took Van der Hoek level with Vasquez-Rhee.",
			"The big Dutchman described the shot as “one bad swing at the worst time”.",
			"“That’s golf, isn’t it?” he said.",
		}, []want{{"one bad swing at the worst time", "Anders van der Hoek", ""}, {"That’s golf, isn’t it?", "Anders van der Hoek", ""}}},
		{"a body named after one of a group, past a place", "Bakery closes", []string{
			"One of the oldest bakery chains in Orun State, Sunrise Loaf Bakeries Limited, has shut 23 of its outlets.",
			"In a statement, the company said the decision was “painful but unavoidable.”",
			"One of the residents in Ilegbe, Tunde Bakare, said the bread was “the best in town”.",
		}, []want{{"painful but unavoidable.", "Sunrise Loaf Bakeries Limited", ""}, {"the best in town", "Tunde Bakare", ""}}},
		{"but not one given it paragraphs before, when someone else is nearer", "Swimming", []string{
			"The Australian Mia Hartley won the women’s 200m freestyle in a championship record.",
			"Sophie Lang, 19, from Melbourne, took bronze in her first major final.",
			"“I honestly didn’t think I’d even make the final,” the Australian said.",
		}, []want{{"I honestly didn’t think I’d even make the final,", "Sophie Lang", ""}}},
		{"Barrister and Mzee are titles in African English, Shri and Smt in Indian", "Port strike", []string{
			"In a statement, his lawyer, Barrister Emeka Obi-Lawson, said: “Our client has not absconded.”",
			"Mzee Kamau Njoroge said the river had “never been this high”.",
			"Shri Abdul Rasheed Qureshi, the local MLA, described the closure as a “silent retreat”.",
			"Shri P. Venkatappa Naidu, the sarpanch, said the branch was “everything”.",
			"“We will lock the branch,” Shri Naidu said.",
			"The Shri Kaleshwar Yatra Samiti, which organises the fair, said it was “deeply shaken”.",
		}, []want{
			{"Our client has not absconded.", "Emeka Obi-Lawson", ""}, {"never been this high", "Kamau Njoroge", ""},
			{"silent retreat", "Abdul Rasheed Qureshi", ""}, {"everything", "P. Venkatappa Naidu", ""},
			{"We will lock the branch,", "P. Venkatappa Naidu", ""}, {"deeply shaken", "Shri Kaleshwar Yatra Samiti", ""},
		}},
		{"but Thiru is a given name, and Smt Naidu is not Shri Naidu", "Fishing ban", []string{
			"Thiru, a 45-year-old fisherman from Kasimedu, said the ban was “killing the village”.",
			"“We have not been out for six weeks,” Thiru said.",
			"Shri Naidu said the branch was “everything” to the village. His wife, Smt Naidu, said: “We will fight.”",
		}, []want{{"killing the village", "Thiru", ""}, {"We have not been out for six weeks,", "Thiru", ""}, {"everything", "Naidu", ""}, {"We will fight.", "Naidu", ""}}},
		{"but Mama names a woman whole, and Mandal is a surname", "Market prices", []string{
			"A trader who gave her name only as Mama Tobi said: “We are suffering.”",
			"Mama Ngozi, who has sold tomatoes at the market for 20 years, said customers were buying “half of what they used to”.",
			"Rajiv Ranjan Mandal of the RJD said the report would go “into a cupboard”.",
		}, []want{{"We are suffering.", "Mama Tobi", ""}, {"half of what they used to", "Mama Ngozi", ""}, {"into a cupboard", "Rajiv Ranjan Mandal", ""}}},
	}
	runTitled(t, tests)
}

// A titledCase is an article with a headline and the quotations Find
// should give it, with entities found.
type titledCase struct {
	name, title string
	paras       []string
	want        []want
}

// runTitled checks each case as a subtest.
func TestRoundSeventy(t *testing.T) {
	tests := []titledCase{
		{"no inverted attribution after a verb whose object listens", "Climber rescued", []string{
			"Kai Brennan, who said he plans to return to the summit \"next spring, with more respect,\" thanked the rescuers by name.",
			"\"Stay indoors,\" warned Mayor Ruth Kale.",
		}, []want{{"next spring, with more respect,", "Kai Brennan", ""}, {"Stay indoors,", "Ruth Kale", ""}}},
		{"a relative clause after the object of by or to speaks", "Car ban", []string{
			"Mayor Lena Ortiz-Bray set out the plan on Monday.",
			"Cars will be banned under plans unveiled by the city’s mayor, who said the change would make the centre “a place for people”.",
			"Halvard will vote against the chair, according to a person familiar with the fund’s thinking, who described the move as “a vote of no confidence”.",
			"Dimas Reyes said he had already spoken to his mother, who told him to “eat properly and go to bed”.",
		}, []want{{"a place for people", "Lena Ortiz-Bray", ""}, {"a vote of no confidence", "", ""}, {"eat properly and go to bed", "", ""}}},
		{"according to at the end of a sentence", "Lost dog found", []string{
			"The dog was in “remarkably good shape” after months outdoors, according to Dr. Ana Pereira, the shelter’s vet.",
			"The cat had been “surprisingly calm” on the drive home, according to the shelter’s manager, Tom Reyes.",
			"Norovirus, sometimes called the “stomach bug” or the “winter vomiting bug”, spreads quickly on ships, according to the agency.",
			"The park was rated “good” at its last inspection, according to documents seen by the Herald.",
			"The shoe, marketed as the Kestrel “Apex Vapor 3”, has two carbon plates, according to the company.",
		}, []want{
			{"remarkably good shape", "Ana Pereira", ""}, {"surprisingly calm", "Tom Reyes", ""},
			{"stomach bug", "", "term"}, {"winter vomiting bug", "", "term"}, {"good", "", "term"}, {"Apex Vapor 3", "", "term"},
		}},
		{"an office in capitals names no one", "Royalty dispute", []string{
			"Nana Kofi Asante II, Omanhene of the area, urged both sides to talk.",
			"“When two elephants fight, it is the grass that suffers,” the chief said.",
			"The Chief Executive of the Chamber of Mines, Mrs Efua Mensah, said members had “serious concerns”.",
		}, []want{{"When two elephants fight, it is the grass that suffers,", "", ""}, {"serious concerns", "Efua Mensah", ""}}},
		{"but a chief in a title of one word is one", "Warehouse fire", []string{
			"Fire Chief Tom Okafor arrived at noon. “It is contained,” the chief said.",
		}, []want{{"It is contained,", "Tom Okafor", ""}}},
		{"Olympian before a name is not part of it", "Selection row", []string{
			"The athletes’ panel, chaired by two-time Olympian Ciara Dunne, has written to the board.",
			"In the letter, Dunne wrote that the panel was “deeply concerned”.",
		}, []want{{"deeply concerned", "Ciara Dunne", ""}}},
		{"a name set off after a description with a short form, or a compound office", "Lecture cancelled", []string{
			"But the President of the Students’ Union (SU), Comrade Musa Bello, described the ban as “a gag” and accused the management of yielding to “powerful people”.",
			"Addressing workers at the gate, the dockworkers’ President-General, Comrade Ade Coker, said the strike would go on “to the last kobo”.",
		}, []want{{"a gag", "Musa Bello", ""}, {"powerful people", "Musa Bello", ""}, {"to the last kobo", "Ade Coker", ""}}},
		{"a participle after a quotation is no noun it modifies", "Ferry breakdown", []string{
			"Transport Minister Fiona Drummond-Lyle said she understood the “real frustration” felt by islanders.",
			"The council’s “deep clean” given to the square cost £4,000.",
		}, []want{{"real frustration", "Fiona Drummond-Lyle", ""}, {"deep clean", "", "term"}}},
		{"calling a number or the police is no speech", "Chemical leak", []string{
			"Plant manager Dale Wexford disputed that account, saying staff had called 911 “within minutes” of detecting the leak.",
			"Neighbours said they called police “at least twice” that night.",
		}, []want{{"within minutes", "Dale Wexford", ""}, {"at least twice", "", ""}}},
		{"a participle's phrase opening the sentence before the subject", "Cycle lanes", []string{
			"Told of the suggestion, Nikos Petrakis grinned. “It’s actually not a bad idea.”",
			"Shown the footage, Ruth Kale shook her head. “I have never seen anything like it.”",
		}, []want{{"It’s actually not a bad idea.", "Nikos Petrakis", ""}, {"I have never seen anything like it.", "Ruth Kale", ""}}},
		{"a name of two plain words before of and a body's name is a person's", "Dam warning", []string{
			"“Why were the repairs not done in 2022?” asked Otieno Wekesa of Radio Kithoka.",
			"The Royal Society of Chemistry said it was “concerned”.",
		}, []want{{"Why were the repairs not done in 2022?", "Otieno Wekesa", ""}, {"concerned", "Royal Society of Chemistry", ""}}},
		// The first review's mends.
		{"a verb of speech with an object still opens an inverted attribution", "Storm warning", []string{
			"“Come in, all of you,” called Captain Harriet Vance from the wheelhouse.",
			"“You’ll be fine, I promise,” assured Dr. Samuel Okafor as the patient was wheeled away.",
			"“An outstanding performance,” praised manager Gareth Southgate after the match.",
		}, []want{{"Come in, all of you,", "Harriet Vance", ""}, {"You’ll be fine, I promise,", "Samuel Okafor", ""}, {"An outstanding performance,", "Gareth Southgate", ""}}},
		{"calling the police or a number something is speech", "Arrests", []string{
			"The mayor, Tom Brady, called police tactics “heavy-handed” and demanded an inquiry.",
			"Opposition leader Mark Halvorsen called police “brutal” after the arrests.",
			"Senator Alan Pike called 5G “a threat nobody has studied properly.”",
			"Ms Grace Okonkwo called 999 “a lifeline” for elderly people.",
			"Councillor Ray Dunmore said residents had called police “dozens of times”.",
		}, []want{{"heavy-handed", "Tom Brady", ""}, {"brutal", "Mark Halvorsen", ""}, {"a threat nobody has studied properly.", "Alan Pike", ""},
			{"a lifeline", "Grace Okonkwo", ""}, {"dozens of times", "Ray Dunmore", ""}}},
		{"a body's name running past of to a word for a body is one name", "Tenants win", []string{
			"“Access to care is under threat,” said Planned Parenthood of Greater New York Inc president Wendy Stark.",
			"Legal Aid of North Carolina Inc said in a statement that the ruling was “a victory for tenants.”",
			"“Rates will go up,” said Blue Shield of California Foundation’s chief executive, Peter Long.",
		}, []want{{"Access to care is under threat,", "Wendy Stark", ""}, {"a victory for tenants.", "Legal Aid of North Carolina Inc", ""}, {"Rates will go up,", "Peter Long", ""}}},
		{"a relative clause after a person's noun and to is about that person", "Memoir", []string{
			"Mayor Eric Adams has faced months of criticism.",
			"A former aide to the mayor, who said the administration was “in chaos,” has written a book.",
		}, []want{{"in chaos,", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyOne(t *testing.T) {
	tests := []titledCase{
		{"a team sport's position before a name is a title", "Coach suspended", []string{
			"Former Hawks running back Isaiah Reed, now a sophomore in college, drove three hours to speak.",
			"“Coach Dub is the reason I’m in college,” he said.",
			"Former Leinster scrum half Ross Daly, who won 40 caps, spoke next. “He was fair to every one of us,” he said.",
		}, []want{{"Coach Dub is the reason I’m in college,", "Isaiah Reed", ""}, {"He was fair to every one of us,", "Ross Daly", ""}}},
		{"a body that is the subject of a sentence before is the group or charity", "Charity boss quits", []string{
			"The chief executive of the children’s charity Brightwater Trust has resigned.",
			"Kwabena Asante, chief executive of the Association of Charity Leaders, said the case was “a wake-up call”.",
			"Brightwater, which has an annual income of about £38m, said its services would not be affected. “Our work continues as normal,” the charity said.",
		}, []want{{"a wake-up call", "Kwabena Asante", ""}, {"Our work continues as normal,", "Brightwater Trust", ""}}},
		{"a day's name after an honorific or a title is a given name", "Landlord fined", []string{
			"Her husband, Mr Sunday Alabi, said: \"We are happier to be alive.\"",
			"Chief Monday Okoro said the building was “a death trap”.",
		}, []want{{"We are happier to be alive.", "Sunday Alabi", ""}, {"a death trap", "Monday Okoro", ""}}},
		{"someone who identified himself only by a name", "Landlord fined", []string{
			"A caretaker, who identified himself only as Ismaila, said tenants were moving. \"People are packing since morning,\" he said.",
		}, []want{{"People are packing since morning,", "Ismaila", ""}}},
		{"a phrase inside a relative clause before the verb does not speak", "Exam cheating", []string{
			"Education Minister Ravi Menon visited the centre.",
			"A parent whose son wrote the Physics paper at the centre said: \"Everybody knows which schools give help.\"",
			"Several employees who received the email said they were sceptical. “It’s a good email,” one said.",
			"Menon read from an internal email, in which a Loomi safety manager warned that the filter was “easy to get around”.",
		}, []want{{"Everybody knows which schools give help.", "", ""}, {"It’s a good email,", "", ""}, {"easy to get around", "", ""}}},
		{"a pronoun in a relative clause gives an unnamed person's gender", "Profit warning", []string{
			"Chief executive Ingrid Solheim said demand had slowed.",
			"Later, an analyst who did not identify his firm asked whether the CEO still stood by her comments. She paused before answering.",
			"\"I said that, and at the time it was true,\" she said.",
		}, []want{{"I said that, and at the time it was true,", "Ingrid Solheim", ""}}},
		{"a voice, or a man at the back of a hall, is someone unnamed", "Wind farm inquiry", []string{
			"When Jonathan Fairley referred to the turbines as a “temporary” feature, a voice from the back of the hall shouted: “Forty years!”",
			"Mariners TV play-by-play voice Dale Kittredge had the call: “It’s a no-hitter!”",
			"Captain Aroha Whitcombe was flying. Cockpit voice recordings show the crew talking. Later she said: \"Stick shaker.\"",
		}, []want{{"temporary", "", "term"}, {"Forty years!", "", ""}, {"It’s a no-hitter!", "Dale Kittredge", ""}, {"Stick shaker.", "Aroha Whitcombe", ""}}},
		{"a winery is a business whose name ends in Wines, and a platform is where it posts", "Hail storm", []string{
			"Pieter van der Walt, who runs Kaiwhero Ridge Wines with his wife, said the storm had shredded leaves.",
			"Annelie van der Walt said: “It hurts.”",
			"In a post on Facebook on Monday night, the winery wrote: “Not the harvest we were planning.”",
		}, []want{{"It hurts.", "Annelie van der Walt", ""}, {"Not the harvest we were planning.", "Kaiwhero Ridge Wines", "post"}}},
		{"what a body will say has not been said yet", "Exam cheating", []string{
			"Farida Begum, president of the Sarvapur Parents' Association, said parents were angry. She said the association would write to the minister seeking counselling for students, many of whom had been \"treated like criminals\" online.",
		}, []want{{"treated like criminals", "Farida Begum", ""}}},
		{"a question, then a body, a role and a name before a verb of speech", "Outbreak", []string{
			"Brig. Gen. Raymond Ashworth spoke to reporters on Friday.",
			"\"Did the Army let these families down?\" CBS News correspondent Nadia Fontaine asked him.",
		}, []want{{"Did the Army let these families down?", "Nadia Fontaine", ""}}},
		// The first review's mends.
		{"who after a verb of asking opens a question, not a relative clause", "Raid", []string{
			"Police Chief Daniel Ortiz took questions after the briefing.",
			"When asked who was responsible the police chief said the matter was “under investigation”.",
			"Pressed on who had ordered the raid the chief replied that it was “an operational matter”.",
		}, []want{{"under investigation", "Daniel Ortiz", ""}, {"an operational matter", "Daniel Ortiz", ""}}},
		{"the group that spoke before is one named as a group, not the body that spoke last", "Rail strike", []string{
			"The Rail Delivery Group represents train operators.",
			"Network Rail said repairs would take a week. The group said passengers should “check before they travel”.",
		}, []want{{"check before they travel", "Rail Delivery Group", ""}}},
		{"nor a business that spoke last", "Sewage", []string{
			"Surfers Against Sewage has tracked the spills since 2019.",
			"Thames Water said it was investing £11bn. The charity said the investment was “too little, too late”.",
		}, []want{{"too little, too late", "", ""}}},
		// The second review's mends.
		{"a team's name before the noun names the team, but no person's", "Race cancelled", []string{
			"Veteran rider Luca Ferri, of the Castellane Cycling team, crashed on the descent. The team said he had “a suspected broken collarbone”.",
			"Aides on the Harris campaign were caught off guard. The Harris team said the ad was “false”.",
		}, []want{{"a suspected broken collarbone", "Castellane Cycling", ""}, {"false", "", ""}}},
		{"a platform is where a body posts only after a post on it or before its page", "Ad spending", []string{
			"Advertisers have spent heavily on TikTok this year. The company said its revenue had grown “beyond expectations”.",
		}, []want{{"beyond expectations", "TikTok", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyTwo(t *testing.T) {
	tests := []titledCase{
		{"a function word written with a capital inside a sentence belongs to the name after it", "Gallery trial", []string{
			"The protest group Last Harvest said in a statement that the verdict was “a badge of shame”.",
			"The campaign group Wild Not Caged said the panda programme was “a PR exercise”.",
			"Anglers have joined Save Our Wendle, which said the river was “dying”.",
			"The charity Later Life Alliance runs a helpline. Later Life Alliance, a charity for older people, said the findings were “sadly not surprising”.",
		}, []want{{"a badge of shame", "Last Harvest", ""}, {"a PR exercise", "Wild Not Caged", ""}, {"dying", "Save Our Wendle", ""}, {"sadly not surprising", "Later Life Alliance", ""}}},
		{"a pronoun after a paragraph ending on an unnamed spokeswoman is hers, for the body", "Heat pump backlog", []string{
			"The backlog at the Home Energy Retrofit Agency (HERA) has almost tripled. Minister Róisín Kenny has defended it.",
			"A spokeswoman for HERA said the surge had been “unprecedented”.",
			"“We received more applications this year than in the whole of 2023,” she said in a statement.",
		}, []want{{"unprecedented", "Home Energy Retrofit Agency", ""}, {"We received more applications this year than in the whole of 2023,", "Home Energy Retrofit Agency", ""}}},
		{"a report issued by a body the article named speaks for it", "Rail strike ballot", []string{
			"According to the Rail Performance Authority, Northvale ran 61.2% of its trains on time.",
			"A report published by the authority in February said the operator's reliance on rest-day working was \"unsustainable\".",
		}, []want{{"unsustainable", "Rail Performance Authority", ""}}},
		{"a paragraph whose first sentence ends with the speaker's report goes on with her words", "Bank closure", []string{
			"\"Half the farmers in the district bank here,\" business association chairwoman Rosa Tauroa-Finch says.",
			"Small businesses would be hit hardest, she says. The town's cafe, pub and two garages still take a lot of cash and would have to drive to Merrivale to bank their takings.",
			"\"Nobody wants to be driving round with a week's takings in the ute.\"",
		}, []want{{"Half the farmers in the district bank here,", "Rosa Tauroa-Finch", ""}, {"Nobody wants to be driving round with a week's takings in the ute.", "Rosa Tauroa-Finch", ""}}},
		// The first review's mends.
		{"but not with, which titles capitalise before a host's name", "Strike", []string{
			"Jools Holland, who presents Later With Jools Holland, said the show was “a joy to make”.",
			"Seth Meyers joked on Late Night With Seth Meyers that the debate was “a mess”.",
		}, []want{{"a joy to make", "Jools Holland", ""}, {"a mess", "Seth Meyers", ""}}},
		{"an office after a party's name is a description of the one who holds it", "E-scooter law", []string{
			"Dunmarrow MSP Morag Lindqvist-Dunn said the case showed the law was “simply not working”.",
			"“Shops are selling these things by the thousand,” the Scottish Labour MSP said.",
			"Fianna Fáil TD Seán Daly called it “a farce”. “Nobody is checking,” the Fianna Fáil TD said.",
		}, []want{{"simply not working", "Morag Lindqvist-Dunn", ""}, {"Shops are selling these things by the thousand,", "Morag Lindqvist-Dunn", ""}, {"a farce", "Seán Daly", ""}, {"Nobody is checking,", "Seán Daly", ""}}},
		{"a question put to someone quoted less often keeps a pronoun's reply to them", "E-scooter trial", []string{
			"Kieran Baptiste, 24, was riding an uninsured scooter at 29mph when he hit a pensioner, the court heard.",
			"Collision investigator Sergeant Callum Drysdale told the court the scooter had been modified. “The unit as sold cuts out at 15.5mph,” he said. “This one had been reprogrammed.”",
			"“It takes some effort,” Drysdale said. “It is not an accident.”",
			"“So she was not on a crossing?” defence advocate Euan Lamont asked.",
			"“She was not,” Drysdale replied. “But at 15mph he would have had time to stop.”",
			"Baptiste told the court he had bought the scooter second-hand. He said he had been travelling at “maybe 15, 16” miles an hour.",
			"Procurator fiscal depute Shona Varma put it to him that his own video showed otherwise.",
			"“You are filming yourself at full speed and laughing, Mr Baptiste,” she said. “Were you doing 15mph in that video?”",
			"“I don’t know,” he replied.",
		}, []want{{"The unit as sold cuts out at 15.5mph, This one had been reprogrammed.", "Callum Drysdale", ""}, {"It takes some effort, It is not an accident.", "Callum Drysdale", ""},
			{"So she was not on a crossing?", "Euan Lamont", ""}, {"She was not, But at 15mph he would have had time to stop.", "Callum Drysdale", ""}, {"maybe 15, 16", "Kieran Baptiste", ""},
			{"You are filming yourself at full speed and laughing, Mr Baptiste, Were you doing 15mph in that video?", "Shona Varma", ""}, {"I don’t know,", "Kieran Baptiste", ""}}},
		// The second review's mends.
		{"a question that names no one puts nothing to the one named last", "Estate repairs", []string{
			"Council leader David Okafor said the repairs would begin in the spring. \"We have secured the funding,\" he said.",
			"\"This has taken far too long, and I accept that,\" Mr Okafor said. \"But the money is now in place.\"",
			"\"Every block on the estate will be done by 2026,\" Okafor said.",
			"The work was first promised in 2019 by his predecessor, Peter Hale, who stood down last year.",
			"Resident Jean Harper, 71, has lived on the estate for 40 years. \"The damp is in every room,\" she said. \"How many more winters are we supposed to put up with this?\"",
			"\"We understand residents' frustration,\" he said.",
		}, []want{{"We have secured the funding,", "David Okafor", ""}, {"This has taken far too long, and I accept that, But the money is now in place.", "David Okafor", ""},
			{"Every block on the estate will be done by 2026,", "David Okafor", ""}, {"The damp is in every room, How many more winters are we supposed to put up with this?", "Jean Harper", ""},
			{"We understand residents' frustration,", "David Okafor", ""}}},
		{"an office the entity lists do not know keeps its holder's name", "Bill 96", []string{
			"Quebec Liberal MNA Marwah Rizqy said the bill was \"an attack on teachers\". \"We will fight it,\" the Liberal MNA said.",
		}, []want{{"an attack on teachers", "Quebec Liberal MNA Marwah Rizqy", ""}, {"We will fight it,", "Quebec Liberal MNA Marwah Rizqy", ""}}},
		{"a characterising clause of an unnamed plural noun is theirs, not the sentence's subject", "Tariffs", []string{
			"Hollisfield Steel Corp. won a two-year exemption from US tariffs, a decision that drew a protest from rivals who called it a “sweetheart deal.”",
			"Council member Rafael Cruz said the bill faced opposition from landlord groups, which have called it “a tax on due process.”",
			"Jane Smith, who called it “a disgrace”, has resigned.",
			"Staff had been told to ignore some residents who were labelled “frequent callers”.",
		}, []want{{"sweetheart deal.", "", ""}, {"a tax on due process.", "", ""}, {"a disgrace", "Jane Smith", ""}, {"frequent callers", "", "term"}}},
		// The third review's mends.
		{"a spokesperson of no gender, or one who said nothing, leaves the pronoun to the last speaker", "Damp flats", []string{
			"“My son has asthma and the doctors say it's the flat,” said Tanya Morris, a mother of three.",
			"A spokesperson for Camden Council said repairs were scheduled for the spring.",
			"“They have been saying that since 2019,” she said.",
			"“We lost half the flock and nobody has paid a penny,” said John Atkinson, who farms near Keswick.",
			"A spokesman for the Environment Agency did not respond to a request for comment.",
			"“I've heard it all before,” he said.",
		}, []want{{"My son has asthma and the doctors say it's the flat,", "Tanya Morris", ""}, {"They have been saying that since 2019,", "Tanya Morris", ""},
			{"We lost half the flock and nobody has paid a penny,", "John Atkinson", ""}, {"I've heard it all before,", "", ""}}}, // not the agency; Atkinson is meant, but the unnamed spokesman is nearer
		// The fourth review's mends.
		{"only a verb that names something, and not after a description set off after a name", "Fees", []string{
			"Martin Lewis, founder of MoneySavingExpert and a champion of consumers, who called the fees “a scandal,” urged the regulator to act.",
			"President Joe Biden told supporters who asked about inflation that prices were “coming down.”",
		}, []want{{"a scandal,", "Martin Lewis", ""}, {"coming down.", "Joe Biden", ""}}},
		{"a negation after the spokesman's verb of speech is what he said", "Flood claims", []string{
			"“We lost half the flock,” said John Atkinson, who farms near Keswick.",
			"A spokesman for the Environment Agency said the agency was not aware of any breach.",
			"“We will investigate any report we receive,” he said.",
		}, []want{{"We lost half the flock,", "John Atkinson", ""}, {"We will investigate any report we receive,", "Environment Agency", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyThree(t *testing.T) {
	tests := []titledCase{
		{"a portfolio joined by and runs to its last common word before a holder with no known given name", "Reef survey", []string{
			"Provincial Minister for Irrigation and Rural Development Gul Bahadur Khetran called the survey “a wake-up call”.",
			"“We will act this year,” Mr Khetran said.",
		}, []want{{"a wake-up call", "Gul Bahadur Khetran", ""}, {"We will act this year,", "Gul Bahadur Khetran", ""}}},
		{"a verb of causing makes the one named after it speak the infinitive", "Mine audit", []string{
			"The audit prompted Senator Ilse Vantongeren to describe the mine's accounts as “a black box”.",
			"The ruling led Amos Kipruto-Lang to call the law “a dead letter”.",
		}, []want{{"a black box", "Ilse Vantongeren", ""}, {"a dead letter", "Amos Kipruto-Lang", ""}}},
		{"who takes an occasion to say something says it", "Budget", []string{
			"Teodora Vasquez-Moll used her speech to call the budget “a betrayal of the north”.",
			"Idris Penhaligon took the opportunity to describe the cuts as “vandalism”.",
			"Harriet Olufemi took to social media to call the decision “shameful”.",
		}, []want{{"a betrayal of the north", "Teodora Vasquez-Moll", ""}, {"vandalism", "Idris Penhaligon", ""}, {"shameful", "Harriet Olufemi", ""}}},
		{"a description whose last word is unknown runs on into the name it describes", "Stranding", []string{
			"Before the refloating began, local kaumātua Wiremu Te Ruakura-Blake led a karakia on the beach.",
			"“For us the whales are our ancestors,” he said.",
			"Te Ruakura-Blake said the hapū would help to bury the dead whales.",
		}, []want{{"For us the whales are our ancestors,", "Wiremu Te Ruakura-Blake", ""}}},
		{"Datuk and Datin are styles before a Malay name and inside a Minangkabau one", "Sinkhole", []string{
			"State assemblyman Datuk Azlina Mohd Yusof said the road had been “a disaster waiting to happen”.",
			"“We will not hide anything,” she said.",
			"Village head Syafrizal Datuk Bandaro said the villagers were “digging with their hands”.",
		}, []want{{"a disaster waiting to happen", "Azlina Mohd Yusof", ""}, {"We will not hide anything,", "Azlina Mohd Yusof", ""}, {"digging with their hands", "Syafrizal Datuk Bandaro", ""}}},
		{"a study by researchers at a body, and a statement posted by a body named before, speak for it", "Stranding", []string{
			"A 2021 study by researchers at the Tasman Marine Institute described the bay as a “natural whale trap”.",
			"Harbourline Airways cancelled 40 flights. According to a statement posted by the airline on X late on Saturday, “Most delayed bags will be delivered within 48 hours.”",
			"A report by inspectors from the Rail Safety Authority called the junction “unsafe”.",
		}, []want{{"natural whale trap", "Tasman Marine Institute", ""}, {"Most delayed bags will be delivered within 48 hours.", "Harbourline Airways", "post"}, {"unsafe", "Rail Safety Authority", ""}}},
		{"but not who checked a post after another verb joined by and", "Drill", []string{
			"A video posted on social media and verified by The Associated Press shows pupils climbing through a window as one shouts, “Go, go, he's coming!”",
		}, []want{{"Go, go, he's coming!", "", ""}}},
		// The first review's mends.
		{"the holder of a portfolio joined by and keeps every word after the field", "Haze", []string{
			"Minister for Sustainability and the Environment Teo Mei Ling said the haze was “unacceptable”.",
			"Minister for Culture and Heritage Development Kwabena Osei Mensah called the festival “a success”.",
		}, []want{{"unacceptable", "Teo Mei Ling", ""}, {"a success", "Kwabena Osei Mensah", ""}}},
		{"the second word of a compound Malay style is part of the style", "Budget", []string{
			"Prime Minister Datuk Seri Azman Rahim said the country was “open for business”.",
			"Tan Sri Halim Yusof called the plan “a mistake”.",
			"Sri Lanka’s President Ruwan Perera said the deal was “good news”.",
		}, []want{{"open for business", "Azman Rahim", ""}, {"a mistake", "Halim Yusof", ""}, {"good news", "Ruwan Perera", ""}}},
		{"what one takes a text to mean is how one reads it", "Merger", []string{
			"Analysts took the letter to indicate that the merger was “dead”.",
		}, []want{{"dead", "", "term"}}},
		// The second review's mends.
		{"an event is an occasion one takes to speak", "Hearing", []string{
			"Senator Maren Holloway took the hearing to call the witnesses “liars”.",
			"Coach Tomasz Wren took his press conference to describe the referee as “a disgrace”.",
		}, []want{{"liars", "Maren Holloway", ""}, {"a disgrace", "Tomasz Wren", ""}}},
		{"Mir and Sardar are names too", "Ban", []string{
			"Senior journalist Hamid Qadri Mir said the channel had been “taken off air”. Mir added that he had received “threats”.",
			"Hockey captain Sardar Singh Rawat said the team was “ready for the final”.",
		}, []want{{"taken off air", "Hamid Qadri Mir", ""}, {"threats", "Hamid Qadri Mir", ""}, {"ready for the final", "Sardar Singh Rawat", ""}}},
		{"a known given name starts the holder's name though the article writes it in lower case", "Targets", []string{
			"Minister for Sustainability and the Environment Grace Lim Hai Yen said the targets were “achievable”. The grace period ends in May.",
			"Minister for Health and Social Care Felicity Ann Moreno said the waiting lists were “unacceptable”.",
		}, []want{{"achievable", "Grace Lim Hai Yen", ""}, {"unacceptable", "Felicity Ann Moreno", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyFour(t *testing.T) {
	tests := []titledCase{
		{"a club's boss is its manager", "Derby", []string{
			"United boss Sven Halvorsen said he felt “sympathy” for his former counterpart.",
			"“Maybe the best 90 minutes, yes,” the United manager said, smiling.",
			"Hugo Boss said its sales in China were “weak”.",
		}, []want{{"sympathy", "Sven Halvorsen", ""}, {"Maybe the best 90 minutes, yes,", "Sven Halvorsen", ""}, {"weak", "Hugo Boss", ""}}},
		{"a club that hosts another is not a host's title", "Derby", []string{
			"Stellbridge host Ardwick Town on Saturday, and Kofi Aldous-Mensah said there was no question of him sitting out. “Of course I’ll play,” he said.",
			"City host Dunmore Athletic next. Talk show host Bella Okoro-Lind called the fixture “a classic”.",
		}, []want{{"Of course I’ll play,", "Kofi Aldous-Mensah", ""}, {"a classic", "Bella Okoro-Lind", ""}}},
		{"a word in capitals before a given name is an office or a body", "Dam", []string{
			"Local MCA Peter Nkirote said he had asked the county for holding pens. “A cow is a family’s savings account,” he said.",
			"MNA Ali Raza Khan said the dam was “a ticking bomb”.",
			"Captain Ruth Osei-Baird of USS Abraham Lincoln said the sea was “calm”.",
		}, []want{{"A cow is a family’s savings account,", "Peter Nkirote", ""}, {"a ticking bomb", "Ali Raza Khan", ""}, {"calm", "Ruth Osei-Baird", ""}}},
		{"a spokesperson answers for the body the reporter contacted", "Recall", []string{
			"The BBC has contacted Marlow District Council for comment. A spokesperson said: “We are looking into it.”",
			"KVTB 8 reached out to the Tri-County Health District for a response on Monday.",
			"A spokesperson said: “We don't have a number yet.”",
		}, []want{{"We are looking into it.", "Marlow District Council", ""}, {"We don't have a number yet.", "Tri-County Health District", ""}}},
		{"but not for a body asked to act", "Bridge", []string{
			"Harlow Borough Council said the bridge was unsafe and asked Network Rail to repair it. A spokesperson said: “It is urgent.”",
		}, []want{{"It is urgent.", "Harlow Borough Council", ""}}},
		{"a club whose name is a town's speaks", "Derby", []string{
			"In a statement, Brackenfield Town said: “We are appalled by what happened.”",
			"Luton Town said the striker had been “released”.",
		}, []want{{"We are appalled by what happened.", "Brackenfield Town", ""}, {"released", "Luton Town", ""}}},
		{"the holder is set off after a portfolio listed with commas", "Prize", []string{
			"The Minister of Information, Culture and Tourism, Lai Mohammed, congratulated the author, writing: “Congratulations to the author.”",
			"The Minister of Arts, Culture and the Creative Economy, Mrs Halima Oyelaran-Briggs, praised the book in a post on X, writing: “Our stories are our wealth!”",
		}, []want{{"Congratulations to the author.", "Lai Mohammed", ""}, {"Our stories are our wealth!", "Halima Oyelaran-Briggs", "post"}}},
		{"a paragraph opening with it goes on about the body described as the subject before", "Admissions", []string{
			"Aurelian University (AU) has suspended two members of staff.",
			"The university said in a statement that it had tightened its checks.",
			"It added: “AU referred this matter to the authorities.”",
		}, []want{{"AU referred this matter to the authorities.", "Aurelian University", ""}}},
		{"but not it after another subject in its paragraph", "Inquiry", []string{
			"Castlebrook Hospital Trust (CHT) runs two maternity units.",
			"The trust said it had apologised to the families.",
			"The 214-page report examined 312 cases. It found that different care “would have made a difference”.",
		}, []want{{"would have made a difference", "", ""}}},
		// The first review's mends.
		{"two capitals before a given name are initials", "Results", []string{
			"JP Morgan Chase said profits had “exceeded expectations” in the quarter.",
			"Andhra Pradesh Chief Minister YS Jagan Mohan Reddy said the state would “not bow” to pressure.",
		}, []want{{"exceeded expectations", "JP Morgan Chase", ""}, {"not bow", "YS Jagan Mohan Reddy", ""}}},
		{"a host named with a given name, or after a city's or county's name, is a host", "Radio", []string{
			"Radio host Carlos Villa said the station had been “silenced”. “They cut our signal at midnight,” the host said.",
			"Kansas City host Ellen Park said the guest had been “incredible”. “She was funny,” the host said.",
		}, []want{{"silenced", "Carlos Villa", ""}, {"They cut our signal at midnight,", "Carlos Villa", ""}, {"incredible", "Ellen Park", ""}, {"She was funny,", "Ellen Park", ""}}},
		{"a programme named after speaking on it is a title", "Trade", []string{
			"ESPN analyst Kendra Pollard said on “NBA Today” that the Hornets were in “a tough, tough spot”.",
			"Speaking later on “CNN This Morning,” the governor said the levees had held.",
		}, []want{{"NBA Today", "", "term"}, {"a tough, tough spot", "Kendra Pollard", ""}, {"CNN This Morning,", "", "term"}}},
		{"a finding quoted as the object of found is the finder's", "Inspection", []string{
			"The Independent Prisons Inspectorate published its report on Tuesday.",
			"The report found “a prison in crisis”.",
			"A review by the Chesapeake Policy Lab found “no measurable increase” in complaints.",
			"Searchers found a sign reading “Keep out”. Divers found the wreck of “Mary Rose” in 1971.",
		}, []want{{"a prison in crisis", "Independent Prisons Inspectorate", ""}, {"no measurable increase", "Chesapeake Policy Lab", ""}, {"Keep out", "", "term"}, {"Mary Rose", "", "term"}}},
		{"but not when another verb of speech gives the finding its source", "Crash", []string{
			"The university said in a statement, saying an independent review had found “credible evidence” of misconduct.",
			"Investigators had not found “any indication” that speed played a role, Sheriff Mara Steenbergen said.",
			"The terrain where the hiker was found is “about as unforgiving as it gets”, ranger Tom Ekberg said.",
		}, []want{{"credible evidence", "", ""}, {"any indication", "Mara Steenbergen", ""}, {"about as unforgiving as it gets", "Tom Ekberg", ""}}},
		// The second review's mends.
		{"a body that contacts another about something speaks for itself", "Merger", []string{
			"Acme Logistics asked the Competition and Markets Authority whether the deal could proceed. A spokesperson said: “We are confident.”",
		}, []want{{"We are confident.", "Acme Logistics", ""}}},
		{"a body that asked another how many speaks for itself", "Jobs", []string{
			"Unite said it had asked Stagecoach how many drivers would lose their jobs. “Our members deserve answers,” a spokesperson said.",
		}, []want{{"Our members deserve answers,", "Unite", ""}}},
		{"a body named in the paragraph outranks one contacted in the paragraph before", "Pipeline", []string{
			"Reuters contacted Gazprom for comment on the pipeline.",
			"The Kremlin said on Tuesday the pipeline was safe. “There is no threat,” a spokesperson said.",
		}, []want{{"There is no threat,", "Kremlin", ""}}},
		{"a place in its sentence is no club", "Water", []string{
			"The mayor of Cape Town said the water crisis was “over”.",
			"Traders in Edinburgh's Old Town said the tram works were “killing business”.",
		}, []want{{"over", "", ""}, {"killing business", "", ""}}},
		// The third review's mends.
		{"what one finds oneself, or finds as, to be, or on a note, is no finding", "Found", []string{
			"Brian Cole found fame as “the singing postman” in the 1970s.",
			"Keeper Ben Ross found himself a “cult hero” among the fans.",
			"Lena Park found a note “sorry for everything” on the kitchen table.",
			"Northway Energy, found to have “misled” customers over prices, was fined £2m.",
			"The court heard Ms Ward found the baby “cold and blue”.",
			"Volunteers found a banner “go home” on the fence.",
		}, []want{{"the singing postman", "", "term"}, {"cult hero", "", "term"}, {"sorry for everything", "", "term"}, {"misled", "", "term"}, {"cold and blue", "", "term"}, {"go home", "", "term"}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyFive(t *testing.T) {
	tests := []titledCase{
		{"an office qualified in parentheses before the name", "Fire", []string{
			"“The owner has been detained and is being questioned,” Deputy Commissioner of Police (Zone 3) Ashwini Gaikwad said.",
			"“Traffic will be diverted,” said Joint Commissioner of Police (Traffic) Rakesh Menon.",
			"“No one will be spared,” Additional Director General of Police (Law and Order) Anil Deshmukh told reporters.",
			"“It is closed,” the Ministry of Health (Kenya) said.",
		}, []want{{"The owner has been detained and is being questioned,", "Ashwini Gaikwad", ""}, {"Traffic will be diverted,", "Rakesh Menon", ""},
			{"No one will be spared,", "Anil Deshmukh", ""}, {"It is closed,", "Ministry of Health", ""}}},
		{"a firm named for its trade", "Recall", []string{
			"CEDAR HOLLOW — Harvest Lane Markets is pulling its chicken salad from all 86 of its stores, the company said Tuesday.",
			"The recall covers tubs of Harvest Lane Kitchen Classic Chicken Salad and Harvest Lane Kitchen Cranberry Pecan Chicken Salad.",
			"“We are asking customers not to eat these products,” Harvest Lane said in a statement.",
			"A shopper walks past the Harvest Lane store on Maple Ridge Road.",
		}, []want{{"We are asking customers not to eat these products,", "Harvest Lane Markets", ""}}},
		{"administrators speak for their firm, which is not the company", "Nurseries", []string{
			"Bramblewood Nurseries Ltd collapsed into administration on Monday. Administrators from Kestrel Restructuring were appointed.",
			"The company said in a statement that trading had been “significantly below expectations”.",
			"Administrators from Kestrel Restructuring said they were seeking buyers for “as many sites as possible”.",
			"Auditors from Penrose Grant LLP said the accounts were “materially misstated”.",
		}, []want{{"significantly below expectations", "Bramblewood Nurseries Ltd", ""}, {"as many sites as possible", "Kestrel Restructuring", ""}, {"materially misstated", "Penrose Grant LLP", ""}}},
		{"administrators and auditors at a body speak for it", "School", []string{
			"“Classes will continue as normal,” administrators at Lincoln High School said.",
			"“Value for money has not been achieved,” auditors at the National Audit Office wrote.",
		}, []want{{"Classes will continue as normal,", "Lincoln High School", ""}, {"Value for money has not been achieved,", "National Audit Office", ""}}},
		{"initials in parentheses after an office", "Schools", []string{
			"“We have recorded statements,” said Assistant Commissioner of Police (ACP) Rajesh Kumar.",
			"“Schools will reopen on Monday,” Chief Minister (CM) Eknath Shinde told reporters.",
		}, []want{{"We have recorded statements,", "Rajesh Kumar", ""}, {"Schools will reopen on Monday,", "Eknath Shinde", ""}}},
		{"a desk, a hall or a trade body named for markets is no company", "Markets", []string{
			"“Volatility will persist into next year,” said John Doe, head of Emerging Markets at Barclays. The company said it expected “a bumpy ride”.",
			"Tesco and Sainsbury’s were accused by the Association of Convenience Supermarkets of unfair pricing. “We reject the claim,” Tesco said. The company said prices were “competitive”.",
		}, []want{{"Volatility will persist into next year,", "John Doe", ""}, {"a bumpy ride", "Barclays", ""}, {"We reject the claim,", "Tesco", ""}, {"competitive", "Tesco", ""}}},
		{"Hon is a courtesy title, no office", "Fine", []string{
			"The fine was announced on Friday by the Minister of Water and Environment, Hon Beatrice Nakabiito-Okello.",
			"The minister said inspectors had found chromium levels in the river “more than 40 times” the permitted limit.",
		}, []want{{"more than 40 times", "Beatrice Nakabiito-Okello", ""}}},
		{"an amount in a currency's letters ends a name", "Fine", []string{
			"The authority has fined Nile Crest Tanneries Ltd Shs800 million.",
			"In a statement, Nile Crest Tanneries said it “respects the decision”.",
			"Dangote Cement Plc N50bn was the other figure. Dangote Cement said the sum was “excessive”.",
			"“Demand is strong,” RS2 Software said in a statement. “The allegations are baseless,” RM3 Holdings said.",
		}, []want{{"respects the decision", "Nile Crest Tanneries Ltd", ""}, {"excessive", "Dangote Cement Plc", ""}, {"Demand is strong,", "RS2 Software", ""}, {"The allegations are baseless,", "RM3 Holdings", ""}}},
		{"a bare surname that speaks where a relative is named is the relative", "Inquest", []string{
			"Callum Keel got into difficulty in the River Wend. He could not be revived.",
			"Callum’s father, Mark Keel, said outside court that the family wanted the pool reopened. “Nothing brings Callum back,” Mr Keel said.",
		}, []want{{"Nothing brings Callum back,", "Mark Keel", ""}}},
		{"but not a relative who only appears there", "Profile", []string{
			"Ellis Marchbanks, the saxophonist, died on Monday.",
			"Mr. Marchbanks grew up in Macon, where his father, Josiah Marchbanks, was a deacon. “My father taught me to count pennies,” Mr. Marchbanks said.",
			"Tom Reyes, 42, was elected mayor. His brother, Daniel Reyes, is a councillor. “We disagree about almost everything,” Mr Reyes said.",
		}, []want{{"My father taught me to count pennies,", "Ellis Marchbanks", ""}, {"We disagree about almost everything,", "Tom Reyes", ""}}},
		{"a relative who reports with words between or before", "Gerald Hale dies at 80", []string{
			"Gerald Hale, a fisherman, died on Monday. His son, Tom Hale, 52, said the family was proud of him. “He never missed a day at sea,” Mr Hale said.",
			"David Rowe was sentenced on Friday. “The sentence is fair,” said his father, Alan Rowe, outside court. “David knows what he did,” Mr Rowe said.",
		}, []want{{"He never missed a day at sea,", "Tom Hale", ""}, {"The sentence is fair,", "Alan Rowe", ""}, {"David knows what he did,", "Alan Rowe", ""}}},
		{"Mine inside a name is a word of it", "Mine", []string{
			"A 2019 report by the Appalachian Mine Safety Institute, a nonprofit research group, described inrushes as “a persistent and underestimated hazard”.",
			"“It is mine,” she said.",
		}, []want{{"a persistent and underestimated hazard", "Appalachian Mine Safety Institute", ""}, {"It is mine,", "", ""}}},
		{"a rescue team is a body", "Hiker", []string{
			"Alasdair Brennan-Kerr, leader of Glen Arrach Mountain Rescue Team, said more than 40 volunteers had been involved in the search.",
			"Glen Arrach MRT, which is a registered charity, said it had received more than £8,000 in donations. In a statement, the team said: “We rely entirely on the generosity of the public.”",
		}, []want{{"We rely entirely on the generosity of the public.", "Glen Arrach Mountain Rescue Team", ""}}},
		{"a nickname before a surname with a particle", "Cricket", []string{
			"Fenland’s head coach, Andries “Dries” van Wyk, said his side had “no reason whatsoever” to think anything had been wrong.",
		}, []want{{"Dries", "", "term"}, {"no reason whatsoever", "Andries van Wyk", ""}}},
		{"a petrochemical firm is a company", "Walkout", []string{
			"Clean Water Lakehaven said the plant was “a menace”.",
			"Great Lakes Petrochem did not return a request for comment Sunday. In a statement in August, the company said it had “taken full responsibility” for the release.",
		}, []want{{"a menace", "Clean Water Lakehaven", ""}, {"taken full responsibility", "Great Lakes Petrochem", ""}}},
		{"organisers speak for their event", "Director walks out of film festival", []string{
			"The Lakehaven International Film Festival opened on Friday. Clean Water Lakehaven called it “a greenwash”.",
			"In a statement posted to the festival's website Sunday, organizers said, “The views expressed by filmmakers are their own.”",
			"Organisers of the Brackenmoor Festival said the site was “unsafe”.",
		}, []want{{"a greenwash", "Clean Water Lakehaven", ""}, {"The views expressed by filmmakers are their own.", "Lakehaven International Film Festival", ""}, {"unsafe", "Brackenmoor Festival", ""}}},
		{"but not for another event the story names", "Campaigners plan march", []string{
			"Thousands attended the Edinburgh Festival last month. On Saturday, campaigners will march on the city chambers.",
			"Organisers of the march said the route was “agreed with police”. “This is only the beginning,” organisers said.",
		}, []want{{"agreed with police", "", ""}, {"This is only the beginning,", "", ""}}},
		{"the voices of a crowd are no one's", "Row", []string{
			"Marc-Antoine Belliveau, the opposition leader, rose first. “Will the minister tell this house where she lives?” Belliveau asked, to cries of “Shame!” from the opposition benches.",
			"At a packed meeting last June, Callum Fitzgerald-Ngata was drowned out by shouts of “Put them on your own farm!” and the meeting was adjourned.",
			"The crowd broke into a chorus of “Trelawny”, the unofficial Cornish anthem.",
		}, []want{{"Will the minister tell this house where she lives?", "Marc-Antoine Belliveau", ""}, {"Shame!", "", ""}, {"Put them on your own farm!", "", ""}, {"Trelawny", "", "term"}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventySix(t *testing.T) {
	tests := []titledCase{
		{"a verb joined by and shares the clause's subject", "Beaches", []string{
			"Legambiente Sardegna, an environmental group, said in a statement that beach operators needed “clear, simple procedures” for extreme weather, and described the current patchwork of local rules as “inadequate for the climate we are already living in”.",
			"Tom Hale said the plan was “a start”, but described the funding behind the new regional scheme as “a fraction of what is needed”.",
		}, []want{{"clear, simple procedures", "Legambiente Sardegna", ""}, {"inadequate for the climate we are already living in", "Legambiente Sardegna", ""},
			{"a start", "Tom Hale", ""}, {"a fraction of what is needed", "Tom Hale", ""}}},
		{"a surname's particles after a title belong to it", "Roof", []string{
			"Ms van Berkel later told the BBC she had been “ten, maybe fifteen metres” from the door.",
			"“It was the sound more than anything,” Mr de la Cruz said.",
		}, []want{{"ten, maybe fifteen metres", "van Berkel", ""}, {"It was the sound more than anything,", "de la Cruz", ""}}},
		{"the agency is the body quoted last when its name says no kind", "Motorway", []string{
			"Margaret Fennimore, chair of Ashcombe Magna Parish Council, said villagers had been “treated like an inconvenience”.",
			"In a statement, National Highways said the connector would “reduce journey times”.",
			"“We have listened carefully to the views of the local community,” a spokesperson said.",
			"The agency added that it would continue to work with landowners “to minimise disruption wherever possible”.",
		}, []want{{"treated like an inconvenience", "Margaret Fennimore", ""}, {"reduce journey times", "National Highways", ""},
			{"We have listened carefully to the views of the local community,", "National Highways", ""}, {"to minimise disruption wherever possible", "National Highways", ""}}},
		{"a public body described by the words of its name", "Gold", []string{
			"The Uganda Customs and Border Protection Service said the network falsely declared Congolese gold as Ugandan-mined.",
			"The Ministry of Finance, Planning and Economic Development said export rules would be tightened.",
			"The customs agency posted images of the seized bars on its official X account on Wednesday with the message: “Gold smuggling is economic sabotage. Report it.”",
		}, []want{{"Gold smuggling is economic sabotage. Report it.", "Uganda Customs and Border Protection Service", "post"}}},
		{"an official page on a social network is no one titled", "Pub", []string{
			"Council leader Cllr Bethan Mwangi-Forde said she was “absolutely appalled”. In a post on her official Facebook page on Tuesday morning, she wrote: “I have asked officers to use every power available to us.”",
			"Speaking to Westmarch Live, she added: “We will be looking very carefully at whether a prosecution is possible.”",
		}, []want{{"absolutely appalled", "Bethan Mwangi-Forde", ""}, {"I have asked officers to use every power available to us.", "Bethan Mwangi-Forde", "post"},
			{"We will be looking very carefully at whether a prosecution is possible.", "Bethan Mwangi-Forde", ""}}},
		{"an ordinary person's noun before a surname opening a sentence", "Eggs", []string{
			"At the Pricewell on Fifth Street, plumber Luis Ortega-Banks, 41, was filling a cart.",
			"Shopper Ortega-Banks had a simpler strategy. “Whoever has the cheapest eggs on Saturday,” he said, “that's where I'm going.”",
		}, []want{{"Whoever has the cheapest eggs on Saturday, that's where I'm going.", "Luis Ortega-Banks", ""}}},
		{"a conservancy is a body", "Fire", []string{
			"The Calder Estuary Conservancy said air quality monitors had recorded raised levels of fine particulates overnight. A spokesperson said: “Levels have now returned to normal.”",
		}, []want{{"Levels have now returned to normal.", "Calder Estuary Conservancy", ""}}},
		{"a study by researchers at a body is the body's", "Rugby", []string{
			"A study published last year by researchers at the University of Eastmoor found that former forwards were “significantly more likely” to report memory problems.",
			"A report by analysts from Calder & Finch warned of “a long winter”.",
		}, []want{{"significantly more likely", "University of Eastmoor", ""}, {"a long winter", "Calder & Finch", ""}}},
		{"what a sign says is a term", "Closures", []string{
			"On Sunday morning, a handwritten sign taped to its front door read “Closed. Thank you for 9 beautiful years.”",
			"Back at the hospital, Beaumont is helping pack up. Someone has taped a hand-lettered sign to the door of the break room: “Last one out, turn off the lights.”",
			"Dorothy Pruitt ran the diner until she was 79, and her rule is still there, on a sign above the register: “Nobody leaves hungry.”",
			"She pointed at the signs and said: “We are not going anywhere.”",
		}, []want{{"Closed. Thank you for 9 beautiful years.", "", "term"}, {"Last one out, turn off the lights.", "", "term"},
			{"Nobody leaves hungry.", "", "term"}, {"We are not going anywhere.", "Dorothy Pruitt", ""}}},
		{"a body's name set off at the end of the sentence after a description", "Aid", []string{
			"“We have had to stop taking referrals,” said a local charity, Northern Aid Trust.",
			"“We are full,” said a local nurse, Jane Smith.",
		}, []want{{"We have had to stop taking referrals,", "Northern Aid Trust", ""}, {"We are full,", "Jane Smith", ""}}},
		{"a title's gender picks between two who share a surname with particles", "Bakery", []string{
			"Pieter Van Wyk, the mayor, was unavailable. His wife, Anna van Wyk, said the family was shocked. “We had no warning,” Mrs van Wyk said.",
			"Fatima de Souza and her brother Rui de Souza run the bakery. “We will reopen,” Mr de Souza said.",
			"Maria de la Cruz, 34, and her husband Juan de la Cruz, 36, lost their home. “We have nothing left,” Mr de la Cruz said.",
		}, []want{{"We had no warning,", "Anna van Wyk", ""}, {"We will reopen,", "Rui de Souza", ""}, {"We have nothing left,", "Juan de la Cruz", ""}}},
		{"researchers at a request are no body's staff", "Plan", []string{
			"A report by economists at the request of Downing Street called the plan “unaffordable”.",
			"A study by researchers at the request of Labour found the scheme “poorly targeted”.",
		}, []want{{"unaffordable", "", ""}, {"poorly targeted", "", ""}}},
	}
	runTitled(t, tests)
}

// TestRoundSeventySeven covers the rules of round seventy-seven.
func TestRoundSeventySeven(t *testing.T) {
	tests := []titledCase{
		{"a Punjabi given name ending like a doer's noun opens the name", "Tractors", []string{
			"Harjinder Kaur Sandhu, who heads the union's women's wing, said women had driven the tractors. “People think the tractor is a man's machine,” she said.",
		}, []want{{"People think the tractor is a man's machine,", "Harjinder Kaur Sandhu", ""}}},
		{"a campaign named after the people it speaks for", "Walkout", []string{
			"In a post on Instagram, Calder Youth for Climate wrote: “1,400 of us today. Next time it'll be more.”",
			"Americans for Prosperity said the bill was “a tax on work”.",
			"Lawyers for Harborline said the home had “met or exceeded” its duties.",
			"Lawyers for Human Rights said the detentions were “arbitrary”.",
		}, []want{{"1,400 of us today. Next time it'll be more.", "Calder Youth for Climate", "post"}, {"a tax on work", "Americans for Prosperity", ""},
			{"met or exceeded", "", ""}, {"arbitrary", "Lawyers for Human Rights", ""}}},
		{"an unnamed judge in the lede is no rival to the judge named after", "Will", []string{
			"A high court judge has upheld the will of the painter Evelyn Marchbanks, rejecting claims by her two children.",
			"In a judgment handed down on Friday, Mrs Justice Harrow-Beaumont said there was “no credible evidence” of pressure.",
			"“She knew exactly what she was doing,” the judge said.",
		}, []want{{"no credible evidence", "Harrow-Beaumont", ""}, {"She knew exactly what she was doing,", "Harrow-Beaumont", ""}}},
		{"a Yoruba ruler's title is no part of his name", "Lake", []string{
			"The traditional ruler of the community, Oba Adeyinka Oladimeji, urged his subjects to obey the ban, saying, “It is better to be hungry for a few weeks than to bury our children.”",
		}, []want{{"It is better to be hungry for a few weeks than to bury our children.", "Adeyinka Oladimeji", ""}}},
		{"the spokeswoman speaks for the person she was introduced for", "Buses", []string{
			"He had written to Transport Minister Kylie Pemberton-Hayes asking her to intervene.",
			"A spokeswoman for Ms Pemberton-Hayes said the minister “understands the concerns”.",
			"“The minister expects operators to meet their obligations,” the spokeswoman said.",
		}, []want{{"understands the concerns", "Kylie Pemberton-Hayes", ""}, {"The minister expects operators to meet their obligations,", "Kylie Pemberton-Hayes", ""}}},
		{"a spokesperson speaks for no office alone, and a spokeswoman is not the spokesman", "Break-in", []string{
			"Downing Street has rejected calls for an inquiry.",
			"A spokesman for the Prime Minister said the process had been proper.",
			"“There is nothing more to say on this matter,” the spokesman said.",
			"Police are investigating a break-in at the home of the former minister Ruth Okafor-Lind.",
			"A spokeswoman for Thames Valley Police said officers were called at 2am. A spokesman for Ms Okafor-Lind said she was “shaken but unhurt”.",
			"“Inquiries are continuing,” the spokeswoman said.",
		}, []want{{"There is nothing more to say on this matter,", "", ""}, {"shaken but unhurt", "Ruth Okafor-Lind", ""},
			{"Inquiries are continuing,", "Thames Valley Police", ""}}},
		{"a spokesman named after the person he speaks for is himself", "Ban", []string{
			"The footballer Kwame Osei-Bonsu has been banned from driving for six months.",
			"A spokesman for Mr Osei-Bonsu, Richard Talbot-Lowe, said the player accepted the ban.",
			"“He is deeply sorry,” Talbot-Lowe said. “He knows he let people down,” the spokesman added.",
		}, []want{{"He is deeply sorry,", "Richard Talbot-Lowe", ""}, {"He knows he let people down,", "", ""}}},
		{"an unnamed judge after the named one, or one said not to be named, is a rival", "Court", []string{
			"A district judge has jailed a man who attacked a bus driver in Leeds.",
			"Mrs Justice Harrow-Beaumont, sitting at the Court of Appeal, had earlier refused him bail.",
			"At Leeds Magistrates' Court on Tuesday, a district judge, who was not named, said the attack was “cowardly and vicious”.",
			"“You will go to prison today,” the judge said.",
		}, []want{{"cowardly and vicious", "", ""}, {"You will go to prison today,", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyEight(t *testing.T) {
	tests := []titledCase{
		{"a second clause of the same said, after and that, is the speaker's", "Cycle lane", []string{
			"A spokesperson for Saltmere Borough Council said more than 2,300 people had responded to two rounds of consultation and that the final design had been “significantly changed” as a result.",
			"The minister said her ministry had asked the company in 2024 to submit a new study and that the study had arrived “late and incomplete”.",
		}, []want{{"significantly changed", "Saltmere Borough Council", ""}, {"late and incomplete", "", ""}}},
		{"and that after a clause of its own goes back no further than its verb", "Coach", []string{
			"The NBA does not comment on coaching decisions, a league spokesperson said, but the league office confirmed it had received notice of the change Thursday morning and that Pettibone had been approved as interim head coach “in accordance with league rules.”",
		}, []want{{"in accordance with league rules.", "NBA", ""}}},
		{"a power networks company is a body, and its initials name it", "Blackout", []string{
			"Northern Midlands Power Networks (NMPN), which owns the substation, said the fire had set off a “cascade trip”.",
			"NMPN said welfare teams had visited “several hundred” homes overnight.",
		}, []want{{"cascade trip", "Northern Midlands Power Networks", ""}, {"several hundred", "Northern Midlands Power Networks", ""}}},
		{"a street after on places the one described, and does not speak", "Losses", []string{
			"One bar owner on Fennick Street, who asked not to be named, said he had thrown away stock. “Nobody’s going to pay me back for that, are they?” he said.",
			"A resident on Carrow Road said: “We have had no word at all.”",
		}, []want{{"Nobody’s going to pay me back for that, are they?", "", ""}, {"We have had no word at all.", "", ""}}},
		{"a relative clause closed before and that reports nothing of it", "Crash", []string{
			"Police said the driver, who told officers he had been dazzled by the sun, had been released in the evening and that inquiries were “continuing”.",
			"Ruth Gale said the report, which Tom Fry told MPs was flawed, had been withdrawn in March and that the agency had been “embarrassed”.",
		}, []want{{"continuing", "Police", ""}, {"embarrassed", "Ruth Gale", ""}}},
		{"a title after lower-case words opens the name after said", "Cub", []string{
			"\"We all just looked at each other,\" said senior panda keeper Dana Whitford-Oyelaran, 44, who has worked with the bear since 2016.",
		}, []want{{"We all just looked at each other,", "Dana Whitford-Oyelaran", ""}}},
		{"a body where it is, before a relative clause, speaks, not the place", "Cub", []string{
			"The Chengbei Giant Panda Conservation Center in southwestern China, which owns the bear and any offspring under the loan agreement, said in a statement that it was \"delighted\" by the birth.",
		}, []want{{"delighted", "Chengbei Giant Panda Conservation Center", ""}}},
		{"one at a body where it is, before a relative clause, is not the body", "Fees", []string{
			"A pupil at Bradford Grammar School in northern England, who was not named, said teachers were “kind”.",
			"A volunteer with the Red Cross in southern Sudan, who has worked there for a decade, said the crisis was “unprecedented”.",
			"Tom Bell of Bradford Grammar School in northern England, who coaches the team, said the win was “special”.",
			"A spokesman for Northgate Energy in north Wales, which denies wrongdoing, said the claim was “baseless”.",
		}, []want{{"kind", "", ""}, {"unprecedented", "", ""}, {"special", "Tom Bell", ""}, {"baseless", "Northgate Energy", ""}}},
		{"a group that has been calling something by a name names it", "Cub", []string{
			"The cub will not be named for 100 days. Keepers have been calling it \"Peanut\" in the meantime.",
		}, []want{{"Peanut", "", "term"}}},
		{"a union of workers is named with where they work", "Layoffs", []string{
			"The Communications Workers of America, which has been trying to organize the firm's support staff in two states, called the layoffs \"a betrayal of the workers who built this company.\"",
		}, []want{{"a betrayal of the workers who built this company.", "Communications Workers of America", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundSeventyNine(t *testing.T) {
	tests := []titledCase{
		{"a body introduced by the noun that later refers to it", "Landslide", []string{
			"Many people are in shock, said Anita Rawat, who is coordinating relief for the charity ReliefBridge India.",
			"The charity said it had distributed tarpaulins to some 700 families, but warned that supplies were running “dangerously low”.",
		}, []want{{"dangerously low", "ReliefBridge India", ""}}},
		{"an office's initials leave out the owner named before its head", "Budget", []string{
			"The White House Office of Management and Budget defended the proposal. “This budget modernizes weather forecasting,” an OMB spokesperson said in a statement.",
		}, []want{{"This budget modernizes weather forecasting,", "White House Office of Management and Budget", ""}}},
		{"a plural possessive without an s opens a body's name", "Waits", []string{
			"Children’s Health Matters, a charity that supports families of children with long-term conditions, said waits of this length were “a scandal hiding in plain sight”.",
			"Women’s Aid said the figures for women were “shocking”.",
			"Children’s Commissioner Anne Longfield said the report on children was “damning”.",
		}, []want{{"a scandal hiding in plain sight", "Children’s Health Matters", ""}, {"shocking", "Women’s Aid", ""}, {"damning", "Anne Longfield", ""}}},
		{"the noun before a source or a former club does not take the body the story is about", "Review", []string{
			"The European Medicines Agency has launched a review of the drug, a spokesperson told the news agency AFP on Wednesday.",
			"“Patient safety is our highest priority,” the agency said.",
			"The midfielder joined FC Midtjylland last summer after moving from the club Vejlby, where he played for six seasons.",
			"“We are delighted with the way he has settled in,” the club said in a statement.",
		}, []want{{"Patient safety is our highest priority,", "European Medicines Agency", ""}, {"We are delighted with the way he has settled in,", "FC Midtjylland", ""}}},
		{"a bank's or an academy's tail gives no initials", "Rates", []string{
			"The Federal Reserve Bank of New York said household debt rose. The Royal Academy of Arts opens in June.",
			"“We are simplifying,” BNY said in a statement. “Plan ahead,” an AA spokesman said.",
		}, []want{{"We are simplifying,", "BNY", ""}, {"Plan ahead,", "AA", ""}}},
		{"an office and its holder after a plural possessive are no body", "Final", []string{
			"Men’s Singles champion Tom Lee said it was “fine”.",
		}, []want{{"fine", "Tom Lee", ""}}},
		{"a report from a body named with its owner in lower case is the body's", "Licence", []string{
			"A staff report from the city's Office of Licensing and Code Enforcement, prepared for the hearing, recommended that the license be renewed.",
			"The report said the conditions would \"balance the cultural value of the venue.\"",
		}, []want{{"balance the cultural value of the venue.", "Office of Licensing and Code Enforcement", ""}}},
		{"a participle after a clause of time hangs on the sentence's subject", "Fraud", []string{
			"Ann Lee said the suspects would be charged to court as soon as investigations were concluded, warning that the command would “not relent”.",
			"Tom Fry said the road would reopen as soon as the repairs were finished, adding that it was “safe”.",
		}, []want{{"not relent", "Ann Lee", ""}, {"safe", "Tom Fry", ""}}},
		{"a clause after as with a named subject of its own is where the participle hangs", "Bill", []string{
			"Ann Lee watched as Tom Price objected, saying the plan was \"madness\".",
			"The president smiled when the senator Joe Manchin objected, saying the bill was \"too expensive\".",
		}, []want{{"madness", "Tom Price", ""}, {"too expensive", "Joe Manchin", ""}}},
		{"a body's name before an office held by someone named is no source of the text", "Letters", []string{
			"A letter from the family's Labour MP, Jess Phillips, was sent to the Home Office. The letter said the case was \"a scandal\".",
		}, []want{{"a scandal", "", ""}}},
		{"a company's status page speaks for it", "Outage", []string{
			"Murmur's official status page initially described the issue as \"degraded performance.\"",
		}, []want{{"degraded performance.", "Murmur", ""}}},
		{"a site's page speaks for no one, and a page set up by someone for them", "Appeal", []string{
			"The parish council’s own Facebook page posted a terse statement that morning, saying it was “aware of a video circulating online”.",
			"A GoFundMe page set up by Loretta Bumgardner to cover funeral costs had raised more than $180,000. \"On Saturday night we lost our whole world,\" the page reads.",
		}, []want{{"aware of a video circulating online", "", "post"}, {"On Saturday night we lost our whole world,", "Loretta Bumgardner", ""}}},
		{"a social site's own statement or blog is its own, a page on a site no one's", "Ban", []string{
			"TikTok's statement called the ban “unconstitutional”.",
			"The YouTube blog said the policy would “protect creators”.",
			"A GoFundMe page for the victims says the money will pay for “funeral costs”.",
			"A JustGiving page, launched after her death, called Sarah Jones “an inspiration”.",
		}, []want{{"unconstitutional", "TikTok", ""}, {"protect creators", "YouTube", ""}, {"funeral costs", "", ""}, {"an inspiration", "", ""}}},
		{"a body's spokesperson unnamed after its owner speaks for the body", "Road", []string{
			"A statement from the city's Department of Transportation spokesperson said the road was “closed”.",
		}, []want{{"closed", "Department of Transportation", ""}}},
		{"a company's pages for a product are the company's", "Hub", []string{
			"Vaultline's product pages for FlexEarn promised “instant withdrawals”.",
		}, []want{{"instant withdrawals", "Vaultline", ""}}},
		{"initials stand for the name the article spells out, not a headline's run of capitals", "Fight", []string{
			"Unbeaten GBO welterweight king suffers detached retina in sparring nine days before defence",
			"The Global Boxing Organisation champion underwent surgery on Thursday night.",
			"A GBO spokesperson later said the organisation would “review the situation”.",
		}, []want{{"review the situation", "Global Boxing Organisation", ""}}},
		{"the one named after a description set off by a dash is the sentence's subject", "Dam", []string{
			"Dairy farmer Alinta Merrick said she had already moved 140 cows to higher ground.",
			"Her neighbour, retired teacher Colleen Merrick – no relation, she is quick to point out – was less worried.",
			"“I’ll go when they tell me to go,” she said.",
		}, []want{{"I’ll go when they tell me to go,", "Colleen Merrick", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEighty(t *testing.T) {
	tests := []titledCase{
		{"one who reports for duty or to work says nothing", "Strike", []string{
			"Ms Wanjiru said the union would “stand firm” and warned that nurses who reported for duty would be “crossing a picket line”.",
		}, []want{{"stand firm", "Wanjiru", ""}, {"crossing a picket line", "Wanjiru", ""}}},
		{"a short form opening two firms joined by and is the first firm's", "Merger", []string{
			"Pinecrest Airlines and BlueHarbor Air agreed to merge in March. BlueHarbor flies to 40 cities.",
			"Pinecrest said in a statement that it expected to “certify substantial compliance” by the fall.",
			"Pinecrest Airlines and BlueHarbor Air said in a joint statement that the deal was “good for travellers”.",
			"Harlow Steel Group and Tremont Mining Corp announced a joint venture on Monday. Harlow said the venture would “create 500 jobs”.",
		}, []want{{"certify substantial compliance", "Pinecrest Airlines", ""}, {"good for travellers", "Pinecrest Airlines and BlueHarbor Air", ""}, {"create 500 jobs", "Harlow Steel Group", ""}}},
		{"a demonym and a ranking before a name are the person's title", "Comeback", []string{
			"On commentary, former British No 1 Neil Castleford summed up the mood: “That is one of the great comebacks.”",
			"World No. 3 Ines Varga gave her verdict: “Unbelievable.”",
		}, []want{{"That is one of the great comebacks.", "Neil Castleford", ""}, {"Unbelievable.", "Ines Varga", ""}}},
		{"the company is no municipal corporation, wherever it is named", "Tower", []string{
			"Trimurti Infraspaces built the tower in 2019. The Municipal Corporation of Greater Mumbai said on Wednesday that the fire certificate had lapsed. The company said it was “cooperating fully with the authorities”.",
		}, []want{{"cooperating fully with the authorities", "Trimurti Infraspaces", ""}}},
		{"reporting for duty with more words after it is still turning up", "Strike", []string{
			"Ms Wanjiru warned that nurses who reported for duty wearing armbands would be “crossing a picket line”.",
			"Mr Kariuki warned that miners who reported for work hours later would be “docked a day’s pay”.",
		}, []want{{"crossing a picket line", "Wanjiru", ""}, {"docked a day’s pay", "Kariuki", ""}}},
		{"the company is no municipal corporation", "Fire", []string{
			"The Ranipur Municipal Corporation (RMC) on Wednesday admitted that the fire certificate for the tower had lapsed in 2022.",
			"Mr. Bhullar said the fire department had issued two notices to the builder, Trimurti Infraspaces, in 2022.",
			"Trimurti Infraspaces did not respond to calls and messages. In a two-line statement issued on Monday, the company said it was “cooperating fully with the authorities”.",
		}, []want{{"cooperating fully with the authorities", "Trimurti Infraspaces", ""}}},
		{"a company whose name holds a public body's word is still a company", "Water", []string{
			"The Hallam Municipal Water Company said supplies would be restored by Friday. The company said the outage was “regrettable”.",
			"Public Service Company of Colorado shut off power to 55,000 customers. The company said the move was “a last resort”.",
		}, []want{{"regrettable", "Hallam Municipal Water Company", ""}, {"a last resort", "Public Service Company of Colorado", ""}}},
		{"an umpire's or a referee's office is a title", "Umpire", []string{
			"Umpire Gurvinder Bassi stood in the middle for the last time.",
			"He said: “I never once enjoyed giving a man out.”",
			"Referee Anthony Taylor said the goal was “clear”.",
		}, []want{{"I never once enjoyed giving a man out.", "Gurvinder Bassi", ""}, {"clear", "Anthony Taylor", ""}}},
		{"one bank named with and", "Bank", []string{
			"Northern Rock Bank and Trust Company collapsed. Northern Rock said savers were “safe”.",
		}, []want{{"safe", "Northern Rock Bank and Trust Company", ""}}},
		{"one who reports to someone or reports that something happened speaks", "Patrol", []string{
			"Sgt Tom Baker radioed and reported back to base that the patrol had come under “sustained fire”.",
			"The headteacher, Kate Moss, reported to school inspectors that standards were “improving”.",
		}, []want{{"sustained fire", "Tom Baker", ""}, {"improving", "Kate Moss", ""}}},
		{"a public body's word in a registered company's name does not stop the company", "Post", []string{
			"Sunita Varghese runs Kelsworth Village Stores.",
			"The parish council chair took the petition to Post Office Ltd, which runs the network. The company initially said there was “no viable operator” in the area.",
		}, []want{{"no viable operator", "Post Office Ltd", ""}}},
		{"a particle of an East African name and a town as a body", "Seizure", []string{
			"Dr Cheruiyot arap Lelei, chairman of the pharmacists' association, said chemists were paying for “the sins of a few cartels”.",
			"The Town of Fenwick Creek confirmed in a statement that it had received “two complaints” about the dogs.",
		}, []want{{"the sins of a few cartels", "Cheruiyot arap Lelei", ""}, {"two complaints", "Town of Fenwick Creek", ""}}},
	}
	runTitled(t, tests)
}

// TestRoundEightyOne checks the rules added in round 81 of the blind-set
// work, each with its article's headline.
func TestRoundEightyOne(t *testing.T) {
	tests := []titledCase{
		{"a holder's name with a particle after an office ending in of", "Forest fire", []string{
			"State Minister of Defence Ruwan de Alwis said the Air Force would help.",
			"Mr. de Alwis also warned: “Every year we see the same thing.”",
			"“Be patient,” the minister said.",
		}, []want{{"Every year we see the same thing.", "Ruwan de Alwis", ""}, {"Be patient,", "Ruwan de Alwis", ""}}},
		{"a name after a preposition of time is no subject", "Rescue", []string{
			"A yachtsman who spent 40 minutes in the water after being knocked overboard during the Hāpuku Coastal Classic says he had “made peace” with dying.",
			"Since the Asian Games the federation has said it is “fully committed” to the sport.",
		}, []want{{"made peace", "", ""}, {"fully committed", "", ""}}},
		{"words inside a question put to the speaker are the question's", "Trial paused", []string{
			"Gregory Lindahl, the chief executive, spoke on a call with analysts.",
			"Asked by one analyst whether Castellan had \"missed something\" in the earlier data, Lindahl said: \"No. We looked at those cases carefully.\"",
			"Pressed on whether the company was “retreating from research”, he replied: “Absolutely not.”",
			"Asked whether he would quit, Lindahl said he was “not going anywhere”.",
			"Asked about the delay - the trial was due to end in May - Lindahl said the data had been “slow to arrive”.",
		}, []want{{"missed something", "", "term"}, {"No. We looked at those cases carefully.", "Gregory Lindahl", ""}, {"retreating from research", "", "term"},
			{"Absolutely not.", "Gregory Lindahl", ""}, {"not going anywhere", "Gregory Lindahl", ""}, {"slow to arrive", "Gregory Lindahl", ""}}},
		{"a phrase of time between a subject and its verb", "Erosion", []string{
			"Ōrewhiti District Council met on Friday.",
			"A report released by Ōrewhiti District Council this week says 23 homes could be \"at imminent risk\" within 10 years.",
			"Jane Smith earlier this month told reporters the homes were \"at some risk\".",
		}, []want{{"at imminent risk", "Ōrewhiti District Council", ""}, {"at some risk", "Jane Smith", ""}}},
		{"a word in -s before a verb that agrees with a plural is a noun", "Trial paused", []string{
			"Priya Raman-Oduya, an analyst at Fenwick Strand Securities, wrote in a note to clients that liver signals were \"among the hardest problems\".",
		}, []want{{"among the hardest problems", "Priya Raman-Oduya", ""}}},
		{"review: since and until open clauses; a question's own words and its missing comma", "Rates", []string{
			"The shares have fallen 20 per cent since Tesla said in April that demand was \"softening\".",
			"Asked whether he regretted calling them \"idiots\", John Smith said he did not.",
			"Asked if he would stand again Smith told reporters \"we'll see\", and smiled.",
		}, []want{{"softening", "Tesla", ""}, {"idiots", "John Smith", ""}, {"we'll see", "John Smith", ""}}},
		{"review: a reduced relative clause and a surname that is a season", "Flood map", []string{
			"Northgate City Council has published its flood map. The 12 homes the council says are \"at imminent risk\" sit on the cliff edge.",
			"Jessica Summer leads the campaign. It is a cause that Summer says is \"worth fighting for\".",
		}, []want{{"at imminent risk", "Northgate City Council", ""}, {"worth fighting for", "Jessica Summer", ""}}},
		{"review: of two businesses the rules below choose", "Fines", []string{
			"Ofgem fined British Gas £5m for wrongly installing prepayment meters, while Octopus Energy was cleared. \"We accept the fine,\" the energy supplier said.",
		}, []want{{"We accept the fine,", "British Gas", ""}}},
		{"the water company is a business whose name holds the word", "Spill", []string{
			"Severn Water was fined after a sewage spill. The regulator Ofwat imposed the fine on Monday. “We accept the penalty,” the water company said.",
		}, []want{{"We accept the penalty,", "Severn Water", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightyTwo(t *testing.T) {
	tests := []titledCase{
		{"an office whose portfolio after for holds a name in capitals, before its holder", "Lake ban", []string{
			"The state Commissioner for Environment and Water Resources, Dr. Funmilayo Adekunle-Bassey, announced the ban on Thursday.",
			"\"Do not drink it,\" the commissioner said.",
		}, []want{{"Do not drink it,", "Funmilayo Adekunle-Bassey", ""}}},
		{"one in charge whom a relative clause names answers a description of the office", "Theatre", []string{
			"The Gantry theatre has lost its grant, in what its artistic director called “a slow death sentence” for one of the region's stages.",
			"Imogen Threlfall, who has run the Gantry since 2019, said she learned of the decision on Tuesday.",
		}, []want{{"a slow death sentence", "Imogen Threlfall", ""}}},
		{"no one in charge when the article names the office's holder or two who run things", "Airport", []string{
			"Airport boss says closing the airspace was “the only responsible decision”.",
			"The airport’s managing director, Gwilym Prosser, apologised to passengers.",
			"“Half of them have gone home,” said Shireen Mahmoud-Clarke, who runs a travel agency in Keswick.",
		}, []want{{"the only responsible decision", "", ""}, {"Half of them have gone home,", "Shireen Mahmoud-Clarke", ""}}},
		{"a style of address before a full name is no part of it", "Rail line", []string{
			"A plantain seller, Auntie Comfort Adjei-Mensah, said she had lost most of her income.",
			"\"God has answered our prayers,\" she said.",
			"The school's principal, Sister Magdalene Achieng, said the school was \"in deep mourning.\"",
			"\"They were bright girls,\" the principal said.",
		}, []want{{"God has answered our prayers,", "Comfort Adjei-Mensah", ""}, {"in deep mourning.", "Magdalene Achieng", ""}, {"They were bright girls,", "Magdalene Achieng", ""}}},
		{"review: one who leads a race, a part of a body, a café or a risk is in charge of no body", "Mixed", []string{
			"Aaron Judge, who leads the majors with 40 home runs, hit two more as the Yankees beat Boston.",
			"\"He is playing at a different level right now,\" the manager said.",
			"Max Verstappen, who led the race from start to finish, took his 50th win.",
			"\"We let people down,\" the chief executive said.",
			"Dr Sam Patel, who runs the hospital's cancer unit, agreed. Maria Lopez, who runs a café opposite the library, was angry. Emma Cole, who runs the risk of losing her job, was too.",
			"\"It was a great season,\" the head said. Jim Reid, who led the Yankees to the title in 2009, was there.",
			"\"We have heard from 100 witnesses,\" the chair said. Ken Moss, who chairs the residents' association, was unhappy.",
		}, []want{{"He is playing at a different level right now,", "", ""}, {"We let people down,", "", ""}, {"It was a great season,", "", ""}, {"We have heard from 100 witnesses,", "", ""}}},
		{"an office's initials the article gives in brackets name its holder", "Rail line", []string{
			"The Municipal Chief Executive (MCE) for Abrepo, Hon. Adwoa Nkansah-Boadu, rode on the first train.",
			"A statement read by a director, Mrs Abena Oforiwaa Quaye, praised the firm.",
			"\"The train is for everybody,\" the MCE said.",
			"The MCE, speaking later, said the Assembly would meet traders. \"Protect it,\" she said.",
		}, []want{{"The train is for everybody,", "Adwoa Nkansah-Boadu", ""}, {"Protect it,", "Adwoa Nkansah-Boadu", ""}}},
		{"review: the initials' holder is no subject when the sentence names someone after, nor a former holder", "Market", []string{
			"The Municipal Chief Executive (MCE) for Abrepo, Hon. Adwoa Nkansah-Boadu, cut the tape on Tuesday.",
			"The MCE has promised a new road, but traders such as Ama Mensah remain sceptical. \"We have heard this before,\" she said.",
			"The former District Chief Executive (DCE), Kwame Boateng, handed over in March.",
			"\"The roads will be fixed,\" the DCE said.",
		}, []want{{"We have heard this before,", "Ama Mensah", ""}, {"The roads will be fixed,", "", ""}}},
		{"review: one who runs a body with words before its noun", "Hospital", []string{
			"Dale Whitacre, who has run the local hospital since 2017, spoke to staff on Monday.",
			"\"The figures are not good,\" the hospital's chief executive said.",
		}, []want{{"The figures are not good,", "Dale Whitacre", ""}}},
		{"a monarch is one titled king, oba or emir; a body's committee or board speaks for it", "Vaccines", []string{
			"The Alamesi of Imesi-Ekun, Oba Rasheed Adegoke Ajibola, urged parents to ignore rumours.",
			"The monarch, who presented his grandchildren, said, \"Nobody should fear this vaccine.\"",
			"The British Professional Boxing Council suspended the promoter's licence on Monday.",
			"In its written decision, the council's licensing committee said the lapse was \"not a clerical oversight\".",
		}, []want{{"Nobody should fear this vaccine.", "Rasheed Adegoke Ajibola", ""}, {"not a clerical oversight", "British Professional Boxing Council", ""}}},
		{"a style of address before a given name alone, after the full name", "School bus", []string{
			"The school's principal, Sister Magdalene Achieng, said the school was in mourning.",
			"\"These were joyful girls,\" Sister Magdalene said.",
		}, []want{{"These were joyful girls,", "Magdalene Achieng", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightyThree(t *testing.T) {
	tests := []titledCase{
		{"an agency's dateline after a state's abbreviation opens the lede's sentence", "Execution", []string{
			"NASHVILLE, Tenn. (AP) — Tennessee Gov. Harlan Beckwith halted the execution on Thursday, saying the evidence raised questions he could not \"in good conscience\" ignore.",
		}, []want{{"in good conscience", "Harlan Beckwith", ""}}},
		{"two words joined by and are a judgment, hyphens or not; a compound stays a label", "Fine", []string{
			"The Financial Conduct Authority fined Harwick Bank on Thursday, saying the lender had ignored warnings about \"basic and well-understood\" weaknesses in its systems.",
			"The minister promised £40m for \"catch-up\" tutoring.",
		}, []want{{"basic and well-understood", "Financial Conduct Authority", ""}, {"catch-up", "", "term"}}},
		{"a name after a word or two of how its bearer looked or stood", "Maps", []string{
			"A sharply divided Wisconsin Supreme Court struck down the maps, saying they were “a patchwork stitched together for partisan advantage”.",
			"A visibly angry Tom Briggs left the room, saying the plan was “a disgrace to the town”.",
		}, []want{{"a patchwork stitched together for partisan advantage", "Wisconsin Supreme Court", ""}, {"a disgrace to the town", "Tom Briggs", ""}}},
		{"a question tagged by a surname with a particle", "Trial", []string{
			"Rahim al-Saffar, defending, cross-examined the witness.",
			"“Did you ever see him hand anything to a prisoner?” Mr al-Saffar asked.",
		}, []want{{"Did you ever see him hand anything to a prisoner?", "Rahim al-Saffar", ""}}},
		{"what one body, named by its noun, called something is its words; what several call it or named it is a name", "Coach", []string{
			"Carrow State University suspended the coach on Sunday.",
			"In 2017 he sat out one game for what the school then called \"unsportsmanlike conduct directed at a game official.\"",
			"Museums relied on what dealers called “old collection” language, as part of what the force has named “Operation Simtoli”.",
		}, []want{{"unsportsmanlike conduct directed at a game official.", "Carrow State University", ""}, {"old collection", "", "term"}, {"Operation Simtoli", "", "term"}}},
		{"review: compound names joined by and or or stay labels; a name modifying a subject does not speak; a crowd's name for a thing is a term", "Mixed", []string{
			"The minister promised £40m for “catch-up and catch-all” tutoring, saying it was needed.",
			"The regulator said it would impose a “24-hour or 48-hour” ban on parking.",
			"The original Star Wars trilogy was hailed as “a masterpiece.”",
			"She crossed the line in what the media called “the storm of the decade.”",
		}, []want{{"catch-up and catch-all", "", "term"}, {"24-hour or 48-hour", "", "term"}, {"a masterpiece.", "", "term"}, {"the storm of the decade.", "", "term"}}},
		{"review: a legislature is no chamber of trade; a school named before outranks a university", "Mixed", []string{
			"The Dorset Chamber of Commerce welcomed the plan. The House of Commons later voted it down, and the chamber described the result as “a blow.”",
			"Parents at Kensington Academy complained. A spokesman for Durham University was also consulted.",
			"The school said it wanted “a fresh pair of eyes.”",
		}, []want{{"a blow.", "", ""}, {"a fresh pair of eyes.", "Kensington Academy", ""}}},
		{"a word for a rider or a player before a given name and a surname opening a sentence is no part of the name", "Cup", []string{
			"Jockey Callum Ruiz-McAllister pulled the gelding up at once. \"He was gone,\" he said.",
		}, []want{{"He was gone,", "Callum Ruiz-McAllister", ""}}},
		{"what a sign reads past a phrase set off, however long, and what one of the signs before reads", "Rally", []string{
			"That sign, at the corner of Route 9 and Hollis Mill Road, still reads \"Opening Spring 2026 - Your Health, Closer to Home.\"",
			"Teachers held up signs. One read \"Pay us now.\"",
			"The mayor, speaking to reporters, said \"we will rebuild\".",
		}, []want{{"Opening Spring 2026 - Your Health, Closer to Home.", "", "term"}, {"Pay us now.", "", "term"}, {"we will rebuild", "", ""}}},
		{"review: a place named with an epithet's word keeps it; one of those with signs who said something is no sign", "Rally", []string{
			"Champion Hill Stadium said \"the match is off.\"",
			"Dozens of nurses marched with placards outside the hospital. One said \"we are exhausted and nobody listens.\"",
			"The banner's designer, a local artist, also said \"it took three weeks to paint.\"",
		}, []want{{"the match is off.", "Champion Hill Stadium", ""}, {"we are exhausted and nobody listens.", "", ""}, {"it took three weeks to paint.", "", ""}}},
		{"the answer to a question that closes by naming someone is theirs", "Trial", []string{
			"Lewis Brackley, 34, denies murder. Adrian Pellow KC, prosecuting, cross-examined him.",
			"\"Is that a man with his fists up, Mr Brackley?\"",
			"\"It's not what it felt like at the time.\"",
		}, []want{{"Is that a man with his fists up, Mr Brackley?", "", ""}, {"It's not what it felt like at the time.", "Lewis Brackley", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightyFour(t *testing.T) {
	tests := []titledCase{
		{"a phrase of the occasion before the subject of coordinated verbs", "Locks", []string{
			"Tariq Olsen founded the firm in 2019.",
			"Reached by WIRED, Olsen stood by the post but said he “wasn’t trying to dunk on anyone.”",
			"Shortly after the vote, the Harbour Party issued a statement declaring that the result was “a mandate for change.”",
		}, []want{{"wasn’t trying to dunk on anyone.", "Tariq Olsen", ""}, {"a mandate for change.", "Harbour Party", ""}}},
		{"a nickname a party's members call someone is a term; a phrase of \"as\" after a noun of names is no name", "Budget", []string{
			"Senator Alma Ridge blocked the bill again on Tuesday.",
			"Ridge, whom Republicans have taken to calling “the Wall” for her habit of blocking spending bills, said Monday she wears the nickname “as a mark of pride.”",
		}, []want{{"the Wall", "", "term"}, {"as a mark of pride.", "Alma Ridge", ""}}},
		{"the man who gave his name only as someone, after the verb", "Sinkhole", []string{
			"“It went quiet all at once,” said the woman, who gave her name only as Marisol. “Then the road was gone.”",
		}, []want{{"It went quiet all at once, Then the road was gone.", "Marisol", ""}}},
		{"what a group hailed or welcomed as something is its words, not the reporter's of the deed", "Ruling", []string{
			"The Supreme Court has ruled that the ban is unlawful, in a judgment that campaigners hailed as “a new dawn” for patients.",
			"The ministry said late cargoes could still be shipped, a concession the Rice Traders Union welcomed as “a small mercy”.",
		}, []want{{"a new dawn", "", ""}, {"a small mercy", "Rice Traders Union", ""}}},
		{"one of many who wrote after a post is no one named", "Collapse", []string{
			"The firm's managing director, Gerald Pike, did not respond to calls. But in a post on the company's Facebook page on Tuesday, he blamed “a perfect storm of rising costs”.",
			"“I am truly sorry to every customer who has been let down,” the post said.",
			"Screenshots of the post were shared widely in local groups, where many buyers reacted angrily. “Sorry doesn’t pay my rent,” one wrote.",
		}, []want{{"a perfect storm of rising costs", "Gerald Pike", "post"}, {"I am truly sorry to every customer who has been let down,", "Gerald Pike", "post"}, {"Sorry doesn’t pay my rent,", "", "post"}}},
		{"a letter the lead-in names is no post, whatever the paragraph before says of posting", "Closure", []string{
			"Superintendent Marcus Oyelaran-Hill said teachers would post daily assignments online.",
			"In a letter sent home with students Tuesday, Oyelaran-Hill wrote: “Dear families, a week of remote learning is not ideal.”",
		}, []want{{"Dear families, a week of remote learning is not ideal.", "Marcus Oyelaran-Hill", ""}}},
		{"a courtesy title in an appositive is another's", "Lottery", []string{
			"R.M. Sunil Perera (52) says he found the purse on the bus.",
			"\"I found it under the seat,\" Mr. Perera told the Herald.",
			"His wife, Chandani Perera, who is Mr. Silva's younger sister, backed her husband. \"He is honest,\" she said.",
		}, []want{{"I found it under the seat,", "R.M. Sunil Perera", ""}, {"He is honest,", "Chandani Perera", ""}}},
		{"a relative named by a given name alone takes the family name with a title of their sex", "Pub", []string{
			"Tom Ashdown, who ran the shop with his wife, Helen, for 20 years, said he had wept. “It was our life,” he said.",
			"Mrs Ashdown said the couple had offered to buy it. “We were laughed at,” she said.",
			"Ashdown added: “It is gone.”",
		}, []want{{"It was our life,", "Tom Ashdown", ""}, {"We were laughed at,", "Helen Ashdown", ""}, {"It is gone.", "Tom Ashdown", ""}}},
		{"a relative with the family name is no middle-name form nor short form of the one named in full", "Farm", []string{
			"Mary Ellen Smith, 70, lives with her daughter, Mary, in the old farmhouse.",
			"“We are staying,” Smith said.",
			"Daniel Orme, 72, lives with his son, Dan, next door. “We are staying,” Orme said. “I am not,” Dan said.",
		}, []want{{"We are staying,", "Mary Ellen Smith", ""}, {"We are staying,", "Daniel Orme", ""}, {"I am not,", "Dan Orme", ""}}},
		{"review: a sentence opening with one and a verb; a name in -ing is no opener", "Mixed", []string{
			"One replied: \"We have no idea.\"",
			"Raheem Sterling scored twice. Sterling, who joined in the summer, celebrated wildly and said he was \"loving every minute.\"",
			"Boeing said on Friday its jets were safe. Boeing, which faces a criminal trial, cut its forecast and said demand was \"softening.\"",
		}, []want{{"We have no idea.", "", ""}, {"loving every minute.", "Raheem Sterling", ""}, {"softening.", "Boeing", ""}}},
		{"review: what a party's members described someone as, or called them with a phrase of \"a\", stays their judgment; a slogan opening with \"as\" is a term", "Mixed", []string{
			"The scheme, which Democrats have described as a \"giveaway to billionaires,\" passed.",
			"The governor, whom Republicans have been calling \"a liar\" for weeks, hit back on Monday.",
			"Residents have adopted the slogan \"as the crow flies\" for their campaign against the bypass.",
			"The senator, whom Democrats have taken to calling \"Mr. Veto\", said nothing.",
		}, []want{{"giveaway to billionaires,", "Democrats", ""}, {"a liar", "", ""}, {"as the crow flies", "", "term"}, {"Mr. Veto", "", "term"}}},
		{"review: a name given only as someone in the clause after the speaker is another's when the clause names or describes another first", "Flood", []string{
			"\"The water came up to our necks,\" said the woman, who was rescued with her husband, named only as Ahmed, on Sunday.",
			"\"I will never forget it,\" said the nurse, who treated a girl known only as Baby J.",
			"\"It went quiet,\" said the man, who would only give his first name, Ben.",
		}, []want{{"The water came up to our necks,", "", ""}, {"I will never forget it,", "", ""}, {"It went quiet,", "Ben", ""}}},
		{"review: a letter named by the words of a lead-in other than \"in a letter\" leaves a post a post", "Cuts", []string{
			"Councillor Tom Baker has been posting on X about the cuts.",
			"Quoting the leaked email, he wrote: \"They knew all along.\"",
		}, []want{{"They knew all along.", "Tom Baker", "post"}}},
		{"the one a relative clause is about, after an age, speaks by its second verb", "Lawsuit", []string{
			"The lead plaintiff is former flanker Rawiri Tane-Doyle, 38, who played 74 games for the province and says he was concussed “at least nine times” in that period.",
		}, []want{{"at least nine times", "Rawiri Tane-Doyle", ""}}},
		{"review: a relative takes a title only from a full name it rules out, whose own sentence's pronoun tells its sex before its given name does", "Bakery", []string{
			"Jan Kowalski, 58, the owner of the bakery, said he would not close. Kowalski's son, Piotr, works the morning shift.",
			"“We have survived worse,” Mr Kowalski said.",
			"Evelyn Ward, 72, a retired headmaster, has lived in the village all his life. Ward's son, Tom, runs the farm.",
			"“This is our home,” Mr Ward said.",
		}, []want{{"We have survived worse,", "Jan Kowalski", ""}, {"This is our home,", "Evelyn Ward", ""}}},
		{"review: a relative clause speaks by its second verb only about the one its sentence is about, and a question's who is none", "Mixed", []string{
			"The minister was pressed on costs, but Helen Clark would not say who would pay and said “that is a matter for the council”.",
			"Police named the man as Tom Reid, 54, who lived alone in the house and said “his death is not being treated as suspicious”.",
			"Judge Amy Carter sentenced Tom Reid, who had pleaded guilty and added “you showed no remorse at all”.",
		}, []want{{"that is a matter for the council", "Helen Clark", ""}, {"his death is not being treated as suspicious", "Police", ""}, {"you showed no remorse at all", "Amy Carter", ""}}},
	}
	runTitled(t, tests)
}

// TestRoundEightyFive holds a case for each rule of round 85.
func TestRoundEightyFive(t *testing.T) {
	tests := []titledCase{
		{"letters after a name in capitals are no part of it; the same letters in a name are", "Storm", []string{
			"The local Member of the Senedd, Elin Prys-Whitcombe, visited the rest centre.",
			"@Elin Prys-Whitcombe MS| Thinking of everyone in Porthcelyn this morning.",
			"“The detention is unlawful,” said Femi Falana SAN, who represents the family.",
			"“We will appeal,” said Nguyen Van Am, the family's eldest son.",
		}, []want{{"Thinking of everyone in Porthcelyn this morning.", "Elin Prys-Whitcombe", "post"}, {"The detention is unlawful,", "Femi Falana", ""}, {"We will appeal,", "Nguyen Van Am", ""}}},
		{"a spokesperson for a body at a level of government", "Chatbot", []string{
			"A spokesperson for the state Department of Revenue said the agency was aware of the issue.",
			"\"We look at these on a case-by-case basis,\" the spokesperson said.",
		}, []want{{"We look at these on a case-by-case basis,", "Department of Revenue", ""}}},
		{"what a person calls something is their wording; what a body calls it is a term", "Cider", []string{
			"Prof Nkechi Adeyemi-Stone, director of the campaign group Sugar Smart Alliance, said the ruling closed what she called “the orchard loophole”.",
			"Both sides accuse the other of using what Adeyemi-Stone has called “numbers from fairyland”.",
			"Veltrion Semiconductor cut its forecast, citing what it called a “digestion period” among buyers.",
		}, []want{{"the orchard loophole", "Nkechi Adeyemi-Stone", ""}, {"numbers from fairyland", "Nkechi Adeyemi-Stone", ""}, {"digestion period", "", "term"}}},
		{"An opens an Irish body's name within a sentence", "March", []string{
			"Organisers put the turnout at 20,000. A spokesman for An Garda Síochána said the march had passed off “without major incident”.",
			"“Gardaí engaged with organisers in advance,” the spokesman said.",
		}, []want{{"without major incident", "An Garda Síochána", ""}, {"Gardaí engaged with organisers in advance,", "An Garda Síochána", ""}}},
		{"a chant is a crowd's words, no one's own", "Telescope", []string{
			"Hundreds lined the road chanting “Protect the peak!” and “We are protectors!” as the elders were led away.",
			"Sections of the crowd chanted \"Let him fight!\" as he walked to his seat, and a chant of “Sell the team” went up later.",
		}, []want{{"Protect the peak!", "", ""}, {"We are protectors!", "", ""}, {"Let him fight!", "", ""}, {"Sell the team", "", ""}}},
		{"a controller is a title", "Cave", []string{
			"The rescue controller called their survival “a textbook example of doing everything right”.",
			"The three divers were brought out on Sunday.",
			"Mark Fenwick, the rescue controller, said the divers had kept calm.",
		}, []want{{"a textbook example of doing everything right", "Mark Fenwick", ""}}},
		{"a reporter from a body the article does not name is no one named", "Wedding", []string{
			"Mayor Rodolfo Villaraza spoke first. “We will pay for the repairs,” he said.",
			"“Was a structural engineer consulted?” a reporter from a local radio station asked.",
		}, []want{{"We will pay for the repairs,", "Rodolfo Villaraza", ""}, {"Was a structural engineer consulted?", "", ""}}},
		{"a text carried out by someone set off after its noun is theirs", "Orchestra", []string{
			"The review, carried out by the employment law firm Harcourt Lane, found “a pattern of humiliating conduct” over two seasons.",
		}, []want{{"a pattern of humiliating conduct", "Harcourt Lane", ""}}},
		{"words the lede gives someone described are said by the one the body quotes saying them", "Robots", []string{
			"Many residents love the robots; a retired mail carrier says they \"own the sidewalk now.\"",
			"The robots arrived in May.",
			"Doug Pellegrini walks the same route every day. \"They own the sidewalk now,\" he said.",
			"Later, a neighbour says the robots are \"a menace.\"",
			"\"They are a menace,\" said Ann Cole.",
		}, []want{{"own the sidewalk now.", "Doug Pellegrini", ""}, {"They own the sidewalk now,", "Doug Pellegrini", ""}, {"a menace.", "", ""}, {"They are a menace,", "Ann Cole", ""}}},
		{"review: a spokesperson for a body named after it is that person; a lede's word or two is no one titled otherwise", "Mixed", []string{
			"A local councillor said the decision was “shameful”, and a neighbour described the scene as “chaos”.",
			"A spokesman for the federal Bureau of Prisons, Randy Herrera, said the inmate was stable.",
			"“He is receiving care,” the spokesman said.",
			"“It was chaos,” said Superintendent John Kelly.",
			"“Shameful,” said resident Amara Okoye.",
			"“This is shameful,” said Councillor Dev Patel.",
		}, []want{{"shameful", "Dev Patel", ""}, {"chaos", "", ""}, {"He is receiving care,", "Randy Herrera", ""}, {"It was chaos,", "John Kelly", ""}, {"Shameful,", "Amara Okoye", ""}, {"This is shameful,", "Dev Patel", ""}}},
		{"review: An before an Irish title is none of the name; a chant named as a piece is a title; one person's chant is theirs", "Mixed", []string{
			"Speaking in Cork, An Tánaiste Simon Harris said the plan was “sound”.",
			"The choir performed the Gregorian chant “Salve Regina”.",
			"Kwame Mensah stood on a bench chanting “Fix the roads now!”",
			"Kofi Ashworth was introduced at the arena, where sections of the crowd chanted “Let him fight!” as he walked to his seat.",
		}, []want{{"sound", "Simon Harris", ""}, {"Salve Regina", "", "term"}, {"Fix the roads now!", "Kwame Mensah", ""}, {"Let him fight!", "", ""}}},
		{"second review: a possessive after the body names no spokesperson; a crowd chanting in what someone said is the crowd; a possessive chant is a chant; a role set off after a name does not rule out the lede's description", "Mixed", []string{
			"A neighbour described the scene as “chaos”, and a spokesman for the FBI, Christopher Wray’s agency, said the men were dangerous.",
			"“They should not be approached,” the spokesman said.",
			"Aoife Byrne said the crowd chanting “No more cuts!” was angry. Their chant “Free Palestine” echoed through the square.",
			"“It was chaos,” said Ann Murphy, a retired teacher who lives next door.",
		}, []want{{"chaos", "Ann Murphy", ""}, {"They should not be approached,", "Federal Bureau of Investigation", ""}, {"No more cuts!", "", ""}, {"Free Palestine", "", ""}, {"It was chaos,", "Ann Murphy", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightySix(t *testing.T) {
	tests := []titledCase{
		{"a reeve and an attorney-at-law are titles", "Crossing", []string{
			"Across the line, Reeve Henri de la Roche of the Rural Municipality of Sainte-Odile posted that residents had been given \"six days' notice\".",
			"Mr. Jayakody's lawyer, Attorney-at-Law Clarence de la Motte, said his client would appeal.",
			"\"We will be asking the court a very simple question,\" Mr. de la Motte said.",
			"Mum-of-two Kirsty Galloway said the drive was too long. \"It's the weather,\" she said.",
		}, []want{{"six days' notice", "Henri de la Roche", "post"}, {"We will be asking the court a very simple question,", "Clarence de la Motte", ""}, {"It's the weather,", "Kirsty Galloway", ""}}},
		{"initials stand for the words that open a longer name", "Darts", []string{
			"Declan Mahony has been disqualified from the GDF World Championship.",
			"Mahony was thrown out of the Global Darts Federation World Championship after a check found his darts too heavy.",
			"In a statement on Sunday, the GDF said the breach was “clear, measured twice and witnessed”.",
		}, []want{{"clear, measured twice and witnessed", "Global Darts Federation", ""}}},
		{"a surname of two words is the one of the full names that end with it, nearest before", "Statue", []string{
			"Ngāti Rākau chairman Hemi Te Awhitu said the iwi welcomed the decision.",
			"“There is no joy in this for us,” Te Awhitu said. “There is relief.”",
			"His sister, Moana Te Awhitu, said she had stood in the square as a child “and felt small”.",
		}, []want{{"There is no joy in this for us, There is relief.", "Hemi Te Awhitu", ""}, {"and felt small", "Moana Te Awhitu", ""}}},
		{"Now with its capital ends a campaign's name", "Airport", []string{
			"Protesters from the group Grounded Now began arriving in Terminal B shortly after 6 a.m.",
			"In its own statement, Grounded Now called the arrests \"a badge of honor\". \"Today was a warning,\" the group said.",
		}, []want{{"a badge of honor", "Grounded Now", ""}, {"Today was a warning,", "Grounded Now", ""}}},
		{"Reeve is a given name too", "Show", []string{
			"Broadway actor Reeve Carney said the show would go on. \"We owe it to the fans,\" Carney said.",
		}, []want{{"We owe it to the fans,", "Reeve Carney", ""}}},
		{"Now does not join a person's name, and initials stand only for a body's words", "Rules", []string{
			"Former minister Peter Smith Now admits he was wrong. “I misjudged it,” Smith said.",
			"The Australian Building Codes Board has proposed new rules.",
			"The ABC said the rules were “long overdue”.",
		}, []want{{"I misjudged it,", "Peter Smith", ""}, {"long overdue", "ABC", ""}}},
		{"according to a description and the name set off after it", "Banknote", []string{
			"The design was “eighteen months in the making,” according to its artist, Joaquin Pereira-Lowe, who said he had received threatening messages.",
		}, []want{{"eighteen months in the making,", "Joaquin Pereira-Lowe", ""}}},
		{"a sign's words past a long phrase, a book after its author, a title its maker owns", "Diamond", []string{
			"Back in Harlan Creek, a handwritten sign on the door of the volunteer center on Main Street reads “Still Searching. Still Here.”",
			"\"Every serious dealer knows what it looks like,\" said Helena Marsh, a gemologist and author of \"Blood and Fire: A History of Famous Diamonds.\"",
			"Comedian Rory Delacroix’s “Unforgivable Tour” has been canceled, promoter Lumen Live said Wednesday.",
		}, []want{{"Still Searching. Still Here.", "", "term"}, {"Every serious dealer knows what it looks like,", "Helena Marsh", ""}, {"Blood and Fire: A History of Famous Diamonds.", "", "term"}, {"Unforgivable Tour", "", "term"}}},
		{"the elder and the younger of a family are the parent and the one introduced as a child", "Sanctuary", []string{
			"Founder Graeme Hollis confirmed the closure.",
			"The sanctuary is run by Hollis’s son, Nathan, who said it was “agonising”.",
			"“Dad has put his whole life into this place,” Nathan Hollis said.",
			"The elder Hollis said he did not blame anyone. “It’s just the numbers,” he said.",
			"Sheep farmer Graham Walker described the decision as “a kick in the guts”.",
			"Graham Walker’s son, Daniel Walker, who runs the neighbouring block, signed a lease.",
			"“Dad and I have had some robust conversations,” the younger Walker said.",
		}, []want{{"agonising", "Nathan Hollis", ""}, {"Dad has put his whole life into this place,", "Nathan Hollis", ""}, {"It’s just the numbers,", "Graeme Hollis", ""}, {"a kick in the guts", "Graham Walker", ""}, {"Dad and I have had some robust conversations,", "Daniel Walker", ""}}},
		{"after according to, a name that starts a clause is not the description's", "Raid", []string{
			"The fire was “completely out of control,” according to police, John Smith, 45, was arrested at the scene.",
			"The raid was “textbook,” according to officers, Mark Reid and Jo Bell, who led it.",
			"The deal was “a disaster,” according to a spokesman, John Smith.",
		}, []want{{"completely out of control,", "", ""}, {"textbook,", "", ""}, {"a disaster,", "John Smith", ""}}},
		{"a sign a person stood beside does not read", "Vigil", []string{
			"A woman who had stood beside the sign at the gate of the school since dawn read “a prayer for the missing children.”",
		}, []want{{"a prayer for the missing children.", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightySeven(t *testing.T) {
	tests := []titledCase{
		{"a partial quotation said in a post after it is a post", "Festival", []string{
			"The Thornbury Players said they were “heartbroken” in a post on Instagram.",
			"Opposition lawmaker Raúl Benavente called it \"a populist trap\" in a post on X, which he later deleted.",
			"Mayor Ann Cole called the plan “reckless”, which she repeated in a post on Sunday.",
		}, []want{{"heartbroken", "Thornbury Players", "post"}, {"a populist trap", "Raúl Benavente", "post"}, {"reckless", "Ann Cole", ""}}},
		{"a post's words under the headline are said by the one the body names saying them", "Tour", []string{
			"^ The comedian called the decision “cowardice dressed up as conscience” in a post on X",
			"Comedian Rory Delacroix’s tour has been canceled, promoter Lumen Live said Wednesday.",
			"“This is cowardice dressed up as conscience,” Delacroix wrote on X.",
		}, []want{{"cowardice dressed up as conscience", "Rory Delacroix", "post"}, {"This is cowardice dressed up as conscience,", "Rory Delacroix", "post"}}},
		{"a commenter writes posts, and so does another after one", "Sanctuary", []string{
			"The post had been shared more than 6,000 times by Monday. One commenter wrote that the sanctuary had been “the best school trip my kids ever had”, another that it was “a Kelton institution”.",
			"Hundreds of people replied. One commenter wrote: “Somebody get this cat a rail card.” Another called Marmalade “the most travelled cat in Kernow”.",
			"“Retire them to a sanctuary,” one commenter wrote.",
			"Other commenters noted that two supposedly different colonies showed “identical debris in the lower left corner”.",
		}, []want{{"the best school trip my kids ever had", "", "post"}, {"a Kelton institution", "", "post"}, {"Somebody get this cat a rail card.", "", "post"},
			{"the most travelled cat in Kernow", "", "post"}, {"Retire them to a sanctuary,", "", "post"}, {"identical debris in the lower left corner", "", ""}}},
		{"an account that writes speaks for its owner, and posts", "Orchestra", []string{
			"The Royal Severn Philharmonic has dismissed its principal conductor, Lorenzo Baracchi.",
			"Two days later the orchestra’s own account posted a clip of the applause on X with the words “What a night in Wrexford”.",
			"“Bravo,” the orchestra’s official account replied.",
			"Her account, echoed by a dozen nurses, offers a rare view of a staffing crisis that the Connecticut Department of Public Health says has reached a “critical threshold”.",
		}, []want{{"What a night in Wrexford", "Royal Severn Philharmonic", "post"}, {"Bravo,", "Royal Severn Philharmonic", "post"},
			{"critical threshold", "Connecticut Department of Public Health", ""}}},
		{"the words something posted is shared with are a post, not those painted on a bedsheet", "Fete", []string{
			"Her granddaughter, Freya Castellano-Brandt, shared a picture of the tie in an Instagram story with the words “my grandad the scientist”.",
			"Castellano-Brandt later shared a photo of the medal with the words: “Okay. Sleep now.”",
			"By Friday morning someone had tied a bedsheet to the gate with the words “SAVE OUR FETE” painted on it.",
		}, []want{{"my grandad the scientist", "Freya Castellano-Brandt", "post"}, {"Okay. Sleep now.", "Freya Castellano-Brandt", "post"}, {"SAVE OUR FETE", "", "term"}}},
		{"a relative set off after a description with a possessive is the speaker", "Tour", []string{
			"Comedian Rory Delacroix’s tour has been canceled.",
			"Delacroix’s manager, his older brother Kevin Delacroix, said in a phone interview that the comedian was “exploring options.” He declined to say more.",
			"The firm’s founder, her sister Ada Mensah, said: “We are not selling.”",
		}, []want{{"exploring options.", "Kevin Delacroix", ""}, {"We are not selling.", "Ada Mensah", ""}}},
		{"a relative named after a possessive and a kin noun with no comma is that kin", "Mine", []string{
			"Fifteen reached the surface, among them Muhammad Ashraf, 52, and his son Bilal Ashraf, 24.",
			"“The water came like a river,” the elder Mr Ashraf told this newspaper.",
			"His son said he had turned back twice. “I shouted their names until I had no voice left,” he said.",
		}, []want{{"The water came like a river,", "Muhammad Ashraf", ""}, {"I shouted their names until I had no voice left,", "Bilal Ashraf", ""}}},
		{"her husband is the man who shares her surname, past another named nearer", "Pothole", []string{
			"Morag and Euan Baird were driving home when their car dropped into the hole.",
			"“One second we were on the road,” Mrs Baird said.",
			"Iain Pettigrew, the local MSP, wrote on X that the incident was “a national embarrassment”.",
			"Mrs Baird said the couple had been told they could claim from the council.",
			"Her husband has kept the cardboard Nessie. “She’s earned her retirement,” he said.",
		}, []want{{"One second we were on the road,", "Morag Baird", ""}, {"a national embarrassment", "Iain Pettigrew", "post"}, {"She’s earned her retirement,", "Euan Baird", ""}}},
		{"the line under the headline is a standfirst though taken for a caption", "Rodeo", []string{
			"^ Agricultural society president calls the 5-4 decision “a betrayal” as animal-welfare groups celebrate",
			"The town council has voted to ban rodeo events on municipal land.",
			"Wade Tollefson, president of the Carrow Creek Agricultural Society, said the vote was “a betrayal” of ranching families.",
		}, []want{{"a betrayal", "Wade Tollefson", ""}, {"a betrayal", "Wade Tollefson", ""}}},
		{"a relative named by a given name at a sentence's start takes the family name of the one the pronoun means", "Toads", []string{
			"Donald Grieve runs a sheep farm at Ardvane.",
			"“I’ve nothing against toads,” Mr Grieve said.",
			"His daughter, Shona, who manages the cottages, was more sanguine. “Honestly, the guests love it,” she said.",
			"Priya Anand spoke first. His son, Ravi, said: “We are fine.”",
		}, []want{{"I’ve nothing against toads,", "Donald Grieve", ""}, {"Honestly, the guests love it,", "Shona Grieve", ""}, {"We are fine.", "Ravi", ""}}},
		{"an office with words before it and its field after “of” is a title", "Mine", []string{
			"At a press conference, the provincial chief inspector of mines, Tariq Mehmood Awan, was asked whether the mine should have been closed.",
			"“Was the company told to stop work?” one reporter asked.",
			"“It was directed to install pumps,” the chief inspector replied.",
		}, []want{{"Was the company told to stop work?", "", ""}, {"It was directed to install pumps,", "Tariq Mehmood Awan", ""}}},
		{"a day's abbreviation inside a name is a word of it", "Frost", []string{
			"A spokesperson for the exporter Southern Sun Fruit said the company would “honour contracts where we can”.",
			"The shop opens on Sun. “We will be busy,” Ann Cole said.",
		}, []want{{"honour contracts where we can", "Southern Sun Fruit", ""}, {"We will be busy,", "Ann Cole", ""}}},
		{"a month between a body's possessive and its text leaves the text the body's", "Mine", []string{
			"The Salt Range Mine Workers’ Union wrote to the company last year.",
			"The union’s November letter, also seen by this newspaper, warned that “seepage in Gallery 7 has increased markedly”.",
		}, []want{{"seepage in Gallery 7 has increased markedly", "Salt Range Mine Workers’ Union", ""}}},
		{"a verb in the past tense after a kin noun ends the description", "Zipline", []string{
			"Erik Lindqvist spoke first.",
			"Leon Okafor, a consultant, said brakes fail.",
			"Ava’s mother, Karen Lindqvist, said her daughter had been begging to ride.",
			"Her husband put an arm around her shoulders. “Nobody did anything wrong,” he said.",
		}, []want{{"Nobody did anything wrong,", "Erik Lindqvist", ""}}},
		{"review: a commenter's post ends where another clause begins, and Another must write", "Planning", []string{
			"One commenter wrote that the extension would be “an eyesore on the village green”, while the parish council said it had “no objection in principle”.",
			"One commenter wrote: “This is a disgrace.” Another issue raised at the meeting was parking, which councillor Jane Obi called “a nightmare for residents”.",
			"One commenter wrote: “Shameful.” Another, Labour MP Jess Phillips, told Sky News the decision was “long overdue”.",
		}, []want{{"an eyesore on the village green", "", "post"}, {"no objection in principle", "", ""}, {"This is a disgrace.", "", "post"},
			{"a nightmare for residents", "Jane Obi", ""}, {"Shameful.", "", "post"}, {"long overdue", "Jess Phillips", ""}}},
		{"review: accounts of money and of events write no posts", "Accounts", []string{
			"The company’s accounts posted a loss of £40m, which chief executive Sarah Mills described as “disappointing but expected”.",
			"The club’s bank account posted a deficit, which treasurer Liam Byrne called “manageable”.",
			"An eyewitness account posted online described the driver as “calm and smiling”.",
			"The ministry said it would give another update. Its highway-information account wrote on X: \"Hwy 37 remains CLOSED.\"",
		}, []want{{"disappointing but expected", "Sarah Mills", ""}, {"manageable", "Liam Byrne", ""}, {"calm and smiling", "", "term"}, {"Hwy 37 remains CLOSED.", "", "post"}}},
		{"review: words a banner, a letter or a cake bear are no post", "Vigil", []string{
			"Protesters posted a banner on the gates with the words “No More Cuts”.",
			"The family shared a letter with the words “We forgive him” at the vigil.",
			"She shared a photograph of a cake iced with the words “Happy Retirement Bob”.",
		}, []want{{"No More Cuts", "", "term"}, {"We forgive him", "", "term"}, {"Happy Retirement Bob", "", "term"}}},
		{"review: a post held, and a post in another clause, make no post", "Ministry", []string{
			"Ms Adeyemi, who called the reforms “long overdue” in a post she held for six years at the ministry, resigned.",
			"The minister, Ruth Bello, described the protest as “unacceptable” in a statement, and repeated the claim in a post on Facebook.",
		}, []want{{"long overdue", "Adeyemi", ""}, {"unacceptable", "Ruth Bello", ""}}},
		{"review: a post under the headline is the one the body quotes as a post", "Ban", []string{
			"^ The singer called the ban “absurd” in a post on Instagram",
			"Promoter Mark Ellis said the policy was “absurd”.",
			"Singer Aoife Nolan said in a post on Instagram that it was “absurd”.",
		}, []want{{"absurd", "Aoife Nolan", "post"}, {"absurd", "Mark Ellis", ""}, {"absurd", "Aoife Nolan", "post"}}},
		{"review: a daughter or a sister takes no family name another may give", "Family", []string{
			"“No,” said Mr Grieve. Tourism chief David Ross said the closure was welcome.",
			"His daughter, Shona, said: “The guests love it.”",
			"“No,” said Mrs Naidoo. Her sister, Priya, said: “It is fine.”",
		}, []want{{"No,", "Grieve", ""}, {"The guests love it.", "Shona", ""}, {"No,", "Naidoo", ""}, {"It is fine.", "Priya", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightyEight(t *testing.T) {
	tests := []titledCase{
		{"a spokesperson for the group speaks for the body the paragraph made its subject", "Dog", []string{
			"Wheatbelt Animal Rescue, which helped circulate the appeal, urged owners to check their details. “Biscuit’s story has a happy ending,” a spokesperson for the group said.",
		}, []want{{"Biscuit’s story has a happy ending,", "Wheatbelt Animal Rescue", ""}}},
		{"a spokesperson for the group after a person is no one's", "Team", []string{
			"Brenninkmeijer has not commented publicly. A spokesperson for the group said the walkers were “stable”.",
		}, []want{{"stable", "", ""}}},
		{"a place before a public body's nouns in lower case opens a sentence as a name", "Blast", []string{
			"Midshire police said the explosion was being treated as accidental “at this stage”. Ch Insp Ruth Oyelaran-Holt said: “There is nothing to suggest any third-party involvement.”",
			"Mr Achterberg said he had complained about the pipework “more times than I can count”.",
			"Leicester city council, which owns the block, said it was checking its records. A spokesperson said: “We are aware of reports.”",
		}, []want{{"at this stage", "Midshire police", ""}, {"There is nothing to suggest any third-party involvement.", "Ruth Oyelaran-Holt", ""},
			{"more times than I can count", "Achterberg", ""}, {"We are aware of reports.", "Leicester city council", ""}}},
		{"a parent described by the number of their children is someone just named", "Escape", []string{
			"His mum Brenda Mulgrew, 61, begged her son to hand himself in.",
			"The gran-of-five said she had last visited him and he had seemed \"quiet, a bit low\".",
			"But Ravinder Sandhu, 52, who was threatened with a shotgun in 2016, said he had not slept.",
			"\"I still see his face,\" the dad-of-three said.",
			"One mum-of-two, who did not want to be named, said: \"I've locked the doors.\"",
		}, []want{{"quiet, a bit low", "Brenda Mulgrew", ""}, {"I still see his face,", "Ravinder Sandhu", ""}, {"I've locked the doors.", "", ""}}},
		{"an operation's code name is a term", "Escape", []string{
			"Fire marshal says \"Operation Open Door\" will check every escape room in the county.",
			"Police asked anyone with information to contact them quoting “Operation Close the Hole”.",
			"“Operation complete,” the commander said.",
		}, []want{{"Operation Open Door", "", "term"}, {"Operation Close the Hole", "", "term"}, {"Operation complete,", "", ""}}},
		{"an office's initials before a surname the article gives in full are a title", "Gold", []string{
			"Police chief SSP Amina Qureshi told reporters the family had fled to Dubai.",
			"SSP Qureshi said investigators had recovered gold. Asked whether victims would be repaid, she said: “Some, yes.”",
		}, []want{{"Some, yes.", "Amina Qureshi", ""}}},
		{"someone who posted that a thing was so posted it", "Trampoline", []string{
			"Its founder, Kirsty Macfarlane, posted on Sunday that the group was “not anti-trampoline, just anti-broken-kids”.",
			"Shares fell after the firm posted a loss that its chairman called “ugly”.",
		}, []want{{"not anti-trampoline, just anti-broken-kids", "Kirsty Macfarlane", "post"}, {"ugly", "", ""}}},
		{"a notice put up by hand reads as a sign does", "Bowling", []string{
			"She learned of the sale from a handwritten notice taped to the front counter reading “Thank You For 63 Years”.",
			"A notice on the door reading “Closed for stocktaking” greeted shoppers.",
			"A notice on the estate website reads: “Due to an incident, Stavordale Court is closed.”",
		}, []want{{"Thank You For 63 Years", "", "term"}, {"Closed for stocktaking", "", "term"}, {"Due to an incident, Stavordale Court is closed.", "", ""}}},
		{"what people have taken to calling something is a name for it", "Lake", []string{
			"Locals have taken to calling the thick scum that gathers in its sheltered bays “the green soup”.",
			"She is one of 11,400 patients on what staff at the hospital came to call “the hidden list”.",
			"The mayor said he was calling on ministers to act and called the delay “a scandal”.",
		}, []want{{"the green soup", "", "term"}, {"the hidden list", "", "term"}, {"a scandal", "", ""}}},
		{"what a seller markets or pitches something as is its name or slogan", "Crypto", []string{
			"Vaultline, founded in 2019, had marketed itself as “the exchange that never sleeps”.",
			"Rojas said Cargomar was moving cargo by rail, a workaround the company markets as \"the dry canal.\"",
			"She described the AI scheduling market as “brutally crowded” since rivals began bundling features.",
			"The season, which he had billed as “the most ambitious yet”, ended early.",
		}, []want{{"the exchange that never sleeps", "", "term"}, {"the dry canal.", "", "term"}, {"brutally crowded", "", ""}, {"the most ambitious yet", "", ""}}},
		{"an article inside the quotation after what someone called opens a judgment, not a name", "Bakery", []string{
			"Mercia Vale Water said a trunk main had failed and apologised for what it called “a deeply distressing experience” for those affected.",
			"Volunteers carried the dolphin back into the sea in what rescuers called \"a textbook release.\"",
			"The union opposes what it calls “mandatory overtime”.",
		}, []want{{"a deeply distressing experience", "Mercia Vale Water", ""}, {"a textbook release.", "", ""}, {"mandatory overtime", "", "term"}}},
		{"a sheet, a note or a sign put up, and what it reads the sentence after, is a term", "Library", []string{
			"On the noticeboard outside, someone has pinned a laminated sheet that reads: “Flood meeting, Thursday 7pm.”",
			"A sign taped to the returns chute on Friday summed up the mood. It read: \"No fines this weekend.\"",
			"Bright orange stickers reading “Sorry – not collected” had been slapped on bins.",
			"A handwritten card left among the flowers outside read simply: “Sing for us, Tuesday Lot.”",
			"Her letter to the council arrived on Monday. It read: “I am appalled.”",
		}, []want{{"Flood meeting, Thursday 7pm.", "", "term"}, {"No fines this weekend.", "", "term"}, {"Sorry – not collected", "", "term"},
			{"Sing for us, Tuesday Lot.", "", ""}, {"I am appalled.", "", ""}}},
		{"a claim something is marketed as, an idea someone pitches and a note to someone are no names", "Supplement", []string{
			"The powder, which the firm marketed as “clinically proven to work”, was withdrawn on Monday.",
			"Ms Okafor said she had pitched the merger as “a win for everyone”.",
			"A handwritten note from her son read: “Sorry, Mum.”",
			"A handwritten note taped to the till read: “Cash only.”",
		}, []want{{"clinically proven to work", "", ""}, {"a win for everyone", "Okafor", ""}, {"Sorry, Mum.", "", ""}, {"Cash only.", "", "term"}}},
		{"a text set off with its source after a comma is that source's", "Captain", []string{
			"The report, by the barrister Helena Okoye-Lindqvist KC, found that senior players had “laughed along or looked away”.",
			"Ashbury parish council objected to the plans in 2024.",
		}, []want{{"laughed along or looked away", "Helena Okoye-Lindqvist", ""}}},
		{"review: calling someone is no naming, nor is a quotation in another clause after it", "Spill", []string{
			"Residents have taken to calling the council after every spill, and one said the response was “pathetic”.",
			"The police came to call at her house at 6am, and she said it was “a nightmare”.",
		}, []want{{"pathetic", "", ""}, {"a nightmare", "", ""}}},
		{"review: an operation's name that a speech tag splits is the speaker's", "Vaccine", []string{
			"Former president Donald Trump spoke on Monday. “Operation Warp Speed,” Trump said, “was the greatest thing we did.”",
			"Detective Sergeant Kay Lowe said: “Operation Sceptre Is Working.”",
		}, []want{{"Operation Warp Speed, was the greatest thing we did.", "Donald Trump", ""}, {"Operation Sceptre Is Working.", "Kay Lowe", ""}}},
		{"review: posting that letter is no post", "Post", []string{
			"Ms Adeyemi posted that letter, which she described as “my last hope”, to the council in March.",
		}, []want{{"my last hope", "Adeyemi", ""}}},
		{"review: a note left for someone, a notice from someone and a sign of something are messages", "Shop", []string{
			"Ms Shah left a note on the counter for her staff that read: “I am so sorry.”",
			"A handwritten notice from the landlord read: “Rent is due on Friday.”",
			"A sign of the pressure on wards came in an email to staff on Monday. It read: “We have no beds left.”",
		}, []want{{"I am so sorry.", "Shah", ""}, {"Rent is due on Friday.", "", ""}, {"We have no beds left.", "", ""}}},
		{"review: a claim opening with an article is no name something is marketed as", "App", []string{
			"The app, marketed as “a safe space for teens”, was withdrawn.",
			"The company’s marketing director, Sue Park, said the product was marketed as “a premium experience” for families.",
			"The union opposes what it calls “a Netflix for books”.",
		}, []want{{"a safe space for teens", "", ""}, {"a premium experience", "Sue Park", ""}, {"a Netflix for books", "", "term"}}},
		{"review: a spokesperson for the group after another group is written is not the body before it", "Spill", []string{
			"Thames Water was fined £3m for the spill. A local residents’ group said the fine was too small. “It is a slap on the wrist,” a spokesperson for the group said.",
		}, []want{{"It is a slap on the wrist,", "", ""}}},
		{"review: any parent's epithet marks someone just named", "Care", []string{
			"Sharon Pike, 45, visited on Sunday. The mum-of-four said the home was “a disgrace”.",
			"Tom Reed, 39, was there too. The father-of-two said it was “shameful”.",
		}, []want{{"a disgrace", "Sharon Pike", ""}, {"shameful", "Tom Reed", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundEightyNine(t *testing.T) {
	tests := []titledCase{
		{"an office in initials before a name gives the office's words", "Cuts", []string{
			"Harlow Foods will close two plants, in what its chief executive called a “painful but necessary” step.",
			"In a note to staff, CEO Priya Ramaswamy-Cole said the decision had been taken reluctantly.",
		}, []want{{"painful but necessary", "Priya Ramaswamy-Cole", ""}}},
		{"an indefinite title opening the story is the one the body names with it", "Fine", []string{
			"A bus operator has been fined £2m, in what a judge described as “a reckless gamble with lives”.",
			"Passing sentence at Bristol crown court, Judge Miriam Oyelowo-Hart said the company had ignored warnings.",
		}, []want{{"a reckless gamble with lives", "Miriam Oyelowo-Hart", ""}}},
		{"one analyst opening the story is someone left unnamed", "Shares", []string{
			"Shares in Kestrel Bank fell 9%, in what one analyst described as “a crisis of confidence”.",
			"Analyst Tom Birchall-Reyes of Peel Street said the bank had been slow to respond.",
		}, []want{{"a crisis of confidence", "", ""}}},
		{"an indefinite title in the body is no one the article names", "Fine", []string{
			"A bus operator has been fined £2m after a crash on the A38.",
			"The court heard the brakes had failed. A judge said it was “a reckless gamble with lives”.",
			"Judge Miriam Oyelowo-Hart, sitting at Bristol, adjourned the case.",
		}, []want{{"a reckless gamble with lives", "", ""}}},
		{"a former holder of the title is not the one opening the story", "Trial", []string{
			"A developer “knew exactly what he was doing”, a federal prosecutor told jurors on Monday.",
			"“This was fraud,” said Helen Mbeki-Strand, a former federal prosecutor who now teaches law.",
		}, []want{{"knew exactly what he was doing", "", ""}, {"This was fraud,", "Helen Mbeki-Strand", ""}}},
		{"its own captain opening the story is the one the body names with the noun", "Club", []string{
			"A rowing club has voted to admit juniors, ending what its own captain called “a rule from another century”.",
			"Members backed the change by 90 votes to 12 on Friday.",
			"The club captain, Ewan Strachan-Boyd, said he was “delighted”.",
		}, []want{{"a rule from another century", "Ewan Strachan-Boyd", ""}, {"delighted", "Ewan Strachan-Boyd", ""}}},
		{"police are the force the article names", "Theft", []string{
			"Rare orchids have been dug up from a reserve in what police called a “targeted” raid.",
			"Lancashire Constabulary said the plants had been taken overnight.",
			"The reserve has since been fenced, although police said there was “no risk” to visitors.",
		}, []want{{"targeted", "Lancashire Constabulary", ""}, {"no risk", "Lancashire Constabulary", ""}}},
		{"police in the body are no force named only after them", "Theft", []string{
			"Rare orchids have been dug up from a reserve near Kendal.",
			"The warden said police called it a “targeted” raid.",
			"Lancashire Constabulary has appealed for witnesses.",
		}, []want{{"targeted", "", ""}}},
		{"a text a public body's noun modifies is that body's", "Licence", []string{
			"Ashcombe District Council refused the circus a licence on Friday.",
			"A council safety report seen by the Echo concluded that the big top posed “a serious fire risk”.",
			"The report added that exits were “too narrow for a crowd of this size”.",
		}, []want{{"a serious fire risk", "Ashcombe District Council", ""}, {"too narrow for a crowd of this size", "Ashcombe District Council", ""}}},
		{"a police report is the force's", "Crash", []string{
			"Dyfed-Powys Police closed the road for six hours.",
			"A police collision report found the driver had been “travelling too fast for the conditions”.",
		}, []want{{"travelling too fast for the conditions", "Dyfed-Powys Police", ""}}},
		{"a council report with no council named is no one's", "Licence", []string{
			"The circus was refused a licence on Friday.",
			"A council report concluded that the big top posed “a serious fire risk”.",
		}, []want{{"a serious fire risk", "", ""}}},
		{"it reads after a sentence that puts up a sign is the sign's words", "Strike", []string{
			"By Friday night a bedsheet banner had been tied to the factory gates. It read: “Our Town, Our Jobs”.",
			"Outside the library on Monday, a handwritten notice had been pinned to the door. It read: “Shut until further notice.”",
			"At the farm, Ruth Mabey has nailed a painted sign to the fence. It reads: “Thieves will be prosecuted.”",
		}, []want{{"Our Town, Our Jobs", "", "term"}, {"Shut until further notice.", "", "term"}, {"Thieves will be prosecuted.", "", "term"}}},
		{"it reads after hopes pinned or a note left is no sign", "Strike", []string{
			"The union has pinned its hopes on the talks. It said: “We will not back down.”",
			"A note had been left for the manager. It read: “Sorry for the mess.”",
		}, []want{{"We will not back down.", "", ""}, {"Sorry for the mess.", "", ""}}},
		{"senior or junior after a surname tells a father from a son", "Boats", []string{
			"Harbourmaster Tom Trewin, 71, built the slipway. His son, Jago Trewin, 40, runs the yard now.",
			"“We did it by hand,” Mr Trewin senior said.",
			"Mr Trewin junior said the yard was “busier than ever”.",
			"Mr Trewin senior said: “Nobody believed us.”",
		}, []want{{"We did it by hand,", "Tom Trewin", ""}, {"busier than ever", "Jago Trewin", ""}, {"Nobody believed us.", "Tom Trewin", ""}}},
		{"a place's junior side is no one's rank", "Boats", []string{
			"Former Wales junior international Mei Chen, 29, coaches on Thursdays.",
			"“They are fearless,” she said.",
		}, []want{{"They are fearless,", "Mei Chen", ""}}},
		{"a trade's noun after a named person is that person", "Orchard", []string{
			"Grant Oakley knew something was wrong when he saw the tyre tracks.",
			"“They drove right up between the rows,” the Kaitawa avocado grower said.",
		}, []want{{"They drove right up between the rows,", "Grant Oakley", ""}}},
		{"a trade's noun after an unnamed one of the trade is no one named", "Orchard", []string{
			"Grant Oakley, who owns the orchard, reported the theft.",
			"A grower from Te Puke said prices had doubled. “Everyone is nervous,” the grower said.",
		}, []want{{"Everyone is nervous,", "", ""}}},
		{"the councillor is the one the article titles Coun. or Cllr", "Track", []string{
			"Coun. Dana Whitlock, who chairs the finance committee, voted for the closure.",
			"Radio host Sam Beale asked her: “Is the track finished?”",
			"“It is,” the councillor said.",
			"Cllr Omar Haddad later said the vote had been “rushed”. “We owed the club more time,” the councillor said.",
		}, []want{{"Is the track finished?", "Sam Beale", ""}, {"It is,", "Dana Whitlock", ""}, {"rushed", "Omar Haddad", ""}, {"We owed the club more time,", "Omar Haddad", ""}}},
		{"review: a body's initials before an office are no office of the person", "Poll", []string{
			"SP chief Akhilesh Yadav said voters were “angry”.",
			"The superintendent said the town was “calm”.",
		}, []want{{"angry", "Akhilesh Yadav", ""}, {"calm", "", ""}}},
		{"review: initials heading an appositive are the person's office", "Delay", []string{
			"The developer has pushed back the opening by two years, its chief executive said, citing the need to “get the basics right”.",
			"Nawaf Al-Rashid, CEO of the Qimmat Development Company, told reporters the timeline was “realistic”.",
		}, []want{{"get the basics right", "Nawaf Al-Rashid", ""}, {"realistic", "Nawaf Al-Rashid", ""}}},
		{"review: an indefinite title opening the story is no one when two hold it", "Inquest", []string{
			"A man died after waiting 15 hours for an ambulance, a coroner has concluded, citing “a catalogue of failures”.",
			"The inquest was opened in March by senior coroner Andrew Cox, who said it would be “thorough”.",
			"Concluding the hearing, assistant coroner Emma Hurst said the delays were “unacceptable”.",
		}, []want{{"a catalogue of failures", "", ""}, {"thorough", "Andrew Cox", ""}, {"unacceptable", "Emma Hurst", ""}}},
		{"review: an indefinite title opening the story is no one the body names without their words", "Crash", []string{
			"A driver rammed a patrol car in what an officer at the scene described as “a deliberate act”.",
			"Officer Liam Grant, 29, suffered a broken leg.",
		}, []want{{"a deliberate act", "", ""}}},
		{"review: a second one of the title in the opening is another person", "Stabbing", []string{
			"A teacher was stabbed at a school in Leeds. “It was absolute chaos,” a teacher said.",
			"The injured teacher, Jane Cole, 41, said she was “recovering well”.",
		}, []want{{"It was absolute chaos,", "", ""}, {"recovering well", "Jane Cole", ""}}},
		{"review: its captain is no one when the body names two", "Rugby", []string{
			"Leinster's unbeaten run ended in a defeat its captain called “a lesson”.",
			"Toulouse captain Antoine Dupont said his side had been “clinical”.",
			"Leinster captain Caelan Doris said the side would “learn from it”.",
		}, []want{{"a lesson", "", ""}, {"clinical", "Antoine Dupont", ""}, {"learn from it", "Caelan Doris", ""}}},
		{"review: police are no force when the article names two", "Arrest", []string{
			"A fugitive was caught in what police called “a painstaking operation”.",
			"He had fled to Sydney, where Victoria Police had charged him in 2021.",
			"NSW Police Detective Superintendent Jane Doyle said the arrest was “a relief”.",
		}, []want{{"a painstaking operation", "", ""}, {"a relief", "Jane Doyle", ""}}},
		{"review: a council report is no council's when two are named", "Homes", []string{
			"The plan was approved by South Oxfordshire District Council, overturning an objection from Thame Town Council.",
			"A council planning report said the site was “suitable”.",
		}, []want{{"suitable", "", ""}}},
		{"review: it reads after a note left for someone or a notice in a clause is a message", "Notes", []string{
			"Before leaving, Tom Reyes had stuck a note to the fridge for his wife, Ana. It read: “Sorry. I love you.”",
			"Mrs Dunn received a letter days after a notice had been pinned to her door. It read: “You must vacate.”",
		}, []want{{"Sorry. I love you.", "", ""}, {"You must vacate.", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinety(t *testing.T) {
	tests := []titledCase{
		{"a surname spelled as a pronoun after a title is a name", "Exports", []string{
			"Speaking in Beijing, commerce ministry spokesperson He Weiping said the curbs were “fully in line with international practice”.",
			"“We oppose the politicisation of trade,” she said.",
		}, []want{{"fully in line with international practice", "He Weiping", ""}, {"We oppose the politicisation of trade,", "He Weiping", ""}}},
		{"a lower-case title before a surname spelled as a function word", "Tariffs", []string{
			"South Korean trade minister An Sung-jin said the talks had been “constructive”. “We will meet again,” he said.",
		}, []want{{"constructive", "An Sung-jin", ""}, {"We will meet again,", "An Sung-jin", ""}}},
		{"a pronoun after a title and before a verb is no surname", "Vote", []string{
			"Harriet Cole rang her local councillor. He said the vote was “settled”.",
		}, []want{{"settled", "", ""}}},
		{"the company is the business a paragraph introduced as one, three paragraphs back", "Aground", []string{
			"HM Coastguard said the last of the passengers were ashore by noon.",
			"Ferry operator Kelpie Isles Shipping said the vessel had lost steering in fog.",
			"Operations director Fraser Mowat said: “We are sorry for the disruption.”",
			"“Our crew did everything right,” he added.",
			"The company said a relief vessel would sail “as soon as it is safe”.",
		}, []want{{"We are sorry for the disruption.", "Fraser Mowat", ""}, {"Our crew did everything right,", "Fraser Mowat", ""}, {"as soon as it is safe", "Kelpie Isles Shipping", ""}}},
		{"the company is no coastguard, constabulary or ombudsman", "Aground", []string{
			"HM Coastguard said the trawler had been towed clear. Police Scotland said no one was hurt.",
			"The company said the boat would be repaired “within weeks”.",
		}, []want{{"within weeks", "", ""}}},
		{"the company is not a business named before another", "Aground", []string{
			"Ferry operator Kelpie Isles Shipping said the vessel had lost steering in fog.",
			"Salvage firm Brough Marine was hired on Sunday.",
			"Its director, Fraser Mowat, said the tow would be slow.",
			"Divers had inspected the hull overnight.",
			"The company said it was “confident”.",
		}, []want{{"confident", "Brough Marine", ""}}},
		{"a day inside a body's name is part of it", "Race", []string{
			"The Ashby Shrove Tuesday Committee announced the new rule in a letter to competitors. The letter said the old rule had caused “endless disputes”.",
		}, []want{{"endless disputes", "Ashby Shrove Tuesday Committee", ""}}},
		{"a quotation in lower case after a work's noun says how, not the work's title", "Review", []string{
			"The critic Mara Lindqvist-Oyelaran wrote that the ending had left her “cold” and that she had watched the film “through gritted teeth”.",
			"She said the novel “The Tide Wall” was better.",
		}, []want{{"cold", "Mara Lindqvist-Oyelaran", ""}, {"through gritted teeth", "Mara Lindqvist-Oyelaran", ""}, {"The Tide Wall", "", "term"}}},
		{"an office named for a title and where it serves is a body", "Water", []string{
			"A report by the Office of the Auditor General of Manitoba found that repairs were “years overdue”.",
			"Auditor General of Manitoba Dana Whitlock-Amadi said the findings were “plain”.",
		}, []want{{"years overdue", "Office of the Auditor General of Manitoba", ""}, {"plain", "Dana Whitlock-Amadi", ""}}},
		{"review: a guard or the military heads a public body's name, not a company's", "Claims", []string{
			"Shield Guard Services said its staff had followed procedure. “Our officers acted correctly,” the company said.",
			"The Military Mutual said storm claims had doubled. “We are seeing more damage,” the company said.",
		}, []want{{"Our officers acted correctly,", "Shield Guard Services", ""}, {"We are seeing more damage,", "Military Mutual", ""}}},
		{"review: a day between a place and a name is no part of either", "Rally", []string{
			"At a rally in Kisumu Saturday Raila Odinga told supporters: “We are not giving up.”",
		}, []want{{"We are not giving up.", "Raila Odinga", ""}}},
		{"review: a title in lower case may open with an article or a pronoun, and a single may be an adjective", "Funeral", []string{
			"The poem “i carry your heart with you” was read at the service, and the band’s album “the death of peace of mind” played.",
			"Officials described the portal as a single “one-stop shop” for traders.",
			"Fans of the series “can expect more surprises”, showrunner Dana Okafor-Reid said.",
		}, []want{{"i carry your heart with you", "", "term"}, {"the death of peace of mind", "", "term"}, {"one-stop shop", "", "term"}, {"can expect more surprises", "Dana Okafor-Reid", ""}}},
		{"Jan after a title is a given name either sex may have", "Trial", []string{
			"Club secretary Jan Ferris-Oduya said numbers had fallen. “We nearly folded,” she said.",
			"On Jan 5 Mr Tane Rāwiri said the club was “safe”.",
		}, []want{{"We nearly folded,", "Jan Ferris-Oduya", ""}, {"safe", "Tane Rāwiri", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyOne(t *testing.T) {
	tests := []titledCase{
		{"what one unnamed person called something is their statement", "Bridge", []string{
			"Repairs to the viaduct have stopped after a roost of bats was found in its arches, in what one exasperated councillor has called “the dearest bat box in the county”.",
		}, []want{{"the dearest bat box in the county", "", ""}}},
		{"one picked out of a plural noun is one person", "Rescue", []string{
			"Nine crew were lifted from the listing trawler overnight, in what one of their rescuers described as “the longest night of my life”.",
			"One of the nurses described the ward as “a war zone”.",
		}, []want{{"the longest night of my life", "", ""}, {"a war zone", "", ""}}},
		{"what a trade calls something is still a name", "River", []string{
			"Below the weir the river becomes what anglers call “the dead mile”.",
			"In what one of the anglers called “a scandal”, the council said nothing.",
		}, []want{{"the dead mile", "", "term"}, {"a scandal", "", ""}}},
		{"the next paragraph's pronoun is not the unnamed one a clause quotes", "Umpire", []string{
			"“I am not a crier,” umpire Gareth Holloway said afterwards.",
			"His long pause before each decision began, he says, as a way of calming his nerves, and became what one club member called “part of the furniture of the summer”.",
			"“People think it is theatre. It isn’t,” he said.",
		}, []want{{"I am not a crier,", "Gareth Holloway", ""}, {"part of the furniture of the summer", "", ""}, {"People think it is theatre. It isn’t,", "Gareth Holloway", ""}}},
		{"a spokesperson for the charity is the body that spoke just before", "Club", []string{
			"Brackwell Age Matters said clubs such as the Silver Bats were “a lifeline” for older people.",
			"“Loneliness is as bad for you as smoking,” a spokesperson for the charity said.",
		}, []want{{"a lifeline", "Brackwell Age Matters", ""}, {"Loneliness is as bad for you as smoking,", "Brackwell Age Matters", ""}}},
		{"a spokesperson for the charity is not a body another has spoken since", "Club", []string{
			"Brackwell Age Matters said clubs such as the Silver Bats were “a lifeline” for older people.",
			"Police said the hall had been “broken into”.",
			"“We are grateful,” a spokesperson for the charity said.",
		}, []want{{"a lifeline", "Brackwell Age Matters", ""}, {"broken into", "Police", ""}, {"We are grateful,", "", ""}}},
		{"Mr X senior is the one introduced as someone's parent", "Shed", []string{
			"Surfboard shaper Kit Trevanion has until April to leave the workshop. “I have nowhere to go,” said Mr Trevanion, 47.",
			"His father, Jory Trevanion, now 76, put up the shed in 1986.",
			"“We had a handshake deal,” said Mr Trevanion senior. “I feel I have let him down.”",
			"“He has let nobody down,” said the younger Mr Trevanion.",
		}, []want{{"I have nowhere to go,", "Kit Trevanion", ""}, {"We had a handshake deal, I feel I have let him down.", "Jory Trevanion", ""}, {"He has let nobody down,", "Kit Trevanion", ""}}},
		{"the second of two absolute clauses after with has its own subject", "Lamps", []string{
			"The plan to replace 640 street lamps with modern LED fixtures has sparked the loudest row at city hall in years, with residents packing a council meeting Tuesday night and Mayor Sandra Wills defending the project as “plain common sense”.",
			"The vote went ahead, with protesters lining the street and Councillor Dev Rana describing the scheme as “vandalism”.",
			"Residents met Mayor Sandra Wills and the developer, describing the project as “a disaster”.",
		}, []want{{"plain common sense", "Sandra Wills", ""}, {"vandalism", "Dev Rana", ""}, {"a disaster", "", ""}}},
		{"a specialist's noun written as a title is a role", "Coconuts", []string{
			"Provincial agriculturist Ramon Baluyot described the shortage as “a perfect storm”.",
			"Typhoon Dindo made matters worse. The provincial agriculturist said 180,000 trees were “flattened”.",
		}, []want{{"a perfect storm", "Ramon Baluyot", ""}, {"flattened", "Ramon Baluyot", ""}}},
		{"a specialist's noun nobody bears as a title is no one named", "Coconuts", []string{
			"Farmer Ramon Baluyot described the shortage as “a perfect storm”.",
			"A government geologist visited on Monday. The geologist said the slope was “unstable”.",
		}, []want{{"a perfect storm", "Ramon Baluyot", ""}, {"unstable", "", ""}}},
		{"a business named for its founder keeps the possessive in its name", "Recall", []string{
			"Hartwell’s Bakeries has recalled 11 loaf lines.",
			"In a statement, the company said: “We are sorry.”",
			"“We acted fast,” said a spokesman for Sainsbury’s Bank.",
		}, []want{{"We are sorry.", "Hartwell’s Bakeries", ""}, {"We acted fast,", "Sainsbury’s Bank", ""}}},
		{"a country's ministry is not a business named for it", "Recall", []string{
			"Kembara's Ministry of Finance said it was “fully committed” to the target.",
		}, []want{{"fully committed", "Ministry of Finance", ""}}},
		{"review: the unnamed one a clause quotes may speak next when no pronoun means another", "Ward", []string{
			"Dr Amina Yusuf, a consultant at the hospital, said staff were “exhausted”.",
			"Patients queued through the night for what one mother described as “a lottery for a bed”.",
			"“My daughter waited eleven hours,” she said.",
		}, []want{{"exhausted", "Amina Yusuf", ""}, {"a lottery for a bed", "", ""}, {"My daughter waited eleven hours,", "", ""}}},
		{"review: a spokesperson for the charity is unsure after two bodies spoke", "Banking", []string{
			"Age Concern Harwick welcomed the scheme. Barclays, which is funding the pilot, said it was “proud to help”.",
			"“Many older people have never used a banking app,” a spokesperson for the charity said.",
		}, []want{{"proud to help", "Barclays", ""}, {"Many older people have never used a banking app,", "", ""}}},
		{"review: a specialist brought in with an article is not the titled one", "Landslide", []string{
			"County geologist Dr Kamau Njoroge said the hillside was “saturated”.",
			"On Monday a geologist from the University of Nairobi visited the site. The geologist said the slope was “unstable”.",
		}, []want{{"saturated", "Kamau Njoroge", ""}, {"unstable", "", ""}}},
		{"review: an absolute clause may open the sentence", "Lamps", []string{
			"With residents packing the hall and Mayor Sandra Wills defending the project as “plain common sense”, the vote went ahead.",
		}, []want{{"plain common sense", "Sandra Wills", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyTwo(t *testing.T) {
	tests := []titledCase{
		{"a brand written in two capitalised parts is the company that spoke", "Market", []string{
			"When Ama Boateng opened Pitch & Pepper in 2022, her friends gave the stall a year.",
			"StallHub said in a statement that the Pitch & Pepper campaign was among the busiest on its platform. “Stalls like this one have the most loyal customers,” the company said.",
		}, []want{{"Stalls like this one have the most loyal customers,", "StallHub", ""}}},
		{"a name of unknown kind that speaks is the company that spoke", "Market", []string{
			"When Ama Boateng opened Pitch & Pepper in 2022, her friends gave the stall a year.",
			"Corvanta said in a statement that the Pitch & Pepper campaign was among the busiest on its platform. “Stalls like this one have the most loyal customers,” the company said.",
		}, []want{{"Stalls like this one have the most loyal customers,", "Corvanta", ""}}},
		{"words describing a post after it are no post", "Lamps", []string{
			"Mayor Sandra Wills replied on her Facebook page that “no lamp will be moved for one photograph,” a response Councillor Dev Rana called “arrogant.”",
			"Mayor Sandra Wills wrote on Facebook that the lamps were “safe” and “here to stay,” and that the council would not pause the work.",
		}, []want{{"no lamp will be moved for one photograph,", "Sandra Wills", "post"}, {"arrogant.", "Dev Rana", ""}, {"safe", "Sandra Wills", "post"}, {"here to stay,", "Sandra Wills", "post"}}},
		{"a line owned by a company is no subsidiary of it", "Fire", []string{
			"Fire crews from three stations were called to the hillside.",
			"The fire started near a power line owned by Sorrel Ridge Power & Light. In a statement, the utility said one of its circuits had “tripped” shortly before the first call.",
		}, []want{{"tripped", "Sorrel Ridge Power & Light", ""}}},
		{"the company is the business that said something in the paragraph before", "Tree", []string{
			"An oak fell across the main line near Great Hallowby, Network Rail said, moments before a Westmoor Trains service was due.",
			"Network Rail engineers worked through the day to clear it.",
			"The line reopened at noon, but Network Rail warned that services would be “extremely limited” into the evening.",
			"Westmoor Trains said 212 of its services had been cancelled or delayed.",
			"In a statement, the operator said: “We are grateful to our driver.”",
		}, []want{{"extremely limited", "Network Rail", ""}, {"We are grateful to our driver.", "Westmoor Trains", ""}}},
		{"a wife named by her given name after Mr and his surname takes the surname", "Bakery", []string{
			"Ewan Baird has baked in Kirkhaven since 1990.",
			"Mr Baird, 61, who runs the bakery with his wife Isla, said: “Flour has doubled.”",
			"Mrs Baird, who keeps the accounts, said they had held prices “for as long as we could”.",
			"His wife was blunter. “They will still come,” she said.",
		}, []want{{"Flour has doubled.", "Ewan Baird", ""}, {"for as long as we could", "Isla Baird", ""}, {"They will still come,", "Isla Baird", ""}}},
		{"a capitalised noun for a role and its office before a given name are a title", "Floodgate", []string{
			"At a briefing on Monday, District Engineer Marites Ocampo of the regional public works office said a contract had been approved.",
			"“The funds were there,” Ocampo said.",
			"Chief Surveyor Ana Ruiz said the gate “failed at the hinge”.",
			"The firm Baker Hughes said the pumps were “working”.",
		}, []want{{"The funds were there,", "Marites Ocampo", ""}, {"failed at the hinge", "Ana Ruiz", ""}, {"working", "Baker Hughes", ""}}},
		{"a vale or a forest runs on through of into a council's name", "Car boot", []string{
			"In a statement, Vale of Aldbury District Council said it had “no choice but to act”.",
			"Forest of Wyre Council said the ban was “regrettable”.",
		}, []want{{"no choice but to act", "Vale of Aldbury District Council", ""}, {"regrettable", "Forest of Wyre Council", ""}}},
		{"an office of several words before of and a body's proper name is a title", "Market", []string{
			"Traders marched to the secretariat of the Odo-Ayo Local Government.",
			"Responding, the Executive Chairman of Odo-Ayo Local Government, Hon. Tunde Alabi, said the review was overdue.",
			"In a statement, the local government said the new rates were “still the lowest in the state”.",
		}, []want{{"still the lowest in the state", "Odo-Ayo Local Government", ""}}},
		{"the report is the study named just before under another word", "Coast", []string{
			"A study by the Keta Shoreline Institute found that the beach was retreating by three metres a year. The report warned that 900 homes could be lost and described the erosion as “relentless”.",
		}, []want{{"relentless", "Keta Shoreline Institute", ""}}},
		{"not a study named paragraphs before", "Coast", []string{
			"A study by the Keta Shoreline Institute found that the beach was retreating by three metres a year.",
			"Fishermen have moved their boats twice.",
			"Residents say the sea wall is too low.",
			"The report described the erosion as “relentless”.",
		}, []want{{"relentless", "", ""}}},
		{"review: a surname in two capitalised parts stays a person's", "Club", []string{
			"“I am shocked,” said VanderMeer, who joined in 2021. “I gave this club everything,” he said.",
			"“I am angry,” said GrandPierre, who joined in 2019. “I gave this club my best years,” he said.",
		}, []want{{"I am shocked,", "VanderMeer", ""}, {"I gave this club everything,", "VanderMeer", ""}, {"I am angry,", "GrandPierre", ""}, {"I gave this club my best years,", "GrandPierre", ""}}},
		{"review: an aside after a post's words is no description of them", "Singer", []string{
			"The singer Mara Quinn wrote on Instagram that she was “exhausted,” a rare admission, and that she would “step back for a while.”",
			"The mayor, Ruth Dale, wrote on Facebook that the plan was “final,” a move critics described as “arrogant.”",
		}, []want{{"exhausted,", "Mara Quinn", "post"}, {"step back for a while.", "Mara Quinn", "post"}, {"final,", "Ruth Dale", "post"}, {"arrogant.", "", ""}}},
		{"review: a report of its own is not the study named before", "Hospitals", []string{
			"An analysis by the Ledger found that 30 hospitals were affected. The review, ordered by Health Secretary Wes Streeting, said the failings were “systemic”.",
			"A study by the Keta Shoreline Institute found that the beach was retreating. The government’s own report, however, described the erosion as “manageable”.",
		}, []want{{"systemic", "", ""}, {"manageable", "", ""}}},
		{"review: a relative's pronoun in another's clause gives no family name", "Sheep", []string{
			"Mr Moodie said a neighbour, who farms with his wife Kirsty, had lost 200 sheep. Kirsty said: “It is heartbreaking.”",
		}, []want{{"It is heartbreaking.", "Kirsty", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyThree(t *testing.T) {
	tests := []titledCase{
		{"a sentence that looks back at a quotation standing alone names its speaker", "Library", []string{
			"The Corran reading room opened on Saturday after two years of work.",
			"“A light in the dark.” That was how nine-year-old Priya Nandakumar described the room after her first visit.",
			"“We waited long enough.” That was the verdict of Councillor Moira Tennent, who chairs the libraries committee.",
			"“Books are not a luxury.” That’s what the librarian, Alan Crewe, told the opening crowd.",
		}, []want{{"A light in the dark.", "Priya Nandakumar", ""}, {"We waited long enough.", "Moira Tennent", ""}, {"Books are not a luxury.", "Alan Crewe", ""}}},
		{"a sentence that looks back with no one in it names no one", "Library", []string{
			"The Corran reading room opened on Saturday after two years of work.",
			"“Nobody expected this.” That was how it felt on the day.",
		}, []want{{"Nobody expected this.", "", ""}}},
		{"it after a phrase naming the text it speaks in goes on about the body the paragraph before made its subject", "Water", []string{
			"Dunmore Water imposed a hosepipe ban on Friday, its first since 2018.",
			"In a statement, it said: “We do not take this step lightly.”",
		}, []want{{"We do not take this step lightly.", "Dunmore Water", ""}}},
		{"a report released some time ago by a body is the body's, and so is its it", "Museums", []string{
			"Museums had a hard year.",
			"A report released last month by Heritage Open Trust found visits to member museums had fallen. It warned that many faced “a slow closure” by 2030.",
		}, []want{{"a slow closure", "Heritage Open Trust", ""}}},
		{"a report by a body's officers is the body's", "Homes", []string{
			"Plans for 40 homes at Kelso Mill were deferred again on Tuesday.",
			"A report by Tarnbrook Borough Council’s planning officers, published last week, had recommended approval. It concluded that the junction would be “acceptable in highway terms” and that the effect on the river was “not significant”.",
			"A report by Tarnbrook Borough Council’s housing officers said the homes were “badly needed”.",
		}, []want{{"acceptable in highway terms", "Tarnbrook Borough Council", ""}, {"not significant", "Tarnbrook Borough Council", ""}, {"badly needed", "Tarnbrook Borough Council", ""}}},
		{"a report by council officers is the council's", "Meters", []string{
			"Harrowgate City Council admitted the fault on Monday.",
			"A report by council officers to the transport committee, published on Tuesday, said the fault arose from an update. The meters lost their connection “without any visible error”, the report said.",
			"The report added that the meters “continued to display a payment confirmation” even then.",
		}, []want{{"without any visible error", "Harrowgate City Council", ""}, {"continued to display a payment confirmation", "Harrowgate City Council", ""}}},
		{"a body set off after with and a description speaks through the participle", "Boathouse", []string{
			"Repairs to the boathouse began on Monday, with its owners, the Dunholm Rowing Club, insisting that the building was “perfectly safe”.",
		}, []want{{"perfectly safe", "Dunholm Rowing Club", ""}}},
		{"a report whose owner a relative clause names is the owner's", "Zip line", []string{
			"The line was signed off last month by the Outdoor Safety Authority, whose audit report described the brakes as “well engineered”. The report also asked the company to review its plans for “riders who stop mid-span”.",
		}, []want{{"well engineered", "Outdoor Safety Authority", ""}, {"riders who stop mid-span", "Outdoor Safety Authority", ""}}},
		{"a body named after what kind it is speaks through a participle after with", "Club", []string{
			"Dunmore Athletic have entered administration, with insolvency firm Carrick Lowe Partners warning the club has “weeks, not months” of cash left.",
			"The club was sold in May, with the striker Tom Reyes saying he was “devastated”.",
		}, []want{{"weeks, not months", "Carrick Lowe Partners", ""}, {"devastated", "Tom Reyes", ""}}},
		{"a relative set off as the campaigner's father takes the surname right after", "Nets", []string{
			"Campaigners welcomed the ban. “This is a nudge,” said Ewan Lindsay, director of the charity Clean Shores.",
			"Mr Lindsay said volunteers had counted 412 nets on one beach.",
			"Retired skipper Angus Lindsay, the campaigner’s father, was among the volunteers. “He has been on about this since he was at school,” Mr Lindsay said.",
			"Mr Lindsay added that the charity would keep counting.",
		}, []want{{"This is a nudge,", "Ewan Lindsay", ""}, {"He has been on about this since he was at school,", "Angus Lindsay", ""}}},
		{"a sentence that looks back names no one who only heard the words or shares the view", "Flat", []string{
			"Maria Lopez, 34, lost her flat in the fire.",
			"“You’re on your own.” That is what Lopez was told by housing officers when she asked for help.",
			"“Your job is safe.” That is what Lopez says she was told in March.",
			"“Rates must fall.” That was Governor Tom Hale’s view too.",
		}, []want{{"You’re on your own.", "", ""}, {"Your job is safe.", "", ""}, {"Rates must fall.", "", ""}}},
		{"a report by council officers names no council when the article names two", "Bid", []string{
			"Leeds City Council approved the bid. Bradford Council rejected it.",
			"A report by council officers said: “The scheme offers poor value for money.”",
		}, []want{{"The scheme offers poor value for money.", "", ""}}},
		{"a report by a body's critics or former staff is not the body's", "Foods", []string{
			"Meridian Foods is being sued by former workers.",
			"A report by the company’s critics said: “There is a pattern of abuse.”",
			"A dossier by Meridian Foods’ former employees said: “Safety was ignored.”",
		}, []want{{"There is a pattern of abuse.", "", ""}, {"Safety was ignored.", "", ""}}},
		{"a plural of people before a given name is a description, not a body", "Fire", []string{
			"Neighbours Mary O’Brien and Patrick Kelly watched the fire from the street.",
			"“We thought the whole terrace would go,” Ms O’Brien said.",
		}, []want{{"We thought the whole terrace would go,", "Mary O’Brien", ""}}},
		{"it after a phrase of time is not the body the paragraph before made its object", "Fine", []string{
			"Ofgem fined Thames Water £18 million on Monday.",
			"On Tuesday, it added: “Customers deserve better.”",
		}, []want{{"Customers deserve better.", "", ""}}},
		{"the agency is the body a long initialism after a noun for a body names", "Tides", []string{
			"Provincial Board Member Ben Aquino visited the site.",
			"The state weather bureau KANLAW said more high tides were expected. In an advisory, the agency urged residents to “stay on higher ground.”",
		}, []want{{"stay on higher ground.", "KANLAW", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyFour(t *testing.T) {
	tests := []titledCase{
		{"he after said is no hint of the speaker's sex after a relative of that sex", "Umbrella", []string{
			"Ruth Kowalczyk last saw her green umbrella in October 1987.",
			"Within an hour, Kowalczyk’s son, Paul Kowalczyk, had commented on the post.",
			"Reached by phone, the younger Kowalczyk said his mother talked of it every year.",
			"“We used to tease her about it,” he said.",
			"The umbrella had been a gift from her late husband, Walter, a mail carrier who died in 2009. Kowalczyk said he bought it for their anniversary.",
			"“He wasn’t a romantic man,” she said.",
		}, []want{{"We used to tease her about it,", "Paul Kowalczyk", ""}, {"He wasn’t a romantic man,", "Ruth Kowalczyk", ""}}},
		{"he after said still hints at the speaker's sex with no relative before", "Umbrella", []string{
			"Ruth Kowalczyk last saw her green umbrella in October 1987.",
			"Within an hour, Kowalczyk’s son, Paul Kowalczyk, had commented on the post.",
			"Reached by phone, the younger Kowalczyk said his mother talked of it every year.",
			"“We used to tease her about it,” he said.",
			"The umbrella turned up in January. Kowalczyk said he never expected to see it again.",
			"“It was a shock,” he said.",
		}, []want{{"We used to tease her about it,", "Paul Kowalczyk", ""}, {"It was a shock,", "Paul Kowalczyk", ""}}},
		{"the chamber is the chamber of trade the paragraph names", "Hoax", []string{
			"Shops were shut all day after the hoax.",
			"The Merriwick Chamber of Trade said it would ask for a rates concession. “This was not a normal closure,” the chamber said in a statement.",
		}, []want{{"This was not a normal closure,", "Merriwick Chamber of Trade", ""}}},
		{"a contractor named for its events and catering says what its statement says", "Canopy", []string{
			"Dozens were hurt when the canopy fell.",
			"The contractor, Golden Bells Events and Catering, said in a statement that the storm was “an unforeseeable act of nature”.",
		}, []want{{"an unforeseeable act of nature", "Golden Bells Events and Catering", ""}}},
		{"a later namesake who takes the stage keeps the bare surname until a relative is named", "Lift", []string{
			"The lift is run by the Ravensby Lift Company, a family business owned by Arthur Colley and his son, Neil, who has been its director since 2019.",
			"Speaking at a press conference on Sunday, Neil Colley apologised to passengers and said the fault lay in the brakes.",
			"“I want to say sorry to everyone who was on board,” he said.",
			"Mr Colley confirmed that wear on a brake shoe had been judged “within tolerance” in November.",
			"His father, who ran the lift for 31 years, sat beside him. “It is a sad day,” Mr Colley said.",
		}, []want{{"I want to say sorry to everyone who was on board,", "Neil Colley", ""}, {"within tolerance", "Neil Colley", ""}, {"It is a sad day,", "Arthur Colley", ""}}},
		{"a later namesake keeps no bare surname that spoke before them", "Meters", []string{
			"Among the first to raise the alarm was Raj Mistry, who has run a newsagent's for 31 years with his son, Dev.",
			"“I had three customers in one week come in waving tickets,” Mr Mistry said.",
			"Dev Mistry, 29, began collecting receipts and said more than 140 people had come forward.",
			"“Footfall is down already,” Mr Mistry said.",
		}, []want{{"I had three customers in one week come in waving tickets,", "Raj Mistry", ""}, {"Footfall is down already,", "Raj Mistry", ""}}},
		{"according to an office, then its holder's name closing the sentence, is the holder", "Drought", []string{
			"Car washes were shut across the county.",
			"The ban will remain in place “until the long rains are firmly established”, according to the County Executive Committee Member for Water, Environment and Natural Resources, Ms Grace Chepkoech.",
			"The plant will open “within weeks”, according to the Minister of Information, Culture and Tourism, Lai Mohammed.",
		}, []want{{"until the long rains are firmly established", "Grace Chepkoech", ""}, {"within weeks", "Lai Mohammed", ""}}},
		{"according to an office, then a name that opens a clause, is the office", "Drought", []string{
			"Car washes were shut across the county.",
			"The ban was “necessary”, according to the Minister for Water, and Grace Chepkoech agreed.",
		}, []want{{"necessary", "Minister for Water", ""}}},
		{"a spokesperson for a body who declined to be named speaks for the body", "Water", []string{
			"The Kisanjo Water and Sanitation Company imposed the ban.",
			"A spokesperson for the company, who declined to be named, said car washes had been “the easiest place to start”.",
		}, []want{{"the easiest place to start", "Kisanjo Water and Sanitation Company", ""}}},
		{"a worker at a body who declined to be named speaks for no one", "Water", []string{
			"The Kisanjo Water and Sanitation Company imposed the ban.",
			"An engineer at the company, who declined to be named, said the pipes were “a disaster”.",
		}, []want{{"a disaster", "", ""}}},
		{"a member of a body who asked not to be named speaks for no one", "Vote", []string{
			"The Harlow Planning Committee met on Monday.",
			"One member of the committee, who asked not to be named, said the vote was “rigged”.",
		}, []want{{"rigged", "", ""}}},
		{"a report to a committee by council officers is the council's", "Piercing", []string{
			"Wexbridge Borough Council will vote on the new licences on Tuesday.",
			"A report to the committee by council officers said the current system “relies almost entirely on the goodwill of operators”.",
		}, []want{{"relies almost entirely on the goodwill of operators", "Wexbridge Borough Council", ""}}},
		{"a report presented to a council and set off as prepared by a firm is the firm's", "Lights", []string{
			"The council will vote on the switch-off.",
			"A consultant's report presented to council in September, prepared by Lumen Civic Advisory, concluded that the plan would have “no measurable effect on collision rates”.",
		}, []want{{"no measurable effect on collision rates", "Lumen Civic Advisory", ""}}},
		{"a text its owner names is theirs whoever posted it", "Recall", []string{
			"The robotaxi struck a pedestrian in May.",
			"According to Halcyon’s recall filing, posted Monday by the National Highway Traffic Safety Administration, the software “incorrectly classified” the pedestrian.",
		}, []want{{"incorrectly classified", "Halcyon", ""}}},
		{"a letter from a body seen by this newspaper is the body's", "Sewing", []string{
			"The class’s future is uncertain.",
			"Its grant from the Ashworth Community Foundation runs out in June, and a letter from the foundation seen by this newspaper says future funding will be “prioritised towards projects with measurable employment outcomes”.",
		}, []want{{"prioritised towards projects with measurable employment outcomes", "Ashworth Community Foundation", ""}}},
		{"a factsheet from a body is the body's", "Tailoring", []string{
			"The program is open to residents.",
			"A factsheet from the City of Port Alder says applicants will be judged on \"dexterity and grit,\" with a short test.",
		}, []want{{"dexterity and grit,", "City of Port Alder", ""}}},
		{"a resolution adopted or passed by a body is the body's", "Cemetery", []string{
			"The volunteers were honoured in May.",
			"A resolution adopted by the Hollisburg Township Board of Trustees at that meeting thanks the volunteers for “extraordinary service”.",
			"A resolution passed by Kelmscott Parish Council calls the plan “an act of vandalism”.",
		}, []want{{"extraordinary service", "Hollisburg Township Board of Trustees", ""}, {"an act of vandalism", "Kelmscott Parish Council", ""}}},
		{"review: he after said still hints at the speaker's sex after a relative who opens a sentence", "Dairy", []string{
			"Mary Brennan and her son, Tom Brennan, run the dairy farm outside Mallow.",
			"Her husband, Joe, died in 2019. Brennan said he would keep the herd whatever the price of milk.",
			"“We have been here four generations,” he said.",
		}, []want{{"We have been here four generations,", "Tom Brennan", ""}}},
		{"review: the chamber is no council named nearer, nor a body with no chamber in its name", "Scheme", []string{
			"The Cork Chamber has backed the scheme for years.",
			"On Monday, Cork County Council debated the motion for three hours. The chamber voted 30-20 to back it, saying the scheme was “long overdue”.",
			"The Confederation of British Industry welcomed the budget. “This is good news for employers,” the chamber said.",
		}, []want{{"long overdue", "", ""}, {"This is good news for employers,", "", ""}}},
		{"review: the elder namesake keeps the surname against a later one on the stage", "Shop", []string{
			"The hardware shop on Bridge Street is owned by Gerald Pryce and his son, Owen, who has managed it since 2019.",
			"Speaking outside the shop on Saturday, Owen Pryce thanked customers and said the shop would stay open.",
			"“We are not going anywhere,” he said.",
			"The elder Mr Pryce, who opened the shop in 1979, said: “I have loved every minute of it.”",
		}, []want{{"We are not going anywhere,", "Owen Pryce", ""}, {"I have loved every minute of it.", "Gerald Pryce", ""}}},
		{"review: a later namesake on the stage loses the surname to one of the other sex", "Drought", []string{
			"The farm belongs to Dale Hutchins, 81, and his daughter, Karen, who runs the dairy.",
			"Karen Hutchins said at a county meeting Tuesday that the wells were dry.",
			"“We're hauling water every day,” she said.",
			"Hutchins, who has worked the land since 1962, said he had never seen a drought like it. “Not in my lifetime,” Hutchins said.",
		}, []want{{"We're hauling water every day,", "Karen Hutchins", ""}, {"Not in my lifetime,", "Dale Hutchins", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyFive(t *testing.T) {
	tests := []titledCase{
		{"a company's form in brackets before its legal form is part of its name", "Cuts", []string{
			"Zarnab Gloves (Pvt) Limited, which employs 1,200 people, said it would close a line.",
			"In a statement, the company said the decision had been taken “with a heavy heart”.",
			"“We will appeal,” Sasol Mining (Pty) Ltd said.",
		}, []want{{"with a heavy heart", "Zarnab Gloves (Pvt) Limited", ""}, {"We will appeal,", "Sasol Mining (Pty) Ltd", ""}}},
		{"a word for a body's trade opening the sentence is not part of its name", "Festival", []string{
			"Organizers Halcyon Live said the safety of fans had to “come before everything else.”",
			"Retailer Harwell Foods said it was “deeply shocked”.",
			"Carmaker Voss said the recall was “precautionary”.",
		}, []want{{"come before everything else.", "Halcyon Live", ""}, {"deeply shocked", "Harwell Foods", ""}, {"precautionary", "Voss", ""}}},
		{"a word for a trade before a body's head alone, and a rival before one word, stay in the name", "Festival", []string{
			"Promoters Guild said the fee was “a tax on live music”.",
			"“We were first,” Rival Sons said.",
		}, []want{{"a tax on live music", "Promoters Guild", ""}, {"We were first,", "Rival Sons", ""}}},
		{"a fact sheet from a body is its text, as a factsheet is", "Apprentices", []string{
			"The program is open to residents 18 and older.",
			"A fact sheet from the City of Port Alder says applicants will be judged on \"dexterity, reliability and genuine interest in the trade,\" with a test.",
			"The county's fact sheets call the scheme \"a ladder into work\".",
		}, []want{{"dexterity, reliability and genuine interest in the trade,", "City of Port Alder", ""}, {"a ladder into work", "", ""}}},
		{"the South Asian styles for a master and a cleric are no part of the speaker's name", "Pens", []string{
			"For more than 60 years, Ustad Hafeez-ur-Rehman Qureshi has cut his own reed pens.",
			"“Every letter is a breath,” Mr Qureshi told this newspaper.",
			"Maulana Tariq Jameel addressed the rally. “We stand together,” Maulana Jameel said.",
		}, []want{{"Every letter is a breath,", "Hafeez-ur-Rehman Qureshi", ""}, {"We stand together,", "Tariq Jameel", ""}}},
		{"a text done for one body by another is the other's, and the report after an assessment is the assessment", "Paintball", []string{
			"An acoustic assessment carried out for the council by Marsden Acoustics in January found that noise levels were “within the limits” set by the plan. But the report noted that the “impulsive and repetitive character” of the noise was “likely to cause annoyance”.",
			"The tower's walls show \"significant structural cracking\" and its roof is \"at risk of partial collapse,\" according to an engineering assessment prepared for the railroad by Keystone Structural Associates.",
			"A report commissioned by the trust from the consultants Harrowgate Marine in 2023 described the pontoons as being in “poor to very poor condition”.",
		}, []want{{"within the limits", "Marsden Acoustics", ""}, {"impulsive and repetitive character", "Marsden Acoustics", ""}, {"likely to cause annoyance", "Marsden Acoustics", ""},
			{"significant structural cracking at risk of partial collapse,", "Keystone Structural Associates", ""},
			{"poor to very poor condition", "Harrowgate Marine", ""}}},
		{"an earlier partial quotation joined by and shares a later one's attribution after a comma inside its marks", "Tower", []string{
			"The walls show \"significant cracking\" and the roof is \"at risk,\" Mr. Jones said.",
		}, []want{{"significant cracking at risk,", "Jones", ""}}},
		{"a later partial quotation with a comma inside its marks and no attribution after it lends none", "Tower", []string{
			"Neighbors described the walls as \"crumbling\" and the roof as \"a hazard,\" and the borough agreed.",
		}, []want{{"crumbling", "", ""}, {"a hazard,", "", ""}}},
		{"a question or a shout that came after a quotation is no one's, and the reply that came is the one questioned", "Fire", []string{
			"Fiona Baird, the chief executive, spoke to reporters. “We will rebuild,” she said.",
			"“And how long before staff can get back in?” came the next question.",
			"“Weeks,” came the reply.",
			"“Why not sooner?” came a shout from the back.",
			"“Because the roof is unsafe,” came the curt reply from Chief Officer Tom Dunne.",
		}, []want{{"We will rebuild,", "Fiona Baird", ""}, {"And how long before staff can get back in?", "", ""}, {"Weeks,", "Fiona Baird", ""},
			{"Why not sooner?", "", ""}, {"Because the roof is unsafe,", "Tom Dunne", ""}}},
		{"the pronoun answering a reporter's question in the same paragraph is not the reporter", "Tower", []string{
			"Mayor Ray Dombrowski took questions at the borough building. \"We did what we could,\" he said.",
			"A third reporter asked: \"Did anyone ask the railroad to sit down with the society?\" \"Twice,\" he said.",
		}, []want{{"We did what we could,", "Ray Dombrowski", ""}, {"Did anyone ask the railroad to sit down with the society?", "", ""}, {"Twice,", "Ray Dombrowski", ""}}},
		{"a reporter who asked not to be named and then speaks is the pronoun's", "Paper", []string{
			"Mayor Ray Dombrowski took questions at the borough building. \"We did what we could,\" he said.",
			"One reporter at the paper, who asked not to be named, said staff had been told on Friday. \"It's over,\" he said.",
		}, []want{{"We did what we could,", "Ray Dombrowski", ""}, {"It's over,", "", ""}}},
		{"who puts a figure on something in quoted words says them", "Snails", []string{
			"A 2023 study by the Institute for Tropical Livestock Studies in Ibadan put national demand at “well above 7.5 million kilogrammes a year”.",
			"Gideon Falk, a senior fellow at the Center for Fiscal Accountability, put the odds of a shutdown at \"better than even\".",
			"The cuts put services at “serious risk”.",
		}, []want{{"well above 7.5 million kilogrammes a year", "Institute for Tropical Livestock Studies", ""}, {"better than even", "Gideon Falk", ""}, {"serious risk", "", "term"}}},
		{"a manual's or a cookbook's title is a name", "Chef", []string{
			"The chef opened a string of brasseries after the success of his first cookbook, \"Fire & Salt\".",
			"Alcaraz, who wrote the handbook \"Beads of the Mind,\" said he hoped schools would offer classes.",
		}, []want{{"Fire & Salt", "", "term"}, {"Beads of the Mind,", "", "term"}}},
		{"review: a style of respect that ends a name, or opens a body's name, stays in it", "Tailors", []string{
			"Nisar Ustad, a tailor in Srinagar, said business was “dead”. “Nobody comes,” Ustad said.",
			"“Fees are fair,” Allama Iqbal Open University said.",
		}, []want{{"dead", "Nisar Ustad", ""}, {"Nobody comes,", "Nisar Ustad", ""}, {"Fees are fair,", "Allama Iqbal Open University", ""}}},
		{"review: a reporter who asked for anonymity, or asked about something before, still takes the pronoun", "Budget", []string{
			"Premier Doug Ford spoke to reporters at Queen's Park. “We'll get it done,” he said.",
			"A reporter, who asked for anonymity because he was not authorised to speak, said staff had been told on Friday. “It's over,” he said.",
			"A veteran reporter, who asked about the budget last week and was ignored, tried again. “Where is the money?” he shouted.",
		}, []want{{"We'll get it done,", "Doug Ford", ""}, {"It's over,", "", ""}, {"Where is the money?", "", ""}}},
		{"review: a title or one word joined by and to a later partial quotation keeps to itself", "Show", []string{
			"She starred in “Normal People” and the show was “a triumph,” the critic Fintan Walsh said.",
			"Union members voted “no” and the offer is now “dead,” the union's president, Ruth Kerr, said.",
		}, []want{{"Normal People", "", "term"}, {"a triumph,", "Fintan Walsh", ""}, {"no", "", "term"}, {"dead,", "Ruth Kerr", ""}}},
		{"review: what puts something at risk is no figure when someone named says it after a comma", "Jobs", []string{
			"The decision puts jobs at “serious risk”, union leader Pat Kelly said.",
			"“Sit down!” came the shout from Tory MP Mark Francois.",
		}, []want{{"serious risk", "Pat Kelly", ""}, {"Sit down!", "Mark Francois", ""}}},
		{"a text done for a body or commissioned by it names no writer", "Pier", []string{
			"A report prepared for the Harbour Trust described the pier as “unsafe”.",
			"A survey commissioned by Wexford Council described the pontoons as being in “poor condition”.",
		}, []want{{"unsafe", "", ""}, {"poor condition", "", ""}}},
		{"a promoter named for live shows is a body its spokeswoman speaks for", "Tour", []string{
			"The comedian cancelled the rest of her tour on Monday.",
			"Lumen Live declined to say how much the cancellation would cost the company. A spokeswoman said only that it had “no further comment.”",
		}, []want{{"no further comment.", "Lumen Live", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetySix(t *testing.T) {
	tests := []titledCase{
		{"a relative clause that writes on a network holds a post", "Tolls", []string{
			"Her comments drew a sharp response from MP Barasa Wekesa, who wrote on X that the minister was “hiding behind a contract nobody has read”.",
			"Kenji Abernathy-Olsen, who runs the YouTube channel Tech With Kenji, said the phone was “a brick”.",
		}, []want{{"hiding behind a contract nobody has read", "Barasa Wekesa", "post"}, {"a brick", "Kenji Abernathy-Olsen", ""}}},
		{"a reply written beneath a post is a post", "Walls", []string{
			"Councillor Anne Kirkby replied beneath the post: “Agreed, and that is what the money is for.”",
		}, []want{{"Agreed, and that is what the money is for.", "Anne Kirkby", "post"}}},
		{"words written under a pen name or beneath a post of office are no post", "Walls", []string{
			"Councillor Tom Hale wrote under a pseudonym: “We are done.”",
			"Anne Kirkby replied beneath the post of director: “Agreed.”",
		}, []want{{"We are done.", "Tom Hale", ""}, {"Agreed.", "Anne Kirkby", ""}}},
		{"a question put after asked by is the asker's, and the answer after it the answerer's", "Floodgate", []string{
			"Mayor Ramon Dizon spoke to the press on Monday.",
			"Asked by a reporter, \"So you knew it was corroded and you left it?\" Dizon replied: \"We knew it needed rehabilitation.\"",
			"Asked by Sarah Lin of the Courier, \"Will you resign?\" Dizon said: \"No.\"",
			"Asked by a reporter whether he knew, Dizon said: \"We did not, did we?\"",
		}, []want{{"So you knew it was corroded and you left it?", "", ""}, {"We knew it needed rehabilitation.", "Ramon Dizon", ""},
			{"Will you resign?", "Sarah Lin", ""}, {"No.", "Ramon Dizon", ""}, {"We did not, did we?", "Ramon Dizon", ""}}},
		{"a caption on a video someone came with is theirs", "Drought", []string{
			"MCA Peter Lekishon weighed in on Saturday with a TikTok video filmed at a shuttered car wash, captioned “Our youth are not the enemy of this drought”.",
		}, []want{{"Our youth are not the enemy of this drought", "Peter Lekishon", "post"}}},
		{"a relative set off after a kin noun takes the family name, whatever the given name", "Aurora", []string{
			"“People were cheering,” said Ms McKenzie, who has run the lodge with her husband, Grant, for 19 years.",
			"“We are full every weekend,” Grant said.",
			"Tom Reyes, 34, runs the stall. His late wife, Darlene, opened it in 1990.",
			"“We loved it here,” Ms Reyes said.",
		}, []want{{"People were cheering,", "McKenzie", ""}, {"We are full every weekend,", "Grant McKenzie", ""}, {"We loved it here,", "Darlene Reyes", ""}}},
		{"a shout from one in a crowd and a countdown are no one's statements", "Retirement", []string{
			"The remark drew loud laughter and a shout of “Hear, hear!” from the back of the bar.",
			"As the covers came off, the crowd counted down “Three, two, one!” and broke into applause.",
		}, []want{{"Hear, hear!", "", ""}, {"Three, two, one!", "", ""}}},
		{"an ordinal opens a body's name that ends in a body's word", "Corks", []string{
			"The scheme is run by Second Bark Collective, a nonprofit in Portland.",
			"Second Bark’s annual report says the group diverted “more than 11 tons of cork from landfill” in 2024.",
		}, []want{{"more than 11 tons of cork from landfill", "Second Bark Collective", ""}}},
		{"a ministry's name ends with its country after of", "Rail", []string{
			"The Ministry of Transport of Kazakhstan wrote on X that the arrival marked \"a new chapter for the route.\"",
			"The Department of Agriculture of Kenya Rail said it was \"a tragedy\".",
		}, []want{{"a new chapter for the route.", "Ministry of Transport of Kazakhstan", "post"}, {"a tragedy", "Department of Agriculture", ""}}},
		{"a reporter's question asked by another is no one's", "Freight", []string{
			"Aigerim Sultanbekova took questions in the warehouse.",
			"\"Not on price, no,\" Sultanbekova replied.",
			"\"What happens if the ferries get stuck?\" asked another.",
			"\"Then we wait,\" she said.",
		}, []want{{"Not on price, no,", "Aigerim Sultanbekova", ""}, {"What happens if the ferries get stuck?", "", ""}, {"Then we wait,", "Aigerim Sultanbekova", ""}}},
		{"a body's account, official or on a network, writes for the body", "Garden", []string{
			"Harwood Council voted on Monday.",
			"The council’s official account replied: “We did it.”",
			"Students at Tierra Alta Middle School built the towers.",
			"The school’s Instagram account posted a video of the harvest on Tuesday, writing that “Room 114 just fed the whole school.”",
		}, []want{{"We did it.", "Harwood Council", "post"}, {"Room 114 just fed the whole school.", "Tierra Alta Middle School", "post"}}},
		{"an account that writes at a paragraph's end is read without running past it", "Garden", []string{
			"Harwood Council voted on Monday.",
			"“We did it again,” the council’s account wrote.",
		}, []want{{"We did it again,", "", ""}}},
		{"her brother set off after a name makes him a man, whose title then finds him", "Buttons", []string{
			"Isobel Dunlop, who died in November aged 88, was known as the Button Lady.",
			"Her daughter, Morag Dunlop, said: “Mum always said so.”",
			"“Well, she did,” said Alasdair Dunlop, her brother, laughing.",
			"“We didn’t even need to discuss it,” said Mr Dunlop.",
		}, []want{{"Mum always said so.", "Morag Dunlop", ""}, {"Well, she did,", "Alasdair Dunlop", ""}, {"We didn’t even need to discuss it,", "Alasdair Dunlop", ""}}},
		{"a participle quoted after an auxiliary is a verb, not a label, and an evaluation is a text", "Trail", []string{
			"The toilets have “dramatically reduced” waste along the trail, according to Tom Hale.",
			"The cabins “cut costs”, according to an evaluation by the Glenmorrow Way Partnership.",
			"It had “chimney” designs, according to Tom Hale.",
		}, []want{{"dramatically reduced", "Tom Hale", ""}, {"cut costs", "Glenmorrow Way Partnership", ""}, {"chimney", "", "term"}}},
		{"a phrase in the line under the headline that no one there says is said by the one the body quotes saying it", "Heat", []string{
			"Organisers say they “cannot guarantee your safety” as amber heat warning is extended",
			"The festival was cancelled on Friday.",
			"“We cannot guarantee your safety in this heat,” said festival director Tom Hale.",
		}, []want{{"cannot guarantee your safety", "Tom Hale", ""}, {"We cannot guarantee your safety in this heat,", "Tom Hale", ""}}},
		{"a word under the headline that names no one the body names gives way to the body's speaker", "Property", []string{
			"Real estate portfolio down 22% in 2025; CIO insists plan is ‘not a forced seller’ as teachers’ union demands review",
			"Leila Haddad-Fournier is the plan’s chief investment officer.",
			"Haddad-Fournier said the plan was “not a forced seller” and had no intention of selling.",
		}, []want{{"not a forced seller", "Leila Haddad-Fournier", ""}, {"not a forced seller", "Leila Haddad-Fournier", ""}}},
		{"a lead-in set in a later post gives a post", "Ban", []string{
			"Jess Ainsworth-Pike posted on X on Monday.",
			"In a second post, she added: “I celebrate clean sport.”",
			"In his previous post as ambassador, Tom Hale said: “We were friends.”",
		}, []want{{"I celebrate clean sport.", "Jess Ainsworth-Pike", "post"}, {"We were friends.", "Tom Hale", ""}}},
		{"review: a question closed by its own verb is the speaker's, and an answer after a laugh is the answerer's", "Floods", []string{
			"Senator Kiko Pangilinan visited the school.",
			"Asked by a reporter about the floods, “What more could we have done?” Pangilinan said.",
			"Asked by a student, “Why did you run?” Pangilinan laughed and said: “Because nobody else would.”",
		}, []want{{"What more could we have done?", "Kiko Pangilinan", ""}, {"Why did you run?", "", ""}, {"Because nobody else would.", "Kiko Pangilinan", ""}}},
		{"review: a relative clause only filmed on a network makes no post", "Road", []string{
			"The teenager, who was filmed on TikTok dancing in the road and later told officers he was “just having fun”, was cautioned.",
		}, []want{{"just having fun", "", ""}}},
		{"review: one photographed with a video camera captions nothing", "Rally", []string{
			"Sarah Okafor, 34, was photographed with a video camera at the rally, in a picture captioned “Defiant”.",
		}, []want{{"Defiant", "", "term"}}},
		{"review: a ministry's country ends its name before and", "Vaccines", []string{
			"The Ministry of Health of Ukraine and Pfizer said the shipment was “vital”.",
		}, []want{{"vital", "", ""}}},
		{"review: under the headline, a body's name keeps its words, and one who denies them in the body does not take them", "Summit", []string{
			"Nato warns Russia is “preparing for a long war” in Ukraine",
			"The summit opened on Monday.",
			"Foreign minister Sergei Lavrov said Moscow was not “preparing for a long war” at all.",
		}, []want{{"preparing for a long war", "Nato", ""}, {"preparing for a long war", "Sergei Lavrov", ""}}},
		{"review: under the headline, words the body's speaker rejects stay no one's", "Stadium", []string{
			"Critics call new stadium “a white elephant” as costs balloon",
			"The stadium opened on Monday.",
			"Council leader Tom Hale rejected claims it was “a white elephant”.",
		}, []want{{"a white elephant", "", ""}, {"a white elephant", "Tom Hale", ""}}},
		{"review: one participle quoted after had or is stays a label, and a shout from one named is theirs", "Doors", []string{
			"The doors had “reinforced” glass, according to Tom Hale.",
			"The speech was interrupted by a shout of “Rubbish!” from Tory MP Jacob Rees-Mogg.",
		}, []want{{"reinforced", "", "term"}, {"Rubbish!", "Jacob Rees-Mogg", ""}}},
		{"two words under the headline are not taken from the body", "Sample", []string{
			"Scientists say the dust is “very rich” as capsule lands in desert",
			"The capsule landed on Sunday.",
			"“It is very rich indeed,” said mission scientist Tom Hale.",
		}, []want{{"very rich", "", ""}, {"It is very rich indeed,", "Tom Hale", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetySeven(t *testing.T) {
	tests := []titledCase{
		{"a finding's clause may have a subject lengthened by of", "Seawall", []string{
			"A survey carried out for the harbour board by Kestrel Marine Engineering found the lower half of the seawall had “extensive cracking below the tideline”.",
		}, []want{{"extensive cracking below the tideline", "Kestrel Marine Engineering", ""}}},
		{"a motion passed is the assembly's, not the last speaker's", "Pier", []string{
			"Brackley Town Council voted 6–2 on Monday to close the pier.",
			"A survey by Harlow Marine Engineering found the piles were “badly corroded”.",
			"The motion passed on Monday states that the pier will stay shut “until repairs are complete”.",
		}, []want{{"badly corroded", "Harlow Marine Engineering", ""}, {"until repairs are complete", "Brackley Town Council", ""}}},
		{"a motion with no assembly named is no one's", "Pier", []string{
			"A survey by Harlow Marine Engineering found the piles were “badly corroded”.",
			"The motion passed on Monday states that the pier will stay shut “until repairs are complete”.",
		}, []want{{"badly corroded", "Harlow Marine Engineering", ""}, {"until repairs are complete", "", ""}}},
		{"a review of one body led by another is the leader's", "Care home", []string{
			"The review of St Brennan’s Hospital, led by consultant Aisha Malik, describes a “pattern of neglect” stretching back six years and a ward where complaints were “quietly shelved”.",
		}, []want{{"pattern of neglect", "Aisha Malik", ""}, {"quietly shelved", "Aisha Malik", ""}}},
		{"a name before a noun stays a label", "Levelling up", []string{
			"The town won a “levelling up” funding from the Treasury, Tom Hale said.",
		}, []want{{"levelling up", "", "term"}}},
		{"the report goes on being the research named before, pages on", "Audit", []string{
			"An audit led by the accountant Priya Shah found serious problems at the trust.",
			"The 80-page report, published on Monday, covers six years. The trust’s chief executive, Mark Tull, resigned on Friday.",
			"Staff had warned the board for years, the audit found.",
			"The report says the board was “kept in the dark” about spending.",
		}, []want{{"kept in the dark", "Priya Shah", ""}}},
		{"a study whose source only modifies it is not reached for pages on", "Trial", []string{
			"A widely cited Hartwell Clinic study linked the drug to memory loss.",
			"Doctors had prescribed it for years, the study said.",
			"Patients were not told, a review found.",
			"The report says the data were “never checked”.",
		}, []want{{"never checked", "", ""}}},
		{"a staff report presented to a body's committee is the body's", "Budget", []string{
			"Fenwick Borough Council will set its budget next month.",
			"A staff report presented to the council’s finance and audit committee described the plan as “unsustainable”.",
			"It recommended the council instead “sell surplus land”.",
		}, []want{{"unsustainable", "Fenwick Borough Council", ""}, {"sell surplus land", "Fenwick Borough Council", ""}}},
		{"a court motion is the body's that a relative clause says filed it", "Camp", []string{
			"“They took everything,” said Dana Ruiz, a lawyer at the Eastside Legal Aid Society, which filed a motion for an injunction on Monday.",
			"The motion, which the Herald reviewed, describes the clearance as “an eviction in all but name”.",
		}, []want{{"They took everything,", "Dana Ruiz", ""}, {"an eviction in all but name", "Eastside Legal Aid Society", ""}}},
		{"a motion passed by a body's branch named for a town is the body's", "Strike", []string{
			"A motion passed by the Rail Workers Union's Hallbury branch last week described the plan as “a Trojan horse”.",
		}, []want{{"a Trojan horse", "Rail Workers Union", ""}}},
		{"a later honorific goes to the nearer relative, not to a sibling named first", "Cave", []string{
			"Siblings Hannah and Tom Garside sheltered in an air pocket.",
			"Hannah Garside, 29, and her brother Tom, 26, emerged on Sunday.",
			"Their mother, Susan Garside, who had kept vigil, said she had “not slept”.",
			"“I cried,” Mrs Garside said.",
		}, []want{{"not slept", "Susan Garside", ""}, {"I cried,", "Susan Garside", ""}}},
		{"review: a motion filed in court against a board is not the board's, and a sponsor's resolution is the sponsor's", "Policy", []string{
			"Parents of three pupils have sued the Hartwell County School Board over its uniform policy.",
			"Their lawyer, Dana Kerr, said the policy broke the law. “The board ignored the parents,” she said.",
			"The motion filed on Friday asks the judge to “halt the policy at once”.",
			"The Senate Finance Committee voted 12–10 to advance the bill.",
			"The resolution, sponsored by Senator Ruth Alder, says the bill “costs too much”.",
		}, []want{{"The board ignored the parents,", "Dana Kerr", ""}, {"halt the policy at once", "", ""}, {"costs too much", "Ruth Alder", ""}}},
		{"review: the report of a committee published by another is the committee's", "Audit", []string{
			"The report of the Public Accounts Committee, published by Parliament on Tuesday, says the ministry showed “a reckless disregard for value”.",
		}, []want{{"a reckless disregard for value", "Public Accounts Committee", ""}}},
		{"a city report is the city's", "Loneliness", []string{
			"The City of Ashvale runs the hall.",
			"A 2022 city report found that one in five residents felt lonely and recommended the city “fund drop-in clubs in every ward”.",
		}, []want{{"fund drop-in clubs in every ward", "City of Ashvale", ""}}},
		{"it after a report set off by a phrase is the report", "Inquiry", []string{
			"An independent review led by Dr Helen Ward has found failings at the unit.",
			"The 90-page report, titled “Lost Years”, examined 400 cases. It found that in 30 of them, better care “would have changed the outcome”.",
			"But a report by the ombudsman, Grace Obi, published on Monday, painted a bleaker picture. It described “a culture of silence” on the wards.",
		}, []want{{"Lost Years", "", "term"}, {"would have changed the outcome", "Helen Ward", ""}, {"a culture of silence", "Grace Obi", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyEight(t *testing.T) {
	tests := []titledCase{
		{"a noun for kin opening a sentence is no part of a name, and the names after it share the surname", "Benches", []string{
			"Siblings Tawhiri and Moana Rapana applied for a bench in 2023.",
			"“Mum loved this beach,” Tawhiri said.",
		}, []want{{"Mum loved this beach,", "Tawhiri Rapana", ""}}},
		{"siblings named together are kin, so a later honorific goes to the nearer relative", "Cave", []string{
			"Siblings Hannah and Tom Garside sheltered in an air pocket.",
			"Hannah Garside, 29, and her brother Tom, 26, emerged on Sunday.",
			"Their mother, Susan Garside, who had kept vigil, said she had “not slept”.",
			"“I cried,” Mrs Garside said.",
		}, []want{{"not slept", "Susan Garside", ""}, {"I cried,", "Susan Garside", ""}}},
		{"guard: a kin noun opening a body's name is part of it", "Deal", []string{
			"Twins Restaurant and Bar owner Joe Bloggs said he was “heartbroken”.",
		}, []want{{"heartbroken", "Joe Bloggs", ""}}},
		{"review: a kin noun opening a business's name joined by and to another word is part of it", "Rents", []string{
			"Brothers Pizza and Grill owner Tony Russo said the rent rise was unsustainable.",
			"“We cannot keep going like this,” he said.",
		}, []want{{"We cannot keep going like this,", "Tony Russo", ""}}},
		{"services ends a body's name joined by and, before a title", "Clinic", []string{
			"Couple Counselling and Therapy Services director Mia Stone said she was “worried”.",
			"Housing and Support Services manager Tom Reed said he was “relieved”.",
		}, []want{{"worried", "Mia Stone", ""}, {"relieved", "Tom Reed", ""}}},
		{"it after a text whose source is a body with a capitalised doc word in its name is the text", "Rents", []string{
			"A report by the Resolution Foundation looks at rents.",
			"It says rents are “too high for most families”.",
			"The housing shortfall, it says, is “the worst in fifty years”.",
		}, []want{{"too high for most families", "Resolution Foundation", ""}, {"the worst in fifty years", "Resolution Foundation", ""}}},
		{"guard: it set off inside a sentence after no text is no one", "Rents", []string{
			"Mr Hale spoke to the council on Monday.",
			"The housing shortfall, it says, is “the worst in fifty years”.",
		}, []want{{"the worst in fifty years", "", ""}}},
		{"DI is a police rank before a surname", "Theft", []string{
			"Detective Sergeant Amir Qureshi and Detective Inspector Matthew Corran lead the inquiry.",
			"DI Corran said the thieves were “organised”.",
		}, []want{{"organised", "Matthew Corran", ""}}},
		{"review: DS before a surname may be a company's name", "Packaging", []string{
			"DS Smith, the packaging group, said profits fell by a fifth.",
			"“Demand has been weak,” DS Smith said in a statement.",
		}, []want{{"Demand has been weak,", "DS Smith", ""}}},
		{"guard: Di before a surname is a particle of the name", "Quake", []string{
			"The bishop, Mgr Emanuele Di Bartolo-Ferri, described the collapse as “a wound in the soul of this town”.",
			"“I pray that it survives,” Di Bartolo-Ferri said.",
		}, []want{{"a wound in the soul of this town", "Emanuele Di Bartolo-Ferri", ""}, {"I pray that it survives,", "Emanuele Di Bartolo-Ferri", ""}}},
		{"partnership ends a body's name, so the short name later is the body (but is no company's word)", "Arches", []string{
			"The school’s lease passed last year to Ferrovia Property Partnership, which bought 64 arches along the Lambridge viaduct. In a letter dated 3 February, the company told the school it was “not in a position to offer a renewal”.",
			"Ferrovia disputes that account. In a statement, the company said the arch was “structurally unsafe”.",
		}, []want{{"not in a position to offer a renewal", "Ferrovia Property Partnership", ""}, {"structurally unsafe", "Ferrovia Property Partnership", ""}}},
		{"review: a public partnership is no company", "Deal", []string{
			"The Public Private Partnership signed by the Kenyan government and Safaricom was hailed on Monday.",
			"“It is a win for Kenyans,” the company said.",
		}, []want{{"It is a win for Kenyans,", "Safaricom", ""}}},
		{"his before a relative named in a name's sentence makes the name a man's, so Mrs is the wife", "Drums", []string{
			"Delroy Campbell, who founded the school with his wife, Annette Campbell, said the letter had arrived “like a rimshot in a funeral”.",
			"“If we move, we lose the kids,” Mrs Campbell said.",
			"“We never missed rent,” Mr Campbell said.",
		}, []want{{"like a rimshot in a funeral", "Delroy Campbell", ""}, {"If we move, we lose the kids,", "Annette Campbell", ""}, {"We never missed rent,", "Delroy Campbell", ""}}},
		{"guard: her after another person named between is that person's", "Drums", []string{
			"Delroy Campbell spoke to Ruth Osei and her husband, Kwame Osei, on Friday. Annette Campbell was there too.",
			"“We never missed rent,” Mr Campbell said.",
		}, []want{{"We never missed rent,", "Delroy Campbell", ""}}},
		{"a name in a possessive after a speaker of the paragraph is not whom the next pronoun means", "Croissant", []string{
			"Tobias Renn wrote on Instagram: “I learned a lot at Maison Fontaine and I will always be thankful for that.”",
			"“Short answer: no,” said Leonard Haskins, who teaches law.",
			"Bakeries usually rely on trade secret law instead, Haskins said, which requires a business to show it took steps to keep the information secret. Fontaine's complaint does not include a trade secret claim.",
			"“That's going to be a hard argument to make,” he said.",
		}, []want{{"I learned a lot at Maison Fontaine and I will always be thankful for that.", "Tobias Renn", "post"}, {"Short answer: no,", "Leonard Haskins", ""}, {"That's going to be a hard argument to make,", "Leonard Haskins", ""}}},
		{"guard: a name in a possessive with no speaker before it is whom the pronoun means", "Crash", []string{
			"Police said the crash happened at 9pm. Tom Hale's car was found in a ditch on Tuesday.",
			"“I was shocked,” he said.",
		}, []want{{"I was shocked,", "Tom Hale", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundNinetyNine(t *testing.T) {
	tests := []titledCase{
		{"the statement is from the company written with a legal form, though a preposition stands before its short name", "Timers", []string{
			"Pruitt Sandglass Co. will make timers for Spielwerk Lindenau GmbH, a publisher based outside Nuremberg.",
			"According to a statement from Spielwerk Lindenau, the publisher chose Pruitt after testing timers from seven makers. The Pruitt timers were \"the only ones that stayed accurate,\" the statement said.",
		}, []want{{"the only ones that stayed accurate,", "Spielwerk Lindenau GmbH", ""}}},
		{"a text named with a definite body noun in the possessive is that body's, so the report later is", "Saddles", []string{
			"Ellie Brannock started an apprenticeship, funded by a bursary from the Traditional Crafts Trust.",
			"Saddlery is listed as endangered in the trust’s latest report, which estimates that 40 people still make saddles.",
			"According to the report, most working saddlers are over 55 and “a significant proportion have no identified successor”.",
		}, []want{{"a significant proportion have no identified successor", "Traditional Crafts Trust", ""}}},
		{"guard: a body noun in the possessive names no source when the article names no such body", "Saddles", []string{
			"Ellie Brannock started an apprenticeship in January.",
			"Saddlery is listed as endangered in the trust’s latest report, which estimates that 40 people still make saddles.",
			"According to the report, most working saddlers are over 55 and “a significant proportion have no identified successor”.",
		}, []want{{"a significant proportion have no identified successor", "", ""}}},
		{"a title in capitals after a guide or a manual is a term, words in lower case after one are said", "Bedbugs", []string{
			"Entomologist Howard Baptiste, who wrote the 2019 guide “Don’t Let Them Bite,” said the city’s numbers were “probably an undercount.”",
			"Ms Tern said the guide “was the best we ever had”, and that the manual “Rules of the Road” was out of date.",
		}, []want{{"Don’t Let Them Bite,", "", "term"}, {"probably an undercount.", "Howard Baptiste", ""}, {"was the best we ever had", "Tern", ""}, {"Rules of the Road", "", "term"}}},
		{"a rank in capitals before the surname of someone named in full is a title, so the speaker is that person", "Theft", []string{
			"Detective Sergeant Amir Qureshi, of Calder Valley CID, said the thieves knew what they wanted.",
			"“A tuba is not something you slip under your coat,” DS Qureshi said.",
			"Superintendent Farah Naz Malik led the raid. SSP Malik said gold had been found. Asked whether victims would get it back, she said: “Some, yes.”",
		}, []want{{"A tuba is not something you slip under your coat,", "Amir Qureshi", ""}, {"Some, yes.", "Farah Naz Malik", ""}}},
		{"guard: a company whose name opens with capitals keeps its name, and an initial is no rank", "Profits", []string{
			"Packaging maker DS Smith said profits fell. Its chief, Miles Roberts, said: “It was a hard year.”",
			"“We will recover,” DS Smith said.",
			"“The machine is empty by eleven o'clock,” said Shri M. Yellaiah, a retired schoolteacher.",
		}, []want{{"It was a hard year.", "Miles Roberts", ""}, {"We will recover,", "DS Smith", ""}, {"The machine is empty by eleven o'clock,", "M. Yellaiah", ""}}},
		{"an office in initials set off before a name is that person's, so the office later is them", "Works", []string{
			"The local MP, Rachel Amadi, said she had spoken to Dr Brandauer on Monday afternoon. “I have been told the works is safe. I intend to hold them to that,” the MP said.",
		}, []want{{"I have been told the works is safe. I intend to hold them to that,", "Rachel Amadi", ""}}},
		{"a councillor who convenes a committee, or one of the council's, is the convener, whoever else is a chief executive", "Pipers", []string{
			"Councillor Douglas Rennie, who convenes the licensing committee, said the vote had been “difficult but necessary”.",
			"“This is not a ban on bagpipes,” the convener said.",
			"Graham Tosh, chief executive of the Old Town Business Improvement District, said traders were split.",
		}, []want{{"difficult but necessary", "Douglas Rennie", ""}, {"This is not a ban on bagpipes,", "Douglas Rennie", ""}}},
		{"one who chairs a committee of a body named in the possessive is its chair", "Kilts", []string{
			"Councillor Isla Gunn, who convenes the council’s economy committee, said the craft was “part of what makes this place”.",
			"Dr Ana Ruiz, who chairs the hospital’s ethics committee, said the wait was “too long”. Asked about money, the convener said: “We can’t afford not to.”",
		}, []want{{"part of what makes this place", "Isla Gunn", ""}, {"too long", "Ana Ruiz", ""}, {"We can’t afford not to.", "Isla Gunn", ""}}},
		{"guard: one who runs a unit of a body named in the possessive is not its director", "Wards", []string{
			"Dr Ana Ruiz, who runs the hospital’s cancer unit, said the wait was “too long”.",
			"“We need more staff,” the director said.",
		}, []want{{"too long", "Ana Ruiz", ""}, {"We need more staff,", "", ""}}},
		{"the board of trustees of a body is the body's, and so is its letter", "School", []string{
			"Ayrvale Council cut the grant in February.",
			"In a letter sent to families on Wednesday, the board of trustees of the Drumlochy School of Percussion said it had “exhausted every reasonable alternative”.",
			"“Every pupil will finish the term,” the letter added.",
		}, []want{{"exhausted every reasonable alternative", "Drumlochy School of Percussion", ""}, {"Every pupil will finish the term,", "Drumlochy School of Percussion", ""}}},
		{"a married woman's honorific is not the girl of 14 who shares her surname", "Drums", []string{
			"Aileen Dunbar, whose daughter Kirsty has played at the school since she was seven, said: “It is the heartbeat of the town.”",
			"Kirsty Dunbar, now 14, said she had been “gutted” when she heard the news.",
			"Her mother said the family could not afford private lessons. “If it goes, that’s it for her,” Mrs Dunbar said.",
		}, []want{{"It is the heartbeat of the town.", "Aileen Dunbar", ""}, {"gutted", "Kirsty Dunbar", ""}, {"If it goes, that’s it for her,", "Aileen Dunbar", ""}}},
		{"guard: an honorific goes to one old enough for it", "Pool", []string{
			"Sam Hale, 17, and his mother, Jo Hale, swam there for years.",
			"“It was our second home,” Mr Hale said.",
		}, []want{{"It was our second home,", "Sam Hale", ""}}},
		{"review: initials of a name, capitals of a company and a rank two people might hold are no rank before a surname", "Stadium", []string{
			"Sports minister Udhayanidhi Stalin inaugurated the stadium.",
			"Chief Minister MK Stalin, his father, said the state would host “many more international events”.",
			"Detective Sergeant Amir Qureshi and Detective Constable Lisa Qureshi led the inquiry. DS Qureshi said: “This was a cowardly attack.”",
			"Police Constable Hannah Jones attended. UK Jones, a haulage firm, owned the lorry. UK Jones said in a statement it was “co-operating fully”.",
		}, []want{{"many more international events", "MK Stalin", ""}, {"This was a cowardly attack.", "DS Qureshi", ""}, {"co-operating fully", "UK Jones", ""}}},
		{"review: a text whose author follows it is not its owner's, and a noun two bodies share names neither", "Reports", []string{
			"Inspectors from the Care Quality Commission visited the Riverside NHS Foundation Trust in May.",
			"The trust’s inspection report, written by the commission, was published on Friday. According to the report, staff were “overstretched”.",
			"Meridian Bank has posted record profits. Shares in rival Coastal Savings Bank fell 2%.",
			"The bank’s annual report was published on Friday. According to the report, conditions were “challenging but manageable”.",
		}, []want{{"overstretched", "", ""}, {"challenging but manageable", "", ""}}},
		{"review: two conveners leave the convener unknown, and the chair of another body is not the one who chairs a committee", "Plan", []string{
			"Councillor Douglas Rennie, who convenes the council’s economy committee, and Councillor Anne Gow, who convenes its housing committee, backed the plan.",
			"The convener said: “We are agreed.”",
			"Councillor Sarah Boyd, who chairs the council’s planning committee, voted against.",
			"“Common sense has prevailed,” the chair of the residents’ association said.",
		}, []want{{"We are agreed.", "", ""}, {"Common sense has prevailed,", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundred(t *testing.T) {
	tests := []titledCase{
		{"a company something passes to is no addressee, and a school the story is about is no company", "Bakery school", []string{
			"A baking school that has taught from a unit in north Tarrowfield for 20 years has been told to leave, after the units were sold to a property company.",
			"Kiln Lane Baking Academy teaches about 90 students a week. Kiln Lane Baking Academy was founded by Nadia Brook in 2005.",
			"The school’s lease passed last year to Vellmar Property Partnership, which bought 30 units along the Tarrowfield parade. In a letter dated 3 March, the company told the school it was “unable to offer a renewal” and asked it to leave by 30 April.",
		}, []want{{"unable to offer a renewal", "Vellmar Property Partnership", ""}}},
		{"a place after a preposition and a part of it in lower case is no company", "Bakery school", []string{
			"A baking school that has taught from a unit in north Tarrowfield for 20 years has been told to leave, after the units were sold to a property company.",
			"The school’s lease passed last year to Vellmar Property Partnership, which bought 30 units along the Tarrowfield parade. In a letter dated 3 March, the company told the school it was “unable to offer a renewal” and asked it to leave by 30 April.",
		}, []want{{"unable to offer a renewal", "Vellmar Property Partnership", ""}}},
		{"a spokeswoman for a body is the subject after a conjunction or a phrase of time with no comma", "Blast", []string{
			"Iain Strachan, 61, was hurt. Mr Strachan was treated for burns to his hands, and a spokeswoman for Linnside Infirmary said: “He is comfortable.”",
			"Last night a spokeswoman for Linnside Infirmary said his condition was “stable and improving”. On Friday a spokesman for Kinbrae Milling Company said it was “cooperating fully”.",
			"A spokesman for Strachan, Tom Hale, said the family was “grateful”.",
		}, []want{{"He is comfortable.", "Linnside Infirmary", ""}, {"stable and improving", "Linnside Infirmary", ""}, {"cooperating fully", "Kinbrae Milling Company", ""}, {"grateful", "Tom Hale", ""}}},
		{"a body set off before a description and a relative clause speaks after them", "Pensions", []string{
			"Kestrel Pension Trustees Ltd, the scheme’s corporate trustee, which is chaired by the former finance director Alan Sowerby, said it was “taking advice”.",
			"Ana Ruiz, the scheme’s actuary, who joined in May, said the deficit was “large”.",
		}, []want{{"taking advice", "Kestrel Pension Trustees Ltd", ""}, {"large", "Ana Ruiz", ""}}},
		{"what a body was prompted to do by a verb of causing is the body's, named or described", "Pensions", []string{
			"The owners will close the scheme, prompting the Food and Allied Workers’ Union to accuse them of “raiding the cupboard”.",
			"The union met on Monday. The cuts came a week later, leading the union to call them “theft”.",
		}, []want{{"raiding the cupboard", "Food and Allied Workers’ Union", ""}, {"theft", "Food and Allied Workers’ Union", ""}}},
		{"a proclamation is a text, so the one whose it is speaks in it", "Centenary", []string{
			"Mayor Denise Whitcombe has declared Saturday a holiday. Her proclamation describes the shop as “a cornerstone of Market Street.”",
		}, []want{{"a cornerstone of Market Street.", "Denise Whitcombe", ""}}},
		{"a man's title with a surname gives the full name it resolves to his gender, so a woman's title later is his relative", "Bakers", []string{
			"Zorin Mathurin, president of the association, said the minister had “not listened”.",
			"“We will not bake at a loss,” Mr Mathurin said.",
			"His daughter, Annette Mathurin, said the family had cut its hours.",
			"Ms Mathurin said smaller bakeries would stop. “You will have empty shelves,” she said.",
		}, []want{{"not listened", "Zorin Mathurin", ""}, {"We will not bake at a loss,", "Zorin Mathurin", ""}, {"You will have empty shelves,", "Annette Mathurin", ""}}},
		{"which after a text with a source, a title or a participle's phrase set off after it, is the text", "Reports", []string{
			"Ms Whitworth pointed to a 2023 Cavendale Foods report, “Baking for the Future”, which described the plant as “the heart of the story”.",
			"She cited a study by the Marine Fire Institute, Burning Questions, which concluded that the systems “were designed for older cargo”.",
			"Cooranbah Shire Council made an offer. It would cost $1.1 million, according to a report by council staff tabled at last month’s meeting, which described the claim as “unsustainable”.",
		}, []want{{"Baking for the Future", "", "term"}, {"the heart of the story", "Cavendale Foods", ""}, {"were designed for older cargo", "Marine Fire Institute", ""}, {"unsustainable", "Cooranbah Shire Council", ""}}},
		{"a text set off before a relative clause that names who issued it is theirs, but not one they only received", "Recall", []string{
			"Bramblewood Bakehouse Inc. recalled muffins. The recall notice, which Bramblewood filed with the state, warns that “people with an allergy run the risk”.",
			"The letter, which Jane Roe sent on Monday, said the plan was “unsafe”. The second letter, which Tom Hale received on Friday, said it was “broadly sound”.",
		}, []want{{"people with an allergy run the risk", "Bramblewood Bakehouse Inc.", ""}, {"unsafe", "Jane Roe", ""}, {"broadly sound", "", ""}}},
		{"a council spokeswoman is the local council's before a trade body's that calls itself a council, which is hers when it is the only one", "Erosion", []string{
			"Ōrewhiti District Council published the report in May.",
			"A spokesperson for the Insurers' Council of Aotearoa said premiums had risen by 60 per cent.",
			"“We want to hear from everyone,” a council spokeswoman said.",
		}, []want{{"We want to hear from everyone,", "Ōrewhiti District Council", ""}}},
		{"guard: the trade body is the council when the article names no local one", "Erosion", []string{
			"A spokesperson for the Insurers' Council of Aotearoa said premiums had risen by 60 per cent.",
			"“Homes will be hard to insure,” a council spokeswoman said.",
		}, []want{{"Homes will be hard to insure,", "Insurers' Council of Aotearoa", ""}}},
		{"review: a body that is a preposition's object before a description and a which-clause is no subject", "Site", []string{
			"Investors in Kestrel Holdings Ltd, the site's owner, which bought it in 2019, said the plan was “reckless”.",
		}, []want{{"reckless", "", ""}}},
		{"review: a name set off after a source in lower case is the source, not a title to skip", "Utility", []string{
			"She quoted a report by Eskom’s auditors, Deloitte, which said the utility was “technically insolvent”.",
		}, []want{{"technically insolvent", "Deloitte", ""}}},
		{"review: a text another released is not theirs", "Dam", []string{
			"The memo, which Greenpeace released on Tuesday, warns that the dam is “at risk of failure”.",
		}, []want{{"at risk of failure", "", ""}}},
		{"review: a title's gender is not learnt when another of the surname may have borne it (Mr is still wrongly the first named, as before round 100; Ms stays right)", "Gym", []string{
			"Jordan Reyes, 29, owns a gym in Quezon City. Her brother, Sam Reyes, is the coach.",
			"“We have lost half our members,” Mr Reyes said.",
			"“We are still hopeful,” Ms Reyes said.",
		}, []want{{"We have lost half our members,", "Jordan Reyes", ""}, {"We are still hopeful,", "Jordan Reyes", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredOne(t *testing.T) {
	tests := []titledCase{
		{"a board speaks for the body whose it is, when the article gives that body no kind", "Comedian", []string{
			"The Marlow Courier’s editorial board, which has often praised the comedian, wrote on Sunday that the joke was “lazy rather than cruel” and that his failure was “not reading the room.”",
		}, []want{{"lazy rather than cruel", "Marlow Courier", ""}, {"not reading the room.", "Marlow Courier", ""}}},
		{"a regulation or a directive is a text, so the body named before it speaks in it", "Palm oil", []string{
			"A Finance Ministry regulation seen by Reuters described the levy as “temporary and subject to review”.",
			"A European Commission directive calls the rules “proportionate”.",
		}, []want{{"temporary and subject to review", "Finance Ministry", ""}, {"proportionate", "European Commission", ""}}},
		{"a body named three paragraphs back is still the one a description means past a paragraph quoting someone else", "Recession", []string{
			"Norway’s economy shrank for a second quarter, Statistics Norway said on Thursday.",
			"Output fell at an annual rate of 0.6 per cent, the agency said in its release.",
			"“This is a genuine shock,” said Ana Ruiz, chief economist at Fjord Capital Markets.",
			"The agency said the fall was driven by investment. In its release, it noted that “declines were broad-based”.",
		}, []want{{"This is a genuine shock,", "Ana Ruiz", ""}, {"declines were broad-based", "Statistics Norway", ""}}},
		{"a nickname of several words inside a name, opening with a capital article or opening the sentence, is a term of that name", "Boxing", []string{
			"Former boxer Isaac “The Tema Hammer” Quartey-Danso, now an adviser to the bid, said the Games would “put Ghanaian sport on the map for a generation.”",
			"Joaquín “El Chapo” Guzmán said the trial was “a circus”.",
		}, []want{{"The Tema Hammer", "", "term"}, {"put Ghanaian sport on the map for a generation.", "Isaac Quartey-Danso", ""}, {"El Chapo", "", "term"}, {"a circus", "Joaquín Guzmán", ""}}},
		{"a company whose registered name ends in Limited is the company a description means, past a co-operative", "Fuel", []string{
			"Members of the Kestrel Bay Fishermen’s Co-operative Society told the Record that Tollhouse Marine Supplies Limited has been charging more for fuel.",
			"“We have no choice,” said Errol Mayne, the co-operative’s president.",
			"Gregory Lindo, managing director of Tollhouse Marine Supplies, said the company’s prices reflected its costs.",
			"In a statement on Tuesday, the company said it had “served the community for 22 years”.",
		}, []want{{"We have no choice,", "Errol Mayne", ""}, {"served the community for 22 years", "Tollhouse Marine Supplies Limited", ""}}},
		{"a woman the article styles Mrs is not the one it styles Ms", "Bindery", []string{
			"Judith Hartwell has bound Bibles and ledgers in Arch 14 for more than three decades.",
			"“I opened it standing at the press,” said Mrs Hartwell, 68. “Thirty-one years, and it was two paragraphs long.”",
			"Her daughter, Clare Hartwell, who joined the business in 2011, said the family had been offered nothing nearby.",
			"“We asked about the empty arch at the end of the row,” said Ms Hartwell. “Nobody will say.”",
			"Mrs Hartwell disputed that. “Generous? They offered us a unit four miles away.”",
		}, []want{{"I opened it standing at the press, Thirty-one years, and it was two paragraphs long.", "Judith Hartwell", ""},
			{"We asked about the empty arch at the end of the row, Nobody will say.", "Clare Hartwell", ""}, {"Generous? They offered us a unit four miles away.", "Judith Hartwell", ""}}},
		{"a title with a surname is not someone of that surname named in full only after it", "Pub", []string{
			"The hotel has been run by Garry and Lorraine Tolworth since 2009, with their daughter Brianna now managing the bar.",
			"Mr Tolworth said the ruling was “a kick in the guts” for the family.",
			"Mrs Tolworth, who sat beside her husband in court, said: “We need to sit down with our lawyer.”",
			"Brianna Tolworth, 26, said she had already begun ringing the acts booked for the autumn.",
			"Ms Tolworth said the pub was one of the few places left. “Where else are they going to play?” she said.",
		}, []want{{"a kick in the guts", "Garry Tolworth", ""}, {"We need to sit down with our lawyer.", "Lorraine Tolworth", ""}, {"Where else are they going to play?", "Brianna Tolworth", ""}}},
		{"review: Ms after Mrs is another woman, but never one the article names as dead", "Crash", []string{
			"Brenda Achterberg lost her husband and her sister-in-law, the late Karen Achterberg, in the crash in 2019.",
			"“I want answers,” said Mrs Achterberg.",
			"Ms Achterberg said the family had waited “far too long”.",
		}, []want{{"I want answers,", "Brenda Achterberg", ""}, {"far too long", "Brenda Achterberg", ""}}},
		{"review: a body three paragraphs back is not one of another kind than the description names", "Recession", []string{
			"Statistics Norway said on Thursday that output fell 0.6 per cent.",
			"“This is a genuine shock,” said Ana Ruiz, chief economist at Fjord Capital Markets.",
			"Households cut spending for a third month.",
			"The central bank said inflation was “still too high”.",
		}, []want{{"This is a genuine shock,", "Ana Ruiz", ""}, {"still too high", "", ""}}},
		{"review: the owner of a board that is one word may be a place or a person, so it does not speak", "Harbour", []string{
			"Tauranga’s harbour board said the plan was “flawed”. Smith’s committee said it was “rushed”.",
		}, []want{{"flawed", "", ""}, {"rushed", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredTwo(t *testing.T) {
	tests := []titledCase{
		{"a body whose name opens with a word for its field, written in lower case too, is named whole when a description of a body says so", "Music school", []string{
			"The music school said its grant had been cut.",
			"Heritage Norland, the national heritage funding body, said in a statement that it was “aware of the situation in Brackley” and was in contact with the school.",
		}, []want{{"aware of the situation in Brackley", "Heritage Norland", ""}}},
		{"a place whose name holds a particle and an abbreviation of a month is one name before a title", "Fishing ban", []string{
			"Puerto Colina del Mar Mayor Ramon Ilagan wrote on Monday that the town would open “a soup kitchen in every village,” and urged residents to “report illegal boats.”",
		}, []want{{"a soup kitchen in every village,", "Ramon Ilagan", ""}, {"report illegal boats.", "Ramon Ilagan", ""}}},
		{"a business named before its noun speaks as that noun, but not a place or a picket line", "Recall", []string{
			"The Meadow Basket grocery chain said it would offer “full refunds, no questions asked.”",
			"The Ohio grocery chain said it would “review its suppliers.”",
			"One driver on the Dunmore picket line, who asked not to be named, said: “We’ve been told to keep quiet.”",
		}, []want{{"full refunds, no questions asked.", "Meadow Basket", ""}, {"review its suppliers.", "", ""}, {"We’ve been told to keep quiet.", "", ""}}},
		{"a double given name the lists lack has the gender of its first part", "Ski jump", []string{
			"Councillor Randall Okafor backed demolition. Anne-Lucie Marchand opposed it.",
			"Marchand accused him of exaggerating the risk. He said she was “welcome to climb it herself.”",
		}, []want{{"welcome to climb it herself.", "Randall Okafor", ""}}},
		{"a quotation running over paragraphs of its own does not count against how far a pronoun reaches back", "Jet ski", []string{
			"Ben Arkwright, 29, suffered a broken arm. His sister, 26, was pulled out by a lifeguard.",
			"In a statement read to the court, Nina Arkwright described the moment she saw the craft:",
			"“I heard the engine before I saw it.",
			"“For months afterwards I could not go near the sea.",
			"“I am asking that nobody else has to feel what we felt.”",
			"Her brother told reporters outside court that the sentence was “a start”.",
		}, []want{{"I heard the engine before I saw it. For months afterwards I could not go near the sea. I am asking that nobody else has to feel what we felt.", "Nina Arkwright", ""}, {"a start", "Ben Arkwright", ""}}},
		{"a text from a place's government named as the place is the government's", "Pier", []string{
			"A staff report from the City of Brannock Falls estimated repairs at $2 million. The report described the pier as “beyond economic repair.”",
		}, []want{{"beyond economic repair.", "City of Brannock Falls", ""}}},
		{"what a text found that it described is its source's words", "Licence", []string{
			"The hire firm lost its licence after a Glenmoray Council inspection report found what it described as “a litany of failures”.",
		}, []want{{"a litany of failures", "Glenmoray Council", ""}}},
		{"review: a place, a brand, a person or a family named before a business's noun is no business's name", "Breweries", []string{
			"The Kent brewery said the new beer was “selling well”.",
			"The ChatGPT maker said it would “fight the lawsuit”.",
			"The Smith family company said it would “keep the mill open”.",
			"The West Cork seafood company said trade was “slow”.",
		}, []want{{"selling well", "", ""}, {"fight the lawsuit", "", ""}, {"keep the mill open", "", ""}, {"slow", "", ""}}},
		{"review: a double given name of a man's name and a woman's tells no gender", "Crash", []string{
			"Tyler-Rose Adams, 19, and her partner Dean were rescued from the car.",
			"She said the crash was “terrifying”.",
		}, []want{{"terrifying", "Tyler-Rose Adams", ""}}},
		{"review: a campaign's name opening with a verb before a common noun's words keeps the reading it had", "Games", []string{
			"Campaigners want people to stop buying games. Stop Killing Games, the consumer campaign group, said it was growing.",
			"The group said it had “a million signatures”.",
		}, []want{{"a million signatures", "Killing Games", ""}}},
	}
	runTitled(t, tests)
}

// TestRoundHundredThree covers the rules of round 103.
func TestRoundHundredThree(t *testing.T) {
	tests := []titledCase{
		{"a body named an executive speaks as that body, and its spokeswoman for it, but a company's chief executive is a person", "Blast", []string{
			"The Workplace Safety Executive said it had opened an investigation, and a spokeswoman said inspectors were “on site”.",
			"“We will publish our findings,” the Health Service Executive said.",
			"Nordair Chief Executive Jane Doe said the airline was “cooperating fully”.",
		}, []want{{"on site", "Workplace Safety Executive", ""}, {"We will publish our findings,", "Health Service Executive", ""}, {"cooperating fully", "Jane Doe", ""}}},
		{"a sentence opening with a name that a capitalised preposition joins keeps the name whole, and well-known charities are named across \"the\"", "Aid", []string{
			"Aid groups condemned the cuts on Monday.",
			"Physicians Against Hunger said its clinics were “overwhelmed”. Save the Children said the camps were “full”.",
			"Unicef said children were “at risk”.",
		}, []want{{"overwhelmed", "Physicians Against Hunger", ""}, {"full", "Save the Children", ""}, {"at risk", "Unicef", ""}}},
		{"a former employee of a company named before the noun is no one named, but a former senator named after it is", "Farm", []string{
			"Kestrel Bay Caviar said the fish were farmed.",
			"A former Kestrel Bay employee, who asked not to be identified, said staff had raised concerns “every single spring.”",
			"Former Senator John Tolland said the farm was “a disgrace”.",
		}, []want{{"every single spring.", "", ""}, {"a disgrace", "John Tolland", ""}}},
		{"a body's rulebook or handbook states its words", "Weigh-in", []string{
			"That rule is spelled out in the Lakeshore Rowing Association's rulebook, which states that a signed card \"shall be final and binding.\"",
			"The Acme Guild handbook says members must be “polite at all times.”",
		}, []want{{"shall be final and binding.", "Lakeshore Rowing Association", ""}, {"polite at all times.", "Acme Guild", ""}}},
		{"a letter signed on behalf of a body is the body's, and \"the post\" after someone wrote on a social network is that person's", "Licence", []string{
			"A letter signed on behalf of the Harbour Row Residents’ Association described the venue as “loud enough already”.",
			"Donna Keefe said the damage was bad. Keefe wrote on the festival’s Facebook page Monday that volunteers would help. “Bring hay,” the post said. “We rebuild.”",
			"Tom Hale wrote on the council website that it was closed. “No entry,” the notice said.",
		}, []want{{"loud enough already", "Harbour Row Residents’ Association", ""}, {"Bring hay, We rebuild.", "Donna Keefe", "post"}, {"No entry,", "", ""}}},
		{"a listed body written with an ampersand is the one its initials name, and keeps the article's spelling", "Duty", []string{
			"The letter from HM Revenue & Customs arrived in June.",
			"An HMRC spokesperson said: “We do not comment on individual cases.”",
		}, []want{{"We do not comment on individual cases.", "HM Revenue & Customs", ""}}},
		{"review: a company's or a county's executive is a person, not a body named an executive", "Campaign", []string{
			"The Tesco Marketing Executive said the campaign was “aimed at families”.",
			"The Montgomery County Executive said the budget was “balanced”.",
		}, []want{{"aimed at families", "", ""}, {"balanced", "", ""}}},
		{"review: a listed body is named as the article writes it in words, and its initials are the same body", "Aid", []string{
			"Doctors Without Borders (MSF) said its clinic was “overwhelmed”. MSF said it had “run out of beds”.",
			"The World Wildlife Fund said numbers were “falling”.",
		}, []want{{"overwhelmed", "Doctors Without Borders", ""}, {"run out of beds", "Doctors Without Borders", ""}, {"falling", "World Wildlife Fund", ""}}},
		{"review: \"the post\" is the last one someone posted on a social network, though no one named posted it", "Ruling", []string{
			"Senator Imee Marcos posted on X that the ruling was unjust. Her brother later posted on Instagram. “We will appeal,” the post said.",
		}, []want{{"We will appeal,", "", "post"}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredFour(t *testing.T) {
	tests := []titledCase{
		{"the one the opening describes without a name is the one the next paragraph opens on", "Hives stolen", []string{
			"A beekeeper says he is “heartbroken” after thieves stole 32 hives from a farm in Carmarthenshire.",
			"Farid al-Hashimi, who runs Cwm Mêl Honey near Llandysul, discovered the theft on Tuesday morning.",
			"“I walked up the field and there was nothing,” he said.",
		}, []want{{"heartbroken", "Farid al-Hashimi", ""}, {"I walked up the field and there was nothing,", "Farid al-Hashimi", ""}}},
		{"so is one described after where they are from, though a relative clause holds a passive", "Sailor rescued", []string{
			"A Port Tawhai yachtsman who was knocked overboard during the coastal race says he had “made peace” with dying.",
			"Dion Marsh, 52, was one of four crew aboard the yacht when a squall struck.",
			"“I thought that was it,” Marsh said.",
		}, []want{{"made peace", "Dion Marsh", ""}, {"I thought that was it,", "Dion Marsh", ""}}},
		{"and a body the opening describes is the one the next paragraph's first sentence names with a name that fits", "Phone ban", []string{
			"A secondary school in South Yorkshire that has banned mobile phones says the playground is “noisy again”.",
			"Pupils at Thornbury Vale Academy in Doncaster lock their phones away at the gate.",
		}, []want{{"noisy again", "Thornbury Vale Academy", ""}}},
		{"but not one accused in the passive, one whose words may be another's described after, one of the other sex or one with another title", "Lede", []string{
			"A grammar school has been accused of “moving the goalposts” after children were refused places.",
			"Sir Edmund Cray Grammar School in Kent changed its rules in March.",
		}, []want{{"moving the goalposts", "", ""}}},
		{"", "Freed", []string{
			"MARLOW, Pa. (AP) — A Pennsylvania man walked free Thursday after a judge threw out his conviction, ruling that new DNA testing \"fundamentally undermines\" the case against him.",
			"Darnell Whitaker-Boone, 52, hugged his mother outside the courthouse.",
			"\"I never gave up,\" Whitaker-Boone said.",
		}, []want{{"fundamentally undermines", "", ""}, {"I never gave up,", "Darnell Whitaker-Boone", ""}}},
		{"", "Ceiling", []string{
			"A grandmother says she was “terrified” when the ceiling fell in.",
			"Peter Hughes, who lives next door, heard the crash.",
			"“It sounded like a bomb,” Mr Hughes said.",
		}, []want{{"terrified", "", ""}, {"It sounded like a bomb,", "Peter Hughes", ""}}},
		{"", "Pupils", []string{
			"A teacher says pupils are “scared” to walk home.",
			"Police Sergeant Tom Reid said officers had been called to the school “three times”.",
		}, []want{{"scared", "", ""}, {"three times", "Tom Reid", ""}}},
		{"a resident of a nearby place named like a body is someone unnamed, and a spokesman for a nearby council speaks for it", "Noise", []string{
			"One resident of nearby Alder Court, who asked that her name not be used, told the council: “I can't open my windows.”",
			"A spokesman for nearby Harlow Council said the noise was “under review”.",
		}, []want{{"I can't open my windows.", "", ""}, {"under review", "Harlow Council", ""}}},
		{"\"she said\" after a spokeswoman for a body that a relative clause describes is the body's", "Pudding", []string{
			"A spokeswoman for the Protected Food Names Panel, which advises ministers on applications, said a consultation would open. “All objections will be considered,” she said.",
		}, []want{{"All objections will be considered,", "Protected Food Names Panel", ""}}},
		{"\"it\" after a body a description made the subject of the paragraph is that body, not one that spoke before", "Rescue", []string{
			"Volunteers from Kelderdale Mountain Rescue Team spent seven hours on the fells.",
			"A spokesman for North Fells Constabulary described the incident as “a mountain rescue matter”.",
			"The rescue team, which is funded by donations, said it had received £3,000. It wrote on X on Sunday that it was “overwhelmed by the kindness” of runners.",
		}, []want{{"a mountain rescue matter", "North Fells Constabulary", ""}, {"overwhelmed by the kindness", "Kelderdale Mountain Rescue Team", "post"}}},
		{"a report found what a quotation a few words after its object describes, but a sign or a box found is what was written", "Fire", []string{
			"A report by Southgate Fire Consultants, commissioned by the council in June, found 32 LPG cylinders stored in an unlocked shipping container “within three metres of ignition sources”.",
			"The inspection report found a sign reading “Keep out” on the gate, and a box marked “fragile” in the hall.",
		}, []want{{"within three metres of ignition sources", "Southgate Fire Consultants", ""}, {"Keep out", "", "term"}, {"fragile", "", "term"}}},
		{"a text commissioned by one body from another is the other's", "Noise", []string{
			"The city built the courts in 2021.",
			"A study commissioned by the city from Halvorsen Acoustics measured peak levels of 68 decibels. The report described the sound as “impulsive”.",
			"Supporters pointed to a survey commissioned by council last year from Brandon consultants Northfield Civic Research, which found the name associated with “a horror film”.",
		}, []want{{"impulsive", "Halvorsen Acoustics", ""}, {"a horror film", "Northfield Civic Research", ""}}},
		{"the title of a work its author wrote, or set off after the work's noun, is a term, but words written after \"that\" are the writer's", "Pudding", []string{
			"Mr Pryce, who wrote a history of it, “Head Down in the Peat”, in 2016, said the committee had agonised.",
			"Marcus Threlfall, the chef who wrote “Offal Good: Cooking the Whole Beast”, wrote that the pudding was “the finest in England”.",
		}, []want{{"Head Down in the Peat", "", "term"}, {"Offal Good: Cooking the Whole Beast", "", "term"}, {"the finest in England", "Marcus Threlfall", ""}}},
		{"a body's summary, a lab's report and a body's summary report are the body's", "Tests", []string{
			"Samples collected by the Hallard Regional Council on Tuesday found high levels. Samples are analysed by Midwest Sport Analytics, an independent lab in Ohio.",
			"According to the council’s laboratory summary, the results were “consistent with contamination”.",
			"According to the lab's report, which was reviewed by Gridline, the sample held the drug at a level \"consistent with recent use.\"",
		}, []want{{"consistent with contamination", "Hallard Regional Council", ""}, {"consistent with recent use.", "Midwest Sport Analytics", ""}}},
		{"", "Bugs", []string{
			"The Brennan City Department of Public Health inspected 40 hotels.",
			"The department’s summary report describes the findings as “concerning but not unprecedented.”",
		}, []want{{"concerning but not unprecedented.", "Brennan City Department of Public Health", ""}}},
		{"review: the next paragraph opening on someone charged, on one brought in by their body or on two people names no one the opening described", "Fire", []string{
			"A neighbour says he heard “screaming” before the fire broke out in Dundalk.",
			"Patrick Byrne, 52, is charged with arson.",
			"Byrne told gardaí: “I was asleep upstairs.”",
		}, []want{{"screaming", "", ""}, {"I was asleep upstairs.", "Patrick Byrne", ""}}},
		{"", "Storm", []string{
			"A driver says he is “lucky to be alive” after a tree fell on his car.",
			"Mark Evans, from the Met Office, said winds reached 100mph.",
			"“It was an exceptional storm,” Mr Evans said.",
		}, []want{{"lucky to be alive", "", ""}, {"It was an exceptional storm,", "Mark Evans", ""}}},
		{"", "Ward", []string{
			"A nurse says she is “exhausted” after a 14-hour shift.",
			"Aoife Murphy and Ciara Walsh both work on the same ward.",
			"“We are on our knees,” Ms Murphy said.",
		}, []want{{"exhausted", "", ""}, {"We are on our knees,", "Aoife Murphy", ""}}},
		{"review: but one charged is the one an opening about a sentence described", "Jailed", []string{
			"A financial adviser who told clients their savings would be “completely guaranteed” has been jailed for eight years.",
			"Anthony Dufresne-Whitlock, 58, was sentenced at Ashford Crown Court.",
			"“I am sorry,” Dufresne-Whitlock told the court.",
		}, []want{{"completely guaranteed", "Anthony Dufresne-Whitlock", ""}, {"I am sorry,", "Anthony Dufresne-Whitlock", ""}}},
		{"review: a title-case message written on something is no work's title", "Note", []string{
			"He wrote “Sorry For Everything” on a note left beside his bed, the inquest heard.",
			"On his report card, the teacher wrote “Excellent Progress”.",
			"She wrote “The Salt Road” in 2019.",
		}, []want{{"Sorry For Everything", "", ""}, {"Excellent Progress", "", ""}, {"The Salt Road", "", "term"}}},
		{"read-through: a paragraph ending on a participle after a text's \"found\" is read to its end, and a passive in a relative clause opened by \"that\" is the clause's", "Pipes", []string{
			"A school that was built in 1900 says it needs “urgent repairs”.",
			"Hollins Vale Academy in Leeds has 900 pupils.",
			"“It is fine,” she said. The report found the old pipes leaking",
		}, []want{{"urgent repairs", "Hollins Vale Academy", ""}, {"It is fine,", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredFive(t *testing.T) {
	tests := []titledCase{
		{"the office of a place in a description set off before \"who\" describes the one named before it, past an age", "Coalition", []string{
			"Jan Pieters, a former mayor of Utrecht who had promised to run “a quiet government for noisy times”, refused to say more.",
			"Derek Ebbutt, 84, a retired bus driver who says he has drunk at the Plough “since before it was legal”, laughed.",
			"Hendrik van der Molen, 58, a former mayor of Leiden who pledged “a clean start”, resigned.",
		}, []want{{"a quiet government for noisy times", "Jan Pieters", ""}, {"since before it was legal", "Derek Ebbutt", ""}, {"a clean start", "Hendrik van der Molen", ""}}},
		{"but a place set off before the description is no speaker, and a body in it is not one", "Coalition", []string{
			"Amsterdam, a rival of the mayor of Utrecht who promised “a quieter city”, said no.",
			"Derek Ebbutt, 84, a driver for Arriva who said the route was “a nightmare”, retired.",
		}, []want{{"a quieter city", "", ""}, {"a nightmare", "Derek Ebbutt", ""}}},
		{"a noun for kin opening a sentence before a full name is no part of it", "Bingo", []string{
			"Sisters Pat Kingi, 81, and Maureen Kingi, 78, have come every Tuesday since 1975.",
			"“We’ve had birthdays here,” Pat Kingi said.",
		}, []want{{"We’ve had birthdays here,", "Pat Kingi", ""}}},
		{"but a body's name keeps its word", "Pizza", []string{
			"Brothers Pizza Company said the rent was “impossible”.",
		}, []want{{"impossible", "Brothers Pizza Company", ""}}},
		{"a Filipino particle stands inside a name", "Loft fire", []string{
			"It caused damage, “mostly in the value of the birds,” according to Fire Senior Inspector Ramon dela Cruz, the municipal fire marshal.",
			"“We are not closing any doors yet,” he told reporters.",
		}, []want{{"mostly in the value of the birds,", "Ramon dela Cruz", ""}, {"We are not closing any doors yet,", "Ramon dela Cruz", ""}}},
		{"one who writes after a post's replies are counted writes a reply", "Gurning", []string{
			"The post drew more than 3,000 replies. One user wrote that the judge had “turned a village tradition into a casting call”, while another accused him of “gurn-washing”.",
			"On the village Facebook group, news of the closure drew hundreds of comments. One regular wrote that the hall had been “cheaper than therapy and twice as fun”.",
		}, []want{{"turned a village tradition into a casting call", "", "post"}, {"gurn-washing", "", "post"}, {"cheaper than therapy and twice as fun", "", "post"}}},
		{"but not after a consultation's comments, nor without comments", "Plan", []string{
			"The consultation drew 400 comments. One resident wrote that the plan was “a disgrace”.",
			"The post was shared widely. One resident wrote to the council that the plan was “a disgrace”.",
		}, []want{{"a disgrace", "", ""}, {"a disgrace", "", ""}}},
		{"a report its owner's staff wrote is the owner's, the noun for it before them", "Bingo", []string{
			"Port Arawhata District Council approved the plan on Monday.",
			"A council planning officers’ report said the proposal was “consistent with the district plan”.",
		}, []want{{"consistent with the district plan", "Port Arawhata District Council", ""}}},
		{"but not when the article names no such body", "Bingo", []string{
			"The hall will close in August.",
			"A council planning officers’ report said the proposal was “consistent with the district plan”.",
		}, []want{{"consistent with the district plan", "", ""}}},
		{"one who accuses in a clause of time after the sentence's verb says it", "Gurning", []string{
			"The television actor invited to judge Thornby’s world gurning championship has defended his decision to crown a first-time entrant, after four-time champion Harold Tebbutt accused him of “not knowing a gurn from a yawn”.",
			"The club has apologised after Mary Jones criticised its “appalling” treatment of volunteers.",
		}, []want{{"not knowing a gurn from a yawn", "Harold Tebbutt", ""}, {"appalling", "Mary Jones", ""}}},
		{"but a phrase of time is no clause, and the one who reports the accusation says it", "Gurning", []string{
			"Jane Smith has defended the plan, saying that after the vote the council accused him of “bias”.",
		}, []want{{"bias", "Jane Smith", ""}}},
		{"review: no reply is written after someone's comments, a post one holds, replies to a letters page, a response, or to someone", "Replies", []string{
			"The minister's comments, made in a video interview with the Daily Nation, sparked anger. One backbencher wrote to the party chairman that the remarks were “unacceptable”.",
			"Dr Mensah resigned his post as chairman after the comments were published. One trustee wrote that the board had been “misled”.",
			"The newspaper's letters page was flooded with replies after the tweet. One reader wrote that the paper had “lost its way”.",
			"After the thread drew hundreds of replies, the company responded. One spokesperson responded that the claims were “baseless”.",
			"The consultation drew 400 comments, and a video of the meeting was posted online. One resident wrote that the plan was “a disgrace”.",
			"On Facebook, more than 2,000 comments had been posted by Thursday. One reader wrote that the paper had “reported my christening”.",
		}, []want{{"unacceptable", "", ""}, {"misled", "", ""}, {"lost its way", "", ""}, {"baseless", "", ""}, {"a disgrace", "", ""}, {"reported my christening", "", "post"}}},
		{"review: inspectors are not the staff of what they inspect, and of two councils named the officers are neither's", "Report", []string{
			"St Mary's Primary School was praised by parents. A school inspectors' report said leadership was “inadequate”.",
			"Bristol City Council and South Gloucestershire Council met on Monday. A council planning officers’ report said the plan was “sound”.",
		}, []want{{"inadequate", "", ""}, {"sound", "", ""}}},
		{"review: a clause of time inside what someone reports is theirs", "Denial", []string{
			"Mr Okafor has denied the claims, saying he resigned after Mr Bello accused him of “bullying”.",
		}, []want{{"bullying", "Okafor", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredSix(t *testing.T) {
	tests := []titledCase{
		{"a line linking to another article names no speaker, though a subtitle follows the quotation", "Explosion", []string{
			"Related: ‘It could have been any of us’: life in Britain’s ageing council blocks",
			"Read more: ‘We have nowhere to go’ – the families facing eviction",
			"Related Topics: Housing, Birmingham",
		}, []want{{"It could have been any of us", "", ""}, {"We have nowhere to go", "", ""}}},
		{"but a headline the quotation is whole is a title", "Water", []string{
			"Read more in Daily Maverick: “Taps run dry as municipal debt to water boards hits record high”",
		}, []want{{"Taps run dry as municipal debt to water boards hits record high", "", "term"}}},
		{"a post that reads a quotation is one past an aside before its verb", "Pier", []string{
			"Hundreds of people shared memories on the Kelbrook Bay Community group on Sunday. One post, from Margaret Skewes, read: “Took my kids fishing off the end every summer.”",
			"Boaters rushed to offer help. One post, from a member who moors at Lock 12, read: “Spare bed, spare kettle, spare dog bowl. Just ask.”",
		}, []want{{"Took my kids fishing off the end every summer.", "Margaret Skewes", "post"}, {"Spare bed, spare kettle, spare dog bowl. Just ask.", "", "post"}}},
		{"but a blog post is no post, nor a post one holds", "Pier", []string{
			"A blog post, published on Monday, read: “We tried everything.”",
			"The post, which Jim Carne held for a decade, carried a motto that read: “Steady as she goes.”",
		}, []want{{"We tried everything.", "", ""}, {"Steady as she goes.", "", ""}}},
		{"a relative named in a description's clause takes the family name of the one it describes", "Shanty", []string{
			"In a letter handed to the group’s founder, Derek Trevaskis, the landlord said the sessions must stop.",
			"Mr Trevaskis, 71, a retired trawlerman who started the group with his wife, Jenifer, after a charity night, said the news came “like a rogue wave”.",
			"“He didn’t even come and hear us,” said Mrs Trevaskis, who leads the harmonies.",
		}, []want{{"like a rogue wave", "Derek Trevaskis", ""}, {"He didn’t even come and hear us,", "Jenifer Trevaskis", ""}}},
		{"but not in a clause about someone the name speaks of", "Shanty", []string{
			"In a letter handed to the group’s founder, Derek Trevaskis, the landlord said the sessions must stop.",
			"Mr Trevaskis said a neighbour, who lives with his wife, Jenifer, had complained.",
			"“It was never loud,” said Jenifer.",
		}, []want{{"It was never loud,", "Jenifer", ""}}},
		{"a family's plural gives the family name the corpus writes", "Balloon", []string{
			"The balloon landed on the beans of Maureen Gillespie and Peter Gillespie on Tuesday.",
			"The Gillespies' grandson, Liam, 16, filmed the device. \"Nana's kind of famous now,\" Liam said.",
		}, []want{{"Nana's kind of famous now,", "Liam Gillespie", ""}}},
		{"but a family name ending in s stays whole", "Farm", []string{
			"The farm belongs to Tom Williams and Mary Williams, whose vet is Ann William.",
			"The Williams’ daughter, Ffion, 12, laughed. “It was mad,” Ffion said.",
		}, []want{{"It was mad,", "Ffion Williams", ""}}},
		{"the lines summing up a story describe the one body the body sets off with the noun, and a dateline in capitals names none", "Drones", []string{
			"Dozens of drones fell from the sky mid-performance. The company behind the show blamed a “signal loss.”",
			"PORT ADAIR — A Fourth of July drone show ended abruptly Friday night.",
			"At a news conference on Saturday, Brandon Tallis, chief executive of Skylark Aerial Displays, the Bellmont-based company hired to run the show, apologized to residents.",
		}, []want{{"signal loss.", "Skylark Aerial Displays", ""}}},
		{"but not when two bodies are set off with it", "Drones", []string{
			"Dozens of drones fell from the sky mid-performance. The company behind the show blamed a “signal loss.”",
			"PORT ADAIR — A Fourth of July drone show ended abruptly Friday night.",
			"Skylark Aerial Displays, the Bellmont-based company hired to run the show, apologized.",
			"Harbor Lights Inc., a company that sold tickets, refunded buyers.",
		}, []want{{"signal loss.", "", ""}}},
		{"an age before a name says it is a person's, whom a pronoun may mean", "Handbells", []string{
			"Margaret Fell has led the choir for 20 years.",
			"One of them, 13-year-old Tuiasi Kingi, said she joined after hearing the choir at a Christmas market. “It is fun,” she said.",
		}, []want{{"It is fun,", "Tuiasi Kingi", ""}}},
		{"but not after a determiner, where it may be an animal's", "Algae", []string{
			"Dr Priya Ramaswamy-Cole runs the clinic. One, a 4-year-old Labrador named Biscuit, died Thursday.",
			"“They come in vomiting,” she said.",
		}, []want{{"They come in vomiting,", "Priya Ramaswamy-Cole", ""}}},
		{"a noun for a group after the name it is given names the group, and a committee the committee of what it follows", "Topiary", []string{
			"The Retail Workers United union, which represents staff at 23 stores, said it would fight “to the end”.",
			"The fundraiser was set up by the Drumcarra Tidy Towns committee, whose chairman, Michael Duignan, said volunteers would help. The committee wrote on Facebook on Sunday night: “Percy has come through worse winters than this.”",
			"The Save Afon Ward campaign has called it “a betrayal of rural communities”.",
		}, []want{{"to the end", "Retail Workers United", ""}, {"Percy has come through worse winters than this.", "Drumcarra Tidy Towns committee", "post"}, {"a betrayal of rural communities", "Save Afon Ward", ""}}},
		{"but a name of one word, or opening as places' do, may say where the group is", "Topiary", []string{
			"The Brisbane club said it was “devastated”.",
			"The West Cork campaign said the plan was “cruel”.",
		}, []want{{"devastated", "", ""}, {"cruel", "", ""}}},
		{"review: a linked headline that names who says its quotation is theirs", "Power", []string{
			"President Cyril Ramaphosa spoke on Monday.",
			"Read more: ‘We will end load-shedding’, says Ramaphosa",
		}, []want{{"We will end load-shedding", "Cyril Ramaphosa", ""}}},
		{"review: a description holding a phrase names someone else its clause may be about", "Farm", []string{
			"Carlos Ruiz is a lawyer in Cebu.",
			"Mr Ruiz, 40, a lawyer for the farmer who was arrested with his wife, Maria, said the charges were false.",
			"“We are afraid,” Maria told reporters.",
		}, []want{{"We are afraid,", "Maria", ""}}},
		{"review: a middle name ends no name, so a family's plural stays whole", "Shop", []string{
			"The shop is run by Mr and Mrs Andrews and their manager, Ryan Andrew Tait.",
			"The Andrews' son, Callum, 12, laughed. “It is mad,” Callum said.",
		}, []want{{"It is mad,", "Callum Andrews", ""}}},
		{"review: the opening lines' noun is not a body set off with it after another is named", "Flight", []string{
			"A flight to Perth was diverted. The airline said the diversion was due to “a technical issue”.",
			"Qantas said it would refund fares.",
			"Virgin Australia, a rival airline, offered seats.",
		}, []want{{"a technical issue", "", ""}}},
		{"review: a street is no body, and a park no person", "Park", []string{
			"Spectators lined the harbour along Water Street. The company behind the show blamed a “signal loss.”",
			"Crowds returned to Luna Park Melbourne on Saturday. Skylark Aerial Displays, the Bellmont-based company hired to run the show, apologized.",
			"“We missed you,” Luna Park Melbourne said.",
			"The park said: “Thank you, Melbourne.”",
		}, []want{{"signal loss.", "Skylark Aerial Displays", ""}, {"We missed you,", "Luna Park Melbourne", ""}, {"Thank you, Melbourne.", "Luna Park Melbourne", ""}}},
		{"review: a league before \"club\" is no club", "Hearts", []string{
			"Hearts have appointed a new head coach.",
			"The Scottish Premiership club said: “We are delighted.”",
		}, []want{{"We are delighted.", "", ""}}},
		{"review: after an aside a post's verb must give the quotation", "Khan", []string{
			"Imran Khan resigned on Sunday.",
			"Mr Khan's post, however, said nothing about the allegations, and he told reporters on Monday: “I have nothing to hide.”",
		}, []want{{"I have nothing to hide.", "Imran Khan", ""}}},
		{"but a post's verb after an aside may give the quotation past words of its own", "Pier", []string{
			"Hundreds of people shared memories on the Kelbrook Bay Community group on Sunday. One post, from Margaret Skewes, read in full: “Took my kids fishing off the end every summer.”",
		}, []want{{"Took my kids fishing off the end every summer.", "Margaret Skewes", "post"}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredSeven(t *testing.T) {
	tests := []titledCase{
		{"a title a description of its work follows is a term", "Maze", []string{
			"Harrow Leisure also confirmed on Tuesday that “The Green Labyrinth,” a short film originally due out in May, would be shown early.",
			"Ms Tull said her son had learned the words to \"Into the Hedges,\" a children's song, before the trip.",
			"As the gates opened, the crowd broke into a chorus of “We will find the middle”, a song they last sang in 2019.",
		}, []want{{"The Green Labyrinth,", "", "term"}, {"Into the Hedges,", "", "term"}, {"We will find the middle", "", "term"}}},
		{"but a work's noun before another noun names who speaks", "Maze", []string{
			"“Nobody Panicked,” a film critic said of the night.",
			"“It Was Dark,” a song writer told the inquiry.",
			"“We Got Lost,” a book publisher recalled on Tuesday, “and loved it.”",
		}, []want{{"Nobody Panicked,", "", ""}, {"It Was Dark,", "", ""}, {"We Got Lost, and loved it.", "", ""}}},
		{"a grade or a label a noun after the quotation names is a term", "Bridge", []string{
			"Naomi Feld, an engineer who has studied the bridges, said a “fair” rating does not mean a bridge is about to fall.",
			"Analysts at Halver Capital called the sale “sensible” and kept their “hold” rating on the stock.",
			"The Met Office said the region had reached the top of its “very high risk” category on Sunday.",
			"He said the “digital-only” label could mislead readers.",
			"Ms Feld said some of the work had been given a “low” confidence rating by officials.",
		}, []want{{"fair", "", "term"}, {"sensible", "Halver Capital", ""}, {"hold", "", "term"}, {"very high risk", "", "term"}, {"digital-only", "", "term"}, {"low", "", "term"}}},
		{"a grade a rating moves to or from is a term", "Bank", []string{
			"“The plan is the right medicine,” Nordvik analyst Henrik Aalt wrote in a note to clients, cutting his rating on the stock to “sell” from “hold”.",
			"Castell Ratings said on Tuesday it had cut the country's long-term rating to “RD”, or restricted default, from “C”.",
			"The game's user rating slid to “Mostly Negative” within days.",
		}, []want{{"The plan is the right medicine,", "Henrik Aalt", ""}, {"sell", "", "term"}, {"hold", "", "term"}, {"RD", "", "term"}, {"C", "", "term"}, {"Mostly Negative", "", "term"}}},
		{"but not words a ratings agency says something will come to", "Bank", []string{
			"Castell, a ratings agency, warned that growth would fall to “worrying levels” next year.",
			"Profits at the ratings agency fell to “worrying levels”, Ann Lee said.",
			"Its rating held, Castell said, and growth would come back to “modest levels”.",
		}, []want{{"worrying levels", "Castell", ""}, {"worrying levels", "Ann Lee", ""}, {"modest levels", "Castell", ""}}},
		{"Col after a civilian's role is a given name", "Kangaroo", []string{
			"Truck driver Col Barnstable was less amused. “I’ve got 22 tonne on board,” he said. “Lovely animal. Wrong day.”",
			"Shire ranger Col Fitzgerald said most dogs were chipped. “Every year we get dozens,” he said.",
		}, []want{{"I’ve got 22 tonne on board, Lovely animal. Wrong day.", "Col Barnstable", ""}, {"Every year we get dozens,", "Col Fitzgerald", ""}}},
		{"but after a spokesman, a commander, a verb or another rank it is a rank", "Kangaroo", []string{
			"Army spokesman Col Ivan Petrenko said the strike was “deliberate”.",
			"Brigade commander Col Ann Rees said it was “calm”.",
			"Lt Col Dan Ruiz said it was “over”.",
			"The council said Col Tom Hale was “safe”, adding: “He is home.”",
		}, []want{{"deliberate", "Ivan Petrenko", ""}, {"calm", "Ann Rees", ""}, {"over", "Dan Ruiz", ""}, {"safe", "", ""}, {"He is home.", "", ""}}},
		{"what a seller promoted something as is its name for it", "Token", []string{
			"Loomcoin, which the company had promoted as “the heart of the network,” fell 90% on Tuesday, Ann Lee said.",
			"Officials have promoted it as a “fresh start plan.”",
		}, []want{{"the heart of the network,", "", "term"}, {"fresh start plan.", "", "term"}}},
		{"but not a claim in lower case without a determiner, nor one promoted to a post", "Token", []string{
			"The bins were promoted as “raccoon-proof,” Ann Lee said.",
			"Mr Hale, who was promoted last year, said the plan was “the heart of the network”.",
		}, []want{{"raccoon-proof,", "Ann Lee", ""}, {"the heart of the network", "Hale", ""}}},
		{"but a category after an indefinite article is the speaker's judgment", "Toys", []string{
			"Tobias Lind, the retailer's chief executive, warned that toys remained a “brutally seasonal” category.",
			"Mr Lind said the chain's “premium” range would stay.",
		}, []want{{"brutally seasonal", "Tobias Lind", ""}, {"premium", "Tobias Lind", ""}}},
		{"review: a quotation opening its sentence with a verb of speech after it is someone's, whatever noun follows", "Mara", []string{
			"“The lions were very close,” a tour guide in the Maasai Mara said on Tuesday.",
			"“It was chaos,” a single, terrified witness told police.",
			"“Stay home,” a column in Dawn urged on Sunday.",
			"“It’s a scandal,” Ann Lee, a film and theatre critic, wrote.",
		}, []want{{"The lions were very close,", "", ""}, {"It was chaos,", "", ""}, {"Stay home,", "Dawn", ""}, {"It’s a scandal,", "Ann Lee", ""}}},
		{"review: a work's noun before and or of is no work's", "Mara", []string{
			"He said the ban was “a disgrace,” a series of speakers agreeing with him.",
			"Ms Lee said the ban was “Simply Wrong,” a film and theatre critic agreeing.",
		}, []want{{"a disgrace,", "", ""}, {"Simply Wrong,", "Lee", ""}}},
		{"review: a judging word or a rating's noun before another noun is no grade", "Bridge", []string{
			"Ms Naidoo criticised the “deeply flawed” rating system.",
			"Ms Lee said the drink carried a “misleading” label.",
			"Ms Naidoo said the board had given the school a “generous” rating.",
		}, []want{{"deeply flawed", "Naidoo", ""}, {"misleading", "Lee", ""}, {"generous", "Naidoo", ""}}},
		{"review: an audience's or a poll's rating, a rating from someone, and another clause are no grade", "Bridge", []string{
			"The president’s approval rating fell to “historic lows” last month, according to Mr Cruz.",
			"The show’s rating from “fans” was far higher than from critics, Ms Obi said.",
			"The rating fell, and Mr Khan, the finance minister, turned to “the people” for patience, Ms Obi said.",
		}, []want{{"historic lows", "Cruz", ""}, {"fans", "Obi", ""}, {"the people", "Obi", ""}}},
		{"review: Col before a given name is a rank whatever the role before it", "Kangaroo", []string{
			"Military historian Col Jim Barker said the battle was “a turning point”.",
			"Defence minister Col Ahmed Khan said the threat was “real”.",
		}, []want{{"a turning point", "Jim Barker", ""}, {"real", "Ahmed Khan", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredEight(t *testing.T) {
	tests := []titledCase{
		{"a title set off after a text's description names the text, not who speaks", "Ferry", []string{
			"The Kelport Transport Partnership said it was “disappointed”. Its own 2024 study of island crossings, Lifelines at Risk, warned that fares above £100 would “empty the smaller islands”.",
			"The Carillon Guild would not comment. A 2019 report commissioned by the guild, Bells at Risk, warned that towers were “surrounded by new flats”.",
			"The guild’s 2021 survey, Towers Under Threat, found that bells were “falling silent”.",
		}, []want{{"disappointed", "Kelport Transport Partnership", ""}, {"empty the smaller islands", "Kelport Transport Partnership", ""}, {"surrounded by new flats", "Carillon Guild", ""}, {"falling silent", "Carillon Guild", ""}}},
		{"but a person set off after a text's description, or a body set off after a group, speaks", "Ferry", []string{
			"A letter from the council’s lawyer, Okafor-Reyes, said the plan was “unlawful”.",
			"A letter from her son, Tom Okafor, said the fares were “too high”.",
			"One of the agents named in the council’s report, Delhi-based BrightPath Admissions, said it had “done nothing wrong”.",
		}, []want{{"unlawful", "Okafor-Reyes", ""}, {"too high", "Tom Okafor", ""}, {"done nothing wrong", "BrightPath Admissions", ""}}},
		{"a plural demonym names no speaker", "Outages", []string{
			"Scheduled outages, which Kenyans call “load shedding,” will continue into July.",
			"At least two Ukrainians, according to three people familiar with the count, have told officials they are “uncomfortable” with the change.",
		}, []want{{"load shedding,", "", "term"}, {"uncomfortable", "", ""}}},
		{"but a party's name, a title before a name or a demonym set off before a name still does", "Outages", []string{
			"The Liberal Democrats said the plan was “a mess”.",
			"Democrat Ann Lee said it was “a failure”.",
			"The Kenyan, Joseph Mwangi, said it was “unfair”.",
		}, []want{{"a mess", "Liberal Democrats", ""}, {"a failure", "Ann Lee", ""}, {"unfair", "Joseph Mwangi", ""}}},
		{"a question asked by someone and answered by a clause that a verb of speech reports is the asker's", "Zoo", []string{
			"Renata Kowalczyk runs the count. Asked by one reporter, “How long is this going to last?” Kowalczyk said the chorus should fade by late June.",
			"Zoo director Jan Horak said the calf was “doing well”. Asked by a reporter, “Will the public get to see her this week?” the director said the calf would stay indoors.",
			"Agency Director-General Ibrahim Waziri said it was “a good day”. Asked by a journalist, “How many have you actually arrested?”, the Director-General said investigations were ongoing.",
			"Asked by the Courier’s Jane Roe, “Will you resign?” Kowalczyk said she would not.",
		}, []want{{"How long is this going to last?", "", ""}, {"doing well", "Jan Horak", ""}, {"Will the public get to see her this week?", "", ""}, {"a good day", "Ibrahim Waziri", ""}, {"How many have you actually arrested?", "", ""}, {"Will you resign?", "Jane Roe", ""}}},
		{"but a question its own verb closes, or one said of something, is the speaker's", "Zoo", []string{
			"Renata Kowalczyk runs the count. Asked by a reporter, “What more could we have done?” Kowalczyk said.",
			"Asked by a reporter, “What more could we have done?” Kowalczyk said of the crash.",
			"Asked by a reporter, “What more could we have done?” Kowalczyk said quietly.",
			"Asked by a reporter, “Is it over?” Kowalczyk replied: “Not yet.”",
		}, []want{{"What more could we have done?", "Renata Kowalczyk", ""}, {"What more could we have done?", "Renata Kowalczyk", ""}, {"What more could we have done?", "Renata Kowalczyk", ""}, {"Is it over?", "", ""}, {"Not yet.", "Renata Kowalczyk", ""}}},
		{"a title set off after a study's noun is a term", "Wolverines", []string{
			"A 2023 report by the NCMP, “Shared Mountains”, concluded that predator losses were concentrated on a small number of farms and that “targeted prevention, not general culling, offers the best prospect of reducing conflict”.",
			"An audit by the Thatch Trust, “Roofs Under Pressure”, found that repairs were late and that “the backlog is growing”.",
		}, []want{{"Shared Mountains", "", "term"}, {"targeted prevention, not general culling, offers the best prospect of reducing conflict", "NCMP", ""}, {"Roofs Under Pressure", "", "term"}, {"the backlog is growing", "Thatch Trust", ""}}},
		{"what a group used to call something is its name", "Wolverines", []string{
			"The tracks are spaced in the loping gait that hunters used to call “the glutton’s gallop”.",
			"Ann Lee said the shed was what farmers used to call “the cold house”.",
		}, []want{{"the glutton’s gallop", "", "term"}, {"the cold house", "", "term"}}},
		{"but what one person used to call something stays theirs", "Wolverines", []string{
			"The gait, which Ann Lee used to call “a gallop”, is rare.",
		}, []want{{"a gallop", "Ann Lee", ""}}},
		{"a platform named inside one clause reported is no post's in the next", "Cicadas", []string{
			"Greg Hartmann runs the count. Hartmann said he had asked for volunteers on Facebook and that 35 people had turned up, “including two who wanted to see the bugs.”",
			"Hartmann said he had posted on Instagram and that the shells were “everywhere”.",
		}, []want{{"including two who wanted to see the bugs.", "Greg Hartmann", ""}, {"everywhere", "Greg Hartmann", ""}}},
		{"but a clause after the verb the platform goes with is the post's", "Cicadas", []string{
			"Greg Hartmann wrote on X that he had counted the shells and that “every tree” was covered.",
			"Hartmann said on Facebook that he had asked for volunteers and that the turnout was “amazing”.",
		}, []want{{"every tree", "Greg Hartmann", "post"}, {"amazing", "Greg Hartmann", "post"}}},
		{"a message's words after reading or saying are its sender's", "Toes", []string{
			"Shona Ashworth said she had received a text from her delivery office manager reading “Well done, now get back on your round” before she had put her sock back on.",
			"Ashworth said she still had a message from Tom Hale saying “see you at six”.",
			"Ashworth said she had a letter from Kelport Council reading “your claim is refused”.",
		}, []want{{"Well done, now get back on your round", "", ""}, {"see you at six", "Tom Hale", ""}, {"your claim is refused", "Kelport Council", ""}}},
		{"but not when a verb stands between the sender and the words", "Toes", []string{
			"Shona Ashworth said she had received a text from a friend she met at school reading “well done”.",
		}, []want{{"well done", "Shona Ashworth", ""}}},
		{"review: a name set off after a role a text's possessive opens is the speaker", "Ferry", []string{
			"The study’s main subject, Nguyen Thi Lan, said the experience was “life-changing”.",
			"The complaint’s target, Makhosi, described it as “malicious”.",
		}, []want{{"life-changing", "Nguyen Thi Lan", ""}, {"malicious", "Makhosi", ""}}},
		{"review: a question after a lead-in that tells a question, or before a verb and a conjunction, is the answerer's", "Zoo", []string{
			"Cyril Ramaphosa spoke first. Asked by reporters whether he would resign, “Why would I?” Ramaphosa said the matter was closed.",
			"Virat Kohli smiled. Asked by a fan for a selfie, “Why not?” Kohli said and posed for photos.",
		}, []want{{"Why would I?", "Cyril Ramaphosa", ""}, {"Why not?", "Virat Kohli", ""}}},
		{"review: calling someone about something is a call made, not a name", "Wolverines", []string{
			"Neighbours used to call the police about “the noise”, she said.",
		}, []want{{"the noise", "", ""}}},
		{"review: a platform a verb of posting takes with a clause after it keeps every clause the post's", "Cicadas", []string{
			"Thandi Ndlovu said she had posted on Facebook that her son was missing and that he was “last seen at the taxi rank”.",
			"The club said its captain had written on Instagram that he was retiring and that it was “time”.",
		}, []want{{"last seen at the taxi rank", "Thandi Ndlovu", "post"}, {"time", "", "post"}}},
		{"review: a place after from names no sender, and a message replied to is the replier's", "Toes", []string{
			"Nelson Mandela sent a letter from prison saying “I am well and in good spirits”.",
			"Thabo Mbeki replied to an email from the Daily Maverick saying “We stand by our statement”.",
			"John Kamau answered a text from his boss saying “I quit”.",
		}, []want{{"I am well and in good spirits", "Nelson Mandela", ""}, {"We stand by our statement", "Thabo Mbeki", ""}, {"I quit", "John Kamau", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredNine(t *testing.T) {
	tests := []titledCase{
		{"a name after an article, the object of a relative clause's verb, is not the subject", "Panto", []string{
			"Not everyone was so understanding. One reader who contacted the Chronicle, and who asked not to be named, said: “We paid for parking.”",
			"A caller who rang the Herald said: “Nobody told us.”",
			"Harbour Media bought the paper in 2019. The company that owns the Chronicle said: “We are proud of it.”",
		}, []want{{"We paid for parking.", "", ""}, {"Nobody told us.", "", ""}, {"We are proud of it.", "Harbour Media", ""}}},
		{"but a name set off before the relative clause, or after a preposition in it, is as before", "Panto", []string{
			"Stephen Reed, who contacted the Chronicle, said: “We paid.”",
			"A woman who works at Tesco said: “We paid too.”",
			"One of the jurors who convicted Whitaker-Boone, reached by phone, said she had “always had a little doubt”.",
		}, []want{{"We paid.", "Stephen Reed", ""}, {"We paid too.", "", ""}, {"always had a little doubt", "", ""}}},
		{"Transport for a place is a body, even opening a sentence in an article that writes transport in lower case", "Cars", []string{
			"Dr Yusuf al-Rashidi, a transport economist, said the model was “brutal”.",
			"Transport for London said it was “disappointed” by the news.",
			"Transport for NSW said the line would reopen “within days”.",
			"“We are sorry,” said a spokesperson for Transport for Greater Manchester.",
		}, []want{{"brutal", "Yusuf al-Rashidi", ""}, {"disappointed", "Transport for London", ""}, {"within days", "Transport for NSW", ""}, {"We are sorry,", "Transport for Greater Manchester", ""}}},
		{"but transport in lower case, or a title for transport, is no body", "Cars", []string{
			"Transport for many residents is a problem, Lena Ortiz said, calling the buses “hopeless”.",
			"Minister for Transport Fergal Breen said it was “a scandal”.",
		}, []want{{"hopeless", "Lena Ortiz", ""}, {"a scandal", "Fergal Breen", ""}}},
		{"posted before a colon, after adverbs, makes a post", "Fire", []string{
			"Maria Lopez said her house had burned down. By Monday evening she had posted again: “We are overwhelmed. Please stop sending shoes!”",
			"Tom Hale posted simply: “Gone.”",
		}, []want{{"We are overwhelmed. Please stop sending shoes!", "Maria Lopez", "post"}, {"Gone.", "Tom Hale", "post"}}},
		{"but another verb before the colon, or posted inside a clause, makes none", "Fire", []string{
			"Maria Lopez said her house had burned down. She said again: “We are overwhelmed.”",
			"Lopez, who had posted earlier, said: “Thank you.”",
		}, []want{{"We are overwhelmed.", "Maria Lopez", ""}, {"Thank you.", "Maria Lopez", ""}}},
		{"des joins the words of a French name", "Bolt", []string{
			"The Bureau d’Enquêtes des Sports Aériens said the bolt was “weak”.",
		}, []want{{"weak", "Bureau d’Enquêtes des Sports Aériens", ""}}},
		{"but Des with a capital is a given name", "Bolt", []string{
			"Des Walsh said it was “fine”.",
		}, []want{{"fine", "Des Walsh", ""}}},
		{"a phrase of time after a noun that may name a phrase says when, and names nothing", "Echo", []string{
			"Arthur Pennington, 81, said he had bought the paper “every single night” since 1961.",
			"Corbel said it would review the terms “in the coming weeks.”",
		}, []want{{"every single night", "Arthur Pennington", ""}, {"in the coming weeks.", "Corbel", ""}}},
		{"but after a noun for a phrase, or in title case, it is still a name", "Echo", []string{
			"Arthur Pennington said he had used the phrase “in due course” too often.",
			"The minister said the word “within” had been added to the bill.",
			"Jane Roe said she had chosen the name “by the sea” for the cafe.",
			"She published the paper “On Tides and Time” in 2019.",
			"He used the terms “genocide” and “apartheid”.",
		}, []want{{"in due course", "", "term"}, {"within", "", "term"}, {"by the sea", "", "term"}, {"On Tides and Time", "", "term"}, {"genocide", "", "term"}, {"apartheid", "", "term"}}},
		{"review: that after a verb, then an adverb or a conjunction, opens a clause whose subject the name is", "Bandits", []string{
			"Recall that recently the Federal Government said: \"We will not negotiate with bandits.\"",
			"Sources said that afterwards the Club said: \"We will appeal.\"",
			"Reports indicate that finally the Commission said: \"The results stand.\"",
			"Residents noted that when the Council said: \"We will fix it,\" nothing happened.",
		}, []want{{"We will not negotiate with bandits.", "Federal Government", ""}, {"We will appeal.", "Club", ""}, {"The results stand.", "Commission", ""}, {"We will fix it,", "Council", ""}}},
		{"review: Transport for a people is no body", "Jeepneys", []string{
			"Transport for Filipinos is in crisis, the group warned: \"Jeepneys will vanish.\"",
			"Transport for Kenyans is costly. It said: \"Fares will rise.\"",
		}, []want{{"Jeepneys will vanish.", "", ""}, {"Fares will rise.", "", ""}}},
		{"review: posted after was or were is put up or sent, and posts nothing", "Results", []string{
			"The results were posted later: \"Motion carried, 7 votes to 4.\"",
			"Lt Col Asif Malik was posted again: \"It was my third tour,\" he said.",
		}, []want{{"Motion carried, 7 votes to 4.", "", ""}, {"It was my third tour,", "Asif Malik", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredTen(t *testing.T) {
	tests := []titledCase{
		{"the object of a relative clause's verb is not the subject past a particle, adverbs or auxiliaries, nor after a person named without commas", "Coach", []string{
			"The coach who took over the Bafana Bafana said: “We are ready.”",
			"A man who has joined the Greens said: “It is time.”",
			"An officer who then called the Gardaí said: “I saw nothing.”",
			"Donald Trump who attacked the Democrats said: “They are weak.”",
		}, []want{{"We are ready.", "", ""}, {"It is time.", "", ""}, {"I saw nothing.", "", ""}, {"They are weak.", "Donald Trump", ""}}},
		{"but a name set off by commas, or the subject of a clause after that, is as before", "Coach", []string{
			"Mary Jones, who met the Beatles, said: “Yes.”",
			"It emerged that over the Summer the Council said: “Fine.”",
			"Officials noted that recently the Commission said: “No.”",
		}, []want{{"Yes.", "Mary Jones", ""}, {"Fine.", "Council", ""}, {"No.", "Commission", ""}}},
		{"Transport for the place is a body", "Rail", []string{
			"Transport for the North said it was “disappointed”.",
			"A spokesman for Transport for the West Midlands added: “We are sorry.”",
		}, []want{{"disappointed", "Transport for the North", ""}, {"We are sorry.", "Transport for the West Midlands", ""}}},
		{"but Transport for the elderly is no body", "Rail", []string{
			"Transport for the elderly is poor, the group said: “Fix it.”",
		}, []want{{"Fix it.", "", ""}}},
		{"posted online before a colon makes a post", "Closure", []string{
			"The Ministry posted online: “We are closed today.”",
			"Ana Ruiz posted online again: “Thank you all.”",
		}, []want{{"We are closed today.", "Ministry", "post"}, {"Thank you all.", "Ana Ruiz", "post"}}},
		{"but something posted online in the passive posts nothing", "Closure", []string{
			"The results were posted online: “Pass.”",
		}, []want{{"Pass.", "", ""}}},
		{"Will is a given name before a surname, and the brother who shares it is not the speaker", "Shins", []string{
			"The final pitted two brothers against each other: Tom Harker, 34, a stonemason, and Will Harker, 29, a dairy farmer.",
			"Will Harker said his brother had “broken the treaty first”. “So I entered two days later,” he said.",
			"“He says he’s retiring,” Will Harker said.",
		}, []want{{"broken the treaty first", "Will Harker", ""}, {"So I entered two days later,", "Will Harker", ""}, {"He says he’s retiring,", "Will Harker", ""}}},
		{"but Will opening a question, or May after a preposition, is no name", "Shins", []string{
			"Tom Harker entered first. Will Labour, at last, win? “No,” said Tom Harker.",
			"In May Parliament said it was “over”.",
		}, []want{{"No,", "Tom Harker", ""}, {"over", "Parliament", ""}}},
		{"Dean after a role is a given name, the shorter name his", "Sting", []string{
			"Paramedic Dean Okafor-Reid, who treated him on the sand, said the venom was only part of the danger.",
			"“The venom hurts,” Okafor-Reid said.",
		}, []want{{"The venom hurts,", "Dean Okafor-Reid", ""}}},
		{"but Dean before a given name and a surname is a title", "Sting", []string{
			"Associate Dean Jane Smith said it was “fine”. “Yes,” Smith said.",
		}, []want{{"fine", "Jane Smith", ""}, {"Yes,", "Jane Smith", ""}}},
		{"a body's topic after on may be two words joined by and", "Swordfish", []string{
			"The cut follows an assessment by the commission’s Standing Committee on Research and Statistics, which found that the stock was “no longer rebuilding”.",
			"The Chairman of the House Committee on Ports and Harbours, Hon. Chinedu Okafor-Bassey, said in a statement on Tuesday evening:",
			"“The committee has taken note of the action.”",
		}, []want{{"no longer rebuilding", "Standing Committee on Research and Statistics", ""}, {"The committee has taken note of the action.", "Chinedu Okafor-Bassey", ""}}},
		{"review: a holder named after an on body, or after another body joined by and, speaks", "Police", []string{
			"Chairperson of the Portfolio Committee on Police Ian Cameron said: “The minister must answer.”",
			"The Commission on Elections and Comelec chairman George Garcia said: “The count goes on.”",
		}, []want{{"The minister must answer.", "Ian Cameron", ""}, {"The count goes on.", "George Garcia", ""}}},
		{"review: a person after of, before a relative clause, is no subject either", "Begum", []string{
			"A friend of Shamima Begum who joined Islamic State said: “She was naive.”",
			"Supporters of Jeremy Corbyn who joined the Labour Party said: “We stay.”",
		}, []want{{"She was naive.", "", ""}, {"We stay.", "", ""}}},
		{"review: Will and May are given names beside a verb of speech, after a title, or opening a sentence before one", "Stage", []string{
			"“I was wrong,” Will Harker said.",
			"“I adore the stage,” said May Whitty, 80.",
			"The actor Will Smith said he was “sorry”.",
		}, []want{{"I was wrong,", "Will Harker", ""}, {"I adore the stage,", "May Whitty", ""}, {"sorry", "Will Smith", ""}}},
		{"review: Will opening a sentence before a verb of speech is a given name with no earlier mention", "Farm", []string{
			"Will Harker said: “I was wrong.”",
			"Farmer Tom Reed said it was “dry”.",
		}, []want{{"I was wrong.", "Will Harker", ""}, {"dry", "Tom Reed", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredEleven(t *testing.T) {
	tests := []titledCase{
		{"someone who wrote to someone sent the letter that the letter names after it", "Ferrets", []string{
			"The Yorkshire Animal Welfare League, a charity based in Harrogate, wrote to the show committee in June. The letter, seen by the Advertiser, said the contest was “a stunt”.",
			"Mayor Joan Smith has since written to residents. “We will not pay,” the letter said.",
		}, []want{{"a stunt", "Yorkshire Animal Welfare League", ""}, {"We will not pay,", "Joan Smith", ""}}},
		{"a letter written to someone, or someone written to, says nothing of its sender", "Ferrets", []string{
			"Joan Smith sent a letter to the board.",
			"Nothing was written to the council by residents. The minister has been written to as well.",
			"“We will not pay,” the letter said.",
		}, []want{{"We will not pay,", "Joan Smith", ""}}},
		{"the last letter is the one someone unnamed wrote, from no one the rules can name", "Ferrets", []string{
			"Joan Smith sent a letter to the board. Her neighbour wrote to the council too.",
			"“We will not pay,” the letter said.",
		}, []want{{"We will not pay,", "", ""}}},
		{"a letter said to come from somewhere is one a noun named, not one a verb implied", "Prison", []string{
			"In a letter smuggled out of the prison last week, the strikers described their conditions. The letter is signed by Youssef Amrani, a former MP.",
			"The UN special rapporteur on torture, Ingrid Solheim-Auma, said she had written to the government.",
			"The letter from the prison ends with an appeal. “Do not forget us,” it reads.",
		}, []want{{"Do not forget us,", "Youssef Amrani", ""}}},
		{"a final apostrophe belongs to a name written with one", "Kisumu", []string{
			"“We are tired,” said Achieng’ Odhiambo, a farmer in Kisumu.",
			"Odhiambo said: “It is hard.”",
			"Mr Ochieng' Mbeo told reporters: “We won.”",
		}, []want{{"We are tired,", "Achieng’ Odhiambo", ""}, {"It is hard.", "Achieng’ Odhiambo", ""}, {"We won.", "Ochieng' Mbeo", ""}}},
		{"the real name set off after a name or a description is the speaker's, and the name it is given for is his", "Shin kicking", []string{
			"The Mule, whose real name is Derek Pruett, declined an interview but said as he left the arena: “Tell the lad he did all right.”",
			"Later the Mule said: “It was fair.”",
			"The rapper, whose real name is Shawn Carter, said: “Fine.”",
			"“No,” said the singer, whose real name is Anna Smith, on Monday.",
		}, []want{{"Tell the lad he did all right.", "Derek Pruett", ""}, {"It was fair.", "Derek Pruett", ""}, {"Fine.", "Shawn Carter", ""}, {"No,", "Anna Smith", ""}}},
		{"but a name someone was born with, or a real name that is no name, is not", "Shin kicking", []string{
			"Mary Smith, born Mary Jones, said: “Hi.”",
			"The Mule, whose real name is secret, said: “Go.”",
		}, []want{{"Hi.", "Mary Smith", ""}, {"Go.", "Mule", ""}}},
		{"what a text shows in what someone said after \"and\" is the one who said it", "Redstarts", []string{
			"Owain ap Rhys, the Member of the Senedd for Ceredigion Uplands, visited the reserve last week and said the findings showed that conservation “can’t stop at Cardigan Bay”.",
			"Later, Dr Ana Ruiz, who led the survey, read the data and said the report found that birds were “thriving”.",
		}, []want{{"can’t stop at Cardigan Bay", "Owain ap Rhys", ""}, {"thriving", "Ana Ruiz", ""}}},
		{"but what a person said in it is that person's", "Redstarts", []string{
			"Maya Chen recalls the conference and says a senior scientist warned her that she was “making enemies she couldn’t afford”.",
		}, []want{{"making enemies she couldn’t afford", "", ""}}},
		{"review: after a letter a noun named with its sender, a letter a verb implies leaves the letter no one's", "Asylum", []string{
			"The Home Office sent Amara Nwosu a letter in May telling her to leave the UK. Her MP, Dawn Butler, has written to the Home Secretary on her behalf.",
			"The letter said Ms Nwosu had “no right to remain”.",
		}, []want{{"no right to remain", "", ""}}},
		{"review: a letter said to be signed by others is not the one a verb implied", "Tour", []string{
			"Pop star Harry Styles wrote to a strict schedule during the tour, his producer Tom Hull said.",
			"The letter, signed by 300 fans, said the cancelled show was “a betrayal”.",
		}, []want{{"a betrayal", "", ""}}},
	}
	runTitled(t, tests)
}

func TestRoundHundredTwelve(t *testing.T) {
	tests := []titledCase{
		{"a body written as a place and two nouns for it is named whole", "Caracal", []string{
			"On Tuesday the Sevrovo District Court ordered Yegor Stavitsky to give up his caracal.",
			"A spokesperson for the Sevrovo district police department said officers had found “no violations”, adding that the matter was “a civil dispute”.",
			"A Kent police service spokesman said it was “closed”.",
		}, []want{{"no violations", "Sevrovo district police department", ""}, {"a civil dispute", "Sevrovo district police department", ""}, {"closed", "Kent police service", ""}}},
		{"a name or a definite description after a short phrase of time is the subject a participle or a second verb hangs on", "Caracal", []string{
			"On Tuesday Judge Ann Lee fined Yegor Stavitsky £500 and said his flat was “manifestly unsuitable”.",
			"Last year Ann Lee fined a breeder £900, ruling that the cages were “far too small”.",
			"In 2019 the Leeds Crown Court ordered Mr Stavitsky to hand the animal, named Sultan, to a centre within 30 days, ruling that the flat was “no place for a wild predator”.",
		}, []want{{"manifestly unsuitable", "Ann Lee", ""}, {"far too small", "Ann Lee", ""}, {"no place for a wild predator", "Leeds Crown Court", ""}}},
		{"but a phrase of time set off by a comma still comes before the subject", "Caracal", []string{
			"In April the following year, Ann Lee fined the breeder again, saying the flat was “unsuitable”.",
			"In the morning the cat, which had escaped, was found by Tom Reed, who said it was “calm”.",
		}, []want{{"unsuitable", "Ann Lee", ""}, {"calm", "Tom Reed", ""}}},
		{"the ruling is the court's that the sentence before says ruled", "Caracal", []string{
			"On Tuesday the Sevrovo District Court ordered Yegor Stavitsky to hand over his caracal.",
			"The ruling added that the animal created “a real and continuing risk”.",
		}, []want{{"a real and continuing risk", "Sevrovo District Court", ""}}},
		{"but not when another body is named after the court, or the court did not rule", "Caracal", []string{
			"The Sevrovo District Court ordered Yegor Stavitsky to hand over his caracal. Greenpeace criticised the process.",
			"The ruling added that the animal created “a real and continuing risk”.",
			"The Leeds Crown Court heard the case of a second cat on Monday.",
			"The ruling said the cat was “a danger”.",
		}, []want{{"a real and continuing risk", "", ""}, {"a danger", "", ""}}},
		{"\"it\" after a text whose signer is named set off in the phrase after it is the text", "Rent strike", []string{
			"More than 900 students at the University of Westmarch are refusing to pay rent.",
			"Last week the university wrote to every student taking part. The letter, signed by the director of residential services, Paul Hendry, warned that those in arrears “may be prevented from re-enrolling”.",
			"It added: “The university will not hesitate to take the necessary steps.”",
		}, []want{{"may be prevented from re-enrolling", "Paul Hendry", ""}, {"The university will not hesitate to take the necessary steps.", "Paul Hendry", ""}}},
		{"a nation and a noun describe the body named before whose name holds both", "Arctic foxes", []string{
			"“It was like watching the mountain come alive,” said Ingrid Solbakken, a field biologist with the Norwegian Institute for Mountain Ecology.",
			"The Norwegian institute shared a photo of a den on Instagram, writing that it had been “the best summer in living memory”.",
		}, []want{{"It was like watching the mountain come alive,", "Ingrid Solbakken", ""}, {"the best summer in living memory", "Norwegian Institute for Mountain Ecology", "post"}}},
		{"but not a body whose name does not hold the nation", "Arctic foxes", []string{
			"“It was fine,” said Ingrid Solbakken, a field biologist with the Institute for Mountain Ecology in Oslo.",
			"The Swedish institute said it had been “the best summer”.",
		}, []want{{"It was fine,", "Ingrid Solbakken", ""}, {"the best summer", "", ""}}},
		{"the opening's unnamed description is not the one the story opens on when it later gives that noun to another", "Quoll", []string{
			"A Pellow Creek couple found a quoll among their hens. A local wildlife carer says the “rare and remarkable” visitor must be left alone.",
			"Maureen Fettle thought a fox had got into the chook shed when she heard the hens.",
			"“I grabbed the torch,” she said.",
			"Wildlife carer Jill Marchetti, who runs a shelter, said sightings were “not unheard of”.",
		}, []want{{"rare and remarkable", "", ""}, {"I grabbed the torch,", "Maureen Fettle", ""}, {"not unheard of", "Jill Marchetti", ""}}},
		{"a letter set off as coming from somewhere is one a noun named, not the one a verb implied", "Prison", []string{
			"Joan Smith, a campaigner, has written to the prison board.",
			"The letter, from the prison chaplain, said the inmates were “in despair”.",
		}, []want{{"in despair", "", ""}}},
		{"what a text shows in what someone said after \"but\" is the one who said it", "Drought", []string{
			"Senator Jane Hume met farmers in Dubbo but said the survey showed that the drought was “far from over”.",
		}, []want{{"far from over", "Jane Hume", ""}}},
		{"a place's name that only modifies a noun is no body in the sentence", "Merlins", []string{
			"Britain’s smallest falcon has bred inside the Dunmarrow city boundary, with the council urging visitors to “give the birds a wide berth”.",
			"A pair of merlins has nested in Dunmarrow’s Eastern Necropolis.",
			"The Eastern Necropolis is now home to breeding merlins. Astonishing news for Dunmarrow – but please, no drones.",
		}, []want{{"give the birds a wide berth", "", ""}}},
		{"a group described by the words that open its name is the group named before", "Merlins", []string{
			"Volunteers from the Friends of the Eastern Necropolis have set up a telescope at the gatehouse.",
			"The Friends group posted a photograph on Facebook with the caption “Our Jessie, keeping an eye on the bus”.",
		}, []want{{"Our Jessie, keeping an eye on the bus", "Friends of the Eastern Necropolis", "post"}}},
		{"a letter sent home is the school's the article names", "Treecreepers", []string{
			"Children at St Aldhelm's CE Primary School in Wendlebury built nest boxes last winter.",
			"A letter sent home to parents in March asked families to stay away. It read: \"The birds are wild and must not be disturbed.\"",
		}, []want{{"The birds are wild and must not be disturbed.", "St Aldhelm's CE Primary School", ""}}},
		{"but not when the article names two schools, or the letter was not sent home", "Treecreepers", []string{
			"Children at St Aldhelm's CE Primary School built nest boxes last winter. Pupils at Wendlebury Academy painted them.",
			"A letter sent home to parents in March asked families to stay away. It read: \"The birds are wild.\"",
			"A letter sent to the council in May asked for help. It read: \"Please help.\"",
		}, []want{{"The birds are wild.", "", ""}, {"Please help.", "", ""}}},
		{"the words of a question asked from the floor are the asker's", "Yellowhammers", []string{
			"Asked from the floor whether the report was “another stick to beat farmers with”, Dr Niamh Corcoran said it was not.",
			"Asked at a meeting in Dublin whether he was “finished”, Tom Reed said he was not.",
		}, []want{{"another stick to beat farmers with", "", ""}, {"finished", "", "term"}}},
		{"one who remembers says so, but one who would remember says nothing yet", "Yellowhammers", []string{
			"Seán Dunne, 74, remembers yellowhammers “in flocks of fifty or more” on the stubbles.",
			"Rick Vasquez-Toomey, president of Amalgamated Transit Union Local 1385, praised the driver.",
			"The union has been in talks with the transit authority since March, and Vasquez-Toomey said he hoped the agency's leadership would remember the rescue “when we're back at the table.”",
		}, []want{{"in flocks of fifty or more", "Seán Dunne", ""}, {"when we're back at the table.", "Rick Vasquez-Toomey", ""}}},
		{"the line under the headline may end in a stop inside the marks of its quotation, and the body's speaker says it", "Stonechats", []string{
			"Three summers after the fire, the songbirds are nesting in record numbers - though rangers warn the next big fire is \"a question of when, not if.\"",
			"Stonechats have returned to Corvey Heath in record numbers.",
			"Gareth Pollard, the head ranger, nodded. \"The next big fire on this heath is a question of when, not if,\" he said.",
		}, []want{{"a question of when, not if.", "Gareth Pollard", ""}, {"The next big fire on this heath is a question of when, not if,", "Gareth Pollard", ""}}},
		{"but a first paragraph whose quotation is a sentence of its own is no such line", "Stonechats", []string{
			"Rangers were blunt. “The next big fire is a question of when, not if.”",
			"Gareth Pollard, the head ranger, nodded. \"The next big fire is a question of when, not if, and we all know it,\" he said.",
		}, []want{{"The next big fire is a question of when, not if.", "", ""}, {"The next big fire is a question of when, not if, and we all know it,", "Gareth Pollard", ""}}},
		{"a text posted on a network, which a relative clause is about, is no network's words", "Binturong", []string{
			"Glenmorrow Wildlife Park announced the birth on Friday.",
			"The park’s own announcement on Facebook, which described the cub as “our little bundle of joy”, was shared 12,000 times.",
			"A post on X, which called the cub “a tiny bear-cat”, was shared too.",
		}, []want{{"our little bundle of joy", "Glenmorrow Wildlife Park", "post"}, {"a tiny bear-cat", "", "post"}}},
		{"review: a letter from a date is still the one a verb implied", "Prison", []string{
			"Minister Helen McEntee wrote to the governor in May.",
			"The letter, from May 12, described the wing as “unfit for use”.",
			"McEntee wrote to the board in June. The letter, from last Tuesday, called the delay “unacceptable”.",
		}, []want{{"unfit for use", "Helen McEntee", ""}, {"unacceptable", "Helen McEntee", ""}}},
		{"review: one remembered as something says nothing", "Funeral", []string{
			"Mary Clarke was remembered as “a force of nature” by friends at her funeral in Sligo on Saturday.",
		}, []want{{"a force of nature", "", ""}}},
		{"review: the one the story opens on keeps the opening's description when the article gives them its noun too, and another of the kind is no bar", "Drought", []string{
			"A Limpopo farmer says the drought is “the worst in living memory”.",
			"Johannes Mokoena has lost 60 cattle since January.",
			"Mokoena, a farmer for 30 years, said the government had done nothing.",
			"Neighbouring farmer Pieter Botha agreed.",
		}, []want{{"the worst in living memory", "Johannes Mokoena", ""}}},
		{"review: a court where a judge sat did not rule", "Sentencing", []string{
			"Judge Ann Lee sentenced Mark Hale at the Cardiff Crown Court to two years.",
			"The ruling described his conduct as “wicked”.",
		}, []want{{"wicked", "", ""}}},
		{"a partnership is a body", "Stonechats", []string{
			"The Wessex Heaths Partnership manages the site.",
			"The partnership's report, \"Rising From the Ash,\" calls the recovery \"encouraging but fragile\".",
		}, []want{{"Rising From the Ash,", "", "term"}, {"encouraging but fragile", "Wessex Heaths Partnership", ""}}},
	}
	runTitled(t, tests)
}

func runTitled(t *testing.T, tests []titledCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCorpus(tt.paras)
			c.Articles[0].Title = tt.title
			checkFindIn(t, c, func(c *corpus.Corpus) Options {
				return Options{Entities: entity.Find(c, entity.Options{})}
			}, tt.want)
		})
	}
}
