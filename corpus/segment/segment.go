// Package segment splits a paragraph of English news text into sentences.
//
// Sentences returns byte spans into the text it is given and never rewrites
// the text. The rules are heuristics for edited English prose: a period, a
// question mark, an exclamation mark or an ellipsis ends a sentence when the
// next word could start one. Abbreviations (Mr., U.S., Inc., a.m., initials)
// end a sentence only when the next word is one that usually starts a
// sentence, such as "The", "He" or "But"; titles such as Mr. and Sen. never
// do. Closing quotes and brackets after the end mark stay with the sentence
// they close, and numbered or bulleted lists are split into their items.
//
// The rules are checked against the English Golden Rules of the
// pragmatic_segmenter project (see testdata/english.json).
package segment

import (
	"unicode"
	"unicode/utf8"
)

// Span is a sentence: the bytes [Start, End) of the text passed in.
type Span struct{ Start, End int }

// Options tunes Sentences. The zero value uses the built-in rules.
type Options struct {
	// Abbreviations lists extra abbreviations, without their final period
	// ("Supt", "approx"), matched regardless of case. Like the built-in ones,
	// they end a sentence only before a word that usually starts one.
	Abbreviations []string

	// Titles lists extra abbreviations that come before a name ("Amb",
	// "Msgr"), without their final period. They never end a sentence and
	// match only when capitalised.
	Titles []string
}

// Sentences splits text into sentences. Spans are in order,
// non-overlapping, trimmed of surrounding white space, never empty, with
// edges on UTF-8 boundaries; every non-space byte of text is inside exactly
// one span.
//
// Text is one paragraph. A single line break inside it is treated as a
// space; a blank line always ends a sentence.
func Sentences(text string, opts Options) []Span {
	s := scanner{text: text, opts: opts, forced: listBreaks(text)}
	s.scan()
	s.emit(len(text))
	return s.spans
}

// A scanner holds the state of one call to Sentences.
type scanner struct {
	text   string
	opts   Options
	forced []int // sorted positions where a list item begins
	start  int   // start of the current sentence
	spans  []Span
}

// maxSentences returns an upper bound on the number of sentences in the
// text: one more than the number of places where one might end.
func (s *scanner) maxSentences() int {
	n := 1 + len(s.forced)
	text := s.text
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '?', '!', '\n':
			n++
		case ellipsis[0]:
			if hasPrefixAt(text, i, ellipsis) {
				n++
			}
		}
	}
	return n
}

// emit ends the current sentence at k, recording its trimmed span if it is
// not empty. Positions at or before the current start are ignored.
func (s *scanner) emit(k int) {
	if k <= s.start {
		return
	}
	a, b := s.start, k
	for a < b {
		r, n := utf8.DecodeRuneInString(s.text[a:b])
		if !isSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s.text[a:b])
		if !isSpace(r) {
			break
		}
		b -= n
	}
	if a < b {
		if s.spans == nil {
			// Allocate once, on the first sentence.
			s.spans = make([]Span, 0, s.maxSentences())
		}
		s.spans = append(s.spans, Span{a, b})
	}
	s.start = k
}

// scan walks the text and emits a boundary after every sentence end.
func (s *scanner) scan() {
	text := s.text
	f := 0
	for i := 0; i < len(text); {
		for f < len(s.forced) && s.forced[f] <= i {
			s.emit(s.forced[f])
			f++
		}
		switch c := text[i]; {
		case c == '.' || c == '?' || c == '!':
			i = s.terminator(i)
		case c == 0xE2 && hasPrefixAt(text, i, ellipsis):
			i = s.terminator(i)
		case c == '\n':
			if j := blankLine(text, i); j > i {
				s.emit(i)
				i = j
			} else {
				i++
			}
		default:
			i++
		}
	}
}

// blankLine reports whether the line break at i is followed by white space
// holding another line break. If so it returns the position after that
// white space; otherwise it returns i.
func blankLine(text string, i int) int {
	j := i + 1
	breaks := 1
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			breaks++
		}
		j += n
	}
	if breaks < 2 {
		return i
	}
	return j
}

// isSpace reports whether r is white space.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// hasPrefixAt reports whether text[i:] begins with p.
func hasPrefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && text[i:i+len(p)] == p
}
