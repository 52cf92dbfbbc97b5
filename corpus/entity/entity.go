// Package entity finds the people, organisations, places and dates named
// in a corpus's articles, merges the forms each is named by within and
// across articles, and collects the titles and descriptions the articles
// give people and organisations.
//
// Find works with rules, small gazetteers and capitalisation; it loads no
// model. Its steps:
//
//   - Dates: weekday names, month names with or without a day and year
//     ("March 14, 2025", "14 March", "Sept. 30", "October 1961") and
//     years standing alone ("in 2013"). "May", "March" and "April" are
//     months only with a day, a year or a cue such as "in".
//   - Names: capitalised words in a row within a sentence, joined by the
//     connectors of names ("Department of Homeland Security", "Corwin &
//     Blake Securities"). A possessive ends a name; hyphens split names
//     the corpus uses on their own ("U.S.-Mexico"). Titles before a name
//     are stripped ("Mexican President Claudia Sheinbaum"), and the
//     places and organisations inside them are mentions of their own
//     ("U.S. President").
//   - Capitals that say nothing: headings are skipped. A word at the start
//     of a sentence or quotation, a word in a headline-like or shouted
//     line, and a long word in capitals are names only with evidence: a
//     gazetteer or the given-name list holds them, or the corpus writes
//     them capitalised in running text and hardly ever in lower case.
//   - Types: the gazetteers (countries, US states, major cities, regions,
//     well-known organisations and their initialisms), the words that end
//     organisations' and places' names ("Foundation", "Ministry",
//     "Street", "Valley"), the words that head them ("Department of",
//     "Mount"), given names, titles, and the words around a name ("in
//     Netherby", "Minneapolis-based", "Feld wrote", "Grace Tennant, 67,",
//     "carrier Nordair", "Nordair shares", "Plastics Europe, a trade
//     body,", "Kettleby, the market town", "west of Exeter", "in Penzance
//     and Helston", "Plymouth station", "her husband Callum"). A word the
//     article cues as an organisation stays one where a verb of speech
//     follows it; "X City" is a club when the article writes "City" alone.
//   - Aliases: variants listed in the gazetteers share their canonical
//     name ("US", "U.S.", "America" are "United States"). A person's
//     shorter forms ("Sheinbaum", "President Sheinbaum", "TRUMP") go to
//     the full name of the article that contains them and is written
//     nearest before (else first after), preferring the person whose
//     earlier short mentions carried a title the same way; failing that,
//     to the corpus's most frequent full name with that surname. People
//     who share a surname stay apart. Initialisms and first words of an
//     organisation's name ("Halvorsen" for "Halvorsen Foods") go to it.
//   - Descriptors: a title before a name with its modifiers ("former
//     U.S. President", "then-President", "White House deputy press
//     secretary") and appositives after ("X, 34, a nurse,") or before it
//     ("The council's leader, X,"), without a leading "the" or "a".
//
// The rules are general heuristics for English news prose; none is keyed
// to particular articles.
package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/structure"
)

// Type says what an entity is.
type Type string

// The types of entity.
const (
	Person Type = "person"
	Org    Type = "org"
	// Place is a country, city, region or other named place.
	Place Type = "place"
	// Date is an explicit calendar reference: a weekday, a month, a year
	// or a full date.
	Date Type = "date"
)

// Mention is one place an entity is named.
type Mention struct {
	Article   string // article id
	Paragraph string // paragraph id
	// Start and End are the bytes of the paragraph's text holding the
	// name, without a title before it or a possessive ending.
	Start, End int
	// Text is the paragraph's text at the mention.
	Text string
}

// Descriptor is a title or description an article gives an entity,
// located like a Mention, without a leading "the" or "a".
type Descriptor struct {
	Article, Paragraph string
	Start, End         int
	Text               string
}

// Entity is a person, organisation, place or date with its mentions
// across the corpus.
type Entity struct {
	// Name is the canonical name: the fullest form (e.g. "Claudia
	// Sheinbaum", "United States").
	Name string
	Type Type
	// Aliases are the other forms the mentions use, sorted, without Name.
	Aliases []string
	// Mentions are in corpus order: article order, then paragraph order,
	// then Start.
	Mentions []Mention
	// Descriptors are in corpus order, each distinct (ignoring case) once
	// per article.
	Descriptors []Descriptor
}

// Options configures Find. The zero value is ready to use.
type Options struct{}

// An extractor holds what Find learns about the corpus as a whole.
type extractor struct {
	st   *stats
	used []bool // scratch: the tokens of the paragraph taken by dates
}

// Find returns the corpus's entities sorted by Type then Name (ties by
// first mention).
func Find(c *corpus.Corpus, opts Options) []Entity {
	if c == nil {
		return nil
	}
	x := &extractor{st: collect(c)}
	// All candidates in one slice, each article's a part of it.
	size := 0
	for ai := range c.Articles {
		for _, p := range c.Articles[ai].Paragraphs {
			size += len(p.Text)
		}
	}
	all := make([]cand, 0, size/60+16)
	bounds := make([]int, len(c.Articles)+1)
	var buf []token
	for ai := range c.Articles {
		a := &c.Articles[ai]
		for pi := range a.Paragraphs {
			p := &a.Paragraphs[pi]
			if p.Kind == corpus.KindHeading {
				continue
			}
			buf = tokenizeInto(buf[:0], p)
			from := len(all)
			all = x.paragraph(all, pi, p, buf)
			if p.Kind == corpus.KindCaption {
				// "… Photograph: Kieran Boyd/Stagline Images": the
				// credit names who took the picture, not who is in the
				// story.
				if off := structure.CreditStart(p.Text); off >= 0 {
					kept := slices.DeleteFunc(all[from:], func(c cand) bool { return c.start >= off })
					all = all[:from+len(kept)]
				}
			}
			cs := all[from:]
			sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
		}
		bounds[ai+1] = len(all)
	}
	arts := make([][]cand, len(c.Articles))
	for ai := range arts {
		arts[ai] = all[bounds[ai]:bounds[ai+1]:bounds[ai+1]]
	}
	return x.resolve(c, arts)
}

// Listed returns the type of a name the package's gazetteers list
// ("U.S.", "NATO", "Reuters"), and false for a name they do not list.
func Listed(name string) (Type, bool) {
	g, ok := gazetteer[nameKey(name)]
	return g.typ, ok
}

// IsInitials reports whether a word is written as initials, as a name
// may start: "R.", "H.S.", "J.R.R.".
func IsInitials(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper(firstRune(part)) {
			return false
		}
	}
	return true
}

// Lookup returns the index in es of the person or organisation entity
// named name, or -1: an exact match on the name or an alias, ignoring
// case, else a match on the last word of a person's name when only one
// person has it.
func Lookup(es []Entity, name string) int {
	key := nameKey(name)
	if key == "" {
		return -1
	}
	for i, e := range es {
		if e.Type != Person && e.Type != Org {
			continue
		}
		if nameKey(e.Name) == key {
			return i
		}
	}
	for i, e := range es {
		if e.Type != Person && e.Type != Org {
			continue
		}
		for _, a := range e.Aliases {
			if nameKey(a) == key {
				return i
			}
		}
	}
	if strings.Contains(key, " ") {
		return -1
	}
	found := -1
	for i, e := range es {
		if e.Type != Person {
			continue
		}
		f := strings.Fields(nameKey(e.Name))
		if len(f) > 1 && f[len(f)-1] == key {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
