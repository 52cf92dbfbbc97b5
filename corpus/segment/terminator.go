package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ellipsis is the single-character ellipsis, U+2026.
const ellipsis = "…"

// maxToken bounds how far, in bytes, the scanner looks back or ahead from a
// period for the word holding it, which keeps the scan linear.
const maxToken = 256

// A markKind is the kind of end mark found by markAt.
type markKind int

const (
	markNone     markKind = iota // not an end mark, such as a decimal point
	markPeriod                   // one period
	markStrong                   // a run holding a question or exclamation mark
	markEllipsis                 // an ellipsis: "...", ". . ." or "…"
	markFinal                    // a period and an ellipsis: "....", ". . . ." or "…."
	markLead                     // "word. . . .": a period ending the sentence, then an ellipsis opening the next
)

// markAt reads the end mark starting at text[i], which is '.', '?', '!' or
// the start of "…". It returns the kind of the mark and the position after
// it.
func markAt(text string, i int) (markKind, int) {
	dots, strong, single := 0, false, false
	j := i
scan:
	for j < len(text) {
		switch {
		case text[j] == '.':
			dots++
			j++
		case text[j] == '?' || text[j] == '!':
			strong = true
			j++
		case hasPrefixAt(text, j, ellipsis):
			single = true
			j += len(ellipsis)
		default:
			break scan
		}
	}
	switch {
	case strong:
		return markStrong, j
	case single && dots > 0:
		return markFinal, j
	case single:
		return markEllipsis, j
	case dots >= 4:
		return markFinal, j
	case dots == 3:
		return markEllipsis, j
	case dots == 2:
		return markPeriod, j // a doubled period is a typing slip
	}
	// One period: a decimal point, or the first dot of ". . .".
	if i > 0 && isDigit(text[i-1]) && j < len(text) && isDigit(text[j]) {
		return markNone, j
	}
	spaced := 0
	for hasPrefixAt(text, j, " .") {
		spaced++
		j += 2
	}
	if spaced < 2 {
		return markPeriod, i + 1
	}
	attached := i > 0 && text[i-1] != ' '
	switch {
	case spaced == 2:
		return markEllipsis, j
	case attached:
		return markLead, j
	}
	return markFinal, j
}

// terminator examines the end mark starting at text[i], emits a boundary if
// it ends a sentence and returns the position at which to resume scanning.
func (s *scanner) terminator(i int) int {
	text := s.text
	kind, j := markAt(text, i)
	if kind == markNone {
		return j
	}
	// Closing quotes and brackets after the mark belong to its sentence.
	k, quoted := skipClosers(text, j)
	if k == len(text) {
		return k
	}
	if r, _ := utf8.DecodeRuneInString(text[k:]); !isSpace(r) {
		if kind == markPeriod && k == j && s.glued(i) {
			s.emit(j)
		}
		return j
	}
	p := skipSpace(text, k)
	if p == len(text) {
		return p
	}
	p = skipOpeners(text, p)
	if p == len(text) {
		s.emit(k)
		return p
	}
	next := wordAt(text, p)
	var ends bool
	switch kind {
	case markPeriod:
		ends = s.periodEnds(i, next)
	case markStrong:
		ends = !next.lower()
	case markEllipsis:
		bracketed := i > 0 && text[i-1] == '[' && j < len(text) && text[j] == ']'
		ends = !bracketed && next.upper() && next.text != "I"
	case markFinal:
		ends = !next.lower()
	case markLead:
		// The period ends the sentence; the ellipsis opens the next one.
		if !next.lower() {
			s.emit(i + 1)
		}
		return j
	}
	if ends && quoted && kind != markPeriod && attribution(text, p) {
		ends = false
	}
	if ends {
		s.emit(k)
	}
	return j
}

// periodEnds reports whether the single period at text[i], followed by
// white space and then next, ends a sentence.
func (s *scanner) periodEnds(i int, next word) bool {
	text := s.text
	start := tokenStart(text, i, max(s.start, i-maxToken))
	w := trimLeft(text[start:i])
	if w == "" {
		return !next.lower()
	}
	// "1." or "a." opening a sentence is a list marker, not a sentence, and
	// so is the first marker of a list after a colon.
	if isMarker(w) && (onlyBullets(text[s.start:start]) || (w == "1" || w == "a") && s.before(start) == ':') {
		return false
	}
	c := s.classify(w)
	if r := s.before(start); c == classAbbr && len(w) == 1 && '0' <= r && r <= '9' {
		// A letter after a number is a unit, as in "-5 C.", not an initial.
		c = classFinal
	}
	switch c {
	case classTitle:
		return false
	case classFinal:
		return next.upper()
	case classAbbr:
		return next.upper() && isStarter(next.text) && !s.fragment(start)
	case classPlace:
		// In news style a place after "City," is followed by a comma
		// when the sentence goes on: "Springfield, Ill., police said".
		if s.before(start) == ',' && !(isAcronym(w) && !isPlaceAcronym(w) && !s.capitalBeforeComma(start)) {
			return next.upper() && !datelineTag(text, skipSpace(text, i+1))
		}
		// Initials after a comma that follows a common word open a
		// name, not a place after its city: "his brother-in-law, W.P.
		// Sarath Ranasinghe, said".
		return next.upper() && isStarter(next.text) && !s.fragment(start)
	case classTime:
		return next.upper() && !isTimeWord(next.text) && !s.fragment(start)
	}
	return !next.lower()
}

// placeAcronyms are places written as initials, which may end a sentence
// after a comma however the word before it is written: "the nation's
// capital, D.C. Officials there said". Keys are in lower case without
// the final period.
var placeAcronyms = words("d.c n.y n.j n.c s.c n.h n.d s.d n.m r.i p.r l.a u.s u.k u.a.e u.s.a")

// isPlaceAcronym reports whether w, without its final period, is one of
// the placeAcronyms.
func isPlaceAcronym(w string) bool { return placeAcronyms[strings.ToLower(w)] }

// capitalBeforeComma reports whether the word before the comma that
// comes right before text[start] opens with a capital letter, as a
// city's name does: "Washington, D.C.".
func (s *scanner) capitalBeforeComma(start int) bool {
	j := start
	for j > s.start {
		r, n := utf8.DecodeLastRuneInString(s.text[:j])
		j -= n
		if r == ',' {
			break
		}
	}
	w := trimLeft(s.text[tokenStart(s.text, j, s.start):j])
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// datelineTag reports whether text[p:] is the bracketed name of a news
// agency or broadcaster and the dash closing a dateline, as after
// "NASHVILLE, Tenn.": "(AP) —", "(Reuters) -", "(KTVR) –". The period
// before it ends no sentence.
func datelineTag(text string, p int) bool {
	if p >= len(text) || text[p] != '(' {
		return false
	}
	end := strings.IndexByte(text[p:], ')')
	if end < 2 || end > 40 {
		return false
	}
	inner := text[p+1 : p+end]
	r, _ := utf8.DecodeRuneInString(inner)
	if !unicode.IsUpper(r) || strings.ContainsAny(inner, ".,;:!?()") {
		return false
	}
	rest := strings.TrimLeft(text[p+end+1:], " \u00a0")
	for _, d := range []string{"—", "–", "-"} {
		if strings.HasPrefix(rest, d) {
			return true
		}
	}
	return false
}

// glued reports whether the period at text[i], followed directly by a
// letter, ends a sentence whose writer left out the space, as in
// "world.Today". Periods inside web and email addresses, file names and
// abbreviations such as "U.S.A" do not.
func (s *scanner) glued(i int) bool {
	text := s.text
	r1, n1 := utf8.DecodeRuneInString(text[i+1:])
	if !unicode.IsUpper(r1) {
		return false
	}
	if r2, _ := utf8.DecodeRuneInString(text[i+1+n1:]); !unicode.IsLower(r2) {
		return false
	}
	start := tokenStart(text, i, max(i-maxToken, 0))
	end := tokenEnd(text, i, min(i+maxToken, len(text)))
	tok := text[start:end]
	if strings.Contains(tok, "@") || strings.Contains(tok, "://") || hasPrefixFold(tok, "www.") {
		return false
	}
	w := text[start:i]
	if dot := strings.LastIndexByte(w, '.'); dot >= 0 {
		w = w[dot+1:]
	}
	w = trimLeft(w)
	if utf8.RuneCountInString(w) < 2 || s.classify(w) != classNormal {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' {
			return false
		}
	}
	// A capital before the period suggests a name such as "SubX.News".
	if last, _ := utf8.DecodeLastRuneInString(w); unicode.IsUpper(last) {
		return false
	}
	return !isDomain(wordAt(text, i+1).text)
}

// fragment reports whether the text from the start of the current sentence
// to start, plus the word starting there, is a short phrase opened by a
// preposition, such as "At 5 a.m.", which cannot be a sentence by itself.
func (s *scanner) fragment(start int) bool {
	p := skipSpace(s.text, s.start)
	first, _ := field(s.text[:start], p)
	first = trimLeft(first)
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) || !isPreposition(first) {
		return false
	}
	for words := 0; p < start; words++ {
		if words == 3 {
			return false
		}
		_, p = field(s.text[:start], p)
	}
	return true
}

// before returns the last rune before start, skipping white space, in the
// current sentence, or 0 if there is none.
func (s *scanner) before(start int) rune {
	j := start
	for j > s.start {
		r, n := utf8.DecodeLastRuneInString(s.text[:j])
		if !isSpace(r) {
			return r
		}
		j -= n
	}
	return 0
}

// attribution reports whether the words at text[p] are a speech tag after a
// quotation, such as "Smith asked", "Mr. Jones said" or "Jae-won Cho, an
// analyst at Hollis Park, asked". A quoted question or exclamation
// followed by one does not end the sentence.
func attribution(text string, p int) bool {
	names, role := 0, false
	for names < 4 {
		tok, next := field(text, p)
		r, _ := utf8.DecodeRuneInString(tok)
		if !unicode.IsUpper(r) {
			if names > 0 && nameParticle(text, tok, next) {
				// "Mr al-Saffar asked", "Mr van der Berg said".
				p = next
				continue
			}
			// A role in lower case between a body's name and the
			// speaker's: "CBS News correspondent Nadia Fontaine asked".
			if k := roleWords(text, p); names > 0 && !role && k > p {
				role, p = true, k
				continue
			}
			break
		}
		if strings.HasSuffix(tok, ",") {
			return appositiveTag(text, next)
		}
		names++
		p = next
	}
	if names == 0 {
		return false
	}
	return speechTag(text, p)
}

// nameParticle reports whether tok, in lower case and followed by the
// text at next, is a particle of a surname: one joined by a hyphen to a
// capitalised word ("al-Saffar", "el-Amin"), or one standing before a
// capitalised word or another particle ("van der Berg", "de la Cruz").
func nameParticle(text, tok string, next int) bool {
	if pre, rest, ok := strings.Cut(tok, "-"); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		return lookup(particles, pre) && unicode.IsUpper(r)
	}
	if !lookup(particles, tok) {
		return false
	}
	after, _ := field(text, next)
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r) || lookup(particles, after)
}

// roleWords returns the position after one to three words in lower
// case, letters and hyphens only, at text[p] that a capitalised word
// follows, or p: "correspondent" of "CBS correspondent Nadia Fontaine".
func roleWords(text string, p int) int {
	k := p
	for range 3 {
		tok, next := field(text, k)
		r, _ := utf8.DecodeRuneInString(tok)
		if tok == "" || !unicode.IsLower(r) || strings.IndexFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 ||
			isSpeechVerb(tok) || lookup(prepositions, tok) || lookup(starters, tok) {
			return p
		}
		k = next
		if r, _ := utf8.DecodeRuneInString(text[k:]); unicode.IsUpper(r) {
			return k
		}
	}
	return p
}

// speechTag reports whether the words at text[p] are a verb of speech, or
// one and its particle: "said", "followed up".
func speechTag(text string, p int) bool {
	tok, next := field(text, p)
	verb := strings.TrimRight(tok, ".,;:!?")
	if isSpeechVerb(verb) {
		return true
	}
	if verb != tok {
		return false
	}
	particle, _ := field(text, next)
	return isParticleVerb(verb, strings.TrimRight(particle, ".,;:!?"))
}

// maxAppositive is the longest description set off between a name and its
// verb of speech, in words.
const maxAppositive = 12

// appositiveTag reports whether the words at text[p], after a name and its
// comma, are a short description closed by a comma and followed by a verb
// of speech: "an analyst at Hollis Park, asked".
func appositiveTag(text string, p int) bool {
	for range maxAppositive {
		if p >= len(text) {
			return false
		}
		tok, next := field(text, p)
		if tok == "" || strings.ContainsAny(tok, "\"“”") || strings.ContainsAny(tok[len(tok)-1:], ".?!;:") {
			return false
		}
		if strings.HasSuffix(tok, ",") {
			return speechTag(text, next)
		}
		p = next
	}
	return false
}

// A word is the run of letters at the start of the next sentence, with the
// rune that starts it (which may not be a letter).
type word struct {
	first rune
	text  string
}

// wordAt returns the word at text[p].
func wordAt(text string, p int) word {
	first, _ := utf8.DecodeRuneInString(text[p:])
	j := p
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return word{first, text[p:j]}
}

// lower reports whether w starts with a lower-case letter and is not a
// name such as "iPhone" or "eBay".
func (w word) lower() bool {
	return unicode.IsLower(w.first) && !w.camel()
}

// upper reports whether w starts like a sentence: with a capital letter, a
// letter without case, or as a name such as "iPhone".
func (w word) upper() bool {
	if unicode.IsLower(w.first) {
		return w.camel()
	}
	return unicode.IsLetter(w.first)
}

// camel reports whether w has a capital letter after its first letter.
func (w word) camel() bool {
	for _, r := range w.text {
		if r != w.first && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// tokenStart returns the start of the run of non-space runes ending at i,
// looking back no further than lo.
func tokenStart(text string, i, lo int) int {
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if isSpace(r) || i-n < lo {
			break
		}
		i -= n
	}
	return i
}

// tokenEnd returns the end of the run of non-space runes starting at or
// before i, looking no further than hi.
func tokenEnd(text string, i, hi int) int {
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) || i+n > hi {
			break
		}
		i += n
	}
	return i
}

// field returns the run of non-space runes at p and the position of the
// next one after the white space that follows.
func field(text string, p int) (string, int) {
	end := tokenEnd(text, p, len(text))
	return text[p:end], skipSpace(text, end)
}

// skipSpace returns the position of the first non-space rune at or after i.
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipOpeners returns the position after any opening quotes and brackets
// at i.
func skipOpeners(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isOpener(r) {
			break
		}
		i += n
	}
	return i
}

// skipClosers returns the position after any closing quotes and brackets at
// i, and whether there was a quote among them.
func skipClosers(text string, i int) (int, bool) {
	quoted := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isCloser(r) {
			break
		}
		if r != ')' && r != ']' && r != '}' {
			quoted = true
		}
		i += n
	}
	return i, quoted
}

// trimLeft removes opening quotes, brackets and list bullets from the start
// of a word.
func trimLeft(w string) string {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isOpener(r) && !isBullet(r) {
			break
		}
		w = w[n:]
	}
	return w
}

// trimRight removes closing quotes and brackets from the end of a word.
func trimRight(w string) string {
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !isCloser(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// isOpener reports whether r opens a quotation or a bracket.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '‹':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›':
		return true
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasPrefixFold reports whether s begins with the ASCII prefix p, ignoring
// case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}
