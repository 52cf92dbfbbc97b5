package ui

import (
	"strconv"
	"strings"

	"parallax/corpus"
)

// articleWords counts the words of an article's paragraphs.
func articleWords(a *corpus.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(strings.Fields(p.Text))
	}
	return n
}

// readingMinutes estimates reading time at 230 words a minute, at least 1.
func readingMinutes(words int) int {
	return max(1, (words+115)/230)
}

// opening returns the first sentence of an article's standfirst or first
// text paragraph, shortened to about 40 words.
func opening(a *corpus.Article) string {
	for _, p := range a.Paragraphs {
		if p.Kind != corpus.KindText || a.Standfirst != "" && p.ID != a.Standfirst {
			continue
		}
		s := p.Text
		if len(p.Sentences) > 0 {
			s = s[p.Sentences[0].Start:p.Sentences[0].End]
		}
		if words := strings.Fields(s); len(words) > 40 {
			s = strings.Join(words[:40], " ") + "…"
		}
		return s
	}
	return ""
}

// thousands formats n with comma separators: 12345 → "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// plural formats a count with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}
