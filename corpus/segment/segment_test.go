package segment

import (
	"slices"
	"testing"
)

// sentenceTests are news-style cases. Each wants the text of each span.
var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	// Empty and trivial input.
	{"empty", "", nil},
	{"only space", " \n\t ", nil},
	{"surrounding space", "  Hello world.  ", []string{"Hello world."}},
	{"headline", "Trump’s Military Proposal Faces Strong Mexican Resistance",
		[]string{"Trump’s Military Proposal Faces Strong Mexican Resistance"}},
	{"headline with question", "Mexico Pushes Back on Trump’s Security Deal—Sovereignty or Stubbornness?",
		[]string{"Mexico Pushes Back on Trump’s Security Deal—Sovereignty or Stubbornness?"}},

	// Quotations and attributions.
	{"quote ending in comma", "“We rejected it,” she said. “Mexico is free.”",
		[]string{"“We rejected it,” she said.", "“Mexico is free.”"}},
	{"period inside closing quote", "He said “Stop.” Then he left.",
		[]string{"He said “Stop.”", "Then he left."}},
	{"quoted word", "He said “no.” She said “yes.”",
		[]string{"He said “no.”", "She said “yes.”"}},
	{"single curly quotes", "He called it ‘a disaster.’ The mayor disagreed.",
		[]string{"He called it ‘a disaster.’", "The mayor disagreed."}},
	{"question then lower-case tag", "“Why now?” she asked. Nobody answered.",
		[]string{"“Why now?” she asked.", "Nobody answered."}},
	{"question then named tag", "“Is this the end?” Smith asked reporters on Monday.",
		[]string{"“Is this the end?” Smith asked reporters on Monday."}},
	{"question then a name and a verb of pressing", "“So that is the last of it?” Aurelius pressed. “It is,” she said.",
		[]string{"“So that is the last of it?” Aurelius pressed.", "“It is,” she said."}},
	{"exclamation then titled tag", "“Get out!” Mr. Jones shouted.",
		[]string{"“Get out!” Mr. Jones shouted."}},
	{"question then a body, a role and a name as its tag", "“Did the Army fail?” CBS News correspondent Nadia Fontaine asked him.",
		[]string{"“Did the Army fail?” CBS News correspondent Nadia Fontaine asked him."}},
	{"question then a name and words that are no role", "“Is this the end?” Fans in Leeds said nothing. “Why?” Smith and Jones said.",
		[]string{"“Is this the end?”", "Fans in Leeds said nothing.", "“Why?”", "Smith and Jones said."}},
	{"question then named tag with a description", "“Is any of this lost share?” Mira Patel, an analyst at Dunmore Securities, asked on the call.",
		[]string{"“Is any of this lost share?” Mira Patel, an analyst at Dunmore Securities, asked on the call."}},
	{"question then a name and a sentence of its own", "“Is this the end?” Smith, who has run the shop since 1990, closed it. Nobody answered.",
		[]string{"“Is this the end?”", "Smith, who has run the shop since 1990, closed it.", "Nobody answered."}},
	{"question then a name and a verb with its particle", "“And the price?” Tom Hale followed up. “Too high!” Ann Lee shot back.",
		[]string{"“And the price?” Tom Hale followed up.", "“Too high!” Ann Lee shot back."}},
	{"exclamation then a name and a verb without its particle", "“Stop!” Police fired tear gas at the crowd.",
		[]string{"“Stop!”", "Police fired tear gas at the crowd."}},
	{"a rank's abbreviation in capitals ends a sentence", "He gave an interview to RT. The Kremlin said nothing.",
		[]string{"He gave an interview to RT.", "The Kremlin said nothing."}},
	{"question then inverted tag", "“Are you sure?” asked the reporter.",
		[]string{"“Are you sure?” asked the reporter."}},
	{"quote of several sentences", "“We can collaborate. We can work together,” she said.",
		[]string{"“We can collaborate.", "We can work together,” she said."}},
	{"quote opening next sentence", "The talks ended. “We will be back,” he said.",
		[]string{"The talks ended.", "“We will be back,” he said."}},

	// Abbreviations.
	{"U.S. before a noun", "President Donald Trump offered to send U.S. troops into Mexico.",
		[]string{"President Donald Trump offered to send U.S. troops into Mexico."}},
	{"U.S. before a capitalised noun", "She called the U.S. Army in Virginia.",
		[]string{"She called the U.S. Army in Virginia."}},
	{"U.S. ending a sentence", "The cartels fueled the crisis in the U.S. Meanwhile, smuggling grew.",
		[]string{"The cartels fueled the crisis in the U.S.", "Meanwhile, smuggling grew."}},
	{"U.S. before a pronoun", "She works with the U.S. Her stance is firm.",
		[]string{"She works with the U.S.", "Her stance is firm."}},
	{"U.N. and U.K.", "The U.N. Security Council met on Friday. The U.K. abstained.",
		[]string{"The U.N. Security Council met on Friday.", "The U.K. abstained."}},
	{"U.K. ending a sentence", "The ship left Portsmouth, U.K. Its crew numbered 200.",
		[]string{"The ship left Portsmouth, U.K.", "Its crew numbered 200."}},
	{"hyphenated U.S.", "The U.S.-led coalition struck. Anti-U.S. protests followed.",
		[]string{"The U.S.-led coalition struck.", "Anti-U.S. protests followed."}},
	{"titles", "Mr. Smith and Mrs. Jones met Dr. Patel and Sen. Elizabeth Warren on Tuesday.",
		[]string{"Mr. Smith and Mrs. Jones met Dr. Patel and Sen. Elizabeth Warren on Tuesday."}},
	{"military titles", "Gen. Mark Milley spoke. Lt. Col. Alexander Vindman testified.",
		[]string{"Gen. Mark Milley spoke.", "Lt. Col. Alexander Vindman testified."}},
	{"Jr. inside a name", "Martin Luther King Jr. Day is a holiday. Offices close.",
		[]string{"Martin Luther King Jr. Day is a holiday.", "Offices close."}},
	{"Jr. ending a sentence", "The award went to Robert Smith Jr. He accepted it.",
		[]string{"The award went to Robert Smith Jr.", "He accepted it."}},
	{"initials", "The book was written by J. R. R. Tolkien. It appeared in 1954.",
		[]string{"The book was written by J. R. R. Tolkien.", "It appeared in 1954."}},
	{"middle initials", "George W. Bush and John F. Kennedy were both presidents.",
		[]string{"George W. Bush and John F. Kennedy were both presidents."}},
	{"company suffix", "Apple Inc. said revenue rose. Shares rose 3.5 percent.",
		[]string{"Apple Inc. said revenue rose.", "Shares rose 3.5 percent."}},
	{"company suffix ending a sentence", "The firm is owned by Smith & Co. Its shares fell.",
		[]string{"The firm is owned by Smith & Co.", "Its shares fell."}},
	{"Saint", "The company, based in St. Louis, moved.", []string{"The company, based in St. Louis, moved."}},
	{"No. before numbers", "No. 1 seed Duke beat No. 16 seed Norfolk in the first round.",
		[]string{"No. 1 seed Duke beat No. 16 seed Norfolk in the first round."}},
	{"vs. and i.e.", "Shares of Acme Corp. fell 4% vs. a year earlier, i.e. a record low.",
		[]string{"Shares of Acme Corp. fell 4% vs. a year earlier, i.e. a record low."}},
	{"police and council ranks", "“We’re going,” said Coun. Alexandre Mwangi-Fortin. Det. Const. Maria Lopez, Ofc. Dwayne Keller and Tpr. Jo Park agreed with Ald. Sam Ng and Asst. Chief Ann Lee.",
		[]string{"“We’re going,” said Coun. Alexandre Mwangi-Fortin.", "Det. Const. Maria Lopez, Ofc. Dwayne Keller and Tpr. Jo Park agreed with Ald. Sam Ng and Asst. Chief Ann Lee."}},
	{"state before a title", "Calif. Gov. Gavin Newsom signed the bill.",
		[]string{"Calif. Gov. Gavin Newsom signed the bill."}},
	{"state ending a sentence", "The law was signed in Sacramento, Calif. The governor praised it.",
		[]string{"The law was signed in Sacramento, Calif.", "The governor praised it."}},
	{"state after a city", "The rally was held in St. Paul, Minn. Thousands attended.",
		[]string{"The rally was held in St. Paul, Minn.", "Thousands attended."}},
	{"question tagged by a surname with a particle", "“Did you ever see him?” Mr al-Saffar asked. “No.”",
		[]string{"“Did you ever see him?” Mr al-Saffar asked.", "“No.”"}},
	{"question tagged by a surname with particles", "“Why?” asked Ms de la Cruz. “Why not?” Mr van der Berg said.",
		[]string{"“Why?” asked Ms de la Cruz.", "“Why not?” Mr van der Berg said."}},
	{"state in an agency's dateline", "NASHVILLE, Tenn. (AP) — Gov. Bill Lee halted the execution. He gave no reason.",
		[]string{"NASHVILLE, Tenn. (AP) — Gov. Bill Lee halted the execution.", "He gave no reason."}},
	{"D.C. in a broadcaster's dateline", "WASHINGTON, D.C. (WTOP) - Crews worked overnight.",
		[]string{"WASHINGTON, D.C. (WTOP) - Crews worked overnight."}},
	{"state before a bracketed sentence", "He moved to Springfield, Ill. (The town was small.) He stayed.",
		[]string{"He moved to Springfield, Ill.", "(The town was small.)", "He stayed."}},
	{"initials after a comma and a common word open a name", "His brother-in-law, W.P. Sarath Ranasinghe, disputes it. He was born in Washington, D.C. He moved.",
		[]string{"His brother-in-law, W.P. Sarath Ranasinghe, disputes it.", "He was born in Washington, D.C.", "He moved."}},
	{"a place in initials after a comma and a common word still ends a sentence", "The family moved to the nation's capital, D.C. Officials there welcomed them.",
		[]string{"The family moved to the nation's capital, D.C.", "Officials there welcomed them."}},
	{"D.C. after a city", "He lives in Washington, D.C. Police patrol his street.",
		[]string{"He lives in Washington, D.C.", "Police patrol his street."}},
	{"etc. ending a sentence", "They sold apples, pears, etc. Prices rose.",
		[]string{"They sold apples, pears, etc.", "Prices rose."}},
	{"etc. inside a sentence", "They sold apples, pears, etc. to buyers.",
		[]string{"They sold apples, pears, etc. to buyers."}},
	{"et al.", "The study by Smith et al. found no link.", []string{"The study by Smith et al. found no link."}},
	{"Ph.D.", "She earned a Ph.D. in physics. Her thesis was on lasers.",
		[]string{"She earned a Ph.D. in physics.", "Her thesis was on lasers."}},
	{"unit ending a sentence", "The temperature fell to -5 C. Schools closed.",
		[]string{"The temperature fell to -5 C.", "Schools closed."}},
	{"number after a colon", "The final score: 3. That is all.",
		[]string{"The final score: 3.", "That is all."}},
	{"letter ending a sentence", "The temperature was 98.6 degrees F. That is normal.",
		[]string{"The temperature was 98.6 degrees F.", "That is normal."}},

	// Numbers, money and dates.
	{"dollar amounts", "The deal is worth $1.2 billion. It closes in Jan. 2026.",
		[]string{"The deal is worth $1.2 billion.", "It closes in Jan. 2026."}},
	{"percent", "Prices rose 2.5%. The Fed is expected to act.",
		[]string{"Prices rose 2.5%.", "The Fed is expected to act."}},
	{"dates", "The vote is set for Sept. 30. Lawmakers return Oct. 1.",
		[]string{"The vote is set for Sept. 30.", "Lawmakers return Oct. 1."}},
	{"a.m. before a day", "The hearing starts at 10 a.m. Monday in Washington, D.C. The public may attend.",
		[]string{"The hearing starts at 10 a.m. Monday in Washington, D.C.", "The public may attend."}},
	{"p.m. ending a sentence", "The storm hit at 3 p.m. The city lost power.",
		[]string{"The storm hit at 3 p.m.", "The city lost power."}},
	{"a.m. ending a sentence", "The shooting happened at 2 a.m. Police said the suspect fled.",
		[]string{"The shooting happened at 2 a.m.", "Police said the suspect fled."}},
	{"a.m. before a time zone", "Ms. Sheinbaum spoke at 9 a.m. ET on Tuesday.",
		[]string{"Ms. Sheinbaum spoke at 9 a.m. ET on Tuesday."}},
	{"sentence opening with a number", "He graduated in 1998. 25 years later, he returned.",
		[]string{"He graduated in 1998.", "25 years later, he returned."}},
	{"vote tally", "The bill passed 52-48. Democrats opposed it.",
		[]string{"The bill passed 52-48.", "Democrats opposed it."}},

	// Ellipses and dashes.
	{"ellipsis inside a sentence", "The plan was … well, complicated.", []string{"The plan was … well, complicated."}},
	{"dots ending a sentence", "He paused... Then he spoke again.", []string{"He paused...", "Then he spoke again."}},
	{"ellipsis inside a quote", "“We will see…” she said.", []string{"“We will see…” she said."}},
	{"ellipsis before I", "I thought … I was wrong.", []string{"I thought … I was wrong."}},
	{"four dots", "It was over.... Or was it?", []string{"It was over....", "Or was it?"}},
	{"em dashes", "The offer—which Mexico rejected—was a surprise. Officials declined to comment.",
		[]string{"The offer—which Mexico rejected—was a surprise.", "Officials declined to comment."}},

	// Questions, exclamations and brackets.
	{"question and exclamation", "Why did he leave? Nobody knows! It remains a mystery.",
		[]string{"Why did he leave?", "Nobody knows!", "It remains a mystery."}},
	{"parenthesis inside a sentence", "The agency (founded in 1947) declined to comment. Its director resigned.",
		[]string{"The agency (founded in 1947) declined to comment.", "Its director resigned."}},
	{"sentence in parentheses", "He left early. (He returned later.) Then the meeting resumed.",
		[]string{"He left early.", "(He returned later.)", "Then the meeting resumed."}},

	// Addresses, names and lists.
	{"email and web address", "Write to press@example.com for details. Visit https://www.example.com/news.html. Tickets are free.",
		[]string{"Write to press@example.com for details.", "Visit https://www.example.com/news.html.", "Tickets are free."}},
	{"brand with a capital", "He worked at SubX.News for a year.", []string{"He worked at SubX.News for a year."}},
	{"brand in lower case", "The iPhone maker reported results. iPhone sales rose.",
		[]string{"The iPhone maker reported results.", "iPhone sales rose."}},
	{"numbered list", "1. Cut taxes. 2. Raise tariffs. 3. Build the wall.",
		[]string{"1. Cut taxes.", "2. Raise tariffs.", "3. Build the wall."}},
	{"list after a colon", "The plan has three steps: 1. Cut taxes. 2. Raise tariffs.",
		[]string{"The plan has three steps: 1. Cut taxes.", "2. Raise tariffs."}},
	{"bulleted list", "• Trump made an offer. • Sheinbaum rejected it",
		[]string{"• Trump made an offer.", "• Sheinbaum rejected it"}},
	{"blank line", "First part\n\nSecond part", []string{"First part", "Second part"}},
	{"wrapped line", "It was a cold\nnight.", []string{"It was a cold\nnight."}},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in, Options{})
			checkInvariants(t, tt.in, spans)
			if got := texts(tt.in, spans); !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	tests := []struct {
		in   string
		opts Options
		want []string
	}{
		{"The Dist. Court ruled.", Options{}, []string{"The Dist.", "Court ruled."}},
		{"The Dist. Court ruled.", Options{Abbreviations: []string{"dist"}}, []string{"The Dist. Court ruled."}},
		{"He works in the 5th Dist. He votes.", Options{Abbreviations: []string{"dist"}}, []string{"He works in the 5th Dist.", "He votes."}},
		{"He met Amb. Smith. He left.", Options{}, []string{"He met Amb.", "Smith.", "He left."}},
		{"He met Amb. Smith. He left.", Options{Titles: []string{"amb"}}, []string{"He met Amb. Smith.", "He left."}},
		{"He met the amb. Then he left.", Options{Titles: []string{"amb"}}, []string{"He met the amb.", "Then he left."}},
	}
	for _, tt := range tests {
		spans := Sentences(tt.in, tt.opts)
		checkInvariants(t, tt.in, spans)
		if got := texts(tt.in, spans); !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q, %+v)\ngot  %q\nwant %q", tt.in, tt.opts, got, tt.want)
		}
	}
}
