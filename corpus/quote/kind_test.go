package quote

import (
	"fmt"
	"testing"

	"parallax/corpus"
)

// singleRegionTests find quotations in single marks. Each wants the
// quoted texts; a paragraph starting with "# " is a heading.
var singleRegionTests = []struct {
	name string
	in   string
	want []string
}{
	{"live-blog heading", "16.12 'My mother is still in there'", []string{"My mother is still in there"}},
	{"curly heading", "‘I’ve been here since 6.30’", []string{"I’ve been here since 6.30"}},
	{"colon lead-in", "Premier: ‘My door is open’", []string{"My door is open"}},
	{"partial heading", "Minister: union ‘holding the city to ransom’", []string{"holding the city to ransom"}},
	{"one word", "11.55 Regional hospital 'overwhelmed'", []string{"overwhelmed"}},
	{"caption with says", "Dr Ailsa Ferreira with the fossil. ‘We had to rewrite the paper twice,’ she says. Photograph: Murdo Grant",
		[]string{"We had to rewrite the paper twice,"}},
	{"two in one paragraph", "‘Yes,’ she said. ‘No.’", []string{"Yes,", "No."}},
	{"possessive inside", "‘Our members’ pay has been cut,’ he said.", []string{"Our members’ pay has been cut,"}},
	{"elision inside", "‘It’s rock ’n’ roll,’ he said.", []string{"It’s rock ’n’ roll,"}},
	{"elision before a quotation", "Rock 'n' roll's 'golden era' is over", []string{"golden era"}},
	{"long paragraph with a reporting verb", "The headteacher, who has run the school for eleven years and taught in three others across the region before that, was clear about what had gone wrong this year. ‘We teach children, not numbers,’ says Ms Okafor.",
		[]string{"We teach children, not numbers,"}},
	{"closing after a plural", "Council says it has ‘no good options’ after £38m budget gap", []string{"no good options"}},
	{"plural closing before an article", "Judge says farmer showed ‘wilful blindness’ to leaking lagoon", []string{"wilful blindness"}},
	{"plural possessive inside, plural closing", "Landlord said the weekend was worth ‘a good six weeks’ takings’ to the pub.", []string{"a good six weeks’ takings"}},

	{"no marks", "Rescuers worked through the night.", nil},
	{"apostrophes only", "It’s the people’s money, and don’t forget it.", nil},
	{"straight apostrophes", "It's the people's money, and don't forget it.", nil},
	{"decade", "Music of the ’90s and the '80s returned.", nil},
	{"plural possessive", "The players’ union met the owners’ group.", nil},
	{"plural possessive after an opening mark", "Jones' car hit the 'Smiths' fence on Monday.", nil},
	{"elided word", "They played rock 'n' roll all night.", nil},
	{"o'clock", "The vote is at ten o’clock.", nil},
	{"double marks in the paragraph", "“He said ‘go’ and left,” she said.", nil},
	{"unclosed", "‘We will fight on, she said.", nil},
	{"long paragraph without a reporting verb", "The council has spent the better part of a decade arguing about the 'garden tax', which would charge households for collecting green waste, and nobody on either side of the chamber expects that argument to end this year.", nil},
}

func TestSingleRegions(t *testing.T) {
	for _, tt := range singleRegionTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range singleRegions(tt.in, corpus.KindText) {
				got = append(got, tt.in[r.start:r.end])
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("singleRegions(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// kindTests are invented news paragraphs for the rules of kind.go, run as
// findTests are.
var kindTests = []struct {
	name  string
	paras []string
	want  []want
}{
	{"what a body calls its cause is a term, and so is what it called a thing in a few words", []string{
		"A local campaign group, Parents for Choice, which opposes what it calls “mandatory medicine”, has urged families to wait.",
		"The museum had for years cited what it called its “whole collection” policy to reject claims.",
		"The chipmaker cut its forecast, citing what it called a “digestion period” among customers.",
	}, []want{{"mandatory medicine", "", Term}, {"whole collection", "", Term}, {"digestion period", "", Term}}},
	{"the name a thing goes by in the passive, or that a group has given it, is a term; what one calls a decision is a statement", []string{
		"Norovirus is sometimes called the \"stomach flu,\" although it is not related to influenza.",
		"Villagers have for years called the slope “the crying hill” because water seeps out of it.",
		"Workers have called the decision a \"betrayal.\"",
		"The mayor has called the plan “a disgrace”.",
		"Opponents have called the plan “the worst deal in a generation”.",
	}, []want{{"stomach flu,", "", Term}, {"the crying hill", "", Term}, {"betrayal.", "", ""}, {"a disgrace", "", ""}, {"the worst deal in a generation", "", ""}}},
	// Single marks in headings and captions.
	{"a live-blog heading takes the speaker of the words it repeats", []string{
		"16.12 'My mother is still in there'",
		"Rosa Mamani, 47, has waited at the cordon since dawn.",
		"“She goes in at three every morning,” Mamani said. “My mother is still in there.”",
	}, []want{{"My mother is still in there", "Rosa Mamani", ""}, {"She goes in at three every morning, My mother is still in there.", "Rosa Mamani", ""}}},
	{"a heading does not float to the speaker before it", []string{
		"“We are ready,” said Mayor Tom Reyes.",
		"'Nobody came'",
		"A woman who did not give her name said: “Nobody came to help us.”",
	}, []want{{"We are ready,", "Tom Reyes", ""}, {"Nobody came", "", ""}, {"Nobody came to help us.", "", ""}}},
	{"a heading's quotation closes after a plural before a preposition", []string{
		"Council says it has ‘no good options’ after £38m budget gap",
		"The council’s leader, Janet Pryor, said the authority had been left with “no good options”.",
	}, []want{{"no good options", "Janet Pryor", ""}, {"no good options", "Janet Pryor", ""}}},
	{"a heading's words the prose marks as a term are a term", []string{
		"Regulator opens inquiry into ‘dry spills’ as water company defends its record",
		"The company’s overflows discharged 412 times in so-called “dry spills”, when no rain had fallen.",
		"“Most of those so-called dry spills followed days of heavy rain,” said Marcus Quaye, the company’s chief executive.",
	}, []want{{"dry spills", "", Term}, {"dry spills", "", Term}, {"Most of those so-called dry spills followed days of heavy rain,", "Marcus Quaye", ""}}},
	{"a one-word heading is a statement, not a scare quote", []string{
		"11.55 Regional hospital 'overwhelmed'",
	}, []want{{"overwhelmed", "", ""}}},
	{"a caption with says", []string{
		"Pupils practise phonics. ‘We teach children, not numbers,’ says Adaeze Okafor.",
	}, []want{{"We teach children, not numbers,", "Adaeze Okafor", ""}}},
	{"single marks inside double ones stay inside", []string{
		"“He came home and said, ‘Am I stupid?’ He’s six,” says Leanne Dutton.",
	}, []want{{"He came home and said, ‘Am I stupid?’ He’s six,", "Leanne Dutton", ""}}},

	// Posts introduced in prose.
	{"posted on a platform before a colon", []string{
		"Lyle Brannock posted on X minutes after the vote: “Promise made, promise kept.”",
	}, []want{{"Promise made, promise kept.", "Lyle Brannock", Post}}},
	{"wrote on a platform after the quotation", []string{
		"“It is dead on arrival,” Sen. Naomi Driscoll wrote on X.",
	}, []want{{"It is dead on arrival,", "Naomi Driscoll", Post}}},
	{"said on a platform, split", []string{
		"“This ruling is a win,” Sen. Tom Vickery said on X. “Congress should write it into law.”",
	}, []want{{"This ruling is a win, Congress should write it into law.", "Tom Vickery", Post}}},
	{"posted with a colon", []string{
		"Rep. Alana Kealoha, a Democrat from Hawaii, posted: “Good day for the Constitution.”",
	}, []want{{"Good day for the Constitution.", "Alana Kealoha", Post}}},
	{"tweeted", []string{
		"“We will be back,” Mayor Ruth Cole tweeted on Sunday.",
	}, []want{{"We will be back,", "Ruth Cole", Post}}},
	{"a post in the lead-in paragraph", []string{
		"West Yorkshire Police say on Facebook:",
		"“Please avoid the area.”",
	}, []want{{"Please avoid the area.", "West Yorkshire Police", Post}}},
	{"a caption on Instagram", []string{
		"Mateo Ferrante posted a photograph of himself on Instagram with the caption: “Some dreams can’t wait.”",
	}, []want{{"Some dreams can’t wait.", "Mateo Ferrante", Post}}},
	{"wrote after a paragraph about a post", []string{
		"The singer Nell Darrow cancelled the tour in a short post on Instagram.",
		"“I’m so sorry. I love you,” she wrote.",
	}, []want{{"I’m so sorry. I love you,", "Nell Darrow", Post}}},
	{"wrote in a ruling is not a post", []string{
		"“The Fourth Amendment does not lose its force,” Justice Eleanor Whitcombe wrote.",
	}, []want{{"The Fourth Amendment does not lose its force,", "Eleanor Whitcombe", ""}}},
	{"wrote in a message app is not a post", []string{
		"Ann Barraclough sent the clip to the group’s WhatsApp chat.",
		"“Finally,” she wrote.",
	}, []want{{"Finally,", "Ann Barraclough", ""}}},
	{"a partial quotation after writing on a platform is the post's", []string{
		"Senator Patricia Wen replied on X that the president “should spend less time posting”.",
	}, []want{{"should spend less time posting", "Patricia Wen", Post}}},
	{"a platform in a relative clause after the speaker", []string{
		"“We will win,” said Tom Hale, who has a million followers on Instagram.",
	}, []want{{"We will win,", "Tom Hale", ""}}},
	{"a photo posted with a caption", []string{
		"On Monday night, Jalen Prewitt posted a photo of himself in an empty gym in Atlanta, captioned simply: “Still locked in.”",
	}, []want{{"Still locked in.", "Jalen Prewitt", Post}}},
	{"wrote after a paragraph about a Telegram channel", []string{
		"Two workers were injured, Mayor Vitalii Marchuk said on Telegram.",
		"“The city has survived worse, and it will survive this,” Marchuk wrote.",
	}, []want{{"The city has survived worse, and it will survive this,", "Vitalii Marchuk", Post}}},
	{"wrote in a platform's group", []string{
		"In a Telegram group for Vantex users, Ola Dahl wrote on Tuesday: “Any news from the liquidators?”",
	}, []want{{"Any news from the liquidators?", "Ola Dahl", Post}}},
	{"added in a later post", []string{
		"“Users deserve to know this was no accident,” Kevin Marsh added in a later post.",
	}, []want{{"Users deserve to know this was no accident,", "Kevin Marsh", Post}}},
	{"said in a video posted to a site", []string{
		"“Deputies went door to door on Rimrock Road,” Sgt. Bryce Hollings said in a video posted to the agency’s Facebook page.",
		"In a video posted on Instagram, Ana Ruiz said: “We are staying put.”",
		"Camille Ferrand, whose videos are followed by more than 200,000 people, posted on Instagram on Sunday:",
		"“Tomorrow I leave my goats with my father.”",
	}, []want{{"Deputies went door to door on Rimrock Road,", "Bryce Hollings", ""}, {"We are staying put.", "Ana Ruiz", ""},
		{"Tomorrow I leave my goats with my father.", "Camille Ferrand", Post}}},
	{"said in a post on social media", []string{
		"“Texas businesses should not be held hostage,” Sen. Raymond Tuttle said in a post on social media.",
	}, []want{{"Texas businesses should not be held hostage,", "Raymond Tuttle", Post}}},
	{"said on social media", []string{
		"“Do not return to your homes yet,” the agency said on social media.",
		"Writing on social media, Mayor Ana Ruiz said: “Stay safe tonight.”",
		"She posted on social media: “Heartbreaking scenes.”",
	}, []want{{"Do not return to your homes yet,", "", Post}, {"Stay safe tonight.", "Ana Ruiz", Post}, {"Heartbreaking scenes.", "Ana Ruiz", Post}}},
	{"words seen on social media are no post", []string{
		"“Rumours are being spread on social media,” said Ana Ruiz, the mayor. “Rely only on official notices.”",
		"Ruiz said a screenshot on social media was fake: “It is not ours.”",
	}, []want{{"Rumours are being spread on social media, Rely only on official notices.", "Ana Ruiz", ""}, {"It is not ours.", "Ana Ruiz", ""}}},
	{"a post with a caption", []string{
		"The union posted a short video on Monday, with the caption: “We didn’t want this.”",
		"One widely circulated post showed the stand’s rusted supports with a one-word caption: “Vintage.”",
		"Dante Whitlow posted a video of the bench with the caption “ROOKIE SZN!!!”",
	}, []want{{"We didn’t want this.", "", Post}, {"Vintage.", "", Post}, {"ROOKIE SZN!!!", "Dante Whitlow", Post}}},
	{"a company posting results", []string{
		"Norvik Shipping posted a loss of $3m on Monday. “It was a hard year,” said Ola Berg, its chief executive.",
	}, []want{{"It was a hard year,", "Ola Berg", ""}}},

	// Labels, glosses and titles.
	{"what people habitually call", []string{
		"Aftershocks have hampered what rescuers call the “golden hours” of the search.",
	}, []want{{"golden hours", "", Term}}},
	{"what a company calls its programme", []string{
		"The company handed over the data through what it calls its “connected services” program.",
	}, []want{{"connected services", "", Term}}},
	{"what someone called, in the past, is an evaluation", []string{
		"Priya Sandhu accused the party of running what she called a “fear-first” campaign.",
	}, []want{{"fear-first", "Priya Sandhu", ""}}},
	{"the writer's own name for it", []string{
		"That is the kind of line that columnists like me tend to call “pivoting to the center.”",
	}, []want{{"pivoting to the center.", "", Term}}},
	{"a definite epithet after an object pronoun", []string{
		"His supporters called him “the fixer.” Her opponent's ads called her “Ruth the Regulator.”",
	}, []want{{"the fixer.", "", Term}, {"Ruth the Regulator.", "", Term}}},
	{"an evaluation after an object pronoun stays a statement", []string{
		"A review by the critic Sam Hale called it “the sound of somebody learning to breathe again”.",
	}, []want{{"the sound of somebody learning to breathe again", "Sam Hale", ""}}},
	{"an evaluation of a thing stays a statement", []string{
		"Councillor Ann Webb called the plan “reckless”.",
	}, []want{{"reckless", "Ann Webb", ""}}},
	{"a designation with an article", []string{
		"Chief fire officer Neil Pritchard said the service had declared a “major incident”.",
		"Nurse Ada Obi said managers ran what staff have nicknamed the “skeleton rota”.",
	}, []want{{"major incident", "", Term}, {"skeleton rota", "", Term}}},
	{"a gloss", []string{
		"The word may not survive, jokes Tomasz Wierzbicki: it means “winged lizard”.",
	}, []want{{"winged lizard", "", Term}}},
	{"a consequence is not a gloss", []string{
		"Mayor Ann Webb said it means “a lot of pain for families”.",
	}, []want{{"a lot of pain for families", "Ann Webb", ""}}},
	{"a gloss after the quotation", []string{
		"Players are encouraged to “make their feelings known”, which is a polite way of saying refuse to work.",
	}, []want{{"make their feelings known", "", Term}}},
	{"a long title", []string{
		"The paper appeared in Nature under the title “A feathered pterosaur from the Middle Jurassic of Scotland”.",
	}, []want{{"A feathered pterosaur from the Middle Jurassic of Scotland", "", Term}}},
	{"a quotation modifying a noun", []string{
		"The government has promised £40m for “catch-up” tutoring. There have been bids, counter-bids, “final” bids and threats.",
	}, []want{{"catch-up", "", Term}, {"final", "", Term}}},
	{"a quotation modifying a noun after a verb of speech stays a statement", []string{
		"Economist Jean Perrault warned of a “lose-lose” trade war.",
		"“We will appeal” lawyer Daniel Price said.",
		"Councillor Ann Webb said the figures showed a “worrying” trend.",
	}, []want{{"lose-lose", "Jean Perrault", ""}, {"We will appeal", "Daniel Price", ""}, {"worrying", "Ann Webb", ""}}},
	{"a compound name in reported speech is a term", []string{
		"In February the council warned that it could face a “section 114” notice.",
	}, []want{{"section 114", "", Term}}},
	{"a list of scare quotes", []string{
		"The deal has been “close” six times. One evening it was “done”, “agreed in principle” and “collapsing” within three hours.",
	}, []want{{"close", "", Term}, {"done", "", Term}, {"agreed in principle", "", Term}, {"collapsing", "", Term}}},
	{"a partial quotation of a named person stays a statement", []string{
		"Cody Brannigan promised to “blow up” the department.",
	}, []want{{"blow up", "Cody Brannigan", ""}}},
	{"what a group of people call something is a term", []string{
		"Many patients describe a swelling they call “endo belly,” in a run some supporters have started calling the “Ferris Road curse”.",
		"Summits produce what veteran negotiators call “constructive ambiguity” — wording vague enough for all.",
		"Sales fell, reflecting what executives called a “digestion phase” among customers.",
	}, []want{{"endo belly,", "", "term"}, {"Ferris Road curse", "", "term"}, {"constructive ambiguity", "", "term"}, {"digestion phase", "", "term"}}},
	{"a name set off after the noun for it", []string{
		"The family wore T-shirts printed with his nickname, “Sunny.”",
		"She wrote a thesis, “Walls That Breathe,” which her supervisor returned.",
		"He drove to her house and, in her words, “just sat in the kitchen for six hours”.",
	}, []want{{"Sunny.", "", "term"}, {"Walls That Breathe,", "", "term"}, {"just sat in the kitchen for six hours", "", ""}}},
	{"a chant is words, signs and names after a possessive are terms", []string{
		"The home fans’ chant of “you don’t know what you’re doing” was audible from the 80th minute.",
		"Strikers carried signs reading “No Second Class at Cedar Bend.”",
		"The party asked for contributions to what it called its “Election Integrity Defense Fund.”",
		"“The Salt Houses” will be released in November.",
	}, []want{{"you don’t know what you’re doing", "", ""}, {"No Second Class at Cedar Bend.", "", "term"}, {"Election Integrity Defense Fund.", "", "term"}, {"The Salt Houses", "", "term"}}},
	{"a name in title case with its small words, and a title ending in a period", []string{
		"Lisette Bauvais said she trusted the exchange because of its “Proof of Reserves” dashboard.",
		"The orchestra proposed billing the final concerts as “A Farewell to Teodora.” She vetoed it.",
		"“Are you done?” Anna Reyes asked. Lena Ortiz said: “Not yet.”",
	}, []want{{"Proof of Reserves", "", "term"}, {"A Farewell to Teodora.", "", "term"}, {"Are you done?", "Anna Reyes", ""}, {"Not yet.", "Lena Ortiz", ""}}},
	{"the name a clause after a noun gives a thing or a person is a term", []string{
		"The selling point is something Halvorn calls “Rewind.” The camera uses a sensor the company calls “Iris Core,” made in Taiwan.",
		"Duncan Meare said the trophy belonged to Obi, whom teammates call “Bulldozer”.",
		"Councillor Ann Webb called “Order!” twice before the vote.",
	}, []want{{"Rewind.", "", "term"}, {"Iris Core,", "", "term"}, {"Bulldozer", "", "term"}, {"Order!", "Ann Webb", ""}}},
	{"names given with as after an object or a phrase", []string{
		"The bank extended the loans again, a practice known in the industry as “extend and pretend.”",
		"Denise Okoro said administrators referred to shifts run below minimum staffing as “going lean.”",
		"Raymond Cheung said slopes registered as “low consequence” were rarely inspected.",
	}, []want{{"extend and pretend.", "", "term"}, {"going lean.", "", "term"}, {"low consequence", "", "term"}}},
	{"a banner, a programme, a name given to an object, titles after works", []string{
		"The Liberal Democrats called for a pay review under the banner “fix it, don’t fight it”.",
		"“We are in it for the long haul,” Nathaniel Okonkwo told CNN’s “Early Start” on Tuesday.",
		"Keisha Landreth said crews had taken to calling the rotating on-call system “Run Till You Drop.”",
		"Eleanor Truitt read from a list of books that had been challenged, among them “To Kill a Mockingbird” and “The Diary of a Young Girl.”",
	}, []want{{"fix it, don’t fight it", "", "term"}, {"We are in it for the long haul,", "Nathaniel Okonkwo", ""}, {"Early Start", "", "term"},
		{"Run Till You Drop.", "", "term"}, {"To Kill a Mockingbird", "", "term"}, {"The Diary of a Young Girl.", "", "term"}}},
	{"what a group has taken to calling something, or calls it, or has nicknamed it", []string{
		"Locals have already taken to calling it the “Big Wet of '26”, and older residents agree.",
		"It is the latest sign of what industry executives have taken to calling the “EV winter”.",
		"Villagers call it the “bleeding mountain” because of the red streaks on its face.",
		"The grid operator repeats the advice so often that Ukrainians have nicknamed it the “kettle rule.”",
	}, []want{{"Big Wet of '26", "", "term"}, {"EV winter", "", "term"}, {"bleeding mountain", "", "term"}, {"kettle rule.", "", "term"}}},
	{"what a group has described as something", []string{
		"The quake ruptured a segment of the fault that scientists had described as a “seismic gap”.",
		"The chief said the department would review traffic stops, which activists have long described as “pretext stops.”",
	}, []want{{"seismic gap", "", "term"}, {"pretext stops.", "", "term"}}},
	{"what a group has called something, not what it said something was at length", []string{
		"It was a ruling that residents have called the “harbour deal.”",
		"Sales fell, reflecting what executives called “a pause while carmakers work through the chips they bought”.",
	}, []want{{"harbour deal.", "", "term"}, {"a pause while carmakers work through the chips they bought", "", ""}}},
}

func TestKinds(t *testing.T) {
	for _, tt := range kindTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFind(t, tt.paras, tt.want)
		})
	}
}
