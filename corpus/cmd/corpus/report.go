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
		sentences := 0
		for _, p := range a.Paragraphs {
			sentences += len(p.Sentences)
		}
		fmt.Fprintf(&b, "\n%s (%s)\n  title: %s\n", a.ID, a.File, a.Title)
		if a.Byline != "" {
			fmt.Fprintf(&b, "  byline: %s\n", a.Byline)
		}
		fmt.Fprintf(&b, "  %d words, %d sentences; paragraphs: %d text, %d heading, %d bullet, %d caption, %d post\n",
			words, sentences,
			kinds[corpus.KindText], kinds[corpus.KindHeading], kinds[corpus.KindBullet], kinds[corpus.KindCaption], kinds[corpus.KindPost])
		for _, p := range a.Paragraphs {
			if p.Author != nil {
				fmt.Fprintf(&b, "  post by %s (%s) %s, line %d\n", p.Author.Name, p.Author.Handle, p.Posted, p.Line)
			}
		}
		for _, r := range a.Repairs {
			fmt.Fprintf(&b, "  repair, line %d (%s): %q → %q\n", r.Line, r.Reason, r.Before, r.After)
		}
		for _, d := range a.Dropped {
			fmt.Fprintf(&b, "  dropped, line %d (%s): %s\n", d.Line, d.Reason, d.Text)
		}
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
