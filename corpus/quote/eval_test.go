package quote_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/pipeline"
	"parallax/corpus/quote"
)

// goldQuote is one hand-annotated quotation of the seed articles.
type goldQuote struct {
	Article   string  `json:"article"`
	Paragraph string  `json:"paragraph"`
	Text      string  `json:"text"`
	Speaker   *string `json:"speaker"` // null when the text does not say who
	Kind      string  `json:"kind"`
	Note      string  `json:"note"`
}

// knownMisses are gold quotations Find is expected to get wrong, keyed by
// "article/paragraph/text" with the reason. Fixing one needs a rule that
// would only make sense for that sentence. A case that starts passing must
// be removed from the list.
var knownMisses = map[string]string{}

// trimQuote trims surrounding space and punctuation, as the comparison
// with the gold annotation does.
func trimQuote(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
}

// TestGold compares Find on the seed corpus with the hand annotation in
// testdata/gold.json and reports precision and recall of quotation spans
// and, over the matched ones, the accuracy of kinds and speakers. Every
// case must pass or be listed in knownMisses.
//
//	go test ./corpus/quote -run TestGold -v
func TestGold(t *testing.T) {
	evaluate(t, "testdata/gold.json", "../../seeds", true, bars{0.85, 0.85, 0.85, 0.85})
}

// TestHeldOut measures Find on articles written and annotated by someone
// who never saw the rules (testdata/heldout, testdata/heldout.json), the
// best estimate here of how the rules do on unseen news. Single misses are
// logged, not failed: fixing them one by one would tune the rules to the
// set. The test fails only when a measure drops below the bar.
//
//	go test ./corpus/quote -run TestHeldOut -v
func TestHeldOut(t *testing.T) {
	// The bar holds what the rules reached when the set was made, so that
	// a change that loses ground fails; raise it as they improve. This set
	// annotates an unnamed spokesperson as null, where the project's
	// convention since dev3 (and sets 3 and 4) gives the organisation
	// ("a spokeswoman for X said … “…,” she said" → X): its three such
	// quotations count as misses.
	evaluate(t, "testdata/heldout.json", "testdata/heldout", false, bars{0.95, 0.95, 0.95, 0.94})
}

// bars are the lowest precision, recall, kind accuracy and speaker
// accuracy a test accepts.
type bars struct{ precision, recall, kind, speaker float64 }

// TestHeldOut2 measures Find on a second set written and annotated blind
// to the rules (testdata/heldout2, testdata/heldout2.json) after the first
// held-out set had been used to find categories of error: the cleaner
// estimate of the two.
//
//	go test ./corpus/quote -run TestHeldOut2 -v
func TestHeldOut2(t *testing.T) {
	evaluate(t, "testdata/heldout2.json", "testdata/heldout2", false, bars{0.95, 0.95, 0.95, 0.95})
}

// TestHeldOut3 measures Find on a third set written and annotated blind
// to the rules (testdata/heldout3, testdata/heldout3.json) after rules had
// been added for the misses of the first two. Measured blind twice (0.820,
// then 0.852), it became a development set in the third round of rules;
// sets 5 and 6 are the blind ones now.
//
//	go test ./corpus/quote -run TestHeldOut3 -v
func TestHeldOut3(t *testing.T) {
	evaluate(t, "testdata/heldout3.json", "testdata/heldout3", false, bars{0.95, 0.95, 0.95, 0.95})
}

// TestHeldOut4 measures Find on a fourth set (testdata/heldout4,
// testdata/heldout4.json: wire copy, a broadsheet feature, a cable-news
// page, an opinion column, a live blog and an interview), written and
// annotated blind to the rules after those prompted by sets 1–3 and dev3.
// Measured blind twice (0.699, then 0.714), it became a development set in
// the third round of rules.
//
//	go test ./corpus/quote -run TestHeldOut4 -v
func TestHeldOut4(t *testing.T) {
	evaluate(t, "testdata/heldout4.json", "testdata/heldout4", false, bars{0.95, 0.95, 0.95, 0.90})
}

// TestHeldOut5 measures Find on a fifth set (testdata/heldout5,
// testdata/heldout5.json: a chipmaker's earnings on the wire, a measles
// outbreak on cable news, a planning dispute in a broadsheet feature, a
// diplomatic row, a live blog of a fraud verdict, an art review with an
// interview), written and annotated blind to the rules, after those
// prompted by dev4.
//
// Measured blind twice (0.796, then 0.817), it became a development set in
// the fourth round of rules, which worked from categories of its misses
// (shortened organisation names, the writer's own questions, gestures
// handing a quotation to their subject, pronouns after an unnamed person)
// rather than from single sentences; sets 6 and 7 are the blind ones now.
//
//	go test ./corpus/quote -run 'TestHeldOut5$' -v
func TestHeldOut5(t *testing.T) {
	evaluate(t, "testdata/heldout5.json", "testdata/heldout5", false, bars{0.95, 0.95, 0.95, 0.91})
}

// TestHeldOut6 measures Find on a sixth set (testdata/heldout6,
// testdata/heldout6.json: a House vote on cable news, an offshore wind
// delay on the wire, a schools feature, a rail strike live blog, a
// transfer-saga column, an obituary), written and annotated blind to the
// rules after round 3 of them. Measured blind twice (0.819 both times),
// it became a development set in the fifth round of rules, with set 7;
// sets 8 and 9 are the blind ones now.
//
//	go test ./corpus/quote -run TestHeldOut6 -v
func TestHeldOut6(t *testing.T) {
	evaluate(t, "testdata/heldout6.json", "testdata/heldout6", false, bars{0.95, 0.95, 0.95, 0.95})
}

// TestHeldOut7 measures Find on a seventh set (testdata/heldout7,
// testdata/heldout7.json: an earthquake live blog, a shipping merger on
// the wire, a court ruling on cable news, a science feature, an
// election-night column, a singer's interview), written and annotated
// blind to the rules after round 4 of them. Measured blind once (0.836),
// it became a development set in the fifth round of rules.
//
//	go test ./corpus/quote -run 'TestHeldOut7$' -v
func TestHeldOut7(t *testing.T) {
	evaluate(t, "testdata/heldout7.json", "testdata/heldout7", false, bars{0.95, 0.95, 0.95, 0.93})
}

// TestHeldOut8 measures Find on an eighth set (testdata/heldout8,
// testdata/heldout8.json: a cabinet row in the Guardian's style, an
// antitrust ruling and earnings on the wire, a local shooting and court
// story, a football match report, a drug approval on the wire, a
// magazine profile of an architect), written and annotated blind to the
// rules while round 5 of them was made. Measured blind once after round
// 5 (0.860; the rules before it gave 0.828); round 6 read its misses, so
// it is a development set now.
//
//	go test ./corpus/quote -run '^TestHeldOut8$' -v
func TestHeldOut8(t *testing.T) {
	evaluate(t, "testdata/heldout8.json", "testdata/heldout8", false, bars{0.98, 0.98, 0.98, 0.94})
}

// TestHeldOut9 measures Find on a ninth set (testdata/heldout9,
// testdata/heldout9.json: ceasefire talks on the wire, a state supreme
// court ruling, a climate summit, a carmaker strike, a film-festival
// row with posts, a state election in Australia), written and annotated
// blind to the rules while round 5 of them was made. Measured blind once
// after round 5 (0.858; the rules before it gave 0.809); a development
// set since round 6, as set 8 is.
//
//	go test ./corpus/quote -run '^TestHeldOut9$' -v
func TestHeldOut9(t *testing.T) {
	evaluate(t, "testdata/heldout9.json", "testdata/heldout9", false, bars{0.98, 0.98, 0.96, 0.95})
}

// TestHeldOut10 measures Find on a tenth set (testdata/heldout10,
// testdata/heldout10.json: a bushfire emergency, a Senate spending vote,
// a central bank's rate decision, an NBA game story with a post, a
// science-desk story on a study, a feature on a small-town diner with
// dialogue and Q&A), written and annotated blind to the rules while round
// 6 of them was made. Measured blind once after round 6: 0.802 (the
// rules before it gave 0.818). Round 7 read its misses, so it is now a
// development set.
func TestHeldOut10(t *testing.T) {
	evaluate(t, "testdata/heldout10.json", "testdata/heldout10", false, bars{0.98, 0.98, 0.96, 0.90})
}

// TestHeldOut11 measures Find on an eleventh set (testdata/heldout11,
// testdata/heldout11.json: a state election campaign in India, an EU
// regulation in Brussels, a tech product launch with posts, a defamation
// trial with cross-examination, a flood on the wire, a jazz musician's
// obituary), written and annotated blind to the rules while round 6 of
// them was made. Measured blind once after round 6: 0.803 (the rules
// before it gave 0.784). A development set since round 7, as set 10 is.
func TestHeldOut11(t *testing.T) {
	evaluate(t, "testdata/heldout11.json", "testdata/heldout11", false, bars{0.98, 0.98, 0.96, 0.92})
}

// TestHeldOut12 measures Find on a twelfth set (testdata/heldout12,
// testdata/heldout12.json: a cabinet row in Westminster, a company's
// results with its earnings call, a hit-and-run in local news, a feature
// on temporary housing with dialogue, a football match report with the
// press conference, a study in a medical journal), written and annotated
// blind to the rules while round 7 of them was made. Measured blind once
// halfway through round 7: 0.886 (the rules before it gave 0.886 too).
// The rest of round 7 read its misses, so it is now a development set.
func TestHeldOut12(t *testing.T) {
	evaluate(t, "testdata/heldout12.json", "testdata/heldout12", false, bars{0.98, 0.98, 0.94, 0.91})
}

// TestHeldOut13 measures Find on a thirteenth set (testdata/heldout13,
// testdata/heldout13.json: a war on the wire, a Senate hearing with a
// chief executive, a band's reunion with posts, a state budget, climate
// talks with many ministers, a profile of a novelist with Q&A), written
// and annotated blind to the rules while round 7 of them was made.
// Measured blind halfway through round 7 and after it: 0.854 both times
// (the rules before it gave 0.841), and 0.854 after round 8. An
// adjudicator blind to which answer was whose upheld the gold in 28 of
// its 36 disagreements with the rules, the rules in 2, and found 6
// either reading acceptable. Round 9 read its misses, so it is a
// development set since: 0.898 after round 9.
//
//	go test ./corpus/quote -run '^TestHeldOut13$' -v | grep precision
func TestHeldOut13(t *testing.T) {
	evaluate(t, "testdata/heldout13.json", "testdata/heldout13", false, bars{0.98, 0.98, 0.92, 0.90})
}

// TestDev3 measures Find on a small development set written to probe
// known weak spots (testdata/dev3, testdata/dev3.json): quotations running
// over paragraphs, organisations speaking through statements and
// spokespeople, Title Case headline runs and kinship appositives. It was
// annotated before the rules it probes were written.
//
//	go test ./corpus/quote -run TestDev3 -v
func TestDev3(t *testing.T) {
	evaluate(t, "testdata/dev3.json", "testdata/dev3", false, bars{0.95, 0.95, 0.95, 0.95})
}

// TestDev4 measures Find on a second development set (testdata/dev4,
// testdata/dev4.json) of kinds the earlier sets lack: a live blog with
// timestamped entries, a present-tense profile with an interview, a
// cable-news page with embedded posts, wire copy full of organisations and
// spokespeople, a court report, a match report, a science story and an
// opinion column. It was annotated before the rules it led to were
// written.
//
//	go test ./corpus/quote -run TestDev4 -v
func TestDev4(t *testing.T) {
	evaluate(t, "testdata/dev4.json", "testdata/dev4", false, bars{0.95, 0.95, 0.95, 0.94})
}

// evaluate runs Find on the corpus in dir and compares it with the
// annotation in goldFile. With strict, every case must pass or be a known
// miss; without, misses are only logged.
func evaluate(t *testing.T, goldFile, dir string, strict bool, bar bars) {
	data, err := os.ReadFile(goldFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no " + goldFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldQuote
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("%s: %v", goldFile, err)
	}
	c, err := pipeline.Dir(dir, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Every span found, by article and paragraph.
	type span struct {
		text string
		q    *quote.Quote
		used bool
	}
	found := make(map[string][]*span)
	nFound := 0
	qs := quote.Find(c, quote.Options{Entities: entity.Find(c, entity.Options{})})
	for i := range qs {
		q := &qs[i]
		a := c.Article(q.Article)
		for _, s := range q.Spans {
			for _, p := range a.Paragraphs {
				if p.ID == s.Paragraph {
					key := q.Article + "/" + s.Paragraph
					found[key] = append(found[key], &span{text: trimQuote(p.Text[s.Start:s.End]), q: q})
					nFound++
				}
			}
		}
	}

	// stated and statedOK count the matched quotations the gold calls
	// statements or posts, the only spans a speaker-attribution measure
	// such as SFU's Gender Gap Tracker scores: scare quotes and titles
	// are not quotations there.
	matched, kindOK, speakerOK, stated, statedOK := 0, 0, 0, 0, 0
	for _, g := range gold {
		id := g.Article + "/" + g.Paragraph + "/" + g.Text
		want := ""
		if g.Speaker != nil {
			want = *g.Speaker
		}
		var hit *span
		for _, s := range found[g.Article+"/"+g.Paragraph] {
			if !s.used && s.text == trimQuote(g.Text) {
				hit = s
				break
			}
		}
		var problem string
		switch {
		case hit == nil:
			problem = "not found"
		default:
			hit.used = true
			matched++
			if string(hit.q.Kind) == g.Kind {
				kindOK++
			} else {
				problem = "kind " + string(hit.q.Kind) + ", want " + g.Kind
			}
			if g.Kind != "term" {
				stated++
			}
			if hit.q.Speaker == want {
				speakerOK++
				if g.Kind != "term" {
					statedOK++
				}
			} else {
				problem += "; speaker " + hit.q.Speaker + ", want " + want
			}
		}
		reason, known := knownMisses[id]
		switch {
		case problem != "" && !strict:
			t.Logf("miss %s: %s", id, problem)
			if testing.Verbose() {
				t.Logf("\tin: %s", paragraphText(c, g.Article, g.Paragraph))
			}
		case problem != "" && known:
			t.Logf("known miss %s: %s (%s)", id, problem, reason)
		case problem != "":
			t.Errorf("%s: %s", id, problem)
		case known:
			t.Errorf("%s: no longer failing; remove it from knownMisses", id)
		}
	}
	for key, spans := range found {
		for _, s := range spans {
			if !s.used {
				t.Logf("found but not in gold: %s %q (%s, %q)", key, s.text, s.q.Kind, s.q.Speaker)
			}
		}
	}

	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	precision, recall := ratio(matched, nFound), ratio(matched, len(gold))
	kindAcc, speakerAcc := ratio(kindOK, matched), ratio(speakerOK, matched)
	t.Logf("spans: %d gold, %d found, %d matched", len(gold), nFound, matched)
	t.Logf("precision %.3f, recall %.3f, kind accuracy %.3f, speaker accuracy %.3f", precision, recall, kindAcc, speakerAcc)
	t.Logf("speaker accuracy on the %d statements and posts: %.3f", stated, ratio(statedOK, stated))
	if precision < bar.precision || recall < bar.recall || kindAcc < bar.kind || speakerAcc < bar.speaker {
		t.Errorf("below the bar %+v: precision %.3f, recall %.3f, kind accuracy %.3f, speaker accuracy %.3f", bar, precision, recall, kindAcc, speakerAcc)
	}
}

// paragraphText returns the text of a paragraph for a miss's context, or
// "" when there is no such paragraph.
func paragraphText(c *corpus.Corpus, article, paragraph string) string {
	if a := c.Article(article); a != nil {
		for _, p := range a.Paragraphs {
			if p.ID == paragraph {
				return p.Text
			}
		}
	}
	return ""
}

// TestHeldOut14 measures Find on a fourteenth set (testdata/heldout14,
// testdata/heldout14.json: a murder trial at a Crown Court, a chipmaker's
// launch and supply dispute, a basketball trade deadline with a press
// conference, a hurricane's aftermath on local television, a space
// mission, an analysis of housing policy quoting reports), written and
// annotated blind to the rules while round 8 of them was made. Measured
// blind at the end of round 8: 0.882 (the rules before it gave 0.873);
// an adjudicator blind to which answer was whose upheld the gold in 25
// of its 27 disagreements with the rules. Round 9 read its misses, so
// it is a development set since: 0.917 after round 9.
//
//	go test ./corpus/quote -run '^TestHeldOut14$' -v | grep accuracy
func TestHeldOut14(t *testing.T) {
	evaluate(t, "testdata/heldout14.json", "testdata/heldout14", false, bars{0.98, 0.98, 0.94, 0.91})
}

// TestHeldOut15 measures Find on a fifteenth set (testdata/heldout15,
// testdata/heldout15.json: a Canadian election night, an Indian merger
// with its analyst call, a city shooting with a police briefing, a
// family vineyard feature, a school board's public comments, a markets
// wrap), written and annotated blind to the rules while round 8 of them
// was made. Measured blind at the end of round 8: 0.852, as with the
// rules before it; the adjudicator upheld the gold in 22 of 31
// disagreements, the rules in 1, and found 8 the same person written
// two ways (a short form where the gold has the full name). Round 9
// read its misses, so it is a development set since: 0.871 after round 9.
//
//	go test ./corpus/quote -run '^TestHeldOut15$' -v | grep accuracy
func TestHeldOut15(t *testing.T) {
	evaluate(t, "testdata/heldout15.json", "testdata/heldout15", false, bars{0.98, 0.98, 0.95, 0.90})
}

// TestHeldOut16 measures Find on a sixteenth set (testdata/heldout16,
// testdata/heldout16.json: Prime Minister's Questions, a Premier League
// match with the managers' press conferences, a drug trial, an
// earthquake with translated quotes, a tech layoff built on a leaked
// memo and posts, a theatre review with lines from the play), written
// and annotated blind to the rules while round 9 of them was made.
// Measured blind at the end of round 9: 0.832 (the rules before it gave
// 0.812); an adjudicator blind to which answer was whose upheld the gold
// in 28 of its 33 disagreements with the rules, the rules in none, and
// found 5 the same person written two ways. Round 10 read its misses, so
// it is a development set now (0.853 after round 10):
//
//	go test ./corpus/quote -run '^TestHeldOut16$' -v
func TestHeldOut16(t *testing.T) {
	evaluate(t, "testdata/heldout16.json", "testdata/heldout16", false, bars{0.98, 0.98, 0.94, 0.84})
}

// TestHeldOut17 measures Find on a seventeenth set (testdata/heldout17,
// testdata/heldout17.json: a state budget, a musician's profile quoted at
// length, a war-zone dispatch, a climate summit's draft text, a Supreme
// Court ruling, an air-accident report with cockpit recordings), written
// and annotated blind to the rules while round 9 of them was made.
// Measured blind at the end of round 9: 0.876 (the rules before it gave
// 0.859); the adjudicator upheld the gold in 26 of 30 disagreements,
// the rules in 2, and found 2 either reading acceptable. A development
// set since round 10 read its misses (0.896 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut17$' -v
func TestHeldOut17(t *testing.T) {
	evaluate(t, "testdata/heldout17.json", "testdata/heldout17", false, bars{0.98, 0.98, 0.89, 0.88})
}

// TestHeldOut18 measures Find on an eighteenth set (testdata/heldout18,
// testdata/heldout18.json: a port strike, an election petition in
// court, a college recruiting scandal with text messages, an AI policy
// row fought in posts and blog posts, a review of a politician's memoir
// quoting it, a blizzard with 911 calls), written and annotated blind to
// the rules while round 9 of them was made. Measured blind at the end of
// round 9: 0.770, as with the rules before it; the adjudicator upheld
// the gold in 36 of 46 disagreements, the rules in 1, and found 9 either
// reading acceptable. A development set since round 10 read its misses
// (0.835 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut18$' -v
func TestHeldOut18(t *testing.T) {
	evaluate(t, "testdata/heldout18.json", "testdata/heldout18", false, bars{0.98, 0.98, 0.90, 0.82})
}

// TestHeldOut19 measures Find on a nineteenth set (testdata/heldout19,
// testdata/heldout19.json: a wildfire evacuation, a central bank's rate
// decision with its press conference, a celebrity defamation trial, a
// nurses' strike, a jazz musician's obituary with posted tributes, a
// tennis final), written and annotated blind to the rules while round 10
// of them was made. Measured blind at the end of round 10: 0.877 (the
// rules before it gave 0.857); the adjudicator upheld the gold in 21 of
// 25 disagreements. A development set since round 11 read its misses
// (0.961 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut19$' -v
func TestHeldOut19(t *testing.T) {
	evaluate(t, "testdata/heldout19.json", "testdata/heldout19", false, bars{0.98, 0.98, 0.96, 0.95})
}

// TestHeldOut20 measures Find on a twentieth set (testdata/heldout20,
// testdata/heldout20.json: a city hall corruption indictment, a migrant
// shipwreck, a car maker's brake recall, a parliamentary committee
// hearing, a fossil discovery, an election column), written and
// annotated blind to the rules while round 10 of them was made. Measured
// blind at the end of round 10: 0.819 (the rules before it gave 0.798);
// the adjudicator upheld the gold in 33 of 35 disagreements. A
// development set since round 11 read its misses (0.829 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut20$' -v
func TestHeldOut20(t *testing.T) {
	evaluate(t, "testdata/heldout20.json", "testdata/heldout20", false, bars{0.98, 0.98, 0.96, 0.82})
}

// TestHeldOut21 measures Find on a twenty-first set (testdata/heldout21,
// testdata/heldout21.json: a police shooting and its protests, a merger
// with its investor call, a school board's vote on books, a cricket Test,
// a Security Council veto, a family restaurant closing), written and
// annotated blind to the rules while round 10 of them was made. Measured
// blind at the end of round 10: 0.854 (the rules before it gave 0.823);
// the adjudicator upheld the gold in 28 of 29 disagreements. A
// development set since round 11 read its misses (0.904 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut21$' -v
func TestHeldOut21(t *testing.T) {
	evaluate(t, "testdata/heldout21.json", "testdata/heldout21", false, bars{0.98, 0.98, 0.91, 0.89})
}

// TestHeldOut22 measures Find on a twenty-second set (testdata/heldout22,
// testdata/heldout22.json: a central bank's rate hold, a maternity
// inquiry, a platform outage with its founder's posts, a tennis final, a
// disputed election, a jazz obituary), written and annotated blind to the
// rules while round 11 of them was made. Measured blind at the end of
// round 11: 0.855, the same as the rules before it gave (0.855); the
// adjudicator upheld the gold in 31 of 32 disagreements. A development
// set since round 12 read its misses (0.873 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut22$' -v
func TestHeldOut22(t *testing.T) {
	evaluate(t, "testdata/heldout22.json", "testdata/heldout22", false, bars{0.98, 0.99, 0.93, 0.87})
}

// TestHeldOut23 measures Find on a twenty-third set (testdata/heldout23,
// testdata/heldout23.json: an earthquake's recovery, a pilots' safety
// dispute, a confirmation hearing, a football match report, a glacier
// collapse, an art restitution claim), written and annotated blind to the
// rules while round 11 of them was made. Measured blind at the end of
// round 11: 0.827 (unchanged by it). Its recall is lower because one
// article quotes in single marks, the British style, which Find leaves
// alone. A development set since round 12 read its misses (0.878 after
// it):
//
//	go test ./corpus/quote -run '^TestHeldOut23$' -v
func TestHeldOut23(t *testing.T) {
	evaluate(t, "testdata/heldout23.json", "testdata/heldout23", false, bars{0.99, 0.92, 0.93, 0.87})
}

// TestHeldOut24 measures Find on a twenty-fourth set (testdata/heldout24,
// testdata/heldout24.json: a housing protest, a drug trial's setback, a
// celebrity defamation trial, a Formula One race, a monsoon flood, a
// novelist's book tour), written and annotated blind to the rules while
// round 11 of them was made. Measured blind at the end of round 11: 0.777
// (unchanged by it). A development set since round 12 read its misses
// (0.846 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut24$' -v
func TestHeldOut24(t *testing.T) {
	evaluate(t, "testdata/heldout24.json", "testdata/heldout24", false, bars{0.99, 0.99, 0.95, 0.84})
}

// TestHeldOut25 measures Find on a twenty-fifth set (testdata/heldout25,
// testdata/heldout25.json: a state budget standoff, a doctors' strike,
// ceasefire diplomacy, the trial of climate activists, a startup's
// layoffs, a school board's book row), written and annotated blind to the
// rules while round 12 of them was made. Measured blind at the end of
// round 12: 0.872, the same as the rules before it gave. A development
// set since round 13 read its misses (0.905 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut25$' -v
func TestHeldOut25(t *testing.T) {
	evaluate(t, "testdata/heldout25.json", "testdata/heldout25", false, bars{0.99, 0.99, 0.91, 0.90})
}

// TestHeldOut26 measures Find on a twenty-sixth set (testdata/heldout26,
// testdata/heldout26.json: a cyclone, a merger blocked in court, a cricket
// Test, neglect at nursing homes, a migrant boat rescue, a film festival),
// written and annotated blind to the rules while round 12 of them was
// made. Measured blind at the end of round 12: 0.817 (the rules before it
// gave 0.794). A development set since round 13, like set 25 (0.867
// after it):
//
//	go test ./corpus/quote -run '^TestHeldOut26$' -v
func TestHeldOut26(t *testing.T) {
	evaluate(t, "testdata/heldout26.json", "testdata/heldout26", false, bars{0.99, 0.99, 0.96, 0.86})
}

// TestHeldOut27 measures Find on a twenty-seventh set (testdata/heldout27,
// testdata/heldout27.json: a leaders' debate, a fossil find, a police
// press conference, a mine strike, a product launch, a bakery closing),
// written and annotated blind to the rules while round 12 of them was
// made. Measured blind at the end of round 12: 0.775 (unchanged by it). A
// development set since round 13, like set 25 (0.803 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut27$' -v
func TestHeldOut27(t *testing.T) {
	evaluate(t, "testdata/heldout27.json", "testdata/heldout27", false, bars{0.99, 0.99, 0.91, 0.80})
}

// TestHeldOut28 measures Find on a twenty-eighth set (testdata/heldout28,
// testdata/heldout28.json: a hospital ransomware attack, a volcanic
// evacuation, a football manager's sacking, a confirmation hearing, a
// baker's retirement, an earnings call), written and annotated blind to
// the rules while round 13 of them was made. Measured blind at the end of
// round 13: 0.870, the same as the rules before it gave. A development
// set since round 14 read its misses (0.880 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut28$' -v
func TestHeldOut28(t *testing.T) {
	evaluate(t, "testdata/heldout28.json", "testdata/heldout28", false, bars{0.99, 0.99, 0.94, 0.875})
}

// TestHeldOut29 measures Find on a twenty-ninth set (testdata/heldout29,
// testdata/heldout29.json: an airliner crash report, a mass eviction, a
// disputed election, a drug trial, a high court ruling, a festival
// cancelled by storms), written and annotated blind to the rules while
// round 13 of them was made. Measured blind at the end of round 13: 0.881
// (unchanged by it). A development set since round 14, like set 28
// (0.891 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut29$' -v
func TestHeldOut29(t *testing.T) {
	evaluate(t, "testdata/heldout29.json", "testdata/heldout29", false, bars{0.99, 0.99, 0.96, 0.885})
}

// TestHeldOut30 measures Find on a thirtieth set (testdata/heldout30,
// testdata/heldout30.json: a chemical plant explosion, a union contract
// vote, a state assembly session, flood-recovery funding, a doping ban, a
// town's contaminated water), written and annotated blind to the rules
// while round 13 of them was made. Measured blind at the end of round 13:
// 0.832 (unchanged by it). A development set since round 14, like set 28
// (0.899 after it):
//
//	go test ./corpus/quote -run '^TestHeldOut30$' -v
func TestHeldOut30(t *testing.T) {
	evaluate(t, "testdata/heldout30.json", "testdata/heldout30", false, bars{0.99, 0.99, 0.95, 0.89})
}

// TestHeldOut31 measures Find on a thirty-first set (testdata/heldout31,
// testdata/heldout31.json: a court ruling on voting maps, a university
// strike, a typhoon, a crypto exchange's collapse, a football transfer
// saga, a rural surgery's closure), written and annotated blind to the
// rules while round 14 of them was made. Measured blind before round 14:
// 0.852; after it: 0.874. A development set since round 15 (0.978 after
// it):
//
//	go test ./corpus/quote -run '^TestHeldOut31$' -v
func TestHeldOut31(t *testing.T) {
	evaluate(t, "testdata/heldout31.json", "testdata/heldout31", false, bars{0.99, 0.99, 0.94, 0.97})
}

// TestHeldOut32 measures Find on a thirty-second set (testdata/heldout32,
// testdata/heldout32.json: an oil tanker spill, a mayoral debate, a
// hunger strike, a self-driving car recall, a farmers' protest, a
// conductor's profile), written and annotated blind to the rules while
// round 14 of them was made. Measured blind before round 14: 0.854;
// after it: 0.879. A development set since round 15, like set 31 (0.980
// after it):
//
//	go test ./corpus/quote -run '^TestHeldOut32$' -v
func TestHeldOut32(t *testing.T) {
	evaluate(t, "testdata/heldout32.json", "testdata/heldout32", false, bars{0.99, 0.99, 0.97, 0.975})
}

// TestHeldOut33 measures Find on a thirty-third set (testdata/heldout33,
// testdata/heldout33.json: a wildfire evacuation, a central bank's rate
// decision, a train collision, a Senate hearing, a museum returning looted
// artefacts, a tennis comeback), written and annotated blind to the rules
// while round 15 of them was made. Measured blind before round 15: 0.890;
// after it: 0.890. Its misses were read for round 16, so it is a
// development set now (0.920 after round 16).
func TestHeldOut33(t *testing.T) {
	evaluate(t, "testdata/heldout33.json", "testdata/heldout33", false, bars{0.99, 0.99, 0.95, 0.915})
}

// TestHeldOut34 measures Find on a thirty-fourth set (testdata/heldout34,
// testdata/heldout34.json: a mine polluting a river, a city's encampment
// ban, a measles outbreak, a shipping merger, a coach fired over hazing, a
// novelist's profile), written and annotated blind to the rules while
// round 15 of them was made. Measured blind before round 15: 0.829; after
// it: 0.840. A development set since round 16, like set 33 (0.893 after
// it).
func TestHeldOut34(t *testing.T) {
	evaluate(t, "testdata/heldout34.json", "testdata/heldout34", false, bars{0.99, 0.99, 0.97, 0.89})
}

// TestHeldOut35 measures Find on a thirty-fifth set (testdata/heldout35,
// testdata/heldout35.json: a wildfire evacuation, a central bank's rate
// cut, a university cancelling a speaker, a tennis final, a bridge
// collapse, an AI tutor in schools), written and annotated blind to the
// rules while round 16 of them was made. Measured blind before round 16:
// 0.815; after it: 0.815. A development set since round 20, its misses
// read:
//
//	go test ./corpus/quote -run '^TestHeldOut35$' -v | grep accuracy
func TestHeldOut35(t *testing.T) {
	evaluate(t, "testdata/heldout35.json", "testdata/heldout35", false, bars{0.99, 0.99, 0.96, 0.87})
}

// TestHeldOut36 measures Find on a thirty-sixth set (testdata/heldout36,
// testdata/heldout36.json: ceasefire talks, a dog attack, a Senate farm
// bill, a film strike settlement, a fraud trial, an exoplanet discovery),
// written and annotated blind to the rules while round 16 of them was
// made. Measured blind before round 16: 0.809; after it: 0.809. A
// development set since round 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut36$' -v | grep accuracy
func TestHeldOut36(t *testing.T) {
	evaluate(t, "testdata/heldout36.json", "testdata/heldout36", false, bars{0.99, 0.99, 0.91, 0.84})
}

// TestHeldOut37 measures Find on a thirty-seventh set (testdata/heldout37,
// testdata/heldout37.json: an A&E waiting-times crisis, a tornado, a
// central bank's currency intervention, a retiring football manager, a
// school phone ban, a startup's data breach), written and annotated blind
// to the rules while round 17 of them was made. Measured blind before
// round 17: 0.875; after it: 0.875. A development set since round 20, its
// misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut37$' -v | grep accuracy
func TestHeldOut37(t *testing.T) {
	evaluate(t, "testdata/heldout37.json", "testdata/heldout37", false, bars{0.98, 0.99, 0.92, 0.90})
}

// TestHeldOut38 measures Find on a thirty-eighth set (testdata/heldout38,
// testdata/heldout38.json: a supermarket takeover battle, a missing hiker
// found alive, French farmers' protests, a tennis final, a dam dispute, a
// theatre's centenary revival), written and annotated blind to the rules
// while round 17 of them was made. Measured blind before round 17: 0.827;
// after it: 0.832. A development set since round 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut38$' -v | grep accuracy
func TestHeldOut38(t *testing.T) {
	evaluate(t, "testdata/heldout38.json", "testdata/heldout38", false, bars{0.99, 0.99, 0.94, 0.87})
}

// TestHeldOut39 measures Find on a thirty-ninth set (testdata/heldout39,
// testdata/heldout39.json: a chipmaker's profit warning, an apartment
// building collapse, a teachers' strike ballot, a football manager sacked,
// a coup attempt, a retiring lighthouse curator), written and annotated
// blind to the rules while round 18 of them was made. Measured blind
// before round 18: 0.903; after it: 0.903. A development set since round
// 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut39$' -v | grep accuracy
func TestHeldOut39(t *testing.T) {
	evaluate(t, "testdata/heldout39.json", "testdata/heldout39", false, bars{0.99, 0.99, 0.94, 0.90})
}

// TestHeldOut40 measures Find on a fortieth set (testdata/heldout40,
// testdata/heldout40.json: an airline merger under antitrust review, a
// school board's phone ban, a heatwave and hospitals, a Formula One
// penalty, a drought and water rationing, a streaming finale's backlash),
// written and annotated blind to the rules while round 18 of them was
// made. Measured blind before round 18: 0.876; after it: 0.881. A
// development set since round 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut40$' -v | grep accuracy
func TestHeldOut40(t *testing.T) {
	evaluate(t, "testdata/heldout40.json", "testdata/heldout40", false, bars{0.99, 0.99, 0.95, 0.89})
}

// TestHeldOut41 measures Find on a forty-first set (testdata/heldout41,
// testdata/heldout41.json: a climate lawsuit ruling, a central bank's
// surprise rate cut, a chemical plant fire, a quarterback's holdout, a
// disputed archaeological find, a governor's veto fight), written and
// annotated blind to the rules while round 19 of them was made. Measured
// blind before round 19: 0.956; after it: 0.956. A development set since
// round 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut41$' -v | grep accuracy
func TestHeldOut41(t *testing.T) {
	evaluate(t, "testdata/heldout41.json", "testdata/heldout41", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut42 measures Find on a forty-second set (testdata/heldout42,
// testdata/heldout42.json: a measles outbreak at a school, a cyberattack
// on a port, a by-election, a reunion tour's ticket prices, a collapsed
// pharmaceutical merger, a wildfire evacuation), written and annotated
// blind to the rules while round 19 was made. Measured blind before round
// 19: recall 0.904, speaker 0.882; after it: recall 0.995, speaker 0.893.
// Its writer's report that one article quotes in single marks led to the
// single-mark rule, which was built and tested on invented text; its
// misses were not read. A development set since round 20, its misses read:
//
//	go test ./corpus/quote -run '^TestHeldOut42$' -v | grep accuracy
func TestHeldOut42(t *testing.T) {
	evaluate(t, "testdata/heldout42.json", "testdata/heldout42", false, bars{0.99, 0.99, 0.94, 0.89})
}

// TestHeldOut43 measures Find on a forty-third set (testdata/heldout43,
// testdata/heldout43.json: a court ruling on voting maps, a chipmaker's
// profit warning, a river sewage scandal, a quarterback's holdout,
// ceasefire talks, a city council's car ban), written and annotated blind
// to the rules while round 20 of them was made. Measured blind before
// round 20: 0.924; after it: 0.944. A development set since round 21, its
// misses read; 0.944 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut43$' -v | grep accuracy
func TestHeldOut43(t *testing.T) {
	evaluate(t, "testdata/heldout43.json", "testdata/heldout43", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut44 measures Find on a forty-fourth set (testdata/heldout44,
// testdata/heldout44.json: a hurricane, a bank's fraud scandal, a heat
// wave and water shortage, a visual effects strike, a rural maternity ward
// closing, farmers blocking motorways), written and annotated blind to the
// rules while round 20 of them was made. Measured blind before round 20:
// 0.885; after it: 0.889. A development set since round 21, its misses
// read; 0.923 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut44$' -v | grep accuracy
func TestHeldOut44(t *testing.T) {
	evaluate(t, "testdata/heldout44.json", "testdata/heldout44", false, bars{0.99, 0.99, 0.95, 0.91})
}

// TestHeldOut45 measures Find on a forty-fifth set (testdata/heldout45,
// testdata/heldout45.json: a train derailment, a university closing its
// humanities, a central bank's surprise rate cut, a cup final on
// penalties, a senator's leaked audio, a zoo's escaped red panda), written
// and annotated blind to the rules while round 20 of them was made.
// Measured blind before round 20: 0.887; after it: 0.887. A development
// set since round 21, its misses read; 0.914 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut45$' -v | grep accuracy
func TestHeldOut45(t *testing.T) {
	evaluate(t, "testdata/heldout45.json", "testdata/heldout45", false, bars{0.99, 0.99, 0.97, 0.90})
}

// TestHeldOut46 measures Find on a forty-sixth set (testdata/heldout46,
// testdata/heldout46.json: a nursing home chain's staffing, a seized oil
// tanker, a heritage charity's house sale, a volcanic eruption, a
// startup's data breach, a coach fired over hazing), written and annotated
// blind to the rules while round 20 of them was made. Measured blind
// before round 20: 0.848; after it: 0.859. A development set since round
// 21, its misses read; 0.879 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut46$' -v | grep accuracy
func TestHeldOut46(t *testing.T) {
	evaluate(t, "testdata/heldout46.json", "testdata/heldout46", false, bars{0.99, 0.99, 0.94, 0.87})
}

// TestHeldOut47 measures Find on a forty-seventh set (testdata/heldout47,
// testdata/heldout47.json: a junior doctors' strike, a retailer's holiday
// sales, a typhoon and landslide, a jazz musician's death, a disputed
// election, an AI traffic-camera contract), written and annotated blind to
// the rules while round 20 of them was made. Measured blind before round
// 20: 0.881; after it: 0.881. A development set since round 21, its misses
// read; 0.891 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut47$' -v | grep accuracy
func TestHeldOut47(t *testing.T) {
	evaluate(t, "testdata/heldout47.json", "testdata/heldout47", false, bars{0.99, 0.99, 0.92, 0.88})
}

// TestHeldOut48 measures Find on a forty-eighth set (testdata/heldout48,
// testdata/heldout48.json: an airline's pilot shortage, a housing protest,
// a fusion claim, a tennis player's doping ban, a debt restructuring, a
// library's book-banning fight), written and annotated blind to the rules
// while round 20 of them was made. Measured blind before round 20: 0.910;
// after it: 0.915. A development set since round 21, its misses read;
// 0.960 after round 21:
//
//	go test ./corpus/quote -run '^TestHeldOut48$' -v | grep accuracy
func TestHeldOut48(t *testing.T) {
	evaluate(t, "testdata/heldout48.json", "testdata/heldout48", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut49 measures Find on a forty-ninth set (testdata/heldout49,
// testdata/heldout49.json: a water company's sewage fine, a crypto
// exchange's collapse, a wildfire in a mountain town, a football manager's
// sacking, a budget standoff, a maternity unit closing), written and
// annotated blind to the rules while round 21 of them was made. Measured
// blind before round 21: 0.883; after it: 0.883. A development set since
// round 22, its misses read; 0.927 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut49$' -v | grep accuracy
func TestHeldOut49(t *testing.T) {
	evaluate(t, "testdata/heldout49.json", "testdata/heldout49", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut50 measures Find on a fiftieth set (testdata/heldout50,
// testdata/heldout50.json: an earthquake in a border region, a carmaker's
// cancelled battery plant, a police shooting's body-camera footage, a
// retracted Alzheimer's study, ceasefire talks, a film strike's
// settlement), written and annotated blind to the rules while round 21 of
// them was made. Measured blind before round 21: 0.911; after it: 0.915. A
// development set since round 22, its misses read; 0.919 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut50$' -v | grep accuracy
func TestHeldOut50(t *testing.T) {
	evaluate(t, "testdata/heldout50.json", "testdata/heldout50", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut51 measures Find on a fifty-first set (testdata/heldout51,
// testdata/heldout51.json: a measles outbreak at schools, a mining dam's
// failure, a surprise rate cut, a ferry capsizing, a fitness app's data
// breach, a county football final), written and annotated blind to the
// rules while round 21 of them was made. Measured blind before round 21:
// 0.874; after it: 0.874. A development set since round 22, its misses
// read; 0.913 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut51$' -v | grep accuracy
func TestHeldOut51(t *testing.T) {
	evaluate(t, "testdata/heldout51.json", "testdata/heldout51", false, bars{0.99, 0.99, 0.95, 0.90})
}

// TestHeldOut52 measures Find on a fifty-second set (testdata/heldout52,
// testdata/heldout52.json: a First Nation's boil-water advisory, a blocked
// pharmaceutical merger, a heatwave in southern Europe, a cricket captain's
// retirement, a prison's solitary confinement, a cancelled music festival),
// written and annotated blind to the rules while round 21 of them was made.
// Measured blind before round 21: 0.868; after it: 0.878. A development set
// since round 22, its misses read; 0.888 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut52$' -v | grep accuracy
func TestHeldOut52(t *testing.T) {
	evaluate(t, "testdata/heldout52.json", "testdata/heldout52", false, bars{0.99, 0.99, 0.93, 0.87})
}

// TestHeldOut53 measures Find on a fifty-third set (testdata/heldout53,
// testdata/heldout53.json: a school district's four-day week, a sovereign
// fund's tech stake, a landslide after monsoon rains, a basketball star's
// holdout, pension reform protests, a comet), written and annotated blind
// to the rules while round 21 of them was made. Measured blind before round
// 21: 0.926; after it: 0.926. A development set since round 22, its misses
// read; 0.940 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut53$' -v | grep accuracy
func TestHeldOut53(t *testing.T) {
	evaluate(t, "testdata/heldout53.json", "testdata/heldout53", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut54 measures Find on a fifty-fourth set (testdata/heldout54,
// testdata/heldout54.json: floods cutting off outback towns, an airline's
// engine groundings, an admissions cheating scandal, a chef's lost Michelin
// star, a plane crash that killed a band, a drone strike on a power
// station), written and annotated blind to the rules while round 21 of them
// was made. Measured blind before round 21: 0.836; after it: 0.840. A
// development set since round 22, its misses read; 0.845 after round 22:
//
//	go test ./corpus/quote -run '^TestHeldOut54$' -v | grep accuracy
func TestHeldOut54(t *testing.T) {
	evaluate(t, "testdata/heldout54.json", "testdata/heldout54", false, bars{0.99, 0.99, 0.89, 0.83})
}

// TestHeldOut55 measures Find on a fifty-fifth set (testdata/heldout55,
// testdata/heldout55.json: a port strike, a river's legal personhood, a
// tornado outbreak, a retailer's bankruptcy, a marathon world record, a
// library's book-ban vote), written and annotated blind to the rules while
// round 22 of them was made. Measured blind before round 22: 0.934; after
// it: 0.934. A development set since round 23, its misses read; 0.949 after
// round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut55$' -v | grep accuracy
func TestHeldOut55(t *testing.T) {
	evaluate(t, "testdata/heldout55.json", "testdata/heldout55", false, bars{0.99, 0.99, 0.94, 0.93})
}

// TestHeldOut56 measures Find on a fifty-sixth set (testdata/heldout56,
// testdata/heldout56.json: a chemical plant explosion, a bank's money-
// laundering fine, a disputed election count, a chatbot's medical advice, a
// tennis comeback, a housing protest and an eviction ban), written and
// annotated blind to the rules while round 22 of them was made. Measured
// blind before round 22: 0.902; after it: 0.902. A development set since
// round 23, its misses read; 0.927 after round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut56$' -v | grep accuracy
func TestHeldOut56(t *testing.T) {
	evaluate(t, "testdata/heldout56.json", "testdata/heldout56", false, bars{0.99, 0.99, 0.95, 0.91})
}

// TestHeldOut57 measures Find on a fifty-seventh set (testdata/heldout57,
// testdata/heldout57.json: a subway derailment, a coffee price spike after
// frost, a museum returning looted artefacts, a fishing quota row, a
// children's hospital's waiting lists, a baseball no-hitter), written and
// annotated blind to the rules while round 22 of them was made. Measured
// blind before round 22: 0.894; after it: 0.894. A development set since
// round 23, its misses read; 0.910 after round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut57$' -v | grep accuracy
func TestHeldOut57(t *testing.T) {
	evaluate(t, "testdata/heldout57.json", "testdata/heldout57", false, bars{0.99, 0.99, 0.94, 0.90})
}

// TestHeldOut58 measures Find on a fifty-eighth set (testdata/heldout58,
// testdata/heldout58.json: a drought and water rationing, a chipmaker's
// export-ban exposure, a shark attack closing beaches, a foiled coup, a
// streaming royalty dispute, a high school closing), written and annotated
// blind to the rules while round 22 of them was made. Measured blind before
// round 22: 0.890; after it: 0.890. A development set since round 23, its
// misses read; 0.919 after round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut58$' -v | grep accuracy
func TestHeldOut58(t *testing.T) {
	evaluate(t, "testdata/heldout58.json", "testdata/heldout58", false, bars{0.99, 0.99, 0.94, 0.90})
}

// TestHeldOut59 measures Find on a fifty-ninth set (testdata/heldout59,
// testdata/heldout59.json: a failing heat pump subsidy, a volcano grounding
// flights, an activist investor's board fight, a hockey team's relocation,
// a nursing home chain's staffing, a bridge collapse at a festival),
// written and annotated blind to the rules while round 22 of them was made.
// Measured blind before round 22: 0.884; after it: 0.894. A development set
// since round 23, its misses read; 0.894 after round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut59$' -v | grep accuracy
func TestHeldOut59(t *testing.T) {
	evaluate(t, "testdata/heldout59.json", "testdata/heldout59", false, bars{0.99, 0.99, 0.94, 0.88})
}

// TestHeldOut60 measures Find on a sixtieth set (testdata/heldout60,
// testdata/heldout60.json: a tanker's oil spill, a school drill that caused
// panic, a currency devaluation, a rugby player's ban, a death in a gene-
// therapy trial, a farmers' blockade of Paris), written and annotated blind
// to the rules while round 22 of them was made. Measured blind before round
// 22: 0.859; after it: 0.859. A development set since round 23, its misses
// read; 0.891 after round 23:
//
//	go test ./corpus/quote -run '^TestHeldOut60$' -v | grep accuracy
func TestHeldOut60(t *testing.T) {
	evaluate(t, "testdata/heldout60.json", "testdata/heldout60", false, bars{0.99, 0.99, 0.95, 0.88})
}

// TestHeldOut61 measures Find on a sixty-first set (testdata/heldout61,
// testdata/heldout61.json: a hurricane's landfall, a steelmaker's plant
// closure, a row over VAT on private school fees, a cyclist's crash out of a
// Grand Tour, an exoplanet's atmosphere, a council's wind farm decision),
// written and annotated blind to the rules while round 23 of them was made.
// Measured blind before round 23: 0.918; after it: 0.918. A development set
// since round 24, its misses read; 0.928 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut61$' -v | grep accuracy
func TestHeldOut61(t *testing.T) {
	evaluate(t, "testdata/heldout61.json", "testdata/heldout61", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut62 measures Find on a sixty-second set (testdata/heldout62,
// testdata/heldout62.json: a hospital ransomware attack, a ride-hailing
// company's first profit, locust swarms in East Africa, a Formula One team's
// strategy blunder, a Supreme Court ruling on a voting map, a haze episode),
// written and annotated blind to the rules while round 23 of them was made.
// Measured blind before round 23: 0.845; after it: 0.845. A development set
// since round 24, its misses read; 0.912 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut62$' -v | grep accuracy
func TestHeldOut62(t *testing.T) {
	evaluate(t, "testdata/heldout62.json", "testdata/heldout62", false, bars{0.99, 0.99, 0.94, 0.90})
}

// TestHeldOut63 measures Find on a sixty-third set (testdata/heldout63,
// testdata/heldout63.json: a siege of illegal gold miners, entry fees for a
// national park, a quarterback's record-breaking game, a senator switching
// parties, bird flu in dairy cattle, a stampede at a railway station),
// written and annotated blind to the rules while round 23 of them was made.
// Measured blind before round 23: 0.904; after it: 0.904. A development set
// since round 24, its misses read; 0.938 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut63$' -v | grep accuracy
func TestHeldOut63(t *testing.T) {
	evaluate(t, "testdata/heldout63.json", "testdata/heldout63", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut64 measures Find on a sixty-fourth set (testdata/heldout64,
// testdata/heldout64.json: an undercover investigation of care home abuse, a
// luxury brand's founder stepping down, a missing hiker found alive,
// protests over a fuel subsidy cut, a gymnastics scoring controversy, a
// dispute over logging koala habitat), written and annotated blind to the
// rules while round 23 of them was made. Measured blind before round 23:
// 0.936; after it: 0.936. A development set since round 24, its misses read;
// 0.946 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut64$' -v | grep accuracy
func TestHeldOut64(t *testing.T) {
	evaluate(t, "testdata/heldout64.json", "testdata/heldout64", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut65 measures Find on a sixty-fifth set (testdata/heldout65,
// testdata/heldout65.json: a bus crash on a school trip, a central bank
// digital currency's launch, a theatre's casting row, a startup's layoffs by
// email, a snooker final, the return of deported children), written and
// annotated blind to the rules while round 23 of them was made. Measured
// blind before round 23: 0.891; after it: 0.891. A development set since
// round 24, its misses read; 0.891 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut65$' -v | grep accuracy
func TestHeldOut65(t *testing.T) {
	evaluate(t, "testdata/heldout65.json", "testdata/heldout65", false, bars{0.99, 0.99, 0.95, 0.88})
}

// TestHeldOut66 measures Find on a sixty-sixth set (testdata/heldout66,
// testdata/heldout66.json: a city's ban on gas stoves, a drought slowing a
// shipping canal, a tribal language school, a Boat Race crew sinking, a drug
// price-gouging hearing, a rail strike across Germany), written and
// annotated blind to the rules while round 23 of them was made. Measured
// blind before round 23: 0.944; after it: 0.949. A development set since
// round 24, its misses read; 0.954 after round 24:
//
//	go test ./corpus/quote -run '^TestHeldOut66$' -v | grep accuracy
func TestHeldOut66(t *testing.T) {
	evaluate(t, "testdata/heldout66.json", "testdata/heldout66", false, bars{0.99, 0.99, 0.95, 0.94})
}

// TestHeldOut67 measures Find on a sixty-seventh set (testdata/heldout67,
// testdata/heldout67.json: a copper mine's water permit revoked after a
// tailings leak, a university cutting its humanities departments, a
// small-town tornado, a football manager sacked after a derby, a smart
// lock's security flaw, a carmaker's airbag recall), written and
// annotated blind to the rules while round 24 of them was made. Measured
// blind before round 24: 0.899; after it: 0.893. A development set since
// round 25, its misses read; 0.961 after round 25:
//
//	go test ./corpus/quote -run '^TestHeldOut67$' -v | grep accuracy
func TestHeldOut67(t *testing.T) {
	evaluate(t, "testdata/heldout67.json", "testdata/heldout67", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut68 measures Find on a sixty-eighth set (testdata/heldout68,
// testdata/heldout68.json: a city's congestion charge after its first
// month, a foiled coup attempt, a bank's trading loss, a tennis player's
// doping suspension, a coral reef restoration trial, a typhoon shutting
// Hong Kong), written and annotated blind to the rules while round 24 of
// them was made. Measured blind before round 24: 0.920; after it: 0.920.
// A development set since round 25, its misses read; 0.931 after round
// 25:
//
//	go test ./corpus/quote -run '^TestHeldOut68$' -v | grep accuracy
func TestHeldOut68(t *testing.T) {
	evaluate(t, "testdata/heldout68.json", "testdata/heldout68", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut69 measures Find on a sixty-ninth set (testdata/heldout69,
// testdata/heldout69.json: a government shutdown deadline, a chipmaker's
// exposure to an export ban, a river's swimming ban over sewage, a
// wildfire evacuation, a chef's restaurant closing after a hygiene
// rating, a telecoms licence dispute), written and annotated blind to the
// rules while round 24 of them was made. Measured blind before round 24:
// 0.905; after it: 0.905. A development set since round 25, its misses
// read; 0.929 after round 25:
//
//	go test ./corpus/quote -run '^TestHeldOut69$' -v | grep accuracy
func TestHeldOut69(t *testing.T) {
	evaluate(t, "testdata/heldout69.json", "testdata/heldout69", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut70 measures Find on a seventieth set (testdata/heldout70,
// testdata/heldout70.json: a presidential pardon, a cocoa price surge, a
// boil-water advisory lifted after years, a ball-tampering row, a game
// studio's crunch, a housing protest outside parliament), written and
// annotated blind to the rules while round 24 of them was made. Measured
// blind before round 24: 0.877; after it: 0.899. A development set since
// round 25, its misses read; 0.927 after round 25:
//
//	go test ./corpus/quote -run '^TestHeldOut70$' -v | grep accuracy
func TestHeldOut70(t *testing.T) {
	evaluate(t, "testdata/heldout70.json", "testdata/heldout70", false, bars{0.99, 0.97, 0.95, 0.91})
}

// TestHeldOut71 measures Find on a seventy-first set (testdata/heldout71,
// testdata/heldout71.json: a norovirus outbreak on a cruise ship, a rise
// in the pension age, a dam dispute between two countries, a museum
// returning looted bronzes, an AI startup's data-scraping lawsuit, a
// fishing ban's toll on a coastal community), written and annotated blind
// to the rules while round 24 of them was made. Measured blind before
// round 24: 0.896; after it: 0.902. A development set since round 25, its
// misses read; 0.940 after round 25:
//
//	go test ./corpus/quote -run '^TestHeldOut71$' -v | grep accuracy
func TestHeldOut71(t *testing.T) {
	evaluate(t, "testdata/heldout71.json", "testdata/heldout71", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut72 measures Find on a seventy-second set
// (testdata/heldout72, testdata/heldout72.json: a prison escape, a
// retailer's bankruptcy filing, a rural hospital closing its maternity
// ward, a marathon record with a pacing row, a sovereign debt deal,
// floods in central Europe), written and annotated blind to the rules
// while round 24 of them was made. Measured blind before round 24: 0.936;
// after it: 0.936. A development set since round 25, its misses read;
// 0.936 after round 25:
//
//	go test ./corpus/quote -run '^TestHeldOut72$' -v | grep accuracy
func TestHeldOut72(t *testing.T) {
	evaluate(t, "testdata/heldout72.json", "testdata/heldout72", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut73 measures Find on a seventy-third set (testdata/heldout73,
// testdata/heldout73.json: a chemical plant explosion, a pilots' strike,
// outdoor workers in a heatwave, a rugby player's concussion retirement, a
// satellite internet outage, a haze crisis from forest fires), written and
// annotated blind to the rules while round 25 of them was made. Measured
// blind before round 25: 0.829; after it: 0.838. A development set since
// round 26, its misses read; 0.937 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut73$' -v | grep accuracy
func TestHeldOut73(t *testing.T) {
	evaluate(t, "testdata/heldout73.json", "testdata/heldout73", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut74 measures Find on a seventy-fourth set (testdata/heldout74,
// testdata/heldout74.json: an EU migration pact vote, a crypto exchange
// collapse, a four-day school week, a stately home's art theft, a border
// ceasefire, a spike in bushfire insurance premiums), written and annotated
// blind to the rules while round 25 of them was made. Measured blind before
// round 25: 0.938; after it: 0.938. A development set since round 26, its
// misses read; 0.965 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut74$' -v | grep accuracy
func TestHeldOut74(t *testing.T) {
	evaluate(t, "testdata/heldout74.json", "testdata/heldout74", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut75 measures Find on a seventy-fifth set (testdata/heldout75,
// testdata/heldout75.json: a court ruling on social-media age checks, a
// wheat export ban, emergency room closures, a baseball star's record
// contract, a retracted stem-cell paper, a metro line opening), written and
// annotated blind to the rules while round 25 of them was made. Measured
// blind before round 25: 0.886; after it: 0.892. A development set since
// round 26, its misses read; 0.924 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut75$' -v | grep accuracy
func TestHeldOut75(t *testing.T) {
	evaluate(t, "testdata/heldout75.json", "testdata/heldout75", false, bars{0.99, 0.99, 0.94, 0.91})
}

// TestHeldOut76 measures Find on a seventy-sixth set (testdata/heldout76,
// testdata/heldout76.json: a missing hiker found, a luxury group's takeover
// bid, a nurses' strike, a crush at a concert, a battery- throttling
// settlement, farmers' tractor protests), written and annotated blind to the
// rules while round 25 of them was made. Measured blind before round 25:
// 0.904; after it: 0.904. A development set since round 26, its misses read;
// 0.934 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut76$' -v | grep accuracy
func TestHeldOut76(t *testing.T) {
	evaluate(t, "testdata/heldout76.json", "testdata/heldout76", false, bars{0.99, 0.98, 0.97, 0.92})
}

// TestHeldOut77 measures Find on a seventy-seventh set (testdata/heldout77,
// testdata/heldout77.json: an oil spill from a grounded tanker, a rail
// operator renationalised, a measles outbreak, a Formula One pit-lane error,
// a surprise rate rise, a locust swarm), written and annotated blind to the
// rules while round 25 of them was made. Measured blind before round 25:
// 0.912; after it: 0.912. A development set since round 26, its misses read;
// 0.912 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut77$' -v | grep accuracy
func TestHeldOut77(t *testing.T) {
	evaluate(t, "testdata/heldout77.json", "testdata/heldout77", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut78 measures Find on a seventy-eighth set (testdata/heldout78,
// testdata/heldout78.json: a fare-evasion crackdown, a volcano eruption, a
// hospital ransomware attack, a novel pulled over plagiarism, a mining
// royalty law, a migrant ferry sinking), written and annotated blind to the
// rules while round 25 of them was made. Measured blind before round 25:
// 0.872; after it: 0.872. A development set since round 26, its misses read;
// 0.872 after round 26:
//
//	go test ./corpus/quote -run '^TestHeldOut78$' -v | grep accuracy
func TestHeldOut78(t *testing.T) {
	evaluate(t, "testdata/heldout78.json", "testdata/heldout78", false, bars{0.99, 0.99, 0.93, 0.86})
}

// TestHeldOut79 measures Find on a seventy-ninth set (testdata/heldout79,
// testdata/heldout79.json: a chemical plant explosion, a football club sold
// to a sovereign fund, a disputed election in court, a heatwave closing
// schools, an AI startup's funding round and layoffs, a typhoon hitting a
// port city), written and annotated blind to the rules while round 26 of
// them was made. Measured blind before round 26: 0.925; after it: 0.925. A
// development set since round 27, its misses read; 0.970 after round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut79$' -v | grep accuracy
func TestHeldOut79(t *testing.T) {
	evaluate(t, "testdata/heldout79.json", "testdata/heldout79", false, bars{0.99, 0.98, 0.96, 0.96})
}

// TestHeldOut80 measures Find on an eightieth set (testdata/heldout80,
// testdata/heldout80.json: a congressional hearing on drug prices, a shark
// attack closing beaches, a car plant closure, a film withdrawn from a
// festival, a heat-related power cut, a library book-ban vote), written and
// annotated blind to the rules while round 26 of them was made. Measured
// blind before round 26: 0.941; after it: 0.941. A development set since
// round 27, its misses read; 0.941 after round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut80$' -v | grep accuracy
func TestHeldOut80(t *testing.T) {
	evaluate(t, "testdata/heldout80.json", "testdata/heldout80", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut81 measures Find on an eighty-first set (testdata/heldout81,
// testdata/heldout81.json: a bank's data breach fine, a wildfire evacuation,
// a hunger strike by detained journalists, a basketball coach fired mid-
// season, a sovereign debt restructuring, a river sewage report), written
// and annotated blind to the rules while round 26 of them was made. Measured
// blind before round 26: 0.936; after it: 0.936. A development set since
// round 27, its misses read; 0.970 after round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut81$' -v | grep accuracy
func TestHeldOut81(t *testing.T) {
	evaluate(t, "testdata/heldout81.json", "testdata/heldout81", false, bars{0.99, 0.98, 0.96, 0.96})
}

// TestHeldOut82 measures Find on an eighty-second set (testdata/heldout82,
// testdata/heldout82.json: a school bus crash, a chipmaker's export licence
// revoked, a housing protest, a malaria vaccine trial, a tennis player's
// doping ban, a haze crisis), written and annotated blind to the rules while
// round 26 of them was made. Measured blind before round 26: 0.889; after
// it: 0.916. A development set since round 27, its misses read; 0.932 after
// round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut82$' -v | grep accuracy
func TestHeldOut82(t *testing.T) {
	evaluate(t, "testdata/heldout82.json", "testdata/heldout82", false, bars{0.99, 0.99, 0.94, 0.92})
}

// TestHeldOut83 measures Find on an eighty-third set (testdata/heldout83,
// testdata/heldout83.json: a congestion-pricing launch, an earthquake in a
// mountain region, a social network's outage, a cathedral fire, a coffee
// price surge, a prison escape), written and annotated blind to the rules
// while round 26 of them was made. Measured blind before round 26: 0.910;
// after it: 0.910. A development set since round 27, its misses read; 0.910
// after round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut83$' -v | grep accuracy
func TestHeldOut83(t *testing.T) {
	evaluate(t, "testdata/heldout83.json", "testdata/heldout83", false, bars{0.99, 0.98, 0.96, 0.90})
}

// TestHeldOut84 measures Find on an eighty-fourth set (testdata/heldout84,
// testdata/heldout84.json: a vice-chancellor's resignation over pay, a
// tornado outbreak, an attack on a shipping lane, a cricket match-fixing
// inquiry, a retailer's bankruptcy, a measles case at an airport), written
// and annotated blind to the rules while round 26 of them was made. Measured
// blind before round 26: 0.905; after it: 0.905. A development set since
// round 27, its misses read; 0.939 after round 27:
//
//	go test ./corpus/quote -run '^TestHeldOut84$' -v | grep accuracy
func TestHeldOut84(t *testing.T) {
	evaluate(t, "testdata/heldout84.json", "testdata/heldout84", false, bars{0.99, 0.99, 0.94, 0.92})
}

// TestHeldOut85 measures Find on an eighty-fifth set (testdata/heldout85,
// testdata/heldout85.json: a climate lawsuit won by young people, a bridge
// struck by a ship, an airline pilots' strike, a festival cancelled over
// safety, a hospital waiting-list scandal, a car maker's airbag recall),
// written and annotated blind to the rules while round 27 of them was made.
// Measured blind before round 27: 0.966; after it: 0.966. A development set
// since round 28, its misses read; 0.966 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut85$' -v | grep accuracy
func TestHeldOut85(t *testing.T) {
	evaluate(t, "testdata/heldout85.json", "testdata/heldout85", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut86 measures Find on an eighty-sixth set (testdata/heldout86,
// testdata/heldout86.json: a rural hospital's maternity ward closing, a
// crypto exchange's collapse, a village flooded by a dam release, a museum
// returning looted artefacts, a marathon record and a shoe, a currency
// devaluation), written and annotated blind to the rules while round 27 of
// them was made. Measured blind before round 27: 0.924; after it: 0.924. A
// development set since round 28, its misses read; 0.944 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut86$' -v | grep accuracy
func TestHeldOut86(t *testing.T) {
	evaluate(t, "testdata/heldout86.json", "testdata/heldout86", false, bars{0.99, 0.98, 0.94, 0.92})
}

// TestHeldOut87 measures Find on an eighty-seventh set (testdata/heldout87,
// testdata/heldout87.json: a Supreme Court ruling on water rights, a foiled
// coup, a smartphone's battery fires, a teachers' strike over pay, a palm
// oil export ban, a missing hiker found alive), written and annotated blind
// to the rules while round 27 of them was made. Measured blind before round
// 27: 0.937; after it: 0.937. A development set since round 28, its misses
// read; 0.968 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut87$' -v | grep accuracy
func TestHeldOut87(t *testing.T) {
	evaluate(t, "testdata/heldout87.json", "testdata/heldout87", false, bars{0.99, 0.98, 0.94, 0.94})
}

// TestHeldOut88 measures Find on an eighty-eighth set (testdata/heldout88,
// testdata/heldout88.json: a city's rent-control vote, a cyberattack on a
// postal service, a cobalt mine accident, a celebrity chef's restaurants in
// administration, a drought displacing herders, a train derailment spilling
// chemicals), written and annotated blind to the rules while round 27 of
// them was made. Measured blind before round 27: 0.931; after it: 0.931. A
// development set since round 28, its misses read; 0.941 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut88$' -v | grep accuracy
func TestHeldOut88(t *testing.T) {
	evaluate(t, "testdata/heldout88.json", "testdata/heldout88", false, bars{0.99, 0.98, 0.92, 0.92})
}

// TestHeldOut89 measures Find on an eighty-ninth set (testdata/heldout89,
// testdata/heldout89.json: a supermarket price-gouging inquiry, an execution
// halted, a telecom merger blocked, a mountain rescue, a video game studio's
// layoffs, a stampede at a religious festival), written and annotated blind
// to the rules while round 27 of them was made. Measured blind before round
// 27: 0.894; after it: 0.894. A development set since round 28, its misses
// read; 0.936 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut89$' -v | grep accuracy
func TestHeldOut89(t *testing.T) {
	evaluate(t, "testdata/heldout89.json", "testdata/heldout89", false, bars{0.99, 0.98, 0.93, 0.91})
}

// TestHeldOut90 measures Find on a ninetieth set (testdata/heldout90,
// testdata/heldout90.json: a pension fund's property losses, lead in a
// town's water, a general strike, a zoo elephant's death, an electric-truck
// maker's fraud charges, a dengue surge), written and annotated blind to the
// rules while round 27 of them was made. Measured blind before round 27:
// 0.904; after it: 0.904. A development set since round 28, its misses read;
// 0.924 after round 28:
//
//	go test ./corpus/quote -run '^TestHeldOut90$' -v | grep accuracy
func TestHeldOut90(t *testing.T) {
	evaluate(t, "testdata/heldout90.json", "testdata/heldout90", false, bars{0.99, 0.98, 0.95, 0.90})
}

// TestHeldOut91 measures Find on a ninety-first set (testdata/heldout91,
// testdata/heldout91.json: a wildfire forcing a town's evacuation, a
// footballer's racism complaint, a central bank's surprise rate hike, a
// care home abuse investigation, a chatbot's dangerous medical advice, a
// heatwave closing schools), written and annotated blind to the rules while
// round 28 of them was made. Measured blind before round 28: 0.903; after
// it: 0.909. A development set since round 29, its misses read; 0.925 after
// round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut91$' -v | grep accuracy
func TestHeldOut91(t *testing.T) {
	evaluate(t, "testdata/heldout91.json", "testdata/heldout91", false, bars{0.99, 0.98, 0.95, 0.91})
}

// TestHeldOut92 measures Find on a ninety-second set (testdata/heldout92,
// testdata/heldout92.json: a chipmaker's export curbs, a wildfire smoke
// alert, a police shooting of an unarmed man, a publisher pulling a
// fabricated memoir, an oil spill, a city banning gas stoves), written and
// annotated blind to the rules while round 28 of them was made. Measured
// blind before round 28: 0.855; after it: 0.855. A development set since
// round 29, its misses read; 0.917 after round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut92$' -v | grep accuracy
func TestHeldOut92(t *testing.T) {
	evaluate(t, "testdata/heldout92.json", "testdata/heldout92", false, bars{0.99, 0.98, 0.94, 0.9})
}

// TestHeldOut93 measures Find on a ninety-third set (testdata/heldout93,
// testdata/heldout93.json: a college admissions bribery trial, a volcanic
// eruption grounding flights, a bank's rogue trader loss, a river sewage
// row, a tennis star's doping suspension, a typhoon), written and annotated
// blind to the rules while round 28 of them was made. Measured blind before
// round 28: 0.975; after it: 0.975. A development set since round 29, its
// misses read; 0.985 after round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut93$' -v | grep accuracy
func TestHeldOut93(t *testing.T) {
	evaluate(t, "testdata/heldout93.json", "testdata/heldout93", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut94 measures Find on a ninety-fourth set (testdata/heldout94,
// testdata/heldout94.json: a government shutdown deadline, a fashion
// brand's sweatshop exposé, a fertiliser plant explosion, a school book ban
// fight, a ferry sinking, a ride-hailing app's driver pay cut), written and
// annotated blind to the rules while round 28 of them was made. Measured
// blind before round 28: 0.953; after it: 0.953. A development set since
// round 29, its misses read; 0.984 after round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut94$' -v | grep accuracy
func TestHeldOut94(t *testing.T) {
	evaluate(t, "testdata/heldout94.json", "testdata/heldout94", false, bars{0.99, 0.98, 0.96, 0.97})
}

// TestHeldOut95 measures Find on a ninety-fifth set (testdata/heldout95,
// testdata/heldout95.json: a veterans' hospital wait-time scandal, a deadly
// gold mine protest, a theatre closing after funding cuts, a school bus
// crash, a luxury group's takeover bid, a shark attack closing beaches),
// written and annotated blind to the rules while round 28 of them was made.
// Measured blind before round 28: 0.943; after it: 0.943. A development set
// since round 29, its misses read; 0.943 after round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut95$' -v | grep accuracy
func TestHeldOut95(t *testing.T) {
	evaluate(t, "testdata/heldout95.json", "testdata/heldout95", false, bars{0.99, 0.98, 0.96, 0.93})
}

// TestHeldOut96 measures Find on a ninety-sixth set (testdata/heldout96,
// testdata/heldout96.json: a subway fare evasion crackdown, a rice export
// ban, a university's cancelled talk, a cruise ship norovirus outbreak, a
// boxing promoter's bankruptcy, a far-right rally), written and annotated
// blind to the rules while round 28 of them was made. Measured blind before
// round 28: 0.910; after it: 0.910. A development set since round 29, its
// misses read; 0.920 after round 29:
//
//	go test ./corpus/quote -run '^TestHeldOut96$' -v | grep accuracy
func TestHeldOut96(t *testing.T) {
	evaluate(t, "testdata/heldout96.json", "testdata/heldout96", false, bars{0.99, 0.98, 0.95, 0.91})
}

// TestHeldOut97 measures Find on a ninety-seventh set (testdata/heldout97,
// testdata/heldout97.json: a coup attempt foiled in a West African capital, a
// hospital maternity unit scandal, a tornado flattening a small town, a
// crypto exchange collapse, a village fighting a new motorway, a refugee boat
// rescue), written and annotated blind to the rules while round 29 of them
// was made. Measured blind before round 29: 0.908; after it: 0.908. A
// development set since round 30, its misses read; 0.930 after round 30:
//
//	go test ./corpus/quote -run '^TestHeldOut97$' -v | grep accuracy
func TestHeldOut97(t *testing.T) {
	evaluate(t, "testdata/heldout97.json", "testdata/heldout97", false, bars{0.99, 0.98, 0.95, 0.92})
}

// TestHeldOut98 measures Find on a ninety-eighth set (testdata/heldout98,
// testdata/heldout98.json: a museum returning looted artefacts, an airline
// pilots' strike, a teenage climate activist's court case, a copper price
// surge, a missing hiker found alive, a doctors' walkout), written and
// annotated blind to the rules while round 29 of them was made. Measured
// blind before round 29: 0.906; after it: 0.906. A development set since
// round 30, its misses read; 0.937 after round 30:
//
//	go test ./corpus/quote -run '^TestHeldOut98$' -v | grep accuracy
func TestHeldOut98(t *testing.T) {
	evaluate(t, "testdata/heldout98.json", "testdata/heldout98", false, bars{0.99, 0.98, 0.94, 0.93})
}

// TestHeldOut99 measures Find on a ninety-ninth set (testdata/heldout99,
// testdata/heldout99.json: a supreme court voting-rights ruling, a football
// club's administration, a famine warning, a smartphone battery recall, a
// housing protest, a bridge collapse), written and annotated blind to the
// rules while round 29 of them was made. Measured blind before round 29:
// 0.898; after it: 0.898. A development set since round 30, its misses read;
// 0.925 after round 30:
//
//	go test ./corpus/quote -run '^TestHeldOut99$' -v | grep accuracy
func TestHeldOut99(t *testing.T) {
	evaluate(t, "testdata/heldout99.json", "testdata/heldout99", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut100 measures Find on a hundredth set (testdata/heldout100,
// testdata/heldout100.json: a sovereign debt restructuring, a rural hospital
// closing, a chef's restaurant hygiene scandal, a prison riot, an election
// result dispute, a startup's data breach), written and annotated blind to
// the rules while round 29 of them was made. Measured blind before round 29:
// 0.927; after it: 0.932. A development set since round 30, its misses read;
// 0.937 after round 30:
//
//	go test ./corpus/quote -run '^TestHeldOut100$' -v | grep accuracy
func TestHeldOut100(t *testing.T) {
	evaluate(t, "testdata/heldout100.json", "testdata/heldout100", false, bars{0.99, 0.98, 0.94, 0.93})
}

// TestHeldOut101 measures Find on a hundred-and-first set
// (testdata/heldout101, testdata/heldout101.json: a lifeboat rescue of a
// fishing crew, a pharmaceutical price-fixing fine, a poetry prize withdrawn,
// a measles outbreak in a school district, a carmaker's airbag recall, an
// earthquake drill exposing failures), written and annotated blind to the
// rules while round 29 of them was made. Measured blind before round 29:
// 0.867; after it: 0.867. A development set since round 30, its misses read;
// 0.938 after round 30:
//
//	go test ./corpus/quote -run '^TestHeldOut101$' -v | grep accuracy
func TestHeldOut101(t *testing.T) {
	evaluate(t, "testdata/heldout101.json", "testdata/heldout101", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut102 measures Find on a hundred-and-second set
// (testdata/heldout102, testdata/heldout102.json: a cabinet minister's
// resignation over expenses, a mine collapse trapping workers, a currency
// crash, a festival cancelled over safety, a basketball star's trade request,
// a ferry contract delay), written and annotated blind to the rules while
// round 29 of them was made. Measured blind before round 29: 0.905; after it:
// 0.905. A development set since round 30, its misses read; 0.910 after round
// 30:
//
//	go test ./corpus/quote -run '^TestHeldOut102$' -v | grep accuracy
func TestHeldOut102(t *testing.T) {
	evaluate(t, "testdata/heldout102.json", "testdata/heldout102", false, bars{0.99, 0.98, 0.96, 0.90})
}

// TestHeldOut103 measures Find on a hundred-and-third set
// (testdata/heldout103, testdata/heldout103.json: a port workers' strike, a
// council's allotment sell-off, a wildfire evacuating a mountain town, a
// chipmaker's profit warning, a care home closure, a typhoon hitting a
// coastal city), written and annotated blind to the rules while round 30 of
// them was made. Measured blind before round 30: 0.929; after it: 0.929. A
// development set since round 31, its misses read; 0.973 after round 31:
//
//	go test ./corpus/quote -run '^TestHeldOut103$' -v | grep accuracy
func TestHeldOut103(t *testing.T) {
	evaluate(t, "testdata/heldout103.json", "testdata/heldout103", false, bars{0.99, 0.98, 0.97, 0.97})
}

// TestHeldOut104 measures Find on a hundred-and-fourth set
// (testdata/heldout104, testdata/heldout104.json: a police chief's firing, a
// bank's money-laundering fine, a beaver release, a hostage release, a tennis
// player's doping ban, a delayed metro line), written and annotated blind to
// the rules while round 30 of them was made. Measured blind before round 30:
// 0.925; after it: 0.925. A development set since round 31, its misses read;
// 0.940 after round 31:
//
//	go test ./corpus/quote -run '^TestHeldOut104$' -v | grep accuracy
func TestHeldOut104(t *testing.T) {
	evaluate(t, "testdata/heldout104.json", "testdata/heldout104", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut105 measures Find on a hundred-and-fifth set
// (testdata/heldout105, testdata/heldout105.json: a weather agency's budget
// cut, a plantation labour abuse inquiry, a novelist accused of plagiarism, a
// chemical plant explosion, a sovereign fund's technology bet, a kiwi
// conservation breakthrough), written and annotated blind to the rules while
// round 30 of them was made. Measured blind before round 30: 0.928; after it:
// 0.928. A development set since round 31, its misses read; 0.954 after round
// 31:
//
//	go test ./corpus/quote -run '^TestHeldOut105$' -v | grep accuracy
func TestHeldOut105(t *testing.T) {
	evaluate(t, "testdata/heldout105.json", "testdata/heldout105", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut106 measures Find on a hundred-and-sixth set
// (testdata/heldout106, testdata/heldout106.json: a filibuster over a
// spending bill, a lorry drivers' fuel protest, a cholera outbreak after
// floods, a football manager sacked, a chatbot's dangerous medical advice, a
// border clash), written and annotated blind to the rules while round 30 of
// them was made. Measured blind before round 30: 0.883; after it: 0.883. A
// development set since round 31, its misses read; 0.908 after round 31:
//
//	go test ./corpus/quote -run '^TestHeldOut106$' -v | grep accuracy
func TestHeldOut106(t *testing.T) {
	evaluate(t, "testdata/heldout106.json", "testdata/heldout106", false, bars{0.99, 0.98, 0.94, 0.90})
}

// TestHeldOut107 measures Find on a hundred-and-seventh set
// (testdata/heldout107, testdata/heldout107.json: a library banning books, an
// oil output cut, a hospital's cancer backlog, a gas explosion, a streaming
// price rise, a wildfire smoke warning), written and annotated blind to the
// rules while round 30 of them was made. Measured blind before round 30:
// 0.911; after it: 0.911. A development set since round 31, its misses read;
// 0.922 after round 31:
//
//	go test ./corpus/quote -run '^TestHeldOut107$' -v | grep accuracy
func TestHeldOut107(t *testing.T) {
	evaluate(t, "testdata/heldout107.json", "testdata/heldout107", false, bars{0.99, 0.98, 0.97, 0.92})
}

// TestHeldOut108 measures Find on a hundred-and-eighth set
// (testdata/heldout108, testdata/heldout108.json: a steel tariff dispute, a
// cathedral's restoration appeal, a drone strike on a refinery, mass eviction
// notices, an overturned murder conviction, a haze crisis), written and
// annotated blind to the rules while round 30 of them was made. Measured
// blind before round 30: 0.932; after it: 0.938. A development set since
// round 31, its misses read; 0.972 after round 31:
//
//	go test ./corpus/quote -run '^TestHeldOut108$' -v | grep accuracy
func TestHeldOut108(t *testing.T) {
	evaluate(t, "testdata/heldout108.json", "testdata/heldout108", false, bars{0.99, 0.98, 0.99, 0.97})
}

// TestHeldOut109 measures Find on a hundred-and-ninth set
// (testdata/heldout109, testdata/heldout109.json: a copper mine's water
// permit revoked, a tuition fee protest occupation, a tornado striking a
// small town, an airline merger blocked, a rural hospital ward closure, a
// shark attack closing beaches), written and annotated blind to the rules
// while round 31 of them was made. Measured blind before round 31: 0.957;
// after it: 0.957. A development set since round 32, its misses read; 0.978
// after round 32:
//
//	go test ./corpus/quote -run '^TestHeldOut109$' -v | grep accuracy
func TestHeldOut109(t *testing.T) {
	evaluate(t, "testdata/heldout109.json", "testdata/heldout109", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut110 measures Find on a hundred-and-tenth set
// (testdata/heldout110, testdata/heldout110.json: a museum returning looted
// artefacts, a sovereign debt default, a cruise ship norovirus outbreak, a
// striker's transfer saga, a crypto exchange collapse, defective concrete in
// a housing estate), written and annotated blind to the rules while round 31
// of them was made. Measured blind before round 31: 0.932; after it: 0.932. A
// development set since round 32, its misses read; 0.990 after round 32:
//
//	go test ./corpus/quote -run '^TestHeldOut110$' -v | grep accuracy
func TestHeldOut110(t *testing.T) {
	evaluate(t, "testdata/heldout110.json", "testdata/heldout110", false, bars{0.99, 0.98, 0.98, 0.98})
}

// TestHeldOut111 measures Find on a hundred-and-eleventh set
// (testdata/heldout111, testdata/heldout111.json: a prison riot, a heatwave
// killing farm workers, a surprise rate rise, a village flooded by a dam
// release, a startup's lay-offs after a failed funding round, a stampede at a
// religious festival), written and annotated blind to the rules while round
// 31 of them was made. Measured blind before round 31: 0.945; after it:
// 0.945. A development set since round 32, its misses read; 0.973 after round
// 32:
//
//	go test ./corpus/quote -run '^TestHeldOut111$' -v | grep accuracy
func TestHeldOut111(t *testing.T) {
	evaluate(t, "testdata/heldout111.json", "testdata/heldout111", false, bars{0.99, 0.98, 0.97, 0.97})
}

// TestHeldOut112 measures Find on a hundred-and-twelfth set
// (testdata/heldout112, testdata/heldout112.json: a Supreme Court ruling on
// voting maps, a coffee price surge after frost, a theatre's funding cut, a
// bridge collapse, a luxury brand's succession fight, an attack on a power
// grid), written and annotated blind to the rules while round 31 of them was
// made. Measured blind before round 31: 0.916; after it: 0.916. A development
// set since round 32, its misses read; 0.931 after round 32. Its kind bar
// is 0.94 since round 34, when a pull quote took the kind of the words it
// repeats and "‘Wait and See’" became the term its echo, a “wait-and-see”
// mode, is taken for:
//
//	go test ./corpus/quote -run '^TestHeldOut112$' -v | grep accuracy
func TestHeldOut112(t *testing.T) {
	evaluate(t, "testdata/heldout112.json", "testdata/heldout112", false, bars{0.99, 0.98, 0.94, 0.93})
}

// TestHeldOut113 measures Find on a hundred-and-thirteenth set
// (testdata/heldout113, testdata/heldout113.json: a school's mobile phone
// ban, a fertiliser plant sanctions dispute, a conductor dismissed after
// complaints, a missing hiker found alive, a property developer's debt
// restructuring, a coral bleaching event), written and annotated blind to the
// rules while round 31 of them was made. Measured blind before round 31:
// 0.948; after it: 0.948. A development set since round 32, its misses read;
// 0.953 after round 32:
//
//	go test ./corpus/quote -run '^TestHeldOut113$' -v | grep accuracy
func TestHeldOut113(t *testing.T) {
	evaluate(t, "testdata/heldout113.json", "testdata/heldout113", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut114 measures Find on a hundred-and-fourteenth set
// (testdata/heldout114, testdata/heldout114.json: a congestion pricing
// launch, a gold smuggling ring, a marathon record annulled, an outbreak on a
// military base, a food delivery app's gig-worker ruling, a refugee boat
// rescue), written and annotated blind to the rules while round 31 of them
// was made. Measured blind before round 31: 0.930; after it: 0.930. A
// development set since round 32, its misses read; 0.955 after round 32:
//
//	go test ./corpus/quote -run '^TestHeldOut114$' -v | grep accuracy
func TestHeldOut114(t *testing.T) {
	evaluate(t, "testdata/heldout114.json", "testdata/heldout114", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut115 measures Find on a hundred-and-fifteenth set
// (testdata/heldout115, testdata/heldout115.json: a lithium export ban, a care
// home scandal filmed undercover, a wildfire evacuating a town, a chipmaker's
// factory delay, a football club in administration, a monsoon landslide),
// written and annotated blind to the rules while round 32 of them was made.
// Measured blind before round 32: 0.954; after it: 0.954. A development set
// since round 33, its misses read; 0.959 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut115$' -v | grep accuracy
func TestHeldOut115(t *testing.T) {
	evaluate(t, "testdata/heldout115.json", "testdata/heldout115", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut116 measures Find on a hundred-and-sixteenth set
// (testdata/heldout116, testdata/heldout116.json: a hospital ransomware
// attack, a wheat export corridor deal, a university lecture cancelled in a
// free-speech row, a school bus crash, an AI startup's data-scraping lawsuit,
// a typhoon), written and annotated blind to the rules while round 32 of them
// was made. Measured blind before round 32: 0.866; after it: 0.866. A
// development set since round 33, its misses read; 0.921 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut116$' -v | grep accuracy
func TestHeldOut116(t *testing.T) {
	evaluate(t, "testdata/heldout116.json", "testdata/heldout116", false, bars{0.99, 0.98, 0.97, 0.92})
}

// TestHeldOut117 measures Find on a hundred-and-seventeenth set
// (testdata/heldout117, testdata/heldout117.json: a senator's ethics
// investigation, a bank's rogue trader losses, a hurricane's landfall, a river
// polluted by sewage, a tennis player's doping ban, a disputed election),
// written and annotated blind to the rules while round 32 of them was made.
// Measured blind before round 32: 0.949; after it: 0.949. A development set
// since round 33, its misses read; 0.949 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut117$' -v | grep accuracy
func TestHeldOut117(t *testing.T) {
	evaluate(t, "testdata/heldout117.json", "testdata/heldout117", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut118 measures Find on a hundred-and-eighteenth set
// (testdata/heldout118, testdata/heldout118.json: a rural maternity unit
// closing, a canal blocked by a grounded ship, a listed pier's fire, a protest
// over a police shooting, a carmaker's emissions recall, a big cat escaping a
// zoo), written and annotated blind to the rules while round 32 of them was
// made. Measured blind before round 32: 0.929; after it: 0.929. A development
// set since round 33, its misses read; 0.939 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut118$' -v | grep accuracy
func TestHeldOut118(t *testing.T) {
	evaluate(t, "testdata/heldout118.json", "testdata/heldout118", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut119 measures Find on a hundred-and-nineteenth set
// (testdata/heldout119, testdata/heldout119.json: a newspaper closing, a
// nickel smelter explosion, a measles outbreak in a school district, a hostile
// takeover bid, a pipeline protest, a fuel price protest), written and
// annotated blind to the rules while round 32 of them was made. Measured blind
// before round 32: 0.953; after it: 0.953. A development set since round 33,
// its misses read; 0.990 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut119$' -v | grep accuracy
func TestHeldOut119(t *testing.T) {
	evaluate(t, "testdata/heldout119.json", "testdata/heldout119", false, bars{0.99, 0.98, 0.98, 0.98})
}

// TestHeldOut120 measures Find on a hundred-and-twentieth set
// (testdata/heldout120, testdata/heldout120.json: a factory chemical leak, a
// central bank governor sacked, a children's hospital waiting list, a train
// derailment spilling chemicals, a smart-plug recall, a building site
// collapse), written and annotated blind to the rules while round 32 of them
// was made. Measured blind before round 32: 0.899; after it: 0.899. A
// development set since round 33, its misses read; 0.921 after round 33:
//
//	go test ./corpus/quote -run '^TestHeldOut120$' -v | grep accuracy
func TestHeldOut120(t *testing.T) {
	evaluate(t, "testdata/heldout120.json", "testdata/heldout120", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut121 measures Find on a hundred-and-twenty-first set
// (testdata/heldout121, testdata/heldout121.json: a copper mine's water-rights
// dispute, an arts council cutting a theatre's funding, a tornado destroying a
// small town, a crypto exchange halting withdrawals, a rural teacher shortage,
// a heatwave with power cuts), written and annotated blind to the rules while
// round 33 of them was made. Measured blind before round 33: 0.890; after it:
// 0.890. A development set since round 34, its misses read; 0.890 after round
// 34:
//
//	go test ./corpus/quote -run '^TestHeldOut121$' -v | grep accuracy
func TestHeldOut121(t *testing.T) {
	evaluate(t, "testdata/heldout121.json", "testdata/heldout121", false, bars{0.99, 0.98, 0.94, 0.89})
}

// TestHeldOut122 measures Find on a hundred-and-twenty-second set
// (testdata/heldout122, testdata/heldout122.json: a federal agency's data
// breach, a luxury brand's profit warning, an island ferry cancelled for
// weeks, a prison riot, a beach closed by sewage, a border crossing closure
// stranding trucks), written and annotated blind to the rules while round 33
// of them was made. Measured blind before round 33: 0.935; after it: 0.935. A
// development set since round 34, its misses read; 0.967 after round 34:
//
//	go test ./corpus/quote -run '^TestHeldOut122$' -v | grep accuracy
func TestHeldOut122(t *testing.T) {
	evaluate(t, "testdata/heldout122.json", "testdata/heldout122", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut123 measures Find on a hundred-and-twenty-third set
// (testdata/heldout123, testdata/heldout123.json: a theme park ride stalling,
// a palm oil deforestation report, a doctors' strike over pay, a museum
// returning looted artefacts, a social app banned for minors, a shark attack
// closing beaches), written and annotated blind to the rules while round 33 of
// them was made. Measured blind before round 33: 0.906; after it: 0.911. A
// development set since round 34, its misses read; 0.911 after round 34:
//
//	go test ./corpus/quote -run '^TestHeldOut123$' -v | grep accuracy
func TestHeldOut123(t *testing.T) {
	evaluate(t, "testdata/heldout123.json", "testdata/heldout123", false, bars{0.99, 0.98, 0.98, 0.91})
}

// TestHeldOut124 measures Find on a hundred-and-twenty-fourth set
// (testdata/heldout124, testdata/heldout124.json: a chemical plant explosion,
// a sovereign debt default, a cathedral roof collapse, a supermarket price
// inquiry, an opioid settlement dispute, a strike on a power plant), written
// and annotated blind to the rules while round 33 of them was made. Measured
// blind before round 33: 0.918; after it: 0.918. A development set since round
// 34, its misses read; 0.934 after round 34:
//
//	go test ./corpus/quote -run '^TestHeldOut124$' -v | grep accuracy
func TestHeldOut124(t *testing.T) {
	evaluate(t, "testdata/heldout124.json", "testdata/heldout124", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut125 measures Find on a hundred-and-twenty-fifth set
// (testdata/heldout125, testdata/heldout125.json: an airline pilots' strike, a
// subway crime surge, a library closures plan, a wildfire smoke alert, a
// self-driving car crash, a wheat flour shortage), written and annotated blind
// to the rules while round 33 of them was made. Measured blind before round
// 33: 0.853; after it: 0.859. A development set since round 34, its misses
// read; 0.935 after round 34:
//
//	go test ./corpus/quote -run '^TestHeldOut125$' -v | grep accuracy
func TestHeldOut125(t *testing.T) {
	evaluate(t, "testdata/heldout125.json", "testdata/heldout125", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut126 measures Find on a hundred-and-twenty-sixth set
// (testdata/heldout126, testdata/heldout126.json: a telecom merger blocked, a
// dam failure flooding a valley, a nursery chain's closure, a rare-earth
// export licence regime, a college coach fired over abuse claims, a bird flu
// outbreak at poultry farms), written and annotated blind to the rules while
// round 33 of them was made. Measured blind before round 33: 0.938; after it:
// 0.938. A development set since round 34, its misses read; 0.959 after round
// 34:
//
//	go test ./corpus/quote -run '^TestHeldOut126$' -v | grep accuracy
func TestHeldOut126(t *testing.T) {
	evaluate(t, "testdata/heldout126.json", "testdata/heldout126", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut127 measures Find on a hundred-and-twenty-seventh set
// (testdata/heldout127, testdata/heldout127.json: a school bus crash on an icy
// highway, a shipping line rerouting around a strait, a university cutting
// humanities courses, a chipmaker's factory delay, rural maternity ward
// closures, a stampede at a railway station), written and annotated blind to
// the rules while round 34 of them was made. Measured blind before round 34:
// 0.948; after it: 0.948. A development set since round 35, its misses read;
// 0.963 after round 35:
//
//	go test ./corpus/quote -run '^TestHeldOut127$' -v | grep accuracy
func TestHeldOut127(t *testing.T) {
	evaluate(t, "testdata/heldout127.json", "testdata/heldout127", false, bars{0.99, 0.98, 0.95, 0.96})
}

// TestHeldOut128 measures Find on a hundred-and-twenty-eighth set
// (testdata/heldout128, testdata/heldout128.json: a river flooding a market
// town, a bank fined over money laundering, a wrongful conviction overturned,
// a football club's stadium move, a volcano grounding flights, a condo defect
// dispute), written and annotated blind to the rules while round 34 of them
// was made. Measured blind before round 34: 0.934; after it: 0.944. A
// development set since round 35, its misses read; 0.944 after round 35:
//
//	go test ./corpus/quote -run '^TestHeldOut128$' -v | grep accuracy
func TestHeldOut128(t *testing.T) {
	evaluate(t, "testdata/heldout128.json", "testdata/heldout128", false, bars{0.99, 0.98, 0.95, 0.94})
}

// TestHeldOut129 measures Find on a hundred-and-twenty-ninth set
// (testdata/heldout129, testdata/heldout129.json: a wildfire evacuation alert
// that failed, a care home chain's neglect inquiry, an oil major's windfall
// tax fight, a big cat's escape from a zoo, a fintech startup's collapse, a
// drought displacing herders), written and annotated blind to the rules while
// round 34 of them was made. Measured blind before round 34: 0.881; after it:
// 0.901. A development set since round 35, its misses read; 0.936 after round
// 35:
//
//	go test ./corpus/quote -run '^TestHeldOut129$' -v | grep accuracy
func TestHeldOut129(t *testing.T) {
	evaluate(t, "testdata/heldout129.json", "testdata/heldout129", false, bars{0.99, 0.98, 0.94, 0.93})
}

// TestHeldOut130 measures Find on a hundred-and-thirtieth set
// (testdata/heldout130, testdata/heldout130.json: a cocoa price spike, a
// landlord's mass evictions, a ferry running aground, a retailer's bankruptcy
// filing, a heatwave at a music festival, a mine collapse trapping workers),
// written and annotated blind to the rules while round 34 of them was made.
// Measured blind before round 34: 0.929; after it: 0.929. A development set
// since round 35, its misses read; 0.959 after round 35:
//
//	go test ./corpus/quote -run '^TestHeldOut130$' -v | grep accuracy
func TestHeldOut130(t *testing.T) {
	evaluate(t, "testdata/heldout130.json", "testdata/heldout130", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut131 measures Find on a hundred-and-thirty-first set
// (testdata/heldout131, testdata/heldout131.json: a hospital ransomware
// attack, a carmaker's plant closure, a council's bankruptcy notice, a cruise
// ship norovirus outbreak, a disputed election result, a city's air pollution
// emergency), written and annotated blind to the rules while round 34 of them
// was made. Measured blind before round 34: 0.914; after it: 0.914. A
// development set since round 35, its misses read; 0.941 after round 35:
//
//	go test ./corpus/quote -run '^TestHeldOut131$' -v | grep accuracy
func TestHeldOut131(t *testing.T) {
	evaluate(t, "testdata/heldout131.json", "testdata/heldout131", false, bars{0.99, 0.98, 0.99, 0.94})
}

// TestHeldOut132 measures Find on a hundred-and-thirty-second set
// (testdata/heldout132, testdata/heldout132.json: a library's book-ban fight,
// a copper rally and a mine strike, a hospital's maternity scandal report, an
// airline's engine grounding, a farmworker's death in the heat, a locust
// invasion), written and annotated blind to the rules while round 34 of them
// was made. Measured blind before round 34: 0.934; after it: 0.934. A
// development set since round 35, its misses read; 0.944 after round 35:
//
//	go test ./corpus/quote -run '^TestHeldOut132$' -v | grep accuracy
func TestHeldOut132(t *testing.T) {
	evaluate(t, "testdata/heldout132.json", "testdata/heldout132", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut133 measures Find on a hundred-and-thirty-third set
// (testdata/heldout133, testdata/heldout133.json: a central bank's surprise
// rate rise, a water company's sewage spills, a tornado destroying a small
// town, an AI startup's data-scraping lawsuit, a junior doctors' strike, a
// typhoon's landfall), written and annotated blind to the rules while round 35
// of them was made. Measured blind before round 35: 0.905; after it: 0.905. A
// development set since round 36, its misses read; 0.910 after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut133$' -v | grep accuracy
func TestHeldOut133(t *testing.T) {
	evaluate(t, "testdata/heldout133.json", "testdata/heldout133", false, bars{0.99, 0.98, 0.94, 0.90})
}

// TestHeldOut134 measures Find on a hundred-and-thirty-fourth set
// (testdata/heldout134, testdata/heldout134.json: a museum returning looted
// artefacts, a crypto exchange's frozen withdrawals, a measles outbreak in a
// county, a farm prosecuted for river pollution, a port workers' strike, a
// bridge collapse in the monsoon), written and annotated blind to the rules
// while round 35 of them was made. Measured blind before round 35: 0.940;
// after it: 0.940. A development set since round 36, its misses read; 0.956
// after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut134$' -v | grep accuracy
func TestHeldOut134(t *testing.T) {
	evaluate(t, "testdata/heldout134.json", "testdata/heldout134", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut135 measures Find on a hundred-and-thirty-fifth set
// (testdata/heldout135, testdata/heldout135.json: a federal agency's layoffs,
// a supermarket chain's takeover battle, a prison riot, a lost hiker's rescue,
// a sovereign debt default, a refugee boat shipwreck), written and annotated
// blind to the rules while round 35 of them was made. Measured blind before
// round 35: 0.933; after it: 0.948. A development set since round 36, its
// misses read; 0.964 after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut135$' -v | grep accuracy
func TestHeldOut135(t *testing.T) {
	evaluate(t, "testdata/heldout135.json", "testdata/heldout135", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut136 measures Find on a hundred-and-thirty-sixth set
// (testdata/heldout136, testdata/heldout136.json: a celebrity chef's health
// violations, a palm oil export ban, a school's exam cheating scandal, a
// tennis star's doping ban, a small town's only grocery closing, a housing
// estate fire), written and annotated blind to the rules while round 35 of
// them was made. Measured blind before round 35: 0.959; after it: 0.959. A
// development set since round 36, its misses read; 0.959 after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut136$' -v | grep accuracy
func TestHeldOut136(t *testing.T) {
	evaluate(t, "testdata/heldout136.json", "testdata/heldout136", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut137 measures Find on a hundred-and-thirty-seventh set
// (testdata/heldout137, testdata/heldout137.json: a train derailment with
// toxic chemicals, a streaming service's price rise, a bus route cuts plan, a
// gold mine's cyanide spill, an automaker's airbag recall, a teachers' pay
// strike), written and annotated blind to the rules while round 35 of them was
// made. Measured blind before round 35: 0.891; after it: 0.885. A development
// set since round 36, its misses read; 0.951 after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut137$' -v | grep accuracy
func TestHeldOut137(t *testing.T) {
	evaluate(t, "testdata/heldout137.json", "testdata/heldout137", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut138 measures Find on a hundred-and-thirty-eighth set
// (testdata/heldout138, testdata/heldout138.json: a subway line's long
// shutdown, a coffee crop frost, a stately home's fire, a smart-lock security
// flaw, a ballot printing error, a heatwave in Karachi), written and annotated
// blind to the rules while round 35 of them was made. Measured blind before
// round 35: 0.905; after it: 0.905. A development set since round 36, its
// misses read; 0.945 after round 36:
//
//	go test ./corpus/quote -run '^TestHeldOut138$' -v | grep accuracy
func TestHeldOut138(t *testing.T) {
	evaluate(t, "testdata/heldout138.json", "testdata/heldout138", false, bars{0.99, 0.98, 0.94, 0.94})
}

// TestHeldOut139 measures Find on a hundred-and-thirty-ninth set
// (testdata/heldout139, testdata/heldout139.json: a chipmaker's export licence
// revoked, a seaside pier collapse, a wrongful conviction overturned by DNA, a
// strike-delayed blockbuster, ferry cancellations to islands, a volcano
// eruption evacuation), written and annotated blind to the rules while round
// 36 of them was made. Measured blind before round 36: 0.875; after it: 0.880.
// A development set since round 37, its misses read; 0.918 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut139$' -v | grep accuracy
func TestHeldOut139(t *testing.T) {
	evaluate(t, "testdata/heldout139.json", "testdata/heldout139", false, bars{0.99, 0.98, 0.94, 0.91})
}

// TestHeldOut140 measures Find on a hundred-and-fortieth set
// (testdata/heldout140, testdata/heldout140.json: a bank's money-laundering
// fine, a lockdown drill gone wrong, a luxury group's succession fight, a
// moorland wildfire, a sugar tax, a temple stampede), written and annotated
// blind to the rules while round 36 of them was made. Measured blind before
// round 36: 0.938; after it: 0.938. A development set since round 37, its
// misses read; 0.959 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut140$' -v | grep accuracy
func TestHeldOut140(t *testing.T) {
	evaluate(t, "testdata/heldout140.json", "testdata/heldout140", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut141 measures Find on a hundred-and-forty-first set
// (testdata/heldout141, testdata/heldout141.json: a hospital's nurse staffing
// crisis, a shipping giant's profit warning, a village flooded by a dam
// breach, a big cat's zoo escape, a presidential pardon row, a matatu fare
// rise), written and annotated blind to the rules while round 36 of them was
// made. Measured blind before round 36: 0.920; after it: 0.920. A development
// set since round 37, its misses read; 0.930 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut141$' -v | grep accuracy
func TestHeldOut141(t *testing.T) {
	evaluate(t, "testdata/heldout141.json", "testdata/heldout141", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut142 measures Find on a hundred-and-forty-second set
// (testdata/heldout142, testdata/heldout142.json: a university's staff
// redundancies, a chemical plant explosion, an oil tanker seizure, an
// influencer's fake charity, a football club's administration, a condominium
// en-bloc sale dispute), written and annotated blind to the rules while round
// 36 of them was made. Measured blind before round 36: 0.935; after it: 0.935.
// A development set since round 37, its misses read; 0.957 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut142$' -v | grep accuracy
func TestHeldOut142(t *testing.T) {
	evaluate(t, "testdata/heldout142.json", "testdata/heldout142", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut143 measures Find on a hundred-and-forty-third set
// (testdata/heldout143, testdata/heldout143.json: a homeless encampment sweep,
// a wheat export quota, a rural hospital's closure, a theatre's funding cut, a
// fintech app's outage, a shark attack closing beaches), written and annotated
// blind to the rules while round 36 of them was made. Measured blind before
// round 36: 0.942; after it: 0.942. A development set since round 37, its
// misses read; 0.958 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut143$' -v | grep accuracy
func TestHeldOut143(t *testing.T) {
	evaluate(t, "testdata/heldout143.json", "testdata/heldout143", false, bars{0.99, 0.98, 0.93, 0.95})
}

// TestHeldOut144 measures Find on a hundred-and-forty-fourth set
// (testdata/heldout144, testdata/heldout144.json: a steelmaker's tariff
// exemption, a missing boy found after three days, a GP surgery closure, a
// currency peg abandoned, a bison release for rewilding, an exam paper leak),
// written and annotated blind to the rules while round 36 of them was made.
// Measured blind before round 36: 0.881; after it: 0.881. A development set
// since round 37, its misses read; 0.921 after round 37:
//
//	go test ./corpus/quote -run '^TestHeldOut144$' -v | grep accuracy
func TestHeldOut144(t *testing.T) {
	evaluate(t, "testdata/heldout144.json", "testdata/heldout144", false, bars{0.99, 0.98, 0.94, 0.92})
}

// TestHeldOut145 measures Find on a hundred-and-forty-fifth set
// (testdata/heldout145, testdata/heldout145.json: a copper mine's water permit
// revoked, a school board banning phones, a bus route cut in a northern town,
// a chipmaker's plant delay, a ferry sinking, a rent cap), written and
// annotated blind to the rules while round 37 of them was made. Measured blind
// before round 37: 0.961; after it: 0.961. A development set since round 38,
// its misses read; 0.978 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut145$' -v | grep accuracy
func TestHeldOut145(t *testing.T) {
	evaluate(t, "testdata/heldout145.json", "testdata/heldout145", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut146 measures Find on a hundred-and-forty-sixth set
// (testdata/heldout146, testdata/heldout146.json: a tornado flattening a small
// town, a buyout of a care-home chain, a cathedral's roof fire, a central bank
// governor's sacking, a smart-lock maker's security flaw, a typhoon signal
// raised), written and annotated blind to the rules while round 37 of them was
// made. Measured blind before round 37: 0.912; after it: 0.912. A development
// set since round 38, its misses read; 0.961 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut146$' -v | grep accuracy
func TestHeldOut146(t *testing.T) {
	evaluate(t, "testdata/heldout146.json", "testdata/heldout146", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut147 measures Find on a hundred-and-forty-seventh set
// (testdata/heldout147, testdata/heldout147.json: a senator's stock trades, a
// palm oil deforestation report, an airline's pilot strike, a primary school's
// asbestos closure, a crypto exchange freezing withdrawals, a heatwave killing
// labourers), written and annotated blind to the rules while round 37 of them
// was made. Measured blind before round 37: 0.929; after it: 0.929. A
// development set since round 38, its misses read; 0.934 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut147$' -v | grep accuracy
func TestHeldOut147(t *testing.T) {
	evaluate(t, "testdata/heldout147.json", "testdata/heldout147", false, bars{0.99, 0.98, 0.95, 0.93})
}

// TestHeldOut148 measures Find on a hundred-and-forty-eighth set
// (testdata/heldout148, testdata/heldout148.json: a river sewage spill, a
// county jail death, an automaker's airbag recall, a chef closing her
// restaurant, a retailer's bankruptcy, power cuts), written and annotated
// blind to the rules while round 37 of them was made. Measured blind before
// round 37: 0.914; after it: 0.914. A development set since round 38, its
// misses read; 0.947 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut148$' -v | grep accuracy
func TestHeldOut148(t *testing.T) {
	evaluate(t, "testdata/heldout148.json", "testdata/heldout148", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut149 measures Find on a hundred-and-forty-ninth set
// (testdata/heldout149, testdata/heldout149.json: a museum returning looted
// artefacts, a fertiliser plant closure, a measles outbreak, a football
// stadium safety row, a startup's layoffs by email, a rice price cap), written
// and annotated blind to the rules while round 37 of them was made. Measured
// blind before round 37: 0.947; after it: 0.947. A development set since round
// 38, its misses read; 0.957 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut149$' -v | grep accuracy
func TestHeldOut149(t *testing.T) {
	evaluate(t, "testdata/heldout149.json", "testdata/heldout149", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut150 measures Find on a hundred-and-fiftieth set
// (testdata/heldout150, testdata/heldout150.json: a hedge fund's collapse, a
// library's book challenge, a border crossing closure, ambulance handover
// delays, anti-dumping duties on solar panels, a bridge collapse), written and
// annotated blind to the rules while round 37 of them was made. Measured blind
// before round 37: 0.920; after it: 0.920. A development set since round 38,
// its misses read; 0.920 after round 38:
//
//	go test ./corpus/quote -run '^TestHeldOut150$' -v | grep accuracy
func TestHeldOut150(t *testing.T) {
	evaluate(t, "testdata/heldout150.json", "testdata/heldout150", false, bars{0.99, 0.98, 0.97, 0.91})
}

// TestHeldOut151 measures Find on a hundred-and-fifty-first set
// (testdata/heldout151, testdata/heldout151.json: a wildfire evacuation order,
// a telecom merger blocked, a university staff strike over pensions, a cruise
// ship norovirus outbreak, a two-wheeler maker's EV launch, a council's
// dog-off-leash ban), written and annotated blind to the rules while round 38
// of them was made. Measured blind before round 38: 0.918; after it: 0.918. A
// development set since round 39, its misses read; 0.935 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut151$' -v | grep accuracy
func TestHeldOut151(t *testing.T) {
	evaluate(t, "testdata/heldout151.json", "testdata/heldout151", false, bars{0.99, 0.98, 0.96, 0.93})
}

// TestHeldOut152 measures Find on a hundred-and-fifty-second set
// (testdata/heldout152, testdata/heldout152.json: a prison riot, a shipping
// line's Red Sea diversion, a town's PFAS water contamination, an election
// result challenged in court, a ride-hailing app's pay cut, a fuel price
// rise), written and annotated blind to the rules while round 38 of them was
// made. Measured blind before round 38: 0.877; after it: 0.877. A development
// set since round 39, its misses read; 0.910 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut152$' -v | grep accuracy
func TestHeldOut152(t *testing.T) {
	evaluate(t, "testdata/heldout152.json", "testdata/heldout152", false, bars{0.99, 0.98, 0.96, 0.90})
}

// TestHeldOut153 measures Find on a hundred-and-fifty-third set
// (testdata/heldout153, testdata/heldout153.json: a subway fare increase, a
// bank fined for money laundering, a crocodile sighting closing a beach, a
// care home's failed inspection, a high school football coach's firing, a
// dengue surge), written and annotated blind to the rules while round 38 of
// them was made. Measured blind before round 38: 0.963; after it: 0.963. A
// development set since round 39, its misses read; 0.968 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut153$' -v | grep accuracy
func TestHeldOut153(t *testing.T) {
	evaluate(t, "testdata/heldout153.json", "testdata/heldout153", false, bars{0.99, 0.98, 0.96, 0.96})
}

// TestHeldOut154 measures Find on a hundred-and-fifty-fourth set
// (testdata/heldout154, testdata/heldout154.json: a gold miner kidnapping in
// the Sahel, a federal judge blocking a rule, a village's flood defences
// failing, a luxury brand's sales slump, a hospital ransomware attack, a wheat
// flour shortage), written and annotated blind to the rules while round 38 of
// them was made. Measured blind before round 38: 0.885; after it: 0.885. A
// development set since round 39, its misses read; 0.907 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut154$' -v | grep accuracy
func TestHeldOut154(t *testing.T) {
	evaluate(t, "testdata/heldout154.json", "testdata/heldout154", false, bars{0.99, 0.98, 0.95, 0.9})
}

// TestHeldOut155 measures Find on a hundred-and-fifty-fifth set
// (testdata/heldout155, testdata/heldout155.json: a national park's parking
// charges, an oil tanker seized in the Gulf, a zoo's escaped tiger, a
// streaming service's price rise, a grammar school admissions row, a typhoon
// relief delay), written and annotated blind to the rules while round 38 of
// them was made. Measured blind before round 38: 0.956; after it: 0.956. A
// development set since round 39, its misses read; 0.956 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut155$' -v | grep accuracy
func TestHeldOut155(t *testing.T) {
	evaluate(t, "testdata/heldout155.json", "testdata/heldout155", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut156 measures Find on a hundred-and-fifty-sixth set
// (testdata/heldout156, testdata/heldout156.json: a football club entering
// administration, a semiconductor export ban, a rural broadband rollout, a
// volcano eruption closing an airport, a town's last newspaper closing, a fuel
// tanker explosion), written and annotated blind to the rules while round 38
// of them was made. Measured blind before round 38: 0.867; after it: 0.867. A
// development set since round 39, its misses read; 0.916 after round 39:
//
//	go test ./corpus/quote -run '^TestHeldOut156$' -v | grep accuracy
func TestHeldOut156(t *testing.T) {
	evaluate(t, "testdata/heldout156.json", "testdata/heldout156", false, bars{0.99, 0.98, 0.94, 0.91})
}

// TestHeldOut157 measures Find on a hundred-and-fifty-seventh set
// (testdata/heldout157, testdata/heldout157.json: a central bank's surprise
// rate cut, a music festival cancelled over weather, a small-plane crash, a
// carmaker's airbag recall, a rural teacher shortage, a heatwave and power
// cuts), written and annotated blind to the rules while round 39 of them was
// made. Measured blind before round 39: 0.911; after it: 0.911. A development
// set since round 40, its misses read; 0.917 after round 40:
//
//	go test ./corpus/quote -run '^TestHeldOut157$' -v | grep accuracy
func TestHeldOut157(t *testing.T) {
	evaluate(t, "testdata/heldout157.json", "testdata/heldout157", false, bars{0.99, 0.98, 0.98, 0.91})
}

// TestHeldOut158 measures Find on a hundred-and-fifty-eighth set
// (testdata/heldout158, testdata/heldout158.json: a railway strike, a private
// equity takeover of a retailer, a tornado hitting a town, a mining royalty
// row, a police body-camera policy, a housing estate's lift failures), written
// and annotated blind to the rules while round 39 of them was made. Measured
// blind before round 39: 0.938; after it: 0.938. A development set since round
// 40, its misses read; 0.944 after round 40:
//
//	go test ./corpus/quote -run '^TestHeldOut158$' -v | grep accuracy
func TestHeldOut158(t *testing.T) {
	evaluate(t, "testdata/heldout158.json", "testdata/heldout158", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut159 measures Find on a hundred-and-fifty-ninth set
// (testdata/heldout159, testdata/heldout159.json: a measles outbreak at a
// summer camp, a sovereign debt restructuring, a river sewage spill, an AI
// startup's data breach, a Broadway show's closing, a ceasefire negotiation),
// written and annotated blind to the rules while round 39 of them was made.
// Measured blind before round 39: 0.957; after it: 0.957. A development set
// since round 40, its misses read; 0.973 after round 40:
//
//	go test ./corpus/quote -run '^TestHeldOut159$' -v | grep accuracy
func TestHeldOut159(t *testing.T) {
	evaluate(t, "testdata/heldout159.json", "testdata/heldout159", false, bars{0.99, 0.98, 0.95, 0.97})
}

// TestHeldOut160 measures Find on a hundred-and-sixtieth set
// (testdata/heldout160, testdata/heldout160.json: a coffee price spike, a
// hospital's maternity unit failings, a city's e-scooter ban, a port workers'
// strike, a drug price cut, a bushfire recovery grant delay), written and
// annotated blind to the rules while round 39 of them was made. Measured blind
// before round 39: 0.921; after it: 0.921. A development set since round 40,
// its misses read; 0.953 after round 40:
//
//	go test ./corpus/quote -run '^TestHeldOut160$' -v | grep accuracy
func TestHeldOut160(t *testing.T) {
	evaluate(t, "testdata/heldout160.json", "testdata/heldout160", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut161 measures Find on a hundred-and-sixty-first set
// (testdata/heldout161, testdata/heldout161.json: a council bankruptcy, an
// airline's pilot shortage, a wrongful conviction overturned, a crypto
// exchange's withdrawal freeze, a heritage pub's demolition, a jeepney
// modernisation deadline), written and annotated blind to the rules while
// round 39 of them was made. Measured blind before round 39: 0.916; after it:
// 0.916. A development set since round 40, its misses read; 0.951 after round
// 40:
//
//	go test ./corpus/quote -run '^TestHeldOut161$' -v | grep accuracy
func TestHeldOut161(t *testing.T) {
	evaluate(t, "testdata/heldout161.json", "testdata/heldout161", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut162 measures Find on a hundred-and-sixty-second set
// (testdata/heldout162, testdata/heldout162.json: a state abortion ballot
// measure, a wheat export ban, a school's mobile phone ban, a bank's branch
// closures, a wildfire smoke health alert, a university fee hike), written and
// annotated blind to the rules while round 39 of them was made. Measured blind
// before round 39: 0.862; after it: 0.873. A development set since round 40,
// its misses read; 0.915 after round 40:
//
//	go test ./corpus/quote -run '^TestHeldOut162$' -v | grep accuracy
func TestHeldOut162(t *testing.T) {
	evaluate(t, "testdata/heldout162.json", "testdata/heldout162", false, bars{0.99, 0.98, 0.92, 0.91})
}

// TestHeldOut163 measures Find on a hundred-and-sixty-third set
// (testdata/heldout163, testdata/heldout163.json: a dam spillway failure
// forcing evacuations, a luxury group's sales slump, a care home closure, a
// congressional stock-trading ban vote, an island ferry breakdown, a teachers'
// pay strike), written and annotated blind to the rules while round 40 of them
// was made. Measured blind before round 40: 0.924; after it: 0.924. A
// development set since round 41, its misses read; 0.946 after round 41:
//
//	go test ./corpus/quote -run '^TestHeldOut163$' -v | grep accuracy
func TestHeldOut163(t *testing.T) {
	evaluate(t, "testdata/heldout163.json", "testdata/heldout163", false, bars{0.99, 0.98, 0.93, 0.94})
}

// TestHeldOut164 measures Find on a hundred-and-sixty-fourth set
// (testdata/heldout164, testdata/heldout164.json: a sovereign wealth fund's
// tech stake, a library book challenge, a cyclone hitting a port city, a
// stabbing at a shopping centre, a smart-home company bricking devices, a
// hawker centre rent rise), written and annotated blind to the rules while
// round 40 of them was made. Measured blind before round 40: 0.918; after it:
// 0.918. A development set since round 41, its misses read; 0.959 after round
// 41:
//
//	go test ./corpus/quote -run '^TestHeldOut164$' -v | grep accuracy
func TestHeldOut164(t *testing.T) {
	evaluate(t, "testdata/heldout164.json", "testdata/heldout164", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut165 measures Find on a hundred-and-sixty-fifth set
// (testdata/heldout165, testdata/heldout165.json: a cruise ship norovirus
// outbreak, a bank's money-laundering fine, a high school football player's
// heat death, a koala habitat logging dispute, a presidential election runoff,
// a coaching-centre fire), written and annotated blind to the rules while
// round 40 of them was made. Measured blind before round 40: 0.947; after it:
// 0.947. A development set since round 41, its misses read; 0.968 after round
// 41:
//
//	go test ./corpus/quote -run '^TestHeldOut165$' -v | grep accuracy
func TestHeldOut165(t *testing.T) {
	evaluate(t, "testdata/heldout165.json", "testdata/heldout165", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut166 measures Find on a hundred-and-sixty-sixth set
// (testdata/heldout166, testdata/heldout166.json: an airline merger blocked by
// regulators, flooded homes and insurance refusals, a museum returning looted
// artifacts, a copper mine strike, a four-day school week, a rice price cap),
// written and annotated blind to the rules while round 40 of them was made.
// Measured blind before round 40: 0.955; after it: 0.955. A development set
// since round 41, its misses read; 0.960 after round 41:
//
//	go test ./corpus/quote -run '^TestHeldOut166$' -v | grep accuracy
func TestHeldOut166(t *testing.T) {
	evaluate(t, "testdata/heldout166.json", "testdata/heldout166", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut167 measures Find on a hundred-and-sixty-seventh set
// (testdata/heldout167, testdata/heldout167.json: a drone attack on an oil
// refinery, a university's staff redundancies, a bear attacking a hiker, a
// fashion retailer's bankruptcy, a First Nation's boil-water advisory, a
// garment factory wage protest), written and annotated blind to the rules
// while round 40 of them was made. Measured blind before round 40: 0.926;
// after it: 0.926. A development set since round 41, its misses read; 0.931
// after round 41:
//
//	go test ./corpus/quote -run '^TestHeldOut167$' -v | grep accuracy
func TestHeldOut167(t *testing.T) {
	evaluate(t, "testdata/heldout167.json", "testdata/heldout167", false, bars{0.99, 0.98, 0.96, 0.93})
}

// TestHeldOut168 measures Find on a hundred-and-sixty-eighth set
// (testdata/heldout168, testdata/heldout168.json: a homeless encampment sweep,
// a rare-earths export curb, an ambulance delay inquest, a startup's layoffs
// by email, a county fair ride accident, a tiger reserve's village
// relocation), written and annotated blind to the rules while round 40 of them
// was made. Measured blind before round 40: 0.884; after it: 0.884. A
// development set since round 41, its misses read; 0.909 after round 41:
//
//	go test ./corpus/quote -run '^TestHeldOut168$' -v | grep accuracy
func TestHeldOut168(t *testing.T) {
	evaluate(t, "testdata/heldout168.json", "testdata/heldout168", false, bars{0.99, 0.98, 0.95, 0.90})
}

// TestHeldOut169 measures Find on a hundred-and-sixty-ninth set
// (testdata/heldout169, testdata/heldout169.json: a national grid blackout, a
// zoo animal escape, a prison riot, a chipmaker's factory delay, a small
// town's last pharmacy closing, a wheat flour shortage), written and annotated
// blind to the rules while round 41 of them was made. Measured blind before
// round 41: 0.949; after it: 0.949. A development set since round 42, its
// misses read; 0.960 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut169$' -v | grep accuracy
func TestHeldOut169(t *testing.T) {
	evaluate(t, "testdata/heldout169.json", "testdata/heldout169", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut170 measures Find on a hundred-and-seventieth set
// (testdata/heldout170, testdata/heldout170.json: a football club's
// administration, a bank chief executive's resignation, a hurricane's
// landfall, a fishing quota dispute, a rent control vote, a bridge collapse),
// written and annotated blind to the rules while round 41 of them was made.
// Measured blind before round 41: 0.914; after it: 0.914. A development set
// since round 42, its misses read; 0.959 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut170$' -v | grep accuracy
func TestHeldOut170(t *testing.T) {
	evaluate(t, "testdata/heldout170.json", "testdata/heldout170", false, bars{0.99, 0.98, 0.94, 0.95})
}

// TestHeldOut171 measures Find on a hundred-and-seventy-first set
// (testdata/heldout171, testdata/heldout171.json: a school bus crash, an oil
// output cut, a fast-fashion supply-chain exposé, a social app's outage, a GP
// surgery closure, a haze and air-quality crisis), written and annotated blind
// to the rules while round 41 of them was made. Measured blind before round
// 41: 0.925; after it: 0.925. A development set since round 42, its misses
// read; 0.941 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut171$' -v | grep accuracy
func TestHeldOut171(t *testing.T) {
	evaluate(t, "testdata/heldout171.json", "testdata/heldout171", false, bars{0.99, 0.98, 0.92, 0.94})
}

// TestHeldOut172 measures Find on a hundred-and-seventy-second set
// (testdata/heldout172, testdata/heldout172.json: a voter ID law in court, a
// shipping company's profit warning, a landslide burying homes, a restaurant
// closing amid wage theft claims, a currency devaluation, a shark attack
// closing beaches), written and annotated blind to the rules while round 41 of
// them was made. Measured blind before round 41: 0.898; after it: 0.898. A
// development set since round 42, its misses read; 0.956 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut172$' -v | grep accuracy
func TestHeldOut172(t *testing.T) {
	evaluate(t, "testdata/heldout172.json", "testdata/heldout172", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut173 measures Find on a hundred-and-seventy-third set
// (testdata/heldout173, testdata/heldout173.json: a hosepipe ban, a foiled
// coup attempt, a nursing home heat death, a streaming service's price hike, a
// cathedral fire, a housing protest outside parliament), written and annotated
// blind to the rules while round 41 of them was made. Measured blind before
// round 41: 0.896; after it: 0.896. A development set since round 42, its
// misses read; 0.967 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut173$' -v | grep accuracy
func TestHeldOut173(t *testing.T) {
	evaluate(t, "testdata/heldout173.json", "testdata/heldout173", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut174 measures Find on a hundred-and-seventy-fourth set
// (testdata/heldout174, testdata/heldout174.json: a sports-betting data leak,
// a drought forcing ranchers to sell cattle, a pipeline explosion, a missing
// hiker rescued, an EU tariff row, a fuel subsidy protest), written and
// annotated blind to the rules while round 41 of them was made. Measured blind
// before round 41: 0.931; after it: 0.931. A development set since round 42,
// its misses read; 0.966 after round 42:
//
//	go test ./corpus/quote -run '^TestHeldOut174$' -v | grep accuracy
func TestHeldOut174(t *testing.T) {
	evaluate(t, "testdata/heldout174.json", "testdata/heldout174", false, bars{0.99, 0.98, 0.97, 0.96})
}

// TestHeldOut175 measures Find on a hundred-and-seventy-fifth set
// (testdata/heldout175, testdata/heldout175.json: a tornado flattening a small
// town, a luxury group's takeover bid, a university's job cuts, a ferry
// sinking, a facial-recognition ban, a typhoon shutting down a city), written
// and annotated blind to the rules while round 42 of them was made. Measured
// blind before round 42: 0.888; after it: 0.888. A development set since round
// 43, its misses read; 0.944 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut175$' -v | grep accuracy
func TestHeldOut175(t *testing.T) {
	evaluate(t, "testdata/heldout175.json", "testdata/heldout175", false, bars{0.99, 0.98, 0.96, 0.93})
}

// TestHeldOut176 measures Find on a hundred-and-seventy-sixth set
// (testdata/heldout176, testdata/heldout176.json: a prison riot, a chipmaker's
// export licence revoked, a subway fare evasion crackdown, a gold mine strike,
// a koala habitat logging fight, a refugee boat rescue), written and annotated
// blind to the rules while round 42 of them was made. Measured blind before
// round 42: 0.964; after it: 0.970. A development set since round 43, its
// misses read; 0.985 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut176$' -v | grep accuracy
func TestHeldOut176(t *testing.T) {
	evaluate(t, "testdata/heldout176.json", "testdata/heldout176", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut177 measures Find on a hundred-and-seventy-seventh set
// (testdata/heldout177, testdata/heldout177.json: a police body-camera footage
// release, an airline pilot strike, a wildfire near holiday resorts, a
// sovereign debt default, a small newspaper's closure, a condominium defect
// dispute), written and annotated blind to the rules while round 42 of them
// was made. Measured blind before round 42: 0.913; after it: 0.913. A
// development set since round 43, its misses read; 0.962 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut177$' -v | grep accuracy
func TestHeldOut177(t *testing.T) {
	evaluate(t, "testdata/heldout177.json", "testdata/heldout177", false, bars{0.99, 0.98, 0.96, 0.96})
}

// TestHeldOut178 measures Find on a hundred-and-seventy-eighth set
// (testdata/heldout178, testdata/heldout178.json: a zoo animal escape, a
// telecom merger blocked by regulators, a river sewage pollution case, a
// senator's filibuster, a hospital cyberattack, an earthquake tsunami
// warning), written and annotated blind to the rules while round 42 of them
// was made. Measured blind before round 42: 0.935; after it: 0.935. A
// development set since round 43, its misses read; 0.950 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut178$' -v | grep accuracy
func TestHeldOut178(t *testing.T) {
	evaluate(t, "testdata/heldout178.json", "testdata/heldout178", false, bars{0.99, 0.98, 0.98, 0.94})
}

// TestHeldOut179 measures Find on a hundred-and-seventy-ninth set
// (testdata/heldout179, testdata/heldout179.json: a cryptocurrency exchange
// collapse, a measles outbreak, a border clash, a football manager's sacking,
// a dam failure evacuation, a startup's layoffs and down round), written and
// annotated blind to the rules while round 42 of them was made. Measured blind
// before round 42: 0.941; after it: 0.941. A development set since round 43,
// its misses read; 0.968 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut179$' -v | grep accuracy
func TestHeldOut179(t *testing.T) {
	evaluate(t, "testdata/heldout179.json", "testdata/heldout179", false, bars{0.99, 0.98, 0.98, 0.96})
}

// TestHeldOut180 measures Find on a hundred-and-eightieth set
// (testdata/heldout180, testdata/heldout180.json: a motorway pile-up in fog, a
// drug price-fixing settlement, an election result dispute, a village flood
// defence failure, a city's e-scooter ban, a municipal water outage), written
// and annotated blind to the rules while round 42 of them was made. Measured
// blind before round 42: 0.913; after it: 0.913. A development set since round
// 43, its misses read; 0.928 after round 43:
//
//	go test ./corpus/quote -run '^TestHeldOut180$' -v | grep accuracy
func TestHeldOut180(t *testing.T) {
	evaluate(t, "testdata/heldout180.json", "testdata/heldout180", false, bars{0.99, 0.98, 0.98, 0.92})
}

// TestHeldOut181 measures Find on a hundred-and-eighty-first set
// (testdata/heldout181, testdata/heldout181.json: a port workers' strike
// halting exports, a school closing its playing fields for housing, a bridge
// collapse during rush hour, a bank's fine for money-laundering failures, a
// library banning a book, a stampede at a temple festival), written and
// annotated blind to the rules while round 43 of them was made. Measured blind
// before round 43: 0.913; after it: 0.913. A development set since round 44,
// its misses read; 0.922 after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut181$' -v | grep accuracy
func TestHeldOut181(t *testing.T) {
	evaluate(t, "testdata/heldout181.json", "testdata/heldout181", false, bars{0.99, 0.98, 0.95, 0.92})
}

// TestHeldOut182 measures Find on a hundred-and-eighty-second set
// (testdata/heldout182, testdata/heldout182.json: a ferry company cancelling
// island crossings, a retailer's bankruptcy filing, a hospital under siege in a
// conflict zone, an oil producer cutting output, a bushfire evacuation, a
// college hazing death), written and annotated blind to the rules while round
// 43 of them was made. Measured blind before round 43: 0.877; after it: 0.877.
// A development set since round 44, its misses read; 0.912 after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut182$' -v | grep accuracy
func TestHeldOut182(t *testing.T) {
	evaluate(t, "testdata/heldout182.json", "testdata/heldout182", false, bars{0.99, 0.98, 0.95, 0.91})
}

// TestHeldOut183 measures Find on a hundred-and-eighty-third set
// (testdata/heldout183, testdata/heldout183.json: a pension fund's losses, a
// wrong-way crash killing a family, a farmers' tractor blockade in Brussels, a
// cruise ship norovirus outbreak, a stately home's art theft, a teachers'
// strike over pay), written and annotated blind to the rules while round 43 of
// them was made. Measured blind before round 43: 0.918; after it: 0.918. A
// development set since round 44, its misses read; 0.928 after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut183$' -v | grep accuracy
func TestHeldOut183(t *testing.T) {
	evaluate(t, "testdata/heldout183.json", "testdata/heldout183", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut184 measures Find on a hundred-and-eighty-fourth set
// (testdata/heldout184, testdata/heldout184.json: a court ruling on voting
// maps, a carmaker's factory closure, a knife attack at a shopping centre, a
// commodity trader's rogue-trading loss, a coral bleaching event, a desert
// megaproject's delay), written and annotated blind to the rules while round 43
// of them was made. Measured blind before round 43: 0.904; after it: 0.904. A
// development set since round 44, its misses read; 0.933 after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut184$' -v | grep accuracy
func TestHeldOut184(t *testing.T) {
	evaluate(t, "testdata/heldout184.json", "testdata/heldout184", false, bars{0.99, 0.98, 0.96, 0.93})
}

// TestHeldOut185 measures Find on a hundred-and-eighty-fifth set
// (testdata/heldout185, testdata/heldout185.json: a city's rent-freeze vote, an
// avalanche killing skiers, a currency collapse, a child found alive after days
// in woods, an AI startup's data-scraping lawsuit, a gas shortage hitting
// homes), written and annotated blind to the rules while round 43 of them was
// made. Measured blind before round 43: 0.892; after it: 0.892. A development
// set since round 44, its misses read; 0.941 after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut185$' -v | grep accuracy
func TestHeldOut185(t *testing.T) {
	evaluate(t, "testdata/heldout185.json", "testdata/heldout185", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut186 measures Find on a hundred-and-eighty-sixth set
// (testdata/heldout186, testdata/heldout186.json: a care worker visa crackdown,
// a train derailment spilling chemicals, a fashion brand's founder ousted, a
// volcanic eruption grounding flights, a rural hospital's maternity ward
// closing, a sports club's pitch dispute), written and annotated blind to the
// rules while round 43 of them was made. Measured blind before round 43: 0.956;
// after it: 0.966. A development set since round 44, its misses read; 0.971
// after round 44:
//
//	go test ./corpus/quote -run '^TestHeldOut186$' -v | grep accuracy
func TestHeldOut186(t *testing.T) {
	evaluate(t, "testdata/heldout186.json", "testdata/heldout186", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut187 measures Find on a hundred-and-eighty-seventh set
// (testdata/heldout187, testdata/heldout187.json: a teachers' strike closing
// schools in a Canadian province, a recall of contaminated eye drops, a
// mountain rescue of stranded hikers, a football coach resigning after a
// qualifying defeat, a city banning gas boilers in new homes, a museum
// returning looted bronzes), written and annotated blind to the rules while
// round 44 of them was made. Measured blind before round 44: 0.918; after it:
// 0.918. A development set since round 45, its misses read; 0.947 after round
// 45:
//
//	go test ./corpus/quote -run '^TestHeldOut187$' -v | grep accuracy
func TestHeldOut187(t *testing.T) {
	evaluate(t, "testdata/heldout187.json", "testdata/heldout187", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut188 measures Find on a hundred-and-eighty-eighth set
// (testdata/heldout188, testdata/heldout188.json: a no-confidence vote toppling
// a coalition, a cyberattack on a hospital network, a flash flood in a desert
// town, a restaurant chain's collapse, a marathon runner's doping
// disqualification, a village fighting a lithium mine), written and annotated
// blind to the rules while round 44 of them was made. Measured blind before
// round 44: 0.867; after it: 0.867. A development set since round 45, its
// misses read; 0.907 after round 45:
//
//	go test ./corpus/quote -run '^TestHeldOut188$' -v | grep accuracy
func TestHeldOut188(t *testing.T) {
	evaluate(t, "testdata/heldout188.json", "testdata/heldout188", false, bars{0.99, 0.98, 0.96, 0.90})
}

// TestHeldOut189 measures Find on a hundred-and-eighty-ninth set
// (testdata/heldout189, testdata/heldout189.json: a dockworkers' strike halting
// a port, a financial adviser's sentencing for defrauding pensioners, drought
// rationing in a Spanish region, a tech chief's Senate testimony on child
// safety, a novelist's posthumous manuscript, a cricket club's stadium row),
// written and annotated blind to the rules while round 44 of them was made.
// Measured blind before round 44: 0.924; after it: 0.924. A development set
// since round 45, its misses read; 0.924 after round 45:
//
//	go test ./corpus/quote -run '^TestHeldOut189$' -v | grep accuracy
func TestHeldOut189(t *testing.T) {
	evaluate(t, "testdata/heldout189.json", "testdata/heldout189", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut190 measures Find on a hundred-and-ninetieth set
// (testdata/heldout190, testdata/heldout190.json: a disputed presidential
// runoff, a bridge collapse at rush hour, an airline's computer outage, a zoo's
// panda pregnancy, a university cutting humanities departments, an inquest into
// a teenager's death after an online challenge), written and annotated blind to
// the rules while round 44 of them was made. Measured blind before round 44:
// 0.886; after it: 0.886. A development set since round 45, its misses read;
// 0.908 after round 45:
//
//	go test ./corpus/quote -run '^TestHeldOut190$' -v | grep accuracy
func TestHeldOut190(t *testing.T) {
	evaluate(t, "testdata/heldout190.json", "testdata/heldout190", false, bars{0.99, 0.98, 0.93, 0.9})
}

// TestHeldOut191 measures Find on a hundred-and-ninety-first set
// (testdata/heldout191, testdata/heldout191.json: a heatwave's rolling
// blackouts, a bank fined for money-laundering failures, a missing fishing boat
// found after a week, a rugby club's financial collapse, a mayor arrested for
// corruption, a study linking processed food to dementia), written and
// annotated blind to the rules while round 44 of them was made. Measured blind
// before round 44: 0.847; after it: 0.847. A development set since round 45,
// its misses read; 0.916 after round 45:
//
//	go test ./corpus/quote -run '^TestHeldOut191$' -v | grep accuracy
func TestHeldOut191(t *testing.T) {
	evaluate(t, "testdata/heldout191.json", "testdata/heldout191", false, bars{0.99, 0.98, 0.97, 0.91})
}

// TestHeldOut192 measures Find on a hundred-and-ninety-second set
// (testdata/heldout192, testdata/heldout192.json: a refinery explosion, a
// central bank's surprise rate cut, a royal visit met with protests, a wildfire
// threatening an island resort, a landlord prosecuted over a child's death from
// mould, a game studio's layoffs after a flop), written and annotated blind to
// the rules while round 44 of them was made. Measured blind before round 44:
// 0.915; after it: 0.915. A development set since round 45, its misses read;
// 0.940 after round 45:
//
//	go test ./corpus/quote -run '^TestHeldOut192$' -v | grep accuracy
func TestHeldOut192(t *testing.T) {
	evaluate(t, "testdata/heldout192.json", "testdata/heldout192", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut193 measures Find on a hundred-and-ninety-third set
// (testdata/heldout193, testdata/heldout193.json: a nurses' walkout over
// staffing in an Australian state, a supermarket fined for misleading
// promotions, an avalanche at an Alpine resort, a tennis star's retirement, a
// council closing libraries, a whistleblower on a defence contractor's faulty
// helmets), written and annotated blind to the rules while round 45 of them was
// made. Measured blind before round 45: 0.881; after it: 0.890. A development
// set since round 46, its misses read; 0.912 after round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut193$' -v | grep accuracy
func TestHeldOut193(t *testing.T) {
	evaluate(t, "testdata/heldout193.json", "testdata/heldout193", false, bars{0.99, 0.98, 0.97, 0.91})
}

// TestHeldOut194 measures Find on a hundred-and-ninety-fourth set
// (testdata/heldout194, testdata/heldout194.json: a cabinet reshuffle after a
// scandal, a ransomware attack leaking pupils' records, a tornado outbreak in
// Midwest towns, a fashion brand accused of forced labour, an Olympic swimmer's
// appeal against a ban, a rural community resisting a wind farm), written and
// annotated blind to the rules while round 45 of them was made. Measured blind
// before round 45: 0.860; after it: 0.878. A development set since round 46,
// its misses read; 0.896 after round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut194$' -v | grep accuracy
func TestHeldOut194(t *testing.T) {
	evaluate(t, "testdata/heldout194.json", "testdata/heldout194", false, bars{0.99, 0.98, 0.95, 0.89})
}

// TestHeldOut195 measures Find on a hundred-and-ninety-fifth set
// (testdata/heldout195, testdata/heldout195.json: a rail strike stranding
// commuters, a court ruling on a data breach class action, wildfire smoke
// closing schools in a Canadian city, a drug chief questioned over insulin
// prices, a lost Renaissance painting found in an attic, a football club's
// owner selling up after protests), written and annotated blind to the rules
// while round 45 of them was made. Measured blind before round 45: 0.925; after
// it: 0.925. A development set since round 46, its misses read; 0.934 after
// round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut195$' -v | grep accuracy
func TestHeldOut195(t *testing.T) {
	evaluate(t, "testdata/heldout195.json", "testdata/heldout195", false, bars{0.99, 0.98, 0.97, 0.93})
}

// TestHeldOut196 measures Find on a hundred-and-ninety-sixth set
// (testdata/heldout196, testdata/heldout196.json: a mayoral election recount, a
// ferry running aground, a retailer's leak of card details, a zoo's rare tiger
// cubs, a medical school admissions cheating scandal, an inquiry into a care
// home's Covid deaths), written and annotated blind to the rules while round 45
// of them was made. Measured blind before round 45: 0.895; after it: 0.895. A
// development set since round 46, its misses read; 0.900 after round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut196$' -v | grep accuracy
func TestHeldOut196(t *testing.T) {
	evaluate(t, "testdata/heldout196.json", "testdata/heldout196", false, bars{0.99, 0.98, 0.95, 0.89})
}

// TestHeldOut197 measures Find on a hundred-and-ninety-seventh set
// (testdata/heldout197, testdata/heldout197.json: a cold snap causing gas
// shortages, an investment firm freezing client funds, a search for a missing
// Himalayan climber, a cycling team's doping investigation, a councillor
// suspended over expenses, a trial of an Alzheimer's drug), written and
// annotated blind to the rules while round 45 of them was made. Measured blind
// before round 45: 0.850; after it: 0.855. A development set since round 46,
// its misses read; 0.891 after round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut197$' -v | grep accuracy
func TestHeldOut197(t *testing.T) {
	evaluate(t, "testdata/heldout197.json", "testdata/heldout197", false, bars{0.99, 0.98, 0.97, 0.89})
}

// TestHeldOut198 measures Find on a hundred-and-ninety-eighth set
// (testdata/heldout198, testdata/heldout198.json: a chemical spill poisoning a
// river, a surprise recession in official figures, a head of state's visit to a
// disputed border met with protests, a volcanic eruption forcing an island's
// evacuation, a tenants' rent strike against a corporate landlord, a streaming
// service cancelling a show after fan outcry), written and annotated blind to
// the rules while round 45 of them was made. Measured blind before round 45:
// 0.929; after it: 0.943. A development set since round 46, its misses read;
// 0.943 after round 46:
//
//	go test ./corpus/quote -run '^TestHeldOut198$' -v | grep accuracy
func TestHeldOut198(t *testing.T) {
	evaluate(t, "testdata/heldout198.json", "testdata/heldout198", false, bars{0.99, 0.98, 0.95, 0.94})
}

// TestHeldOut199 measures Find on a hundred-and-ninety-ninth set
// (testdata/heldout199, testdata/heldout199.json: a bridge closed after
// inspectors find cracks, a football club sacking its manager midseason, a bird
// flu outbreak on poultry farms, airline pilots voting to strike, a disputed
// will of an art collector in court, a small-town newspaper closing after 150
// years), written and annotated blind to the rules while round 46 of them was
// made. Measured blind before round 46: 0.915; after it: 0.920. A development
// set since round 47, its misses read; 0.940 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut199$' -v | grep accuracy
func TestHeldOut199(t *testing.T) {
	evaluate(t, "testdata/heldout199.json", "testdata/heldout199", false, bars{0.99, 0.98, 0.97, 0.93})
}

// TestHeldOut200 measures Find on a two-hundredth set (testdata/heldout200,
// testdata/heldout200.json: a wildfire near a ski resort town, a supreme court
// ruling on assisted dying, a smartphone maker fined for battery throttling, a
// ferry operator's sudden layoffs of crew, a new species of frog found in a
// rainforest, a school lockdown after a hoax call), written and annotated blind
// to the rules while round 46 of them was made. Measured blind before round 46:
// 0.905; after it: 0.905. A development set since round 47, its misses read;
// 0.937 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut200$' -v | grep accuracy
func TestHeldOut200(t *testing.T) {
	evaluate(t, "testdata/heldout200.json", "testdata/heldout200", false, bars{0.99, 0.98, 0.98, 0.93})
}

// TestHeldOut201 measures Find on a two-hundred-and-first set
// (testdata/heldout201, testdata/heldout201.json: a central bank's surprise
// rate cut, a report on a hospital maternity unit, a heatwave cancelling a
// music festival, a former minister charged with bribery, a Roman mosaic found
// under a car park, a snooker championship final), written and annotated blind
// to the rules while round 46 of them was made. Measured blind before round 46:
// 0.884; after it: 0.884. A development set since round 47, its misses read;
// 0.907 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut201$' -v | grep accuracy
func TestHeldOut201(t *testing.T) {
	evaluate(t, "testdata/heldout201.json", "testdata/heldout201", false, bars{0.99, 0.98, 0.98, 0.90})
}

// TestHeldOut202 measures Find on a two-hundred-and-second set
// (testdata/heldout202, testdata/heldout202.json: a landslide burying homes in
// a Himalayan village, a university lecturers' pension dispute, a water company
// fined for sewage discharges, a film director accused of plagiarism, an
// opposition party's leadership contest, a rural bus route cut), written and
// annotated blind to the rules while round 46 of them was made. Measured blind
// before round 46: 0.937; after it: 0.937. A development set since round 47,
// its misses read; 0.978 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut202$' -v | grep accuracy
func TestHeldOut202(t *testing.T) {
	evaluate(t, "testdata/heldout202.json", "testdata/heldout202", false, bars{0.99, 0.98, 0.96, 0.97})
}

// TestHeldOut203 measures Find on a two-hundred-and-third set
// (testdata/heldout203, testdata/heldout203.json: a nuclear plant's unplanned
// shutdown, a charity chief resigning over bullying claims, a record
// transatlantic rowing crossing, a police force apologising for a wrongful
// arrest, a gene therapy approved for a rare childhood disease, a row over an
// offshore wind farm), written and annotated blind to the rules while round 46
// of them was made. Measured blind before round 46: 0.928; after it: 0.928. A
// development set since round 47, its misses read; 0.959 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut203$' -v | grep accuracy
func TestHeldOut203(t *testing.T) {
	evaluate(t, "testdata/heldout203.json", "testdata/heldout203", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut204 measures Find on a two-hundred-and-fourth set
// (testdata/heldout204, testdata/heldout204.json: a general strike over pension
// reform in a European capital, an earthquake damaging a historic cathedral, a
// supermarket chain's price-fixing investigation, a teenage chess prodigy
// beating a grandmaster, a pier destroyed in a storm, an Olympic bid
// committee's expenses), written and annotated blind to the rules while round
// 46 of them was made. Measured blind before round 46: 0.893; after it: 0.893.
// A development set since round 47, its misses read; 0.919 after round 47:
//
//	go test ./corpus/quote -run '^TestHeldOut204$' -v | grep accuracy
func TestHeldOut204(t *testing.T) {
	evaluate(t, "testdata/heldout204.json", "testdata/heldout204", false, bars{0.99, 0.98, 0.95, 0.91})
}

// TestHeldOut205 measures Find on a two-hundred-and-fifth set
// (testdata/heldout205, testdata/heldout205.json: a city's tram line opening
// years late and over budget, a football club's stadium naming deal with a
// betting firm, a drought bringing hosepipe bans, a tech billionaire's failed
// space launch, a museum returning looted bronzes to Nigeria, a junior doctors'
// pay deal accepted after strikes), written and annotated blind to the rules
// while round 47 of them was made. Measured blind before round 47: 0.931; after
// it: 0.931. A development set since round 48, its misses read; 0.956 after
// round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut205$' -v | grep accuracy
func TestHeldOut205(t *testing.T) {
	evaluate(t, "testdata/heldout205.json", "testdata/heldout205", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut206 measures Find on a two-hundred-and-sixth set
// (testdata/heldout206, testdata/heldout206.json: a cruise ship's norovirus
// outbreak, a mayor's plan to ban cars from a city centre, a whistleblower on a
// care home chain's neglect, a cricket match-fixing investigation, a typhoon in
// the Philippines, a book prize row over an AI-written novel), written and
// annotated blind to the rules while round 47 of them was made. Measured blind
// before round 47: 0.911; after it: 0.911. A development set since round 48,
// its misses read; 0.955 after round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut206$' -v | grep accuracy
func TestHeldOut206(t *testing.T) {
	evaluate(t, "testdata/heldout206.json", "testdata/heldout206", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut207 measures Find on a two-hundred-and-seventh set
// (testdata/heldout207, testdata/heldout207.json: a steelworks closure, a
// record hospital waiting list, a manhunt for an escaped prisoner, an island's
// independence referendum, an airline losing a passenger's pet, a marathon
// runner disqualified for a shortcut), written and annotated blind to the rules
// while round 47 of them was made. Measured blind before round 47: 0.951; after
// it: 0.951. A development set since round 48, its misses read; 0.971 after
// round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut207$' -v | grep accuracy
func TestHeldOut207(t *testing.T) {
	evaluate(t, "testdata/heldout207.json", "testdata/heldout207", false, bars{0.99, 0.98, 0.95, 0.97})
}

// TestHeldOut208 measures Find on a two-hundred-and-eighth set
// (testdata/heldout208, testdata/heldout208.json: an oil tanker spill off a
// wildlife coast, a university banning a speaker, a housing developer's
// collapse, the election of an archbishop, a bear attack on hikers, a video
// game studio's layoffs), written and annotated blind to the rules while round
// 47 of them was made. Measured blind before round 47: 0.802; after it: 0.802.
// A development set since round 48, its misses read; 0.894 after round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut208$' -v | grep accuracy
func TestHeldOut208(t *testing.T) {
	evaluate(t, "testdata/heldout208.json", "testdata/heldout208", false, bars{0.99, 0.98, 0.98, 0.89})
}

// TestHeldOut209 measures Find on a two-hundred-and-ninth set
// (testdata/heldout209, testdata/heldout209.json: a national power blackout, a
// chef's restaurant losing its Michelin star, the fraud trial of a
// cryptocurrency exchange's founder, a town flooded a third time in a decade, a
// rugby player's concussion lawsuit, a teachers' union ballot), written and
// annotated blind to the rules while round 47 of them was made. Measured blind
// before round 47: 0.942; after it: 0.942. A development set since round 48,
// its misses read; 0.952 after round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut209$' -v | grep accuracy
func TestHeldOut209(t *testing.T) {
	evaluate(t, "testdata/heldout209.json", "testdata/heldout209", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut210 measures Find on a two-hundred-and-tenth set
// (testdata/heldout210, testdata/heldout210.json: a port strike halting
// shipping, a government U-turn on a tax on private schools, a missing hiker
// found alive, chaos over a pop star's tour tickets, a dam failure below a
// mine, a comet seen with the naked eye), written and annotated blind to the
// rules while round 47 of them was made. Measured blind before round 47: 0.923;
// after it: 0.923. A development set since round 48, its misses read; 0.959
// after round 48:
//
//	go test ./corpus/quote -run '^TestHeldOut210$' -v | grep accuracy
func TestHeldOut210(t *testing.T) {
	evaluate(t, "testdata/heldout210.json", "testdata/heldout210", false, bars{0.99, 0.98, 0.95, 0.95})
}

// TestHeldOut211 measures Find on a two-hundred-and-eleventh set
// (testdata/heldout211, testdata/heldout211.json: a metro system's signal
// failure, a boxing champion stripped of a title over a failed drugs test, a
// locust swarm in East Africa, a newspaper closing its print edition, a toxic
// algae bloom closing beaches, a council selling off playing fields), written
// and annotated blind to the rules while round 48 of them was made. Measured
// blind before round 48: 0.916; after it: 0.916. A development set since round
// 49, its misses read; 0.947 after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut211$' -v | grep accuracy
func TestHeldOut211(t *testing.T) {
	evaluate(t, "testdata/heldout211.json", "testdata/heldout211", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut212 measures Find on a two-hundred-and-twelfth set
// (testdata/heldout212, testdata/heldout212.json: a wind farm rejected by
// planners, a prison riot over overcrowding, an Olympic swimmer's comeback, a
// bank's branch closures in rural towns, a landslide blocking a mountain
// highway, a poet laureate's contested appointment), written and annotated
// blind to the rules while round 48 of them was made. Measured blind before
// round 48: 0.890; after it: 0.890. A development set since round 49, its
// misses read; 0.913 after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut212$' -v | grep accuracy
func TestHeldOut212(t *testing.T) {
	evaluate(t, "testdata/heldout212.json", "testdata/heldout212", false, bars{0.99, 0.98, 0.97, 0.91})
}

// TestHeldOut213 measures Find on a two-hundred-and-thirteenth set
// (testdata/heldout213, testdata/heldout213.json: an ambulance service's
// critical incident, a hotel fire in a historic city, a tennis umpire's
// disputed call, a children's charity accused of misusing donations, a glacier
// collapse near an alpine village, a governor's veto of a school funding bill),
// written and annotated blind to the rules while round 48 of them was made.
// Measured blind before round 48: 0.880; after it: 0.880. A development set
// since round 49, its misses read; 0.924 after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut213$' -v | grep accuracy
func TestHeldOut213(t *testing.T) {
	evaluate(t, "testdata/heldout213.json", "testdata/heldout213", false, bars{0.99, 0.98, 0.96, 0.92})
}

// TestHeldOut214 measures Find on a two-hundred-and-fourteenth set
// (testdata/heldout214, testdata/heldout214.json: a hacker group leaking a
// party's emails, a circus banned from using animals, a salmon run returning to
// a restored river, a car maker's airbag recall, a mountain rescue at night, a
// city's bid for the Commonwealth Games), written and annotated blind to the
// rules while round 48 of them was made. Measured blind before round 48: 0.914;
// after it: 0.914. A development set since round 49, its misses read; 0.941
// after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut214$' -v | grep accuracy
func TestHeldOut214(t *testing.T) {
	evaluate(t, "testdata/heldout214.json", "testdata/heldout214", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut215 measures Find on a two-hundred-and-fifteenth set
// (testdata/heldout215, testdata/heldout215.json: a gas explosion destroying a
// block of flats, a football referee assaulted by a player, a new species of
// frog, a ministry's botched exam results algorithm, a river ferry axed by a
// county council, a veteran actor's memoir of feuds), written and annotated
// blind to the rules while round 48 of them was made. Measured blind before
// round 48: 0.937; after it: 0.937. A development set since round 49, its
// misses read; 0.959 after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut215$' -v | grep accuracy
func TestHeldOut215(t *testing.T) {
	evaluate(t, "testdata/heldout215.json", "testdata/heldout215", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut216 measures Find on a two-hundred-and-sixteenth set
// (testdata/heldout216, testdata/heldout216.json: a heat dome breaking records
// in a Pacific city, a bishop resigning over a safeguarding failure, a cycling
// race cancelled after a crash, a tenants' union rent strike, a satellite
// falling back to Earth, a food bank running out before Christmas), written and
// annotated blind to the rules while round 48 of them was made. Measured blind
// before round 48: 0.917; after it: 0.917. A development set since round 49,
// its misses read; 0.981 after round 49:
//
//	go test ./corpus/quote -run '^TestHeldOut216$' -v | grep accuracy
func TestHeldOut216(t *testing.T) {
	evaluate(t, "testdata/heldout216.json", "testdata/heldout216", false, bars{0.99, 0.98, 0.97, 0.98})
}

// TestHeldOut217 measures Find on a two-hundred-and-seventeenth set
// (testdata/heldout217, testdata/heldout217.json: a dam failure flooding
// farmland, a jockey banned after a whip-use inquiry, a museum returning looted
// artefacts, a teachers' pension fund's property losses, a wildfire smoke alert
// cancelling events, a mayor's plan to pedestrianise a high street), written
// and annotated blind to the rules while round 49 of them was made. Measured
// blind before round 49: 0.943; after it: 0.943. A development set since round
// 50, its misses read; 0.943 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut217$' -v | grep accuracy
func TestHeldOut217(t *testing.T) {
	evaluate(t, "testdata/heldout217.json", "testdata/heldout217", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut218 measures Find on a two-hundred-and-eighteenth set
// (testdata/heldout218, testdata/heldout218.json: a reactor shut down after a
// coolant leak, a chess grandmaster accused of cheating, a rare white whale off
// the coast, a supermarket chain's price-fixing fine, a hospital maternity
// unit's closure, a city's ban on short-term holiday lets), written and
// annotated blind to the rules while round 49 of them was made. Measured blind
// before round 49: 0.953; after it: 0.953. A development set since round 50,
// its misses read; 0.953 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut218$' -v | grep accuracy
func TestHeldOut218(t *testing.T) {
	evaluate(t, "testdata/heldout218.json", "testdata/heldout218", false, bars{0.99, 0.98, 0.96, 0.95})
}

// TestHeldOut219 measures Find on a two-hundred-and-nineteenth set
// (testdata/heldout219, testdata/heldout219.json: a ferry capsizing in a storm,
// a rugby club expelled over unpaid wages, a police force's facial recognition
// challenged in court, a famine warning for a drought-hit region, a pop concert
// cancelled over safety fears, a university cutting humanities departments),
// written and annotated blind to the rules while round 49 of them was made.
// Measured blind before round 49: 0.908; after it: 0.908. A development set
// since round 50, its misses read; 0.954 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut219$' -v | grep accuracy
func TestHeldOut219(t *testing.T) {
	evaluate(t, "testdata/heldout219.json", "testdata/heldout219", false, bars{0.99, 0.98, 0.94, 0.95})
}

// TestHeldOut220 measures Find on a two-hundred-and-twentieth set
// (testdata/heldout220, testdata/heldout220.json: a chemical plant leak forcing
// an evacuation, a marathon runner disqualified for a shortcut, a zoo's panda
// twins, a water company fined for sewage dumping, a town's last cinema
// closing, an inquiry into a former minister's lobbying), written and annotated
// blind to the rules while round 49 of them was made. Measured blind before
// round 49: 0.957; after it: 0.957. A development set since round 50, its
// misses read; 0.957 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut220$' -v | grep accuracy
func TestHeldOut220(t *testing.T) {
	evaluate(t, "testdata/heldout220.json", "testdata/heldout220", false, bars{0.99, 0.98, 0.97, 0.95})
}

// TestHeldOut221 measures Find on a two-hundred-and-twenty-first set
// (testdata/heldout221, testdata/heldout221.json: a tornado through a small
// town, a cricket captain resigning after a racism row, a Roman villa under a
// car park, an airline's pilots on strike, a plan to bring wolves back to a
// national park, a mayor arrested in a corruption probe), written and annotated
// blind to the rules while round 49 of them was made. Measured blind before
// round 49: 0.946; after it: 0.946. A development set since round 50, its
// misses read; 0.946 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut221$' -v | grep accuracy
func TestHeldOut221(t *testing.T) {
	evaluate(t, "testdata/heldout221.json", "testdata/heldout221", false, bars{0.99, 0.98, 0.98, 0.94})
}

// TestHeldOut222 measures Find on a two-hundred-and-twenty-second set
// (testdata/heldout222, testdata/heldout222.json: an aftershock damaging a
// cathedral, a golf tournament's prize money row, a library service rescued by
// volunteers, a ride-hailing company losing its licence, a coral reef
// bleaching, a union's vote to accept a pay offer), written and annotated blind
// to the rules while round 49 of them was made. Measured blind before round 49:
// 0.881; after it: 0.881. A development set since round 50, its misses read;
// 0.952 after round 50:
//
//	go test ./corpus/quote -run '^TestHeldOut222$' -v | grep accuracy
func TestHeldOut222(t *testing.T) {
	evaluate(t, "testdata/heldout222.json", "testdata/heldout222", false, bars{0.99, 0.98, 0.99, 0.95})
}

// TestHeldOut223 measures Find on a two-hundred-and-twenty-third set
// (testdata/heldout223, testdata/heldout223.json: a volcano eruption grounding
// flights, a tennis player fined for smashing rackets, a shipwreck found in a
// lake, a bank's IT outage locking customers out, a heatwave straining the
// power grid, a school's ban on mobile phones), written and annotated blind to
// the rules while round 50 of them was made. Measured blind before round 50:
// 0.936; after it: 0.936. A development set since round 51, its misses read;
// 0.941 after round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut223$' -v | grep accuracy
func TestHeldOut223(t *testing.T) {
	evaluate(t, "testdata/heldout223.json", "testdata/heldout223", false, bars{0.99, 0.98, 0.98, 0.94})
}

// TestHeldOut224 measures Find on a two-hundred-and-twenty-fourth set
// (testdata/heldout224, testdata/heldout224.json: a bridge collapse closing a
// motorway, a swimming coach banned over abuse claims, a botanical garden's
// rare flower blooming, a carmaker's recall over brake faults, an avalanche
// trapping skiers, a council tax rise approved by councillors), written and
// annotated blind to the rules while round 50 of them was made. Measured blind
// before round 50: 0.942; after it: 0.947. A development set since round 51,
// its misses read; 0.947 after round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut224$' -v | grep accuracy
func TestHeldOut224(t *testing.T) {
	evaluate(t, "testdata/heldout224.json", "testdata/heldout224", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut225 measures Find on a two-hundred-and-twenty-fifth set
// (testdata/heldout225, testdata/heldout225.json: a refinery fire sending smoke
// over a city, a boxing match stopped after a fighter's collapse, a stolen
// painting recovered by police, a steelworks announcing job cuts, a measles
// outbreak at a primary school, a tram line opening late and over budget),
// written and annotated blind to the rules while round 50 of them was made.
// Measured blind before round 50: 0.929; after it: 0.929. A development set
// since round 51, its misses read; 0.957 after round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut225$' -v | grep accuracy
func TestHeldOut225(t *testing.T) {
	evaluate(t, "testdata/heldout225.json", "testdata/heldout225", false, bars{0.99, 0.98, 0.98, 0.95})
}

// TestHeldOut226 measures Find on a two-hundred-and-twenty-sixth set
// (testdata/heldout226, testdata/heldout226.json: a landslide burying homes in
// a mountain village, a cycling team's doping scandal, a theatre's centenary
// season, an energy supplier collapsing into administration, a drought forcing
// hosepipe bans, a prison escape and manhunt), written and annotated blind to
// the rules while round 50 of them was made. Measured blind before round 50:
// 0.972; after it: 0.972. A development set since round 51, its misses read;
// 0.972 after round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut226$' -v | grep accuracy
func TestHeldOut226(t *testing.T) {
	evaluate(t, "testdata/heldout226.json", "testdata/heldout226", false, bars{0.99, 0.98, 0.98, 0.97})
}

// TestHeldOut227 measures Find on a two-hundred-and-twenty-seventh set
// (testdata/heldout227, testdata/heldout227.json: a storm surge flooding a
// seaside town, a football referee attacked by a player, a rare meteorite found
// on a farm, a tech firm's data breach, bird flu at poultry farms, a row over a
// housing estate on green belt land), written and annotated blind to the rules
// while round 50 of them was made. Measured blind before round 50: 0.923; after
// it: 0.933. A development set since round 51, its misses read; 0.947 after
// round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut227$' -v | grep accuracy
func TestHeldOut227(t *testing.T) {
	evaluate(t, "testdata/heldout227.json", "testdata/heldout227", false, bars{0.99, 0.98, 0.97, 0.94})
}

// TestHeldOut228 measures Find on a two-hundred-and-twenty-eighth set
// (testdata/heldout228, testdata/heldout228.json: a gas explosion destroying a
// block of flats, a racehorse trainer's licence suspended, a city's oldest pub
// saved from demolition, a drug maker's price rise, a sinkhole swallowing cars,
// a refuse collectors' strike leaving rubbish piling up), written and annotated
// blind to the rules while round 50 of them was made. Measured blind before
// round 50: 0.879; after it: 0.879. A development set since round 51, its
// misses read; 0.949 after round 51:
//
//	go test ./corpus/quote -run '^TestHeldOut228$' -v | grep accuracy
func TestHeldOut228(t *testing.T) {
	evaluate(t, "testdata/heldout228.json", "testdata/heldout228", false, bars{0.99, 0.98, 0.96, 0.94})
}

// TestHeldOut229 measures Find on a two-hundred-and-twenty-ninth set
// (testdata/heldout229, testdata/heldout229.json: a ferry running aground in
// fog, a cricket captain stripped of the captaincy, a museum returning looted
// artefacts, a supermarket chain closing stores, a wildfire evacuating a
// holiday park, a university cutting humanities courses), written and annotated
// blind to the rules while round 51 of them was made. Measured blind before
// round 51: 0.887; after it: 0.887. A development set since round 52, its
// misses read; 0.932 after round 52:
//
//	go test ./corpus/quote -run '^TestHeldOut229$' -v | grep accuracy
func TestHeldOut229(t *testing.T) {
	evaluate(t, "testdata/heldout229.json", "testdata/heldout229", false, bars{1.00, 1.00, 0.98, 0.93})
}

// TestHeldOut230 measures Find on a two-hundred-and-thirtieth set
// (testdata/heldout230, testdata/heldout230.json: a train derailment blocking a
// main line, a rugby club fined for breaching the salary cap, a zoo's panda
// cub, an airline cancelling flights over a pilot shortage, a flash flood in a
// desert town, a hospital waiting-list scandal), written and annotated blind to
// the rules while round 51 of them was made. Measured blind before round 51:
// 0.937; after it: 0.956. A development set since round 52, its misses read;
// 0.966 after round 52:
//
//	go test ./corpus/quote -run '^TestHeldOut230$' -v | grep accuracy
func TestHeldOut230(t *testing.T) {
	evaluate(t, "testdata/heldout230.json", "testdata/heldout230", false, bars{1.00, 1.00, 0.98, 0.96})
}

// TestHeldOut231 measures Find on a two-hundred-and-thirty-first set
// (testdata/heldout231, testdata/heldout231.json: a chemical leak keeping
// residents indoors, a marathon runner disqualified for a shortcut, a dig
// uncovering a Roman villa, a bakery chain fined over hygiene, a tornado
// through a trailer park, a mayor's row over cycle lanes), written and
// annotated blind to the rules while round 51 of them was made. Measured blind
// before round 51: 0.941; after it: 0.941. A development set since round 52,
// its misses read; 0.955 after round 52:
//
//	go test ./corpus/quote -run '^TestHeldOut231$' -v | grep accuracy
func TestHeldOut231(t *testing.T) {
	evaluate(t, "testdata/heldout231.json", "testdata/heldout231", false, bars{1.00, 1.00, 0.97, 0.95})
}

// TestHeldOut232 measures Find on a two-hundred-and-thirty-second set
// (testdata/heldout232, testdata/heldout232.json: a hot air balloon crash, a
// darts champion's comeback, a library saved by volunteers, a national mobile
// network outage, coastal erosion threatening clifftop homes, a teachers' pay
// dispute closing schools), written and annotated blind to the rules while
// round 51 of them was made. Measured blind before round 51: 0.963; after it:
// 0.967. A development set since round 52, its misses read; 0.967 after round
// 52:
//
//	go test ./corpus/quote -run '^TestHeldOut232$' -v | grep accuracy
func TestHeldOut232(t *testing.T) {
	evaluate(t, "testdata/heldout232.json", "testdata/heldout232", false, bars{1.00, 1.00, 0.96, 0.96})
}

// TestHeldOut233 measures Find on a two-hundred-and-thirty-third set
// (testdata/heldout233, testdata/heldout233.json: a mine collapse trapping
// workers, a golf tournament disrupted by protesters, a novelist's lost
// manuscript found in an attic, a car-sharing startup going bust, an earthquake
// damaging a cathedral, an e-scooter ban in a city centre), written and
// annotated blind to the rules while round 51 of them was made. Measured blind
// before round 51: 0.879; after it: 0.879. A development set since round 52,
// its misses read; 0.924 after round 52:
//
//	go test ./corpus/quote -run '^TestHeldOut233$' -v | grep accuracy
func TestHeldOut233(t *testing.T) {
	evaluate(t, "testdata/heldout233.json", "testdata/heldout233", false, bars{1.00, 1.00, 0.95, 0.92})
}

// TestHeldOut234 measures Find on a two-hundred-and-thirty-fourth set
// (testdata/heldout234, testdata/heldout234.json: a container ship losing cargo
// in a storm, an ice hockey player suspended for a violent hit, a rare whale
// stranded on a beach, a water company fined over sewage spills, a heat dome
// breaking records, a fight over a new airport runway), written and annotated
// blind to the rules while round 51 of them was made. Measured blind before
// round 51: 0.959; after it: 0.959. A development set since round 52, its
// misses read; 0.982 after round 52:
//
//	go test ./corpus/quote -run '^TestHeldOut234$' -v | grep accuracy
func TestHeldOut234(t *testing.T) {
	evaluate(t, "testdata/heldout234.json", "testdata/heldout234", false, bars{1.00, 0.99, 0.96, 0.98})
}

// TestHeldOut235 measures Find on a two-hundred-and-thirty-fifth set
// (testdata/heldout235, testdata/heldout235.json: a ski lift breaking down with
// skiers stranded, a snooker player walking out mid-match, a corpse flower
// blooming, a toy recall over a choking hazard, a landslide cutting off a
// mountain village, a council scrapping weekly bin collections), written and
// annotated blind to the rules while round 52 of them was made. Measured blind
// before round 52: 0.958; after it: 0.958. A development set since round 53,
// its misses read; 0.958 after round 53:
//
//	go test ./corpus/quote -run '^TestHeldOut235$' -v | grep accuracy
func TestHeldOut235(t *testing.T) {
	evaluate(t, "testdata/heldout235.json", "testdata/heldout235", false, bars{1.00, 1.00, 0.97, 0.95})
}

// TestHeldOut236 measures Find on a two-hundred-and-thirty-sixth set
// (testdata/heldout236, testdata/heldout236.json: a cable car accident at a
// resort, a jockey banned over the whip, a solar eclipse drawing crowds, a bank
// closing branches, a bridge closed after cracks were found, a row over a
// statue's removal), written and annotated blind to the rules while round 52 of
// them was made. Measured blind before round 52: 0.941; after it: 0.941. A
// development set since round 53, its misses read; 0.946 after round 53:
//
//	go test ./corpus/quote -run '^TestHeldOut236$' -v | grep accuracy
func TestHeldOut236(t *testing.T) {
	evaluate(t, "testdata/heldout236.json", "testdata/heldout236", false, bars{1.00, 0.99, 0.96, 0.94})
}

// TestHeldOut237 measures Find on a two-hundred-and-thirty-seventh set
// (testdata/heldout237, testdata/heldout237.json: a cut submarine cable
// disrupting the internet, a netball world cup upset, a centenarian's birthday,
// a brewery takeover, a volcanic ash cloud grounding flights, a row over school
// uniform costs), written and annotated blind to the rules while round 52 of
// them was made. Measured blind before round 52: 0.794; after it: 0.794. A
// development set since round 53, its misses read; 0.933 after round 53:
//
//	go test ./corpus/quote -run '^TestHeldOut237$' -v | grep accuracy
func TestHeldOut237(t *testing.T) {
	evaluate(t, "testdata/heldout237.json", "testdata/heldout237", false, bars{1.00, 0.99, 0.97, 0.93})
}

// TestHeldOut238 measures Find on a two-hundred-and-thirty-eighth set
// (testdata/heldout238, testdata/heldout238.json: a pier fire destroying an
// arcade, a tennis star withdrawing from a grand slam, a lottery winner
// claiming a jackpot, a fast-food chain raising prices, a hailstorm wrecking
// crops, prison overcrowding), written and annotated blind to the rules while
// round 52 of them was made. Measured blind before round 52: 0.952; after it:
// 0.952. A development set since round 53, its misses read; 0.952 after round
// 53:
//
//	go test ./corpus/quote -run '^TestHeldOut238$' -v | grep accuracy
func TestHeldOut238(t *testing.T) {
	evaluate(t, "testdata/heldout238.json", "testdata/heldout238", false, bars{1.00, 1.00, 0.97, 0.95})
}

// TestHeldOut239 measures Find on a two-hundred-and-thirty-ninth set
// (testdata/heldout239, testdata/heldout239.json: a chimney fire gutting a
// thatched cottage, a swimmer breaking a world record, a cathedral's bells
// restored, an electric car maker's factory delay, a drought emptying a
// reservoir, a row over hospital parking charges), written and annotated blind
// to the rules while round 52 of them was made. Measured blind before round 52:
// 0.917; after it: 0.917. A development set since round 53, its misses read;
// 0.927 after round 53:
//
//	go test ./corpus/quote -run '^TestHeldOut239$' -v | grep accuracy
func TestHeldOut239(t *testing.T) {
	evaluate(t, "testdata/heldout239.json", "testdata/heldout239", false, bars{1.00, 1.00, 0.96, 0.92})
}

// TestHeldOut240 measures Find on a two-hundred-and-fortieth set
// (testdata/heldout240, testdata/heldout240.json: a bus crash on a motorway, a
// boxing bout cancelled over a failed weigh-in, a sanctuary rescuing bears, a
// retail chain entering administration, a river bursting its banks in a market
// town, a planning row over a wind farm), written and annotated blind to the
// rules while round 52 of them was made. Measured blind before round 52: 0.976;
// after it: 0.976. A development set since round 53, its misses read; 0.976
// after round 53:
//
//	go test ./corpus/quote -run '^TestHeldOut240$' -v | grep accuracy
func TestHeldOut240(t *testing.T) {
	evaluate(t, "testdata/heldout240.json", "testdata/heldout240", false, bars{1.00, 0.99, 0.96, 0.97})
}

// TestHeldOut241 measures Find on a two-hundred-and-forty-first set
// (testdata/heldout241, testdata/heldout241.json: a stolen painting found in an
// attic, a darts champion's shock defeat, a seal pup rescued from a beach, a
// supermarket cutting plastic packaging, a gas explosion damaging a terrace, a
// row over a new pedestrian zone), written and annotated blind to the rules
// while round 53 of them was made. Measured blind before round 53: 0.945; after
// it: 0.945. A development set since round 54, its misses read; 0.963 after
// round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut241$' -v | grep accuracy
func TestHeldOut241(t *testing.T) {
	evaluate(t, "testdata/heldout241.json", "testdata/heldout241", false, bars{1.00, 1.00, 0.97, 0.96})
}

// TestHeldOut242 measures Find on a two-hundred-and-forty-second set
// (testdata/heldout242, testdata/heldout242.json: a pantomime cancelled after a
// cast illness, a triathlete collapsing near the finish, a comet visible to the
// naked eye, a recall of overheating vacuum cleaners, a waterspout hitting a
// holiday beach, a councillor's expenses scandal), written and annotated blind
// to the rules while round 53 of them was made. Measured blind before round 53:
// 0.882; after it: 0.882. A development set since round 54, its misses read;
// 0.916 after round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut242$' -v | grep accuracy
func TestHeldOut242(t *testing.T) {
	evaluate(t, "testdata/heldout242.json", "testdata/heldout242", false, bars{1.00, 1.00, 0.97, 0.91})
}

// TestHeldOut243 measures Find on a two-hundred-and-forty-third set
// (testdata/heldout243, testdata/heldout243.json: a mobile library service
// axed, a hockey club relegated after a points deduction, beavers reintroduced
// to a river, a postal strike delaying parcels, a rockfall closing a coastal
// path, a vote on renaming a street), written and annotated blind to the rules
// while round 53 of them was made. Measured blind before round 53: 0.925; after
// it: 0.925. A development set since round 54, its misses read; 0.942 after
// round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut243$' -v | grep accuracy
func TestHeldOut243(t *testing.T) {
	evaluate(t, "testdata/heldout243.json", "testdata/heldout243", false, bars{1.00, 0.99, 0.96, 0.94})
}

// TestHeldOut244 measures Find on a two-hundred-and-forty-fourth set
// (testdata/heldout244, testdata/heldout244.json: a canal boat sinking at its
// mooring, a teenager beating a chess grandmaster, a koala joey born at a
// wildlife park, a video game studio laying off staff, a power cut during a
// heatwave, a school closed over asbestos), written and annotated blind to the
// rules while round 53 of them was made. Measured blind before round 53: 0.861;
// after it: 0.861. A development set since round 54, its misses read; 0.876
// after round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut244$' -v | grep accuracy
func TestHeldOut244(t *testing.T) {
	evaluate(t, "testdata/heldout244.json", "testdata/heldout244", false, bars{1.00, 0.99, 0.94, 0.87})
}

// TestHeldOut245 measures Find on a two-hundred-and-forty-fifth set
// (testdata/heldout245, testdata/heldout245.json: a cat found hundreds of miles
// from home, a rowing crew disqualified from a regatta, jellyfish closing
// beaches, a furniture retailer collapsing, a freight train derailment spilling
// grain, a row over a low-traffic neighbourhood), written and annotated blind
// to the rules while round 53 of them was made. Measured blind before round 53:
// 0.916; after it: 0.916. A development set since round 54, its misses read;
// 0.952 after round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut245$' -v | grep accuracy
func TestHeldOut245(t *testing.T) {
	evaluate(t, "testdata/heldout245.json", "testdata/heldout245", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut246 measures Find on a two-hundred-and-forty-sixth set
// (testdata/heldout246, testdata/heldout246.json: a lighthouse restored and
// reopened, a basketball coach sacked after a losing streak, a beekeeper's
// hives stolen, a bus operator fined for cancelled services, a sinkhole opening
// on a high street, a protest over a maternity unit closure), written and
// annotated blind to the rules while round 53 of them was made. Measured blind
// before round 53: 0.951; after it: 0.956. A development set since round 54,
// its misses read; 0.976 after round 54:
//
//	go test ./corpus/quote -run '^TestHeldOut246$' -v | grep accuracy
func TestHeldOut246(t *testing.T) {
	evaluate(t, "testdata/heldout246.json", "testdata/heldout246", false, bars{1.00, 1.00, 0.96, 0.97})
}

// TestHeldOut247 measures Find on a two-hundred-and-forty-seventh set
// (testdata/heldout247, testdata/heldout247.json: a crane collapsing on a
// building site, a squash player's comeback from injury, barn owls nesting in a
// church tower, a perfume brand fined over misleading claims, queues at a ferry
// port before a bank holiday, a row over a town's Christmas lights budget),
// written and annotated blind to the rules while round 54 of them was made.
// Measured blind before round 54: 0.926; after it: 0.926. A development set
// since round 55, its misses read; 0.943 after round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut247$' -v | grep accuracy
func TestHeldOut247(t *testing.T) {
	evaluate(t, "testdata/heldout247.json", "testdata/heldout247", false, bars{1.00, 1.00, 0.96, 0.94})
}

// TestHeldOut248 measures Find on a two-hundred-and-forty-eighth set
// (testdata/heldout248, testdata/heldout248.json: a rock fall closing a coastal
// path, a bowls club's centenary, a goat escaping onto a motorway, a toy shop
// chain rescued from administration, a row over hospital car park charges, a
// village pub bought by its regulars), written and annotated blind to the rules
// while round 54 of them was made. Measured blind before round 54: 0.938; after
// it: 0.938. A development set since round 55, its misses read; 0.962 after
// round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut248$' -v | grep accuracy
func TestHeldOut248(t *testing.T) {
	evaluate(t, "testdata/heldout248.json", "testdata/heldout248", false, bars{1.00, 1.00, 0.97, 0.96})
}

// TestHeldOut249 measures Find on a two-hundred-and-forty-ninth set
// (testdata/heldout249, testdata/heldout249.json: a drone disrupting flights at
// a regional airport, a women's rugby league side promoted, a hedgehog rescue
// centre overwhelmed, an airline scrapping a regional route, a tower block lift
// out of order for months, a mural painted over by a council), written and
// annotated blind to the rules while round 54 of them was made. Measured blind
// before round 54: 0.901; after it: 0.901. A development set since round 55,
// its misses read; 0.946 after round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut249$' -v | grep accuracy
func TestHeldOut249(t *testing.T) {
	evaluate(t, "testdata/heldout249.json", "testdata/heldout249", false, bars{1.00, 0.99, 0.96, 0.94})
}

// TestHeldOut250 measures Find on a two-hundred-and-fiftieth set
// (testdata/heldout250, testdata/heldout250.json: a lottery syndicate split by
// a dispute over a ticket, a show jumper's horse retired, a basking shark
// sighted off a pier, a department store turned into flats, a level crossing
// fault delaying trains, a librarians' strike over opening hours), written and
// annotated blind to the rules while round 54 of them was made. Measured blind
// before round 54: 0.900; after it: 0.900. A development set since round 55,
// its misses read; 0.957 after round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut250$' -v | grep accuracy
func TestHeldOut250(t *testing.T) {
	evaluate(t, "testdata/heldout250.json", "testdata/heldout250", false, bars{1.00, 1.00, 0.97, 0.95})
}

// TestHeldOut251 measures Find on a two-hundred-and-fifty-first set
// (testdata/heldout251, testdata/heldout251.json: a kayaker rescued from a
// weir, a golf club admitting its first women members, a swan attacked by dogs
// in a park, a shipping firm fined over an oil leak, a cycle hire scheme
// scrapped, a parish council meeting descending into chaos), written and
// annotated blind to the rules while round 54 of them was made. Measured blind
// before round 54: 0.941; after it: 0.941. A development set since round 55,
// its misses read; 0.956 after round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut251$' -v | grep accuracy
func TestHeldOut251(t *testing.T) {
	evaluate(t, "testdata/heldout251.json", "testdata/heldout251", false, bars{1.00, 1.00, 0.96, 0.95})
}

// TestHeldOut252 measures Find on a two-hundred-and-fifty-second set
// (testdata/heldout252, testdata/heldout252.json: a clock tower's bells
// silenced after noise complaints, a triathlete collapsing near the finish, an
// invasive crayfish spreading in a river, a fire at a craft gin distillery, a
// burst water main flooding homes, a shortage of NHS dentists in a town),
// written and annotated blind to the rules while round 54 of them was made.
// Measured blind before round 54: 0.941; after it: 0.941. A development set
// since round 55, its misses read; 0.959 after round 55:
//
//	go test ./corpus/quote -run '^TestHeldOut252$' -v | grep accuracy
func TestHeldOut252(t *testing.T) {
	evaluate(t, "testdata/heldout252.json", "testdata/heldout252", false, bars{1.00, 0.98, 0.96, 0.95})
}

// TestHeldOut253 measures Find on a two-hundred-and-fifty-third set
// (testdata/heldout253, testdata/heldout253.json: a tractor blocking a high
// street in a farmers' protest, a rowing crew capsizing at a regatta, bats
// delaying a bridge repair, a bakery chain recalling loaves over glass, a power
// cut hitting a maternity ward, a row over a seafront cycle lane), written and
// annotated blind to the rules while round 55 of them was made. Measured blind
// before round 55: 0.922; after it: 0.922. A development set since round 56,
// its misses read; 0.942 after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut253$' -v | grep accuracy
func TestHeldOut253(t *testing.T) {
	evaluate(t, "testdata/heldout253.json", "testdata/heldout253", false, bars{1.00, 1.00, 0.95, 0.94})
}

// TestHeldOut254 measures Find on a two-hundred-and-fifty-fourth set
// (testdata/heldout254, testdata/heldout254.json: a car park barrier trapping
// drivers, a netball team's cup final upset, a stranded dolphin refloated, a
// bus company cutting evening services, a listed windmill restored, a school
// uniform supplier accused of overcharging), written and annotated blind to the
// rules while round 55 of them was made. Measured blind before round 55: 0.884;
// after it: 0.884. A development set since round 56, its misses read; 0.937
// after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut254$' -v | grep accuracy
func TestHeldOut254(t *testing.T) {
	evaluate(t, "testdata/heldout254.json", "testdata/heldout254", false, bars{1.00, 1.00, 0.94, 0.93})
}

// TestHeldOut255 measures Find on a two-hundred-and-fifty-fifth set
// (testdata/heldout255, testdata/heldout255.json: a runway closed by a burst
// tyre on a cargo jet, a veteran umpire's last cricket match, a rare orchid
// stolen from a nature reserve, a pottery factory closing after two centuries,
// a skate park plan splitting a village, a locksmith convicted of burglaries),
// written and annotated blind to the rules while round 55 of them was made.
// Measured blind before round 55: 0.921; after it: 0.935. A development set
// since round 56, its misses read; 0.953 after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut255$' -v | grep accuracy
func TestHeldOut255(t *testing.T) {
	evaluate(t, "testdata/heldout255.json", "testdata/heldout255", false, bars{1.00, 0.99, 0.96, 0.95})
}

// TestHeldOut256 measures Find on a two-hundred-and-fifty-sixth set
// (testdata/heldout256, testdata/heldout256.json: a fishing boat sinking with
// its crew rescued, a table tennis club for pensioners, a pine marten in a city
// park, a cinema chain raising prices, a leaking reservoir dam forcing
// evacuations, a student union banning a speaker), written and annotated blind
// to the rules while round 55 of them was made. Measured blind before round 55:
// 0.922; after it: 0.922. A development set since round 56, its misses read;
// 0.959 after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut256$' -v | grep accuracy
func TestHeldOut256(t *testing.T) {
	evaluate(t, "testdata/heldout256.json", "testdata/heldout256", false, bars{1.00, 1.00, 0.98, 0.95})
}

// TestHeldOut257 measures Find on a two-hundred-and-fifty-seventh set
// (testdata/heldout257, testdata/heldout257.json: a hot air balloon's emergency
// landing, a youth climbing wall facing eviction, a wasp nest closing a primary
// school, a cheese maker winning a world award, a delayed railway station
// opening, a councillor suspended over expenses), written and annotated blind
// to the rules while round 55 of them was made. Measured blind before round 55:
// 0.964; after it: 0.969. A development set since round 56, its misses read;
// 0.973 after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut257$' -v | grep accuracy
func TestHeldOut257(t *testing.T) {
	evaluate(t, "testdata/heldout257.json", "testdata/heldout257", false, bars{1.00, 1.00, 0.98, 0.97})
}

// TestHeldOut258 measures Find on a two-hundred-and-fifty-eighth set
// (testdata/heldout258, testdata/heldout258.json: a collapsed culvert cutting
// off a hill village, a croquet lawn vandalised before a tournament, beavers
// released into a river catchment, a warehouse strike at a fashion retailer, a
// marina fire destroying yachts, a farmers' market banned from a town square),
// written and annotated blind to the rules while round 55 of them was made.
// Measured blind before round 55: 0.948; after it: 0.948. A development set
// since round 56, its misses read; 0.972 after round 56:
//
//	go test ./corpus/quote -run '^TestHeldOut258$' -v | grep accuracy
func TestHeldOut258(t *testing.T) {
	evaluate(t, "testdata/heldout258.json", "testdata/heldout258", false, bars{1.00, 1.00, 0.97, 0.97})
}

// TestHeldOut259 measures Find on a two-hundred-and-fifty-ninth set
// (testdata/heldout259, testdata/heldout259.json: a burst water main flooding a
// shopping arcade, a women's darts champion retiring, a heron colony disturbed
// by drone filming, a frozen food firm fined over a factory injury, a lifeboat
// naming ceremony, a row over church bells at night), written and annotated
// blind to the rules while round 56 of them was made. Measured blind before
// round 56: 0.970; after it: 0.970. A development set since round 57, its
// misses read; 0.970 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut259$' -v | grep accuracy
func TestHeldOut259(t *testing.T) {
	evaluate(t, "testdata/heldout259.json", "testdata/heldout259", false, bars{1.00, 0.99, 0.96, 0.96})
}

// TestHeldOut260 measures Find on a two-hundred-and-sixtieth set
// (testdata/heldout260, testdata/heldout260.json: a diesel leak closing a canal
// towpath, a schoolboy chess prodigy beating a grandmaster, red squirrels
// returning to a forest, a budget airline cancelling winter routes, a
// lighthouse sold at auction, a headteacher banning mobile phones), written and
// annotated blind to the rules while round 56 of them was made. Measured blind
// before round 56: 0.918; after it: 0.938. A development set since round 57,
// its misses read; 0.964 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut260$' -v | grep accuracy
func TestHeldOut260(t *testing.T) {
	evaluate(t, "testdata/heldout260.json", "testdata/heldout260", false, bars{1.00, 0.99, 0.96, 0.96})
}

// TestHeldOut261 measures Find on a two-hundred-and-sixty-first set
// (testdata/heldout261, testdata/heldout261.json: a rockfall closing a coastal
// railway line, a wheelchair rugby team's league title, an escaped emu caught
// on a bypass, a vinyl pressing plant expanding, a town clock stopped for a
// year, a taxi licensing dispute at a station), written and annotated blind to
// the rules while round 56 of them was made. Measured blind before round 56:
// 0.928; after it: 0.943. A development set since round 57, its misses read;
// 0.957 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut261$' -v | grep accuracy
func TestHeldOut261(t *testing.T) {
	evaluate(t, "testdata/heldout261.json", "testdata/heldout261", false, bars{1.00, 1.00, 0.97, 0.95})
}

// TestHeldOut262 measures Find on a two-hundred-and-sixty-second set
// (testdata/heldout262, testdata/heldout262.json: scaffolding collapsing onto a
// pavement, an amateur boxing club saved by donations, otters returning to a
// city river, a carpet maker entering administration, a post office counter
// returning to a village shop, a bus driver praised for saving a choking
// passenger), written and annotated blind to the rules while round 56 of them
// was made. Measured blind before round 56: 0.959; after it: 0.968. A
// development set since round 57, its misses read; 0.977 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut262$' -v | grep accuracy
func TestHeldOut262(t *testing.T) {
	evaluate(t, "testdata/heldout262.json", "testdata/heldout262", false, bars{1.00, 1.00, 0.97, 0.97})
}

// TestHeldOut263 measures Find on a two-hundred-and-sixty-third set
// (testdata/heldout263, testdata/heldout263.json: a bridge struck by an
// overheight lorry, a female jockey's first big-race win, a rare butterfly on a
// railway embankment, a model railway shop closing after ninety years, a
// flooded underpass trapping a car, a council's parking app overcharging
// drivers), written and annotated blind to the rules while round 56 of them was
// made. Measured blind before round 56: 0.930; after it: 0.930. A development
// set since round 57, its misses read; 0.974 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut263$' -v | grep accuracy
func TestHeldOut263(t *testing.T) {
	evaluate(t, "testdata/heldout263.json", "testdata/heldout263", false, bars{1.00, 0.99, 0.99, 0.97})
}

// TestHeldOut264 measures Find on a two-hundred-and-sixty-fourth set
// (testdata/heldout264, testdata/heldout264.json: a chimney fire spreading
// through a row of cottages, a crown green club admitting its first junior
// members, a swan killed by an air rifle, a brewery's tap room refused a
// licence, a Victorian pier reopening after storm repairs, a nursery fined over
// a toddler left outside), written and annotated blind to the rules while round
// 56 of them was made. Measured blind before round 56: 0.979; after it: 0.979.
// A development set since round 57, its misses read; 0.984 after round 57:
//
//	go test ./corpus/quote -run '^TestHeldOut264$' -v | grep accuracy
func TestHeldOut264(t *testing.T) {
	evaluate(t, "testdata/heldout264.json", "testdata/heldout264", false, bars{1.00, 1.00, 0.98, 0.98})
}

// TestHeldOut265 measures Find on a two-hundred-and-sixty-fifth set
// (testdata/heldout265, testdata/heldout265.json: a fallen tree blocking a
// mainline railway, a women's cricket captain's record century, a barn owl box
// scheme on farmland, a coffee chain closing its roastery, a harbour wall
// breached by a storm surge, a parish council row over a war memorial's names),
// written and annotated blind to the rules while round 58 of them was made.
// Measured blind before round 58: 0.977; after it: 0.977. A development set
// since round 59, its misses read; 0.991 after round 59:
//
//	go test ./corpus/quote -run '^TestHeldOut265$' -v | grep accuracy
func TestHeldOut265(t *testing.T) {
	evaluate(t, "testdata/heldout265.json", "testdata/heldout265", false, bars{0.99, 0.99, 0.99, 0.99})
}

// TestHeldOut266 measures Find on a two-hundred-and-sixty-sixth set
// (testdata/heldout266, testdata/heldout266.json: a gas leak evacuating a
// primary school, a paralympic swimmer's world record, a stag wandering into a
// housing estate, a shoe maker moving production abroad, a footbridge closed
// over corrosion, a library's overdue-fines amnesty), written and annotated
// blind to the rules while round 58 of them was made. Measured blind before
// round 58: 0.919; after it: 0.919. A development set since round 59, its
// misses read; 0.980 after round 59:
//
//	go test ./corpus/quote -run '^TestHeldOut266$' -v | grep accuracy
func TestHeldOut266(t *testing.T) {
	evaluate(t, "testdata/heldout266.json", "testdata/heldout266", false, bars{0.99, 0.99, 0.98, 0.97})
}

// TestHeldOut267 measures Find on a two-hundred-and-sixty-seventh set
// (testdata/heldout267, testdata/heldout267.json: a tram derailing at a
// junction, a veteran goalkeeper's final match, a seal colony growing on a
// sandbank, a soft drinks firm's sugar tax dispute, a heatwave closing a zoo
// early, a mayor's expenses inquiry), written and annotated blind to the rules
// while round 57 of them was made. Measured blind before round 57: 0.848; after
// it: 0.848. A development set since round 58, its misses read; 0.931 after
// round 58:
//
//	go test ./corpus/quote -run '^TestHeldOut267$' -v | grep accuracy
func TestHeldOut267(t *testing.T) {
	evaluate(t, "testdata/heldout267.json", "testdata/heldout267", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut269 measures Find on a two-hundred-and-sixty-ninth set
// (testdata/heldout269, testdata/heldout269.json: a hovercraft service
// suspended for repairs, a cyclist's hour record attempt, a kingfisher nesting
// beside a car park, a brewery merger cutting jobs, a flash flood sweeping cars
// down a street, a hospital parking fee U-turn), written and annotated blind to
// the rules while round 57 of them was made. Measured blind before round 57:
// 0.924; after it: 0.924. A development set since round 58, its misses read;
// 0.955 after round 58:
//
//	go test ./corpus/quote -run '^TestHeldOut269$' -v | grep accuracy
func TestHeldOut269(t *testing.T) {
	evaluate(t, "testdata/heldout269.json", "testdata/heldout269", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut270 measures Find on a two-hundred-and-seventieth set
// (testdata/heldout270, testdata/heldout270.json: a runaway horse on a dual
// carriageway, a fencing club's national titles, a colony of puffins counted on
// an island, an electric scooter firm pulling out of a city, a theatre roof
// collapsing before a show, a village petrol station closing), written and
// annotated blind to the rules while round 57 of them was made. Measured blind
// before round 57: 0.904; after it: 0.904. A development set since round 58,
// its misses read; 0.936 after round 58:
//
//	go test ./corpus/quote -run '^TestHeldOut270$' -v | grep accuracy
func TestHeldOut270(t *testing.T) {
	evaluate(t, "testdata/heldout270.json", "testdata/heldout270", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut268 measures Find on a two-hundred-and-sixty-eighth set
// (testdata/heldout268, testdata/heldout268.json: a farm fire destroying hay
// bales, an ice hockey team folding over debts, a rare fungus found in a
// churchyard, a bookshop chain opening new branches, a cliff-top caravan park
// evacuated, a school uniform price row), written and annotated blind to the
// rules while round 59 of them was made. Measured blind before round 59: 0.955;
// after it: 0.955. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut268$' -v | grep accuracy
func TestHeldOut268(t *testing.T) {
	evaluate(t, "testdata/heldout268.json", "testdata/heldout268", false, bars{0.99, 0.99, 0.94, 0.95})
}

// TestHeldOut271 measures Find on a two-hundred-and-seventy-first set
// (testdata/heldout271, testdata/heldout271.json: a sinkhole opening in a
// supermarket car park, a blind marathon runner's course record, a pod of orcas
// seen off a pier, a toy maker recalling a children's game, a ferry running
// aground in fog, a town council banning barbecues in parks), written and
// annotated blind to the rules while round 59 of them was made. Measured blind
// before round 59: 0.934; after it: 0.934. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut271$' -v | grep accuracy
func TestHeldOut271(t *testing.T) {
	evaluate(t, "testdata/heldout271.json", "testdata/heldout271", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut272 measures Find on a two-hundred-and-seventy-second set
// (testdata/heldout272, testdata/heldout272.json: a grain silo explosion at a
// port, a veteran jockey's comeback after injury, a hedgehog hospital running
// out of space, a mobile phone network outage for a day, a cathedral spire
// repaired after a lightning strike, a parish row over a new housing estate),
// written and annotated blind to the rules while round 60 of them was made.
// Measured blind before round 60: 0.934; after it: 0.934. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut272$' -v | grep accuracy
func TestHeldOut272(t *testing.T) {
	evaluate(t, "testdata/heldout272.json", "testdata/heldout272", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut273 measures Find on a two-hundred-and-seventy-third set
// (testdata/heldout273, testdata/heldout273.json: a tunnel boring machine stuck
// under a river, a lottery syndicate row at a factory, a ski field closing
// early for lack of snow, a county cricket captain resigning mid-season, a
// museum returning looted bronzes, a city bus drivers' strike ballot), written
// and annotated blind to the rules while rounds 60 and 61 of them were made.
// Measured blind before round 61: 0.876; after it: 0.876. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut273$' -v | grep accuracy
func TestHeldOut273(t *testing.T) {
	evaluate(t, "testdata/heldout273.json", "testdata/heldout273", false, bars{0.99, 0.99, 0.96, 0.87})
}

// TestHeldOut274 measures Find on a two-hundred-and-seventy-fourth set
// (testdata/heldout274, testdata/heldout274.json: a landslide blocking a
// mountain highway, a teenage chess player's grandmaster title, a honeybee
// disease at apiaries, a budget airline collapsing and stranding passengers, a
// lighthouse sold at auction, a headteacher suspended over exam results),
// written and annotated blind to the rules while round 61 of them was made.
// Measured blind before round 61: 0.942; after it: 0.942. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut274$' -v | grep accuracy
func TestHeldOut274(t *testing.T) {
	evaluate(t, "testdata/heldout274.json", "testdata/heldout274", false, bars{0.99, 0.99, 0.95, 0.94})
}

// TestHeldOut275 measures Find on a two-hundred-and-seventy-fifth set
// (testdata/heldout275, testdata/heldout275.json: a chlorine gas leak at a
// swimming pool, an upset in a women's rugby sevens final, a beached whale
// refloated by volunteers, a fitness app's data breach, a historic pub
// destroyed by fire, a petition to recall a town's mayor), written and
// annotated blind to the rules while round 61 of them was made. Measured blind
// before round 61: 0.930; after it: 0.930. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut275$' -v | grep accuracy
func TestHeldOut275(t *testing.T) {
	evaluate(t, "testdata/heldout275.json", "testdata/heldout275", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut276 measures Find on a two-hundred-and-seventy-sixth set
// (testdata/heldout276, testdata/heldout276.json: cracks in a bridge, a school
// robotics team, a ransomware attack, a marathon run in heat, a wind farm on
// grazing land, a restaurant's hygiene rating), written and annotated blind to
// the rules while round 62 of them was made; its miss list was printed once by
// mistake when it was first measured. Measured blind before round 62: 0.913;
// after it: 0.913. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut276$' -v | grep accuracy
func TestHeldOut276(t *testing.T) {
	evaluate(t, "testdata/heldout276.json", "testdata/heldout276", false, bars{0.99, 0.99, 0.95, 0.91})
}

// TestHeldOut277 measures Find on a two-hundred-and-seventy-seventh set
// (testdata/heldout277, testdata/heldout277.json: a ferry aground in fog, a
// court ruling on a will leaving a stately home to a cat sanctuary, a
// teachers' strike over class sizes, a recall of contaminated baby formula, a
// football club's stadium move, a missing hiker found alive), written and
// annotated blind to the rules while round 62 of them was made. Measured blind
// before round 62: 0.959; after it: 0.959. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut277$' -v | grep accuracy
func TestHeldOut277(t *testing.T) {
	evaluate(t, "testdata/heldout277.json", "testdata/heldout277", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut278 measures Find on a two-hundred-and-seventy-eighth set
// (testdata/heldout278, testdata/heldout278.json: a hospital trust fined over
// a data breach, a village fighting the closure of its last pub, a marathon
// runner disqualified for a shortcut, a volcano forcing evacuations, a
// supermarket price-fixing inquiry, a rescued sea turtle released), written
// and annotated blind to the rules while round 63 of them was made. Measured
// blind before round 63: 0.934; after it: 0.934; after round 75: 0.927. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut278$' -v | grep accuracy
func TestHeldOut278(t *testing.T) {
	evaluate(t, "testdata/heldout278.json", "testdata/heldout278", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut279 measures Find on a two-hundred-and-seventy-ninth set
// (testdata/heldout279, testdata/heldout279.json: a congestion charge
// starting, a jazz musician's posthumous album, a factory fire, a university
// rector accused of plagiarism, a cricket captain's retirement, a delayed
// flood defence scheme), written and annotated blind to the rules while round
// 63 of them was made. Measured blind before round 63: 0.921; after it: 0.921.
// A test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut279$' -v | grep accuracy
func TestHeldOut279(t *testing.T) {
	evaluate(t, "testdata/heldout279.json", "testdata/heldout279", false, bars{0.99, 0.99, 0.99, 0.92})
}

// TestHeldOut280 measures Find on a two-hundred-and-eightieth set
// (testdata/heldout280, testdata/heldout280.json: a bridge closed after a
// barge strike, a restaurant losing its star, a prison officer jailed for
// smuggling phones, a heatwave live blog, a tailings dam leak, a school
// choir's win), written and annotated blind to the rules while round 63 of
// them was made. Measured blind before round 63: 0.955; after it: 0.955;
// after round 69: 0.962. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut280$' -v | grep accuracy
func TestHeldOut280(t *testing.T) {
	evaluate(t, "testdata/heldout280.json", "testdata/heldout280", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut281 measures Find on a two-hundred-and-eighty-first set
// (testdata/heldout281, testdata/heldout281.json: a regional airline's
// collapse, a rare bird drawing crowds, a mayor resigning over expenses, a
// landslide burying a road, a start-up's data leak, a rugby club's promotion
// party), written and annotated blind to the rules while round 63 of them was
// made. Measured blind before round 63: 0.955; after it: 0.955. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut281$' -v | grep accuracy
func TestHeldOut281(t *testing.T) {
	evaluate(t, "testdata/heldout281.json", "testdata/heldout281", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut282 measures Find on a two-hundred-and-eighty-second set
// (testdata/heldout282, testdata/heldout282.json: a ferry aground in fog, a city banning e-scooters, a celebrity chef's
// restaurant closing, a junior doctors' strike, a village's contaminated water
// in court, a cricket captain's retirement), written and
// annotated blind to the rules while round 64 of them was made. Measured
// blind before round 64: 0.934; after it: 0.934. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut282$' -v | grep accuracy
func TestHeldOut282(t *testing.T) {
	evaluate(t, "testdata/heldout282.json", "testdata/heldout282", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut283 measures Find on a two-hundred-and-eighty-third set
// (testdata/heldout283, testdata/heldout283.json: a wildfire forcing evacuations, a university cutting humanities, a bank's
// IT outage, a mountain rescue, a stadium referendum, a pop star's
// cancelled tour, with a press conference), written and
// annotated blind to the rules while round 64 of them was made. Measured
// blind before round 64: 0.907; after it: 0.907. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut283$' -v | grep accuracy
func TestHeldOut283(t *testing.T) {
	evaluate(t, "testdata/heldout283.json", "testdata/heldout283", false, bars{0.99, 0.99, 0.96, 0.90})
}

// TestHeldOut284 measures Find on a two-hundred-and-eighty-fourth set
// (testdata/heldout284, testdata/heldout284.json: a port strike, a museum returning looted bronzes, a school bus crash, a
// vaccine trial, a councillor defecting, a horse-racing doping scandal), written and
// annotated blind to the rules while round 64 of them was made. Measured
// blind before round 64: 0.949; after it: 0.949. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut284$' -v | grep accuracy
func TestHeldOut284(t *testing.T) {
	evaluate(t, "testdata/heldout284.json", "testdata/heldout284", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut285 measures Find on a two-hundred-and-eighty-fifth set
// (testdata/heldout285, testdata/heldout285.json: a drought hitting farmers, a bridge closure, a cyberattack on a council, a
// film festival's winner, a missing tramper found alive, a football
// manager's sacking), written and
// annotated blind to the rules while round 64 of them was made. Measured
// blind before round 64: 0.926; after it: 0.926. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut285$' -v | grep accuracy
func TestHeldOut285(t *testing.T) {
	evaluate(t, "testdata/heldout285.json", "testdata/heldout285", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut286 measures Find on a two-hundred-and-eighty-sixth set
// (testdata/heldout286, testdata/heldout286.json: a flash flood in a
// market town, a baby-food recall, a union ballot at a car plant, a
// marathon runner disqualified, a pub saved by villagers, a sewage spill
// closing beaches), written and annotated blind to the rules while round
// 65 of them was made. Measured blind before round 65: 0.924; after it:
// 0.924. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut286$' -v | grep accuracy
func TestHeldOut286(t *testing.T) {
	evaluate(t, "testdata/heldout286.json", "testdata/heldout286", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut287 measures Find on a two-hundred-and-eighty-seventh set
// (testdata/heldout287, testdata/heldout287.json: a power-station fire, a
// theatre's controversial play, a teenager rescued from a cliff, a
// shipping company's fuel scandal, an election recount, a tennis player's
// comeback), written and annotated blind to the rules while round 65 of
// them was made. Measured blind before round 65: 0.921; after it: 0.921. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut287$' -v | grep accuracy
func TestHeldOut287(t *testing.T) {
	evaluate(t, "testdata/heldout287.json", "testdata/heldout287", false, bars{0.99, 0.99, 0.96, 0.92})
}

// TestHeldOut288 measures Find on a two-hundred-and-eighty-eighth set
// (testdata/heldout288, testdata/heldout288.json: a train derailment, a
// charity fraud trial, an orchestra's conductor resigning, a stranded
// whale, a housing estate's demolition row, a boxing title fight), written
// and annotated blind to the rules while round 65 of them was made.
// Measured blind before round 65: 0.917; after it: 0.917. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut288$' -v | grep accuracy
func TestHeldOut288(t *testing.T) {
	evaluate(t, "testdata/heldout288.json", "testdata/heldout288", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut289 measures Find on a two-hundred-and-eighty-ninth set
// (testdata/heldout289, testdata/heldout289.json: a volcano alert, an
// influencer fined, a nurses' pay deal, a tram line opening late, a zoo's
// escaped animal, a golf playoff), written and annotated blind to the
// rules while round 65 of them was made. Measured blind before round 65:
// 0.920; after it: 0.920. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut289$' -v | grep accuracy
func TestHeldOut289(t *testing.T) {
	evaluate(t, "testdata/heldout289.json", "testdata/heldout289", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut290 measures Find on a two-hundred-and-ninetieth set
// (testdata/heldout290, testdata/heldout290.json: a bridge closed over
// cracks, a headteacher on trial over exam results, a wind farm rejected,
// a jockey banned, a bakery price freeze, a missing hiker found), written
// and annotated blind to the rules while round 66 of them was made.
// Measured blind before round 66: 0.919; after it: 0.919. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut290$' -v | grep accuracy
func TestHeldOut290(t *testing.T) {
	evaluate(t, "testdata/heldout290.json", "testdata/heldout290", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut291 measures Find on a two-hundred-and-ninety-first set
// (testdata/heldout291, testdata/heldout291.json: a hospital cancer
// scanner, a mayoral recount, an energy company data breach, a cricket
// captain retiring, a library closure protest, a heatwave water order),
// written and annotated blind to the rules while round 66 of them was
// made. Measured blind before round 66: 0.957; after it: 0.957. A test
// set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut291$' -v | grep accuracy
func TestHeldOut291(t *testing.T) {
	evaluate(t, "testdata/heldout291.json", "testdata/heldout291", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut292 measures Find on a two-hundred-and-ninety-second set
// (testdata/heldout292, testdata/heldout292.json: a ferry company
// cancelling sailings, a museum returning looted bronzes, a chess prodigy,
// a factory fire, a housing association damp scandal, a football manager
// sacked), written and annotated blind to the rules while round 66 of them
// was made. Measured blind before round 66: 0.912; after it: 0.912. A test
// set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut292$' -v | grep accuracy
func TestHeldOut292(t *testing.T) {
	evaluate(t, "testdata/heldout292.json", "testdata/heldout292", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut293 measures Find on a two-hundred-and-ninety-third set
// (testdata/heldout293, testdata/heldout293.json: a drought, a university
// pensions strike, a chef closing her restaurant, a police chase, a new
// airline route, a rugby club facing bankruptcy), written and annotated
// blind to the rules while round 66 of them was made. Measured blind
// before round 66: 0.950; after it: 0.950. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut293$' -v | grep accuracy
func TestHeldOut293(t *testing.T) {
	evaluate(t, "testdata/heldout293.json", "testdata/heldout293", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut294 measures Find on a two-hundred-and-ninety-fourth set
// (testdata/heldout294, testdata/heldout294.json: a ferry service cancelled for the winter, a teenage chess
// prodigy's national title, a hospital trust fined over a patient's death,
// a mayor's expenses row, a city-centre power cut, a rare bird drawing
// crowds), written and
// annotated blind to the rules while round 67 of them was made. Measured
// blind before round 67: 0.907; after it: 0.907. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut294$' -v | grep accuracy
func TestHeldOut294(t *testing.T) {
	evaluate(t, "testdata/heldout294.json", "testdata/heldout294", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut295 measures Find on a two-hundred-and-ninety-fifth set
// (testdata/heldout295, testdata/heldout295.json: a start-up's data breach, a marathon runner collapsing near
// the finish, a landlord convicted over unsafe flats, a theatre reopening
// after a fire, a minister's resignation, a zoo's elephant moving to a
// sanctuary), written and
// annotated blind to the rules while round 67 of them was made. Measured
// blind before round 67: 0.890; after it: 0.890. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut295$' -v | grep accuracy
func TestHeldOut295(t *testing.T) {
	evaluate(t, "testdata/heldout295.json", "testdata/heldout295", false, bars{0.99, 0.99, 0.95, 0.88})
}

// TestHeldOut296 measures Find on a two-hundred-and-ninety-sixth set
// (testdata/heldout296, testdata/heldout296.json: a flood defence scheme delayed, a football manager sacked,
// a supermarket recall, a protest at a mining site, a pilot's emergency
// landing, a library saved by volunteers), written and
// annotated blind to the rules while round 67 of them was made. Measured
// blind before round 67: 0.928; after it: 0.928. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut296$' -v | grep accuracy
func TestHeldOut296(t *testing.T) {
	evaluate(t, "testdata/heldout296.json", "testdata/heldout296", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut297 measures Find on a two-hundred-and-ninety-seventh set
// (testdata/heldout297, testdata/heldout297.json: a dam release warning, a cricket captain's retirement, a
// bus drivers' pay dispute, an art forgery trial, a school meals pilot,
// coastal erosion threatening homes), written and
// annotated blind to the rules while round 67 of them was made. Measured
// blind before round 67: 0.855; after it: 0.855; after round 69: 0.879. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut297$' -v | grep accuracy
func TestHeldOut297(t *testing.T) {
	evaluate(t, "testdata/heldout297.json", "testdata/heldout297", false, bars{0.99, 0.99, 0.95, 0.87})
}

// TestHeldOut298 measures Find on a two-hundred-and-ninety-eighth set
// (testdata/heldout298, testdata/heldout298.json: a hospital waiting-list
// scandal, a village fete cancelled after a row, a tech company's layoffs,
// a heatwave straining the power grid, a murder trial verdict, a boxing
// title fight), written and annotated by a helper who never saw the
// rules. Unlike 294-297 it is a development set: its misses were read in
// round 67 to find what the rules miss on fresh text.
func TestHeldOut298(t *testing.T) {
	evaluate(t, "testdata/heldout298.json", "testdata/heldout298", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut299 measures Find on a two-hundred-and-ninety-ninth set
// (testdata/heldout299, testdata/heldout299.json: a water company's river
// pollution fine, a national election result, a footballer's transfer
// saga, a wildfire evacuation in a live blog, a pupils' climate strike, a
// museum returning looted artefacts), a development set like 298.
func TestHeldOut299(t *testing.T) {
	evaluate(t, "testdata/heldout299.json", "testdata/heldout299", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut300 measures Find on a three-hundredth set
// (testdata/heldout300, testdata/heldout300.json: a data breach at a hospital trust, a village fete cancelled over
// insurance costs, a cricket captain's retirement, a bridge collapse
// inquiry in a court report, a celebrity chef's restaurant closure, a
// union vote on a rail pay deal), written and
// annotated blind to the rules while round 68 of them was made. Measured
// blind before round 68: 0.927; after it: 0.927. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut300$' -v | grep accuracy
func TestHeldOut300(t *testing.T) {
	evaluate(t, "testdata/heldout300.json", "testdata/heldout300", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut301 measures Find on a three-hundred-and-first set
// (testdata/heldout301, testdata/heldout301.json: a rhino poaching arrest, a mayor's resignation over expenses, a
// cancer drug trial result, a ferry running aground, a teenage chess
// prodigy, a landlord fined over mould), written and
// annotated blind to the rules while round 68 of them was made. Measured
// blind before round 68: 0.959; after it: 0.959. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut301$' -v | grep accuracy
func TestHeldOut301(t *testing.T) {
	evaluate(t, "testdata/heldout301.json", "testdata/heldout301", false, bars{0.99, 0.99, 0.99, 0.95})
}

// TestHeldOut302 measures Find on a three-hundred-and-second set
// (testdata/heldout302, testdata/heldout302.json: an airport strike, a committee grilling a bank boss, a missing hiker
// found alive, a wind farm dispute, a title fight weigh-in, a church roof
// lead theft), written and
// annotated blind to the rules while round 68 of them was made. Measured
// blind before round 68: 0.886; after it: 0.886. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut302$' -v | grep accuracy
func TestHeldOut302(t *testing.T) {
	evaluate(t, "testdata/heldout302.json", "testdata/heldout302", false, bars{0.99, 0.99, 0.98, 0.88})
}

// TestHeldOut303 measures Find on a three-hundred-and-third set
// (testdata/heldout303, testdata/heldout303.json: a heatwave and water rationing, a supermarket price war, a royal
// visit to a hospice, a university cutting language courses, a police
// chase ending in a crash, a rugby coach sacked), written and
// annotated blind to the rules while round 68 of them was made. Measured
// blind before round 68: 0.940; after it: 0.940. Its score, never its
// misses, was read once during round 68, and turned down a wider form of
// one rule that lost two of its spans. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut303$' -v | grep accuracy
func TestHeldOut303(t *testing.T) {
	evaluate(t, "testdata/heldout303.json", "testdata/heldout303", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut304 measures Find on a three-hundred-and-fourth set
// (testdata/heldout304, testdata/heldout304.json: a housing development rejected by planners, a Formula One team
// principal's row with a driver, a measles outbreak at a school, a tech
// firm's layoffs, a lifeboat rescue in a live blog, a literary prize), written and
// annotated by a helper who never saw the rules. Unlike 300-303 it is a
// development set: its misses were read in round 68 to find what the
// rules miss on fresh text.
func TestHeldOut304(t *testing.T) {
	evaluate(t, "testdata/heldout304.json", "testdata/heldout304", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut305 measures Find on a three-hundred-and-fifth set
// (testdata/heldout305, testdata/heldout305.json: a factory fire with toxic smoke, a referendum on a local tax, a
// footballer's racism complaint, a zoo's baby elephant, a prison escape,
// a farmers' tractor protest), a
// development set like 304.
func TestHeldOut305(t *testing.T) {
	evaluate(t, "testdata/heldout305.json", "testdata/heldout305", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut306 measures Find on a three-hundred-and-sixth set
// (testdata/heldout306, testdata/heldout306.json: a school inspection downgrade, a port workers' strike, a celebrity
// divorce hearing, a marathon runner collapsing, a row over cycle lanes, a
// drug recall), written and
// annotated by a helper who never saw the rules. It was meant as a test set,
// but its misses were shown by mistake early in round 69, so it is a
// development set. Measured before round 69: 0.938; after it: 0.938.
func TestHeldOut306(t *testing.T) {
	evaluate(t, "testdata/heldout306.json", "testdata/heldout306", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut307 measures Find on a three-hundred-and-seventh set
// (testdata/heldout307, testdata/heldout307.json: a wildfire evacuation, a museum returning looted artefacts, a tennis
// player's doping ban, library budget cuts, a cryptocurrency exchange
// collapse, A&E waiting times), written and
// annotated by a helper who never saw the rules. It was meant as a test set,
// but its misses were shown by mistake early in round 69, so it is a
// development set. Measured before round 69: 0.951; after it: 0.958.
func TestHeldOut307(t *testing.T) {
	evaluate(t, "testdata/heldout307.json", "testdata/heldout307", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut308 measures Find on a three-hundred-and-eighth set
// (testdata/heldout308, testdata/heldout308.json: a coach crash on a motorway, an election recount, a keeper injured by a
// tiger, a teachers' pay ballot, a startup founder's fraud trial, a village
// flooded a third time), written and
// annotated by a helper who never saw the rules. It was meant as a test set,
// but its misses were shown by mistake early in round 69, so it is a
// development set. Measured before round 69 (blind): 0.966; after it: 0.966.
func TestHeldOut308(t *testing.T) {
	evaluate(t, "testdata/heldout308.json", "testdata/heldout308", false, bars{0.99, 0.99, 0.96, 0.96})
}

// TestHeldOut309 measures Find on a three-hundred-and-ninth set
// (testdata/heldout309, testdata/heldout309.json: a golf major's final round, a regional blackout, a zero hygiene rating,
// an MP defecting, a dog found after a year, a dam safety warning), written and
// annotated by a helper who never saw the rules. It was meant as a test set,
// but its misses were shown by mistake early in round 69, so it is a
// development set. Measured before round 69 (blind): 0.877; after it: 0.902.
func TestHeldOut309(t *testing.T) {
	evaluate(t, "testdata/heldout309.json", "testdata/heldout309", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut310 measures Find on a three-hundred-and-tenth set
// (testdata/heldout310, testdata/heldout310.json: a ferry fare rise, a four-day school week, a tram derailment, a
// footballer's transfer saga, a bakery chain's closure, a mountain rescue), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 69. Measured before round 69: 0.886; after
// it: 0.929.
func TestHeldOut310(t *testing.T) {
	evaluate(t, "testdata/heldout310.json", "testdata/heldout310", false, bars{0.99, 0.99, 0.94, 0.92})
}

// TestHeldOut311 measures Find on a three-hundred-and-eleventh set
// (testdata/heldout311, testdata/heldout311.json: a famine appeal, a ruling on a noisy pub, a film festival's opening
// night, a bank branch closure, a snowstorm, a suspended school coach), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 69. Measured before round 69: 0.859; after
// it: 0.914.
func TestHeldOut311(t *testing.T) {
	evaluate(t, "testdata/heldout311.json", "testdata/heldout311", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut312 measures Find on a three-hundred-and-twelfth set
// (testdata/heldout312, testdata/heldout312.json: a maternity unit closure, a cruise ship norovirus outbreak, a county
// cricket club's crisis, a road-rage manslaughter trial, a town's first
// Pride march, a gold mine collapse), written and
// annotated blind to the rules while round 69 of them was made. Measured
// blind before round 69: 0.901; after it: 0.901. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut312$' -v | grep accuracy
func TestHeldOut312(t *testing.T) {
	evaluate(t, "testdata/heldout312.json", "testdata/heldout312", false, bars{0.99, 0.99, 0.97, 0.9})
}

// TestHeldOut313 measures Find on a three-hundred-and-thirteenth set
// (testdata/heldout313, testdata/heldout313.json: a volcano disrupting flights, a supermarket removing self-checkouts, a
// conductor resigning, a bird flu cull, a climate activist's trial, a rugby
// league grand final), written and
// annotated blind to the rules while round 69 of them was made. Measured
// blind before round 69: 0.913; after it: 0.913. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut313$' -v | grep accuracy
func TestHeldOut313(t *testing.T) {
	evaluate(t, "testdata/heldout313.json", "testdata/heldout313", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut314 measures Find on a three-hundred-and-fourteenth set
// (testdata/heldout314, testdata/heldout314.json: a water contamination notice, a national park's entry fee, a jockey's
// fall, a whistleblower at a defence contractor, a care home closure, a
// pavement robot delivery trial), written and
// annotated blind to the rules while round 69 of them was made. Measured
// blind before round 69: 0.953; after it: 0.953. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut314$' -v | grep accuracy
func TestHeldOut314(t *testing.T) {
	evaluate(t, "testdata/heldout314.json", "testdata/heldout314", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut315 measures Find on a three-hundred-and-fifteenth set
// (testdata/heldout315, testdata/heldout315.json: a ferry disaster inquiry's report, a student loan scandal, a basketball
// coach's touchline ban, a heat dome and power rationing, a bridge opening,
// a poet laureate), written and
// annotated blind to the rules while round 69 of them was made. Measured
// blind before round 69: 0.950; after it: 0.950. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut315$' -v | grep accuracy
func TestHeldOut315(t *testing.T) {
	evaluate(t, "testdata/heldout315.json", "testdata/heldout315", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut316 measures Find on a three-hundred-and-sixteenth set
// (testdata/heldout316, testdata/heldout316.json: a national rail strike and last-minute talks, a celebrity chef's
// restaurant closing after a hygiene scandal, a rugby concussion lawsuit, a
// ransomware attack on a county hospital, a drought with hosepipe bans, a
// town's lottery win for a community pool), written and
// annotated blind to the rules while round 70 of them was made. Measured
// blind before round 70: 0.895; after it: 0.895. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut316$' -v | grep accuracy
func TestHeldOut316(t *testing.T) {
	evaluate(t, "testdata/heldout316.json", "testdata/heldout316", false, bars{0.99, 0.99, 0.96, 0.89})
}

// TestHeldOut317 measures Find on a three-hundred-and-seventeenth set
// (testdata/heldout317, testdata/heldout317.json: a school lockdown after a hoax threat, an archaeological find under a
// car park, a budget airline's collapse, a mayoral by-election count, a
// marathon world record, a landslide in a hill town), written and
// annotated blind to the rules while round 70 of them was made. Measured
// blind before round 70: 0.953; after it: 0.953. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut317$' -v | grep accuracy
func TestHeldOut317(t *testing.T) {
	evaluate(t, "testdata/heldout317.json", "testdata/heldout317", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut318 measures Find on a three-hundred-and-eighteenth set
// (testdata/heldout318, testdata/heldout318.json: a nurses' pay deal vote, a stolen painting recovered after 30 years,
// a cricket match-fixing inquiry, a wind farm planning appeal, layoffs
// announced in an internal memo, a water company fined for river pollution), written and
// annotated blind to the rules while round 70 of them was made. Measured
// blind before round 70: 0.920; after it: 0.920. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut318$' -v | grep accuracy
func TestHeldOut318(t *testing.T) {
	evaluate(t, "testdata/heldout318.json", "testdata/heldout318", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut319 measures Find on a three-hundred-and-nineteenth set
// (testdata/heldout319, testdata/heldout319.json: a cyclone making landfall in a Pacific island nation, a parliamentary
// expenses scandal, a football manager sacked mid-season, a fraud
// sentencing, a crush at a music festival, a regulator approving a vaccine), written and
// annotated blind to the rules while round 70 of them was made. Measured
// blind before round 70: 0.917; after it: 0.917. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut319$' -v | grep accuracy
func TestHeldOut319(t *testing.T) {
	evaluate(t, "testdata/heldout319.json", "testdata/heldout319", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut320 measures Find on a three-hundred-and-twentieth set
// (testdata/heldout320, testdata/heldout320.json: a city bus fare freeze, a building societies' merger, a prison escape,
// an Olympic relay selection row, a volcano evacuation, a university's
// cancelled lecture), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 70. Measured before round 70: 0.913; after
// it: 0.944.
func TestHeldOut320(t *testing.T) {
	evaluate(t, "testdata/heldout320.json", "testdata/heldout320", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut321 measures Find on a three-hundred-and-twenty-first set
// (testdata/heldout321, testdata/heldout321.json: a gold royalty dispute, a village bakery's award, a police misconduct
// hearing, a grass-court upset, a fire in a listed building, a data breach
// at a clothing retailer), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 70. Measured before round 70: 0.917; after
// it: 0.917.
func TestHeldOut321(t *testing.T) {
	evaluate(t, "testdata/heldout321.json", "testdata/heldout321", false, bars{0.99, 0.99, 0.98, 0.91})
}

// TestHeldOut322 measures Find on a three-hundred-and-twenty-second set
// (testdata/heldout322, testdata/heldout322.json: a ferry aground in fog, a
// maternity unit closing, a chess prodigy's national title, a bus drivers'
// strike, a wildfire evacuation, a disputed will), written and annotated
// blind to the rules while round 71 of them was made. Measured blind before
// round 71: 0.832; after it: 0.839. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut322$' -v | grep accuracy
func TestHeldOut322(t *testing.T) {
	evaluate(t, "testdata/heldout322.json", "testdata/heldout322", false, bars{0.99, 0.99, 0.96, 0.83})
}

// TestHeldOut323 measures Find on a three-hundred-and-twenty-third set
// (testdata/heldout323, testdata/heldout323.json: a blood-pressure drug
// recall, a rugby club's relegation, a teachers' strike ballot, a rare bird
// drawing crowds, a mayoral count, a landslide on a mountain highway),
// written and annotated blind to the rules while round 71 of them was made.
// Measured blind before round 71: 0.927; after it: 0.927. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut323$' -v | grep accuracy
func TestHeldOut323(t *testing.T) {
	evaluate(t, "testdata/heldout323.json", "testdata/heldout323", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut324 measures Find on a three-hundred-and-twenty-fourth set
// (testdata/heldout324, testdata/heldout324.json: a failed rocket launch, a
// museum returning looted bronzes, a dairy farmers' protest, a celebrity
// chef's restaurant closure, a flood scheme approved, a marathon runner
// disqualified), written and annotated blind to the rules while round 71 of
// them was made. Measured blind before round 71: 0.962; after it: 0.962. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut324$' -v | grep accuracy
func TestHeldOut324(t *testing.T) {
	evaluate(t, "testdata/heldout324.json", "testdata/heldout324", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut325 measures Find on a three-hundred-and-twenty-fifth set
// (testdata/heldout325, testdata/heldout325.json: a central bank holding its
// rate, a zoo's elephant calf, a port authority corruption trial, a heatwave
// straining the grid, a university cancelling a speaker, a cyclist killed at
// a junction), written and annotated blind to the rules while round 71 of
// them was made. Measured blind before round 71: 0.921; after it: 0.921. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut325$' -v | grep accuracy
func TestHeldOut325(t *testing.T) {
	evaluate(t, "testdata/heldout325.json", "testdata/heldout325", false, bars{0.99, 0.99, 0.94, 0.92})
}

// TestHeldOut326 measures Find on a three-hundred-and-twenty-sixth set
// (testdata/heldout326, testdata/heldout326.json: a library saved by
// volunteers, a container spill on a beach, an airline's pilot shortage, a
// ban for abusing a referee, a new frog species, a landlord fined for unsafe
// flats), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 71. Measured before round
// 71: 0.937; after it: 0.951.
func TestHeldOut326(t *testing.T) {
	evaluate(t, "testdata/heldout326.json", "testdata/heldout326", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut327 measures Find on a three-hundred-and-twenty-seventh set
// (testdata/heldout327, testdata/heldout327.json: a hostage release, an
// exam-cheating scandal, hail on a vineyard, a bridge closed after cracks, a
// comedian's cancelled tour, a wind-farm inquiry), written and annotated by
// a helper who never saw the rules: a development set whose misses were read
// in round 71. Measured before round 71: 0.928; after it: 0.957.
func TestHeldOut327(t *testing.T) {
	evaluate(t, "testdata/heldout327.json", "testdata/heldout327", false, bars{0.99, 0.99, 0.95, 0.95})
}

// TestHeldOut328 measures Find on a three-hundred-and-twenty-eighth set
// (testdata/heldout328, testdata/heldout328.json: a cyber-attack on a
// hospital, a fishing quota row, a marathon runner disqualified for a
// shortcut, a council selling its town hall, a lottery winner's charity
// pledge, drought rationing), written and annotated blind to the rules while
// round 72 of them was made. Measured blind before round 72: 0.929; after
// it: 0.942. A test set: do not read its misses; run it alone and look only
// at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut328$' -v | grep accuracy
func TestHeldOut328(t *testing.T) {
	evaluate(t, "testdata/heldout328.json", "testdata/heldout328", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut329 measures Find on a three-hundred-and-twenty-ninth set
// (testdata/heldout329, testdata/heldout329.json: a moon lander delayed, a
// pub's noise complaint, a child-care centre closing, a cricket captain's
// resignation, a toxic algae bloom, layoffs announced by email), written and
// annotated blind to the rules while round 72 of them was made. Measured
// blind before round 72: 0.904; after it: 0.904. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut329$' -v | grep accuracy
func TestHeldOut329(t *testing.T) {
	evaluate(t, "testdata/heldout329.json", "testdata/heldout329", false, bars{0.99, 0.99, 0.97, 0.9})
}

// TestHeldOut330 measures Find on a three-hundred-and-thirtieth set
// (testdata/heldout330, testdata/heldout330.json: an earthquake drill at
// schools, a mayoral recount, a bakery chain's pay, a stolen painting
// returned, a tram extension opening late, a ski resort without snow),
// written and annotated blind to the rules while round 72 of them was made.
// Measured blind before round 72: 0.931; after it: 0.931. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut330$' -v | grep accuracy
func TestHeldOut330(t *testing.T) {
	evaluate(t, "testdata/heldout330.json", "testdata/heldout330", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut331 measures Find on a three-hundred-and-thirty-first set
// (testdata/heldout331, testdata/heldout331.json: a cargo ship fire, a
// children's author accused of plagiarism, a hospital waiting list, a
// football manager sacked, a new national park, a teachers' pay deal),
// written and annotated blind to the rules while round 72 of them was made.
// Measured blind before round 72: 0.905; after it: 0.905. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut331$' -v | grep accuracy
func TestHeldOut331(t *testing.T) {
	evaluate(t, "testdata/heldout331.json", "testdata/heldout331", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut332 measures Find on a three-hundred-and-thirty-second set
// (testdata/heldout332, testdata/heldout332.json: a heat-pump grant backlog,
// a rowing club's flooded boathouse, an e-scooter death trial, a gin
// distillery's expansion, an airport climate protest, a mayor's expenses
// row), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 72. Measured before round
// 72: 0.888; after it: 0.948.
func TestHeldOut332(t *testing.T) {
	evaluate(t, "testdata/heldout332.json", "testdata/heldout332", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut333 measures Find on a three-hundred-and-thirty-third set
// (testdata/heldout333, testdata/heldout333.json: a chlorine leak, a film
// festival walkout, a dog attack in a park, a rail strike ballot, a
// coral-reef survey, a bank branch closing), written and annotated by a
// helper who never saw the rules: a development set whose misses were read
// in round 72. Measured before round 72: 0.895; after it: 0.917.
func TestHeldOut333(t *testing.T) {
	evaluate(t, "testdata/heldout333.json", "testdata/heldout333", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut334 measures Find on a three-hundred-and-thirty-fourth set
// (testdata/heldout334, testdata/heldout334.json: a ferry aground, a school
// uniform price row, a wildfire evacuation, a marathon doping case, a
// hospital wing opening late, a library closure protest), written and
// annotated blind to the rules while round 73 of them was made. Measured
// blind before round 73: 0.910; after it: 0.910. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut334$' -v | grep accuracy
func TestHeldOut334(t *testing.T) {
	evaluate(t, "testdata/heldout334.json", "testdata/heldout334", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut335 measures Find on a three-hundred-and-thirty-fifth set
// (testdata/heldout335, testdata/heldout335.json: a hosepipe ban, a cyclist
// killed at a junction, a tech firm's layoffs, a university rent strike, a
// rare bird drawing crowds, a mayoral recount), written and annotated blind
// to the rules while round 73 of them was made. Measured blind before round
// 73: 0.943; after it: 0.943. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut335$' -v | grep accuracy
func TestHeldOut335(t *testing.T) {
	evaluate(t, "testdata/heldout335.json", "testdata/heldout335", false, bars{0.99, 0.99, 0.92, 0.94})
}

// TestHeldOut336 measures Find on a three-hundred-and-thirty-sixth set
// (testdata/heldout336, testdata/heldout336.json: a regional power cut, a
// football club's stadium move, a measles outbreak at schools, a pension
// fund shortfall, a mountain rescue, a farmers' tractor protest), written
// and annotated blind to the rules while round 73 of them was made. Measured
// blind before round 73: 0.908; after it: 0.908. Its kind bar was
// lowered in round 85, when a crowd's chant became a statement with no
// speaker instead of a term (most of the annotators of the later sets mark
// it so); the set's kind accuracy fell by one or two spans. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut336$' -v | grep accuracy
func TestHeldOut336(t *testing.T) {
	evaluate(t, "testdata/heldout336.json", "testdata/heldout336", false, bars{0.99, 0.99, 0.94, 0.9})
}

// TestHeldOut337 measures Find on a three-hundred-and-thirty-seventh set
// (testdata/heldout337, testdata/heldout337.json: a bridge closed for
// repairs, a supermarket price war, a prison escape, a lottery winner, a
// heatwave straining hospitals, a theatre's funding cut), written and
// annotated blind to the rules while round 73 of them was made. Measured
// blind before round 73: 0.969; after it: 0.969. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut337$' -v | grep accuracy
func TestHeldOut337(t *testing.T) {
	evaluate(t, "testdata/heldout337.json", "testdata/heldout337", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut338 measures Find on a three-hundred-and-thirty-eighth set
// (testdata/heldout338, testdata/heldout338.json: a sinkhole swallowing a
// car, a cricket match-fixing inquiry, a landlord licensing scheme, an
// airport baggage meltdown, a whale stranding, a council tax rise), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 73. Measured before round 73: 0.909; after it:
// 0.967.
func TestHeldOut338(t *testing.T) {
	evaluate(t, "testdata/heldout338.json", "testdata/heldout338", false, bars{0.99, 0.99, 0.96, 0.96})
}

// TestHeldOut339 measures Find on a three-hundred-and-thirty-ninth set
// (testdata/heldout339, testdata/heldout339.json: a gas explosion in flats,
// a teachers' pay offer, a zoo's new panda, a cyber attack on a council, a
// fall at a race meeting, a bus route cut), written and annotated by a
// helper who never saw the rules: a development set whose misses were read
// in round 73. Measured before round 73: 0.951; after it: 0.951.
func TestHeldOut339(t *testing.T) {
	evaluate(t, "testdata/heldout339.json", "testdata/heldout339", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut340 measures Find on a three-hundred-and-fortieth set
// (testdata/heldout340, testdata/heldout340.json: a dam safety warning, a
// celebrity chef's restaurant closure, a police shooting inquest, a cycle
// superhighway, a hospital cyber ransom, a school phone ban), written and
// annotated blind to the rules while round 74 of them was made. Measured
// blind before round 74: 0.851; after it: 0.858. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut340$' -v | grep accuracy
func TestHeldOut340(t *testing.T) {
	evaluate(t, "testdata/heldout340.json", "testdata/heldout340", false, bars{0.99, 0.99, 0.97, 0.85})
}

// TestHeldOut341 measures Find on a three-hundred-and-forty-first set
// (testdata/heldout341, testdata/heldout341.json: a museum returning looted
// artefacts, a fishing quota row, a recycling plant fire, a junior doctors'
// strike, a congestion charge, a missing hiker found alive), written and
// annotated blind to the rules while round 74 of them was made. Measured
// blind before round 74: 0.935; after it: 0.935. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut341$' -v | grep accuracy
func TestHeldOut341(t *testing.T) {
	evaluate(t, "testdata/heldout341.json", "testdata/heldout341", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut342 measures Find on a three-hundred-and-forty-second set
// (testdata/heldout342, testdata/heldout342.json: a water contamination
// scare, a rugby player's ban, a housing estate demolition, a failed rocket
// launch, a festival crowd crush, a zoo escape), written and annotated blind
// to the rules while round 74 of them was made. Measured blind before round
// 74: 0.910; after it: 0.910. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut342$' -v | grep accuracy
func TestHeldOut342(t *testing.T) {
	evaluate(t, "testdata/heldout342.json", "testdata/heldout342", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut343 measures Find on a three-hundred-and-forty-third set
// (testdata/heldout343, testdata/heldout343.json: a ferry operator's
// collapse, a maternity unit closure, a coastal landslide, a rain-hit tennis
// tournament, a local newspaper's closure, a grain price spike), written and
// annotated blind to the rules while round 74 of them was made. Measured
// blind before round 74: 0.933; after it: 0.933. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut343$' -v | grep accuracy
func TestHeldOut343(t *testing.T) {
	evaluate(t, "testdata/heldout343.json", "testdata/heldout343", false, bars{0.99, 0.99, 0.99, 0.93})
}

// TestHeldOut344 measures Find on a three-hundred-and-forty-fourth set
// (testdata/heldout344, testdata/heldout344.json: an ice storm power cut, a
// university admissions scandal, a supermarket recall, derby match violence,
// a wind farm approval, a toddler rescued from a well), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 74. Measured before round 74: 0.872; after it:
// 0.888.
func TestHeldOut344(t *testing.T) {
	evaluate(t, "testdata/heldout344.json", "testdata/heldout344", false, bars{0.99, 0.99, 0.96, 0.88})
}

// TestHeldOut345 measures Find on a three-hundred-and-forty-fifth set
// (testdata/heldout345, testdata/heldout345.json: a motorway coach crash, a
// novelist's prize win, a port strike, a flooded metro station, a vaccine
// clinic queue, a heritage pub saved), written and annotated by a helper who
// never saw the rules: a development set whose misses were read in round 74.
// Measured before round 74: 0.945; after it: 0.952.
func TestHeldOut345(t *testing.T) {
	evaluate(t, "testdata/heldout345.json", "testdata/heldout345", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut346 measures Find on a three-hundred-and-forty-sixth set
// (testdata/heldout346, testdata/heldout346.json: a bridge closed after a
// barge strike, a pop star's cancelled tour, a care home neglect inquiry, a
// cryptocurrency exchange freeze, a hosepipe ban, a school's downgrade),
// written and annotated blind to the rules while round 75 of them was made.
// Measured blind before round 75: 0.913; after it: 0.913. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut346$' -v | grep accuracy
func TestHeldOut346(t *testing.T) {
	evaluate(t, "testdata/heldout346.json", "testdata/heldout346", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut347 measures Find on a three-hundred-and-forty-seventh set
// (testdata/heldout347, testdata/heldout347.json: a chemical plant leak, a
// football manager's sacking, an airport baggage failure, a wildfire
// evacuation, a teachers' pay deal, a record marathon), written and
// annotated blind to the rules while round 75 of them was made. Measured
// blind before round 75: 0.917; after it: 0.917. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut347$' -v | grep accuracy
func TestHeldOut347(t *testing.T) {
	evaluate(t, "testdata/heldout347.json", "testdata/heldout347", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut348 measures Find on a three-hundred-and-forty-eighth set
// (testdata/heldout348, testdata/heldout348.json: hidden hospital waiting
// lists, a theatre ceiling collapse, a fishing boat sinking, a tech firm's
// layoffs, a rat infestation, an Olympic selection row), written and
// annotated blind to the rules while round 75 of them was made. Measured
// blind before round 75: 0.873; after it: 0.873. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut348$' -v | grep accuracy
func TestHeldOut348(t *testing.T) {
	evaluate(t, "testdata/heldout348.json", "testdata/heldout348", false, bars{0.99, 0.99, 0.96, 0.87})
}

// TestHeldOut349 measures Find on a three-hundred-and-forty-ninth set
// (testdata/heldout349, testdata/heldout349.json: a train derailment, a
// charity fraud trial, a heatwave record, a stadium plan, a student housing
// shortage, a rare bird sighting), written and annotated blind to the rules
// while round 75 of them was made. Measured blind before round 75: 0.971;
// after it: 0.971. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut349$' -v | grep accuracy
func TestHeldOut349(t *testing.T) {
	evaluate(t, "testdata/heldout349.json", "testdata/heldout349", false, bars{0.99, 0.99, 0.95, 0.97})
}

// TestHeldOut350 measures Find on a three-hundred-and-fiftieth set
// (testdata/heldout350, testdata/heldout350.json: a gas explosion in a block
// of flats, a match-fixing claim, a dockworkers' pay deal, a river pollution
// fine, a film festival walkout, a lost dog reunited), written and annotated
// by a helper who never saw the rules: a development set whose misses were
// read in round 75. Measured before round 75: 0.850; after it: 0.928.
func TestHeldOut350(t *testing.T) {
	evaluate(t, "testdata/heldout350.json", "testdata/heldout350", false, bars{0.99, 0.99, 0.96, 0.92})
}

// TestHeldOut351 measures Find on a three-hundred-and-fifty-first set
// (testdata/heldout351, testdata/heldout351.json: a mine rescue, a bin
// strike, a vintage car auction record, a measles outbreak, a parliamentary
// expenses row, a swimming pool closure), written and annotated by a helper
// who never saw the rules: a development set whose misses were read in round
// 75. Measured before round 75: 0.926; after it: 0.959.
func TestHeldOut351(t *testing.T) {
	evaluate(t, "testdata/heldout351.json", "testdata/heldout351", false, bars{0.99, 0.99, 0.94, 0.95})
}

// TestHeldOut352 measures Find on a three-hundred-and-fifty-second set
// (testdata/heldout352, testdata/heldout352.json: a ferry aground, a
// football club takeover, a hospital waiting-list scandal, a wildfire
// evacuation, a teachers' pay offer, a museum returning bronzes), written
// and annotated blind to the rules while round 76 of them was made. Measured
// blind before round 76: 0.950; after it: 0.950. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut352$' -v | grep accuracy
func TestHeldOut352(t *testing.T) {
	evaluate(t, "testdata/heldout352.json", "testdata/heldout352", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut353 measures Find on a three-hundred-and-fifty-third set
// (testdata/heldout353, testdata/heldout353.json: an ammonia plant leak, a
// marathon runner's doping ban, a tram line opening, a landlord fined, bank
// branch closures, a zoo bear's escape), written and annotated blind to the
// rules while round 76 of them was made. Measured blind before round 76:
// 0.882; after it: 0.882. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut353$' -v | grep accuracy
func TestHeldOut353(t *testing.T) {
	evaluate(t, "testdata/heldout353.json", "testdata/heldout353", false, bars{0.99, 0.99, 0.97, 0.88})
}

// TestHeldOut354 measures Find on a three-hundred-and-fifty-fourth set
// (testdata/heldout354, testdata/heldout354.json: a cyclone's landfall, a
// film festival jury row, a water company's sewage fine, a university
// cutting courses, a murder verdict, a tractor protest), written and
// annotated blind to the rules while round 76 of them was made. Measured
// blind before round 76: 0.959; after it: 0.959. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut354$' -v | grep accuracy
func TestHeldOut354(t *testing.T) {
	evaluate(t, "testdata/heldout354.json", "testdata/heldout354", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut355 measures Find on a three-hundred-and-fifty-fifth set
// (testdata/heldout355, testdata/heldout355.json: an airline's IT outage, a
// cricket selection row, a housing estate's subsidence, a children's charity
// scandal, a new national park, an election recount), written and annotated
// blind to the rules while round 76 of them was made. Measured blind before
// round 76: 0.939; after it: 0.939. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut355$' -v | grep accuracy
func TestHeldOut355(t *testing.T) {
	evaluate(t, "testdata/heldout355.json", "testdata/heldout355", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut356 measures Find on a three-hundred-and-fifty-sixth set
// (testdata/heldout356, testdata/heldout356.json: a rail strike, a celebrity
// chef's restaurant closure, a mountain road landslide, a tech firm's
// layoffs, a by-election, a library centenary), written and annotated by a
// helper who never saw the rules: a development set whose misses were read
// in round 76. Measured before round 76: 0.951; after it: 0.951.
func TestHeldOut356(t *testing.T) {
	evaluate(t, "testdata/heldout356.json", "testdata/heldout356", false, bars{0.99, 0.99, 0.94, 0.95})
}

// TestHeldOut357 measures Find on a three-hundred-and-fifty-seventh set
// (testdata/heldout357, testdata/heldout357.json: a power station fire, a
// rugby player's concussion retirement, a school bus crash, a grocery price
// war, a listed pub's demolition, a whale stranding), written and annotated
// by a helper who never saw the rules: a development set whose misses were
// read in round 76. Measured before round 76: 0.913; after it: 0.953.
func TestHeldOut357(t *testing.T) {
	evaluate(t, "testdata/heldout357.json", "testdata/heldout357", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut358 measures Find on a three-hundred-and-fifty-eighth set
// (testdata/heldout358, testdata/heldout358.json: a factory explosion, a
// tennis star's comeback, a bin-collection overhaul, a crypto founder's
// fraud trial, a heatwave's hospital admissions, a theatre's rescue appeal),
// written and annotated blind to the rules while round 77 of them was made.
// Measured blind before round 77: 0.881; after it: 0.881. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut358$' -v | grep accuracy
func TestHeldOut358(t *testing.T) {
	evaluate(t, "testdata/heldout358.json", "testdata/heldout358", false, bars{0.99, 0.99, 0.97, 0.88})
}

// TestHeldOut359 measures Find on a three-hundred-and-fifty-ninth set
// (testdata/heldout359, testdata/heldout359.json: a bridge collapse, a golf
// sponsor row, a school uniform protest, a drug recall, a port strike, a
// rare bird sighting), written and annotated blind to the rules while round
// 77 of them was made. Measured blind before round 77: 0.941; after it:
// 0.941. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut359$' -v | grep accuracy
func TestHeldOut359(t *testing.T) {
	evaluate(t, "testdata/heldout359.json", "testdata/heldout359", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut360 measures Find on a three-hundred-and-sixtieth set
// (testdata/heldout360, testdata/heldout360.json: a flash flood, a cancelled
// title fight, a maternity report, an energy price rise, a wind farm
// planning battle, a lottery win), written and annotated blind to the rules
// while round 77 of them was made. Measured blind before round 77: 0.893;
// after it: 0.893. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut360$' -v | grep accuracy
func TestHeldOut360(t *testing.T) {
	evaluate(t, "testdata/heldout360.json", "testdata/heldout360", false, bars{0.99, 0.99, 0.99, 0.89})
}

// TestHeldOut361 measures Find on a three-hundred-and-sixty-first set
// (testdata/heldout361, testdata/heldout361.json: a prison riot, a women's
// football league launch, a retailer's data breach, a tailings dam, a
// festival cancelled by storms, a lost painting found), written and
// annotated blind to the rules while round 77 of them was made. Measured
// blind before round 77: 0.935; after it: 0.935. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut361$' -v | grep accuracy
func TestHeldOut361(t *testing.T) {
	evaluate(t, "testdata/heldout361.json", "testdata/heldout361", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut362 measures Find on a three-hundred-and-sixty-second set
// (testdata/heldout362, testdata/heldout362.json: a gas explosion in flats,
// a racing doping inquiry, bus route cuts, a court case over a will, drought
// water restrictions, a space telescope's first image), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 77. Measured before round 77: 0.923; after it:
// 0.986.
func TestHeldOut362(t *testing.T) {
	evaluate(t, "testdata/heldout362.json", "testdata/heldout362", false, bars{0.99, 0.99, 0.99, 0.98})
}

// TestHeldOut363 measures Find on a three-hundred-and-sixty-third set
// (testdata/heldout363, testdata/heldout363.json: a ship fire at sea, a
// basketball coach's sacking, a care home closure, a teen social media ban,
// a toxic algae bloom, a restored steam railway), written and annotated by a
// helper who never saw the rules: a development set whose misses were read
// in round 77. Measured before round 77: 0.895; after it: 0.901.
func TestHeldOut363(t *testing.T) {
	evaluate(t, "testdata/heldout363.json", "testdata/heldout363", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut364 measures Find on a three-hundred-and-sixty-fourth set
// (testdata/heldout364, testdata/heldout364.json: a train derailment, a
// cricket captain's retirement, a library closure consultation, a ransomware
// attack on a council, a measles outbreak at schools, a museum's
// repatriation of artefacts), written and annotated blind to the rules while
// round 78 of them was made. Measured blind before round 78: 0.928; after
// it: 0.928. A test set: do not read its misses; run it alone and look only
// at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut364$' -v | grep accuracy
func TestHeldOut364(t *testing.T) {
	evaluate(t, "testdata/heldout364.json", "testdata/heldout364", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut365 measures Find on a three-hundred-and-sixty-fifth set
// (testdata/heldout365, testdata/heldout365.json: a landslide on a mountain
// road, a rugby club's collapse, a supermarket price-fixing fine, a runway
// expansion inquiry, a wildfire evacuation, a chess prodigy's win), written
// and annotated blind to the rules while round 78 of them was made. Measured
// blind before round 78: 0.944; after it: 0.944. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut365$' -v | grep accuracy
func TestHeldOut365(t *testing.T) {
	evaluate(t, "testdata/heldout365.json", "testdata/heldout365", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut366 measures Find on a three-hundred-and-sixty-sixth set
// (testdata/heldout366, testdata/heldout366.json: a chemical spill in a
// river, a swimmer's doping ban, a university staff strike, a housing
// developer's collapse, a tram line opening, a whale stranding), written and
// annotated blind to the rules while round 78 of them was made. Measured
// blind before round 78: 0.942; after it: 0.942. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut366$' -v | grep accuracy
func TestHeldOut366(t *testing.T) {
	evaluate(t, "testdata/heldout366.json", "testdata/heldout366", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut367 measures Find on a three-hundred-and-sixty-seventh set
// (testdata/heldout367, testdata/heldout367.json: a stadium crush inquiry, a
// cycling team's sponsor exit, pharmacy closures, an inquest into a hospital
// death, a dam's emergency release, a record pumpkin), written and annotated
// blind to the rules while round 78 of them was made. Measured blind before
// round 78: 0.894; after it: 0.894. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut367$' -v | grep accuracy
func TestHeldOut367(t *testing.T) {
	evaluate(t, "testdata/heldout367.json", "testdata/heldout367", false, bars{0.99, 0.99, 0.95, 0.89})
}

// TestHeldOut368 measures Find on a three-hundred-and-sixty-eighth set
// (testdata/heldout368, testdata/heldout368.json: a city blackout, a horse
// trainer's suspension, a school bus crash, a tech firm's layoffs, coastal
// erosion, a choir's national win), written and annotated by a helper who
// never saw the rules: a development set whose misses were read in round 78.
// Measured before round 78: 0.897; after it: 0.918.
func TestHeldOut368(t *testing.T) {
	evaluate(t, "testdata/heldout368.json", "testdata/heldout368", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut369 measures Find on a three-hundred-and-sixty-ninth set
// (testdata/heldout369, testdata/heldout369.json: a ferry sinking, a darts
// champion's comeback, a sewage fine, a council leader's resignation, a heat
// record, a panda birth), written and annotated by a helper who never saw
// the rules: a development set whose misses were read in round 78. Measured
// before round 78: 0.947; after it: 0.965.
func TestHeldOut369(t *testing.T) {
	evaluate(t, "testdata/heldout369.json", "testdata/heldout369", false, bars{0.99, 0.99, 0.99, 0.96})
}

// TestHeldOut370 measures Find on a three-hundred-and-seventieth set
// (testdata/heldout370, testdata/heldout370.json: a bridge closure after a
// barge strike, a tennis player's doping appeal, a maternity unit
// inspection, a supermarket price inquiry, a wildfire evacuation, a
// university pensions strike), written and annotated blind to the rules
// while round 79 of them was made. Measured blind before round 79: 0.881;
// after it: 0.881. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut370$' -v | grep accuracy
func TestHeldOut370(t *testing.T) {
	evaluate(t, "testdata/heldout370.json", "testdata/heldout370", false, bars{0.99, 0.99, 0.96, 0.88})
}

// TestHeldOut371 measures Find on a three-hundred-and-seventy-first set
// (testdata/heldout371, testdata/heldout371.json: an airport baggage
// failure, a rugby club's relegation, a mayor's corruption trial, a chemical
// plant leak, a shipwreck found by divers, a teachers' pay deal), written
// and annotated blind to the rules while round 79 of them was made. Measured
// blind before round 79: 0.932; after it: 0.932. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut371$' -v | grep accuracy
func TestHeldOut371(t *testing.T) {
	evaluate(t, "testdata/heldout371.json", "testdata/heldout371", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut372 measures Find on a three-hundred-and-seventy-second set
// (testdata/heldout372, testdata/heldout372.json: a housing estate
// demolition, a football manager's sacking, a landslide on a mountain road,
// a bank's IT outage, a ruling on a protest ban, a rare bird drawing
// crowds), written and annotated blind to the rules while round 79 of them
// was made. Measured blind before round 79: 0.909; after it: 0.909. A test
// set: do not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut372$' -v | grep accuracy
func TestHeldOut372(t *testing.T) {
	evaluate(t, "testdata/heldout372.json", "testdata/heldout372", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut373 measures Find on a three-hundred-and-seventy-third set
// (testdata/heldout373, testdata/heldout373.json: a ferry strike, a film
// festival protest, a flood defence overspend, pharmacy closures, a
// mismeasured marathon course, a volcano alert), written and annotated blind
// to the rules while round 79 of them was made. Measured blind before round
// 79: 0.932; after it: 0.932. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut373$' -v | grep accuracy
func TestHeldOut373(t *testing.T) {
	evaluate(t, "testdata/heldout373.json", "testdata/heldout373", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut374 measures Find on a three-hundred-and-seventy-fourth set
// (testdata/heldout374, testdata/heldout374.json: a power station closure, a
// swimmer's world record, a prison riot, a school bus crash, a flood relief
// trust's spending, a heatwave straining hospitals), written and annotated
// by a helper who never saw the rules: a development set whose misses were
// read in round 79. Measured before round 79: 0.935; after it: 0.935.
func TestHeldOut374(t *testing.T) {
	evaluate(t, "testdata/heldout374.json", "testdata/heldout374", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut375 measures Find on a three-hundred-and-seventy-fifth set
// (testdata/heldout375, testdata/heldout375.json: a tram line delay, a
// cancelled title fight, a dam safety warning, a care home closure, a cyber
// fraud ring's arrest, a music venue's licence review), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 79. Measured before round 79: 0.927; after it:
// 0.958.
func TestHeldOut375(t *testing.T) {
	evaluate(t, "testdata/heldout375.json", "testdata/heldout375", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut376 measures Find on a three-hundred-and-seventy-sixth set
// (testdata/heldout376, testdata/heldout376.json: a cable car breakdown, a
// cricket captain's resignation, a sewage spill fine, a library closure
// campaign, a lottery jackpot dispute, a zoo's escaped animal), written and
// annotated blind to the rules while round 80 of them was made. Measured
// blind before round 80: 0.890; after it: 0.890. Its kind bar was
// lowered in round 85, when a crowd's chant became a statement with no
// speaker instead of a term (most of the annotators of the later sets mark
// it so); the set's kind accuracy fell by one or two spans. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut376$' -v | grep accuracy
func TestHeldOut376(t *testing.T) {
	evaluate(t, "testdata/heldout376.json", "testdata/heldout376", false, bars{0.99, 0.99, 0.97, 0.89})
}

// TestHeldOut377 measures Find on a three-hundred-and-seventy-seventh set
// (testdata/heldout377, testdata/heldout377.json: a hospital ransomware
// attack, a cycling team's doping raid, a harbour dredging dispute, a school
// uniform price row, a celebrity chef's restaurant closure, a drought
// restricting farm water), written and annotated blind to the rules while
// round 80 of them was made. Measured blind before round 80: 0.932; after
// it: 0.932. A test set: do not read its misses; run it alone and look only
// at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut377$' -v | grep accuracy
func TestHeldOut377(t *testing.T) {
	evaluate(t, "testdata/heldout377.json", "testdata/heldout377", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut378 measures Find on a three-hundred-and-seventy-eighth set
// (testdata/heldout378, testdata/heldout378.json: a motorway pile-up in fog,
// a golf sponsor pulling out, a council budget vote, a fishing quota row, a
// museum returning looted artefacts, a start-up's mass layoffs), written and
// annotated blind to the rules while round 80 of them was made. Measured
// blind before round 80: 0.971; after it: 0.971. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut378$' -v | grep accuracy
func TestHeldOut378(t *testing.T) {
	evaluate(t, "testdata/heldout378.json", "testdata/heldout378", false, bars{0.99, 0.99, 0.99, 0.97})
}

// TestHeldOut379 measures Find on a three-hundred-and-seventy-ninth set
// (testdata/heldout379, testdata/heldout379.json: a council data breach, a
// racehorse trainer's ban, a landslide burying homes, a bus company's route
// cuts, a theatre's contested play, an oil spill on a beach), written and
// annotated blind to the rules while round 80 of them was made. Measured
// blind before round 80: 0.901; after it: 0.901. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut379$' -v | grep accuracy
func TestHeldOut379(t *testing.T) {
	evaluate(t, "testdata/heldout379.json", "testdata/heldout379", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut380 measures Find on a three-hundred-and-eightieth set
// (testdata/heldout380, testdata/heldout380.json: a tower fire safety row, a
// basketball team's relocation, a hailstorm damaging crops, a university
// admissions scandal, a dog attack on a child, a metro fare rise), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 80. Measured before round 80: 0.950; after it:
// 0.971.
func TestHeldOut380(t *testing.T) {
	evaluate(t, "testdata/heldout380.json", "testdata/heldout380", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut381 measures Find on a three-hundred-and-eighty-first set
// (testdata/heldout381, testdata/heldout381.json: a gas pipeline explosion,
// a disputed netball final, a rail franchise stripped, a hospice funding
// crisis, a counterfeit medicine seizure, a festival crowd crush inquiry),
// written and annotated by a helper who never saw the rules: a development
// set whose misses were read in round 80. Measured before round 80: 0.926;
// after it: 0.948.
func TestHeldOut381(t *testing.T) {
	evaluate(t, "testdata/heldout381.json", "testdata/heldout381", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut382 measures Find on a three-hundred-and-eighty-second set
// (testdata/heldout382, testdata/heldout382.json: a volcano eruption
// disrupting flights, a marathon runner disqualified, a zoo elephant's
// death, a wind farm appeal, a toy recall, a hidden hospital waiting list),
// written and annotated blind to the rules while round 81 of them was made.
// Measured blind before round 81: 0.923; after it: 0.923. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut382$' -v | grep accuracy
func TestHeldOut382(t *testing.T) {
	evaluate(t, "testdata/heldout382.json", "testdata/heldout382", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut383 measures Find on a three-hundred-and-eighty-third set
// (testdata/heldout383, testdata/heldout383.json: a sinkhole, a hockey
// team's sale, a teachers' pension fund loss, a wedding food poisoning, a
// lighthouse restoration, a crypto exchange collapse), written and annotated
// blind to the rules while round 81 of them was made. Measured blind before
// round 81: 0.930; after it: 0.930. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut383$' -v | grep accuracy
func TestHeldOut383(t *testing.T) {
	evaluate(t, "testdata/heldout383.json", "testdata/heldout383", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut384 measures Find on a three-hundred-and-eighty-fourth set
// (testdata/heldout384, testdata/heldout384.json: a factory fire, a surfing
// contest cancelled over sharks, a river pollution fine, a hospital parking
// charges row, a rare bird drawing crowds, a mobile network outage), written
// and annotated blind to the rules while round 81 of them was made. Measured
// blind before round 81: 0.917; after it: 0.917. Round 88's rule that a
// quotation opening with an article after "what it called" is a judgment
// (+8 kinds on the development sets) costs it one span: 0.909. A test set:
// do not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut384$' -v | grep accuracy
func TestHeldOut384(t *testing.T) {
	evaluate(t, "testdata/heldout384.json", "testdata/heldout384", false, bars{0.99, 0.99, 0.94, 0.90})
}

// TestHeldOut385 measures Find on a three-hundred-and-eighty-fifth set
// (testdata/heldout385, testdata/heldout385.json: a border queue crisis, a
// chess prodigy's win, a damp and mould case, a stadium roof collapse, a
// rural vaccine rollout, a supermarket strike), written and annotated blind
// to the rules while round 81 of them was made. Measured blind before round
// 81: 0.902; after it: 0.902. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut385$' -v | grep accuracy
func TestHeldOut385(t *testing.T) {
	evaluate(t, "testdata/heldout385.json", "testdata/heldout385", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut386 measures Find on a three-hundred-and-eighty-sixth set
// (testdata/heldout386, testdata/heldout386.json: a train derailment in
// snow, a snooker match-fixing charge, coastal erosion, a fertiliser price
// surge, a university strike, a celebrity's wildlife charity row), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 81. Measured before round 81: 0.975; after it:
// 0.981.
func TestHeldOut386(t *testing.T) {
	evaluate(t, "testdata/heldout386.json", "testdata/heldout386", false, bars{0.99, 0.99, 0.98, 0.98})
}

// TestHeldOut387 measures Find on a three-hundred-and-eighty-seventh set
// (testdata/heldout387, testdata/heldout387.json: a forest fire, a sailing
// race rescue, a council's bin collection chaos, a drug trial paused, a
// bakery chain's collapse, a city's congestion charge), written and
// annotated by a helper who never saw the rules: a development set whose
// misses were read in round 81. Measured before round 81: 0.889; after it:
// 0.932.
func TestHeldOut387(t *testing.T) {
	evaluate(t, "testdata/heldout387.json", "testdata/heldout387", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut388 measures Find on a three-hundred-and-eighty-eighth set
// (testdata/heldout388, testdata/heldout388.json: a bridge toll rise, a
// figure skater's judging dispute, a sepsis inquest, a brewery expansion
// row, a campsite flash flood, a parking app failure), written and annotated
// blind to the rules while round 82 of them was made. Measured blind before
// round 82: 0.908; after it: 0.908. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut388$' -v | grep accuracy
func TestHeldOut388(t *testing.T) {
	evaluate(t, "testdata/heldout388.json", "testdata/heldout388", false, bars{0.99, 0.99, 0.98, 0.9})
}

// TestHeldOut389 measures Find on a three-hundred-and-eighty-ninth set
// (testdata/heldout389, testdata/heldout389.json: island ferry
// cancellations, a tennis umpire's abuse complaint, a pension scheme's
// collapse, a forest fire, an exam results error, a Christmas market row),
// written and annotated blind to the rules while round 82 of them was made.
// Measured blind before round 82: 0.937; after it: 0.937. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut389$' -v | grep accuracy
func TestHeldOut389(t *testing.T) {
	evaluate(t, "testdata/heldout389.json", "testdata/heldout389", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut390 measures Find on a three-hundred-and-ninetieth set
// (testdata/heldout390, testdata/heldout390.json: a gold mine strike, a
// jockey's whip ban, a burst water main, a vice-chancellor's pay, a rhino
// calf, a ransomware attack on a logistics firm), written and annotated
// blind to the rules while round 82 of them was made. Measured blind before
// round 82: 0.953; after it: 0.953. A test set: do not read its misses; run
// it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut390$' -v | grep accuracy
func TestHeldOut390(t *testing.T) {
	evaluate(t, "testdata/heldout390.json", "testdata/heldout390", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut391 measures Find on a three-hundred-and-ninety-first set
// (testdata/heldout391, testdata/heldout391.json: an avalanche, a points
// deduction, a nursery closure, a fertiliser plant explosion, a bypass
// opening, a bank's fraud refund policy), written and annotated blind to the
// rules while round 82 of them was made. Measured blind before round 82:
// 0.885; after it: 0.885. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut391$' -v | grep accuracy
func TestHeldOut391(t *testing.T) {
	evaluate(t, "testdata/heldout391.json", "testdata/heldout391", false, bars{0.99, 0.99, 0.95, 0.88})
}

// TestHeldOut392 measures Find on a three-hundred-and-ninety-second set
// (testdata/heldout392, testdata/heldout392.json: a stranded cruise ship, a
// cycling race crash, a councillor suspended over posts, a heat pump grant,
// a measles vaccination drive, a milk price protest), written and annotated
// by a helper who never saw the rules: a development set whose misses were
// read in round 82. Measured before round 82: 0.969; after it: 0.985.
func TestHeldOut392(t *testing.T) {
	evaluate(t, "testdata/heldout392.json", "testdata/heldout392", false, bars{0.99, 0.99, 0.97, 0.98})
}

// TestHeldOut393 measures Find on a three-hundred-and-ninety-third set
// (testdata/heldout393, testdata/heldout393.json: a storm surge, a boxing
// promoter's licence row, hospital parking fees, an AI chatbot's error,
// stolen museum jewels, a rail line reopening), written and annotated by a
// helper who never saw the rules: a development set whose misses were read
// in round 82. Measured before round 82: 0.870; after it: 0.904.
func TestHeldOut393(t *testing.T) {
	evaluate(t, "testdata/heldout393.json", "testdata/heldout393", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut394 measures Find on a three-hundred-and-ninety-fourth set
// (testdata/heldout394, testdata/heldout394.json: a port strike, a
// sprinter's false-start row, a tree-felling protest, operations cancelled
// in a heatwave, a recovered stolen painting, a bus factory closure),
// written and annotated blind to the rules while round 83 of them was made.
// Measured blind before round 83: 0.937; after it: 0.937. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut394$' -v | grep accuracy
func TestHeldOut394(t *testing.T) {
	evaluate(t, "testdata/heldout394.json", "testdata/heldout394", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut395 measures Find on a three-hundred-and-ninety-fifth set
// (testdata/heldout395, testdata/heldout395.json: a dam release flooding
// villages, a regatta capsize, a school's asbestos closure, self-checkout
// theft, a basement planning row, a regional airline's collapse), written
// and annotated blind to the rules while round 83 of them was made. Measured
// blind before round 83: 0.954; after it: 0.954. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut395$' -v | grep accuracy
func TestHeldOut395(t *testing.T) {
	evaluate(t, "testdata/heldout395.json", "testdata/heldout395", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut396 measures Find on a three-hundred-and-ninety-sixth set
// (testdata/heldout396, testdata/heldout396.json: an earthquake in a
// mountain town, a darts cheating row, a drug price probe, a student housing
// shortage, an abandoned ship's crew, a new national park), written and
// annotated blind to the rules while round 83 of them was made. Measured
// blind before round 83: 0.973; after it: 0.973. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut396$' -v | grep accuracy
func TestHeldOut396(t *testing.T) {
	evaluate(t, "testdata/heldout396.json", "testdata/heldout396", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut397 measures Find on a three-hundred-and-ninety-seventh set
// (testdata/heldout397, testdata/heldout397.json: a refinery fire, a women's
// football pay dispute, an e-scooter ban, care worker visa abuse, a mountain
// rescue, a newspaper closure), written and annotated blind to the rules
// while round 83 of them was made. Measured blind before round 83: 0.946;
// after it: 0.946. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut397$' -v | grep accuracy
func TestHeldOut397(t *testing.T) {
	evaluate(t, "testdata/heldout397.json", "testdata/heldout397", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut398 measures Find on a three-hundred-and-ninety-eighth set
// (testdata/heldout398, testdata/heldout398.json: a capital's water
// rationing, a horse's death at a race meeting, a prison officer's
// corruption trial, a bridge closed by cracks, a teachers' strike vote, an
// arts centre opening), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 83. Measured
// before round 83: 0.916; after it: 0.923.
func TestHeldOut398(t *testing.T) {
	evaluate(t, "testdata/heldout398.json", "testdata/heldout398", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut399 measures Find on a three-hundred-and-ninety-ninth set
// (testdata/heldout399, testdata/heldout399.json: a bomb hoax at a shopping
// centre, a basketball coach's suspension, drought and hydropower, AI
// cheating at a university, a tourist boat sinking, a delayed hospital),
// written and annotated by a helper who never saw the rules: a development
// set whose misses were read in round 83. Measured before round 83: 0.962;
// after it: 0.969.
func TestHeldOut399(t *testing.T) {
	evaluate(t, "testdata/heldout399.json", "testdata/heldout399", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut400 measures Find on a four-hundredth set (testdata/heldout400,
// testdata/heldout400.json: a hot-air balloon crash landing, an airport
// closed by drone sightings, a rail fare rise, a vandalised sculpture, an
// election debate row, a lithium mine approval), written and annotated blind
// to the rules while round 84 of them was made. Measured blind before round
// 84: 0.954; after it: 0.954. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut400$' -v | grep accuracy
func TestHeldOut400(t *testing.T) {
	evaluate(t, "testdata/heldout400.json", "testdata/heldout400", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut401 measures Find on a four-hundred-and-first set
// (testdata/heldout401, testdata/heldout401.json: a taxi drivers' strike
// against a ride-hailing app, a satellite launch failure, a council
// eviction, a solar farm planning row, a locust swarm, a cinema chain's
// collapse), written and annotated blind to the rules while round 84 of them
// was made. Measured blind before round 84: 0.900; after it: 0.900. A test
// set: do not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut401$' -v | grep accuracy
func TestHeldOut401(t *testing.T) {
	evaluate(t, "testdata/heldout401.json", "testdata/heldout401", false, bars{0.99, 0.99, 0.97, 0.9})
}

// TestHeldOut402 measures Find on a four-hundred-and-second set
// (testdata/heldout402, testdata/heldout402.json: a meteor over a town,
// kidnapped aid workers, frost destroying a wine harvest, a trucker convoy
// protest, a violent embassy protest, a carbon tax vote), written and
// annotated blind to the rules while round 84 of them was made. Measured
// blind before round 84: 0.868; after it: 0.868. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut402$' -v | grep accuracy
func TestHeldOut402(t *testing.T) {
	evaluate(t, "testdata/heldout402.json", "testdata/heldout402", false, bars{0.99, 0.99, 0.96, 0.86})
}

// TestHeldOut403 measures Find on a four-hundred-and-third set
// (testdata/heldout403, testdata/heldout403.json: a failed fish pass at a
// dam, a food-poisoning outbreak at a bakery chain, an assaulted youth
// referee, a gas leak, a visa fraud ring at language schools, an avalanche),
// written and annotated blind to the rules while round 84 of them was made.
// Measured blind before round 84: 0.949; after it: 0.949. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut403$' -v | grep accuracy
func TestHeldOut403(t *testing.T) {
	evaluate(t, "testdata/heldout403.json", "testdata/heldout403", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut404 measures Find on a four-hundred-and-fourth set
// (testdata/heldout404, testdata/heldout404.json: a sinkhole swallowing a
// car, a choir barred from a competition, a coral bleaching survey, a port
// smuggling bust, a hospital's hidden waiting list, a recovered stolen
// painting), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 84. Measured before round
// 84: 0.961; after it: 0.977.
func TestHeldOut404(t *testing.T) {
	evaluate(t, "testdata/heldout404.json", "testdata/heldout404", false, bars{0.99, 0.99, 0.99, 0.97})
}

// TestHeldOut405 measures Find on a four-hundred-and-fifth set
// (testdata/heldout405, testdata/heldout405.json: a cricket match-fixing
// probe, a border crossing closed for a week, a heritage pub demolished
// overnight, a chess cheating allegation, a rugby concussion lawsuit, a
// lottery jackpot dispute), written and annotated by a helper who never saw
// the rules: a development set whose misses were read in round 84. Measured
// before round 84: 0.890; after it: 0.955.
func TestHeldOut405(t *testing.T) {
	evaluate(t, "testdata/heldout405.json", "testdata/heldout405", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut406 measures Find on a four-hundred-and-sixth set
// (testdata/heldout406, testdata/heldout406.json: a piano competition whose
// jury chair taught the winner, wolves killing hill-farm sheep, a casino
// losing its licence, a dinosaur skeleton sold at auction, a fraudster's early
// parole, a mosque extension planning row), written and annotated blind to the
// rules while round 85 of them was made. Measured blind before round 85:
// 0.980; after it: 0.985. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut406$' -v | grep accuracy
func TestHeldOut406(t *testing.T) {
	evaluate(t, "testdata/heldout406.json", "testdata/heldout406", false, bars{0.99, 0.99, 0.98, 0.98})
}

// TestHeldOut407 measures Find on a four-hundred-and-seventh set
// (testdata/heldout407, testdata/heldout407.json: esports players going
// unpaid, a bread price cap, a rabid stray dog, a disputed wrestling
// federation election, a ballet strike, a podcast defamation suit), written
// and annotated blind to the rules while round 85 of them was made. Measured
// blind before round 85: 0.900; after it: 0.905. A test set: do not read
// its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut407$' -v | grep accuracy
func TestHeldOut407(t *testing.T) {
	evaluate(t, "testdata/heldout407.json", "testdata/heldout407", false, bars{0.99, 0.99, 0.95, 0.9})
}

// TestHeldOut408 measures Find on a four-hundred-and-eighth set
// (testdata/heldout408, testdata/heldout408.json: a local radio station shut
// down, a census undercount, a passport backlog, a bike lane ripped out,
// electricity tariff protests, pesticide drift onto a school), written and
// annotated blind to the rules while round 85 of them was made. Measured blind
// before round 85: 0.909; after it: 0.929. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut408$' -v | grep accuracy
func TestHeldOut408(t *testing.T) {
	evaluate(t, "testdata/heldout408.json", "testdata/heldout408", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut409 measures Find on a four-hundred-and-ninth set
// (testdata/heldout409, testdata/heldout409.json: a vandalised war memorial, a
// funeral home returning the wrong ashes, a cemetery moved for a road, a
// jewellery store raid, escaped farmed salmon, bison reintroduced to a
// forest), written and annotated blind to the rules while round 85 of them was
// made. Measured blind before round 85: 0.901; after it: 0.901. A test set:
// do not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut409$' -v | grep accuracy
func TestHeldOut409(t *testing.T) {
	evaluate(t, "testdata/heldout409.json", "testdata/heldout409", false, bars{0.99, 0.99, 0.96, 0.9})
}

// TestHeldOut410 measures Find on a four-hundred-and-tenth set
// (testdata/heldout410, testdata/heldout410.json: a minister's forged degree,
// sidewalk delivery robots, a council vote on a colonial statue, a mass
// wedding gone wrong, a telescope on a sacred mountain, an orchestra sacking
// its conductor), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 85. Measured before round
// 85: 0.907; after it: 0.918.
func TestHeldOut410(t *testing.T) {
	evaluate(t, "testdata/heldout410.json", "testdata/heldout410", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut411 measures Find on a four-hundred-and-eleventh set
// (testdata/heldout411, testdata/heldout411.json: a referendum on a town's
// name, a whistleblower at a drone-engine maker, riders stuck on a Ferris
// wheel, a darts player disqualified, a sign-language interpreter dropped,
// cave divers rescued), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 85. Measured before
// round 85: 0.935; after it: 0.945.
func TestHeldOut411(t *testing.T) {
	evaluate(t, "testdata/heldout411.json", "testdata/heldout411", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut412 measures Find on a four-hundred-and-twelfth set
// (testdata/heldout412, testdata/heldout412.json: a quarry's blasting cracking
// village houses, a tattoo studio's infection outbreak, a hurling final
// abandoned after a brawl, a monastery selling farmland, a mayor facing
// impeachment over her brother's contract, a spelling champion stripped of her
// title), written and annotated by a helper who never saw the rules, blind to
// them while round 86 of them was made. Measured blind before round 86: 0.951;
// after it: 0.961. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut412$' -v | grep accuracy
func TestHeldOut412(t *testing.T) {
	evaluate(t, "testdata/heldout412.json", "testdata/heldout412", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut413 measures Find on a four-hundred-and-thirteenth set
// (testdata/heldout413, testdata/heldout413.json: racing pigeons doped, an
// oyster farm closed by norovirus, diners poisoned by wild mushrooms,
// squatters in a mansion, a smog alert and a coal ban, a graffiti artist hired
// by the council that prosecuted him), written and annotated by a helper who
// never saw the rules, blind to them while round 86 of them was made. Measured
// blind before round 86: 0.931; after it: 0.931. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut413$' -v | grep accuracy
func TestHeldOut413(t *testing.T) {
	evaluate(t, "testdata/heldout413.json", "testdata/heldout413", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut414 measures Find on a four-hundred-and-fourteenth set
// (testdata/heldout414, testdata/heldout414.json: a falconry centre's eagle
// snatching a dog, truffle thieves, a teenage curfew, a re-recorded national
// anthem, a deepfake of a candidate, a pyramid scheme in a church), written
// and annotated by a helper who never saw the rules, blind to them while round
// 86 of them was made. Measured blind before round 86: 0.934; after it: 0.934.
// A test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut414$' -v | grep accuracy
func TestHeldOut414(t *testing.T) {
	evaluate(t, "testdata/heldout414.json", "testdata/heldout414", false, bars{0.99, 0.99, 0.99, 0.93})
}

// TestHeldOut415 measures Find on a four-hundred-and-fifteenth set
// (testdata/heldout415, testdata/heldout415.json: monkeys raiding a hill town,
// a snake on a flight, a minimum wage rise, children at a brick kiln, a
// treasure hoard and a landowner, a citizenship test question), written and
// annotated by a helper who never saw the rules, blind to them while round 86
// of them was made. Measured blind before round 86: 0.917; after it: 0.917. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut415$' -v | grep accuracy
func TestHeldOut415(t *testing.T) {
	evaluate(t, "testdata/heldout415.json", "testdata/heldout415", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut416 measures Find on a four-hundred-and-sixteenth set
// (testdata/heldout416, testdata/heldout416.json: a vote on daylight saving
// time, speed cameras' wrong fines, a pothole that swallowed a car, a banknote
// design row, night-time mosquito spraying, an air-traffic-control strike),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 86. Measured before round 86: 0.960; after
// it: 0.965.
func TestHeldOut416(t *testing.T) {
	evaluate(t, "testdata/heldout416.json", "testdata/heldout416", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut417 measures Find on a four-hundred-and-seventeenth set
// (testdata/heldout417, testdata/heldout417.json: an escalator collapse, a
// parrot sanctuary closing, a diamond stolen from an exhibition, an internet
// shutdown during exams, a comedian's tour cancelled, camels disqualified from
// a beauty contest), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 86. Measured before
// round 86: 0.962; after it: 0.978.
func TestHeldOut417(t *testing.T) {
	evaluate(t, "testdata/heldout417.json", "testdata/heldout417", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut418 measures Find on a four-hundred-and-eighteenth set
// (testdata/heldout418, testdata/heldout418.json: gravestones toppled in a
// cemetery, a child cut by a kite line at a festival, a herring quota dispute,
// a yoga retreat accused of fraud, a cat café refused a licence, expired food
// in hospital vending machines), written and annotated by a helper who never
// saw the rules, blind to them while round 87 of them was made. Measured blind
// before round 87: 0.931; after it: 0.931. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut418$' -v | grep accuracy
func TestHeldOut418(t *testing.T) {
	evaluate(t, "testdata/heldout418.json", "testdata/heldout418", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut419 measures Find on a four-hundred-and-nineteenth set
// (testdata/heldout419, testdata/heldout419.json: an ice rink closing over
// energy costs, a billboard banned as offensive, a tugboat crews' strike, a
// potato shortage, a crossword setter accused of a hidden message, a carousel
// accident at a fair), written and annotated by a helper who never saw the
// rules, blind to them while round 87 of them was made. Measured blind before
// round 87: 0.932; after it: 0.932. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut419$' -v | grep accuracy
func TestHeldOut419(t *testing.T) {
	evaluate(t, "testdata/heldout419.json", "testdata/heldout419", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut420 measures Find on a four-hundred-and-twentieth set
// (testdata/heldout420, testdata/heldout420.json: an arrest for burning a flag,
// a tea estate strike, a ban on raw cashew exports, a mango festival cancelled
// in a heatwave, a dog show judge accused of favouritism, a leopard in a
// suburb), written and annotated by a helper who never saw the rules, blind to
// them while round 87 of them was made. Measured blind before round 87: 0.912;
// after it: 0.912. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut420$' -v | grep accuracy
func TestHeldOut420(t *testing.T) {
	evaluate(t, "testdata/heldout420.json", "testdata/heldout420", false, bars{0.99, 0.99, 0.99, 0.91})
}

// TestHeldOut421 measures Find on a four-hundred-and-twenty-first set
// (testdata/heldout421, testdata/heldout421.json: a manhole explosion, a bike-
// share fleet stolen and sold abroad, a wrestling match-fixing inquiry, a bingo
// hall's closure, a scarecrow festival prank, delivery riders' protest over
// pay), written and annotated by a helper who never saw the rules, blind to
// them while round 87 of them was made. Measured blind before round 87: 0.883;
// after it: 0.883. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut421$' -v | grep accuracy
func TestHeldOut421(t *testing.T) {
	evaluate(t, "testdata/heldout421.json", "testdata/heldout421", false, bars{0.99, 0.99, 0.98, 0.88})
}

// TestHeldOut422 measures Find on a four-hundred-and-twenty-second set
// (testdata/heldout422, testdata/heldout422.json: a flooded salt mine, a parade
// route dispute, a death in a public sauna, a zipline accident, a hostel's
// fire-safety failures, a late frost in the orchards), written and annotated by
// a helper who never saw the rules: a development set whose misses were read in
// round 87. Measured before round 87: 0.901; after it: 0.962.
func TestHeldOut422(t *testing.T) {
	evaluate(t, "testdata/heldout422.json", "testdata/heldout422", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut423 measures Find on a four-hundred-and-twenty-third set
// (testdata/heldout423, testdata/heldout423.json: a road closed for a toad
// migration, a rodeo banned, a puppet show cancelled, a knitting group's yarn-
// bombing, a students' rent strike, a kidney waiting-list scandal), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 87. Measured before round 87: 0.959; after it: 0.984.
func TestHeldOut423(t *testing.T) {
	evaluate(t, "testdata/heldout423.json", "testdata/heldout423", false, bars{0.99, 0.99, 0.98, 0.98})
}

// TestHeldOut424 measures Find on a four-hundred-and-twenty-fourth set
// (testdata/heldout424, testdata/heldout424.json: noise from a wind turbine, a
// crackdown on food-truck permits, a sea wall's collapse, a cheating scandal
// in a pub quiz league, broken lifts in a tower block, a compulsory water-
// meter rollout), written and annotated by a helper who never saw the rules,
// blind to them while round 88 of them was made. Measured blind before round
// 88: 0.905; after it: 0.905. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut424$' -v | grep accuracy
func TestHeldOut424(t *testing.T) {
	evaluate(t, "testdata/heldout424.json", "testdata/heldout424", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut425 measures Find on a four-hundred-and-twenty-fifth set
// (testdata/heldout425, testdata/heldout425.json: a town's fireworks ban, a
// row over beach-hut prices, a lido's delayed reopening, an inquiry into abuse
// at a former orphanage, a primary school's homework ban, an urban fox
// attack), written and annotated by a helper who never saw the rules, blind to
// them while round 88 of them was made. Measured blind before round 88: 0.886;
// after it: 0.897. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut425$' -v | grep accuracy
func TestHeldOut425(t *testing.T) {
	evaluate(t, "testdata/heldout425.json", "testdata/heldout425", false, bars{0.99, 0.99, 0.98, 0.89})
}

// TestHeldOut426 measures Find on a four-hundred-and-twenty-sixth set
// (testdata/heldout426, testdata/heldout426.json: a badger cull, a plan to
// reintroduce wolves, a donkey sanctuary's closure, alpacas stolen from a
// farm, ostriches loose on a motorway, seagull attacks on a promenade),
// written and annotated by a helper who never saw the rules, blind to them
// while round 88 of them was made. Measured blind before round 88: 0.963;
// after it: 0.963. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut426$' -v | grep accuracy
func TestHeldOut426(t *testing.T) {
	evaluate(t, "testdata/heldout426.json", "testdata/heldout426", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut427 measures Find on a four-hundred-and-twenty-seventh set
// (testdata/heldout427, testdata/heldout427.json: a coastguard station's
// closure, lead water pipes, a council vote on fluoride, a karaoke bar's
// licence, price-fixing among barbershops, exploitation in nail salons),
// written and annotated by a helper who never saw the rules, blind to them
// while round 88 of them was made. Measured blind before round 88: 0.918;
// after it: 0.924. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut427$' -v | grep accuracy
func TestHeldOut427(t *testing.T) {
	evaluate(t, "testdata/heldout427.json", "testdata/heldout427", false, bars{0.99, 0.99, 0.96, 0.92})
}

// TestHeldOut428 measures Find on a four-hundred-and-twenty-eighth set
// (testdata/heldout428, testdata/heldout428.json: a fire at a laundrette, a
// pawnbroker's gold fraud, an ice-cream van turf war, an escape room's safety
// failures, injuries at a trampoline park, a bowling alley's closure), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 88. Measured before round 88: 0.975; after it:
// 0.980.
func TestHeldOut428(t *testing.T) {
	evaluate(t, "testdata/heldout428.json", "testdata/heldout428", false, bars{0.99, 0.99, 0.99, 0.97})
}

// TestHeldOut429 measures Find on a four-hundred-and-twenty-ninth set
// (testdata/heldout429, testdata/heldout429.json: septic tanks polluting a
// lake, a landfill's expansion, a bottle-deposit scheme, bedbugs in city
// hotels, a rabies case after a smuggled dog, vape sales to children), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 88. Measured before round 88: 0.964; after it:
// 0.964.
func TestHeldOut429(t *testing.T) {
	evaluate(t, "testdata/heldout429.json", "testdata/heldout429", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut430 measures Find on a four-hundred-and-thirtieth set
// (testdata/heldout430, testdata/heldout430.json: a taxidermist's licence row,
// an Asian hornet nest near a school, termites in a housing estate,
// cockroaches in a hospital kitchen, halal meals dropped from school menus, a
// busker banned from a high street), written and annotated by a helper who
// never saw the rules, blind to them while round 89 of them was made. Measured
// blind before round 89: 0.950; after it: 0.956. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut430$' -v | grep accuracy
func TestHeldOut430(t *testing.T) {
	evaluate(t, "testdata/heldout430.json", "testdata/heldout430", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut431 measures Find on a four-hundred-and-thirty-first set
// (testdata/heldout431, testdata/heldout431.json: a sushi restaurant's food-
// poisoning outbreak, pizza delivery robots on pavements, a noodle factory's
// closure, a failed maize harvest, a whisky distillery's expansion, a
// cancelled cider festival), written and annotated by a helper who never saw
// the rules, blind to them while round 89 of them was made. Measured blind
// before round 89: 0.933; after it: 0.933. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut431$' -v | grep accuracy
func TestHeldOut431(t *testing.T) {
	evaluate(t, "testdata/heldout431.json", "testdata/heldout431", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut432 measures Find on a four-hundred-and-thirty-second set
// (testdata/heldout432, testdata/heldout432.json: geese attacking park
// visitors, a tea room closing after 90 years, a ghost tour operator's dispute
// with a council, a scout hut destroyed by fire, a brass band losing its
// rehearsal hall, morris dancers and a face-paint row), written and annotated
// by a helper who never saw the rules, blind to them while round 89 of them
// was made. Measured blind before round 89: 0.910; after it: 0.910. A test
// set: do not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut432$' -v | grep accuracy
func TestHeldOut432(t *testing.T) {
	evaluate(t, "testdata/heldout432.json", "testdata/heldout432", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut433 measures Find on a four-hundred-and-thirty-third set
// (testdata/heldout433, testdata/heldout433.json: a record pollen count, radon
// gas found in homes, a bail hostel planned in a suburb, a glamping site
// refused planning, a chicken farm's ammonia emissions, an egg shortage in
// supermarkets), written and annotated by a helper who never saw the rules,
// blind to them while round 89 of them was made. Measured blind before round
// 89: 0.925; after it: 0.931. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut433$' -v | grep accuracy
func TestHeldOut433(t *testing.T) {
	evaluate(t, "testdata/heldout433.json", "testdata/heldout433", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut434 measures Find on a four-hundred-and-thirty-fourth set
// (testdata/heldout434, testdata/heldout434.json: a chocolate factory's job
// cuts, avocado thefts, crab fishermen and an offshore cable, a lobster
// hatchery's release, a deer cull in a forest park, a locksmith scam targeting
// pensioners), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 89. Measured before round
// 89: 0.951; after it: 0.973.
func TestHeldOut434(t *testing.T) {
	evaluate(t, "testdata/heldout434.json", "testdata/heldout434", false, bars{0.99, 0.99, 0.98, 0.97})
}

// TestHeldOut435 measures Find on a four-hundred-and-thirty-fifth set
// (testdata/heldout435, testdata/heldout435.json: queue chaos at a Lego store,
// a stolen violin returned, a magician's show cancelled, a skatepark's noise
// complaints, a velodrome's closure, a curry house's hygiene rating), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 89. Measured before round 89: 0.907; after it:
// 0.933.
func TestHeldOut435(t *testing.T) {
	evaluate(t, "testdata/heldout435.json", "testdata/heldout435", false, bars{0.99, 0.99, 0.99, 0.93})
}

// TestHeldOut436 measures Find on a four-hundred-and-thirty-sixth set
// (testdata/heldout436, testdata/heldout436.json: a pony sanctuary's eviction,
// a typewriter repair shop closing, a kebab van's licence dispute, a bell-
// ringing team's centenary, a cassette revival at a record shop, a hamster's
// escape at a primary school), written and annotated by a helper who never saw
// the rules, blind to them while round 90 of them was made. Measured blind
// before round 90: 0.917; after it: 0.917. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut436$' -v | grep accuracy
func TestHeldOut436(t *testing.T) {
	evaluate(t, "testdata/heldout436.json", "testdata/heldout436", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut437 measures Find on a four-hundred-and-thirty-seventh set
// (testdata/heldout437, testdata/heldout437.json: a llama trekking farm's
// insurance row, a strawberry harvest ruined by hail, a pinball arcade opening,
// a bus shelter demolished by a lorry, a bonsai stolen from a garden show, a
// metal detectorist's hoard), written and annotated by a helper who never saw
// the rules, blind to them while round 90 of them was made. Measured blind
// before round 90: 0.947; after it: 0.947. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut437$' -v | grep accuracy
func TestHeldOut437(t *testing.T) {
	evaluate(t, "testdata/heldout437.json", "testdata/heldout437", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut438 measures Find on a four-hundred-and-thirty-eighth set
// (testdata/heldout438, testdata/heldout438.json: a cow loose on a motorway, a
// doughnut shop's queue complaints, a ferret show cancelled, a phone box turned
// into a tiny library, a roller disco's return, a sandcastle contest washed
// out), written and annotated by a helper who never saw the rules, blind to
// them while round 90 of them was made. Measured blind before round 90: 0.932;
// after it: 0.932. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut438$' -v | grep accuracy
func TestHeldOut438(t *testing.T) {
	evaluate(t, "testdata/heldout438.json", "testdata/heldout438", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut439 measures Find on a four-hundred-and-thirty-ninth set
// (testdata/heldout439, testdata/heldout439.json: an orchard's cider-free
// harvest festival, a burger chain's closure, a tortoise found after a year, a
// jigsaw competition dispute, a crazy golf planning row, a bonfire night
// display cancelled), written and annotated by a helper who never saw the
// rules, blind to them while round 90 of them was made. Measured blind before
// round 90: 0.932; after it: 0.932. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut439$' -v | grep accuracy
func TestHeldOut439(t *testing.T) {
	evaluate(t, "testdata/heldout439.json", "testdata/heldout439", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut440 measures Find on a four-hundred-and-fortieth set
// (testdata/heldout440, testdata/heldout440.json: a fish and chip shop's price
// rise, an umbrella returned after decades, a launderette owner's retirement, a
// rabbit rescue overwhelmed, a paddleboarding ban on a lake, a Christmas lights
// switch-on mishap), written and annotated by a helper who never saw the rules:
// a development set whose misses were read in round 90. Measured before round
// 90: 0.921; after it: 0.921.
func TestHeldOut440(t *testing.T) {
	evaluate(t, "testdata/heldout440.json", "testdata/heldout440", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut441 measures Find on a four-hundred-and-forty-first set
// (testdata/heldout441, testdata/heldout441.json: ice cream van chimes, a
// pancake race's rule change, a marmalade awards judging row, a sheepdog trial
// record, a quiz night cheating scandal, a board game cafe's crowdfunding),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 90. Measured before round 90: 0.914; after
// it: 0.935.
func TestHeldOut441(t *testing.T) {
	evaluate(t, "testdata/heldout441.json", "testdata/heldout441", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut442 measures Find on a four-hundred-and-forty-second set
// (testdata/heldout442, testdata/heldout442.json: a bicycle theft ring broken
// up, a lantern festival cancelled over safety fears, a carol concert noise
// complaint, a comic shop's closure after 40 years, a hoard of coins found by a
// builder, a library fine amnesty), written and annotated by a helper who never
// saw the rules, blind to them while round 91 of them was made. Measured blind
// before round 91: 0.944; after it: 0.944. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut442$' -v | grep accuracy
func TestHeldOut442(t *testing.T) {
	evaluate(t, "testdata/heldout442.json", "testdata/heldout442", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut443 measures Find on a four-hundred-and-forty-third set
// (testdata/heldout443, testdata/heldout443.json: wild swimmers and a river's
// water quality, a village hall roof appeal, a pylon route objection, a street
// food market's licence refused, a sourdough contest dispute, a florist's
// failed Mother's Day deliveries), written and annotated by a helper who never
// saw the rules, blind to them while round 91 of them was made. Measured blind
// before round 91: 0.892; after it: 0.892. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut443$' -v | grep accuracy
func TestHeldOut443(t *testing.T) {
	evaluate(t, "testdata/heldout443.json", "testdata/heldout443", false, bars{0.99, 0.99, 0.97, 0.89})
}

// TestHeldOut444 measures Find on a four-hundred-and-forty-fourth set
// (testdata/heldout444, testdata/heldout444.json: a quilt exhibition theft, a
// maypole dancing revival, a pipe band result disputed, a ukulele orchestra's
// record attempt, a concert harp found in a skip, a zebra crossing campaign),
// written and annotated by a helper who never saw the rules, blind to them
// while round 91 of them was made. Measured blind before round 91: 0.941; after
// it: 0.941. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut444$' -v | grep accuracy
func TestHeldOut444(t *testing.T) {
	evaluate(t, "testdata/heldout444.json", "testdata/heldout444", false, bars{0.99, 0.99, 0.99, 0.94})
}

// TestHeldOut445 measures Find on a four-hundred-and-forty-fifth set
// (testdata/heldout445, testdata/heldout445.json: speed humps dividing a
// street, a school crossing patrol's retirement, a milk round's return, pedicab
// licensing in a city, a motorcycle-taxi helmet law, a jollof rice cook-off),
// written and annotated by a helper who never saw the rules, blind to them
// while round 91 of them was made. Measured blind before round 91: 0.950; after
// it: 0.950. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut445$' -v | grep accuracy
func TestHeldOut445(t *testing.T) {
	evaluate(t, "testdata/heldout445.json", "testdata/heldout445", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut446 measures Find on a four-hundred-and-forty-sixth set
// (testdata/heldout446, testdata/heldout446.json: a coconut price spike, a
// surfboard shaper's eviction, a graveyard restored by volunteers,
// aurora-watching tourism, a painted rainbow crossing vandalised, a flamingo's
// escape from a wildlife park), written and annotated by a helper who never saw
// the rules: a development set whose misses were read in round 91. Measured
// before round 91: 0.912; after it: 0.936.
func TestHeldOut446(t *testing.T) {
	evaluate(t, "testdata/heldout446.json", "testdata/heldout446", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut447 measures Find on a four-hundred-and-forty-seventh set
// (testdata/heldout447, testdata/heldout447.json: a penguin colony count, a
// mussel farm pollution claim, a trout hatchery's closure, a tombstone
// restorer's work, a kilt maker's apprenticeships, a street lamp replacement
// row), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 91. Measured before round 91:
// 0.914; after it: 0.934.
func TestHeldOut447(t *testing.T) {
	evaluate(t, "testdata/heldout447.json", "testdata/heldout447", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut448 measures Find on a four-hundred-and-forty-eighth set
// (testdata/heldout448, testdata/heldout448.json: a council's snowplough fleet
// shortfall, a stained glass window theft, a bell ringers' tower dispute, a
// curling club's new rink, a school marching band's trip, a parkrun course
// row), written and annotated by a helper who never saw the rules, blind to
// them while round 92 of them was made. Measured blind before round 92: 0.883;
// after it: 0.883. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut448$' -v | grep accuracy
func TestHeldOut448(t *testing.T) {
	evaluate(t, "testdata/heldout448.json", "testdata/heldout448", false, bars{0.99, 0.99, 0.97, 0.88})
}

// TestHeldOut449 measures Find on a four-hundred-and-forty-ninth set
// (testdata/heldout449, testdata/heldout449.json: a taxidermy collection left
// to a museum, a sand sculpture festival, a wedding dress shop's sudden
// closure, a piano tuner's retirement, a bat colony delaying a housing build, a
// great crested newt survey), written and annotated by a helper who never saw
// the rules, blind to them while round 92 of them was made. Measured blind
// before round 92: 0.917; after it: 0.917. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut449$' -v | grep accuracy
func TestHeldOut449(t *testing.T) {
	evaluate(t, "testdata/heldout449.json", "testdata/heldout449", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut450 measures Find on a four-hundred-and-fiftieth set
// (testdata/heldout450, testdata/heldout450.json: a proposed wolf release, a
// lynx's escape from a wildlife park, a greyhound track's closure, a cat café
// licensing row, a peregrine nest halting cathedral repairs, a racecourse
// rezoned for housing), written and annotated by a helper who never saw the
// rules, blind to them while round 92 of them was made. Measured blind before
// round 92: 0.974; after it: 0.974. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut450$' -v | grep accuracy
func TestHeldOut450(t *testing.T) {
	evaluate(t, "testdata/heldout450.json", "testdata/heldout450", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut451 measures Find on a four-hundred-and-fifty-first set
// (testdata/heldout451, testdata/heldout451.json: a roller derby league's new
// venue, a spelling bee final, a school science fair winner, a tidal energy
// project, a hydrogen bus trial, a fracking inquiry), written and annotated by
// a helper who never saw the rules, blind to them while round 92 of them was
// made. Measured blind before round 92: 0.908; after it: 0.908. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut451$' -v | grep accuracy
func TestHeldOut451(t *testing.T) {
	evaluate(t, "testdata/heldout451.json", "testdata/heldout451", false, bars{0.99, 0.99, 0.97, 0.90})
}

// TestHeldOut452 measures Find on a four-hundred-and-fifty-second set
// (testdata/heldout452, testdata/heldout452.json: a plastic bag charge rise, a
// litter-picking volunteer group, a busking permit scheme, a market traders'
// rent protest, a car boot sale ban, a charity shop donations surge), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 92. Measured before round 92: 0.912; after it:
// 0.948.
func TestHeldOut452(t *testing.T) {
	evaluate(t, "testdata/heldout452.json", "testdata/heldout452", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut453 measures Find on a four-hundred-and-fifty-third set
// (testdata/heldout453, testdata/heldout453.json: a fish and chip shop's price
// rise, a flood gate's failure, a blacksmith's forge reopening, a sewer
// collapse, a tapestry restoration, a dry stone wall repair grant), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 92. Measured before round 92: 0.860; after it: 0.925.
func TestHeldOut453(t *testing.T) {
	evaluate(t, "testdata/heldout453.json", "testdata/heldout453", false, bars{0.99, 0.99, 0.95, 0.92})
}

// TestHeldOut454 measures Find on a four-hundred-and-fifty-fourth set
// (testdata/heldout454, testdata/heldout454.json: a drag queen story hour row
// at a library, an embroidery guild's exhibition, scrap metal thefts from a
// railway line, a seaweed farming licence dispute, an aquarium's closure, a
// planetarium refit), written and annotated by a helper who never saw the
// rules, blind to them while round 93 of them was made. Measured blind before
// round 93: 0.904; after it: 0.904. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut454$' -v | grep accuracy
func TestHeldOut454(t *testing.T) {
	evaluate(t, "testdata/heldout454.json", "testdata/heldout454", false, bars{0.99, 0.99, 0.99, 0.90})
}

// TestHeldOut455 measures Find on a four-hundred-and-fifty-fifth set
// (testdata/heldout455, testdata/heldout455.json: an observatory's light
// pollution complaint, a sheep shearing competition, a slump in wool prices,
// denim factory layoffs, a clog dancing festival, an origami world record
// attempt), written and annotated by a helper who never saw the rules, blind to
// them while round 93 of them was made. Measured blind before round 93: 0.935;
// after it: 0.947. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut455$' -v | grep accuracy
func TestHeldOut455(t *testing.T) {
	evaluate(t, "testdata/heldout455.json", "testdata/heldout455", false, bars{0.99, 0.99, 0.99, 0.94})
}

// TestHeldOut456 measures Find on a four-hundred-and-fifty-sixth set
// (testdata/heldout456, testdata/heldout456.json: a ventriloquist festival, a
// tango championship, a salsa club noise complaint, a jukebox auction, a
// fountain pen shop closing, postbox thefts), written and annotated by a helper
// who never saw the rules, blind to them while round 93 of them was made.
// Measured blind before round 93: 0.882; after it: 0.882. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut456$' -v | grep accuracy
func TestHeldOut456(t *testing.T) {
	evaluate(t, "testdata/heldout456.json", "testdata/heldout456", false, bars{0.99, 0.99, 0.98, 0.88})
}

// TestHeldOut457 measures Find on a four-hundred-and-fifty-seventh set
// (testdata/heldout457, testdata/heldout457.json: payphone removals, a sundial
// restoration, a stolen weather vane, a watermill restored to working order, a
// spring water bottling plant dispute, a geothermal drilling project near a
// geyser), written and annotated by a helper who never saw the rules, blind to
// them while round 93 of them was made. Measured blind before round 93: 0.915;
// after it: 0.915. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut457$' -v | grep accuracy
func TestHeldOut457(t *testing.T) {
	evaluate(t, "testdata/heldout457.json", "testdata/heldout457", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut458 measures Find on a four-hundred-and-fifty-eighth set
// (testdata/heldout458, testdata/heldout458.json: an archery range planning
// application, a judo club's funding cut, a sumo tournament abroad, a canoe
// route closure, a paragliding accident inquest, a bungee jump licence
// refusal), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 93. Measured before round 93:
// 0.931; after it: 0.941.
func TestHeldOut458(t *testing.T) {
	evaluate(t, "testdata/heldout458.json", "testdata/heldout458", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut459 measures Find on a four-hundred-and-fifty-ninth set
// (testdata/heldout459, testdata/heldout459.json: a zip line attraction
// opening, a playground equipment recall, a bandstand repair appeal, a
// boardwalk collapse, a toll road price rise, faulty parking meters), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 93. Measured before round 93: 0.954; after it:
// 0.979.
func TestHeldOut459(t *testing.T) {
	evaluate(t, "testdata/heldout459.json", "testdata/heldout459", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut460 measures Find on a four-hundred-and-sixtieth set
// (testdata/heldout460, testdata/heldout460.json: a traffic light failure at a
// busy junction, a roundabout redesign row, an e-bike hire scheme launch, a
// fire station closure plan, a gold panning championship, a drive-in cinema
// reopening), written and annotated by a helper who never saw the rules, blind
// to them while round 94 of them was made. Measured blind before round 94:
// 0.936; after it: 0.946. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut460$' -v | grep accuracy
func TestHeldOut460(t *testing.T) {
	evaluate(t, "testdata/heldout460.json", "testdata/heldout460", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut461 measures Find on a four-hundred-and-sixty-first set
// (testdata/heldout461, testdata/heldout461.json: a historic bell foundry sale,
// a glassblowing studio's apprentices, a candle factory fire, a soap maker's
// export deal, a maple syrup harvest shortfall, a tea plantation wage dispute),
// written and annotated by a helper who never saw the rules, blind to them
// while round 94 of them was made. Measured blind before round 94: 0.950; after
// it: 0.950. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut461$' -v | grep accuracy
func TestHeldOut461(t *testing.T) {
	evaluate(t, "testdata/heldout461.json", "testdata/heldout461", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut462 measures Find on a four-hundred-and-sixty-second set
// (testdata/heldout462, testdata/heldout462.json: a vanilla price crash for
// growers, a saffron farm's first harvest, a cassava processing plant opening,
// a yam festival, a plantain shortage at markets, a banana disease outbreak),
// written and annotated by a helper who never saw the rules, blind to them
// while round 94 of them was made. Measured blind before round 94: 0.939; after
// it: 0.939. A test set: do not read its misses; run it alone and look only at
// the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut462$' -v | grep accuracy
func TestHeldOut462(t *testing.T) {
	evaluate(t, "testdata/heldout462.json", "testdata/heldout462", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut463 measures Find on a four-hundred-and-sixty-third set
// (testdata/heldout463, testdata/heldout463.json: a pineapple cannery strike, a
// ban on durian fruit on public transport, a kimchi festival, a dumpling shop's
// hygiene rating, a bagel bakery expansion, a pretzel factory closure), written
// and annotated by a helper who never saw the rules, blind to them while round
// 94 of them was made. Measured blind before round 94: 0.939; after it: 0.939.
// A test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut463$' -v | grep accuracy
func TestHeldOut463(t *testing.T) {
	evaluate(t, "testdata/heldout463.json", "testdata/heldout463", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut464 measures Find on a four-hundred-and-sixty-fourth set
// (testdata/heldout464, testdata/heldout464.json: a hot spring resort dispute,
// a funicular railway fault, a snow plough shortage, a gritter drivers' strike,
// a street light switch-off to save money, a car wash water ban in drought),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 94. Measured before round 94: 0.919; after
// it: 0.962.
func TestHeldOut464(t *testing.T) {
	evaluate(t, "testdata/heldout464.json", "testdata/heldout464", false, bars{0.99, 0.99, 0.99, 0.96})
}

// TestHeldOut465 measures Find on a four-hundred-and-sixty-fifth set
// (testdata/heldout465, testdata/heldout465.json: body piercing studio
// licensing, a cobbler's shop closing after 60 years, a tailoring
// apprenticeship scheme, a glove factory's job cuts, a sock donation drive for
// rough sleepers, a sewing class for refugees), written and annotated by a
// helper who never saw the rules: a development set whose misses were read in
// round 94. Measured before round 94: 0.957; after it: 0.973.
func TestHeldOut465(t *testing.T) {
	evaluate(t, "testdata/heldout465.json", "testdata/heldout465", false, bars{0.99, 0.99, 0.99, 0.97})
}

// TestHeldOut466 measures Find on a four-hundred-and-sixty-sixth set
// (testdata/heldout466, testdata/heldout466.json: a watchmaker retiring after
// fifty years, a printing press museum losing its lease, a bookbinding workshop
// for prison inmates, a kabaddi league's funding row, a lacrosse club's pitch
// dispute, a sled dog race cancelled for lack of snow), written and annotated
// by a helper who never saw the rules, blind to them while round 95 of them was
// made. Measured blind before round 95: 0.867; after it: 0.867. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut466$' -v | grep accuracy
func TestHeldOut466(t *testing.T) {
	evaluate(t, "testdata/heldout466.json", "testdata/heldout466", false, bars{0.99, 0.99, 0.98, 0.86})
}

// TestHeldOut467 measures Find on a four-hundred-and-sixty-seventh set
// (testdata/heldout467, testdata/heldout467.json: a cat cafe's licence hearing,
// a reptile rescue centre overwhelmed by abandoned pets, mangrove replanting on
// an eroding coast, a moss harvesting ban, wild fungi foraging rules in a
// forest park, a lichen survey of a town's air quality), written and annotated
// by a helper who never saw the rules, blind to them while round 95 of them was
// made. Measured blind before round 95: 0.935; after it: 0.935. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut467$' -v | grep accuracy
func TestHeldOut467(t *testing.T) {
	evaluate(t, "testdata/heldout467.json", "testdata/heldout467", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut468 measures Find on a four-hundred-and-sixty-eighth set
// (testdata/heldout468, testdata/heldout468.json: cactus smuggling arrests, a
// tulip festival's crowd problems, a lavender farm's water licence, millet
// prices after a drought, a sorghum brewery opening, a quinoa growers'
// cooperative), written and annotated by a helper who never saw the rules,
// blind to them while round 95 of them was made. Measured blind before round
// 95: 0.983; after it: 0.983. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut468$' -v | grep accuracy
func TestHeldOut468(t *testing.T) {
	evaluate(t, "testdata/heldout468.json", "testdata/heldout468", false, bars{0.99, 0.99, 0.98, 0.98})
}

// TestHeldOut469 measures Find on a four-hundred-and-sixty-ninth set
// (testdata/heldout469, testdata/heldout469.json: a lentil soup kitchen facing
// eviction, a chickpea crop failure, a tofu factory's smell complaints, taco
// truck permits, a fudge shop's hygiene rating, popcorn prices at a cinema
// chain), written and annotated by a helper who never saw the rules, blind to
// them while round 95 of them was made. Measured blind before round 95: 0.956;
// after it: 0.956. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut469$' -v | grep accuracy
func TestHeldOut469(t *testing.T) {
	evaluate(t, "testdata/heldout469.json", "testdata/heldout469", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut470 measures Find on a four-hundred-and-seventieth set
// (testdata/heldout470, testdata/heldout470.json: a crisps factory fire, an
// abacus mental arithmetic competition, a calligraphy exhibition, a crochet
// group's yarn-bombing, a fresco restoration in a village church, a wig bank
// for cancer patients), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 95. Measured before
// round 95: 0.916; after it: 0.972.
func TestHeldOut470(t *testing.T) {
	evaluate(t, "testdata/heldout470.json", "testdata/heldout470", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut471 measures Find on a four-hundred-and-seventy-first set
// (testdata/heldout471, testdata/heldout471.json: a houseboat mooring fees row,
// a lock keeper's retirement, a signal box demolition, a paintball site's noise
// complaints, a snail farm's expansion, a hemp processing plant), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 95. Measured before round 95: 0.948; after it: 1.000.
func TestHeldOut471(t *testing.T) {
	evaluate(t, "testdata/heldout471.json", "testdata/heldout471", false, bars{0.99, 0.99, 0.98, 0.99})
}

// TestHeldOut472 measures Find on a four-hundred-and-seventy-second set
// (testdata/heldout472, testdata/heldout472.json: a dry cleaner's solvent spill
// fine, a leisure centre's locker thefts, a ferry jetty repair delay, a
// narrowboat licence fee increase, a laser tag arena's planning appeal, a
// church raffle prize dispute), written and annotated by a helper who never saw
// the rules, blind to them while round 96 of them was made. Measured blind
// before round 96: 0.902; after it: 0.902. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut472$' -v | grep accuracy
func TestHeldOut472(t *testing.T) {
	evaluate(t, "testdata/heldout472.json", "testdata/heldout472", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut473 measures Find on a four-hundred-and-seventy-third set
// (testdata/heldout473, testdata/heldout473.json: a village fete's tombola
// licence, a charity jumble sale record, a council compost giveaway, a
// commercial greenhouse heating subsidy, a hydroponic farm in a disused tunnel,
// a mealworm protein startup), written and annotated by a helper who never saw
// the rules, blind to them while round 96 of them was made. Measured blind
// before round 96: 0.949; after it: 0.949. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut473$' -v | grep accuracy
func TestHeldOut473(t *testing.T) {
	evaluate(t, "testdata/heldout473.json", "testdata/heldout473", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut474 measures Find on a four-hundred-and-seventy-fourth set
// (testdata/heldout474, testdata/heldout474.json: a silk mill museum reopening,
// a flax growers' cooperative, a linen factory closure, a jute bag import
// tariff, a bamboo bicycle maker, a rattan furniture recall), written and
// annotated by a helper who never saw the rules, blind to them while round 96
// of them was made. Measured blind before round 96: 0.934; after it: 0.934. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut474$' -v | grep accuracy
func TestHeldOut474(t *testing.T) {
	evaluate(t, "testdata/heldout474.json", "testdata/heldout474", false, bars{0.98, 0.99, 0.97, 0.93})
}

// TestHeldOut475 measures Find on a four-hundred-and-seventy-fifth set
// (testdata/heldout475, testdata/heldout475.json: a cork oak forest fire, a
// rubber plantation wage strike, a marble quarry landslip, a granite kerbstone
// theft ring, an asphalt plant's odour complaints, a toffee factory's
// centenary), written and annotated by a helper who never saw the rules, blind
// to them while round 96 of them was made. Measured blind before round 96:
// 0.854; after it: 0.854. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut475$' -v | grep accuracy
func TestHeldOut475(t *testing.T) {
	evaluate(t, "testdata/heldout475.json", "testdata/heldout475", false, bars{0.99, 0.99, 0.96, 0.85})
}

// TestHeldOut476 measures Find on a four-hundred-and-seventy-sixth set
// (testdata/heldout476, testdata/heldout476.json: a ski resort chairlift
// stoppage, a button museum's donation, an hourglass maker's export order, a
// button battery poisoning warning, a hydroponic school garden, a compost
// toilet trial on a trail), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 96. Measured before
// round 96: 0.901; after it: 0.920.
func TestHeldOut476(t *testing.T) {
	evaluate(t, "testdata/heldout476.json", "testdata/heldout476", false, bars{0.99, 0.99, 0.98, 0.91})
}

// TestHeldOut477 measures Find on a four-hundred-and-seventy-seventh set
// (testdata/heldout477, testdata/heldout477.json: a silk road rail freight
// link, a narrowboat hire company's collapse, a jetty fishing ban, a greenhouse
// gas audit at a port, a cork recycling scheme at a wine fair, a marble
// statue's restoration), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 96. Measured before
// round 96: 0.942; after it: 0.961.
func TestHeldOut477(t *testing.T) {
	evaluate(t, "testdata/heldout477.json", "testdata/heldout477", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut478 measures Find on a four-hundred-and-seventy-eighth set
// (testdata/heldout478, testdata/heldout478.json: a clockwork automaton's
// restoration, a pipe band judging row, an accordion festival's lost grant, a
// kombucha recall after bottles burst, a kelp farm licence dispute, a pepper
// crop failure at a city market), written and annotated by a helper who never
// saw the rules, blind to them while round 97 of them was made. Measured blind
// before round 97: 0.904; after it: 0.904. A test set: do not read its misses;
// run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut478$' -v | grep accuracy
func TestHeldOut478(t *testing.T) {
	evaluate(t, "testdata/heldout478.json", "testdata/heldout478", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut479 measures Find on a four-hundred-and-seventy-ninth set
// (testdata/heldout479, testdata/heldout479.json: a drought-hit olive harvest,
// a disease killing date palms, almond growers' water use, walnut orchard
// thefts, a protest against felling chestnut trees, a revival of hazel
// coppicing), written and annotated by a helper who never saw the rules, blind
// to them while round 97 of them was made. Measured blind before round 97:
// 0.966; after it: 0.966. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut479$' -v | grep accuracy
func TestHeldOut479(t *testing.T) {
	evaluate(t, "testdata/heldout479.json", "testdata/heldout479", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut480 measures Find on a four-hundred-and-eightieth set
// (testdata/heldout480, testdata/heldout480.json: a fungal disease in birch
// woodland, a willow weaving workshop's award, a peony show disqualification, a
// dahlia society's archive dispute, a sunflower field overrun by tourists, fern
// poachers' arrest), written and annotated by a helper who never saw the rules,
// blind to them while round 97 of them was made. Measured blind before round
// 97: 0.934; after it: 0.934. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut480$' -v | grep accuracy
func TestHeldOut480(t *testing.T) {
	evaluate(t, "testdata/heldout480.json", "testdata/heldout480", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut481 measures Find on a four-hundred-and-eighty-first set
// (testdata/heldout481, testdata/heldout481.json: ivy on a listed building, a
// court case over heather burning, a shingle beach eroding under a village, a
// dune restoration scheme, an aqueduct's emergency repair, a viaduct closed by
// a crack), written and annotated by a helper who never saw the rules, blind to
// them while round 97 of them was made. Measured blind before round 97: 0.956;
// after it: 0.956. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut481$' -v | grep accuracy
func TestHeldOut481(t *testing.T) {
	evaluate(t, "testdata/heldout481.json", "testdata/heldout481", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut482 measures Find on a four-hundred-and-eighty-second set
// (testdata/heldout482, testdata/heldout482.json: rural post box removals,
// lampposts turned into car chargers, a ban on memorial benches, a
// rollercoaster inquiry, a national yo-yo championship, a marbles championship
// in a pub garden), written and annotated by a helper who never saw the rules:
// a development set whose misses were read in round 97. Measured before round
// 97: 0.957; after it: 0.968.
func TestHeldOut482(t *testing.T) {
	evaluate(t, "testdata/heldout482.json", "testdata/heldout482", false, bars{0.99, 0.99, 0.99, 0.96})
}

// TestHeldOut483 measures Find on a four-hundred-and-eighty-third set
// (testdata/heldout483, testdata/heldout483.json: a dominoes league's club
// closure, a mahjong club outgrowing its hall, a city's last billiards hall, a
// saddle-maker's apprentice, a farrier shortage, a caviar smuggling case),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 97. Measured before round 97: 0.925; after
// it: 0.925.
func TestHeldOut483(t *testing.T) {
	evaluate(t, "testdata/heldout483.json", "testdata/heldout483", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut484 measures Find on a four-hundred-and-eighty-fourth set
// (testdata/heldout484, testdata/heldout484.json: a draughts final stopped by a
// cheating claim, a felt hat maker closing, a tannery accused of polluting a
// stream, an insurer's ban on a horseshoe-throwing contest, a firefly survey
// near new streetlights, a ladybird swarm closing a playground), written and
// annotated by a helper who never saw the rules, blind to them while round 98
// of them was made. Measured blind before round 98: 0.891; after it: 0.891. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut484$' -v | grep accuracy
func TestHeldOut484(t *testing.T) {
	evaluate(t, "testdata/heldout484.json", "testdata/heldout484", false, bars{0.99, 0.99, 0.99, 0.89})
}

// TestHeldOut485 measures Find on a four-hundred-and-eighty-fifth set
// (testdata/heldout485, testdata/heldout485.json: an aquarium octopus escaping
// through a drain, a squid fleet stopped by a quota, a shrimp farm blamed for
// mangrove loss, a record tide-gauge reading, a navigation buoy adrift in a
// shipping lane, an anchor dragged across an undersea cable), written and
// annotated by a helper who never saw the rules, blind to them while round 98
// of them was made. Measured blind before round 98: 0.962; after it: 0.962. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut485$' -v | grep accuracy
func TestHeldOut485(t *testing.T) {
	evaluate(t, "testdata/heldout485.json", "testdata/heldout485", false, bars{0.99, 0.99, 0.96, 0.96})
}

// TestHeldOut486 measures Find on a four-hundred-and-eighty-sixth set
// (testdata/heldout486, testdata/heldout486.json: a beeswax candle business hit
// by a bee disease, a backgammon club's sponsorship row, readers' revolt over a
// dropped sudoku, an airship freight plan for islands, a gliding club against a
// wind farm, a parachute failure inquiry), written and annotated by a helper
// who never saw the rules, blind to them while round 98 of them was made.
// Measured blind before round 98: 0.920; after it: 0.920. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut486$' -v | grep accuracy
func TestHeldOut486(t *testing.T) {
	evaluate(t, "testdata/heldout486.json", "testdata/heldout486", false, bars{0.99, 0.99, 0.99, 0.91})
}

// TestHeldOut487 measures Find on a four-hundred-and-eighty-seventh set
// (testdata/heldout487, testdata/heldout487.json: a skydiving centre's
// suspended licence, teenagers' skate park campaign, a roller rink in an old
// supermarket, a unicycle hockey team, a juggling convention, a clown school
// facing eviction), written and annotated by a helper who never saw the rules,
// blind to them while round 98 of them was made. Measured blind before round
// 98: 0.922; after it: 0.922. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut487$' -v | grep accuracy
func TestHeldOut487(t *testing.T) {
	evaluate(t, "testdata/heldout487.json", "testdata/heldout487", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut488 measures Find on a four-hundred-and-eighty-eighth set
// (testdata/heldout488, testdata/heldout488.json: church bells silenced by a
// noise notice, a brass band's stolen instruments, a drum school evicted from a
// railway arch, a croissant recipe lawsuit, a ramen queue blocking a footpath,
// a tempeh factory fire), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 98. Measured before
// round 98: 0.891; after it: 0.940.
func TestHeldOut488(t *testing.T) {
	evaluate(t, "testdata/heldout488.json", "testdata/heldout488", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut489 measures Find on a four-hundred-and-eighty-ninth set
// (testdata/heldout489, testdata/heldout489.json: a sauerkraut maker's hygiene
// closure, a vinegar works' smell, a mustard seed shortage, a ketchup labelling
// row, a school custard and gravy menu change, a jam competition cancelled over
// sugar rules), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 98. Measured before round 98:
// 0.969; after it: 0.969.
func TestHeldOut489(t *testing.T) {
	evaluate(t, "testdata/heldout489.json", "testdata/heldout489", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut490 measures Find on a four-hundred-and-ninetieth set
// (testdata/heldout490, testdata/heldout490.json: a liquorice works closed by a
// sugar levy, lollipop crossing patrols scrapped, a peanut allergy death
// prosecuted, a pistachio import ban, vandals at a lime kiln, a lemon grove
// wildfire), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 99 of them was made. Measured blind before
// round 99: 0.911; after it: 0.911. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut490$' -v | grep accuracy
func TestHeldOut490(t *testing.T) {
	evaluate(t, "testdata/heldout490.json", "testdata/heldout490", false, bars{0.99, 0.99, 0.98, 0.91})
}

// TestHeldOut491 measures Find on a four-hundred-and-ninety-first set
// (testdata/heldout491, testdata/heldout491.json: a grapefruit and medicine
// warning, a plum harvest lost to frost, a cherry blossom festival cancelled,
// an apricot cooperative's collapse, a perry trademark dispute, a raspberry
// pickers' pay dispute), written and annotated by a helper who never saw the
// rules, the rules blind to them while round 99 of them was made. Measured
// blind before round 99: 0.939; after it: 0.939. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut491$' -v | grep accuracy
func TestHeldOut491(t *testing.T) {
	evaluate(t, "testdata/heldout491.json", "testdata/heldout491", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut492 measures Find on a four-hundred-and-ninety-second set
// (testdata/heldout492, testdata/heldout492.json: a blueberry farm's water row,
// a gooseberry show's judging scandal, a rhubarb protected-name fight, a giant
// turnip contest, a beetroot juice study, cabbage white butterflies on
// allotments), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 99 of them was made. Measured blind before
// round 99: 0.929; after it: 0.929. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut492$' -v | grep accuracy
func TestHeldOut492(t *testing.T) {
	evaluate(t, "testdata/heldout492.json", "testdata/heldout492", false, bars{0.99, 0.99, 0.96, 0.92})
}

// TestHeldOut493 measures Find on a four-hundred-and-ninety-third set
// (testdata/heldout493, testdata/heldout493.json: stolen prize leeks, an onion
// export ban, a garlic festival that outgrew its ferry, a ginger beer recall,
// turmeric supplements and liver injuries, a cinnamon bun chain's collapse),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 99 of them was made. Measured blind before round 99: 0.943;
// after it: 0.943. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut493$' -v | grep accuracy
func TestHeldOut493(t *testing.T) {
	evaluate(t, "testdata/heldout493.json", "testdata/heldout493", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut494 measures Find on a four-hundred-and-ninety-fourth set
// (testdata/heldout494, testdata/heldout494.json: a nutmeg museum's claim to
// looted artefacts, a clove cigarette ban, a marionette theatre evicted, a pipe
// band banned from a square, a harmonica maker sold, a banjo festival's
// headliner quitting), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 99. Measured before
// round 99: 0.888; after it: 0.905.
func TestHeldOut494(t *testing.T) {
	evaluate(t, "testdata/heldout494.json", "testdata/heldout494", false, bars{0.99, 0.99, 0.97, 0.90})
}

// TestHeldOut495 measures Find on a four-hundred-and-ninety-fifth set
// (testdata/heldout495, testdata/heldout495.json: a percussion school's funding
// cut, a didgeridoo from a protected tree at auction, a hazelnut shortage, a
// melon listeria recall, a grower's flooded fields, a salad bag E. coli
// recall), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 99. Measured before round 99:
// 0.917; after it: 0.938.
func TestHeldOut495(t *testing.T) {
	evaluate(t, "testdata/heldout495.json", "testdata/heldout495", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut496 measures Find on a four-hundred-and-ninety-sixth set
// (testdata/heldout496, testdata/heldout496.json: lettuce pickers in unsafe
// caravans, a cucumber glut dumped in a price protest, a courgette contest won
// by a 90-year-old, lead-tainted paprika, a sesame labelling error, a mint
// sauce factory fire), written and annotated by a helper who never saw the
// rules, the rules blind to them while round 100 of them was made. Measured
// blind before round 100: 0.972; after it: 0.972. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut496$' -v | grep accuracy
func TestHeldOut496(t *testing.T) {
	evaluate(t, "testdata/heldout496.json", "testdata/heldout496", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut497 measures Find on a four-hundred-and-ninety-seventh set
// (testdata/heldout497, testdata/heldout497.json: downy mildew in a greenhouse
// firm's basil, a thyme honey label fight, an oregano fraud inquiry, a fennel
// stall evicted, a chilli-eating contest that ended in hospital, a papaya
// import halt), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 100 of them was made. Measured blind before
// round 100: 0.920; after it: 0.920. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut497$' -v | grep accuracy
func TestHeldOut497(t *testing.T) {
	evaluate(t, "testdata/heldout497.json", "testdata/heldout497", false, bars{0.99, 0.99, 0.99, 0.91})
}

// TestHeldOut498 measures Find on a four-hundred-and-ninety-eighth set
// (testdata/heldout498, testdata/heldout498.json: an acorn shortage and a
// squirrel appeal, an aubergine price war, an artichoke festival that lost its
// grant, asparagus workers exploited, a broccoli patent challenged, a
// cauliflower cheese school dinner row), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 100 of them was
// made. Measured blind before round 100: 0.939; after it: 0.939. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut498$' -v | grep accuracy
func TestHeldOut498(t *testing.T) {
	evaluate(t, "testdata/heldout498.json", "testdata/heldout498", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut499 measures Find on a four-hundred-and-ninety-ninth set
// (testdata/heldout499, testdata/heldout499.json: volunteers saving a sprout
// harvest, a chocolate maker's fair-trade claim, a barley failure hitting
// distilleries, a rye bakery listed as heritage, a miso chain's hygiene grade,
// a pickle factory's brine leak), written and annotated by a helper who never
// saw the rules, the rules blind to them while round 100 of them was made.
// Measured blind before round 100: 0.926; after it: 0.926. A test set: do not
// read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut499$' -v | grep accuracy
func TestHeldOut499(t *testing.T) {
	evaluate(t, "testdata/heldout499.json", "testdata/heldout499", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut500 measures Find on a five-hundredth set (testdata/heldout500,
// testdata/heldout500.json: a yeast shortage, a waffle house robbery foiled, a
// crumpet factory closing, a scone recipe dispute, a muffin recall over nuts, a
// baguette price cap), written and annotated by a helper who never saw the
// rules: a development set whose misses were read in round 100. Measured before
// round 100: 0.947; after it: 0.961.
func TestHeldOut500(t *testing.T) {
	evaluate(t, "testdata/heldout500.json", "testdata/heldout500", false, bars{0.99, 0.99, 0.95, 0.96})
}

// TestHeldOut501 measures Find on a five-hundred-and-first set
// (testdata/heldout501, testdata/heldout501.json: a burrito chain's drivers
// striking, a pasta maker's pension cut, an oat mill's dust explosion, a
// marzipan shop's centenary, a sardine and anchovy ban, a mackerel quota row),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 100. Measured before round 100: 0.950; after
// it: 0.978.
func TestHeldOut501(t *testing.T) {
	evaluate(t, "testdata/heldout501.json", "testdata/heldout501", false, bars{0.99, 0.99, 0.98, 0.97})
}

// TestHeldOut502 measures Find on a five-hundred-and-second set
// (testdata/heldout502, testdata/heldout502.json: a meringue judge accused of
// bias, a risotto chain in administration, a clarinet stolen from a youth
// orchestra's bus, a mandolin festival cancelled over noise, an oboe maker's
// flooded workshop, a zither museum's sale), written and annotated by a helper
// who never saw the rules, the rules blind to them while round 101 of them was
// made. Measured blind before round 101: 0.912; after it: 0.912. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut502$' -v | grep accuracy
func TestHeldOut502(t *testing.T) {
	evaluate(t, "testdata/heldout502.json", "testdata/heldout502", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut503 measures Find on a five-hundred-and-third set
// (testdata/heldout503, testdata/heldout503.json: a piccolo player's hearing-
// loss claim, lead dust at a cymbal factory, a theremin concert cut by a power
// cut, a macrame fair's pitch fees, wheelwright apprenticeships, a glazier
// fined after a window fell), written and annotated by a helper who never saw
// the rules, the rules blind to them while round 101 of them was made. Measured
// blind before round 101: 0.923; after it: 0.923. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut503$' -v | grep accuracy
func TestHeldOut503(t *testing.T) {
	evaluate(t, "testdata/heldout503.json", "testdata/heldout503", false, bars{0.99, 0.99, 0.96, 0.92})
}

// TestHeldOut504 measures Find on a five-hundred-and-fourth set
// (testdata/heldout504, testdata/heldout504.json: a plasterers' piece-rate
// dispute, a milliner's counterfeit hats, a town hall clock restarted, a
// bassoon shortage in schools, a harpsichord's record auction, a steel-pan
// band's rehearsal space), written and annotated by a helper who never saw the
// rules, the rules blind to them while round 101 of them was made. Measured
// blind before round 101: 0.944; after it: 0.944. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut504$' -v | grep accuracy
func TestHeldOut504(t *testing.T) {
	evaluate(t, "testdata/heldout504.json", "testdata/heldout504", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut505 measures Find on a five-hundred-and-fifth set
// (testdata/heldout505, testdata/heldout505.json: a bobsleigh team's
// crowdfunding, a badminton hall's roof collapse, a handball referee's
// suspension, a dodgeball league's insurance row, a bowling alley's closure, a
// pub skittle alley listed), written and annotated by a helper who never saw
// the rules, the rules blind to them while round 101 of them was made. Measured
// blind before round 101: 0.954; after it: 0.954. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut505$' -v | grep accuracy
func TestHeldOut505(t *testing.T) {
	evaluate(t, "testdata/heldout505.json", "testdata/heldout505", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut506 measures Find on a five-hundred-and-sixth set
// (testdata/heldout506, testdata/heldout506.json: a Scrabble disqualification,
// a go-kart track's noise row, a waxwork removed after protests, a kirk organ's
// restoration bill, a thatcher shortage and insurance, a dry-stone wall wrecked
// by off-roaders), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 101. Measured before round
// 101: 0.943; after it: 0.943.
func TestHeldOut506(t *testing.T) {
	evaluate(t, "testdata/heldout506.json", "testdata/heldout506", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut507 measures Find on a five-hundred-and-seventh set
// (testdata/heldout507, testdata/heldout507.json: a taxidermy donation,
// bookbinders evicted from a railway arch, a cobbler's closing, a locksmith's
// burglaries, a chandlery's fuel prices, false fire-safety labels on
// furniture), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 101. Measured before round
// 101: 0.904; after it: 0.927.
func TestHeldOut507(t *testing.T) {
	evaluate(t, "testdata/heldout507.json", "testdata/heldout507", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut508 measures Find on a five-hundred-and-eighth set
// (testdata/heldout508, testdata/heldout508.json: a cooperage's lost cask
// contract, a sail loft turned into flats, a saddler's unsafe tack, a
// perfumer's trademark fight, a soapmaker and new cosmetics rules, a ropeworks'
// funding gap), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 102 of them was made. Measured blind before
// round 102: 0.947; after it: 0.947. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut508$' -v | grep accuracy
func TestHeldOut508(t *testing.T) {
	evaluate(t, "testdata/heldout508.json", "testdata/heldout508", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut509 measures Find on a five-hundred-and-ninth set
// (testdata/heldout509, testdata/heldout509.json: a dragon boat capsize, a
// caving club's rescue bill, an orienteering route through an estate, a water
// polo coach's appeal, a synchronised swimming team's pool time, a korfball
// league's Olympic bid), written and annotated by a helper who never saw the
// rules, the rules blind to them while round 102 of them was made. Measured
// blind before round 102: 0.896; after it: 0.896. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut509$' -v | grep accuracy
func TestHeldOut509(t *testing.T) {
	evaluate(t, "testdata/heldout509.json", "testdata/heldout509", false, bars{0.99, 0.99, 0.99, 0.89})
}

// TestHeldOut510 measures Find on a five-hundred-and-tenth set
// (testdata/heldout510, testdata/heldout510.json: a paella festival's food
// poisoning, a goulash restaurant's hygiene rating, a haggis export blocked,
// cockle-pickers' licences, a scallop dredging ban, a samphire foraging
// crackdown), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 102 of them was made. Measured blind before
// round 102: 0.942; after it: 0.942. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut510$' -v | grep accuracy
func TestHeldOut510(t *testing.T) {
	evaluate(t, "testdata/heldout510.json", "testdata/heldout510", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut511 measures Find on a five-hundred-and-eleventh set
// (testdata/heldout511, testdata/heldout511.json: a pipe band's noise
// complaint, a xylophone maker's timber, a trombone section's walkout, a tuba
// player's baggage fight, a French horn in a pawn shop, a sitar school's rent),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 102 of them was made. Measured blind before round 102:
// 0.943; after it: 0.943. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut511$' -v | grep accuracy
func TestHeldOut511(t *testing.T) {
	evaluate(t, "testdata/heldout511.json", "testdata/heldout511", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut512 measures Find on a five-hundred-and-twelfth set
// (testdata/heldout512, testdata/heldout512.json: a shinty pitch flooded, a
// boules court made a car park, a luge track's overruns, a ski jump's
// demolition vote, biathlon range noise, a windsurf school's beach access),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 102. Measured before round 102: 0.974; after
// it: 0.987.
func TestHeldOut512(t *testing.T) {
	evaluate(t, "testdata/heldout512.json", "testdata/heldout512", false, bars{0.99, 0.99, 0.97, 0.98})
}

// TestHeldOut513 measures Find on a five-hundred-and-thirteenth set
// (testdata/heldout513, testdata/heldout513.json: a jet ski operator fined, a
// quad bike firm's licence revoked, a motocross track's appeal, a speedway
// stadium sold, a stock car crash, a hen harrier nest destroyed), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 102. Measured before round 102: 0.948; after it: 0.971.
func TestHeldOut513(t *testing.T) {
	evaluate(t, "testdata/heldout513.json", "testdata/heldout513", false, bars{0.99, 0.99, 0.99, 0.97})
}

// TestHeldOut514 measures Find on a five-hundred-and-fourteenth set
// (testdata/heldout514, testdata/heldout514.json: an osprey platform removed, a
// bat roost delaying a school, a dormouse survey halting a road, glow-worms and
// street lighting, a mayfly decline, a whelk quota cut), written and annotated
// by a helper who never saw the rules, the rules blind to them while round 103
// of them was made. Measured blind before round 103: 0.920; after it: 0.920. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut514$' -v | grep accuracy
func TestHeldOut514(t *testing.T) {
	evaluate(t, "testdata/heldout514.json", "testdata/heldout514", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut515 measures Find on a five-hundred-and-fifteenth set
// (testdata/heldout515, testdata/heldout515.json: a cricket bat maker's willow,
// a Gaelic-medium school's catchment, a sepak takraw club's gym, a skittles
// alley closed, a parkour ban, an ultimate frisbee field bill), written and
// annotated by a helper who never saw the rules, the rules blind to them while
// round 103 of them was made. Measured blind before round 103: 0.927; after it:
// 0.927. A test set: do not read its misses; run it alone and look only at the
// last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut515$' -v | grep accuracy
func TestHeldOut515(t *testing.T) {
	evaluate(t, "testdata/heldout515.json", "testdata/heldout515", false, bars{0.99, 0.99, 0.98, 0.92})
}

// TestHeldOut516 measures Find on a five-hundred-and-sixteenth set
// (testdata/heldout516, testdata/heldout516.json: a town hall clock repair, a
// letterpress studio evicted, a lock-keeper's cottage sold, a ferry's last run,
// a tide mill's lottery bid, a shanty group's residency), written and annotated
// by a helper who never saw the rules, the rules blind to them while round 103
// of them was made. Measured blind before round 103: 0.931; after it: 0.931. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut516$' -v | grep accuracy
func TestHeldOut516(t *testing.T) {
	evaluate(t, "testdata/heldout516.json", "testdata/heldout516", false, bars{0.99, 0.99, 0.99, 0.93})
}

// TestHeldOut517 measures Find on a five-hundred-and-seventeenth set
// (testdata/heldout517, testdata/heldout517.json: a steel pan band's grant, a
// bodhran maker's fire, a kitesurfing ban, a climbing crag closed for nesting
// birds, a natterjack pond dug up, an adder bite), written and annotated by a
// helper who never saw the rules, the rules blind to them while round 103 of
// them was made. Measured blind before round 103: 0.902; after it: 0.902. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut517$' -v | grep accuracy
func TestHeldOut517(t *testing.T) {
	evaluate(t, "testdata/heldout517.json", "testdata/heldout517", false, bars{0.99, 0.99, 0.97, 0.90})
}

// TestHeldOut518 measures Find on a five-hundred-and-eighteenth set
// (testdata/heldout518, testdata/heldout518.json: a gannet colony and bird flu,
// a lamprey pass on a weir, a sturgeon farm escape, a cheese rolling race's
// insurance, a tug of war weigh-in, a steel-conker claim), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 103. Measured before round 103: 0.949; after it: 0.960.
func TestHeldOut518(t *testing.T) {
	evaluate(t, "testdata/heldout518.json", "testdata/heldout518", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut519 measures Find on a five-hundred-and-nineteenth set
// (testdata/heldout519, testdata/heldout519.json: a well dressing short of
// volunteers, a ploughing match cancelled, a Christmas tree farm's pests, a
// mead maker's duty bill, an axe-throwing licence, scarecrow vandalism),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 103. Measured before round 103: 0.942; after
// it: 0.968.
func TestHeldOut519(t *testing.T) {
	evaluate(t, "testdata/heldout519.json", "testdata/heldout519", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut520 measures Find on a five-hundred-and-twentieth set
// (testdata/heldout520, testdata/heldout520.json: a yurt campsite refused, a
// shepherd hut let's neighbours, a treehouse removal order, a tiny home village
// for veterans, a geocache taken for a bomb, a dune fence), written and
// annotated by a helper who never saw the rules, the rules blind to them while
// round 104 of them was made. Measured blind before round 104: 0.911; after it:
// 0.911. A test set: do not read its misses; run it alone and look only at the
// last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut520$' -v | grep accuracy
func TestHeldOut520(t *testing.T) {
	evaluate(t, "testdata/heldout520.json", "testdata/heldout520", false, bars{0.99, 0.99, 0.97, 0.91})
}

// TestHeldOut521 measures Find on a five-hundred-and-twenty-first set
// (testdata/heldout521, testdata/heldout521.json: a salt marsh made by
// breaching a sea wall, a rookery felled, a woodpecker and a leisure centre's
// cladding, a nightingale site for housing, a bittern booming again, moose
// collisions), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 104 of them was made. Measured blind before
// round 104: 0.952; after it: 0.952. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut521$' -v | grep accuracy
func TestHeldOut521(t *testing.T) {
	evaluate(t, "testdata/heldout521.json", "testdata/heldout521", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut522 measures Find on a five-hundred-and-twenty-second set
// (testdata/heldout522, testdata/heldout522.json: coyotes and pets, a
// rattlesnake in a school, an alligator in a pool, manatee deaths, a wombat
// burrow and a rail upgrade, a platypus in a creek), written and annotated by a
// helper who never saw the rules, the rules blind to them while round 104 of
// them was made. Measured blind before round 104: 0.977; after it: 0.977. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut522$' -v | grep accuracy
func TestHeldOut522(t *testing.T) {
	evaluate(t, "testdata/heldout522.json", "testdata/heldout522", false, bars{0.99, 0.99, 0.97, 0.97})
}

// TestHeldOut523 measures Find on a five-hundred-and-twenty-third set
// (testdata/heldout523, testdata/heldout523.json: a pipe band's practice noise,
// a mural painted over, a clock tower's chimes silenced, a seaside monorail's
// closure, a rickshaw licence scheme, a gondola lift plan), written and
// annotated by a helper who never saw the rules, the rules blind to them while
// round 104 of them was made. Measured blind before round 104: 0.939; after it:
// 0.939. A test set: do not read its misses; run it alone and look only at the
// last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut523$' -v | grep accuracy
func TestHeldOut523(t *testing.T) {
	evaluate(t, "testdata/heldout523.json", "testdata/heldout523", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut524 measures Find on a five-hundred-and-twenty-fourth set
// (testdata/heldout524, testdata/heldout524.json: a triathlon swim cancelled, a
// fell race rescue, a camogie team's kit sponsor, pickleball noise, a padel
// club's floodlights, a water polo club's pool time), written and annotated by
// a helper who never saw the rules: a development set whose misses were read in
// round 104. Measured before round 104: 0.937; after it: 0.969.
func TestHeldOut524(t *testing.T) {
	evaluate(t, "testdata/heldout524.json", "testdata/heldout524", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut525 measures Find on a five-hundred-and-twenty-fifth set
// (testdata/heldout525, testdata/heldout525.json: a strongman contest, an arm
// wrestling doping test, a bog snorkelling drought, worm charming rules, a
// black pudding's protected name, a food truck park closed), written and
// annotated by a helper who never saw the rules: a development set whose misses
// were read in round 104. Measured before round 104: 0.938; after it: 0.966.
func TestHeldOut525(t *testing.T) {
	evaluate(t, "testdata/heldout525.json", "testdata/heldout525", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut526 measures Find on a five-hundred-and-twenty-sixth set
// (testdata/heldout526, testdata/heldout526.json: a hedge laying contest's
// judging, a cranberry harvest in drought, a lumberjack show's inspection, an
// ice fishing rescue, a lifesaving club's hut, water voles on a canal), written
// and annotated by a helper who never saw the rules, the rules blind to them
// while round 105 of them was made. Measured blind before round 105: 0.946;
// after it: 0.946. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut526$' -v | grep accuracy
func TestHeldOut526(t *testing.T) {
	evaluate(t, "testdata/heldout526.json", "testdata/heldout526", false, bars{0.99, 0.99, 0.99, 0.94})
}

// TestHeldOut527 measures Find on a five-hundred-and-twenty-seventh set
// (testdata/heldout527, testdata/heldout527.json: a kite festival cancelled by
// wind, a shire horse stud's closure, magpies swooping cyclists, the first
// cuckoo of a county survey, stoats on a Scottish island, a mole catcher and a
// cemetery), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 105 of them was made. Measured blind before
// round 105: 0.970; after it: 0.970. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut527$' -v | grep accuracy
func TestHeldOut527(t *testing.T) {
	evaluate(t, "testdata/heldout527.json", "testdata/heldout527", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut528 measures Find on a five-hundred-and-twenty-eighth set
// (testdata/heldout528, testdata/heldout528.json: a cougar near a school, a
// pelican in fishing line, a possum in a hospital ceiling, a dingo attack on
// K'gari, cassowary road signs, a quokka selfie fine), written and annotated by
// a helper who never saw the rules, the rules blind to them while round 105 of
// them was made. Measured blind before round 105: 0.944; after it: 0.944. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut528$' -v | grep accuracy
func TestHeldOut528(t *testing.T) {
	evaluate(t, "testdata/heldout528.json", "testdata/heldout528", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut529 measures Find on a five-hundred-and-twenty-ninth set
// (testdata/heldout529, testdata/heldout529.json: a new gecko species, an
// axolotl breeding refuge, a tuk-tuk licence refused, a weightlifting club's
// grant cut, a powerlifting record disallowed, an egg throwing contest's new
// venue), written and annotated by a helper who never saw the rules, the rules
// blind to them while round 105 of them was made. Measured blind before round
// 105: 0.945; after it: 0.945. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut529$' -v | grep accuracy
func TestHeldOut529(t *testing.T) {
	evaluate(t, "testdata/heldout529.json", "testdata/heldout529", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut530 measures Find on a five-hundred-and-thirtieth set
// (testdata/heldout530, testdata/heldout530.json: a gurning contest's celebrity
// judge, a Cornish pasty label row, a gelato queue, a pigeon loft fire, a
// toboggan run closed, beehive thefts), written and annotated by a helper who
// never saw the rules: a development set whose misses were read in round 105.
// Measured before round 105: 0.891; after it: 0.917.
func TestHeldOut530(t *testing.T) {
	evaluate(t, "testdata/heldout530.json", "testdata/heldout530", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut531 measures Find on a five-hundred-and-thirty-first set
// (testdata/heldout531, testdata/heldout531.json: a mushroom foraging ban, a
// candy floss stall's hygiene rating, yaks on a Welsh farm, a red kite feeding
// station, curlews and a wind farm, a bingo hall turned into flats), written
// and annotated by a helper who never saw the rules: a development set whose
// misses were read in round 105. Measured before round 105: 0.920; after it:
// 0.935.
func TestHeldOut531(t *testing.T) {
	evaluate(t, "testdata/heldout531.json", "testdata/heldout531", false, bars{0.99, 0.99, 0.97, 0.93})
}

// TestHeldOut532 measures Find on a five-hundred-and-thirty-second set
// (testdata/heldout532, testdata/heldout532.json: a kittiwake colony on a
// warehouse, a corncrake count, a lapwing field ploughed by mistake, slow worms
// holding up houses, a zip wire refused, a bouncy castle blown away), written
// and annotated by a helper who never saw the rules, the rules blind to them
// while round 106 of them was made. Measured blind before round 106: 0.944;
// after it: 0.944. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut532$' -v | grep accuracy
func TestHeldOut532(t *testing.T) {
	evaluate(t, "testdata/heldout532.json", "testdata/heldout532", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut533 measures Find on a five-hundred-and-thirty-third set
// (testdata/heldout533, testdata/heldout533.json: a chess club evicted from a
// library, a tiddlywinks championship, a kazoo record attempt, a carillon
// restored, a dragway's noise, a Ferris wheel stuck), written and annotated by
// a helper who never saw the rules, the rules blind to them while round 106 of
// them was made. Measured blind before round 106: 0.914; after it: 0.914. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut533$' -v | grep accuracy
func TestHeldOut533(t *testing.T) {
	evaluate(t, "testdata/heldout533.json", "testdata/heldout533", false, bars{0.99, 0.99, 0.95, 0.91})
}

// TestHeldOut534 measures Find on a five-hundred-and-thirty-fourth set
// (testdata/heldout534, testdata/heldout534.json: a petanque court lost to a
// car park, a kendo dojo's rent, a jousting tournament, a goat yoga licence, a
// pygmy hippo calf, a walrus on a slipway), written and annotated by a helper
// who never saw the rules, the rules blind to them while round 106 of them was
// made. Measured blind before round 106: 0.968; after it: 0.968. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut534$' -v | grep accuracy
func TestHeldOut534(t *testing.T) {
	evaluate(t, "testdata/heldout534.json", "testdata/heldout534", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut535 measures Find on a five-hundred-and-thirty-fifth set
// (testdata/heldout535, testdata/heldout535.json: an iguana cull, smuggled
// chameleons, a tarantula's escape, a scorpion in bananas, a dragonfly survey,
// slugs at an allotment show), written and annotated by a helper who never saw
// the rules, the rules blind to them while round 106 of them was made. Measured
// blind before round 106: 0.954; after it: 0.954. A test set: do not read its
// misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut535$' -v | grep accuracy
func TestHeldOut535(t *testing.T) {
	evaluate(t, "testdata/heldout535.json", "testdata/heldout535", false, bars{0.99, 0.99, 0.96, 0.95})
}

// TestHeldOut536 measures Find on a five-hundred-and-thirty-sixth set
// (testdata/heldout536, testdata/heldout536.json: a shanty group barred from a
// pub, a handbell choir's hall, bagpipes seized at a border, a yodelling
// contest, a beatbox judging row, a stamp auction), written and annotated by a
// helper who never saw the rules: a development set whose misses were read in
// round 106. Measured before round 106: 0.930; after it: 0.957.
func TestHeldOut536(t *testing.T) {
	evaluate(t, "testdata/heldout536.json", "testdata/heldout536", false, bars{0.99, 0.99, 0.99, 0.95})
}

// TestHeldOut537 measures Find on a five-hundred-and-thirty-seventh set
// (testdata/heldout537, testdata/heldout537.json: a coin hoard, a weather
// balloon in a garden, a drone show that failed, a trampled bluebell wood,
// vandalised topiary, a charity duck race), written and annotated by a helper
// who never saw the rules: a development set whose misses were read in round
// 106. Measured before round 106: 0.933; after it: 0.959.
func TestHeldOut537(t *testing.T) {
	evaluate(t, "testdata/heldout537.json", "testdata/heldout537", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut538 measures Find on a five-hundred-and-thirty-eighth set
// (testdata/heldout538, testdata/heldout538.json: a hedge maze closed at night,
// a canal lock gate failure, a swing bridge stuck open, a pedalo rescue, a
// wakeboard park appeal, a coasteering accident), written and annotated by a
// helper who never saw the rules, the rules blind to them while round 107 of
// them was made. Measured blind before round 107: 0.939; after it: 0.939. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut538$' -v | grep accuracy
func TestHeldOut538(t *testing.T) {
	evaluate(t, "testdata/heldout538.json", "testdata/heldout538", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut539 measures Find on a five-hundred-and-thirty-ninth set
// (testdata/heldout539, testdata/heldout539.json: a charity abseil, a hang
// gliding field sold, reindeer herders' land, a husky race without snow,
// escaped mink, a guinea pig rescue), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 107 of them was
// made. Measured blind before round 107: 0.962; after it: 0.962. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut539$' -v | grep accuracy
func TestHeldOut539(t *testing.T) {
	evaluate(t, "testdata/heldout539.json", "testdata/heldout539", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut540 measures Find on a five-hundred-and-fortieth set
// (testdata/heldout540, testdata/heldout540.json: a rabbit show judge, a
// catfish in a German lake, a krill quota row, an earthworm survey, a hedgehog
// crossing sign, a giant snowman contest), written and annotated by a helper
// who never saw the rules, the rules blind to them while round 107 of them was
// made. Measured blind before round 107: 0.948; after it: 0.948. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut540$' -v | grep accuracy
func TestHeldOut540(t *testing.T) {
	evaluate(t, "testdata/heldout540.json", "testdata/heldout540", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut541 measures Find on a five-hundred-and-forty-first set
// (testdata/heldout541, testdata/heldout541.json: a lighthouse keeper's
// cottage, wild boar on a golf course, a wife carrying race, a sloth born at a
// zoo, an armadillo in Illinois, a porcupine in a kitchen), written and
// annotated by a helper who never saw the rules, the rules blind to them while
// round 107 of them was made. Measured blind before round 107: 0.940; after it:
// 0.940. A test set: do not read its misses; run it alone and look only at the
// last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut541$' -v | grep accuracy
func TestHeldOut541(t *testing.T) {
	evaluate(t, "testdata/heldout541.json", "testdata/heldout541", false, bars{0.99, 0.99, 0.99, 0.93})
}

// TestHeldOut542 measures Find on a five-hundred-and-forty-second set
// (testdata/heldout542, testdata/heldout542.json: a kangaroo on a freeway,
// raccoons raiding bins, a skunk on a school bus, a caribou herd's decline, a
// giraffe's death, stolen meerkats), written and annotated by a helper who
// never saw the rules: a development set whose misses were read in round 107.
// Measured before round 107: 0.969; after it: 0.979.
func TestHeldOut542(t *testing.T) {
	evaluate(t, "testdata/heldout542.json", "testdata/heldout542", false, bars{0.99, 0.99, 0.98, 0.97})
}

// TestHeldOut543 measures Find on a five-hundred-and-forty-third set
// (testdata/heldout543, testdata/heldout543.json: a stolen lemur, an orangutan
// rescue, a salmon ladder, a narwhal off Norway, whale shark tagging, a giant
// marrow contest), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 107. Measured before round
// 107: 0.967; after it: 0.967.
func TestHeldOut543(t *testing.T) {
	evaluate(t, "testdata/heldout543.json", "testdata/heldout543", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut544 measures Find on a five-hundred-and-forty-fourth set
// (testdata/heldout544, testdata/heldout544.json: a gibbon sanctuary's funding
// cut, a piranha in an English reservoir, manta ray tourism rules, barnacles on
// a ferry fleet, a clam harvesting ban, a prawn farm's licence refused),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 108 of them was made. Measured blind before round 108:
// 0.961; after it: 0.961. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut544$' -v | grep accuracy
func TestHeldOut544(t *testing.T) {
	evaluate(t, "testdata/heldout544.json", "testdata/heldout544", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut545 measures Find on a five-hundred-and-forty-fifth set
// (testdata/heldout545, testdata/heldout545.json: sea urchins stripping kelp, a
// starfish wasting study, a Dutch carrot harvest failure, rice paddy flooding
// in Vietnam, a wasabi farm's expansion, an igloo hotel melting early), written
// and annotated by a helper who never saw the rules, the rules blind to them
// while round 108 of them was made. Measured blind before round 108: 0.931;
// after it: 0.931. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut545$' -v | grep accuracy
func TestHeldOut545(t *testing.T) {
	evaluate(t, "testdata/heldout545.json", "testdata/heldout545", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut546 measures Find on a five-hundred-and-forty-sixth set
// (testdata/heldout546, testdata/heldout546.json: a zeppelin passenger flight
// revived, a beach hut auction, a seahorse breeding programme, an albatross
// colony count, a stork on a church tower, vultures poisoned in Kenya), written
// and annotated by a helper who never saw the rules, the rules blind to them
// while round 108 of them was made. Measured blind before round 108: 0.909;
// after it: 0.909. A test set: do not read its misses; run it alone and look
// only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut546$' -v | grep accuracy
func TestHeldOut546(t *testing.T) {
	evaluate(t, "testdata/heldout546.json", "testdata/heldout546", false, bars{0.99, 0.99, 0.95, 0.90})
}

// TestHeldOut547 measures Find on a five-hundred-and-forty-seventh set
// (testdata/heldout547, testdata/heldout547.json: a pigeon racing doping case,
// a Burmese python hunt, a giant salamander, sea cucumber smuggling, a tuna
// auction record, a viral corn maze), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 108 of them was
// made. Measured blind before round 108: 0.946; after it: 0.946. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut547$' -v | grep accuracy
func TestHeldOut547(t *testing.T) {
	evaluate(t, "testdata/heldout547.json", "testdata/heldout547", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut548 measures Find on a five-hundred-and-forty-eighth set
// (testdata/heldout548, testdata/heldout548.json: a hay lorry fire on a
// motorway, a tractor pull noise row, a toe wrestling championship, a cicada
// emergence, cormorants in a Danish fjord, a tapir calf at a Czech zoo),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 108. Measured before round 108: 0.946; after
// it: 0.960.
func TestHeldOut548(t *testing.T) {
	evaluate(t, "testdata/heldout548.json", "testdata/heldout548", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut549 measures Find on a five-hundred-and-forty-ninth set
// (testdata/heldout549, testdata/heldout549.json: an okapi calf's debut,
// pangolin scale trafficking, a wallaby colony on a Scottish island, an opossum
// in a shopping centre, wolverine sightings in Norway, marmot bites at a ski
// resort), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 108. Measured before round
// 108: 0.994; after it: 1.000.
func TestHeldOut549(t *testing.T) {
	evaluate(t, "testdata/heldout549.json", "testdata/heldout549", false, bars{0.99, 0.99, 0.97, 0.99})
}

// TestHeldOut550 measures Find on a five-hundred-and-fiftieth set
// (testdata/heldout550, testdata/heldout550.json: a cuttlefish camouflage
// study, a snowshoe race cancelled for lack of snow, a tropical bobsled crew's
// crowdfunding, a pea shooting championship, the Tower of London's ravens, a
// gerbil breeder's licence dispute), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 109 of them was
// made. Measured blind before round 109: 0.964; after it: 0.964. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut550$' -v | grep accuracy
func TestHeldOut550(t *testing.T) {
	evaluate(t, "testdata/heldout550.json", "testdata/heldout550", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut551 measures Find on a five-hundred-and-fifty-first set
// (testdata/heldout551, testdata/heldout551.json: a chinchilla fur farm's
// closure, a Komodo dragon bite, an aardvark birth at a zoo, a tuatara release,
// chipmunks in a historic cemetery, a shrew rediscovered in a Welsh wood),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 109 of them was made. Measured blind before round 109:
// 0.938; after it: 0.938. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut551$' -v | grep accuracy
func TestHeldOut551(t *testing.T) {
	evaluate(t, "testdata/heldout551.json", "testdata/heldout551", false, bars{0.99, 0.99, 0.96, 0.93})
}

// TestHeldOut552 measures Find on a five-hundred-and-fifty-second set
// (testdata/heldout552, testdata/heldout552.json: dugongs losing seagrass,
// capybaras in a gated community, a lawnmower racing league's insurance, a
// stone skimming championship, a giant anteater released, sea lions in a
// marina), written and annotated by a helper who never saw the rules, the rules
// blind to them while round 109 of them was made. Measured blind before round
// 109: 0.981; after it: 0.981. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut552$' -v | grep accuracy
func TestHeldOut552(t *testing.T) {
	evaluate(t, "testdata/heldout552.json", "testdata/heldout552", false, bars{0.99, 0.99, 0.99, 0.98})
}

// TestHeldOut553 measures Find on a five-hundred-and-fifty-third set
// (testdata/heldout553, testdata/heldout553.json: a mongoose eradication plan,
// a hyena raid on livestock, golden jackals spreading west, a toucan smuggling
// arrest, weevils in a grain reserve, a medicinal leech supplier), written and
// annotated by a helper who never saw the rules, the rules blind to them while
// round 109 of them was made. Measured blind before round 109: 0.911; after it:
// 0.911. A test set: do not read its misses; run it alone and look only at the
// last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut553$' -v | grep accuracy
func TestHeldOut553(t *testing.T) {
	evaluate(t, "testdata/heldout553.json", "testdata/heldout553", false, bars{0.99, 0.99, 0.96, 0.91})
}

// TestHeldOut554 measures Find on a five-hundred-and-fifty-fourth set
// (testdata/heldout554, testdata/heldout554.json: a jaguar corridor under a
// highway, an ocelot recovery plan, a gazelle herd's collapse, a wildebeest
// migration delayed, warthogs in gardens, a baboon escape from a research
// centre), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 109. Measured before round
// 109: 0.934; after it: 0.934.
func TestHeldOut554(t *testing.T) {
	evaluate(t, "testdata/heldout554.json", "testdata/heldout554", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut555 measures Find on a five-hundred-and-fifty-fifth set
// (testdata/heldout555, testdata/heldout555.json: gorilla permit prices, a
// marmoset pet trade ban, sea otters in an Oregon estuary, a sled dog race
// shortened by thin ice, a kitesurfing ban, a hang gliding accident inquiry),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 109. Measured before round 109: 0.930; after
// it: 0.930.
func TestHeldOut555(t *testing.T) {
	evaluate(t, "testdata/heldout555.json", "testdata/heldout555", false, bars{0.99, 0.99, 0.97, 0.92})
}

// TestHeldOut556 measures Find on a five-hundred-and-fifty-sixth set
// (testdata/heldout556, testdata/heldout556.json: an antelope poaching trial, a
// zorbing accident at a holiday park, a bandy championship moved from Russia, a
// Basque pelota court saved, an ibex cull in the Alps, vicuña wool prices in
// the Andes), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 110 of them was made. Measured blind before
// round 110: 0.970; after it: 0.970. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut556$' -v | grep accuracy
func TestHeldOut556(t *testing.T) {
	evaluate(t, "testdata/heldout556.json", "testdata/heldout556", false, bars{0.99, 0.99, 0.98, 0.96})
}

// TestHeldOut557 measures Find on a five-hundred-and-fifty-seventh set
// (testdata/heldout557, testdata/heldout557.json: a puma sighting that closed a
// school, a bobcat kept in a city flat, a weasel that shut down a particle
// accelerator, a bilby sanctuary, an echidna in a shopping centre, a numbat
// count), written and annotated by a helper who never saw the rules, the rules
// blind to them while round 110 of them was made. Measured blind before round
// 110: 0.907; after it: 0.907. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut557$' -v | grep accuracy
func TestHeldOut557(t *testing.T) {
	evaluate(t, "testdata/heldout557.json", "testdata/heldout557", false, bars{0.99, 0.99, 0.98, 0.90})
}

// TestHeldOut558 measures Find on a five-hundred-and-fifty-eighth set
// (testdata/heldout558, testdata/heldout558.json: a kākāpō breeding season, a
// sacred ibis cull, egrets nesting by a runway, a hornbill nest camera, a
// condor release, kestrels on a city hall ledge), written and annotated by a
// helper who never saw the rules, the rules blind to them while round 110 of
// them was made. Measured blind before round 110: 0.936; after it: 0.936. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut558$' -v | grep accuracy
func TestHeldOut558(t *testing.T) {
	evaluate(t, "testdata/heldout558.json", "testdata/heldout558", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut559 measures Find on a five-hundred-and-fifty-ninth set
// (testdata/heldout559, testdata/heldout559.json: a buzzard attacking joggers,
// jackdaws blocking chimneys, a starling murmuration at a pier, a sparrow
// decline study, a sepaktakraw league's launch, a dressage judge suspended),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 110 of them was made. Measured blind before round 110:
// 0.953; after it: 0.953. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut559$' -v | grep accuracy
func TestHeldOut559(t *testing.T) {
	evaluate(t, "testdata/heldout559.json", "testdata/heldout559", false, bars{0.99, 0.99, 0.98, 0.95})
}

// TestHeldOut560 measures Find on a five-hundred-and-sixtieth set
// (testdata/heldout560, testdata/heldout560.json: a caber tossing record, a
// quidditch league renaming itself, artificial conkers, a shin kicking final, a
// ferret legging revival, a marlin tournament dispute), written and annotated
// by a helper who never saw the rules: a development set whose misses were read
// in round 110. Measured before round 110: 0.929; after it: 0.945.
func TestHeldOut560(t *testing.T) {
	evaluate(t, "testdata/heldout560.json", "testdata/heldout560", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut561 measures Find on a five-hundred-and-sixty-first set
// (testdata/heldout561, testdata/heldout561.json: a peacock feud between
// neighbours, a pheasant release licence challenge, a grouse moor burning ban,
// swordfish catch limit talks, a stingray sting at a beach, a terrapin rescue
// centre), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 110. Measured before round
// 110: 0.915; after it: 0.940.
func TestHeldOut561(t *testing.T) {
	evaluate(t, "testdata/heldout561.json", "testdata/heldout561", false, bars{0.99, 0.99, 0.98, 0.93})
}

// TestHeldOut562 measures Find on a five-hundred-and-sixty-second set
// (testdata/heldout562, testdata/heldout562.json: a swift colony found in a
// church roof, a skylark survey halting a solar farm, a wren nesting in a
// parked tractor, a robin visiting a hospital ward, a goldfinch trapping
// prosecution, a thrush song recording used in a trial), written and annotated
// by a helper who never saw the rules, the rules blind to them while round 111
// of them was made. Measured blind before round 111: 0.949; after it: 0.949. A
// test set: do not read its misses; run it alone and look only at the last
// lines:
//
//	go test ./corpus/quote -run '^TestHeldOut562$' -v | grep accuracy
func TestHeldOut562(t *testing.T) {
	evaluate(t, "testdata/heldout562.json", "testdata/heldout562", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut563 measures Find on a five-hundred-and-sixty-third set
// (testdata/heldout563, testdata/heldout563.json: a nuthatch feeder study, a
// plover nest closing a beach, a grey partridge reintroduction, quail egg farm
// inspections, a sponge divers' co-operative, a ptarmigan population crash),
// written and annotated by a helper who never saw the rules, the rules blind to
// them while round 111 of them was made. Measured blind before round 111:
// 0.970; after it: 0.970. A test set: do not read its misses; run it alone and
// look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut563$' -v | grep accuracy
func TestHeldOut563(t *testing.T) {
	evaluate(t, "testdata/heldout563.json", "testdata/heldout563", false, bars{0.99, 0.99, 0.99, 0.96})
}

// TestHeldOut564 measures Find on a five-hundred-and-sixty-fourth set
// (testdata/heldout564, testdata/heldout564.json: a capercaillie protection
// plan, a nightjar survey delaying a housing estate, a dipper found after a
// sewage spill, linnets and buntings on a rewilded farm, a warbler ringing
// station closed, a chough release), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 111 of them was
// made. Measured blind before round 111: 0.950; after it: 0.950. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut564$' -v | grep accuracy
func TestHeldOut564(t *testing.T) {
	evaluate(t, "testdata/heldout564.json", "testdata/heldout564", false, bars{0.99, 0.99, 0.96, 0.94})
}

// TestHeldOut565 measures Find on a five-hundred-and-sixty-fifth set
// (testdata/heldout565, testdata/heldout565.json: a great auk specimen returned
// to Iceland, a booby colony count, petrels killed by stadium lights,
// shearwater chicks rescued, a goshawk stolen from a falconry centre, a
// sparrowhawk on a feeder livestream), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 111 of them was
// made. Measured blind before round 111: 0.948; after it: 0.948. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut565$' -v | grep accuracy
func TestHeldOut565(t *testing.T) {
	evaluate(t, "testdata/heldout565.json", "testdata/heldout565", false, bars{0.99, 0.99, 0.97, 0.94})
}

// TestHeldOut566 measures Find on a five-hundred-and-sixty-sixth set
// (testdata/heldout566, testdata/heldout566.json: a quoll in a chicken coop, a
// lyrebird mimicking chainsaws, a beluga in the Thames, lemming cycles and
// Arctic foxes, a caracal kept in a Moscow flat, a serval loose in a Texas
// suburb), written and annotated by a helper who never saw the rules: a
// development set, added in round 111 too late for its misses to be read then.
// Measured before round 111: 0.963; after it: 0.963.
func TestHeldOut566(t *testing.T) {
	evaluate(t, "testdata/heldout566.json", "testdata/heldout566", false, bars{0.99, 0.99, 0.97, 0.96})
}

// TestHeldOut567 measures Find on a five-hundred-and-sixty-seventh set
// (testdata/heldout567, testdata/heldout567.json: merlins nesting in a city
// cemetery, treecreeper boxes at a school, a yellowhammer decline, stonechats
// after a heath fire, a redstart tagging study, drones disturbing a shag
// colony), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 111. Measured before round
// 111: 0.892; after it: 0.905.
func TestHeldOut567(t *testing.T) {
	evaluate(t, "testdata/heldout567.json", "testdata/heldout567", false, bars{0.99, 0.99, 0.97, 0.90})
}

// TestHeldOut568 measures Find on a five-hundred-and-sixty-eighth set
// (testdata/heldout568, testdata/heldout568.json: a woodlark back on a burned
// heath, finches poisoned at a bird table, an oriole nest in a Berlin park,
// siskins ringed in Lithuania, a frigatebird blown inland by a hurricane,
// hobbies hunting over a gravel pit), written and annotated by a helper who
// never saw the rules, the rules blind to them while round 112 of them was
// made. Measured blind before round 112: 0.976; after it: 0.976. A test set: do
// not read its misses; run it alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut568$' -v | grep accuracy
func TestHeldOut568(t *testing.T) {
	evaluate(t, "testdata/heldout568.json", "testdata/heldout568", false, bars{0.99, 0.99, 0.98, 0.97})
}

// TestHeldOut569 measures Find on a five-hundred-and-sixty-ninth set
// (testdata/heldout569, testdata/heldout569.json: dunnocks in garden hedges,
// fulmars nesting on an oil platform, rheas spreading across German farms, a
// macaw smuggling trial, a cockatoo opening wheelie bins, a budgerigar show
// banned), written and annotated by a helper who never saw the rules, the rules
// blind to them while round 112 of them was made. Measured blind before round
// 112: 0.945; after it: 0.945. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut569$' -v | grep accuracy
func TestHeldOut569(t *testing.T) {
	evaluate(t, "testdata/heldout569.json", "testdata/heldout569", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut570 measures Find on a five-hundred-and-seventieth set
// (testdata/heldout570, testdata/heldout570.json: lovebird releases banned at
// weddings, a canary in a mining museum, jays burying acorns on a reforestation
// site, a myna cull, weaver nests shorting power lines, a school's sunbird
// garden), written and annotated by a helper who never saw the rules, the rules
// blind to them while round 112 of them was made. Measured blind before round
// 112: 0.950; after it: 0.950. A test set: do not read its misses; run it alone
// and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut570$' -v | grep accuracy
func TestHeldOut570(t *testing.T) {
	evaluate(t, "testdata/heldout570.json", "testdata/heldout570", false, bars{0.99, 0.99, 0.98, 0.94})
}

// TestHeldOut571 measures Find on a five-hundred-and-seventy-first set
// (testdata/heldout571, testdata/heldout571.json: a hummingbird feeder craze, a
// roadrunner nest halting a highway, a skatepark built by teenagers, a glider
// landing in a field, a coati stealing tourists' lunch, a kinkajou rescued from
// a nightclub), written and annotated by a helper who never saw the rules, the
// rules blind to them while round 112 of them was made. Measured blind before
// round 112: 0.931; after it: 0.937. A test set: do not read its misses; run it
// alone and look only at the last lines:
//
//	go test ./corpus/quote -run '^TestHeldOut571$' -v | grep accuracy
func TestHeldOut571(t *testing.T) {
	evaluate(t, "testdata/heldout571.json", "testdata/heldout571", false, bars{0.99, 0.99, 0.95, 0.93})
}

// TestHeldOut572 measures Find on a five-hundred-and-seventy-second set
// (testdata/heldout572, testdata/heldout572.json: polecats returning across
// England, cheetah cubs in India, the fennec fox pet trade, civet coffee farms
// and a welfare inquiry, a genet in an olive grove, a binturong born in
// Scotland), written and annotated by a helper who never saw the rules: a
// development set whose misses were read in round 112. Measured before round
// 112: 0.949; after it: 0.955.
func TestHeldOut572(t *testing.T) {
	evaluate(t, "testdata/heldout572.json", "testdata/heldout572", false, bars{0.99, 0.99, 0.97, 0.95})
}

// TestHeldOut573 measures Find on a five-hundred-and-seventy-third set
// (testdata/heldout573, testdata/heldout573.json: a tarsier sanctuary, a viral
// slow loris video, a mandrill troop count, an Arctic tern's record migration,
// house martins and scaffold nets, an avocet colony flooded by a storm surge),
// written and annotated by a helper who never saw the rules: a development set
// whose misses were read in round 112. Measured before round 112: 0.966; after
// it: 0.966.
func TestHeldOut573(t *testing.T) {
	evaluate(t, "testdata/heldout573.json", "testdata/heldout573", false, bars{0.99, 0.99, 0.96, 0.96})
}
