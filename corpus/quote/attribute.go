package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/demonym"
	"parallax/corpus/entity"
	"parallax/corpus/structure"
)

// A para is a paragraph prepared for attribution: its quotations, tokens,
// units and names.
type para struct {
	p       *corpus.Paragraph
	index   int // in the article
	regions []region
	toks    []token
	qtok    []int // per region: index of its quoted token
	ustart  []int // per unit: index of its first token
	chunks  []chunk
	chunkOf []int // per token: index of the chunk holding it, or -1
	single  bool  // the article marks quotations with single marks
	writers bool  // a word names a commenter or an account (commenterSays)
}

// newPara tokenises a paragraph; single says whether its article marks
// quotations with single marks (singleStyle).
func newPara(p *corpus.Paragraph, index int, single bool) *para {
	x := &para{p: p, index: index, single: single}
	switch {
	case p.Kind == corpus.KindPost:
		// A post's text has no quotations of its own, unless the
		// paragraph before the signature is the article's report of the
		// post: "“…,” Lindholm posted on X." (reportedPost).
		if strings.HasPrefix(p.Text, "\"") || strings.HasPrefix(p.Text, "“") {
			x.regions = findRegions(p.Text)
		}
	case single:
		x.regions = singleFirst(p.Text)
	default:
		x.regions = findRegions(p.Text)
		if len(x.regions) == 0 {
			x.regions = singleRegions(p.Text, p.Kind)
		}
	}
	x.tokenise()
	if p.Kind == corpus.KindPost && len(x.regions) > 0 && !x.reportedPost() {
		x.regions = nil
		x.tokenise()
	}
	x.initialisms()
	x.listedInitials()
	x.writers = slices.ContainsFunc(x.toks, func(t token) bool {
		return t.key == "commenter" || t.key == "commenters" || t.key == "account"
	})
	return x
}

// tokenise splits the paragraph into tokens around its quotation regions
// and indexes its units and quotations.
func (x *para) tokenise() {
	x.toks = tokenize(x.p.Text, x.regions)
	n := units(x.p, x.toks)
	x.ustart = make([]int, n+1)
	for i := range x.ustart {
		x.ustart[i] = len(x.toks)
	}
	x.qtok = make([]int, len(x.regions))
	for i := len(x.toks) - 1; i >= 0; i-- {
		t := x.toks[i]
		x.ustart[t.unit] = i
		if t.kind == quoted {
			x.qtok[t.quote] = i
		}
	}
}

// reportedPost reports whether a paragraph the page closes with a post's
// signature is the article's report of the post rather than its text: it
// opens with a quotation that a verb of speech within a few words after it
// tags ("“…,” Lindholm posted on X. “…”").
func (x *para) reportedPost() bool {
	if len(x.qtok) == 0 || x.qtok[0] != 0 {
		return false
	}
	u := x.toks[0].unit
	for k := 1; k < len(x.toks) && k <= 8 && x.toks[k].unit == u; k++ {
		if t := x.toks[k]; t.kind == word && reportVerbs[t.key] == finite {
			return true
		}
	}
	return false
}

// listedInitials gives a function word written in capitals that the
// gazetteers list as a name ("WHO", "US") a key of its own, "w.h.o", so
// that no rule takes the body for the pronoun: "“…,” WHO spokesperson
// Dr Helena Varga said". A line in capitals keeps its words.
func (x *para) listedInitials() {
	for i := range x.toks {
		t := &x.toks[i]
		if t.kind != word || !stopwords[t.key] || !listedCaps(t.text) {
			continue
		}
		lower := false
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(x.toks) && x.toks[k].kind == word && x.toks[k].unit == t.unit && strings.ContainsFunc(x.toks[k].text, unicode.IsLower) {
				lower = true
			}
		}
		if lower {
			t.key = strings.Join(strings.Split(t.key, ""), ".")
		}
	}
}

// initialisms takes a word in capitals standing alone after a word in
// lower case within its sentence for an initialism, not a shout:
// "the U.N. mission, MONUSCO, said", "according to UNICEF".
func (x *para) initialisms() {
	for i := 0; i < len(x.toks); i++ {
		t := &x.toks[i]
		if !t.shout || utf8.RuneCountInString(strings.ReplaceAll(t.text, "-", "")) > 8 {
			continue // "SAG-AFTRA" counts its letters
		}
		prev := -1
		for k := i - 1; k >= 0 && x.toks[k].unit == t.unit; k-- {
			if x.toks[k].kind == word {
				prev = k
				break
			}
		}
		if prev < 0 {
			// "NHTSA, which opened an inquiry, said": at the start of a
			// sentence, the words after it are in lower case.
			// A dateline, "LONDON, June 3 –", has a capital after
			// the comma.
			n := i + 1
			comma := n < len(x.toks) && x.isPunct(n, ",")
			if comma {
				n++
			}
			if n < len(x.toks) && x.toks[n].kind == word && x.toks[n].unit == t.unit && strings.ContainsFunc(x.toks[n].text, unicode.IsLower) && (!comma || !x.toks[n].cap) {
				t.shout = false
			}
			continue
		}
		if x.toks[prev].shout || !strings.ContainsFunc(x.toks[prev].text, unicode.IsLower) {
			continue
		}
		if n := i + 1; n < len(x.toks) && x.toks[n].kind == word && x.toks[n].unit == t.unit && !strings.ContainsFunc(x.toks[n].text, unicode.IsLower) {
			continue
		}
		t.shout = false
	}
}

// findNames finds the paragraph's names.
func (x *para) findNames(lex *lexicon) {
	x.chunks = findChunks(x.toks, lex)
	if x.p.Kind == corpus.KindCaption {
		// "… the pitch. Photograph: Kieran Boyd/Stagline Images": the
		// photographer is no one the article is about.
		if off := structure.CreditStart(x.p.Text); off >= 0 {
			x.chunks = slices.DeleteFunc(x.chunks, func(c chunk) bool { return x.toks[c.first].start >= off })
		}
	}
	if d := x.afterDateline(len(x.toks)); d > 0 && isUpperWord(x.toks[0].text) && x.isPunct(d-1, "—–-") {
		// "PORT ADAIR — A drone show …": a dateline in capitals names
		// where the story was filed, no body's initials.
		for ci := range x.chunks {
			if c := &x.chunks[ci]; c.last < d {
				c.kind, c.place = nameOther, true
			}
		}
	}
	x.chunkOf = make([]int, len(x.toks))
	x.indexChunks()
	for ci := range x.chunks {
		x.chunks[ci].brand = x.brandAt(x.chunks[ci])
		x.familyName(ci, lex)
	}
}

// familyName gives a relative named by a given name alone the family name
// of the one they are related to: "Ruatara's father, Wiremu," is Wiremu
// Ruatara. A family's plural is its name: "The Gillespies' grandson,
// Liam," is Liam Gillespie when the corpus names a Gillespie.
func (x *para) familyName(ci int, lex *lexicon) {
	c := &x.chunks[ci]
	f := c.first
	if len(c.keys) != 1 || len(c.title) > 0 || c.poss || f < 3 || !isGivenName(c.keys[0]) && !x.relativeSetOff(ci) {
		return
	}
	kin := f - 2 // "Ruatara's father, Wiremu,"
	if !x.isPunct(f-1, ",") {
		kin = f - 1 // "her husband Daniel"
	}
	if k := x.key(kin); !maleKin[k] && !femaleKin[k] || x.toks[kin].cap {
		return
	}
	own := kin - 1
	if kinAdjective(x.key(own)) && x.toks[own].kind == word && !x.toks[own].cap {
		own-- // "His younger brother Imran", "her late husband, Tom,"
	}
	if g := pronouns[possessivePronouns[x.key(own)]]; (g == 'm' || g == 'f') && x.toks[own].kind == word {
		// "Priya Oyelaran, 38, who was on board with her husband
		// Daniel", "The bid came from Rosalind Mensah-Tremayne, who
		// bought it with her husband, Kofi": the family name of the one
		// person named before in the sentence, whom the pronoun means.
		pc := -1
		for k := x.ustart[x.toks[f].unit]; k < own; k++ {
			c := x.chunkOf[k]
			if c < 0 || c == pc || x.chunks[c].kind == nameOrg || x.chunks[c].kind != namePerson && !givenHead(x.chunks[c].keys[0]) {
				continue // places are not yet told from people: "from Bristol"
			}
			if pc >= 0 {
				return // another person the pronoun may mean
			}
			pc = c
		}
		if pc < 0 || x.chunks[pc].poss {
			return
		}
		if p := x.chunks[pc]; len(p.keys) < 2 && (len(p.keys) != 1 || isGivenName(p.keys[0]) || titleGender(p.styles()) != g || x.otherClause(p.last, kin)) || len(p.keys) >= 2 && nameGender(p.keys) != g {
			// But "Mr Moodie, 58, who runs the shop with his wife
			// Morag,": an honorific and a surname, unless the pronoun
			// stands in a clause about someone else: "Mr Moodie said a
			// neighbour, who farms with his wife Kirsty,".
			return
		}
		words := strings.Fields(x.chunks[pc].name)
		c.name += " " + words[len(words)-1]
		c.family, c.kin = surnameKey(x.chunks[pc].keys), kinGender([]string{x.key(kin)})
		return
	}
	if !x.isPunct(f-1, ",") {
		return
	}
	pc := x.chunkOf[f-3]
	if pc < 0 || pc >= ci || !x.chunks[pc].poss || x.chunks[pc].kind == nameOrg || x.chunks[pc].place {
		return
	}
	p := x.chunks[pc]
	surname := p.keys[len(p.keys)-1]
	if isGivenName(surname) && len(p.keys) == 1 {
		return // "Una’s mother, Peg,": a given name says no family name
	}
	// Only the name as written grows: the keys stay the given name's, so
	// that the family name alone still means the one named with it.
	words := strings.Fields(p.name)
	last := words[len(words)-1]
	if len(p.keys) == 1 && x.key(p.first-1) == "the" && strings.EqualFold(last, surname) {
		if one, ok := familySingular(surname, lex); ok {
			surname, last = one, last[:len(last)-(len(surname)-len(one))]
		}
	}
	c.name += " " + last
	c.family, c.kin = surname, kinGender([]string{x.key(kin)})
}

// familySingular returns the family name whose plural is key ("gillespie"
// of "gillespies", "jones" of "joneses") when the corpus ends a name
// with it after a given name and does not write key there: "the
// Williams' son" stays a Williams, and "the Andrews' son" an Andrews
// though "Ryan Andrew Tait" has a middle name Andrew.
func familySingular(key string, lex *lexicon) (string, bool) {
	if lex.surname(key) {
		return "", false
	}
	for _, one := range []string{strings.TrimSuffix(key, "es"), strings.TrimSuffix(key, "s")} {
		if one != key && one != "" && lex.lastNames[one] {
			return one, true
		}
	}
	return "", false
}

// kinAdjective reports whether key stands between a possessive and a kin
// noun: an age word ("his younger brother") or "late" ("her late
// husband").
func kinAdjective(key string) bool { return ageWords[key] || key == "late" }

// relativeSetOff reports whether chunk ci, a word not known as a given
// name, is set off by commas right after a kin noun, where it can only be
// the relative's given name: "with her husband, Grant, for 19 years".
func (x *para) relativeSetOff(ci int) bool {
	c := x.chunks[ci]
	k := x.key(c.first - 2)
	return c.kind != nameOrg && !c.place && x.isPunct(c.first-1, ",") && x.isPunct(c.last+1, ",") &&
		(maleKin[k] || femaleKin[k]) && x.toks[c.first-2].kind == word && !x.toks[c.first-2].cap
}

// otherClause reports whether a relative "who" opens between toks[k] and
// toks[end] that is not the clause of the name ending at toks[k], which
// comes right after it, past an age and a description set off with it:
// "Mr Moodie said a neighbour, who", but not "Mr Moodie, 58, who" or "Mr
// Trevaskis, 71, a retired trawlerman who". A description holding a
// phrase names someone else the clause may be about: "Mr Ruiz, 40, a
// lawyer for the farmer who".
func (x *para) otherClause(k, end int) bool {
	own := k + 1
	if x.isPunct(own, ",") {
		own++
		if own+1 < len(x.toks) && isNumber(x.key(own)) && x.isPunct(own+1, ",") {
			own += 2
		}
		if w := x.key(own); w == "a" || w == "an" || w == "the" {
			for d := own + 1; d < end && d <= own+6 && x.toks[d].kind == word && !x.toks[d].poss && reportVerbs[x.key(d)] == 0 && !prepositions[x.key(d)]; d++ {
				if x.key(d) == "who" {
					own = d
					break
				}
			}
		}
	}
	for i := k + 1; i < end; i++ {
		if x.key(i) == "who" && i != own {
			return true
		}
	}
	return false
}

// familyNamesBack gives a relative named by a given name alone, set off
// after a possessive pronoun and a kin noun that open a sentence, the
// family name of the one the pronoun means: the last person of its
// gender named before, in the paragraph or the one before. "“…,” Mr
// Grieve said. ¶ His daughter, Shona, who manages the cottages, was
// more sanguine" names Shona Grieve. A given name or a body before says
// no family name.
func (art *article) familyNamesBack() {
	for pi, x := range art.paras {
		for ci := range x.chunks {
			c := &x.chunks[ci]
			f := c.first
			if c.family != "" || len(c.keys) != 1 || len(c.title) > 0 || c.poss || f < 3 || !isGivenName(c.keys[0]) && !x.relativeSetOff(ci) || !x.isPunct(f-1, ",") {
				continue
			}
			kin := f - 2
			if k := x.key(kin); !spouses[k] && !childNouns[k] || x.toks[kin].cap || x.toks[kin].kind != word {
				continue // "Her sister, Priya," after Mrs Naidoo need not be a Naidoo
			}
			own := kin - 1
			if kinAdjective(x.key(own)) && x.toks[own].kind == word {
				own-- // "His late wife, Darlene,"
			}
			g := pronouns[possessivePronouns[x.key(own)]]
			if g != 'm' && g != 'f' || own != x.ustart[x.toks[f].unit] {
				continue
			}
			p, ok := art.lastNamedOfGender(pi, own, g)
			if !ok {
				continue
			}
			words := strings.Fields(p.name)
			c.name += " " + words[len(words)-1]
			c.family, c.kin = surnameKey(p.keys), kinGender([]string{x.key(kin)})
		}
	}
}

// lastNamedOfGender returns the last name of a person written before
// toks[end] of paragraph pi, or in the paragraph before, when that person
// is of gender g and named with a family name: a full name, or a surname
// after an honorific ("Mr Grieve"). ok is false when the last person
// named is of the other gender, when it is a given name alone, when
// there is none, or when the window names another of gender g with
// another family name ("Tourism chief David Ross said" after "Mr Grieve
// said"), whom the pronoun may mean as well.
func (art *article) lastNamedOfGender(pi, end int, g byte) (chunk, bool) {
	var found chunk
	ok := false
	for i := pi; i >= max(pi-1, 0); i-- {
		x := art.paras[i]
		for ci := len(x.chunks) - 1; ci >= 0; ci-- {
			c := x.chunks[ci]
			if i == pi && c.last >= end || c.kind != namePerson || c.place {
				continue
			}
			cg := titleGender(c.styles())
			if cg == 0 {
				cg = nameGender(c.keys)
			}
			if ok {
				if cg == g && surnameKey(c.keys) != surnameKey(found.keys) {
					return chunk{}, false
				}
				continue
			}
			if cg != g || len(c.keys) < 2 && (len(c.title) == 0 || isGivenName(c.keys[0])) {
				return chunk{}, false
			}
			found, ok = c, true
		}
	}
	return found, ok
}

// brandAt reports whether the name c stands between "a" or "an" and a
// lower-case noun, as a brand or a model does: "bought a Latchwise Aria
// smart lock". A body's name before a role ("a Reuters reporter") is no
// brand.
func (x *para) brandAt(c chunk) bool {
	b, e := c.first, c.last+1
	if b == 0 || e >= len(x.toks) || len(c.keys) < 2 || c.poss || c.kind != nameOther {
		return false
	}
	if k := x.key(b - 1); k != "a" && k != "an" || !x.word(e, x.toks[b].unit) {
		return false
	}
	n := x.toks[e]
	return !n.cap && !stopwords[n.key] && x.verbAt(e) == 0 && !roleNoun(n.key) && !orgHeads[n.key] && !titles[n.key]
}

// indexChunks records, for every token, the chunk holding it or -1.
func (x *para) indexChunks() {
	for i := range x.chunkOf {
		x.chunkOf[i] = -1
	}
	for ci, c := range x.chunks {
		for k := c.first; k <= c.last && k < len(x.toks); k++ {
			x.chunkOf[k] = ci
		}
	}
}

// maxScan is the number of tokens the rules look through around a
// quotation for its attribution, which bounds the work per quotation.
const maxScan = 80

// A refKind says how a speaker is referred to.
type refKind uint8

const (
	refNone    refKind = iota
	refChunk           // by name: "Sheinbaum", "President Donald Trump"
	refPronoun         // he, she, they, it
	refDesc            // by description: "the Mexican president", "a report from the Heritage Foundation"
	refUnnamed         // by nobody the sentence names: "he was told the matter was “above his pay grade”"
)

// A ref is the phrase that names a quotation's speaker.
type ref struct {
	kind     refKind
	para     int    // paragraph index in the article
	tok      int    // first token of the phrase
	chunk    int    // refChunk: the name; refDesc: a name inside the description, or -1
	source   int    // refDesc: a name after "from", "by", "of" or "at", or -1
	pron     string // refPronoun: the pronoun's key
	head     string // refDesc: the key of the head noun
	org      string // refDesc: a common noun for the body a spokesperson speaks for ("a council spokesperson", "a spokesperson for the union") or a part belongs to ("the council's licensing committee")
	caps     []string
	definite bool
	aged     bool // refDesc: an age modifies the head ("the 46-year-old mother of five")
}

// A how says which pattern attributed a quotation.
type how uint8

const (
	howNone     how = iota
	howRight        // "…," she said
	howLeft         // She said: "…"
	howPartial      // a reporting verb earlier in the sentence
	howColon        // a lead-in ending in a colon
	howLeadIn       // a lead-in sentence ending the previous paragraph
	howFloating     // inherited from the previous quotation
	howSplit        // the second part of a quotation split by its attribution
	howContinue     // a paragraph continuing an open quotation
	howPost         // an embedded post
)

// word reports whether toks[i] exists, is a word and lies in unit u.
func (x *para) word(i, u int) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].kind == word && x.toks[i].unit == u
}

// key returns the key of toks[i], or "" when there is no such token.
func (x *para) key(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].key
}

// verbAt returns the form of the reporting verb at toks[i], or 0.
func (x *para) verbAt(i int) verbForm {
	if i < 0 || i >= len(x.toks) {
		return 0
	}
	t := x.toks[i]
	if t.kind != word || t.cap && !unitInitial(x.toks, i) || t.poss {
		return 0
	}
	f := reportVerbs[t.key]
	if t.key == "remembered" && (i > 0 && beForms[x.key(i-1)] || x.key(i+1) == "as") {
		return 0 // "She was remembered as “a force of nature” by friends": no one says so
	}
	if f == 0 && findingVerbs[t.key] && !verdictWords[x.key(i+1)] && (x.key(i+1) == "that" || !showVerbs[t.key] && (x.clauseObject(i+1) || x.foundQuoted(i))) {
		f = finite // "the review found that …", "the panel found the tackle was …", "the report found “a prison in crisis”"
	}
	if f == 0 && (t.key == "put" || t.key == "puts") && x.key(i+1) == "it" && x.toks[i+1].unit == t.unit {
		f = finite // "as she puts it, “…”", "Brennan put it simply: “…”"
	}
	if f == 0 && (t.key == "put" || t.key == "puts") && x.putAt(i) {
		f = finite // "the study put national demand at “well above …”"
	}
	if k := x.key(i + 2); f == 0 && (t.key == "put" || t.key == "puts") && x.key(i+1) == "to" &&
		(k == "him" || k == "her" || k == "them" || k == "me" || k == "us") && x.toks[i+2].unit == t.unit {
		f = finite // "“…,” one reporter put to her."
	}
	if k := x.key(i + 1); f == 0 && (t.key == "pressed" || t.key == "presses") &&
		(k == "him" || k == "her" || k == "them" || k == "me" || k == "us") && x.toks[i+1].unit == t.unit && x.colonAfter(i) {
		f = finite // "the presenter pressed her on that:"
	}
	if f == 0 && (t.key == "pressed" || t.key == "presses") && (!x.word(i+1, t.unit) || x.key(i+1) == "on" && !x.word(i+2, t.unit)) {
		f = finite // "“So that is the last of it?” Aurelius pressed."
	}
	if f == 0 && textVerbs[t.key] && i > 0 && (isDocHead(x.key(i-1)) || x.key(i-1) == "it") && !x.word(i+1, t.unit) {
		f = finite // "the letter reads:", "“…,” it reads."
	}
	if f == 0 && textVerbs[t.key] && i > 0 && x.toks[i-1].kind == quoted && x.docAfter(i+1) {
		f = finite // "“…,” read a statement from the club."
	}
	if p, ok := retortVerbs[t.key]; f == 0 && ok && x.key(i+1) == p && x.toks[i+1].unit == t.unit {
		f = finite // "Mr. Brisco shot back", "she cut in"
	}
	if f == 0 && heardAux[t.key] {
		// "she could be heard telling the umpire", "Brandt is heard
		// saying": a recording's words.
		j := i + 1
		if x.key(j) == "be" {
			j++
		}
		if x.key(j) == "heard" && reportVerbs[x.key(j+1)] == participle && x.toks[j+1].unit == t.unit {
			f = finite
		}
	}
	if f == 0 && t.key == "heard" && i > 0 && heardAux[x.key(i-1)] && reportVerbs[x.key(i+1)] == participle && x.toks[i+1].unit == t.unit {
		f = finite // the auxiliary before it passed for an adverb
	}
	if f == 0 || i == 0 {
		return f
	}
	if t.key == "states" && stateModifiers[x.key(i-1)] && x.toks[i-1].unit == t.unit {
		return 0 // "urging member states to share data"
	}
	if lemma(t.key) == "continue" && x.key(i+1) == "to" && x.toks[i+1].unit == t.unit {
		return 0 // "inmates had continued to receive “…”": no one speaks
	}
	if strings.HasPrefix(t.key, "report") && x.reportsForDuty(i) {
		return 0 // "any teacher who reported to work would be “…”": no one speaks
	}
	if (t.key == "call" || t.key == "called" || t.key == "calls" || t.key == "calling") && x.word(i+1, t.unit) && x.phoneCall(i+1) {
		return 0 // "staff had called 911 “within minutes”": no one speaks
	}
	// After a determiner the word is a noun or an adjective: "the stated aim",
	// "a report", "the ruling".
	if p := x.toks[i-1]; p.kind == word && p.unit == t.unit && (determiners[p.key] || p.poss) &&
		!(counts[p.key] && (t.key == "said" || t.key == "told" || t.key == "wrote" || t.key == "added")) && !(p.key == "another" && f == finite && x.anotherSpeaks(i-1)) &&
		!(p.key == "one" && f == finite && i >= 2 && x.toks[i-2].kind == quoted && !x.word(i+1, t.unit)) {
		// A number may end the subject: "the mother of five told AFP";
		// but "two reported cases" is a noun phrase. So may "another":
		// "“…?” another shouted", but not "another alleged victim".
		return 0
	}
	if f == finite && strings.HasSuffix(t.key, "s") && x.pluralNounBefore(i) {
		return 0 // "analysts said liver signals were “…”": a plural noun
	}
	if t.key == "warning" && i >= 2 && x.word(i-1, t.unit) && x.word(i-2, t.unit) && determiners[x.key(i-2)] && warningAdjectives[x.key(i-1)] {
		return 0 // "with a lower warning", "a stern warning": a noun, where "the meeting warning" is a verb
	}
	if f == base {
		// A base form is a verb after a plural subject, a pronoun, an
		// auxiliary or an adverb ("officials say", "they say", "did say",
		// "also warn"); after a name or a singular noun it is a noun ("the
		// Heritage Foundation report").
		p := x.toks[i-1]
		if p.kind != word || p.unit != t.unit {
			return 0
		}
		if x.isAdverb(i-1) && !adverbs[p.key] || pluralNoun(p.key) && (!p.cap || unitInitial(x.toks, i-1)) && isPeopleNoun(p.key) {
			return f
		}
		j := i - 1
		for j > 0 && frequencyAdverbs[x.key(j)] && x.word(j-1, t.unit) {
			j-- // "would often say", "they always say"
		}
		switch x.key(j) {
		case "they", "we", "i", "you", "did", "do", "does", "will", "would", "can", "could", "may", "might", "must", "should", "shall":
			return f
		case "to":
			if x.habitAt(j) >= 0 || x.causedAt(j) >= 0 {
				return f // "she used to say", "prompting Jones to say"
			}
		}
		return 0
	}
	return f
}

// pluralNounBefore reports whether the word in -s at toks[i] is a plural
// noun, not a verb, because a verb that agrees with a plural follows it
// and a noun, not a pronoun or a relative word, stands before it: "liver
// signals were". A word that is never a noun stays a verb, and so does
// one whose subject opens a reduced relative clause after a noun: "the
// players the coach insists are", "the tickets the club says have been".
func (x *para) pluralNounBefore(i int) bool {
	u := x.toks[i].unit
	switch x.key(i + 1) {
	case "were", "are", "have":
	default:
		return false
	}
	if !x.word(i+1, u) || !x.word(i-1, u) || verbsOnly[x.key(i)] {
		return false
	}
	if i >= 3 && determiners[x.key(i-2)] && x.key(i-2) != "that" && x.word(i-2, u) && x.word(i-3, u) {
		return false
	}
	p := x.toks[i-1]
	_, pron := pronouns[p.key]
	return !p.cap && !pron && !p.poss && p.key != "what" && p.key != "which" && p.key != "who" && p.key != "that"
}

// verbsOnly are verbs of speech in -s that are never plural nouns.
var verbsOnly = set(`says insists argues alleges admits believes contends maintains`)

// phoneCall reports whether toks[k], the object of "called", is a number
// or a service one telephones and what follows says no more than when or
// how often: "called 911 “within minutes”", "called police and", but not
// "called police “heavy-handed”" or "called police tactics “…”".
func (x *para) phoneCall(k int) bool {
	if !phoned[x.key(k)] {
		return false
	}
	n := k + 1
	if n >= len(x.toks) || x.toks[n].unit != x.toks[k].unit {
		return true
	}
	if x.toks[n].kind == quoted {
		r := x.regions[x.toks[n].quote]
		return callCounts[strings.ToLower(firstWord(x.p.Text[r.start:r.end]))]
	}
	return !x.word(n, x.toks[k].unit) || stopwords[x.key(n)] || prepositions[x.key(n)]
}

// reportsForDuty reports whether "report" at token i means turning up,
// not telling: "reported to work", "report for duty", "reporting back to
// base".
func (x *para) reportsForDuty(i int) bool {
	u := x.toks[i].unit
	j := i + 1
	if x.key(j) == "back" && x.word(j, u) {
		j++
	}
	if k := x.key(j); !(k == "to" || k == "for") || !x.word(j, u) {
		return false
	}
	p := j + 1
	if !x.word(p, u) || x.toks[p].cap || !dutyPlaces[x.key(p)] {
		return false
	}
	// No one the place word describes follows, and no clause of what was
	// told: not "reported to school inspectors", "reported to base that
	// the patrol had come under fire"; but "reported for duty drunk".
	k := x.key(p + 1)
	return !x.word(p+1, u) || k != "that" && !isPeopleNoun(k)
}

// dutyPlaces are where one reports to turn up, not to tell: "reported to
// work", "report for duty".
var dutyPlaces = set(`work duty duties school class classes base barracks camp training practice shift
	shifts lessons`)

// warningAdjectives make "warning" a noun after an article: "a stern
// warning", "a lower warning".
var warningAdjectives = set(`stern final strong early fresh severe lower higher formal clear dire blunt
	grim stark written verbal further similar new last first second third explicit direct`)

// colonAfter reports whether the sentence of token i goes on from it to
// a colon, within a dozen tokens and before any quotation.
func (x *para) colonAfter(i int) bool {
	u := x.toks[i].unit
	for k := i + 1; k < len(x.toks) && k <= i+12 && x.toks[k].unit == u && x.toks[k].kind != quoted; k++ {
		if x.isPunct(k, ":") {
			return true
		}
	}
	return false
}

// docAfter reports whether a text is named at toks[i]: a determiner or a
// possessive, at most two modifiers and a document noun ("a statement",
// "the club's statement", "a brief club statement").
func (x *para) docAfter(i int) bool {
	u := x.toks[min(i, len(x.toks)-1)].unit
	if !x.word(i, u) || !determiners[x.key(i)] && !x.toks[i].poss {
		return false
	}
	for k := i + 1; k <= i+3 && x.word(k, u); k++ {
		if isDocHead(x.key(k)) {
			return true
		}
		if x.toks[k].poss {
			continue // "the club's statement"
		}
		if x.verbAt(k) != 0 || boundaryWords[x.key(k)] {
			return false
		}
	}
	return false
}

// textVerbs say what a text holds: "the letter reads", "it reads".
var textVerbs = set(`reads read`)

// retortVerbs report a retort with the particle they take: "shot back",
// "hit back", "cut in", "chimed in".
var retortVerbs = map[string]string{
	"shot": "back", "shoots": "back", "hit": "back", "hits": "back", "fired": "back", "fires": "back",
	"cut": "in", "cuts": "in", "chimed": "in", "chimes": "in", "chipped": "in", "chips": "in",
	"followed": "up", "follows": "up", "piped": "up", "pipes": "up",
}

// anotherSpeaks reports whether "another" at toks[i] is the subject of
// the verb after it: it opens the sentence or follows a quotation, with at
// most a comma or a dash between ("“…,” another said", "Another described
// it as …"), and no noun follows the verb ("another alleged victim").
func (x *para) anotherSpeaks(i int) bool {
	b := i - 1
	if b >= 0 && x.isPunct(b, ",—–") {
		b--
	}
	return (unitInitial(x.toks, i) || b >= 0 && x.toks[b].kind == quoted) && !x.nounFollows(i+1)
}

// nounFollows reports whether a lower-case word that can go on a noun
// phrase follows toks[i], so that toks[i] modifies it: "another alleged
// victim", but "another shouted,", "another called out", "another asked
// him", "another described the atmosphere".
func (x *para) nounFollows(i int) bool {
	u := x.toks[i].unit
	if !x.word(i+1, u) || x.toks[i+1].cap {
		return false
	}
	k := x.key(i + 1)
	return !objectPronouns[k] && !prepositions[k] && !verbParticles[k] && !determiners[k]
}

// verbParticles follow a verb of speech: "called out", "followed up".
var verbParticles = set(`out up in back on off`)

// frequencyAdverbs say how often someone speaks: "would often say".
var frequencyAdverbs = set(`often always sometimes never also usually still`)

// habitVerbs say that someone did something habitually or went on to do
// it: "used to say", "liked to tell", "went on to say".
var habitVerbs = set(`used liked likes loved loves`)

// skipAdverbs returns the index of the last token at or before k, and
// not before start, that is not an adverb between a subject and its verb.
func (x *para) skipAdverbs(k, start int) int {
	for k >= start && (x.isAdverb(k) || frequencyAdverbs[x.key(k)]) {
		k--
	}
	return k
}

// habitAt returns the first token of a verb of habit before the "to" at
// toks[j] ("used to", "went on to"), or of a verb of taking an occasion
// ("used his speech to", "took the opportunity to", "took to social media
// to"), whose subject speaks; or -1.
func (x *para) habitAt(j int) int {
	u := x.toks[j].unit
	switch {
	case x.word(j-1, u) && habitVerbs[x.key(j-1)]:
		return j - 1
	case x.word(j-2, u) && x.key(j-1) == "on" && (x.key(j-2) == "went" || x.key(j-2) == "goes"):
		return j - 2
	}
	for m := j - 2; m >= j-5 && x.word(m, u); m-- {
		v := x.key(m)
		if !occasionVerbs[v] {
			continue
		}
		// What one takes a text to do is how one reads it: "took the
		// letter to mean"; an occasion is taken to speak.
		took := strings.HasPrefix(v, "t")
		if occasionNouns[x.key(j-1)] && !(took && textNouns[x.key(j-1)]) && (determiners[x.key(m+1)] || possessivePronouns[x.key(m+1)] != "") ||
			took && x.key(m+1) == "to" && m+2 < j-1 {
			return m
		}
	}
	return -1
}

// textNouns are the occasionNouns that name a text, which one can take
// to mean something: "took the letter to indicate".
var textNouns = set(`statement post letter column video remarks`)

// causedAt returns the last token of the name or the description before
// the "to" at toks[j] when a verb of causing comes before it, so that the
// one named did what the infinitive says: "prompting Minister Mark Jones
// to describe the findings as", "led Ana Ruiz to call it", "prompting the
// Food and Allied Workers’ Union to accuse them of"; or -1.
func (x *para) causedAt(j int) int {
	u := x.toks[j].unit
	if j < 2 || !x.word(j-1, u) {
		return -1
	}
	b := j - 1
	if c := x.chunkOf[b]; c >= 0 {
		if x.chunks[c].last != b || x.chunks[c].poss {
			return -1
		}
		b = x.chunks[c].first - 1
		if x.key(b) == "the" {
			b--
		}
	} else {
		// "prompting the union to accuse": a description.
		for n := 0; n < 4 && x.word(b, u) && !causeVerbs[x.key(b)]; n, b = n+1, b-1 {
			if x.verbAt(b) != 0 || x.chunkOf[b] >= 0 {
				return -1
			}
		}
	}
	if x.word(b, u) && causeVerbs[x.key(b)] {
		return j - 1
	}
	return -1
}

// occasionVerbs take an occasion for saying something: "used his speech
// to", "took the opportunity to".
var occasionVerbs = set(`used uses using took takes taking seized seizes seizing`)

// occasionNouns name an occasion someone takes to say something.
var occasionNouns = set(`occasion opportunity speech address statement interview post platform
	appearance moment chance visit remarks hearing meeting rally briefing conference column
	letter video podcast keynote sermon debate session`)

// causeVerbs make the one they name do what the infinitive after the
// name says: "prompted Jones to describe".
var causeVerbs = set(`prompted prompting prompts prompt led leading leads forced forcing forces
	caused causing causes moved moving spurred spurring drove driving drives compelled
	compelling provoked provoking`)

// clauseObject reports whether a clause without "that" starts at toks[i]:
// a pronoun or a short noun phrase, then an auxiliary ("it had", "the
// tackle was", "the company's directors were"). An "of" and the noun
// phrase after it may lengthen the subject: "the outer part of the jetty
// had".
func (x *para) clauseObject(i int) bool {
	u := x.toks[min(i, len(x.toks)-1)].unit
	limit, of := i+4, -1
	for j := i + 1; x.word(j, u); j++ {
		if of < 0 && x.key(j) == "of" && j > i+1 && j <= limit+1 && !stopwords[x.key(j-1)] {
			of, limit = j, j+4 // "the outer 40 metres of the jetty had"
			continue
		}
		if j > limit {
			break
		}
		if j-1 != of && stopwords[x.key(j-1)] && !determiners[x.key(j-1)] && !clausePronouns[x.key(j-1)] {
			return false
		}
		if auxiliaries[x.key(j)] {
			return true
		}
	}
	return false
}

// foundQuoted reports whether "found" at toks[i] takes a quotation as its
// object, or a short object and a quotation that says what it was found to
// be: "the report found “a prison in crisis”", "found only “minor
// non-conformities”", "found the kitchen “filthy”". A participle between
// them says what the quotation is ("found a sign reading “Keep out”"),
// so do foundStops, and a name is a thing found ("found the wreck of
// “Mary Rose”"). Another verb of speech in the sentence, "according to"
// or "heard" gives the finding its source.
func (x *para) foundQuoted(i int) bool {
	if x.key(i) != "found" || beForms[x.key(i-1)] || x.key(i-1) == "been" {
		return false // "where Whitcomb was found is “…”"
	}
	u := x.toks[i].unit
	for m := x.ustart[u]; m < len(x.toks) && x.toks[m].unit == u; m++ {
		if m != i && x.toks[m].kind == word && (reportVerbs[x.key(m)] != 0 && !isDocHead(x.key(m)) || x.key(m) == "according" || x.key(m) == "heard") {
			return false // "…, saying a review had found “…”", "found no readings “of concern,” according to X", "had not found “…”, she said", "The court heard Ms Ward found the baby “cold and blue”"
		}
	}
	for j := i + 1; j <= i+4 && j < len(x.toks) && x.toks[j].unit == u; j++ {
		t := x.toks[j]
		if t.kind == quoted {
			r := x.regions[t.quote]
			return !isNameLike(strings.Trim(x.p.Text[r.start:r.end], "“”\"‘’' "))
		}
		if t.kind != word || t.cap || strings.HasSuffix(t.key, "ing") || strings.HasSuffix(t.key, "ed") || x.verbAt(j) != 0 || foundStops[t.key] || signNouns[t.key] || isDocHead(t.key) {
			return x.docFound(i)
		}
	}
	return false
}

// docFound reports whether a text the sentence names before "found" at
// toks[i] found what a quotation a few words on describes, its object
// and the words placing it between: "A report by Southgate Fire
// Consultants found 32 LPG cylinders stored in an unlocked shipping
// container “within three metres of ignition sources”". Words of writing
// between, or a participle right before it, make the quotation what was
// written ("found a box marked “…”", "found a sign reading “…”").
func (x *para) docFound(i int) bool {
	u := x.toks[i].unit
	if !slices.ContainsFunc(x.toks[x.ustart[u]:i], func(t token) bool { return t.kind == word && isDocHead(t.key) }) {
		return false
	}
	for j := i + 1; j <= i+12 && j < len(x.toks) && x.toks[j].unit == u; j++ {
		t := x.toks[j]
		if t.kind == quoted {
			r := x.regions[t.quote]
			return !isNameLike(strings.Trim(x.p.Text[r.start:r.end], "“”\"‘’' "))
		}
		if t.kind != word || strings.HasSuffix(t.key, "ing") && !x.word(j+1, u) || markingWords[t.key] || namingVerbs[t.key] || titleCues[t.key] ||
			x.verbAt(j) != 0 || foundStops[t.key] || signNouns[t.key] || isDocHead(t.key) {
			return false
		}
	}
	return false
}

// markingWords say that words were written on a thing: "a box marked
// “fragile”".
var markingWords = set(`marked labelled labeled inscribed written printed signed stamped painted scrawled daubed etched engraved captioned headed`)

// foundStops between "found" and a quotation make the quotation what was
// found, not a finding: "found fame as “the singing postman”", "found
// herself a “cult hero”", "found to have “misled”", "found a card “…”".
// So do a text (isDocHead: "found a note “sorry for everything”") and a
// sign (signNouns: "found a sign “…”").
var foundStops = set(`that as to himself herself themselves itself myself card cards`)

// showVerbs are the findingVerbs whose subject is mostly a thing: "the
// decision showed the bank was …" is the outer speaker's.
var showVerbs = set(`showed shows`)

// clausePronouns can be the subject of a clause that follows a verb
// without "that": "found it had".
var clausePronouns = set(`it they he she we`)

// findingVerbs report a finding when "that" follows them: "the review
// found that the savings were “not supported by evidence”".
var findingVerbs = set(`found finds concluded concludes determined showed shows`)

// verdictWords after "found" make it a verdict on someone, not a finding
// reported: "any officials found negligent would face …".
var verdictWords = set(`guilty innocent liable negligent responsible culpable dead alive unconscious
	unfit fit competent incompetent`)

// isAdverb reports whether toks[i] can stand between a subject and its
// verb.
func (x *para) isAdverb(i int) bool {
	if i < 0 || i >= len(x.toks) {
		return false
	}
	t := x.toks[i]
	return t.kind == word && !t.cap && !t.poss && !lyWords[t.key] && (adverbs[t.key] || len(t.key) > 4 && strings.HasSuffix(t.key, "ly") && reportVerbs[t.key] == 0)
}

// lyWords end in "-ly" but are nouns or adjectives, not adverbs: "the
// family’s attorney", "an elderly neighbour", "a friendly rival".
var lyWords = set(`family rally ally assembly monopoly anomaly supply reply belly jelly bully
	elderly friendly lonely lovely lively ugly holy costly deadly early daily weekly monthly
	yearly quarterly hourly nightly orderly unlikely likely silly burly curly chilly
	woolly manly womanly motherly fatherly brotherly sisterly neighbourly neighborly
	scholarly cowardly kindly portly stately timely homely comely`)

// isPunct reports whether toks[i] is one of the punctuation characters in set.
func (x *para) isPunct(i int, set string) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].kind == punct && strings.Contains(set, x.toks[i].text)
}

// captionedBy returns who posted something with the quotation at token q
// as its caption: "she shared a photo of the podium in an Instagram story
// with the caption “…”".
// "One clip, posted by resident Youssef al-Idrissi, carried the caption:
// “…”" names its poster after "by". One who comes "with a video"
// captioned so posted it: "Peter Lekishon weighed in with a TikTok video,
// captioned “…”".
func (x *para) captionedBy(q, start int) (ref, bool) {
	c := x.captionBefore(q, start)
	if c < 0 {
		return ref{}, false
	}
	u := x.toks[q].unit
	posted := func(k int) bool {
		switch x.key(k) {
		case "posted", "shared", "uploaded", "posts", "shares", "uploads":
			return x.toks[k].kind == word
		}
		return false
	}
	for k := start; k < c; k++ {
		if posted(k) && x.key(k+1) == "by" {
			if r, e, ok := x.npAt(k+2, u, c); ok && e > k+2 && x.speakerLike(r) {
				return r, true
			}
			return ref{}, false
		}
	}
	for k := start; k < c; k++ {
		if posted(k) {
			if r, ok := x.subjectOf(k, start); ok && x.speakerLike(r) {
				return r, true
			}
			return ref{}, false
		}
	}
	for k := start + 1; k < c; k++ {
		if beForms[x.key(k)] && x.word(k, u) && pastTense(x.key(k+1)) {
			return ref{}, false // "Sarah Okafor was photographed with a camera, in a picture captioned “…”"
		}
		if x.key(k) != "with" || !x.word(k, u) {
			continue
		}
		// "Peter Lekishon weighed in on Saturday with a TikTok video
		// filmed at a car wash, captioned “…”": the subject's own post,
		// but not a "video camera".
		for m := k + 1; m <= k+4 && m < c; m++ {
			if (mediaNouns[x.key(m)] || x.aPost(m)) && !(x.word(m+1, u) && x.nounAt(m+1) && !strings.HasSuffix(x.key(m+1), "ing")) {
				if r, ok := x.clauseSubject(start, k); ok && x.speakerLike(r) {
					return r, true
				}
				return ref{}, false
			}
		}
	}
	return ref{}, false
}

// namedInApposition reports whether the quotation at token q is a name in
// title case set beside a common noun that says what it names: after
// one and a comma ("a volunteer-run scheme, “Books to Your Door”,") or
// before a comma and a description ("“Operation Tidewater”, a
// contingency plan").
func (x *para) namedInApposition(q, start int) bool {
	r := x.regions[x.toks[q].quote]
	text := strings.TrimRight(x.p.Text[r.start:r.end], ",.")
	if first, _ := utf8.DecodeRuneInString(text); !titleLike(text) || !unicode.IsUpper(first) || strings.ToUpper(text) == text {
		return false // not "“That,” she said, “is not a yes.”", nor a shout: “MORE ROT.”
	}
	u := x.toks[q].unit
	if q-2 >= start && x.isPunct(q-1, ",") && x.word(q-2, u) && !x.toks[q-2].cap && x.chunkOf[q-2] < 0 && x.verbAt(q-2) == 0 && !stopwords[x.key(q-2)] {
		return true
	}
	n := q + 1
	if x.isPunct(n, ",") {
		n++
	}
	return n > q+1 && x.word(n, u) && (x.key(n) == "a" || x.key(n) == "an") && x.word(n+1, u) && !x.toks[n+1].cap
}

// workInApposition reports whether the quotation at toks[q] is the title
// of a work described right after it: "“The Quiet Harbor,” a smaller
// drama originally set for February", "“Way Maker,” a worship song",
// "a chorus of “We are top of the league”, a song they last sang in
// 2013". The work's noun, after "a" or "an" and at most three words
// more, must end its phrase: "“Not now,” a film critic said" and "a
// film and theatre critic" name a critic. A quotation opening its
// sentence is someone's when a verb of speech follows it: "“The lions
// were very close,” a tour guide in the Mara said", "“Stay home,” a
// column in Dawn urged".
func (x *para) workInApposition(q int) bool {
	r := x.regions[x.toks[q].quote]
	u := x.toks[q].unit
	n := q + 1
	if x.isPunct(n, ",") {
		n++
	} else if !strings.HasSuffix(x.p.Text[r.start:r.end], ",") {
		return false
	}
	if !x.word(n, u) || x.key(n) != "a" && x.key(n) != "an" {
		return false
	}
	if q == x.ustart[u] {
		for k := n; k < len(x.toks) && x.toks[k].unit == u; k++ {
			if x.toks[k].kind == word && reportVerbs[x.key(k)] != 0 {
				return false
			}
		}
	}
	for w := n + 1; w <= n+4 && x.word(w, u) && !x.toks[w].cap; w++ {
		if !workNouns[x.key(w)] {
			continue
		}
		next := w + 1
		if !x.word(next, u) {
			return true
		}
		k := x.key(next)
		return !x.toks[next].cap && reportVerbs[k] == 0 && k != "and" && k != "or" && k != "of" &&
			(stopwords[k] || pronouns[k] != 0 || x.isAdverb(next) || pastTense(k) || irregularPast[k])
	}
	return false
}

// titleLike reports whether text is written as a title is, a report's
// or a scheme's: title case, where numbers count as capitalised words, a
// colon may part a title from its subtitle and a title may be long
// ("State of Our Rivers 2026", "Lost in the System: An Independent
// Review of Elective Waiting List Management").
func titleLike(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 || len(ws) > 20 {
		return false
	}
	for i, w := range ws {
		w = strings.TrimRight(w, ":,")
		if w == "" {
			continue // a colon set apart: "Lost in the System : A Review"
		}
		if i < len(ws)-1 && strings.ContainsAny(w[len(w)-1:], ".?!") {
			return false // a sentence ends inside it
		}
		r, _ := utf8.DecodeRuneInString(w)
		if stopwords[strings.ToLower(w)] && len(w) <= 4 && i > 0 || unicode.IsDigit(r) || unicode.IsUpper(r) {
			continue
		}
		return false
	}
	return true
}

// namedAsTerm reports whether the quotation at token q is the complement
// of a sentence whose subject is a slogan, a motto or a name: "The
// campaign’s slogan, printed on posters, was “Come back, all is
// forgiven.”"
func (x *para) namedAsTerm(q, start int) bool {
	switch x.key(q - 1) {
	case "was", "is", "were", "are", "became", "remains":
	default:
		return false
	}
	r, e, ok := x.npAt(start, x.toks[q].unit, q)
	if !ok || r.kind != refDesc || !nameNouns[r.head] {
		return false
	}
	for k := e; k < q-1; k++ {
		if x.isPunct(k, ",") {
			// "The slogan, printed on posters, was": a phrase set off.
			for k++; k < q-1 && !x.isPunct(k, ","); k++ {
				if x.toks[k].kind == quoted {
					return false // "The study's title, “…”, is “stronger than the data”, she says."
				}
			}
			continue
		}
		if x.verbAt(k) == finite || x.toks[k].kind == quoted {
			return false // "their label said they had been “acquired”, a word the museum admits was “…”"
		}
	}
	return true
}

// nameNouns are what a quotation is given as a name: "the slogan was
// “…”".
var nameNouns = set(`slogan slogans motto nickname catchphrase hashtag title name chant label codename`)

// textReading returns the text whose words the quotation at token q is,
// when a participle or clause of reading joins them: "the school sent a
// text message reading “…”", "a letter that read: “…”". The text's
// source speaks.
func (x *para) textReading(q, start int) (ref, bool) {
	k := q - 1
	if x.isPunct(k, ":,") {
		k--
	}
	switch x.key(k) {
	case "reading", "read", "reads", "saying", "stating":
	default:
		return ref{}, false
	}
	if x.toks[k].kind != word {
		return ref{}, false
	}
	h := k - 1
	if x.key(h) == "that" || x.key(h) == "which" {
		h--
	}
	if h < start || !x.word(h, x.toks[q].unit) || !isDocHead(x.key(h)) {
		return ref{}, false
	}
	return ref{kind: refDesc, para: x.index, tok: h, chunk: -1, source: -1, head: x.key(h)}, true
}

// textFrom returns who sent a message whose words the quotation at token
// q gives after "reading", "saying" or "that read": the one named after
// "from" in "a message from Tom Hale saying “…”" or "a letter from
// Kelport Council reading “…”". The ref is empty, and ok true, when the
// sender is only described, as in "a text from her delivery office
// manager reading “…”": the message's words are not the receiver's. It
// decides nothing when "from" names a place ("a letter from prison") or
// when the message is one replied to ("replied to an email from …
// saying").
func (x *para) textFrom(q, start int) (ref, bool) {
	u := x.toks[q].unit
	k := q - 1
	if x.isPunct(k, ":,") {
		k--
	}
	switch x.key(k) {
	case "reading", "saying":
	case "read", "said":
		if x.key(k-1) != "that" && x.key(k-1) != "which" {
			return ref{}, false
		}
		k--
	default:
		return ref{}, false
	}
	for f := k - 1; f > start && f >= k-7 && x.word(f, u); f-- {
		if x.key(f) != "from" {
			continue
		}
		if !messageNouns[x.key(f-1)] || x.toks[f-1].cap || x.key(k) == "saying" && x.answersMessage(f-1, start) {
			return ref{}, false
		}
		r, end, ok := x.npAt(f+1, u, k)
		switch {
		case !ok || end != k:
			return ref{}, false // "a text from a friend she met at school reading"
		case r.kind == refChunk && !x.chunks[r.chunk].place:
			return r, true
		case r.kind == refDesc && (determiners[x.key(f+1)] || x.toks[f+1].poss) && x.speakerLike(r) && !isDocHead(r.head):
			return ref{}, true
		}
		return ref{}, false // "a letter from prison saying “…”", "from Nairobi": a place, no sender
	}
	return ref{}, false
}

// answersMessage reports whether a verb of replying governs the message
// noun at toks[n]: "replied to an email from the Daily Maverick", "answered
// a text from his boss". What follows "saying" is then the reply.
func (x *para) answersMessage(n, start int) bool {
	m := n - 1
	for m > start && m >= n-3 && x.word(m, x.toks[n].unit) && (determiners[x.key(m)] || x.toks[m].poss || x.modifier(m)) {
		m--
	}
	switch x.key(m) {
	case "answered", "answers", "answer", "answering":
		return true
	case "to":
		switch x.key(m - 1) {
		case "replied", "replies", "reply", "replying", "responded", "responds", "respond", "responding", "back":
			return true
		}
	}
	return false
}

// captionBefore returns the index of the word that says the quotation at
// token q is a caption, "caption" or "captioned" right before it, after
// a colon or adverbs ("captioned simply: “…”"), or "with the words" or
// "with the message" after something posted or shared ("posted a clip of
// the applause on X with the words “…”"), or -1. A bedsheet "painted
// with the words “…”" has no caption.
func (x *para) captionBefore(q, start int) int {
	c := x.leadWord(q, start)
	if c <= start || x.toks[c].kind != word {
		return -1
	}
	if captionWords[x.key(c)] {
		return c
	}
	if (x.key(c) == "words" || x.key(c) == "message") && x.key(c-1) == "the" && x.key(c-2) == "with" && c-2 > start && x.postedMediaWith(start, c-2) {
		return c
	}
	return -1
}

// postedMediaWith reports whether toks[start:w], before "with" at w, post
// or share a picture, a clip or a story, or post on a network or online:
// "posted a clip of the applause on X with the words", "shared a picture
// of the tie in an Instagram story with the words". Not a banner, a
// letter or flowers posted or shared by hand ("Protesters posted a banner
// on the gates with the words"), nor a thing written, printed or iced
// with the words ("shared a photograph of a cake iced with the words").
func (x *para) postedMediaWith(start, w int) bool {
	if b := w - 1; b >= start && x.toks[b].kind == word && (pastTense(x.key(b)) || len(x.key(b)) >= 4 && strings.HasSuffix(x.key(b), "ed") || irregularPast[x.key(b)] || x.key(b) == "written" || x.key(b) == "drawn" || x.key(b) == "sewn" || x.key(b) == "woven") {
		return false
	}
	for k := start; k < w; k++ {
		switch x.key(k) {
		case "posted", "shared", "uploaded", "posts", "shares", "uploads":
		default:
			continue
		}
		for m := k + 1; m < w; m++ {
			if mediaNouns[x.key(m)] || x.platformAt(m) || x.key(m) == "online" || x.aPost(m) {
				return true
			}
		}
		return false
	}
	return false
}

// mediaNouns are what someone posts online with words beside it.
var mediaNouns = set(`photo photos photograph photographs picture pictures video videos clip clips image images
	story stories reel reels selfie selfies screenshot screenshots footage`)

// attribute finds the speaker of the quotation held by token q. It returns
// how it found one, or howNone, and whether the quotation is a term.
func (x *para) attribute(q int) (ref, how, bool) {
	if x.isLabel(q) {
		return ref{}, howNone, true
	}
	u := x.toks[q].unit
	start := x.ustart[u]
	if x.termBeforeColon(q, start) {
		return ref{}, howNone, true
	}
	if x.isPunct(q-1, ":") && q-1 > start && x.signBefore(q-2, start) {
		return ref{}, howNone, true // "a handwritten sign next to the register: “…”"
	}
	embedded := x.embedded(q)
	if embedded {
		if r, ok := x.characterised(q, start); ok {
			return r, howPartial, false
		}
	}
	if embedded && x.key(q-1) == "words" {
		if r, ok := x.captionedBy(q, start); ok {
			return r, howPartial, false // "posted a clip on X with the words “…”"
		}
	}
	if embedded && x.isTerm(q) {
		return ref{}, howNone, true
	}
	if !embedded && x.titleAppositive(q, start) {
		return ref{}, howNone, true // "who wrote a history of it, “Head Down in the Peat”, in 2016"
	}
	if r, ok := x.askedBy(q, start); ok {
		// "Asked by a reporter, “So you knew?” Dizon replied: “…”":
		// the question is the asker's, named or not.
		if r.kind == refNone {
			return r, howNone, false
		}
		return r, howLeft, false
	}
	if embedded && x.inQuestionPhrase(q, start) {
		// "Asked by one analyst whether Castellan had “missed
		// something”, Lindahl said": the words are the question's, not
		// the answer's.
		return ref{}, howNone, false
	}
	if k := x.key(q - 2); !embedded && q-2 >= start && x.isPunct(q-1, ",—–") && x.word(q-2, u) && (termNouns[k] || hasTermCue(k)) && k != "words" && k != "word" && !x.sourceNear(q, start) {
		return ref{}, howNone, true // "his nickname, “Sunny”", "a thesis, “Walls That Breathe,”"
	}
	if x.workInApposition(q) {
		return ref{}, howNone, true // "“The Quiet Harbor,” a smaller drama originally set for February,"
	}
	if x.namedInApposition(q, start) {
		return ref{}, howNone, true // "a new scheme, “Books to Your Door”, would", "activated “Operation Tidewater”, a contingency plan"
	}
	if x.namedAsTerm(q, start) {
		return ref{}, howNone, true // "The campaign’s slogan, printed on posters, was “…”"
	}
	if x.signReads(q, start) {
		return ref{}, howNone, true // "One sign read simply: “…”"
	}
	if linked, whole := x.linkedHeadline(q, start); linked {
		// "Read more in Daily Maverick: “…”" names another article;
		// "Related: ‘Our town is gone’: survivors count the cost" quotes
		// someone that article names, and the label is no speaker.
		return ref{}, howNone, whole
	}
	if k := x.chantBefore(q, start); k >= 0 {
		// "the crowd chanted “Take it down”", "chanting, “Fund our
		// schools!”": the words of a crowd in chorus, no one's own;
		// but "Kwame Mensah stood on a bench chanting “…”" are his.
		if r, ok := x.subjectOf(k, start); ok && x.verbAt(k) != 0 && x.ownChant(r, k) {
			return r, howPartial, false
		}
		return ref{kind: refDesc, para: x.index, tok: k, chunk: -1, source: -1, head: "chants"}, howPartial, false
	}
	if k := q - 2; k >= start && x.key(q-1) == "of" && crowdVoices[x.key(k)] {
		// "drowned out by shouts of “…”", "to cries of “Shame!”": the
		// voices of a crowd, whom the noun stands for and no one names;
		// but "a shout of “Rubbish!” from Tory MP Jacob Rees-Mogg" is his.
		if x.key(q+1) == "from" {
			if r, _, ok := x.npAt(q+2, u, len(x.toks)); ok && r.kind == refChunk && x.chunks[r.chunk].kind == namePerson {
				return r, howPartial, false
			}
		}
		return ref{kind: refDesc, para: x.index, tok: k, chunk: -1, source: -1, head: x.key(k)}, howPartial, false
	}
	if r, ok := x.textFrom(q, start); ok {
		// "she had received a text from her manager reading “…”": the
		// sender's words, named or not.
		return r, howPartial, false
	}
	if r, ok := x.cameAfter(q); ok {
		return r, howRight, false
	}
	if r, ok := x.asAttr(q); ok {
		return r, howRight, false
	}
	if !embedded && !x.betweenLeadIns(q) {
		if r, ok := x.rightAttr(q); ok {
			return r, howRight, false
		}
	}
	if r, ok := x.lookedBack(q); ok {
		return r, howRight, false
	}
	if r, h, ok := x.leftAttr(q, x.afterQuestion(q, start)); ok {
		return r, h, false
	}
	if r, ok := x.captionedBy(q, start); ok {
		return r, howPartial, false
	}
	if r, ok := x.textReading(q, start); ok {
		return r, howPartial, false
	}
	if !embedded && q > start && x.isPunct(q-1, ",—–") && !x.isTerm(q) && !isTitleCase(x.p.Text[x.regions[x.toks[q].quote].start:x.regions[x.toks[q].quote].end]) {
		// "He added that the timing, coming after …, “will …”": a
		// quotation set off by a comma or a dash inside a sentence that
		// reports ("Renna said the request was made – “politely,
		// through the proper channels” – on Tuesday").
		if r, ok := x.nearestReport(q, start); ok {
			return r, howPartial, false
		}
	}
	if embedded {
		if r, ok := x.verbQuoted(q); ok {
			return r, howPartial, false
		}
		if r, ok := x.rightAttr(q); ok {
			return r, howRight, false
		}
		if r, ok := x.partial(q, start); ok {
			return r, howPartial, false
		}
		if r, ok := x.laterRight(q); ok {
			return r, howRight, false
		}
	}
	return ref{}, howNone, false
}

// cameAfter finds who spoke the quotation held by token q when "came"
// and a noun for a question, a shout or an answer follow it: "“How
// long?” came the next question" is an unnamed questioner's, "“Why
// now?” came a shout from the back" an unnamed voice's, and "“Weeks,”
// came the reply from the fire chief" the chief's. A reply from no one
// named says nothing here: it goes to the one answering.
func (x *para) cameAfter(q int) (ref, bool) {
	k := x.cameHead(q)
	if k < 0 {
		return ref{}, false
	}
	u, head := x.toks[q].unit, x.key(k)
	switch {
	case askNouns[head] || crowdVoices[head]:
		if x.key(k+1) == "from" {
			// "came the shout from Tory MP Mark Francois"
			if r, _, ok := x.npAt(k+2, u, len(x.toks)); ok && x.speakerLike(r) {
				return r, true
			}
		}
		return ref{kind: refDesc, para: x.index, tok: k, chunk: -1, source: -1, head: head}, true
	case replyNouns[head] && x.key(k+1) == "from":
		if r, _, ok := x.npAt(k+2, u, len(x.toks)); ok && x.speakerLike(r) {
			return r, true
		}
	}
	return ref{}, false
}

// putAt reports whether the "put" at toks[i] puts a figure on something
// in quoted words: "put national demand at “well above 7.5 million”",
// "puts the cost at “north of a billion”". Up to five plain words stand
// between.
func (x *para) putAt(i int) bool {
	u := x.toks[i].unit
	for k := i + 1; k <= i+6 && x.word(k, u); k++ {
		if x.key(k) == "at" {
			return k > i+1 && k+1 < len(x.toks) && x.toks[k+1].kind == quoted && x.toks[k+1].unit == u && !x.saidAfterComma(k+2, u)
		}
		if x.toks[k].cap && k > i+1 || x.verbAt(k) != 0 {
			return false
		}
	}
	return false
}

// saidAfterComma reports whether a comma and then a finite verb of
// speech not after "and" follow toks[k] in unit u: "puts jobs at “serious
// risk”, union leader Pat Kelly said" is Kelly's report, not the
// decision's figure.
func (x *para) saidAfterComma(k, u int) bool {
	comma := false
	for ; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if x.isPunct(k, ",") {
			comma = true
		}
		if comma && x.toks[k].kind == word && reportVerbs[x.key(k)] == finite && x.key(k-1) != "and" {
			return true
		}
	}
	return false
}

// cameReply reports whether "came" and a noun for an answer follow the
// quotation held by token q: "“Weeks,” came the reply."
func (x *para) cameReply(q int) bool {
	k := x.cameHead(q)
	return k >= 0 && replyNouns[x.key(k)]
}

// cameHead returns the index of the noun for what came after the
// quotation held by token q, "question" in "“…?” came the next
// question", or -1 when no "came", article and noun follow it.
func (x *para) cameHead(q int) int {
	u := x.toks[q].unit
	k := q + 1
	if !x.word(k, u) || x.key(k) != "came" && x.key(k) != "comes" {
		return -1
	}
	k++
	switch x.key(k) {
	case "the", "a", "an", "another", "one":
		k++
	default:
		return -1
	}
	for n := 0; n < 2 && x.word(k, u) && cameModifiers[x.key(k)]; n++ {
		k++
	}
	if !x.word(k, u) {
		return -1
	}
	return k
}

// cameModifiers stand between "came the" and the noun for what came:
// "came the next question", "came the swift reply".
var cameModifiers = set(`next first second third final last inevitable obvious swift quick curt terse blunt short brief`)

// askNouns are what a questioner puts; replyNouns what one answering gives.
var (
	askNouns   = set(`question questions query queries`)
	replyNouns = set(`reply response answer retort rejoinder`)
)

// unnamedAntecedent reports whether the verb toks[v] has "who" or
// "which" for its subject, perhaps with an auxiliary between, and the
// clause describes a plural noun naming no one: "rivals who called it a
// “sweetheart deal”", "landlord groups, which have called it “…”". Those
// rivals say it, not the sentence's subject. A passive says nothing of
// who speaks: "residents who were labelled “frequent callers”".
func (x *para) unnamedAntecedent(v, start int) (ref, bool) {
	s := v - 1
	for s > start && (auxiliaries[x.key(s)] || x.isAdverb(s)) {
		s--
	}
	if x.key(s) != "who" && x.key(s) != "which" || x.toks[s].kind != word {
		return ref{}, false
	}
	for k := s + 1; k < v; k++ {
		switch x.key(k) {
		case "is", "was", "are", "were", "be", "been", "being":
			return ref{}, false
		}
	}
	a := s - 1
	if x.isPunct(a, ",") {
		a--
	}
	if a < start || !x.word(a, x.toks[s].unit) || x.toks[a].cap || x.chunkOf[a] >= 0 || !pluralDesc(x.key(a)) || stopwords[x.key(a)] {
		return ref{}, false
	}
	// Not the object of "of" or "to" in a description set off after a
	// name: "Martin Lewis, a champion of consumers, who called the fees
	// “a scandal,”" is Lewis.
	b := a - 1
	for b > start && x.modifier(b) {
		b--
	}
	if x.key(b) == "of" || x.key(b) == "to" {
		return ref{}, false
	}
	return ref{kind: refUnnamed, para: x.index, tok: a, chunk: -1, source: -1}, true
}

// betweenLeadIns reports whether the quotation at toks[q] follows a verb
// of speech and a comma, and the words after it lead in with a colon to
// the next quotation: "When one reporter asked, “Is he driving next
// year?”, Grunewald replied: “Not today.”" The words after it are the
// next one's attribution, not this one's.
func (x *para) betweenLeadIns(q int) bool {
	u := x.toks[q].unit
	if q < 2 || !x.isPunct(q-1, ",") || x.verbAt(q-2) == 0 || x.toks[q-2].unit != u {
		return false
	}
	k := q + 1
	if x.isPunct(k, ",") {
		k++
	}
	for n := k; n < len(x.toks) && n <= k+6; n++ {
		switch {
		case x.isPunct(n, ":"):
			return n > k && n+1 < len(x.toks) && x.toks[n+1].kind == quoted
		case x.toks[n].kind != word:
			return false
		}
	}
	return false
}

// characterised finds the speaker of a quotation that a verb of opinion
// characterises: "an honour she describes, with a grin, as “…”", "he
// dismissed it as “…”", "what she termed “…”", "which he called “…”". The
// speaker is the verb's subject, a pronoun or a name right before it.
func (x *para) characterised(q, start int) (ref, bool) {
	k := q - 1
	if k < start || x.toks[k].kind != word {
		return ref{}, false
	}
	verbs, adjacent := termingVerbs, true
	article := determiners[x.key(k)] && k-1 >= start && x.key(k-1) == "as"
	if article {
		k-- // "described the rules as a “compliance cliff”"
	}
	if x.key(k) == "as" {
		verbs, adjacent = characterVerbs, false
		k--
		if x.isPunct(k, ",") {
			// A parenthesis before "as": "describes, with a grin, as".
			m := k - 1
			for m >= start && m >= k-8 && !x.isPunct(m, ",") && x.toks[m].kind != quoted {
				m--
			}
			if m < start || !x.isPunct(m, ",") {
				return ref{}, false
			}
			k = m - 1
		}
	}
	for m := k; m >= start && m >= k-8; m-- {
		t := x.toks[m]
		if t.kind != word {
			return ref{}, false
		}
		if !verbs[t.key] {
			if adjacent {
				return ref{}, false // the verb stands right before the quotation
			}
			continue
		}
		if article && x.groupSubject(m, start, false) {
			return ref{}, false // "what scientists had described as a “seismic gap”" names a thing
		}
		if x.key(m+1) == "by" && m+1 < k {
			// A passive: "described by the team's coach Dwayne Oakes as".
			if r, _, ok := x.npAt(m+2, x.toks[q].unit, k+1); ok && x.speakerLike(r) {
				return r, true
			}
			return ref{}, false
		}
		if x.passive(m, start) {
			// "is often described in auction catalogues as “…”": by
			// others the sentence does not name.
			return ref{}, false
		}
		s := m - 1
		for s >= start && x.isAdverb(s) {
			s--
		}
		if s > start && x.isPunct(s, ",") {
			if c := x.chunkOf[s-1]; c >= 0 && x.chunks[c].first > start && x.personSetOffAt(x.chunks[c].first-1) && x.descriptionTo(start, x.chunks[c].first-1) {
				// "the leader of the Ashworth Greens, Cllr Siobhan
				// McAteer, described": the person set off after the
				// description. But not after a name the description
				// follows: "Angela Moore, the sister of the missing man,
				// Kevin Moore, described" is Angela Moore.
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			// "that Senator Jane Roe, Democrat of Oregon, called": the
			// name before a description set off by commas.
			if c := x.nameBeforeSetOff(s, start); c >= 0 {
				if x.prepBefore(x.chunks[c].first, start) >= 0 {
					// "Pranali Wankhede of the Van Adhikar Manch, a
					// forest rights collective, described": the name
					// is the object of a preposition; the subject
					// comes before it.
					if r, ok := x.npBefore(m, start); ok && r.kind == refChunk {
						return r, true
					}
					if r, ok := x.describedBefore(c, start); ok {
						// "A former colleague of Wieczorek, who asked
						// not to be named, described": the one the
						// phrase describes.
						return r, true
					}
				}
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
		}
		if s < start || x.toks[s].kind != word || x.toks[s].poss {
			return ref{}, false
		}
		if o := x.pickedFrom(s, start); o >= 0 && pluralNoun(x.key(s)) && isPeopleNoun(x.key(s)) {
			// "in what one of the rescuers described as “…”", "One of
			// the nurses described the ward as “…”": one person, whom
			// the sentence does not name.
			return ref{kind: refDesc, para: x.index, tok: o, chunk: -1, source: -1, head: "one"}, true
		}
		if (x.key(s) == "and" || x.key(s) == "but") && !adjacent && s > start+1 {
			// "X said in a statement that …, and described the rules as
			// “…”": the verb shares the clause's subject.
			if r, ok := x.clauseSubject(start, s); ok && x.speakerLike(r) {
				return r, true
			}
		}
		if p, ok := pronouns[x.toks[s].key]; ok && p != 'n' {
			return ref{kind: refPronoun, para: x.index, tok: s, chunk: -1, source: -1, pron: x.toks[s].key}, true
		}
		// A name after a preposition is not the one who describes: "A
		// former colleague of Wieczorek described him as".
		if c := x.chunkOf[s]; c >= 0 && x.chunks[c].last == s && x.chunks[c].kind != nameOrg && (adjacent || x.prepBefore(x.chunks[c].first, start) < 0 || x.andAbsolute(x.chunks[c].first, start)) {
			if adjacent && x.chunks[c].kind == nameOther && determiners[x.key(x.chunks[c].first-1)] {
				// "give the Florentine brand “…”": after an article
				// and a name the verb is a noun.
				return ref{}, false
			}
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		if !adjacent {
			if r, ok := x.npBefore(m, start); ok && (r.kind == refDesc || r.kind == refChunk && x.chunks[r.chunk].kind != nameOrg) {
				return r, true
			}
		} else if r, ok := x.npBefore(m, start); ok && s == m-1 && r.kind == refDesc && (r.definite || r.pron != "") && !pluralDesc(r.head) && !x.groupNames(m, start, false) &&
			!isTitleCase(x.p.Text[x.regions[x.toks[q].quote].start:x.regions[x.toks[q].quote].end]) {
			// "which the chief called “…”", "a move the union called
			// “…”", "what her brother called “…”": one body or person
			// characterises something in its own words. What "critics
			// have called" it, or a name in capitals, is a designation.
			return r, true
		}
		return ref{}, false
	}
	return ref{}, false
}

// descriptionTo reports whether the words before the comma at token comma
// describe the person set off after it, rather than being an appositive of
// someone named before them: "But the leader of the Ashworth Greens, Cllr
// Siobhan McAteer, described", but not "Angela Moore, the sister of the
// missing man, Kevin Moore, described".
func (x *para) descriptionTo(start, comma int) bool {
	for p := comma - 1; p >= start; p-- {
		if x.isPunct(p, ",") {
			c := x.chunkOf[max(p-1, 0)]
			return p == start || c < 0 || x.chunks[c].kind == nameOrg || x.chunks[c].place
		}
	}
	return true
}

// describedBefore returns the description whose preposition the name
// chunk c is the object of, "A former colleague of Wieczorek", with c as
// its source.
func (x *para) describedBefore(c, start int) (ref, bool) {
	first := x.chunks[c].first
	if b := x.chunkOf[max(first-1, 0)]; first > start && b >= 0 && x.chunks[b].poss && x.chunks[b].last == first-1 {
		first = x.chunks[b].first // "the manager of Harbottle’s Bakery"
	}
	p := x.prepBefore(first, start)
	if p < 0 || !x.word(p-1, x.toks[p].unit) || x.toks[p-1].cap || x.chunkOf[p-1] >= 0 || x.verbAt(p-1) != 0 {
		return ref{}, false
	}
	m := x.descStart(p-1, start)
	r, end, ok := x.descAt(m, x.toks[p].unit, p)
	if !ok || end != p || r.kind != refDesc {
		return ref{}, false
	}
	r.source = c
	r.caps = append(r.caps, x.chunks[c].keys...)
	return r, true
}

// quoteOnly reports whether the paragraph is quoted material alone, with
// no words of the writer's outside the quotation marks.
func (x *para) quoteOnly() bool {
	if len(x.regions) == 0 {
		return false
	}
	for _, t := range x.toks {
		if t.kind == word {
			return false
		}
	}
	return true
}

// askedWhom returns the person the writer asks a question of in a lead-in
// whose verb is at toks[v]: "I asked Vasilescu whether she had regrets.",
// "I asked her why." The answer after it is theirs.
func (x *para) askedWhom(v, last int) (ref, bool) {
	for v <= last && x.isAdverb(v) {
		v++
	}
	if k := x.key(v); k != "asked" && k != "ask" || v+1 > last {
		return ref{}, false
	}
	o := v + 1
	if x.chunkOf[o] < 0 {
		o = particlesTo(x.toks, o) // "asked van der Veen"
	}
	if c := x.chunkOf[o]; c >= 0 && x.chunks[c].first == o && x.chunks[c].kind != nameOrg && !x.chunks[c].place {
		return ref{kind: refChunk, para: x.index, tok: o, chunk: c, source: -1}, true
	}
	switch x.key(o) {
	case "her":
		return ref{kind: refPronoun, para: x.index, tok: o, chunk: -1, source: -1, pron: "she"}, true
	case "him":
		return ref{kind: refPronoun, para: x.index, tok: o, chunk: -1, source: -1, pron: "he"}, true
	}
	return ref{}, false
}

// askThen reports whether the sentence toks[start:last+1], opening with
// the imperative "Ask", goes on with what the one asked does: "Ask him
// about the final and he laughs."
func (x *para) askThen(start, last int) bool {
	for k := start + 2; k < last; k++ {
		if x.key(k) == "and" && (x.key(k+1) == "he" || x.key(k+1) == "she") {
			return true
		}
	}
	return false
}

// maxLeadIn is the longest lead-in sentence, in words.
const maxLeadIn = 14

// leadIn finds the person a paragraph's last sentence introduces as the
// speaker of the quotation paragraph after it: a person is its subject
// and the predicate announces speech or a view: "Smith was blunter.",
// "Dame Ann is more direct about the cost.", "He remembers it
// differently.", "She puts it this way."
func (x *para) leadIn() (ref, bool) {
	if len(x.toks) == 0 {
		return ref{}, false
	}
	return x.leadInUnit(x.toks[len(x.toks)-1].unit)
}

// leadInUnit is leadIn for the sentence u, which may also introduce a
// quotation opening the sentence after it in the same paragraph: "She
// thinks about it. “No. …”".
func (x *para) leadInUnit(u int) (ref, bool) {
	start := x.ustart[u]
	last := x.ustart[u+1] - 1
	if last < start {
		return ref{}, false
	}
	if r, ok := x.askedPassive(start, last); ok {
		return r, true
	}
	words := 0
	for k := start; k <= last; k++ {
		switch x.toks[k].kind {
		case quoted:
			return ref{}, false
		case word:
			words++
		}
	}
	if x.key(start) == "asked" {
		// "Asked what he would say to whoever had taken them, he paused
		// for a long time.": the question is not the lead-in's length.
		for k := start; k <= last && !x.isPunct(k, ","); k++ {
			if x.toks[k].kind == word {
				words--
			}
		}
	}
	asks := x.asksQuestion(start, last)
	if words > maxLeadIn && !asks {
		return ref{}, false
	}
	if x.toks[start].text == "I" {
		return x.askedWhom(start+1, last)
	}
	if x.key(start) == "ask" && x.askThen(start, last) {
		// "Ask van der Veen about it and she goes quiet.": the one the
		// reader is told to ask answers.
		return x.askedWhom(start, last)
	}
	r, ok := x.clauseSubject(start, last+1)
	if !ok {
		return ref{}, false
	}
	switch r.kind {
	case refChunk:
		if x.chunks[r.chunk].kind == nameOrg {
			return ref{}, false
		}
	case refPronoun:
		if pronouns[r.pron] == 'n' {
			return ref{}, false
		}
	case refDesc:
		// "The rapporteur shrugged. “…”": one person the article has
		// named, by office or trade.
		if !r.definite || r.chunk >= 0 || orgHeads[r.head] || isDocHead(r.head) || pluralDesc(r.head) || !x.speakerLike(r) {
			return ref{}, false
		}
	default:
		return ref{}, false
	}
	if x.key(start) == "asked" {
		// "Asked what had changed, she laughed and pointed at her
		// coach.": whatever the one asked does, the answer follows.
		return r, true
	}
	// The predicate: the first lower-case word after the subject, after
	// the head noun of a description.
	v := r.tok + 1
	if r.kind == refDesc {
		for v <= last && v < r.tok+6 && x.key(v-1) != r.head {
			v++
		}
	}
	for v <= last && (x.toks[v].kind != word || x.toks[v].cap || x.chunkOf[v] >= 0) {
		v++
	}
	if v > last || v > r.tok+8 {
		return ref{}, false
	}
	if copulas[x.key(v)] {
		for k := v + 1; k <= last && k <= v+3; k++ {
			w := x.key(k)
			if w == "more" || w == "less" || candourWords[w] ||
				len(w) > 4 && strings.HasSuffix(w, "er") && !stopwords[w] && !boundaryWords[w] {
				return r, true
			}
		}
		return ref{}, false
	}
	if offerVerbs[x.key(v)] && x.spokenNounAhead(v+1, last) {
		return r, true // "Dr Fifita-Lam had a simple message for anyone hesitating."
	}
	for v <= last && x.isAdverb(v) {
		v++
	}
	key := x.key(v)
	switch {
	case leadVerbs[key] || asks:
		return r, true
	case (key == "went" || key == "goes") && (x.key(v+1) == "further" || x.key(v+1) == "on") && v+3 > last:
		return r, true // "In a later interview, he went further."
	case x.verbAt(v) == finite || beatVerbs[key]:
		rest := 0
		for k := v + 1; k <= last; k++ {
			if x.toks[k].kind == word {
				rest++
			}
		}
		// "He paused for a long time.": a beat may last a while.
		return r, rest <= 3 || beatVerbs[key] && x.key(v+1) == "for" && rest <= 5
	}
	return ref{}, false
}

// spokenNounAhead reports whether one of the few words from toks[i]
// on, before last, is a noun for something spoken that a quotation can
// give: "a simple message", "a warning for ministers". Something spoken
// that came from someone else is theirs: "He had an answer from the
// health secretary", but not "a message for parents worried by the
// outbreak".
func (x *para) spokenNounAhead(i, last int) bool {
	for k := i; k <= last && k < i+4; k++ {
		if x.toks[k].kind != word {
			return false
		}
		if spokenNouns[x.key(k)] {
			return x.key(k+1) != "from" && x.key(k+1) != "by"
		}
	}
	return false
}

// askedPassive returns the subject of the sentence toks[start:last+1]
// when it says the subject was asked a question, and the subject is a
// person: "Speaking after the announcement, de la Cruz-Whitmore was
// asked whether the shoes would still carry a “Made in England” stamp."
// The answer follows. The question may quote words; the subject may not.
func (x *para) askedPassive(start, last int) (ref, bool) {
	for k := start + 1; k < last; k++ {
		if x.toks[k].kind == quoted {
			return ref{}, false
		}
		if x.key(k) != "asked" || !reportedQuestion[x.key(k+1)] {
			continue
		}
		switch x.key(k - 1) {
		case "was", "were", "is", "been":
		default:
			return ref{}, false
		}
		r, ok := x.clauseSubject(start, k)
		if !ok {
			return ref{}, false
		}
		switch {
		case r.kind == refChunk && x.chunks[r.chunk].kind != nameOrg && !x.chunks[r.chunk].place:
			return r, true
		case r.kind == refPronoun && (pronouns[r.pron] == 'm' || pronouns[r.pron] == 'f'):
			return r, true
		}
		return ref{}, false
	}
	return ref{}, false
}

// asksQuestion reports whether the sentence toks[start:last+1] says its
// subject asks or poses a question: "… lifts a megaphone and asks the
// crowd a question she already knows the answer to."
func (x *para) asksQuestion(start, last int) bool {
	for k := start; k <= last; k++ {
		switch x.key(k) {
		case "asks", "asked", "poses", "posed":
			for j := k + 1; j <= last && j <= k+4; j++ {
				if x.key(j) == "question" {
					return true
				}
			}
		}
	}
	return false
}

// beatAdverbs time a quotation that a colon introduces after the
// sentence about its speaker: "Then: “…”", "And finally: “…”".
var beatAdverbs = set(`and then finally eventually later at last length suddenly quietly softly`)

// beatColon reports whether the quotation at token q opens its sentence
// after no more than a few adverbs of time and a colon: "Then: “…”".
func (x *para) beatColon(q int) bool {
	s := x.ustart[x.toks[q].unit]
	if q-s < 2 || q-s > 4 || !x.isPunct(q-1, ":") {
		return false
	}
	for k := s; k < q-1; k++ {
		if x.toks[k].kind != word || !beatAdverbs[x.key(k)] {
			return false
		}
	}
	return true
}

// unitSpeaker returns the subject of the sentence u, which holds no
// quotation, when it is a person: a name or "he" or "she".
func (x *para) unitSpeaker(u int) (ref, bool) {
	start, end := x.ustart[u], x.ustart[u+1]
	for k := start; k < end; k++ {
		if x.toks[k].kind == quoted {
			return ref{}, false
		}
	}
	r, ok := x.clauseSubject(start, end)
	switch {
	case !ok:
		return ref{}, false
	case r.kind == refChunk:
		return r, x.chunks[r.chunk].kind != nameOrg
	case r.kind == refPronoun:
		return r, pronouns[r.pron] == 'm' || pronouns[r.pron] == 'f'
	}
	return ref{}, false
}

// reportLead finds the speaker of a sentence of reported speech, u, that
// a quotation with no attribution of its own follows: "Tiakiwai said he
// had spoken to his parents by phone. “Mum was crying.”" The sentence
// holds no quotation and its first verb of speech is a finite one whose
// subject is someone who can speak.
func (x *para) reportLead(u int) (ref, bool) {
	start := x.ustart[u]
	last := x.ustart[u+1] - 1
	for k := start; k <= last; k++ {
		if x.toks[k].kind == quoted {
			return ref{}, false
		}
	}
	for v := start; v <= last; v++ {
		f := x.verbAt(v)
		if f == 0 || x.passive(v, start) {
			continue // "The company had been warned twice, she said."
		}
		if k := x.key(v); f != finite || !plainSpeech[k] && !speechLemmas[lemma(k)] {
			return ref{}, false
		}
		r, ok := x.subjectOf(v, start)
		if !ok || !x.speakerLike(r) || r.kind == refPronoun && pronouns[r.pron] == 'n' && r.pron != "it" {
			return ref{}, false
		}
		return r, true
	}
	return ref{}, false
}

// speechLemmas are the verbs that report what someone said in their own
// words.
var speechLemmas = set(`say tell add explain recall insist argue note warn acknowledge admit concede
	stress emphasise emphasize maintain contend claim suggest predict reply answer`)

// authorNouns name who made a work, before "of" and its title: "the
// author of “…”".
var authorNouns = set(`author co-author writer director composer creator co-creator producer publisher illustrator songwriter playwright`)

// writtenOn reports whether the sentence of the quotation at toks[q]
// says what it was written on or in, so that it is a message, not a
// work's title: "He wrote “Sorry For Everything” on a note", "On his
// report card, the teacher wrote “Excellent Progress”".
func (x *para) writtenOn(q, start int) bool {
	n := q + 1
	if n < len(x.toks) && x.word(n, x.toks[q].unit) {
		switch x.key(n) {
		case "in":
			return !hasDigit(x.key(n + 1)) // but "wrote “The Salt Road” in 2019"
		case "on", "inside", "across", "onto", "into":
			return true
		}
	}
	return x.key(start) == "on" || x.key(start) == "in" && !hasDigit(x.key(start+1))
}

// writerVerbs take the title of a work as their object: "who wrote
// “Offal Good”".
var writerVerbs = set(`wrote authored penned co-wrote co-authored`)

// titleAppositive reports whether the quotation at toks[q], set off by a
// comma after a work's noun or a study's, is the work's title: "who wrote
// a history of it, “Head Down in the Peat”, in 2016", "her first album,
// “Salt Roads”", "A 2023 report by the NCMP, “Shared Mountains”,
// concluded". Its words are in title case and a comma, a bracket or the
// sentence's end follows it.
func (x *para) titleAppositive(q, start int) bool {
	r := x.regions[x.toks[q].quote]
	text := strings.TrimRight(x.p.Text[r.start:r.end], ".,")
	if !x.isPunct(q-1, ",") || !isTitleCase(text) || wordCount(text) < 2 {
		return false
	}
	if n := q + 1; n < len(x.toks) && x.toks[n].unit == x.toks[q].unit && !x.isPunct(n, ",).;") {
		return false
	}
	for b := q - 2; b >= start && b >= q-6 && x.word(b, x.toks[b].unit); b-- {
		if k := x.key(b); workNouns[k] || workNouns[strings.TrimSuffix(k, "s")] || k == "history" || studyNouns[k] {
			return true
		}
	}
	return false
}

// signNouns carry written words: "signs reading “…”".
var signNouns = set(`sign signs sticker stickers banner banners placard placards t-shirts shirts advertisement advertisements advert adverts billboard billboards poster posters`)

// callVerbs name something, as a group of people does: "what residents
// call “the Beehive”".
var callVerbs = set(`call calls calling`)

// groupNames reports whether the verb at toks[v] is one of calling
// something by a name and its subject is a group of people: "they call",
// "locals have taken to calling", "Ukrainians have nicknamed". The past
// tense needs an auxiliary: "what executives called" reports one
// occasion. With party, the group may be a party's members in capitals,
// whose name for someone is a name only when it reads as one ("whom
// Democrats have taken to calling “Dr. No”", not "“a liar”").
func (x *para) groupNames(v, start int, party bool) bool {
	k := x.key(v)
	a := v - 1
	if a > start && x.isAdverb(a) && !auxiliaries[x.key(a)] {
		a-- // "have already dubbed"
	}
	perfect := a >= start && auxiliaries[x.key(a)] || x.longPerfect(v, start)
	switch {
	case callVerbs[k], k == "nickname", k == "nicknames", k == "nicknaming", k == "dub", k == "dubs", k == "dubbing":
	case (k == "called" || k == "nicknamed" || k == "dubbed") && perfect:
	default:
		return false
	}
	return x.groupSubject(v, start, party)
}

// longPerfect reports whether the participle at toks[v] is a perfect that
// says how long it has gone on: "have for years called", "had long
// called". Such a naming is a habit, not one occasion.
func (x *para) longPerfect(v, start int) bool {
	u := x.toks[v].unit
	a := v - 1
	switch {
	case a-1 > start && x.key(a-1) == "for" && durationNouns[x.key(a)]:
		a -= 2 // "for years"
	case a > start && x.key(a) == "long":
		a--
	default:
		return false
	}
	return a >= start && x.word(a, u) && haveForms[x.key(a)]
}

// durationNouns say how long something has gone on: "for years".
var durationNouns = set(`years decades generations centuries months weeks ages`)

// haveForms make a perfect tense.
var haveForms = set(`have has had`)

// passiveNaming are participles that give a thing a name in the passive:
// "is called the “…”".
var passiveNaming = set(`called dubbed nicknamed named known`)

// namedObject returns the verb of naming before a short object that ends
// at toks[k], the word before a quotation, or -1. The object opens with
// a determiner after a verb of nicknaming, "dubbed the episode", "have
// nicknamed the new stand", or with a determiner or a possessive after a
// verb of calling, "call the riverbed", "calling the airline’s rostering
// system".
func (x *para) namedObject(k, start int) int {
	u := x.toks[k].unit
	if key := x.key(k); key == "about" || key == "over" || prepositions[key] {
		return -1 // "used to call the police about “the noise”": a call made
	}
	for m := k - 1; m >= start && m >= k-4 && x.word(m, u); m-- {
		switch key := x.key(m); {
		case key == "dubbed" || key == "nicknamed" || key == "dub" || key == "dubs" || key == "nickname" || key == "nicknames":
			if determiners[x.key(m+1)] && m+1 < k {
				return m
			}
			return -1
		case callVerbs[key] || key == "called" && x.longPerfect(m, start):
			// "have for years called the slope “the crying hill”"
			if determiners[x.key(m+1)] || x.toks[m+1].poss {
				return m
			}
			return -1
		case x.verbAt(m) != 0 || x.chunkOf[m] >= 0:
			return -1
		}
	}
	return -1
}

// nameLike reports whether the words of a quotation read as a name rather
// than a description: they open with "the" ("the sleeping snake"), or are
// a few words in capitals ("Carrie").
func (x *para) nameLike(r region) bool {
	text := strings.TrimRight(strings.TrimLeft(x.p.Text[r.start:r.end], "“\"‘'"), ".,”\"’'")
	return strings.HasPrefix(strings.ToLower(text), "the ") || wordCount(text) <= 3 && allCapitalised(text)
}

// describeVerbs describe something "as" a phrase.
var describeVerbs = set(`describe described describes`)

// groupSubject reports whether the subject of the verb at toks[v] is
// "they", "the family" or a group of people written as a plural noun: "its
// residents", "some supporters have started"; with party, also a party's
// members in capitals: "Democrats have taken to calling".
func (x *para) groupSubject(v, start int, party bool) bool {
	k := v - 1
	for k >= start && x.toks[k].kind == word && (auxiliaries[x.key(k)] || x.key(k) == "been" || x.isAdverb(k) || x.key(k) == "started" || x.key(k) == "begun" || x.key(k) == "often" || x.key(k) == "long" ||
		durationNouns[x.key(k)] && k-1 >= start && x.key(k-1) == "for" || x.key(k) == "for" && durationNouns[x.key(k+1)]) {
		k-- // "have for years called"
	}
	if k-1 >= start && x.key(k) == "to" && (x.key(k-1) == "taken" || x.key(k-1) == "come" || x.key(k-1) == "used") {
		// "have taken to calling", "have come to call", "used to call"
		k -= 2
		for k >= start && x.toks[k].kind == word && (auxiliaries[x.key(k)] || x.isAdverb(k)) {
			k--
		}
	}
	if k < start || x.toks[k].kind != word {
		return false
	}
	key := x.key(k)
	if x.toks[k].cap && !unitInitial(x.toks, k) {
		// "Ukrainians have nicknamed it", "whom Democrats have taken to
		// calling"
		c := x.chunkOf[k]
		return demonym.Plural(key) || party && groupNouns[key] && (c < 0 || x.chunks[c].first == k && x.chunks[c].last == k)
	}
	// A plural noun opening the sentence may pass for a name: "Keepers
	// have been calling it “Peanut”".
	c := x.chunkOf[k]
	bare := c < 0 || unitInitial(x.toks, k) && x.chunks[c].first == k && x.chunks[c].last == k
	if x.pickedFrom(k, start) >= 0 {
		return false // "what one of the rescuers described as": one person
	}
	return key == "they" || key == "family" || key == "team" || key == "crew" || pluralNoun(key) && isPeopleNoun(key) && bare
}

// oneSubject opens a subject that is one person out of many: "one
// witness", "one of the rescuers", "a spokesman", "another resident".
var oneSubject = set(`one a an another`)

// pickedFrom returns the index of the "one" (or "each") that picks one
// person out of the plural noun at toks[k], or -1: "one of the rescuers",
// "one of their local volunteers".
func (x *para) pickedFrom(k, start int) int {
	u := x.toks[k].unit
	m := k - 1
	for i := 0; i < 2 && m > start && x.word(m, u) && x.modifier(m) && !determiners[x.key(m)]; i++ {
		m-- // "one of the local rescuers"
	}
	if m > start && x.word(m, u) && determiners[x.key(m)] {
		m--
	}
	if m > start && x.key(m) == "of" && x.word(m-1, u) && (x.key(m-1) == "one" || x.key(m-1) == "each") {
		return m - 1
	}
	return -1
}

// embedded reports whether the quotation at token q sits inside a sentence
// of the writer's own rather than being introduced as speech: not at the
// start of its unit and not right after a comma, colon or dash.
func (x *para) embedded(q int) bool {
	u := x.toks[q].unit
	if q == x.ustart[u] {
		return false
	}
	return !x.isPunct(q-1, ",:—–(")
}

// headlineStyle reports whether the paragraph is written the way headings
// and bullet points are, without articles.
func (x *para) headlineStyle() bool {
	return x.p.Kind == corpus.KindHeading || x.p.Kind == corpus.KindBullet || x.standfirst()
}

// standfirst reports whether x is the line under the headline that sums
// up the story, written like the headline without a full stop: "Chief
// constable says force “got it badly wrong” as 67-year-old describes
// night he was handcuffed".
func (x *para) standfirst() bool {
	if x.index != 0 || x.p.Kind != corpus.KindText && x.p.Kind != corpus.KindCaption {
		return false // but a line under the headline may be taken for a picture's caption
	}
	text := strings.TrimRight(x.p.Text, " ")
	if t, ok := cutStopInside(text); ok && len(x.regions) > 0 && x.regions[len(x.regions)-1].end >= len(t) && x.embedded(x.qtok[len(x.regions)-1]) {
		// "… though rangers warn the next fire is “a question of when,
		// not if.”": the stop a quotation ending the line holds inside
		// its marks.
		text = t
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " ”’\"')"))
	return r != utf8.RuneError && !strings.ContainsRune(".!?:", r)
}

// cutStopInside returns text without the full stop and closing double
// mark it ends in, "….”" or "…."", and whether it ends so.
func cutStopInside(text string) (string, bool) {
	if t, ok := strings.CutSuffix(text, ".”"); ok {
		return t, true
	}
	return strings.CutSuffix(text, ".\"")
}

// atUnitStart reports whether the quotation at token q starts its unit.
func (x *para) atUnitStart(q int) bool { return q == x.ustart[x.toks[q].unit] }

// wordCount returns the number of words in text.
func wordCount(text string) int {
	return len(strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '-' }))
}

// termBeforeColon reports whether the quotation at token q, a few words
// after a colon, is the term that the clause before the colon names with
// "the" and a noun for a term and the clause describing it: "the term she
// hears most often: “restitution journey”", "the phrase that keeps coming
// up: “managed decline”".
func (x *para) termBeforeColon(q, start int) bool {
	r := x.regions[x.toks[q].quote]
	if q-1 <= start || !x.isPunct(q-1, ":") || wordCount(x.p.Text[r.start:r.end]) > 4 {
		return false
	}
	u := x.toks[q].unit
	for b := q - 2; b > start && b >= q-14 && x.word(b, u); b-- {
		if x.toks[b].kind == quoted {
			return false
		}
		k := x.key(b)
		if !colonTerms[k] || x.key(b-1) != "the" {
			continue
		}
		n := x.key(b + 1)
		return b+1 == q-1 || n == "that" || n == "which" || subjectPronouns[n] || determiners[n] && n != "the"
	}
	return false
}

// colonTerms are the nouns for a term that a clause before a colon may
// name it by.
var colonTerms = set(`term phrase label slogan motto expression buzzword euphemism catchphrase`)

// isTerm reports whether the quotation at token q is a term: a name, a
// label or a designation ("designated as “foreign terrorist”
// organizations", "the so-called “deal”").
func (x *para) isTerm(q int) bool {
	r := x.regions[x.toks[q].quote]
	if wordCount(x.p.Text[r.start:r.end]) > 8 {
		return false
	}
	if ci := x.chunkOf[q]; ci >= 0 && x.chunks[ci].nameFirst < q && q < x.chunks[ci].last && x.toks[q].nick != "" {
		return true // a nickname inside a name: Robert “Bobby” Jones, Joaquín “El Chapo” Guzmán
	}
	start := x.ustart[x.toks[q].unit]
	k := q - 1
	if k < start || x.toks[k].kind != word {
		return false
	}
	if x.signReads(q, start) {
		return true
	}
	if x.termsLike(k, start) {
		return true // "borrow phrases like “responsible disclosure”"
	}
	if x.glossedAfter(q) {
		return true // "“occupant protection” — the agency's term for …"
	}
	t := x.toks[k]
	// Words in lower case after a work's noun say how or what of it, not
	// its title: "rewatched the film “with a knot in my stomach”", "fans
	// of the series “can expect more surprises”", "the novel’s “startling
	// specificity”"; but a title may open with an article or a pronoun
	// ("the poem “i carry your heart with you”"), and "a single" is one.
	work := workNouns[t.key] || workNouns[strings.TrimSuffix(t.key, "s")]
	lowerWork := work && lowerPhrase(x.p.Text[r.start:r.end]) && !(t.key == "single" && determiners[x.key(k-1)]) ||
		!phraseNouns[t.key] && adverbialPhrase(x.p.Text[r.start:r.end]) // "review the terms “in the coming weeks”", "bought the paper “every single night”"
	if !(personalLabels[t.key] && asPhrase(x.p.Text[r.start:r.end])) && (hasTermCue(t.key) && !x.brandObject(k, q, start) || (termNouns[t.key] || work) && !lowerWork && !x.verbNoun(k, start) &&
		!(x.callsObject(k, start) && !isTitleCase(x.p.Text[r.start:r.end]))) {
		return true // "the novels “…”", but not "calling the episode “beautiful”"
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); isDocHead(t.key) && isTitleCase(text) && wordCount(text) >= 2 {
		return true // a text's title: its 2024 report “Running on Empty”
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); writerVerbs[t.key] && isTitleCase(text) && wordCount(text) >= 2 && !x.writtenOn(q, start) {
		return true // a work its author wrote: "the chef who wrote “Offal Good: Cooking the Whole Beast”"
	}
	if text := x.p.Text[r.start:r.end]; isTitleCase(text) && wordCount(text) >= 2 && x.key(q+1) == "by" && q+2 < len(x.toks) && x.chunkOf[q+2] >= 0 {
		return true // a work and its author: “The Summer We Burned” by Dara Feld
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ","); t.poss && t.cap && isTitleCase(text) && wordCount(text) >= 2 && !strings.ContainsAny(text, ".!?") {
		return true // a work or an event its maker owns: "Rory Delacroix’s “Unforgivable Tour” has been canceled"
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); t.key == "of" && authorNouns[x.key(k-1)] && k-1 >= start && isTitleCase(text) && wordCount(text) >= 2 {
		return true // a work and its author: "author of “Blood and Fire: A History of Famous Diamonds”"
	}
	if b := k - 1; b >= start && x.toks[b].kind == word && (termNouns[x.key(b)] || hasTermCue(x.key(b))) && (t.key == "of" || x.isPunct(k, ",")) {
		return true // "the chant of “…”", "his nickname, “Sunny”"
	}
	if text := x.p.Text[r.start:r.end]; t.cap && !unitInitial(x.toks, k) && wordCount(text) <= 3 && nicknameLike(text) {
		if n := q + 1; n < len(x.toks) && x.toks[n].kind == word && x.toks[n].cap {
			return true // a nickname: Joaquín “El Chapo” Guzmán
		}
	}
	if text := x.p.Text[r.start:r.end]; wordCount(text) <= 4 && (allCapitalised(text) || isTitleCase(text)) && (x.nounAfter(q+1) || x.gerundNoun(q+1)) {
		// A name inside a noun phrase: his “America First” agenda, the
		// body's monthly ‘Mic’d Up’ review show, a “FOG” warning.
		b := k
		for b > start && b > k-2 && x.modifier(b) {
			b--
		}
		if determiners[x.key(b)] || x.toks[b].poss {
			return true
		}
	}
	if text := x.p.Text[r.start:r.end]; (determiners[t.key] || t.key == "its" || t.key == "their" || t.poss || x.glossOr(k)) && x.nounAfter(q+1) && modifierName(text) {
		// A phrase of a few words that names the noun after it: the
		// utility's “public safety power shutoff” program, a “lapse in
		// appropriations” memo, the government's “levelling up”
		// rhetoric. One word ("a “generous” package") is
		// more often the speaker's judgment.
		return true
	}
	if x.ratingBefore(q, k) {
		return true // a “fair” rating, its “very high risk” category
	}
	if x.ratingChanged(q, k, start) {
		return true // "cutting his rating on the stock to “sell” from “hold”"
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); wordCount(text) >= 2 && wordCount(text) <= 6 && (allCapitalised(text) || isTitleCase(text)) &&
		(t.key == "its" || t.key == "their" || t.key == "his" || t.key == "her") {
		return true // a name after a possessive: its “Election Integrity Defense Fund.”
	}
	subjectBefore := func(v int) bool {
		if x.key(v) == "called" && x.key(v-1) != "the" && x.whatNames(v, start) && !isTitleCase(x.p.Text[r.start:r.end]) {
			// "what the school then called “…”": one body or
			// person, named by its noun, gave it; what several call
			// it ("what dealers called “old collection”") is a name.
			for m := v - 1; m > start && x.key(m) != "what"; m-- {
				if x.key(m) == "the" && !pluralNoun(x.key(m+1)) && !crowdNouns[x.key(m+1)] && x.key(m-1) == "what" {
					return true
				}
				if oneSubject[x.key(m)] && x.key(m-1) == "what" {
					return true // "what one frustrated councillor has called “…”", "what one of the rescuers called"
				}
			}
		}
		if v-1 < start {
			return false
		}
		p := x.toks[v-1]
		_, pron := pronouns[p.key]
		return pron || p.key == "i" || p.key == "we" || p.key == "you" || x.chunkOf[v-1] >= 0 && !p.poss
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); t.key == "the" && wordCount(text) <= 4 && (allCapitalised(text) || isTitleCase(text)) {
		return true // "Mahler’s Symphony No. 2, the “Resurrection.”"
	}
	if namingVerbs[t.key] && !subjectBefore(k) && !(t.key == "called" && opensWithArticle(x.p.Text[r.start:r.end])) {
		// "a unit called “Alpha”", not "what she called “a disaster”",
		// nor "what investigators called “a culture of impunity”": a
		// phrase opening with "a" characterises.
		return true
	}
	if determiners[t.key] && k-1 > start && passiveNaming[x.key(k-1)] && x.passive(k-1, start) {
		return true // "It is sometimes called the “stomach flu”": the name the thing goes by
	}
	v := k
	if determiners[t.key] && k-1 >= start {
		v = k - 1 // "started calling the “Ferris Road curse”"
	}
	if (x.key(v) == "it" || x.key(v) == "them") && v-1 > start {
		v-- // "Locals call it the “bleeding mountain”"
	} else if o := x.namedObject(k, start); o >= 0 && (!callVerbs[x.key(o)] && x.key(o) != "called" || x.nameLike(r)) {
		// "investors have dubbed the episode “Takata 2.0”"; a group
		// calling a thing gives it a name, not a description:
		// "Residents call the riverbed “the sleeping snake.”",
		// "volunteers had begun calling the whale “Carrie”".
		v = o
	}
	if x.groupNames(v, start, false) || x.groupNames(v, start, true) && (x.nameLike(r) || capitalisedWords(strings.Trim(x.p.Text[r.start:r.end], "“”\"‘’'.,"), 4)) {
		// "what veteran negotiators call “constructive ambiguity”", "a
		// swelling they call “endo belly”", "what scholars have called
		// the “…”", "Ukrainians have nicknamed it the “kettle rule”";
		// but "what executives called a “digestion phase”" is what they
		// said once.
		return true
	}
	if text := strings.TrimRight(x.p.Text[r.start:r.end], ".,"); isTitleCase(text) {
		if t.poss && t.cap && x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].kind != namePerson {
			return true // a programme: "told CNN’s “Early Start”"
		}
		if x.namesObject(k, start) {
			return true // "calling the on-call system “Run Till You Drop”"
		}
		if x.worksBefore(q, start) {
			return true // "books …, among them “To Kill a Mockingbird”"
		}
	}
	if a := k; a-2 > start && (x.key(a) == "as" || determiners[t.key] && x.key(a-1) == "as") {
		if x.key(a) != "as" {
			a--
		}
		if describeVerbs[x.key(a-1)] && x.groupSubject(a-1, start, false) {
			return true // "stops which activists have long described as “pretext stops”"
		}
	}
	if determiners[t.key] && k-1 > start && x.key(k-1) == "as" {
		k-- // "what is known as a “recall query”"
		t = x.toks[k]
	}
	if t.key != "as" {
		return false
	}
	if k-1 >= start && namingVerbs[x.key(k-1)] && !subjectBefore(k-1) {
		return true // "known as “the Wall”"
	}
	if k-1 >= start && aliasVerbs[x.key(k-1)] {
		return true // "a content creator who posts as “SkyHunterLuca”"
	}
	for m := k - 1; m >= start && m >= k-5 && x.word(m, t.unit) && x.key(m) != "by"; m-- {
		if characterVerbs[x.key(m)] {
			if x.passive(m, start) {
				return true // "She was often described as “the quiet giant of English fiction”"
			}
			break
		}
	}
	if isTitleCase(x.p.Text[r.start:r.end]) {
		return true // "billing the concerts as “A Farewell to Teodora.”"
	}
	// "named several cartels as “terrorist” groups"
	for m := k - 1; m >= start && m >= k-8; m-- {
		t := x.toks[m]
		if t.kind != word {
			break
		}
		// "described the current name as “a daily insult”": a noun.
		noun := m > start && (determiners[x.key(m-1)] || x.toks[m-1].poss || x.modifier(m-1))
		if hasTermCue(t.key) || t.key == "named" || (t.key == "name" || t.key == "names") && !noun || t.key == "naming" || t.key == "listed" || t.key == "list" || asNaming[t.key] && !determiners[x.key(m-1)] { // but "a known risk as “simply untrue”"
			return true
		}
		if x.verbAt(m) != 0 {
			break
		}
	}
	return false
}

// glossOr reports whether toks[k], the word before a quotation, is an
// "or" after a comma that glosses the noun before it: "lahars, or “cold
// lava” floods".
func (x *para) glossOr(k int) bool {
	return x.key(k) == "or" && x.isPunct(k-1, ",")
}

// termsLike reports whether toks[k], the word before a quotation, ends
// "phrases like", "words such as" or "terms including": what follows
// are examples of wording, mentioned rather than said.
func (x *para) termsLike(k, start int) bool {
	n := k - 1
	switch x.key(k) {
	case "like", "including":
	case "as":
		if x.key(n) != "such" {
			return false
		}
		n--
	default:
		return false
	}
	return n >= start && x.toks[n].kind == word && (x.key(n) == "words" || x.key(n) == "phrases" || x.key(n) == "terms" ||
		x.key(n) == "slogans" || x.key(n) == "labels" || x.key(n) == "names" || x.key(n) == "expressions")
}

// glossedAfter reports whether the quotation at toks[q] is glossed right
// after it as someone's term for something: "“occupant protection” — the
// agency's term for how passengers are restrained", "“dry lightning,” a
// term for storms that produce little rain".
func (x *para) glossedAfter(q int) bool {
	k := q + 1
	r := x.regions[x.toks[q].quote]
	switch {
	case x.isPunct(k, ",—–("):
		k++
	case !strings.HasSuffix(x.p.Text[r.start:r.end], ","):
		return false // the comma inside the marks: "“dry lightning,” a term for"
	}
	if text := x.p.Text[r.start:r.end]; x.key(k) == "in" && x.key(k+1) == "which" && wordCount(text) <= 3 && !determiners[strings.ToLower(firstWord(text))] {
		// "opting for a “down round,” in which a startup raises money
		// at a lower valuation", "vulnerable to “liquefaction”, in
		// which …"; but not "Faircloth said the rules risked “a
		// two-tier system”, in which …", a phrase of her own.
		return true
	}
	for m := k; m < len(x.toks) && m <= k+3; m++ {
		t := x.toks[m]
		if t.kind != word {
			return false
		}
		if (t.key == "term" || t.key == "word" || t.key == "shorthand" || t.key == "jargon" || t.key == "euphemism") && x.glossFollows(m+1) {
			return true
		}
		if !determiners[t.key] && !t.poss && !x.modifier(m) {
			return false
		}
	}
	return false
}

// firstWord returns the first word of text, or "".
func firstWord(text string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return w
}

// glossFollows reports whether what a gloss noun is for or means follows
// from toks[k], within a few words: "a term for", "a word in the local
// dialect meaning".
func (x *para) glossFollows(k int) bool {
	u := x.toks[min(k, len(x.toks)-1)].unit
	for m := k; m < k+6 && x.word(m, u); m++ {
		switch x.key(m) {
		case "for", "meaning", "means":
			return m == k || x.key(m) != "for"
		}
	}
	return false
}

// opensWithArticle reports whether text opens with "a" or "an" in lower
// case, as a phrase that characterises does ("a witch hunt with a
// budget"), where a name is capitalised ("A Better Start").
func opensWithArticle(text string) bool {
	return strings.HasPrefix(text, "a ") || strings.HasPrefix(text, "an ")
}

// modifierName reports whether text, quoted between a determiner and a
// noun, reads as a name: two to four words with no punctuation, no
// coordination ("critical and unsustainable") and no intensifier ("very
// patient"), which mark a judgment.
func modifierName(text string) bool {
	n := wordCount(text)
	if a, b, ok := strings.Cut(text, ", "); ok && n <= 6 && !strings.ContainsAny(b, ",.;:!?") {
		// A rule in two matched halves: the “no work, no pay”
		// provision, a “one in, one out” policy.
		fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
		return len(fa) >= 2 && len(fa) == len(fb) && fa[0] == fb[0]
	}
	if n < 2 || n > 4 || strings.ContainsAny(text, ",.;:!?") {
		return false
	}
	ws := strings.Fields(strings.ToLower(text))
	if intensifiers[ws[0]] || strings.HasSuffix(ws[0], "ly") {
		return false
	}
	for _, w := range ws {
		if w == "and" || w == "or" || w == "but" {
			return false
		}
	}
	return true
}

// intensifiers grade the adjective after them.
var intensifiers = set(`very so too really extremely deeply highly truly quite rather pretty fairly most more less`)

// asNaming are verbs that give something a name with "as" after its
// object or a phrase: "a practice known in the industry as “…”",
// "referred to the shifts as “…”", "slopes registered as “…”".
var asNaming = set(`known referred registered classed rated graded`)

// namesObject reports whether a verb that names something comes before
// toks[k], the word before a quotation, with only its object between:
// "calling the company's rotating on-call system “…”".
func (x *para) namesObject(k, start int) bool {
	u := x.toks[k].unit
	for m := k; m >= start && m > k-8 && x.word(m, u); m-- {
		switch key := x.key(m); {
		case callVerbs[key] || key == "called" || namingVerbs[key] || hasTermCue(key):
			return m < k
		case x.verbAt(m) != 0 || pronouns[key] != 0 && !x.toks[m].poss:
			return false
		}
	}
	return false
}

// callsObject reports whether a verb of calling takes the noun at toks[k]
// as its object, the noun's determiner or a possessive between: "calling
// the episode", "called his film".
func (x *para) callsObject(k, start int) bool {
	v := k - 1
	if v >= start && (determiners[x.key(v)] || x.toks[v].poss || pronouns[x.key(v)] != 0) {
		v--
	}
	return v >= start && x.toks[v].kind == word && (callVerbs[x.key(v)] || x.key(v) == "called")
}

// worksBefore reports whether the sentence of the quotation at toks[q]
// names works in the plural before it, "books", "songs": titles follow.
func (x *para) worksBefore(q, start int) bool {
	for m := q - 1; m >= start; m-- {
		if x.toks[m].kind == quoted {
			continue
		}
		if k := x.key(m); x.toks[m].kind == word && strings.HasSuffix(k, "s") && workNouns[strings.TrimSuffix(k, "s")] {
			return true
		}
	}
	return false
}

// verbNoun reports whether the noun of a work or a word at toks[k] is a
// verb there, after "to" or an auxiliary: "ordered to show “great
// restraint”", "will play “a central role”". Naming verbs are not:
// "to name", "to title".
func (x *para) verbNoun(k, start int) bool {
	switch x.key(k) {
	case "name", "names", "title", "label", "term", "dub", "brand":
		return false
	}
	return k-1 >= start && x.word(k-1, x.toks[k].unit) && (x.key(k-1) == "to" || auxiliaries[x.key(k-1)] && !x.toks[k-1].poss)
}

// brandObject reports whether the cue at toks[k] before the quotation at
// toks[q] is a noun for a brand or a label that a verb gives or leaves
// something, not the verb of naming: "would give the Florentine brand “the
// firepower it has lacked”". The brand's name is capitalised, and the
// quotation opens in lower case.
func (x *para) brandObject(k, q, start int) bool {
	switch x.key(k) {
	case "brand", "brands", "label", "labels":
	default:
		return false
	}
	c := x.chunkOf[max(k-1, 0)]
	if k-1 < start || c < 0 || x.chunks[c].last != k-1 || x.chunks[c].first-1 < start || !determiners[x.key(x.chunks[c].first-1)] {
		return false
	}
	r := x.regions[x.toks[q].quote]
	return !isTitleCase(x.p.Text[r.start:r.end])
}

// linkedHeadline reports whether the quotation at toks[q] opens the
// headline of another article a line links to, after a colon: the whole
// headline ("Read more in Daily Maverick: “Taps run dry …”"), which
// whole reports, or one a subtitle follows after a colon or a dash
// ("Related: ‘Our town is gone’: survivors count the cost"). A headline
// that names who says the quotation is not one: "Read more: ‘We will end
// load-shedding’, says Ramaphosa".
func (x *para) linkedHeadline(q, start int) (linked, whole bool) {
	if start != 0 || !x.isPunct(q-1, ":") {
		return false, false
	}
	switch x.key(0) {
	case "read", "related", "see", "also", "watch", "listen":
		linked = x.key(0) == "related" || x.key(1) == "more" || x.key(1) == "also" || x.key(0) == "also" && x.key(1) == "read"
	}
	if !linked {
		return false, false
	}
	if x.regions[x.toks[q].quote].end >= len(strings.TrimRight(x.p.Text, " .”\"’'")) {
		return true, true
	}
	return x.isPunct(q+1, ":—–"), false
}

// signBefore reports whether a sign is named among the ten words up to
// toks[k], before the colon that opens a quotation, with no verb of speech
// after it: "Kessler is taping up a handwritten sign next to the register:
// “…”", "Someone has taped a hand-lettered sign to the door of the break
// room: “…”" quote the sign.
func (x *para) signBefore(k, start int) bool {
	for b := k; b >= start && b > k-10 && x.toks[b].kind == word; b-- {
		if signNouns[x.key(b)] {
			return true
		}
		if x.verbAt(b) != 0 {
			return false
		}
	}
	return false
}

// leadWord returns the index of the word that leads into the quotation
// at token q, before a colon and any adverbs: "read" in "One sign read
// simply: “…”".
func (x *para) leadWord(q, start int) int {
	k := q - 1
	if x.isPunct(k, ":") {
		k--
	}
	for k > start && x.isAdverb(k) {
		k--
	}
	return k
}

// signReads reports whether the quotation at token q is what a sign says:
// "signs reading “No Second Class”", "One handmade sign read simply: “…”".
func (x *para) signReads(q, start int) bool {
	k := x.leadWord(q, start)
	switch x.key(k) {
	case "reading", "read", "reads", "saying", "said", "says":
	default:
		return false
	}
	// "A handwritten sign taped to the door read": past a participle and
	// the phrase after it; "That sign, at the corner of Route 9, still
	// reads": past a phrase set off by commas; "a handwritten sign on the
	// door of the volunteer center on Main Street reads": past a longer
	// one before "read".
	read := strings.HasPrefix(x.key(k), "read")
	for b, n := k-1, 0; b >= start && (n < 8 || read && n < 12); b, n = b-1, n+1 {
		if x.isPunct(b, ",") && n > 0 && read {
			o := b - 1
			for o > start && o >= b-14 && !x.isPunct(o, ",") && x.toks[o].kind != quoted {
				o--
			}
			if o <= start || !x.isPunct(o, ",") {
				break
			}
			b, n = o, n-1
			continue
		}
		if x.toks[b].kind != word {
			break
		}
		if (signNouns[x.key(b)] || x.noticeSign(b)) && !x.toks[b].poss && (n < 8 || x.signSubject(b, start)) {
			return true // but not "The banner's designer said"
		}
		if x.key(b) == "and" || x.verbAt(b) != 0 || n > 2 && x.toks[b].cap {
			break
		}
	}
	// "… held up signs. One read “…”": one of the signs the sentence
	// before names; but "One said “…”" is one of those who held them.
	if b := k - 1; read && b == start && (x.key(b) == "one" || x.key(b) == "another") && x.toks[b].unit > 0 {
		for i := x.ustart[x.toks[b].unit-1]; i < start; i++ {
			if signNouns[x.key(i)] && strings.HasSuffix(x.key(i), "s") {
				return true
			}
		}
	}
	// "A handwritten note had been taped to the door. It read: “…”": the
	// sign or notice the sentence before makes its subject.
	if b := k - 1; read && b == start && x.key(b) == "it" && x.toks[b].unit > 0 {
		ps := x.ustart[x.toks[b].unit-1]
		for i := ps; i < start && i < ps+6; i++ {
			if x.toks[i].kind != word || x.verbAt(i) != 0 {
				break
			}
			if (signNouns[x.key(i)] && !strings.HasSuffix(x.key(i), "s") || x.noticeSign(i)) && x.key(i+1) != "of" && !(x.word(i+1, x.toks[i].unit) && headNoun(x.key(i+1))) {
				return true // but not "A sign of the pressure …", "The poster boy for …"
			}
		}
		return x.signPutUp(ps, start)
	}
	return false
}

// attachVerbs put a sign or a notice up: "had been taped to the door",
// "has nailed a sign to the gate".
var attachVerbs = set(`taped pinned tied nailed stuck hung glued pasted fixed propped`)

// signPutUp reports whether the sentence from toks[ps] to toks[end] puts
// up a sign or a notice, its subject or the object of a verb that
// attaches it: "By the end of the evening a bedsheet banner had been tied
// to the railings.", "Outside the museum, a handwritten note had been
// taped to the door.", "Grant Oakley has nailed a hand-painted sign to
// the gate."
func (x *para) signPutUp(ps, end int) bool {
	sign := func(i int) bool {
		k := x.key(i)
		return x.toks[i].kind == word && !x.toks[i].cap && !x.toks[i].poss &&
			(signNouns[k] && !strings.HasSuffix(k, "s") || k == "notice" || k == "note" || k == "sheet")
	}
	u := x.toks[ps].unit
	for i := ps; i < end && x.toks[i].unit == u; i++ {
		if !x.word(i, u) {
			continue
		}
		if subordinators[x.key(i)] {
			return false // "days after a notice had been pinned to her door": not what "it" is
		}
		if sign(i) && x.message(i) {
			return false
		}
		if sign(i) {
			// The subject, put up by the verb after it: "had been tied".
			j := i + 1
			for j < end && j <= i+3 && x.word(j, u) && auxWords[x.key(j)] {
				j++
			}
			if j > i+1 && x.word(j, u) && attachVerbs[x.key(j)] {
				return true
			}
		}
		if attachVerbs[x.key(i)] && i > ps && auxWords[x.key(i-1)] {
			// The object of the verb that puts it up: "has nailed a
			// hand-painted sign".
			for o := i + 1; o < end && o <= i+4 && x.word(o, u); o++ {
				if sign(o) {
					return true
				}
				if !determiners[x.key(o)] && !x.modifier(o) {
					break
				}
			}
		}
	}
	return false
}

// subordinators open a clause inside a sentence, whose subject is not
// what the next sentence's "it" is.
var subordinators = set(`after before when while since until because although though once if whereas`)

// auxWords are the auxiliaries before a past participle: "had been
// taped", "has nailed".
var auxWords = set(`had has have was were is are been being`)

// noticeSign reports whether toks[b] is a notice, a note or a sheet put
// up by hand, which reads as a sign does: "a handwritten notice
// taped to the front counter reading “…”", "a notice on the door reading
// “…”", "a sheet of paper taped to the door"; not a notice on a website
// or one served on someone. A card is a message from someone: "A
// handwritten card left among the flowers read: “…”".
func (x *para) noticeSign(b int) bool {
	switch x.key(b) {
	case "notice", "notices", "note", "notes", "sheet", "sheets":
	default:
		return false
	}
	if x.toks[b].kind != word || x.toks[b].cap {
		return false
	}
	// A note is a message to someone unless it is put up: "a handwritten
	// note from her son read “…”" is his. So is a notice from someone, or
	// one served on someone.
	note := x.key(b) == "note" || x.key(b) == "notes"
	if x.message(b) {
		return false
	}
	switch x.key(b - 1) {
	case "handwritten", "hand-written", "hand-lettered", "hand-painted", "printed", "laminated", "paper":
		if !note {
			return true
		}
	}
	if x.key(b+1) == "of" && x.key(b+2) == "paper" {
		b += 2 // "a sheet of paper taped to the door"
	}
	switch x.key(b + 1) {
	case "taped", "pinned", "stuck", "pasted", "glued", "nailed":
		return true
	case "on", "at":
		return x.key(b+2) == "the" && fixtureNouns[x.key(b+3)]
	}
	return false
}

// message reports whether the notice or note at toks[b] is a message
// from someone or to someone rather than one put up for all to read: "a
// notice from the council", one served on a tenant, "left a note on the
// counter for her staff", "had stuck a note to the fridge for his wife".
func (x *para) message(b int) bool {
	if x.key(b+1) == "from" || x.key(b-1) == "served" || x.key(b-2) == "served" || x.key(b-3) == "served" {
		return true
	}
	if x.key(b) != "note" && x.key(b) != "notes" {
		return false
	}
	for k := b + 1; k < len(x.toks) && k <= b+8 && x.word(k, x.toks[b].unit); k++ {
		if x.key(k) == "for" || x.key(k) == "to" && !attachVerbs[x.key(k-1)] {
			return true // "a note to staff", but not "a note taped to the door"
		}
	}
	for k := b - 1; k >= 0 && k >= b-4 && x.toks[k].kind == word; k-- {
		if x.key(k) == "left" || x.key(k) == "wrote" || x.key(k) == "sent" {
			return true
		}
	}
	return false
}

// fixtureNouns are the places a notice is put up on: "a notice on the
// door".
var fixtureNouns = set(`door doors gate gates window windows wall walls fence entrance counter shutter shutters noticeboard board`)

// signSubject reports whether the sign noun at toks[b] heads the subject
// of its clause: only determiners and modifiers stand before it, back to
// the clause's start ("Back in Harlan Creek, a handwritten sign"), not a
// verb or a relative pronoun ("A woman who had stood beside the sign").
func (x *para) signSubject(b, start int) bool {
	for k := b - 1; k >= start && !x.isPunct(k, ",;:"); k-- {
		if x.toks[k].kind != word || x.verbAt(k) != 0 || x.key(k) == "who" || x.key(k) == "that" || x.key(k) == "which" || prepositions[x.key(k)] {
			return false
		}
	}
	return true
}

// nicknameLike reports whether text can be a nickname or a name between
// capitalised words: it has a capital letter, and a comma or full stop
// inside the marks (“Dot Pruitt Way.”, as American style punctuates) only
// ends a name in title case. So “El Chapo” and “the Rock” can, but
// “remains strong,” in "demand outside China “remains strong,” Smith
// said" cannot.
func nicknameLike(text string) bool {
	if t := strings.TrimRight(text, ".,"); t != text {
		return isTitleCase(t)
	}
	if strings.ContainsAny(text, ".,;:!?") {
		return false
	}
	for _, w := range strings.Fields(text) {
		if capitalised(w) {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word of text starts with a capital
// letter and no sentence punctuation is inside.
func allCapitalised(text string) bool {
	if strings.ContainsAny(text, ".?!,;:") {
		return false
	}
	ws := strings.Fields(text)
	for _, w := range ws {
		if !capitalised(w) {
			return false
		}
	}
	return len(ws) > 0
}

// nounAfter reports whether toks[i] is a lower-case word that can continue
// a noun phrase: not a function word, a verb or an adverb.
func (x *para) nounAfter(i int) bool {
	if i >= len(x.toks) || x.toks[i].kind != word || x.toks[i].cap {
		return false
	}
	k := x.toks[i].key
	if boundaryWords[k] || stopwords[k] || reportVerbs[k] != 0 || x.isAdverb(i) || pronouns[k] != 0 || irregularPast[k] || pastParticiples[k] {
		return false // "the “real frustration” felt by islanders": a participle, no noun
	}
	if strings.HasSuffix(k, "ing") && !ingNouns[k] && x.word(i+1, x.toks[i].unit) && participleParticles[x.key(i+1)] {
		return false // "a “catalogue of failings” stretching back a decade"
	}
	return !strings.HasSuffix(k, "ed")
}

// participleParticles follow a verb's form in -ing that goes on a noun
// phrase as a participle, not as a noun: "stretching back", "dating
// from", "running into".
var participleParticles = set(`back from into across over through beyond along up down out toward towards`)

// ingNouns are forms in -ing that are mostly nouns, even before a
// preposition: "“levelling up” funding from the Treasury".
var ingNouns = set(`funding spending training housing building meeting offering hearing ruling warning
	briefing filing listing setting rating ranking booking opening ending beginning clothing
	parking shopping marketing lending borrowing pricing trading`)

// gerundNoun reports whether toks[i] is a verb's form in -ing that ends a
// noun phrase, as a noun: the "warning" of a “FOG” warning.
func (x *para) gerundNoun(i int) bool {
	return i < len(x.toks) && x.toks[i].kind == word && !x.toks[i].cap && strings.HasSuffix(x.key(i), "ing") && reportVerbs[x.key(i)] != 0 &&
		(!x.word(i+1, x.toks[i].unit) || stopwords[x.key(i+1)])
}

// ratingNouns name a grade, a class or a label that a quotation before
// them gives: "a “fair” rating", "the “digital-only” label".
var ratingNouns = set(`rating ratings label labels category`)

// ratingBefore reports whether the quotation at toks[q], after the
// determiner or possessive at toks[k], is the grade or label a noun of
// ratingNouns after it names: "said a “fair” rating does not mean",
// "kept their “hold” rating", "a “low” confidence rating", "the top of
// its “very high risk” category". A category after "a" is the
// speaker's judgment of something ("toys remained a “brutally
// seasonal” category"), and so is a word that judges ("a “misleading”
// label", "an “unfair” rating") or one before a noun the rating's
// noun modifies ("the “deeply flawed” rating system").
func (x *para) ratingBefore(q, k int) bool {
	t := x.toks[k]
	if !determiners[t.key] && !t.poss {
		return false // determiners holds the possessive pronouns: "its", "their"
	}
	r := x.regions[x.toks[q].quote]
	text := strings.Trim(x.p.Text[r.start:r.end], ".,")
	if wordCount(text) > 4 || judging(text) {
		return false
	}
	n := q + 1
	if x.nounAfter(n) && !ratingNouns[x.key(n)] {
		n++ // "a “low” confidence rating"
	}
	if !x.word(n, x.toks[q].unit) || x.toks[n].cap || !ratingNouns[x.key(n)] || x.nounAfter(n+1) {
		return false
	}
	return x.key(n) != "category" || t.key != "a" && t.key != "an"
}

// judging reports whether text is one word that judges rather than
// grades: "misleading", "unfair", "generous", "shameful"; but
// "outstanding" and "unsatisfactory" are grades.
func judging(text string) bool {
	w := strings.ToLower(text)
	if strings.ContainsAny(w, " -") || gradeWords[w] {
		return false
	}
	for _, p := range []string{"un", "mis", "dis"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, e := range []string{"ing", "ous", "ful", "less", "ive"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// gradeWords are grades that look like judgements: an inspector's
// “outstanding”, an index's “unhealthy”.
var gradeWords = set(`outstanding unsatisfactory unhealthy unsafe unfit positive negative`)

// ratingChanged reports whether the quotation at toks[q], after "to" or
// "from" at toks[k], is a grade that a rating named a few words before
// moves to or from: "cutting his rating on the stock to “sell” from
// “hold”", "cut Bolivia's rating to “RD”, or restricted default, from
// “C”". The grade is short and the rating is no poll's or audience's
// ("approval rating fell to “historic lows”", "TV ratings rose to
// “record levels”"); a rating "from" someone comes from them.
func (x *para) ratingChanged(q, k, start int) bool {
	if x.key(k) != "to" && x.key(k) != "from" {
		return false
	}
	r := x.regions[x.toks[q].quote]
	if ws := strings.Fields(x.p.Text[r.start:r.end]); len(ws) == 0 || len(ws) > 3 || determiners[strings.ToLower(ws[0])] {
		return false
	}
	for b := k - 1; b >= start && b >= k-12; b-- {
		switch t := x.toks[b]; {
		case t.kind == quoted:
			continue
		case t.kind != word:
			if !x.isPunct(b, ",") {
				return false
			}
		case t.key == "rating" || t.key == "ratings":
			// Not a rating's agency: "a ratings agency, warned that
			// growth would fall to “…”".
			n := x.key(b + 1)
			if t.cap || b+1 == k && n == "from" || audienceRatings[x.key(b-1)] {
				return false
			}
			return n == "on" || n == "of" || n == "to" || n == "from" || n == "for" || pastTense(n) || irregularPast[n] || x.toks[b+1].kind != word
		case reportVerbs[t.key] != 0 || t.cap || t.key == "and" || t.key == "but":
			return false
		}
	}
	return false
}

// audienceRatings come before a rating that measures favour or an
// audience, not a grade: "approval rating", "TV ratings".
var audienceRatings = set(`approval tv television viewer viewers viewing audience poll polling popularity favourability favorability`)

// hasTermCue reports whether key is one of the term cues.
func hasTermCue(key string) bool { return termCues[key] }

// rightAttr finds an attribution right after the quotation at token q:
// "…," said Smith / "…," Smith said / "…," she added / "…," according to X.
func (x *para) rightAttr(q int) (ref, bool) {
	u := x.toks[q].unit
	i := q + 1
	for x.isPunct(i, ",—–-(") && x.toks[i].unit == u {
		i++
	}
	if i < len(x.toks) && x.toks[i].kind == word && (x.toks[i].text == "I" || x.key(i) == "we") && x.verbAt(i+1) != 0 &&
		(x.toks[i].unit == u || i == q+1) {
		// "“Is it lonely?” I ask.": the writer's own words.
		return ref{kind: refPronoun, para: x.index, tok: i, chunk: -1, source: -1, pron: writerPronoun}, true
	}
	if !x.word(i, u) {
		return ref{}, false
	}
	if r, ok, found := x.sourceAt(i, u, len(x.toks)); found {
		if ok && r.kind == refDesc && r.chunk < 0 && r.source < 0 && x.embedded(q) {
			// "Strand told fans that the club would not be “…”,
			// according to two people present": the one the sentence
			// reports speaks; the unnamed only heard it.
			if p, ok := x.partial(q, x.ustart[u]); ok && p.kind == refChunk {
				return p, true
			}
		}
		if _, end, np := x.npAt(i+2, u, len(x.toks)); ok && np && x.key(i) == "according" && (r.kind == refDesc && !pluralDesc(r.head) || r.kind == refChunk) {
			// "“…,” according to its artist, Joaquin Pereira-Lowe, who
			// said": the name set off after the description, when
			// nothing but "who" or "which" goes on after it ("according
			// to police, John Smith, 45, was arrested" starts a clause).
			if a := x.appositiveName(r, end, u); a.kind == refChunk {
				if e := x.chunks[a.chunk].last + 1; e >= len(x.toks) || x.toks[e].unit != u || x.isPunct(e, ".;") ||
					x.isPunct(e, ",") && (x.key(e+1) == "who" || x.key(e+1) == "which") {
					r = a
				}
			}
		}
		return r, ok
	}
	if x.key(i) == "as" && i > q+1 {
		return x.asAttr(q)
	}
	if r, ok := x.oneOf(i, u); ok {
		return r, true
	}
	if f := x.verbAt(i); f == finite {
		if v := lemma(x.key(i)); listenerVerbs[v] || thingListeners[v] && !x.atUnitStart(q) {
			return ref{}, false // "“…,” thanked the volunteers": whom is thanked did not speak
		}
		r, end, ok := x.npAt(i+1, u, len(x.toks))
		if ok && r.kind == refPronoun && x.word(end, u) {
			return ref{}, false // "said he would", not "said he."
		}
		if ok && x.speakerLike(r) {
			return x.appositiveName(r, end, u), true
		}
		return ref{}, false
	}
	if c := x.titledAfterModifiers(i, u); c >= 0 {
		// "“…,” ECCC warning preparedness meteorologist Armel
		// Castonguay told CBN News.": a body and the words of a role
		// before the name of the one who speaks.
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
	}
	r, end, ok := x.npAt(i, u, len(x.toks))
	if !ok || !x.speakerLike(r) {
		return ref{}, false
	}
	k := x.skipAppositive(x.skipOf(r, end, u), u)
	k = x.pastAdverbs(k, u)
	if f := x.verbAt(k); (f == finite || f == base) && x.key(k+1) != "that" && !x.passive(k, end) || x.goesOn(k) && !x.word(k+2, u) {
		// But not "“shortly before” it was announced", "“…,” he was
		// told": a passive names no one who spoke.
		return x.appositiveName(r, end, u), true
	}
	if r.kind == refDesc && isDocHead(r.head) && (x.key(k) == "read" || x.key(k) == "reads") && x.word(k, u) {
		return r, true // "“…,” the statement read."
	}
	return ref{}, false
}

// lookedBack finds the speaker that the sentence after a quotation
// names when it looks back at the quotation, which stands as a sentence
// of its own: "“Like church, but louder.” That was how Owen Brightman
// described the forge", "“…” That was the assessment of Priya Deshmukh",
// "“…” That's what the mayor told the council", "“…” This was Lund's
// verdict".
func (x *para) lookedBack(q int) (ref, bool) {
	if !x.atUnitStart(q) {
		return ref{}, false
	}
	i := q + 1
	for i < len(x.toks) && x.isPunct(i, ".!?…") {
		i++
	}
	if i >= len(x.toks) || x.toks[i].kind != word || !x.toks[i].cap || !lookBackWords[x.toks[i].key] {
		return ref{}, false
	}
	u := x.toks[i].unit
	k := i + 1
	if raw := x.p.Text[x.toks[i].start:x.toks[i].end]; !strings.HasSuffix(raw, "’s") && !strings.HasSuffix(raw, "'s") {
		if !x.word(k, u) || !copulas[x.key(k)] {
			return ref{}, false
		}
		k++
	}
	if !x.word(k, u) {
		return ref{}, false
	}
	for j := k; j < len(x.toks) && x.toks[j].unit == u; j++ {
		if sharedViewWords[x.key(j)] || x.key(j) == "as" && x.key(j+1) == "well" {
			return ref{}, false // "That is what Tom Hale told MPs, too": another says it as well
		}
	}
	switch key := x.key(k); {
	case key == "how" || key == "what":
		r, end, ok := x.npAt(k+1, u, len(x.toks))
		v := x.pastAdverbs(x.skipAppositive(end, u), u)
		if !ok || !x.speakerLike(r) || x.verbAt(v) != finite || x.passive(v, end) || beForms[x.key(v)] || x.key(v) == "got" || x.key(v) == "gets" {
			return ref{}, false // "That is what Lopez was told": the one who heard it
		}
		if p := v + 1; x.word(p, u) && pronouns[x.key(p)] != 0 && (beForms[x.key(p+1)] || x.key(p+1) == "had" || x.key(p+1) == "got") {
			return ref{}, false // "That is what Obi says he was told"
		}
		return x.appositiveName(r, end, u), true
	case key == "the" && speechNouns[x.key(k+1)] && x.word(k+1, u) && (x.key(k+2) == "of" || x.key(k+2) == "from"):
		r, end, ok := x.npAt(k+3, u, len(x.toks))
		if ok && x.speakerLike(r) {
			return x.appositiveName(r, end, u), true
		}
	default:
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first == k && x.chunks[c].poss && speechNouns[x.key(x.chunks[c].last+1)] && x.word(x.chunks[c].last+1, u) {
			return ref{kind: refChunk, para: x.index, tok: k, chunk: c, source: -1}, true
		}
	}
	return ref{}, false
}

// opponents are people set against a body, who do not write for it: "a
// report by the company’s critics".
var opponents = set(`critics opponents rivals detractors enemies victims customers`)

// lookBackWords open a sentence that points back at the one before.
var lookBackWords = set(`that this such`)

// sharedViewWords say that someone else holds a view as well: "That was
// Tom Hale's view too".
var sharedViewWords = set(`too also either`)

// titledAfterModifiers returns the chunk of a titled person's name that
// follows toks[i] after a body's name and lower-case words only, and
// comes before a verb of speech: "ECCC warning preparedness meteorologist
// Armel Castonguay told", or -1.
func (x *para) titledAfterModifiers(i, u int) int {
	c0 := x.chunkOf[i]
	if c0 < 0 || x.chunks[c0].first != i || x.chunks[c0].kind != nameOrg || x.chunks[c0].poss {
		return -1
	}
	for j := x.chunks[c0].last + 1; j < len(x.toks) && j <= i+6 && x.word(j, u); j++ {
		if c := x.chunkOf[j]; c >= 0 {
			ch := x.chunks[c]
			if ch.first != j || ch.kind != namePerson || len(ch.title) == 0 || ch.poss || x.verbAt(ch.last+1) != finite {
				return -1
			}
			return c
		}
		if x.toks[j].cap || x.verbAt(j) == finite || stopwords[x.key(j)] {
			return -1
		}
	}
	return -1
}

// sourceAt parses a phrase at toks[i] that names the source of the words
// it goes with: "according to X", "in X's words", "in the words of X",
// "in her own words", "by X's own admission". found reports whether
// such a phrase starts there; ok whether it names someone.
func (x *para) sourceAt(i, u, limit int) (r ref, ok, found bool) {
	switch x.key(i) {
	case "according":
		if x.key(i+1) != "to" {
			return ref{}, false, false
		}
		if k := i + 2 + btoi(determiners[x.key(i+2)]); copyNouns[x.key(k)] {
			// "“…,” according to a copy seen by TechCrunch": a copy
			// says whose words they are no more than the sentence
			// does.
			return ref{}, false, false
		}
		if p := subjectForms[x.key(i+2)]; p != "" && x.word(i+2, u) && !x.word(i+3, u) {
			// "According to her, the cost has “doubled”".
			return ref{kind: refPronoun, para: x.index, tok: i + 2, chunk: -1, source: -1, pron: p}, true, true
		}
		r, _, ok := x.npAt(i+2, u, limit)
		return r, ok, true
	case "in", "by":
	default:
		return ref{}, false, false
	}
	if x.key(i) == "in" && x.key(i+1) == "the" && sourceNouns[x.key(i+2)] && x.key(i+3) == "of" {
		r, end, ok := x.npAt(i+4, u, limit) // "in the words of X"
		if ok {
			r = x.appositiveName(r, end, u) // "in the words of his groom, Kasia Byrne,"
		}
		return r, ok, true
	}
	j := i + 1
	if j >= limit || !x.word(j, u) {
		return ref{}, false, false
	}
	// The owner: a name in the possessive or a possessive pronoun.
	if x.chunkOf[j] < 0 {
		j = particlesTo(x.toks, j) // "in van der Veen’s words"
	}
	r = ref{para: x.index, tok: j, chunk: -1, source: -1}
	if c := x.chunkOf[j]; c >= 0 && x.chunks[c].first == j && x.chunks[c].poss {
		r.kind, r.chunk = refChunk, c
		j = x.chunks[c].last + 1
	} else if p := possessivePronouns[x.key(j)]; p != "" {
		r.kind, r.pron = refPronoun, p
		j++
	} else {
		return ref{}, false, false
	}
	if x.key(j) == "own" {
		j++
	}
	if j >= limit || !x.word(j, u) || x.key(i) == "in" && !sourceNouns[x.key(j)] || x.key(i) == "by" && !byNouns[x.key(j)] {
		return ref{}, false, false
	}
	return r, true, true
}

// sourceNear reports whether a phrase naming a source ends shortly before
// the quotation at toks[q], in its sentence: "in her words on the show,
// “…”" quotes her, though "the show, “…”" would name a title.
func (x *para) sourceNear(q, start int) bool {
	for m := q - 2; m >= start && m >= q-8; m-- {
		if x.toks[m].kind != word {
			continue
		}
		if _, ok, _ := x.sourceAt(m, x.toks[m].unit, q); ok {
			return true
		}
	}
	return false
}

// sourceNouns name how words are someone's in "in X's words", "by her own
// admission".
var sourceNouns = set(`words phrase admission account telling`)

// byNouns name how words are someone's in "by X's own admission", "by her
// own count, “far too much fuss”".
var byNouns = set(`admission account count reckoning`)

// possessivePronouns map a possessive pronoun to the key of its pronoun.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// oneOf parses an unnamed member of a group speaking right after a
// quotation: "“…,” one of them said", "“…,” one of the herders said",
// "“…?” asked another.".
func (x *para) oneOf(i, u int) (ref, bool) {
	if k := x.key(i); (k == "one" || k == "another") && x.verbAt(i+1) == finite && !x.word(i+2, u) {
		// "“Sorry doesn’t pay my rent,” one wrote.": one of the many
		// just mentioned, whom the sentence does not name.
		return ref{kind: refDesc, para: x.index, tok: i, chunk: -1, source: -1, head: "one"}, true
	}
	if k := x.key(i + 1); (k == "one" || k == "another") && x.verbAt(i) == finite && x.word(i+1, u) && !x.word(i+2, u) {
		// "“What happens if the ferries get stuck?” asked another."
		return ref{kind: refDesc, para: x.index, tok: i + 1, chunk: -1, source: -1, head: "one"}, true
	}
	if x.key(i) != "one" || x.key(i+1) != "of" || !x.word(i+2, u) {
		return ref{}, false
	}
	k := i + 2
	switch x.key(k) {
	case "them", "us", "those":
		k++
	case "the", "their", "his", "her", "its", "our":
		k++
		for k < len(x.toks) && k <= i+6 && x.word(k, u) && x.verbAt(k) == 0 {
			k++
		}
	default:
		return ref{}, false
	}
	if x.verbAt(k) != finite {
		return ref{}, false
	}
	return ref{kind: refDesc, para: x.index, tok: i, chunk: -1, source: -1, head: "one"}, true
}

// asAttr finds an attribution in a clause of "as" right after the
// quotation: "“…”, as Kit puts it.", "“…”, as the report says."
func (x *para) asAttr(q int) (ref, bool) {
	u := x.toks[q].unit
	i := q + 1
	if t := x.toks[q]; strings.HasSuffix(strings.TrimRight(x.p.Text[t.start:t.end], "”’\"' "), ",") {
		i = q // "“we'd rather restructure than foreclose,” as he puts it"
	}
	if i == q+1 && !x.isPunct(i, ",") || x.key(i+1) != "as" || !x.word(i+1, u) {
		return ref{}, false
	}
	if r, end, ok := x.npAt(i+2, u, len(x.toks)); ok && x.speakerLike(r) && x.verbAt(end) == finite && !namingAsVerbs[x.key(end)] {
		return r, true
	}
	return ref{}, false
}

// subjectForms are the subject forms of object pronouns that can be a
// source: "according to her".
var subjectForms = map[string]string{"him": "he", "her": "she", "them": "they"}

// namingAsVerbs name a thing rather than report words: "“in transit,”
// as the data calls them" is a term.
var namingAsVerbs = set(`call calls called term terms termed dub dubs dubbed label labels labelled labeled name names named`)

// laterRight finds an attribution closing the sentence after a partial
// quotation: "The plan is “dead” for now, Smith said."
func (x *para) laterRight(q int) (ref, bool) {
	u := x.toks[q].unit
	for m := q + 1; m < len(x.toks) && m <= q+maxScan && x.toks[m].unit == u; m++ {
		if x.toks[m].kind == quoted {
			if !x.word(m-1, u) || x.isPunct(m+1, ":") || !x.joinedByAnd(q, m) {
				return ref{}, false
			}
			if !x.toks[m].goesOn {
				continue // another partial quotation: "are “feeding well” and are “very vocal”, the zoo said"
			}
			// Its comma inside the marks ends the clause, and what
			// attributes it attributes both: "show “significant
			// cracking” and the roof is “at risk,” the report said";
			// but not a title or one word: "starred in “Normal People”
			// and the show was “a triumph,” the critic said".
			rg := x.regions[x.toks[q].quote]
			if text := x.p.Text[rg.start:rg.end]; wordCount(text) < 2 || isTitleCase(text) || x.nameLikeQuote(q) {
				return ref{}, false
			}
			if r, ok := x.rightAttr(m); ok {
				return r, true
			}
		} else if !x.isPunct(m, ",") {
			continue
		}
		if r, ok := x.closingSource(m+1, u); ok && !x.nameLikeQuote(q) {
			return r, true
		}
		r, end, ok := x.npAt(m+1, u, len(x.toks))
		if !ok || !x.speakerLike(r) {
			continue
		}
		k := x.skipAppositive(x.skipOf(r, end, u), u)
		k = x.pastAdverbs(k, u)
		if x.verbAt(k) != finite {
			continue
		}
		// Only a few words of circumstance may follow: "on Monday", "in a statement".
		rest := 0
		for k++; k < len(x.toks) && x.toks[k].unit == u && !x.isPunct(k, ",;"); k++ {
			if x.toks[k].kind == word {
				rest++
			}
		}
		if rest <= 6 {
			return r, true
		}
	}
	return ref{}, false
}

// closingSource finds the source that "according to" at toks[i] names
// when the phrase ends the sentence: "The dog was in “remarkably good
// shape” for an animal that …, according to Dr. Felipe Arancibia, the
// shelter's veterinarian." Only a description of the source may follow
// it, no verb and no other quotation.
func (x *para) closingSource(i, u int) (ref, bool) {
	if x.key(i) != "according" {
		return ref{}, false
	}
	r, ok, _ := x.sourceAt(i, u, len(x.toks))
	if !ok || !x.speakerLike(r) {
		return ref{}, false
	}
	for k := i + 2; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == quoted || x.verbAt(k) != 0 || k > i+16 || x.isPunct(k, ";:") {
			return ref{}, false
		}
	}
	if _, end, ok := x.npAt(i+2, u, len(x.toks)); ok && r.kind != refPronoun {
		r = x.appositiveName(r, end, u) // "according to the shelter's vet, Felipe Arancibia"
	}
	return r, true
}

// nameLikeQuote reports whether the quotation at toks[q] reads as a name
// or a label rather than someone's words: in title case, before a noun it
// modifies ("“chimney” designs"), or after a word that names or rates
// ("sometimes called the “stomach flu”", "refers to as its “charte
// familiale”", "was rated “good”").
func (x *para) nameLikeQuote(q int) bool {
	r := x.regions[x.toks[q].quote]
	if isTitleCase(strings.TrimRight(x.p.Text[r.start:r.end], ".,")) || x.nounAfter(q+1) && !(haveForms[x.key(q-1)] && x.toks[q-1].kind == word && participleQuote(x.p.Text[r.start:r.end])) {
		return true // but after "have" a verb: "have “dramatically reduced” waste"
	}
	// Back over determiners, names ("marketed as the Kestrel “Apex
	// Vapor 3”") and the quotations of a list ("called the “stomach
	// flu” or the “winter vomiting bug”").
	u := x.toks[q].unit
	for k := q - 1; k >= x.ustart[u] && k >= q-6; k-- {
		if x.toks[k].kind == quoted {
			continue
		}
		if !x.word(k, u) {
			break
		}
		if key := x.key(k); namingVerbs[key] || asNaming[key] || callVerbs[key] || key == "as" || key == "its" || key == "their" {
			return true
		}
		if !determiners[x.key(k)] && !x.toks[k].cap && x.key(k) != "or" && x.key(k) != "and" {
			break
		}
	}
	return false
}

// participleQuote reports whether the words of a quotation, two or more,
// end in a participle, as a verb phrase after "have" does: "dramatically
// reduced", not "reinforced" in "had “reinforced” glass".
func participleQuote(text string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(text, " ,.")))
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	return pastTense(last) || irregularPast[last]
}

// joinedByAnd reports whether the quotations at tokens q and m stand in
// one clause joined by "and" or "or", with no comma between them: "“feeding
// well” and are “very vocal”", not "a “vanity project”, but it has proved
// “a huge success”".
func (x *para) joinedByAnd(q, m int) bool {
	and := false
	for k := q + 1; k < m; k++ {
		if x.toks[k].kind != word {
			return false
		}
		and = and || x.key(k) == "and" || x.key(k) == "or"
	}
	return and
}

// leftAttr finds an attribution right before the quotation at token q:
// She said, "…" / Smith told reporters: "…" / said Smith: "…" / a
// participle ("…, saying, "…") whose subject is the clause's / a lead-in
// ending in a colon.
func (x *para) leftAttr(q, start int) (ref, how, bool) {
	k := q - 1
	colon := false
	for k >= start && x.isPunct(k, ",:—–-(") {
		colon = colon || x.toks[k].text == ":"
		k--
	}
	if k >= start && x.key(k) == "that" {
		k--
	}
	if k < q-1 && k-1 >= start && x.goesOn(k-1) {
		// "He went on, “…”": going on is speaking on.
		if r, ok := x.npBefore(k-1, start); ok && x.speakerLike(r) {
			return r, howLeft, true
		}
	}
	for m := k; m >= start && m > k-7; m-- {
		t := x.toks[m]
		if t.kind == quoted || x.isPunct(m, ";.!?") {
			break
		}
		if r, ok, _ := x.sourceAt(m, t.unit, q); ok && x.speakerLike(r) {
			return r, howLeft, true
		}
		if x.verbAt(m) != 0 {
			if x.passive(m, start) {
				break // "Rutherford was dismissed “effective immediately,”": he did not say it
			}
			if r, ok := x.unnamedAntecedent(m, start); ok && termingVerbs[x.key(m)] {
				// "a protest from rivals who called it a “sweetheart
				// deal”": a verb that names something, not one that
				// reports ("told supporters who asked about inflation
				// that prices were “coming down”").
				return r, howLeft, true
			}
			if r, ok := x.subjectOf(m, start); ok {
				if thingVerbs[lemma(t.key)] && x.verbAt(m) != participle && !x.hailedAs(m, q) || x.reportedIt(r) || x.speaksForNobody(r, m) {
					if outer, ok := x.outerSpeaker(m, start); ok {
						return outer, howLeft, true
					}
				}
				if outer, ok := x.relayer(m, start, r); ok {
					return outer, howLeft, true
				}
				return r, howLeft, true
			}
			break
		}
	}
	if colon && k > start && (x.key(k) == "read" || x.key(k) == "reads") {
		// "One reply read: “…”": a message by no one named.
		if r, e, ok := x.npAt(start, x.toks[start].unit, k); ok && e == k && r.kind == refDesc && !r.definite && r.chunk < 0 && r.source < 0 && messageNouns[r.head] {
			return r, howColon, true
		}
	}
	if colon && !x.signBefore(k, start) {
		if r, ok := x.clauseSubject(start, k+1); ok {
			return r, howColon, true
		}
	}
	if colon {
		if r, ok := x.askedColon(start, k); ok {
			return r, howColon, true
		}
	}
	if r, ok := x.ownWords(start, q); ok {
		return r, howColon, true
	}
	return ref{}, howNone, false
}

// askedColon finds the speaker of a quotation after a colon that ends
// toks[start:k+1], a clause saying what someone was asked with no
// subject of its own: "Then, asked whether he wanted to apologise:
// “…”". The one asked is the "he" or "she" of the question, when no name
// comes before it.
func (x *para) askedColon(start, k int) (ref, bool) {
	a := start
	for a < k && (x.isPunct(a, ",") || x.key(a) == "then" || x.key(a) == "and" || x.key(a) == "later" || x.key(a) == "when") {
		a++
	}
	if x.key(a) != "asked" || a+1 > k {
		return ref{}, false
	}
	switch x.key(a + 1) {
	case "whether", "if", "about", "what", "why", "how", "when", "where", "who":
	default:
		return ref{}, false
	}
	u := x.toks[a].unit
	for i := a + 2; i <= k; i++ {
		if !x.word(i, u) && !x.isPunct(i, ",'’-") || x.chunkOf[i] >= 0 && x.chunks[x.chunkOf[i]].kind != nameOrg && !x.chunks[x.chunkOf[i]].place {
			return ref{}, false
		}
		if p := x.key(i); p == "he" || p == "she" {
			return ref{kind: refPronoun, para: x.index, tok: i, chunk: -1, source: -1, pron: p}, true
		}
	}
	return ref{}, false
}

// ownWords returns who the phrase before the quotation at toks[q] says
// its words are by when the phrase is a possessive name and a noun for
// words, set off by a dash or a comma or followed by "was": "Delacroix’s
// reply — “…” —", "Her answer, “…,”", "Okafor’s response was “…”".
func (x *para) ownWords(start, q int) (ref, bool) {
	h := q - 1
	if h > start && (x.isPunct(h, ",—–") || x.key(h) == "was" || x.key(h) == "is") {
		h--
	}
	if h <= start || h == q-1 || !x.word(h, x.toks[start].unit) || !speechNouns[x.key(h)] {
		return ref{}, false
	}
	r, e, ok := x.npAt(start, x.toks[start].unit, h+1)
	if !ok || e != h+1 || r.kind != refDesc || r.head != x.key(h) || len(r.caps) == 0 && r.pron == "" {
		return ref{}, false
	}
	return r, true
}

// goesOn reports whether toks[k] and the word after it are "went on",
// "goes on" or "go on", which report more of what someone says.
func (x *para) goesOn(k int) bool {
	switch x.key(k) {
	case "went", "goes", "go":
		return x.key(k+1) == "on" && x.word(k+1, x.toks[k].unit)
	}
	return false
}

// passive reports whether the verb at toks[m] is a past participle after
// a form of "be", or that form of "be" before one: "was dismissed", "were
// told".
func (x *para) passive(m, start int) bool {
	if beForms[x.key(m)] && x.word(m+1, x.toks[m].unit) && participleLike(x.key(m+1)) {
		return true
	}
	b := m - 1
	for b > start && (x.isAdverb(b) || frequencyAdverbs[x.key(b)]) && !beForms[x.key(b)] {
		b--
	}
	if b < start || !x.word(b, x.toks[m].unit) {
		return false
	}
	return beForms[x.key(b)] && participleLike(x.key(m)) || participleLike(x.key(m)) && x.perceivedObject(m-1, start)
}

// perceivedObject reports whether the words ending at toks[e] are the
// object of a verb of perception, so that a participle after them is
// passive: "tired of hearing the river described as “…”", "heard it
// called “…”".
func (x *para) perceivedObject(e, start int) bool {
	if e < start || e < 0 {
		return false
	}
	u := x.toks[e].unit
	b := e
	if k := x.key(e); k != "it" && k != "them" && k != "him" && k != "her" {
		for b > start && b > e-4 && x.word(b, u) && !x.toks[b].cap && !determiners[x.key(b)] && !x.toks[b].poss && !stopwords[x.key(b)] {
			b--
		}
		if !x.word(b, u) || !determiners[x.key(b)] && !x.toks[b].poss || b == e {
			return false
		}
	}
	return b-1 >= start && x.word(b-1, u) && perceptionVerbs[x.key(b-1)]
}

// perceptionVerbs take an object and a participle: "hear the river
// described as", "saw it called".
var perceptionVerbs = set(`hear hears heard hearing see sees saw seen seeing watch watches watched watching`)

// beForms are the forms of "be" that make a passive.
var beForms = set(`was were is are been being be`)

// participleLike reports whether key reads as a past participle of a
// verb a passive reports with: "dismissed", "told".
func participleLike(key string) bool {
	return strings.HasSuffix(key, "ed") && reportVerbs[lemma(key)] != 0 || key == "told"
}

// partial finds the speaker of a quotation inside a sentence from the
// nearest reporting verb before it: "Smith said the plan was “dead”",
// "citing sovereignty as “inviolable”" (the participle's subject).
func (x *para) partial(q, start int) (ref, bool) {
	for m := q - 1; m >= start && m >= q-maxScan; m-- {
		t := x.toks[m]
		if x.isPunct(m, ";") {
			break
		}
		if b := x.closedRelative(m, start); b >= 0 {
			// "Ferriday said the levy, which would run under plans
			// announced last month, had made the basin “uninvestable”":
			// the verbs of a relative clause closed before the
			// quotation report nothing of it.
			m = b
			continue
		}
		if t.kind != word {
			continue
		}
		if t.key == "that" && x.key(m-1) == "and" && m-1 > start {
			// "A spokesperson said more than 2,300 people had responded
			// to the consultation and that the design had been
			// “significantly changed”": a second clause of the same
			// "said", whose first clause's verbs report nothing of it.
			if v := x.speechBefore(m-1, start); v >= 0 {
				m = v + 1
				continue
			}
		}
		if modals[t.key] && x.word(m+1, t.unit) {
			// "Pillai said the council had written to the developer
			// and would consider “all options”": what someone will
			// or would do has not been said yet; the words are those
			// of the one who reports it.
			if outer, ok := x.reporter(m, start); ok {
				return outer, true
			}
		}
		if r, ok, found := x.sourceAt(m, t.unit, q); found {
			if ok && x.speakerLike(r) {
				return r, true
			}
			continue
		}
		if x.verbAt(m) != 0 {
			if mv := m - 1; mv > start && (modals[x.key(mv)] || modals[x.key(mv-1)] && x.isAdverb(mv)) && x.verbAt(m) == base {
				// "She said the association would write to the minister
				// …, many of whom had been “treated like criminals”":
				// what a body will say has not been said yet.
				if outer, ok := x.reporter(mv, start); ok {
					return outer, true
				}
			}
			if participleLike(t.key) && x.perceivedObject(m-1, start) {
				// "said he was tired of hearing the river described as
				// “an open sewer”": what others call it, not his words.
				return ref{}, false
			}
			if characterVerbs[t.key] && x.passive(m, start) && x.key(m+1) != "by" {
				// "The office said she had been dismissed “in the
				// national interest”": the words of the one who reports
				// it. Without one, "is often described as “the Dutch
				// Morisot”", the words of others, not of the subject.
				if outer, ok := x.outerSpeaker(m, start); ok {
					return outer, true
				}
				return ref{}, false
			}
			if hearerVerbs[t.key] && x.passive(m, start) && x.toldWords(m, q) {
				// "was told the matter was “above his pay grade”": the
				// subject heard the words; who said them is the agent
				// after "by", if any.
				if x.key(m+1) == "by" {
					if r, _, ok := x.npAt(m+2, t.unit, q); ok && x.speakerLike(r) {
						return r, true
					}
				}
				if outer, ok := x.outerSpeaker(m, start); ok && outer.kind == refChunk && x.chunks[outer.chunk].kind == nameOrg {
					// "The Ministry of Education said schools had been
					// told to “keep classroom windows closed”": a body
					// reporting what others were told tells it itself.
					return outer, true
				}
				return ref{kind: refUnnamed, para: x.index, tok: m, chunk: -1, source: -1}, true
			}
			if r, ok := x.subjectOf(m, start); ok {
				if thingVerbs[lemma(t.key)] && x.verbAt(m) != participle && !x.hailedAs(m, q) || x.reportedIt(r) || x.speaksForNobody(r, m) {
					// "The association said the union had rejected “a
					// generous package”": the quotation is the object of
					// a verb of deed, quoted from the outer speaker. So
					// it is after a subject that speaks for nobody: "She
					// said the decision reflected “clear progress”".
					if outer, ok := x.outerSpeaker(m, start); ok {
						return outer, true
					}
				}
				if outer, ok := x.relayer(m, start, r); ok {
					return outer, true
				}
				return r, true
			}
		}
	}
	return ref{}, false
}

// andAbsolute reports whether the name starting at toks[first] follows
// "and" that joins it to an absolute clause before it, one opened by
// "with" or the like and holding a participle of its own: "with
// residents packing the meeting and".
func (x *para) andAbsolute(first, start int) bool {
	u := x.toks[first].unit
	if first-1 <= start || x.key(first-1) != "and" || !x.word(first-1, u) {
		return false
	}
	verb := false // a participle between "with" and "and"
	for p := first - 2; p >= start && p >= first-20 && x.word(p, u); p-- {
		if x.verbAt(p) == participle || strings.HasSuffix(x.key(p), "ing") && !x.toks[p].cap {
			verb = true // "packing", which verbAt may take for a noun after one
		}
		if absolutePreps[x.key(p)] {
			return verb
		}
	}
	return false
}

// reporter finds the subject of the nearest verb of plain speech before
// toks[v], which reports the clause holding it: "Pillai said the council
// had written …". One told something is not its source: "she was told
// the wait would be …".
func (x *para) reporter(v, start int) (ref, bool) {
	for m := v - 1; m >= start && m >= v-maxScan; m-- {
		if x.isPunct(m, ";") || x.toks[m].kind == quoted && !x.embedded(m) {
			return ref{}, false
		}
		if x.verbAt(m) != finite || !plainSpeech[x.key(m)] {
			continue
		}
		if x.passive(m, start) {
			return ref{}, false
		}
		if r, ok := x.npBefore(m, start); ok && x.speakerLike(r) {
			return r, true
		}
		return ref{}, false
	}
	return ref{}, false
}

// modals are the auxiliaries of what will, would or may happen.
var modals = set(`will would could might may shall should`)

// closedRelative returns the comma opening a relative clause that the
// comma at toks[m] closes, ", which … ,", or -1.
func (x *para) closedRelative(m, start int) int {
	if !x.isPunct(m, ",") {
		return -1
	}
	for b := m - 1; b > start && b >= m-30; b-- {
		if x.toks[b].kind != word {
			return -1
		}
		if relativeWords[x.key(b)] {
			if x.isPunct(b-1, ",") {
				return b - 1
			}
			return -1
		}
	}
	return -1
}

// toldWords reports whether the quotation at toks[q] is what the passive
// verb of telling at toks[v] says was told: "was told the matter was
// “above his pay grade”", "been told to “crack on”". It is not when the
// quotation is coordinated with the telling ("had been told they sounded
// but that “we'll look at everything”"), is its agent ("promised a plant
// by “three different ministers”") or says when or how ("told about the
// release “after the fact”", "told of the ruling “an hour before”"): those
// are the reporter's own words.
func (x *para) toldWords(v, q int) bool {
	if x.key(q-1) == "by" || x.key(v+1) == "of" || x.key(v+1) == "about" {
		return false // "had been told of the ruling “an hour before”"
	}
	r := x.regions[x.toks[q].quote]
	// Nor are words opening with "and" or "but", a clause of the one
	// reporting: "were promised money “and some of us are still waiting”".
	switch w, _, _ := strings.Cut(strings.ToLower(x.p.Text[r.start:r.end]), " "); {
	case prepositions[w] || w == "after" || w == "before" || w == "during" || w == "on" || w == "over":
		return false
	case w == "and" || w == "but" || w == "yet":
		return false
	}
	for k := v + 1; k < q; k++ {
		switch x.key(k) {
		case "and", "but", "or":
			return false
		}
	}
	return true
}

// hearerVerbs are the participles of verbs of telling whose passive
// subject is the one told: "was told", "were assured".
var hearerVerbs = set(`told assured advised reminded warned informed promised`)

// chantBefore returns the index of a form of "chant" right before the
// quotation at toks[q], a comma or colon between them allowed, or of
// "counted down" ("the crowd counted down “Three, two, one!”"), or -1.
func (x *para) chantBefore(q, start int) int {
	k := q - 1
	set := x.isPunct(k, ",:")
	if set {
		k--
	}
	if k < start || !x.word(k, x.toks[q].unit) {
		return -1
	}
	if (x.key(k) == "and" || x.key(k) == "then") && k-1 >= start && x.toks[k-1].kind == quoted {
		return x.chantBefore(k-1, start) // "chanting “Protect the peak!” and “…”"
	}
	switch x.key(k) {
	case "chanted", "chanting":
		return k
	case "down":
		if x.key(k-1) == "counted" || x.key(k-1) == "counting" {
			return k - 1 // "the crowd counted down “Three, two, one!”"
		}
	case "chant", "chants":
		// The noun with its words set off or after a possessive,
		// "their chant, “…”", "the crowd's chant “…”": after an article
		// or an adjective it names a piece, "the Gregorian chant
		// “Salve Regina”".
		if set || k > 0 && (x.toks[k-1].poss || possessivePronouns[x.key(k-1)] != "" || x.verbAt(k) != 0 && !determiners[x.key(k-1)]) {
			return k
		}
	}
	return -1
}

// ownChant reports whether r, the subject of a form of "chant" at toks[k],
// is one person chanting: a name or "he" or "she" right before "chanted",
// or opening the sentence a participle hangs on ("Kwame Mensah stood on a
// bench chanting"); not "where sections of the crowd chanted … as he
// walked".
func (x *para) ownChant(r ref, k int) bool {
	first, last := r.tok, r.tok
	switch {
	case r.kind == refChunk && r.chunk >= 0 && x.chunks[r.chunk].kind == namePerson && !x.chunks[r.chunk].poss:
		first, last = x.chunks[r.chunk].first, x.chunks[r.chunk].last
	case r.kind == refPronoun && (r.pron == "he" || r.pron == "she"):
	default:
		return false
	}
	if x.key(k) == "chanting" {
		// Not in what someone said: "Aoife Byrne said the crowd
		// chanting “…” was angry".
		for j := last + 1; j < k; j++ {
			if x.verbAt(j) == finite && reportVerbs[x.key(j)] == finite {
				return false
			}
		}
		return first == x.ustart[x.toks[k].unit]
	}
	return last == k-1
}

// nearestReport finds the speaker of a quotation set off by a comma
// inside a sentence from the nearest reporting verb before it, the way
// partial does, but goes no further back than that verb.
func (x *para) nearestReport(q, start int) (ref, bool) {
	for m := q - 1; m >= start && m >= q-maxScan; m-- {
		if x.isPunct(m, ";") {
			return ref{}, false
		}
		if x.toks[m].kind == quoted {
			// "X alleged that he “engaged in fraud” by moving money to
			// a firm, “with no controls”": the same speaker's words.
			if x.embedded(m) && !x.isTerm(m) {
				return x.partial(m, start)
			}
			return ref{}, false
		}
		if r, ok, _ := x.sourceAt(m, x.toks[m].unit, q); ok && x.speakerLike(r) {
			return r, true // "He was, in the words of his groom, Kasia Byrne, “…”"
		}
		if x.verbAt(m) != 0 && !(x.key(m+1) == "by" && isDocHead(x.key(m-1))) { // not "a statement posted by the airline"
			return x.partial(m+1, start)
		}
	}
	return ref{}, false
}

// plainSpeech are the forms of the verbs that report nothing but speech.
var plainSpeech = set(`said says say told tells added adds`)

// speaksForNobody reports whether the subject r of the verb toks[v] cannot
// be the source of a quotation: a thing ("the decision") or a text doing
// what only people do ("the decision reflected").
func (x *para) speaksForNobody(r ref, v int) bool {
	if r.kind != refDesc {
		return false
	}
	return !x.speakerLike(r) || isDocHead(r.head) && personalVerbs[lemma(x.key(v))]
}

// personalVerbs are verbs of speech that people do and texts do not.
var personalVerbs = set(`reflect recall laugh joke sigh scream shout whisper yell muse boast scoff tease
	exclaim lament wonder swear vow concede`)

// reportedIt reports whether r is "it" opening a reported clause: "Lin
// said … and that it could continue “for months”", where the verb is not
// speech and the outer speaker is quoted.
func (x *para) reportedIt(r ref) bool {
	return r.kind == refPronoun && r.pron == "it" && x.key(r.tok-1) == "that"
}

// thingVerbs are reporting verbs that also take a thing as their object:
// "rejected an offer", "welcomed the decision".
var thingVerbs = set(`reject rebuff welcome praise condemn denounce hail blast slam criticize
	criticise decry blame thank accuse question challenge cite`)

// hailedAs reports whether the verb at toks[v] takes the quotation at
// toks[q] as what it calls its object, "as" and only words between:
// "a judgment that campaigners hailed as “…”", "welcomed the concession
// as “…”". Then the verb's subject gave the words, not one who reports
// the deed.
func (x *para) hailedAs(v, q int) bool {
	if q-1 <= v || q-1 > v+6 || x.key(q-1) != "as" {
		return false
	}
	for j := v + 1; j < q-1; j++ {
		if !x.word(j, x.toks[v].unit) {
			return false
		}
	}
	return true
}

// outerSpeaker finds the subject of a finite reporting verb of speech
// before toks[v] in the same clause chain, which reports what follows it.
func (x *para) outerSpeaker(v, start int) (ref, bool) {
	for m := v - 1; m >= start && m >= v-maxScan; m-- {
		if x.isPunct(m, ";") || x.toks[m].kind == quoted && !x.embedded(m) {
			return ref{}, false
		}
		if clauseJoiners[x.key(m)] && x.toks[m].kind == word {
			return ref{}, false // "X says he has become a ‘distraction’ as Y hails the end of ‘…’": a clause of its own
		}
		if timeJoiners[x.key(m)] && x.toks[m].kind == word && !x.speechBetween(start, m) {
			if r, ok := x.npBefore(v, start); ok && r.tok > m && r.tok <= m+3 && !slices.ContainsFunc(x.toks[m+1:r.tok], func(t token) bool {
				return t.kind != word || t.cap || determiners[t.key] || prepositions[t.key]
			}) {
				// "The actor has defended his decision after four-time
				// champion Harold Tebbutt accused him of “…”": a clause
				// of time with a subject of its own, which the verb
				// before it does not report. A phrase of time is no
				// clause: "said that after the meeting the council had
				// accused him of “…”"; nor is one inside what someone
				// reports: "saying he resigned after Mr Bello accused
				// him of “…”" is still the one saying it.
				return ref{}, false
			}
		}
		if f := x.verbAt(m); f == finite && !thingVerbs[lemma(x.key(m))] {
			if r, ok := x.npBefore(m, start); ok {
				return r, true
			}
			if r, ok := x.coordinatedSubject(m, start); ok {
				return r, true
			}
			if plainSpeech[x.key(m)] {
				// "A spokesperson for Wessmoor Water said the email
				// reflected “…”": a subject that names whom it speaks
				// for.
				return x.clauseSubject(start, m+1)
			}
			return ref{}, false
		}
	}
	return ref{}, false
}

// speechBefore returns the nearest finite verb of plain speech before
// toks[i], or of report that a clause follows ("confirmed that …",
// "confirmed it had …", "warned the board in writing that …"), or -1.
// The verbs of a relative clause closed before toks[i] report nothing of
// it. A verb that no clause follows ("had responded to the
// consultation") reports nothing of what comes after it.
func (x *para) speechBefore(i, start int) int {
	that := false // a clause opened by "that" after the verb: "had warned the board in writing that …"
	for m := i - 1; m >= start && m >= i-maxScan; m-- {
		if x.isPunct(m, ";") || x.toks[m].kind == quoted || clauseOpeners[x.key(m)] {
			return -1
		}
		if b := x.closedRelative(m, start); b >= 0 {
			m = b // "said the driver, who told officers he had been dazzled, had been released and that …"
			continue
		}
		if f := x.verbAt(m); f == finite && (plainSpeech[x.key(m)] || that || x.key(m+1) == "that" || x.clauseObject(m+1)) ||
			f != 0 && that && !prepositions[x.key(m-1)] {
			return m
		}
		that = that || x.key(m) == "that" && x.word(m, x.toks[m].unit)
	}
	return -1
}

// clauseJoiners open a clause that the verb before them does not report:
// "as", "while".
var clauseJoiners = set(`as while whereas`)

// speechBetween reports whether a verb of plain speech, or its
// participle, stands in toks[start:m]: "saying he resigned after …",
// "told the BBC that when …".
func (x *para) speechBetween(start, m int) bool {
	for k := start; k < m; k++ {
		if x.toks[k].kind == word && (plainSpeech[x.key(k)] || x.key(k) == "saying" || x.key(k) == "telling") {
			return true
		}
	}
	return false
}

// timeJoiners open a clause of time, which the verb before them reports
// only when no subject of its own follows them: "after", "when".
var timeJoiners = set(`after before when since until once`)

// relayer finds the speaker who relays what the subject of the finite
// reporting verb toks[v] said or did: "Dale Sturkie said the union had
// warned officials “in writing”" quotes Sturkie, who said the words to the
// reporter, not the union. inner is the verb's subject, which must stand
// in the clause that "said", "told" or "added" reports. A verb of speech
// itself ("said she told him “no”"), one that names a thing ("what the
// trust called “temporary”") or one of writing ("her son texted her “…”")
// reports the inner subject's own words.
func (x *para) relayer(v, start int, inner ref) (ref, bool) {
	k := x.key(v)
	if f := x.verbAt(v); f != finite && f != base || plainSpeech[k] || termingVerbs[k] || characterVerbs[k] || writtenVerbs[lemma(k)] {
		return ref{}, false
	}
	if x.key(v+1) == "that" && replyVerbs[lemma(k)] {
		return ref{}, false // "the company replied that it was “out of scope”": the reply's words
	}
	for m := v - 1; m >= start && m >= v-maxScan; m-- {
		if x.isPunct(m, ";") || x.toks[m].kind == quoted || clauseOpeners[x.key(m)] {
			return ref{}, false
		}
		if x.verbAt(m) == finite && plainSpeech[x.key(m)] {
			if inner.tok <= m {
				return ref{}, false
			}
			r, ok := x.npBefore(m, start)
			if !ok && inner.kind == refDesc && isDocHead(inner.head) {
				// "Owain ap Rhys visited the reserve and said the
				// findings showed that …": the subject of the verbs
				// "and" joins, relaying what a text shows; but what
				// "a senior scientist warned" is the scientist's.
				r, ok = x.coordinatedSubject(m, start)
				if a := x.skipAdverbs(m-1, start); !ok && a > start && (x.key(a) == "and" || x.key(a) == "but") && x.word(a, x.toks[m].unit) {
					r, ok = x.clauseSubject(start, a)
				}
			}
			if ok && x.speakerLike(r) && r.kind != refDesc {
				return r, true
			}
			return ref{}, false
		}
	}
	// "According to her, the cost of moving goods has “doubled”": the
	// source that opens the sentence relays it.
	if x.key(start) == "according" && inner.tok > start {
		if r, ok, _ := x.sourceAt(start, x.toks[start].unit, v); ok && x.speakerLike(r) && r.kind != refDesc {
			if e := x.nextPunct(start, v); e >= 0 && x.isPunct(e, ",") {
				return r, true
			}
		}
	}
	return ref{}, false
}

// nextPunct returns the first punctuation token after toks[i] and before
// toks[limit], or -1.
func (x *para) nextPunct(i, limit int) int {
	for k := i + 1; k < limit; k++ {
		if x.toks[k].kind == punct {
			return k
		}
	}
	return -1
}

// replyVerbs answer someone: what a reply says is the replier's, not the
// words of whoever relays it.
var replyVerbs = set(`reply respond answer retort`)

// clauseOpeners start a clause of their own, which no "said" before them
// reports ("X says …, as ministers insist …"), and whose subject a verb
// joined to it by "and" shares ("…, but his challenger refused to concede
// and said").
var clauseOpeners = set(`as while but although though because whereas`)

// copyNouns are copies of what someone wrote or said, which are not its
// source: "according to a copy seen by Reuters".
var copyNouns = set(`copy copies transcript transcripts recording recordings`)

// timeAs are the words between the two "as" of a conjunction of time or
// condition: "as soon as", "as long as".
var timeAs = set(`soon long`)

// embedWords open a clause embedded in a sentence, whose subject is not
// the sentence's: "declined to describe what the inmates had demanded".
var embedWords = set(`what who whom which whether why how where when after before because
	until unless although though while since if once`)

// writtenVerbs report words someone wrote down, which are theirs as
// written: "her son texted her “…”".
var writtenVerbs = set(`write text email message post tweet`)

// subjectOf finds the subject of the reporting verb at toks[v]: the phrase
// right before it, the one right after it ("said Smith"), or for a
// participle the subject of the clause it hangs on.
func (x *para) subjectOf(v, start int) (ref, bool) {
	if r, ok := x.quotedAs(v, start); ok {
		return r, true
	}
	if x.verbAt(v) == participle {
		// "…, with negotiators saying …": the participle has its own
		// subject.
		// But not "… in an interview with the Guardian, saying …",
		// where a comma hangs the participle on the clause.
		if r, ok := x.npBefore(v, start); ok && r.tok > start && absolutePreps[x.key(r.tok-1)] && !x.isPunct(v-1, ",") {
			return r, true
		}
		if c := x.chunkOf[max(v-1, 0)]; v > start && c >= 0 && x.chunks[c].last == v-1 && !x.chunks[c].poss {
			if p := x.prepBefore(x.chunks[c].first, start); p >= 0 && absolutePreps[x.key(p)] {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			if p := x.kindBefore(c, start); p >= 0 && absolutePreps[x.key(p)] {
				// "with insolvency firm Harlow Kemp Restructuring
				// warning": a body named after what kind it is.
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			if x.andAbsolute(x.chunks[c].first, start) {
				// "with residents packing a council meeting and Mayor
				// Sandra Wills defending the project as “…”": the second
				// of two clauses after "with" has a subject of its own.
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
		}
		if c := x.chunkOf[max(v-2, 0)]; v-2 > start && x.isPunct(v-1, ",") && c >= 0 && x.chunks[c].last == v-2 && x.setOffBefore(c) > start &&
			(x.chunks[c].kind == namePerson || x.chunks[c].kind == nameOrg && x.key(x.chunks[c].first-1) == "the") && !x.chunks[c].poss {
			// "…, with its leader, Cllr Giles Harrington-Vose, calling the
			// renaming “…”", "with its organisers, the Friends of
			// Castlehill Park, warning": the one a description after
			// "with" names.
			for p := x.setOffBefore(c) - 1; p > start && p >= x.setOffBefore(c)-4 && x.word(p, x.toks[v].unit); p-- {
				if absolutePreps[x.key(p)] {
					return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
				}
			}
		}
		// "…, with the club’s chairman insisting …", "despite the
		// player’s agent accusing …", "with one man at the back of the
		// hall shouting …": a description as the subject.
		u := x.toks[v].unit
		for p := v - 2; p > start && p >= v-10 && x.word(p, u) && x.verbAt(p) == 0 && !x.isPunct(v-1, ","); p-- {
			if !absolutePreps[x.key(p)] {
				continue
			}
			if x.chunkOf[p+1] < 0 && !x.toks[p+1].cap {
				if r, _, ok := x.descAt(p+1, u, v); ok && x.speakerLike(r) {
					return r, true
				}
			}
			break
		}
		// "X has accused her of “…”; a Y executive was recorded
		// describing them as “…”": the clause after the semicolon.
		for k := v - 1; k > start; k-- {
			if x.isPunct(k, ";") {
				start = k + 1
				break
			}
		}
		// "The bank cut rates, but Governor Solvang signaled …, saying":
		// the subject of the nearest verb of speech before it.
		for k := v - 1; k > start; k-- {
			if x.toks[k].kind == quoted {
				if x.word(k-1, x.toks[k].unit) {
					// A partial quotation inside the sentence: the
					// clause's subject, or the subject of the first verb
					// of speech in it when the clause opens with a phrase
					// of time: "After the game he admitted his side had
					// been “nowhere near the level”, adding:", but "On
					// Monday Smith said Davies had called it “a
					// disgrace”, adding:" is Smith's.
					if r, ok := x.clauseSubject(start, v); ok {
						return r, true
					}
					for f := start + 1; f < k; f++ {
						if x.verbAt(f) == finite {
							if r, ok := x.npBefore(f, start); ok {
								return r, true
							}
							break
						}
					}
				}
				break
			}
			if x.verbAt(k) == finite {
				r, ok := x.npBefore(k, start)
				if b := r.tok - 1; ok && b > start && (embedWords[x.key(b)] || x.key(b) == "as" && b-2 >= start && x.key(b-2) == "as" && timeAs[x.key(b-1)]) {
					// "He declined to describe what the inmates had
					// demanded, saying only that …", "would be charged
					// as soon as investigations were concluded, warning
					// that …": a clause inside the sentence, not the one
					// the participle hangs on. But "watched as Tom Price
					// objected, saying" is Price's.
					continue
				}
				if ok {
					return r, true
				}
				break
			}
		}
		return x.clauseSubject(start, v)
	}
	if r, ok := x.npBefore(v, start); ok {
		return r, true
	}
	if r, ok := x.coordinatedSubject(v, start); ok {
		return r, true
	}
	// "… as the foreman said “guilty”": the verb of speech has a subject
	// of its own, one that names nobody, not the clause's.
	if u := x.toks[v].unit; plainSpeech[x.key(v)] && v-2 >= start && x.word(v-1, u) && !x.toks[v-1].cap && !x.isAdverb(v-1) &&
		x.word(v-2, u) && determiners[x.key(v-2)] && x.key(v-2) != "that" {
		return ref{kind: refDesc, para: x.index, tok: v - 2, chunk: -1, source: -1, head: x.key(v - 1), definite: x.key(v-2) == "the"}, true
	}
	// "said Smith:" — but not "told Smith", where Smith is the listener,
	// nor "insisted that Lumio …", where Lumio begins the clause reported,
	// nor "said Singapore “will not hesitate”", where the quotation is
	// that clause's predicate.
	if !objectVerbs[lemma(x.key(v))] && x.key(v+1) != "that" {
		if r, end, ok := x.npAt(v+1, x.toks[v].unit, len(x.toks)); ok && r.kind == refChunk && !x.clauseAfter(end) &&
			!(end < len(x.toks) && x.toks[end].kind == quoted) {
			return x.appositiveName(r, end, x.toks[v].unit), true
		}
	}
	r, ok := x.clauseSubject(start, v)
	if ok && r.kind == refDesc {
		if c := x.nameSetOffAfter(r); c >= 0 {
			// "The main opposition coalition, the Movement for
			// Democratic Renewal (MRD), condemned … but warned …": the
			// name the description is set off before.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
	}
	return r, ok
}

// describesText reports whether the words from toks[start] to the comma
// at toks[m] describe a text: a determiner or a possessive, then words
// that are neither verbs nor prepositions before a text's noun, and no
// noun for people after it: "Its own 2024 study of island crossings", "A
// 2019 report commissioned by the guild", but not "A letter from the
// council's lawyer" or "One of the agencies named in the university's
// report".
func (x *para) describesText(m, start int) bool {
	u := x.toks[m].unit
	if m-start > 12 || !x.word(start, u) || !determiners[x.key(start)] && !x.toks[start].poss {
		return false
	}
	doc := false
	for p := start; p < m; p++ {
		key := x.key(p)
		switch {
		case !x.word(p, u):
			return false
		case docHeads[key] && !x.toks[p].cap && !x.toks[p].poss:
			doc = true // but not "The study’s main subject, Nguyen Thi Lan,"
		case doc && isPeopleNoun(key) && !x.toks[p].cap:
			return false
		case !doc && (x.verbAt(p) != 0 || stopwords[key] && !determiners[key] && p > start):
			return false // "One of the agencies named in the university's report"
		}
	}
	return doc
}

// textAddressedBefore returns the index of the participle that sends a
// text to the noun phrase ending before toks[k], "presented" in "A staff
// report presented to the council’s parks committee", or -1.
func (x *para) textAddressedBefore(k, start int) int {
	u := x.toks[min(k, len(x.toks)-1)].unit
	// The cheap checks first: npBefore asks this of every verb.
	p := k - 1
	for ; p-1 > start && p >= k-8 && x.word(p, u) && x.key(p) != "to" && x.key(p) != "for"; p-- {
		if x.toks[p].cap && !x.toks[p].poss {
			return -1
		}
	}
	v := p - 1
	if p-1 <= start || p < k-8 || !x.word(p, u) || !presentVerbs[x.key(v)] && !issueVerbs[x.key(v)] || !isDocHead(x.key(v-1)) || x.toks[v-1].kind != word {
		return -1
	}
	for m := p + 1; m < k; m++ {
		if x.verbAt(m) != 0 {
			return -1
		}
	}
	return v
}

// kindBefore returns the index of the word before the lower-case words
// that say what kind of body the name of chunk c is, "insolvency firm"
// of "with insolvency firm Harlow Kemp Restructuring", or -1 when no
// such words come before it.
func (x *para) kindBefore(c, start int) int {
	f := x.chunks[c].first
	u := x.toks[f].unit
	if x.chunks[c].kind != nameOrg || f-2 < start || !x.word(f-1, u) || x.toks[f-1].cap || !orgHeads[x.key(f-1)] && !corporateHeads[x.key(f-1)] {
		return -1
	}
	p := f - 2
	for n := 0; n < 2 && p > start && x.word(p, u) && !x.toks[p].cap && x.modifier(p) && !prepositions[x.key(p)] && !absolutePreps[x.key(p)]; n++ {
		p--
	}
	if x.key(p) == "the" || x.key(p) == "a" {
		p--
	}
	if p < start || !x.word(p, u) || x.toks[p].cap {
		return -1
	}
	return p
}

// whoseOwner returns the chunk of the name that "whose" before toks[m]
// refers back to, set off by a comma: "the Adventure Activities
// Regulator, whose audit report"; or -1.
func (x *para) whoseOwner(m int) int {
	if m-3 < 0 || x.key(m-1) != "whose" || !x.isPunct(m-2, ",") {
		return -1
	}
	c := x.chunkOf[m-3]
	if c < 0 || x.chunks[c].last != m-3 || x.chunks[c].poss || x.chunks[c].place {
		return -1
	}
	return c
}

// setOffBefore returns the index of the comma that sets off the name of
// chunk c, with "the" before a body's name, or -1.
func (x *para) setOffBefore(c int) int {
	k := x.chunks[c].first - 1
	if x.chunks[c].kind == nameOrg && x.key(k) == "the" {
		k--
	}
	if k < 0 || !x.isPunct(k, ",") {
		return -1
	}
	return k
}

// verbQuoted finds the speaker of a quotation that opens with its own
// reporting verb right after the name of its subject: "The Economic
// Community of West African States (ECOWAS) “strongly condemned” the
// attempt".
func (x *para) verbQuoted(q int) (ref, bool) {
	rg := x.regions[x.toks[q].quote]
	words := strings.Fields(strings.ToLower(x.p.Text[rg.start:rg.end]))
	if len(words) > 1 && (adverbs[words[0]] || len(words[0]) > 4 && strings.HasSuffix(words[0], "ly")) {
		words = words[1:]
	}
	if len(words) == 0 || reportVerbs[strings.Trim(words[0], ".,;:!?")] != finite {
		return ref{}, false
	}
	e := x.beforeShortForm(q-1, x.toks[q].unit) // "(ECOWAS)"
	c := x.chunkOf[max(e, 0)]
	if e < 0 || c < 0 || x.chunks[c].last != e || x.chunks[c].poss || x.chunks[c].place {
		return ref{}, false
	}
	return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
}

// nameSetOffAfter returns the chunk of the name set off by commas right
// after the head of the description r, with an article and its short
// form in parentheses ("the coalition, the Movement for Democratic
// Renewal (MRD),"), or -1.
func (x *para) nameSetOffAfter(r ref) int {
	u := x.toks[r.tok].unit
	h := r.tok
	for h < r.tok+6 && x.word(h, u) && x.key(h) != r.head {
		h++
	}
	if !x.word(h, u) || x.key(h) != r.head || !x.isPunct(h+1, ",") {
		return -1
	}
	n := h + 2
	if x.key(n) == "the" {
		n++
	}
	c := x.chunkOf[min(n, len(x.toks)-1)]
	if n >= len(x.toks) || c < 0 || x.chunks[c].first != n || x.chunks[c].poss || x.chunks[c].place {
		return -1
	}
	if !x.isPunct(x.afterShortForm(x.chunks[c].last+1, u), ",") {
		return -1
	}
	return c
}

// opensClause reports whether toks[k] opens its sentence, or follows only
// a quotation that does, or a phrase naming the text it speaks in, set
// off by a comma: "It said", "“…,” it said", "In its statement, it said".
func (x *para) opensClause(k int) bool {
	start := x.ustart[x.toks[k].unit]
	if k-1 > start && x.isPunct(k-1, ",") && x.key(start) == "in" && k-1-start <= 5 && isDocHead(x.key(k-2)) {
		for i := start; i < k-1; i++ {
			if x.toks[i].kind != word || x.verbAt(i) == finite || x.chunkOf[i] >= 0 {
				return false
			}
		}
		return true
	}
	for i := start; i < k; i++ {
		if x.toks[i].kind == word {
			return false
		}
	}
	return true
}

// quotedAs finds the one a text or an outlet quotes, when the participle
// at toks[v] reports their words: "Kyodo quoted the minister as saying",
// "the indictment quotes Himmelfarb replying".
func (x *para) quotedAs(v, start int) (ref, bool) {
	if x.verbAt(v) != participle {
		return ref{}, false
	}
	end := v
	if x.key(v-1) == "as" {
		end = v - 1
	}
	u := x.toks[v].unit
	for k := end - 1; k >= start && k >= end-12; k-- {
		if x.toks[k].kind == quoted || x.toks[k].unit != u {
			return ref{}, false
		}
		switch x.key(k) {
		case "quoted", "quotes", "quoting":
		default:
			continue
		}
		r, e, ok := x.npAt(k+1, u, len(x.toks))
		if !ok || e > end {
			return ref{}, false
		}
		n := x.appositiveName(r, e, u)
		if !x.speakerLike(n) {
			return ref{}, false
		}
		if n.kind == refChunk && n.chunk != r.chunk {
			e = x.chunks[n.chunk].last + 1
		}
		for _, e := range []int{e, x.skipAppositive(e, u)} {
			if e == end || e+1 == end && x.isPunct(e, ",") {
				return n, true
			}
		}
		return ref{}, false
	}
	return ref{}, false
}

// clauseAfter reports whether the words at toks[end] go on as the
// predicate of a clause, making the name before them its subject: "said
// Delgado had been", not "said Delgado in a statement".
func (x *para) clauseAfter(end int) bool {
	if end >= len(x.toks) || x.toks[end].kind != word || x.toks[end].unit != x.toks[end-1].unit {
		return false
	}
	k := x.key(end)
	return auxiliaries[k] || irregularPast[k] || x.verbAt(end) != 0 || !x.toks[end].cap && !prepositions[k] && !stopwords[k] && strings.HasSuffix(k, "ed")
}

// auxiliaries open a predicate.
var auxiliaries = set(`is was are were has had have will would could should can may might must
	did does do remains remained`)

// irregularPast are common verbs' past forms that do not end in "-ed":
// "said Pritchard-Lowe gave …" makes the name a clause's subject.
var irregularPast = set(`gave made took went came saw knew felt found got left kept put ran brought
	bought won lost became began held led met paid sent spent stood understood wrote sold
	drove grew threw built fell broke chose forgot hid rode rose sang sat slept spoke stole
	swam taught tore wore slid sank shrank`)

// lemma returns the base form of a reporting verb's form, as far as
// objectVerbs needs it.
func lemma(key string) string {
	switch key {
	case "told", "tells", "telling":
		return "tell"
	}
	for _, suf := range []string{"ed", "s", "ing", "d"} {
		if b := strings.TrimSuffix(key, suf); b != key && reportVerbs[b] == base {
			return b
		}
	}
	if b := strings.TrimSuffix(key, "ied") + "y"; reportVerbs[b] == base {
		return b
	}
	return key
}

// clauseSubject finds the subject at the start of the clause
// toks[start:before], after any introductory phrase ("According to
// reports, President Trump …").
func (x *para) clauseSubject(start, before int) (ref, bool) {
	if start >= before || start >= len(x.toks) {
		return ref{}, false
	}
	u := x.toks[start].unit
	i := start
	if start == 0 {
		i = x.afterDateline(before)
	}
	for i < before && x.word(i, u) && (x.key(i) == "but" || x.key(i) == "and" || x.key(i) == "so" || x.key(i) == "yet") {
		i++
	}
	if c := x.oneNamedOnly(i, u, before); c >= 0 {
		// "One, who gave his name only as Dwayne, said": the name given.
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
	}
	setOff, timed := false, -1
	if i+1 < before && x.word(i, u) && x.chunkOf[i] < 0 && x.isPunct(i+1, ",") && x.invertedSubject(i, before, u) < 0 {
		// a word set off before the subject: "Underneath, her son had
		// written:", which a phrase may follow: "Later, on the veranda,
		// she describes"
		i, setOff = i+2, true
	}
	if n := x.invertedSubject(i, before, u); n >= 0 {
		i = n // "Among those watching was Derek Ambrose, 64,"
	} else if i < before && x.word(i, u) && introWords[x.key(i)] && x.chunkOf[i] < 0 {
		comma := false
		opener := i
		for m := i; m < before && m < i+maxScan; m++ {
			if x.toks[m].kind == quoted {
				break
			}
			if x.isPunct(m, ",") {
				if m+1 >= before {
					// "Last year Ann Lee fined him £500, ruling": the comma
					// before the participle ends the clause, not a phrase
					// before its subject.
					break
				}
				if k := x.key(m + 1); k == "which" || k == "where" || k == "whom" {
					// "On the blessing, which Tregarth opposed, he is
					// careful": a clause about the opener's noun.
					continue
				}
				i, comma = m+1, true
				// "In a statement released through his promoter,
				// Crownline Promotions, he said": the name set off after
				// the phrase's noun is its appositive, not the subject.
				if c := x.chunkOf[min(i, len(x.toks)-1)]; i < before && c >= 0 && x.chunks[c].first == i {
					if e := x.chunks[c].last + 1; e+1 < before && x.isPunct(e, ",") && x.word(e+1, u) && subjectPronouns[x.key(e+1)] {
						i = e + 1
					}
				}
				break
			}
		}
		if n := x.pronounAfterWhen(opener, before, u); comma && n >= 0 && n < i {
			// "On Tuesday the court ordered him to hand the animal,
			// named Sultan, to a centre, ruling": the subject after the
			// phrase of time, should the comma set off no phrase.
			timed = n
		} else if !comma && n >= 0 {
			i = n // "In April he posted"
		} else if n := i + 1; !comma && n < before && x.word(n, u) && (x.chunkOf[n] >= 0 && x.chunks[x.chunkOf[n]].first == n || pronouns[x.key(n)] != 0) {
			i = n // "Then Ana laughed."
		} else if !comma && timeOpeners[x.key(i)] {
			// "Later that evening he posted", "Last night a spokeswoman
			// for the hospital said": a short phrase of time without a
			// comma before a pronoun or an indefinite description.
			for n := i + 1; n < before && n <= i+3 && x.word(n, u); n++ {
				if x.subjectOpens(n) || n > i+1 && spanNouns[x.key(n-1)] && x.subjectNamed(n) {
					i = n // "Last year Judge Ann Lee fined him"
					break
				}
				if x.chunkOf[n] >= 0 || x.verbAt(n) != 0 {
					break
				}
			}
		}
	} else if m := x.openerComma(i, before, u); m >= 0 && !setOff {
		i = m + 1 // "Hours later, Anitha Rangaswamy hit back"
	} else if i < before && !setOff && x.word(i, u) && x.chunkOf[i] < 0 && (occasionOpeners[x.key(i)] || speakingOpener(x.key(i))) {
		// "Reached by WIRED, Olsen stood by the post but said", "Speaking
		// after the hearing, Ms Lee thanked the jury and said": a phrase
		// of the occasion before the subject.
		if m := x.openingPhrase(i, before); m >= 0 {
			i = m + 1
		}
	}
	if c := x.oneOfSetOff(i, u, before); c >= 0 {
		// "One of the dissenters, Sir Lionel Farquharson-Grey, set out
		// his objections …, warning": the one named.
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
	}
	if timed >= 0 && !x.subjectOpens(i) && !x.subjectNamed(i) && !determiners[x.key(i)] {
		// The words after the comma open no subject: "named Sultan".
		i = timed
	}
	r, end, ok := x.npAt(i, u, before)
	if !ok || !x.speakerLike(r) {
		return ref{}, false
	}
	if c := x.chunkOf[min(end, len(x.toks)-1)]; r.kind == refDesc && r.chunk < 0 && r.source < 0 && end < before && c >= 0 && x.chunks[c].first == end &&
		!x.chunks[c].poss && !x.chunks[c].place && x.verbAt(x.chunks[c].last+1) == finite && (orgHeads[r.head] || corporateHeads[r.head]) {
		// "The transparency group Open Ledger called the deal …": the
		// name its kind of body comes before.
		return ref{kind: refChunk, para: x.index, tok: end, chunk: c, source: -1}, true
	}
	if h := r.head; r.kind == refDesc && r.chunk < 0 && r.source < 0 && (roleHeads[h] || titles[h] || personNouns[h] || isPeopleNoun(h)) {
		if c := x.nameAfterWords(end, u, before); c >= 0 {
			// "Before it began, local kaumātua Rāwiri Te Hāpuku-Marsh led
			// a karakia": a description of a person whose last words the
			// chunker does not know runs on into the name of the one it
			// describes.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
	}
	// "Its chief executive, Colin Marsh, put it to me bluntly:"
	return x.appositiveName(r, end, u), true
}

// realName returns the chunk of the person's name that a phrase set off
// at toks[k] gives as someone's real name, or -1: ", whose real name is
// Derek Pruett,", "(real name Michael Omari)". The name must end the
// phrase.
func (x *para) realName(k, u int) int {
	if !x.isPunct(k, ",") && !x.isPunct(k, "(") {
		return -1 // the cheap check first: appositiveName asks this of every subject
	}
	words := make([]string, 0, 5)
	for n := k; n < len(x.toks) && n < k+5 && x.toks[n].unit == u && x.toks[n].kind != quoted; n++ {
		words = append(words, x.key(n))
	}
	n := k + entity.RealNameLead(words)
	if n == k || n >= len(x.toks) {
		return -1
	}
	c := x.chunkOf[n]
	if c < 0 || x.chunks[c].first != n || x.chunks[c].kind == nameOrg || x.chunks[c].place || x.chunks[c].poss || len(x.chunks[c].keys) < 2 {
		return -1
	}
	e := x.chunks[c].last + 1
	if x.isPunct(k, "(") {
		if !x.isPunct(e, ")") {
			return -1
		}
	} else if !x.isPunct(e, ",") {
		return -1
	}
	return c
}

// crowdNouns are singular nouns for many people at once, whose name for a
// thing is a name, not anyone's words: "what the media called “the storm
// of the decade”".
var crowdNouns = set(`media public market markets crowd city press world country nation internet town village community`)

// epithetName returns the chunk of the name that "a" or "the" and a word
// or two of how its bearer looked or stood put before it, or -1: "A
// sharply divided Wisconsin Supreme Court struck down", "A visibly angry
// Tom Briggs left". Words that say what someone is ("a local Tom
// Briggs", "the defending champion") and a name that modifies a noun
// after it ("a Labour spokesman") are not such words.
func (x *para) epithetName(i, u, limit int) int {
	if k := x.key(i); k != "a" && k != "an" && k != "the" {
		return -1
	}
	m := i + 1
	for m < limit && m <= i+2 && x.word(m, u) && !x.toks[m].cap && x.chunkOf[m] < 0 && !stopwords[x.key(m)] && x.verbAt(m) == 0 &&
		(x.isAdverb(m) || epithetLike(x.key(m))) {
		m++
	}
	if m == i+1 || m >= limit || !epithetLike(x.key(m-1)) {
		return -1
	}
	c := x.chunkOf[m]
	if c < 0 || x.chunks[c].first != m || x.chunks[c].poss || x.chunks[c].place || x.modifies(x.chunks[c].last+1, u, limit) {
		return -1
	}
	if e := x.chunks[c].last + 1; x.nounAfter(e) && (beForms[x.key(e+1)] || auxiliaries[x.key(e+1)] || x.verbAt(e+1) != 0) {
		return -1 // "The original Star Wars trilogy was hailed": the name modifies the subject
	}
	return c
}

// epithetLike reports whether key reads as a word of how someone looked
// or stood: a participle ("divided", "beaming") or an adjective of
// feeling ("angry", "tearful", "emotional", "defiant").
func epithetLike(key string) bool {
	if roleHeads[key] || titles[key] || personNouns[key] || orgHeads[key] || isPeopleNoun(key) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ful", "ous", "ive", "ent", "ant", "al", "ry", "ic", "less"} {
		if strings.HasSuffix(key, suf) && len(key) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nameAfterWords returns the chunk of a name, not a body's or a place's,
// that follows one or two lower-case words at toks[i], neither a function
// word nor a verb, and that a lower-case word other than a function word,
// or an auxiliary, follows as its verb: "kaumātua Rāwiri Te Hāpuku-Marsh
// led"; or -1.
func (x *para) nameAfterWords(i, u, before int) int {
	m := i
	for m < before && m < i+2 && x.word(m, u) && !x.toks[m].cap && !stopwords[x.key(m)] && x.chunkOf[m] < 0 && x.verbAt(m) == 0 {
		m++
	}
	if m == i || m >= before {
		return -1
	}
	c := x.chunkOf[m]
	if c < 0 || x.chunks[c].first != m || x.chunks[c].kind == nameOrg || x.chunks[c].place || x.chunks[c].poss {
		return -1
	}
	if v := x.chunks[c].last + 1; !x.word(v, u) || x.toks[v].cap || isNumber(x.key(v)) || stopwords[x.key(v)] && !auxiliaries[x.key(v)] {
		return -1
	}
	return c
}

// oneOfSetOff returns the chunk of the person a clause opening at i with
// "one of" and a plural noun names, set off by commas after it: "One of
// the dissenters, Sir Lionel Farquharson-Grey, a former ambassador,", or
// -1.
func (x *para) oneOfSetOff(i, u, before int) int {
	if x.key(i) != "one" || x.key(i+1) != "of" || !x.word(i+2, u) {
		return -1
	}
	m, noun := i+2, ""
	for m < before && m <= i+9 && x.word(m, u) && x.verbAt(m) == 0 {
		if c := x.chunkOf[m]; c >= 0 {
			// "One of the oldest bakery chains in Orun State,": a place
			// after a preposition says where the group is.
			if ch := x.chunks[c]; ch.first != m || ch.kind == namePerson || ch.poss || !prepositions[x.key(m-1)] {
				break
			}
			m = x.chunks[c].last + 1
			continue
		}
		if !prepositions[x.key(m)] {
			noun = x.key(m)
		}
		m++
	}
	if m == i+2 || m >= before || !x.isPunct(m, ",") || !pluralNoun(noun) {
		return -1
	}
	k := m + 1
	for k < before && x.toks[k].unit == u && !x.isPunct(k, ",") && x.toks[k].kind != quoted {
		k++
	}
	if k >= before || !x.isPunct(k, ",") {
		return -1
	}
	if c := x.chunkOf[m+1]; c >= 0 && x.chunks[c].first == m+1 && x.chunks[c].last == k-1 && x.chunks[c].kind == nameOrg && !x.chunks[c].poss {
		// "One of the oldest bakery chains in Orun State, Sunrise Loaf
		// Bakeries Limited, has shut": the body named.
		if sing := strings.TrimSuffix(noun, "s"); orgHeads[sing] || corporateHeads[sing] || businessNouns[sing] {
			return c
		}
	}
	return x.setOffName(m+1, k)
}

// oneNamedOnly returns the chunk of the name someone opening the clause
// at i as "one" or "another" gave, in a clause set off after it: "One,
// who gave his name only as Dwayne, said", or -1.
func (x *para) oneNamedOnly(i, u, before int) int {
	if k := x.key(i); k != "one" && k != "another" || !x.isPunct(i+1, ",") || x.key(i+2) != "who" {
		return -1
	}
	for k := i + 3; k < before && k <= i+14 && x.toks[k].unit == u && !x.isPunct(k, ","); k++ {
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first == k && x.chunks[c].kind != nameOrg && x.namedOnly(x.chunks[c]) && x.isPunct(x.chunks[c].last+1, ",") {
			return c
		}
	}
	return -1
}

// periodNouns end a phrase placing someone in their time, "of the day",
// "at the time", after the noun for them.
var periodNouns = set(`day time era period`)

// whenPrepositions open a short phrase of time that may stand before the
// subject without a comma: "In April he posted", "On Monday she said".
var whenPrepositions = set(`in on at during after by since until`)

// dayParts end a phrase of time: "On Monday night".
var dayParts = set(`morning afternoon evening night`)

// isYear reports whether key is a year written in four digits: "2019".
func isYear(key string) bool {
	return len(key) == 4 && (key[0] == '1' || key[0] == '2') && isNumber(key)
}

// subjectOpens reports whether toks[n] may open the subject of a clause
// after a short phrase of time with no comma: a subject pronoun or an
// indefinite article ("Later that evening he posted", "Last night a
// spokeswoman said").
func (x *para) subjectOpens(n int) bool {
	k := x.key(n)
	return subjectPronouns[k] || k == "a" || k == "an"
}

// subjectNamed reports whether toks[n] opens a subject that is not a
// pronoun, as a definite description or a name of a person or a body
// does, after a phrase of time: "On Tuesday the court ordered", "Last
// year Judge Ann Lee fined him".
func (x *para) subjectNamed(n int) bool {
	if x.key(n) == "the" {
		return true
	}
	c := x.chunkOf[n]
	return c >= 0 && x.chunks[c].first == n && (x.chunks[c].kind == namePerson || x.chunks[c].kind == nameOrg) && !x.chunks[c].place
}

// pronounAfterWhen returns the subject pronoun or the indefinite article
// of the subject that follows a short phrase of time opening the clause
// at i without a comma, "In April he posted", "On Monday night she
// wrote", "On Friday a spokeswoman for the hospital said", or -1.
func (x *para) pronounAfterWhen(i, before, u int) int {
	if !x.word(i, u) || !whenPrepositions[x.key(i)] {
		return -1
	}
	for n := i + 1; n < before && n <= i+3 && x.toks[n].unit == u && x.toks[n].kind != quoted && x.toks[n].kind != punct; n++ {
		k := x.key(n - 1)
		timed := n > i+1 && (months[k] || weekdays[k] || dayParts[k] || isYear(k))
		if x.subjectOpens(n) {
			if timed {
				return n
			}
			return -1
		}
		if timed && x.subjectNamed(n) {
			return n // "On Tuesday the Sevrovo District Court ordered"
		}
		if x.verbAt(n) != 0 {
			return -1
		}
	}
	return -1
}

// invertedSubject returns where the subject of a clause starting at i
// begins when the clause puts it after its verb, a name after "was" in a
// clause opening with "Among" ("Among those watching the release was
// Derek Ambrose") or with a phrase of place or a participle and set off
// after it ("Standing beside him is Leo Zhang, who is 15"), or -1.
func (x *para) invertedSubject(i, before, u int) int {
	if !x.word(i, u) {
		return -1
	}
	among := x.key(i) == "among"
	if !among && !inversionOpeners[x.key(i)] && !(strings.HasSuffix(x.key(i), "ing") && len(x.key(i)) > 5 && !strings.HasSuffix(x.key(i), "thing")) {
		return -1
	}
	for m := i + 1; m+1 < before && m <= i+10 && x.word(m, u) && x.toks[m].kind != quoted; m++ {
		switch x.key(m) {
		case "was", "were", "is", "are":
			c := x.chunkOf[m+1]
			if c < 0 || x.chunks[c].first != m+1 || x.chunks[c].kind == nameOrg {
				return -1
			}
			if e := x.chunks[c].last + 1; !among && (x.chunks[c].poss || x.chunks[c].place || e < before && x.toks[e].unit == u && !x.isPunct(e, ",")) {
				return -1 // "In the box was Ana's letter", "At stake is Brexit"
			}
			return m + 1
		}
	}
	return -1
}

// inversionOpeners open a phrase of place that may put a sentence's
// subject after its verb: "Beside her was Ana Ruiz, 34,".
var inversionOpeners = set(`beside behind alongside next opposite near outside inside at in on with`)

// occasionOpeners are the participles that open a phrase about when or
// how someone spoke: "Asked about the delay,", "Reached by phone,".
var occasionOpeners = set(`asked pressed questioned interviewed reached contacted approached told`)

// openerComma returns the comma ending a short adverbial opener of words
// that name nobody ("Hours later,", "Two days earlier,") when a clause
// follows it, or -1.
func (x *para) openerComma(i, before, u int) int {
	for m := i; m < before && m <= i+4; m++ {
		if x.isPunct(m, ",") {
			n := m + 1
			if m == i || n >= before || !x.word(n, u) {
				return -1
			}
			if x.verbAt(n) != 0 || x.key(n) == "who" || x.key(n) == "which" || x.key(n) == "and" {
				return -1
			}
			return m
		}
		if !x.word(m, u) || x.chunkOf[m] >= 0 || pronouns[x.key(m)] != 0 || x.verbAt(m) != 0 || determiners[x.key(m)] || x.toks[m].poss {
			return -1
		}
	}
	return -1
}

// personalLabels are nouns for what someone is called, which one may wear
// or take as something: "wears the nickname “as a badge of honor”".
var personalLabels = set(`nickname label tag moniker epithet name`)

// asPhrase reports whether a quotation opens with "as" and an article,
// which after one of the personalLabels is a phrase about it rather than
// its text: "wears the nickname “as a badge of honor”", but "the slogan
// “as the crow flies”".
func asPhrase(text string) bool {
	text = strings.TrimLeft(text, "“\"‘'")
	return strings.HasPrefix(text, "as a ") || strings.HasPrefix(text, "as an ") || strings.HasPrefix(text, "as the ")
}

// speakingOpener reports whether key, opening a sentence, is a
// participle that may open a phrase of the occasion: "Speaking",
// "Writing", but not "Something".
func speakingOpener(key string) bool {
	return len(key) > 5 && strings.HasSuffix(key, "ing") && !strings.HasSuffix(key, "thing")
}

// openingPhrase returns the comma ending a phrase of a few words at start
// that names no one and holds no verb ("A few steps behind,", "Back in
// the square,"), or -1.
//
// A phrase opened by a participle may name someone and run longer, as
// it is about the speaker's occasion: "Speaking to the Guardian,",
// "Asked about the delay on Monday,".
func (x *para) openingPhrase(start, before int) int {
	u := x.toks[start].unit
	first := x.key(start)
	part := x.word(start, u) && (speakingOpener(first) || occasionOpeners[first])
	limit := start + 5
	if part {
		limit = start + 10
	}
	for m := start; m < before && m <= limit; m++ {
		if x.isPunct(m, ",") {
			if m == start || headNoun(x.key(m-1)) && !part {
				return -1 // but "The energy secretary, Yusuf Hallam-Brooke,"
			}
			if k := x.key(m - 1); part && !x.toks[m-1].cap && x.chunkOf[m-1] < 0 && !pluralNoun(k) &&
				(roleHeads[k] || titles[k] || personNouns[k] || kinGender([]string{k}) != 0) && x.laterPerson(m+1, before) {
				return -1 // "Asked about the striker, Marcus Rashford, the manager, Erik ten Hag, said": the name is the striker's
			}
			return m
		}
		if part {
			if x.toks[m].kind == quoted || x.isPunct(m, ";:—–()\"“”") {
				return -1
			}
			continue
		}
		if !x.word(m, u) || x.chunkOf[m] >= 0 || pronouns[x.key(m)] != 0 || x.verbAt(m) != 0 {
			return -1
		}
	}
	return -1
}

// laterPerson reports whether, after the name opening at toks[i] and
// the comma ending it, a person's name comes before toks[before]: the
// subject set off after a name that was another's appositive ("the
// striker, Marcus Rashford, the United manager, Erik ten Hag,").
func (x *para) laterPerson(i, before int) bool {
	c := x.chunkOf[min(i, len(x.toks)-1)]
	if i >= before || c < 0 || x.chunks[c].first != i {
		return false
	}
	for k := x.chunks[c].last + 2; k < before; k++ {
		if n := x.chunkOf[k]; n >= 0 && x.chunks[n].first == k && x.chunks[n].kind == namePerson && !x.chunks[n].poss {
			return true
		}
	}
	return false
}

// afterDateline returns the index of the first token after a dateline
// opening the paragraph ("TALLAHASSEE, Fla. —", "FRANKFURT (Reuters) -"),
// or 0 when there is none.
func (x *para) afterDateline(before int) int {
	if len(x.toks) == 0 {
		return 0
	}
	if isUpperWord(x.toks[0].text) {
		for m := 1; m < before && m < 12; m++ {
			if x.isPunct(m, "—–-:") {
				for m+1 < before && x.isPunct(m+1, "—–-") {
					m++ // "SEATTLE --"
				}
				return m + 1
			}
		}
		return 0
	}
	// "Puerto Almira, Valderra – President …": a dateline in title case
	// is capitalised words and commas, a place and where it is, before a
	// dash.
	commas := 0
	for m := 0; m < before && m < 10; m++ {
		t := x.toks[m]
		switch {
		case x.isPunct(m, "—–") && m > 0 && commas > 0:
			return m + 1
		case x.isPunct(m, ","):
			commas++
		case t.kind == word && t.cap, x.isPunct(m, "()."):
		default:
			return 0
		}
	}
	return 0
}

// isUpperWord reports whether s has two letters or more, all capitals.
func isUpperWord(s string) bool {
	n := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n >= 2
}

// quotedNear reports whether toks[before] is a quotation, or toks[after]
// is one, perhaps after a colon or a comma.
func (x *para) quotedNear(before, after int) bool {
	at := func(k int) bool { return k >= 0 && k < len(x.toks) && x.toks[k].kind == quoted }
	return at(before) || at(after) || (x.isPunct(after, ":") || x.isPunct(after, ",")) && at(after+1)
}

// speakerLike reports whether a phrase can name someone who speaks or
// writes: a pronoun, a name, or a description headed by a word for a
// person, an organisation, a group of people or a text.
func (x *para) speakerLike(r ref) bool {
	switch r.kind {
	case refPronoun, refChunk:
		return true
	case refDesc:
		if r.head == "" {
			return false
		}
		if roleHeads[r.head] || maleKin[r.head] || femaleKin[r.head] || orgHeads[r.head] || isDocHead(r.head) || titles[r.head] || personNouns[r.head] ||
			epithets[r.head] || demonym.Is(r.head) || ageModifier(r.head) {
			return true
		}
		if corporateHeads[r.head] && r.head != "line" && r.chunk >= 0 && !x.chunks[r.chunk].poss && x.chunks[r.chunk].kind != namePerson {
			// "The Harcourt Foods chain said", "The Prairie Fresh grocery
			// chain posted", "the Ohio grocery chain said": a business
			// named before its noun, which businessBefore tells.
			return true
		}
		if x.accountWrites(r) {
			return true // "The company’s official account replied:"
		}
		if speechNouns[r.head] && (r.pron != "" || r.chunk >= 0 && x.chunks[r.chunk].poss) {
			return true // "Her answer:", "Smith’s reply:"
		}
		if (r.head == "someone" || r.head == "somebody") && r.tok+1 < len(x.toks) && x.verbAt(r.tok+1) != 0 && x.quotedNear(r.tok-1, r.tok+2) {
			return true // "“…!” someone shouted"
		}
		if x.namedAfterDesc(r) {
			return true // "the steward, Lorraine Achterberg, said"
		}
		if r.head == "line" {
			for k := r.tok; k < len(x.toks) && k <= r.tok+4; k++ {
				if x.carrierLine(k) {
					return true // "The cruise line said"
				}
			}
		}
		return isPeopleNoun(r.head)
	}
	return false
}

// namedAfterDesc reports whether a person's full name is set off by commas
// right after the head of the description r: whatever the noun, it
// describes that person ("the steward, Lorraine Achterberg, said").
func (x *para) namedAfterDesc(r ref) bool {
	u := x.toks[r.tok].unit
	for h := r.tok; h < len(x.toks) && h <= r.tok+6 && x.word(h, u); h++ {
		if x.key(h) == r.head {
			return x.personSetOffAt(h + 1)
		}
	}
	return false
}

// personSetOffAt reports whether toks[i] is a comma setting off a
// person's full name that another comma closes: ", Lorraine Achterberg,".
func (x *para) personSetOffAt(i int) bool {
	if !x.isPunct(i, ",") || i+1 >= len(x.toks) {
		return false
	}
	c := x.chunkOf[i+1]
	if c < 0 {
		return false
	}
	ch := x.chunks[c]
	return ch.first == i+1 && ch.kind == namePerson && len(ch.keys) >= 2 && !ch.poss && !ch.place && x.isPunct(ch.last+1, ",")
}

// isPeopleNoun reports whether a noun names a person or a group of people
// who can be quoted: "officials", "analysts", "a tenant", "one resident".
func isPeopleNoun(key string) bool {
	if groupNouns[key] || groupNouns[key+"s"] || key == "some" || key == "many" || key == "family" {
		return true
	}
	if stopwords[key] && !standIns[key] {
		return false // "Neither name is on any list": not an "-er" noun
	}
	sing := strings.TrimSuffix(key, "s")
	if titles[sing] || roleHeads[sing] || personNouns[sing] {
		return true
	}
	if plainPeople[sing] || plainPeople[key] {
		return true
	}
	if strings.HasSuffix(sing, "ment") || lookalikes[sing] {
		return false // "A stadium announcement warned", not a student; "Public paths run", not a critic
	}
	for _, suf := range []string{"ist", "ian", "ant", "ent", "er", "or", "ee", "ic", "ive", "ger", "son", "eur"} {
		if strings.HasSuffix(sing, suf) && len(sing) > len(suf)+2 {
			return true
		}
	}
	for _, suf := range []string{"man", "woman", "person"} {
		// "fisherman", "chairwoman", "salesperson", but not "German".
		if strings.HasSuffix(sing, suf) && len(sing) > len(suf)+2 && !demonym.Is(sing) {
			return true
		}
	}
	return false
}

// lookalikes are words with the ending of a noun for a person that are
// not one: "public" is not "critic", "water" not "worker", "event" not
// "agent".
var lookalikes = set(`public traffic music topic plastic panic tactic logic
	epidemic pandemic fabric water number center matter power summer winter corner border
	quarter river chapter tower computer shelter weather container trailer answer
	disaster barrier register filter cancer fever finger dinner
	grant event percent extent content accident incident element
	floor door factor sector error motor corridor monitor mirror tractor reactor
	indicator elevator archive incentive initiative motive season reason lesson
	poison comparison
	fewer lower higher greater larger smaller bigger older younger longer shorter
	later earlier faster slower wider deeper closer further farther broader`)

// standIns are function words that stand for people on their own:
// "Another, who asked not to be named, said …".
var standIns = set(`another other others one some many several few all both each most`)

// plainPeople are nouns for people, by what they do or who they are to
// others, that no ending shows to be one: "the pilot", "a nurse".
var plainPeople = set(`pilot co-pilot copilot chef cook nurse midwife guard clerk cop medic
	deckhand crewman crewmember helmsman coxswain pupil priest nun monk vicar chaplain
	athlete guide victim witness inmate hostage spouse
	child children kid baby adult elder neighbour colleague relative sibling cousin
	twin fan guest maid nanny vet voice passer-by passerby`)

// titlesOnly reports whether chunk c is written in title words alone,
// one office of a person named after "and": "Former Chief Minister and
// senior MLA H.S. Gowda".
func (x *para) titlesOnly(c int) bool {
	for _, k := range x.chunks[c].keys {
		if !isTitleKey(k) {
			return false
		}
	}
	return true
}

// skipAppositive skips ", a spokesman for the ministry," after a name at
// toks[end], or up to three descriptions in a row when a reporting verb
// follows the last: ", 38, of Lakewood, a mother of two,".
func (x *para) skipAppositive(end, u int) int {
	first := x.skipSetOff(end, u)
	k := first
	for n := 0; n < 2 && k > end && x.isPunct(k-1, ","); n++ {
		next := x.skipSetOff(k-1, u)
		if next == k-1 {
			break
		}
		k = next
		if x.verbAt(x.pastAdverbs(k, u)) == finite {
			return k
		}
	}
	return first
}

// pastAdverbs returns the index of the first token from k in unit u that
// is not an adverb: "said", after "Smith, 45, reportedly said".
func (x *para) pastAdverbs(k, u int) int {
	for k < len(x.toks) && x.toks[k].unit == u && x.isAdverb(k) {
		k++
	}
	return k
}

// skipSetOff skips one description set off by commas, dashes or brackets
// after a name at toks[end].
func (x *para) skipSetOff(end, u int) int {
	if !x.isPunct(end, ",—–(") || end >= len(x.toks) || x.toks[end].unit != u {
		return end
	}
	closer := ","
	switch x.toks[end].text {
	case "—", "–":
		closer = "—–"
	case "(":
		closer = ")"
	}
	for m := end + 1; m < len(x.toks) && m <= end+25 && x.toks[m].unit == u; m++ {
		if x.toks[m].kind == quoted {
			break
		}
		if x.isPunct(m, closer) {
			return m + 1
		}
	}
	return end
}

// nameBeforeSetOff returns the chunk of a person's name written right
// before a description set off by commas, where comma is the comma that
// closes the description: "Jane Roe, Democrat of Oregon," or "Jane Roe,
// deputy governor," before "who". It returns -1 when there is none.
func (x *para) nameBeforeSetOff(comma, start int) int {
	b := x.setOffOpener(comma, start)
	if b < 0 {
		return -1
	}
	if c := x.chunkOf[b-1]; c >= 0 && x.chunks[c].last == b-1 && !x.chunks[c].poss && x.chunks[c].kind != nameOrg && !x.chunks[c].place {
		return c
	}
	return -1
}

// bodyInRole reports whether the words set off before the comma
// toks[comma] describe a role and end with the name of a body: "vicar of
// St Aldhelm’s Church," in "The Rev Imogen Fry, vicar of St Aldhelm’s
// Church, whose bells …, said".
func (x *para) bodyInRole(comma, start int) bool {
	c := x.chunkOf[comma-1]
	b := x.setOffOpener(comma, start)
	return c >= 0 && x.chunks[c].kind == nameOrg && b >= 0 && b+1 < x.chunks[c].first && x.word(b+1, x.toks[b].unit) && !x.toks[b+1].cap
}

// setOffOpener returns the comma that opens a description set off by
// commas and closed by the comma toks[comma], or -1. Commas inside a place
// ("in Clermont-Ferrand, France,") do not open it.
func (x *para) setOffOpener(comma, start int) int {
	for b := comma - 1; b > start && b >= comma-15 && x.toks[b].kind != quoted; b-- {
		if x.isPunct(b, ",") && !x.placeComma(b) {
			return b
		}
	}
	return -1
}

// textBeforeWhich returns the text with a source that "which" after the
// comma at toks[comma] is about: one that ends right before the comma,
// or before a title, a name or a participle's phrase set off by commas
// that ends there: "the most recent report of the Auditor-General,",
// "a 2023 Cavendale Foods report, “Baking for the Future”,", "a report
// by council staff tabled at last month’s meeting,".
func (x *para) textBeforeWhich(comma, start int) (ref, bool) {
	u := x.toks[comma].unit
	ends := []int{comma}
	titled := false // a quoted title is set off
	for b := comma - 1; b > start && b >= comma-12; b-- {
		if x.isPunct(b, ",") {
			ends = append(ends, b)
			break
		}
		if x.toks[b].kind != word && x.toks[b].kind != quoted || x.verbAt(b) == finite {
			break
		}
		titled = titled || x.toks[b].kind == quoted
	}
	for _, e := range ends {
		if e < comma && !titled && !x.toks[e-1].cap {
			// A name set off after a noun in lower case is who the noun
			// is, the text's source: "a report by Eskom's auditors,
			// Deloitte, which said".
			break
		}
		d := -1
		for b := e - 1; b >= start && b >= e-10 && x.word(b, u) && x.verbAt(b) != finite; b-- {
			if !x.toks[b].cap && isDocHead(x.key(b)) {
				d = b
				break
			}
		}
		if d < 0 {
			continue
		}
		r, end, ok := x.descAt(x.descStart(d, start), u, e)
		if !ok || r.kind != refDesc || !isDocHead(r.head) || r.source < 0 && r.chunk < 0 && r.org == "" {
			continue
		}
		for k := end; k < e; k++ {
			if !x.word(k, u) || x.verbAt(k) == finite {
				return ref{}, false
			}
		}
		return r, true
	}
	return ref{}, false
}

// bodyBeforeSetOff returns the chunk of the name of a body, not a person
// or a place, that ends right before comma, or before a description set
// off by commas that ends there: "Kallis Salvage," or "the Nordstrand
// P&I Club, a mutual insurer based in Oslo," before "which". It returns
// -1 when there is none.
func (x *para) bodyBeforeSetOff(comma, start int) int {
	body := func(b int) int {
		c := x.chunkOf[b]
		if c < 0 || x.chunks[c].last != b || x.chunks[c].poss || x.chunks[c].place || x.chunks[c].kind == namePerson {
			return -1
		}
		return c
	}
	if c := body(comma - 1); c >= 0 && (comma-2 < start || !x.isPunct(comma-2, ",") && x.key(comma-2) != "in") {
		return c
	}
	if b := x.setOffOpener(comma, start); b >= 0 {
		return body(b - 1)
	}
	return -1
}

// appositiveRelative returns the chunk of the name that a description set
// off after it, and ended by the relative pronoun toks[k], describes:
// "Anna Berg, a teacher who", "the Meridian Civic Exchange, a
// Virginia-based nonprofit that". The description opens with an article
// and holds no verb and no name but a place's. It returns -1 when there is
// none.
func (x *para) appositiveRelative(k, start int) int {
	if k-1 < start || x.key(k) != "who" && x.key(k) != "that" {
		return -1
	}
	u := x.toks[k].unit
	for b := k - 1; b-1 >= start && b >= k-8; b-- {
		if x.isPunct(b, ",") {
			if a := x.key(b + 1); b+2 >= k || a != "a" && a != "an" && a != "the" {
				return -1
			}
			if b-3 >= start && isNumber(x.key(b-1)) && len(x.key(b-1)) <= 3 && x.isPunct(b-2, ",") {
				b -= 2 // "Van der Molen, 58, a former mayor of Utrecht who"
			}
			if c := x.chunkOf[b-1]; c >= 0 && x.chunks[c].last == b-1 && !x.chunks[c].poss && !x.chunks[c].place {
				return c
			}
			return -1
		}
		if c := x.chunkOf[b]; !x.word(b, u) || c >= 0 && !x.chunks[c].place && len(office(x.chunks[c].title)) == 0 || x.verbAt(b) != 0 {
			// "Jan Pieters, a former mayor of Utrecht who": the office
			// of a place is a description too.
			return -1
		}
	}
	return -1
}

// relativeAntecedent returns the chunk of the person a relative clause
// that runs up to the comma toks[m] is about, "Dom Oyelaran, who lifted
// the trophy alongside the club's oldest supporter," — a name, a comma and
// "who" with no comma between it and m — or -1.
func (x *para) relativeAntecedent(m, start int) int {
	for b := m - 1; b-2 >= start && b >= m-20 && x.toks[b].kind != quoted; b-- {
		if x.isPunct(b, ",") {
			return -1
		}
		if x.key(b) != "who" || !x.isPunct(b-1, ",") {
			continue
		}
		if c := x.chunkOf[b-2]; c >= 0 && x.chunks[c].last == b-2 && x.chunks[c].kind == namePerson && !x.chunks[c].poss {
			return c
		}
		return -1
	}
	return -1
}

// nameBeforeParticiple returns the chunk of the name before a clause of a
// participle of speech set off by commas that ends at the comma toks[k],
// commas inside it too: "Siobhán Farrelly, speaking at a party event in
// Naas, Co Kildare, on Saturday evening, said", "Ruiz, fearing the worst,
// said". It returns -1 when there is none.
func (x *para) nameBeforeParticiple(k, start int) int {
	for b := k - 1; b-1 > start && b >= k-25 && x.toks[b].kind != quoted; b-- {
		if !x.isPunct(b, ",") || !x.participleAt(b+1) {
			continue
		}
		if c := x.chunkOf[b-1]; c >= 0 && x.chunks[c].last == b-1 && !x.chunks[c].poss && x.chunks[c].kind != nameOrg && !x.chunks[c].place {
			return c
		}
		return -1
	}
	return -1
}

// participleAt reports whether toks[i] is a participle in -ing opening a
// clause: a lower-case word before a preposition or a determiner.
func (x *para) participleAt(i int) bool {
	if i+1 >= len(x.toks) || !x.word(i, x.toks[i].unit) || x.toks[i].cap || len(x.key(i)) < 6 || !strings.HasSuffix(x.key(i), "ing") {
		return false
	}
	if x.verbAt(i) == participle {
		return true
	}
	n := x.key(i + 1)
	return x.word(i+1, x.toks[i].unit) && (prepositions[n] || determiners[n] && n != "that")
}

// placeComma reports whether the comma at toks[m] joins a place to the
// larger place it is in: "Clermont-Ferrand, France", "Naas, Co Kildare",
// "the Charlotte, N.C.-based bank".
func (x *para) placeComma(m int) bool {
	if m < 1 || m+1 >= len(x.toks) || !x.isPunct(m, ",") || x.toks[m+1].unit != x.toks[m].unit {
		return false
	}
	c, n := x.chunkOf[m-1], x.chunkOf[m+1]
	if c < 0 || x.chunks[c].last != m-1 || x.chunks[c].poss {
		return false
	}
	common := func(i int) bool { return x.word(i, x.toks[m].unit) && !x.toks[i].cap }
	if t := x.toks[m+1]; t.kind == word && t.cap && isBasedIn(t.key) && common(m+2) {
		return true // "the Charlotte, N.C.-based bank", not "Star, Suva-based Nadroga Ocean Products"
	}
	if n < 0 || x.chunks[n].first != m+1 || x.chunks[n].kind == namePerson {
		return false
	}
	if e := x.chunks[n].last + 1; e+1 < len(x.toks) && x.isPunct(e, "-") && slices.Contains(basedSuffixes, "-"+x.key(e+1)) && common(e+2) {
		return true // "N.C. - based" in three tokens
	}
	return x.chunks[c].kind != namePerson && (x.chunks[c].place || x.chunks[n].place)
}

// teamNouns name the people someone works with: "Solheim and her
// colleagues".
var teamNouns = set(`colleagues team co-authors coauthors collaborators researchers staff`)

// skipOf returns the index after the place or body a person's name is
// "of", where the name r ends at end: "Senator Harlan Whitcombe of
// Kansas", "Jane Roe of the Tenants' Union". Otherwise it returns end.
func (x *para) skipOf(r ref, end, u int) int {
	if c := x.chunkOf[min(end+1, len(x.toks)-1)]; r.kind == refDesc && x.key(end) == "in" && x.word(end, u) && c >= 0 && x.chunks[c].first == end+1 && x.chunks[c].place {
		return x.chunks[c].last + 1 // "an agriculture ministry official in Addis Ababa told AFP"
	}
	if r.kind == refDesc && (x.key(end) == "of" || x.key(end) == "for" || x.key(end) == "at") && x.word(end, u) {
		// "the head of civil protection, Helena Faria Gomes, said": the
		// office the description names.
		k := end + 1
		if x.key(k) == "the" {
			k++
		}
		if c := x.chunkOf[min(k, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == k && !x.chunks[c].poss {
			return x.chunks[c].last + 1
		}
		for j := k; j < k+7 && x.word(j, u) && !x.toks[j].cap && x.verbAt(j) == 0; j++ {
			// "the director-general for forest and land fire control,
			// Dr Retno Wulandari, said"
			if x.isPunct(j+1, ",") || x.word(j+1, u) && x.verbAt(j+1) == finite {
				return j + 1
			}
		}
		return end
	}
	if r.kind != refChunk || x.chunks[r.chunk].kind == nameOrg || x.key(end) != "of" || !x.word(end, u) {
		return end
	}
	k := end + 1
	if x.key(k) == "the" {
		k++
	}
	if k < len(x.toks) && x.toks[k].unit == u {
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first == k && !x.chunks[c].poss {
			e := x.chunks[c].last + 1
			// "Rob Delancey of Granite County Search and Rescue said": a
			// body's name the chunks split at "and".
			if x.key(e) == "and" && x.word(e, u) && e+1 < len(x.toks) {
				if d := x.chunkOf[e+1]; d >= 0 && x.chunks[d].first == e+1 && (x.chunks[d].kind != namePerson || x.chunks[d].typedPerson) && !x.chunks[d].poss {
					e = x.chunks[d].last + 1
				}
			}
			return e
		}
	}
	// "Chief Marisol Ybarra of the fire authority said": a body named by
	// its description.
	if x.key(k-1) == "the" {
		for j := k; j < k+4 && x.word(j, u) && !x.toks[j].cap && x.verbAt(j) == 0; j++ {
			if orgHeads[x.key(j)] || x.word(j+1, u) && x.verbAt(j+1) == finite && !stopwords[x.key(j)] {
				// "… of the observatory told AFP".
				return j + 1
			}
		}
	}
	return end
}

// listedFieldEnd returns the index of the comma that ends the rest of an
// office's field listed after the comma at toks[e], words in capitals
// separated by commas, the last joined by "and" or "and the" ("…,
// Culture and the Creative Economy,"), or e.
func (x *para) listedFieldEnd(e, u int) int {
	if !x.isPunct(e, ",") {
		return e
	}
	and := false
	for n := e + 1; n < len(x.toks) && n < e+14 && x.toks[n].unit == u; n++ {
		switch t := x.toks[n]; {
		case x.isPunct(n, ","):
			if and && x.toks[n-1].cap {
				return n
			}
			if !x.toks[n-1].cap || n == e+1 {
				return e
			}
		case t.kind == word && t.key == "and" && !and && x.toks[n-1].cap:
			and = true
		case t.kind == word && t.key == "the" && x.key(n-1) == "and":
		case t.kind == word && t.cap && !t.poss && x.chunkOf[n] >= 0 && x.chunks[x.chunkOf[n]].kind != namePerson:
		default:
			return e
		}
	}
	return e
}

// appositiveName prefers the name set off after a description: "said a
// spokesman, John Doe".
// officeName reports whether the words of a name are an office's, a
// title and what it is for: "Minister for Water", "County Executive
// Committee Member for Water".
func officeName(keys []string) bool {
	for i, k := range keys[:max(len(keys)-2, 0)] {
		if isTitleKey(k) && (keys[i+1] == "for" || keys[i+1] == "of") {
			return true
		}
	}
	return false
}

// setOffEnds reports whether the token at k closes a name set off after
// a title: a comma, or the end of the sentence ("according to the
// Minister for Water, Ms Grace Chepkoech.").
func (x *para) setOffEnds(k int) bool {
	return k >= len(x.toks) || x.toks[k].unit != x.toks[k-1].unit || x.isPunct(k, ",") || x.isPunct(k, ".")
}

func (x *para) appositiveName(r ref, end, u int) ref {
	if c := x.realName(end, u); c >= 0 {
		// "The Mule, whose real name is Derek Pruett,", "Stormzy (real
		// name Michael Omari)": the name its bearer goes by in law.
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}
	}
	end = x.afterShortForm(end, u) // "the President of the Students' Union Government (SUG), Comrade Ikenna Obi,"
	if k := x.key(end); r.kind == refDesc && !r.definite && (k == "named" || k == "called") && x.word(end, u) && end+1 < len(x.toks) {
		// "a conservator named Ines de la Fuente-Marsh is wrapping":
		// the one the description names.
		if c := x.chunkOf[end+1]; c >= 0 && x.chunks[c].first == end+1 && x.chunks[c].kind != nameOrg && !x.chunks[c].place && !x.chunks[c].poss {
			return ref{kind: refChunk, para: x.index, tok: end + 1, chunk: c, source: -1}
		}
	}
	if r.kind == refDesc && (x.key(end) == "for" || x.key(end) == "of" || x.key(end) == "at" || x.key(end) == "on" || x.key(end) == "with") && x.word(end, u) {
		// "The council's cabinet member for housing, Gareth Pike,", "The
		// party's spokesperson on electricity, Annelie Venter,", "A
		// development economist with the Centre for Policy Studies,
		// Ibadan, Dr. Ngozi Eze,": a body's name counts as one word, and
		// the place set off after it is the body's.
		for e, n := end+1, 0; e < len(x.toks) && n < 7 && x.toks[e].unit == u; e, n = e+1, n+1 {
			if x.isPunct(e, ",") {
				if b, p := x.chunkOf[e-1], x.chunkOf[min(e+1, len(x.toks)-1)]; b >= 0 && x.chunks[b].kind == nameOrg && p >= 0 && x.chunks[p].first == e+1 &&
					x.chunks[p].kind == nameOther && !x.chunks[p].poss && x.isPunct(x.chunks[p].last+1, ",") && x.chunkOf[min(x.chunks[p].last+2, len(x.toks)-1)] >= 0 {
					e = x.chunks[p].last + 1
				}
				end = e
				break
			}
			if !x.word(e, u) {
				break
			}
			if c := x.chunkOf[e]; c >= 0 && x.chunks[c].first == e && x.chunks[c].kind == nameOrg {
				e = x.chunks[c].last
			}
		}
	}
	if r.kind == refChunk && x.chunks[r.chunk].titleOnly() && x.isPunct(end, ",") {
		// "The UK’s Chief Veterinary Officer, Dr Siobhan Mallory,": the
		// person set off after a title in capitals holds it.
		if c := x.chunkOf[min(end+1, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == end+1 && x.chunks[c].kind != nameOrg && !x.chunks[c].place && !x.chunks[c].poss &&
			len(x.chunks[c].keys) >= 2 && x.setOffEnds(x.chunks[c].last+1) {
			return ref{kind: refChunk, para: x.index, tok: end + 1, chunk: c, source: -1}
		}
	}
	if r.kind == refChunk && x.chunks[r.chunk].kind == nameOrg && len(x.chunks[r.chunk].title) > 0 && x.isPunct(end, ",") {
		// "said Aster’s vice president of AI, Theodora Lind,": the
		// person who holds the office.
		if c := x.chunkOf[min(end+1, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == end+1 && x.chunks[c].kind != nameOrg && !x.chunks[c].place && !x.chunks[c].poss {
			return ref{kind: refChunk, para: x.index, tok: end + 1, chunk: c, source: -1}
		}
	}
	if r.kind == refChunk && x.chunks[r.chunk].kind != namePerson && (jurisdiction(x.chunks[r.chunk].title) || x.chunks[r.chunk].kind == nameOrg && officeName(x.chunks[r.chunk].keys)) && !x.chunks[r.chunk].poss {
		// "Leader of the Opposition in the Punjab Assembly, Chaudhry
		// Nadeem Akhtar,": the office's holder, set off after it and
		// where it sits.
		e := end
		if (x.key(e) == "in" || x.key(e) == "at") && x.word(e, u) {
			e++
			if x.key(e) == "the" {
				e++
			}
			if c := x.chunkOf[min(e, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == e {
				e = x.chunks[c].last + 1
			} else {
				// "in the state assembly,"
				for n := e; n < e+3 && x.word(n, u) && !x.toks[n].cap && x.chunkOf[n] < 0 && x.verbAt(n) == 0; n++ {
					if x.isPunct(n+1, ",") {
						e = n + 1
						break
					}
				}
			}
		}
		// "The Minister of Information, Culture and Tourism, Lai
		// Mohammed,": the rest of a portfolio listed with commas.
		e = x.listedFieldEnd(e, u)
		if c := x.chunkOf[min(e+1, len(x.toks)-1)]; x.isPunct(e, ",") && c >= 0 && x.chunks[c].first == e+1 && len(x.chunks[c].keys) >= 2 &&
			(x.chunks[c].kind == namePerson || x.chunks[c].kind == nameOther && !x.chunks[c].place) && !x.chunks[c].poss && x.setOffEnds(x.chunks[c].last+1) {
			return ref{kind: refChunk, para: x.index, tok: e + 1, chunk: c, source: -1}
		}
	}
	if r.kind != refDesc || !x.isPunct(end, ",") || !x.word(end+1, u) {
		return r
	}
	s := end + 1
	if ageModifier(x.key(s)) && x.word(s+1, u) {
		s++ // "said her grandson, 8-year-old Mateo Vanderpool-Ruiz."
	}
	if possessivePronouns[x.key(s)] != "" {
		// "Delacroix’s manager, his older brother Kevin Delacroix,":
		// the kin or the office set off with the name it goes with.
		k := s + 1
		for k < s+3 && x.word(k, u) && x.chunkOf[k] < 0 && x.modifier(k) {
			k++
		}
		if c := x.chunkOf[min(k, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == k && x.chunks[c].kind == namePerson && len(x.chunks[c].title) > 0 &&
			len(x.chunks[c].keys) >= 2 && !x.chunks[c].poss && x.isPunct(x.chunks[c].last+1, ",") {
			return ref{kind: refChunk, para: x.index, tok: k, chunk: c, source: -1}
		}
	}
	if c := x.chunkOf[s]; c >= 0 && x.chunks[c].first == s && (x.chunks[c].kind == namePerson ||
		// "South Africa’s coach, Hennie Bosman,": a name set off after a
		// description of a person is a person's.
		x.chunks[c].kind == nameOther && !x.chunks[c].place && !x.chunks[c].poss && isPeopleNoun(r.head)) {
		return ref{kind: refChunk, para: x.index, tok: s, chunk: c, source: -1}
	}
	// "Another sailor, second officer Ramon Dizon-Alcantara, said": a
	// name set off with its office in lower case.
	if n, e, ok := x.titledAfter(end+1, u, len(x.toks)); ok && x.isPunct(e, ",—–") && isPeopleNoun(r.head) {
		return n
	}
	// "The U.N. peacekeeping mission, MONUSCO,": a body's name. So is a
	// company's after any role it holds: "The ship's manager,
	// Athens-based Kallistos Maritime,".
	// Or at the sentence's end: "“…,” said a local charity, Northern
	// Aid Trust.".
	if c := x.chunkOf[end+1]; c >= 0 && (orgHeads[r.head] && x.chunks[c].kind != namePerson || x.chunks[c].kind == nameOrg) && x.chunks[c].first == end+1 &&
		!x.chunks[c].place && !x.chunks[c].poss && (x.isPunct(x.chunks[c].last+1, ",") || x.chunks[c].last+1 >= len(x.toks) || x.toks[x.chunks[c].last+1].unit != u || x.isPunct(x.chunks[c].last+1, ".")) {
		return ref{kind: refChunk, para: x.index, tok: end + 1, chunk: c, source: -1}
	}
	return r
}

// placeAfter returns the index after the place that "of" or "in" at
// toks[k] introduces, "Keystone Student Transit of Lewistown", "Corvetti
// Rides of Verona, Italy", or k. A name of no known kind there is taken
// for a place: a person or a body would not be written so.
func (x *para) placeAfter(k, u int) int {
	if x.key(k) != "of" && x.key(k) != "in" || !x.word(k, u) || k+1 >= len(x.toks) {
		return k
	}
	if c := x.chunkOf[k+1]; c >= 0 && x.chunks[c].first == k+1 && (x.chunks[c].place || x.chunks[c].kind == nameOther) && !x.chunks[c].poss {
		e := x.chunks[c].last + 1
		if n := x.chunkOf[min(e+1, len(x.toks)-1)]; x.placeComma(e) && n >= 0 && x.chunks[n].first == e+1 && x.chunks[n].place {
			// "of Verona, Italy": the larger place the town is in.
			e = x.chunks[n].last + 1
		}
		return e
	}
	return k
}

// npAt parses a phrase that can name a speaker starting at toks[i], within
// unit u and before limit. It returns the phrase and the index after it.
func (x *para) npAt(i, u, limit int) (ref, int, bool) {
	if i >= limit || !x.word(i, u) {
		return ref{}, i, false
	}
	t := x.toks[i]
	if _, ok := pronouns[t.key]; ok && !t.poss {
		return ref{kind: refPronoun, para: x.index, tok: i, chunk: -1, source: -1, pron: t.key}, i + 1, true
	}
	if c := x.chunkOf[min(i+1, len(x.toks)-1)]; t.key == "the" && c >= 0 && x.chunks[c].first == i+1 && x.chunks[c].poss {
		// "The Reel Ledger's Hannah Fiorucci": the person named with
		// the firm.
		if r, e, ok := x.npAt(i+1, u, limit); ok && r.kind == refChunk && r.tok > i+1 {
			return r, e, true
		}
	}
	if c := x.chunkOf[i]; c >= 0 && x.chunks[c].first == i {
		ch := x.chunks[c]
		end := ch.last + 1
		if !ch.poss && ch.kind != namePerson {
			// "European Union climate commissioner Henrik Vestergaard":
			// the body names the office of the person after it.
			if r, e, ok := x.titledAfter(x.afterShortForm(end, u), u, limit); ok {
				return r, e, true
			}
			if r, e, ok := x.officeQualified(ch, end, u, limit); ok {
				return r, e, true
			}
		}
		if !ch.poss && (ch.place || len(ch.keys) == 1 && demonym.Is(ch.keys[0])) && !x.modifies(end, u, limit) {
			// "French luxury group Maison Verlaine reported": where the
			// body is from, then what it is, then its name.
			if r, e, ok := x.descAt(i, u, limit); ok {
				if n, e, named := x.nameAfterRole(r, e, u, limit); named {
					return n, e, true
				}
			}
		}
		if r, e, ok := x.officeQualified(ch, end, u, limit); ok && ch.kind != nameOrg {
			return r, e, true // "Chief Minister (CM) Eknath Shinde"
		}
		if !ch.poss && !ch.place && (ch.kind == namePerson || hasPersonTitle(ch.title)) && x.word(end, u) && !x.toks[end].cap && familyRanks[x.key(end)] &&
			(!x.word(end+1, u) || x.verbAt(end+1) != 0) {
			return ref{kind: refChunk, para: x.index, tok: i, chunk: c, source: -1}, end + 1, true // "Mr Pascoe senior said"
		}
		if !ch.poss && !x.modifies(end, u, limit) {
			return ref{kind: refChunk, para: x.index, tok: i, chunk: c, source: -1}, end, true
		}
		// "Nordvik's Aalto wrote": a person named with the firm. A lone
		// word that could be a given name ("Halvard's Tove Lind") is
		// more likely a firm's name than a person's before a full name.
		firm := ch.kind != namePerson || len(ch.keys) == 1 && len(ch.title) == 0
		if c2 := x.chunkOf[min(end, len(x.toks)-1)]; ch.poss && firm && end < limit && x.word(end, u) && c2 >= 0 && c2 != c &&
			x.chunks[c2].first == end && !x.chunks[c2].poss && x.chunks[c2].kind != nameOrg && !x.chunks[c2].place && !x.modifies(x.chunks[c2].last+1, u, limit) {
			return ref{kind: refChunk, para: x.index, tok: end, chunk: c2, source: -1}, x.chunks[c2].last + 1, true
		}
		if c2 := x.chunkOf[min(end, len(x.toks)-1)]; ch.poss && ch.place && end < limit && x.word(end, u) && c2 >= 0 && c2 != c &&
			x.chunks[c2].first == end && x.chunks[c2].kind == nameOrg && !x.chunks[c2].poss && !x.chunks[c2].place && !x.modifies(x.chunks[c2].last+1, u, limit) {
			// "Chile’s Superintendency of Environmental Oversight": the
			// country's body.
			return ref{kind: refChunk, para: x.index, tok: end, chunk: c2, source: -1}, x.chunks[c2].last + 1, true
		}
		if c2 := x.chunkOf[min(end, len(x.toks)-1)]; ch.poss && end < limit && c2 >= 0 && c2 != c && x.chunks[c2].first == end && x.chunks[c2].kind == nameOrg && len(x.chunks[c2].title) > 0 {
			// "Aster’s vice president of AI, Theodora Lind": the person
			// set off after the office.
			r := ref{kind: refChunk, para: x.index, tok: end, chunk: c2, source: -1}
			if n := x.appositiveName(r, x.chunks[c2].last+1, u); n.chunk != c2 {
				return n, x.chunks[n.chunk].last + 1, true
			}
		}
	}
	if c := x.epithetName(i, u, limit); c >= 0 {
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, x.chunks[c].last + 1, true
	}
	r, end, ok := x.descAt(i, u, limit)
	if ok {
		if n, e, named := x.nameAfterRole(r, end, u, limit); named {
			return n, e, true
		}
		if n, e, named := x.selfNamed(r, end, u, limit); named {
			return n, e, true
		}
	}
	return r, end, ok
}

// afterShortForm returns the index after the short form in parentheses
// that toks[k] opens, the way a body's initials follow its name
// ("National Disaster Mitigation Agency (BNPB) spokesman Teguh Wibowo"),
// or k when there is none.
func (x *para) afterShortForm(k, u int) int {
	if k+2 < len(x.toks) && x.toks[k].kind == punct && x.toks[k].text == "(" && x.word(k+1, u) &&
		isUpperWord(x.toks[k+1].text) && x.toks[k+2].kind == punct && x.toks[k+2].text == ")" {
		return k + 3
	}
	return k
}

// officeQualified returns the person named after an office and a short
// qualifier or initials in parentheses, the way Indian papers give a
// rank: "Deputy Commissioner of Police (Zone 3) Ashwini Gaikwad",
// "Superintendent of Police (Rural) Anil Deshmukh", "Chief Minister (CM)
// Eknath Shinde". ch is the office's chunk and end the index after it.
func (x *para) officeQualified(ch chunk, end, u, limit int) (ref, int, bool) {
	office := ch.kind == nameOrg && slices.ContainsFunc(ch.keys, isTitleKey) || ch.kind != nameOrg && ch.titleOnly()
	if !office || ch.poss || !x.isPunct(end, "(") {
		return ref{}, end, false
	}
	k := end + 1
	for k < limit && k <= end+5 && x.word(k, u) && (x.toks[k].cap || isNumber(x.key(k)) || x.key(k) == "and") {
		k++
	}
	if k == end+1 || !x.isPunct(k, ")") || k+1 >= limit || !x.word(k+1, u) {
		return ref{}, end, false
	}
	c := x.chunkOf[k+1]
	if c < 0 || x.chunks[c].first != k+1 || x.chunks[c].kind != namePerson || len(x.chunks[c].keys) < 2 || x.chunks[c].poss {
		return ref{}, end, false
	}
	return ref{kind: refChunk, para: x.index, tok: k + 1, chunk: c, source: -1}, x.chunks[c].last + 1, true
}

// beforeShortForm returns the index of the word before the short form in
// parentheses that toks[k] closes ("the Movement for Democratic Renewal
// (MRD)"), or k when there is none: afterShortForm read backwards.
func (x *para) beforeShortForm(k, u int) int {
	if k-3 >= 0 && x.isPunct(k, ")") && x.word(k-1, u) && isUpperWord(x.toks[k-1].text) && x.isPunct(k-2, "(") {
		return k - 3
	}
	return k
}

// selfNamed returns the name a description gives itself right after it:
// "a group calling itself Black Tundra".
func (x *para) selfNamed(r ref, end, u, limit int) (ref, int, bool) {
	if r.kind != refDesc || r.definite {
		return ref{}, end, false
	}
	if x.key(end) != "calling" || x.key(end+1) != "itself" && x.key(end+1) != "themselves" {
		return ref{}, end, false
	}
	k := end + 2
	if k >= limit || !x.word(k, u) {
		return ref{}, end, false
	}
	c := x.chunkOf[k]
	if c < 0 || x.chunks[c].first != k || x.chunks[c].poss || x.chunks[c].place {
		return ref{}, end, false
	}
	return ref{kind: refChunk, para: x.index, tok: k, chunk: c, source: -1}, x.chunks[c].last + 1, true
}

// titledAfter returns the titled person named at toks[k], after at most
// two lower-case modifiers of the title: "climate" in "climate
// commissioner Henrik Vestergaard".
func (x *para) titledAfter(k, u, limit int) (ref, int, bool) {
	for n := 0; n <= 2 && k < limit && x.word(k, u); n++ {
		if c := x.chunkOf[k]; c >= 0 {
			ch := x.chunks[c]
			if ch.first != k || ch.kind != namePerson || len(ch.title) == 0 || len(ch.keys) < 2 || ch.poss {
				break
			}
			return ref{kind: refChunk, para: x.index, tok: k, chunk: c, source: -1}, ch.last + 1, true
		}
		t := x.toks[k]
		if t.cap || boundaryWords[t.key] || x.verbAt(k) != 0 || x.isAdverb(k) {
			break
		}
		k++
	}
	return ref{}, k, false
}

// nameAfterRole returns the name written straight after a description of
// a role, without commas: "Meru Capital's head of research Aditya
// Khandelwal", "the team's coach Dwayne Oakes". end is the index after
// the description; the name may follow a short "of" or "for" phrase of
// lower-case words that finishes the role.
//
// A body's kind before its name works the same way: "Aid agency Safe
// Harvest International warned", "palm oil company Sumber Hijau
// Plantations said".
func (x *para) nameAfterRole(r ref, end, u, limit int) (ref, int, bool) {
	if r.kind == refDesc && r.source < 0 && !r.definite && r.pron == "" && (orgHeads[r.head] || corporateHeads[r.head]) {
		if c := x.chunkOf[min(end, len(x.toks)-1)]; end < limit && x.word(end, u) && c >= 0 && x.chunks[c].first == end {
			if ch := x.chunks[c]; !ch.poss && !ch.place && ch.kind != namePerson && (ch.kind == nameOrg || len(ch.keys) >= 2) {
				return ref{kind: refChunk, para: x.index, tok: end, chunk: c, source: -1}, ch.last + 1, true
			}
		}
		return ref{}, end, false
	}
	if r.kind == refDesc && !r.definite && ageModifier(r.head) {
		// "said 14-year-old Ellie": an age before a name is the named
		// one's.
		if c := x.chunkOf[min(end, len(x.toks)-1)]; end < limit && x.word(end, u) && c >= 0 && x.chunks[c].first == end {
			if ch := x.chunks[c]; !ch.poss && !ch.place && ch.kind != nameOrg {
				return ref{kind: refChunk, para: x.index, tok: end, chunk: c, source: -1}, ch.last + 1, true
			}
		}
	}
	if r.kind != refDesc || r.source >= 0 || !(roleHeads[r.head] || titles[r.head] || epithets[r.head] || isPeopleNoun(r.head)) {
		return ref{}, end, false
	}
	k := end
	if (x.key(k) == "of" || x.key(k) == "for") && x.word(k, u) {
		k++
		for n := 0; n < 3 && k < limit && x.word(k, u) && !x.toks[k].cap && x.chunkOf[k] < 0 &&
			!boundaryWords[x.key(k)] && x.verbAt(k) == 0; n++ {
			k++
		}
		if k == end+1 {
			return ref{}, end, false
		}
	}
	if k == end && adjectiveTitles[r.head] && k+1 < limit && x.word(k, u) && !x.toks[k].cap && x.chunkOf[k] < 0 && x.chunkOf[k+1] >= 0 {
		k++ // "Former international Tamsin Achebe-Lloyd": the noun the title qualifies
	}
	if k >= limit || !x.word(k, u) {
		return ref{}, end, false
	}
	c := x.chunkOf[k]
	if c < 0 || x.chunks[c].first != k {
		return ref{}, end, false
	}
	ch := x.chunks[c]
	if ch.kind == nameOrg || ch.poss || ch.place || ch.kind != namePerson && len(ch.keys) < 2 {
		return ref{}, end, false
	}
	return ref{kind: refChunk, para: x.index, tok: k, chunk: c, source: -1}, ch.last + 1, true
}

// adjectiveTitles are titles that qualify the noun after them: "former
// international", "acting head".
var adjectiveTitles = set(`former late acting interim`)

// appositive returns the keys of the words of a description set off
// after a name, which describe the person as a title does: "Chuck
// Schumer, a New York Democrat," gives new, york, democrat.
func (x *para) appositive(c chunk) []string {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",") || i+1 >= len(x.toks) {
		return nil
	}
	relative := false
	if x.key(i+1) == "who" {
		// "Jens Brandt, who remains Nordhavn's chairman,": the clause
		// describes as an appositive does.
		switch n := x.key(i + 2); {
		case n == "is" || n == "was" || n == "remains" || n == "remained" || n == "became" || n == "becomes":
			i, relative = i+2, true
		case (n == "has" || n == "had") && x.key(i+3) == "been",
			(n == "serves" || n == "served") && x.key(i+3) == "as":
			i, relative = i+3, true
		default:
			return nil
		}
	}
	if i+1 >= len(x.toks) {
		return nil // "Ella Price, who was" ends the paragraph
	}
	switch k := x.key(i + 1); {
	case relative && x.toks[i+1].kind == word && (x.toks[i+1].cap || !stopwords[k]):
	case k == "a" || k == "an" || k == "the" || k == "his" || k == "her" || k == "their" || k == "its":
	case x.toks[i+1].kind == word && !x.toks[i+1].cap && isTitleKey(k):
	case x.word(i+1, x.toks[i].unit) && !x.toks[i+1].cap && !stopwords[k] && x.verbAt(i+1) == 0 &&
		x.word(i+2, x.toks[i].unit) && !x.toks[i+2].cap && isTitleKey(x.key(i+2)):
		// "Nadia Kowalczyk-Brown, joint administrator and a partner at
		// Grenfell Rowe,"
	case x.toks[i+1].kind == word && isTitleKey(k) && x.key(i+2) == "of":
		// "Miriam Ashcroft, Dean of Ellsmoor,": an office in capitals
	case x.toks[i+1].kind == word && x.toks[i+1].poss:
		// "Renata Lobo, Costa’s agent,"
	default:
		return nil
	}
	var keys []string
	for k := i + 1; k < len(x.toks) && k < i+12; k++ {
		t := x.toks[k]
		if t.kind != word || t.unit != x.toks[i].unit || relative && (t.key == "and" || t.key == "whose" || t.key == "who" || t.key == "which") {
			break
		}
		if !relative && k > i+2 && x.verbAt(k) == finite && x.key(k+1) != "to" {
			// "Asked whether he had confidence in Aaslund, the minister
			// said:": the phrase is the subject of the sentence, not a
			// description of the name before the comma.
			return nil
		}
		if t.poss && k > i+1 {
			continue // "Sasha Grunwald, the governor’s spokesperson," is no governor
		}
		keys = append(keys, t.key)
	}
	return keys
}

// asRole returns the role a description set off after a name gives the
// person with "as" and a noun: "Johan Ekdahl-Ferm, the Social Democrat
// who steered the file through Parliament as rapporteur," is the
// rapporteur. The noun ends the description, a people's noun after "as"
// and at most two words more.
func (x *para) asRole(c chunk) []string {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",") {
		return nil
	}
	u := x.toks[i].unit
	for k := i + 1; k < len(x.toks) && k < i+24; k++ {
		t := x.toks[k]
		if t.unit != u || t.kind == quoted {
			return nil
		}
		if t.kind == punct {
			return nil
		}
		if t.key != "as" {
			continue
		}
		e := k + 1
		for e < len(x.toks) && e <= k+3 && x.word(e, u) {
			e++
		}
		if e == k+1 || e-1 > k+3 || !x.isPunct(e, ",") && !x.isPunct(e, ".") {
			return nil
		}
		head := x.key(e - 1)
		if !isPeopleNoun(head) || pluralDesc(head) {
			return nil
		}
		return []string{head}
	}
	return nil
}

// appointedAs returns the head noun of the role a sentence says the
// person it opens with was given, or nil: "Fiona Redgrave, of insolvency
// firm Kestle Mercer Advisory, was appointed joint administrator on
// Friday" gives administrator.
func (x *para) appointedAs(c chunk) []string {
	u := x.toks[c.first].unit
	if c.poss || c.first != x.ustart[u] {
		return nil
	}
	k := c.last + 1
	if x.isPunct(k, ",") {
		// Skip what is set off after the name.
		e := k + 1
		for e < len(x.toks) && e < k+12 && x.toks[e].unit == u && !x.isPunct(e, ",") {
			e++
		}
		if !x.isPunct(e, ",") {
			return nil
		}
		k = e + 1
	}
	if !x.word(k, u) || x.key(k) != "was" && x.key(k) != "is" && x.key(k) != "has" && x.key(k) != "had" {
		return nil
	}
	k++
	if x.key(k) == "been" {
		k++
	}
	if !x.word(k, u) || !appointVerbs[x.key(k)] {
		return nil
	}
	k++
	if x.key(k) == "as" {
		k++
	}
	if determiners[x.key(k)] {
		k++
	}
	head := ""
	for n := 0; n < 4 && x.word(k, u) && !x.toks[k].cap && x.chunkOf[k] < 0; n++ {
		if prepositions[x.key(k)] || boundaryWords[x.key(k)] {
			break
		}
		head = x.key(k)
		k++
	}
	if head == "" || !isPeopleNoun(head) || pluralDesc(head) {
		return nil
	}
	return []string{head}
}

// appointVerbs give someone a role: "was appointed joint administrator".
var appointVerbs = set(`appointed named elected installed made`)

// kinBefore returns the kin noun written right before the name c, with
// no comma, after a possessive and at most one word of age: "Their son
// Kit", "and his son Bilal Ashraf", "Ashraf’s elder daughter Sana"; or "".
func (x *para) kinBefore(c chunk) string {
	b := c.first - 1
	if c.title != nil || b <= 0 || !x.word(b, x.toks[c.first].unit) || x.toks[b].cap {
		return ""
	}
	k := x.key(b)
	if kinGender([]string{k}) == 0 {
		return ""
	}
	p := b - 1
	if ageWords[x.key(p)] && x.word(p, x.toks[c.first].unit) {
		p--
	}
	if p < 0 || possessivePronouns[x.key(p)] == "" && !x.toks[p].poss {
		return ""
	}
	return k
}

// parentEpithet returns the gender of a parent or grandparent described
// by the number of their children, as popular papers describe people
// ("dad-of-three", "mum-of-two", "gran-of-five"), or 0 for any other
// word. Like an age, such an epithet marks someone just named.
func parentEpithet(key string) byte {
	kin, n, ok := strings.Cut(key, "-of-")
	if !ok || !counts[n] && strings.Trim(n, "0123456789") != "" {
		return 0
	}
	return epithetKin[kin]
}

// epithetKin are the nouns for parents and grandparents that open an
// epithet, with their gender.
var epithetKin = map[string]byte{
	"dad": 'm', "father": 'm', "grandfather": 'm', "grandad": 'm', "granddad": 'm', "grandpa": 'm',
	"mum": 'f', "mom": 'f', "mother": 'f', "grandmother": 'f', "gran": 'f', "nan": 'f', "granny": 'f', "grandma": 'f', "nana": 'f',
}

// ageWords tell a relative's age among siblings: "his older brother".
var ageWords = set(`older elder oldest eldest younger youngest big little twin`)

// preAppositive returns the keys of a description set off by a comma right
// before a name, which describe the person as a title does: "his agent,
// Renata Lobo" gives agent; "The company’s chief executive, Priya Raman"
// gives chief, executive; "her husband, Walter" gives husband.
func (x *para) preAppositive(c chunk) []string {
	k := c.first - 1
	if n := x.chunkOf[min(c.last+2, len(x.toks)-1)]; c.kind != namePerson && x.isPunct(c.last+1, ",") && n >= 0 && x.chunks[n].first == c.last+2 && x.chunks[n].kind == namePerson {
		return nil // "of the Federal Medical Centre, Abeokuta, Dr Ada Obi,": the town, not the holder
	}
	if len(c.title) > 0 && !allHonorifics(c.title) {
		if k <= 0 || !x.word(k, x.toks[c.first].unit) || x.key(k) != "the" && x.key(k) != "a" && x.key(k) != "an" {
			return nil
		}
		k-- // "The jury chair, the historian Clemency Hartigan,"
	}
	if !x.isPunct(k, ",") || k == 0 {
		return nil
	}
	u := x.toks[k].unit
	if ci := x.chunkOf[k-1]; ci >= 0 && x.chunks[ci].last == k-1 && x.chunks[ci].kind != namePerson && !x.chunks[ci].poss && len(x.chunks[ci].title) == 0 {
		// "The Chief Medical Director of the Federal Medical Centre,
		// Abeokuta, Dr Ada Obi,": the town the body is in.
		if f := x.chunks[ci].first; f >= 2 && x.isPunct(f-1, ",") && x.chunkOf[f-2] >= 0 && x.chunks[x.chunkOf[f-2]].kind == nameOrg {
			k = f - 1
		}
	}
	if ci := x.chunkOf[k-1]; ci >= 0 && x.chunks[ci].last == k-1 && x.chunks[ci].kind != namePerson && len(office(x.placesTitle(ci))) > 0 {
		// "The governor of Texas, Ana Ruiz,": the office before "of";
		// "The MP for Haddleton and Skelby, Rhiannon Cole-Matthews,".
		return slices.Clone(office(x.placesTitle(ci)))
	}
	k = x.portfolioStart(k, u)
	var keys []string
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		t := x.toks[m]
		if t.kind != word || t.unit != u {
			return nil
		}
		switch {
		case t.poss && t.cap && x.chunkOf[m] >= 0 && x.chunks[x.chunkOf[m]].kind != namePerson:
			// "England’s captain, Tom Ashworth,": the captain of England,
			// whom "the England captain" means.
			keys = append(keys, t.key)
			slices.Reverse(keys)
			return keys
		case determiners[t.key] && t.key != "one" && m >= 1 && x.ustart[u] == m-1 && phrasePrepositions[x.key(m-1)]:
			return nil // "Down the hall, Nasra Abdikarim-Lund keeps": a place, not an office
		case determiners[t.key] && t.key != "one" || t.poss:
			slices.Reverse(keys)
			return keys
		case len(keys) > 0 && x.chunkOf[m] >= 0 && x.chunks[x.chunkOf[m]].last == m && x.chunks[x.chunkOf[m]].kind != namePerson &&
			len(x.chunks[x.chunkOf[m]].title) == 0 && !t.poss:
			// "A Treasury minister, Lucy Dorrington-Vale,": the body the
			// office is in.
			ch := x.chunks[x.chunkOf[m]]
			for n := len(ch.keys) - 1; n >= 0; n-- {
				keys = append(keys, ch.keys[n])
			}
			m = ch.first
			continue
		case len(keys) == 0 && x.chunkOf[m] >= 0 && x.chunks[x.chunkOf[m]].last == m && (x.chunks[x.chunkOf[m]].kind == nameOther &&
			len(x.chunks[x.chunkOf[m]].title) == 0 || len(x.chunks[x.chunkOf[m]].keys) == 1) && titles[t.key] && !t.poss:
			// "Scotland's Transport Minister, Fiona Drysdale,": an office
			// in capitals, taken for a name; "The local MP, Rachel
			// Amadi,": one in initials, taken for a body's.
			ch := x.chunks[x.chunkOf[m]]
			for n := len(ch.keys) - 1; n >= 0; n-- {
				keys = append(keys, ch.keys[n])
			}
			m = ch.first
			continue
		case t.cap && titles[t.key] && (x.key(m+1) == "of" || x.key(m+1) == "for") && x.key(c.last+1) != "and":
			// "Ghana’s Minister of Tourism, Arts and Culture, Efua
			// Boatemaa Danquah,": the office in capitals.
		case t.cap && !unitInitial(x.toks, m) || boundaryWords[t.key] || stopwords[t.key] || x.verbAt(m) != 0 || x.chunkOf[m] >= 0:
			return nil
		}
		keys = append(keys, t.key)
	}
	return nil
}

// placesTitle returns the title of chunk ci, or when it has none and ends
// a list of names joined by "and", the title of the list's first name:
// "MP for" in "The MP for Haddleton and Skelby".
func (x *para) placesTitle(ci int) []string {
	c := x.chunks[ci]
	for len(c.title) == 0 && c.first >= 2 && x.key(c.first-1) == "and" && x.word(c.first-1, x.toks[c.first].unit) {
		p := x.chunkOf[c.first-2]
		if p < 0 || x.chunks[p].last != c.first-2 || x.chunks[p].kind == namePerson {
			return nil
		}
		c = x.chunks[p]
	}
	return c.title
}

// portfolioStart returns where the portfolio of an office begins, the
// "for" or "of" after the title, when the words before the comma toks[k]
// list one: "minister for tourism, arts and culture,", "Minister of
// Tourism, Arts and Culture,". Otherwise it
// returns k.
func (x *para) portfolioStart(k, u int) int {
	list := false // "arts and culture", "trade, industry"
	for m := k - 1; m >= 1 && m >= k-12; m-- {
		t := x.toks[m]
		switch {
		case x.isPunct(m, ","), t.key == "and":
			list = true
		case t.kind != word || t.unit != u || x.verbAt(m) != 0 || x.chunkOf[m] >= 0 && x.chunks[x.chunkOf[m]].kind == namePerson:
			return k
		case (t.key == "for" || t.key == "of") && titles[x.key(m-1)] && x.word(m-1, u):
			d := m - 2
			for t.key == "of" && d >= 0 && d >= m-4 && x.word(d, u) && !x.toks[d].cap && !x.toks[d].poss && !determiners[x.key(d)] && (titles[x.key(d)] || x.modifier(d)) {
				d-- // "the provincial chief inspector of mines,"
			}
			if list || d >= 0 && (x.toks[d].poss || determiners[x.key(d)]) {
				// "Senegal's minister of communications,", "the
				// provincial chief inspector of mines,": the office, not
				// "lead bishop for safeguarding", another title.
				return m
			}
			return k
		}
	}
	return k
}

// demonymChunk reports whether a name of several words starting at
// toks[j] ends in a demonym: "the 31-year-old Northern Irishman".
func (x *para) demonymChunk(j int) bool {
	c := x.chunkOf[j]
	if c < 0 || x.chunks[c].first != j || x.chunks[c].kind == namePerson {
		return false
	}
	keys := x.chunks[c].keys
	return len(keys) > 1 && demonym.Is(keys[len(keys)-1])
}

// partyDesc reads "the Louisiana Republican", "a New York Democrat" or
// "another Labour MP" — a capitalised description of a person after a
// determiner — as a description rather than a name.
func (x *para) partyDesc(c int) (ref, bool) {
	ch := x.chunks[c]
	last, mods := ch.keys[len(ch.keys)-1], ch.keys[:len(ch.keys)-1]
	office := false
	if k := x.key(ch.last); ch.last > ch.first && k != last && roleHeads[k] {
		// "the Scottish Labour MP": an office after the name of the
		// party or the place it is held for.
		last, mods, office = k, ch.keys, true
	}
	d := ch.first - 1
	if !partyNouns[last] && !((roleHeads[last] || demonym.Is(last)) && (len(ch.keys) > 1 || office)) || d < 0 || x.toks[d].kind != word {
		return ref{}, false
	}
	if slices.Contains(ch.keys, "of") {
		return ref{}, false // "the Office of the President" is a body's name
	}
	if typ, ok := entity.Listed(ch.name); ok && typ == entity.Org && !office {
		return ref{}, false // "the Health and Safety Executive"
	}
	if entity.ExecutiveBody(ch.keys) && !office {
		return ref{}, false // "the Health Service Executive"
	}
	// "the chamber's top Republican": modifiers and a possessive noun
	// may stand between the determiner and the name.
	for k := d; k > d-3 && k > 0 && x.word(k, x.toks[d].unit) && (x.modifier(k) || x.toks[k].poss && !x.toks[k].cap && x.chunkOf[k] < 0); k-- {
		if determiners[x.key(k-1)] {
			d = k - 1
			break
		}
	}
	switch x.toks[d].key {
	case "the", "a", "an", "another", "one":
	default:
		return ref{}, false
	}
	r := ref{kind: refDesc, para: x.index, tok: d, chunk: -1, source: -1, head: last, definite: x.toks[d].key == "the"}
	r.caps = append(r.caps, ch.title...)
	r.caps = append(r.caps, mods...)
	return r, true
}

// modifies reports whether the word at toks[end] continues a noun phrase
// that a name before it modifies: "Mexican officials", "Heritage
// Foundation report".
func (x *para) modifies(end, u, limit int) bool {
	if end >= limit || !x.word(end, u) {
		return false
	}
	t := x.toks[end]
	if t.cap || reportVerbs[t.key] == finite {
		return false
	}
	return docHeads[t.key] || roleHeads[t.key] || orgHeads[t.key] || titles[t.key] || isPeopleNoun(t.key)
}

// descAt parses a description starting at toks[i]: an optional
// determiner, modifiers (names among them) and a head noun, then a name
// after "from", "by", "of", "at" or "for": "the Mexican president", "a
// report from the Heritage Foundation", "the Heritage Foundation report".
func (x *para) descAt(i, u, limit int) (ref, int, bool) {
	r := ref{kind: refDesc, para: x.index, tok: i, chunk: -1, source: -1}
	j := i
	if x.word(j, u) && j < limit && determiners[x.key(j)] && x.chunkOf[j] < 0 {
		switch k := x.key(j); {
		case k == "that" && quantifiers[x.key(j+1)]:
			// "warned that any teacher who reported would be": a
			// conjunction before a description of no one in particular.
		case k == "the" || k == "this" || k == "that" || k == "these" || k == "those":
			r.definite = true
		default:
			r.pron = possessivePronouns[k]
		}
		j++
		if x.key(j-1) == "another" && x.verbAt(j) == finite && x.anotherSpeaks(j-1) {
			// "“…?” another called out": one more of those just
			// heard, not named.
			r.head = "another"
			return r, j, true
		}
	}
	head := -1
	for n := 0; j < limit && (x.word(j, u) || x.placeComma(j) || x.basedHyphen(j)) && n < 7; n++ {
		if x.placeComma(j) {
			j++ // "the Columbus, Ohio-based company"
			continue
		}
		if x.basedHyphen(j) {
			// "the Charlotte, N.C.-based bank": the place is where it is
			// based, as "Ohio-based" says in one word.
			if len(r.caps) > 0 {
				r.caps[len(r.caps)-1] += "-" + x.key(j+1)
			}
			j += 2
			continue
		}
		t := x.toks[j]
		if c := x.chunkOf[j]; c >= 0 {
			ch := x.chunks[c]
			if j > i && ch.first == j && ch.kind == namePerson && slices.ContainsFunc(ch.title, func(t string) bool { return !formerWords[t] }) && len(ch.keys) >= 2 && !ch.poss {
				// A titled person ends the phrase: "Kestrel mission
				// manager Dr. Evelyn Marchetti". "Former" is no title:
				// "a former Kestrel Bay employee".
				return ref{kind: refChunk, para: x.index, tok: j, chunk: c, source: -1}, ch.last + 1, true
			}
			if r.chunk < 0 {
				r.chunk = c
			}
			r.caps = append(r.caps, ch.title...)
			r.caps = append(r.caps, ch.keys...)
			j = ch.last + 1
			head = -1
			continue
		}
		if x.turned(head, j, u) {
			j++ // "the former driver turned broadcaster Niall Fennimore"
			continue
		}
		if descOrdinals[t.key] && j > i && determiners[x.key(j-1)] && x.word(j+1, u) && headNoun(x.key(j+1)) {
			j++ // "the first officer", "the third umpire"
			continue
		}
		if boundaryWords[t.key] || x.isAdverb(j) || x.verbAt(j) != 0 || determiners[t.key] && j > i {
			break
		}
		if _, ok := pronouns[t.key]; ok {
			break
		}
		if j > i && x.chunkOf[j-1] >= 0 && !t.cap && x.word(j+1, u) && (objectOpeners[x.key(j+1)] || pastTense(t.key) && x.key(j+1) != "by") {
			// "The Commission filed a …", "The MTR Corporation suspended
			// services": a word between a name and an article, or in the
			// past tense, is a verb, not a noun the name modifies.
			break
		}
		if h := x.key(head); head == j-1 && head >= 0 && !t.cap && (maleKin[h] || femaleKin[h] || personNouns[h]) && (pastTense(t.key) || irregularPast[t.key]) {
			break // "Her husband nodded", "His wife put an arm around him": a verb
		}
		if head == j-1 && head >= 0 && !t.cap && bareAfterPlural(x.key(head), t.key) {
			// "Third-party batteries trigger a warning": a bare word
			// after a plural noun is its verb, unless it names a role or
			// a body ("sales manager", "parts supplier").
			break
		}
		if t.cap && !unitInitial(x.toks, j) {
			r.caps = append(r.caps, t.key)
		}
		if head >= 0 && ageModifier(x.key(head)) {
			r.aged = true
		}
		head = j
		j++
		if t.poss {
			head = -1
			continue
		}
		if x.key(j) == "and" && j < limit && (titles[t.key] || roleHeads[t.key]) && x.word(j+1, u) && !r.definite {
			// "co-founder and CEO Theo Marchand-Okafor": two offices of
			// the one person named after them.
			if n, e, ok := x.descAt(j+1, u, limit); ok && n.kind == refChunk && x.chunks[n.chunk].kind == namePerson && len(x.chunks[n.chunk].title) > 0 {
				return n, e, true
			}
		}
		// A noun for a speaker ends the phrase unless another follows:
		// "protesters held signs", but "press secretary", "the
		// council’s official account replied".
		// A demonym may follow too: "the veteran Scot".
		if headNoun(t.key) && !(j < limit && x.word(j, u) && (!x.toks[j].cap && headNoun(x.key(j)) || x.accountSpeaks(j) || t.key == "voice" && x.nounAt(j) || demonym.Is(x.key(j)) || x.demonymChunk(j) || x.lastNounBefore(j))) && !x.headAhead(j, u, limit) && !x.turned(head, j, u) &&
			!x.titledPersonAt(j, limit) {
			break
		}
	}
	if head < 0 {
		if r.chunk >= 0 && j > i {
			// "the White House": a name after a determiner.
			if ch := x.chunks[r.chunk]; !ch.poss && ch.last+1 == j {
				if d, ok := x.partyDesc(r.chunk); ok {
					return d, j, true
				}
				return ref{kind: refChunk, para: x.index, tok: ch.first, chunk: r.chunk, source: -1}, j, true
			}
		}
		return ref{}, i, false
	}
	r.head = x.key(head)
	if ageModifier(r.head) || parentEpithet(r.head) != 0 {
		r.aged = true // "The 29-year-old said", "the dad-of-three said"
	}
	if spokesHeads[r.head] && head > i && !x.toks[head-1].cap && orgHeads[x.key(head-1)] {
		r.org = x.key(head - 1) // "a council spokesperson"
	}
	if subBodyHeads[r.head] {
		// "the council's licensing committee", "the airline's board".
		k := head - 1
		if k > i && !x.toks[k].poss && !x.toks[k].cap {
			k--
		}
		if k >= i && x.toks[k].poss && !x.toks[k].cap && (orgHeads[x.key(k)] || corporateHeads[x.key(k)]) && !subBodyHeads[x.key(k)] {
			r.org = x.key(k)
		}
		if x.key(j) == "of" && boardMembers[x.key(j+1)] && x.key(j+2) == "of" && x.word(j+2, u) && j+2 < limit {
			j += 2 // "the board of trustees of the Drumlochy School of Percussion"
		}
	}
	if (isDocHead(r.head) || r.head == "account") && r.chunk >= 0 && siteText(x.chunks[r.chunk], r.head) {
		r.chunk = -1 // "the parish council’s own Facebook page": the site is no one's voice
	}
	if isDocHead(r.head) || r.head == "account" {
		// "the bank’s statement", "the agency's annual report", "the
		// company’s official account", "the union’s November letter",
		// "the school’s Instagram account".
		k := head - 1
		for k > i && k >= head-2 && (x.modifier(k) || (months[x.key(k)] || platforms[x.key(k)] && x.toks[k].cap) && x.toks[k].kind == word) {
			k--
		}
		if k >= i && x.toks[k].poss && !x.toks[k].cap && (orgHeads[x.key(k)] || corporateHeads[x.key(k)]) {
			r.org = x.key(k)
		} else if o := x.staffOwner(i, head); o >= 0 {
			// "A council planning officers’ report": the body the
			// article names, as in "a report by council officers".
			r.org, r.definite = x.key(o), true
		}
	}
	// "a report published by X", "the study, released by X on Monday,".
	by := j
	if isDocHead(r.head) {
		k := j
		if x.isPunct(k, ",") {
			k++
		}
		// A text its owner names before it is theirs, whoever posted
		// it: "Halcyon’s recall filing, posted Monday by the National
		// Highway Traffic Safety Administration".
		var b int
		if owned := r.chunk >= 0 && x.chunks[r.chunk].poss || r.org != ""; owned {
			b = x.issuedBy(k)
		} else {
			b = x.sourceBy(k, u) // which tries issuedBy first
		}
		if b <= 0 && k == j {
			b = x.aboutBy(k, u) // "The review of Castlebrook General Hospital, led by"
		}
		if x.word(k, u) && b > 0 && b < limit {
			by = b
		} else if k > j && x.key(k) == "from" {
			by = k // "One letter, from eight-year-old Zara, reads:"
		}
	}
	if x.key(by) == "by" {
		// "the memo, sent by Meridian's vice president, Gerald Stanek,".
		if c := x.agent(by+1, u); c >= 0 && x.chunks[c].first < limit {
			r.source = c
			r.caps = append(r.caps, x.chunks[c].keys...)
			end := x.chunks[c].last + 1
			if e := x.staffEnd(end, u); x.chunks[c].poss && e > 0 && e <= limit {
				end = e // "the report by Dunmarrow Council’s planning officers said"
			}
			return r, end, true
		}
	}
	switch x.key(by) {
	case "from", "by", "of", "at", "for", "in":
		if x.key(by) == "in" && !printedIn[r.head] {
			break // "an official in the capital", "the ruling in Roe v. Wade"; but "an editorial in the Tribune"
		}
		if x.key(by) == "for" && isDocHead(r.head) && r.chunk >= 0 && x.chunks[r.chunk].poss {
			break // "Lumora’s product pages for Hearth": the owner's, not what they are for
		}
		k := by + 1
		if x.key(k) == "the" {
			k++
		}
		k = x.skipSourceModifiers(k, u, limit)
		if k < limit && x.word(k, u) {
			if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first <= k {
				ch := x.chunks[c]
				r.source = c
				r.caps = append(r.caps, ch.keys...)
				j = ch.last + 1
			} else if spokesHeads[r.head] && x.key(by) == "for" && !x.toks[k].cap && orgHeads[x.key(k)] {
				r.org = x.key(k) // "a spokesperson for the union"
				j = k + 1
			} else if isDocHead(r.head) && (x.key(by) == "from" || x.key(by) == "by") && x.key(by+1) == "the" && !x.toks[k].cap && (orgHeads[x.key(k)] || corporateHeads[x.key(k)]) {
				// "a statement from the club", "a report published by
				// the authority": the body is the one the article
				// names, as in "the club's statement".
				r.org, r.definite = x.key(k), true
				j = k + 1
			} else if e := x.staffEnd(k+1, u); isDocHead(r.head) && x.key(by) == "by" && k == by+1 && !x.toks[k].cap && (orgHeads[x.key(k)] || corporateHeads[x.key(k)]) && e > 0 && e <= limit {
				// "a report by council officers": the body the article
				// names, whose staff wrote it.
				r.org, r.definite = x.key(k), true
				j = e
			} else if e := x.unnamedBodyEnd(by+1, u, limit); e > 0 && x.key(by) != "in" {
				// "a reporter from a local radio station asked": a body
				// the article does not name, which names no one.
				j = e
			}
		}
	}
	return r, j, true
}

// staffOwner returns the index of the noun for the body whose staff own
// the text at toks[head], written in toks[i:head] before them, or -1: "A
// council planning officers’ report" is the council's. Inspectors,
// auditors and investigators are not the staff of what they look into:
// "A school inspectors' report" is not the school's.
func (x *para) staffOwner(i, head int) int {
	if head >= len(x.toks) {
		return -1
	}
	u := x.toks[head].unit
	k := head - 1
	if k < i || !x.word(k, u) || !x.toks[k].poss || x.toks[k].cap || !officerNouns[x.key(k)] && !ownStaff[x.key(k)] {
		return -1
	}
	for b := k - 1; b >= i && b >= k-2 && x.word(b, u) && !x.toks[b].cap && !x.toks[b].poss; b-- {
		if orgHeads[x.key(b)] || corporateHeads[x.key(b)] {
			return b
		}
	}
	return -1
}

// staffNoun reports whether toks[j] is the noun that staffOwner finds for
// a text one or two words after its staff's possessive: "council" in "A
// council planning officers’ report".
func (x *para) staffNoun(j int) bool {
	return x.staffOwner(j, j+2) == j || x.staffOwner(j, j+3) == j
}

// ownStaff, with officerNouns, are a body's own staff before its text:
// "union officials' report".
var ownStaff = set(`officials researchers scientists`)

// boardMembers name who sits on a board, between it and the body it
// governs: "the board of trustees of".
var boardMembers = set(`trustees directors governors regents management supervisors commissioners visitors`)

// issuedBy returns the index of "by" after a verb of issuing a text at
// toks[k], "published by", "carried out by", or of the "of" of "on behalf
// of" ("signed on behalf of"), past whom the text was for
// ("carried out for the council by"), or of the "from" that follows who
// commissioned it ("commissioned by the trust from"); or -1.
func (x *para) issuedBy(k int) int {
	v := k // the verb's last word
	if x.key(k) == "carried" && x.key(k+1) == "out" {
		v = k + 1
	}
	u := x.toks[min(k, len(x.toks)-1)].unit
	switch {
	case (issueVerbs[x.key(k)] || v > k) && x.key(v+1) == "for":
		// "an assessment carried out for the council by Marsden
		// Acoustics", "prepared for the railroad by Keystone": past
		// whom it was for.
		if e := x.addresseeEnd(v+2, u); e > 0 && x.key(e) == "by" {
			return e
		}
	case x.key(k) == "commissioned" && x.key(k+1) == "by":
		// "A report commissioned by the trust from the consultants
		// Harrowgate Marine": who wrote it follows "from".
		if e := x.addresseeEnd(k+2, u); e > 0 && x.key(e) == "from" {
			return e
		}
	}
	switch {
	case issueVerbs[x.key(k)] && x.key(k+1) == "by":
		return k + 1
	case issueVerbs[x.key(k)] && x.key(x.whenPhrase(k+1)) == "by":
		return x.whenPhrase(k + 1) // "a report released last month by Charity Retail Aotearoa"
	case x.key(k) == "carried" && x.key(k+1) == "out" && x.key(k+2) == "by":
		return k + 2 // "the review, carried out by the law firm Harcourt Lane,"
	case issueVerbs[x.key(k)] && x.key(k+1) == "on" && x.key(k+2) == "behalf" && x.key(k+3) == "of":
		return k + 3 // "a letter signed on behalf of the residents' association"
	}
	return -1
}

// whenPhrase returns the index after a short phrase of time at toks[k],
// "last month", "on Monday", "in March 2024", or k when there is none.
func (x *para) whenPhrase(k int) int {
	u := x.toks[min(k, len(x.toks)-1)].unit
	j := k
	if w := x.key(j); w == "on" || w == "in" || w == "last" || w == "this" || w == "earlier" {
		j++
	} else {
		return k
	}
	for n := 0; n < 3 && x.word(j, u) && whenWord(x.key(j)); n++ {
		j++
	}
	if j == k+1 && x.key(k) != "earlier" {
		return k
	}
	return j
}

// whenWord reports whether key can stand in a phrase of time: a day, a
// month, a year, a span.
func whenWord(key string) bool {
	return weekdays[key] || months[key] || spanNouns[key] || spanDeterminers[key] || isNumber(key)
}

// unnamedBodyEnd returns the index after a body described but not named
// at toks[k]: "a", "an" or "one", up to three plain words and the noun for
// a body, "a local radio station", "an engineering firm"; or -1.
func (x *para) unnamedBodyEnd(k, u, limit int) int {
	switch x.key(k) {
	case "a", "an", "one":
	default:
		return -1
	}
	for j := k + 1; j < limit && j <= k+4 && x.word(j, u); j++ {
		t := x.toks[j]
		if t.cap || t.poss || x.chunkOf[j] >= 0 || stopwords[t.key] || x.verbAt(j) != 0 {
			return -1
		}
		if (orgHeads[t.key] || corporateHeads[t.key]) && !(x.word(j+1, u) && (orgHeads[x.key(j+1)] || corporateHeads[x.key(j+1)])) {
			return j + 1
		}
	}
	return -1
}

// lastNounBefore reports whether toks[j] is a lower-case word that a
// person's name set off by commas follows, so that it ends the
// description however rare the noun: "the chief steward, Lorraine
// Achterberg,".
func (x *para) lastNounBefore(j int) bool {
	t := x.toks[j]
	return t.kind == word && !t.cap && !stopwords[t.key] && !boundaryWords[t.key] && x.chunkOf[j] < 0 && x.verbAt(j) == 0 && x.personSetOffAt(j+1)
}

// turned reports whether toks[j] is "turned" joining the noun at
// toks[head] to the role or the name that follows: "lawyer turned
// novelist", "the former driver turned broadcaster Niall Fennimore".
func (x *para) turned(head, j, u int) bool {
	if head < 0 || head != j-1 || x.key(j) != "turned" || !headNoun(x.key(head)) || !x.word(j+1, u) {
		return false
	}
	person := func(k int) bool {
		return x.word(k, u) && x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].kind == namePerson
	}
	return !x.toks[j+1].cap && headNoun(x.key(j+1)) || person(j+1) ||
		!x.toks[j+1].cap && person(j+2) // "turned pundit Niall Fenn"
}

// bodyBeforePlace returns the chunk of the body whose name comes right
// before the phrase of place that ends at toks[k], "Conservation Center
// in southwestern China", or -1.
func (x *para) bodyBeforePlace(k, start int) int {
	c := x.chunkOf[max(k, 0)]
	if k < start || c < 0 || x.chunks[c].last != k || !x.chunks[c].place || x.chunks[c].poss {
		return -1
	}
	u := x.toks[k].unit
	p := x.chunks[c].first - 1
	for n := 0; n < 2 && p > start && x.word(p, u) && !x.toks[p].cap && !prepositions[x.key(p)] && !stopwords[x.key(p)] && x.verbAt(p) == 0; n++ {
		p-- // "southwestern", "rural northern"
	}
	if p-1 < start || !x.word(p, u) || !placePrepositions[x.key(p)] && x.key(p) != "of" && x.key(p) != "from" {
		return -1
	}
	b := x.chunkOf[p-1]
	if b < 0 || x.chunks[b].last != p-1 || x.chunks[b].kind != nameOrg || x.chunks[b].poss || x.chunks[b].place {
		return -1
	}
	return b
}

// headAhead reports whether one or two lower-case modifiers at toks[j]
// lead to another head noun, which the phrase runs on to: "chief"
// + "operating officer", "senior" + "policy adviser".
func (x *para) headAhead(j, u, limit int) bool {
	for n := j; n < j+3 && n < limit && x.word(n, u); n++ {
		t := x.toks[n]
		if n > j && x.titledPersonAt(n, limit) {
			return true // "senior panda keeper Dana Whitford-Oyelaran": the title opens the name
		}
		if t.poss && !t.cap && (officerNouns[t.key] || staffHeads[t.key]) && n+1 < limit && x.word(n+1, u) && isDocHead(x.key(n+1)) {
			// "a council planning officers’ report", "a school
			// inspectors’ report": the report is the head, whoever's
			// staff wrote it (staffOwner).
			return true
		}
		if t.cap || t.poss || stopwords[t.key] || boundaryWords[t.key] || x.verbAt(n) != 0 || x.isAdverb(n) || x.chunkOf[n] >= 0 {
			return false
		}
		if n > j && headNoun(t.key) {
			return true
		}
	}
	return false
}

// titledPersonAt reports whether a person's name with a title of its own
// starts at toks[j], before limit: "association President Greg Tomlinson".
func (x *para) titledPersonAt(j, limit int) bool {
	c := x.chunkOf[min(j, len(x.toks)-1)]
	if j >= limit || c < 0 {
		return false
	}
	ch := x.chunks[c]
	return ch.first == j && ch.kind == namePerson && len(ch.title) > 0 && len(ch.keys) >= 2 && !ch.poss
}

// carrierLine reports whether toks[i] is "line" naming a business that
// carries people or goods: "the cruise line", "a shipping line".
func (x *para) carrierLine(i int) bool {
	return x.key(i) == "line" && i > 0 && lineKinds[x.key(i-1)]
}

// headNoun reports whether key is a noun that can head a description of a
// speaker: a person, a group, an organisation or a text.
func headNoun(key string) bool {
	return roleHeads[key] || titles[key] || personNouns[key] || orgHeads[key] || isDocHead(key) ||
		speechNouns[key] || isPeopleNoun(key) || epithets[key] || demonym.Is(key) || ageModifier(key) || parentEpithet(key) != 0
}

// relativeObject returns the last word of the phrase a relative clause
// describes when the name at toks[f] is the object of that clause's
// verb, after an article at most: "the jurors who convicted
// Whitaker-Boone", "one reader who contacted the Chronicle". The verb may
// have a particle after it and adverbs or auxiliaries before it: "the
// coach who took over the Bafana Bafana", "a fan who has since joined the
// Greens". A person named without commas may be the phrase after "who":
// "Donald Trump who attacked the Democrats". It returns -1 otherwise.
func (x *para) relativeObject(f, start int) int {
	u := x.toks[f].unit
	v := f - 1
	if x.key(v) == "the" || x.key(v) == "a" || x.key(v) == "an" {
		v--
	}
	if objectParticles[x.key(v)] && v-1 > start && x.word(v, u) && x.word(v-1, u) && !x.toks[v-1].cap && !stopwords[x.key(v-1)] && !x.isAdverb(v-1) {
		v-- // "who took over the Bafana Bafana"
	}
	if v-2 < start || !x.word(v, u) || x.toks[v].cap || stopwords[x.key(v)] || x.isAdverb(v) || subordinators[x.key(v)] {
		// No verb: "with the Chronicle", "Recall that recently the
		// Federal Government said", where "that" opens a clause whose
		// subject the name is, after an adverb or a conjunction.
		return -1
	}
	r := v - 1
	for r > start && x.word(r, u) && x.isAdverb(r) {
		r-- // "who then called", "who has joined"
	}
	rel := x.key(r)
	if rel != "who" && rel != "that" || r-1 < start || !x.word(r-1, u) {
		return -1
	}
	if c := x.chunkOf[r-1]; c >= 0 {
		if rel != "who" || x.chunks[c].last != r-1 || x.chunks[c].poss || x.chunks[c].kind != namePerson {
			return -1
		}
		if p := x.chunks[c].first - 1; p-1 >= start && prepositions[x.key(p)] && x.word(p, u) && x.word(p-1, u) && (!x.toks[p-1].cap || unitInitial(x.toks, p-1)) && x.chunkOf[p-1] < 0 {
			// "A friend of Shamima Begum who joined Islamic State
			// said": the person is the object of a preposition too; the
			// phrase before it is the subject.
			return p - 1
		}
	}
	return r - 1
}

// objectParticles follow a verb before its object: "took over the club",
// "set up the trust", "paid off the bank".
var objectParticles = set(`over up out off down back`)

// npBefore parses the phrase that ends right before the verb at toks[v],
// skipping adverbs and an appositive or relative clause set off by commas:
// "Smith, who leads the group, said".
func (x *para) npBefore(v, start int) (ref, bool) {
	if p := x.textAddressedBefore(v, start); p >= 0 {
		// "A staff report presented to the council’s parks committee
		// described": the text, not whom it went to.
		return x.npBefore(p, start)
	}
	u := x.toks[v].unit
	issuer := -1
	k := x.skipAdverbs(v-1, start)
	if c := x.chunkOf[max(k-1, 0)]; k > start && familyRanks[x.key(k)] && x.word(k, u) && !x.toks[k].cap && c >= 0 && x.chunks[c].last == k-1 &&
		!x.chunks[c].place && (x.chunks[c].kind == namePerson || hasPersonTitle(x.chunks[c].title)) {
		k-- // "Mr Pascoe senior said:"
	}
	if k-1 > start && spanNouns[x.key(k)] && !x.toks[k].cap && spanDeterminers[x.key(k-1)] && x.word(k-1, u) {
		k = x.skipAdverbs(k-2, start) // "a report released by the council this week says", "Smith earlier this month said"
	}
	if k-3 >= start && x.key(k-1) == "the" && (x.key(k-2) == "of" || x.key(k-2) == "at") && periodNouns[x.key(k)] && x.word(k-3, u) && x.toks[k-2].unit == u {
		k -= 3 // "the Colonial Office of the day described", "the governor at the time called"
	}
	if k > start && x.key(k) == "to" && x.verbAt(v) == base {
		if h := x.habitAt(k); h >= 0 {
			k = x.skipAdverbs(h-1, start) // "Her mother often used to say"
		} else if c := x.causedAt(k); c >= start {
			k = c // "prompting Jones to describe"
		}
	}
	// "Solheim and her colleagues describe": the one named.
	if b := k - 3; b >= start && teamNouns[x.key(k)] && (x.key(k-1) == "his" || x.key(k-1) == "her" || x.key(k-1) == "their") && x.key(k-2) == "and" {
		if c := x.chunkOf[b]; c >= 0 && x.chunks[c].last == b && !x.chunks[c].poss && x.chunks[c].kind != nameOrg {
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
	}
	if k >= start && x.isPunct(k, ",)—–") {
		opener := ","
		switch x.toks[k].text {
		case ")":
			opener = "("
		case "—", "–":
			opener = "—–"
		}
		if opener == "," {
			if c := x.nameBeforeParticiple(k, start); c >= 0 {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			if c := x.leadingPerson(start, k); c >= 0 {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			if o := x.openingPhrase(start, k); o >= 0 {
				// "A few steps behind, Thierry Lagarde, 61, a retired
				// train driver, said": the person after the opener.
				if c := x.leadingPerson(o+1, k); c >= 0 {
					return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
				}
			}
		}
		m := k - 1
		for m >= start && m >= k-25 && (!x.isPunct(m, opener) || opener == "," && x.placeComma(m)) && x.toks[m].kind != quoted {
			m--
		}
		if m < start || !x.isPunct(m, opener) {
			return ref{}, false
		}
		if c := x.realName(m, u); c >= 0 && x.chunks[c].last+1 == k {
			// "The rapper, whose real name is Shawn Carter, said": the
			// name its bearer goes by in law.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		// "the chief executive, Carla Mendes, said": the name set off
		// after a description is the speaker.
		n := m + 1
		if x.key(n) == "the" && n < k {
			n++ // "the state's largest union, the Keystone Education Association, said"
		}
		// "the opposition coalition, the Movement for Democratic Renewal
		// (MRD), condemned": the name ends before its short form.
		end := x.beforeShortForm(k-1, u)
		if c := x.setOffName(m+1, k); opener == "," && c >= 0 && x.chunks[c].kind != namePerson && x.describesText(m, start) {
			// "Its own 2024 study of island crossings, Lifelines at Risk,
			// warned", "A 2019 report commissioned by the guild, Bells
			// at Risk, warned": the title set off after a text's
			// description names the text; the description tells whose
			// it is.
			return x.npBefore(m, start)
		}
		if c := x.chunkOf[n]; c >= 0 && m-1 >= start && x.chunks[c].first == n && (x.chunks[c].last == end || x.placeAfter(x.chunks[c].last+1, u) == k) && !x.chunks[c].poss && !x.chunks[c].place &&
			((orgHeads[x.key(m-1)] || corporateHeads[x.key(m-1)]) && !x.toks[m-1].cap && x.chunks[c].kind != namePerson ||
				ownerHeads[x.key(m-1)] && x.chunks[c].kind == nameOrg ||
				x.chunks[c].kind == nameOrg && x.word(m-1, u) && !x.toks[m-1].cap && !stopwords[x.key(m-1)] && x.chunkOf[m-1] < 0 ||
				x.chunks[c].kind == nameOrg && determiners[x.key(start)] && (orgHeads[x.key(start+1)] || ownerHeads[x.key(start+1)]) && !x.toks[start+1].cap) {
			// "The U.N. peacekeeping mission, MONUSCO, said", "The ferry's
			// operator, Aegean Starline, said", "The landlord of the
			// former site, Quayside Estates, said", "The vessel's owner,
			// Piraeus-based Kestrel Maritime Holdings, said", "The
			// company that owns the Lomaiviti Star, Suva-based Nadroga
			// Ocean Products, said", "The bus company, Keystone Student
			// Transit of Lewistown, said", "The contractor, Brennan & Voss
			// Civil Engineering, said": the body's name set off after its
			// description.
			return ref{kind: refChunk, para: x.index, tok: n, chunk: c, source: -1}, true
		}
		if c := x.relativeAntecedent(m, start); c >= 0 && x.setOffName(m+1, k) >= 0 {
			// "Dom Oyelaran, who lifted the trophy alongside the club's
			// oldest supporter, Edna Parkinson, said": the name set off
			// ends the relative clause; its antecedent speaks.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		if c := x.chunkOf[max(k-1, 0)]; opener == "," && (x.key(m+1) == "from" || x.key(m+1) == "at") && m-1 >= start && x.word(m-1, u) &&
			!x.toks[m-1].cap && pluralDesc(x.key(m-1)) && isPeopleNoun(x.key(m-1)) && c >= 0 && x.chunks[c].last == k-1 && x.chunks[c].kind == nameOrg && !x.chunks[c].poss {
			// "The joint liquidators, from advisory firm Harcourt Lyle,
			// said": the firm they speak from.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		if c := x.setOffName(m+1, k); c >= 0 {
			// But not after a person's name: "Ann Fry, Joe Bloggs, said".
			// A title in capitals names no one: "The Chief Medical
			// Officer, Dr Ann Fry, said".
			if c0 := x.chunkOf[max(m-1, 0)]; m-1 < start || c0 < 0 || x.chunks[c0].kind != namePerson || x.chunks[c0].titleOnly() || x.prepBefore(x.chunks[c0].first, start) >= 0 {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
		}
		if c := x.setOffBody(m+1, end+1); c >= 0 && m-1 >= start && x.chunkOf[m-1] < 0 {
			// "Her agent, the Amsterdam-based agency Stride Management,
			// said": a body set off after a description, named with
			// what kind of body it is.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		// "The report, published by the Institute on Monday, said": the
		// text's source.
		if b := x.issuedBy(m + 1); b > 0 {
			if c := x.agent(b+1, u); c >= 0 && x.chunks[c].first < k {
				issuer = c
			}
		} else if rel := x.key(m + 1); opener == "," && (rel == "which" || rel == "that") {
			// "The recall notice, which Bramblewood filed with the state,
			// warns": the one the relative clause says issued it.
			if c := x.chunkOf[min(m+2, len(x.toks)-1)]; c >= 0 && x.chunks[c].first == m+2 && !x.chunks[c].poss && !x.chunks[c].place {
				if v := x.chunks[c].last + 1; v < k && x.word(v, u) && issueVerbs[x.key(v)] && !disclosureVerbs[x.key(v)] {
					issuer = c // but "The memo, which Greenpeace released," is no campaigners'
				}
			}
		}
		// "Jane Roe, deputy governor, who voted with the majority, said":
		// a relative clause after a description set off after a name. So
		// for a body: "Kestrel Pension Trustees Ltd, the scheme’s
		// trustee, which is chaired by Alan Sowerby, said".
		if rel := x.key(m + 1); (rel == "who" || rel == "whose" || rel == "which") && opener == "," && m > start && (x.chunkOf[m-1] < 0 || x.chunks[x.chunkOf[m-1]].place || x.bodyInRole(m, start)) {
			c := -1
			switch {
			case rel != "which":
				c = x.nameBeforeSetOff(m, start)
			case x.chunkOf[m-1] < 0:
				// But not a body that is a preposition's object: "Tom
				// Hale of Kestrel Holdings Ltd, the site's owner, which".
				if b := x.bodyBeforeSetOff(m, start); b >= 0 && x.prepBefore(x.chunks[b].first, start) < 0 {
					c = b
				}
			}
			if c >= 0 {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
		}
		if opener == "," && (auxiliaries[x.key(m+1)] || irregularPast[x.key(m+1)]) {
			// "Deborah Hale, whose son, Kenji, was returning home, said":
			// the set-off words end a relative clause; its antecedent
			// speaks.
			for b := m - 1; b-2 >= start && b >= m-25 && x.toks[b].kind != quoted; b-- {
				if x.key(b) != "who" && x.key(b) != "whose" {
					continue
				}
				if c := x.chunkOf[b-2]; x.isPunct(b-1, ",") && c >= 0 && x.chunks[c].last == b-2 && !x.chunks[c].poss && !x.chunks[c].place {
					return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
				}
				break
			}
		}
		if c := x.chunkOf[max(m-1, 0)]; opener == "," && x.key(m+1) == "who" && m-1 > start && c >= 0 && x.chunks[c].last == m-1 && x.chunks[c].kind != namePerson &&
			(placePrepositions[x.key(x.chunks[c].first-1)] || x.key(x.chunks[c].first-1) == "on") {
			// "A woman leaving the Family Market on Main Street, who
			// declined to give her name, said": who is the one the
			// clause's subject describes, not the place.
			if r, _, ok := x.npAt(start, u, m); ok && r.kind == refDesc && x.speakerLike(r) {
				return r, true
			}
		}
		if c := x.chunkOf[max(m-1, 0)]; opener == "," && x.key(m+1) == "who" && m-1 > start && c >= 0 && x.chunks[c].last == m-1 && x.chunks[c].kind != namePerson &&
			!slices.ContainsFunc(x.toks[start:m], func(t token) bool { return spokesHeads[t.key] || t.key == "representative" }) {
			// "the manager of Harbottle’s Bakery, who asked not to be
			// named, said": someone at the body, who stays unnamed. A
			// spokesperson or a representative speaks for it.
			if _, anon := x.anonymous(m+1, k); anon {
				return ref{kind: refUnnamed, para: x.index, tok: m + 1, chunk: -1, source: -1}, true
			}
		}
		k = m - 1
		if c := x.bodyBeforePlace(k, start); c >= 0 && opener == "," {
			// "The Chengbei Giant Panda Conservation Center in
			// southwestern China, which owns the bears, said": the body
			// where it is, not the place, parsed as the subject would be
			// without the place ("A pupil at Bradford Grammar School in
			// northern England, who …, said" is the pupil's).
			k = x.chunks[c].last
		}
	}
	if k < start || !x.word(k, u) {
		return ref{}, false
	}
	if c := x.appositiveRelative(k, start); c >= 0 {
		// "the Meridian Civic Exchange, a Virginia-based nonprofit that
		// describes itself as": the name the description is set off
		// after.
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
	}
	if x.key(k) == "which" && k-2 >= start && x.isPunct(k-1, ",") {
		// "Kallis Salvage, which said", "the Nordstrand P&I Club, a
		// mutual insurer based in Oslo, which said": the body the
		// relative clause is about.
		if c := x.chunkOf[k-2]; c >= 0 && x.chunks[c].last == k-2 {
			if p := x.chunks[c].first - 1; p-1 >= start && (x.key(p) == "on" || x.key(p) == "via") && x.word(p-1, u) && isDocHead(x.key(p-1)) {
				// "A post on Facebook, which described", "The park's
				// announcement on Facebook, which described": the text,
				// not where it was posted.
				return x.npBefore(p, start)
			}
		}
		if r, ok := x.textBeforeWhich(k-1, start); ok {
			// "a 2023 Cavendale Foods report, “Baking for the Future”,
			// which described", "a study by the Nautical Fire Safety
			// Institute, Burning Questions, which concluded": the text,
			// whose source speaks, though a title is set off after it.
			return r, true
		}
		if c := x.bodyBeforeSetOff(k-1, start); c >= 0 {
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		k -= 2
		if !x.word(k, u) {
			return ref{}, false
		}
	}
	// antecedent: "plans unveiled by the city’s mayor, who said" — the
	// one a relative clause is about speaks, whatever it is the object
	// of, but "leader of the opposition party, who said" is the leader,
	// and so is "a former aide to the mayor, who said" the aide.
	antecedent := false
	if x.key(k) == "who" && k-1 >= start {
		// "Jones, who told him": the speaker is the antecedent.
		antecedent = true
		k--
		if x.isPunct(k, ",") {
			k--
		}
		if k < start || !x.word(k, u) {
			return ref{}, false
		}
		// "a blow to Rupert Vane, who had said": the antecedent speaks,
		// whatever it is the object of.
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].last == k && !x.chunks[c].poss && x.chunks[c].kind == namePerson {
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		// "Harold Fitch, a retired teacher, who said": the person the
		// description is set off after.
		if x.isPunct(k+1, ",") {
			if c := x.nameBeforeSetOff(k+1, start); c >= 0 {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
		}
	}
	t := x.toks[k]
	if _, ok := pronouns[t.key]; ok && !t.poss {
		return ref{kind: refPronoun, para: x.index, tok: k, chunk: -1, source: -1, pron: t.key}, true
	}
	source := -1
	if c := x.chunkOf[k]; c >= 0 && x.chunks[c].last == k && !x.chunks[c].poss {
		if v := x.agentBefore(x.chunks[c].first, start); v >= 0 {
			// "An internal Severnbrook report seen by the Guardian
			// warned": the name is the agent of a participle after the
			// subject.
			k = v - 1
			if k < start || !x.word(k, u) {
				return ref{}, false
			}
			t = x.toks[k]
		} else if w := x.relativeObject(x.chunks[c].first, start); w >= 0 {
			// "One of the jurors who convicted Whitaker-Boone, reached by
			// phone, said", "One reader who contacted the Chronicle
			// said": the name is the object of a relative clause; the
			// phrase it describes is the subject.
			k = w
			t = x.toks[k]
		} else if x.afterTimePreposition(x.chunks[c].first, start) {
			// "A yachtsman who was knocked overboard during the Hāpuku
			// Coastal Classic says": an event or a time is no subject.
			return ref{}, false
		} else if p := x.prepBefore(x.chunks[c].first, start); p >= 0 {
			// The name is the object of a preposition, not the subject:
			// "Rebecca Hale of Aldshire Police said", "a spokesperson for
			// the company said", "sources close to the club said".
			b := p - 1
			for cb := x.chunkOf[max(b, 0)]; x.key(p) == "of" && cb >= 0 && x.chunks[cb].last == b && x.chunks[cb].place && !x.chunks[cb].poss; cb = x.chunkOf[max(b, 0)] {
				// "Judge Ana Ruiz of the Northern District of Texas
				// wrote": the place is the district's, and the district
				// is the object too.
				q := x.prepBefore(x.chunks[cb].first, start)
				if q < 0 {
					break
				}
				p, b = q, q-1
			}
			if cb := x.chunkOf[b]; cb >= 0 && x.chunks[cb].last == b && !x.chunks[cb].poss && x.chunks[cb].kind != nameOrg {
				if n := x.holder(cb, start); n >= 0 {
					// "Jo Lind, Republican of Ohio, said": the person
					// the party label describes.
					cb = n
				}
				return ref{kind: refChunk, para: x.index, tok: x.chunks[cb].first, chunk: cb, source: -1}, true
			}
			if !x.word(b, u) || x.toks[b].cap && !unitInitial(x.toks, b) || boundaryWords[x.key(b)] || x.verbAt(b) != 0 || x.chunkOf[b] >= 0 {
				return ref{}, false
			}
			source, k = c, b
			if spokesHeads[x.key(b)] && x.key(p) == "for" {
				// "…, and a spokeswoman for Linnside Infirmary said":
				// the description is the subject wherever it stands.
				t = x.toks[k]
			}
		}
	}
	if x.chunkOf[k] < 0 && mediaHeads[x.key(k)] && x.word(k, u) && !x.toks[k].cap {
		// "a letter from the foundation seen by this newspaper says":
		// the paper that saw the text is the agent of a participle
		// after the subject.
		if m := x.descStart(k, start); m > start && (x.key(m) == "this" || x.key(m) == "the") {
			if v := x.agentBefore(m, start); v >= 0 {
				k = v - 1
				if k < start || !x.word(k, u) {
					return ref{}, false
				}
				t = x.toks[k]
			}
		}
	}
	if c := x.chunkOf[k]; source < 0 && c >= 0 && x.chunks[c].last == k && !x.chunks[c].poss {
		if n := x.holder(c, start); n >= 0 {
			// "Ana Ruiz, director of the Tenants Network, a charity,
			// said": the person the role is set off after.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[n].first, chunk: n, source: -1}, true
		}
		if d, ok := x.partyDesc(c); ok {
			return d, true
		}
		if f := x.chunks[c].first; f-2 >= start && (x.key(f-1) == "and" || x.isPunct(f-1, "&")) &&
			(x.chunkOf[f-2] >= 0 && !x.titlesOnly(x.chunkOf[f-2]) || pronouns[x.key(f-2)] != 0) {
			// "Smith and Jones said": several speakers, none of them alone.
			return ref{kind: refDesc, para: x.index, tok: f - 2, chunk: -1, source: -1, head: "people"}, true
		}
		return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
	}
	if t.cap && !unitInitial(x.toks, k) || boundaryWords[t.key] || x.verbAt(k) != 0 {
		return ref{}, false
	}
	if c := x.placeBodyBefore(k, start); c >= 0 {
		// "West Pennine fire and rescue service said": the body written
		// after its place, which "and" does not end.
		return ref{kind: refDesc, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1, head: x.key(k)}, true
	}
	m := x.descStart(k, start)
	if m-1 >= start && x.word(m-1, u) && prepositions[x.key(m-1)] && !(antecedent && objectPreps[x.key(m-1)] && !isPeopleNoun(x.key(m-2))) {
		// "A source close to the sales company said": the description
		// is the object of a preposition; the subject is the phrase
		// before it.
		// A spokesperson speaks for the body after the preposition,
		// which the description of it names ("a spokesperson for the
		// company said").
		if c := x.chunkOf[max(m-2, 0)]; m-2 >= start && c >= 0 && x.chunks[c].last == m-2 && !x.chunks[c].poss && x.chunks[c].kind == namePerson {
			// "volcanologist Ana Brito of the observatory told AFP":
			// the person the phrase places.
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
		if r, ok := x.descBefore(m-1, start, u, k+1); !ok || !spokesHeads[r.head] {
			if ok && r.kind == refDesc && !antecedent {
				if w := x.relativeBefore(r.tok, start); w > start {
					return x.npBefore(w, start) // "A parent whose son wrote the Physics paper at the centre said"
				}
			}
			return r, ok
		}
	}
	if d := x.textHeadBefore(m-1, start); d >= 0 {
		// "A report by Dunmarrow Council’s planning officers said", "A
		// report to the committee by council officers said": the
		// report, whose source is the body whose staff wrote it.
		if r, ok := x.descBefore(d+1, start, u, k+1); ok && (r.source >= 0 || r.org != "") && !opponents[x.key(k)] && !pastStaff[x.key(k-1)] {
			return r, true
		}
	}
	r, end, ok := x.descAt(m, u, k+1)
	if !ok || end != k+1 || !x.speakerLike(r) {
		return ref{}, false
	}
	if w := x.relativeBefore(m, start); w > start && !antecedent && source < 0 {
		// "A parent whose son wrote the Physics paper said": the
		// description is the object inside a relative clause; the one
		// the clause is about speaks.
		return x.npBefore(w, start)
	}
	if source >= 0 {
		r.source = source
		r.caps = append(r.caps, x.chunks[source].keys...)
	}
	if r.source < 0 && issuer >= 0 && isDocHead(r.head) {
		r.source = issuer
	}
	if c := x.whoseOwner(m); r.source < 0 && c >= 0 && isDocHead(r.head) && r.chunk < 0 {
		r.source = c // "the Adventure Activities Regulator, whose audit report described"
	}
	if r.pron != "" && r.pron != "it" && x.key(m-1) == "and" && m-2 >= start {
		// "Nwosu and her co-authors write": the named person leads.
		if c := x.chunkOf[m-2]; c >= 0 && x.chunks[c].last == m-2 && !x.chunks[c].poss && x.chunks[c].kind != nameOrg {
			return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
		}
	}
	return r, true
}

// textHeadBefore returns the index of the noun for a text whose source
// the "by" at toks[by] introduces, "report" in "A report by X" or "A
// report to the committee by X", or -1.
func (x *para) textHeadBefore(by, start int) int {
	if by-1 < start || x.key(by) != "by" || !x.word(by, x.toks[by].unit) {
		return -1
	}
	u := x.toks[by].unit
	for d := by - 1; d >= start && d >= by-12 && x.toks[d].kind != quoted; d-- {
		if x.word(d, u) && isDocHead(x.key(d)) {
			if d == by-1 || x.textBy(d) == by {
				return d
			}
			return -1
		}
	}
	return -1
}

// relativeBefore returns the index of "who", "whose" or "which" opening
// a relative clause that runs on, through words alone, to the phrase at
// toks[m], after a verb: "whose son sat" of "A parent whose son sat the
// Physics paper said". It returns -1 for none.
func (x *para) relativeBefore(m, start int) int {
	u := x.toks[m].unit
	if v := x.key(m - 1); !x.word(m-1, u) || x.toks[m-1].cap || stopwords[v] || prepositions[v] {
		return -1 // no verb before the phrase: "in what the trust called"
	}
	for w := m - 2; w > start && w >= m-8; w-- {
		if !x.word(w, u) || x.key(w) == "what" || x.key(w) == "that" {
			return -1
		}
		switch x.key(w) {
		case "who", "whose", "which":
			// After a noun: not "in which a manager warned", where the
			// phrase is the clause's subject, nor "When asked who was
			// responsible", a question.
			if p := x.key(w - 1); !x.word(w-1, u) || prepositions[p] || stopwords[p] || x.verbAt(w-1) != 0 || pastTense(p) || participleLike(p) {
				return -1
			}
			return w
		}
	}
	return -1
}

// holder returns the chunk of the person a role is set off after, or -1:
// the role is a party label or the title of a body's office ("director
// of the Tenants Network"), and a person's name and a comma come right
// before it.
func (x *para) holder(c, start int) int {
	ch := x.chunks[c]
	role := ch.kind == nameOrg && len(ch.title) > 0 || partyNouns[ch.keys[len(ch.keys)-1]] && len(ch.keys) == 1
	if !role || ch.first-2 < start || !x.isPunct(ch.first-1, ",") {
		return -1
	}
	n := x.chunkOf[ch.first-2]
	if n < 0 || x.chunks[n].last != ch.first-2 || x.chunks[n].kind != namePerson || x.chunks[n].poss {
		return -1
	}
	return n
}

// leadingPerson returns the chunk of a person's name that opens the
// sentence at toks[start] and is set off from the verb after toks[k], a
// comma, by descriptions of several parts, or -1: "Fiona Castellane, the
// chief executive of Harwoods, the UK’s second-largest grocer, said",
// "Colm Dorrigan, regional secretary of the union, which represents a
// third of the members, said". Two people joined by "and" are not one.
func (x *para) leadingPerson(start, k int) int {
	c := x.chunkOf[start]
	if c < 0 || x.chunks[c].first != start || x.chunks[c].kind != namePerson || x.chunks[c].poss {
		return -1
	}
	e := x.chunks[c].last + 1
	if e >= k || !x.isPunct(e, ",") {
		return -1
	}
	commas := 0
	for i := e + 1; i < k; i++ {
		switch {
		case x.toks[i].kind == quoted:
			return -1
		case x.isPunct(i, ","):
			commas++
			if x.key(i+1) == "and" || x.key(i+1) == "or" {
				return -1
			}
		case x.isPunct(i, ":") && x.toks[i-1].cap && i+1 < k && x.toks[i+1].cap && x.toks[i+1].kind == word:
			// the subtitle of a work: "whose book Brass and Blood: The
			// Sack of Ilé-Okun helped"
		case x.isPunct(i, ";:—–()"):
			return -1
		}
	}
	if commas == 0 {
		return -1 // one description, which the other rules read
	}
	return c
}

// setOffBody returns the chunk of the name of a body that toks[i:k], set
// off by commas, consists of after an article, a few modifiers and a noun
// for its kind, or -1: "the Amsterdam-based agency Stride Management",
// "the law firm Harcourt Lyle".
func (x *para) setOffBody(i, k int) int {
	u := x.toks[i].unit
	if x.key(i) != "the" && x.key(i) != "a" && x.key(i) != "an" {
		return -1
	}
	for j := i + 1; j < k && j <= i+5 && x.word(j, u); j++ {
		c := x.chunkOf[j]
		if c >= 0 && x.chunks[c].first == j && x.chunks[c].last == k-1 {
			h := x.key(j - 1)
			if j-1 > i && x.chunks[c].kind != namePerson && !x.chunks[c].place && !x.chunks[c].poss && !x.toks[j-1].cap && (orgHeads[h] || corporateHeads[h]) {
				return c
			}
			return -1
		}
		if stopwords[x.key(j)] || x.verbAt(j) != 0 {
			return -1
		}
	}
	return -1
}

// nounPair reports whether toks[j] is "and" between two words in lower
// case that describe one person, after toks[i]: "the poet and translator
// Imogen Salter".
func (x *para) nounPair(j, i int) bool {
	u := x.toks[j].unit
	return x.key(j) == "and" && j > i && x.word(j-1, u) && x.word(j+1, u) && !x.toks[j-1].cap && !x.toks[j+1].cap &&
		!stopwords[x.key(j-1)] && !stopwords[x.key(j+1)] && x.verbAt(j+1) == 0
}

// setOffName returns the chunk of the name of a person that toks[i:k],
// set off by commas, consists of, or -1. The words of a role may come
// before it, with an article or a possessive pronoun, the names of what
// the role is in and "named", and a phrase of affiliation after it:
// "public defender Alan Szymanski", "former Davis Cup player Anders
// Holmqvist", "a volunteer named Tomas Brevik", "Grace Wanjiru of the
// Pan-African Climate Forum", "his older brother Kevin Delacroix".
func (x *para) setOffName(i, k int) int {
	u := x.toks[i].unit
	j := i
	if x.key(j) == "a" || x.key(j) == "an" || x.key(j) == "the" || possessivePronouns[x.key(j)] != "" {
		j++ // "Delacroix’s manager, his older brother Kevin Delacroix, said"
	}
	for j < k && j < i+8 && x.word(j, u) && (!stopwords[x.key(j)] && !boundaryWords[x.key(j)] || x.nounPair(j, i)) {
		if c := x.chunkOf[j]; c >= 0 {
			e := x.chunks[c].last + 1
			if x.chunks[c].first != j || e >= k || !x.word(e, u) || stopwords[x.key(e)] || x.verbAt(e) != 0 {
				break
			}
			j = e // "former Davis Cup player", whatever kind "Davis Cup" seems
			continue
		}
		if (x.key(j) == "named" || x.key(j) == "called") && j > i && x.chunkOf[j+1] >= 0 {
			j++
			break
		}
		if x.verbAt(j) != 0 {
			break
		}
		j++
	}
	c := x.chunkOf[min(j, len(x.toks)-1)]
	if j >= k || c < 0 || x.chunks[c].first > j || x.chunks[c].kind == nameOrg || x.chunks[c].poss || x.chunks[c].place {
		return -1
	}
	if j > i && x.chunks[c].kind != namePerson && len(x.chunks[c].title) == 0 {
		return -1
	}
	e := x.chunks[c].last + 1
	if e == k {
		return c
	}
	switch x.key(e) {
	case "of", "at", "from", "with":
	default:
		return -1
	}
	for n := e + 1; n < k; n++ {
		if !x.word(n, u) || x.verbAt(n) != 0 || x.key(n) == "who" || x.key(n) == "which" {
			return -1
		}
	}
	return c
}

// descBefore parses the description of a speaker that ends before the
// preposition at toks[p] and runs on to limit: "A source close to",
// "A spokesperson for".
func (x *para) descBefore(p, start, u, limit int) (ref, bool) {
	n := p - 1
	if n >= start && x.word(n, u) && adjacency[x.key(n)] {
		n--
	}
	if n < start || !x.word(n, u) || x.chunkOf[n] >= 0 || x.verbAt(n) != 0 || boundaryWords[x.key(n)] {
		return ref{}, false
	}
	m := x.descStart(n, start)
	r, _, ok := x.descAt(m, u, limit)
	if ok && r.kind == refDesc && r.chunk < 0 && partNouns[r.head] && x.key(p) == "of" && m-1 > start && x.word(m-1, u) && prepositions[x.key(m-1)] {
		// "a man at the back of the hall": the phrase before where in
		// a place someone is.
		return x.descBefore(m-1, start, u, limit)
	}
	if !ok || !x.speakerLike(r) {
		return ref{}, false
	}
	return r, true
}

// nounAt reports whether toks[j], in lower case, may be a noun that a
// word before it modifies: no verb, function word or preposition ("voice
// recordings", not "a voice from").
func (x *para) nounAt(j int) bool {
	t := x.toks[j]
	return t.kind == word && !t.cap && x.verbAt(j) == 0 && !stopwords[t.key] && !prepositions[t.key] && !boundaryWords[t.key] && !x.isAdverb(j) && !pastTense(t.key)
}

// partNouns name a part of a place: "at the back of the hall".
var partNouns = set(`back front rear side corner edge middle end top bottom centre center`)

// descStart walks back from toks[k], the last word of a description, to
// its determiner or its first word, names included.
func (x *para) descStart(k, start int) int {
	m := k
	for b := k - 1; b >= start && b >= k-7; b-- {
		if c := x.chunkOf[b]; c >= 0 {
			b = x.chunks[c].first
			m = b
			continue
		}
		bt := x.toks[b]
		if x.placeComma(b) || x.basedHyphen(b) {
			continue // "the Columbus, Ohio-based company", "the Charlotte, N.C.-based bank"
		}
		if bt.kind != word || boundaryWords[bt.key] && !determiners[bt.key] || x.verbAt(b) != 0 {
			break
		}
		if _, ok := pronouns[bt.key]; ok {
			break
		}
		m = b
		if determiners[bt.key] {
			break
		}
	}
	return m
}

// basedHyphen reports whether toks[m] is a hyphen the tokens split off
// between a name and "based" or the like: "N.C.-based" in three tokens.
func (x *para) basedHyphen(m int) bool {
	return m >= 1 && m+1 < len(x.toks) && x.isPunct(m, "-") && x.chunkOf[m-1] >= 0 && x.chunks[x.chunkOf[m-1]].last == m-1 &&
		x.word(m+1, x.toks[m].unit) && slices.Contains(basedSuffixes, "-"+x.key(m+1))
}

// placeBodyBefore returns the chunk of the place that opens a public
// body's name written in lower case and ending at toks[k] with an "and"
// among its words, "West Pennine fire and rescue service", or -1.
func (x *para) placeBodyBefore(k, start int) int {
	if !bodyNouns[x.key(k)] || x.toks[k].cap {
		return -1
	}
	and := false
	for b := k - 1; b >= start && b >= k-5; b-- {
		if c := x.chunkOf[b]; c >= 0 {
			if !and || x.chunks[c].last != b || x.bodyPhrase(c, x.key(k)) == "" {
				return -1
			}
			return c
		}
		switch {
		case x.key(b) == "and":
			and = true
		case !x.modifier(b):
			return -1
		}
	}
	return -1
}

// adjacency are adjectives that take a preposition in a description of a
// source: "close to", "familiar with".
var adjacency = set(`close near familiar sympathetic loyal`)

// bareAfterPlural reports whether key, after the plural noun prev, is
// more likely the verb of the phrase than a noun it modifies: it does
// not end in "s" and names no role, body or text.
func bareAfterPlural(prev, key string) bool {
	plural := len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") &&
		!strings.HasSuffix(prev, "us") && !strings.HasSuffix(prev, "is") && !titles[prev]
	if !plural || strings.HasSuffix(key, "s") {
		return false
	}
	return !titles[key] && !roleHeads[key] && !orgHeads[key] && !corporateHeads[key] && !publicHeads[key] &&
		!isDocHead(key) && !personNouns[key] && !epithets[key] && !spokesHeads[key] && !plainPeople[key]
}

// pastTense reports whether key looks like a verb in the past tense:
// "suspended", "sued"; "cut" does not.
func pastTense(key string) bool {
	return len(key) > 4 && strings.HasSuffix(key, "ed") && !strings.HasSuffix(key, "eed") || shortPast[key]
}

// shortPast are verbs in the past tense too short for their ending to
// tell them from other words ("bed", "shed").
var shortPast = set(`sued owed died tied lied eyed vied`)

// objectOpeners open a noun phrase that cannot go on a description: after
// "The Commission filed", "a" shows "filed" to be a verb.
var objectOpeners = set(`a an the its his her their`)

// absolutePreps open a clause whose participle has a subject of its own:
// "with negotiators saying", "despite the agent insisting".
var absolutePreps = set(`with despite amid without`)

// prepositions link a name to the description of a person before it:
// "the head of the agency", "a spokesperson for the company".
var prepositions = set(`of at for from to in with near`)

// phrasePrepositions open a sentence with a phrase of place or time set
// off before a name: "Down the hall, Nasra Abdikarim-Lund keeps", "In
// the village, …".
var phrasePrepositions = set(`in at on down up across along through into onto over under behind beside near
	inside outside around past beyond after before during within throughout`)

// prepBefore returns the index of the preposition, after start, that a
// name starting at toks[first] is the object of, possibly after "the", or
// -1.
func (x *para) prepBefore(first, start int) int {
	p := first - 1
	// "of the centre-right Renewal Party": words that describe the body.
	c := x.chunkOf[first]
	for n := 0; n < 2 && c >= 0 && x.chunks[c].kind != namePerson && p-1 > start && x.word(p, x.toks[first].unit) && x.modifier(p) && !prepositions[x.key(p)]; n++ {
		p--
	}
	if p < first-1 && x.key(p) != "the" && !nearWords[x.key(first-1)] {
		p = first - 1
	}
	if p == first-1 && nearWords[x.key(p)] {
		p-- // "One resident of nearby Alder Court"
	}
	if x.key(p) == "the" {
		p--
	}
	if p-1 < start || x.toks[p].kind != word || x.toks[p].cap || !prepositions[x.toks[p].key] && !x.placedOn(p) ||
		x.toks[p].unit != x.toks[first].unit {
		return -1
	}
	return p
}

// nearWords say a place is near, written between a preposition and the
// place's name: "a resident of nearby Alder Court".
var nearWords = set(`nearby neighbouring neighboring adjacent`)

// questionedWords open a phrase that puts a question to the subject of
// the sentence after it: "Asked whether …", "Pressed on …".
var questionedWords = set(`asked questioned pressed challenged quizzed`)

// questionOpeners follow a word of questioning at the start of such a
// phrase: "Asked by", "Asked whether", "Pressed on".
var questionOpeners = set(`by whether if about on what why how who when where which to for over again later from at during in after`)

// inQuestionPhrase reports whether the quotation at token q is inside
// such a phrase opening its sentence, before the comma that ends it:
// "Asked by one analyst whether Castellan had “missed something” in
// the earlier data, Lindahl said", "When asked about the “hobby team”
// jibe, she laughed".
func (x *para) inQuestionPhrase(q, start int) bool {
	u := x.toks[q].unit
	k := start
	if x.key(k) == "when" && x.word(k, u) {
		k++
	}
	if k >= q || !x.word(k, u) || !questionedWords[x.key(k)] || !questionOpeners[x.key(k+1)] {
		return false
	}
	for i := k + 1; i < q; i++ {
		if x.isPunct(i, ",—–-:;") || x.toks[i].kind == quoted {
			return false
		}
		if x.chunkOf[i-1] >= 0 && x.verbAt(i) == finite {
			return false // "Asked if he would stand again Smith told reporters “we'll see”": no comma ends the question
		}
		if ownWordsCue[x.key(i)] && x.word(i, u) && !x.toks[i].cap {
			// "Asked whether he regretted calling them “idiots”", "Asked
			// about his claim that the economy was “booming”": the
			// words the subject said before.
			return false
		}
	}
	for i := q + 1; i < len(x.toks) && x.toks[i].unit == u; i++ {
		if x.isPunct(i, ",") {
			return true
		}
		if x.verbAt(i) == finite {
			return false // "Asked on Monday Smith said the deal was “dead”, according to …": no comma ends the question
		}
	}
	return false
}

// askedBy reports whether the quotation at token q is a question put in
// the asker's own words after a phrase that opens its sentence and names
// who asked, and answered after a colon: "Asked by a reporter, “So you
// knew it was corroded?” Dizon replied: “…”". It
// returns the asker's name when the phrase holds one. A phrase with a
// verb of its own is a clause whose subject answers: "Asked by a reporter
// whether …, Dizon said: “…”".
func (x *para) askedBy(q, start int) (ref, bool) {
	u := x.toks[q].unit
	if q < start+3 || !x.word(start, u) || !questionedWords[x.key(start)] || x.key(start+1) != "by" || !x.isPunct(q-1, ",:") {
		return ref{}, false
	}
	reg := x.regions[x.toks[q].quote]
	if !endsQuestion(x.p.Text[reg.start:reg.end]) {
		return ref{}, false
	}
	asker, bare := -1, true
	for k := start + 2; k < q-1; k++ {
		if x.toks[k].kind == quoted || x.verbAt(k) == finite {
			return ref{}, false
		}
		if c := x.chunkOf[k]; c >= 0 && asker < 0 && !x.chunks[c].poss {
			asker = c // "Asked by the BBC’s Jane Roe": Roe
		}
		if reportedQuestion[x.key(k)] || x.key(k) == "for" {
			bare = false // "Asked by reporters whether he would resign": the question is told
		}
	}
	if !x.answeredAfter(q, bare) {
		return ref{}, false
	}
	if asker < 0 {
		return ref{}, true
	}
	return ref{kind: refChunk, para: x.index, tok: x.chunks[asker].first, chunk: asker, source: -1}, true
}

// answeredAfter reports whether the question quoted at token q is
// answered after it in its paragraph: by a quotation that a colon opens
// ("“…?” Dizon replied: “…”"), or by a clause that a verb of speech
// reports ("“…?” Kowalczyk said the chorus would fade"), this only when
// bare, the lead-in telling no question of its own. A question its own
// verb closes is the speaker's own: "Asked by a reporter, “What more
// could we have done?” Dizon said.", "… Kohli said and posed"; so is one
// after a question told: "Asked by reporters whether he would resign,
// “Why would I?” Ramaphosa said it was “not on the table”".
func (x *para) answeredAfter(q int, bare bool) bool {
	for k := q + 1; k < len(x.toks) && k <= q+12; k++ {
		if x.toks[k].kind == quoted {
			return x.isPunct(k-1, ":")
		}
		if x.toks[k].kind == word && x.toks[k].unit != x.toks[q].unit {
			return false
		}
		if bare && x.verbAt(k) == finite && answerVerbs[x.key(k)] {
			// "Asked by a reporter, “…?” the director said the calf
			// would stay indoors": the verb reports a clause of its own.
			m := k + 1
			for m < len(x.toks) && x.word(m, x.toks[k].unit) && x.isAdverb(m) {
				m++
			}
			if !x.isPunct(m, ":") {
				return x.word(m, x.toks[k].unit) && !prepositions[x.key(m)] && !subordinators[x.key(m)] && !clauseOpeners[x.key(m)] && x.key(m) != "and" && x.key(m) != "or"
			}
		}
	}
	return false
}

// answerVerbs are the verbs of speech that may report an answer after a
// question quoted before them: "“…?” Kowalczyk said the chorus would
// fade".
var answerVerbs = set(`said says replied replies answered answers responded responds insisted insists explained explains`)

// afterQuestion returns where the lead-in of the quotation at token q
// opens when a question quoted earlier in its sentence is answered by it
// ("Asked by a student, “Why did you run?” Pangilinan laughed and said:
// “…”"): right after the question. Otherwise it returns start.
func (x *para) afterQuestion(q, start int) int {
	if !x.isPunct(q-1, ":") {
		return start
	}
	for p := q - 2; p >= start; p-- {
		if x.toks[p].kind != quoted {
			continue
		}
		reg := x.regions[x.toks[p].quote]
		if endsQuestion(x.p.Text[reg.start:reg.end]) && p+1 < q-1 && x.toks[p+1].kind == word {
			return p + 1
		}
		return start
	}
	return start
}

// ownWordsCue are the words of saying or calling inside a question put to
// someone that make the quotation after them that person's own words.
var ownWordsCue = set(`calling describing saying telling branding labelling labeling dubbing claiming remark remarks comment comments claim description`)

// spanNouns and spanDeterminers make a phrase of time that may stand
// between a subject and its verb: "this week", "last month".
var (
	spanNouns       = set(`week month year morning afternoon evening night weekend spring summer autumn fall winter`)
	spanDeterminers = set(`this last next that`)
)

// timePrepositions place what follows them in time, never as a verb's
// subject: "during the Coastal Classic", "amid the row". Not "since" or
// "until", which may open a clause: "since Acme said in March".
var timePrepositions = set(`during amid throughout`)

// afterTimePreposition reports whether the name opening at toks[first]
// follows a preposition of time, perhaps with "the" between.
func (x *para) afterTimePreposition(first, start int) bool {
	p := first - 1
	if x.key(p) == "the" {
		p--
	}
	return p >= start && x.word(p, x.toks[first].unit) && !x.toks[p].cap && timePrepositions[x.key(p)]
}

// placedOn reports whether toks[p] is "on" after a noun for a person,
// which places them: "One bar owner on Fennick Street said".
func (x *para) placedOn(p int) bool {
	return x.key(p) == "on" && p > 0 && x.word(p-1, x.toks[p].unit) && !x.toks[p-1].cap && isPeopleNoun(x.key(p-1))
}

// agentBefore returns the position of the past participle that the name
// starting at toks[first] is the agent of ("seen by the Guardian",
// "published by the institute"), or -1. descAt makes the agent of a
// participle of issuing the text's source.
func (x *para) agentBefore(first, start int) int {
	p := first - 1
	if x.key(p) == "the" {
		p--
	}
	v := p - 1
	if v <= start || x.key(p) != "by" || !x.word(v, x.toks[first].unit) || x.toks[v].cap {
		return -1
	}
	if k := x.key(v); pastTense(k) || pastParticiples[k] {
		return v
	}
	return -1
}

// mediaHeads are nouns for a news outlet, which sees texts rather than
// writes them: "a letter seen by this newspaper".
var mediaHeads = set(`newspaper paper publication outlet broadcaster programme program magazine`)

// pastParticiples are irregular participles that can follow a noun:
// "a report seen by", "a letter written by".
var pastParticiples = set(`seen written given taken shown drawn made done held brought sent led
	known kept read heard told bought sold won spoken driven chosen hidden stolen broken thrown worn
	torn grown`)

// accountWrites reports whether the description r is headed by an
// account on a social network that writes (accountSpeaks), which speaks
// for its owner as a text does: "The company’s official account
// replied:", "His brewery’s Instagram account put it more briefly".
// "Her account, echoed in interviews with nurses," is her story, and no
// writer.
func (x *para) accountWrites(r ref) bool {
	if r.head != "account" {
		return false
	}
	for k := r.tok; k < len(x.toks) && k <= r.tok+6 && x.toks[k].kind == word; k++ {
		if x.key(k) == "account" {
			return x.accountSpeaks(k)
		}
	}
	return false
}

// isDocHead reports whether key names a text that can state something:
// "report", "projections".
func isDocHead(key string) bool {
	return docHeads[key] || docHeads[strings.TrimSuffix(key, "s")]
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

// printedIn are texts a publication prints, whose source follows "in":
// "an editorial in the Tribune", "a study in the Lancet".
var printedIn = set(`editorial editorials article articles study studies paper papers column op-ed letter report`)

// skipSourceModifiers returns the first token of the name after up to two
// lower-case words that describe it, "electricity distributor" in "a
// spokeswoman for electricity distributor Northline Power", or k when no
// name of an organisation follows them: "head of research Aditya
// Khandelwal" names a person. Words before a person's title are skipped
// too: "retired" in "a petition started by retired teacher Dafydd Rees".
func (x *para) skipSourceModifiers(k, u, limit int) int {
	for j := k; j < limit && j < k+3 && x.word(j, u); j++ {
		if c := x.chunkOf[j]; c >= 0 {
			if j > k && x.chunks[c].first <= j && (x.chunks[c].kind != namePerson || x.chunks[c].first == j && x.chunks[c].nameFirst > j) {
				return j
			}
			return k
		}
		t := x.toks[j]
		if c := x.chunkOf[min(j+1, len(x.toks)-1)]; ageModifier(t.key) && c >= 0 && x.chunks[c].first == j+1 {
			return j + 1 // "from eight-year-old Zara"
		}
		if c := x.chunkOf[min(j+1, len(x.toks)-1)]; orgHeads[t.key] && !t.cap && c >= 0 && x.chunks[c].first == j+1 && x.chunks[c].kind != namePerson && x.chunks[c].title == nil {
			return j + 1 // "a spokesperson for the consumer group FairFlight"
		}
		if p := x.key(j + 1); (staffHeads[t.key] || researchNouns[t.key]) && (p == "at" || p == "from" || p == "of") {
			// "a study by researchers at the Tasman Marine Institute",
			// "a report by inspectors from the agency": the body they
			// work at.
			n := j + 2 + btoi(x.key(j+2) == "the")
			if c := x.chunkOf[min(n, len(x.toks)-1)]; n < limit && x.word(n, u) && c >= 0 && x.chunks[c].first == n && x.chunks[c].kind != namePerson && !x.chunks[c].place {
				return n
			}
		}
		if c := x.chunkOf[min(j+1, len(x.toks)-1)]; levels[t.key] && !t.cap && c >= 0 && x.chunks[c].first == j+1 && x.chunks[c].kind == nameOrg {
			return j + 1 // "a spokesperson for the state Department of Revenue"
		}
		if t.cap || t.poss || boundaryWords[t.key] || determiners[t.key] || orgHeads[t.key] || x.verbAt(j) != 0 {
			return k
		}
	}
	return k
}

// levels are the words for the level of government a public body is at,
// written before its name: "the state Department of Revenue", "the
// federal Bureau of Prisons".
var levels = set(`state federal city county provincial regional municipal national`)

// researchNouns are, besides its staffHeads, the people a body's study is
// by: "a study by economists at the bank".
var researchNouns = set(`economists academics experts analysts engineers scholars statisticians
	epidemiologists`)

// descOrdinals are ordinals that, after an article, make a rank part of a
// description: "the first officer", "the third umpire".
var descOrdinals = set(`first second third fourth fifth`)

// whoseAntecedent returns the chunk of the name a relative "who" at
// toks[b] follows, set off by a comma, an age between: "Hemi
// Pātaka-Doyle, 38, who", or -1.
func (x *para) whoseAntecedent(b int) int {
	e := b - 2
	if !x.isPunct(b-1, ",") {
		return -1
	}
	if e-1 > 0 && isNumber(x.key(e)) && x.isPunct(e-1, ",") {
		e -= 2
	}
	if c := x.chunkOf[max(e, 0)]; e >= 0 && c >= 0 && x.chunks[c].last == e && !x.chunks[c].poss {
		return c
	}
	return -1
}

// sentenceAbout reports whether the name of chunk c is what its sentence
// is about: its subject, opening it, or the complement of "is" or "was",
// a description between: "The lead plaintiff is former flanker Hemi
// Pātaka-Doyle".
func (x *para) sentenceAbout(c int) bool {
	f := x.chunks[c].first
	u := x.toks[f].unit
	if f == x.ustart[u] {
		return true
	}
	for k := f - 1; k >= x.ustart[u] && k >= f-4 && x.word(k, u); k-- {
		switch x.key(k) {
		case "is", "was", "are", "were":
			return true
		}
		if x.toks[k].cap || x.verbAt(k) != 0 {
			return false
		}
	}
	return false
}

// coordinatedSubject finds the subject of a reporting verb joined by "and"
// to the predicate of a clause that "but" or "while" opens: in "The
// commission declared Volkan the winner, but his challenger refused to
// concede and said …" the challenger said it, not the commission.
func (x *para) coordinatedSubject(v, start int) (ref, bool) {
	u := x.toks[v].unit
	a := x.skipAdverbs(v-1, start)
	if a <= start || !x.word(a, u) || x.key(a) != "and" {
		return ref{}, false
	}
	for b := a - 1; b > start && b >= a-maxScan; b-- {
		if x.toks[b].kind == quoted || x.isPunct(b, ";:,") || x.toks[b].unit != u {
			break // "…, but while Reed refused, Cole agreed and said": the nearer clause's
		}
		if x.key(b) == "who" && x.word(b, u) && x.isPunct(b-1, ",") {
			// "The lead plaintiff is Hemi Pātaka-Doyle, 38, who played 74
			// games for Kahuroa and says he was concussed": the one the
			// relative clause is about, when the sentence is about them;
			// not "Police named the man as Tom Reid, 54, who lived alone
			// and said", nor "would not say who would pay and said".
			if c := x.whoseAntecedent(b); c >= 0 && x.chunks[c].kind == namePerson && x.sentenceAbout(c) {
				return ref{kind: refChunk, para: x.index, tok: x.chunks[c].first, chunk: c, source: -1}, true
			}
			break
		}
		if !x.word(b, u) || !clauseOpeners[x.key(b)] {
			continue
		}
		r, end, ok := x.npAt(b+1, u, a)
		if !ok || end >= a || !x.word(end, u) || x.toks[end].cap ||
			!(x.verbAt(end) == finite || auxiliaries[x.key(end)] || strings.HasSuffix(x.key(end), "ed")) || !x.speakerLike(r) {
			break
		}
		return r, true
	}
	return ref{}, false
}

// lowerPhrase reports whether text opens in lower case with a word that
// no title opens with: not an article, a determiner or a pronoun ("with a
// knot in my stomach", "startling specificity", but not "the death of
// peace of mind" or "i carry your heart with you").
func lowerPhrase(text string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text, " '‘\"“"), " ")
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	w = strings.TrimRight(w, ",.;:!?")
	return !determiners[w] && !subjectPronouns[w] && !titlePronouns[w]
}

// adverbialPhrase reports whether a quotation opens, in lower case, with
// a preposition of time or place or with "every": words that say when or
// where of the clause, not a name for the noun before them ("the terms
// “in the coming weeks”").
func adverbialPhrase(text string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(text, " '‘\"“"), " ")
	return adverbialOpeners[w]
}

// adverbialOpeners open phrases of time, place or frequency.
var adverbialOpeners = set(`in on at by within since until till over from after before during throughout every each across around`)

// phraseNouns name a word or phrase as such, which may open with a
// preposition: "the phrase “with a view to”", "the slogan “for the many,
// not the few”".
var phraseNouns = set(`word words term phrase phrases expression expressions slogan slogans motto mottos hashtag
	catchphrase name names label labels nickname codename acronym`)

// titlePronouns are pronouns, besides the subject pronouns, that may open
// a work's title written in lower case: "you", "me", "my".
var titlePronouns = set(`you me my your us our them`)
