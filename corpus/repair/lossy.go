package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file repairs lossy mojibake that the encode-and-decode fixer cannot:
// UTF-8 that was decoded as Latin-1 or Latin-2 and then stripped of the C1
// control characters (U+0080–U+009F) that bytes 0x80–0x9F became. Real news
// dumps have it. What is left of a character depends on its bytes:
//
//   - ’ ‘ “ ” – — (E2 80 xx with xx below A0) leave a lone "â" (or "â"
//     and one C1 character, if only some were dropped);
//   - … • € (E2 80 A6, E2 80 A2, E2 82 AC) leave "â" and one more
//     character: "â¦", "â¢", "â¬" in Latin-1, "âŚ", "â˘", "âŹ" in Latin-2
//     ("â¢" after a word is ™, E2 84 A2);
//   - emoji (F0 9F xx yy) leave "ð" (Latin-1) or "đ" (Latin-2) and the
//     characters of those of xx and yy that are A0 or above. Emoji from
//     U+1F800 keep both and are restored (taking the lost byte to be 9F);
//     each regional indicator of a flag (F0 9F 87 A6–BF) keeps its last
//     byte, so a run of them is restored in pairs. An emoji that kept only
//     its last byte cannot be told from the others with the same last byte:
//     next to flags, or in a document with evidence, it becomes U+FFFD, and
//     so does a lone "đ" (or "ð") that is not part of a word. The variation
//     selector U+FE0F (EF B8 8F) leaves "ï¸" or "ď¸"; ❤ (E2 9D A4), the
//     commonest symbol in posts, leaves "â¤".
//
// The same dumps were often then run through a fixer like ftfy, which turned
// "â¦ " into "⦠", "âŚ " into "⌠", "â¢ " into "⢠", "âŹ " into "⏠"
// (reading the space as a no-break space) and "Âˇ" (Latin-2 for "·") into
// "¡"; those are undone here too. (That fixer also left Latin-2 readings
// of accented letters, such as "MĂŠxico"; fixEncoding reads those when the
// document shows Latin-2 evidence.)
//
// Strong rules apply anywhere, because what they match is not text in any
// language: a lone "â" in an English contraction ("wouldnât", "Trumpâs",
// "TRUMPâS", "Iâm", "OâBrien"), "â" and a C1 character, the two-character
// forms above, emoji remains, and the fixer's leftovers. Weak rules, which
// turn a lone "â" into a dash or a quotation mark, apply only in a document
// where a strong rule matched (or a line, if the document did not), and only
// between ASCII letters, digits, spaces and punctuation, so French
// "château", Portuguese "câmara" and Vietnamese "Lâm" stay as they are:
//
//   - between two words of two letters or more with a vowel each
//     ("cartelsâeven"): an em dash, "cartels—even";
//   - between two numbers ("2010â2015"): an en dash;
//   - between spaces: an en dash; at the start of a line before a space
//     (a tweet's "â Name (@handle)"): an em dash;
//   - before a word, after a space or an opening bracket: “;
//   - after a word or punctuation, before a space, punctuation or the end:
//     ” if a quotation is open on the line, ’ after a plural in -s
//     ("leadersâ talks"), ” otherwise.
//
// A lone "â" is never an ellipsis: the third byte of … survives as "¦".

// evidence is what a match of a rule says about the document.
type evidence uint8

const (
	weakEvidence   evidence = iota // nothing: the rule needed evidence
	strongEvidence                 // lossy mojibake
	latin2Evidence                 // lossy mojibake of a Latin-2 reading
)

// docHints returns the hints of document s: whether a strong rule matches
// in it, and whether it shows mojibake that only a Latin-2 reading
// explains (that of a strong rule, or "Â®" read as "ÂŽ" and the like).
func docHints(s string) hints {
	var h hints
	var buf line
	for s != "" && !(h.lossy && h.latin2) {
		l := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		h = h.join(buf.hints(l))
	}
	return h
}

// hasCandidate reports whether s has a character that a rule of this file
// starts at (or, if hint is set, that docHints looks for).
func hasCandidate(s string, hint bool) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case 'â', 'đ', 'ð', 'ï', 'ď', '⌠', '⦠', '⢠', '⬠', '⏠':
			return true
		case '¡':
			if !hint {
				return true
			}
		case 'Â':
			if hint {
				return true
			}
		}
		i += size - 1
	}
	return false
}

// lineHints returns the hints of one line.
func lineHints(s string) hints {
	var buf line
	return buf.hints(s)
}

// hints returns the hints of the line s, using l as scratch space.
func (l *line) hints(s string) hints {
	var h hints
	if !hasCandidate(s, true) {
		return h
	}
	if strings.Contains(s, "Â") && latin2Symbol(s) {
		h.latin2 = true
	}
	if _, ev := l.scan(s, false); ev > weakEvidence {
		h.lossy = true
		h.latin2 = h.latin2 || ev == latin2Evidence
	}
	return h
}

// latin2Symbol reports whether s has a symbol of U+00A0–U+00BF in UTF-8 read
// as Latin-2 where Windows-1250 would read it otherwise: "Â" and a
// character that Windows-1250 puts in its C1 range.
func latin2Symbol(s string) bool {
	for _, p := range []string{"ÂŽ", "ÂŤ", "Âť", "ÂŠ", "ÂŚ", "ÂŹ", "Âš", "Âś", "Âź", "Âž"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// lossyEdits returns the edits that repair lossy mojibake in s. Weak rules
// apply if the document has evidence of lossy mojibake or a strong rule
// matches in s.
func lossyEdits(s string, h hints) []edit {
	if !hasCandidate(s, false) {
		return nil
	}
	var l line
	edits, ev := l.scan(s, h.lossy)
	if ev > weakEvidence && !h.lossy {
		edits, _ = l.scan(s, true)
	}
	return edits
}

// scan applies the strong rules to s, and the weak ones if weak is set,
// using l as scratch space. It returns the edits and the strongest evidence
// that the rules that matched give.
func (l *line) scan(s string, weak bool) ([]edit, evidence) {
	l.reset(s)
	var edits []edit
	ev := weakEvidence
	open := false // a quotation is open
	for i := 0; i < len(l.r); i++ {
		r := l.r[i]
		switch r {
		case '“':
			open = true
			continue
		case '”':
			open = false
			continue
		}
		n, repl, e := l.match(i, weak, open)
		if n == 0 {
			continue
		}
		switch repl {
		case "“":
			open = true
		case "”":
			open = false
		}
		ev = max(ev, e)
		edits = append(edits, edit{l.off[i], l.off[i+n], repl, Mojibake})
		i += n - 1
	}
	return edits, ev
}

// line is a string split into runes, with the byte offset of each (and of
// the end).
type line struct {
	r   []rune
	off []int
}

// reset makes l the line s, reusing its storage.
func (l *line) reset(s string) {
	if cap(l.off) <= len(s) {
		l.r, l.off = make([]rune, 0, len(s)), make([]int, 0, len(s)+1)
	}
	l.r, l.off = l.r[:0], l.off[:0]
	for i, r := range s {
		l.r = append(l.r, r)
		l.off = append(l.off, i)
	}
	l.off = append(l.off, len(s))
}

// at returns the rune at i, or -1 past either end.
func (l line) at(i int) rune {
	if i < 0 || i >= len(l.r) {
		return -1
	}
	return l.r[i]
}

// match tries the rules at rune i. It returns how many runes they replace
// (0 if none matches), the replacement, and the evidence the match gives.
func (l line) match(i int, weak, open bool) (int, string, evidence) {
	r := l.r[i]
	switch r {
	case 'â':
		return l.matchHat(i, weak, open)
	case 'đ', 'ð':
		return l.matchEmoji(i, weak)
	case 'ï', 'ď':
		// The variation selector of an emoji (EF B8 8F) without its last
		// byte. It stays only after an emoji it can apply to.
		if l.at(i+1) == '¸' && l.contEnds(i+2) {
			if isEmojiPart(l.at(i - 1)) {
				return 2, "\uFE0F", strongEvidence
			}
			return 2, "", strongEvidence
		}
	case '⌠', '⦠', '⢠', '⬠', '⏠':
		return l.matchFixerLeftover(i)
	case '¡':
		// "11:58 PM ¡ Feb 27" in a tweet: "·" read as Latin-2 "Âˇ" and
		// fixed as Windows-1250. Spanish puts ¡ against its word.
		if l.at(i-1) == ' ' && l.at(i+1) == ' ' {
			return 1, "·", weakEvidence
		}
	}
	return 0, "", weakEvidence
}

// contEnds reports whether the rune at i is not one that a single-byte
// codec reads a UTF-8 continuation byte as, so that the sequence before it
// ends there.
func (l line) contEnds(i int) bool {
	r := l.at(i)
	return r == ' ' || !utf8Cont[r] && r != utf8.RuneError
}

// variationAt returns the length of the remains of the variation selector
// U+FE0F at rune i ("ï¸" or "ď¸"), or 0.
func (l line) variationAt(i int) int {
	if r := l.at(i); (r == 'ï' || r == 'ď') && l.at(i+1) == '¸' && l.contEnds(i+2) {
		return 2
	}
	return 0
}

// afterOK reports whether the rune at i can follow the remains of a lossy
// character without being part of them: the end, or ASCII, a space or
// punctuation.
func (l line) afterOK(i int) bool {
	r := l.at(i)
	return r < utf8.RuneSelf || unicode.IsSpace(r) || unicode.IsPunct(r)
}

// matchHat tries the rules for "â" at i.
func (l line) matchHat(i int, weak, open bool) (int, string, evidence) {
	prev, next := l.at(i-1), l.at(i+1)
	// "â" and one C1 control character: the middle byte of General
	// Punctuation (E2 80 xx) was dropped, or the last one of another
	// character was, which ftfy's rules handle.
	if next >= 0x80 && next <= 0x9F {
		if after := l.at(i + 2); after == ' ' || !utf8Cont[after] {
			return 2, string(0x2000 + next - 0x80), strongEvidence
		}
		return 0, "", weakEvidence
	}
	// Two-character forms: "â" and the surviving third byte.
	var two string
	ev := strongEvidence
	if next == 'Ś' || next == '˘' || next == 'Ź' {
		ev = latin2Evidence
	}
	switch next {
	case '¦', 'Ś': // A6: …
		two = "…"
	case '¢', '˘': // A2: • or ™
		two = "•"
		if isASCIILetter(prev) || unicode.IsDigit(prev) {
			two = "™"
		}
	case '¬', 'Ź': // AC: €
		two = "€"
	case '¤': // A4: ❤ (E2 9D A4), by far the likeliest, and its selector
		if n := l.variationAt(i + 2); n > 0 {
			return 2 + n, "❤\uFE0F", strongEvidence
		}
		two = "❤"
	}
	if two != "" {
		if l.afterOK(i + 2) {
			return 2, two, ev
		}
		return 0, "", weakEvidence
	}

	// A lone "â": look at the words around it.
	left, right := l.asciiRunBefore(i), l.asciiRunAfter(i+1)
	if left < 0 || right < 0 {
		return 0, "", weakEvidence // next to a letter of another alphabet
	}
	lw := string(l.r[i-left : i])
	rw := string(l.r[i+1 : i+1+right])
	if left > 0 && right > 0 {
		if isLetters(rw) && contraction(lw, rw) {
			return 1, "’", strongEvidence
		}
		if left == 1 && strings.ContainsRune("ODLodl", prev) && isLetters(lw) && right >= 2 &&
			unicode.IsUpper(next) && isLetters(rw) {
			return 1, "’", strongEvidence // O’Brien, D’Angelo
		}
	}
	if !weak {
		return 0, "", weakEvidence
	}
	switch {
	case left > 0 && right > 0:
		if isDigits(lw) && isDigits(rw) {
			return 1, "–", weakEvidence
		}
		if left >= 2 && right >= 2 && hasVowel(lw) && hasVowel(rw) {
			return 1, "—", weakEvidence
		}
		return 0, "", weakEvidence
	case next == ' ' && (prev == -1 || prev == ' ') && !startsWord(l.at(i+2)):
		return 0, "", weakEvidence
	case prev == -1 && next == ' ':
		return 1, "—", weakEvidence
	case prev == ' ' && next == ' ':
		return 1, "–", weakEvidence
	case right > 0 && (prev == -1 || unicode.IsSpace(prev) || strings.ContainsRune("([{", prev)):
		if frenchHat[strings.ToLower(rw)] {
			return 0, "", weakEvidence
		}
		return 1, "“", weakEvidence
	case (left > 0 || strings.ContainsRune(".,!?;:)]", prev)) && prev != -1 &&
		(next == -1 || unicode.IsSpace(next) || strings.ContainsRune(".,!?;:)]", next)):
		switch {
		case open:
			return 1, "”", weakEvidence
		case left >= 2 && (prev == 's' || prev == 'S') && isLetters(lw):
			return 1, "’", weakEvidence
		}
		return 1, "”", weakEvidence
	}
	return 0, "", weakEvidence
}

// startsWord reports whether r can start the word after a dash: an ASCII
// letter or digit, or an opening quotation mark or bracket.
func startsWord(r rune) bool {
	return isASCIIAlnum(r) || strings.ContainsRune("“‘\"'([$@#", r)
}

// asciiRunBefore returns how many ASCII letters and digits come right before
// rune i, or -1 if a letter or mark of any other kind comes before them.
func (l line) asciiRunBefore(i int) int {
	j := i
	for j > 0 && isASCIIAlnum(l.r[j-1]) {
		j--
	}
	if r := l.at(j - 1); isForeignLetter(r) {
		return -1
	}
	return i - j
}

// asciiRunAfter returns how many ASCII letters and digits start at rune i,
// or -1 if a letter or mark of any other kind follows them.
func (l line) asciiRunAfter(i int) int {
	j := i
	for j < len(l.r) && isASCIIAlnum(l.r[j]) {
		j++
	}
	if r := l.at(j); isForeignLetter(r) {
		return -1
	}
	return j - i
}

// isForeignLetter reports whether r is a letter or mark outside ASCII, other
// than the "â" of another lossy character.
func isForeignLetter(r rune) bool {
	return r >= utf8.RuneSelf && r != 'â' && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func isASCIIAlnum(r rune) bool { return isASCIILetter(r) || r >= '0' && r <= '9' }

func isLetters(s string) bool {
	for _, r := range s {
		if !isASCIILetter(r) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func hasVowel(s string) bool { return strings.ContainsAny(strings.ToLower(s), "aeiouy") }

// contraction reports whether word, an apostrophe and suffix make an English
// contraction or possessive: "Trump's", "wouldn't", "they're", "I've",
// "we'll", "she'd", "I'm", or the same in capitals.
func contraction(word, suffix string) bool {
	w, suf := strings.ToLower(word), strings.ToLower(suffix)
	switch suf {
	case "s":
		return true
	case "t":
		return len(w) >= 2 && strings.HasSuffix(w, "n") && isLetters(w)
	case "re":
		return oneOf(w, "you", "we", "they", "who", "what", "there", "where", "how", "why")
	case "ve":
		return oneOf(w, "i", "you", "we", "they", "who", "could", "would", "should", "might", "must")
	case "ll":
		return oneOf(w, "i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "this")
	case "d":
		return oneOf(w, "i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what")
	case "m":
		return w == "i"
	}
	return false
}

func oneOf(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// frenchHat holds words that start with "â" in French and Portuguese and
// are written in ASCII otherwise, which the weak rule for an opening quote
// must leave alone.
var frenchHat = map[string]bool{
	"ge": true, "ges": true, "me": true, "mes": true, "ne": true, "nes": true, "pre": true, "pres": true,
	"tre": true, "tres": true, "mbito": true, "ncora": true, "ngulo": true, "nimo": true, "nsia": true, "mago": true,
}

// matchEmoji tries the rules for the remains of emoji at i: "ð" (Latin-1)
// or "đ" (Latin-2) for the lead byte F0, assuming the lost second byte was
// 9F as it is for nearly all emoji.
func (l line) matchEmoji(i int, weak bool) (int, string, evidence) {
	c, ev := latin1, strongEvidence
	if l.r[i] == 'đ' {
		c, ev = iso88592, latin2Evidence
	}
	high := func(j int) (byte, bool) { // a byte A0–BF that survived
		r := l.at(j)
		if r < 0 {
			return 0, false
		}
		b, ok := c.byteOf(r)
		return b, ok && b >= 0xA0 && b <= 0xBF
	}
	// Both remaining bytes survived: F0 9F (A0–BF) (A0–BF), U+1F800 and up.
	if b2, ok := high(i + 1); ok {
		if b3, ok := high(i + 2); ok {
			if r, _ := utf8.DecodeRune([]byte{0xF0, 0x9F, b2, b3}); r > 0xFFFF && unicode.Is(unicode.So, r) {
				if n := l.variationAt(i + 3); n > 0 {
					return 3 + n, string(r) + "\uFE0F", ev
				}
				return 3, string(r), ev
			}
		}
	}
	// A run of regional indicators: "đ" and the last byte, A6–BF.
	var letters []byte
	for j := i; ; j += 2 {
		if l.at(j) != l.r[i] {
			break
		}
		b, ok := high(j + 1)
		if !ok || b < 0xA6 {
			break
		}
		if _, ok := high(j + 2); ok {
			break // the start of an emoji of three characters
		}
		letters = append(letters, 'A'+b-0xA6)
	}
	next := l.at(i + 1)
	switch n := len(letters); {
	case n >= 2:
		return 2 * n, flags(letters), ev
	case n == 1 && weak && !unicode.IsLetter(next):
		// An emoji whose third byte was lost: there is no telling which.
		return 2, "\uFFFD", weakEvidence
	case n == 0 && weak && l.contEnds(i+1) && !unicode.IsLower(next) && (l.r[i] == 'đ' || !unicode.IsLetter(l.at(i-1))):
		// An emoji that lost all but its first byte. No word in a Latin
		// script has "đ" before anything but a small letter, nor "ð"
		// between two non-letters.
		return 1, "\uFFFD", weakEvidence
	}
	return 0, "", weakEvidence
}

// flags turns the letters of a run of regional indicators into flag emoji.
// An odd one out, the remains of another emoji whose third byte was lost,
// becomes U+FFFD: it is taken to be the first (as in "🚨🇺🇸🇲🇽") unless only
// taking it to be the last leaves valid country codes.
func flags(letters []byte) string {
	var b strings.Builder
	ri := func(ls []byte) {
		for _, c := range ls {
			b.WriteRune(0x1F1E6 + rune(c-'A'))
		}
	}
	if len(letters)%2 == 0 {
		ri(letters)
		return b.String()
	}
	if !regions(letters[1:]) && regions(letters[:len(letters)-1]) {
		ri(letters[:len(letters)-1])
		b.WriteRune(utf8.RuneError)
		return b.String()
	}
	b.WriteRune(utf8.RuneError)
	ri(letters[1:])
	return b.String()
}

// regions reports whether letters, taken in pairs, are all region codes
// that have flags.
func regions(letters []byte) bool {
	for i := 0; i+1 < len(letters); i += 2 {
		if !strings.Contains(regionCodes, string(letters[i:i+2])+" ") {
			return false
		}
	}
	return true
}

// regionCodes lists the ISO 3166-1 country codes, and the few other codes
// that have flag emoji, each followed by a space.
const regionCodes = "AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
	"BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
	"CA CC CD CF CG CH CI CK CL CM CN CO CP CR CU CV CW CX CY CZ " +
	"DE DG DJ DK DM DO DZ EA EC EE EG EH ER ES ET EU FI FJ FK FM FO FR " +
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU " +
	"IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ " +
	"LA LB LC LI LK LR LS LT LU LV LY " +
	"MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
	"NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
	"QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
	"TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM UN US UY UZ " +
	"VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW "

// matchFixerLeftover undoes what a fixer made of the two-character forms
// followed by a space, which it took for a no-break space: "…", "•" or "™"
// and "€" and the space were read as one character.
func (l line) matchFixerLeftover(i int) (int, string, evidence) {
	prev, next := l.at(i-1), l.at(i+1)
	var repl string
	ev := strongEvidence
	if l.r[i] == '⌠' || l.r[i] == '⏠' {
		ev = latin2Evidence // Windows-1250 fixes of Latin-2 readings
	}
	switch l.r[i] {
	case '⌠', '⦠':
		if prev == -1 || unicode.IsSpace(prev) {
			return 0, "", weakEvidence // an ellipsis follows what it shortens
		}
		repl = "…"
	case '⢠':
		repl = "•"
		if isASCIILetter(prev) || unicode.IsDigit(prev) {
			repl = "™"
		}
	case '⬠', '⏠':
		repl = "€"
	}
	if next != -1 && !unicode.IsSpace(next) {
		repl += " "
	}
	return 1, repl, ev
}
