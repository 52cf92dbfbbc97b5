package ui

import (
	"fmt"
	"testing"

	"parallax/corpus"
)

func TestParseRoute(t *testing.T) {
	tests := []struct {
		path string
		want route
	}{
		{"/", route{kind: routeHome}},
		{"", route{kind: routeHome}},
		{"/articles/abc_1", route{kind: routeArticle, id: "abc_1"}},
		{"/articles/abc_1/", route{kind: routeArticle, id: "abc_1"}},
		{"/articles/", route{kind: routeUnknown}},
		{"/articles/a/b", route{kind: routeUnknown}},
		{"/quotes", route{kind: routeQuotes}},
		{"/quotes/q1", route{kind: routeQuote, id: "q1"}},
		{"/nope", route{kind: routeUnknown}},
		{"/entities", route{kind: routeEntities}},
		{"/entities/", route{kind: routeEntities}},
		{"/entities/claudia-sheinbaum", route{kind: routeEntity, id: "claudia-sheinbaum"}},
		{"/entities/a/b", route{kind: routeUnknown}},
		{"/compare", route{kind: routeCompare}},
		{"/compare/a/b", route{kind: routePair, id: "a", id2: "b"}},
		{"/compare/a/b/", route{kind: routePair, id: "a", id2: "b"}},
		{"/compare/a", route{kind: routeUnknown}},
		{"/compare/a/b/c", route{kind: routeUnknown}},
		{"/compare/a/", route{kind: routeUnknown}},
		{"/coverage", route{kind: routeCoverage}},
		{"/framing/", route{kind: routeFraming}},
	}
	for _, tt := range tests {
		if got := parseRoute(tt.path); got != tt.want {
			t.Errorf("parseRoute(%q) = %+v, want %+v", tt.path, got, tt.want)
		}
	}
}

func TestFound(t *testing.T) {
	c := &corpus.Corpus{
		Articles: []corpus.Article{{ID: "a"}, {ID: "b"}},
		Quotes:   []corpus.Quote{{ID: "q1", Article: "a"}},
		Entities: []corpus.Entity{{ID: "e1"}},
		Pairs:    []corpus.Pair{{A: "a", B: "b"}},
	}
	for path, want := range map[string]bool{
		"/": true, "/articles/a": true, "/articles/b": true, "/articles/c": false, "/x": false,
		"/quotes": true, "/quotes/": true, "/quotes/q1": true, "/quotes/q2": false,
		"/entities": true, "/entities/e1": true, "/entities/e2": false,
		"/compare": true, "/compare/a/b": true, "/compare/b/a": true, "/compare/a/a": false, "/compare/a/c": false,
		"/coverage": true, "/framing": true,
	} {
		if got := Found(c, path); got != want {
			t.Errorf("Found(%q) = %v, want %v", path, got, want)
		}
	}
	if pages := Pages(c); fmt.Sprint(pages) != "[/ /quotes /entities /compare /coverage /framing /articles/a /articles/b /quotes/q1 /entities/e1 /compare/a/b]" {
		t.Errorf("Pages = %v", pages)
	}
}

func TestText(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
	for words, want := range map[int]int{0: 1, 100: 1, 460: 2, 1107: 5} {
		if got := readingMinutes(words); got != want {
			t.Errorf("readingMinutes(%d) = %d, want %d", words, got, want)
		}
	}
	a := &corpus.Article{Paragraphs: []corpus.Paragraph{
		{Kind: corpus.KindHeading, Text: "Heading"},
		{Kind: corpus.KindText, Text: "The U.S. said so. Then more.", Sentences: []corpus.Span{{Start: 0, End: 17}, {Start: 18, End: 28}}},
	}}
	if got := opening(a); got != "The U.S. said so." {
		t.Errorf("opening = %q", got)
	}
}

func TestTitlesAreCapped(t *testing.T) {
	c := &corpus.Corpus{Articles: []corpus.Article{{ID: "a", Title: "A"}, {ID: "b", Title: "B"}, {ID: "c", Title: "C"}, {ID: "d", Title: "D"}}}
	tests := []struct {
		ids  []string
		want string
	}{
		{[]string{"a"}, "A"},
		{[]string{"a", "b", "c"}, "A; B; C"},
		{[]string{"a", "b", "c", "d"}, "A; B; C; and 1 more"},
	}
	for _, tt := range tests {
		if got := titles(c, tt.ids, 3); got != tt.want {
			t.Errorf("titles(%v) = %q, want %q", tt.ids, got, tt.want)
		}
	}
}
