// Package synth generates synthetic corpora for benchmarks: any number of
// article files, deterministically, from the sentences of real articles.
//
// The articles have the shapes the pipeline meets in real dumps — a
// headline, a standfirst, section headings, bullet decks, quotations,
// embedded social posts and trailing site chrome — so that benchmarks
// exercise every stage. Nothing generated is meant to be read.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus/ingest"
	"parallax/corpus/segment"
)

// Options configures Generate. The zero value is ready to use.
type Options struct {
	// Seed makes the output reproducible; equal seeds give equal corpora.
	Seed uint64
}

// File is one generated article file.
type File struct {
	Name string
	Data []byte
}

// Dir returns n article files built from the sentences of the articles in
// the folder seeds (read as the pipeline reads a corpus folder).
func Dir(seeds string, n int, opts Options) ([]File, error) {
	sources, _, err := ingest.Dir(seeds, ingest.Options{})
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(sources))
	for i, s := range sources {
		texts[i] = s.Text
	}
	return Generate(texts, n, opts)
}

// Generate returns n article files built from the sentences of texts,
// named "synth/0000.txt" and so on.
func Generate(texts []string, n int, opts Options) ([]File, error) {
	var sentences []string
	for _, t := range texts {
		for _, line := range strings.Split(t, "\n") {
			line = strings.TrimSpace(line)
			if len(strings.Fields(line)) < 12 {
				continue // headlines, headings and chrome
			}
			for _, sp := range segment.Sentences(line, segment.Options{}) {
				sentences = append(sentences, line[sp.Start:sp.End])
			}
		}
	}
	if len(sentences) < 10 {
		return nil, fmt.Errorf("synth: need at least 10 sentences of running text, have %d", len(sentences))
	}
	r := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	pick := func() string { return sentences[r.IntN(len(sentences))] }
	words := func(s string, n int) string {
		w := strings.Fields(strings.TrimRight(s, ".?!”\""))
		if len(w) > n {
			w = w[:n]
		}
		return strings.Join(w, " ")
	}

	files := make([]File, n)
	for i := range files {
		var b strings.Builder
		fmt.Fprintf(&b, "%s\n\n", titleCase(words(pick(), 9)))
		fmt.Fprintf(&b, "%s\n\n", pick())
		paragraphs := 8 + r.IntN(14)
		for p := 0; p < paragraphs; p++ {
			switch k := r.IntN(20); {
			case k == 0:
				fmt.Fprintf(&b, "%s\n\n", titleCase(words(pick(), 6)))
			case k == 1:
				for j := 0; j < 3; j++ {
					fmt.Fprintf(&b, "• %s\n", pick())
				}
				b.WriteString("\n")
			case k == 2:
				fmt.Fprintf(&b, "%s https://t.co/x%d\n— Example Person (@example%d) March %d, 2025\n\n", words(pick(), 20), i, p, 1+p%28)
			case k == 3:
				fmt.Fprintf(&b, "“%s” the official said. “%s”\n\n", strings.TrimRight(pick(), "."), pick())
			default:
				sent := 2 + r.IntN(4)
				for j := 0; j < sent; j++ {
					if j > 0 {
						b.WriteString(" ")
					}
					b.WriteString(pick())
				}
				b.WriteString("\n\n")
			}
		}
		fmt.Fprintf(&b, "%s %s\n\n", pick(), pick())
		b.WriteString("Related Articles\n\nTrending\n")
		files[i] = File{Name: fmt.Sprintf("synth/%04d.txt", i), Data: []byte(b.String())}
	}
	return files, nil
}

// titleCase capitalises the first letter of every word.
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[n:]
	}
	return strings.Join(w, " ")
}
