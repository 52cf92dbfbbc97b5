package search

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/corpus"
)

// benchCorpus builds n quotes from the seed articles' sentences, with a
// handful of speakers, about what 2,000 articles hold when n is 20,000.
func benchCorpus(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	names, _ := filepath.Glob("../../seeds/*.txt")
	var sentences []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range strings.Split(string(b), ". ") {
			if len(strings.Fields(s)) > 4 {
				sentences = append(sentences, strings.TrimSpace(s)+".")
			}
		}
	}
	speakers := []string{"Claudia Sheinbaum", "Donald Trump", "Anna Kelly", "Heritage Foundation", "Ronald Johnson", ""}
	c := &corpus.Corpus{}
	for i := 0; i < n; i++ {
		c.Quotes = append(c.Quotes, corpus.Quote{
			ID: fmt.Sprintf("q%d", i), Article: fmt.Sprintf("a%d", i/10),
			Text: sentences[i%len(sentences)], Speaker: corpus.Name(speakers[i%len(speakers)]),
		})
	}
	return c
}

// BenchmarkKeystroke searches each prefix of a typed query, as the search
// box does on every key; one op is one keystroke.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range []int{100, 20000} {
		ix := New(benchCorpus(b, n))
		typed := "sovereignty is non-negotiable sheinbaum"
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			k := 0
			for b.Loop() {
				k = k%len(typed) + 1
				ix.Search(Query{Text: typed[:k]}, 50)
			}
		})
	}
}

func BenchmarkIndex(b *testing.B) {
	c := benchCorpus(b, 20000)
	b.ReportAllocs()
	for b.Loop() {
		New(c)
	}
}
