package segment

import "unicode/utf8"

// A marker is the label of a list item, such as "1.", "2)", "3.)", "a.",
// "• 9." or a bare "•".
type marker struct {
	bullet rune   // the bullet, or 0
	kind   byte   // 'n' for a number, 'a' for a lower-case letter, 0 for none
	value  int    // the number, or the letter's offset from 'a'
	style  string // ".", ")" or ".)" after the label; "" for none
}

// follows reports whether m is the marker of the item after prev.
func (m marker) follows(prev marker) bool {
	if m.bullet != prev.bullet || m.kind != prev.kind || m.style != prev.style {
		return false
	}
	return m.kind == 0 || m.value == prev.value+1
}

// markerAt reads a list marker followed by white space at text[i].
func markerAt(text string, i int) (marker, bool) {
	var m marker
	if r, n := utf8.DecodeRuneInString(text[i:]); isBullet(r) {
		m.bullet = r
		i += n
		for i < len(text) && text[i] == ' ' {
			i++
		}
	}
	j := i
	for j < len(text) && j-i < 4 && isDigit(text[j]) {
		m.value = m.value*10 + int(text[j]-'0')
		j++
	}
	switch {
	case j > i && j-i <= 3:
		m.kind = 'n'
	case j == i && j < len(text) && 'a' <= text[j] && text[j] <= 'z':
		m.kind = 'a'
		m.value = int(text[j] - 'a')
		j++
	}
	if m.kind != 0 {
		switch {
		case hasPrefixAt(text, j, ".)"):
			m.style = ".)"
		case hasPrefixAt(text, j, ")"):
			m.style = ")"
		case hasPrefixAt(text, j, "."):
			m.style = "."
		}
		j += len(m.style)
	}
	if m.style == "" {
		// Without a label style, only a bullet makes a marker.
		m = marker{bullet: m.bullet}
		j = i
	}
	if m.bullet == 0 && m.kind == 0 {
		return marker{}, false
	}
	if j > 0 && text[j-1] == ' ' {
		return m, true // a bullet and its space
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return m, j < len(text) && isSpace(r)
}

// listBreaks returns the positions where the items of a list begin, after
// the first, if the paragraph text opens with a list marker. Items are found
// by their markers: the same bullet and style, with numbers or letters
// counting up by one.
func listBreaks(text string) []int {
	i := skipSpace(text, 0)
	if i == len(text) {
		return nil
	}
	prev, ok := markerAt(text, i)
	if !ok {
		return nil
	}
	var breaks []int
	for p := i + 1; p < len(text); p++ {
		if c := text[p-1]; c != ' ' && c != '\n' && c != '\t' {
			continue
		}
		if m, ok := markerAt(text, p); ok && m.follows(prev) {
			breaks = append(breaks, p)
			prev = m
		}
	}
	return breaks
}
