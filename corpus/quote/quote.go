// Package quote finds direct quotations in articles, attributes them to
// speakers and groups the same statement across articles.
//
// Find pairs the double quotation marks of each paragraph, curly or
// straight, into quotations, joins a quotation that runs over several
// paragraphs (news style reopens it at each paragraph without closing it)
// and the two halves of one split by its attribution (“A,” she said.
// “B.”), and tells statements from terms: scare quotes, labels and
// designations ("designated as “foreign terrorist” organizations"),
// names given in the writer's voice or as a habit ("what rescuers call the
// “golden hours”", "columnists like me call “…”", "nicknamed the “…”",
// "called him “the fixer”", "what he called “strike roulette”", not "what
// she called a “toothless” regulator"), glosses
// ("it means “winged lizard”", "“…”, a term …"), titles of works however
// long, quotations modifying a noun ("“catch-up” tutoring") and lists of
// scare quotes.
// Embedded social posts are statements by their author, and so are
// quotations the prose introduces as posts (kind post): a platform or
// "tweeted" in the lead-in or attribution ("posted on X: “…”", "“…,” she
// said on X"), "posted:", or "wrote" where the paragraph or the one
// before speaks of a post; "wrote" alone and partial quotations are not.
// In a paragraph with no double marks, single marks pair too when it is
// short (a heading, a live-blog entry's title, a caption) or a reporting
// verb stands beside them ("16.12 'My mother is still in there'", "‘…,’
// she says"); a heading in them that names no speaker has the speaker of
// the quotation repeating its words, as a heading that is nothing but a
// quotation in any marks has. An article that quotes in single
// marks, as some outlets do, has every quotation in them, double marks
// nested inside: it does when more than twice as many of its quotations
// beside a reporting verb are in single marks as are in double ones.
//
// A statement's speaker is found from the words around it: a reporting verb
// on either side ("…," said X; X said, "…"; "…," X said), a colon lead-in,
// "according to X", a participle hanging on the sentence's subject ("…,
// stating, "…""), or, for a quotation standing alone, the speaker of the
// quotation just before. Pronouns go to the nearest preceding person of
// the same gender, descriptions ("the Mexican president") to the person
// the article gives that title, a demonym or an epithet ("the Brazilian",
// "the striker", "the 34-year-old") to the person named just before, the
// subject first when that sentence names several,
// reports and organisations to the organisation ("the statement said" to
// who issued it, "a report published by X" to X, "a spokesperson for X",
// "an X spokesperson" and then "the spokesperson" or "she" to X, "it
// said" to the body said to speak earlier in the paragraph, "the company"
// to the business the article is about, "the Commission" to the
// "European Commission" named before; "a council spokesperson" or "a
// spokesperson for the union" to the council or union the article names,
// else to nobody; "X has issued a statement" then "the statement says" to
// X, "analysts at X said in a note" to X). Letters after a name ("KC",
// "MP") are not part of it. A name followed by "of X" is the
// speaker, not X. Relatives set off before a name ("her husband,
// Walter") give its gender; a surname shared with a relative introduced
// as one ("Tom Hale, her father") is the article's subject, unless the
// relative was named in the same paragraph; someone "who gave his name
// only as Sam" is Sam. A pronoun that no name within reach
// explains goes to the nearest earlier speaker of its gender, or, when
// others have been quoted since, to the person of that gender the article
// quotes far more than anyone (a feature returning to its subject). An
// anonymous source ("who asked not to be named") stops pronouns reaching
// back past it, "I ask" gives the writer's own question to the one writer
// the byline names ("we asked" to nobody), a short sentence of gesture
// ("She shrugs.", "He pauses.") hands the quotation after it to its
// subject, an unnamed person described ("One of them, a man in his
// seventies, …") stops pronouns as an anonymous source does, and
// an answer after a question put in the writer's words, or after "she
// added that …", keeps the speaker before it. A quotation standing
// alone that turns to the last speaker ("You …") or is a single question
// is a reply whose speaker is unknown; the answer to it goes back to the
// speaker before. A Title Case
// name stops at a headline verb ("… Sheinbaum Rejected U.S. Offer"). A partial name ("Smith",
// "Ms Smith", "Sir John") is the person the article names in full nearest
// before it (else first after it), of the title's gender and office when
// one fits; failing that, the fullest form of the name in the corpus. Names
// are reported without titles. Round five of the rules: a relative clause
// after a name gives titles ("X, who remains the firm's chairman"); a
// role ("his agent", "the chairman") goes to its bearer named after it
// when none is named before; a relative ("her son") to the person
// introduced as one; "“…”, as X puts it" names the speaker; a sentence
// whose subject is "he" or "she" hands later pronouns of that gender past
// the other names inside it; "her report" is hers; a quotation opening a
// paragraph that nothing attributes belongs to the one person the
// paragraph before, holding no quotation, is about. Given the corpus's entities, a name the
// words around it leave open takes the entity's type: places never speak
// and organisations are never "he" or "she", and an organisation speaks
// under its entity's name ("FDA" is the Food and Drug Administration).
// Round six: titles run on ("chief operating officer"); a name set off
// with a role or an affiliation ("public defender Alan Szymanski",
// "Grace Wanjiru of the …") or a body's name set off after its
// description ("the U.N. mission, MONUSCO,") speaks; a name after
// "said" that begins a clause ("said Delgado had been") is not the
// speaker; "a source close to X" is anonymous; the names of an "Asked …"
// clause are not the one asked; "the colonel" is the one called "Lt.
// Col."; a short last sentence about one person hands them the quotation
// opening the next paragraph; what a group of people call something, a
// name set off after the noun for it ("his nickname, “Sunny”"), chants
// and signs are terms. Round seven: names as news writes them — a
// nickname inside a name (Graham “Stretch” Pallister), a month's name as
// a given name (June, Jun), a middle name written once, a title ending in
// "of the" (Leader of the Opposition Anitha Rangaswamy), a noun before a
// title (opposition leader); a bare surname is the person the article
// names first, not a later namesake such as a parent or a child, unless a
// title or the next paragraph points there; more may stand between name
// and verb ("Senator X of Kansas, the majority leader, said", "X, deputy
// governor, who voted against, said", "X and her colleagues describe");
// texts speak for their issuers ("In a letter sent to …, the council
// warned", "Its report warned", "the minutes said", "the statement
// read"); a thing, or a text doing what only people do, is not a source
// ("the decision reflected “…”"); "one of them said" names nobody. Round
// eight: "in X's words", "in the words of X" and "by X's own admission"
// name the source as "according to X" does; a habit of speech ("used to
// say", "would often say", "went on to say") reports; a heading or a
// bullet point, which drops its articles, names a speaker by a bare
// title ("Judge says …", "Premier: “…”"). Round nine: a name
// straight after a description of a role speaks ("Meru Capital's head of
// research Aditya Khandelwal told"), and so does a titled person after
// the body or project of the office ("European Union climate
// commissioner Henrik Vestergaard"); "described by X as" gives X;
// "nickname surname" is the full name written with that nickname;
// "it" with no organisation speaking before it is the one organisation
// a sentence of its paragraph has as subject; "a spokesperson said",
// with no body named, speaks for the organisation that has just spoken;
// in an exchange, an answer to words turned on the last speaker ("You
// fired her") and a retort to a reply ("You said that in January") go
// back to the one before. Round ten: given names come from package
// givenname, thousands from many naming traditions, so their gender
// reaches the pronouns; a job word opening a sentence before a name is
// a title ("Meteorologist Tanner Vosburgh"); "the company" is the
// company quoted last and "the agency" the public body quoted last,
// unless a sentence since is about another; a name holding a number is
// a product ("Aerovance AV-72"), never a person or a maker's full name;
// a title in the possessive is not a title ("Prime Minister's
// Questions"); "the captain" with no one near is the one the article
// gave that title. Round eleven: the first words of an organisation's
// name written before are that organisation ("Sierra Crest" after
// "Sierra Crest Power"), "the district" or "the trust" the body of that
// name, and a union's numbered branch part of its name ("Teamsters
// Local 727"); a given name's short form with the same surname is the
// same person ("Ray Teague", Raymond Teague); a transcript's line in
// capitals (BRANDT: “…”) is the person it names; the answer to a
// question that addresses someone ("Mr. Langridge, did you …?") is
// theirs; a pronoun that speaks is its sentence's subject, not a name
// after it; and a pronoun nothing near explains is the person of its
// gender the article is about, named far more than anyone, unless
// someone unnamed is near. Round twelve: a text introduced with
// modifiers ("in its latest bulletin") names its issuer, and "the
// statement" is the nearest statement introduced, even one from no one
// the rules can name; "the union" is the article's one union however far
// back; letters after a name for an office are not part of it ("Orla
// Keane TD"); a portfolio joined by "and" or written after "for" belongs
// to the title ("Minister for Housing X"); "turned" joins two roles ("the
// former driver turned broadcaster X"); an answer printed as "A: “…”" is
// the interviewee's; and a name after "the" is no one's ("The Salt
// Orchard"). Round thirteen: a spokesperson for a body described first
// ("electricity distributor X", "the Dayton-based group") speaks for it;
// a text the subject of a sentence sent or issued ("X sent a letter", "X
// … with a report") is X's; a first-person quotation after sentences of
// its paragraph about one person is theirs; an unnamed person then given
// a name ("who gave his name only as Felix") is that name; a single name
// set off with a description of a person is a person; a common word
// opening a sentence starts a name the corpus writes whole inside one
// ("Open Harbour Rescue said"); and signs that read, lists of slogans,
// chants and titles of works by a named author are terms, a title
// quoted as a term once being a term throughout the article. Round
// fourteen: a body's topic or aim after "on" or "to" and a plural
// possessive stay in its name ("Council on Foreign Relations", "Committee
// to Protect Journalists", "Leaders' Debates Commission"), and its short
// forms match initials with "of" or without the head ("DOJ", "HHS");
// names ending in a unit, an observatory or what a company makes
// ("Polymers", "Products") are bodies; up to three descriptions may stand
// between a speaker's name and the verb ("X, 45, a nurse, told"); an
// office ending in "of" or "of the" takes its portfolio ("Secretary of
// State X", "Leader of the Opposition R. X"), initials open a name, and
// offices joined by "and" are one person's; a nickname inside a name is a
// term; a dateline in title case is not a subject; and "the company" is
// the organisation the paragraph has just made a subject. Round
// fifteen: a transcript that sets its questions as bare paragraphs gives
// its answers to the one its lead-in names, and "I asked X whether …" the
// answer after it to X; a participle after "with" or "despite" has its
// own subject ("with the club's chairman insisting"), else that of the
// nearest verb of speech; a retort takes its particle ("shot back"); a
// text started, signed or published by someone, or named again as "it
// reads", is theirs; "the spokesperson" reaches back a few paragraphs; a
// pronoun after someone who asked not to be named is not the last named
// speaker's, nor are the names inside a sentence opening with "his" or
// "her"; and names in title case with small words, or ending in a period
// inside their marks, are terms. Round sixteen: a title word inside a
// body's name after "of" names no one ("Superior Court of Justice of
// Cusco"); where a company is listed or based is not part of its name;
// "the Democrat" no one is titled is the person just named; "the bank's
// statement" is the bank the story is about, not one where an economist
// works; a name with "who" after it is a person's; the subject of a
// passive ("was dismissed") did not say the words after it; a
// description set off before "the historian X" is X's; a sentence
// opening with "it" goes on about the body the paragraph before made its
// subject; and what a body "calls" its cause is a term. Round
// seventeen: a quotation opening the sentence after one of reported
// speech ("X said he had …") is X's; a text "sent", "signed" or
// "organized" by a description with a name set off after it is that
// name's; "the agency" is the one body its sentence names; "the museum"
// with no museum named is the body last the subject nearby, never a
// company for "the union"; "Salford city council" is named as written;
// and a statement someone spoke of "saying in a statement" is theirs.
// Round eighteen: a pronoun means whom the nearer subject pronoun of its
// gender meant; "him" or "her" as the object of a man's own relative
// clause says nothing of his gender; what one body or person "called"
// something is theirs, what "critics have called" it a term; a
// description's words pick the body whose name holds them ("the
// employers' association"); a name with "&" is a firm's; a person's
// office speaks for the person; "it" after a description of a body as a
// subject is that body; and an ordinal after an article and occupations
// like "pilot" or "clerk" make a description of a person.
// Round nineteen: an article that quotes in single marks has its
// quotations in them; a name before a role set off by commas speaks ("X,
// director of Y, a charity, said", "X, Republican of Ohio, who …,
// said"), and so does a name set off after an office ("said Aster's vice
// president of AI, X,") or placed by a lower-case body ("X of the
// observatory told AFP"); a title runs on through "for" and its portfolio
// ("Secretary of State for Health X"); the one a text or an outlet
// "quoted as saying" speaks, not the text; "'…,' it said" after a body's
// sentence is the body; and the coast guard, the force and the co-op are
// the bodies named before. Round twenty: a name set off after a
// description may carry an article, other names and "named" ("the head of
// the mission, former appeal court judge X, said"), and the antecedent of
// a relative clause speaks when a name is set off inside it ("X, whose
// son, Kenji, was …, said"); "the movement", "the label" and "its finance
// chief" are the body or person the article names so; what "her brother"
// calls or "he" brands something is theirs; a name after a verb and
// "that", or before a past verb, begins the clause reported; "al-Ubaydi"
// is "Ubaydi", and a body's words after a title are its portfolio when a
// name follows; a name where a place stands is no one a pronoun means;
// "the Spaniard" means whom a sentence with a pronoun subject is about,
// and the described subject of a clause after "and" or "but" is whom a
// pronoun after it means; "the minister" is a department's secretary;
// "family" and "elderly" are no adverbs; and a titled name after a body's
// noun speaks ("association President X said"). Round twenty-one: the
// office a description names runs to a set-off name ("the head of civil
// protection, X, told"); a relative clause or a participle's clause set
// off after a name may hold commas, a place and its state ("X, a
// volcanologist in Clermont-Ferrand, France, who …, said", "X, speaking
// in Naas, Co Kildare, on Saturday, said") and a name that ends it; the
// mayor of a place is whom the article gave the office, not the place; a
// body described as "a government agency" is "the agency", "of the"
// runs on inside a body's name, and a company spokesperson speaks for the
// business the paragraph made a subject; and banners, programmes, titles
// after works and names given with "as" or to an object are terms. Round
// twenty-two: a sports position, a hyphenated role or a relative's
// description before a name is a title ("Vice-captain X", "Mum-of-two
// X"); a statement that reads, or a statement from the body the article
// names, speaks for it; a company set off after a corporate description
// speaks ("The ferry's operator, X, said"); a member for a constituency
// holds an office, not a name; the agent of a participle after the
// subject ("a report seen by the Guardian") is not the subject; a
// campaign named for the people it stands for is one name ("Parents for
// X"); a caption on what the lead-in posted, a quotation added "in a
// later post" and a message in a platform's group are posts; and what a
// group has taken to calling, has nicknamed or has described as
// something is a term. Round twenty-three: a short form defined in
// parentheses and a bloc named a community speak for their body; a
// school year, "runner-up" or a hyphenated office ("director-general") is
// a title; "X, which said" gives the body X; an owner set off, or a
// company named after where it is registered, speaks; "the company" is
// the subsidiary a sentence is about, not its parent; an alert or an
// advisory is a text its sender speaks through; a finding without "that" ("the panel found
// the tackle was …") and "reckons" report; a pronoun and "the committee"
// mean the subject of the sentence before, not a name in its relative
// clause; and an office with a listed portfolio gives its holder the
// title. Round twenty-four: what someone "called" a thing in a few words
// that end the phrase is a term; a body's kind written before its name
// ("Aid agency X") and a name given by "calling itself" name the speaker;
// an age ("the 76-year-old founder") marks the person just named, and a
// number may end the subject ("the mother of five told"); "the nurse"
// after another nurse who is not named is that nurse; "the agency" is the
// body a sentence before in the paragraph is about; "US" in capitals is
// the country; a body's one-word topic stands before the short form it
// defines; an official "in" a city is unnamed; athletes are epithets; and
// a post written "in a post" is the writer's.
// Round twenty-five: the one who says that a body or a person did
// something is quoted, not the body ("X said the union had warned
// officials “in writing”"), unless the verb is one of speech, naming or
// writing; a few words between a determiner and a noun name it (its
// “public safety power shutoff” program); what an advertisement reads,
// and a name a group gives a thing with the thing between ("investors
// have dubbed the episode “…”"), are terms; a brand between "a" and a
// noun names no one; a descriptive title inside a capitalised run
// ("Meridian Star Cruises") and "for All" are words of a name; a
// country's body, a body's office ("the weather service's Springfield
// office") and the firm a paragraph introduces speak for the body; a
// spokesperson by a noun is the body that noun heads; a nickname in
// single marks stays out of a name; a relative named by a given name
// takes the family name; a name someone is "known as" signs their posts;
// and a name between a title and a role ("chief Africa economist") is the
// role's field.
// Round twenty-six: a portfolio joined by "and" runs on to its holder's
// given name ("Minister for Sustainability and the Environment Desmond
// Kwek"); two titles hyphenated ("Judge-Executive"), a title in the
// plural before names joined by "and", and two offices joined by "and"
// with no determiner ("president and CEO") are titles; an epithet opening
// a sentence ("Retiree Lim Ah Moi") describes the one named; an office in
// initials after "the" ("the CM said") is its holder; the head nouns of
// the descriptions set off around a name, and a role given with "as", are
// the person's roles, which "the rapporteur" finds, a gesture after it
// ("the rapporteur shrugged. “…”") handing the turn on; a gendered noun
// heading an appositive outweighs the given name; what a company produces
// makes it "the company", and the company a paragraph is about comes
// before one named earlier; "the organisation" after "the group's
// director" is the group that description means; particles in a row join
// a name; a bare word after a plural noun is its verb; and "found" before
// a verdict reports nothing.
// Round twenty-seven: a Korean or Cantonese given name's syllable after a
// hyphen is the name's ("Chan Siu-ming"), and a noun for an ordinary
// person before a name ("Resident Lau Mei-ling") describes the one named;
// a body's initials in parentheses stand between it and the office of
// the person after it ("… Agency (BNPB) spokesman Teguh Wibowo"); a name
// set off with its office in lower case after a description speaks
// ("Another sailor, second officer Ramon Dizon-Alcantara, said"), as does
// a name after an age ("said 14-year-old Ellie"); the subject of a
// statement's sentence is found past a long appositive; "a spokesperson
// for the company" speaks for the company "the company" would be; a
// ratings agency is "the agency"; and an office in a state capital is its
// body's.
// Round twenty-eight: a post's words quoted in part are the post's when
// the sentence says before them that they were posted ("In a statement
// posted on Instagram, Ashdown said he was “heartbroken”"), though not
// when only a relative clause about the speaker names the platform; a
// person opening the sentence is the subject across descriptions of
// several parts ("Fiona Castellane, the chief executive of Harwoods, the
// UK’s second-largest grocer, said"); "X, the union that …" gives X the
// union's noun; "the spokesman" is the spokesman named a few paragraphs
// back; a body set off with its short form after a description is the
// subject of both its verbs; a quotation opening with its own reporting
// verb ("ECOWAS “strongly condemned” the attempt") is its subject's; the
// parent that owns a company is not "the company"; a party before an
// office is no part of the title except a party leader's; and a
// capitalised function word after a given name can be a surname ("Sandeep
// More, 31,").
// Round twenty-nine: a nickname between capitals has a capital and no
// clause punctuation, so "demand outside China “remains strong,” Smith
// said" is Smith's; a name set off after anyone's trade is a person's
// ("said another fisherman, Ranjith Fonseka"); "the 29-year-old" as a
// subject is the person just named, whom the pronouns after it mean;
// function words and nouns ending in -ment are no people ("Neither name is
// on any list", "A stadium announcement warned"); time zones are no
// names; a description followed by its verb is the subject, not set off
// after the name before the comma ("Asked about Aaslund, the minister
// said:"); a possessive inside a description gives no title; a company's
// definite appositive may run over a phrase ("the Singapore-based operator
// of the vessel,"); an unnamed spokesperson for a person speaks for the
// person; a nationality needs no match in a title that gives none, "the
// coach" may be the manager, but the title itself or its short form goes
// before another office; and the photographer a caption credits is no one
// the article is about.
// Round thirty: a page's caption label ("Image caption,") opens the
// caption, and a noun for a crew's job before a name is no part of it
// ("Deckhand Tomasz Wilk"); an office's name before a given name and a
// surname is two names; a given name ending in -man is no job; a
// company's first word, speaking, is the company rather than a product
// bearing it as a given name; "Office of the Parliamentary Commissioner
// for Standards" is one body, whose report speaks for it; a company named
// with an event's word ("Summit") is a company, and a body's noun in
// capitals ("NGO") is no part of its name; a company set off after a role
// it holds is the subject, and "it" means that subject before a body that
// spoke a paragraph earlier; a blog post is no social-media post, but
// "he posted" after a quotation makes one; a body's name split at "and"
// after the speaker's "of" is skipped to the verb; "continued to" reports
// no speech; a word glossed from another language is a term; and a name
// with the surname first ("Lee Soon-ja") takes no gender from it.
// Round thirty-one: a nickname in quotation marks after a titled given
// name stays inside the name ("Mayor Russell “Rusty” LeBlanc");
// "Fisherman" opening a sentence is no part of the name after it; a common
// noun in a headline's capitals ("The Company Says") names no one; a
// quoted question stays one sentence with the name and description that
// tag it ("“…?” Jae-won Cho, an analyst at X, asked"); a name between
// "said" and a quotation is the subject of the clause reported ("but said
// Singapore “will not hesitate”"); "a lower warning" is a noun; "she"
// after "the spokeswoman" means the body a paragraph before introduced; a
// guild and a fund are bodies, and "the utility" is the one introduced
// with that noun a paragraph before; a company introduced as one weighs
// more as the article's main one; a phrase opening with "a" after "called"
// characterises; a title after a genre noun or a text's noun is a term; an
// office in capitals set off after a name ("Dean of Ellsmoor") describes
// the person, and "its dean says" is that officer; and a trade's noun
// before a name with no given name ("cork stopper maker Corticeira
// Ventura") makes a company.
// Round thirty-two: a participle hangs on the main clause, not a clause
// embedded in it ("declined to describe what the inmates had demanded,
// saying only that …"), and "with X, saying" after a comma is no absolute
// clause; the field after "Minister of" is no person, and an office of
// several portfolios in capitals set off before a name is the holder's;
// "Witness" opening a sentence is no part of the name; a passive after a
// quotation ("“shortly before” it was announced") names no speaker;
// "going on" is speaking on; a first name given alone and set off after
// the words that say so is the speaker's; two public bodies joined by
// "and" stay two; a council named by its place and lower-case nouns
// speaks; "the orchestra" is the philharmonic, "the funder" a body, "the
// manager" the head coach; a club spokesperson speaks for the club, not
// for a paper named with its article; people set off from a firm speak
// for it; a copy of a text is not its source, and the one a sentence
// reports speaks rather than the unnamed who heard it; the one a relative
// clause is about speaks whatever the name is the object of; after "the
// mayor of" the place is whole; and a platform a post is on, or an outlet
// a statement is given to, is not the body that speaks.
// Round thirty-three: "the post read" is a post, unless the post is a
// blog's; phrases "like" the quoted ones, and a quotation glossed as
// someone's term, are terms; what someone "was told" is nobody's the
// sentence names (the agent after "by" aside), unless a body reports it
// ("schools had been told to “…”"), and not when the quotation is
// coordinated with the telling, is its agent or says when; a reply
// relayed ("the company replied that it was “…”") is the replier's; a
// surname is not the relative whose given name the sentence writes apart;
// the names in what a pronoun reports ("Caleb broke his wrist, she
// said.") are not the pronoun's, here or in the next sentence; a body set
// off after its description may carry its town; a function word is a
// surname after a name opening with a given name ("Joseph Otieno Were");
// and a description set off after a name opening the sentence is the
// named one's, not someone unnamed.
// Round thirty-four: a heading that is only a quotation is a pull quote,
// said by whoever the prose quotes saying its words, or three quarters of
// them, and of their kind; a body named as a list of subjects
// ("Agriculture, Fisheries and Conservation Department") or spelt out
// before its initials is whole; a firm named with its ’s ("Harwell’s,
// the chain,") keeps it; "Haji" is a title; a portfolio joined by "and"
// runs on to its holder's given name; the holder set off after an office
// and where it sits speaks for it; an office in capitals before a name
// set off ("Scotland's Transport Minister, Fiona Drysdale,") is a title;
// a council written as a place and its nouns in lower case speaks
// through "a council spokesperson" and its own "it"; and "an agency
// spokesperson" is the agency "the agency" would be.
// Round thirty-five: "the Columbus, Ohio-based company" and "the Kuala
// Lumpur-based carrier" are the company, a carrier the airline before any
// nearer company, and "the retailer X" introduces a company for the next
// paragraph's "the company"; "Chapter 11" alone is no body; an
// attribution closing a sentence may say where at length; names run on
// through "for the" and an aim ("Office for the Coordination of
// Humanitarian Affairs", "Freedom to Read Project"); a title may end "in
// Charge"; a relative clause closed before a partial quotation reports
// none of it; a given name alone has its gender and, before "and" and a
// full name, shares its surname ("Daniel and Priya Okafor-Reid"); and a
// post's signature names a person of the article, by a given name alone
// too.
// Round thirty-six: a short form in brackets spells a body's name over its
// connectives and commas ("Transport for Wealdmoor (TfW)"); a surname the
// speaker is called by is the full name the entity extractor merged it
// into, over a nickname in quotation marks (Sheriff Buford "Bo"
// Kittredge) or "Dean" as a given name; a clerk and a collector are
// titles; "the Reserve Bank" is the one "of New Zealand"; water companies
// and railways are companies, "the railroad" one of them; an en dash joins
// a city to "based"; and models of a make are no person.
// Round thirty-seven: a listed name in capitals ("WHO", "US") is a name,
// not a function word, and an initialism joined by a hyphen
// ("SAG-AFTRA") is one too; an office for places joined by "and" set off
// before a name ("The MP for Haddleton and Skelby, X,") is the person's,
// and a party before an office ("the Labour MP") is matched by a holder
// whose titles name none; a name after the verb of a clause opening with
// "Among" is its subject; words ending like a noun for a person that are
// not one ("public", "water") describe no one; a GP surgery or practice
// is a body; a nation's body written in lower case ("the Iranian navy")
// and a place's ("West Pennine fire and rescue service") speak as
// written, after any body of that nation or place the article names;
// what a company is said to own is no company unless it is one; a phrase
// naming the noun after it is a term after a possessive or a glossing
// "or"; and officials, forecasters, researchers and scientists at a body
// speak for it.
// Round thirty-eight: "the Office of the President" is a body's name, not
// a description, and so are two places joined before "Fire and Rescue
// Service"; the outlet a statement was emailed to is where it was said,
// not who said it; a passive does not end the search of a lead-in for
// its verb of speech ("The company had been warned twice, she said.");
// "described X as a “…”" is the subject's unless the subject is a group;
// a spokesperson "on" a subject, named after it, speaks; and words said,
// written or posted on social media, or a post's caption, are a post.
//
// Round thirty-nine: a judge "of the Northern District of Texas" is the
// subject, not the district; titles of rank (Eng, Engr, Prince, SP, ASP)
// stand before a name, and offices written in initials (the CS, the PS,
// the CMD) mean the one the article gave the office; "Rival" before a
// name is no part of it; an office in capitals, "Chief Medical Director
// of the Federal Medical Centre, Abeokuta, Dr …", is the holder's, the
// town after the body skipped; "the council" is the body in an office
// written before a name ("Marlin Coast Regional Council Mayor Trent
// Adcock"); a paragraph quoted whole after one telling of a statement a
// body or person issued is theirs; "the mission", "the field office" are
// the body an earlier description with that head named, by the name set
// off after it or its owner; and words said in a video or interview that a
// social site carries are a statement, not a post.
//
// Round forty: a comma grouping a number's thousands ("roughly 2,100
// pilots") ends no clause; "Comrade", "Mang" and "Aling" are titles, "the
// VC" the vice-chancellor; a name that a relative clause has as its
// object ("one of the jurors who convicted X") is not the subject; "X, in
// a statement, said" makes X the maker of "the statement"; a plural
// possessive may open a body's name ("Actors’ Equity Association"); a
// name set off after a description is found past a body named with
// "with" and its town, or a house in lower case; "who gave his surname as
// Lau" names the one undescribed; and answers after bare questions
// belong to the one person the line before the exchange says was
// interviewed.
//
// Round forty-one: "Dean" alone before a surname is a given name and
// "Advocate" a title; "the OC" is the officer-in-charge; a demonym and a
// description before a body's name ("French luxury group Maison
// Verlaine") give the body, and a body's town may have its country after
// it; a person "of" a body that a description sets off is the one who
// characterises; "witness" is no plural, so "she" after an unnamed
// witness is that witness, and "the retailer" after an unnamed retailer
// is that person, not a body; a letter "sent" to someone is the sender's;
// "FAQ" names no one; and "the environment minister" is not the one the
// article calls "the forestry minister".
//
// Round forty-two: "Man" opening a name is a given name, and "She"
// opening the next sentence gives a full name its gender; a relative
// introduced as the subject ("His son, Daniel Orme, found him") is the
// bare surname that speaks in the next paragraph; a company named before
// its chief's office ("Meridian Crest Financial Corp. Chief Executive")
// is a name of its own, "the bank" it when a form of its name says it is
// a company, and "the Charlotte, N.C.-based bank" a description; a
// contractor is a company; a report titled in quotation marks is its
// author's; someone "appointed joint administrator" is "the
// administrator"; "the former executive" after an unnamed one is
// nobody's; "“…,” as he puts it" names him; "You know the risk …" goes
// on with the last speaker, but "You said that …" replies; "According to
// her," gives her the sentence's quotation; a description set off
// before "he" names no one new; "Devon and Cornwall police" and "a force
// spokesperson" are one body; and a rule in two matched halves, the “no
// work, no pay” provision, is a term.
//
// Round forty-three: a portfolio inside a title ("Minister for Climate
// Crisis and Civil Protection, Nikos Themelis") is no name, and naval
// ranks are titles; "the Florentine brand" is a noun, not a verb of
// naming; what a body "would consider" is the words of the one who
// reports it; the club a manager "arrived from" is not "the club"; a dam
// "owned by" a company is no company, nor is a town; "the doctor" is the
// one titled Dr, and "the justice secretary" the one whose title has
// "justice" before a nearer general secretary; "Dr Sheikh" is a surname;
// "Disney+" keeps its plus; a word glossed by what it means, a name in
// capitals before a noun in -ing and a linked article's headline after
// "Read more:" are terms; a post that "read:", something "posted" with a
// colon, "the same thread", "his post, in which", "He added:" after a
// post and a quotation paragraph after one written on LinkedIn are
// posts; a body described by what it does and then named speaks by that
// name; and "It described …" after "The email said …" is the email's.
//
// Round forty-four: a statement phrase set off after its issuer with
// words of its own ("X, in a statement issued on Thursday, said") is the
// issuer's; "the army" is a body's Armed Forces, "the cruise line" a
// company, a state patrol a public body and a source named after
// "according to" the one "the agency" means; "it said" goes back to a
// body described by its trade ("German carmaker X"); a listed body in
// capitals that spells a function word ("WHO") is a name; "the SP" and
// other police offices in initials are their holders; "he" or "she" right
// after a name's reporting verb tells apart two people of one surname; a
// name after "near the" is a place, and the place an office is of no one
// when the holder's name follows; French elisions stay inside names
// ("Remontées d'Arsine SA"); "that any teacher" describes no one in
// particular; a family's statement is no one's the article names; and
// "the governor's office" is the governor's unless the article names a
// body so.
//
// Round forty-five: a description whose sentence says it is someone
// unnamed ("who spoke on condition of anonymity") is no one named before;
// a body set off after a description with what kind of body it is ("the
// Amsterdam-based agency X"), the landlord of a site named after it and a
// body named after its kind ("the transparency group X") speak, the last
// again after "and said"; a text the subject wrote "in a letter", dated by
// a month or not, is the subject's unless the clause is passive; a
// possessive name's reply set off by a dash, a comma or "was" is theirs;
// who asked a quoted question is not whom "she replied" means; plural role
// nouns ("the administrators") mean the firm set off after them however
// far back, and a report "by the council's auditors, X" is X's; an
// interviewer's prompt addressing "you" stands for a question, questions
// "put to" someone introduce an interview, and a question naming its
// addressee by a given name is answered by them; "who" after a
// description set off after a name is that person; and Welsh and Arabic
// particles ("Rhys ap Gwilym") join names.
//
// Round forty-six: a common word opening a sentence starts a body's name
// where the entity extractor found the body there ("Northern Pennine Gas,
// which runs the network, said"); a rank's grade ("Sgt. First Class") and
// the name of an office ending in a noun for a job ("Emergency Management
// Coordinator Ray Halvorsen") are titles, not names; a surname opening with
// a particle, capitalised at a sentence's start ("Van der Heijden said",
// "Ap Rhys has"), is the surname of the full name ending in it, and "Ap" is
// no news agency; answers after a note opening a Q&A ("The Q&A that
// follows has been edited for length") are the one interviewed, and a
// prompt may be a short question and a sentence addressing them; a
// nationality before a title no one was given ("The American
// businessman, who bought Rovers, said") marks the person just named; and
// a description is the nearest person unless the article titled them
// otherwise and gave someone else its noun ("the keeper laughed" after
// "presenter Jonny Ackroyd asked").
// Round forty-seven: a title in capitals names no one but the person set
// off after it ("The Chief Medical Officer, Dr Ann Fry, said") or the
// one the article gave it, unless someone bears it as a surname ("Simon
// Archdeacon"); church offices are titles, "Canon" only before a name; a
// currency's code before an amount ends a name ("Lumora Technologies EUR
// 412 million"); a Gaelic particle keeps the given name before it after a
// portfolio ("Minister of State for Sport Clodagh Ní Bhriain"); a review
// led, chaired or conducted by someone speaks with their words; the
// answer to a question whose asker goes unnamed ("asked a reporter") is
// the one who spoke before it; a standfirst without a full stop drops its
// articles as a headline does ("Chief constable says …"); names ending in
// a trade's word ("Himal Roadways") are companies'; a short form in
// brackets spells a body's name over "and", and one in capitals between
// commas defines it too; and a place's name runs on through "of" after
// Isle, Bay, Gulf, Strait or Cape ("Isle of Man Government").
//
// Round forty-eight: a sentence ending ", Ferreira-Lund said." is about
// the one who reports it; a pronoun in a later paragraph answers an
// unnamed asker rather than being them, and "she replied" answers
// whoever spoke before; a relative clause about the opener's noun ("On
// the blessing, which Tregarth opposed, he is careful") neither ends the
// opener nor lends its name to the pronoun; a short quotation paragraph
// without a stop is a pull quote, said by whoever the article quotes with
// its words; "put to her" and "pressed her …:" report; "Canon" stands
// before a surname the corpus wrote after "Canon" and a given name; one
// who gave a name only ("gave his name only as Rangi") is someone of
// their own; "he went further" leads in; "a conservator named X" makes X
// the subject; a sign before a colon is what the quotation quotes; the
// one the writer asked answers, not whom the question names; "who" after
// a place ending a description means the one described; and a relative
// given as a source ("according to her mother, Danielle Vance") speaks
// under the surname in the next paragraph.
//
// Round forty-nine: a body's name may open with a number ("Three Counties
// Hospitals NHS Foundation Trust") or run over the "and" of a name the
// gazetteers list ("Health and Safety Executive"); "Bros." and
// "Promotions" make a firm; a nickname may follow a given name the lists
// do not know ("Augustin “Gus” Bellamy III,"), and "Bellamy" alone is
// then that person; "the bishop" is the one styled Rt Rev; one who asked
// or pressed him or her, named or not, is not who answers; a statement a
// sentence introduces ("In a statement, a spokesperson for Marchbanks
// said") speaks for that sentence's speaker; the one "he told" does not
// stop his next paragraph going on with his words; "her mother" is not
// the woman "her" means; "the charity" is no Charity Commission, whose
// name "charity" only modifies; a phrase of place opening a sentence is
// no office, and comparatives ("Fewer than …") are no people; a name set
// off after an opening phrase's noun is its appositive, not the subject;
// and one whose gender the article never gives is whom a pronoun means
// further back when the last quotation is theirs.
//
// Round fifty: "Mgr", "Ratu" and "Cdr" are titles, and a confederation
// is a body whose name runs over its "of"; "they" after a source the
// paragraph describes but does not name is that source; "Then: “…”" is
// the subject of the sentence before; a pronoun may follow a short phrase
// of time without a comma ("In April he posted … and wrote:"), and a
// phrase may follow a word set off before the subject ("Later, on the
// veranda, she describes"); "the spokesman" named further back is the
// one still answering questions; "the governing body" is a league or
// federation the article names, not one whose name says whom it serves,
// else the body quoted last; "a spokesperson for the organisation" is the
// body the article made its subject; a ministry's name may list its
// portfolios after a nation ("UK Foreign, Commonwealth and Development
// Office"); and the writer a "Words by …" line names is who asks.
//
// Round fifty-one: quotations alone in their paragraphs after "A asked B
// about …" alternate between A and B, opening with A's question; a
// pronoun after a sentence whose subject of no known gender does
// something to "him" means him, not that subject; landlords, publicans
// and shopkeepers are titles; a body named for its members runs over its
// "of" ("Friends of the Lantern"); a body inside a role set off before a
// relative clause does not speak; under the headline a title in initials
// ("CEO says") and a body's description ("as patients’ alliance decries")
// name those the story names; what a passive describes someone as, or
// what someone hears a thing described as, is a term; answers after "She
// agreed to answer a few questions" are hers; a nickname may open with
// "the"; "a spokesperson for the consumer group FairFlight" speaks for it;
// a text printed "in" a publication is its words; and a word that a
// clause "in which" defines is a term.
//
// Round fifty-two: a surname opening with a capitalised particle at a
// sentence's start ("Van der Westhuizen apologised") is the surname, not
// the noun "van", and one inside a second surname ("De la Fuente" after
// "Óscar de la Fuente Villanueva") is that person's; a demonym of two
// words ("the South African Ruan van der Merwe") describes the person; a
// name before a pronoun set off in the middle of its sentence ("Crane’s
// novels are warm; this one, she said,") is in what the pronoun reports;
// whom a sentence opens "For X," about is its topic; "One of the
// dissenters, Sir Lionel …," is the one named; a subtitle inside a
// description does not end it; "of the day" after a subject does not
// hide it; a term a clause before a colon names ("the term she hears
// most: “…”") is a term; neither who asks a question nor whom it names
// answers it; what a group calls a thing named after it ("call the
// riverbed “the sleeping snake”") is a term; "a known risk" is no naming
// "known as"; and a body and the words of a role may come between a
// quotation and the name of its speaker.
//
// Round fifty-three: a sentence ending with its reporter named after the
// verb ("…, said Dr. Fatou Ba-Kamara, who heads radiology.") is about
// them, not its own subject; reported speech ending a paragraph
// ("Okonkwo-Barr said the region's reliance had been flagged for years.")
// introduces the quotation alone in the paragraph after it, and so does
// one who spoke at length; an office with its portfolio before a name
// ("Senegal's minister of communications, Awa Diallo-Fofana,") is the
// title "the minister" means; a nickname between a given name and a
// particle surname (Margaret “Peggy” de la Haye) makes "Peggy de la Haye"
// her; "by X's own count" quotes X; an interview the writer sat down for
// puts its bare questions to the one interviewed; a paragraph opening "For
// X," and naming her kin introduces her quotation; and a name set off
// after a description may carry the person's age ("her grandson,
// 8-year-old Mateo").
//
// Round fifty-four: a rank in lower case is a part played and gives no
// gender ("pantomime dame Reggie Platt"); a noun for what someone does
// ("The Leeds astronomer admitted she …") means whom an appositive gave
// it, and two descriptions joined by "and" both describe the one named; a
// field between two titles belongs to the office ("chief financial officer
// Ana Ruiz"); "Aurelius pressed." reports a question, and one who pressed
// it, or a reporter who put a challenge, does not answer it; "the
// railway's spokesperson" is the spokesperson the article named when it
// names no body as the railway; a capitalised description ending in a
// demonym ("the 31-year-old Northern Irishman") is the one just named; one
// not named "because, she says, …" is the she who speaks after; a beat may
// last a while ("he paused for a long time"), and one who asks a question
// leads in the question however long the sentence; a month word is a
// surname after a name a lower-case title opens ("the singer-songwriter
// Kerensa May"); a kin noun before a name gives its gender ("Their son
// Kit"), and a relative the sentence is about is whom the pronoun after
// means; "with its leader, Cllr Ann Vose, calling …" quotes the leader;
// and "the statement said" with no statement named is the body that has
// just spoken, though a ruling is not.
//
// Round fifty-five: police ranks (PC, DCI) are titles, and an age that
// opens a sentence ("Eleven-year-old Maisie") no part of a name; a heading
// that puts questions to someone ("Three questions for Annelies") opens
// their answers, and "Ask van der Veen about it and she goes quiet" hands
// her the turn; "in the words of his groom, Kasia Byrne," reaches the name
// set off after the description; a brewery is a business a description
// names, and a noun any body may be ("the charity", "the governing body")
// is the body that spoke just before; a body written short by its first
// word ("a Northgate spokesperson") is the one named in full, a plural in
// the possessive opens a name ("Shoppers’ Voice"), and "a Brackenford city
// council spokesperson" speaks for the council as written; a place's name
// that begins a body's name written before speaks for the body; a pronoun
// of hers between her name and her reply keeps the reply hers, and in an
// exchange a pronoun after a question by someone of the other gender means
// the one who spoke before it; and a quotation under the headline that one
// person described says is said by whom the story names where it repeats
// the words.
//
// Round fifty-six: questions put to someone in prose ("I put the
// campaigners’ points to Cllr Brabazon-Hurst") open an exchange whose
// prompts may be a statement before a question to "you", or a plain
// statement between answers, and answers labelled "A:" after "We asked Mr
// Pemberton" are his; a trade the corpus writes only in the plural,
// quotations included ("Millwright Jan-Willem de Groot"), or a word in
// "-man" whose first part it writes ("Winchman"), is no part of the name
// after it, while a phrase it writes in lower case is ("Table Tennis
// England"); a saint's name in the possessive runs on into the body it
// names ("St Aldric's Boat Club"); a description fronted before a pronoun
// and any verb is that person ("A former Royal Navy signaller, he took up
// the game"); an office in "-man" yields to a woman's given name;
// "someone" shouting beside a quotation is no one named; a body's name set
// off after any noun for it speaks ("The contractor, Brennan & Voss Civil
// Engineering, said"), "the hospital" is a medical centre the story names,
// and a relative named by a given name after the pronoun of the one a
// sentence opens with takes their family name ("with her husband Daniel").
//
// Round fifty-seven: a lone surname goes to the one person of that family
// named earlier in its sentence, and a shop's family member named in full
// is that family's; a subject after its verb follows an opening of place
// or a participle ("Behind the counter was Amara Obi-Castell"); the
// writer's own question in reported speech ("I ask whether he was
// surprised") opens an exchange; a body's shortened name ("Bellwood Fire
// Dept.") is the full name the article gives; a person's full name set off
// after a description makes it theirs, however rare its noun ("the chief
// steward, Lorraine Achterberg, said"), and two offices joined by "and"
// before a name are that person's; "they" after a body's analysts or
// observers is the body; a person set off after a short opening phrase
// speaks; words opening with "and" after a passive verb of telling are the
// reporter's; a capital after a quotation ending in a comma marks a name,
// and a common word between a title and a surname is a given name
// ("Chief Operating Officer Grant Ellsworth-Noor").
//
// Round fifty-eight: a place before a field and a title is part of the
// title ("Former Norway goalkeeping coach Dr Ragnhild Østby"), and so are
// two fields ("union business agent"); "ul-" joins a surname; an
// ampersand name before "and" is a body of its own; a definite description
// of someone the sentence before left unnamed is no one named; a heading
// naming one person opens an interview with them, and a question put in a
// transcript may be a short sentence and a question ("Four titles. Was
// that the plan?"); a question put to someone since they were named is no
// passage away from them; and a profile's pronoun with no one near goes
// to the one the profile is about, quoted before and named most.
//
// When the text does not say who speaks, the speaker is empty: the rules
// never guess.
//
// The rules are general heuristics for English news prose with small
// tables of reporting verbs and titles and a list of common given
// names; they are not tuned to particular articles.
package quote

import (
	"strings"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// Kind says what a quotation is.
type Kind string

// The kinds of quotation.
const (
	// Statement is someone's words: a full quotation or a fragment.
	Statement Kind = "statement"
	// Term is a word or phrase in quotation marks that nobody is quoted as
	// saying: a scare quote, a label, a designation, a title.
	Term Kind = "term"
	// Post is a social post, embedded or introduced as one in the prose,
	// the words of its author.
	Post Kind = "post"
)

// Span is a run of quoted text: the bytes [Start, End) of the paragraph's
// Text, quotation marks excluded.
type Span struct {
	Paragraph string // paragraph id
	Start     int
	End       int
}

// Quote is one quotation.
type Quote struct {
	// Article is the article's id.
	Article string
	// Spans are in reading order. There are several when the quotation runs
	// over paragraphs or is split by its attribution (“A,” she said. “B.”).
	Spans []Span
	// Text is the spans' texts joined with " ".
	Text string
	// Speaker is the canonical name of the speaker across the corpus, or ""
	// when the text does not say who it is.
	Speaker string
	Kind    Kind
	// Cluster is the index of the quotation's cluster: quotations of one
	// statement share it. Clusters are numbered from 0 in order of first
	// appearance.
	Cluster int
}

// Options configures Find. The zero value is ready to use.
type Options struct {
	// Entities are the corpus's named entities, as entity.Find gives
	// them, or nil. Their types tell Find that a name the words around
	// it leave open is a person, an organisation or a place ("Norwegian
	// utility Nordvik Energy said", "Asked whether Lima had responded"):
	// places never speak, and pronouns never refer to organisations.
	Entities []entity.Entity
}

// Find returns every quotation in the corpus, in corpus order (article,
// then position in the article).
func Find(c *corpus.Corpus, opts Options) []Quote {
	if c == nil {
		return nil
	}
	lex := newLexicon()
	orgs := orgNames(opts.Entities)
	arts := make([]*article, len(c.Articles))
	for i := range c.Articles {
		a := &c.Articles[i]
		art := &article{a: a, orgs: orgs, title: keysOf(tokenize(a.Title, nil))}
		single := singleStyle(a.Paragraphs)
		for pi := range a.Paragraphs {
			x := newPara(&a.Paragraphs[pi], pi, single)
			art.paras = append(art.paras, x)
			if nameSource(x) {
				lex.add(x.toks)
				lex.addQuoted(x)
			}
		}
		arts[i] = art
	}
	types := typesOf(opts.Entities)
	for _, art := range arts {
		for _, x := range art.paras {
			x.findNames(lex)
		}
	}
	if types != nil {
		keys := nameKeys(arts)
		for _, art := range arts {
			for _, x := range art.paras {
				x.applyTypes(types[[2]string{art.a.ID, x.p.ID}], keys)
			}
		}
	}
	for _, art := range arts {
		art.familyNamesBack()
	}
	ix := newNameIndex(arts)
	for _, art := range arts {
		art.attribute()
		art.markPeople(ix)
	}
	for _, art := range arts {
		art.findMentions(ix)
	}
	for _, art := range arts {
		art.vote(ix)
	}
	for _, art := range arts {
		art.refreshPersonal(ix)
	}
	var out []Quote
	for _, art := range arts {
		out = append(out, art.quotes(ix)...)
	}
	if len(orgs) > 0 {
		for i := range out {
			if n, ok := orgs[orgKey(out[i].Speaker)]; ok {
				out[i].Speaker = n
			}
		}
	}
	if people := peopleNames(opts.Entities); len(people) > 0 {
		for i := range out {
			if s := out[i].Speaker; s != "" && !strings.Contains(s, " ") {
				if n := people[[2]string{out[i].Article, strings.ToLower(s)}]; n != "" {
					out[i].Speaker = n
				}
			}
		}
	}
	cluster(out)
	return out
}
