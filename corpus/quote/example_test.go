package quote_test

import (
	"fmt"

	"parallax/corpus"
	"parallax/corpus/quote"
	"parallax/corpus/segment"
)

// article builds an article of text paragraphs.
func article(id string, paras ...string) corpus.Article {
	a := corpus.Article{ID: id, File: id + ".txt", Title: id}
	for i, text := range paras {
		p := corpus.Paragraph{ID: fmt.Sprintf("p%d", i), Kind: corpus.KindText, Text: text, Line: i + 1}
		for _, s := range segment.Sentences(text, segment.Options{}) {
			p.Sentences = append(p.Sentences, corpus.Span{Start: s.Start, End: s.End})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}

func ExampleFind() {
	c := &corpus.Corpus{Version: corpus.FormatVersion, Articles: []corpus.Article{
		article("a",
			"Mayor Helen Park toured the flooded district on Sunday.",
			"“We will rebuild every street,” she said. “Nobody will be left behind.”",
			"The council called the plan a “fresh start.”"),
		article("b",
			"Park said the city would rebuild “every street.”"),
	}}
	for _, q := range quote.Find(c, quote.Options{}) {
		fmt.Printf("%s %s %d %q %q\n", q.Article, q.Kind, q.Cluster, q.Speaker, q.Text)
	}
	// Output:
	// a statement 0 "Helen Park" "We will rebuild every street, Nobody will be left behind."
	// a statement 1 "" "fresh start."
	// b statement 0 "Helen Park" "every street."
}
