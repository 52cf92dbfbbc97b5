package quote_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode"

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
// and, over the matched ones, the accuracy of kinds and speakers.
//
//	go test ./corpus/quote -run TestGold -v
func TestGold(t *testing.T) {
	data, err := os.ReadFile("testdata/gold.json")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no testdata/gold.json")
	}
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldQuote
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("testdata/gold.json: %v", err)
	}
	c, err := pipeline.Dir("../../seeds", pipeline.Options{})
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
	qs := quote.Find(c, quote.Options{})
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

	matched, kindOK, speakerOK := 0, 0, 0
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
			if hit.q.Speaker == want {
				speakerOK++
			} else {
				problem += "; speaker " + hit.q.Speaker + ", want " + want
			}
		}
		reason, known := knownMisses[id]
		switch {
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
	if precision < 0.85 || recall < 0.85 || speakerAcc < 0.85 {
		t.Errorf("below the bar of 0.85: precision %.3f, recall %.3f, speaker accuracy %.3f", precision, recall, speakerAcc)
	}
}
