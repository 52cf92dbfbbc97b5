package quote

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// checkQuotes checks the contract of Find on every quotation: spans in
// bounds of their paragraph's text and on UTF-8 boundaries, in reading
// order and not overlapping, Text the spans joined with " ", a known kind,
// no speaker on a term, quotations in corpus order and clusters numbered
// in order of first appearance.
func checkQuotes(t *testing.T, c *corpus.Corpus, qs []Quote) {
	t.Helper()
	if msg := quoteError(c, qs); msg != "" {
		t.Fatal(msg)
	}
}

// quoteError returns a description of the first broken invariant, or "".
func quoteError(c *corpus.Corpus, qs []Quote) string {
	artIndex := make(map[string]int)
	paraIndex := make(map[string]int) // article id + "/" + paragraph id
	for ai, a := range c.Articles {
		artIndex[a.ID] = ai
		for pi, p := range a.Paragraphs {
			paraIndex[a.ID+"/"+p.ID] = pi
		}
	}
	var last pos
	used := make(map[string][][2]int) // spans taken in each paragraph
	nextCluster := 0
	for qi, q := range qs {
		ai, ok := artIndex[q.Article]
		if !ok {
			return fmt.Sprintf("quote %d: unknown article %q", qi, q.Article)
		}
		if len(q.Spans) == 0 {
			return fmt.Sprintf("quote %d: no spans", qi)
		}
		switch q.Kind {
		case Statement, Post:
		case Term:
			if q.Speaker != "" {
				return fmt.Sprintf("quote %d: term with speaker %q", qi, q.Speaker)
			}
		default:
			return fmt.Sprintf("quote %d: kind %q", qi, q.Kind)
		}
		var texts []string
		var prev pos
		for si, s := range q.Spans {
			pi, ok := paraIndex[q.Article+"/"+s.Paragraph]
			if !ok {
				return fmt.Sprintf("quote %d: unknown paragraph %q", qi, s.Paragraph)
			}
			text := c.Articles[ai].Paragraphs[pi].Text
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				return fmt.Sprintf("quote %d: span %v out of bounds of %d bytes", qi, s, len(text))
			}
			if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				return fmt.Sprintf("quote %d: span %v not on UTF-8 boundaries", qi, s)
			}
			p := pos{ai, pi, s.Start}
			if si > 0 && !less(prev, p) {
				return fmt.Sprintf("quote %d: spans out of order", qi)
			}
			prev = p
			key := q.Article + "/" + s.Paragraph
			for _, u := range used[key] {
				if s.Start < u[1] && u[0] < s.End {
					return fmt.Sprintf("quote %d: span %v overlaps [%d,%d)", qi, s, u[0], u[1])
				}
			}
			used[key] = append(used[key], [2]int{s.Start, s.End})
			texts = append(texts, text[s.Start:s.End])
		}
		if got := strings.Join(texts, " "); q.Text != got {
			return fmt.Sprintf("quote %d: text %q, want spans joined %q", qi, q.Text, got)
		}
		first := pos{ai, paraIndex[q.Article+"/"+q.Spans[0].Paragraph], q.Spans[0].Start}
		if qi > 0 && !less(last, first) {
			return fmt.Sprintf("quote %d: not in corpus order", qi)
		}
		last = first
		switch {
		case q.Cluster == nextCluster:
			nextCluster++
		case q.Cluster < 0 || q.Cluster > nextCluster:
			return fmt.Sprintf("quote %d: cluster %d, want at most %d", qi, q.Cluster, nextCluster)
		}
	}
	return ""
}

// pos is a position in the corpus.
type pos struct{ article, para, start int }

// less reports whether a comes before b.
func less(a, b pos) bool {
	if a.article != b.article {
		return a.article < b.article
	}
	if a.para != b.para {
		return a.para < b.para
	}
	return a.start < b.start
}

// TestParagraphEnds runs Find on every paragraph a news sentence gives
// when it is cut after any of its words, with and without a full stop,
// and checks the contract: rules that look a few words ahead of a name,
// an account or a verb must stop at the paragraph's end ("Ella Price, who
// was", "Her account", "“No,” one commenter") instead of reading past it.
func TestParagraphEnds(t *testing.T) {
	sentences := []string{
		"Ella Price, who was the club's secretary for a decade, said the plan was “a mistake”.",
		"Jan Kowalski, who had been mayor for ten years and serves as chairman, said he was “sorry”.",
		"“No,” one commenter wrote beneath the post on X, and another replied: “Yes.”",
		"Her account of the night, which the court heard on Monday, was “harrowing”, the judge said.",
		"“We won,” he told reporters at a command post on the hill above the town.",
		"“We did it again,” the council’s official account wrote on X on Tuesday.",
		"Asked by a reporter, “Will you resign?” Mayor Ramon Dizon replied: “No, I will not.”",
		"The school’s Instagram account posted a video, writing that “Room 114 fed the school.”",
		"A shout of “Hear, hear!” came from the back, and the crowd counted down “Three, two, one!”",
	}
	for _, s := range sentences {
		words := strings.Fields(s)
		for n := 1; n <= len(words); n++ {
			cut := strings.Join(words[:n], " ")
			for _, text := range []string{cut, strings.TrimRight(cut, ".,:;") + "."} {
				c := testCorpus([]string{"Mayor Ramon Dizon spoke on Monday.", text})
				qs := Find(c, Options{Entities: entity.Find(c, entity.Options{})})
				if msg := quoteError(c, qs); msg != "" {
					t.Fatalf("%q: %s", text, msg)
				}
			}
		}
	}
}
