package repair

import (
	"strings"
	"unicode/utf8"
)

// fixEncoding returns the edits that undo the mojibake in s, found by running
// encodingStep until it changes nothing more. If latin2 is set, the document
// shows lossy mojibake of a Latin-2 reading (see lossy.go), and UTF-8 read as
// Latin-2 is looked for and preferred to Windows-1250.
func fixEncoding(s string, latin2 bool) []edit {
	e := encodingStep(s, latin2)
	if len(e) == 0 {
		return nil
	}
	t := newTracker(s)
	for range maxRounds {
		t.apply(e)
		if e = encodingStep(t.cur, latin2); len(e) == 0 {
			break
		}
	}
	return internal(t.edits())
}

// encodingStep undoes one layer of mojibake in s. Like ftfy's
// fix_encoding, it tries, in turn:
//
//  1. encoding all of s in one of the codecs and decoding the bytes as
//     UTF-8 (after putting back no-break spaces that became spaces, and
//     marking bytes lost to U+FFFD);
//  2. fixing just the runs of s that look like UTF-8 mojibake;
//  3. reading C1 control characters as the Windows-1252 characters they
//     almost always were.
//
// Unlike ftfy, it passes over a decoding that would bring in C1 control
// characters that s did not have, so that Latin-2 mojibake such as "Â®"
// read as "ÂŽ" is not taken for Windows-1252.
func encodingStep(s string, latin2 bool) []edit {
	if isASCII(s) || !isBad(s) && !(latin2 && hasLatin2Letter(s)) {
		return nil
	}
	c1 := countC1(s)
	canLatin1 := false
	order := codecs[:]
	if latin2 {
		order = latin2Order[:]
	}
	for _, c := range order {
		if !c.canEncode(s) {
			continue
		}
		if c == latin1 {
			canLatin1 = true
		}
		b, src := c.encode(s)
		if c.name != "macroman" && hasAlteredUTF8(b) {
			b, src = restoreA0(b, src)
		}
		if c.sloppy {
			b, src = replaceLossy(b, src)
		}
		if e, ok := decodeAligned(s, b, src); ok && countC1(editsResult(s, e)) <= c1 {
			return e
		}
	}
	if e := decodeInconsistent(s, latin2); len(e) > 0 {
		return e
	}
	if canLatin1 {
		// Text that only Latin-1 can hold has C1 control characters:
		// read them all as Windows-1252, if they all exist there.
		if e, ok := c1Edits(s, true); ok && len(e) > 0 {
			return e
		}
	}
	e, _ := c1Edits(s, false)
	return e
}

// hasLatin2Letter reports whether s has the UTF-8 of a letter of
// U+00C0–U+017F read as Latin-2: "Ă", "Ä" or "Ĺ" (bytes C3, C4, C5)
// followed by a character of bytes A0–BF, as in "MĂŠxico" for "México".
// These letters lose nothing when the C1 characters are dropped, and isBad
// does not see them.
func hasLatin2Letter(s string) bool {
	prev := rune(-1)
	for _, r := range s {
		if prev == 'Ă' || prev == 'Ä' || prev == 'Ĺ' {
			if b, ok := iso88592.byteOf(r); ok && b >= 0xA0 && b <= 0xBF {
				return true
			}
		}
		prev = r
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// countC1 counts the C1 control characters in s.
func countC1(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			n++
		}
	}
	return n
}

// editsResult returns s with edits applied.
func editsResult(s string, edits []edit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(s[last:e.start])
		b.WriteString(e.new)
		last = e.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// c1Edits replaces the C1 control characters of s with the Windows-1252
// characters of the same byte. If strict is set, it fails when one of them
// is a byte that Windows-1252 leaves undefined; otherwise it leaves those.
func c1Edits(s string, strict bool) ([]edit, bool) {
	var edits []edit
	for i, r := range s {
		if r < 0x80 || r > 0x9f {
			continue
		}
		w := windows1252.decodeByte(byte(r))
		if w == r {
			if strict {
				return nil, false
			}
			continue
		}
		edits = append(edits, edit{i, i + utf8.RuneLen(r), string(w), Mojibake})
	}
	return edits, true
}

// decodeAligned decodes b, the encoding of s with src[i] the offset in s of
// the character that gave byte i, as UTF-8. It returns the edits that turn s
// into the decoded text, one for each run of characters that changed, and
// false if b is not UTF-8. It accepts two variants that ftfy also reads:
// CESU-8 (surrogate pairs encoded one by one) and Java's C0 80 for U+0000.
func decodeAligned(s string, b []byte, src []int) ([]edit, bool) {
	var (
		edits []edit
		run   strings.Builder // new text of the current changed run
		runAt = -1            // its start in s, or -1
	)
	flush := func(end int) {
		if runAt >= 0 {
			edits = append(edits, edit{runAt, end, run.String(), Mojibake})
			run.Reset()
			runAt = -1
		}
	}
	for i := 0; i < len(b); {
		r, size := decodeVariant(b[i:])
		if size == 0 {
			return nil, false
		}
		start := src[i]
		end := len(s)
		if i+size < len(b) {
			end = src[i+size]
		}
		if orig, n := utf8.DecodeRuneInString(s[start:]); n == end-start && orig == r {
			flush(start)
		} else {
			if runAt < 0 {
				runAt = start
			}
			run.WriteRune(r)
		}
		i += size
	}
	flush(len(s))
	return edits, true
}

// decodeVariant decodes the first character of b as UTF-8, CESU-8 or
// Java's encoding of U+0000. It returns size 0 if b does not start with
// one.
func decodeVariant(b []byte) (rune, int) {
	if len(b) >= 6 && b[0] == 0xED && b[1]&0xF0 == 0xA0 && isCont(b[2]) &&
		b[3] == 0xED && b[4]&0xF0 == 0xB0 && isCont(b[5]) {
		hi := rune(b[1]&0x0F)<<6 | rune(b[2]&0x3F)
		lo := rune(b[4]&0x0F)<<6 | rune(b[5]&0x3F)
		return 0x10000 + hi<<10 + lo, 6
	}
	if len(b) >= 2 && b[0] == 0xC0 && b[1] == 0x80 {
		return 0, 2
	}
	r, size := utf8.DecodeRune(b)
	if r == utf8.RuneError && size <= 1 {
		return 0, 0
	}
	return r, size
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// hasAlteredUTF8 reports whether b has a sequence that would be UTF-8 if a
// space in it were byte 0xA0, which some programs turn into a space.
func hasAlteredUTF8(b []byte) bool {
	for i := range b {
		if alteredAt(b, i) > 0 {
			return true
		}
	}
	return false
}

// alteredAt returns the length of the altered UTF-8 sequence at b[i], or 0.
// Lead bytes are limited to those that make likely characters before 0xA0:
// ftfy's list, which is made for that purpose.
func alteredAt(b []byte, i int) int {
	at := func(j int) int {
		if i+j < len(b) {
			return int(b[i+j])
		}
		return -1
	}
	// cont3 are the continuation bytes allowed next to the space in a
	// three-byte sequence: not 0x85 (…) or 0xA0 itself.
	cont3 := func(c int) bool { return c >= 0x80 && c <= 0xBF && c != 0x85 && c != 0xA0 }
	cont := func(c int) bool { return c >= 0x80 && c <= 0xBF }
	c0 := at(0)
	switch {
	case (c0 == 0xC2 || c0 == 0xC3 || c0 == 0xC5 || c0 == 0xCE || c0 == 0xD0 || c0 == 0xD9) && at(1) == ' ':
		return 2
	case (c0 == 0xE2 || c0 == 0xE3) && at(1) == ' ' && cont3(at(2)):
		return 3
	case c0 >= 0xE0 && c0 <= 0xE3 && cont3(at(1)) && at(2) == ' ':
		return 3
	case c0 == 0xF0 && at(1) == ' ' && cont(at(2)) && cont(at(3)),
		c0 == 0xF0 && cont(at(1)) && at(2) == ' ' && cont(at(3)),
		c0 == 0xF0 && cont(at(1)) && cont(at(2)) && at(3) == ' ':
		return 4
	}
	return 0
}

// restoreA0 puts back the byte 0xA0 where a space stands in a sequence found
// by alteredAt. Before that, "Ã " (as in mojibake of "à la") becomes "à "
// rather than "à" joined to the next word, except before the Portuguese
// "s " and "quel", "quela", "quilo" (às, àquele, ...).
func restoreA0(b []byte, src []int) ([]byte, []int) {
	nb := make([]byte, 0, len(b)+4)
	ns := make([]int, 0, len(b)+4)
	for i := 0; i < len(b); i++ {
		nb, ns = append(nb, b[i]), append(ns, src[i])
		if b[i] == 0xC3 && i+1 < len(b) && b[i+1] == ' ' && !aGraveException(b[i+2:]) {
			nb, ns = append(nb, 0xA0), append(ns, src[i+1])
		}
	}
	for i := 0; i < len(nb); {
		n := alteredAt(nb, i)
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			if nb[j] == ' ' {
				nb[j] = 0xA0
			}
		}
		i += n
	}
	return nb, ns
}

// aGraveException reports whether rest, the bytes after "Ã ", start with
// something that makes the "à" part of the next word.
func aGraveException(rest []byte) bool {
	for _, p := range []string{" ", "quele", "quela", "quilo", "s "} {
		if len(rest) >= len(p) && string(rest[:len(p)]) == p {
			return true
		}
	}
	return false
}

// replaceLossy replaces UTF-8 sequences that lost bytes, marked by byte 0x1A
// (U+FFFD encoded by a sloppy codec) or sometimes '?', with the UTF-8 of
// U+FFFD, so that the rest can still be decoded.
func replaceLossy(b []byte, src []int) ([]byte, []int) {
	var nb []byte
	var ns []int
	for i := 0; i < len(b); {
		n := lossyAt(b, i)
		if n == 0 {
			if nb != nil {
				nb, ns = append(nb, b[i]), append(ns, src[i])
			}
			i++
			continue
		}
		if nb == nil {
			nb = append(make([]byte, 0, len(b)+8), b[:i]...)
			ns = append(make([]int, 0, len(b)+8), src[:i]...)
		}
		nb = append(nb, 0xEF, 0xBF, 0xBD)
		ns = append(ns, src[i], src[i], src[i])
		i += n
	}
	if nb == nil {
		return b, src
	}
	return nb, ns
}

// lossyAt returns the length of a lossy UTF-8 sequence at b[i], or 0.
func lossyAt(b []byte, i int) int {
	at := func(j int) int {
		if i+j < len(b) {
			return int(b[i+j])
		}
		return -1
	}
	sub := func(c int) bool { return c == 0x1A }
	lost := func(c int) bool { return c == 0x1A || c == '?' }
	cont := func(c int) bool { return c == 0x1A || c >= 0x80 && c <= 0xBF }
	lostOrCont := func(c int) bool { return lost(c) || c >= 0x80 && c <= 0xBF }
	c0 := at(0)
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF && sub(at(1)):
		return 2
	case (c0 == 0xC2 || c0 == 0xC3) && at(1) == '?':
		return 2
	case c0 == 0xED && at(1) >= 0xA0 && at(1) <= 0xAF && at(3) == 0xED && at(4) >= 0xB0 && at(4) <= 0xBF &&
		(lost(at(2)) && lostOrCont(at(5)) || lostOrCont(at(2)) && lost(at(5))):
		return 6
	case c0 >= 0xE0 && c0 <= 0xEF && (lost(at(1)) && cont(at(2)) || cont(at(1)) && lost(at(2))):
		return 3
	case c0 >= 0xF0 && c0 <= 0xF4 && (lost(at(1)) && cont(at(2)) && cont(at(3)) ||
		cont(at(1)) && lost(at(2)) && cont(at(3)) ||
		cont(at(1)) && cont(at(2)) && lost(at(3))):
		return 4
	case sub(c0):
		return 1
	}
	return 0
}

// The characters that UTF-8 bytes become when read in the codecs of
// clueCodecs: lead bytes of two-, three- and four-byte sequences (only
// F0 and F3 for four, the others make unassigned characters) and
// continuation bytes. A space can stand for a continuation byte, as it may
// have been a no-break space. contStrict leaves out the space and the
// punctuation that often stands for itself next to mojibake.
var utf8First2, utf8First3, utf8First4, utf8Cont, utf8ContStrict = func() (f2, f3, f4, cont, strict map[rune]bool) {
	f2, f3, f4 = map[rune]bool{}, map[rune]bool{}, map[rune]bool{}
	cont, strict = map[rune]bool{' ': true}, map[rune]bool{}
	for _, c := range clueCodecs {
		for b := 0x80; b <= 0xFF; b++ {
			r := c.decodeByte(byte(b))
			switch {
			case b <= 0xBF:
				cont[r] = true
				if !strings.ContainsRune("–—―‘’‚“”„•…", r) {
					strict[r] = true
				}
			case b >= 0xC2 && b <= 0xDF:
				f2[r] = true
			case b >= 0xE0 && b <= 0xEF:
				f3[r] = true
			case b == 0xF0 || b == 0xF3:
				f4[r] = true
			}
		}
	}
	return f2, f3, f4, cont, strict
}()

// decodeInconsistent fixes the runs of s that look like UTF-8 mojibake and
// that isBad flags, each on its own, for text that mixes mojibake with
// correct text or with mojibake of another encoding. latin2 is as for
// fixEncoding.
func decodeInconsistent(s string, latin2 bool) []edit {
	var edits []edit
	t := newText(s)
	offs := make([]int, 0, len(t.r)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	for i := 0; i < len(t.r); {
		n := 0
		if i == 0 || !utf8ContStrict[t.r[i-1]] {
			n = utf8RunAt(t.r, i)
		}
		if n == 0 {
			i++
			continue
		}
		start, end := offs[i], offs[i+n]
		if sub := s[start:end]; len(sub) < len(s) && (isBad(sub) || latin2 && hasLatin2Letter(sub)) {
			for _, e := range fixEncoding(sub, latin2) {
				e.start += start
				e.end += start
				edits = append(edits, e)
			}
		}
		i += n
	}
	return edits
}

// utf8RunAt returns the number of runes from r[i] that read as a run of
// UTF-8 sequences in a single-byte codec, or 0.
func utf8RunAt(r []rune, i int) int {
	j := i
	for {
		n := 0
		switch {
		case utf8First2[at(r, j)] && utf8Cont[at(r, j+1)]:
			n = 2
		case utf8First3[at(r, j)] && utf8Cont[at(r, j+1)] && utf8Cont[at(r, j+2)]:
			n = 3
		case utf8First4[at(r, j)] && utf8Cont[at(r, j+1)] && utf8Cont[at(r, j+2)] && utf8Cont[at(r, j+3)]:
			n = 4
		}
		if n == 0 {
			return j - i
		}
		j += n
	}
}

// at returns r[i], or -1 past the end.
func at(r []rune, i int) rune {
	if i < len(r) {
		return r[i]
	}
	return -1
}
