package pipeline

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// entities gives the entities found in the corpus ids derived from their
// names, and links each quote's speaker to its entity.
func entities(c *corpus.Corpus, found []entity.Entity) []corpus.Entity {
	slugs := make(map[string]int)
	for _, e := range found {
		slugs[slug(e.Name)]++
	}
	used := make(map[string]int)
	out := make([]corpus.Entity, 0, len(found))
	for _, e := range found {
		id := slug(e.Name)
		switch {
		case id == "":
			id = string(e.Type) + "-" + hash8(e.Name)
		case slugs[id] > 1: // the same name for entities of several types
			id += "-" + string(e.Type)
		}
		ce := corpus.Entity{
			ID: suffixed(id, used), Name: e.Name, Type: corpus.EntityType(e.Type),
			Aliases:     aliases(e.Name, e.Aliases),
			Articles:    []string{},
			Mentions:    make([]corpus.Mention, 0, len(e.Mentions)),
			Descriptors: make([]corpus.Descriptor, 0, len(e.Descriptors)),
		}
		for _, m := range e.Mentions {
			if n := len(ce.Articles); n == 0 || ce.Articles[n-1] != m.Article {
				ce.Articles = append(ce.Articles, m.Article)
			}
			ce.Mentions = append(ce.Mentions, corpus.Mention{Article: m.Article, Paragraph: m.Paragraph, Start: m.Start, End: m.End, Text: m.Text})
		}
		for _, d := range e.Descriptors {
			ce.Descriptors = append(ce.Descriptors, corpus.Descriptor{Article: d.Article, Paragraph: d.Paragraph, Start: d.Start, End: d.End, Text: d.Text})
		}
		out = append(out, ce)
	}
	for i := range c.Quotes {
		q := &c.Quotes[i]
		if q.Speaker == "" {
			continue
		}
		if k := entity.Lookup(found, string(q.Speaker)); k >= 0 {
			q.SpeakerEntity = corpus.Name(out[k].ID)
		}
	}
	return out
}

// aliases returns the aliases that differ from the name and from each
// other in more than case: "TRUMP" in a headline-style line is not another
// name for Donald Trump than "Trump". Of forms that differ only in case,
// the one not in capitals is kept.
func aliases(name string, forms []string) []string {
	keep := make(map[string]string) // lower-cased form → form shown
	for _, f := range forms {
		k := strings.ToLower(f)
		if k == strings.ToLower(name) {
			continue
		}
		if old, ok := keep[k]; !ok || old == strings.ToUpper(old) && f != strings.ToUpper(f) {
			keep[k] = f
		}
	}
	out := []string{}
	for _, f := range forms { // in the given (sorted) order
		if keep[strings.ToLower(f)] == f {
			out = append(out, f)
			delete(keep, strings.ToLower(f))
		}
	}
	return out
}

// slug turns a name into an id: lower-case ASCII letters and digits, words
// joined by '-', accents dropped ("José Núñez" → "jose-nunez").
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." → "us", "O'Brien" → "obrien"
		default:
			dash = true
		}
	}
	return b.String()
}
