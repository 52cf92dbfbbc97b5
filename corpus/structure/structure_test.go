package structure

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"parallax/corpus"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		want  []string // kind:text
	}{
		{
			name:  "headline and heading",
			in:    "Big News Today\n\nFirst paragraph here.\n\nA Section Heading\n\nMore text follows.",
			title: "Big News Today",
			want:  []string{"text:First paragraph here.", "heading:A Section Heading", "text:More text follows."},
		},
		{
			name:  "headline with question mark",
			in:    "Sovereignty or Stubbornness?\nBody text.",
			title: "Sovereignty or Stubbornness?",
			want:  []string{"text:Body text."},
		},
		{
			name:  "no headline: first line is running text",
			in:    "The first paragraph of an article with no headline ends like a sentence.\nMore.",
			title: "The first paragraph of an article with no headline ends like a sentence",
			want:  []string{"text:The first paragraph of an article with no headline ends like a sentence.", "text:More."},
		},
		{
			name:  "bullets with several markers",
			in:    "Title\n• one\n- two\n* three\n  – four\nText.",
			title: "Title",
			want:  []string{"bullet:one", "bullet:two", "bullet:three", "bullet:four", "text:Text."},
		},
		{
			name:  "a list led by a colon without marks; a heading after marked bullets",
			in:    "Title\nKey points:\nThe budget forecasts a deficit\nThe treasurer says assets will not be sold\nThe story begins here.\n- one\nA Heading After Them\nText.",
			title: "Title",
			want: []string{"text:Key points:", "bullet:The budget forecasts a deficit", "bullet:The treasurer says assets will not be sold",
				"text:The story begins here.", "bullet:one", "heading:A Heading After Them", "text:Text."},
		},
		{
			name:  "a headline of two sentences",
			in:    "A rural hospital is closing. For patients, the nearest ER will be 70 miles away\n\nThe hospital closes on Friday.\n\nMore text.",
			title: "A rural hospital is closing. For patients, the nearest ER will be 70 miles away",
			want:  []string{"text:The hospital closes on Friday.", "text:More text."},
		},
		{
			name:  "a first line of speech is no headline",
			in:    "“We will rebuild,” the mayor said. “Every house”\n\nMore text.",
			title: "“We will rebuild,” the mayor said",
			want:  []string{"text:“We will rebuild,” the mayor said. “Every house”", "text:More text."},
		},
		{
			name:  "deck lines above a byline are not one hard-wrapped paragraph",
			in:    "Mill Strike Spreads\n\nWorkers at three mills walk out over a pay freeze that has lasted two years\nUnion leaders say three weeks of talks with the mill owners went nowhere\n\nBy Tom Roe\nMarch 4, 2026\n\nWorkers walked out on Monday.\n\nMore text.",
			title: "Mill Strike Spreads",
			want:  []string{"text:Workers at three mills walk out over a pay freeze that has lasted two years", "text:Union leaders say three weeks of talks with the mill owners went nowhere", "heading:March 4, 2026", "text:Workers walked out on Monday.", "text:More text."},
		},
		{
			name:  "a dateline under the byline is no caption",
			in:    "Mill Strike Spreads\n\nBy Tom Roe\n\nUpdated March 4, 2026 5:00 AM ET\n\nWorkers walked out on Monday.",
			title: "Mill Strike Spreads",
			want:  []string{"heading:Updated March 4, 2026 5:00 AM ET", "text:Workers walked out on Monday."},
		},
		{
			name:  "a label in capitals ending in a colon heads the list after it",
			in:    "Title\nThe story begins here.\nKey Developments:\nThe founder backs an outsider\nShares fall\nText.",
			title: "Title",
			want:  []string{"text:The story begins here.", "heading:Key Developments:", "bullet:The founder backs an outsider", "bullet:Shares fall", "text:Text."},
		},
		{
			name:  "hyphenated word is not a bullet",
			in:    "Title\n-30 degrees outside.\nText.",
			title: "Title",
			want:  []string{"text:-30 degrees outside.", "text:Text."},
		},
		{
			name:  "two sentences are never a heading",
			in:    "Title\nIt happened. Why did it?\nText.",
			title: "Title",
			want:  []string{"text:It happened. Why did it?", "text:Text."},
		},
		{
			name:  "a sentence and a quotation cut off are two sentences",
			in:    "Title\nHe cut in before she had finished. “That is simply not true —”\nText.",
			title: "Title",
			want:  []string{"text:He cut in before she had finished. “That is simply not true —”", "text:Text."},
		},
		{
			name:  "a quoted question on its own line is speech, not a heading",
			in:    "Title\nThe prosecutor turned to him.\n“Was there a loan agreement?”\n\"Did anyone know?\"\nText.",
			title: "Title",
			want:  []string{"text:The prosecutor turned to him.", "text:“Was there a loan agreement?”", "text:\"Did anyone know?\"", "text:Text."},
		},
		{
			name:  "a question a clause reports with a verb of speech and a colon or a comma is text, not a heading",
			in:    "Title\nThe press conference began at noon.\nOne reporter asked: “Did your coach know the rule?”\nOutside, she laughs, because, she says, \"what else is there?\"\nWatchdog chief warned: “Who will pay for this?”\nMinister: “Why should we pay?”\nReeves on tax: “No return to austerity”\nUrsula von der Leyen: “Europe must act now”\nRead More from the Courier: “Why are the taps dry?”\nYorkshire Post: “Town cut off by floods”\nFlood Warning: “Leave your homes now”\nAlso read: “Taps run dry in Hartwell”\nText.",
			title: "Title",
			want: []string{"text:The press conference began at noon.", "text:One reporter asked: “Did your coach know the rule?”", "text:Outside, she laughs, because, she says, \"what else is there?\"", "text:Watchdog chief warned: “Who will pay for this?”", "heading:Minister: “Why should we pay?”",
				"heading:Reeves on tax: “No return to austerity”", "heading:Ursula von der Leyen: “Europe must act now”",
				"heading:Read More from the Courier: “Why are the taps dry?”", "heading:Yorkshire Post: “Town cut off by floods”",
				"heading:Flood Warning: “Leave your homes now”", "heading:Also read: “Taps run dry in Hartwell”", "text:Text."},
		},
		{
			name:  "a question the writer narrates putting is text, not a heading",
			in:    "Title\nBack at the kitchen table, I had put her question to Rosalind: which future generations?\nWhat happens next?\nText.",
			title: "Title",
			want:  []string{"text:Back at the kitchen table, I had put her question to Rosalind: which future generations?", "heading:What happens next?", "text:Text."},
		},
		{
			name:  "line ending in a colon leads into text",
			in:    "Title\nHe said:\nText.",
			title: "Title",
			want:  []string{"text:He said:", "text:Text."},
		},
		{
			name:  "leading blank lines",
			in:    "\n\n  Title Here  \nText.",
			title: "Title Here",
			want:  []string{"text:Text."},
		},
	}
	for _, tt := range tests {
		doc := Parse(tt.in, Options{})
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.title)
		}
		got := blockTexts(doc)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: blocks\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestDerivedTitleIsShort(t *testing.T) {
	long := strings.Repeat("word ", 60) + "end."
	doc := Parse(long, Options{})
	if n := len(strings.Fields(doc.Title)); n > 13 {
		t.Errorf("derived title has %d words: %q", n, doc.Title)
	}
	if doc.TitleLine != 0 {
		t.Errorf("derived title has line %d, want 0", doc.TitleLine)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != corpus.KindText {
		t.Errorf("the paragraph must stay in the text: %+v", doc.Blocks)
	}
}

func TestLinesAreKept(t *testing.T) {
	doc := Parse("Title\n\n\nText one.\n\nText two.", Options{})
	var lines []int
	for _, b := range doc.Blocks {
		lines = append(lines, b.Line)
	}
	if fmt.Sprint(lines) != "[4 6]" || doc.TitleLine != 1 {
		t.Errorf("lines %v title line %d, want [4 6] and 1", lines, doc.TitleLine)
	}
}

func TestPostsBylineCaptionStandfirstChrome(t *testing.T) {
	in := strings.Join([]string{
		"Storm Batters the Coast", // 1
		"By Jane Doe and John Roe",
		"Waves over the harbour wall",
		"A storm hit the coast on Monday, officials said.",
		"Advertisement",
		"The mayor spoke at noon from the emergency centre, where crews had gathered since dawn. She said that every road out of the harbour district would stay closed until the water went down, and asked residents to keep off the beaches.",
		"BREAKING: roads closed",
		"Stay safe everyone! https://t.co/abc pic.twitter.com/xyz",
		"— City of Example (@example_city) March 3, 2025",
		"Crews worked through the night to clear the roads.",
		"Related Articles",
		"More From Our Site",
		"Trending",
	}, "\n")
	doc := Parse(in, Options{})
	if doc.Title != "Storm Batters the Coast" || doc.Byline != "By Jane Doe and John Roe" {
		t.Errorf("title %q byline %q", doc.Title, doc.Byline)
	}
	got := blockTexts(doc)
	want := []string{
		"caption:Waves over the harbour wall",
		"text:A storm hit the coast on Monday, officials said.",
		"text:The mayor spoke at noon from the emergency centre, where crews had gathered since dawn. She said that every road out of the harbour district would stay closed until the water went down, and asked residents to keep off the beaches.",
		"post:BREAKING: roads closed Stay safe everyone! https://t.co/abc pic.twitter.com/xyz",
		"text:Crews worked through the night to clear the roads.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.Standfirst != 1 {
		t.Errorf("standfirst %d, want 1", doc.Standfirst)
	}
	if len(doc.Blocks) == 5 {
		p := doc.Blocks[3].Post
		if p == nil || p.Author != "City of Example" || p.Handle != "@example_city" || p.Date != "March 3, 2025" || len(p.Links) != 2 {
			t.Errorf("post = %+v", p)
		}
		if doc.Blocks[3].Line != 7 || doc.Blocks[4].Line != 10 {
			t.Errorf("post on line %d, next block on %d; want 7 and 10", doc.Blocks[3].Line, doc.Blocks[4].Line)
		}
	}
	var dropped []string
	for _, d := range doc.Dropped {
		dropped = append(dropped, fmt.Sprintf("%d:%s", d.Line, d.Text))
	}
	if got, want := strings.Join(dropped, " "), "5:Advertisement 11:Related Articles 12:More From Our Site 13:Trending"; got != want {
		t.Errorf("dropped %q, want %q", got, want)
	}
}

func TestHardWrappedParagraphsAreJoined(t *testing.T) {
	in := "A Headline\n\nThe council voted on Tuesday to approve the new budget after a long\ndebate that ran past midnight.\n\nA Section Heading\n\nShort line one.\nShort line two."
	doc := Parse(in, Options{})
	got := blockTexts(doc)
	want := []string{
		"text:The council voted on Tuesday to approve the new budget after a long debate that ran past midnight.",
		"heading:A Section Heading",
		"text:Short line one.",
		"text:Short line two.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
	if b := doc.Blocks[0]; in[b.Start:b.Start+3] != "The" || in[b.End-1] != '.' {
		t.Errorf("offsets [%d,%d) do not frame the joined block", b.Start, b.End)
	}
}

func TestLastShortLineOfAStoryIsKept(t *testing.T) {
	doc := Parse("Headline Here\nThe story ends here.", Options{})
	if len(doc.Blocks) != 1 || len(doc.Dropped) != 0 {
		t.Errorf("blocks %+v dropped %+v", doc.Blocks, doc.Dropped)
	}
}

func TestBylineAfterStandfirst(t *testing.T) {
	tests := []struct {
		name       string
		in         []string
		byline     string
		firstBlock string
	}{
		{"standfirst then byline", []string{
			"Nell Darrow: ‘I cancelled Wembley and I would do it again’",
			"The singer on walking away from the biggest tour of her life",
			"By Rhiannon Teague",
			"Nell Darrow is late.",
		}, "By Rhiannon Teague", "The singer on walking away from the biggest tour of her life"},
		{"byline under the headline", []string{
			"Storm Batters the Coast",
			"By Jane Doe",
			"A storm hit the coast on Monday.",
		}, "By Jane Doe", "A storm hit the coast on Monday."},
		{"two deck lines, a dateline and a programme above the byline stay apart", []string{
			"Mill Strike Spreads to Three Towns",
			"Workers walk out over pay freeze",
			"Union says talks ‘went nowhere’",
			"March 4, 2026 5:00 AM ET",
			"By Ana de la Cruz and Tom Roe",
			"Workers at three mills walked out on Monday.",
		}, "By Ana de la Cruz and Tom Roe", "Workers walk out over pay freeze"},
		{"a byline with a role after a comma", []string{
			"Comet Lights Up the Evening Sky",
			"By Lucy Marsh, Science correspondent",
			"A comet is visible tonight.",
		}, "By Lucy Marsh, Science correspondent", "A comet is visible tonight."},
		{"a magazine's words-by line is a byline", []string{
			"The Summer the Reef Turned White",
			"Off the island of Nakeli, a heatwave has bleached a reef. Can anything bring it back?",
			"Words by Isabela Moreno-Achterberg. Photographs by Kenji Watanuki-Ross",
			"Dr Salote Vainikolo-Hart surfaces beside the boat.",
		}, "Words by Isabela Moreno-Achterberg. Photographs by Kenji Watanuki-Ross", "Off the island of Nakeli, a heatwave has bleached a reef. Can anything bring it back?"},
		{"by and a day open a clause, not a byline", []string{
			"Mill Strike Spreads",
			"By Friday evening, crowds had gathered.",
			"By Tuesday, it was over.",
		}, "", "By Friday evening, crowds had gathered."},
		{"no byline", []string{
			"Storm Batters the Coast",
			"A storm hit the coast on Monday.",
			"Crews worked through the night.",
		}, "", "A storm hit the coast on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(strings.Join(tt.in, "\n\n"), Options{})
			if one := Parse(strings.Join(tt.in, "\n"), Options{}); one.Byline != doc.Byline || len(one.Blocks) != len(doc.Blocks) {
				t.Errorf("lines without blank lines between: byline %q, %d blocks; want %q, %d", one.Byline, len(one.Blocks), doc.Byline, len(doc.Blocks))
			}
			if doc.Byline != tt.byline {
				t.Errorf("byline %q, want %q", doc.Byline, tt.byline)
			}
			if len(doc.Blocks) == 0 || doc.Blocks[0].Text != tt.firstBlock {
				t.Errorf("blocks %+v, want first %q", doc.Blocks, tt.firstBlock)
			}
		})
	}
}

// TestPostAfterLeadIn checks that a post of several sentences, which
// would pass for a paragraph of prose, is a post when its signature
// follows it, with or without a line ending in a colon to introduce it,
// and that the article's prose before it stays prose. A signature giving
// only a name and a group, "— Jane Doe, Some Group", closes a post only
// after such a line.
func TestPostAfterLeadIn(t *testing.T) {
	body := "The Warm Homes money has been underspent two years running. Asking whether it could be better used is not a scandal. It is literally the chancellor's job."
	sig := "— Patricia Holloway-Keane (@PHollowayKeane) October 14, 2026"
	prose := "Not everyone was sympathetic to the energy secretary. Several of her colleagues said so in public, and one former minister went further than the rest of them."
	group := "So the birds get the beach and the ratepayers get fined. Remember this at the election, folks."
	groupSig := "— Gail Ferris, Warrigal Bay Community Noticeboard"
	tests := []struct {
		name, lead, body, sig, want string
	}{
		{"after a colon", "Not everyone was sympathetic. A former Treasury minister posted on X:", body, sig, "post:" + body},
		{"without", "Not everyone was sympathetic to the energy secretary, and some said so.", body, sig, "post:" + body},
		{"prose before it", prose, body, sig, "text:" + prose},
		{"group signature after a colon", "A post on the noticeboard was shared 2,000 times:", group, groupSig, "post:" + group},
		{"group signature without", "A post on the noticeboard was shared 2,000 times.", group, groupSig, "text:" + group},
		{"group signature after prose", "The council will meet again in May.", group, groupSig, "text:" + group},
		{"group signature naming the service", "A post on the noticeboard was shared 2,000 times:", group, "— Gail Ferris, Facebook", "post:" + group},
		{"a list of dates marked with dashes", "The dates are:", "– Glasgow Barrowland, June 2", "– Leeds O2 Academy, June 4", "bullet:Glasgow Barrowland, June 2"},
		{"a wire's sign-off", "Jane Doe told analysts the year would be “difficult”.", "It said more later.", "— Associated Press, March 3", "text:It said more later."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(strings.Join([]string{"A Row Over Homes", "The row began on Monday, when the figures came out.", tt.lead, tt.body, tt.sig, "The row went on."}, "\n\n"), Options{})
			got := blockTexts(doc)
			if !slices.Contains(got, tt.want) {
				t.Errorf("blocks %q, want one %q", got, tt.want)
			}
		})
	}
}

// TestPostSignature checks the lines that close an embedded post, by
// handle or by platform, and lines after a dash that are not one.
func TestPostSignature(t *testing.T) {
	tests := []struct {
		line string
		want string // "author|handle|platform|date", or "" for none
	}{
		{"— Jane Doe (@janedoe) March 14, 2025", "Jane Doe|@janedoe||March 14, 2025"},
		{"— Renee Castellano, on Facebook", "Renee Castellano||Facebook|"},
		{"— Renee Castellano on Instagram, June 3, 2026", "Renee Castellano||Instagram|June 3, 2026"},
		{"– Coldwater County Sheriff’s Office via X", "Coldwater County Sheriff’s Office||X|"},
		{"— With assistance from Carla Mendes", ""},
		{"— He said it on Facebook", ""},
		{"- Carney rejected the ultimatum on X", ""},
		{"— the mayor, on Facebook", ""},
		{"— Gabe Lindqvist (@gabelindq.bsky.social) June 2, 2026", "Gabe Lindqvist|@gabelindq.bsky.social||June 2, 2026"},
		{"— Mia Castellano (@mia.saltwater) June 21, 2026", "Mia Castellano|@mia.saltwater||June 21, 2026"},
		{"— Deborah Hale, Feb. 7, 2027", "Deborah Hale|||Feb. 7, 2027"},
		{"— Cedar County Sheriff’s Office, May 17, 2026", "Cedar County Sheriff’s Office|||May 17, 2026"},
		{"— Vitalii Marchuk, Telegram, Nov. 21", "Vitalii Marchuk||Telegram|Nov. 21"},
		{"— Save the Kessingham Ferry, 19 February 2026", "Save the Kessingham Ferry|||19 February 2026"},
		{"— Kirsty Vanterpool-Hayes (Facebook), March 4, 2026", "Kirsty Vanterpool-Hayes||Facebook|March 4, 2026"},
		{"— Mayor Loretta Begay, Town of Saguaro Wells, July 23, 2026", "Mayor Loretta Begay|||July 23, 2026"},
		{"— Dr Priya Hughes, posted on Facebook on 25 June 2026", "Dr Priya Hughes||Facebook|25 June 2026"},
		{"— Janice Porter-Obi, posted in Wealdbridge Matters, July 20, 2026", "Janice Porter-Obi|||July 20, 2026"},
		{"— Kerry-Ann Walsh, Fair Uniform Ferrington (Facebook), September 9, 2026", "Kerry-Ann Walsh||Facebook|September 9, 2026"},
		{"— School District 57 (Prince George), June 23, 2026", "School District 57|||June 23, 2026"},
		{"— Reporting by Jane Doe, June 2, 2026", ""},
		{"— Jane Doe, who posted it on June 2", ""},
		{"— and that was on May 4", ""},
		{"— Jane Doe, a reader in Leeds, June 2", ""},
		{"— Reuters, March 3", ""},
		{"— Associated Press, March 3", ""},
		{"— Updated March 3", ""},
		{"— By Jane Doe, June 2, 2026", ""},
		{"— Monday, June 2", ""},
		{"— Winston Churchill, June 4, 1940", ""},
	}
	for _, tt := range tests {
		got := ""
		if p := postSignature(tt.line); p != nil {
			got = p.Author + "|" + p.Handle + "|" + p.Platform + "|" + p.Date
		}
		if got != tt.want {
			t.Errorf("postSignature(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// blockTexts returns the document's blocks as "kind:text".
func blockTexts(doc Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		out = append(out, fmt.Sprintf("%s:%s", b.Kind, b.Text))
	}
	return out
}

// TestCreditStart checks that a caption's picture credit is found after
// its last sentence, and that text that only looks like one is not.
func TestCreditStart(t *testing.T) {
	tests := []struct {
		line   string
		credit string // the credit, or "" for none
	}{
		{"Rui Fontes said his players ‘talked about’ leaving the pitch. Photograph: Kieran Boyd/Stagline Images", "Photograph: Kieran Boyd/Stagline Images"},
		{"Marcus Ellery says his referral was “in the queue.” (Jovelle Tamayo for The Washington Post)", "(Jovelle Tamayo for The Washington Post)"},
		{"A resident walks past debris in Cedar Bluff, Kan., Wednesday. (AP Photo/Charlie Rudd)", "(AP Photo/Charlie Rudd)"},
		{"Family members wait outside the mine on Wednesday night. (Jessica Kwan/CBC)", "(Jessica Kwan/CBC)"},
		{"Harlan Whitcomb during his confirmation hearing. Credit: Sarah Pelletier for The Times", "Credit: Sarah Pelletier for The Times"},
		{"Protesters on O’Connell Street on Saturday. Photograph: Ciarán Dunleavy", "Photograph: Ciarán Dunleavy"},
		// No sentence ends before the label: a line of prose.
		{"The exhibition includes a Photograph: the first of the series", ""},
		// A parenthesis that credits no picture.
		{"The company said profits rose. (Additional reporting by Jane Doe)", ""},
		{"Prices rose again in May. (Figures are in US dollars)", ""},
		{"He said the plan would work (for now).", ""},
		// Too long for a caption.
		{strings.Repeat("The council met again on Tuesday night to discuss the plan. ", 6) + "Photograph: Jane Doe/PA", ""},
	}
	for _, tt := range tests {
		got := ""
		if i := CreditStart(tt.line); i >= 0 {
			got = tt.line[i:]
		}
		if got != tt.credit {
			t.Errorf("CreditStart(%q) gives %q, want %q", tt.line, got, tt.credit)
		}
	}
}

func TestTimestamp(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"March 4, 2026 5:00 AM ET", true},
		{"Updated Wed 14 Sept 2026, 09.10 BST", true},
		{"Published 10 February 2026", true},
		{"The 2026 Budget", false},
		{"Heard on Morning Edition", false},
		{"Last modified on Tue 9 Jun 2026 07.00 BST", true},
		{"May 18, 2026 4:27 PM GMT+1 Updated 2 hours ago", true},
		{"Ashfield City 2-1 Ashfield United", false},
	}
	for _, tt := range tests {
		if got := timestamp(tt.in); got != tt.want {
			t.Errorf("timestamp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
