package repair

import (
	"unicode"
	"unicode/utf8"
)

// The heuristic in this file decides whether a string looks like it holds
// mojibake. It follows the one in ftfy 6 (badness.py): the few hundred
// characters that UTF-8 mojibake is made of are sorted into classes, and
// sequences of them that text almost never has, such as a lower-case accented
// letter followed by a currency sign, are flagged.

// Character classes, as bits.
const (
	clsC1          = 1 << iota // C1 control characters
	clsBad                     // characters almost only seen in mojibake
	clsLaw                     // ¶ §
	clsCurrency                // ¢ £ ¥ ₧ €
	clsStart                   // punctuation that opens something: ¡ « ¿ © ‘ “ …
	clsEnd                     // punctuation that closes something: ® » ” ™ …
	clsNumeric                 // ² ³ ± ½ × µ ÷ √ ∞ ≠ ≤ № …
	clsKaomoji                 // letters that make faces: Ò–Ö ò–ö ø–ü °
	clsUpperAcc                // accented capital letters
	clsLowerAcc                // accented small letters
	clsUpperCommon             // Greek and Cyrillic capitals, Þ
	clsLowerCommon             // Greek and Cyrillic small letters
	clsBox                     // box drawing
	clsCommon                  // common in text and in mojibake: NBSP – — … ’
)

// classList gives the members of each class as single characters (a string
// of them) and ranges (pairs of runes).
var classList = []struct {
	class  uint32
	chars  string
	ranges []rune
}{
	{clsCommon, "\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019", nil},
	{clsC1, "", []rune{0x80, 0x9f}},
	{clsBad, "¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº", nil},
	{clsLaw, "¶§", nil},
	{clsCurrency, "¢£¥₧€", nil},
	{clsStart, "¡«¿©΄΅‘‚“„•‹\uf8ff", nil},
	{clsEnd, "®»˝”›™", nil},
	{clsNumeric, "²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№", nil},
	{clsKaomoji, "ŐŌŪŲ°", []rune{'Ò', 'Ö', 'Ù', 'Ü', 'ò', 'ö', 'ø', 'ü'}},
	{clsUpperAcc, "ØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ", []rune{'À', 'Ñ'}},
	{clsLowerAcc, "ßăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ", []rune{'à', 'ñ'}},
	{clsUpperCommon, "ÞΆΈΉΊΌΎΏΪΫ", []rune{'Α', 'Ω', 'Ё', 'Я'}},
	{clsLowerCommon, "άέήίΰ", []rune{'α', 'ω', 'а', 'џ'}},
	{clsBox, "│┌┐┘├┤┬┼▀▄█▌▐░▒▓", []rune{'═', '╬'}},
}

// classTable holds the class bits of the characters below classTableSize;
// classMap those of the others.
const classTableSize = 0x500

var classTable, classMap = func() (*[classTableSize]uint32, map[rune]uint32) {
	t, m := new([classTableSize]uint32), make(map[rune]uint32)
	set := func(r rune, c uint32) {
		if r < classTableSize {
			t[r] |= c
		} else {
			m[r] |= c
		}
	}
	for _, c := range classList {
		for _, r := range c.chars {
			set(r, c.class)
		}
		for i := 0; i+1 < len(c.ranges); i += 2 {
			for r := c.ranges[i]; r <= c.ranges[i+1]; r++ {
				set(r, c.class)
			}
		}
	}
	return t, m
}()

// classOf returns the class bits of r.
func classOf(r rune) uint32 {
	if r >= 0 && r < classTableSize {
		return classTable[r]
	}
	return classMap[r]
}

// Unions of classes that the rules use.
const (
	clsAcc        = clsLowerAcc | clsUpperAcc
	clsSymbolLike = clsBox | clsStart | clsEnd | clsCurrency | clsNumeric | clsLaw
)

// text is a string split into runes, with the class bits of each.
type text struct {
	r []rune
	c []uint32
}

func newText(s string) text {
	n := utf8.RuneCountInString(s)
	t := text{make([]rune, 0, n), make([]uint32, 0, n)}
	for _, r := range s {
		t.r = append(t.r, r)
		t.c = append(t.c, classOf(r))
	}
	return t
}

// at returns the rune at i, or -1 past either end.
func (t text) at(i int) rune {
	if i < 0 || i >= len(t.r) {
		return -1
	}
	return t.r[i]
}

// cls returns the class bits at i, or 0 past either end.
func (t text) cls(i int) uint32 {
	if i < 0 || i >= len(t.c) {
		return 0
	}
	return t.c[i]
}

// in reports whether the rune at i has any of the class bits in mask.
func (t text) in(i int, mask uint32) bool { return t.cls(i)&mask != 0 }

// is reports whether the rune at i is one of set.
func (t text) is(i int, set string) bool {
	r := t.at(i)
	if r < 0 {
		return false
	}
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }
func isASCIILower(r rune) bool  { return r >= 'a' && r <= 'z' }

// isWord matches what a regular expression's \w matches in Python:
// letters, numbers and the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isBad reports whether s looks like it contains mojibake.
func isBad(s string) bool {
	if !hasTrigger(s) {
		return false
	}
	t := newText(s)
	for i := range t.r {
		if t.badAt(i) {
			return true
		}
	}
	return false
}

// hasTrigger reports whether s has a character that every rule of badAt
// needs one of: one in a class other than those of common punctuation
// (clsCommon, clsStart and clsEnd), which clean text is full of.
func hasTrigger(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if classOf(r)&^(clsCommon|clsStart|clsEnd) != 0 {
			return true
		}
		i += size - 1
	}
	return false
}

// badAt reports whether a mojibake-like sequence starts at rune i.
func (t text) badAt(i int) bool {
	c0, c1, c2 := t.cls(i), t.cls(i+1), t.cls(i+2)
	r0 := t.r[i]
	has := func(c, mask uint32) bool { return c&mask != 0 }

	switch {
	case has(c0, clsC1):
		return true
	case has(c0, clsBad|clsAcc|clsSymbolLike) && has(c1, clsBad):
		return true
	case isASCIILetter(r0) && has(c1, clsLowerCommon|clsUpperCommon) && has(c2, clsBad):
		return true
	case has(c0, clsBad) && has(c1, clsAcc|clsSymbolLike):
		return true
	case has(c0, clsLowerAcc|clsLowerCommon|clsBox|clsEnd|clsCurrency|clsNumeric) && has(c1, clsUpperAcc):
		return true
	case has(c0, clsBox|clsEnd|clsCurrency|clsNumeric) && has(c1, clsLowerAcc):
		return true
	case has(c0, clsLowerAcc|clsBox|clsEnd) && has(c1, clsCurrency):
		return true
	case unicode.IsSpace(r0) && has(c1, clsUpperAcc) && has(c2, clsCurrency):
		return true
	case has(c0, clsUpperAcc|clsBox) && has(c1, clsNumeric|clsLaw):
		return true
	case has(c0, clsAcc|clsBox|clsCurrency|clsEnd) && has(c1, clsStart) && has(c2, clsNumeric):
		return true
	case has(c0, clsAcc|clsCurrency|clsNumeric|clsBox|clsLaw) && has(c1, clsEnd) && has(c2, clsStart):
		return true
	case has(c0, clsCurrency|clsNumeric|clsBox) && has(c1, clsStart):
		return true
	case isASCIILower(r0) && has(c1, clsUpperAcc) && has(c2, clsStart|clsCurrency):
		return true
	case has(c0, clsBox) && has(c1, clsKaomoji):
		return true
	case has(c0, clsAcc|clsCurrency|clsNumeric|clsStart|clsEnd|clsLaw) && has(c1, clsBox):
		return true
	case has(c0, clsBox) && has(c1, clsEnd):
		return true
	case has(c0, clsAcc) && has(c1, clsStart|clsEnd) && isWord(t.at(i+2)):
		return true
	}
	return t.badLiteral(i)
}

// badLiteral checks the rules of badAt that name particular characters:
// common two- and three-character mojibake of a few encodings.
func (t text) badLiteral(i int) bool {
	r0, r1 := t.r[i], t.at(i+1)
	switch r0 {
	case 'Œ', 'œ':
		// The ligature when not followed by an unaccented Latin letter.
		return r1 >= 0 && !isASCIILetter(r1)
	case '×':
		return r1 == '²' || r1 == '³'
	case 'à':
		// Windows-1252 mojibake of some South Asian scripts.
		return t.is(i+1, "²µ¹¼½¾")
	case '√':
		// MacRoman mojibake.
		return t.is(i+1, "±∂†≠®™´≤≥¥µø")
	case '≈':
		return r1 == '°' || r1 == '¢'
	case '‚':
		return r1 == 'Ä' && t.is(i+2, "ìîïòôúùû†°¢π") || t.is(i+1, "âó") && t.is(i+2, "àä°ê")
	case 'в':
		// Windows-1251 mojibake of General Punctuation.
		return r1 == 'Ђ'
	case 'Г':
		// Windows-1251 on top of Latin-1 mojibake of Windows-1252
		// punctuation, next to a Latin letter or space.
		if r1 == 'ў' && t.at(i+2) == 'В' && t.at(i+3) == 'Ђ' && t.at(i+4) == 'В' && t.at(i+5) >= 0 {
			if r := t.at(i + 6); r == ' ' || isASCIILetter(r) {
				return true
			}
		}
	case 'β':
		// Windows-1253 mojibake of General Punctuation.
		return r1 == '€' && t.is(i+2, "™\u00a0Ά\u00ad®°")
	case 'ā':
		// Windows-1257 mojibake of General Punctuation.
		return r1 == '€'
	}
	c1 := t.cls(i + 1)
	switch {
	case t.in(i, clsUpperAcc) && r1 == '°':
		return true
	case r0 == 'Â' || r0 == 'Ã' || r0 == 'Î' || r0 == 'Ð':
		if c1&(clsStart|clsEnd) != 0 || t.is(i+1, "€œŠš¢£Ÿž\u00a0\u00ad®©°·»–—´") {
			return true
		}
	}
	switch r0 {
	case 'Ø', 'Ù':
		// Windows-1252 mojibake of Arabic: four characters.
		const arabic = clsCommon | clsCurrency | clsBad | clsNumeric | clsStart
		second := func(j int) bool { return t.in(j, arabic) || t.is(j, "ŸŠ®°µ»") }
		if second(i+1) && t.is(i+2, "ØÙ") && second(i+3) {
			return true
		}
	case 'В', 'Г', 'Р', 'С':
		// Windows-1251 mojibake of Latin-1 or Cyrillic: three characters.
		if (t.in(i+1, clsC1|clsBad|clsStart|clsEnd|clsCurrency) || t.is(i+1, "°µ")) && t.is(i+2, "ВГРС") {
			return true
		}
	case 'Β', 'Γ', 'Ξ', 'Ο':
		// Windows-1253 mojibake of Latin-1 or Greek.
		if (t.in(i+1, clsC1|clsBad|clsStart|clsEnd|clsCurrency) || r1 == '°') && t.is(i+2, "ΒΓΞΟ") {
			return true
		}
	case 'Ã':
		// Windows-1252 mojibake of 'à' and 'á'.
		if r1 == '\u00a0' || r1 == '¡' {
			return true
		}
	}
	if r0 == 'Ã' || r0 == 'Â' {
		// "Ã " and "Â " at the start, or after a lower-case letter, perhaps
		// with a space between.
		if r1 == ' ' {
			if i == 0 || isASCIILower(t.at(i-1)) || unicode.IsSpace(t.at(i-1)) && isASCIILower(t.at(i-2)) {
				return true
			}
		}
	}
	if r0 == 'Â' {
		// Â before a character that its UTF-8 encoding would also produce.
		p := t.at(i - 1)
		if (isASCIILower(p) || p == '.' || p == ',' || p == '?' || p == '!' || t.in(i-1, clsEnd)) &&
			(r1 == ' ' || t.in(i+1, clsStart|clsEnd)) {
			return true
		}
		// Parallax: Latin-2 readings of "Â®", "Â«", "Â»" and "Â£", which
		// ftfy's rules miss ("NewsÂŽ" for "News®").
		return t.is(i+1, "ŽŤťŁ")
	}
	return false
}
