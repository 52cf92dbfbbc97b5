package quote

import (
	"slices"
	"strings"

	"parallax/corpus/entity"
)

// A typedSpan is the bytes of a paragraph an entity mention covers, with
// the entity's type.
type typedSpan struct {
	start, end int
	typ        entity.Type
	name       string // the entity's canonical name
}

// typesOf indexes the mentions of entities by article and paragraph id.
func typesOf(es []entity.Entity) map[[2]string][]typedSpan {
	if len(es) == 0 {
		return nil
	}
	out := make(map[[2]string][]typedSpan)
	for _, e := range es {
		if e.Type != entity.Person && e.Type != entity.Org && e.Type != entity.Place {
			continue
		}
		for _, m := range e.Mentions {
			k := [2]string{m.Article, m.Paragraph}
			out[k] = append(out[k], typedSpan{m.Start, m.End, e.Type, e.Name})
		}
	}
	return out
}

// applyTypes settles the kind of the paragraph's names the words around
// them left open from the entity types of the spans they overlap most: a
// name of unknown kind becomes a person or an organisation, or is marked
// a place; a name taken for a person without a personal title becomes an
// organisation ("Morgan Stanley"), or a place when a place follows it
// ("Charlotte, N.C."); a word opening a sentence that no
// entity covers and no longer name holds is no name.
func (x *para) applyTypes(spans []typedSpan, nameKeys map[string]bool) {
	x.splitOrgTitles(spans)
	x.joinOrgs(spans)
	kept := x.chunks[:0]
	for ci := range x.chunks {
		c := &x.chunks[ci]
		x.openOrg(c, ci, spans)
		start, end := x.toks[c.nameFirst].start, x.toks[c.last].end
		var typ entity.Type
		var canon string
		best := 0
		for _, s := range spans {
			if n := min(end, s.end) - max(start, s.start); n > best {
				typ, canon, best = s.typ, s.name, n
			}
		}
		if typ == entity.Person {
			x.rankInCapitals(c, canon)
		}
		if typ == "" && len(c.keys) == 1 && c.title == nil && c.kind == nameOther && unitInitial(x.toks, c.first) && !nameKeys[c.keys[0]] && !x.personSetOff(*c) && !x.speaksAfter(*c) && !x.bodySpeaks(ci) {
			// A capitalised word opening a sentence that the entity
			// extractor did not take for a name, and no longer name
			// holds: "Underneath, her son had written". One a verb of
			// speech follows is its subject: "Unison said it would".
			// So is a place a public body's nouns follow in lower case,
			// when the body says something: "Midshire police said",
			// "Leicester city council, which owns the block, said".
			continue
		}
		switch {
		case typ == entity.Org && c.kind == nameOther,
			typ == entity.Org && c.kind == namePerson && !hasPersonTitle(c.title):
			c.kind = nameOrg
		case typ == entity.Person && c.kind == nameOther:
			c.kind, c.typedPerson = namePerson, true
		case typ == entity.Place && c.kind == nameOther && x.clubSpeaks(*c):
			// "Brackenfield Town said in a statement": a club, though
			// its name is a place's.
			c.kind = nameOrg
		case typ == entity.Place && c.kind == nameOther:
			c.place = true
		case typ == entity.Place && c.kind == namePerson && len(c.keys) == 1 && len(c.title) == 0 && !c.poss && x.placeFollows(ci, spans):
			// "The Charlotte, N.C.-based bank": a town before its state.
			c.kind, c.place = nameOther, true
		}
		kept = append(kept, *c)
	}
	if len(kept) < len(x.chunks) {
		x.chunks = kept
		x.indexChunks()
	}
}

// rankInCapitals makes the initials of a rank that open a name of two
// words a title when the entity extractor took the name for someone whose
// canonical name is longer and ends in the second word: "DS Qureshi"
// after "Detective Sergeant Amir Qureshi", "SSP Qureshi".
func (x *para) rankInCapitals(c *chunk, canon string) {
	if len(c.keys) != 2 || c.last != c.nameFirst+1 {
		return
	}
	t := x.toks[c.nameFirst]
	if !entity.IsRankInitials(t.text) {
		return
	}
	ws := strings.Fields(canon)
	if len(ws) < 2 || !strings.EqualFold(ws[len(ws)-1], x.toks[c.last].text) || strings.EqualFold(ws[0], t.text) {
		return
	}
	c.title = append(c.title, t.key)
	c.nameFirst++
	c.keys = c.keys[1:]
	c.name = strings.TrimLeft(strings.TrimPrefix(c.name, t.text), " ")
}

// joinOrgs joins into one name the chunks an entity span names an
// organisation across, where only words stand between them: "Millbrook
// Moms for Clean Water" was "Millbrook Moms" and "Clean Water".
func (x *para) joinOrgs(spans []typedSpan) {
	joined := false
	for ci := 0; ci < len(x.chunks); ci++ {
		c := &x.chunks[ci]
		for _, s := range spans {
			if s.typ != entity.Org || s.start != x.toks[c.nameFirst].start || s.end <= x.toks[c.last].end {
				continue
			}
			e := c.last + 1
			for e < len(x.toks) && x.toks[e].kind == word && x.toks[e].end < s.end && !x.toks[e-1].poss {
				e++
			}
			if e >= len(x.toks) || x.toks[e].kind != word || x.toks[e].end != s.end || x.toks[e-1].poss {
				break
			}
			n := ci + 1
			for n < len(x.chunks) && x.chunks[n].last <= e {
				n++
			}
			if n < len(x.chunks) && x.chunks[n].first <= e {
				break // a chunk runs on past the span
			}
			for k := c.last + 1; k <= e; k++ {
				c.name += " " + x.toks[k].text
				c.keys = append(c.keys, normKey(x.toks[k].key))
			}
			c.last, c.poss = e, x.toks[e].poss
			x.chunks = slices.Delete(x.chunks, ci+1, n)
			joined = true
			break
		}
	}
	if joined {
		x.indexChunks()
	}
}

// openOrg takes back into chunk ci the capitalised word opening the
// sentence before it that the chunker left out as a common word, where an
// entity span names an organisation from that word to the chunk's end:
// "Northern Pennine Gas, which runs the network, said".
func (x *para) openOrg(c *chunk, ci int, spans []typedSpan) {
	if c.first < c.nameFirst && x.toks[c.first].cap {
		// "the Shri Kaleshwar Yatra Samiti said": a title in capitals
		// opening a body's name is a word of the name.
		for _, s := range spans {
			if s.typ == entity.Org && s.start == x.toks[c.first].start && s.end == x.toks[c.last].end {
				words := make([]string, 0, c.nameFirst-c.first)
				for _, t := range x.toks[c.first:c.nameFirst] {
					words = append(words, t.text)
				}
				c.name = strings.Join(words, " ") + " " + c.name
				c.keys = append(keysOf(x.toks[c.first:c.nameFirst]), c.keys...)
				c.nameFirst, c.title = c.first, nil
				return
			}
		}
	}
	k := c.first - 1
	if c.first != c.nameFirst || k < 0 || ci > 0 && x.chunks[ci-1].last >= k {
		return
	}
	t := x.toks[k]
	if t.kind != word || !t.cap || t.unit != x.toks[c.first].unit || !unitInitial(x.toks, k) || isTitleKey(t.key) {
		return
	}
	for _, s := range spans {
		if s.typ == entity.Org && s.start == t.start && s.end == x.toks[c.last].end {
			c.first, c.nameFirst = k, k
			c.name = t.text + " " + c.name
			c.keys = append([]string{normKey(t.key)}, c.keys...)
			return
		}
	}
}

// splitOrgTitles takes the organisation out of the office written before
// a person's name, where the entity extractor found one there: "Meridian
// Crest Financial Corp. Chief Executive Douglas Whitcombe" names the
// company as well as its chief executive, and "the company said" after
// it means that company.
func (x *para) splitOrgTitles(spans []typedSpan) {
	var out []chunk
	for _, c := range x.chunks {
		if o, ok := x.orgInTitle(c, spans); ok {
			// The title keeps the organisation's words: "the Rovers
			// boss" is still "Harbridge Rovers manager Colm Dardis".
			c.first = o.last + 1
			out = append(out, o)
		}
		out = append(out, c)
	}
	if len(out) > len(x.chunks) {
		x.chunks = out
		x.indexChunks()
	}
}

// orgInTitle returns the organisation that an entity span finds opening
// the office before person chunk c, when a title word follows it.
func (x *para) orgInTitle(c chunk, spans []typedSpan) (chunk, bool) {
	if c.kind != namePerson || c.nameFirst <= c.first+1 || x.toks[c.first].kind != word {
		return chunk{}, false
	}
	for _, s := range spans {
		if s.typ != entity.Org || s.start != x.toks[c.first].start {
			continue
		}
		k := c.first
		for k < c.nameFirst && x.toks[k].end <= s.end {
			k++
		}
		if k == c.first || k >= c.nameFirst || x.toks[k-1].end != s.end || !isTitleKey(x.key(k)) && !titles[x.key(k)] {
			return chunk{}, false
		}
		o := chunk{first: c.first, last: k - 1, nameFirst: c.first, kind: nameOrg, poss: x.toks[k-1].poss}
		var name []string
		for _, t := range x.toks[c.first:k] {
			if t.kind != word {
				return chunk{}, false
			}
			name = append(name, t.text)
			o.keys = append(o.keys, normKey(t.key))
		}
		if len(o.keys) > len(c.title) || !slices.Equal(o.keys, c.title[:len(o.keys)]) {
			return chunk{}, false
		}
		o.name = strings.Join(name, " ")
		return o, true
	}
	return chunk{}, false
}

// placeFollows reports whether chunk ci is followed by a comma and a name
// the entity extractor took for a place: "Charlotte, N.C.".
func (x *para) placeFollows(ci int, spans []typedSpan) bool {
	c := x.chunks[ci]
	if ci+1 >= len(x.chunks) || !x.isPunct(c.last+1, ",") || x.chunks[ci+1].first != c.last+2 {
		return false
	}
	n := x.chunks[ci+1]
	start, end := x.toks[n.first].start, x.toks[n.last].end
	for _, s := range spans {
		if s.typ == entity.Place && s.start <= start && s.end >= end {
			return true
		}
	}
	return false
}

// nameKeys returns the keys of the words of the names of two words or
// more that the paragraphs write.
func nameKeys(arts []*article) map[string]bool {
	keys := make(map[string]bool)
	for _, art := range arts {
		for _, x := range art.paras {
			for _, c := range x.chunks {
				if len(c.keys) > 1 {
					for _, k := range c.keys {
						keys[k] = true
					}
				}
			}
		}
	}
	return keys
}

// orgNames maps the names and aliases of the organisations among es,
// lower-cased and without a leading "the", to the organisation's name, so
// that a speaker written "FDA" or "Korvane" is named as its entity is:
// "Food and Drug Administration", "Korvane Systems". A form that also
// names a person is left out.
func orgNames(es []entity.Entity) map[string]string {
	people := make(map[string]bool)
	for _, e := range es {
		if e.Type == entity.Person {
			people[orgKey(e.Name)] = true
			for _, a := range e.Aliases {
				people[orgKey(a)] = true
			}
		}
	}
	out := make(map[string]string)
	for _, e := range es {
		if e.Type != entity.Org {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if k := orgKey(form); k != "" && !people[k] {
				if _, dup := out[k]; !dup {
					out[k] = e.Name
				}
			}
		}
	}
	return out
}

// orgKey is the key of orgNames for a name.
func orgKey(name string) string {
	return strings.TrimPrefix(strings.ToLower(normKey(name)), "the ")
}

// whoAfter reports whether a relative "who" follows the name, as it
// follows people and not organisations or places: "Selamawit
// Gebremedhin, who led the delegation,".
func (x *para) whoAfter(c chunk) bool {
	i := c.last + 1
	if x.isPunct(i, ",") {
		i++
	}
	return !c.poss && x.word(i, x.toks[c.last].unit) && x.key(i) == "who"
}

// chargeVerbs say that someone is in charge of a body or a venture:
// "who has run the Gantry since 2019". Chairing is kept apart: the chair
// of a committee is not its director.
var chargeVerbs = map[string]byte{
	"run": 'r', "ran": 'r', "runs": 'r', "led": 'r', "leads": 'r', "headed": 'r', "heads": 'r',
	"manages": 'r', "managed": 'r', "chairs": 'c', "chaired": 'c', "convenes": 'v', "convened": 'v',
}

// leadsAfter returns 'r' when a relative clause set off after a name says
// the person runs a body by name or by its noun, as a title would: "Imogen
// Threlfall, who has run the Gantry since 2019," or "Dale Whitacre, who
// has run the hospital since 2017,"; 'c' when it says they chair one; and
// 0 otherwise. A part of a body ("who runs the hospital's cancer unit"),
// one of many ("who runs a café"), a race, a risk or a team taken
// somewhere ("who led the Yankees to the title") is no charge of one.
func (x *para) leadsAfter(c chunk) byte {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",") || x.key(i+1) != "who" {
		return 0
	}
	u := x.toks[c.last].unit
	k := i + 2
	if x.key(k) == "has" || x.key(k) == "had" || x.key(k) == "have" {
		k++
	}
	if x.key(k) == "also" || x.key(k) == "long" {
		k++
	}
	if !x.word(k, u) || chargeVerbs[x.key(k)] == 0 {
		return 0
	}
	o := k + 1
	if x.key(o) == "the" || (x.key(o) == "its" || x.key(o) == "their") && chargeVerbs[x.key(k)] != 'r' {
		o++ // "who convenes its housing committee"
	}
	if !x.word(o, u) {
		return 0
	}
	switch t := x.toks[o]; {
	case t.cap && !stopwords[t.key]:
		for o+1 < len(x.toks) && x.word(o+1, u) && x.toks[o+1].cap && !x.toks[o].poss {
			o++ // "who ran Whitlock Wealth Partners"
		}
	case o == k+2:
		// "who has run the hospital", "the local hospital", "the family
		// firm".
		for n := 0; n < 2 && !orgHeads[x.key(o)] && x.word(o+1, u) && !x.toks[o].cap && !x.toks[o].poss && !stopwords[x.key(o)] && x.verbAt(o) == 0; n++ {
			o++
		}
		if !orgHeads[x.key(o)] || chargeless[x.key(o)] || x.toks[o].cap {
			return 0
		}
	default:
		return 0
	}
	if x.toks[o].poss && chargeVerbs[x.key(k)] != 'r' {
		// "who convenes the council’s economy committee": a body of
		// the council, which its convener or chair leads.
		h := o + 1
		for h < o+3 && x.word(h+1, u) && !x.toks[h].cap && !orgHeads[x.key(h)] {
			h++
		}
		if !x.word(h, u) || x.toks[h].cap || !orgHeads[x.key(h)] {
			return 0
		}
		o = h
	}
	if x.toks[o].poss || x.key(o+1) == "to" || x.key(o+1) == "with" {
		return 0
	}
	return chargeVerbs[x.key(k)]
}

// chargeless are nouns for bodies that one leads without being in charge
// of them, or that are not the body a story is about: "who led the team
// to victory", "who led the campaign".
var chargeless = set(`team campaign league unit mission movement programme program branch chapter
	panel forum caucus taskforce brigade force army navy military government cabinet`)

// personSetOff reports whether an appositive set off after the name
// describes a person: "Abdelrahim, a 23-year-old from Darfur,", "Nour, an
// Egyptian woman travelling with her sons,". A noun for a person that
// only modifies the next one does not: "Marlbridge Matters, a local
// politics blog,".
func (x *para) personSetOff(c chunk) bool {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",") || x.key(i+1) != "a" && x.key(i+1) != "an" {
		return false
	}
	u := x.toks[i].unit
	for k := i + 2; k < len(x.toks) && k <= i+5 && x.word(k, u); k++ {
		key := x.key(k)
		if ageModifier(key) {
			return true
		}
		if x.toks[k].cap || !describesPerson([]string{key}) {
			continue
		}
		if n := x.key(k + 1); x.word(k+1, u) && !x.toks[k+1].cap && !stopwords[n] && !boundaryWords[n] && x.verbAt(k+1) == 0 {
			continue // "a local politics blog": the noun modifies the next
		}
		return true
	}
	return false
}

// speaksAfter reports whether the name is a body's that speaks of itself:
// a verb of speech follows it, and "it" or "its" or "in a statement"
// follows the verb, or a clause opening with "which" or an article sets
// the name off before the verb. "Unison said it would", "Unesco, which
// lists the town as a World Heritage Site, said". The word must look like
// a body's name (bodyLike): plurals, nouns for people and pronouns say
// "it" of what they speak about ("Staff said it had been “chaos”").
func (x *para) speaksAfter(c chunk) bool {
	i := c.last + 1
	u := x.toks[c.last].unit
	if c.poss || !x.word(i, u) && !x.isPunct(i, ",") || !bodyLike(c.keys[0]) {
		return false
	}
	setOff := false
	if x.isPunct(i, ",") {
		switch x.key(i + 1) {
		case "which", "a", "an", "the":
		default:
			return false
		}
		k := i + 2
		for k < len(x.toks) && k < i+30 && x.toks[k].unit == u && !x.isPunct(k, ",;:()—–") && x.toks[k].kind != quoted {
			k++
		}
		if !x.isPunct(k, ",") {
			return false
		}
		i, setOff = k+1, true
	}
	if !x.word(i, u) || !selfReportVerbs[x.key(i)] {
		return false
	}
	n := x.key(i + 1)
	return setOff || x.word(i+1, u) && (n == "it" || n == "its" || n == "in" && x.key(i+2) == "a" && x.key(i+3) == "statement")
}

// clubSpeaks reports whether the name ends in a word of a sports club's
// name (clubEnd), no preposition or possessive puts it in its sentence as
// a place, and a verb of speech follows it: "Luton Town said", "Ardwick
// Rovers confirmed".
func (x *para) clubSpeaks(c chunk) bool {
	if len(c.keys) < 2 || c.poss || c.nameFirst > 0 && (x.toks[c.nameFirst-1].poss || placePrepositions[x.key(c.nameFirst-1)] || x.key(c.nameFirst-1) == "of" || x.key(c.nameFirst-1) == "to" || x.key(c.nameFirst-1) == "from") {
		return false // "The mayor of Cape Town said", "Traders in Edinburgh's Old Town said"
	}
	if !clubEnd(c.keys[len(c.keys)-1]) {
		return false
	}
	u := x.toks[c.last].unit
	return x.word(c.last+1, u) && selfReportVerbs[x.key(c.last+1)]
}

// bodyLike reports whether a capitalised word opening a sentence may be a
// body's name rather than a plural, a noun for a group or a pronoun, all of
// which say "it" of what they speak about: "Staff said it had been
// “chaos”", "Everyone said it was “unbelievable”".
func bodyLike(key string) bool {
	return !strings.HasSuffix(key, "s") && !groupNouns[key+"s"] && !titles[key] && !roleHeads[key] && !personNouns[key] && !plainPeople[key] && !collectiveNouns[key] && !indefinites[key]
}

// collectiveNouns are singular nouns for a body of people that open a
// sentence as a subject: "Management said".
var collectiveNouns = set(`management staff leadership government police security personnel crew`)

// indefinites are the pronouns for people in general.
var indefinites = set(`everyone everybody nobody anyone anybody someone somebody no-one none`)

// bodySpeaks reports whether the chunk ci, a place, opens the name of a
// public body written with its nouns in lower case that says something
// in the sentence: "Midshire police said", "Leicester city council, which
// owns the block, said".
func (x *para) bodySpeaks(ci int) bool {
	if x.bodyPhrase(ci, "") == "" {
		return false
	}
	u := x.toks[x.chunks[ci].last].unit
	for k := x.chunks[ci].last + 1; k < len(x.toks) && x.toks[k].unit == u && x.toks[k].kind != quoted; k++ {
		if selfReportVerbs[x.key(k)] {
			return true
		}
	}
	return false
}

// selfReportVerbs are the verbs of speech a body's name opening a sentence
// comes before: "Unison said it would".
var selfReportVerbs = set(`said says told tells added adds warned warns stated states announced announces
	confirmed confirms insisted insists argued argues claimed claims wrote writes`)

// peopleNames returns, by article id and lower-case word, the full name of
// the one person each article names by that word alone ("Kittredge"), as
// the entity extractor merged the article's mentions: it joins the
// surname to a full name this package reads in parts (Sheriff Buford "Bo"
// Kittredge, "Dean Fothergill, a councillor"). A word two people of the
// article are called by maps to "".
func peopleNames(es []entity.Entity) map[[2]string]string {
	out := make(map[[2]string]string)
	for _, e := range es {
		if e.Type == entity.Person && !strings.Contains(e.Name, " ") {
			// "a crane driver who gave his name only as Rangi": one
			// of that name besides Moana Te Rangi.
			for _, m := range e.Mentions {
				out[[2]string{m.Article, strings.ToLower(m.Text)}] = ""
			}
		}
	}
	for _, e := range es {
		if e.Type != entity.Person || !strings.Contains(e.Name, " ") {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) == 2 && honorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
			continue // "Shri Naidu" is no full name: "Smt Naidu" may be his wife
		}
		for _, m := range e.Mentions {
			if strings.Contains(m.Text, " ") || m.Text != words[len(words)-1] && !(m.Text == words[0] && isGivenName(strings.ToLower(m.Text))) && slices.Contains(words, m.Text) {
				continue // a word of the name but its surname or given name: not "Earth" of "Earth LHS"; another name ("Mule" of Derek Pruett) is kept
			}
			k := [2]string{m.Article, strings.ToLower(m.Text)}
			if n, seen := out[k]; seen && n != e.Name {
				out[k] = ""
				continue
			}
			out[k] = e.Name
		}
	}
	return out
}
