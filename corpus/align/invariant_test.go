package align_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/align"
)

// checkPairs checks the contract of Pairs: pairs sorted by A then B with
// A < B and both articles known, similarity in [0, 1], at least one
// passage, passages of a known kind with a score in (0, 1] (1 when
// verbatim), in A's reading order, every Loc in a compared paragraph, in
// bounds, on UTF-8 boundaries and trimmed of spaces.
func checkPairs(t *testing.T, c *corpus.Corpus, pairs []align.Pair) {
	t.Helper()
	for i, p := range pairs {
		if p.A >= p.B {
			t.Errorf("pair %d: A %q, B %q, want A < B", i, p.A, p.B)
		}
		if i > 0 && (pairs[i-1].A > p.A || pairs[i-1].A == p.A && pairs[i-1].B >= p.B) {
			t.Errorf("pair %d (%s %s) after (%s %s), want sorted", i, p.A, p.B, pairs[i-1].A, pairs[i-1].B)
		}
		if p.Similarity < 0 || p.Similarity > 1 {
			t.Errorf("pair %s %s: similarity %v, want in [0, 1]", p.A, p.B, p.Similarity)
		}
		if len(p.Passages) == 0 {
			t.Errorf("pair %s %s: no passages", p.A, p.B)
		}
		a, b := find(c, p.A), find(c, p.B)
		if a == nil || b == nil {
			t.Errorf("pair %s %s: unknown article", p.A, p.B)
			continue
		}
		prev := -1
		prevStart := 0
		for k, ps := range p.Passages {
			switch ps.Kind {
			case align.Verbatim:
				if ps.Score != 1 {
					t.Errorf("pair %s %s passage %d: verbatim score %v, want 1", p.A, p.B, k, ps.Score)
				}
			case align.Paraphrase:
				if ps.Score <= 0 || ps.Score > 1 {
					t.Errorf("pair %s %s passage %d: score %v, want in (0, 1]", p.A, p.B, k, ps.Score)
				}
			default:
				t.Errorf("pair %s %s passage %d: kind %q", p.A, p.B, k, ps.Kind)
			}
			pa := checkLoc(t, a, ps.A)
			checkLoc(t, b, ps.B)
			if pa < prev || pa == prev && ps.A.Start < prevStart {
				t.Errorf("pair %s %s passage %d: not in A's reading order", p.A, p.B, k)
			}
			prev, prevStart = pa, ps.A.Start
		}
	}
}

// checkLoc checks one Loc and returns its paragraph's index.
func checkLoc(t *testing.T, a *corpus.Article, l align.Loc) int {
	t.Helper()
	for i, p := range a.Paragraphs {
		if p.ID != l.Paragraph {
			continue
		}
		if p.Kind == corpus.KindHeading && p.ID != a.Standfirst {
			t.Errorf("%s: loc %+v in a heading", a.ID, l)
		}
		if l.Start < 0 || l.End > len(p.Text) || l.Start >= l.End {
			t.Errorf("%s: loc %+v out of bounds of %d bytes", a.ID, l, len(p.Text))
			return i
		}
		s := p.Text[l.Start:l.End]
		if !utf8.RuneStart(p.Text[l.Start]) || l.End < len(p.Text) && !utf8.RuneStart(p.Text[l.End]) {
			t.Errorf("%s: loc %+v not on UTF-8 boundaries", a.ID, l)
		}
		r0, _ := utf8.DecodeRuneInString(s)
		r1, _ := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(r0) || unicode.IsSpace(r1) {
			t.Errorf("%s: loc %+v %q not trimmed", a.ID, l, s)
		}
		return i
	}
	t.Errorf("%s: loc %+v in unknown paragraph", a.ID, l)
	return -1
}

// find returns the article with the given id; the corpus need not be
// sorted.
func find(c *corpus.Corpus, id string) *corpus.Article {
	for i := range c.Articles {
		if c.Articles[i].ID == id {
			return &c.Articles[i]
		}
	}
	return nil
}
