package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/segment"
)

// A tokKind says what a token is.
type tokKind uint8

const (
	word   tokKind = iota // a word, number or abbreviation
	punct                 // one punctuation character
	quoted                // a whole quotation, marks included
)

// A token is a word, a punctuation mark or a quotation of a paragraph.
// Tokens keep their byte offsets into the paragraph's text.
type token struct {
	start, end int
	kind       tokKind
	text       string // as written, without a possessive ending
	key        string // lower case, without a final period
	cap        bool   // starts with an upper-case letter
	shout      bool   // all capitals, five letters or more
	poss       bool   // ends in ’s, 's or s’ (not a contraction)
	quote      int    // index of the region, for quoted tokens
	unit       int    // index of the unit (sentence) holding the token
	nick       string // for a quoted token holding one or two capitalised words, as a nickname between given name and surname is written, their keys
	goesOn     bool   // for a quoted token, the quotation ends in a comma, so its sentence goes on after it
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into tokens, each region becoming one quoted token.
func tokenize(text string, regions []region) []token {
	toks := make([]token, 0, len(text)/5+1)
	next := 0 // next region
	for i := 0; i < len(text); {
		if next < len(regions) && i >= regions[next].open {
			r := regions[next]
			toks = append(toks, token{start: r.open, end: max(r.close, r.end), kind: quoted, quote: next, nick: nickname(text[r.start:r.end]),
				goesOn: strings.HasSuffix(strings.TrimSpace(text[r.start:r.end]), ",")})
			i = max(r.close, r.end, i+1)
			next++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		limit := len(text)
		if next < len(regions) {
			limit = regions[next].open
		}
		switch {
		case unicode.IsSpace(c):
			i += n
		case isWordRune(c):
			t := scanWord(text, i, limit)
			if (t.key == "sheet" || t.key == "sheets") && len(toks) > 0 && toks[len(toks)-1].key == "fact" {
				t.key = "fact" + t.key // "a fact sheet from the city says": a text, as a factsheet is
			}
			toks = append(toks, t)
			i = t.end
		default:
			toks = append(toks, token{start: i, end: i + n, kind: punct, text: text[i : i+n], key: text[i : i+n]})
			i += n
		}
	}
	return toks
}

// contractions are words whose ’s means "is" or "has", not a possessive.
var contractions = set(`he she it that there here what who where let how`)

// scanWord reads the word starting at text[i:], not past limit. Hyphens,
// apostrophes, periods and ampersands inside a word keep it whole
// ("U.S.-Mexico", "can’t", "AT&T"); a final period is kept on initials,
// abbreviations with inner periods and titles ("J.", "U.S.", "Sen.").
func scanWord(text string, i, limit int) token {
	j := i
	for j < limit {
		c, n := utf8.DecodeRuneInString(text[j:limit])
		if isWordRune(c) {
			j += n
			continue
		}
		if c == '-' || c == '\'' || c == '’' || c == '.' || c == '&' {
			d, _ := utf8.DecodeRuneInString(text[j+n : limit])
			if j+n < limit && isWordRune(d) {
				j += n
				continue
			}
		}
		if c == '/' && j == i+1 && j+2 <= limit && 'A' <= text[i] && text[i] <= 'Z' && 'A' <= text[j+1] && text[j+1] <= 'Z' {
			// A slash between two capitals is a company's form:
			// "Nordhavn Line A/S".
			if d, _ := utf8.DecodeRuneInString(text[j+2 : limit]); j+2 == limit || !isWordRune(d) && d != '/' {
				j += 2
				continue
			}
		}
		if c == ',' && thousands(text[i:j], text[j+n:limit]) {
			// A comma grouping a number's thousands keeps it one word:
			// "roughly 2,100 pilots" does not end a clause.
			j += n
			continue
		}
		if c == '–' && j > i {
			// An en dash joins an open compound to a word: "San
			// Jose–based".
			d, _ := utf8.DecodeRuneInString(text[j+n : limit])
			if p, _ := utf8.DecodeLastRuneInString(text[i:j]); j+n < limit && unicode.IsLower(d) && unicode.IsLetter(p) {
				j += n
				continue
			}
		}
		break
	}
	// A final apostrophe belongs to some names: "Achieng’ Odhiambo".
	j += entity.NameApostrophe(text[:limit], i, j)
	if f, _ := utf8.DecodeRuneInString(text[i:j]); j < limit && text[j] == '+' && j-i >= 3 && unicode.IsUpper(f) && strings.Trim(text[i:j], "ABCD") != "" {
		// A final plus belongs to a brand's name: "Disney+"; not to a
		// credit rating's: "BBB+".
		if d, _ := utf8.DecodeRuneInString(text[j+1 : limit]); j+1 >= limit || !isWordRune(d) && d != '+' {
			j++
		}
	}
	raw := text[i:j]
	if j < limit && text[j] == '.' {
		k := strings.ToLower(raw)
		if utf8.RuneCountInString(raw) == 1 || strings.Contains(raw, ".") || shortTitles[k] || abbreviations[k] {
			j++
			raw = text[i:j]
			for _, suf := range []string{"’s", "'s"} {
				// "Kellerman & Co.’s analyst": the possessive of an
				// abbreviation.
				if e := j + len(suf); strings.HasPrefix(text[j:limit], suf) {
					if d, _ := utf8.DecodeRuneInString(text[e:limit]); e >= limit || !isWordRune(d) {
						j = e
						raw = text[i:j]
						break
					}
				}
			}
		}
	}
	t := token{start: i, end: j, kind: word, text: raw}
	lower := raw
	for k := 0; k < len(raw); k++ {
		if c := raw[k]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			lower = strings.ToLower(raw)
			break
		}
	}
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(lower, suf) && len(lower) > len(suf) {
			if !contractions[lower[:len(lower)-len(suf)]] {
				t.poss = true
			}
			t.text = raw[:len(raw)-len(suf)]
		}
	}
	if !t.poss && strings.HasSuffix(lower, "s") && j < limit {
		if c, n := utf8.DecodeRuneInString(text[j:limit]); c == '’' || c == '\'' {
			d, _ := utf8.DecodeRuneInString(text[j+n : limit])
			if j+n >= limit || !isWordRune(d) {
				t.poss = true
				t.end = j + n
			}
		}
	}
	t.key = strings.TrimSuffix(lower[:len(lower)-(len(raw)-len(t.text))], ".")
	if len(lower) != len(raw) {
		t.key = strings.TrimSuffix(strings.ToLower(t.text), ".")
	}
	t.key = strings.ReplaceAll(t.key, "–", "-") // "jose-based"
	if k, ok := entity.RankKey(t.text); ok {
		t.key = k // "DI Corran", not "Di Bartolo"
	}
	first, _ := utf8.DecodeRuneInString(t.text)
	t.cap = unicode.IsUpper(first) && !modifierCompound(t.text)
	if rest, ok := arabicArticle(t.text); ok {
		// "al-Ubaydi" is a capitalised name that "Ubaydi" also writes.
		t.cap, t.key = true, strings.TrimSuffix(strings.ToLower(rest), ".")
	}
	t.shout = isShout(t.text)
	return t
}

// arabicArticle returns the rest of a name written with the Arabic article
// before it, in any of its transcriptions ("al-Ubaydi", "el-Sisi",
// "ash-Shami", "ul-Haq"), and whether there is one.
func arabicArticle(s string) (string, bool) {
	i := strings.IndexByte(s, '-')
	if i < 0 || !arabicArticles[strings.ToLower(s[:i])] {
		return "", false
	}
	rest := s[i+1:]
	first, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) || utf8.RuneCountInString(rest) < 3 {
		return "", false
	}
	return rest, true
}

// modifierCompound reports whether s is a capitalised word joined by a
// hyphen to a participle or a word that makes a modifier of it:
// "Goodyear-welted", "Oscar-winning", "Tory-led", "Soviet-era". A
// lower-case part after a hyphen may still be a given name's syllable
// ("Jae-won", "Mei-ling"), so only those endings count. Where a body
// is based or who owns it is left to the name's chunk ("Suva-based
// Nadroga Ocean Products").
func modifierCompound(s string) bool {
	i := strings.LastIndexByte(s, '-')
	if i < 0 {
		return false
	}
	last := s[i+1:]
	if first, _ := utf8.DecodeRuneInString(last); !unicode.IsLower(first) || isBasedIn(strings.ToLower(s)) {
		return false
	}
	return modifierEnds[last] || len(last) >= 3 && strings.HasSuffix(last, "ed") || len(last) >= 6 && strings.HasSuffix(last, "ing")
}

// modifierEnds after a hyphen make a modifier of the word before:
// "Soviet-era", "Italian-style".
var modifierEnds = set(`era style made born wide free friendly class like type sized themed grade proof`)

// arabicArticles are the transcriptions of the Arabic article in names.
var arabicArticles = set(`al el ad ar as ash at az an ul ud`)

// shortTitles and abbreviations keep their final period.
var (
	shortTitles = set(`adm amb atty brig capt cmdr col cpl det dr engr fr gen gens gov hon insp lt maj
		cdr messrs mgr mmes mr mrs ms msgr pres prof pvt rep reps rev sen sens sgt spc supt
		ald asst cllr const coun ofc pfc supv tpr`)
	abbreviations = set(`inc corp co ltd pte pty sdn bhd jr sr st mt ft no vs etc`)
)

// isShout reports whether s is written in capitals and has five letters or
// more: a word shouted in a headline or post, not a name.
func isShout(s string) bool {
	letters := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 5
}

// units assigns each token the index of its unit: a sentence of the
// paragraph, or several when a quotation runs over them. It returns the
// number of units.
func units(p *corpus.Paragraph, toks []token) int {
	sents := p.Sentences
	if len(sents) == 0 {
		for _, s := range segment.Sentences(p.Text, segment.Options{}) {
			sents = append(sents, corpus.Span{Start: s.Start, End: s.End})
		}
	}
	if len(sents) == 0 {
		for i := range toks {
			toks[i].unit = 0
		}
		return 1
	}
	// sentOf returns the index of the last sentence starting at or before pos.
	sentOf := func(pos int) int {
		lo, hi := 0, len(sents)
		for lo < hi {
			m := (lo + hi) / 2
			if sents[m].Start <= pos {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return max(lo-1, 0)
	}
	join := make([]bool, len(sents)) // join[s]: sentence s+1 belongs to the unit of s
	for _, t := range toks {
		if t.kind != quoted {
			continue
		}
		for s := sentOf(t.start); s < sentOf(max(t.end-1, t.start)); s++ {
			join[s] = true
		}
	}
	unitOf := make([]int, len(sents))
	u := 0
	for s := range sents {
		unitOf[s] = u
		if !join[s] {
			u++
		}
	}
	for i := range toks {
		toks[i].unit = unitOf[sentOf(toks[i].start)]
	}
	return u + 1
}

// nickname returns the keys of the text inside quotation marks if it
// could be a nickname written inside a name, one or two capitalised words,
// perhaps after "the", and nothing else ("Stretch", "Big Mike", "the
// Hammer"), and "" otherwise. The keys leave out the "the".
func nickname(s string) string {
	words := strings.Fields(s)
	if len(words) > 1 && len(words) <= 3 && (words[0] == "the" || words[0] == "The") {
		words = words[1:] // Carl “the Hammer” Okoro, Isaac “The Tema Hammer” Quartey
	}
	if len(words) == 0 || len(words) > 2 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return ""
			}
		}
	}
	return strings.ToLower(strings.Join(words, " "))
}

// thousands reports whether a comma between before and after groups the
// thousands of a number: before ends in a digit and after starts with
// exactly three, as in "2,100" or "$1,250,000".
func thousands(before, after string) bool {
	if before == "" || before[len(before)-1] < '0' || before[len(before)-1] > '9' || len(after) < 3 {
		return false
	}
	for k := range 3 {
		if after[k] < '0' || after[k] > '9' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(after[3:])
	return len(after) == 3 || !isWordRune(r)
}

// postnominal reports whether t is letters written after a person's name
// for an honour, a degree or an office, in capitals as they are written
// ("KC", "MP", "MS", "PhD"), so that a word like "Am" or "San" in a name
// is not one.
func postnominal(t token) bool {
	if t.kind != word || !entity.IsPostnominal(t.key) {
		return false
	}
	return t.key == "phd" || strings.ToUpper(t.text) == t.text
}
