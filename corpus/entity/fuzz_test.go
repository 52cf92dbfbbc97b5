package entity_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/corpus/pipeline"
)

// FuzzFind builds a one-article corpus from arbitrary text and checks that
// every mention and descriptor lies within its paragraph, on UTF-8
// boundaries, with Text equal to the paragraph's text at its span.
func FuzzFind(f *testing.F) {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	dev, _ := filepath.Glob("../quote/testdata/heldout/*.txt")
	for _, name := range append(seeds, dev...) {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Title\n\nMexican President Claudia Sheinbaum’s U.S.-Mexico plan, St. Aldric’s Hospital, Feb. 9, 1962.\n"))
	f.Add([]byte("T\n\nNORTHFIELD — I’ll see Mr. X’s J. R. R. Tolkien, 34, a nurse, on 3 June 2026 in \xc3\x28."))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := ingest.Decode(data)
		if text == "" {
			return
		}
		c := pipeline.Sources([]ingest.Source{{File: "f.txt", Text: text}}, pipeline.Options{})
		es := entity.Find(c, entity.Options{})
		paras := make(map[string]string)
		for _, a := range c.Articles {
			for _, p := range a.Paragraphs {
				paras[p.ID] = p.Text
			}
		}
		check := func(what, para string, start, end int, got string) {
			p, ok := paras[para]
			if !ok {
				t.Fatalf("%s %q: unknown paragraph %s", what, got, para)
			}
			if start < 0 || end > len(p) || start >= end {
				t.Fatalf("%s %q: span [%d,%d) out of bounds of %d bytes", what, got, start, end, len(p))
			}
			if !utf8.RuneStart(p[start]) || end < len(p) && !utf8.RuneStart(p[end]) {
				t.Fatalf("%s %q: span [%d,%d) splits a character", what, got, start, end)
			}
			if p[start:end] != got {
				t.Fatalf("%s: text %q, want %q", what, got, p[start:end])
			}
		}
		for _, e := range es {
			for _, m := range e.Mentions {
				check("mention", m.Paragraph, m.Start, m.End, m.Text)
			}
			for _, d := range e.Descriptors {
				check("descriptor", d.Paragraph, d.Start, d.End, d.Text)
			}
		}
	})
}
