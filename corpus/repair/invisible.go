package repair

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// invisibleEdits removes format characters that have no business in plain
// text and turns Unicode spaces into ASCII spaces:
//
//   - no-break, narrow no-break, en, em, thin, hair, figure, ideographic
//     and the other spaces of category Zs become ' ';
//   - zero-width space, word joiner, soft hyphen, byte order mark,
//     invisible math operators, deprecated format characters, interlinear
//     annotation marks and the object replacement character are removed;
//   - zero-width joiners and non-joiners are removed unless they join emoji
//     (👩‍💻) or letters of a script that uses them (Arabic, Indic, ...);
//   - left-to-right and right-to-left marks, embeddings and isolates are
//     removed from lines with no right-to-left letters;
//   - tag characters are removed unless they follow a black flag (🏴), as
//     in the flags of Scotland and Wales.
func invisibleEdits(s string, _ hints) []edit {
	var edits []edit
	rtl := -1     // whether s has right-to-left letters; -1 until needed
	p := rune(-1) // the last character kept
	for i, r := range s {
		if r < 0xA0 {
			p = r
			continue
		}
		size := utf8.RuneLen(r)
		keep := true
		switch {
		case r != ' ' && unicode.Is(unicode.Zs, r):
			edits = append(edits, edit{i, i + size, " ", Space})
			p = ' '
			continue
		case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			keep = r == 0x200D && isEmojiPart(p) && isEmojiPart(next) || joins(p) && joins(next)
		case isBidiControl(r):
			if rtl < 0 {
				rtl = 0
				if hasRTL(s) {
					rtl = 1
				}
			}
			keep = rtl == 1
		case r >= 0xE0020 && r <= 0xE007F: // tags
			keep = p == 0x1F3F4 || p >= 0xE0020 && p <= 0xE007F
		default:
			keep = !isInvisible(r)
		}
		if keep {
			p = r
		} else {
			edits = append(edits, edit{i, i + size, "", Invisible})
		}
	}
	return edits
}

// isInvisible reports whether r is a format character that plain text
// never needs.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00AD, // soft hyphen
		r == 0x180E,                // Mongolian vowel separator
		r == 0x200B,                // zero-width space
		r == 0x2060,                // word joiner
		r >= 0x2061 && r <= 0x2064, // invisible math operators
		r >= 0x206A && r <= 0x206F, // deprecated format characters
		r == 0xFEFF,                // byte order mark
		r >= 0xFFF9 && r <= 0xFFFC, // interlinear annotation, object replacement
		r == 0xE0001:               // language tag
		return true
	}
	return false
}

// isBidiControl reports whether r is an invisible mark or control of
// bidirectional text.
func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C ||
		r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// hasRTL reports whether s has a letter of a right-to-left script.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC ||
			r >= 0x10800 && r <= 0x10FFF || r >= 0x1E800 && r <= 0x1EFFF {
			return true
		}
	}
	return false
}

// isEmojiPart reports whether r can stand next to a zero-width joiner in an
// emoji sequence: a pictograph, a skin tone, or a variation selector.
func isEmojiPart(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2190 && r <= 0x2BFF || r == 0xFE0F ||
		r == 0x00A9 || r == 0x00AE || r == 0x203C || r == 0x2049 || r == 0x2122 ||
		r > 0xFF && unicode.Is(unicode.So, r)
}

// joins reports whether r is a letter or mark of a script in which zero-width
// joiners and non-joiners change how letters are drawn (anything past
// Armenian, but not the Latin and Greek extensions).
func joins(r rune) bool {
	if r < 0x0590 || r >= 0x1D00 && r <= 0x1FFF || r >= 0x2C60 && r <= 0x2C7F || r >= 0xA720 && r <= 0xA7FF {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// nfcEdits puts s in Unicode normalization form NFC, one normalization
// segment at a time.
func nfcEdits(s string, _ hints) []edit {
	if norm.NFC.QuickSpanString(s) == len(s) {
		return nil
	}
	var edits []edit
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		if string(seg) != s[start:end] {
			edits = append(edits, edit{start, end, string(seg), Normalize})
		}
	}
	return edits
}
