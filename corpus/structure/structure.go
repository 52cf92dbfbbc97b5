// Package structure recovers the layout of a plain-text news article: its
// headline, section headings, bullet items and paragraphs.
//
// The rules look only at the shape of lines (length, final punctuation,
// list markers, position and neighbours), never at particular wording.
package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// Options configures Parse. The zero value is ready to use.
type Options struct{}

// Block is one block of an article.
type Block struct {
	Kind corpus.Kind
	Text string
	// Line is the 1-based line of the text the block starts on.
	Line int
}

// Document is the recovered layout of one article.
type Document struct {
	// Title is the headline, or a title derived from the opening sentence
	// when the article has no headline (then TitleLine is 0).
	Title     string
	TitleLine int
	Blocks    []Block
}

// maxHeadingWords is the longest line, in words, taken for a headline or a
// section heading.
const maxHeadingWords = 20

// Parse splits text (lines separated by "\n") into a Document.
func Parse(text string, _ Options) Document {
	lines := splitLines(text)
	var doc Document
	for i, l := range lines {
		if i == 0 && looksLikeHeadline(l.text) {
			doc.Title, doc.TitleLine = l.text, l.num
			continue
		}
		b := Block{Kind: corpus.KindText, Text: l.text, Line: l.num}
		if item, ok := bulletItem(l.text); ok {
			b.Kind, b.Text = corpus.KindBullet, item
		} else if looksLikeHeading(l.text) && i+1 < len(lines) {
			b.Kind = corpus.KindHeading
		}
		doc.Blocks = append(doc.Blocks, b)
	}
	if doc.Title == "" {
		doc.Title = deriveTitle(doc.Blocks)
	}
	return doc
}

type line struct {
	text string
	num  int
}

// splitLines returns the non-blank lines of text, trimmed.
func splitLines(text string) []line {
	var out []line
	for n, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, line{text: t, num: n + 1})
		}
	}
	return out
}

// looksLikeHeadline reports whether the first line of an article is a
// headline: short, and not ending like a sentence of running text.
func looksLikeHeadline(s string) bool {
	if _, ok := bulletItem(s); ok {
		return false
	}
	return wordCount(s) <= maxHeadingWords+10 && !endsSentence(s)
}

// looksLikeHeading reports whether a line inside an article is a section
// heading rather than a paragraph.
func looksLikeHeading(s string) bool {
	if wordCount(s) > maxHeadingWords || endsSentence(s) || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") {
		return false
	}
	return !hasInnerSentenceEnd(s)
}

// hasInnerSentenceEnd reports whether s holds more than one sentence: a
// '.', '?' or '!' followed by a space and a capital letter.
func hasInnerSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// endsSentence reports whether s ends with sentence punctuation, allowing
// closing quotes and brackets after it. A final "?" or "!" does not count:
// headlines often end with them.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"'”’)]»", r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '…' || r == ';'
}

// bulletItem reports whether s is a list item and returns it without its
// marker.
func bulletItem(s string) (string, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '·', '▪', '◦', '‣', '–':
	default:
		return "", false
	}
	rest := s[n:]
	if rest == "" || !unicode.IsSpace(rune(rest[0])) && rest[0] != 0xC2 {
		return "", false
	}
	item := strings.TrimSpace(rest)
	if item == "" {
		return "", false
	}
	return item, true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// deriveTitle makes a short title from the first paragraph: its first
// sentence when that is short, else its opening words.
func deriveTitle(blocks []Block) string {
	for _, b := range blocks {
		if b.Kind == corpus.KindText {
			return shortTitle(b.Text)
		}
	}
	if len(blocks) > 0 {
		return shortTitle(blocks[0].Text)
	}
	return "Untitled"
}

// shortTitle returns the first sentence of s without its final period if
// it has at most 14 words, else its first 12 words and an ellipsis.
func shortTitle(s string) string {
	const maxSentence, maxWords = 14, 12
	first := s
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			first = s[:i+1]
			break
		}
	}
	if words := strings.Fields(first); len(words) <= maxSentence {
		return strings.TrimSuffix(strings.Join(words, " "), ".")
	}
	words := strings.Fields(s)
	return strings.TrimRight(strings.Join(words[:maxWords], " "), ",;:—–-") + "…"
}
