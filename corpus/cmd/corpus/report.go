package main

import (
	"fmt"
	"io"
	"strings"

	"parallax/corpus"
)

// report writes a readable summary of each article and the warnings.
func report(w io.Writer, c *corpus.Corpus) error {
	byFile := make(map[string][]corpus.Warning)
	for _, warn := range c.Warnings {
		byFile[warn.File] = append(byFile[warn.File], warn)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles, %d warnings\n", len(c.Articles), len(c.Warnings))
	for _, a := range c.Articles {
		kinds := make(map[corpus.Kind]int)
		words := 0
		for _, p := range a.Paragraphs {
			kinds[p.Kind]++
			words += len(strings.Fields(p.Text))
		}
		fmt.Fprintf(&b, "\n%s (%s)\n  title: %s\n  %d words; paragraphs: %d text, %d heading, %d bullet, %d caption, %d post\n",
			a.ID, a.File, a.Title, words,
			kinds[corpus.KindText], kinds[corpus.KindHeading], kinds[corpus.KindBullet], kinds[corpus.KindCaption], kinds[corpus.KindPost])
		for _, warn := range byFile[a.File] {
			fmt.Fprintf(&b, "  warning: %s\n", warn)
		}
		delete(byFile, a.File)
	}
	for _, warn := range c.Warnings {
		if _, ok := byFile[warn.File]; ok {
			fmt.Fprintf(&b, "\nwarning: %s\n", warn)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
