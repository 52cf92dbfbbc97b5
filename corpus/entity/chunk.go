package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/demonym"
	"parallax/corpus/givenname"
)

// A cand is a candidate mention found in one paragraph, before the
// mentions of an article are resolved to entities.
type cand struct {
	para       int // index of the paragraph in its article
	start, end int // bytes of the paragraph's text
	text       string
	keys       []string // lower-case keys of its words
	typ        Type     // "" while undecided
	canon      string   // canonical name from a gazetteer, or ""
	person     bool     // evidence of a person: a title, a given name, a verb of speech
	place      bool     // evidence of a place: a preposition, "-based"
	titled     bool     // written after a title or honorific
	weak       bool     // a single word with no evidence of its own
	unsure     bool     // a word whose capital says nothing, without evidence
	orgCue     bool     // written before a role ("Rovers manager")
	guess      bool     // a person only by the shape of the name
	article    bool     // written after "the", as people's names are not
	kindWord   bool     // one word after "the" that ends bodies' names: "the Observatory"
	gender     byte     // 'm' or 'f' from an honorific ("Mr", "Ms"), else 0
	paren      bool     // written alone in parentheses, as a short form is defined: "(DPI)"
	nick       string   // a nickname in quotation marks inside the name, left out of canon: "Bo"
	alone      bool     // all the article was told of someone's name: "gave his name only as Rangi"
	realAt     int      // the offset of the real name a phrase after the name gives (", whose real name is Derek Pruett"), or 0
	described  bool     // a person by an age: "Syafrizal, 61,", "Abdelrahim, a 23-year-old,"
	pronAfter  bool     // opens its clause, and "his" or "her" follows there: "Nasra Abdikarim-Lund keeps wipes by her bed"
	nickname   bool     // a nickname and a surname, never the name shown: "Sugar Beaumont" for Lionel Beaumont
	descs      []desc
	entity     int // index of the resolved entity, or -1
}

// A desc is a descriptor found next to a candidate mention.
type desc struct {
	start, end int
	text       string
}

// sourceNouns are texts and voices, which come "from" a person or a body
// rather than a place: "a statement from Spielwerk Lindenau".
var sourceNouns = set(`statement letter email e-mail memo message note spokesperson spokesman spokeswoman
	representative lawyer lawyers`)

// paragraph appends the candidate mentions of one paragraph to out.
func (x *extractor) paragraph(out []cand, pi int, p *corpus.Paragraph, toks []token) []cand {
	x.used = append(x.used[:0], make([]bool, len(toks))...)
	used := x.used
	for _, d := range findDates(toks) {
		s, e := toks[d[0]], toks[d[1]-1]
		out = append(out, cand{para: pi, start: s.start, end: e.end, text: p.Text[s.start:e.end], typ: Date, entity: -1})
		for k := d[0]; k < d[1]; k++ {
			used[k] = true
		}
	}
	titled := titleLike(toks)
	defined := definedNames(toks)
	for i := 0; i < len(toks); {
		if !x.nameTok(toks, i, used) {
			i++
			continue
		}
		j := x.extend(toks, i, used)
		if e := defined[i]; e > j || e == j && joined(toks[i:e]) {
			// "Transport for Wealdmoor (TfW)": the short form after it
			// spells the body's whole name, one name even where "and"
			// joins its words: "National Union of Seafarers and Ferry
			// Workers (NUSFW)".
			out = append(out, x.newCand(pi, p, toks, i, e, Org, ""))
			i = e
			continue
		}
		n := len(out)
		out = x.chunk(out, pi, p, toks, i, j, titled)
		if q, e := x.nicknamed(toks, j, used); e > 0 {
			out = x.withNickname(out, n, pi, p, toks, j, q, e)
			for k := j; k < e; k++ {
				used[k] = true
			}
			j = e
		}
		for k := n; k < len(out); k++ {
			cd := &out[k]
			cd.paren = cd.start > 0 && p.Text[cd.start-1] == '(' && cd.end < len(p.Text) && p.Text[cd.end] == ')'
		}
		i = j
	}
	return out
}

// nicknamed reports whether a nickname in quotation marks and a surname
// follow the given name ending the run at toks[j-1]: Teodora “Doray”
// Villanueva. It returns the index of the closing mark and the end of the
// surname, or 0, 0.
func (x *extractor) nicknamed(toks []token, j int, used []bool) (int, int) {
	if j < 1 || j+3 >= len(toks) || !toks[j-1].cap {
		return 0, 0
	}
	// A given name, or a word after a title: Sheriff Buford "Bo"
	// Kittredge; or a word alone that is never written in lower case,
	// when the surname ends the name inside a sentence: Augustin “Gus”
	// Bellamy III, whose.
	given := givenname.Is(toks[j-1].key) || j >= 2 && isTitle(toks[j-2])
	alone := !given && x.st.lower[toks[j-1].key] == 0 && !(j >= 2 && toks[j-2].word && toks[j-2].cap && toks[j-2].sent == toks[j-1].sent)
	if !given && !alone {
		return 0, 0
	}
	closing := closingMarks[toks[j].key]
	if closing == "" {
		return 0, 0
	}
	w := nickStart(toks, j)
	q := w
	for q < len(toks) && q-w < 2 && toks[q].word && toks[q].cap {
		q++
	}
	if q == w || q+1 >= len(toks) || toks[q].key != closing || toks[q+1].sent != toks[j-1].sent {
		return 0, 0
	}
	s := q + 1
	for s < len(toks) && s < q+4 && toks[s].word && !toks[s].cap && IsParticle(toks[s].key) && toks[s].sent == toks[j-1].sent {
		s++ // Margaret “Peggy” de la Haye
	}
	if s >= len(toks) || !x.nameTok(toks, s, used) || toks[s].hyph || stopwords[toks[s].key] {
		return 0, 0
	}
	e := x.extend(toks, s, used)
	if e-s > 2 || orgSuffixes[toks[e-1].key] || isTitle(toks[s]) {
		return 0, 0
	}
	if alone && (x.st.lower[toks[s].key] > 0 || e >= len(toks) || toks[e].sent != toks[j-1].sent || toks[e].key != "," && (!toks[e].word || toks[e].cap)) {
		return 0, 0
	}
	return q, e
}

// nickStart returns the index of the first word of a nickname whose
// opening mark is toks[j], past a "the" before it: Carl “the Hammer” Okoro,
// Isaac “The Tema Hammer” Quartey-Danso.
func nickStart(toks []token, j int) int {
	w := j + 1
	if w+1 < len(toks) && toks[w].word && toks[w].key == "the" && toks[w+1].word && toks[w+1].cap {
		w++
	}
	return w
}

// closingMarks are the quotation marks that close each opening one.
var closingMarks = map[string]string{"“": "”", "\"": "\"", "‘": "’", "'": "'"}

// withNickname makes the given name at toks[j-1], the last candidate
// after out[n:] or a new one, the person's full name running to toks[e-1]
// over the nickname in toks[j+1:q]: its canonical form leaves the
// nickname out.
func (x *extractor) withNickname(out []cand, n, pi int, p *corpus.Paragraph, toks []token, j, q, e int) []cand {
	given := toks[j-1]
	k := len(out) - 1
	if k < n || out[k].end != given.end || len(out[k].keys) != 1 {
		out = append(out, x.newCand(pi, p, toks, j-1, j, "", ""))
		k = len(out) - 1
	}
	c := &out[k]
	c.end = toks[e-1].end
	c.text = p.Text[c.start:c.end]
	c.keys = c.keys[:1]
	for _, t := range toks[q+1 : e] {
		if t.word {
			c.keys = append(c.keys, t.key)
		}
	}
	c.typ, c.person, c.weak, c.unsure, c.guess = Person, true, false, false, false
	c.canon = given.text + " " + p.Text[toks[q+1].start:toks[e-1].end]
	c.nick = p.Text[toks[nickStart(toks, j)].start:toks[q-1].end]
	return out
}

// joined reports whether a connective stands inside the name ts:
// "National Union of Seafarers and Ferry Workers".
func joined(ts []token) bool {
	for _, t := range ts[1:] {
		if t.word && !t.cap && IsConnective(t.key) {
			return true
		}
	}
	return false
}

// definedNames returns the names that a short form in parentheses or set
// off by commas after them spells (see Spells), by the first token of
// each to the token after it: "Transport for Wealdmoor (TfW)".
func definedNames(toks []token) map[int]int {
	out := make(map[int]int)
	for k := 2; k+2 < len(toks); k++ {
		paren := toks[k].key == "(" && toks[k+2].key == ")" && toks[k+1].word
		// "the Academic Staff Union of Universities, ASUU, said": set
		// off by commas, a short form is in capitals.
		commas := toks[k].key == "," && toks[k+2].key == "," && toks[k+1].word && toks[k+1].upper
		if !paren && !commas {
			continue
		}
		s := SpelledStart(k, toks[k+1].text, func(s int) (string, bool) {
			t := toks[s]
			if t.sent != toks[k].sent || !(t.word && t.cap || t.key == "," || t.key == "&" || IsConnective(t.key)) {
				return "", false
			}
			if !t.word {
				return "", true
			}
			return t.text, true
		})
		if s >= 0 {
			out[s] = k
		}
	}
	return out
}

// SpelledStart returns the index of the first word of the longest name
// ending before index k that short spells (see Spells), or -1. part(s)
// gives the word at index s, "" for a mark inside a name (a comma), and
// false where no name goes on back: a word that is neither capitalised
// nor a connective, or another sentence. A name opens with a capitalised
// word other than a function word.
func SpelledStart(k int, short string, part func(s int) (string, bool)) int {
	best := -1
	var words []string
	for s := k - 1; s >= 0 && k-s <= 16; s-- {
		w, ok := part(s)
		if !ok {
			break
		}
		if w == "" {
			continue
		}
		words = append([]string{w}, words...)
		if unicode.IsUpper(firstRune(w)) && !stopwords[strings.ToLower(w)] && Spells(words, short) {
			best = s
		}
	}
	return best
}

// IsConnective reports whether key, in lower case, joins the words of a
// body's name: "of", "for", "and", "the", "on", "to", "in", "&".
func IsConnective(key string) bool {
	switch key {
	case "of", "for", "and", "the", "on", "to", "in", "&":
		return true
	}
	return false
}

// Spells reports whether short, a short form written in parentheses after
// a name, is made of the initials of the name's words as written: each
// capitalised word gives its initial, or all its letters when written in
// capitals ("UK"); a connective its initial or nothing. So "TfW" spells
// "Transport for Wealdmoor" and "Pagasa" "Philippine Atmospheric,
// Geophysical and Astronomical Services Administration". A short form
// needs three letters or more, all letters, the first a capital.
func Spells(words []string, short string) bool {
	rs := []rune(strings.ToLower(short))
	if len(rs) < 3 || len(rs) > 10 || !unicode.IsUpper(firstRune(short)) {
		return false
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	// can[n] reports whether the words read so far spell rs[:n].
	can := make([]bool, len(rs)+1)
	next := make([]bool, len(rs)+1)
	can[0] = true
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if w == "" {
			continue
		}
		key := []rune(strings.ToLower(w))
		capital := unicode.IsUpper(firstRune(w))
		upper := len(key) >= 2 && strings.ToUpper(w) == w
		clear(next)
		for n, ok := range can {
			if !ok {
				continue
			}
			if !capital || IsConnective(string(key)) {
				next[n] = true
			}
			if n < len(rs) && rs[n] == key[0] {
				next[n+1] = true
			}
			if upper && n+len(key) <= len(rs) && string(rs[n:n+len(key)]) == string(key) {
				next[n+len(key)] = true
			}
		}
		can, next = next, can
	}
	return can[len(rs)]
}

// nameTok reports whether toks[i] can be part of a name: a capitalised
// word that is not a function word, a date or a number.
func (x *extractor) nameTok(toks []token, i int, used []bool) bool {
	t := toks[i]
	if !t.word || !t.cap || used[i] || !unicode.IsLetter(firstRune(t.text)) {
		return false
	}
	if isContraction(t.key) {
		return false
	}
	if i+1 < len(toks) && toks[i+1].start == t.end && (toks[i+1].key == "$" || toks[i+1].key == "£" || toks[i+1].key == "€") {
		return false // a currency's prefix: "HK$80,000", "US$2bn"
	}
	if IsCurrencyCode(t.text) && i+1 < len(toks) && unicode.IsDigit(firstRune(toks[i+1].text)) {
		return false // a currency's code: "EUR 412 million"
	}
	if next := ""; strings.ContainsAny(t.text, "0123456789") {
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		if IsMoneyAmount(t.text, next) {
			return false // "Shs800 million"
		}
	}
	if stopwords[t.key] {
		_, ok := gazetteer[t.key]
		return ok && t.upper || wordSurname(toks, i) || x.titledSurname(toks, i) || dayInName(toks, i) || abbrevAfterParticle(toks, i) || x.allBody(toks, i, used) || x.numberedBody(toks, i, used) || x.functionName(toks, i, used) || x.functionGiven(toks, i, used)
	}
	return true
}

// functionGiven reports whether toks[i], a given name spelled as a
// function word or a month (functionGivens), opens a person's name: "Will
// Harker", "May Whitty", "June Carter". A name word follows in the same
// sentence; a month after a preposition is a date, found before names are
// ("in May Parliament rose"). Inside a sentence a comma or a verb of
// speech after the pair, or a title before it, vouches for the name.
// Opening a sentence it does so only where the corpus writes the pair
// inside one, or where a comma or a verb of speech follows the pair in a
// sentence that asks nothing: "Will Harker said", but not "Will Labour
// win?".
func (x *extractor) functionGiven(toks []token, i int, used []bool) bool {
	t := toks[i]
	if !functionGivens[t.key] || t.upper || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !n.word || !n.cap || n.upper || n.hyph || n.sent != t.sent || stopwords[n.key] || !x.nameTok(toks, i+1, used) {
		return false
	}
	spoke := i+2 < len(toks) && toks[i+2].sent == t.sent && (toks[i+2].key == "," || personVerbs[toks[i+2].key])
	if !t.initial && i > 0 {
		// After a capital that is no title it is a title's or a
		// slogan's word: "I Will Survive", "Why Britain Will Lose".
		// Otherwise a comma or a verb of speech vouches for the name, or
		// a title before it: "Actress May Whitty"; not "rains May
		// Continue in the Rift Valley".
		p := toks[i-1]
		if p.sent == t.sent && p.word && p.cap && !isTitle(p) || titleLike(toks) {
			return false
		}
		return spoke || p.sent == t.sent && isTitle(p) && x.st.lower[n.key] == 0
	}
	if x.st.pairsMid[t.key+" "+n.key] {
		return true
	}
	if !spoke {
		return false
	}
	for k := i + 2; k < len(toks) && toks[k].sent == t.sent; k++ {
		if toks[k].key == "?" {
			return false
		}
	}
	return true
}

// functionGivens are given names spelled as function words or months.
var functionGivens = set(`will may june april august`)

// IsFunctionGiven reports whether key, in lower case, is a given name
// spelled as a function word or a month: "Will", "May", "June".
func IsFunctionGiven(key string) bool { return functionGivens[key] }

// abbrevAfterParticle reports whether toks[i], a word that abbreviates a
// day or a month, written with no full stop, follows a particle inside a
// name: "Viña del Mar", "Puerto del Sol".
func abbrevAfterParticle(toks []token, i int) bool {
	t := toks[i]
	if !IsDateAbbrev(t.key) || strings.HasSuffix(t.text, ".") || i < 2 {
		return false
	}
	p, b := toks[i-1], toks[i-2]
	return p.word && !p.cap && particles[p.key] && p.sent == t.sent && b.word && b.cap && b.sent == t.sent
}

// IsDateAbbrev reports whether key, in lower case, abbreviates the name
// of a day or a month: "sat", "mar", "sept"; not "may", which is the
// month's whole name.
func IsDateAbbrev(key string) bool {
	return dayAbbrevs[key] || monthAbbrevs[key]
}

// dayAbbrevs abbreviate the days of the week.
var dayAbbrevs = set(`mon tue tues wed thu thurs fri sat sun`)

// monthAbbrevs are the keys of months that begin another key of the same
// month: "mar" of "march", "sept" of "september".
var monthAbbrevs = func() map[string]bool {
	m := make(map[string]bool)
	for k, n := range months {
		for f, fn := range months {
			if fn == n && len(f) > len(k) && strings.HasPrefix(f, k) {
				m[k] = true
			}
		}
	}
	return m
}()

// functionName reports whether toks[i], a function word written with a
// capital inside a sentence of prose, belongs to the name whose word
// follows it: "the group Last Harvest", "Save Our Wendle". Opening a
// sentence, it does so only where the corpus writes the pair inside one.
func (x *extractor) functionName(toks []token, i int, used []bool) bool {
	t := toks[i]
	if !nameFunctionWords[t.key] || t.upper || i+1 >= len(toks) || toks[i+1].sent != t.sent || toks[i+1].hyph || stopwords[toks[i+1].key] || !x.nameTok(toks, i+1, used) {
		return false // nor "All-Star"
	}
	if insideQuotes(toks, i) {
		return false // a slogan: “Not In Our Name”, “No Bus, No Town”
	}
	if t.initial {
		// Opening a sentence, only as the corpus writes the two words
		// inside one: "Later Life Alliance, a charity, said".
		return x.st.pairsMid[t.key+" "+toks[i+1].key]
	}
	return !titleLike(toks)
}

// insideQuotes reports whether toks[i] stands inside quotation marks.
func insideQuotes(toks []token, i int) bool {
	curly, straight := 0, 0
	for _, t := range toks[:i] {
		switch t.key {
		case "“":
			curly++
		case "”":
			curly--
		case "\"":
			straight++
		}
	}
	return curly > 0 || straight%2 == 1
}

// numberWords are the numbers that open a body's name: "Three Counties",
// "Two Sisters".
var numberWords = set(`two three four five six seven eight nine ten eleven twelve`)

// ordinalWords are the ordinals that open a body's name: "Second Bark
// Collective", "First Mutual Holdings".
var ordinalWords = set(`first second third`)

// IsOrdinalOpener reports whether key, in lower case, is an ordinal that
// may open a body's name inside a sentence when the name ends in an
// organisation's word: "run by Second Bark Collective".
func IsOrdinalOpener(key string) bool { return ordinalWords[key] }

// numberedBody reports whether toks[i], a capitalised number, opens a
// body's name: a plural capitalised word follows it and the run ends in
// an organisation's word, "Three Counties Hospitals NHS Foundation Trust",
// "Three Rivers District Council", "Two Sisters Food Group", not "Three
// Labour councillors". An ordinal opens one whose run ends so, inside a
// sentence or, opening one, where the corpus writes the pair inside one:
// "run by Second Bark Collective", not "Second World War".
func (x *extractor) numberedBody(toks []token, i int, used []bool) bool {
	if ordinalWords[toks[i].key] && i+1 < len(toks) && toks[i+1].sent == toks[i].sent {
		return (!toks[i].initial || x.st.pairsMid[toks[i].key+" "+toks[i+1].key]) && x.runEndsOrg(toks, i+1, used)
	}
	if !numberWords[toks[i].key] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !n.word || !n.cap || n.sent != toks[i].sent || stopwords[n.key] || !strings.HasSuffix(n.key, "s") || orgSuffixes[n.key] {
		return false
	}
	return x.runEndsOrg(toks, i+1, used)
}

// allBody reports whether toks[i], a capitalised "All" after "the",
// opens a body's name: "the All Punjab Flour Mills Association", "the
// All India Trade Union Congress".
func (x *extractor) allBody(toks []token, i int, used []bool) bool {
	return toks[i].key == "all" && i > 0 && toks[i-1].key == "the" && i+1 < len(toks) && x.runEndsOrg(toks, i+1, used)
}

// wordSurname reports whether toks[i], a capitalised function word, is a
// surname: after a name that opens with a given name inside a sentence,
// before a comma or a verb of speech ("Sandeep More, 31,", "Thomas More
// said", "Joseph Otieno Were, who drives a matatu").
func wordSurname(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].initial {
		return false
	}
	n := toks[i+1]
	if n.sent != toks[i].sent {
		return false
	}
	// The name before it opens with a given name: "Thomas More", "Joseph
	// Otieno Were".
	given := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := toks[k]
		if !p.word || !p.cap || p.sent != toks[i].sent || stopwords[p.key] {
			break
		}
		if givenname.Is(p.key) {
			given = true
			break
		}
	}
	return given && (n.key == "," || personVerbs[n.key])
}

// titledSurname reports whether toks[i], a surname spelled as a function
// word (IsFunctionSurname), is one because it has a capital inside a
// sentence, a title before it and a name word after it: "ministry
// spokesperson He Yanling", "Vice Premier He Lifeng". A pronoun or an
// article never follows a title so; nor does a given name the corpus
// writes in lower case ("The coach He Trusted", "The Secretary So Far").
func (x *extractor) titledSurname(toks []token, i int) bool {
	if !functionSurnames[toks[i].key] || i == 0 || i+1 >= len(toks) || toks[i].initial {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	return p.word && !p.poss && p.sent == toks[i].sent && isTitle(p) &&
		n.word && n.cap && !n.upper && n.sent == toks[i].sent && !stopwords[n.key] && !personVerbs[n.key] && !strings.HasSuffix(n.key, "ed") && x.st.lower[n.key] == 0
}

// pronounAfter reports whether the name in toks[s:e] opens its clause and
// "his" or "her" follows it there, with no punctuation or capitalised
// word between: "Down the hall, Nasra Abdikarim-Lund keeps a tub of wipes
// by her daughter's bed", but not "who owns the Timberline Motor Lodge
// with her brother".
func pronounAfter(toks []token, s, e int) bool {
	if s > 0 && toks[s-1].sent == toks[s].sent && toks[s-1].key != "," {
		return false
	}
	for k := e; k < len(toks) && k < e+12 && toks[k].sent == toks[e-1].sent; k++ {
		t := toks[k]
		if !t.word || t.cap {
			return false
		}
		if t.key == "his" || t.key == "her" {
			return true
		}
	}
	return false
}

// IsElided reports whether w is a French particle elided before a
// capitalised name, which goes on the name it stands in: "Remontées
// d'Arsine SA", "Musée d’Orsay".
func IsElided(w string) bool {
	for _, p := range []string{"d'", "d’", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return rest != "" && unicode.IsUpper(firstRune(rest))
		}
	}
	return false
}

// isContraction reports whether a word is a contraction ("I’ll",
// "We’re", "Don’t"), never a name.
func isContraction(key string) bool {
	key = strings.ReplaceAll(key, "’", "'")
	for _, end := range []string{"'ll", "'re", "'ve", "'d", "'m", "n't"} {
		if strings.HasSuffix(key, end) {
			return true
		}
	}
	return strings.HasPrefix(key, "i'")
}

// extend returns the end of the name that starts at toks[i]: capitalised
// words in a row, joined by the connectors of names ("Department of
// Homeland Security", "Corwin & Blake Securities", "Charles de Gaulle").
// A possessive, a sentence end or punctuation ends it.
func (x *extractor) extend(toks []token, i int, used []bool) int {
	j := i + 1
	for j < len(toks) {
		prev, u := toks[j-1], toks[j]
		if u.sent != toks[i].sent {
			break
		}
		if (prev.pluralPoss || prev.poss && prev.cap && menPlural(prev.key)) && x.orgRunFrom(toks, j, used) {
			j++ // "Leaders’ Debates Commission", "Rail Workers’ Union", "Fishermen’s Co-operative Society"
			continue
		}
		if prev.poss && j-1 == i && plainPlurals[prev.key] && prev.cap && x.nameTok(toks, j, used) && u.cap && !x.heldOffice(toks, j, used) {
			j++ // "Women’s Aid", "Children’s Health Matters", "People’s Party"
			continue
		}
		if u.hyph && j-1 > i && givenSyllable(u) && !prev.hyph && !prev.poss && x.nameTok(toks, j-1, used) {
			j++ // "Cheung Kwok-wai", "Kim Jong-un", "Yoon Suk-yeol"
			continue
		}
		if prev.poss {
			// "St. Aldric’s Hospital": a possessive inside a name. After
			// a saint's, the name runs on to a body's word: "St
			// Brendan's Regional Medical Center".
			if j-2 >= i && saintWords[toks[j-2].key] && toks[j-2].cap {
				e := j
				for e < len(toks) && e < j+4 && toks[e].sent == u.sent && x.nameTok(toks, e, used) && !toks[e].poss {
					e++
				}
				if e > j+1 && orgSuffixes[toks[e-1].key] {
					j = e
					break
				}
			}
			_, known := gazetteer[nameKey(prev.text)]
			if !known && x.nameTok(toks, j, used) && (orgSuffixes[u.key] || placeSuffixes[u.key]) && (j+1 >= len(toks) || !toks[j+1].cap) {
				j++
			}
			break
		}
		if x.nameTok(toks, j, used) {
			if u.hyph && x.splitHyphen(toks, i, j) {
				break
			}
			if shouted(prev) != shouted(u) {
				break // "… ON THE TABLE Ronald Johnson"
			}
			j++
			continue
		}
		if bracketedForm(toks, j) {
			j += 4 // "Zarnab Gloves (Pvt) Limited", "Sasol Mining (Pty) Ltd"
			continue
		}
		if namePrepositions[u.key] && u.cap && !u.initial && j+1 < len(toks) && toks[j+1].sent == u.sent &&
			x.nameTok(toks, j+1, used) && !toks[j+1].hyph && !titleLike(toks) {
			j += 2 // "Elephants Beyond Bars", "Doctors Against Violence"
			continue
		}
		if u.word && !u.cap && IsElided(u.text) && !u.hyph {
			j++ // "Remontées d'Arsine SA", "Musée d’Orsay"
			continue
		}
		if u.key == "et" && u.word && !u.cap && j+1 < len(toks) && toks[j+1].sent == u.sent && bodyAbroad(toks[i:j]) &&
			(IsElided(toks[j+1].text) || x.nameTok(toks, j+1, used)) {
			j += 2 // "Bureau d’Enquêtes et d’Analyses"
			continue
		}
		if particles[u.key] && u.word && !u.cap {
			// "Ursula von der Leyen", "Charles de Gaulle", "Qasim
			// al-Ubaydi"
			k := j
			for k < len(toks) && k-j < 3 && particles[toks[k].key] && toks[k].word && !toks[k].cap {
				k++
			}
			if k < len(toks) && k > j && x.nameTok(toks, k, used) && (!toks[k].hyph || k == j+1 && arabicArticles[u.key]) {
				j = k + 1
				continue
			}
			break
		}
		if u.key == "to" && j+2 < len(toks) && toks[j+1].cap && aimVerbs[toks[j+1].key] && toks[j+2].sent == u.sent && x.nameTok(toks, j+2, used) {
			j += 3 // an aim inside a name: "Midwest Freedom to Read Project", "Right to Know Network"
			continue
		}
		if j+1 >= len(toks) || !x.nameTok(toks, j+1, used) || toks[j+1].hyph {
			// "of the": "Chancellor of the Exchequer"; "for the" after a
			// body's head: "Office for the Coordination of Humanitarian
			// Affairs".
			if (u.key == "of" && (ofHeads[prev.key] || forThe(toks, i, j)) || u.key == "for" && orgHeads[prev.key] && prev.cap) && j+2 < len(toks) && toks[j+1].key == "the" && x.nameTok(toks, j+2, used) {
				j += 3
				continue
			}
			break
		}
		if e := listedAcross(toks, i, j); e > j {
			j = e // "Health and Safety Executive"
			continue
		}
		if e := x.portfolioEnd(toks, i, j, used); e > j {
			return e // "Department for Environment, Food and Rural Affairs"
		}
		switch {
		case u.key == "&":
		case u.key == "of" && (ofHeads[prev.key] || forThe(toks, i, j)):
			// "Office for the Coordination of Humanitarian Affairs"
		case u.key == "for" && (orgHeads[prev.key] || j <= i+3 && advocates(prev) && !IsProxyFor(prev.key, toks[j+1].key) && !(j == i+1 && demonym.Plural(prev.key) && eventAhead(toks, j+1))):
			// "Kelsborough Parents for Choice"
		case u.key == "in" && inHeads[prev.key] && prev.cap && (j-1 > i || i > 0 && toks[i-1].poss) && x.st.lower[toks[j+1].key] == 0:
			// "U.S. Embassy in Kyiv", "Nigeria’s Embassy in Washington",
			// but not "A Mission in Crisis" nor the film "Mission in
			// Kashmir". A title after the place opens another name: "the
			// Israeli Embassy in London Ambassador Tzipi Hotovely"; a run
			// of more than four words is no place's name ("Embassy in
			// Kuwait Labor Attache Nasser Mustafa", but "Consulate in Ho
			// Chi Minh City").
			e := j + 1
			for e < len(toks) && x.nameTok(toks, e, used) && !toks[e].hyph && toks[e].sent == u.sent && !isTitle(toks[e]) {
				e++
			}
			if e-j-1 > 4 {
				return j
			}
			if e < len(toks) && x.nameTok(toks, e, used) && isTitle(toks[e]) {
				return e
			}
		case (u.key == "on" && onHeads[prev.key] || u.key == "to" && toHeads[prev.key]) && x.topicRun(toks, j+1, used):
			// "Council on Foreign Relations", "Committee to Protect
			// Journalists"
		case u.key == "and" && j-i >= 3 && toks[j-2].key == "&":
			// "Harrowgate & Kemp and Blackwater Ales Group" are two, but
			// "Dorset & Wiltshire Fire and Rescue Service" one.
			return j
		case (u.key == "and" || u.key == "for") && x.runEndsOrg(toks, j+1, used) && !(u.key == "and" && x.twoBodies(toks, i, j, used)) &&
			!(u.key == "for" && i > 0 && leaveVerbs[toks[i-1].key]):
			// "Food and Drug Administration", but not "Northwind Telecom
			// and Maple Signal Communications", nor "left Northmoor for
			// Wealdshire County Cricket Club".
		case u.key == "of" && x.ofCountry(toks, i, j, used):
			// "Ministry of Transport of Kazakhstan": the country ends
			// the name, whatever follows ("… of Ukraine and Pfizer").
			return j + 2
		case u.key == "and" && headedOf(toks, i, j):
			// "Ministry of Transport and Communications"
		case u.key == "and" && (j-2 >= i && toks[j-2].key == "on" || j-3 >= i && toks[j-3].key == "on") && headedOn(toks, i, j) && x.pairedTopic(toks, j, used) && !x.twoBodies(toks, i, j, used):
			// "Committee on Ways and Means", "Committee on Foreign
			// Affairs and Defence"; but not "Commission on Human Rights
			// and Amnesty International"
		case u.key == "and" && x.fieldsOfCountry(toks, i, j, used):
			// "Environment and Climate Change Canada", "Fisheries and
			// Oceans Canada"
		case u.key == "," && (j == i+1 || toks[j-2].key == ",") && x.serialBody(toks, i, j, used):
			// "Agriculture, Fisheries and Conservation Department"
		case u.key == "," && j == i+2 && nationWord(toks[i]) && x.serialBody(toks, i+1, j, used):
			// "UK Foreign, Commonwealth and Development Office"

		default:
			return j
		}
		j += 2
	}
	return j
}

// fieldsOfCountry reports whether the "and" at toks[j] joins the fields of
// a public body named for its fields and its country: "Environment and
// Climate Change Canada", "Fisheries and Oceans Canada". The name runs
// from toks[i], one or two words of a field (a word the corpus also writes
// in lower case, or one of a public body's fields) and none a place, to a
// country's name after one to three more words, none a place either.
func (x *extractor) fieldsOfCountry(toks []token, i, j int, used []bool) bool {
	if j-i > 2 || j+2 >= len(toks) {
		return false
	}
	e := x.runEnd(toks, j+1, used)
	if e-(j+1) < 2 || e-(j+1) > 4 || !countryKeys[toks[e-1].key] || shortCountries[toks[e-1].key] || toks[e-1].poss {
		return false
	}
	for k := i; k < e-1; k++ {
		if k == j {
			continue
		}
		if g, ok := gazetteer[toks[k].key]; ok && g.typ == Place || isDemonym(toks[k].key) || givenname.Is(toks[k].key) || countryKeys[toks[k].key] || toks[k].upper {
			return false
		}
		if key := toks[k].key; k < j && x.st.lower[key] == 0 && !IsFieldNoun(key) && !pluralNouns[key] && !publicFields[key] {
			return false // "Rogers and Bell Canada": names, not fields
		}
	}
	// Neither side is a place of several words: "Middle East and Latin
	// America", "Central and South America".
	return !placeRun(toks[i:j]) && !placeRun(toks[j+1:e])
}

// placeRun reports whether the gazetteer lists the words of toks as a
// place.
func placeRun(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	words := make([]string, len(toks))
	for k, t := range toks {
		words[k] = t.text
	}
	g, ok := gazetteer[nameKey(strings.Join(words, " "))]
	return ok && g.typ == Place
}

// shortCountries are short forms of a country's name that no body named
// for its country ends in: "Latin America", "Coastal States".
var shortCountries = set(`america states`)

// nationWord reports whether t names a country or its people, which
// may stand before a ministry's name: "UK", "British".
func nationWord(t token) bool {
	g, ok := gazetteer[t.key]
	return t.cap && (ok && g.typ == Place || isDemonym(t.key))
}

// holderWithParticles reports whether toks[r:j], the words after an
// office ending in "of", are a holder's name of two words with the
// particles of a surname between them: "Minister of Defence Ruwan de
// Alwis". A first word the corpus writes in lower case, or that names a
// field, is the office's ("Minister of Defence de Alwis", "Minister of
// State du Plessis"), and a country ends no surname ("Banco Central de
// Chile").
func (x *extractor) holderWithParticles(toks []token, r, j int) bool {
	if r+2 >= j || !toks[r+1].word || toks[r+1].cap || !particles[toks[r+1].key] || x.st.lower[toks[r].key] > 0 ||
		publicFields[toks[r].key] || toks[r].key == "state" || countryKeys[toks[j-1].key] {
		return false
	}
	k := r + 1
	for k < j && toks[k].word && !toks[k].cap && particles[toks[k].key] {
		k++
	}
	return k == j-1 && toks[k].cap
}

// portfolioEnd returns the end of a ministry's name that lists its
// portfolios after "for" or "of", where toks[j] is the first comma of
// the list: "Department for Environment, Food and Rural Affairs",
// "Ministry of Housing, Communities and Local Government"; or 0.
func (x *extractor) portfolioEnd(toks []token, i, j int, used []bool) int {
	if toks[j].key != "," {
		return 0
	}
	k := j - 1
	for k > i && k >= j-3 && x.nameTok(toks, k, used) && toks[k].cap {
		k--
	}
	if k <= i || k == j-1 || toks[k].key != "for" && toks[k].key != "of" || !bodyHeads[toks[k-1].key] {
		return 0
	}
	words := 0
	for n := j + 1; n < len(toks) && n < j+12 && toks[n].sent == toks[j].sent; n++ {
		t := toks[n]
		switch {
		case t.key == "and" && words > 0:
			e := n + 1
			for e < len(toks) && e < n+4 && x.nameTok(toks, e, used) && toks[e].cap && toks[e].sent == t.sent && !toks[e-1].poss {
				e++
			}
			if e > n+1 {
				return e
			}
			return 0
		case t.key == "," && words > 0:
			words = 0
		case x.nameTok(toks, n, used) && !t.poss && t.cap:
			words++
		default:
			return 0
		}
	}
	return 0
}

// listedAcross returns the end of the organisation the gazetteer lists
// whose name runs from toks[i] over the "and" or "the" at toks[j] and up
// to three capitalised words after it, "Health and Safety Executive",
// "Save the Children", or 0.
func listedAcross(toks []token, i, j int) int {
	if toks[j].key != "and" && toks[j].key != "the" {
		return 0
	}
	for e := j + 1; e < len(toks) && e <= j+3; e++ {
		t := toks[e]
		if !t.word || !t.cap || t.sent != toks[i].sent {
			return 0
		}
		if listedOrg(toks[i : e+1]) {
			return e + 1
		}
	}
	return 0
}

// listedOrg reports whether the words ts are an organisation's name the
// gazetteer lists.
func listedOrg(ts []token) bool {
	keys := make([]string, len(ts))
	for n, t := range ts {
		keys[n] = t.key
	}
	g, ok := gazetteer[strings.Join(keys, " ")]
	return ok && g.typ == Org
}

// executiveBody reports whether ts is a body named an executive, as
// ExecutiveBody says, with the word before "Executive" capitalised and
// no possessive or initial.
func executiveBody(ts []token) bool {
	n := len(ts)
	if n < 3 || ts[n-1].key != "executive" {
		return false // before the keys are gathered: name asks this of every run ending in a title
	}
	b := ts[n-2]
	keys := make([]string, n)
	for k, t := range ts {
		keys[k] = t.key
	}
	return b.cap && b.word && !b.poss && !b.initial && ExecutiveBody(keys)
}

// ExecutiveBody reports whether the capitalised name with these keys is a
// body named an executive, as governments and public agencies are:
// "Executive" after two words or more that name a public field or a
// service ("Health Service Executive", "Workplace Safety Executive"), or
// a listed place ("Northern Ireland Executive"). A company's or a
// county's executive is a person: "Tesco Marketing Executive", "Ryanair
// Group Executive", "Montgomery County Executive".
func ExecutiveBody(keys []string) bool {
	n := len(keys)
	if n < 3 || keys[n-1] != "executive" {
		return false
	}
	b := keys[n-2]
	return publicFields[b] && b != "finance" || executiveFields[b] || gazetteer[strings.Join(keys[:n-1], " ")].typ == Place
}

// executiveFields are the words besides publicFields that name what a
// public executive body oversees.
var executiveFields = set(`service services safety standards`)

// forThe reports whether "for the" follows the head of a body's name in
// toks[i:j], so that the words after it name what the body is for, "of"
// and all: "Office for the Coordination of Humanitarian Affairs".
func forThe(toks []token, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if toks[k].key == "for" && toks[k+1].key == "the" && orgHeads[toks[k-1].key] {
			return true
		}
	}
	return false
}

// aimVerbs, written with a capital after "to" inside a name, say what a
// body or a campaign is for: "Committee to Protect Journalists", "Freedom
// to Read Foundation".
var aimVerbs = set(`protect read know end stop save prevent fight preserve defend repair marry
	vote learn breathe rest die choose cure feed free restore abolish keep build`)

// IsAimVerb reports whether key, written with a capital after "to" inside
// a name, is what the body named is for: "Protect" in "Committee to
// Protect Journalists".
func IsAimVerb(key string) bool { return aimVerbs[key] }

// namePrepositions are prepositions that, written with a capital between
// two words of a name outside a line of capitals or a title, are part of
// it: "Elephants Beyond Bars".
var namePrepositions = set(`beyond without against across under over behind within between among
	through into beneath after before`)

// nameFunctionWords are function words other than prepositions that,
// written with a capital inside a sentence of prose, belong to a name:
// "Save Our Wendle", "Wild Not Caged", "Last Harvest", "Later Life
// Alliance", "Count Every Vote", "No Blank Check". Not "with", which
// titles capitalise before a host's name: "Later With Jools Holland".
var nameFunctionWords = set(`our not no every all last later much many more now never still inside near`)

// IsNameFunctionWord reports whether key, in lower case, is a function
// word other than a preposition that, written with a capital inside a
// sentence of prose before a name word, is part of a name: "our" in "Save
// Our Wendle", "last" in "the group Last Harvest".
func IsNameFunctionWord(key string) bool { return nameFunctionWords[key] }

// IsNamePreposition reports whether key, in lower case, is a preposition
// that, written with a capital between two words of a name in prose, is
// part of it: "beyond" in "Elephants Beyond Bars".
func IsNamePreposition(key string) bool { return namePrepositions[key] }

// givenSyllable reports whether t, after a hyphen, is the lower-case
// second syllable of a Korean or Cantonese given name ("Jong-un",
// "Kwok-wai", "Mei-ling", "Suk-yeol") rather than an English word joined
// to a name ("Trump-era", "Kremlin-backed", "Biden-like"): a word of two
// to five letters shaped like a romanised syllable, a consonant or none,
// vowels, and an ending of at most "ng", that is not one of the words
// English joins to names.
func givenSyllable(t token) bool {
	k := t.key
	if !t.word || t.cap || len(k) < 2 || len(k) > 5 || hyphenSuffixes[k] {
		return false
	}
	i := 0
	for i < len(k) && !strings.ContainsRune("aeiouy", rune(k[i])) {
		if k[i] < 'a' || k[i] > 'z' {
			return false
		}
		i++
	}
	if i > 3 || i == len(k) {
		return false
	}
	for i < len(k) && strings.ContainsRune("aeiouy", rune(k[i])) {
		i++
	}
	switch k[i:] {
	case "", "n", "ng", "m", "k", "p", "t", "l", "h":
		return true
	}
	return false
}

// hyphenSuffixes are the short words English joins to a name with a
// hyphen: "Trump-era", "Biden-like", "Putin-run".
var hyphenSuffixes = set(`era eras like led run ran wide type free born made held owned sized
	style esque ish ism ist ite ian an al in on up out off less ness ship hood
	area zone bound proof ready only city year day fed tied ties mania speak
	themed loving hating hater haters fan fans way ways one two old new
	time team camp wing king pin bowl net cup tour win loss ban war law tax`)

// advocates reports whether t, capitalised, is a group of people that
// names a campaign with "for" after it, the way campaigns name
// themselves: "Parents for Medical Freedom", "Doctors for Truth",
// "Americans for Prosperity", "Calder Youth for Climate".
func advocates(t token) bool {
	if !t.cap || !t.word {
		return false
	}
	if t.key == "youth" || demonym.Plural(t.key) {
		return true
	}
	sing, ok := strings.CutSuffix(t.key, "s")
	return ok && (isRole(t.key) || personCues[sing] || advocateNouns[t.key])
}

// campaignName reports whether toks[s:e] names a campaign after the
// group it speaks for: "Parents for Medical Freedom", "Calder Youth for
// Climate".
func campaignName(toks []token, s, e int) bool {
	for k := s; k+2 < e; k++ {
		if toks[k+1].key == "for" && !toks[k+1].cap {
			return advocates(toks[k]) && !isRole(toks[k].key) // but "Tory Councillors for Hull"
		}
	}
	return false
}

// eventAhead reports whether the capitalised run from toks[j] ends in an
// event's word: "Kenyans for Madaraka Day" flocked to a stadium.
func eventAhead(toks []token, j int) bool {
	k := j
	for k < len(toks) && toks[k].word && toks[k].cap {
		k++
	}
	return k > j && (events[toks[k-1].key] || toks[k-1].key == "day")
}

// advocateNouns are plural nouns for people that campaigns are named
// after, beyond roles and kin.
var advocateNouns = set(`parents citizens families residents voters veterans mothers fathers
	grandparents neighbours neighbors patients survivors moms mums dads`)

// topicRun reports whether the capitalised words from toks[j] name the
// topic or the aim of a body ("on Foreign Relations", "to Protect
// Journalists") rather than a place or a date the body acts on ("the
// Security Council on North Korea"): two words or more, the first not a
// place's, or one before the short form it defines.
func (x *extractor) topicRun(toks []token, j int, used []bool) bool {
	k := j
	for k < len(toks) && x.nameTok(toks, k, used) && !toks[k].poss {
		k++
	}
	// One word is a topic only before the short form it defines,
	// "Intergovernmental Authority on Development (IGAD)", or when the
	// corpus writes it in lower case too, as it does a common noun:
	// "Senate Select Committee on Ethics", not "the Council on Monday".
	// So is one joined by "and" to another: "Committee on Ways and
	// Means", "Standing Committee on Research and Statistics".
	paired := k-j == 1 && toks[k].key == "and" && x.pairedTopic(toks, k, used)
	if k-j < 2 && !(k-j == 1 && k+1 < len(toks) && toks[k].key == "(" && toks[k+1].cap) &&
		!(k-j == 1 && x.st.lower[toks[j].key] > 0) && !paired {
		return false
	}
	key := ""
	for n := j; n < k; n++ {
		if n > j {
			key += " "
		}
		key += toks[n].key
		if g, ok := gazetteer[key]; ok && g.typ == Place {
			return false
		}
	}
	return true
}

// ofCountry reports whether the "of" at toks[j] ends a body's name headed
// by "of" or "for" with its country, one word ending the run: "the
// Ministry of Transport of Kazakhstan said". The country may open no
// other name: "the Ministry of Health of Ukraine Rail" is none.
func (x *extractor) ofCountry(toks []token, i, j int, used []bool) bool {
	if j+1 >= len(toks) || !IsCountryKey(toks[j+1].key) || !toks[j+1].cap || toks[j+1].upper || !headedOf(toks, i, j) {
		return false
	}
	return j+2 >= len(toks) || toks[j+2].sent != toks[j].sent || toks[j+1].poss || !x.nameTok(toks, j+2, used)
}

// IsCountryKey reports whether key is the one-word name of a country, not
// a short form that may be part of another name: "kazakhstan",
// "scotland", but not "america" or "states".
func IsCountryKey(key string) bool { return countryKeys[key] && !shortCountries[key] }

// headedOf reports whether the name toks[i:j] holds the head of an
// organisation's name followed by "of" or "for": "Department of Health",
// "Centers for Disease Control".
func headedOf(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if orgHeads[toks[k].key] && toks[k].cap && (toks[k+1].key == "of" || toks[k+1].key == "for") {
			return true
		}
	}
	return false
}

// pairedTopic reports whether "and" at toks[k] joins the last word of a
// body's topic to one more that ends it: "on Ways and Means", "on Research
// and Statistics". The word is no given name and no known name, and
// neither a title nor a name word but a holder's given name follows it:
// not "on Finance and Mary Lou McDonald", "on Human Rights and Amnesty
// International", "on Elections and Comelec chairman George Garcia".
func (x *extractor) pairedTopic(toks []token, k int, used []bool) bool {
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent || !x.nameTok(toks, k+1, used) || toks[k+1].poss || toks[k+1].upper || givenname.Is(toks[k+1].key) {
		return false
	}
	if _, ok := gazetteer[toks[k+1].key]; ok {
		return false
	}
	e := k + 2
	return e >= len(toks) || toks[e].sent != toks[k].sent || !toks[e].word || !x.nameTok(toks, e, used) && !isTitle(toks[e]) ||
		givenname.Is(toks[e].key) && !isTitle(toks[e]) // a holder's name after it: "on Ways and Means Richard Neal"
}

// headedOn reports whether the name toks[i:j] holds the head of a body's
// name followed by "on" and its topic: "Committee on Ways and Means".
func headedOn(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if onHeads[toks[k].key] && toks[k].cap && toks[k+1].key == "on" {
			return true
		}
	}
	return false
}

// shouting reports whether toks[i] stands in a run of at least three words
// in capitals ("STRIKES ON CARTELS ON THE TABLE"): a line written in
// capitals, where capitals say nothing about names.
func shouting(toks []token, i int) bool {
	lo, hi := i, i
	for lo > 0 && toks[lo-1].word && toks[lo-1].upper {
		lo--
	}
	for hi+1 < len(toks) && toks[hi+1].word && toks[hi+1].upper {
		hi++
	}
	return hi-lo >= 2
}

// shouted reports whether t is a long word in capitals that is not a
// listed initialism.
func shouted(t token) bool {
	if !t.upper || len(t.key) < 4 {
		return false
	}
	g, ok := gazetteer[t.key]
	return !ok || g.typ != Org
}

// splitHyphen reports whether the hyphen before toks[j] joins two names
// ("U.S.-Mexico", "Trump-Sheinbaum") rather than parts of one name
// ("Coca-Cola"): both sides are names the corpus uses on their own, or
// one is a place's, unless it opens a surname after a given name.
func (x *extractor) splitHyphen(toks []token, i, j int) bool {
	left := toks[j-1].key
	right := toks[j].key
	if _, whole := gazetteer[left+" "+right]; whole {
		return false // "Guinea-Bissau"
	}
	_, gl := gazetteer[left]
	_, gr := gazetteer[right]
	if x.st.doubles[left+"-"+right] {
		return false // a double surname the corpus writes after a given name: "Rafael Montenegro-Ilunga"
	}
	return gl || gr || x.st.capMid[left] > 0 && x.st.capMid[right] > 0
}

// runEndsOrg reports whether the capitalised words from toks[j] end in a
// word that ends organisations' names.
func (x *extractor) runEndsOrg(toks []token, j int, used []bool) bool {
	k := x.runEnd(toks, j, used)
	if k > j && k+1 < len(toks) && toks[k].key == "and" && toks[k].sent == toks[j].sent && toks[k-1].key == "fire" {
		// An emergency service's name joins its halves with "and" too:
		// "Ashbridge and Wessex Fire and Rescue Service".
		k = x.runEnd(toks, k+1, used)
	}
	return k > j && orgSuffixes[toks[k-1].key]
}

// runEnd returns the end of the run of capitalised words from toks[j],
// before any possessive.
func (x *extractor) runEnd(toks []token, j int, used []bool) int {
	k := j
	for k < len(toks) && x.nameTok(toks, k, used) && !toks[k-1].poss {
		k++
	}
	return k
}

// twoBodies reports whether the "and" at toks[j] joins two bodies named
// in full, "Northwind Telecom and Maple Signal Communications", rather
// than two subjects in one body's name, "Securities and Exchange
// Commission", "Medical College and Hospital": the words before it are a
// name of two words or more ending in an organisation's word, and the
// words after it another that a public body's head does not end, unless
// one ends the words before it too ("Environment Agency and North
// Yorkshire Council").
func (x *extractor) twoBodies(toks []token, i, j int, used []bool) bool {
	if j-i < 2 || !orgSuffixes[toks[j-1].key] || j+1 < len(toks) && orgSuffixes[toks[j+1].key] {
		return false // "Lagos Events and Catering Services Ltd": what the one firm does
	}
	k := x.runEnd(toks, j+1, used)
	return k-(j+1) >= 2 && (!bodyHeads[toks[k-1].key] || bodyHeads[toks[j-1].key])
}

// serialBody reports whether the comma at toks[j] separates the subjects
// of a public body named as a list of single words, the last joined by
// "and" or "&" to its head: "Agriculture, Fisheries and Conservation
// Department", "Digital, Culture, Media and Sport Committee", "Foreign,
// Commonwealth & Development Office". The first word is no place and no
// given name, which a comma sets before a body's name in a sentence: "In
// Texas, Health and Human Services …".
func (x *extractor) serialBody(toks []token, i, j int, used []bool) bool {
	if _, known := gazetteer[toks[i].key]; known || givenname.Is(toks[i].key) {
		return false
	}
	for k := j + 1; k+2 < len(toks) && x.nameTok(toks, k, used) && !toks[k].hyph && !toks[k].poss; k += 2 {
		switch toks[k+1].key {
		case ",":
			continue
		case "and", "&":
			e := x.runEnd(toks, k+2, used)
			return e > k+2 && bodyHeads[toks[e-1].key]
		}
		return false
	}
	return false
}

// bodyHeads end the names of public bodies, which join their subjects
// with "and": "Department of Health and Human Services".
var bodyHeads = set(`commission committee department ministry agency authority council office board
	administration service services bureau hospital directorate inspectorate tribunal court`)

// IsBodyHead reports whether key ends the names of public bodies, which
// join their subjects with "and": "Department of Health and Human
// Services".
func IsBodyHead(key string) bool { return bodyHeads[key] }

// orgRunFrom reports whether the capitalised words from toks[j] end
// within four words, before any possessive, in an organisation's word.
func (x *extractor) orgRunFrom(toks []token, j int, used []bool) bool {
	for k := j; k < len(toks) && k < j+4 && x.nameTok(toks, k, used); k++ {
		if orgSuffixes[toks[k].key] {
			return true
		}
		if toks[k].poss {
			break
		}
	}
	return false
}

// menPlural reports whether key is a plural in -men of a noun for people,
// which takes "’s" as its possessive: "fishermen", "bowmen". A given name
// ("Carmen") or a place the gazetteer knows ("Bremen") is none.
func menPlural(key string) bool {
	if _, place := gazetteer[key]; place || givenname.Is(key) {
		return false
	}
	return len(key) > 5 && strings.HasSuffix(key, "men")
}

// officeHead reports whether toks[k], inside the capitalised run
// toks[i:j], is a noun for someone's job ending the name of an office
// before a given name and a surname: "Cedar County Emergency Management
// Coordinator Brian Halvorsen".
func officeHead(toks []token, i, k, j int) bool {
	return k >= i+2 && j == k+3 && agentNoun(toks[k].key) && givenname.Is(toks[k+1].key) &&
		!toks[k].hyph && !toks[k+1].hyph && !toks[k+2].hyph &&
		!slices.ContainsFunc(toks[i:k], func(t token) bool { return !t.word || t.poss })
}

// rankGrade reports whether toks[k] and the word after it are the grade
// written after a military rank: "First Class", "Second Class".
func rankGrade(toks []token, k int) bool {
	return k+1 < len(toks) && IsRankGrade(toks[k].text, toks[k+1].text)
}

// IsRankGrade reports whether the words a and b are the grade written
// after a military rank: "First Class" in "Sgt. First Class Dwayne Okoro",
// "Second Class" in "Petty Officer Second Class Ray Lee".
func IsRankGrade(a, b string) bool {
	return b == "Class" && (a == "First" || a == "Second" || a == "Third")
}

// doubleSurname reports whether toks[s:e] is a hyphenated surname the
// corpus writes after a given name: "Tavake-Evans" after "Rhodri
// Tavake-Evans".
func (x *extractor) doubleSurname(toks []token, s, e int) bool {
	return e-s == 2 && toks[s+1].hyph && x.st.doubles[toks[s].key+"-"+toks[s+1].key]
}

// onlyAs reports whether the name starting at toks[s] is all an article
// was told of someone's (NamedOnlyAs).
func onlyAs(toks []token, s int) bool {
	key := func(i int) string {
		if i < 0 {
			return ""
		}
		return toks[i].key
	}
	return NamedOnlyAs(key(s-3), key(s-2), key(s-1))
}

// RealNameLead returns how many of words, the punctuation and lower-case
// words after someone's name, lead in to the name that person goes by in
// law, or 0: five for ", whose real name is", three for "(real name" or
// ", birth name". The name must follow them. "Mary Smith, born Mary
// Jones," gives no such name: Smith is the name she goes by now.
func RealNameLead(words []string) int {
	at := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	if at(0) != "," && at(0) != "(" {
		return 0
	}
	switch {
	case at(1) == "whose" && realNameWords[at(2)] && at(3) == "name" && (at(4) == "is" || at(4) == "was"):
		return 5
	case realNameWords[at(1)] && at(2) == "name":
		return 3
	}
	return 0
}

// realNameWords say that a name is the one someone goes by in law:
// "whose real name is", "(birth name …)".
var realNameWords = set(`real full legal birth given actual`)

// realNameAt returns the offset of the real name that a phrase after a
// name ending before toks[e] gives ("Derek Pruett" in ", whose real name
// is Derek Pruett,"), or 0.
func realNameAt(toks []token, e int) int {
	if e >= len(toks) || toks[e].key != "," && toks[e].key != "(" {
		return 0 // the cheap check first: every name asks this
	}
	words := make([]string, 0, 5)
	for k := e; k < len(toks) && k < e+5; k++ {
		words = append(words, toks[k].key)
	}
	n := RealNameLead(words)
	if n == 0 || e+n >= len(toks) || !toks[e+n].word || !toks[e+n].cap {
		return 0
	}
	return toks[e+n].start
}

// NamedOnlyAs reports whether the three words before a name, in lower
// case and reading order, say that the name is all an article was told
// of someone's: "his name only as Rangi", "identified only as Abu
// Karim", "known only as Nell", "gave her name as Fern".
func NamedOnlyAs(w3, w2, w1 string) bool {
	if w1 != "as" {
		return false
	}
	if w2 == "only" {
		return w3 == "name" || w3 == "identified" || w3 == "known"
	}
	return w2 == "name"
}

// IsClergyStyle reports whether key, between the words prev and next (all
// in lower case), is a church's office written before a name: "Canon
// Mary Hale", "the Rev Canon Peter Ashdown", but "Canon said".
func IsClergyStyle(prev, key, next string) bool {
	return clergyStyles[key] && (givenname.Is(next) || prev == "rev" || prev == "reverend" || prev == "venerable")
}

// IsAddressStyle reports whether key, capitalised before two or more
// words of a name, is a style of address and no part of the name: "Sister
// Magdalene Achieng".
func IsAddressStyle(key string) bool { return addressStyles[key] }

// addressStyled reports whether toks[k] is a style of address before the
// words of a person's name up to toks[j]: two or more, none of them a
// word for a body or a company's legal form, which make the style part of
// a business's name ("Brother Industries Ltd", "Mama Mia Pizza Ltd").
func addressStyled(toks []token, k, j int) bool {
	return j-k >= 3 && toks[k].cap && addressStyles[toks[k].key] && !slices.ContainsFunc(toks[k+1:j], func(t token) bool {
		return orgSuffixes[t.key] || orgNouns[t.key] || legalForms[t.key]
	})
}

// clergyStyle reports whether toks[k] is a church's office before a
// name: "Canon Mary Hale".
func clergyStyle(toks []token, k int) bool {
	prev := ""
	if k > 0 {
		prev = toks[k-1].key
	}
	return k+1 < len(toks) && toks[k+1].cap && IsClergyStyle(prev, toks[k].key, toks[k+1].key)
}

// ColGiven reports whether "Col", written as text without its period
// between the lower-case word prev and the word next (keys, "" for none),
// is a shortened given name rather than a rank: after a civilian's role,
// "Truck driver Col Barnstable", "Shire ranger Col Fitzgerald"; but "army
// spokesman Col Petrenko", "said Col Rees" and "Military historian Col
// Jim Barker", a rank before a full name, hold the rank.
func ColGiven(prev, text, next string) bool {
	return text == "Col" && !givenname.Is(next) && civilianRole(prev)
}

// shortGiven reports whether toks[k], a rank's short form written
// without its period, is a shortened given name instead, as after a
// civilian's role before a surname: "Truck driver Col Barnstable".
func shortGiven(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].key
	}
	p := toks[k-1]
	return p.word && !p.cap && p.sent == toks[k].sent && ColGiven(p.key, toks[k].text, next)
}

// isTitle reports whether t is a title or honorific that can stand
// before a name.
func isTitle(t token) bool {
	return titleWords[t.key] || honorifics[t.key]
}

// forPortfolio reports whether the capitalised run at toks[i] follows an
// office ending in "for" ("Minister for Housing"), or "and" or "and the"
// after the capitalised words of such an office's portfolio ("Minister
// for Sustainability and the Environment").
func forPortfolio(toks []token, i int) bool {
	k := i - 1
	switch {
	case k >= 1 && toks[k].key == "the" && toks[k-1].key == "and":
		k -= 2
	case k >= 0 && toks[k].key == "and":
		k--
	default:
		return k >= 1 && toks[k].key == "for" && officeBefore(toks, k) && toks[k-1].sent == toks[i].sent
	}
	end := k
	for k >= 0 && toks[k].word && toks[k].cap && toks[k].sent == toks[i].sent {
		k--
	}
	return k < end && k >= 1 && toks[k].key == "for" && officeBefore(toks, k) && toks[k-1].sent == toks[i].sent
}

// officeBefore reports whether an office's title ends right before
// toks[k]: a title word, or a title's "of" and the body it is of
// ("Member of Parliament for East Coast GRC Faizal Rahmat").
func officeBefore(toks []token, k int) bool {
	return isTitle(toks[k-1]) || k >= 3 && toks[k-1].cap && toks[k-2].key == "of" && isTitle(toks[k-3])
}

// peopleNoun reports whether key is a noun for what a person is: a role,
// a relative or an everyday noun for people.
func peopleNoun(key string) bool {
	return roleNouns[key] || personCues[key] || everydayPeople[key]
}

// doer reports whether key is a word for a doer ("-er", "-ist", "-ee")
// that the corpus also writes in lower case: "Welder", "Florist"; or a
// word in "-man" whose first part the corpus writes in lower case:
// "Winchman" where "winch" is written too.
func (x *extractor) doer(key string) bool {
	for _, suf := range []string{"er", "ist", "ee"} {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+3 && x.st.lower[key] > 0 {
			return true
		}
	}
	stem, ok := strings.CutSuffix(key, "man")
	return ok && len(stem) >= 4 && x.st.lower[stem] > 0
}

// pluralOnly reports whether the corpus writes key in lower case only in
// the plural, as a noun for a trade: "Millwright Jan-Willem de Groot"
// opening a caption where "millwrights" is written too.
func (x *extractor) pluralOnly(key string) bool {
	return !strings.HasSuffix(key, "s") && x.st.lower[key] == 0 && x.st.lower[key+"s"] > 0
}

// kinFull reports whether toks[k:k+2] are a full name that a noun for
// kin opens: a given name and a surname, neither a word the corpus
// writes in lower case (see KinPair): "Sisters Pat Kingi, 81, and Maureen
// Kingi", but not "Brothers Pizza Company".
func (x *extractor) kinFull(toks []token, k int) bool {
	g, s := toks[k], toks[k+1]
	return g.word && s.word && g.cap && s.cap && g.sent == s.sent && givenname.Is(g.key) &&
		x.st.lower[g.key] == 0 && x.st.lower[s.key] == 0 && !stopwords[g.key] && !stopwords[s.key] && KinName(g.key, s.key)
}

// kinPair reports whether toks[k:k+4] are what a noun for kin opens: a
// given name, "and" and a full name of two words, in one sentence, none
// of them a word the corpus writes in lower case (see KinPair).
func (x *extractor) kinPair(toks []token, k int) bool {
	if k+3 >= len(toks) || !toks[k+1].word || toks[k+1].key != "and" {
		return false
	}
	for _, n := range []int{k, k + 2, k + 3} {
		if t := toks[n]; !t.word || !t.cap || t.sent != toks[k].sent || x.st.lower[t.key] > 0 || stopwords[t.key] {
			return false
		}
	}
	return KinPair(toks[k].key, toks[k+2].key, toks[k+3].key)
}

// afterQuoteMark reports whether toks[i] opens a quotation: "“Operation
// Linda Mimea”" is a name, whole.
func afterQuoteMark(toks []token, i int) bool {
	return i > 0 && !toks[i-1].word && strings.ContainsAny(toks[i-1].text, "“\"‘'")
}

// saintWords write "Saint" before a saint's name.
var saintWords = set(`st saint ste`)

// IsSaint reports whether key, in lower case, writes "Saint" before a
// saint's name: "st", "saint", "ste".
func IsSaint(key string) bool { return saintWords[key] }

// holderInside reports whether a given name or initials stand in
// toks[i:j-1], where the name of an office's holder would start.
func holderInside(toks []token, i, j int) bool {
	for k := i; k < j-1; k++ {
		if givenname.Is(toks[k].key) || IsInitials(toks[k].text) {
			return true
		}
	}
	return false
}

// holderAfterField returns the first word of an office holder's name when
// the capitalised run toks[i:j] ends in two or more words after the last
// word of a field, one the corpus writes in lower case or a field noun:
// "Coastal Development Mir Asfandyar Jamaldini" after "Minister for
// Fisheries and". A known given name ends the field: "Grace Fu Hai Yien".
// It returns -1 when there is no such word.
func (x *extractor) holderAfterField(toks []token, i, j int) int {
	last := -1
	for k := i; k < j; k++ {
		if !toks[k].word {
			return -1
		}
		if k > i && givenname.Is(toks[k].key) {
			break // a known given name starts the holder's name: "Grace Fu Hai Yien"
		}
		if x.st.lower[toks[k].key] > 0 || IsFieldNoun(toks[k].key) {
			last = k
		}
	}
	if last < i || j-last <= 2 {
		return -1
	}
	return last + 1
}

// IsFieldNoun reports whether key, in lower case, has the ending of an
// abstract noun that names a field of work and never a person:
// "development", "administration", "security", "technology".
func IsFieldNoun(key string) bool {
	if givenname.Is(key) {
		return false // "Felicity"
	}
	for _, suf := range []string{"ment", "tion", "sion", "ity", "ology"} {
		if strings.HasSuffix(key, suf) && len(key) >= len(suf)+5 {
			return true
		}
	}
	return false
}

// chunk turns the capitalised words toks[i:j] into candidate mentions: it
// strips titles ("Mexican President Claudia Sheinbaum"), finds places and
// organisations inside them ("U.S. President"), drops words whose capital
// says nothing, and classifies the rest.
func (x *extractor) chunk(out []cand, pi int, p *corpus.Paragraph, toks []token, i, j int, titled bool) []cand {
	if j-i >= 2 && toks[i].upper && orgNouns[toks[i].key] && toks[i+1].cap && !toks[i+1].upper {
		i++ // "the Berlin-based NGO SeaBridge Rescue": the noun for a body, in capitals
	}
	if j-i >= 3 && i >= 2 && rankGrade(toks, i-1) && toks[i-2].cap && toks[i-2].word {
		i++ // "Sgt. First Class Dwayne Okoro": the grade ends the rank
	}
	if j-i >= 2 && i >= 2 && toks[i].key == "charge" && toks[i-1].key == "in" && isTitle(toks[i-2]) {
		i++ // "Special Agent in Charge Renee Kaczmarek": the title ends in "Charge"
	}
	// A title prefix ends at the last title word before the name.
	r := i
	for k := j - 2; k >= i; k-- {
		if officeHead(toks, i, k, j) {
			r = k + 1
			break
		}
		if clergyStyle(toks, k) || toks[k+1].cap && x.st.styled[toks[k].key+" "+toks[k+1].key] ||
			k == i && addressStyled(toks, k, j) {
			// "Canon Price-Ogunbanjo" after "Canon Gwenllian
			// Price-Ogunbanjo".
			r = k + 1
			break
		}
		if k == i && toks[k].cap && StyleOfRespect(toks[k].key, toks[j-1].key) {
			// "Ustad Hafeez-ur-Rehman Qureshi": a style of respect
			// opening a name; but "Nisar Ustad" is a surname, and "Allama
			// Iqbal Open University" is named in honour.
			r = k + 1
			break
		}
		if isTitle(toks[k]) && toks[k].word && !toks[k+1].hyph { // not "CDR-SB", a scale's name
			if k > i && bracketedForm(toks, k-1) {
				continue // "Tata Steel (Pvt) Ltd": a company's form, not a private's rank
			}
			if k-2 >= i && toks[k-1].key == "of" && orgHeads[toks[k-2].key] && !isTitle(toks[k-2]) {
				continue // "Court of Justice of Cusco", "Ministry of Justice"
			}
			if givenname.Is(toks[k].key) && !(k+2 < j && givenname.Is(toks[k+1].key)) && (k > 0 && isTitle(toks[k-1]) && toks[k-1].sent == toks[k].sent || k == i && (j == i+2 || j == i+3 && toks[i+2].hyph)) {
				// "striker Dean Holt", "Paramedic Dean Okafor", "Dean
				// Okafor-Reid, a paramedic": a given name, not a title;
				// but "Associate Dean Jane Smith".
				continue
			}
			if k == i && shortGiven(toks, k) {
				break // "Truck driver Col Barnstable": Colin, not a colonel
			}
			if k+2 < j && orgHeads[toks[k+1].key] && toks[k+2].key == "of" && !isTitle(toks[k+1]) {
				continue // "General Directorate of Prisons": a word of the body's name
			}
			if k > i && toks[k-1].word && IsStyleInName(toks[k-1].text, toks[k].text) {
				continue // "Abdiwali Sheikh Farah": a style inside the name, after the given name
			}
			if descTitles[toks[k].key] && toks[k].cap && k > i && !isTitle(toks[k-1]) && !givenname.Is(toks[k+1].key) {
				continue // a noun inside a name: "Meridian Star Cruises"
			}
			if officeAdjectives[toks[k].key] && !isTitle(toks[k+1]) {
				continue // a title only before one: "Chief Financial Officer", but "Financial Conduct Authority"
			}
			if rest := toks[k+1 : j]; honorifics[toks[k].key] || !allSuffixes(rest) {
				r = k + 1
			}
			break
		}
	}
	// "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin": the second
	// word of a compound style.
	if r == i && j-i > 3 && IsStyleAfter(toks[i].key, toks[i+1].key) {
		r = i + 2
	} else if r > i && j-r > 2 && IsStyleAfter(toks[r-1].key, toks[r].key) {
		r++
	}
	// "Secretary of State Marco Rubio": the title runs over "of X". But
	// not over the first word of a place: "Governor of Ogun State".
	if r > i && r < j && !toks[r].cap && r+2 < j && !(r+3 == j && (placeSuffixes[toks[r+2].key] || toks[r+2].key == "state")) {
		r += 2
	}
	// After an office ending in "of" or "of the", the words before the
	// last two, a given name or initials belong to it too: "Leader of the
	// Opposition R. Manjunath Hegde", "Chancellor of the Exchequer Rachel
	// Reeves".
	// So do the words before a given name after an office ending in
	// "for", and after its portfolio joined by "and": "Minister for
	// Housing Fergal Breen", "Minister for Sustainability and the
	// Environment Desmond Kwek".
	afterOf := r > i+1 && (toks[r-1].key == "of" || toks[r-2].key == "of") ||
		r == i && i >= 3 && toks[i-1].key == "the" && toks[i-2].key == "of" && isTitle(toks[i-3]) && toks[i-3].sent == toks[i].sent ||
		r == i && forPortfolio(toks, i) && holderInside(toks, i+1, j)
	// A portfolio joined by "and" runs to its last field word where it
	// can, and the holder's name is all the words after it, whether or not
	// a given name is known: "Minister for Culture and Heritage
	// Development Papa Owusu Ankomah", "Minister for Sustainability and
	// the Environment Teo Mei Ling".
	holder := -1
	if r == i && i >= 1 && (toks[i-1].key == "and" || toks[i-1].key == "the") && forPortfolio(toks, i) {
		holder = x.holderAfterField(toks, i, j)
		afterOf = afterOf || holder >= 0
	}
	// But not after a body's name that ends in its topic of two words
	// joined by "and": "Chairman of the House Committee on Ways and
	// Means"; before a holder's name it is as before ("Chairperson of the
	// Portfolio Committee on Police Ian Cameron").
	afterOf = afterOf && !orgSuffixes[toks[j-1].key] && !orgSuffixes[strings.TrimSuffix(toks[j-1].key, "s")] && !placeSuffixes[toks[j-1].key] && // "director of the Civic Futures Institute"
		!(j-2 > i && toks[j-2].key == "and" && headedOn(toks, i, j))
	for afterOf && j-r > 2 && (holder < 0 && !givenname.Is(toks[r].key) && !(r > i && x.holderWithParticles(toks, r, j)) || r < holder) && !IsInitials(toks[r].text) && !toks[r].poss {
		r++
	}
	if holder >= 0 {
		// "… and Skills Development Datuk Seri Ahmad Fadzil Ismail": a
		// style opening the holder's name is not part of it.
		for j-r > 2 && isTitle(toks[r]) {
			r++
		}
		if j-r > 2 && IsStyleAfter(toks[r-1].key, toks[r].key) {
			r++
		}
	}
	// A noun for an ordinary person opening the sentence describes the
	// person named after it: "Retiree Lim Ah Moi", "Farmer John Mwangi".
	// A word for a doer does so only before a given name: "Render Unto
	// Artists" is a slogan.
	if r == i && j-i >= 2 && toks[i].initial && !givenname.Is(toks[i].key) && !toks[i].upper &&
		(x.doer(toks[i].key) && givenname.Is(toks[i+1].key) || x.pluralOnly(toks[i].key) && givenname.Is(toks[i+1].key) && !afterQuoteMark(toks, i) || peopleNoun(toks[i].key) && (givenname.Is(toks[i+1].key) || j-i >= 3 && !orgSuffixes[toks[j-1].key])) {
		r++
	}
	// So does a noun for kin or a couple before the given name it joins to
	// a full name: "Siblings Huia and Rawiri Kereama", "Couple Mark and
	// Jane Hill", but not "Brothers Pizza and Grill owner Tony Russo".
	if r == i && (j == i+2 && x.kinPair(toks, i+1) || j == i+3 && x.kinFull(toks, i+1)) && toks[i].initial && !toks[i].upper && kinGroups[toks[i].key] {
		r++ // "Sisters Pat Kingi, 81, and Maureen Kingi"
	}
	// So does a nationality before a given name, or before a name with
	// a particle in it: "the American Cassidy Okafor-Lane", "Kenyan Eliud
	// Kipchoge", "the South African Ruan van der Merwe".
	if d := demonymWords(toks, i, j); r == i && d > 0 && j-i >= d+2 && !toks[i+d-1].poss && !orgSuffixes[toks[j-1].key] &&
		(givenname.Is(toks[i+d].key) || slices.ContainsFunc(toks[i+d+1:j], func(t token) bool { return t.word && !t.cap && particles[t.key] })) {
		r += d
	}
	// So does a word for the one it competes or sides with: "Rival
	// Zephyr Electric said".
	if r == i && j-i >= 3 && toks[i].initial && rivalWords[toks[i].key] {
		r++
	}
	// So does a word for its trade: "Retailer Harwell Foods said",
	// "Carmaker Voss said"; but not "Promoters Guild of Ireland".
	if r == i && j-i >= 2 && toks[i].initial && !toks[i].upper && TradeOpens(toks[i].key, toks[i+1].key) {
		r++
	}
	// A word in capitals before a given name and a surname is an office
	// or a body: "Local MCA Peter Nkirote", "MNA Ali Khan".
	for k := r; k+2 < j; k++ {
		if initialismBefore(toks, k) {
			r = k + 1
			break
		}
	}
	hasTitle := r > i
	if hasTitle {
		out = x.prefixEntities(out, pi, p, toks, i, r)
	}
	lowTitle := i > 0 && toks[i-1].word && !toks[i-1].cap && (titleWords[toks[i-1].key] || personCues[toks[i-1].key] || everydayPeople[toks[i-1].key]) && toks[i-1].sent == toks[i].sent
	if lowTitle && titleModifiers[toks[i-1].key] && staffRole(toks, j) {
		lowTitle = false // "a former Severnbrook engineer", "a former Vaultline regional sales manager": the role after the name is what is former
	}
	// Words whose capital says nothing need evidence.
	needs := func(k int) bool {
		t := toks[k]
		if titled {
			return true
		}
		if t.upper {
			return len(t.key) > 5 || notAcronyms[t.key] || timeZones[t.key]
		}
		return k == i && t.initial && !hasTitle
	}
	unsure := -1
	for r < j && needs(r) && !x.st.evidence(toks[r].key) && !(r == i && x.titledSurname(toks, r)) {
		if r == i && j-r >= 3 && !titled && bodyTrades[toks[r].key] && x.st.lower[toks[r].key] > 0 {
			// "Operator Caledonian Isles Shipping (CIS) said": a trade
			// the corpus writes in lower case, opening the sentence,
			// describes the body named after it.
			r++
			continue
		}
		if r == i && j-r >= 2 && !titled && (orgSuffixes[toks[j-1].key] || placeSuffixes[toks[j-1].key] || facilities[toks[j-1].key] || listedOrg(toks[r:j])) {
			break // "Security Council", "Fire Service", "Save the Children": the name as a whole is evidence
		}
		if r == i && j-r >= 2 && !titled && !stopwords[toks[r].key] && !imperatives[toks[r].key] && toks[j-1].word &&
			(countryKeys[toks[j-1].key] || reachWords[toks[j-1].key] && slices.ContainsFunc(toks[r+1:j-1], func(t token) bool { return orgSuffixes[t.key] })) {
			break // "Sport Safe UK", "Climate Justice Network International": a body's name says where it works
		}
		if r == i && j-r >= 2 && spelledAfter(toks, i, j) {
			break // "Hebridean Sea Links (HSL)": the initials vouch for the whole name
		}
		if r == i && j-r >= 2 && !titled && toks[r].poss && plainPlurals[toks[r].key] {
			break // "Children’s Health Matters said": a possessive that opens a body's name
		}
		if r == i && j-r >= 3 && !titled && advocates(toks[r]) && toks[r+1].key == "for" {
			break // "Parents for Medical Freedom Ohio": a campaign's name
		}
		if r == i && j-r >= 3 && !titled && particles[toks[r].key] && toks[r+1].word && !toks[r+1].cap && particles[toks[r+1].key] {
			break // "Van der Merwe said": a particle before another opens a surname, not the noun "van"
		}
		if r == i && j-r >= 3 && !titled && bareNouns[toks[r].key] {
			break // "Man Kumari Pun, 54,": no sentence puts "man" before a name, so it is a given name
		}
		if r == i && j-r >= 3 && !titled && x.st.phrases[toks[r].key+" "+toks[r+1].key] {
			break // "Table Tennis England said": a phrase written in lower case too, capitalised as a name
		}
		if r == i && j-r >= 2 && !titled && x.st.pairsMid[toks[r].key+" "+toks[r+1].key] {
			break // "Parks Canada said": written so mid-sentence too, as a name
		}
		if r == i && j-r >= 2 && !titled && toks[r+1].hyph && x.st.doubles[toks[r].key+"-"+toks[r+1].key] {
			break // "Osei-Lindqvist said": a double surname the corpus writes after a given name
		}
		if r == i && j-r >= 2 && !titled && x.st.lower[toks[r].key] == 0 && x.restEvident(toks[r+1:j]) {
			break // "Tomasz Kowalczyk rose": the rest of the name is known
		}
		if r == i && j-r >= 2 && !titled && orgDescribed(p, toks, r, j) &&
			(fieldDescribed(p, toks, r, j) || bodyOpeners[toks[r].key] && !slices.ContainsFunc(toks[r+1:j], func(t token) bool { return nounLike([]string{t.key}) })) {
			// "Arts Alba, the national arts development body,": the
			// description names the body's field with its first word.
			// "Visit Strathmorven, the area’s tourism body,": a verb
			// that opens the names of bodies and campaigns; but not
			// before words that read as a common noun's, where the
			// verb's object is what the name is known by ("Stop Killing
			// Games").
			break
		}
		if r == i && j-r == 1 && !titled && (x.st.lower[toks[r].key] == 0 || orgDescribed(p, toks, r, j)) && !stopwords[toks[r].key] && describedSpeaker(p, toks, j) {
			// "Ofwat, the water regulator, said": a description and a
			// verb of speech vouch for it, and a description of a body
			// for a word written in lower case too: "Unite, the union
			// that represents the workers, said".
			break
		}
		if r == i && j-r == 1 && !titled && x.st.lower[toks[r].key] == 0 && !toks[r].upper && (agedAfter(toks, j) || agedAppositive(p, toks, j)) {
			break // "Syafrizal, 61, who like many Indonesians goes by one name,", "Abdelrahim, a 23-year-old from Darfur,": an age vouches for a person
		}
		if r == i && j-r == 1 && !titled && toks[r].upper && x.st.lower[toks[r].key] == 0 && i > 0 && toks[i-1].word && !toks[i-1].cap &&
			orgNouns[toks[i-1].key] && toks[i-1].sent == toks[i].sent {
			break // "the state weather bureau PAGASA said": a noun for a body vouches for a long initialism after it
		}
		if j-r == 1 && x.st.lower[toks[r].key] == 0 && !toks[r].upper {
			unsure = r // kept only if it names someone the article names in full
			break
		}
		r++
		if r < j && !toks[r].cap {
			r++ // a connector left at the front
		}
	}
	if unsure >= 0 {
		if c, ok := x.name(pi, p, toks, r, j, false, false); ok && c.typ == "" {
			c.unsure = true
			out = append(out, c)
		}
		return out
	}
	if titled {
		// In a headline-like line every word needs evidence: split at the others.
		for s := r; s < j; {
			e := s
			for e < j && (x.st.evidence(toks[e].key) || !toks[e].word || !toks[e].cap) {
				e++
			}
			if e > s {
				if c, ok := x.name(pi, p, toks, s, e, false, false); ok {
					out = append(out, c)
				}
			}
			s = e + 1
		}
		return out
	}
	if r >= j {
		return out
	}
	office := hasTitle && !honorificOnly(toks[i:r]) && !modifiersOnly(toks[i:r]) && !fieldOnly(toks, r, j)
	if c, ok := x.name(pi, p, toks, r, j, office || hasTitle && honorificOnly(toks[i:r]) || lowTitle, office); ok {
		if c.typ == "" && j-r >= 2 && (!givenname.Is(toks[r].key) || j-r >= 3) && spelledAfter(toks, r, j) {
			// A name of several words spelt out before its initials is a
			// body's, three words or more whatever the first: "Marine
			// Accident Investigation Branch (MAIB)".
			c.typ = Org
		}
		out = append(out, c)
	}
	return out
}

// describedSpeaker reports whether the word ending before toks[e] is set
// off by a description of a body or a person, and then speaks: "Ofwat,
// the water regulator, said". A word opening a sentence is not a name by
// its capital alone, but one that a description follows and a verb of
// speech completes is ("However, the regulator said" has neither).
func describedSpeaker(p *corpus.Paragraph, toks []token, e int) bool {
	d, ok := appositiveAfter(p, toks, e)
	if !ok {
		return false
	}
	k := e + 1
	for k < len(toks) && toks[k].end <= d.end {
		k++
	}
	if k < len(toks) && (toks[k].key == "that" || toks[k].key == "which" || toks[k].key == "who") {
		// "Unite, the union that represents the workers, said"
		for m := k + 1; m < len(toks) && m <= k+15 && toks[m].sent == toks[k].sent && toks[m].key != "“" && toks[m].key != "\""; m++ {
			if toks[m].key == "," {
				k = m
				break
			}
		}
	}
	if k+1 >= len(toks) || toks[k].key != "," || !personVerbs[toks[k+1].key] {
		return false
	}
	h := descHead(toks, d)
	return orgNouns[h] || titleWords[h] || roleNouns[h] || agentNoun(h)
}

// ageHead reports whether the description d is headed by an age: "a
// 23-year-old from Darfur".
func ageHead(toks []token, d desc) bool {
	for k := 2; k < len(toks); k++ {
		t := toks[k]
		if t.start < d.start || t.end > d.end || !t.word {
			continue
		}
		if t.key == "old" && t.hyph && toks[k-1].hyph && (toks[k-1].key == "year" || toks[k-1].key == "month") {
			return descHead(toks, d) == "old"
		}
	}
	return false
}

// roleAnd reports whether the noun toks[k] follows a person's role and
// "and", and so is a role too: "the author and broadcaster Saffron
// Blackwood".
func roleAnd(toks []token, k int) bool {
	return k >= 2 && toks[k-1].key == "and" && toks[k-2].word && !toks[k-2].cap && isRole(toks[k-2].key) && !orgNouns[toks[k-2].key]
}

// agedAppositive reports whether an appositive headed by an age follows
// the name ending before toks[e]: "Abdelrahim, a 23-year-old from Darfur,".
func agedAppositive(p *corpus.Paragraph, toks []token, e int) bool {
	d, ok := appositiveAfter(p, toks, e)
	return ok && ageHead(toks, d)
}

// agedAfter reports whether an age set off by commas follows the name
// ending before toks[e]: "Grace Tennant, 67,".
func agedAfter(toks []token, e int) bool {
	if e+2 >= len(toks) || toks[e].key != "," || !allDigits(toks[e+1].key) || len(toks[e+1].key) > 3 || toks[e+2].key != "," {
		return false
	}
	// Not digits grouped by commas: "Sh6,500,", "2,200,000".
	return toks[e+1].start > toks[e].end && (e+3 >= len(toks) || toks[e+3].start > toks[e+2].end)
}

// bracketedForms are the forms of a company written in brackets before
// its legal form: "(Pvt) Ltd", "(Pty) Limited", "(Private) Limited".
var bracketedForms = set(`pvt pty pte private proprietary`)

// IsBracketedForm reports whether key, in lower case and without a final
// period, is a company's form written in brackets before its legal form:
// "pvt" in "Zarnab Gloves (Pvt) Limited".
func IsBracketedForm(key string) bool { return bracketedForms[key] }

// bracketedForm reports whether toks[j:j+4] is a company's form in
// brackets and its legal form, which end its registered name: "(Pvt)
// Limited" in "Zarnab Gloves (Pvt) Limited".
func bracketedForm(toks []token, j int) bool {
	if j+3 >= len(toks) || toks[j].key != "(" || toks[j+2].key != ")" || toks[j+3].sent != toks[j].sent {
		return false
	}
	return bracketedForms[toks[j+1].key] && toks[j+1].cap && legalForms[toks[j+3].key] && toks[j+3].cap
}

// spelledAfter reports whether the name toks[i:j] is followed by its
// initials in brackets, one for each capitalised word: "Hebridean Sea
// Links (HSL)".
func spelledAfter(toks []token, i, j int) bool {
	if j+2 >= len(toks) || toks[j].key != "(" || !toks[j+1].upper || toks[j+2].key != ")" {
		return false
	}
	var b strings.Builder
	for _, t := range toks[i:j] {
		if t.word && t.cap {
			r, _ := utf8.DecodeRuneInString(t.text)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String() == toks[j+1].text
}

// styledName reports whether the three words toks[s:e] are a person's
// name opened by a family or clan style, a given name in the middle:
// "Chaudhry Nadeem Akhtar", "Sardar Ayaz Sadiq". The first word is no
// place's, no body's and no title, and the name stands where a person's
// does, after a comma and before a comma or a verb of speech.
func (x *extractor) styledName(keys []string, toks []token, s, e int) bool {
	if len(keys) != 3 || e-s != 3 || !givenname.Is(keys[1]) || givenname.Is(keys[0]) || givenname.Is(keys[2]) {
		return false
	}
	if _, known := gazetteer[keys[0]]; known || isDemonym(keys[0]) || orgSuffixes[keys[2]] || placeSuffixes[keys[2]] || x.st.lower[keys[0]] > 0 {
		return false
	}
	return s > 0 && toks[s-1].key == "," && e < len(toks) && (toks[e].key == "," || personVerbs[toks[e].key])
}

// restEvident reports whether every word of ts is evidently a name.
func (x *extractor) restEvident(ts []token) bool {
	for _, t := range ts {
		if t.word && t.cap && !x.st.evidence(t.key) {
			return false
		}
	}
	return true
}

// allSuffixes reports whether every word of ts ends names of organisations
// so that a title before them is part of the name ("General Motors",
// "Justice Department"); after the first, the last may say how far the
// body works ("Justice Network International").
func allSuffixes(ts []token) bool {
	for i, t := range ts {
		if !orgSuffixes[t.key] && !(i > 0 && i == len(ts)-1 && reachWords[t.key]) {
			return false
		}
	}
	return true
}

// honorificOnly reports whether a title prefix holds nothing but
// honorifics ("Mr", "Dr"), which say nothing about office.
func honorificOnly(ts []token) bool {
	for _, t := range ts {
		if t.word && !honorifics[t.key] && t.key != "dr" {
			return false
		}
	}
	return true
}

// fieldOnly reports whether the words toks[r:j] after a title ending in
// "of" or "for" name only the field of the office, with no given name or
// initials for its holder: "Minister of Tourism, Arts and Culture",
// "Director of Public Prosecutions".
func fieldOnly(toks []token, r, j int) bool {
	for r < j && !toks[r].cap {
		r++ // "Minister" + "of Tourism"
	}
	k := r - 1
	if k >= 1 && toks[k].key == "the" {
		k--
	}
	if k < 1 || toks[k].key != "of" && toks[k].key != "for" {
		return false
	}
	for _, t := range toks[r:j] {
		if givenname.Is(t.key) || IsInitials(t.text) {
			return false
		}
	}
	return true
}

// afterClock reports whether toks[s] follows a time of day, as the zone
// it is told in does: "5:00 AM ET", "14:30 PT".
func afterClock(toks []token, s int) bool {
	if s == 0 {
		return false
	}
	p := toks[s-1].key
	if p == "am" || p == "pm" || p == "a.m" || p == "p.m" || p == "a.m." || p == "p.m." {
		return true
	}
	if s >= 3 && len(p) == 2 && allDigits(p) && toks[s-2].key == ":" && allDigits(toks[s-3].key) {
		return true // "9:30 PT"
	}
	h, m, ok := strings.Cut(p, ".")
	return ok && allDigits(h) && allDigits(m) && len(m) == 2 // "9.30 BST"
}

// modifiersOnly reports whether a title prefix holds nothing but
// modifiers of titles ("Former"), which say nothing about a person.
func modifiersOnly(ts []token) bool {
	for _, t := range ts {
		if t.word && !titleModifiers[t.key] {
			return false
		}
	}
	return true
}

// prefixEntities finds the places and organisations named inside a title
// ("U.S. President", "White House press secretary", "Mexico's President").
func (x *extractor) prefixEntities(out []cand, pi int, p *corpus.Paragraph, toks []token, i, r int) []cand {
	for s := i; s < r; {
		if isTitle(toks[s]) || isDemonym(toks[s].key) || !toks[s].cap {
			s++
			continue
		}
		e := s + 1
		headOf := false
		// "Financial" in "Meridian Crest Financial Corp. Chief Executive"
		// is a title only before one: "Chief Financial Officer".
		office := func(k int) bool {
			return isTitle(toks[k]) && !(officeAdjectives[toks[k].key] && k+1 < r && !isTitle(toks[k+1]))
		}
		for e < r && !office(e) && !isDemonym(toks[e].key) && !toks[e-1].poss {
			if toks[e].key == "of" && ofHeads[toks[e-1].key] && toks[e-1].cap && e+1 < r && toks[e+1].cap && !isTitle(toks[e+1]) {
				headOf = true // "Reserve Bank of New Zealand Governor Adrienne Whitcombe"
				e += 2
				continue
			}
			if !toks[e].cap {
				break
			}
			e++
		}
		if e-s >= 2 && e < r && office(e) && titleOpeners[toks[e-1].key] {
			e-- // "Education Cabinet Secretary": the portfolio, then the office
		}
		var words []string
		for _, t := range toks[s:e] {
			words = append(words, t.key)
		}
		g, found := gazetteer[strings.Join(words, " ")]
		switch {
		case found:
			out = append(out, x.newCand(pi, p, toks, s, e, g.typ, g.canon))
		case orgSuffixes[toks[e-1].key] && e-s >= 2 || headOf:
			out = append(out, x.newCand(pi, p, toks, s, e, Org, ""))
		case e < r && isTitle(toks[e]) && !toks[s].initial && !stopwords[toks[s].key]:
			// "Nordair Chief Executive": a name before an office is an
			// organisation's when the article cues it as one elsewhere.
			c := x.newCand(pi, p, toks, s, e, "", "")
			c.orgCue, c.unsure = true, true
			out = append(out, c)
		}
		s = e
	}
	return out
}

// bareNouns are words for a person that name no role, so that one
// opening a name of three words is part of it.
var bareNouns = set(`man woman boy girl`)

// titleOpeners are words that open an office before a title word, and
// end no organisation's name there: "Cabinet Secretary", "Shadow
// Chancellor", "Permanent Secretary".
var titleOpeners = set(`cabinet shadow permanent principal`)

// brandBefore reports whether the name toks[s:e] stands between "a" or
// "an" and a lower-case noun or the end of a clause, as a brand or a
// model does ("bought a Latchwise Aria smart lock", "if you own a
// Latchwise Halo,"): a person's name takes no article, and a body's
// before a role ("a Reuters reporter") is an organisation's.
func brandBefore(toks []token, s, e int) bool {
	if s == 0 || e >= len(toks) || toks[s-1].key != "a" && toks[s-1].key != "an" {
		return false
	}
	nx := toks[e]
	switch nx.key {
	case ",", ".", ";", ":", ")":
		// "If you own a Latchwise Halo, update it"; but not "An Coimisiún
		// Pleanála," or "A Department for Science, Innovation and
		// Technology spokesperson".
		return !toks[s-1].cap && !toks[e-1].poss && !slices.ContainsFunc(toks[s:e], func(t token) bool { return IsConnective(t.key) })
	}
	return nx.word && !nx.cap && nx.sent == toks[s].sent && !toks[e-1].poss && !stopwords[nx.key] &&
		!personVerbs[nx.key] && !titleWords[nx.key] && !isRole(nx.key) && !orgNouns[nx.key]
}

// newCand makes the candidate mention toks[s:e].
func (x *extractor) newCand(pi int, p *corpus.Paragraph, toks []token, s, e int, typ Type, canon string) cand {
	c := cand{para: pi, start: toks[s].start, end: toks[e-1].end, typ: typ, canon: canon, entity: -1}
	if ownPossessive(toks, s, e) {
		c.end += len(possessiveAt(p.Text, c.end)) // "Harwell’s, the UK’s third-largest chain"
	}
	c.text = p.Text[c.start:c.end]
	for _, t := range toks[s:e] {
		if t.word {
			c.keys = append(c.keys, t.key)
		}
	}
	return c
}

// ownPossessive reports whether the ’s ending the name toks[s:e] is part
// of it, as in a shop's or a firm's name ("Harwell’s", "Moody's"): it
// possesses nothing, standing before a comma, a full stop or a verb of
// report, or it follows "a" or "an". A given name's or a place's ’s, or
// one after "like" or a title, is a possessive whose noun is left out:
// "experiences like Ellery’s".
func ownPossessive(toks []token, s, e int) bool {
	t := toks[e-1]
	if !t.poss || t.pluralPoss || e >= len(toks) || givenname.Is(toks[s].key) {
		return false
	}
	if _, known := gazetteer[t.key]; known {
		return false
	}
	if s > 0 && (ellipsisBefore[toks[s-1].key] || honorifics[toks[s-1].key]) {
		return false // "experiences like Ellery’s", "families like Ms. Dominguez-Pratt’s"
	}
	n := toks[e]
	if n.sent != t.sent {
		return true
	}
	if s > 0 && (toks[s-1].key == "a" || toks[s-1].key == "an") && n.word && !n.cap {
		return true // "a Harwell’s spokesperson": no article goes with what a name owns
	}
	return n.key == "," || n.key == "." || n.key == ";" || ownedVerbs[n.key]
}

// ellipsisBefore are the words before a possessive whose noun is left
// out: "like Ellery’s", "a friend of Tom's".
var ellipsisBefore = set(`like unlike than as of`)

// ownedVerbs follow a name whose ’s is its own: "Moody's said".
var ownedVerbs = set(`said says announced added told warned`)

// possessiveAt returns the possessive ending at text[i:]: ’s, 's or none.
func possessiveAt(text string, i int) string {
	for _, e := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasPrefix(text[i:], e) {
			return e
		}
	}
	return ""
}

// name classifies the name toks[s:e] and returns it as a candidate, with
// the descriptors written around it, or false when it is not a mention.
func (x *extractor) name(pi int, p *corpus.Paragraph, toks []token, s, e int, titled, office bool) (cand, bool) {
	honorific := s > 0 && honorifics[toks[s-1].key] && toks[s-1].cap
	// Drop connectors at the edges, but not a surname's particle after a
	// title: "Ms van Berkel".
	for s < e && !toks[s].cap && !(particles[toks[s].key] && s > 0 && isTitle(toks[s-1]) && toks[s-1].cap && s+1 < e && toks[s+1].cap) {
		s++
	}
	for e > s && !toks[e-1].cap && !(toks[e-1].hyph && givenSyllable(toks[e-1])) && !(e-1 > s && IsElided(toks[e-1].text)) { // but "Musée d’Orsay"
		e--
	}
	if s >= e {
		return cand{}, false
	}
	t := e
	for t-s > 1 && isTitle(toks[t-1]) && !toks[t-1].poss && !orgSuffixes[toks[t-1].key] && !officeOfThe(toks, s, t-1) &&
		!(t-s == 2 && givenname.Is(toks[s].key) && !toks[t-1].upper) && !listedOrg(toks[s:t]) && !executiveBody(toks[s:t]) {
		t-- // "MEXICO AMBASSADOR", but not "Office of the President", "Imran Sheikh" or "Health and Safety Executive"
	}
	if toks[t-1].cap {
		e = t // but not "Ministry of Justice", "Office of Inspector General", "Families for Justice"
	}
	for e-s > 1 && postnominals[toks[e-1].key] && toks[e-1].upper && !toks[e-2].upper {
		e-- // "Naomi Achterberg KC"
	}
	if e-s > 1 && vesselPrefixes[toks[s].key] && toks[s].upper {
		return cand{}, false // a ship: "MV Islay Star"
	}
	if e-s > 1 && e < len(toks) && toks[e].hyph && toks[e].key != "" && unicode.IsDigit(rune(toks[e].key[0])) {
		return cand{}, false // a model: "the Valmont VR-72 turboprop"
	}
	// A title alone is no name, but a surname that is a title word is:
	// "Archdeacon said" after "Simon Archdeacon".
	surname := e-s == 1 && x.st.titleSurnames[toks[s].key]
	if e-s == 1 && (isDemonym(toks[s].key) || isTitle(toks[s]) && !surname) {
		return cand{}, false
	}
	if allTitles(toks[s:e]) && !surname {
		return cand{}, false
	}
	c := x.newCand(pi, p, toks, s, e, "", "")
	c.titled = titled
	c.pronAfter = pronounAfter(toks, s, e)
	c.alone = onlyAs(toks, s) && !(e < len(toks) && toks[e].key != "" && unicode.IsDigit(rune(toks[e].key[0]))) // but "identified only as Recruit 3"
	c.person = c.person || c.alone
	c.realAt = realNameAt(toks, e)
	if s > 0 {
		c.gender = honorificGender[toks[s-1].key]
	}
	key := strings.Join(c.keys, " ")
	n := len(c.keys)
	first, last := c.keys[0], c.keys[n-1]
	// A word ending places is a surname's second half after a hyphen:
	// "Stefan Lindqvist-Moor".
	placeEnd := placeSuffixes[last] && !toks[e-1].hyph
	// A person's name takes no article: "the Charlotte Hornets" is a team
	// even though Charlotte is a given name.
	c.article = s > 0 && toks[s-1].key == "the"
	c.kindWord = n == 1 && c.article && orgSuffixes[first] && !surnameSuffixes[first]
	switch g, ok := gazetteer[key]; {
	case ok && !(dottedOnly[key] && !strings.HasSuffix(toks[e-1].text, ".")):
		c.typ, c.canon = g.typ, g.canon
	case n >= 2 && toks[s].cap && !givenname.Is(first) && bodyAbroad(toks[s:e]):
		c.typ = Org // "Musée des Beaux-Arts", "Museo del Prado", "Conseil d’État"
	case n >= 3 && demonym.Is(first) && gazetteer[strings.Join(c.keys[1:], " ")].typ == Org:
		c.typ = Org // "the American Red Cross": a nation's branch of a known body
	case n >= 2 && slices.ContainsFunc(toks[s:e], func(t token) bool { return t.key == "&" }):
		c.typ = Org // "Hollis & Crane": names joined by an ampersand are a firm's
	case n >= 2 && plainPlurals[first] && toks[s].poss:
		c.typ = Org // "Women’s Aid", "People’s Progressive Alliance"
	case n == 1 && plainPlurals[first]:
		return cand{}, false // "Women's tennis needs her": a noun, not a body's short name
	case n >= 2 && !givenname.Is(first) && quoted(toks, s, e) && x.st.lower[last] > 0:
		return cand{}, false // the poem “Low Water”: a title ending in an everyday word
	case n == 2 && (last == "line" || last == "lines") && lineColours[first]:
		return cand{}, false // "the Blue Line": a railway, not a shipping line
	case orgSuffixes[last] && (n >= 2 || toks[s].upper) && !(n == 2 && surnameSuffixes[last] && givenname.Is(first)) && !looseSuffix(toks, s, e) &&
		!(n >= 3 && (givenname.Is(first) || particles[first]) && particles[c.keys[n-2]]), // but "Femke de la Court" and "De la Court" are people
		n >= 2 && toks[e-1].text == "SpA",                      // but "Leamington Spa" is a town
		n >= 3 && reachWords[last] && orgSuffixes[c.keys[n-2]], // "Climate Justice Network International"
		executiveBody(toks[s:e]):                               // "Health Service Executive"
		c.typ = Org
	case n >= 2 && legalPrefixes[first] && toks[s].upper:
		c.typ = Org // "PT Harimau Nikel Sulawesi"
	case n >= 2 && !givenname.Is(first) && quoted(toks, s, e),
		n >= 2 && s >= 2 && quoted(toks, s, e) && namingVerbs[toks[s-2].key]:
		return cand{}, false // "Ghost Town" in quotation marks; a plan "which it calls “Paloma Basic”"
	case n >= 2 && toks[s].cap && orgInside(c.keys) && !(particles[first] && !toks[s].upper): // but "Mr ap Rhys" and "Ap Rhys said" are no AP
		c.typ = Org
	case n >= 2 && !givenname.Is(first) && brandBefore(toks, s, e),
		n >= 2 && !givenname.Is(first) && productAfter(toks, e, toks[s].sent):
		return cand{}, false // "a Latchwise Aria smart lock", "Kestrel Aria sedans": a brand, not a name
	case n == 1 && s > 0 && (first == "house" && toks[s-1].key == "the" || first == "x" && toks[s-1].key == "on"):
		c.typ = Org // "the House", "on X"
		c.canon = toks[s].text
	case n >= 3 && localGovernments[first] && c.keys[1] == "of" && !titled && e < len(toks) && toks[e].word && toks[e].sent == toks[s].sent && (personVerbs[toks[e].key] || bodyVerbs[toks[e].key]):
		c.typ = Org // "the Town of Fenwick Creek confirmed": the municipality speaks
	case n == 2 && givenname.Is(first) && (facilities[last] || placeEnd):
		c.typ = Person
	case n >= 4 && countryKeys[last] && slices.Contains(c.keys[1:3], "and") && !givenname.Is(first) && !titled:
		c.typ = Org // "Fisheries and Oceans Canada": see fieldsOfCountry
	case titled && (office || honorific) && !placeEnd || honorific:
		c.typ = Person
	case studioName(c.keys) && x.st.lower[first] == 0 && !inQuotation(p.Text[:toks[s].start]):
		c.typ = Org // "Lanternfish Games", "Epic Games": a studio, not an event
	case n >= 2 && facilities[last] && !toks[e-1].hyph, n >= 3 && first == "port" && c.keys[1] == "of",
		events[last] && (n >= 2 || s > 0 && toks[s-1].key == "the"):
		// Streets, parks, ports and buildings are not places here, and
		// events are not entities; but "Summit said" is a company.
		return cand{}, false
	case n >= 3 && linkedHead(c.keys, 0):
		c.typ = Org
	case n >= 2 && last == "district" && districtServices[c.keys[n-2]],
		n >= 3 && last == "management" && managedAssets[c.keys[n-2]]:
		c.typ = Org // "Calder County Health District", "Thornbury Ridge Capital Management"
	case n >= 2 && placeEnd:
		c.typ = Place
	case n >= 2 && placePrefixes[first] && (landforms[first] || !givenname.Is(c.keys[1])):
		// "Port Ellen", "Fort William": a landform word makes a place of
		// a given name, where "North" or "Saint" may not.
		c.typ = Place
	case n >= 2 && orgLed(c.keys), n >= 3 && campaignName(toks, s, e), n >= 2 && advocateNouns[first] && toks[s].cap && !toks[s].poss && !givenname.Is(c.keys[1]):
		// "Parents for Medical Freedom", "Americans for Prosperity";
		// "Citizens Advice Harrowby", "Parents Against Cuts": no one's
		// name opens with a plural of people; but "Residents Mary
		// O'Brien and John Kelly" are people.
		c.typ = Org
	case (givenname.Is(first) || functionGivens[first]) && n >= 2 && !orgSuffixes[last] && !c.article:
		c.typ = Person // "Will Ferrell": see functionGiven
	case titled && office, n >= 2 && x.titledSurname(toks, s):
		c.typ = Person // "spokesperson He Yanling"
	case n >= 2 && !givenname.Is(first) && nounLike(c.keys) && (orgSetOff(toks, s) || orgDescribed(p, toks, s, e)):
		c.typ = Org // "The developer, Stanmore Living, said", "Prairie Pointe Senior Living, a Tulsa-based company"
	case n >= 2 && !givenname.Is(first) && (quoted(toks, s, e) || nounLike(c.keys)):
		return cand{}, false // "Silver Comet" in quotation marks, "Modernisation Agenda"
	case n == 1 && !titled && camelName(toks[s].text) && !strings.HasSuffix(p.Text[:toks[s].start], "@") && !(s > 0 && toks[s-1].sent == toks[s].sent && ofProduct[toks[s-1].key]) &&
		!(e+1 < len(toks) && toks[e].text == "," && toks[e+1].key == "who"):
		// "FundNaija said", "PayPal said": a brand, no one's name; but
		// after "for" or "of" often a product's: "Vaultline's product
		// pages for FlexEarn".
		c.typ = Org
	case n == 1 && toks[s].upper && len(first) <= 5 && !notAcronyms[first] && !timeZones[first] && !afterClock(toks, s) && x.st.capMid[first] == 0 &&
		x.st.lower[first] == 0 && !shouting(toks, s):
		// An unknown short word in capitals is an initialism, unless the
		// corpus writes it as an ordinary word or it stands in a line of
		// capitals ("STRIKES ON CARTELS ON THE TABLE").
		c.typ = Org
	}
	// Evidence from the words around the name.
	if e < len(toks) {
		nx := toks[e]
		if nx.word && personVerbs[nx.key] && nx.sent == toks[s].sent && !toks[e-1].poss && !(c.article && n == 1) {
			c.person = true // but "the Chandlery said" is a body's name
		}
		if agedAfter(toks, e) {
			c.person, c.described = true, true // "Grace Tennant, 67,"
		}
		if nx.hyph && placeAffixes[nx.key] {
			c.place = true
		}
		if nx.word && !nx.cap && titleWords[nx.key] && nx.sent == toks[s].sent && !toks[e-1].poss && !identities[c.keys[0]] {
			c.orgCue = true // "Bramwell goalkeeper Ben Adeyemi"
		}
		if nx.word && !nx.cap && (nx.key == "shares" || nx.key == "stock" || clientNouns[nx.key] && !toks[e-1].poss) && nx.sent == toks[s].sent {
			c.orgCue = true // "Nordair shares fell", "every Vaultline customer"
		}
		if toks[e-1].poss && nx.word && !nx.cap && nx.sent == toks[s].sent && (companyOwned[nx.key] || nx.key == "chief" && e+1 < len(toks) && chiefOffices[toks[e+1].key]) {
			c.orgCue = true // "Orsolini’s chair", "Orsolini’s chief executive"
		}
		if e+1 < len(toks) && nx.word && !nx.cap && businessFunctions[nx.key] && toks[e+1].word && !toks[e+1].cap && isRole(toks[e+1].key) &&
			nx.sent == toks[s].sent && !toks[e-1].poss {
			c.orgCue = true // "a former Vaultline risk manager"
		}
		if nx.word && !nx.cap && (facilities[nx.key] || sitesAfter[nx.key]) && nx.sent == toks[s].sent && !toks[e-1].poss {
			c.place = true // "Plymouth station", "Falmouth coastguard"
		}
		if s == 0 && (nx.key == "—" || nx.key == "–" || nx.key == "-") {
			c.place = true // a dateline: "NORTHFIELD — After …"
		}
		if nx.key == "," && e+1 < len(toks) && !(e-s == 1 && len(toks[s].key) == 1) { // but "(D., N.M.)": a party
			if g, ok := gazetteer[toks[e+1].key]; ok && g.typ == Place && toks[e+1].cap {
				c.place = true // "Port Ellery, Maine"
			}
		}
	}
	hometown := false // the place after a person's age: the description after it is the person's
	if s > 0 {
		pv := toks[s-1]
		if s >= 2 && pv.word && !pv.cap && areaWords[pv.key] && pv.sent == toks[s].sent && toks[s-2].word && placePrepositions[toks[s-2].key] &&
			!orgSuffixes[toks[e-1].key] && !(e < len(toks) && toks[e].word && !toks[e].cap && !stopwords[toks[e].key]) {
			// "in south Lambridge", "across rural Ohio"; but not "from
			// central Government", nor a name that modifies a noun
			// after it: "into downtown Genentech offices".
			c.place = true
		}
		if pv.word && placePrepositions[pv.key] && pv.sent == toks[s].sent && !(s >= 2 && stakeNouns[toks[s-2].key]) && !x.doubleSurname(toks, s, e) &&
			!(pv.key == "from" && s >= 2 && toks[s-2].word && !toks[s-2].cap && sourceNouns[toks[s-2].key]) {
			// But "one from Okafor-Lane" after "Cassidy Okafor-Lane" is
			// no place, nor is "a statement from Spielwerk Lindenau":
			// texts and voices come from people and bodies.
			c.place = true
		}
		b, bp := s, pv // the name's start, before a capitalised article: "a spokesman for An Garda Síochána"
		if b >= 2 && (pv.key == "the" || pv.key == "an") && pv.cap && pv.sent == toks[s].sent {
			b--
			bp = toks[b-1]
		}
		if b >= 2 && toks[b-2].word && (!toks[b-2].cap || toks[b-2].initial) && (bp.key == "at" || bp.key == "for") && isRole(toks[b-2].key) ||
			s >= 2 && toks[s-2].word && (!toks[s-2].cap || toks[s-2].initial) && pv.key == "of" && titleWords[toks[s-2].key] && !honorifics[toks[s-2].key] {
			c.orgCue = true // "an analyst at Peel Hunt", "a spokesman for Tesco"
		}
		if pv.word && (!pv.cap || pv.upper) && orgNouns[pv.key] && pv.sent == toks[s].sent && !(personalOrgNouns[pv.key] && n >= 2 && givenname.Is(first)) && !roleAnd(toks, s-1) {
			c.orgCue = true // "aviation analytics firm Cirium"
		}
		if pv.word && !pv.cap && s >= 2 && toks[s-2].key == "news" && !toks[s-2].cap && pv.sent == toks[s].sent {
			c.orgCue = true // "the independent news site Al-Mirsad"
		}
		if (pv.key == "in" || pv.key == "of") && s >= 2 && ownedBy[toks[s-2].key] && pv.sent == toks[s].sent {
			c.orgCue = true // "Shares in Orsolini fell", "a stake in Nordair"
		}
		if pv.key == "of" && s >= 2 && compass[toks[s-2].key] {
			c.place = true // "west of Exeter"
		}
		if pv.key == "of" && s >= 4 && toks[s-2].key == "," && allDigits(toks[s-3].key) && toks[s-4].key == "," {
			c.place, hometown = true, true // "Graham Pettigrew, 58, of Solihull"
		}
		if (pv.key == "and" || pv.key == "or") && coordinatedPlace(toks, s-1) {
			c.place = true // "in Penzance and Helston"
		}
		if pv.key == "to" && s >= 2 && motionVerbs[toks[s-2].key] {
			c.place = true // "travel to Castlegate"
		}
		if pv.key == "," && s >= 2 && toks[s-2].cap && !x.doubleSurname(toks, s, e) && !(e < len(toks) && personVerbs[toks[e].key]) {
			// But "In court papers filed in London, Tavake-Evans alleges"
			// after "Rhodri Tavake-Evans".
			k := toks[s-2].key
			if g, ok := gazetteer[k]; ok && g.typ == Place || facilities[k] || placeSuffixes[k] {
				c.place = true // "Millbrook Lane, Harwick"
			}
		}
	}
	if ownPossessive(toks, s, e) {
		c.orgCue = true // "St Aldhelm’s", "Moody's": a person's name has no ’s
	}
	if c.orgCue && !titled && !honorific && !givenname.Is(first) {
		c.person = false // "Former City striker"
	}
	c.person = c.person || titled || givenname.Is(first) && n >= 2 && !c.article || x.styledName(c.keys, toks, s, e)
	c.descs = x.descriptors(p, toks, s, e, office)
	for _, d := range c.descs {
		switch head := descHead(toks, d); {
		case orgNouns[head]:
			c.orgCue = true // "Plastics Europe, a trade body,"
			if c.typ == Place && c.canon == "" {
				c.typ = Org // "Western Grid, the regional network operator"
			}
		case placeNouns[head] && d.start > c.end && !c.person:
			c.place = true // "Kettleby, the market town"
		case personCues[head] || roleNouns[head] && !orgNouns[head] || ageHead(toks, d) && d.start > c.end, // "Abdelrahim, a 23-year-old from Darfur,"
			d.start > c.end && agentNoun(head) && !siteNouns[head]:
			if !c.orgCue && c.typ == "" && !hometown {
				c.person = true // "Her husband, Callum,"
				c.described = c.described || ageHead(toks, d)
			}
		}
	}
	c.weak = n == 1 && c.typ == "" && !c.person
	return c, true
}

// products, after a name, make it a product's: "2023 Kestrel Aria
// sedans", "Orbis Nova handsets", "Latchwise Halo smart locks".
var products = set(`sedans suvs trucks pickups vans hatchbacks coupes cars vehicles models phones
	smartphones handsets laptops tablets consoles headsets locks doorbells thermostats speakers
	crossovers saloons sedan suv truck pickup hatchback coupe crossover saloon smartphone handset laptop
	doorbell thermostat`)

// productAfter reports whether toks[e], in sentence sent, names the kind
// of product a name before it is, maybe after "smart".
func productAfter(toks []token, e, sent int) bool {
	if e+1 < len(toks) && toks[e].key == "smart" {
		e++
	}
	return e < len(toks) && products[toks[e].key] && toks[e].sent == sent
}

// officeOfThe reports whether the title toks[t] ends an office's name
// after "of the": "Office of the President", "Department of the
// Attorney General".
func officeOfThe(toks []token, s, t int) bool {
	return t-s >= 3 && toks[t-1].key == "the" && toks[t-2].key == "of" && orgHeads[toks[t-3].key] && toks[t-3].cap
}

// lineColours name a city's railway lines: "the Green Line".
var lineColours = set(`red blue green orange yellow purple silver gold brown pink grey gray black white`)

// districtServices make a district a public body, not a place: "Calder
// County Health District", "Riverside Unified School District".
var districtServices = set(`health school water fire sanitation irrigation hospital transit park parks
	conservation utility sewer library drainage management abatement improvement protection recreation
	control transportation power electric port airport`)

// managedAssets make a name ending in "Management" a firm: "Thornbury
// Ridge Capital Management", "Halden Asset Management".
var managedAssets = set(`capital asset assets investment investments wealth fund funds portfolio property
	properties`)

// clientNouns, after a name, make it a business the people belong to:
// "every Vaultline customer", "Halden shareholders".
var clientNouns = set(`customer customers depositors shareholders employees executives subscribers
	policyholders bondholders franchisees management bosses`)

// staffModifiers stand between a name and the role of one of its staff:
// "a former Veratris regional sales manager".
var staffModifiers = set(`regional senior junior global national international local area district
	country divisional`)

// staffRole reports whether the lower-case words at toks[k] name a role
// on the staff of the name before them, so that "former" before that
// name qualifies the role: "engineer", "customers", "risk manager",
// "regional sales manager".
func staffRole(toks []token, k int) bool {
	low := func(k int) bool {
		return k < len(toks) && toks[k].word && !toks[k].cap && toks[k].sent == toks[k-1].sent
	}
	if low(k) && staffModifiers[toks[k].key] && low(k+1) {
		k++
	}
	if !low(k) {
		return false
	}
	return titleWords[toks[k].key] || clientNouns[toks[k].key] || businessFunctions[toks[k].key] && low(k+1) && isRole(toks[k+1].key)
}

// businessFunctions are the departments of a business that stand between
// its name and a role: "a Vaultline risk manager", "an Aldine sales
// director".
var businessFunctions = set(`risk compliance sales marketing product finance operations engineering
	software communications store branch plant factory account accounts research data
	procurement brand trading treasury firmware hardware security design quality legal payments`)

// sitesAfter are lower-case words that, after a name, make it the place
// the site is named for: "Plymouth station", "Falmouth coastguard".
var sitesAfter = set(`harbour harbor pier seafront coastguard port`)

// siteNouns end like nouns for people's roles but name places and
// buildings: "Kettleby, a former mining center".
var siteNouns = set(`center centre border corner quarter river harbor harbour shelter water tower
	sector corridor manor theater theatre chamber cluster`)

// compassWords are the points of the compass in lower case.
const compassWords = `north south east west north-east north-west south-east south-west northeast
	northwest southeast southwest`

// compass words before "of" make the name after it a place: "west of
// Exeter".
var compass = set(compassWords)

// areaWords name a part of a place written in lower case between a
// preposition of place and its name: "in south Lambridge", "across
// rural Ohio".
var areaWords = set(compassWords + `
	northern southern eastern western central rural suburban downtown coastal inner outer
	upstate downstate`)

// coordinatedPlace reports whether the name that ends just before the
// conjunction toks[k] is a place: a listed one, or one written after a
// preposition of place ("across Cornwall and Devon").
func coordinatedPlace(toks []token, k int) bool {
	e := k
	if e < 1 || !toks[e-1].word || !toks[e-1].cap || toks[e-1].poss {
		return false
	}
	b := e - 1
	for b > 0 && toks[b-1].word && toks[b-1].cap && toks[b-1].sent == toks[k].sent {
		b--
	}
	var words []string
	for _, t := range toks[b:e] {
		words = append(words, t.key)
	}
	if g, ok := gazetteer[strings.Join(words, " ")]; ok {
		return g.typ == Place
	}
	return b > 0 && toks[b-1].word && placePrepositions[toks[b-1].key] && toks[b-1].sent == toks[k].sent
}

// descHead returns the head word of a descriptor: its last word before a
// preposition ("head" of "head of transport policy at …") or before a
// participle that starts a clause ("company" of "a palm oil company
// listed in Jakarta"), lower case.
func descHead(toks []token, d desc) string {
	head := ""
	for k, t := range toks {
		if t.start < d.start || t.end > d.end || !t.word {
			continue
		}
		switch t.key {
		case "of", "at", "in", "for", "from", "with", "on", "where", "who", "which", "that":
			return head
		}
		if head != "" && (participleClause(toks, k) || postAdjectives[t.key]) {
			return head // "the body responsible for Britain’s track"
		}
		head = t.key
	}
	return head
}

// postAdjectives follow the noun they describe, opening a phrase after
// it: "the body responsible for the track".
var postAdjectives = set(`responsible accountable answerable`)

// participleClause reports whether toks[k] is a participle opening a
// clause after a noun: "listed in", "based in", "owned by",
// "operating from".
func participleClause(toks []token, k int) bool {
	key := toks[k].key
	if len(key) < 5 || !strings.HasSuffix(key, "ed") && !strings.HasSuffix(key, "ing") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].key {
	case "in", "by", "at", "on", "to", "from", "with", "across", "near", "outside":
		return true
	}
	return false
}

// isRole reports whether key is a title or a role noun, singular or
// plural ("analyst", "analysts").
func isRole(key string) bool {
	k := strings.TrimSuffix(key, "s")
	return titleWords[key] || roleNouns[key] || titleWords[k] || roleNouns[k]
}

// quoted reports whether the name toks[s:e] stands alone in quotation
// marks, a comma or period before the closing one allowed ("“Paloma
// Basic,”"): a nickname or a title, not a reference to a person.
func quoted(toks []token, s, e int) bool {
	if e+1 < len(toks) && (toks[e].key == "," || toks[e].key == ".") {
		e++ // “Paloma Basic,”
	}
	return s > 0 && e < len(toks) && (toks[s-1].key == "“" || toks[s-1].key == "\"") && (toks[e].key == "”" || toks[e].key == "\"")
}

// orgDescribed reports whether a description of a body is set off after
// the name toks[s:e]: "Prairie Pointe Senior Living, a Tulsa-based
// company that operates 23 facilities". A noun that may also name a
// person's work does not count ("Yohanes Tobing, 27, a furnace
// operator"), nor a name whose words before show it to be the end of a
// longer one the extractor split ("Investor Forum for Accountable
// Banking, a group", "Children’s Health Matters, a charity").
func orgDescribed(p *corpus.Paragraph, toks []token, s, e int) bool {
	if b := s - 1; b >= 0 && toks[b].word && (toks[b].cap && toks[b].key != "the" || toks[b].poss || toks[b].key == "for" || toks[b].key == "of") {
		return false
	}
	d, ok := appositiveAfter(p, toks, e)
	if !ok {
		return false
	}
	h := descHead(toks, d)
	return orgNouns[h] && !agentNoun(h) && !titleWords[h] && !roleNouns[h]
}

// fieldDescribed reports whether the appositive after the name toks[s:e],
// which orgDescribed found describes a body, names the body's field with
// the name's first word: "Arts Alba, the national arts development
// body,", "Heritage Malta, the national heritage agency,". A word the
// corpus also writes in lower case opens such names.
func fieldDescribed(p *corpus.Paragraph, toks []token, s, e int) bool {
	d, ok := appositiveAfter(p, toks, e)
	if !ok {
		return false
	}
	for k := e + 1; k < len(toks) && toks[k].start < d.end; k++ {
		if toks[k].start >= d.start && toks[k].word && !toks[k].cap && toks[k].key == toks[s].key {
			return true
		}
	}
	return false
}

// namingVerbs introduce the name given to a thing: "a plan it calls
// “Paloma Basic”".
var namingVerbs = set(`call calls called dub dubs dubbed brand brands branded christened`)

// nounSuffixes end common nouns rather than names.
var nounSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "agenda", "ing", "ology"}

// pluralNouns are plural nouns that end the names of departments and
// programmes, never people's: "Rural Affairs", "Public Works".
var pluralNouns = set(`affairs services relations resources operations studies sciences works
	sports athletics fisheries communities rights matters`)

// orgSetOff reports whether the name at toks[s] is set off after a
// description of a body: "The developer, Stanmore Living,".
func orgSetOff(toks []token, s int) bool {
	return s >= 3 && toks[s-1].key == "," && orgNouns[toks[s-2].key] && !toks[s-2].cap && toks[s-3].key == "the"
}

// camelName reports whether w is one word written in two capitalised
// parts, as brands are ("FundNaija", "PayPal", "YouTube"), where no part
// before the second capital is a family name's prefix ("McCarthy",
// "MacLeod", "DeSantis", "VanDyke", "FitzGerald", "VanderMeer",
// "AbuBakar", "MohdRazak") or a given name's
// ("LaToya", "DeShawn"): the first part has three letters or more and is
// no particle or given name ("TomHoman", a handle's two names run
// together).
func camelName(w string) bool {
	rs := []rune(w)
	if len(rs) < 5 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for i := 1; i < len(rs); i++ {
		if !unicode.IsLetter(rs[i]) {
			return false
		}
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			head := strings.ToLower(string(rs[:i]))
			return i >= 3 && !particles[head] && !nameHeads[head] && !givenname.Is(head) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
		}
	}
	return false
}

// ofProduct are the words after which a brand's name is as often a
// product's as a company's.
var ofProduct = set(`for of`)

// nameHeads are the parts before a second capital that begin family
// names: "MacDonald", "FitzGerald".
var nameHeads = set(`mac fitz sha san ver des vander vanden vande santa abu abd ould mohd`)

// nounLike reports whether a word of the name ends like a common noun
// ("Modernisation Agenda").
func nounLike(keys []string) bool {
	for _, k := range keys {
		if pluralNouns[k] {
			return true
		}
		for _, suf := range nounSuffixes {
			if len(k) > len(suf)+2 && strings.HasSuffix(k, suf) {
				return true
			}
		}
	}
	return false
}

// orgInside reports whether a name reads like an organisation's from its
// inner words: a head followed by "of" ("New England Journal of
// Medicine"), a known organisation first ("BBC Radio Cornwall") or an
// organisation's last word before a known place ("Imperial College
// London").
func orgInside(keys []string) bool {
	n := len(keys)
	for k := 1; k+2 < n; k++ {
		if linkedHead(keys, k) {
			return true
		}
	}
	if g, ok := gazetteer[keys[0]]; ok && g.typ == Org && !orgSuffixes[keys[0]] {
		return true
	}
	if slices.Contains(keys[1:], "bros") {
		return true // "Warner Bros. Discovery", "Bellamy Bros. Circus"
	}
	if n >= 3 && orgSuffixes[keys[n-2]] {
		if g, ok := gazetteer[keys[n-1]]; ok && g.typ == Place {
			return true
		}
	}
	return false
}

// linkedHead reports whether keys[k] is the head of an organisation's
// name joined to the rest by a preposition: "Department of", "Centers
// for", "Council on", "Committee to", "Embassy in", and after the trade of
// a union's members, "Communications Workers of".
func linkedHead(keys []string, k int) bool {
	if k+1 >= len(keys) {
		return false
	}
	h, p := keys[k], keys[k+1]
	return orgHeads[h] && (p == "of" || p == "for") || onHeads[h] && p == "on" || toHeads[h] && p == "to" || inHeads[h] && p == "in" ||
		unionHeads[h] && p == "of" && k > 0
}

// heldOffice reports whether the capitalised run from toks[j] holds a
// title or a given name, as an office and its holder do: "Men’s Singles
// Champion Carlos Alcaraz", "Children’s Commissioner Anne Longfield".
func (x *extractor) heldOffice(toks []token, j int, used []bool) bool {
	for k := j; k < len(toks) && toks[k].sent == toks[j].sent && x.nameTok(toks, k, used); k++ {
		if isTitle(toks[k]) || givenname.Is(toks[k].key) {
			return true
		}
		if toks[k].poss {
			break
		}
	}
	return false
}

// plainPlurals are the plurals of people without an s, whose possessive
// may open a body's name as "Workers’" does: "Women’s Aid".
var plainPlurals = set(`children women men people`)

// IsPlainPlural reports whether key, in lower case, is a plural of people
// without an s, whose "’s" may belong inside a body's name: "Children’s
// Hospital", "Women’s Aid".
func IsPlainPlural(key string) bool { return plainPlurals[key] }

// orgLed reports whether a name reads like an organisation's from its
// head: "Bank of America", "University of Texas", or from a word for a
// company or group in another language: "Groupe Aurenne", "Grupo Bimbo".
func orgLed(keys []string) bool {
	return len(keys) >= 3 && orgHeads[keys[0]] && (keys[1] == "of" || keys[1] == "for") ||
		len(keys) >= 2 && foreignOrgHeads[keys[0]]
}

// bodyAbroad reports whether the name ts is a body's in French, Spanish,
// Italian or Portuguese: a word for a body, then a particle or an elided
// article before the rest ("Musée des Beaux-Arts", "Ministère de la
// Culture", "Conseil d’État"), where a particle after a given name makes
// a person's ("Charles de Gaulle").
func bodyAbroad(ts []token) bool {
	if len(ts) < 2 || !ts[1].word || ts[1].cap {
		return false
	}
	head := ts[0].key
	if !orgHeads[head] && !foreignOrgHeads[head] && !bodyHeadsAbroad[head] {
		return false
	}
	return romanceParticles[ts[1].key] && len(ts) >= 3 || IsElided(ts[1].text)
}

// bodyHeadsAbroad are words for a public body, a school, a museum or a
// court that open its name in French, Spanish, Italian or Portuguese.
// Palaces and theatres are left out: their names are most often the
// buildings' ("Palacio de la Moneda").
var bodyHeadsAbroad = set(`musée museo museu conseil consejo consiglio conselho institut instituto istituto
	ministère ministerio ministero ministério comité comitato fondation fundación fundação fondazione
	université universidad università universidade tribunal tribunale cour corte agence agencia agenzia
	assemblée asamblea parti partido partito bibliothèque biblioteca gendarmerie préfecture prefectura
	prefettura caisse caja chambre cámara centre centro école escuela scuola hôpital ospedale lycée liceo
	direction dirección direzione fédération federación federazione confédération confederación syndicat
	sindicato académie academia accademia observatoire observatorio orchestre orquesta banque
	secrétariat secretaría`)

// romanceParticles join a body's head to the rest of its name in French,
// Spanish, Italian or Portuguese: "Banque de France", "Museo del Prado".
// They are the Romance languages' particles among those of people's
// names (particles); "van" or "al" after a body's word opens no body's
// name here.
var romanceParticles = set(`de des du del della delle dello dei degli da das do dos la le los las di`)

// initialismBefore reports whether toks[k] is an office's or a body's
// initialism (IsOfficeInitialism) before a given name.
func initialismBefore(toks []token, k int) bool {
	return toks[k].word && IsOfficeInitialism(toks[k].text) && !toks[k+1].upper && givenname.Is(toks[k+1].key)
}

// IsOfficeInitialism reports whether text, three to five capital letters,
// can stand before a person's name as an office or a body does ("MCA",
// "MNA", "BBC"): two capitals are a person's initials or part of a name
// ("YS Jagan Mohan Reddy", "JP Morgan Chase"), and a ship's prefix is part
// of its name ("USS Abraham Lincoln").
func IsOfficeInitialism(text string) bool {
	if len(text) < 3 || len(text) > 5 || vesselPrefixes[strings.ToLower(text)] {
		return false
	}
	for _, c := range text {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// allTitles reports whether every word of ts is a title, honorific or
// demonym.
func allTitles(ts []token) bool {
	for _, t := range ts {
		if t.word && t.cap && !isTitle(t) && !isDemonym(t.key) {
			return false
		}
	}
	return true
}

// demonymWords returns how many words of toks[k:j] a nationality opening
// them takes: one ("Kenyan"), two after a point of the compass ("South
// African", "North Korean"), or none.
func demonymWords(toks []token, k, j int) int {
	switch {
	case k < j && isDemonym(toks[k].key):
		return 1
	case k+1 < j && demonym.Compound(toks[k].key, toks[k+1].key):
		return 2
	}
	return 0
}

// isDemonym reports whether key names a nationality, a party or a
// religion, singular or plural ("the Italians", "Republicans").
func isDemonym(key string) bool {
	return demonym.Is(key) || affiliations[key] || affiliations[strings.TrimSuffix(key, "s")]
}

// nameKey returns the lower-case key of a name as the keys of its words
// make it: words split at spaces and hyphens, each lower case without a
// final period, curly apostrophes made straight, joined by spaces, a
// leading "the" removed. "The U.S.-Mexico" is "u.s mexico".
func nameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	word := func(w string) {
		w = strings.TrimSuffix(w, ".")
		if w == "" || b.Len() == 0 && strings.EqualFold(w, "the") {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			if r == '’' {
				r = '\''
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) || r == '-' {
			if start >= 0 {
				word(s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		word(s[start:])
	}
	return b.String()
}

// gameEvents are the words that name sporting events before "Games":
// "Commonwealth Games", "Highland Games".
var gameEvents = set(`olympic paralympic commonwealth asian pan highland invictus island islands youth
	world european african arab mediterranean summer winter x goodwill masters gay warrior
	special pacific central hunger southeast south east west north nordic maccabiah`)

// studioName reports whether keys name a games studio rather than an
// event: "Lanternfish Games", "Epic Games", but not "Commonwealth Games",
// "Asian Games" or "Glasgow Games".
func studioName(keys []string) bool {
	if len(keys) != 2 || keys[1] != "games" {
		return false
	}
	_, place := gazetteer[keys[0]]
	return !place && !gameEvents[keys[0]] && !isDemonym(keys[0]) && !allDigits(keys[0])
}

// inQuotation reports whether text, a paragraph up to some word, leaves a
// quotation open: the word is inside it, a title in quotation marks
// perhaps, "“My 60 Memorable Games”".
func inQuotation(text string) bool {
	open := strings.Count(text, "“") - strings.Count(text, "”")
	return open > 0 || strings.Count(text, "\"")%2 == 1
}

// bodyOpeners are verbs that open the names of bodies and campaigns:
// "Visit Wales", "Keep Britain Tidy", "Stop Funding Hate", "Protect Our
// Winters".
var bodyOpeners = set(`visit keep stop save protect`)

// imperatives open sentences that bid the reader look at something:
// "Take Britain, for example".
var imperatives = set(`take consider compare look visit imagine remember ask tell picture`)

// reachWords end a body's name after its noun, saying how far it works:
// "Amnesty International", "Climate Justice Network International".
var reachWords = set(`international global worldwide`)

// IsStyleAfter reports whether key, in lower case, completes the compound
// Malay style that prev opens: "Seri" in "Datuk Seri", "Sri" in "Tan Sri",
// "Puan" in "Toh Puan".
func IsStyleAfter(prev, key string) bool {
	switch key {
	case "seri", "sri", "paduka":
		switch prev {
		case "datuk", "dato", "datin", "tan", "puan", "tun":
			return true
		}
	case "puan":
		return prev == "toh"
	}
	return false
}

// midNameStyles are styles that Somali, Malay, Minangkabau and other
// names carry between the given name and the surname as well as before
// the name: "Hassan Sheikh Mohamud", "Abdullahi Haji Ahmed", "Zulkifli
// Datuk Rajo".
var midNameStyles = set(`sheikh sheekh haji hajji xaaji datuk dato datin`)

// IsStyleInName reports whether style, a word such as "Sheikh" written
// after the word prev, is part of a name rather than a title before one:
// prev is a capitalised word that is not a title, a nationality or a place
// the gazetteers list ("Hassan Sheikh Mohamud", but "Qatar Sheikh
// Tamim"). Callers pass a style that stands between two words of one run
// of capitalised words, so that a word of the name follows it too.
func IsStyleInName(prev, style string) bool {
	if !midNameStyles[strings.ToLower(style)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev)
	key := strings.ToLower(strings.TrimSuffix(prev, "."))
	if !unicode.IsUpper(r) || strings.ToUpper(prev) == prev || titleWords[key] || honorifics[key] || isDemonym(key) {
		return false
	}
	_, listed := gazetteer[key]
	return !listed
}

// mixedInitials reports whether w is three letters written as the
// initials of a name with a connective in the middle: "DfE" for the
// Department for Education, "OfS", "DoJ".
func mixedInitials(w string) bool {
	r := []rune(w)
	return len(r) == 3 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) && unicode.IsUpper(r[2])
}

// looseSuffix reports whether the name toks[s:e] ends in a word that ends
// a body's name only after a run of a body's words with no initial among
// them, two for "Operator" and "Markets" and three for "Branch"
// ("Electricity System Operator", "Harvest Lane Markets", "Rail Accident
// Investigation Branch"), but ends too a creek ("Cold Branch"), a town
// ("West Long Branch"), a song ("Smooth Operator"), a bank's desk
// ("Emerging Markets"), a market hall ("Kirkgate Markets") or a person's
// name ("Mary Ellen Branch", "Deion L. Branch").
func looseSuffix(toks []token, s, e int) bool {
	if !looseSuffixes[toks[e-1].key] {
		return false
	}
	if e-s < 3 || e-s < 4 && toks[e-1].key == "branch" {
		return true
	}
	for _, t := range toks[s:e] {
		if utf8.RuneCountInString(strings.TrimSuffix(t.text, ".")) == 1 {
			return true
		}
	}
	return false
}
