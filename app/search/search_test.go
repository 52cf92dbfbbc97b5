package search

import (
	"fmt"
	"strings"
	"testing"

	"parallax/corpus"
)

func testCorpus() *corpus.Corpus {
	quotes := []struct{ article, text, speaker string }{
		{"a", "We received a proposal to send troops, and we rejected it.", "Claudia Sheinbaum"},
		{"a", "afraid", "Donald Trump"},
		{"b", "She is so afraid of the cartels she can't even think straight.", "Donald Trump"},
		{"b", "foreign terrorist", ""},
		{"c", "Sovereignty is inalienable. We can collaborate.", "Claudia Sheinbaum"},
		{"c", "President Trump has worked with Mexico on border security.", "Anna Kelly"},
		{"c", "The rejection was about timing, not troops.", "Heritage Foundation"},
	}
	c := &corpus.Corpus{}
	for i, q := range quotes {
		c.Quotes = append(c.Quotes, corpus.Quote{ID: fmt.Sprintf("q%d", i), Article: q.article, Text: q.text, Speaker: corpus.Name(q.speaker)})
	}
	return c
}

func TestSearch(t *testing.T) {
	ix := New(testCorpus())
	tests := []struct {
		name  string
		q     Query
		first string // text the first hit starts with
		all   []int  // the hits' quote indices, when the whole list matters
	}{
		{name: "one word", q: Query{Text: "afraid"}, first: "afraid", all: []int{1, 2}},
		{name: "phrase beats scattered words", q: Query{Text: "send troops"}, first: "We received"},
		{name: "word being typed", q: Query{Text: "sovereignty is inal"}, first: "Sovereignty"},
		{name: "stem by prefix", q: Query{Text: "reject"}, all: []int{0, 6}},
		{name: "curly and straight apostrophes", q: Query{Text: "can’t even"}, first: "She is so afraid"},
		{name: "speaker with a letter left out", q: Query{Text: "sheinbam"}, all: []int{0, 4}},
		{name: "speaker with a letter left out of a short name", q: Query{Text: "trmp"}, all: []int{1, 2}},
		{name: "speaker with a wrong letter", q: Query{Text: "sheinbaun"}, all: []int{0, 4}},
		{name: "speaker filter", q: Query{Text: "afraid", Speaker: "Donald Trump"}, all: []int{1, 2}},
		{name: "article filter", q: Query{Text: "afraid", Article: "b"}, all: []int{2}},
		{name: "filters alone list in corpus order", q: Query{Speaker: "Claudia Sheinbaum"}, all: []int{0, 4}},
		{name: "two letters being typed match whole words only", q: Query{Text: "se"}, all: []int{}},
		{name: "three letters being typed match longer words", q: Query{Text: "sen"}, all: []int{0}},
		{name: "no match", q: Query{Text: "zebra"}, all: []int{}},
		{name: "scattered letters find nothing", q: Query{Text: "tsr"}, all: []int{}},
	}
	for _, tt := range tests {
		hits := ix.Search(tt.q, 0)
		got := []int{}
		for _, h := range hits {
			got = append(got, h.Quote)
		}
		if tt.all != nil && fmt.Sprint(sorted(got)) != fmt.Sprint(tt.all) {
			t.Errorf("%s: hits %v, want %v", tt.name, got, tt.all)
		}
		if tt.first != "" && (len(hits) == 0 || !strings.HasPrefix(ix.c.Quotes[hits[0].Quote].Text, tt.first)) {
			t.Errorf("%s: first hit %v, want one starting %q", tt.name, got, tt.first)
		}
	}
}

func sorted(v []int) []int {
	out := append([]int(nil), v...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestMarks(t *testing.T) {
	c := testCorpus()
	ix := New(c)
	hits := ix.Search(Query{Text: "afraid cartels"}, 1)
	if len(hits) != 1 {
		t.Fatalf("hits %v", hits)
	}
	text := c.Quotes[hits[0].Quote].Text
	var got []string
	for _, m := range hits[0].Marks {
		got = append(got, text[m.Start:m.End])
	}
	if strings.Join(got, ",") != "afraid,cartels" {
		t.Errorf("marks %q, want afraid,cartels", got)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"sheinbaum", "sheinbaum", 2, 0},
		{"sheinbaun", "sheinbaum", 2, 1},
		{"shienbaum", "sheinbaum", 2, 1},
		{"trump", "tramp", 1, 1},
		{"trump", "kelly", 1, 2},
		{"ab", "abcdef", 2, 3},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize("Can’t “stop” the U.S. — 2025's")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.word)
	}
	if strings.Join(got, " ") != "can't stop the u s 2025's" {
		t.Errorf("tokens %q", got)
	}
}

// TestCommonWordsAreCheckedNotWalked builds a corpus where "the" is in
// every quote: a query with it and a rarer word must still rank the
// quote holding both, as a phrase, first.
func TestCommonWordsAreCheckedNotWalked(t *testing.T) {
	c := &corpus.Corpus{}
	for i := 0; i < 40; i++ {
		c.Quotes = append(c.Quotes, corpus.Quote{ID: fmt.Sprintf("q%d", i), Text: fmt.Sprintf("the filler sentence number %d", i)})
	}
	c.Quotes = append(c.Quotes,
		corpus.Quote{ID: "border", Text: "We will secure the border by spring."},
		corpus.Quote{ID: "other", Text: "A border town and the river."})
	ix := New(c)
	hits := ix.Search(Query{Text: "the border"}, 0)
	if len(hits) != 2 || c.Quotes[hits[0].Quote].ID != "border" || c.Quotes[hits[1].Quote].ID != "other" {
		var got []string
		for _, h := range hits {
			got = append(got, c.Quotes[h.Quote].ID)
		}
		t.Errorf("hits %v, want [border other]", got)
	}
	if marks := hits[0].Marks; len(marks) != 2 {
		t.Errorf("marks %v, want both words of the phrase", marks)
	}
	// A query of common words alone still finds them.
	if hits := ix.Search(Query{Text: "the"}, 0); len(hits) != 42 {
		t.Errorf("%d hits for a common word alone, want 42", len(hits))
	}
}

func TestByClusterKeepsTheBestOfEachCluster(t *testing.T) {
	c := &corpus.Corpus{Quotes: []corpus.Quote{
		{ID: "a", Text: "afraid", Speaker: "Donald Trump", Cluster: "x"},
		{ID: "b", Text: "She is so afraid of the cartels", Speaker: "Donald Trump", Cluster: "x"},
		{ID: "c", Text: "afraid of nothing", Cluster: "y"},
	}}
	ix := New(c)
	for _, tt := range []struct {
		q    string
		want string
	}{
		{"afraid", "a c"},
		// In three quotes "afraid" and "of" are common words: a quote
		// holding only those does not answer a query with rarer words.
		{"afraid of the cartels", "b"},
		{"", "a c"},
	} {
		var got []string
		for _, h := range ix.Search(Query{Text: tt.q, ByCluster: true}, 0) {
			got = append(got, c.Quotes[h.Quote].ID)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: hits %v, want %s", tt.q, got, tt.want)
		}
	}
}
