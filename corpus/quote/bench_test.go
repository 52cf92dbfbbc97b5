package quote_test

import (
	"fmt"
	"sort"
	"testing"
	"testing/fstest"

	"parallax/corpus"
	"parallax/corpus/pipeline"
	"parallax/corpus/quote"
	"parallax/corpus/synth"
)

// repeatedSeeds returns a corpus of n articles made by repeating the seed
// articles under new ids.
func repeatedSeeds(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	seeds, err := pipeline.Dir("../../seeds", pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	c := &corpus.Corpus{Version: seeds.Version, Warnings: []corpus.Warning{}}
	for i := 0; len(c.Articles) < n; i++ {
		a := seeds.Articles[i%len(seeds.Articles)]
		a.ID = fmt.Sprintf("%s-%04d", a.ID, i)
		c.Articles = append(c.Articles, a)
	}
	sort.Slice(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })
	return c
}

// synthCorpus returns n synthetic articles made from the seeds' sentences:
// varied text, so that clustering meets many distinct quotations.
func synthCorpus(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	files, err := synth.Dir("../../seeds", n, synth.Options{Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	c, err := pipeline.FS(fsys, pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkFind runs Find over the seed articles repeated to 500.
func BenchmarkFind(b *testing.B) {
	c := repeatedSeeds(b, 500)
	b.ReportAllocs()
	for b.Loop() {
		quote.Find(c, quote.Options{})
	}
}

// BenchmarkFindSynth compares corpora of 500 and 2,000 synthetic articles:
// the time per article should stay about the same.
func BenchmarkFindSynth(b *testing.B) {
	for _, n := range []int{500, 2000} {
		c := synthCorpus(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				quote.Find(c, quote.Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/article")
		})
	}
}
