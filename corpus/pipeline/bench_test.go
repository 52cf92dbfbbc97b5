package pipeline

import (
	"strconv"
	"testing"
	"testing/fstest"

	"parallax/corpus/synth"
)

// synthCorpus returns n synthetic articles made from the seeds' sentences.
func synthCorpus(tb testing.TB, n int) (fstest.MapFS, int64) {
	tb.Helper()
	files, err := synth.Dir("../../seeds", n, synth.Options{Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	fsys := fstest.MapFS{}
	var size int64
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		size += int64(len(f.Data))
	}
	return fsys, size
}

// BenchmarkPipeline runs the whole build (every stage, quotes, entities
// and comparison included) on synthetic corpora of 500, 1,000 and 2,000
// articles, to show how its cost grows.
//
//	go test -run='^$' -bench=Pipeline -benchmem -benchtime=1x ./corpus/pipeline
func BenchmarkPipeline(b *testing.B) {
	for _, n := range []int{500, 1000, 2000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			fsys, size := synthCorpus(b, n)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				c, err := FS(fsys, Options{})
				if err != nil || len(c.Articles) != n {
					b.Fatalf("%d articles, %v", len(c.Articles), err)
				}
			}
		})
	}
}

func TestSynthCorpusPassesChecks(t *testing.T) {
	fsys, _ := synthCorpus(t, 50)
	c, err := FS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, c)
	posts := 0
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			if p.Author != nil {
				posts++
			}
		}
		if len(a.Dropped) != 2 {
			t.Errorf("%s: dropped %v, want the two chrome lines", a.ID, a.Dropped)
		}
	}
	if posts == 0 {
		t.Error("no embedded posts recognised in 50 synthetic articles")
	}
}
