// Package repair cleans the text of a news article before the rest of the
// pipeline reads it, and records every change it makes.
//
// Text repairs each line of its input on its own, in this order, and again
// on the result until nothing changes:
//
//   - bytes that are not UTF-8 (each run becomes U+FFFD);
//   - HTML character references such as "&amp;", "&#8217;" and "&nbsp;",
//     but only complete ones ending in a semicolon, so "AT&T" stays;
//   - mojibake: UTF-8 that was decoded as Windows-1252, Latin-1, Latin-2,
//     Windows-1250/1251/1253/1254/1257, MacRoman or code page 437, once or
//     several times, in the whole line or in parts of it ("Ã©" → "é",
//     "â€™" → "’"), C1 control characters read as Windows-1252, and the
//     lossy kind of mojibake whose C1 bytes were dropped ("Trumpâs" →
//     "Trump’s"; lossy.go has the rules, some of which need evidence found
//     elsewhere in the document);
//   - invisible characters: zero-width spaces, word joiners, soft hyphens,
//     byte order marks and stray bidirectional marks are removed, and
//     zero-width joiners are kept only inside emoji sequences and scripts
//     that need them;
//   - no-break and other Unicode spaces become an ASCII space;
//   - Unicode normalization form NFC.
//
// Curly quotes, dashes, ellipses and emoji are kept as they are, and so are
// ASCII control characters and line ends.
//
// The mojibake detector and fixer follow the design of ftfy by Robyn Speer
// (Apache-2.0): a heuristic that flags character sequences that are far more
// likely to be mojibake than text, and a fixer that encodes the text in a
// single-byte encoding and decodes the bytes again as UTF-8. The package is
// checked against ftfy's own test cases (testdata/*.json).
//
// Every change is returned as an [Edit] whose offsets point into the input,
// so a position in the repaired text can be traced back to the source file.
package repair

import (
	"strings"
	"unicode/utf8"
)

// Edit records one change: the input bytes [Start, End) were replaced by New.
type Edit struct {
	Start, End int    // byte offsets into the input string
	Old, New   string // Old == input[Start:End]
	Reason     Reason
}

// Reason tells why an edit was made.
type Reason string

// The reasons an edit can have. When one change of the input is the result
// of several repairs (an entity that decoded to mojibake, say), the edit
// carries the first reason in this list that took part.
const (
	Mojibake  Reason = "mojibake"  // text decoded in the wrong encoding
	Entity    Reason = "entity"    // an HTML character reference
	Invalid   Reason = "utf8"      // bytes that are not valid UTF-8
	Invisible Reason = "invisible" // a format character that was removed
	Space     Reason = "space"     // a Unicode space replaced by ' '
	Normalize Reason = "nfc"       // a change made by NFC normalization
)

// Options tunes Text. The zero value applies every repair.
type Options struct{}

// maxRounds bounds how many times the repairs of one line are run again on
// their own output. Real text settles in two rounds; the bound keeps
// adversarial input from looping.
const maxRounds = 8

// Text returns s repaired and the edits that turn s into the result, sorted
// by Start and non-overlapping. Applying the edits to s in order gives the
// result, which is valid UTF-8. When s needs no repair, Text returns s itself
// and no edits.
func Text(s string, opts Options) (string, []Edit) {
	// The hints come from the input and, as repairs can uncover more
	// (mojibake of mojibake), from the output: the repairs run again with
	// the hints of both until the output adds none. Hints only grow, so
	// this ends, and the output is then a fixed point of Text.
	h := docHints(s)
	for {
		out, edits, more := repairDoc(s, h)
		if more == h {
			return out, edits
		}
		h = more
	}
}

// repairDoc repairs each line of s, given the hints h. It also returns h
// joined with the hints of the lines it changed.
func repairDoc(s string, h hints) (string, []Edit, hints) {
	var (
		edits []Edit
		out   strings.Builder
		last  int // end of the input copied to out so far
		more  = h
	)
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		if fixed, lineEdits := repairLine(line, h); len(lineEdits) > 0 {
			more = more.join(lineHints(fixed))
			if out.Len() == 0 {
				out.Grow(len(s) + len(s)/16)
			}
			out.WriteString(s[last:start])
			out.WriteString(fixed)
			last = end
			for _, e := range lineEdits {
				e.Start += start
				e.End += start
				edits = append(edits, e)
			}
		}
		start = end + 1
	}
	if len(edits) == 0 {
		return s, nil, more
	}
	out.WriteString(s[last:])
	return out.String(), edits, more
}

// hints are what the document as a whole tells the repairs of each line.
type hints struct {
	lossy  bool // a strong rule of lossy.go matched somewhere
	latin2 bool // mojibake that only a Latin-2 reading explains was seen
}

// join returns the hints of h and g together.
func (h hints) join(g hints) hints {
	return hints{h.lossy || g.lossy, h.latin2 || g.latin2}
}

// stage is one repair: it returns the edits it would make to s, sorted and
// non-overlapping, with offsets into s.
type stage func(s string, h hints) []edit

// stages are the repairs applied to each line, in order.
var stages = [...]stage{
	entityEdits,
	lossyEdits,
	func(s string, h hints) []edit { return fixEncoding(s, h.latin2) },
	invisibleEdits,
	nfcEdits,
}

// repairLine repairs one line (without its line feed) of a document with
// hints h.
func repairLine(line string, h hints) (string, []Edit) {
	if isPlainASCII(line) {
		return line, nil
	}
	t := newTracker(line)
	if !utf8.ValidString(line) {
		t.apply(invalidEdits(line))
	}
	for range maxRounds {
		changed := false
		for _, st := range stages {
			if e := st(t.cur, h); len(e) > 0 {
				t.apply(e)
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return t.cur, t.edits()
}

// isPlainASCII reports whether s is ASCII without any '&', which no repair
// can change.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '&' {
			return false
		}
	}
	return true
}

// invalidEdits replaces each run of bytes of s that are not UTF-8 with
// U+FFFD.
func invalidEdits(s string) []edit {
	var edits []edit
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		j := i + 1
		for j < len(s) {
			if r, size := utf8.DecodeRuneInString(s[j:]); r != utf8.RuneError || size != 1 {
				break
			}
			j++
		}
		edits = append(edits, edit{i, j, "\uFFFD", Invalid})
		i = j
	}
	return edits
}
