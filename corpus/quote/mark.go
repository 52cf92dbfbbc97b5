package quote

import (
	"unicode"
	"unicode/utf8"
)

// A region is one quotation in a paragraph: the opening mark at open, the
// closing mark ending at close (or the paragraph's end, or the next opening
// mark, when it is not closed) and the quoted text [start, end), trimmed of
// space. Regions are in order and do not overlap.
type region struct {
	open, close int
	start, end  int
	closed      bool
}

// A markRole says which way a double quotation mark faces.
type markRole uint8

const (
	opening  markRole = iota + 1 // “ „ ‟ «
	closing                      // ” »
	straight                     // "
)

// markAt returns the role and width of the double quotation mark at text[i:],
// or 0 when there is none.
func markAt(text string, i int) (markRole, int, rune) {
	switch c := text[i]; c {
	case '"':
		return straight, 1, '"'
	case 0xE2, 0xC2:
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„', '‟', '«':
			return opening, n, r
		case '”', '»':
			return closing, n, r
		}
	}
	return 0, 1, 0
}

// findRegions finds the quotations in a paragraph by pairing its double
// quotation marks, curly or straight. Single quotation marks are left
// alone, so quotations nested in single marks and apostrophes stay inside.
//
// A straight mark opens a quotation when it stands before a word and not
// right after a letter or digit (5" is a measure), and closes one when it
// follows a non-space. Inside a quotation opened by a curly mark, a straight
// mark is taken for a nested one unless no curly closing mark follows. An
// opening mark found inside a quotation means the quotation was never
// closed: it ends there. A quotation still open at the end of the
// paragraph ends with it, so that a stray mark never swallows more than one
// paragraph (Find joins it to the next paragraph when that one reopens it).
func findRegions(text string) []region {
	var out []region
	var ahead curlyAhead
	in, byStraight := false, false
	var openRune rune
	cur := region{}
	begin := func(i, n int, r rune) {
		in, byStraight, openRune = true, r == '"', r
		cur = region{open: i, start: i + n}
	}
	end := func(at, close int, closed bool) {
		in = false
		cur.end, cur.close, cur.closed = at, close, closed
		if r, ok := trimRegion(text, cur); ok {
			out = append(out, r)
		}
	}
	for i := 0; i < len(text); {
		role, n, r := markAt(text, i)
		if role == 0 {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i == 0 {
			prev = -1
		}
		if i+n >= len(text) {
			next = -1
		}
		switch {
		case !in:
			switch {
			case role == opening && next != -1:
				begin(i, n, r)
			case role == straight && canOpen(prev, next):
				begin(i, n, r)
			case role == closing && (prev == -1 || unicode.IsSpace(prev)) && canOpen(prev, next):
				begin(i, n, r) // a closing mark typed for an opening one
			}
		case role == closing:
			end(i, i+n, true)
		case role == opening && openRune == '„' && r == '“':
			end(i, i+n, true) // „German style“
		case role == opening:
			end(i, i, false)
			if next != -1 {
				begin(i, n, r)
			}
		case byStraight:
			if prev != -1 && !unicode.IsSpace(prev) {
				end(i, i+n, true)
			} else {
				end(i, i, false)
				if canOpen(prev, next) {
					begin(i, n, r)
				}
			}
		default: // a straight mark inside a curly quotation
			if prev != -1 && !unicode.IsSpace(prev) && !ahead.closing(text, i+n) {
				end(i, i+n, true)
			}
		}
		i += n
	}
	if in {
		end(len(text), len(text), false)
	}
	return out
}

// canOpen reports whether a straight mark between prev and next can open a
// quotation: a word follows and no letter or digit comes right before.
func canOpen(prev, next rune) bool {
	if next == -1 || unicode.IsSpace(next) {
		return false
	}
	return prev == -1 || !(unicode.IsLetter(prev) || unicode.IsDigit(prev))
}

// curlyAhead finds the next curly mark of a text. The positions asked
// about only grow, so the text is scanned once.
type curlyAhead struct {
	pos  int // position of the next curly mark at or after the last question, or len(text)
	role markRole
	init bool
}

// closing reports whether a curly closing mark comes at or after from
// before any opening mark.
func (a *curlyAhead) closing(text string, from int) bool {
	if !a.init || a.pos < from {
		a.init = true
		a.pos, a.role = len(text), 0
		for i := from; i < len(text); i++ {
			if text[i] != 0xE2 && text[i] != 0xC2 {
				continue
			}
			if role, _, _ := markAt(text, i); role == opening || role == closing {
				a.pos, a.role = i, role
				break
			}
		}
	}
	return a.role == closing
}

// trimRegion trims space from the quoted text of r and reports whether any
// text with a letter or digit is left.
func trimRegion(text string, r region) (region, bool) {
	for r.start < r.end {
		c, n := utf8.DecodeRuneInString(text[r.start:r.end])
		if !unicode.IsSpace(c) {
			break
		}
		r.start += n
	}
	for r.end > r.start {
		c, n := utf8.DecodeLastRuneInString(text[r.start:r.end])
		if !unicode.IsSpace(c) {
			break
		}
		r.end -= n
	}
	for _, c := range text[r.start:r.end] {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return r, true
		}
	}
	return r, false
}
