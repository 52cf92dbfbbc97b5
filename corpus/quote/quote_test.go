package quote

import (
	"fmt"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/segment"
)

// testArticle builds an article from paragraphs. A paragraph starting with
// "# " is a heading, "- " a bullet, "^ " a caption, and "@Author Name| " an
// embedded post by that author.
func testArticle(id string, paras []string) corpus.Article {
	a := corpus.Article{ID: id, File: id + ".txt", Title: id, Repairs: []corpus.Repair{}, Dropped: []corpus.Dropped{}}
	for i, text := range paras {
		p := corpus.Paragraph{ID: fmt.Sprintf("p%d", i), Kind: corpus.KindText, Line: i + 1}
		switch {
		case strings.HasPrefix(text, "# "):
			p.Kind, text = corpus.KindHeading, text[2:]
		case strings.HasPrefix(text, "- "):
			p.Kind, text = corpus.KindBullet, text[2:]
		case strings.HasPrefix(text, "^ "):
			p.Kind, text = corpus.KindCaption, text[2:]
		case strings.HasPrefix(text, "@"):
			name, rest, _ := strings.Cut(text[1:], "| ")
			p.Kind, text = corpus.KindPost, rest
			p.Author = &corpus.Author{Name: name, Handle: "@" + strings.ReplaceAll(name, " ", "")}
		}
		p.Text = text
		for _, s := range segment.Sentences(text, segment.Options{}) {
			p.Sentences = append(p.Sentences, corpus.Span{Start: s.Start, End: s.End})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}

// testCorpus builds a corpus of articles named a0, a1, ….
func testCorpus(articles ...[]string) *corpus.Corpus {
	c := &corpus.Corpus{Version: corpus.FormatVersion, Warnings: []corpus.Warning{}}
	for i, paras := range articles {
		c.Articles = append(c.Articles, testArticle(fmt.Sprintf("a%d", i), paras))
	}
	return c
}

// want is an expected quotation: its text, speaker and kind ("" for a
// statement).
type want struct {
	text, speaker string
	kind          Kind
}

// findTests are invented news paragraphs, one or more per pattern.
var findTests = []struct {
	name  string
	paras []string
	want  []want
}{
	// A lone given name for one of two relatives who share a surname.
	{"given name of a relative", []string{
		"Ines Varga has run the bakery for thirty years. Her son, Tomas Varga, joined in 2019.",
		"“I wanted to do something else,” Tomas said. “Then I tasted her rye bread again.”",
		"“He came back for the bread, not for me,” Ines said.",
	}, []want{
		{"I wanted to do something else, Then I tasted her rye bread again.", "Tomas Varga", ""},
		{"He came back for the bread, not for me,", "Ines Varga", ""},
	}},
	{"given name that is also a surname stays the surname", []string{
		"Paul Grant met Grant Hughes on Monday. “It went well,” Grant said.",
	}, []want{{"It went well,", "Paul Grant", ""}}},

	// Attribution after the quotation.
	{"said after name", []string{
		"“We will rebuild every school,” Governor Maria Lopez said on Tuesday.",
	}, []want{{"We will rebuild every school,", "Maria Lopez", ""}}},
	{"inverted said", []string{
		"“The numbers do not lie,” said Peter Okafor, an economist at the University of Lagos.",
	}, []want{{"The numbers do not lie,", "Peter Okafor", ""}}},
	{"pronoun after", []string{
		"Mayor Helen Park toured the flooded district on Sunday. “This is the worst I have seen,” she said.",
	}, []want{{"This is the worst I have seen,", "Helen Park", ""}}},
	{"appositive before verb", []string{
		"“Prices will keep rising,” Tom Becker, the bank’s chief economist, told reporters.",
	}, []want{{"Prices will keep rising,", "Tom Becker", ""}}},
	{"question with inverted tag", []string{
		"“Who will pay for this?” asked Senator Ruth Adler.",
	}, []want{{"Who will pay for this?", "Ruth Adler", ""}}},
	{"according to after", []string{
		"“The vaccine is safe for children,” according to Dr. Amal Haddad, who led the trial.",
	}, []want{{"The vaccine is safe for children,", "Amal Haddad", ""}}},

	// Attribution before the quotation.
	{"said comma before", []string{
		"Interior Minister Jonas Berg said, “Nobody is above the law.”",
	}, []want{{"Nobody is above the law.", "Jonas Berg", ""}}},
	{"colon after verb", []string{
		"In a statement, the chief executive of Northwind Airlines, Carla Mendes, wrote: “Safety comes first.”",
	}, []want{{"Safety comes first.", "Carla Mendes", ""}}},
	{"told reporters colon", []string{
		"Kevin Walsh told reporters: “We did nothing wrong.”",
	}, []want{{"We did nothing wrong.", "Kevin Walsh", ""}}},
	{"name appositive said colon", []string{
		"Sara Lind, a nurse who has worked at the hospital for 20 years, said: “We are exhausted.”",
	}, []want{{"We are exhausted.", "Sara Lind", ""}}},
	{"colon lead-in without verb", []string{
		"Prime Minister Anders Holm was blunt: “The deal is dead.”",
	}, []want{{"The deal is dead.", "Anders Holm", ""}}},
	{"according to before", []string{
		"According to Chief Inspector Dana Wu, “the suspect fled on foot.”",
	}, []want{{"the suspect fled on foot.", "Dana Wu", ""}}},
	{"participle lead-in", []string{
		"Coach Luis Romero praised his players, saying, “They never gave up.”",
	}, []want{{"They never gave up.", "Luis Romero", ""}}},

	// Partial quotations.
	{"partial after that-clause", []string{
		"Senator Mark Ellis said the proposal was “dead on arrival” and vowed to block it.",
	}, []want{{"dead on arrival", "Mark Ellis", ""}}},
	{"partial with participle", []string{
		"Foreign Minister Lena Vogt rejected the plan, calling it “a dangerous gamble.”",
	}, []want{{"a dangerous gamble.", "Lena Vogt", ""}}},
	{"partial described as", []string{
		"Jane Ortiz, the city’s housing director, met tenants on Friday. She described the building as “unsafe for anyone.”",
	}, []want{{"unsafe for anyone.", "Jane Ortiz", ""}}},
	{"partial one word", []string{
		"President Omar Said called the attack “cowardly” in a televised address.",
	}, []want{{"cowardly", "Omar Said", ""}}},

	// Floating quotations.
	{"floating next paragraph", []string{
		"“We have lost everything,” said Rosa Diaz, a farmer in the valley.",
		"“The water came in the night.”",
	}, []want{{"We have lost everything,", "Rosa Diaz", ""}, {"The water came in the night.", "Rosa Diaz", ""}}},
	{"floating stops at another person", []string{
		"“We have lost everything,” said Rosa Diaz, a farmer in the valley.",
		"Her neighbour, Paul Weber, lost his barn. “Nothing is left.”",
	}, []want{{"We have lost everything,", "Rosa Diaz", ""}, {"Nothing is left.", "", ""}}},

	// Pronouns.
	{"pronoun skips other gender", []string{
		"Emma Clarke met Prime Minister David Shaw on Monday. The talks lasted three hours.",
		"“We agreed on very little,” she said afterwards.",
	}, []want{{"We agreed on very little,", "Emma Clarke", ""}}},
	{"he resolved to the man", []string{
		"Anna Fischer introduced the new coach, Michael Brandt, at a press conference. “I am here to win,” he said.",
	}, []want{{"I am here to win,", "Michael Brandt", ""}}},

	// Titles and descriptions.
	{"description resolved by title", []string{
		"Brazilian President Paulo Andrade arrived in Lisbon on Monday.",
		"“Our countries share a history,” the Brazilian president said.",
	}, []want{{"Our countries share a history,", "Paulo Andrade", ""}}},
	{"surname maps to full name", []string{
		"Canadian Finance Minister Julia Tremblay presented the budget.",
		"“This budget protects families,” Tremblay said.",
	}, []want{{"This budget protects families,", "Julia Tremblay", ""}}},
	{"lowercase title before name", []string{
		"“The review is ongoing,” said Pentagon press secretary Alan Reyes.",
	}, []want{{"The review is ongoing,", "Alan Reyes", ""}}},
	{"unnamed description", []string{
		"“The situation is under control,” a police spokesman said.",
		"“We have seen nothing like it,” officials said.",
	}, []want{{"The situation is under control,", "", ""}, {"We have seen nothing like it,", "", ""}}},

	// Organisations and reports.
	{"organisation speaks", []string{
		"“The figures are alarming,” the World Health Organization said in a statement.",
	}, []want{{"The figures are alarming,", "World Health Organization", ""}}},
	{"report from organisation", []string{
		"A report from the Urban Policy Institute argued that the subsidy was “poorly targeted.”",
	}, []want{{"poorly targeted.", "Urban Policy Institute", ""}}},
	{"company pronoun it", []string{
		"Globex Corp. shares fell 8 percent.",
		"“We remain confident in our strategy,” the company said.",
	}, []want{{"We remain confident in our strategy,", "Globex Corp.", ""}}},

	// Unknown speakers.
	{"no attribution", []string{
		"The crowd chanted as the motorcade passed.",
		"“Shame on you!”",
	}, []want{{"Shame on you!", "", ""}}},

	// Split and multi-paragraph quotations.
	{"split by attribution", []string{
		"“We tried everything,” Mr. Novak said. “Nothing worked.”",
	}, []want{{"We tried everything, Nothing worked.", "Novak", ""}}},
	{"split inside one sentence", []string{
		"“If the river rises again,” said Ines Moreau, “the whole village will go under.”",
	}, []want{{"If the river rises again, the whole village will go under.", "Ines Moreau", ""}}},
	{"multi-paragraph", []string{
		"Judge Harold Kim read his ruling aloud: “The evidence is overwhelming. The defendant lied to investigators.",
		"“He lied to the court. He lied to the victims.”",
		"The hearing ended at noon.",
	}, []want{{"The evidence is overwhelming. The defendant lied to investigators. He lied to the court. He lied to the victims.", "Harold Kim", ""}}},

	// Terms.
	{"designation is a term", []string{
		"The government designated the group as a “terrorist organization” last year.",
	}, []want{{"terrorist organization", "", Term}}},
	{"so-called is a term", []string{
		"Critics of the so-called “fast track” procedure say it skips safety checks.",
	}, []want{{"fast track", "", Term}}},
	{"scare quote is a term", []string{
		"The company’s “restructuring” cost 2,000 jobs.",
	}, []want{{"restructuring", "", Term}}},
	{"label inside a noun phrase is a term", []string{
		"President Ana Brandt announced her “Open Borders” plan on Monday, calling it “overdue.”",
	}, []want{{"Open Borders", "", Term}, {"overdue.", "Ana Brandt", ""}}},
	{"signs and a list of slogans are terms; a chant is a crowd's words", []string{
		"Doctors waved placards reading “Pay Restoration Now” and “Worth More Than £17 An Hour”. One handmade sign read simply: “I’d rather be at work.”",
		"Protesters chanted “Cut the cheque, not the forest” as guests filed past.",
	}, []want{{"Pay Restoration Now", "", Term}, {"Worth More Than £17 An Hour", "", Term}, {"I’d rather be at work.", "", Term}, {"Cut the cheque, not the forest", "", ""}}},
	{"titles of works are terms wherever the article quotes them", []string{
		"The list includes the novels “The Summer We Burned” by Dara Feld and “Boys Like Rivers” by Malcolm Ibe.",
		"Nadia Pruszynski, 16, told the board that “The Summer We Burned” was “the first book that ever made me feel understood.”",
		"Caldera had enough cash to fund operations “into 2029,” according to the company.",
	}, []want{{"The Summer We Burned", "", Term}, {"Boys Like Rivers", "", Term}, {"The Summer We Burned", "", Term},
		{"the first book that ever made me feel understood.", "Nadia Pruszynski", ""}, {"into 2029,", "Caldera", ""}}},
	{"label after modifiers inside a noun phrase is a term", []string{
		"The statement added that the audio would be played on the league’s monthly ‘Mic’d Up’ review show.",
	}, []want{{"Mic’d Up", "", Term}}},
	{"known as is a term", []string{
		"The law, known as “Clean Harbors,” took effect in May.",
	}, []want{{"Clean Harbors,", "", Term}}},

	// Marks.
	{"straight quotes", []string{
		`"We will appeal," lawyer Daniel Price said. "This is not over."`,
	}, []want{{"We will appeal, This is not over.", "Daniel Price", ""}}},
	{"nested single quotes", []string{
		"“He told me ‘go home’ and walked away,” said witness Mary Cole.",
	}, []want{{"He told me ‘go home’ and walked away,", "Mary Cole", ""}}},
	{"unbalanced mark stays in its paragraph", []string{
		"“We will fight this, Mayor Ken Ito said on Monday.",
		"The council meets again in June.",
	}, []want{{"We will fight this, Mayor Ken Ito said on Monday.", "", ""}}},

	// More shapes of attribution.
	{"relative clause speaker", []string{
		"Reporters reached Ahmed Nasser, who told them: “I have nothing to hide.”",
	}, []want{{"I have nothing to hide.", "Ahmed Nasser", ""}}},
	{"lead-in ends previous paragraph", []string{
		"In her resignation letter, Deputy Mayor Grace Otieno wrote:",
		"“I can no longer defend these decisions.”",
	}, []want{{"I can no longer defend these decisions.", "Grace Otieno", ""}}},
	{"possessive answer with colon", []string{
		"Asked about the strike, Union leader Carlos Vega did not hesitate. His answer: “We will not go back.”",
	}, []want{{"We will not go back.", "Carlos Vega", ""}}},
	{"age description", []string{
		"Firefighters pulled Sam Rowe from the car. “I thought I was going to die,” the 23-year-old said.",
	}, []want{{"I thought I was going to die,", "Sam Rowe", ""}}},
	{"name set off after description", []string{
		"“The rent doubled in a year,” one tenant, Olga Petrova, said.",
	}, []want{{"The rent doubled in a year,", "Olga Petrova", ""}}},
	{"two partial quotations", []string{
		"Senator Amy Tran said she was “disappointed” but “not surprised” by the vote.",
	}, []want{{"disappointed", "Amy Tran", ""}, {"not surprised", "Amy Tran", ""}}},
	{"two speakers", []string{
		"“The bridge is safe,” said engineer Paul Grant. “It is not,” replied resident Lisa Moore.",
	}, []want{{"The bridge is safe,", "Paul Grant", ""}, {"It is not,", "Lisa Moore", ""}}},
	{"later paragraph surname and he", []string{
		"Police Chief Robert Hale announced the arrest on Friday.",
		"“This was a team effort,” Hale said. “We never stopped looking.”",
		"Asked about the motive, he said: “That is for the court to decide.”",
	}, []want{
		{"This was a team effort, We never stopped looking.", "Robert Hale", ""},
		{"That is for the court to decide.", "Robert Hale", ""},
	}},
	{"nickname is a term", []string{
		"Prosecutors say Joaquín “El Chapo” Guzmán ran the cartel for decades.",
	}, []want{{"El Chapo", "", Term}}},
	{"title of a work is a term", []string{
		"She praised the documentary “Rivers of Dust” at the festival.",
	}, []want{{"Rivers of Dust", "", Term}}},

	{"party description without a matching title is the person just named", []string{
		"Speaker Mike Turner said the vote would be close.",
		"In a post on X, the Ohio Republican wrote that the bill was “a betrayal.”",
	}, []want{{"a betrayal.", "Mike Turner", Post}}},
	{"party description with no one named before stays unknown", []string{
		"The vote was close.",
		"In a post on X, the Ohio Republican wrote that the bill was “a betrayal.”",
	}, []want{{"a betrayal.", "", Post}}},
	{"party description from an appositive", []string{
		"Dana Ruiz, a Texas Democrat, voted against the bill.",
		"“This bill hurts families,” the Texas Democrat said.",
	}, []want{{"This bill hurts families,", "Dana Ruiz", ""}}},
	{"heading with a colon", []string{
		"# Governor Ellen Marsh: “We will rebuild”",
		"The storm destroyed 400 homes.",
	}, []want{{"We will rebuild", "Ellen Marsh", ""}}},
	{"inverted pronoun is not a speaker", []string{
		"Mr. Grant thanked Ms. Ortiz for her “tireless work” and said he had “learned a lot.”",
	}, []want{{"tireless work", "Grant", ""}, {"learned a lot.", "Grant", ""}}},
	// The unnamed spokeswoman, not the senator, takes the pronoun, and
	// speaks for the body she is introduced with.
	{"unnamed person takes the pronoun", []string{
		"Senator Joan Avery said the vote was a mistake. A White House spokeswoman disagreed.",
		"“The vote was necessary,” she said.",
	}, []want{{"The vote was necessary,", "White House", ""}}},
	{"an unnamed person with no body takes the pronoun", []string{
		"Senator Joan Avery said the vote was a mistake. A neighbour disagreed.",
		"“The vote was necessary,” she said.",
	}, []want{{"The vote was necessary,", "", ""}}},

	{"joint statement has no single speaker", []string{
		"Mayor Ana Silva and Governor Paul Reed said in a joint statement: “We stand together.”",
	}, []want{{"We stand together.", "", ""}}},

	// Partial names resolved within the article.
	{"surname goes to the full name written nearest before", []string{
		"Council member Victor Lindgren opposed the plan.",
		"“This is a mistake,” Lindgren said.",
		"His sister, Maja Lindgren, backed the plan. “It is overdue,” Lindgren said.",
	}, []want{{"This is a mistake,", "Victor Lindgren", ""}, {"It is overdue,", "Maja Lindgren", ""}}},
	{"surname before any full name goes to the first after it", []string{
		"“We will appeal,” Brandvold said on Friday.",
		"Lawyer Ingrid Brandvold represents the family; her cousin, Tomas Brandvold, is a witness.",
	}, []want{{"We will appeal,", "Ingrid Brandvold", ""}}},
	{"honorific picks the full name of its gender", []string{
		"Finance Minister Rosa Keller presented the budget on Monday.",
		"The revolt is led by Daniel Keller, no relation of the minister.",
		"“This budget is fair,” Ms Keller said.",
		"“It is not,” Mr Keller replied.",
	}, []want{{"This budget is fair,", "Rosa Keller", ""}, {"It is not,", "Daniel Keller", ""}}},
	{"office before a surname picks the full name with that office", []string{
		"Chief Constable Anna Whitby opened the meeting.",
		"Her brother, Peter Whitby, a local councillor, spoke later.",
		"“Crime is falling,” Chief Constable Whitby said.",
	}, []want{{"Crime is falling,", "Anna Whitby", ""}}},
	{"dame and given name", []string{
		"Dame Hilda Ashworth, who chairs the committee, opposed the bill.",
		"“It will not pass,” Dame Hilda said.",
	}, []want{{"It will not pass,", "Hilda Ashworth", ""}}},
	{"sir and given name beside a namesake", []string{
		"Sir Rupert Vane spoke against the merger, as did Rupert Hale.",
		"Sir Rupert told reporters: “The board has lost its way.”",
	}, []want{{"The board has lost its way.", "Rupert Vane", ""}}},
	{"surname shared across articles", []string{
		"Coach Marta Solberg praised her squad.",
		"“We earned this,” Solberg said.",
	}, []want{{"We earned this,", "Marta Solberg", ""}}},

	// Demonyms and descriptions refer to people.
	{"demonym refers to the person before", []string{
		"Midfielder Rafael Costa scored twice against Oldham.",
		"The Brazilian, who joined in the summer, said: “I feel at home here.”",
	}, []want{{"I feel at home here.", "Rafael Costa", ""}}},
	{"demonym with nobody to refer to", []string{
		"“We were robbed,” the Norwegian said.",
	}, []want{{"We were robbed,", "", ""}}},
	{"demonym after a modifier", []string{
		"Callum Reid won the final in straight sets.",
		"“I dreamt of this,” the veteran Scot said.",
	}, []want{{"I dreamt of this,", "Callum Reid", ""}}},
	{"demonym before a name is not part of it", []string{
		"On Sunday, Swedish Anna Lund won the race.",
		"“It was hard,” Lund said.",
	}, []want{{"It was hard,", "Anna Lund", ""}}},
	{"epithet refers to the person before", []string{
		"Substitute Nils Berg scored in the last minute. “We never stopped,” the striker said.",
	}, []want{{"We never stopped,", "Nils Berg", ""}}},
	{"veteran refers to the person before", []string{
		"Goalkeeper Ana Ruiz, 38, kept a clean sheet.",
		"“My legs still work,” the veteran said.",
	}, []want{{"My legs still work,", "Ana Ruiz", ""}}},

	// A lead-in sentence, then a paragraph of quotation alone.
	{"lead-in with titled subject", []string{
		"Dr Greta Holm runs the orchard outside the village.",
		"Dr Holm was blunter.",
		"“The frost took half the crop. We will not plant pears again.”",
	}, []want{{"The frost took half the crop. We will not plant pears again.", "Greta Holm", ""}}},
	{"lead-in with pronoun subject", []string{
		"Anna Quinn has coached the rowing club since 1998. She remembers the early years differently.",
		"“We had one boat and a borrowed shed.”",
	}, []want{{"We had one boat and a borrowed shed.", "Anna Quinn", ""}}},
	{"lead-in then multi-paragraph quotation", []string{
		"Sir Colin Webb puts it this way:",
		"“Nobody reads the small print.",
		"“Then everybody complains.”",
	}, []want{{"Nobody reads the small print. Then everybody complains.", "Colin Webb", ""}}},
	{"quotation paragraph after an attributed one floats", []string{
		"“The river rose in an hour,” said Omar Farid, a ferryman.",
		"“I have never seen water move like that.”",
	}, []want{
		{"The river rose in an hour,", "Omar Farid", ""},
		{"I have never seen water move like that.", "Omar Farid", ""},
	}},
	{"narrative paragraph is no lead-in", []string{
		"Petra Lind opened the shop in 1990.",
		"“Closed for lunch.”",
	}, []want{{"Closed for lunch.", "", ""}}},
	{"attribution in a later paragraph names the whole quotation", []string{
		"“The vote was rigged from the start.",
		"“We will appeal,” said Ruth Abara, the party’s lawyer.",
	}, []want{{"The vote was rigged from the start. We will appeal,", "Ruth Abara", ""}}},

	{"pronoun beyond reach is the speaker just before", []string{
		"Mrs Sarah Cole was a nurse for forty years.",
		"“I saw every kind of night shift,” Mrs Cole says. “Some were quiet.",
		"“Some were loud.",
		"“Some were sad.",
		"“Most were not.”",
		"She retired in 2020, a day she describes as “the strangest Monday of my life”.",
	}, []want{
		{"I saw every kind of night shift, Some were quiet. Some were loud. Some were sad. Most were not.", "Sarah Cole", ""},
		{"the strangest Monday of my life", "Sarah Cole", ""},
	}},

	// Characterising verbs before a partial quotation.
	{"describes as with a parenthesis", []string{
		"Emma Brandt won the prize in 2015, a title she describes, with a grin, as “a lovely burden”.",
	}, []want{{"a lovely burden", "Emma Brandt", ""}}},
	{"which he called", []string{
		"David Osei left the board after what he called “a campaign of whispers” last year.",
	}, []want{{"a campaign of whispers", "David Osei", ""}}},
	{"what she termed", []string{
		"Maria Rahman criticised what she termed “a cynical stunt” by the council.",
	}, []want{{"a cynical stunt", "Maria Rahman", ""}}},
	{"dismissed it as", []string{
		"Asked about the leak, Paolo Serra dismissed it as “idle gossip from bored people”.",
	}, []want{{"idle gossip from bored people", "Paolo Serra", ""}}},

	// Names in Title Case headlines and organisations' names.
	{"headline verb ends a name", []string{
		"- Mayor Rosa Lind Vetoed City Budget On Friday",
		"“The numbers do not work,” Lind said.",
	}, []want{{"The numbers do not work,", "Rosa Lind", ""}}},
	{"headline reporting verb ends a name", []string{
		"- Senator Tom Brandt Slams Veto",
		"Brandt was scathing. “It is a betrayal,” he said.",
	}, []want{{"It is a betrayal,", "Tom Brandt", ""}}},
	{"plural possessive inside an organisation", []string{
		"The Rail and Transit Workers' Union said the offer was “an insult”.",
	}, []want{{"an insult", "Rail and Transit Workers' Union", ""}}},

	// Organisations speaking.
	{"person of an organisation", []string{
		"Chief Constable Rebecca Hale of Aldshire Police said conditions were “extremely dangerous”.",
	}, []want{{"extremely dangerous", "Rebecca Hale", ""}}},
	{"spokesperson for an organisation", []string{
		"A spokesperson for Severn Water said the firm had “learned hard lessons”.",
	}, []want{{"learned hard lessons", "Severn Water", ""}}},
	{"sources close to an organisation", []string{
		"Sources close to Kingsbridge United said a third bid was “unlikely”.",
	}, []want{{"unlikely", "", ""}}},
	{"the statement of an organisation", []string{
		"The Pine County Sheriff's Office said in a statement that deputies had gone door to door.",
		"“We cannot force people out,” the statement said.",
	}, []want{{"We cannot force people out,", "Pine County Sheriff's Office", ""}}},
	{"the company without a corporate word", []string{
		"Halvorsen Foods cut its forecast on Thursday. Halvorsen now expects lower earnings.",
		"“These decisions were not taken lightly,” the company said.",
	}, []want{{"These decisions were not taken lightly,", "Halvorsen Foods", ""}}},
	{"outer speaker of a deed verb", []string{
		"The Gulf Employers Association said the union had rejected “a generous package”.",
	}, []want{{"a generous package", "Gulf Employers Association", ""}}},

	// Gender and persons.
	{"kinship appositive gives gender", []string{
		"Agnes Moor keeps the logbooks at the foot of her bed.",
		"She and her husband, Walter, arrived on the rock in 1961. He was 26; she was 19.",
		"“The first winter was the worst,” she says.",
	}, []want{{"The first winter was the worst,", "Agnes Moor", ""}}},
	{"pronoun before a shared surname", []string{
		"Ruth Morrow and her husband Paul Morrow kept the light.",
		"Paul Morrow died in 1978.",
		"Asked whether she would go back, Morrow is quiet. “Every night,” she says.",
	}, []want{{"Every night,", "Ruth Morrow", ""}}},
	{"described subject then pronoun", []string{
		"Governor Rosa Lind vetoed the bill. Mayor Linda Okafor was disappointed.",
		"The governor defended her decision. “I was elected to balance the budget,” she said.",
	}, []want{{"I was elected to balance the budget,", "Rosa Lind", ""}}},
	{"bare colon lead-in continues the speaker", []string{
		"Helen Marlow still plays every day. “Stopping what?” she says. Then, after a pause: “Not yet.”",
	}, []want{{"Stopping what?", "Helen Marlow", ""}, {"Not yet.", "Helen Marlow", ""}}},

	// Round 2: rules found with testdata/dev4.
	{"post-nominal letters are not part of the name", []string{
		"Prosecutor Naomi Hart KC told the court the fraud was planned. “This was no accident,” Ms Hart said.",
	}, []want{{"This was no accident,", "Naomi Hart", ""}}},
	{"role noun opening the sentence is a title", []string{
		"Forecaster Aled Price said the worst was over. “Stay indoors until noon,” he said.",
	}, []want{{"Stay indoors until noon,", "Aled Price", ""}}},
	{"given name after a title", []string{
		"Former City striker Dean Walsh, now a pundit, was impressed. “That was a proper performance,” Walsh said.",
	}, []want{{"That was a proper performance,", "Dean Walsh", ""}}},
	{"the spokesperson after a spokesperson for X", []string{
		"A spokesperson for Northern Water said repairs were under way. “We are sorry for the disruption,” the spokesperson said.",
	}, []want{{"We are sorry for the disruption,", "Northern Water", ""}}},
	{"an organisation named before spokesperson", []string{
		"The European Commission declined to comment. A Commission spokesperson said only that it had “not been notified.”",
	}, []want{{"not been notified.", "European Commission", ""}}},
	{"anonymous speaker is not the last person named", []string{
		"“Prices will rise,” said Erik Lund, an analyst at Nordbank.",
		"Another analyst, who asked not to be named, said the review could take a year. “Brussels will want concessions,” he said.",
	}, []want{{"Prices will rise,", "Erik Lund", ""}, {"Brussels will want concessions,", "", ""}}},
	{"an epithet goes to the subject of the sentence before", []string{
		"Coach Gianni Rossi was angry that the goal stood after Ryan Doyle was fouled.",
		"“Everybody saw it,” the Italian said.",
	}, []want{{"Everybody saw it,", "Gianni Rossi", ""}}},
	{"a place is not the person a pronoun refers to", []string{
		"Marta Olsen, 61, has captained the ferry since 1996.",
		"She grew up in Port Ellen, the daughter of an engineer. “I lasted eleven winters,” she says.",
	}, []want{{"I lasted eleven winters,", "Marta Olsen", ""}}},
	{"description with a name set off before a colon", []string{
		"Its chief executive, Colin Marsh, put it to me bluntly: “For every shop that opens, two close.”",
	}, []want{{"For every shop that opens, two close.", "Colin Marsh", ""}}},
	{"it said after a body said in a statement", []string{
		"The Pensions Regulator, which referred the case to police, said in a statement that it had changed its checks. “This cannot happen again,” it said.",
	}, []want{{"This cannot happen again,", "Pensions Regulator", ""}}},
	{"answer after an interviewer's question", []string{
		"“Turn back,” Olsen says. “The sea does not care who you are.”",
		"Will she stay on the island?",
		"“Where else would I go?”",
	}, []want{{"Turn back, The sea does not care who you are.", "Olsen", ""}, {"Where else would I go?", "Olsen", ""}}},
	{"a feature returns to its subject after another woman speaks", []string{
		"Marta Olsen has run the ferry for thirty years. “I love it,” she says. “Every crossing.”",
		"“It is hard work,” she says. “But it is mine.”",
		"“I never tire of it,” she says.",
		"The local MP, Fiona Grant, said islanders had been “let down” by the operator.",
		"Jamie Reid, a deckhand, says the captain taught him everything. “She never raises her voice,” he says.",
		"The crossing takes two hours.",
		"“Not the paperwork. This,” she says.",
	}, []want{{"I love it, Every crossing.", "Marta Olsen", ""}, {"It is hard work, But it is mine.", "Marta Olsen", ""},
		{"I never tire of it,", "Marta Olsen", ""}, {"let down", "Fiona Grant", ""}, {"She never raises her voice,", "Jamie Reid", ""},
		{"Not the paperwork. This,", "Marta Olsen", ""}}},
	{"reporter's own question", []string{
		"“I love the sea,” Helen Olsen says.",
		"“Is it lonely?” I ask.",
		"“Never,” she says.",
	}, []want{{"I love the sea,", "Helen Olsen", ""}, {"Is it lonely?", "", ""}, {"Never,", "Helen Olsen", ""}}},

	{"a report published by an organisation", []string{
		"The report, published by the Institute for Fiscal Studies on Monday, said the plan was “unaffordable”.",
		"“The numbers do not add up,” the report said.",
	}, []want{{"unaffordable", "Institute for Fiscal Studies", ""}, {"The numbers do not add up,", "Institute for Fiscal Studies", ""}}},
	{"a standalone quotation after reported speech by the same speaker", []string{
		"The first minister, Kate Forbes, spoke to reporters.",
		"“We are ready for this storm,” she said.",
		"She added that ministers would meet again at 5pm.",
		"“Nobody should travel tonight.”",
	}, []want{{"We are ready for this storm,", "Kate Forbes", ""}, {"Nobody should travel tonight.", "Kate Forbes", ""}}},

	// Posts.
	{"bare surname keeps to the subject, not a relative named before", []string{
		"Nora Quist won the race on Sunday.",
		"“Keep going,” said Erik Quist, her father, who coaches her.",
		"Quist, 27, was composed afterwards. “I heard him the whole way,” Quist said.",
	}, []want{{"Keep going,", "Erik Quist", ""}, {"I heard him the whole way,", "Nora Quist", ""}}},
	{"a spokesperson for a body named by a common noun", []string{
		"The Northfield Dockers Association has called a strike.",
		"“We have no choice,” a spokesperson for the union said.",
		"Harlow Borough Council opened a rest centre. “Nobody will sleep outside,” a council spokesman said.",
	}, []want{{"We have no choice,", "Northfield Dockers Association", ""}, {"Nobody will sleep outside,", "Harlow Borough Council", ""}}},
	{"a common noun naming no body in the article gives nobody", []string{
		"Police closed the road. “Stay away,” a council spokesperson said.",
	}, []want{{"Stay away,", "", ""}}},
	{"someone who gave only a first name", []string{
		"A woman who gave her name only as Priya said she had waited all night. “Nobody came,” she said.",
	}, []want{{"Nobody came,", "Priya", ""}}},
	{"someone who gave only a first name speaks with a colon", []string{
		"A younger man, who gave his name only as Felix, said: “Prison for glue? What a country.”",
	}, []want{{"Prison for glue? What a country.", "Felix", ""}}},
	{"a statement an organisation issued", []string{
		"Brenford Logistics has issued a statement.",
		"“We regret the delay,” the statement says.",
	}, []want{{"We regret the delay,", "Brenford Logistics", ""}}},
	{"a note by analysts at a firm", []string{
		"Analysts at Castlegate Capital said in a note that rates would fall. “Cuts are coming,” the note said.",
	}, []want{{"Cuts are coming,", "Castlegate Capital", ""}}},
	{"a report published on a day by a body", []string{
		"A report published on Monday by the Coastal Research Trust found that erosion had doubled.",
		"“The trend is clear,” the report said.",
	}, []want{{"The trend is clear,", "Coastal Research Trust", ""}}},
	{"an opening participle is not a name", []string{
		"Addressing the crowd, Ada Brennan was brief: “We will win.”",
	}, []want{{"We will win.", "Ada Brennan", ""}}},
	{"the judge is the person titled justice", []string{
		"Mrs Justice Helen Oduya dismissed the claim.",
		"“The claim has no merit,” the judge said.",
	}, []want{{"The claim has no merit,", "Helen Oduya", ""}}},
	{"a ministry named with a list of portfolios", []string{
		"The Department for Culture, Media and Sport said it was “watching closely”.",
	}, []want{{"watching closely", "Department for Culture, Media and Sport", ""}}},
	{"the subject of a participle after with", []string{
		"The talks ended on Friday, with Rita Manz leading and officials saying the gap was “still wide on every point”.",
	}, []want{{"still wide on every point", "", ""}}},
	{"as she puts it", []string{
		"Elena Rossi still keeps her first racket, which is, as she puts it, “a relic”.",
	}, []want{{"a relic", "Elena Rossi", ""}}},
	{"a reply in a dialogue is nobody's; the answer to it goes back", []string{
		"“Run it again,” says coach Tom Reyes.",
		"“You said that an hour ago.”",
		"“And I meant it then.”",
	}, []want{{"Run it again,", "Tom Reyes", ""}, {"You said that an hour ago.", "", ""}, {"And I meant it then.", "Tom Reyes", ""}}},
	{"embedded post", []string{
		"The minister replied on social media.",
		"@Lena Vogt| We will not be intimidated. https://t.co/abc",
	}, []want{{"We will not be intimidated. https://t.co/abc", "Lena Vogt", Post}}},
}

// checkFind runs Find on an article of paras and compares the quotations
// with wanted.
func checkFind(t *testing.T, paras []string, wanted []want) {
	t.Helper()
	checkFindWith(t, paras, nil, wanted)
}

// checkFindWith is checkFind with the options opts gives for the
// article's corpus; nil gives the zero Options.
func checkFindWith(t *testing.T, paras []string, opts func(*corpus.Corpus) Options, wanted []want) {
	t.Helper()
	checkFindIn(t, testCorpus(paras), opts, wanted)
}

// checkFindIn runs Find with the options opts gives on the corpus c and
// checks the quotations it returns against wanted.
func checkFindIn(t *testing.T, c *corpus.Corpus, opts func(*corpus.Corpus) Options, wanted []want) {
	t.Helper()
	var o Options
	if opts != nil {
		o = opts(c)
	}
	got := Find(c, o)
	checkQuotes(t, c, got)
	var gotW []want
	for _, q := range got {
		k := q.Kind
		if k == Statement {
			k = ""
		}
		gotW = append(gotW, want{q.Text, q.Speaker, k})
	}
	if fmt.Sprint(gotW) != fmt.Sprint(wanted) {
		t.Errorf("got %q,\nwant %q", gotW, wanted)
	}
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFind(t, tt.paras, tt.want)
		})
	}
}

// largeInputs are adversarial paragraphs: many quotations, names and
// marks in one sentence.
var largeInputs = []string{
	"“a” Smith said he “b” ",
	"Mary Jones, the woman, she told him “x, ",
	"\" “ \" \" ” ",
	"“We,” said Ann Lee, “will.” ",
	"the president “c” of the report ",
}

// TestLargeInputs checks the invariants on adversarial paragraphs. Their
// cost, which must stay about linear, is measured by
// BenchmarkLargeInputs: tests never assert times.
func TestLargeInputs(t *testing.T) {
	for _, p := range largeInputs {
		text := strings.Repeat(p, 2000)
		c := testCorpus([]string{text, text})
		checkQuotes(t, c, Find(c, Options{}))
	}
}

// BenchmarkLargeInputs times Find on adversarial paragraphs at two sizes;
// the time per op should grow about fourfold from 2,000 to 8,000 pieces.
func BenchmarkLargeInputs(b *testing.B) {
	for k, p := range largeInputs {
		for _, n := range []int{2000, 8000} {
			text := strings.Repeat(p, n)
			c := testCorpus([]string{text, text})
			b.Run(fmt.Sprintf("input=%d/pieces=%d", k, n), func(b *testing.B) {
				for b.Loop() {
					Find(c, Options{})
				}
			})
		}
	}
}
