package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
)

// A token is a word or a punctuation mark of a paragraph, with its byte
// offsets into the paragraph's text. Hyphenated words are split at their
// hyphens ("U.S.-Mexico" is "U.S.", "Mexico"), the later parts marked as
// joined to the part before.
type token struct {
	start, end int    // the word, without a possessive ending
	text       string // text[start:end]
	key        string // lower case, without a final period
	word       bool   // a word rather than punctuation
	cap        bool   // starts with an upper-case letter or a digit-led name
	upper      bool   // all letters upper case, two letters or more
	poss       bool   // followed by a possessive ’s, 's or s’
	pluralPoss bool   // the possessive is a bare apostrophe after s: "Workers’"
	hyph       bool   // joined by a hyphen to the token before
	initial    bool   // first word of a sentence, quotation or lead-in
	sent       int    // index of the sentence holding the token
}

// abbreviations keep their final period as part of the word.
var abbreviations = set(`mr mrs ms dr sen rep gov lt gen col sgt st jr sr inc corp co ltd
	prof rev capt det supt insp maj adm cmdr cpl pvt hon atty amb brig msgr mt ft jan feb
	mar apr jun jul aug sep sept oct nov dec calif fla mass mich minn conn colo ill tenn pa
	ala ariz mont okla wis wyo
	vs no dept univ assn bros mgr pte pty sdn bhd`)

// tokenizeInto splits a paragraph's text into tokens, appended to toks, and marks the first word
// of each sentence, of each quotation and after a colon.
func tokenizeInto(toks []token, p *corpus.Paragraph) []token {
	text := p.Text
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf {
			switch {
			case b == ' ' || b == '\t' || b == '\n' || b == '\r':
				i++
				continue
			case asciiWord(b):
				i = scanWord(text, i, &toks)
				continue
			}
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(c):
			i += n
		case isWordRune(c):
			i = scanWord(text, i, &toks)
		default:
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], key: text[i : i+n]})
			i += n
		}
	}
	markSentences(toks, p.Sentences)
	return toks
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord reports whether the ASCII byte b is a letter or digit.
func asciiWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// scanWord appends the word starting at text[i:] to toks, split at its
// hyphens, and returns the offset after it and its possessive ending.
// Periods, apostrophes and ampersands between letters stay inside a word
// ("U.S.", "O’Brien", "AT&T"); a final period is kept on initials,
// abbreviations with inner periods and listed abbreviations ("J.",
// "U.S.", "Sen.").
func scanWord(text string, i int, toks *[]token) int {
	j := i
	partStart := i
	hyph := false
	emit := func(end int) {
		if end > partStart {
			*toks = append(*toks, newToken(text, partStart, end, hyph))
		}
	}
	for j < len(text) {
		if asciiWord(text[j]) {
			j++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(c) {
			j += n
			continue
		}
		next, m := utf8.DecodeRuneInString(text[min(j+n, len(text)):])
		inner := j+n < len(text) && isWordRune(next)
		switch {
		case (c == '.' || c == '&') && inner:
			j += n
			continue
		case c == '/' && j == partStart+1 && j+2 <= len(text) && 'A' <= text[partStart] && text[partStart] <= 'Z' && 'A' <= text[j+1] && text[j+1] <= 'Z' &&
			(j+2 == len(text) || !isWordRune(firstRune(text[j+2:])) && text[j+2] != '/'):
			// A slash between two capitals is a company's form:
			// "Nordhavn Line A/S".
			j += 2
			continue
		case (c == '\'' || c == '’') && inner && !isPossessive(text, j, n, m):
			j += n
			continue
		case c == '-' && j == partStart+2 && strings.EqualFold(text[partStart:j], "co") && (strings.HasPrefix(text[j+n:], "op") || strings.HasPrefix(text[j+n:], "ord")):
			// The prefix of "Co-operative", "co-ordinated", "Co-op"
			// stays with its word, where "Co" alone is a company's form.
			j += n
			continue
		case (c == '-' || c == '‑' || c == '–' && unicode.IsLower(next) && unicode.IsLetter(prevRune(text, j))) && inner:
			// An en dash joins an open compound to a word too: "San
			// Jose–based".
			emit(j)
			j += n
			partStart, hyph = j, true
			continue
		}
		break
	}
	// A final apostrophe belongs to some names: "Achieng’ Odhiambo".
	j += NameApostrophe(text, partStart, j)
	// A final plus belongs to a brand's name: "Disney+", "Halcyon+"; not
	// to a credit rating's: "BBB+".
	if j < len(text) && text[j] == '+' && j-partStart >= 3 && unicode.IsUpper(firstRune(text[partStart:j])) && strings.Trim(text[partStart:j], "ABCD") != "" &&
		(j+1 == len(text) || !isWordRune(firstRune(text[j+1:])) && text[j+1] != '+') {
		j++
	}
	// A final period belongs to initials and abbreviations.
	if j < len(text) && text[j] == '.' {
		w := text[partStart:j]
		k := strings.ToLower(w)
		if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) || abbreviations[k] {
			j++
		}
	}
	emit(j)
	// A possessive ending: ’s or 's, or a bare apostrophe after s.
	if j < len(text) && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) {
		_, n := utf8.DecodeRuneInString(text[j:])
		after := j + n
		t := &(*toks)[len(*toks)-1]
		switch {
		case after < len(text) && (text[after] == 's' || text[after] == 'S') && (after+1 == len(text) || !isWordRune(firstRune(text[after+1:]))):
			t.poss = true
			return after + 1
		case strings.HasSuffix(t.key, "s") && (after == len(text) || !isWordRune(firstRune(text[after:]))):
			t.poss, t.pluralPoss = true, true
			return after
		}
	}
	return j
}

// NameApostrophe returns the width of the apostrophe at text[j:] when it
// ends the word text[i:j], as in names written with a final apostrophe
// ("Achieng’ Odhiambo", "Mr Ochieng' said"), or 0. The word must be
// capitalised, of three letters or more, and end in a lower-case letter
// that a possessive's bare apostrophe does not follow (not s, x or z);
// no letter may follow the apostrophe; and no opening single quotation
// mark may come before it in text, since the apostrophe could then close
// one: "they called it ‘Operation Kamau’ and". A place's name, or another
// the gazetteer knows, takes none: "“We support Ireland’ said" closes a
// quotation with the wrong mark.
func NameApostrophe(text string, i, j int) int {
	if j >= len(text) || j-i < 3 {
		return 0
	}
	c, n := utf8.DecodeRuneInString(text[j:])
	if c != '\'' && c != '’' {
		return 0
	}
	if next, _ := utf8.DecodeRuneInString(text[j+n:]); j+n < len(text) && (isWordRune(next) || next == '\'' || next == '’') {
		return 0
	}
	word := text[i:j]
	last, _ := utf8.DecodeLastRuneInString(word)
	if !unicode.IsUpper(firstRune(word)) || !unicode.IsLower(last) || strings.ContainsRune("sxz", last) || utf8.RuneCountInString(word) < 3 {
		return 0
	}
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return 0 // "U.N’" or "Ng’ang’a’" is no such name
		}
	}
	if _, ok := gazetteer[strings.ToLower(word)]; ok {
		return 0 // a mark closing a quotation wrongly: "supports Ireland’ said"
	}
	prev := ' '
	for k, r := range text[:i] {
		if r == '‘' {
			return 0
		}
		if (r == '\'' || r == '’') && !unicode.IsLetter(prev) {
			if next, _ := utf8.DecodeRuneInString(text[k+utf8.RuneLen(r):]); isWordRune(next) {
				return 0 // an opening mark: " 'Operation" or " ’90s"
			}
		}
		prev = r
	}
	return n
}

// isPossessive reports whether the apostrophe at text[j:j+n] starts a
// possessive ’s that ends the word.
func isPossessive(text string, j, n, m int) bool {
	k := j + n
	if k >= len(text) || text[k] != 's' && text[k] != 'S' {
		return false
	}
	return k+m >= len(text) || !isWordRune(firstRune(text[k+m:]))
}

// newToken makes the word token text[start:end].
func newToken(text string, start, end int, hyph bool) token {
	w := text[start:end]
	t := token{start: start, end: end, text: w, word: true, hyph: hyph}
	t.key = strings.ToLower(strings.TrimSuffix(w, "."))
	if k, ok := RankKey(w); ok {
		t.key = k
	}
	if strings.Contains(t.key, "’") {
		t.key = strings.ReplaceAll(t.key, "’", "'")
	}
	r := firstRune(w)
	t.cap = unicode.IsUpper(r)
	letters, uppers := 0, 0
	if !t.cap {
		return t // a word in capitals starts with one
	}
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && uppers == letters
	return t
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// openers are punctuation after which a capitalised word starts a
// quotation or a lead-in, so its capital says nothing.
var openers = set(`“ " ‘ ( [ : — – - • · ▪ * …`)

// pageLabels are the labels a news page sets before a caption or a
// credit, followed by a comma: "Image caption, Coxswain Duncan Mairhead
// said …".
var pageLabels = map[string]bool{"image caption": true, "media caption": true, "image source": true, "video caption": true}

// IsPageLabel reports whether the two words first and second, in lower
// case, are a label a news page sets before a caption or a credit:
// "Image caption", "Image source".
func IsPageLabel(first, second string) bool { return pageLabels[first+" "+second] }

// pageLabel reports whether the comma toks[i] ends a page label that
// opens its sentence, so the word after it starts the caption.
func pageLabel(toks []token, i int) bool {
	if i < 2 || toks[i-1].sent != toks[i-2].sent || i > 2 && toks[i-3].sent == toks[i-1].sent {
		return false
	}
	return IsPageLabel(toks[i-2].key, toks[i-1].key)
}

// markSentences sets each token's sentence index and marks the first
// word of each sentence and the first word after an opening quotation
// mark or a colon.
func markSentences(toks []token, sents []corpus.Span) {
	s := 0
	first := true
	for i := range toks {
		t := &toks[i]
		for s < len(sents) && t.start >= sents[s].End {
			s++
			first = true
		}
		t.sent = s
		if !t.word {
			if openers[t.key] || t.key == "," && pageLabel(toks, i) {
				first = true
			}
			continue
		}
		if first && !t.hyph {
			t.initial = true
		}
		first = false
	}
}

// prevRune returns the rune before text[j:], or utf8.RuneError.
func prevRune(text string, j int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	return r
}
