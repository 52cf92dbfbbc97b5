// Package frame finds loaded language in headlines and standfirsts: the
// words and marks that judge, dramatise or inflate rather than report.
//
// Find matches whole words, case-insensitively, against a small lexicon in
// four categories:
//
//   - emotive: words that dramatise conflict or feeling ("slams", "fury",
//     "chaos", "wow");
//   - judgement: words that pass a verdict on a person or act
//     ("stubbornness", "reckless", "caves", "so-called");
//   - intensifier: words that inflate scale ("massive", "unprecedented");
//   - punctuation: an exclamation mark, or a question mark that turns a
//     headline into a question ("Sovereignty or Stubbornness?").
//
// The lexicon is a general list for English news headlines, drawn from the
// usual markers of sensational and partisan headline writing; it is not a
// sentiment model and makes no claim about the article's body.
package frame

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Category says why a word is loaded.
type Category string

// The categories of loaded language.
const (
	Emotive     Category = "emotive"
	Judgement   Category = "judgement"
	Intensifier Category = "intensifier"
	Punctuation Category = "punctuation"
)

// Cue is a loaded word or mark: the bytes [Start, End) of the text.
type Cue struct {
	Start, End int
	Category   Category
}

// Find returns the loaded words and marks of text, in order. A word in
// capitals in a text that is not all capitals ("Sheinbaum REJECTS
// Trump's Proposal") is shouting, an emotive cue, when ordinary reports
// that its lower-case form is an ordinary word (one the article uses in
// lower case), so that acronyms are not taken for shouting. ordinary may
// be nil.
func Find(text string, ordinary func(word string) bool) []Cue {
	shouting := ordinary != nil && strings.ToUpper(text) != text
	var cues []Cue
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			end := wordEnd(text, i)
			if c, n := match(text, i, end); n > 0 {
				cues = append(cues, Cue{Start: i, End: n, Category: c})
				end = n
			} else if w := text[i:end]; shouting && end-i >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w && ordinary(strings.ToLower(w)) {
				cues = append(cues, Cue{Start: i, End: end, Category: Emotive})
			}
			i = end
			continue
		case r == '!' || r == '?' && question(text, i):
			end := i + size
			for end < len(text) && (text[end] == '!' || text[end] == '?') {
				end++
			}
			cues = append(cues, Cue{Start: i, End: end, Category: Punctuation})
			i = end
			continue
		}
		i += size
	}
	return cues
}

// question reports whether the question mark at i ends a question the
// headline itself asks, not one it quotes: it is outside quotation marks.
func question(text string, i int) bool {
	open := strings.Count(text[:i], "“") - strings.Count(text[:i], "”") + strings.Count(text[:i], `"`)%2
	return open <= 0
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by single hyphens or apostrophes.
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if next, _ := utf8.DecodeRuneInString(text[i+size:]); i+size < len(text) && isWordRune(next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// match looks up the word [start, end), and the phrase of up to three words
// starting there, in the lexicon. It returns the category and the end of
// the longest match, or 0.
func match(text string, start, end int) (Category, int) {
	var best Category
	bestEnd := 0
	key := strings.ToLower(text[start:end])
	key = strings.ReplaceAll(key, "’", "'")
	if c, ok := lexicon[key]; ok {
		best, bestEnd = c, end
	}
	// Phrases: extend over following words separated by single spaces.
	phrase, pos := key, end
	for n := 0; n < 2; n++ {
		if pos >= len(text) || text[pos] != ' ' {
			break
		}
		next := wordEnd(text, pos+1)
		if next == pos+1 {
			break
		}
		phrase += " " + strings.ToLower(text[pos+1:next])
		pos = next
		if c, ok := lexicon[phrase]; ok {
			best, bestEnd = c, pos
		}
	}
	return best, bestEnd
}
