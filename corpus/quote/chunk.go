package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus/demonym"
	"parallax/corpus/entity"
	"parallax/corpus/givenname"
)

// A chunkKind says what a name names, as far as the words around it tell.
type chunkKind uint8

const (
	nameOther  chunkKind = iota // a place, a thing, or a name of unknown kind
	namePerson                  // has a personal title or a common given name
	nameOrg                     // has a word such as Foundation, Ministry or Inc.
)

// A chunk is a mention of a name in a paragraph together with the title or
// description written right before it: "Mexican President" + "Claudia
// Sheinbaum", "White House deputy press secretary" + "Anna Kelly".
type chunk struct {
	first, last int      // tokens [first, last] of the whole mention
	nameFirst   int      // first token of the name
	title       []string // keys of the title's words
	name        string   // the name as written, without a possessive ending
	keys        []string // keys of the name's words
	kind        chunkKind
	poss        bool   // the mention ends in a possessive
	place       bool   // an entity extractor found a place here
	typedPerson bool   // only an entity extractor says it names a person
	nick        string // the key of a nickname written inside the name: "sal" of Salvatore “Sal” Ferrante
	brand       bool   // the name stands between "a" and a noun: "a Latchwise Aria smart lock"
	played      bool   // the title holds a rank in lower case, a part played: "pantomime dame"
	family      string // the key of the family name a relative named by a given name takes: "harker" of "his wife, Bridget"
	kin         byte   // the gender the word for that relative gives: 'f' of "his wife"
	kinGroup    bool   // a noun for kin opens the names this one is among: "Siblings Huia and Rawiri Kereama"
}

// styles returns the words of the chunk's title that say the person's
// sex: all of them but a rank written in lower case, which is a part
// the person plays ("pantomime dame Reggie Platt" is a man).
func (c chunk) styles() []string {
	if !c.played {
		return c.title
	}
	return slices.DeleteFunc(slices.Clone(c.title), func(t string) bool { return ranks[t] })
}

// A lexicon holds what the whole corpus says about words: how often each
// appears in lower case, which tells common words from names.
type lexicon struct {
	lower map[string]int
	// quoted counts the words a quotation writes in lower case, which
	// name things too: "Everybody thinks millwrights are fearless".
	quoted map[string]int
	// phrases holds two words written together in lower case: "table
	// tennis", which a name may capitalise ("Table Tennis England").
	phrases map[string]bool
	pairs   map[string]int // two capitalised words written inside a sentence: "last harvest"
	// lastNames holds the words that end a name after a given name inside
	// a sentence: "gillespie" from "Peter Gillespie", not "andrew" from
	// "Ryan Andrew Tait".
	lastNames map[string]bool
	// styled holds a church's office and the surname it was written
	// before, after a given name: "canon price" from "Canon Gwenllian
	// Price-Ogunbanjo".
	styled map[string]bool
	// particled holds the surnames opening with particles in lower case
	// that a name runs on to: "van der veen" from "Annelies van der Veen".
	particled map[string]bool
}

// newLexicon counts the lower-case words of texts.
func newLexicon() *lexicon {
	return &lexicon{lower: make(map[string]int), quoted: make(map[string]int), phrases: make(map[string]bool), pairs: make(map[string]int), lastNames: make(map[string]bool), styled: make(map[string]bool), particled: make(map[string]bool)}
}

// add counts the lower-case words among toks, and the pairs of capitalised
// words that do not start a sentence.
func (l *lexicon) add(toks []token) {
	for i, t := range toks {
		if t.kind == word && !t.cap && t.key != "" {
			if c := t.key[0]; c < '0' || c > '9' {
				l.lower[t.key]++
			}
			if p := toks[max(i-1, 0)]; i > 0 && p.kind == word && !p.cap && p.unit == t.unit && !stopwords[p.key] && !stopwords[t.key] {
				l.phrases[p.key+" "+t.key] = true // only pairs a name could hold, to keep the map small
			}
		}
		if i+1 < len(toks) && (nameWord(toks, i) || functionStart(toks, i)) && nameWord(toks, i+1) && !unitInitial(toks, i) && toks[i+1].unit == t.unit {
			l.pairs[t.key+" "+toks[i+1].key]++
			if isGivenName(t.key) && (i+2 >= len(toks) || toks[i+2].unit != t.unit || !nameWord(toks, i+2)) {
				l.lastNames[toks[i+1].key] = true
			}
		}
		if i+2 < len(toks) && toks[i+2].cap && toks[i+2].kind == word && clergyStyle(toks, i) {
			l.styled[t.key+" "+toks[i+2].key] = true
		}
		if i+2 < len(toks) && t.cap && entity.IsAddressStyle(t.key) && toks[i+1].kind == word && toks[i+1].cap && toks[i+2].kind == word && toks[i+2].cap && !entity.IsOrgNoun(toks[i+2].key) &&
			(i+3 == len(toks) || toks[i+3].kind != word || !toks[i+3].cap) {
			l.styled[t.key+" "+toks[i+1].key] = true // "Sister Magdalene" after "Sister Magdalene Achieng"
		}
		if i > 0 && nameWord(toks, i-1) && toks[i-1].unit == t.unit && surnameParticles[t.key] && !t.cap {
			if k := particlesTo(toks, i); k > i {
				l.particled[strings.Join(keysOf(toks[i:k+1]), " ")] = true
			}
		}
	}
}

// addQuoted counts the lower-case words of the quotations in x.
func (l *lexicon) addQuoted(x *para) {
	for _, r := range x.regions {
		for _, w := range strings.FieldsFunc(x.p.Text[r.start:r.end], func(c rune) bool { return !isWordRune(c) && c != '-' }) {
			if c, _ := utf8.DecodeRuneInString(w); unicode.IsLower(c) {
				l.quoted[strings.ToLower(w)]++
			}
		}
	}
}

// namePair reports whether toks[i] and the word after it are written
// together inside a sentence somewhere in the corpus, so that a common
// word opening a sentence still starts the name: "Last Harvest said",
// "Human Rights Watch said".
func (l *lexicon) namePair(toks []token, i int) bool {
	return i+1 < len(toks) && nameWord(toks, i+1) && toks[i+1].unit == toks[i].unit && l.pairs[toks[i].key+" "+toks[i+1].key] > 0
}

// surname reports whether the corpus writes key after a given name inside
// a sentence: "ortega-banks" after "Luis Ortega-Banks".
func (l *lexicon) surname(key string) bool {
	for p := range l.pairs {
		if g, k, ok := strings.Cut(p, " "); ok && k == key && isGivenName(g) {
			return true
		}
	}
	return false
}

// kinOpened reports whether a noun for kin opens chunk c, inside it
// ("Siblings Huia", split from the name) or just before it ("the
// siblings Huia and Rawiri Kereama").
func kinOpened(toks []token, c chunk, lex *lexicon) bool {
	if c.nameFirst > c.first {
		return toks[c.nameFirst-1].kind == word && entity.IsKinGroup(toks[c.nameFirst-1].key)
	}
	return c.first > 0 && toks[c.first-1].kind == word && entity.IsKinGroup(toks[c.first-1].key) && c.first == c.last && lex.kinPair(toks, c.first)
}

// kinPair reports whether toks[k:k+4] are what a noun for kin opens: a
// given name, "and" and a full name of two words, in one sentence, none
// of them a common word (see entity.KinPair): "Huia and Rawiri
// Kereama", but not "Pizza and Grill owner".
func (l *lexicon) kinPair(toks []token, k int) bool {
	if k+3 >= len(toks) || toks[k+1].kind != word || toks[k+1].key != "and" {
		return false
	}
	for _, n := range []int{k, k + 2, k + 3} {
		if t := toks[n]; t.kind != word || !t.cap || t.unit != toks[k].unit || l.common(t.key) {
			return false
		}
	}
	return entity.KinPair(toks[k].key, toks[k+2].key, toks[k+3].key)
}

// kinFull reports whether toks[k:k+2] are a full name that a noun for kin
// opens: a given name and a surname, neither a common word nor a word of
// bodies: "Sisters Pat Kingi, 81, and Maureen Kingi", but not "Brothers
// Pizza Company".
func kinFull(toks []token, k int, lex *lexicon) bool {
	g, s := toks[k], toks[k+1]
	return g.kind == word && s.kind == word && g.cap && s.cap && g.unit == s.unit && givenname.Is(g.key) &&
		!lex.common(g.key) && !lex.common(s.key) && entity.KinName(g.key, s.key)
}

// common reports whether a word is a common word rather than a name: a
// function word, or one the corpus also writes in lower case.
func (l *lexicon) common(key string) bool {
	return stopwords[key] || l.lower[key] > 0
}

// isGroupNoun reports whether key is a plural noun for a group of people,
// such as "officials" or "critics", which a sentence can start with.
func isGroupNoun(key string) bool {
	sing, ok := strings.CutSuffix(key, "s")
	if !ok {
		return false
	}
	return groupNouns[key] || titles[sing] || roleHeads[sing] || titles[strings.TrimSuffix(sing, "e")]
}

// isGivenName reports whether key is a common given name.
func isGivenName(key string) bool { return givenname.Is(key) }

// givenHead reports whether key is a given name or a double one that
// opens with one: "Jan-Willem".
func givenHead(key string) bool {
	head, _, _ := strings.Cut(key, "-")
	return isGivenName(head)
}

// isTitleKey reports whether key is a title word, also with a "then-",
// "ex-" or "former-" prefix.
func isTitleKey(key string) bool {
	for _, p := range []string{"then-", "ex-", "former-", "acting-"} {
		key = strings.TrimPrefix(key, p)
	}
	return titles[key]
}

// shortGiven reports whether toks[k], a title's short form written
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
	return p.kind == word && !p.cap && p.unit == toks[k].unit && entity.ColGiven(p.key, toks[k].text, next)
}

// compoundRole reports whether a hyphenated word, lower case after its
// first letter, is a role whose first or last part is a title or a
// relative: "Vice-captain", "Mum-of-two", "Father-of-three", or a title
// with a phrase after it: "Attorney-at-Law". A hyphenated
// surname has a capital after the hyphen ("Dean-Jones"); a role may too
// when both its parts are titles ("Judge-Executive").
func compoundRole(text string) bool {
	i := strings.IndexByte(text, '-')
	if i <= 0 {
		return false
	}
	parts := strings.Split(strings.ToLower(text), "-")
	kin := func(k string) bool { return maleKin[k] || femaleKin[k] }
	first, last := parts[0], parts[len(parts)-1]
	if strings.ToLower(text[i:]) != text[i:] {
		if len(parts) == 3 && (parts[1] == "at" || parts[1] == "in" || parts[1] == "of") && strings.Contains(text, "-"+parts[1]+"-") {
			return titles[first] // "Attorney-at-Law", "Member-at-Large", "Officer-in-Charge"
		}
		return titles[first] && titles[last] // "Judge-Executive", "Director-General"
	}
	return titles[first] || titles[last] || kin(first) || kin(last)
}

// nameWord reports whether toks[i] can be part of a name.
func nameWord(toks []token, i int) bool {
	t := toks[i]
	if t.kind != word || !t.cap || t.shout || stopwords[t.key] && !monthName(toks, i) && !modalGiven(toks, i) && !watchName(toks, i) && !dayName(toks, i) && !abbrevInName(toks, i) && !listedCaps(t.text) && !wordSurname(toks, i) && !irishArticle(toks, i) && !closingNow(toks, i) && !titledSurname(toks, i) {
		return false // "US" and "WHO", in capitals, are a country and a body, not "us" and "who"
	}
	if (entity.IsTimeZone(t.key) || entity.IsPlainInitialism(t.key)) && strings.ToUpper(t.text) == t.text {
		return false // "1900 GMT", "a follow-up FAQ"
	}
	if entity.IsCurrencyCode(t.text) && i+1 < len(toks) && toks[i+1].kind == word && toks[i+1].key != "" && unicode.IsDigit(rune(toks[i+1].key[0])) {
		return false // "fined Lumora Technologies EUR 412 million"
	}
	if next := ""; strings.ContainsAny(t.text, "0123456789") {
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		if entity.IsMoneyAmount(t.text, next) {
			return false // "fined Nile Crest Tanneries Ltd Shs800 million"
		}
	}
	if ageModifier(t.key) {
		return false // "Eleven-year-old Maisie Thornton-Adu": an age opening a sentence
	}
	// "I" is a pronoun; other single capitals are initials.
	return t.text != "I"
}

// listedCaps reports whether text, a word in capitals, is a name the
// gazetteers list ("US", "WHO"): in capitals a function word is a name.
func listedCaps(text string) bool {
	if len(text) < 2 || strings.ToUpper(text) != text {
		return false
	}
	_, ok := entity.Listed(text)
	return ok
}

// wordSurname reports whether toks[i], a capitalised word that is
// otherwise a function word, is a surname: after a name opening with a
// given name inside a sentence, before the comma of an age or a
// description or a verb of speech ("Sandeep More, 31,", "Thomas More
// said", "Joseph Otieno Were, who drives a matatu,"), or after one that a
// title in lower case opens.
func wordSurname(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || unitInitial(toks, i) {
		return false
	}
	n := toks[i+1]
	if n.unit != toks[i].unit {
		return false
	}
	// The name before it opens with a given name: "Thomas More", "Joseph
	// Otieno Were".
	given := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := toks[k]
		if p.kind != word || !p.cap || p.unit != toks[i].unit || stopwords[p.key] {
			// Or a lower-case title before it: "the singer-songwriter
			// Kerensa May, who grew up in the town,".
			given = k < i-1 && p.kind == word && !p.cap && p.unit == toks[i].unit && (isTitleKey(p.key) || roleNoun(p.key))
			break
		}
		if isGivenName(p.key) {
			given = true
			break
		}
	}
	return given && (n.kind == punct && n.text == "," || n.kind == word && plainSpeech[n.key])
}

// titledSurname reports whether toks[i], a surname spelled as an English
// function word (entity.IsFunctionSurname), is one because it has a capital
// inside a sentence, a title before it and a name word after it:
// "ministry spokesperson He Yanling", "Vice Premier He Lifeng", "Trade
// Minister An Duk-geun". A pronoun never stands between a title and a name
// so; before a verb in the past it is one: "The coach He Trusted".
func titledSurname(toks []token, i int) bool {
	if !entity.IsFunctionSurname(toks[i].key) || unitInitial(toks, i) || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	return p.kind == word && !p.poss && (isTitleKey(p.key) || roleNoun(p.key)) &&
		n.kind == word && n.unit == toks[i].unit && n.cap && !n.shout && !stopwords[n.key] && !plainSpeech[n.key] && !strings.HasSuffix(n.key, "ed")
}

// dayName reports whether toks[i], the name of a day, opens the name of a
// newspaper or a body after "the" ("the Sunday Ledger", "the Saturday
// Paper"), stands inside one, or is a given name after an honorific ("Mr
// Sunday Alabi").
func dayName(toks []token, i int) bool {
	if !weekdays[toks[i].key] || i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	// Or it stands inside a name, between two of its words, the last
	// saying what it names (entity.IsDayNameHead): "Pellingham Shrove
	// Tuesday Committee", "the Good Friday Agreement"; not "in Kisumu
	// Saturday Raila Odinga".
	inside := p.kind == word && p.cap && !p.poss && !stopwords[p.key] && !isTitleKey(p.key) && n.kind == word && entity.IsDayNameHead(n.key)
	return (p.key == "the" || (honorifics[p.key] || isTitleKey(p.key)) && p.cap || inside) && p.unit == toks[i].unit && n.kind == word && n.cap && n.unit == toks[i].unit && !stopwords[n.key]
}

// abbrevInName reports whether toks[i], a word that abbreviates a day
// or a month ("Sun", "Sat", "Mar"), stands inside a name, between two
// words of it in capitals with no full stop: "Southern Sun Fruit", "the
// Rising Sun Hotel"; or after a particle inside one: "Viña del Mar";
// not "Sun 3 March" nor "on Sat. Smith said".
func abbrevInName(toks []token, i int) bool {
	if !entity.IsDateAbbrev(toks[i].key) || strings.HasSuffix(toks[i].text, ".") || i == 0 || i+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	if p.kind == word && !p.cap && entity.IsParticle(p.key) && p.unit == toks[i].unit && i >= 2 && toks[i-2].kind == word && toks[i-2].cap && toks[i-2].unit == p.unit {
		return true // "San Lorenzo del Mar", "Viña del Mar": after a particle inside a name
	}
	return p.kind == word && p.cap && !p.poss && !stopwords[p.key] && p.unit == toks[i].unit && !unitInitial(toks, i-1) &&
		n.kind == word && n.cap && !stopwords[n.key] && n.unit == toks[i].unit
}

// weekdays are the names of the days.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// months are the names of the months.
var months = set(`january february march april may june july august september october
	november december`)

// watchName reports whether toks[i], "Watch", ends the name of a monitoring
// group ("Human Rights Watch", "Solidarity Watch") rather than opening a
// link to a video.
func watchName(toks []token, i int) bool {
	return toks[i].key == "watch" && i > 0 && toks[i-1].unit == toks[i].unit && nameWord(toks, i-1)
}

// monthName reports whether toks[i], the name of a month, is a given name
// instead: "June Carter", "Jun Takeda" — a capitalised word follows, and no
// preposition or number marks a date.
func monthName(toks []token, i int) bool {
	if !givenMonths[toks[i].key] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.kind != word || !n.cap || n.unit != toks[i].unit || stopwords[n.key] {
		return false
	}
	if i > 0 && toks[i-1].unit == toks[i].unit {
		p := toks[i-1]
		if p.kind == word && (prepositions[p.key] || dateWords[p.key] || p.key != "" && p.key[0] >= '0' && p.key[0] <= '9') {
			return false
		}
	}
	return true
}

// modalGiven reports whether toks[i], "Will" or "May", is a given name
// (entity.IsFunctionGiven): a capitalised word follows; inside a sentence
// no capital, preposition or number before it makes it a title's word or
// a date, and the sentence is prose or a verb of speech stands on either
// side; opening one, a comma or a finite verb of speech follows the pair
// in a sentence that asks nothing: "Will Harker said", but not "Will
// Labour win?".
func modalGiven(toks []token, i int) bool {
	t := toks[i]
	if !entity.IsFunctionGiven(t.key) || givenMonths[t.key] || i+1 >= len(toks) { // months that are given names: monthName
		return false
	}
	n := toks[i+1]
	if n.kind != word || !n.cap || n.shout || n.unit != t.unit || stopwords[n.key] {
		return false
	}
	// A comma or a verb of speech after the pair, in a sentence that asks
	// nothing.
	spoke := i+2 < len(toks) && toks[i+2].unit == t.unit && (toks[i+2].kind == punct && toks[i+2].text == "," || toks[i+2].kind == word && reportVerbs[toks[i+2].key] == finite)
	for k := i + 2; spoke && k < len(toks) && toks[k].unit == t.unit; k++ {
		if toks[k].kind == punct && toks[k].text == "?" {
			spoke = false // "Will Labour, at last, win?"
		}
	}
	if unitInitial(toks, i) {
		return spoke
	}
	p := toks[i-1]
	if p.kind == word && (prepositions[p.key] || dateWords[p.key] || isNumber(p.key)) {
		return false // "in May Parliament"
	}
	if p.kind == word && p.cap && !isTitleKey(p.key) {
		// A title's or a slogan's word, "I Will Survive", "Why Britain
		// Will Lose"; but a role may open the sentence: "Farmer Will
		// Harker said".
		return unitInitial(toks, i-1) && spoke
	}
	// A verb of speech on either side vouches for the name: "“I was
	// wrong,” Will Harker said", "said May Whitty, 80".
	return spoke || p.kind == word && reportVerbs[p.key] == finite || proseUnit(toks, i)
}

// givenMonths are the months that are also given names, with the
// abbreviations of January ("Jan Whitcombe") and of June, a common
// Japanese and Korean given name.
var givenMonths = set(`april june jun august jan`)

// dateWords come before a month in a date: "since June", "last April".
var dateWords = set(`since until till by on last next early late mid during this before after through`)

// irishArticle reports whether toks[i] is "An" opening the Irish name of a
// body within a sentence, where the English article is written in lower
// case: "a spokesman for An Garda Síochána", "An Post", "An Bord
// Pleanála".
func irishArticle(toks []token, i int) bool {
	if toks[i].text != "An" || i+1 >= len(toks) || unitInitial(toks, i) {
		return false
	}
	n := toks[i+1]
	return n.kind == word && n.unit == toks[i].unit && n.cap && !n.shout && !stopwords[n.key] && !isTitleKey(n.key)
}

// closingNow reports whether toks[i] is "Now" with its capital inside a
// sentence, after a word of a name, as the names of campaigns end: "the
// group Grounded Now", "Peace Now".
func closingNow(toks []token, i int) bool {
	if toks[i].text != "Now" || unitInitial(toks, i) {
		return false
	}
	p := toks[i-1]
	if p.kind != word || !p.cap || p.shout || stopwords[p.key] || unitInitial(toks, i-1) {
		return false
	}
	// Not after a person's name: "Peter Smith Now admits".
	b := i - 1
	for b > 0 && toks[b-1].unit == toks[i].unit && toks[b-1].kind == word && toks[b-1].cap && !stopwords[toks[b-1].key] {
		b--
	}
	return !isGivenName(toks[b].key) && !titles[toks[b].key]
}

// unitInitial reports whether toks[i] starts its unit or follows an opening
// bracket or a quotation, where any word is capitalised.
func unitInitial(toks []token, i int) bool {
	if i == 0 || toks[i-1].unit != toks[i].unit {
		return true
	}
	p := toks[i-1]
	// A quotation ending in a comma leaves its sentence going on: the
	// capital of "“…,” Park said" marks a name.
	return p.kind == quoted && !p.goesOn || p.kind == punct && strings.ContainsAny(p.text, "([{—–:;") ||
		p.kind == punct && p.text == "," && i >= 3 && entity.IsPageLabel(toks[i-3].key, toks[i-2].key) && unitInitial(toks, i-3) // "Image caption, Helmsman Callum Reid"
}

// findChunks finds the names in a paragraph's tokens.
func findChunks(toks []token, lex *lexicon) []chunk {
	var out []chunk
	defined := definedNames(toks)
	for i := 0; i < len(toks); {
		if e := defined[i]; e > i && nameWord(toks, i) {
			// "Environment and Climate Change Canada (ECCC)": the short
			// form after the name spells it whole.
			if c, ok := makeChunk(toks, i, e, lex, &out); ok {
				out = append(out, c)
			}
			i = e
			continue
		}
		if !nameWord(toks, i) && !leadingParticles(toks, i, lex) && !functionStart(toks, i) && !((entity.IsNameFunctionWord(toks[i].key) || entity.IsOrdinalOpener(toks[i].key)) && toks[i].cap && lex.namePair(toks, i)) || unitInitial(toks, i) && !isGivenName(toks[i].key) && !isTitleKey(toks[i].key) && !lex.namePair(toks, i) && !advocates(toks, i) && !transportFor(toks, i) && !prepositionName(toks, i) && !bareNoun(toks, i) && !particleSurname(toks, i) &&
			!(toks[i].poss && innerPossessive(toks, i)) && !lex.phrase(toks, i) && (lex.common(toks[i].key) && !monthName(toks, i) && !modalGiven(toks, i) || isGroupNoun(toks[i].key)) || headlineVerb(toks, i) || openingParticiple(toks, i) || toks[i].key == "ask" && unitInitial(toks, i) {
			i++
			continue
		}
		j := i
		for j < len(toks) && (j == i || continuesName(toks, i, j) && !endsName(toks, i, j, lex)) {
			j++
			if toks[j-1].poss && !innerPossessive(toks, j-1) {
				break
			}
		}
		if c, ok := makeChunk(toks, i, j, lex, &out); ok && !demonymRef(toks, c) && !demonymModifier(toks, c) && !peoplesName(c) {
			out = append(out, c)
		}
		i = max(j, i+1)
	}
	shareSurnames(toks, out, lex)
	return out
}

// functionStart reports whether toks[i], a function word written with a
// capital inside a sentence of prose, opens a name whose next word is a
// name word: "the group Last Harvest", "the charity Later Life Alliance",
// "members of Every Minute Counts", or an ordinal opens one that ends in
// an organisation's word: "run by Second Bark Collective".
func functionStart(toks []token, i int) bool {
	t := toks[i]
	if t.kind != word || !t.cap || t.shout || !entity.IsNameFunctionWord(t.key) && !entity.IsOrdinalOpener(t.key) ||
		unitInitial(toks, i) || i+1 >= len(toks) || toks[i+1].unit != t.unit || !nameWord(toks, i+1) || !proseUnit(toks, i) {
		return false
	}
	// An ordinal opens a body's name: "run by Second Bark Collective".
	return entity.IsNameFunctionWord(t.key) || orgAhead(toks, i+1)
}

// definedNames returns the names that a short form in parentheses after
// them spells, as entity.SpelledStart reads them, by the first token of
// each to the parenthesis after it: "Transport for Wealdmoor (TfW)".
func definedNames(toks []token) map[int]int {
	out := make(map[int]int)
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].text != "(" || toks[k+2].text != ")" || toks[k+1].kind != word {
			continue
		}
		s := entity.SpelledStart(k, toks[k+1].text, func(s int) (string, bool) {
			t := toks[s]
			switch {
			case t.unit != toks[k].unit, t.kind == word && !t.cap && !entity.IsConnective(t.key), t.kind != word && t.text != "," && t.text != "&":
				return "", false
			case t.kind != word:
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

// shareSurnames gives a given name written alone before "and" and a
// full name the surname of that name: "Daniel and Priya Okafor-Reid" are
// Daniel Okafor-Reid and Priya Okafor-Reid, and so are "Siblings Huia and
// Rawiri Kereama" whatever the lists know of their given names. It marks
// the names a noun for kin opens as a kin group.
func shareSurnames(toks []token, cs []chunk, lex *lexicon) {
	for k := range cs {
		c := &cs[k]
		c.kinGroup = c.kinGroup || kinOpened(toks, *c, lex)
		if k+1 >= len(cs) {
			break
		}
		d := &cs[k+1]
		and := c.last + 1
		if c.kinGroup && d.first == and+1 && toks[and].key == "and" && toks[and].unit == toks[c.last].unit {
			d.kinGroup = true
		}
		// After a noun for kin the names are given names, known or not:
		// "Siblings Huia and Rawiri Kereama".
		if len(c.keys) != 1 || c.poss || c.kind == nameOrg || !c.kinGroup && !isGivenName(c.keys[0]) || d.first != and+1 || toks[and].key != "and" ||
			toks[and].unit != toks[c.last].unit || len(d.keys) < 2 || len(d.title) > 0 || d.kind == nameOrg || !c.kinGroup && !isGivenName(d.keys[0]) || isGivenName(d.keys[len(d.keys)-1]) {
			continue
		}
		surname := strings.Fields(d.name)
		if len(surname) != len(d.keys) {
			continue
		}
		c.name += " " + strings.Join(surname[1:], " ")
		c.keys = append(c.keys, d.keys[1:]...)
		c.kind = namePerson
	}
}

// singleNick reports whether toks[j] opens a nickname in single marks
// after the given name toks[j-1] of the name that starts at toks[i], with
// the surname after it: Jonathan 'Jonty' Ashworth.
func singleNick(toks []token, i, j int) bool {
	if j != i+1 || j+3 >= len(toks) || !isGivenName(toks[i].key) {
		return false
	}
	single := func(t token) bool { return t.kind == punct && (t.text == "'" || t.text == "‘" || t.text == "’") }
	n := toks[j+1]
	return single(toks[j]) && n.kind == word && n.cap && single(toks[j+2]) && nameWord(toks, j+3)
}

// listedAcross reports whether the name from toks[i] runs over the "and"
// at toks[j] and up to three capitalised words after it to an
// organisation's name the gazetteers list: "Health and Safety Executive".
func listedAcross(toks []token, i, j int) bool {
	words := make([]string, 0, j-i+4)
	for _, t := range toks[i : j+1] {
		words = append(words, t.text)
	}
	for e := j + 1; e < len(toks) && e <= j+3; e++ {
		if !nameWord(toks, e) || toks[e].unit != toks[i].unit {
			return false
		}
		words = append(words, toks[e].text)
		if typ, ok := entity.Listed(strings.Join(words, " ")); ok && typ == entity.Org {
			return true
		}
	}
	return false
}

// aloneNick reports whether the quoted word toks[j] is a nickname after
// toks[i], a capitalised word alone: one or two capitalised words follow
// it, then a comma in the same sentence: Augustin “Gus” Bellamy III,
// whose great-grandfather founded the circus. A title or a word of an
// organisation's name is no given name: "the Bellamy “Circus” Act". The
// surname may open with particles: Andries “Dries” van Wyk, the coach.
func aloneNick(toks []token, i, j int) bool {
	if strings.Contains(toks[j].nick, " ") || isTitleKey(toks[i].key) || orgWords[toks[i].key] {
		return false
	}
	s := particlesTo(toks, j+1)
	k := s
	for k < len(toks) && k <= s+1 && nameWord(toks, k) && toks[k].unit == toks[i].unit && !orgWords[toks[k].key] {
		k++
	}
	return k > s && k < len(toks) && toks[k].unit == toks[i].unit && toks[k].kind == punct && toks[k].text == ","
}

// openingParticiple reports whether toks[i] is a participle opening its
// sentence before an article or a preposition, not a name: "Addressing
// the crowd, Brennan said", "Speaking to reporters, …", "Reporting by …".
// Surnames ending in -ing ("Manning said") are followed by a verb.
func openingParticiple(toks []token, i int) bool {
	k := toks[i].key
	if !unitInitial(toks, i) || len(k) < 6 || !strings.HasSuffix(k, "ing") || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.kind == word && !n.cap && n.unit == toks[i].unit && (determiners[n.key] || prepositions[n.key])
}

// continuesName reports whether toks[j] continues the name that starts at
// toks[i]: a capitalised word, a particle before one ("de", "van"), or a
// connective inside the name of an organisation or a title ("Department of
// Homeland Security", "Secretary of State").
func continuesName(toks []token, i, j int) bool {
	t := toks[j]
	if j > i && t.unit != toks[j-1].unit {
		return false // a name does not run over a sentence's end
	}
	if nameWord(toks, j) || aimInName(toks, i, j) {
		return true
	}
	if t.kind == word && t.key == "all" && t.cap && j >= i+1 && toks[j-1].key == "for" && j+1 < len(toks) && toks[j+1].unit == t.unit && orgAhead(toks, j+1) {
		return true // "Homes for All Coalition", "Food for All Alliance"
	}
	if t.kind == word && isNumber(t.key) && j > i && localWords[toks[j-1].key] && (toks[j-1].key == "local" || orgRun(toks, i, j)) {
		return true // a union's branch: "Teamsters Local 727", "Police Lodge 41"
	}
	if ofTheName(toks, i, j) {
		return true
	}
	for k := j; k > i && k >= j-3; k-- {
		if bracketedForm(toks, k) {
			return true // "Zarnab Gloves (Pvt) Limited"
		}
	}
	if rankInTitle(toks, i, j) {
		return true // "former British No 1 Neil Castleford"
	}
	if j > i && t.kind == word && !t.cap && entity.IsElided(t.text) {
		return true // "Remontées d'Arsine SA"
	}
	if j <= i || j+1 >= len(toks) || !nameWord(toks, j+1) && !(t.key == "for" && toks[j+1].key == "all" && toks[j+1].cap) && !particleBridge(toks, j) &&
		!(t.nick != "" && particlesBefore(toks, j+1)) {
		return false
	}
	switch {
	case t.nick != "" && j > i && (isGivenName(toks[j-1].key) || j >= 2 && toks[j-2].kind == word && isTitleKey(toks[j-2].key)):
		// a nickname between given name and surname: Graham "Stretch"
		// Pallister, Mayor Russell "Rusty" LeBlanc, Sheriff Delbert
		// “Dell” Haskins
		return true
	case t.nick != "" && j == i+1 && aloneNick(toks, i, j):
		// after a word alone that is no given name the lists know, when
		// the surname ends the name inside its sentence: Augustin “Gus”
		// Bellamy III, whose
		return true
	case singleNick(toks, i, j) || j >= i+2 && singleNick(toks, i, j-2):
		return true // the same in single marks: Jonathan 'Jonty' Ashworth
	case t.kind == word && entity.IsParticle(t.key) && !t.cap:
		return true
	case t.kind == word && (t.key == "of" || t.key == "for" || t.key == "and"):
		if j >= i+3 && toks[j-2].key == "of" && ofCountry(toks, i, j-2) {
			return false // the country ends the name: "Ministry of Health of Ukraine and Pfizer"
		}
		if t.key == "for" && toks[j+1].key == "all" {
			return orgAhead(toks, j+2) // "Homes for All Coalition"
		}
		if t.key == "for" && j == i+1 && transportFor(toks, i) {
			return true // "Transport for London"
		}
		if t.key == "and" && listedAcross(toks, i, j) {
			return true // "Health and Safety Executive"
		}
		if t.key == "and" && twoBodies(toks, i, j) {
			return false
		}
		if t.key == "and" && j-i >= 3 && toks[j-2].kind == punct && toks[j-2].text == "&" {
			// "Harrowgate & Kemp and Blackwater Ales Group" are two, but
			// "Dorset & Wiltshire Fire and Rescue Service" one.
			return false
		}
		// A company's legal form ends its name: "Lone Oak Communities
		// LLC of Tulsa" is based in Tulsa; but "Corporation of London".
		legal := t.key == "of" && entity.IsLegalForm(toks[j-1].key) && toks[j-1].key != "corporation"
		return orgWords[toks[j-1].key] && !legal || t.key == "for" && (j == i+1 || !isTitleKey(strings.TrimSuffix(toks[j-1].key, "s"))) && advocates(toks, j-1) || t.key == "of" && isTitleKey(toks[j-1].key) || t.key == "and" && (orgAhead(toks, j+1) || orgOf(toks, i, j)) ||
			t.key == "for" && titleRun(toks, i, j) || // "Secretary of State for Health Wes Streeting"
			t.key == "of" && j-i >= 2 && orgAhead(toks, j+1) && !personRun(toks, i, j) && !plainPair(toks, i, j) ||
			t.key == "of" && forThe(toks, i, j) || // "Office for the Coordination of Humanitarian Affairs"
			t.key == "of" && j == i+1 && memberHeads[toks[i].key] && toks[i].cap || // "Friends of Hampstead Heath"
			t.key == "of" && j-i >= 2 && toks[j-1].cap && entity.IsUnionHead(toks[j-1].key) || // "Communications Workers of America"
			t.key == "of" && toks[j-1].cap && placeOfHeads[toks[j-1].key] || // "Isle of Man Government"
			t.key == "of" && ofCountry(toks, i, j) // "Ministry of Transport of Kazakhstan"
	case t.kind == word && (t.key == "on" && onHeads[toks[j-1].key] || t.key == "to" && toHeads[toks[j-1].key]):
		// "Council on Foreign Relations", "Committee to Protect
		// Journalists": the body's topic or aim, two words or more, or
		// one before the short form it defines ("Intergovernmental
		// Authority on Development (IGAD)").
		return j+2 < len(toks) && toks[j+2].unit == t.unit && toks[j-1].cap &&
			(nameWord(toks, j+2) || toks[j+2].kind == punct && toks[j+2].text == "(" && j+3 < len(toks) && toks[j+3].kind == word && toks[j+3].cap)
	case t.kind == punct && t.text == ",":
		return orgOf(toks, i, j) && listedPortfolio(toks, j) || (j == i+1 || toks[j-2].text == ",") && serialBody(toks, i, j) ||
			j == i+2 && listedPlace(toks[i].text) && serialBody(toks, i+1, j) // "UK Foreign, Commonwealth and Development Office"
	case t.kind == punct && t.text == "&":
		return true
	case t.kind == word && t.key == "in" && inCharge(toks, j+1):
		return true // "Special Agent in Charge Renee Kaczmarek"
	case t.kind == word && t.cap && (entity.IsNamePreposition(t.key) || entity.IsNameFunctionWord(t.key)) && !unitInitial(toks, j) && proseUnit(toks, j):
		return true // "Elephants Beyond Bars", "Doctors Against Violence", "Save Our Wendle", "Wild Not Caged"
	}
	return false
}

// bracketedForm reports whether toks[j:j+4] is a company's form in
// brackets and its legal form, which end its registered name: "(Pty) Ltd"
// in "Sasol Mining (Pty) Ltd".
func bracketedForm(toks []token, j int) bool {
	if j+3 >= len(toks) || toks[j].text != "(" || toks[j+2].text != ")" || toks[j+3].unit != toks[j].unit {
		return false
	}
	f, l := toks[j+1], toks[j+3]
	return f.kind == word && f.cap && entity.IsBracketedForm(f.key) && l.kind == word && l.cap && entity.IsLegalForm(l.key)
}

// twoBodies reports whether the "and" at toks[j] joins the names of two
// public bodies, each of two words or more and ending in its head:
// "Environment Agency and North Yorkshire Council", not "Department of
// Health and Social Care".
func twoBodies(toks []token, i, j int) bool {
	if j-i < 2 || !publicWords[toks[j-1].key] {
		return false
	}
	k := j + 1
	for k < len(toks) && toks[k].unit == toks[j].unit && nameWord(toks, k) {
		k++
	}
	return k-(j+1) >= 2 && publicWords[toks[k-1].key]
}

// proseUnit reports whether the sentence holding toks[j] is prose, with
// words in lower case, rather than a title in capitals throughout.
func proseUnit(toks []token, j int) bool {
	lower := 0
	for _, t := range toks {
		if t.unit == toks[j].unit && t.kind == word && !t.cap {
			lower++
		}
	}
	return lower >= 3
}

// particleBridge reports whether toks[j] opens a run of two or three
// lower-case particles before a capitalised word: "von der Leyen",
// "Autorità Garante della Concorrenza e del Mercato".
func particleBridge(toks []token, j int) bool {
	return particlesTo(toks, j) > j+1
}

// particlesBefore reports whether toks[j] opens a run of lower-case
// particles that a name word ends: "de la Haye" in Margaret “Peggy” de la
// Haye.
func particlesBefore(toks []token, j int) bool {
	return particlesTo(toks, j) > j
}

// leadingParticles reports whether toks[i] opens a surname written with
// lower-case particles as the subject of a clause after a comma or a
// semicolon, a surname the corpus also writes after a given name:
// "Asked about it, van der Heijden grins" after "Lotte van der Heijden".
// Elsewhere the rules read the name from its capitalised word; and a
// "van" before a name the corpus never gives one is a vehicle: "the van
// Brooks was driving".
func leadingParticles(toks []token, i int, lex *lexicon) bool {
	t := toks[i]
	if t.kind != word || t.cap || !surnameParticles[t.key] {
		return false
	}
	k := particlesTo(toks, i)
	if k == i || !lex.particled[strings.Join(keysOf(toks[i:k+1]), " ")] {
		return false
	}
	p := toks[max(i-1, 0)]
	return i > 0 && p.kind == punct && (p.text == "," || p.text == ";") && p.unit == t.unit
}

// particleHolder reports whether toks[k:j], the words after an office
// ending in "of", "of the" or "for", are a holder's name of two words
// with the particles of a surname between them: "Minister of Defence
// Ruwan de Alwis". A first word the corpus writes in lower case, or that
// names a field, is the office's instead ("Minister of Defence de Alwis",
// "Minister of State du Plessis"), and a place ends no surname
// ("Archbishop of Rio de Janeiro").
func (l *lexicon) particleHolder(toks []token, k, j int) bool {
	return k+2 < j && toks[k+1].kind == word && !toks[k+1].cap && entity.IsParticle(toks[k+1].key) && particlesTo(toks, k+1) == j-1 && !l.common(toks[k].key) &&
		!entity.IsPublicField(toks[k].key) && toks[k].key != "state" && !listedPlace(toks[j-1].text)
}

// titledParticles reports whether toks[k], right after the title at
// toks[split], opens a run of particles before the surname that ends the
// name at toks[j-1]: "van" in "Ms van Berkel", "de la" in "Mr de la
// Cruz".
func titledParticles(toks []token, split, k, j int) bool {
	return split >= 0 && k == split+1 && surnameParticles[toks[k].key] && !toks[k].cap && particlesTo(toks, k) == j-1
}

// surnameParticles are the particles that can open a surname written
// without the given name before it.
var surnameParticles = set(`van von de del della di du da der den bin ibn`)

// particlesTo returns the end of the run of up to three lower-case
// particles opening at toks[j] when a name word follows the run in its
// sentence, or j.
func particlesTo(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+3 && toks[k].kind == word && !toks[k].cap && entity.IsParticle(toks[k].key) && toks[k].unit == toks[j].unit {
		k++
	}
	if k < len(toks) && toks[k].unit == toks[j].unit && nameWord(toks, k) {
		return k
	}
	return j
}

// advocates reports whether toks[i] is a group of people named as what
// they stand for, the way campaigns name themselves: "Parents for Medical
// Freedom Ohio", "Doctors for Truth", "Americans for Prosperity", "Calder
// Youth for Climate".
func advocates(toks []token, i int) bool {
	k := toks[i].key
	return i+2 < len(toks) && toks[i].cap && (isGroupNoun(k) || k == "youth" || demonym.Plural(k)) && !entity.IsProxyFor(k, toks[i+2].key) && toks[i+1].key == "for" && !toks[i+1].cap &&
		toks[i+2].unit == toks[i].unit && nameWord(toks, i+2)
}

// transportFor reports whether toks[i] opens the name of a public body
// that runs a place's transport: "Transport for London", "Transport for
// NSW", "Transport for the North". Such a name starts with a common noun,
// which a sentence can open with too.
func transportFor(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i].cap || toks[i].key != "transport" || toks[i+1].key != "for" || toks[i+1].cap {
		return false
	}
	n := i + 2
	if toks[n].key == "the" && !toks[n].cap {
		n++ // "Transport for the North"
	}
	return n < len(toks) && toks[n].unit == toks[i].unit && nameWord(toks, n) && !demonym.Is(toks[n].key) // not "Transport for Filipinos"
}

// prepositionName reports whether toks[i], opening its sentence, opens a
// name that a capitalised preposition joins to a name word after it:
// "Reporters Without Borders said", "Doctors Against Violence said". In
// prose no sentence writes a preposition with a capital but a name.
func prepositionName(toks []token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	p := toks[i+1]
	return p.kind == word && p.cap && entity.IsNamePreposition(p.key) && p.unit == toks[i].unit && toks[i+2].unit == p.unit &&
		nameWord(toks, i+2) && proseUnit(toks, i+1)
}

// advocateRun reports whether the run toks[i:j] holds a campaign's name
// after the group it speaks for: "Parents for Medical Freedom", "Calder
// Youth for Climate".
func advocateRun(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if toks[k+1].key == "for" {
			return advocates(toks, k)
		}
	}
	return false
}

// initialismBefore reports whether toks[k], an office's or a body's
// initialism (entity.IsOfficeInitialism), stands before a given name and a
// surname inside the run ending at j: "Local MCA Peter Nkirote", "MNA Ali
// Khan", "BBC Nick Robinson".
func initialismBefore(toks []token, k, j int) bool {
	return k+2 < j && toks[k].kind == word && entity.IsOfficeInitialism(toks[k].text) && isGivenName(toks[k+1].key) && !toks[k+1].shout
}

// initialismSurname reports whether toks[k], an office's initialism
// (entity.IsOfficeInitialism), stands before a word the corpus writes as
// a surname after a given name: "SSP Qureshi" after "SSP Farah Naz
// Qureshi", "MCA Oloo".
func initialismSurname(toks []token, k int, lex *lexicon) bool {
	return toks[k].kind == word && entity.IsOfficeInitialism(toks[k].text) && toks[k+1].kind == word && !toks[k+1].shout && lex.surname(toks[k+1].key)
}

// fixtureHost reports whether toks[b], "host" or "hosts" before the
// run toks[i:j], is the verb of a fixture between two clubs rather than a
// title: "Stellbridge host Ardwick Town on Saturday", "United host
// Everton", but "BBC host Nick Robinson", "Radio City host Jane Morton",
// "Kansas City host Ellen Park".
func fixtureHost(toks []token, b, i, j int) bool {
	if t := toks[b]; t.kind != word || t.cap || t.key != "host" && t.key != "hosts" {
		return false
	}
	if isGivenName(toks[i].key) {
		return false // "Leeds United host Bob Smith", "Radio host Carlos Villa"
	}
	return clubEnd(toks[j-1].key) || b > 0 && toks[b-1].kind == word && toks[b-1].cap && clubEnd(toks[b-1].key)
}

// aimInName reports whether toks[j] is "to" or the capitalised verb
// after it inside a name, saying what the body is for: "Midwest Freedom
// to Read Project", "Right to Know Network".
func aimInName(toks []token, i, j int) bool {
	aim := func(to int) bool {
		return to > i && to+2 < len(toks) && toks[to].key == "to" && toks[to-1].cap && toks[to+1].cap &&
			entity.IsAimVerb(toks[to+1].key) && toks[to+2].unit == toks[to].unit && nameWord(toks, to+2)
	}
	return toks[j].kind == word && (aim(j) || aim(j-1))
}

// memberHeads open the name of a body after what its members are, before
// "of": "Friends of the Earth", "Knights of Columbus", "Daughters of the
// American Revolution".
var memberHeads = set(`friends knights daughters sons sisters`)

// forThe reports whether "for the" follows the word of a body's name in
// toks[i:j] that makes it one, so that the words after it name what the
// body is for, "of" and all: "Office for the Coordination of Humanitarian
// Affairs".
func forThe(toks []token, i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if toks[k].key == "for" && toks[k+1].key == "the" && orgWords[toks[k-1].key] {
			return true
		}
	}
	return false
}

// ofTheName reports whether toks[j] is "of" or "the" in "of the", or
// "for" or "the" in "for the", inside the name of a body that starts at
// toks[i]: "Office of the Comptroller of the Currency", "Department of
// the Treasury", "Office for the Coordination of Humanitarian Affairs".
func ofTheName(toks []token, i, j int) bool {
	t := toks[j]
	if t.kind != word || t.cap || j <= i {
		return false
	}
	of := j
	if t.key == "the" {
		of = j - 1
	}
	if of <= i || toks[of].key != "of" && toks[of].key != "for" || of+2 >= len(toks) || toks[of+1].key != "the" || toks[of+1].cap || toks[of+2].unit != t.unit || !nameWord(toks, of+2) {
		return false
	}
	p := toks[of-1].key
	if of == i+1 && memberHeads[p] && toks[i].cap {
		return true // "Friends of the Earth"
	}
	if toks[of].key == "for" {
		// "Office for the Coordination of Humanitarian Affairs",
		// "Transport for the North"
		return orgWords[p] && toks[of-1].cap || of == i+1 && transportFor(toks, i)
	}
	return orgWords[p] || isTitleKey(p) && orgRun(toks, i, of) || forThe(toks, i, of)
}

// nameAfterPortfolio reports whether two capitalised words or more follow
// the last word of a body's name in toks[i:j], the portfolio after a title.
func nameAfterPortfolio(toks []token, i, j int) bool {
	last := -1
	for k := i; k < j; k++ {
		if orgWords[toks[k].key] {
			last = k
		}
	}
	return last >= 0 && j-last-1 >= 2 && toks[last+1].cap && !stopwords[toks[last+1].key]
}

// nameNoun reports whether toks[k], a descriptive title such as "star"
// or "partner" inside the capitalised run that starts at i, is a word of
// an organisation's name rather than a description of the person after
// it: a capitalised word that is no title comes before it and no given
// name follows ("Meridian Star Cruises", "Apex Partner Services", but
// "Hollywood Star Tom Reyes").
func nameNoun(toks []token, i, k int) bool {
	return descTitles[toks[k].key] && toks[k].cap && k > i && k+1 < len(toks) &&
		!isTitleKey(toks[k-1].key) && !isGivenName(toks[k+1].key)
}

// titleRun reports whether the capitalised run toks[i:j] is a title
// that a portfolio after "for" can finish: it holds a title word and no
// given name.
func titleRun(toks []token, i, j int) bool {
	title := false
	for k := i; k < j; k++ {
		if isGivenName(toks[k].key) && !isTitleKey(toks[k].key) {
			return false
		}
		title = title || isTitleKey(toks[k].key)
	}
	return title
}

// placeOfHeads open the names of places, ports and local governments that
// run on through "of": "Isle of Man", "Bay of Plenty", "Strait of Hormuz",
// "Port of Dover", "City of Marrinup Bay", "Shire of Esperance", "Vale of
// Severn District Council".
var placeOfHeads = set(`isle isles bay gulf strait straits cape city town county shire borough village vale forest municipality township port`)

// localWords name a union's or a club's numbered branch: "Local 727",
// "Lodge 41".
var localWords = set(`local lodge chapter branch post`)

// isNumber reports whether key is written in digits.
func isNumber(key string) bool {
	return key != "" && strings.Trim(key, "0123456789") == ""
}

// orgRun reports whether the name toks[i:j] so far is an organisation's.
func orgRun(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if orgWords[toks[k].key] {
			return true
		}
	}
	return false
}

// plainPair reports whether toks[i:j], before "of" and a body's name, is
// two capitalised words that no article opens and no word for a body,
// an office, a people or a place is among, as a person's name is: "asked
// Otieno Wekesa of Radio Kithoka", not "the Royal Society of Chemistry".
func plainPair(toks []token, i, j int) bool {
	if j-i != 2 || i > 0 && (toks[i-1].key == "the" || toks[i-1].poss) {
		return false
	}
	for k := i; k < j; k++ {
		if t := toks[k]; t.kind != word || !t.cap || t.shout || orgWords[t.key] || isTitleKey(t.key) || demonym.Is(t.key) || entity.IsOrgNoun(t.key) || stopwords[t.key] {
			return false
		}
	}
	// A body's name may run on past "of" to the word that says it is
	// one: "Legal Aid of North Carolina Inc", "Blue Shield of California
	// Foundation's", "Planned Parenthood of Greater New York Inc
	// president". So the run after "of" must end as a name would, before
	// no office.
	k := j + 1
	for k < len(toks) && toks[k].kind == word && toks[k].cap && toks[k].unit == toks[j].unit && !toks[k-1].poss {
		k++
	}
	last := toks[k-1]
	if last.poss || orgWords[last.key] || entity.IsLegalForm(last.key) || entity.IsOrgNoun(last.key) {
		return false
	}
	return k >= len(toks) || toks[k].kind != word || !isTitleKey(toks[k].key) && !roleNoun(toks[k].key)
}

// personRun reports whether toks[i:j] holds a given name or a title, as
// the name of a person does: "Dr. Jones of Acme Inc" is two names.
func personRun(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].kind == word && (isGivenName(toks[k].key) || isTitleKey(toks[k].key)) {
			return true
		}
	}
	return false
}

// makeChunk turns the capitalised run toks[i:j] into a chunk, taking in the
// title words before it. A chunk right before those title words, such as
// "White House" in "White House press secretary Jane Doe", becomes part of
// the title and is removed from out.
func makeChunk(toks []token, i, j int, lex *lexicon, out *[]chunk) (chunk, bool) {
	if j <= i || bareChapter(toks, i, j) {
		return chunk{}, false
	}
	if j < len(toks) && toks[j].kind == word && capitalised(toks[j].text) && modifierCompound(toks[j].text) {
		return chunk{}, false // "Grand National-winning trainer": the run is part of a modifier
	}
	if j-i >= 3 && i >= 2 && entity.IsRankGrade(toks[i-1].text, toks[i].text) && toks[i-2].cap && toks[i-2].kind == word {
		i++ // "Sgt. First Class Dwayne Okoro": the grade ends the rank
	}
	// The last title word with a name after it splits title from name,
	// unless the name is an organisation's: "Justice Department", "General
	// Motors".
	split := -1
	for k := i; k < j-1; k++ {
		// A given name after a title starts the name: "striker Dean
		// Holt".
		afterTitle := k > i && isTitleKey(toks[k-1].key) ||
			k == i && k > 0 && toks[k-1].kind == word && (isTitleKey(toks[k-1].key) || !toks[k-1].cap && roleNoun(toks[k-1].key)) // "meteorologist Dean Narayan"
		if bodyOf(toks, i, k) {
			continue // a body's name: "Court of Justice of Cusco", "Office of the Parliamentary Commissioner"
		}
		if nameNoun(toks, i, k) {
			continue // a noun inside a name: "Meridian Star Cruises"
		}
		// So is one alone before a surname: "Its regional organiser,
		// Dean Holcroft, said".
		// But a title before a given name is one: "Associate Dean Jane
		// Smith".
		given := isGivenName(toks[k].key) && !(isTitleKey(toks[k].key) && k+2 < j && isGivenName(toks[k+1].key)) && (afterTitle || k == i && j == i+2) || k == i && shortGiven(toks, k)
		// "Senior" is a title only before another: "Senior Advocate",
		// but "Prairie Pointe Senior Living".
		lone := toks[k].key == "senior" && !isTitleKey(toks[k+1].key)
		// A style between two words of a name belongs to it, "Hassan
		// Sheikh Mohamud": checked last, when the word is a title.
		if (isTitleKey(toks[k].key) || k == i && entity.StyleOfRespect(toks[k].key, toks[j-1].key) || rankInTitle(toks, i, k) && toks[k].key != "no" && toks[k].key != "number" || k > i && entity.IsStyleAfter(toks[k-1].key, toks[k].key) || compoundRole(toks[k].text) || clergyStyle(toks, k) || k == i && j-i >= 3 && entity.IsAddressStyle(toks[k].key) || toks[k+1].cap && lex.styled[toks[k].key+" "+toks[k+1].key] || pluralTitle(toks, k) || inCharge(toks, k) || officeHead(toks, i, k, j) || initialismBefore(toks, k, j) || k+2 == j && initialismSurname(toks, k, lex)) && !entity.IsGeneration(toks[k+1].key) && !given && !lone &&
			!(k > i && toks[k-1].kind == word && entity.IsStyleInName(toks[k-1].text, toks[k].text)) {
			split = k
		}
	}
	nameFirst := i
	if split >= 0 {
		nameFirst = split + 1
	}
	isOrg := isOrgName(keysOf(toks[nameFirst:j]), toks[nameFirst:j]) || nameFirst == i && slices.ContainsFunc(toks[i:j], func(t token) bool { return t.key == "for" }) && advocateRun(toks, i, j)
	if isOrg && split >= 0 && (toks[nameFirst].key == "of" || toks[nameFirst].key == "for") && nameAfterPortfolio(toks, nameFirst, j) {
		// "Minister of Water Resources Qasim Habib al-Ubaydi": the body's
		// words name the office's portfolio, and a name follows.
		isOrg = false
	}
	if isOrg && !officeOfBody(toks, i, split, j) {
		split, nameFirst = -1, i
		// An organisation's name before a given name and a surname
		// names where the person works: "Road Construction Department
		// Ajay Kumar Sinha" is two names.
		if k := staffAfterOrg(toks, i, j); k > i {
			if org, ok := makeChunk(toks, i, k, lex, out); ok {
				*out = append(*out, org)
			}
			return makeChunk(toks, k, j, lex, out)
		}
	}
	// A demonym before a given name and a surname describes the person:
	// "Italian Luca Rossi" is Luca Rossi, "the South African Ruan van der
	// Merwe" Ruan van der Merwe.
	if d := demonymWords(toks, nameFirst, j); !isOrg && d > 0 && j-nameFirst >= d+2 &&
		(isGivenName(toks[nameFirst+d].key) || slices.ContainsFunc(toks[nameFirst+d+1:j], func(t token) bool { return !t.cap && entity.IsParticle(t.key) })) {
		split, nameFirst = nameFirst+d-1, nameFirst+d
	}
	// Title words written before the run.
	first := i
	// No title for a social network's page: "his official Facebook page".
	page := j == i+1 && j < len(toks) && platforms[toks[i].key] && platformNouns[toks[j].key]
	for b := i - 1; b >= 0 && !toks[b].poss && !page; b-- {
		// A title in the possessive names what the office owns: "Prime
		// Minister's Questions".
		t := toks[b]
		if b == i-1 && fixtureHost(toks, b, i, j) {
			break
		}
		if n := playingPosition(toks, b); b == i-1 && n > 0 {
			first = b - n + 1 // "Former Hawks running back Isaiah Reed"
			b = first
			continue
		}
		if t.kind == word && !t.cap && isTitleKey(t.key) ||
			t.kind == word && !t.cap && b == i-1 && roleNoun(t.key) ||
			t.kind == word && t.key == "of" && b > 0 && isTitleKey(toks[b-1].key) ||
			t.kind == word && t.key == "for" && b > 0 && toks[b-1].cap && isTitleKey(toks[b-1].key) || // "Minister for Housing X"
			t.kind == word && t.key == "the" && b > 1 && toks[b-1].key == "of" && isTitleKey(toks[b-2].key) ||
			t.kind == word && t.cap && isTitleKey(t.key) && b+1 == first ||
			t.kind == word && t.cap && fieldAdjective(t.key) && b+1 == first && first < i && isTitleKey(toks[first].key) || // "Chief Medical Director of the …"
			t.kind == word && !t.cap && b+1 == first && first < i && isTitleKey(toks[first].key) && modifierNoun(toks, b) ||
			// Two fields before a title: "union business agent Ray
			// Delacroix-Hunt".
			t.kind == word && !t.cap && b+1 == first && first+1 < i && !isTitleKey(toks[first].key) && isTitleKey(toks[first+1].key) && modifierNoun(toks, b) ||
			t.kind == word && t.key == "and" && b+1 == first && isTitleKey(toks[first].key) && titlesJoined(toks, b) {
			first = b
			continue
		}
		break
	}
	hasTitle := split >= 0 || first < i
	// A portfolio after "for" or "of" joined by "and" or "and the" to
	// more capitalised words runs on through them to the given name that
	// ends the run: "Minister for Sustainability and the Environment
	// Desmond Kwek".
	andPortfolio, holder := false, -1
	if !hasTitle && !isOrg && len(*out) > 0 {
		andPortfolio, holder = portfolioAnd((*out)[len(*out)-1], toks, i, j, lex)
	}
	if andPortfolio {
		first = (*out)[len(*out)-1].first
		*out = (*out)[:len(*out)-1]
		hasTitle = true
	}
	if hasTitle && len(*out) > 0 {
		// The capitalised words before a title name its office, the
		// words of a portfolio joined by "and" too: "Health and Social
		// Care Secretary Ada Roe".
		prev := (*out)[len(*out)-1]
		if (prev.kind != namePerson || formerOnly(prev)) && (prev.last == first-1 ||
			prev.last == first-2 && toks[first-1].key == "and" && toks[first].cap && prev.kind != nameOrg && !prev.poss) {
			first = prev.first
			*out = (*out)[:len(*out)-1]
		}
	}
	// Common words right after a title belong to it: "Secretary of State Marco Rubio".
	// So does a noun for a role opening the sentence before a given name
	// or a name of two words: "Forecaster Aled Pritchard", "Meteorologist
	// Tanner Vosburgh", "Retiree Lim Ah Moi". After a title ending in
	// "of", "of the" or "for", or a portfolio joined to one by "and", the
	// words before the last two or before a given name belong to it:
	// "Leader of the Opposition Anitha Rangaswamy", "Minister for
	// Transport Fergal Breen", "Secretary of State Marcus A. Whitlow".
	ofThe := andPortfolio ||
		i >= 2 && first < i && toks[i-1].key == "the" && toks[i-2].key == "of" ||
		first < i && toks[i-1].key == "for" ||
		split >= 0 && nameFirst == split+1 && (toks[nameFirst].key == "of" || toks[nameFirst].key == "for") // "Secretary of State Marcus Whitlow"
	// But after "the mayor of" a place follows, whole: "New Orleans".
	// So does a portfolio inside the run: "Minister for Climate Crisis
	// and Civil Protection, Nikos Themelis".
	field := (first < i && (toks[i-1].key == "of" || toks[i-1].key == "for") ||
		split >= 0 && nameFirst == split+1 && (toks[nameFirst].key == "of" || toks[nameFirst].key == "for")) &&
		!slices.ContainsFunc(toks[i:j], func(t token) bool { return isGivenName(t.key) })
	for !isOrg && nameFirst < j-1 && !isGivenName(toks[nameFirst].key) && !(toks[nameFirst].poss && innerPossessive(toks, nameFirst)) && !titledParticles(toks, split, nameFirst, j) && !(nameFirst == i && leadingParticles(toks, i, lex)) && !entity.IsInitials(toks[nameFirst].text) && !bareNoun(toks, nameFirst) && !particleSurname(toks, nameFirst) && !givenAfterTitle(toks, nameFirst, j) && !(nameFirst == i && titledSurname(toks, i) && !lex.common(toks[i+1].key)) &&
		(lex.common(toks[nameFirst].key) && !monthName(toks, nameFirst) && !modalGiven(toks, nameFirst) && (hasTitle && !field || unitInitial(toks, nameFirst) && !lex.namePair(toks, nameFirst) && !lex.phrase(toks, nameFirst)) ||
			unitInitial(toks, nameFirst) && lex.pluralOnly(toks[nameFirst].key) && !lex.namePair(toks, nameFirst) && givenHead(toks[nameFirst+1].key) ||
			ofThe && j-nameFirst > 2 && !gaelicName(toks, nameFirst, j) && !lex.particleHolder(toks, nameFirst, j) && (holder < 0 || nameFirst < holder) ||
			unitInitial(toks, nameFirst) && lex.roleWord(toks[nameFirst].key) && (isGivenName(toks[nameFirst+1].key) || j-nameFirst >= 3 && doerNoun(toks, nameFirst, lex)) ||
			// "District Engineer Ramon Dizon": a capitalised noun for a
			// role, and the words of its office before it, before a given
			// name and a surname.
			roleBeforeName(toks, nameFirst, j, lex) ||
			// "Jockey Callum Ruiz-McAllister pulled him up": an epithet
			// before a given name and a surname, but not "Champion Hill
			// Stadium".
			unitInitial(toks, nameFirst) && epithets[toks[nameFirst].key] && j-nameFirst >= 3 && isGivenName(toks[nameFirst+1].key) ||
			// "Shopper Ortega-Banks had a simpler strategy" after "Luis
			// Ortega-Banks": an ordinary person's noun before a surname
			// the corpus writes after a given name.
			unitInitial(toks, nameFirst) && j-nameFirst == 2 && entity.IsEverydayPerson(toks[nameFirst].key) && !lex.namePair(toks, nameFirst) && lex.surname(toks[nameFirst+1].key)) {
		nameFirst++
		hasTitle = true
	}
	if holder > nameFirst {
		// The loop stopped at a given name inside the field: the holder's
		// name starts after the field all the same.
		nameFirst = holder
	}
	if nameFirst == first && j-nameFirst >= 3 && unitInitial(toks, nameFirst) && entity.IsRivalWord(toks[nameFirst].key) {
		nameFirst++ // "Rival Zephyr Electric said"
	}
	if nameFirst == first && j-nameFirst >= 2 && unitInitial(toks, nameFirst) && !toks[nameFirst].shout && entity.TradeOpens(toks[nameFirst].key, toks[nameFirst+1].key) {
		nameFirst++ // "Retailer Harwell Foods said", "Carmaker Voss said", not "Promoters Guild of Ireland"
	}
	if nameFirst == first && j-nameFirst == 2 && unitInitial(toks, nameFirst) && !toks[nameFirst].shout && entity.IsKinGroup(toks[nameFirst].key) && lex.kinPair(toks, nameFirst+1) {
		nameFirst++ // "Siblings Huia and Rawiri Kereama"
	}
	if nameFirst == first && j-nameFirst == 3 && unitInitial(toks, nameFirst) && !toks[nameFirst].shout && entity.IsKinGroup(toks[nameFirst].key) && kinFull(toks, nameFirst+1, lex) {
		nameFirst++ // "Sisters Pat Kingi, 81, and Maureen Kingi"
	}
	// "Suva-based Nadroga Ocean Products", "Canadian-listed Serrania
	// Copper", "Marshall Islands-registered Helios Crude Carriers": where
	// a name is based or listed is not part of it.
	for k := j - 2; k >= nameFirst; k-- {
		if isBasedIn(toks[k].key) {
			nameFirst = k + 1
			break
		}
	}
	// Nor can a noun for a body in capitals: "the Berlin-based NGO
	// SeaBridge Rescue".
	if upper := strings.ToUpper; j-nameFirst >= 2 && toks[nameFirst].text == upper(toks[nameFirst].text) && entity.IsOrgNoun(toks[nameFirst].key) &&
		toks[nameFirst+1].text != upper(toks[nameFirst+1].text) { // but "BANK OF ENGLAND" in a line of capitals
		nameFirst++
	}
	// Particles and connectives cannot start a name.
	// But a surname's particles after a title open it: "Ms van Berkel".
	for nameFirst < j && !toks[nameFirst].cap && !(nameFirst == i && leadingParticles(toks, i, lex)) && !(!isOrg && titledParticles(toks, split, nameFirst, j)) {
		nameFirst++
	}
	if nameFirst >= j {
		return chunk{}, false
	}
	c := chunk{first: first, last: j - 1, nameFirst: nameFirst, poss: toks[j-1].poss}
	// Letters after a person's name are honours and offices, not part of
	// the name: "Jane Doe KC", "John Smith MP".
	for !isOrg && j-nameFirst > 2 && postnominal(toks[j-1]) && !toks[j-2].poss {
		j--
		c.poss = toks[j-1].poss
	}
	for k := first; k < nameFirst; k++ {
		if toks[k].kind == word {
			// A rank written in lower case is a part played, not a
			// style: "pantomime dame Reggie Platt", "drag queen Bianca
			// Vale".
			c.played = c.played || !toks[k].cap && ranks[toks[k].key]
			c.title = append(c.title, toks[k].key)
		}
	}
	var name []string
	for k := nameFirst; k < j; k++ {
		t := toks[k]
		if t.kind == quoted {
			if !strings.Contains(t.nick, " ") {
				c.nick = t.nick
			}
			continue // a nickname is not part of the name
		}
		if singleNick(toks, nameFirst, k) {
			c.nick = toks[k+1].key
			k += 2
			continue
		}
		if t.kind == punct && t.text == "," && len(name) > 0 {
			name[len(name)-1] += "," // "Department for Environment, Food and Rural Affairs"
			continue
		}
		if len(name) > 0 && bracketedForm(toks, k) {
			// "Zarnab Gloves (Pvt) Limited": the form in its brackets is
			// one word of the name.
			name = append(name, "("+toks[k+1].text+")")
			c.keys = append(c.keys, normKey(toks[k+1].key))
			k += 2
			continue
		}
		if t.kind == punct {
			name = append(name, t.text)
			continue
		}
		w := t.text
		if k < j-1 && t.poss {
			// A possessive inside the name keeps its ending.
			w = withEnding(w, t.end-t.start-len(t.text))
		}
		name = append(name, w)
		c.keys = append(c.keys, normKey(t.key))
	}
	if c.poss && ownPossessive(toks, nameFirst, j) {
		// "Harwell’s, the UK’s third-largest chain,": the ’s is the
		// name's own.
		c.poss = false
		t := toks[j-1]
		name[len(name)-1] = withEnding(name[len(name)-1], t.end-t.start-len(t.text))
	}
	c.name = strings.Join(name, " ")
	switch {
	case isOrgName(c.keys, toks[nameFirst:j]):
		c.kind = nameOrg
	case hasPersonTitle(c.title) && !jurisdiction(c.title) && !portfolio(toks, j, c.keys) || isGivenName(c.keys[0]):
		c.kind = namePerson
	}
	return c, true
}

// playingPosition returns how many words of a team sport's position end
// at toks[k], written in lower case before a name: 2 for "running back",
// 1 for "fly-half", 0 for none.
func playingPosition(toks []token, k int) int {
	if toks[k].kind != word || toks[k].cap {
		return 0
	}
	if k > 0 && toks[k-1].kind == word && !toks[k-1].cap && toks[k-1].unit == toks[k].unit && toks[k-1].end < toks[k].start &&
		playingPositions[toks[k-1].key+" "+toks[k].key] {
		return 2
	}
	if playingPositions[toks[k].key] {
		return 1
	}
	return 0
}

// formerOnly reports whether c is a person only because a word for
// when an office was held stands before it: "Norway" of "Former Norway
// goalkeeping coach Dr Ragnhild Østby".
func formerOnly(c chunk) bool {
	if len(c.keys) != 1 || isGivenName(c.keys[0]) || len(c.title) == 0 {
		return false
	}
	for _, k := range c.title {
		if k != "former" && k != "late" && k != "then" {
			return false
		}
	}
	return true
}

// titleOnly reports whether c is a title written in capitals with no
// name in it: "Executive" of "the Chief Executive", "Medical Officer" of
// "the Chief Medical Officer". After an honorific a title word is a
// surname: "Dr Sheikh".
func (c chunk) titleOnly() bool {
	n := len(c.keys)
	compound := n == 1 && !strings.Contains(c.name, " ") && compoundRole(c.name) // "the union's President-General"
	if n == 0 || n > 2 || !isTitleKey(c.keys[n-1]) && !compound || slices.ContainsFunc(c.title, func(t string) bool { return honorifics[t] }) {
		return false
	}
	if n == 1 {
		return true // "CEO says", "Judge rules"
	}
	// Two words need a title before them and no given name in them.
	return c.kind != nameOrg && len(c.title) > 0 && isTitleKey(c.title[len(c.title)-1]) && !isGivenName(c.keys[0]) && !isTitleKey(c.keys[0])
}

// clergyStyle reports whether toks[k], before another word, is a church's
// office written before a name: "Canon Mary Hale", "the Rev Canon Peter
// Ashdown".
func clergyStyle(toks []token, k int) bool {
	prev := ""
	if k > 0 {
		prev = toks[k-1].key
	}
	return entity.IsClergyStyle(prev, toks[k].key, toks[k+1].key)
}

// gaelicParticles open an Irish or Scottish surname, written capitalised:
// "Ní Bhriain", "Ó Murchú", "Mac Aodha", "Nic Giolla".
var gaelicParticles = set(`ní nic ó ua mac`)

// gaelicName reports whether toks[i:j] is a given name and a surname that
// a Gaelic particle opens, three words the portfolio before them does not
// shorten: "Minister of State for Sport Clodagh Ní Bhriain".
func gaelicName(toks []token, i, j int) bool {
	return j-i == 3 && toks[i+1].cap && gaelicParticles[toks[i+1].key]
}

// officeHead reports whether toks[k], inside the capitalised run
// toks[i:j], is a noun for someone's job ending the name of an office
// before a given name and a surname: "Cedar County Emergency Management
// Coordinator Ray Halvorsen".
func officeHead(toks []token, i, k, j int) bool {
	return k >= i+2 && j == k+3 && agentNoun(toks[k].key) && isGivenName(toks[k+1].key) &&
		!slices.ContainsFunc(toks[i:k], func(t token) bool { return t.kind != word || t.poss })
}

// inCharge reports whether toks[k] is "Charge" ending a title with "in":
// "Special Agent in Charge", "Officer in Charge".
func inCharge(toks []token, k int) bool {
	return k >= 2 && k < len(toks) && toks[k].key == "charge" && toks[k].cap && toks[k-1].key == "in" && isTitleKey(toks[k-2].key)
}

// givenAfterTitle reports whether toks[k], a word the corpus also writes
// in lower case, is a given name: it comes right after a title word in
// capitals and before a surname that ends the run, as in "Chief
// Operating Officer Grant Ellsworth-Noor". Words that qualify an office
// are the title's: "President Elect Rubio".
func givenAfterTitle(toks []token, k, j int) bool {
	return k == j-2 && k > 0 && toks[k-1].cap && isTitleKey(toks[k-1].key) && toks[k].cap && toks[k+1].cap &&
		!officeQualifiers[toks[k].key] && !isTitleKey(toks[k].key)
}

// officeQualifiers follow a title to say how the office is held:
// "President Elect", "Archbishop Emeritus".
var officeQualifiers = set(`elect designate emeritus emerita general pro tem interim acting`)

// bareChapter reports whether toks[i:j] is "Chapter" and a number alone,
// a chapter of a code or a book rather than a branch, which is named with
// its body: "filed for Chapter 11", "Chapter 11 allows a company to keep
// trading", but "Teamsters Chapter 11".
func bareChapter(toks []token, i, j int) bool {
	return j == i+2 && toks[i].key == "chapter" && isNumber(toks[i+1].key)
}

// officeOfBody reports whether the run toks[i:j] is an office of two
// title words or more, toks[i:split+1], then "of" and the proper name of
// a body: "Executive Chairman of Ido-Ona Local Government", "Managing
// Director of Acme Holdings". The office is a title and the body a name of
// its own, as after one title word ("Chairman of Barclays"). A body of
// common words alone is the office's: "Deputy Commissioner of Police".
func officeOfBody(toks []token, i, split, j int) bool {
	if split < i+1 || split+3 >= j || toks[split+1].key != "of" {
		return false
	}
	for k := i; k <= split; k++ {
		if !isTitleKey(toks[k].key) && !officeModifiers[toks[k].key] {
			return false
		}
	}
	b := split + 2
	if toks[b].key == "the" {
		b++
	}
	return b < j-1 && !orgWords[toks[b].key] && !publicWords[toks[b].key] && toks[b].cap
}

// officeModifiers open an office of several words before its title word
// though they are no titles themselves: "Managing Director", "Joint
// Secretary". The others ("Executive", "Deputy", "Acting") are titles.
var officeModifiers = set(`managing joint`)

// bodyOf reports whether the title word toks[k] is part of the name of a
// body that the run toks[i:k] opens with its head and "of" or "of the",
// one capitalised word after "the" between them: "Court of Justice",
// "Office of the Comptroller", "Office of the Parliamentary
// Commissioner".
func bodyOf(toks []token, i, k int) bool {
	b := k - 1
	if b-3 >= i && k+1 < len(toks) && toks[k+1].key == "of" && toks[b].cap && isTitleKey(toks[b].key) && toks[b-1].key == "the" && toks[b-2].key == "of" && orgHeads[toks[b-3].key] && !isTitleKey(toks[b-3].key) {
		return true // "Office of the Auditor General of Canada": an office's words after "the", and where it serves
	}
	if b-1 > i && toks[b].cap && toks[b].kind == word && !isTitleKey(toks[b].key) && toks[b-1].key == "the" {
		b-- // but "Bank of Kembara Governor Halima Oduya" is a title
	}
	if b >= i && toks[b].key == "the" {
		b--
	}
	return b-1 >= i && toks[b].key == "of" && orgHeads[toks[b-1].key] && !isTitleKey(toks[b-1].key)
}

// staffAfterOrg returns the first token of a person's name of two words
// or more, opening with a given name, that ends the run toks[i:j] after
// the head word of an organisation's name, or -1.
func staffAfterOrg(toks []token, i, j int) int {
	for k := j - 2; k > i; k-- {
		// The given name may come second in a name of three words: "Punjab
		// Assembly Rana Shahid Mehmood".
		given := isGivenName(toks[k].key) || j-k >= 3 && isGivenName(toks[k+1].key) && !orgWords[toks[k].key]
		if !orgWords[toks[k-1].key] || !given || toks[k-1].poss {
			continue
		}
		if isOrgName(keysOf(toks[k:j]), toks[k:j]) {
			return -1
		}
		return k
	}
	return -1
}

// pluralTitle reports whether toks[k] is a title in the plural before a
// given name, shared by the names joined after it: "Justices Naomi
// Fairweather and Theodore Quist", "Senators Ana Ruiz and Tom Lee".
func pluralTitle(toks []token, k int) bool {
	sing, ok := strings.CutSuffix(toks[k].key, "s")
	return ok && toks[k].cap && titles[sing] && k+1 < len(toks) && isGivenName(toks[k+1].key)
}

// titlesJoined reports whether the "and" at toks[b] joins two offices of
// one person: a lower-case title before it that no determiner opens, as
// in "Nova Scotia Health president and CEO Gwendolyn Marchetti-Boyd"
// (but "the mayor and Governor Ana Ruiz" are two people).
func titlesJoined(toks []token, b int) bool {
	if b < 1 || toks[b-1].kind != word || toks[b-1].cap || !isTitleKey(toks[b-1].key) {
		return false
	}
	return b < 2 || !determiners[toks[b-2].key] && toks[b-2].kind == word
}

// portfolioAnd reports whether the capitalised run toks[i:j] continues the
// portfolio of prev, an office's title ending in "for" or "of" and the
// field it names: "and" or "and the" stands between them, and a given
// name inside the run, after its first word, starts the holder's name.
// The field's last words, taken for a person's name after the title, hold
// no given name: "Food Security" in "Minister for National Food Security
// and Research Malik Shahzad Awan". Where it can, the field runs to its
// last common word and the holder's name is the two or more words after
// it that the article never writes in lower case, whether or not a given
// name is known: "Minister for Fisheries and Coastal Development Mir
// Asfandyar Jamaldini", "Minister for Sustainability and the Environment
// Teo Mei Ling". holder is then the first of them, else -1.
func portfolioAnd(prev chunk, toks []token, i, j int, lex *lexicon) (ok bool, holder int) {
	if prev.kind == namePerson && slices.ContainsFunc(prev.keys, isGivenName) || !fieldTitle(prev.title) || !slices.ContainsFunc(prev.title, isTitleKey) || j-i < 3 {
		return false, -1
	}
	switch {
	case prev.last == i-2 && toks[i-1].key == "and":
	case prev.last == i-3 && toks[i-2].key == "and" && toks[i-1].key == "the":
	default:
		return false, -1
	}
	last := -1
	for k := i; k < j; k++ {
		if toks[k].kind != word {
			last = -1
			break
		}
		if k > i && isGivenName(toks[k].key) {
			break // a known given name starts the holder's name: "Grace Fu Hai Yien"
		}
		if lex.common(toks[k].key) || entity.IsFieldNoun(toks[k].key) {
			last = k
		}
	}
	if last >= i && j-last > 2 {
		return true, last + 1
	}
	for k := i + 1; k < j-1; k++ {
		if isGivenName(toks[k].key) {
			return true, -1
		}
	}
	return false, -1
}

// fieldTitle reports whether title words end in "of" or "for", or in
// the field of an office after them: "minister for national food" of
// "Federal Minister for National Food Security and Research".
func fieldTitle(title []string) bool {
	if jurisdiction(title) {
		return true
	}
	for k := 1; k < len(title); k++ {
		if (title[k] == "of" || title[k] == "for") && isTitleKey(title[k-1]) {
			return true
		}
	}
	return false
}

// portfolio reports whether a name after a title is the field of the
// role noun after it, not a person: "chief Africa economist", "senior
// Europe correspondent".
func portfolio(toks []token, j int, keys []string) bool {
	if j >= len(toks) || toks[j].kind != word || toks[j].cap || isGivenName(keys[0]) {
		return false
	}
	k := toks[j].key
	return isTitleKey(k) || roleHeads[k]
}

// jurisdiction reports whether title words end in "of", "for", "of the"
// or "for the": the name after them is what the office is of, "the mayor
// of New Orleans", "the MP for Teme Valley", not the person who holds it.
func jurisdiction(title []string) bool {
	n := len(title)
	of := func(w string) bool { return w == "of" || w == "for" }
	return n >= 2 && (of(title[n-1]) || title[n-1] == "the" && of(title[n-2]))
}

// office returns the words of the office in a title that ends in "of",
// "for", "of the" or "for the", "mayor" in "mayor of", or nil for other
// titles.
func office(title []string) []string {
	if !jurisdiction(title) {
		return nil
	}
	n := len(title) - 1
	if title[n] == "the" {
		n--
	}
	return title[:n]
}

// modifierNoun reports whether toks[b], a lower-case word opening a
// clause or following a comma or a title, modifies the title after it:
// "opposition leader Tomas Vey", "union chief Ada Roe", "chief
// financial officer Ana Ruiz".
func modifierNoun(toks []token, b int) bool {
	k := toks[b].key
	if stopwords[k] || boundaryWords[k] || reportVerbs[k] != 0 || strings.HasSuffix(k, "ly") {
		return false
	}
	if p := toks[max(b-1, 0)]; b > 0 && p.kind == word && !p.cap && p.unit == toks[b].unit && isTitleKey(p.key) &&
		(fieldAdjective(k) || p.key == "chief") {
		// Between two titles, the field of the second: "chief
		// financial officer", "chief operating officer", "senior
		// political correspondent".
		return true
	}
	if strings.HasSuffix(k, "ed") {
		return false
	}
	if p := toks[max(b-1, 0)]; b > 0 && p.kind == word && p.cap && p.unit == toks[b].unit && !stopwords[p.key] && !isNumber(k) {
		// After a name, the field a title is held in: "Norway
		// goalkeeping coach", "Labour housing spokesman".
		return true
	}
	if strings.HasSuffix(k, "ing") {
		return false
	}
	if b == 0 || toks[b-1].unit != toks[b].unit {
		return true
	}
	p := toks[b-1]
	if p.kind == word && !p.cap && b+1 < len(toks) && isTitleKey(toks[b+1].key) && !isTitleKey(p.key) && modifierNoun(toks, b-1) {
		return true // "union business agent"
	}
	return p.kind == punct && p.text == "," || p.kind == quoted || p.kind == word && (p.key == "the" || p.key == "a" || p.key == "an")
}

// normKey folds the typographic apostrophe so that O’Brien and O'Brien
// are the same name.
func normKey(k string) string { return strings.ReplaceAll(k, "’", "'") }

// isOrgName reports whether a name is an organisation's.
func isOrgName(keys []string, toks []token) bool {
	if len(keys) >= 2 && streetWords[keys[len(keys)-1]] {
		return false // a street, whatever its words: "Water Street", "College Road"
	}
	for i, k := range keys {
		if k == "co" && i == 0 && len(keys) > 1 {
			continue // an Irish county: "Co Kilkenny"
		}
		if orgWords[k] || i > 0 && isNumber(k) && localWords[keys[i-1]] {
			return true
		}
	}
	if slices.ContainsFunc(toks, func(t token) bool { return t.kind == punct && t.text == "&" }) {
		return true // "Greystone Paving & Grading", "Calder & Finch"
	}
	if len(keys) > 2 && memberHeads[keys[0]] && keys[1] == "of" {
		return true // "Friends of the Lantern"
	}
	if len(keys) > 2 && keys[0] == "transport" && keys[1] == "for" {
		return true // "Transport for London"
	}
	if len(toks) == 1 {
		t := toks[0].text
		n := utf8.RuneCountInString(t)
		return n >= 2 && n <= 5 && strings.ToUpper(t) == t && !strings.Contains(t, ".")
	}
	return false
}

// streetWords end the names of streets: "Water Street", "Bank Road".
var streetWords = set(`street road avenue lane drive boulevard terrace crescent square`)

// roleWord reports whether key is a noun for a person's role. A word
// that only its ending in "-man" makes one must be listed or written in
// lower case too: "Fisherman", but not "Abdelrahman" or "Osman".
func (l *lexicon) roleWord(key string) bool {
	if !roleNoun(key) {
		return false
	}
	if !strings.HasSuffix(key, "man") {
		return true
	}
	stem := strings.TrimSuffix(key, "man")
	return l.lower[key] > 0 || titles[key] || roleHeads[key] || personNouns[key] || plainPeople[key] || entity.IsEverydayPerson(key) ||
		len(stem) >= 4 && l.lower[stem] > 0 // "Winchman" where "winch" is written too
}

// phrase reports whether toks[i] and the capitalised word after it are
// written together in lower case elsewhere in the corpus, so that a name
// opening a sentence holds them both: "Table Tennis England said" where
// "table tennis" is written too.
func (l *lexicon) phrase(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].kind == word && toks[i+1].cap && toks[i+1].unit == toks[i].unit && l.phrases[toks[i].key+" "+toks[i+1].key]
}

// pluralOnly reports whether the corpus writes key in lower case only in
// the plural: "Millwright Jan-Willem de Groot" opening a caption where
// "millwrights" is written too.
func (l *lexicon) pluralOnly(key string) bool {
	return !strings.HasSuffix(key, "s") && l.lower[key] == 0 && l.quoted[key] == 0 && (l.lower[key+"s"] > 0 || l.quoted[key+"s"] > 0)
}

// demonymWords returns how many words of toks[k:j] a demonym opening
// them takes: one ("Italian"), two with a point of the compass ("South
// African", "North Korean"), or none.
func demonymWords(toks []token, k, j int) int {
	switch {
	case k < j && (demonym.Is(toks[k].key) || olympians[toks[k].key]):
		return 1
	case k+1 < j && demonym.Compound(toks[k].key, toks[k+1].key):
		return 2
	}
	return 0
}

// particleSurname reports whether toks[k] is a particle written with a
// capital at a sentence's start before more particles and a capitalised
// word: the surname "Van der Westhuizen" or "De la Cruz" opening a
// sentence, not the common noun "van".
func particleSurname(toks []token, k int) bool {
	if !toks[k].cap || !entity.IsParticle(toks[k].key) || !unitInitial(toks, k) {
		return false
	}
	j := k + 1
	for j < len(toks) && j < k+3 && toks[j].kind == word && !toks[j].cap && entity.IsParticle(toks[j].key) && toks[j].unit == toks[k].unit {
		j++
	}
	return j > k+1 && j < len(toks) && toks[j].unit == toks[k].unit && nameWord(toks, j)
}

// bareNoun reports whether toks[k] is a bare word for a person ("Man",
// "Woman") opening a sentence before two more capitalised words: no
// English sentence puts one before a name, so it is a given name, as in
// "Man Kumari Pun, 54, was one of those who escaped".
func bareNoun(toks []token, k int) bool {
	switch toks[k].key {
	case "man", "woman", "boy", "girl":
		name := func(n int) bool {
			return n < len(toks) && toks[n].kind == word && toks[n].cap && toks[n].unit == toks[k].unit
		}
		return unitInitial(toks, k) && name(k+1) && name(k+2)
	}
	return false
}

// roleBeforeName reports whether the run toks[k:j] reaches, past words
// none of which is a given name, a noun for a role that ends in "-er",
// "-or" or "-ist" right before a given name with a surname after it:
// "District Engineer Ramon Dizon", "Chief Surveyor Ana Ruiz".
func roleBeforeName(toks []token, k, j int, lex *lexicon) bool {
	for r := k; r+2 < j; r++ {
		key := toks[r].key
		if isGivenName(key) || toks[r].poss {
			return false
		}
		if lex.roleWord(key) && agentNoun(key) && !titles[key] && isGivenName(toks[r+1].key) {
			return true
		}
	}
	return false
}

// roleNoun reports whether key is a singular noun for a person's role that
// can stand before a name like a title: "engineer Paul Grant", "co-author
// Jane Doe".
func roleNoun(key string) bool {
	plural := strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") // but "witness", "actress"
	return !boundaryWords[key] && !stopwords[key] && !plural && isPeopleNoun(key)
}

// agentNoun reports whether key names someone by what they do:
// "meteorologist", "trucker", "inspector". Words in "-ian" or "-ic" are
// left out: they are as often adjectives ("Appalachian").
func agentNoun(key string) bool {
	for _, suf := range []string{"ist", "er", "or"} {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+2 {
			return true
		}
	}
	return titles[key] || roleHeads[key] || personNouns[key]
}

// fieldAdjective reports whether key has the ending of an adjective that
// names a field: "medical", "financial", "regional", "operational".
func fieldAdjective(key string) bool {
	for _, suf := range []string{"ical", "cial", "ional", "ative"} {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+2 {
			return true
		}
	}
	return false
}

// doerNoun reports whether toks[k], opening a sentence before a name of
// two words or more, describes the person: a title, an epithet, or a
// word for a doer that the corpus never writes before the next word
// inside a sentence ("Meteorologist Tanner Vosburgh", "Retiree Lim Ah
// Moi", "Resident Lau Mei-ling", but "Kessler Ridge Chemical" where "the Kessler Ridge plant" is
// written too).
func doerNoun(toks []token, k int, lex *lexicon) bool {
	key := toks[k].key
	return titles[key] || roleHeads[key] || personNouns[key] || epithets[key] || entity.IsEverydayPerson(key) || agentNoun(key) && !lex.namePair(toks, k)
}

// hasPersonTitle reports whether a title holds a word for a person.
func hasPersonTitle(title []string) bool {
	for _, k := range title {
		if isTitleKey(k) {
			return true
		}
	}
	return false
}

// keysOf returns the keys of the words among toks.
func keysOf(toks []token) []string {
	var keys []string
	for _, t := range toks {
		if t.kind == word {
			keys = append(keys, normKey(t.key))
		}
	}
	return keys
}

// demonymOrMember reports whether key names one person by where they are
// from, the party they belong to or the Games they competed at:
// "Italian", "Democrat", "Olympian". "Independent" is left out, as
// newspapers bear the name.
func demonymOrMember(key string) bool {
	return demonym.Is(key) || olympians[key] || partyNouns[key] && key != "independent"
}

// peoplesName reports whether a chunk is a plural demonym alone:
// "Ukrainians", "Kenyans". Such a word names a people, none of whom
// speaks as one: "which Ukrainians call “light schedules”". The plural of
// a party member is left a name, as what "Democrats have described" a
// scheme as is the party's judgment.
func peoplesName(c chunk) bool {
	return len(c.keys) == 1 && len(c.title) == 0 && demonym.Plural(c.keys[0])
}

// olympians are nouns for one who competed at the Games, written with a
// capital like a demonym and, like one, never a name: "two-time Olympian
// Fergal O'Dea", "the Paralympian".
var olympians = set(`olympian olympians paralympian paralympians`)

// demonymRef reports whether a chunk is a demonym or a party member
// alone after a determiner and modifiers: "the Italian", "the veteran
// Scot", "a Brazilian", "the committee's top Republican". Such a phrase
// describes a person; it is not a name.
func demonymRef(toks []token, c chunk) bool {
	if len(c.keys) != 1 || len(c.title) != 0 || !demonymOrMember(c.keys[0]) {
		return false
	}
	for b := c.first - 1; b >= 0 && b >= c.first-4; b-- {
		t := toks[b]
		if t.kind != word || t.unit != toks[c.first].unit {
			return false
		}
		if determiners[t.key] || t.poss {
			return true
		}
		if t.cap && !unitInitial(toks, b) || boundaryWords[t.key] {
			return false
		}
	}
	return false
}

// rankInTitle reports whether toks[j] is "No" or "Number" or the number
// after it, a ranking written in a title after a demonym or "World" and
// before a name: "former British No 1 Neil Castleford", "World No. 3
// Ann Kerr".
func rankInTitle(toks []token, i, j int) bool {
	if j <= i || toks[j].kind != word {
		return false
	}
	k := j // the token of "No"
	if isNumber(toks[j].key) || toks[j].key == "one" {
		k = j - 1
	}
	if k <= i || toks[k].key != "no" && toks[k].key != "number" || !toks[k].cap {
		return false
	}
	n := k + 1
	if n+1 >= len(toks) || toks[n].unit != toks[j].unit || toks[n+1].unit != toks[j].unit || toks[n].kind != word ||
		!isNumber(toks[n].key) && toks[n].key != "one" || !nameWord(toks, n+1) {
		return false
	}
	p := toks[k-1].key
	return demonym.Is(p) || p == "world"
}

// demonymModifier reports whether a chunk is a demonym alone, after no
// more than a word of time such as "former", modifying the words after
// it: "former British officials", "former British No 1 Neil Castleford".
// Such a word describes; it is not a name.
func demonymModifier(toks []token, c chunk) bool {
	if len(c.keys) != 1 || !demonym.Is(c.keys[0]) {
		return false
	}
	for _, t := range c.title {
		if !timeTitles[t] {
			return false
		}
	}
	k := c.last + 1
	if k >= len(toks) || toks[k].kind != word || toks[k].unit != toks[c.first].unit {
		return false
	}
	if toks[k].key == "no" || toks[k].key == "number" {
		return true // a ranking
	}
	return len(c.title) > 0 && !toks[k].cap
}

// timeTitles are the words before a title that say when it was held:
// "former", "ex".
var timeTitles = set(`former ex then late`)

// headlineVerbs are the verbs that headlines and the summaries built from
// them write in Title Case after their subject: "Trump Says Mexico …",
// "Senate Leader Slams Veto". They never continue a name.
var headlineVerbs = set(`says said claims claimed slams slammed warns warned vows vowed urges
	urged blasts blasted denies denied insists insisted admits admitted rejects rejected
	defends defended praises praised accuses accused confirms confirmed announces
	announced reveals revealed tells told threatens threatened demands demanded pledges
	pledged signals signaled signalled vetoes vetoed calls`)

// headlineVerb reports whether toks[i] is a capitalised verb inside a Title
// Case run, where a headline or a summary built from headlines puts the
// verb after its subject: "Trump Claims Mexican President …".
func headlineVerb(toks []token, i int) bool {
	t := toks[i]
	if t.kind != word || !t.cap || unitInitial(toks, i) || !headlineVerbs[t.key] {
		return false
	}
	return titleContext(toks, i)
}

// titleContext reports whether toks[i] stands in a Title Case run: the
// word after it is capitalised, or the sentence ends with it.
func titleContext(toks []token, i int) bool {
	n := i + 1
	if n >= len(toks) || toks[n].unit != toks[i].unit || toks[n].kind == punct {
		return true
	}
	if toks[n].kind != word || !toks[n].cap {
		return false
	}
	// "Small Claims Court": the run ends in an organisation's word.
	for k := n; k < len(toks) && k <= n+3 && toks[k].kind == word && toks[k].cap; k++ {
		if orgWords[toks[k].key] {
			return false
		}
	}
	return true
}

// endsName reports whether toks[j] ends the name that starts at toks[i]
// although it is capitalised: a headline verb, or, after a person's name,
// a common word in verb or adverb form in a Title Case run, as in
// "Governor Rosa Delgado Vetoed State Housing Bill" or "Claudia Sheinbaum
// Rejected U.S. Offer".
func endsName(toks []token, i, j int, lex *lexicon) bool {
	t := toks[j]
	if t.kind != word || !t.cap {
		return false
	}
	if headlineVerb(toks, j) && toks[j-1].key != "to" {
		return true // but "Freedom to Read Project"
	}
	if p := toks[j-1]; p.kind == word && strings.Count(p.text, ".") >= 2 && !isTitleKey(p.key) && isGivenName(t.key) && listedPlace(p.text) {
		return true // "… to the U.S. Claudia Sheinbaum said", not "MLA H.S. Venkatesh Gowda"
	}
	if !lex.common(t.key) || isGivenName(t.key) || !titleContext(toks, j) {
		return false
	}
	if p := toks[j-1].key; p == "for" || p == "of" || p == "the" {
		return false // a portfolio: "Commissioner for Standards"
	}
	if !strings.HasSuffix(t.key, "ed") && !strings.HasSuffix(t.key, "ly") && !strings.HasSuffix(t.key, "s") {
		return false
	}
	person := isGivenName(toks[i].key)
	for k := max(i-1, 0); k < j && !person; k++ {
		person = toks[k].kind == word && isTitleKey(toks[k].key)
	}
	return person && j-i >= 2
}

// listedPlace reports whether the entity gazetteer lists name as a place:
// "U.S.", "U.K.".
func listedPlace(name string) bool {
	t, ok := entity.Listed(name)
	return ok && t == entity.Place
}

// innerPossessive reports whether the possessive toks[k] belongs inside an
// organisation's name: a plural one before capitalised words ending in an
// organisation's word ("Rail and Transit Workers' Union", "Leaders'
// Debates Commission"), a saint's, or a founder's before the one word of a
// business that ends the name ("Hartwell’s Bakeries").
func innerPossessive(toks []token, k int) bool {
	t := toks[k]
	if n := k + 1; k >= 1 && entity.IsSaint(toks[k-1].key) && toks[k-1].cap && n < len(toks) && toks[n].unit == t.unit && orgAhead(toks, n) {
		return true // a saint's name: "St Aldric’s Boat Club", "St Mary's Hospital"
	}
	if n := k + 1; k >= 1 && entity.IsSaint(toks[k-1].key) && toks[k-1].cap && n < len(toks) && toks[n].unit == t.unit && toks[n].kind == word && toks[n].cap && saintPlaces[toks[n].key] {
		return true // a church or place named for a saint: "St Aldhelm’s Cathedral", "St James's Park"
	}
	if n := k + 1; t.cap && n < len(toks) && toks[n].unit == t.unit && toks[n].kind == word && toks[n].cap && entity.IsOrgSuffix(toks[n].key) && !publicWords[toks[n].key] &&
		!(n+1 < len(toks) && toks[n+1].unit == t.unit && toks[n+1].kind == word && (toks[n+1].cap || toks[n+1].key == "of" || toks[n+1].key == "for")) &&
		!listedPlace(t.text) && !isTitleKey(t.key) && !unitInitial(toks, n) {
		// A business named for its founder, as the entity list has it:
		// "Hartwell’s Bakeries", "a spokesman for Sainsbury’s Bank";
		// but not a place's body ("Britain’s Treasury", "Kembara's
		// Ministry of Finance").
		return true
	}
	if d := t.end - t.start - len(t.text); d != 1 && d != 3 && !isTitleKey(t.key) && !entity.IsPlainPlural(t.key) &&
		!(strings.HasSuffix(t.key, "men") && len(t.key) > 5) {
		// "’s" or "'s" is a possessive of the whole name, except after an
		// office or a plural: "Pine County Sheriff’s Office",
		// "Children’s Hospital".
		return false
	}
	n := k + 1
	if n < len(toks) && toks[n].unit == t.unit && toks[n].kind == word && toks[n].cap && !isTitleKey(toks[n].key) &&
		(strings.HasSuffix(t.key, "s") && isPeopleNoun(t.key) || entity.IsPlainPlural(t.key) && t.cap && !heldOffice(toks, n)) {
		return true // "Shoppers’ Voice", "Ratepayers’ Alliance", "Women’s Aid"
	}
	return n < len(toks) && toks[n].unit == t.unit && orgAhead(toks, n) // "Leaders' Debates Commission"
}

// ofCountry reports whether the "of" at toks[j] ends a body's name
// headed by "of" with its country, as entity reads it: "the Ministry of
// Transport of Kazakhstan said".
func ofCountry(toks []token, i, j int) bool {
	if j+1 >= len(toks) || toks[j+1].kind != word || !toks[j+1].cap || toks[j+1].shout || !entity.IsCountryKey(toks[j+1].key) || !orgOf(toks, i, j) {
		return false
	}
	return j+2 >= len(toks) || toks[j+2].unit != toks[j].unit || toks[j+1].poss || !nameWord(toks, j+2)
}

// orgOf reports whether the name toks[i:j] so far is an organisation's
// word followed by "of", so that "and" continues it: "Ministry of
// Transport and Communications".
func orgOf(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if orgWords[toks[k].key] && (toks[k+1].key == "of" || toks[k+1].key == "for") {
			return true
		}
	}
	return false
}

// serialBody reports whether the comma at toks[j] separates the subjects
// of a public body named as a list of single words, the last joined by
// "and" or "&" to its head: "Agriculture, Fisheries and Conservation
// Department", "Foreign, Commonwealth & Development Office". The first
// word is no place and no given name, which a comma sets before a body's
// name in a sentence: "In Texas, Health and Human Services …".
func serialBody(toks []token, i, j int) bool {
	if isGivenName(toks[i].key) || listedPlace(toks[i].text) {
		return false
	}
	u := toks[j].unit
	for k := j + 1; k+2 < len(toks) && toks[k].unit == u && nameWord(toks, k) && !toks[k].poss; k += 2 {
		switch toks[k+1].key {
		case ",":
			continue
		case "and", "&":
			e := k + 2
			for e < len(toks) && toks[e].unit == u && nameWord(toks, e) && !toks[e-1].poss {
				e++
			}
			return e > k+2 && publicWords[toks[e-1].key]
		}
		return false
	}
	return false
}

// listedPortfolio reports whether the comma at toks[j] goes on a list of
// portfolios in a ministry's name that ends in "and" and a capitalised
// word: "Department for Environment, Food and Rural Affairs", "Ministry
// of Trade, Industry and Fisheries".
func listedPortfolio(toks []token, j int) bool {
	u := toks[j].unit
	words := 0
	for n := j + 1; n < len(toks) && n < j+12 && toks[n].unit == u; n++ {
		t := toks[n]
		switch {
		case t.kind == word && t.key == "and":
			return words > 0 && n+1 < len(toks) && nameWord(toks, n+1) && toks[n+1].unit == u
		case t.kind == punct && t.text == "," && words > 0:
			words = 0
		case nameWord(toks, n) && !t.poss:
			words++
		default:
			return false
		}
	}
	return false
}

// orgAhead reports whether the capitalised run starting at toks[k] ends
// within a few words in an organisation's word, so that a connective
// before it joins one name: "Rail and Transit Workers' Union".
func orgAhead(toks []token, k int) bool {
	limit := k + 4
	for n := k; n < len(toks) && n < limit; n++ {
		t := toks[n]
		if t.kind == word && t.key == "and" && n > k && toks[n-1].key == "fire" && t.unit == toks[k].unit {
			limit += 2 // "Ashbridge and Wessex Fire and Rescue Service"
			continue
		}
		if t.kind != word || !t.cap || t.unit != toks[k].unit || stopwords[t.key] {
			return false
		}
		if orgWords[t.key] {
			return true
		}
		if t.poss && !innerPossessive(toks, n) {
			return false
		}
	}
	return false
}

// saintPlaces are the nouns that end the name of a church or a place named
// for a saint: "St Paul’s Cathedral", "St Peter's Square".
var saintPlaces = set(`cathedral church chapel abbey priory minster basilica shrine park square hall`)

// heldOffice reports whether the capitalised run from toks[n] holds a
// title or a given name, as an office and its holder do: "Men’s Singles
// Champion Carlos Alcaraz".
func heldOffice(toks []token, n int) bool {
	for k := n; k < len(toks) && toks[k].unit == toks[n].unit && toks[k].kind == word && toks[k].cap; k++ {
		if isTitleKey(toks[k].key) || isGivenName(toks[k].key) {
			return true
		}
		if toks[k].poss {
			break
		}
	}
	return false
}

// ownPossessive reports whether the ’s ending the name toks[s:e] is part
// of it, as in a shop's or a firm's name ("Harwell’s", "Moody's"): it
// possesses nothing, standing before a comma, a full stop or a verb of
// report, or it follows "a" or "an" ("a Harwell’s spokesperson"). A
// given name's or a place's ’s, or one after "like" or a title, is a
// possessive whose noun is left out: "experiences like Ellery’s".
func ownPossessive(toks []token, s, e int) bool {
	t := toks[e-1]
	if n := t.end - t.start - len(t.text); !t.poss || n != 2 && n != 4 || isGivenName(toks[s].key) || listedPlace(t.text) {
		return false // not ’s, or a plural's bare apostrophe
	}
	if s > 0 && (ellipsisBefore[toks[s-1].key] || isTitleKey(toks[s-1].key)) {
		return false
	}
	if e >= len(toks) || toks[e].unit != t.unit {
		return true
	}
	n := toks[e]
	if s > 0 && (toks[s-1].key == "a" || toks[s-1].key == "an") && n.kind == word && !n.cap {
		return true
	}
	return n.kind == punct && (n.text == "," || n.text == "." || n.text == ";") || n.kind == word && ownedVerbs[n.key]
}

// ellipsisBefore are the words before a possessive whose noun is left
// out: "like Ellery’s", "a friend of Tom's".
var ellipsisBefore = set(`like unlike than as of`)

// ownedVerbs follow a name whose ’s is its own: "Moody's said".
var ownedVerbs = set(`said says announced added told warned`)

// withEnding returns the word w of a possessive token with the ending that
// was cut from it, n bytes long: "'", "’", "'s" or "’s".
func withEnding(w string, n int) string {
	switch n {
	case 1:
		return w + "'"
	case 2:
		return w + "'s"
	case 3:
		return w + "’"
	case 4:
		return w + "’s"
	}
	return w
}
