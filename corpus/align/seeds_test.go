package align_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/pipeline"
)

// gold is testdata/seeds-gold.json: the relations between the seeds,
// annotated by reading them.
type gold struct {
	ParaphrasePairs []struct{ A, B string } `json:"paraphrase_pairs"`
	VerbatimPairs   []struct {
		A, B     string
		Contains string
		MinWords int `json:"min_words"`
	} `json:"verbatim_pairs"`
	Align      []goldPair `json:"align"`
	Acceptable []goldPair `json:"acceptable"`
	NotAlign   []goldPair `json:"not_align"`
}

// goldPair names a sentence of article AArticle by a prefix and the
// sentences of BArticle it may be paired with.
type goldPair struct {
	AArticle string   `json:"a_article"`
	BArticle string   `json:"b_article"`
	A        string   `json:"a"`
	B        []string `json:"b"`
}

func loadSeeds(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := pipeline.Dir("../../seeds", pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func loadGold(t testing.TB) gold {
	t.Helper()
	b, err := os.ReadFile("testdata/seeds-gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("seeds-gold.json: %v", err)
	}
	return g
}

// sentenceAt returns the sentence of article a holding loc's start.
func sentenceAt(a *corpus.Article, loc align.Loc) string {
	for _, p := range a.Paragraphs {
		if p.ID != loc.Paragraph {
			continue
		}
		for _, s := range p.Sentences {
			if s.Start <= loc.Start && loc.Start < s.End {
				return p.Text[s.Start:s.End]
			}
		}
	}
	return ""
}

// matches reports whether the passage pairs sentence gp.A with one of gp.B.
func (gp goldPair) matches(c *corpus.Corpus, p align.Pair, ps align.Passage) bool {
	a, b := ps.A, ps.B
	if p.A == gp.BArticle && p.B == gp.AArticle {
		a, b = b, a
	} else if p.A != gp.AArticle || p.B != gp.BArticle {
		return false
	}
	if !strings.HasPrefix(sentenceAt(c.Article(gp.AArticle), a), gp.A) {
		return false
	}
	sb := sentenceAt(c.Article(gp.BArticle), b)
	for _, x := range gp.B {
		if strings.HasPrefix(sb, x) {
			return true
		}
	}
	return false
}

func TestSeeds(t *testing.T) {
	c := loadSeeds(t)
	g := loadGold(t)
	pairs := align.Pairs(c, align.Options{})
	checkPairs(t, c, pairs)
	byKey := make(map[[2]string]align.Pair)
	for _, p := range pairs {
		n := map[align.Kind]int{}
		for _, ps := range p.Passages {
			n[ps.Kind]++
		}
		t.Logf("%s %s similarity %.3f: %d verbatim, %d paraphrase", p.A, p.B, p.Similarity, n[align.Verbatim], n[align.Paraphrase])
		byKey[[2]string{p.A, p.B}] = p
	}
	best := func(id string) string {
		var b align.Pair
		for _, p := range pairs {
			if (p.A == id || p.B == id) && p.Similarity > b.Similarity {
				b = p
			}
		}
		if b.A == id {
			return b.B
		}
		return b.A
	}
	for _, gp := range g.ParaphrasePairs {
		if _, ok := byKey[[2]string{gp.A, gp.B}]; !ok {
			t.Errorf("pair %s %s not found, want it as paraphrases", gp.A, gp.B)
			continue
		}
		if best(gp.A) != gp.B || best(gp.B) != gp.A {
			t.Errorf("best partners of %s, %s are %s, %s; want each other", gp.A, gp.B, best(gp.A), best(gp.B))
		}
	}
	for _, gv := range g.VerbatimPairs {
		p, ok := byKey[[2]string{gv.A, gv.B}]
		if !ok {
			t.Errorf("pair %s %s not found, want its shared quotation", gv.A, gv.B)
			continue
		}
		a := c.Article(gv.A)
		found := false
		for _, ps := range p.Passages {
			text := paragraphText(a, ps.A.Paragraph)[ps.A.Start:ps.A.End]
			if ps.Kind == align.Verbatim && strings.Contains(text, gv.Contains) && len(strings.Fields(text)) >= gv.MinWords {
				found = true
			}
		}
		if !found {
			t.Errorf("pair %s %s: no verbatim passage of %d words holding %q", gv.A, gv.B, gv.MinWords, gv.Contains)
		}
	}

	// Sentence alignment on the annotated pairs.
	annotated := make(map[[2]string]bool)
	for _, gp := range g.Align {
		annotated[[2]string{gp.AArticle, gp.BArticle}] = true
	}
	found, total, correct, produced := 0, 0, 0, 0
	for _, gp := range g.Align {
		total++
		p := byKey[[2]string{gp.AArticle, gp.BArticle}]
		hit := false
		for _, ps := range p.Passages {
			hit = hit || gp.matches(c, p, ps)
		}
		if hit {
			found++
		} else {
			t.Logf("missed: %q ~ %q", gp.A, gp.B[0])
		}
	}
	for key := range annotated {
		p := byKey[key]
		for _, ps := range p.Passages {
			produced++
			ok := false
			for _, gp := range append(append([]goldPair{}, g.Align...), g.Acceptable...) {
				ok = ok || gp.matches(c, p, ps)
			}
			if ok {
				correct++
			} else {
				t.Logf("unannotated: %q ~ %q (%.2f)", sentenceAt(c.Article(p.A), ps.A), sentenceAt(c.Article(p.B), ps.B), ps.Score)
			}
		}
	}
	recall := float64(found) / float64(max(total, 1))
	precision := float64(correct) / float64(max(produced, 1))
	t.Logf("sentence alignment on the gold pairs: precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, correct, produced, recall, found, total)
	if recall < 0.75 {
		t.Errorf("recall %.3f, want at least 0.75", recall)
	}
	if precision < 0.8 {
		t.Errorf("precision %.3f, want at least 0.8", precision)
	}
	for _, gp := range g.NotAlign {
		a, b := gp.AArticle, gp.BArticle
		if b < a {
			a, b = b, a
		}
		p := byKey[[2]string{a, b}]
		for _, ps := range p.Passages {
			if gp.matches(c, p, ps) {
				t.Errorf("aligned %q ~ %q (%s %.2f), want them apart: they share only the topic", gp.A, sentenceAt(c.Article(p.B), ps.B), ps.Kind, ps.Score)
			}
		}
	}
}

func paragraphText(a *corpus.Article, id string) string {
	for _, p := range a.Paragraphs {
		if p.ID == id {
			return p.Text
		}
	}
	return ""
}
