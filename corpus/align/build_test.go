package align_test

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/ingest"
	"parallax/corpus/repair"
	"parallax/corpus/segment"
	"parallax/corpus/structure"
	"parallax/corpus/synth"
)

// buildSources runs the text stages of the pipeline (repair, structure,
// segment) over articles already read, as pipeline.Sources does, without
// the later stages: pipeline runs this package itself, which would double
// the benchmarks' set-up time.
func buildSources(sources []ingest.Source) *corpus.Corpus {
	c := &corpus.Corpus{Version: corpus.FormatVersion}
	for _, src := range sources {
		text, _ := repair.Text(src.Text, repair.Options{})
		doc := structure.Parse(text, structure.Options{})
		id := strings.TrimSuffix(src.File, ".txt")
		id = strings.NewReplacer("/", "-", ".", "-").Replace(id)
		a := corpus.Article{ID: id, File: src.File, Title: doc.Title}
		used := map[string]int{}
		for i, b := range doc.Blocks {
			p := corpus.Paragraph{ID: paragraphID(b.Text, used), Kind: b.Kind, Text: b.Text, Line: b.Line}
			for _, sp := range segment.Sentences(b.Text, segment.Options{}) {
				p.Sentences = append(p.Sentences, corpus.Span{Start: sp.Start, End: sp.End})
			}
			if i == doc.Standfirst {
				a.Standfirst = p.ID
			}
			a.Paragraphs = append(a.Paragraphs, p)
		}
		c.Articles = append(c.Articles, a)
	}
	return c
}

func paragraphID(text string, used map[string]int) string {
	var key []byte
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			key = utf8.AppendRune(key, r)
		}
	}
	h := fnv.New32a()
	h.Write(key)
	id := fmt.Sprintf("p%06x", h.Sum32()&0xffffff)
	used[id]++
	if n := used[id]; n > 1 {
		return fmt.Sprintf("%s-%d", id, n)
	}
	return id
}

// synthCorpus returns n synthetic articles made from the seeds' sentences,
// as pipeline's BenchmarkPipeline builds them.
func synthCorpus(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	files, err := synth.Dir("../../seeds", n, synth.Options{Seed: 1})
	if err != nil {
		tb.Fatal(err)
	}
	sources := make([]ingest.Source, len(files))
	for i, f := range files {
		text, _ := ingest.Decode(f.Data)
		sources[i] = ingest.Source{File: f.Name, Text: text}
	}
	return buildSources(sources)
}
