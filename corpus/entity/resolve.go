package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"parallax/corpus"
	"parallax/corpus/givenname"
)

// An index holds the corpus's full names of people and names of
// organisations, to resolve shorter forms against.
type index struct {
	fullCount map[string]int      // full person key → mentions
	words     map[string][]string // full person key → its words
	bySurname map[string][]string // last word → full person keys
	orgFirst  map[string][]string // first word → organisation keys
	acronyms  map[string]string   // initials → organisation key
	mixed     map[string]string   // initials with a connective's, written "DfE" → organisation key
	defined   map[string]bool     // initials defined in parentheses after the name
	orgCount  map[string]int
	places    map[string]bool // words the corpus uses as or in places' names
	orgWords  map[string]bool // single words the corpus uses as organisations
}

// entityKey identifies an entity while resolving: its type and key.
type entityKey struct {
	typ Type
	key string
}

// resolve settles each candidate's type and entity and builds the
// entities.
func (x *extractor) resolve(c *corpus.Corpus, arts [][]cand) []Entity {
	for _, cs := range arts {
		x.settle(cs)
	}
	ix := x.buildIndex(arts)
	ids := make(map[entityKey]int)
	var keys []entityKey
	var es []Entity
	get := func(k entityKey) int {
		if i, ok := ids[k]; ok {
			return i
		}
		ids[k] = len(es)
		keys = append(keys, k)
		es = append(es, Entity{Type: k.typ})
		return len(es) - 1
	}
	// First settle every candidate's entity and count the mentions, so
	// that each entity's mentions are allocated once.
	var count []int
	for ai := range arts {
		cs := arts[ai]
		for i, k := range x.resolveArticle(cs, ix) {
			cs[i].entity = -1
			if k.key == "" {
				continue
			}
			cs[i].entity = get(k)
			for len(count) < len(es) {
				count = append(count, 0)
			}
			count[cs[i].entity]++
		}
	}
	for e := range es {
		es[e].Mentions = make([]Mention, 0, count[e])
	}
	display := make(map[int]map[string]int) // entity → text → count of its best forms
	for ai := range arts {
		a := &c.Articles[ai]
		cs := arts[ai]
		seenDesc := make(map[int]map[string]bool)
		for i := range cs {
			e := cs[i].entity
			if e < 0 {
				continue
			}
			k := keys[e]
			cd := &cs[i]
			p := &a.Paragraphs[cd.para]
			es[e].Mentions = append(es[e].Mentions, Mention{Article: a.ID, Paragraph: p.ID, Start: cd.start, End: cd.end, Text: cd.text})
			if display[e] == nil {
				display[e] = make(map[string]int)
			}
			switch {
			case cd.nickname:
			case cd.nick != "":
				display[e][cd.canon]++ // Buford Kittredge, not Buford "Bo" Kittredge
				display[e][cd.nick]++
			default:
				display[e][cd.text]++
			}
			if k.typ != Person && k.typ != Org {
				continue
			}
			if seenDesc[e] == nil {
				seenDesc[e] = make(map[string]bool)
			}
			for _, d := range cd.descs {
				lk := strings.ToLower(d.text)
				if seenDesc[e][lk] {
					continue
				}
				seenDesc[e][lk] = true
				es[e].Descriptors = append(es[e].Descriptors, Descriptor{Article: a.ID, Paragraph: p.ID, Start: d.start, End: d.end, Text: d.text})
			}
		}
	}
	for i := range es {
		es[i].Name = canonicalName(keys[i], display[i])
		var aliases []string
		for t := range display[i] {
			if t != es[i].Name {
				aliases = append(aliases, t)
			}
		}
		sort.Strings(aliases)
		es[i].Aliases = aliases
	}
	order := make([]int, len(es))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := &es[order[a]], &es[order[b]]
		if ea.Type != eb.Type {
			return ea.Type < eb.Type
		}
		if ea.Name != eb.Name {
			return ea.Name < eb.Name
		}
		return order[a] < order[b] // entities are created in order of first mention
	})
	out := make([]Entity, len(es))
	for i, j := range order {
		out[i] = es[j]
	}
	return out
}

// settle decides the types of an article's candidates that the rules
// over their own words and cues left open.
func (x *extractor) settle(cs []cand) {
	for i := range cs {
		x.settleLong(&cs[i])
	}
	confirmGuesses(cs)
	placeGiven(cs)
	teamClubs(cs)
	cuedHeads(cs)
}

// settleLong decides the type of a name of two words or more that no rule
// typed: a place after a place cue, else a person when its words look
// like a name's (the corpus never writes them in lower case).
func (x *extractor) settleLong(cd *cand) {
	if cd.typ != "" || len(cd.keys) < 2 {
		return
	}
	if modelName(cd) {
		return
	}
	placeWord, placeLast := false, false
	fields := strings.Fields(cd.text)
	for n, f := range fields {
		if strings.Contains(f, "-") {
			continue // "Abdikarim-Lund": a double surname, whatever its halves
		}
		if g, ok := gazetteer[nameKey(f)]; ok {
			placeWord = true // "Tokyo Olympics", "UK Athletics"
			placeLast = n == len(fields)-1 && g.typ == Place
		}
	}
	first := cd.keys[0]
	switch {
	case cd.orgCue && !cd.person:
		cd.typ = Org // "an analyst at Peel Hunt"
	case cd.place && !cd.person:
		cd.typ = Place
	case placeLast && cd.person && !cd.titled && !cd.place && !placeInside(cd.keys) && !givenname.Is(first) && !genericFirst[first] && !regionWords[first] && !isDemonym(first):
		// "Parks Canada said", "Historic England said": a public body
		// named for its field and its country speaks; a place does not.
		cd.typ = Org
	case placeWord && !cd.titled:
		return
	case cd.person && !cd.titled && len(cd.keys) > 1 && genericFirst[first] && !givenname.Is(first) && !givenname.Is(cd.keys[1]) && !placeInside(cd.keys):
		// "National Highways said", "Global Witness said": no one's
		// given name is a word as common as that. Before a given name
		// it is a rank: "Private Ryan Holt said".
		cd.typ = Org
	case cd.person:
		cd.typ = Person
	default:
		if cd.article {
			return // "the Charlotte Hornets": see teamClubs
		}
		for _, k := range cd.keys {
			if x.st.lower[k] > 0 || stopwords[k] {
				return
			}
		}
		if last := fields[len(fields)-1]; isCapsWord(last) && !generations[strings.ToLower(last)] && !givenname.Is(first) {
			return // "Harbury WI", "Castlebridge UCU": initials end no one's name
		}
		cd.typ = Person
		cd.guess = true
	}
}

// placeInside reports whether a word of keys before the last is a place
// the gazetteer lists: "Glasgow Scotland" is no body's name.
func placeInside(keys []string) bool {
	for _, k := range keys[:len(keys)-1] {
		if _, ok := gazetteer[k]; ok {
			return true
		}
	}
	return false
}

// regionWords make a region of the place they stand before: "Atlantic
// Canada", "Greater Manchester".
var regionWords = set(`northern southern eastern western central upper lower greater inner outer
	atlantic pacific coastal rural metropolitan metro downtown old`)

// modelName reports whether the name cd ends in the plural of initials,
// naming things of a make, not a person or a body: "Halvorsen Tamarack
// SUVs".
func modelName(cd *cand) bool {
	f := strings.Fields(cd.text)
	base, ok := strings.CutSuffix(f[len(f)-1], "s")
	return ok && isCapsWord(base)
}

// teamClubs makes the places named "X City" or "X Town" sports clubs
// when the article writes the last word alone with a capital, as it
// writes a club ("City travel to Brentford") and never a place. A name
// written after "the" whose plural last word stands alone too is a team
// or a band: "the Charlotte Hornets" and "the Hornets".
func teamClubs(cs []cand) {
	alone := make(map[string]bool)
	nicknames := make(map[string]bool) // a plural name alone: "Hornets"
	for _, cd := range cs {
		if len(cd.keys) == 1 && teamPlaces[cd.keys[0]] && !cd.unsure && cd.typ != Place {
			alone[cd.keys[0]] = true
		}
		if k := cd.keys; len(k) == 1 && cd.typ != Place && cd.typ != Person && pluralName(k[0]) {
			nicknames[k[0]] = true
		}
	}
	if len(alone) == 0 && len(nicknames) == 0 {
		return
	}
	for i := range cs {
		cd := &cs[i]
		if n := len(cd.keys); n >= 2 && cd.canon == "" && (cd.typ == Place || cd.typ == "") && alone[cd.keys[n-1]] {
			cd.typ = Org
		}
		if n := len(cd.keys); n >= 2 && cd.article && cd.typ == "" && nicknames[cd.keys[n-1]] {
			cd.typ = Org // "the Charlotte Hornets" … "the Hornets"
		}
	}
}

// cuedHeads makes an organisation of an undecided name whose first word
// the article then writes alone as an organisation's: "Nordhavn Line" in an
// article that goes on to write "Nordhavn shares". The long name must come
// first, as a full name does; "Murmur DMs" after "Murmur's network" is not
// the company's name.
func cuedHeads(cs []cand) {
	cued := make(map[string]bool)
	first := make(map[string]int) // one-word key → index of its first mention
	for i, cd := range cs {
		if len(cd.keys) != 1 {
			continue
		}
		if _, ok := first[cd.keys[0]]; !ok {
			first[cd.keys[0]] = i
		}
		if cd.orgCue && !cd.person && !cd.place && !cd.titled && !cd.unsure && cd.typ == "" {
			cued[cd.keys[0]] = true
		}
	}
	for i := range cs {
		cd := &cs[i]
		if len(cd.keys) >= 2 && cd.typ == "" && cd.canon == "" && !cd.person && !cd.place && cued[cd.keys[0]] && i < first[cd.keys[0]] && !modelName(cd) {
			cd.typ = Org
		}
	}
}

// confirmGuesses keeps a person guessed from the shape of an unknown name
// only when the article gives other evidence for it: another mention of
// the full name with a cue, a description, its last word used alone (or
// its last words, a person's double surname: "Abara-Delacourt"), or "his"
// or "her" after it in a clause it opens.
func confirmGuesses(cs []cand) {
	cued := make(map[string]bool)
	alone := make(map[string]bool)
	// One-word names cued as a body's ("leather goods maker Valtessi") and
	// never as a person's.
	bodies := make(map[string]bool)
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.orgCue && !cd.person && !cd.place {
			bodies[cd.keys[0]] = true
		}
	}
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.person {
			delete(bodies, cd.keys[0])
		}
	}
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.typ != Date && !bodies[cd.keys[0]] || len(cd.keys) > 1 && cd.typ == Person && (!strings.Contains(cd.text, " ") || particles[cd.keys[0]]) {
			alone[strings.Join(cd.keys, " ")] = true
		}
		if cd.typ == Person && len(cd.keys) >= 2 && (!cd.guess || len(cd.descs) > 0 || cd.pronAfter) {
			cued[strings.Join(cd.keys, " ")] = true
		}
	}
	for i := range cs {
		cd := &cs[i]
		if !cd.guess || cd.pronAfter {
			continue
		}
		if !cued[strings.Join(cd.keys, " ")] && !tailAlone(cd.keys, alone) {
			cd.typ = ""
		}
	}
}

// placeGiven types as a person a name of two words whose first is a place
// the gazetteer lists and whose last is the surname of someone the
// article names by it alone: "the Australian captain, Georgia
// McCallister" beside "McCallister said".
func placeGiven(cs []cand) {
	alone := make(map[string]bool)
	other := make(map[string]bool) // "Wolverines" the article also writes as a body's
	for _, cd := range cs {
		if len(cd.keys) != 1 {
			continue
		}
		switch {
		case cd.typ == Person || cd.typ == "" && cd.person && !cd.orgCue && !cd.place:
			alone[cd.keys[0]] = true
		case cd.typ != "" || cd.orgCue || cd.place:
			other[cd.keys[0]] = true
		}
	}
	for i := range cs {
		cd := &cs[i]
		fields := strings.Fields(cd.text)
		if cd.typ != "" || len(cd.keys) != 2 || len(fields) != 2 || cd.place || cd.orgCue || !alone[cd.keys[1]] || other[cd.keys[1]] {
			continue
		}
		if g, ok := gazetteer[nameKey(fields[0])]; ok && g.typ == Place {
			cd.typ = Person
		}
	}
}

// tailAlone reports whether the last words of keys, fewer than all, are a
// name of their own in alone.
func tailAlone(keys []string, alone map[string]bool) bool {
	for k := 1; k < len(keys); k++ {
		if alone[strings.Join(keys[k:], " ")] {
			return true
		}
	}
	return false
}

// buildIndex collects the full names of people and the names of
// organisations of the whole corpus.
func (x *extractor) buildIndex(arts [][]cand) *index {
	ix := &index{
		fullCount: make(map[string]int), bySurname: make(map[string][]string), words: make(map[string][]string),
		orgFirst: make(map[string][]string), acronyms: make(map[string]string), mixed: make(map[string]string), defined: make(map[string]bool), orgCount: make(map[string]int),
		places: make(map[string]bool), orgWords: make(map[string]bool),
	}
	for _, cs := range arts {
		for i, cd := range cs {
			switch {
			case cd.typ == Place && cd.canon == "":
				for n, k := range cd.keys {
					if !(n == 0 && placePrefixes[k]) && !(n == len(cd.keys)-1 && placeSuffixes[k]) {
						ix.places[k] = true
					}
				}
			case cd.typ == "" && cd.place && !cd.person && len(cd.keys) == 1:
				ix.places[cd.keys[0]] = true
			case cd.typ == "" && cd.orgCue && !cd.person && len(cd.keys) == 1:
				ix.orgWords[cd.keys[0]] = true
			}
			switch {
			case cd.typ == Person && len(cd.keys) >= 2:
				k := strings.Join(cd.keys, " ")
				if ix.fullCount[k] == 0 {
					ix.words[k] = cd.keys
					last := cd.keys[len(cd.keys)-1]
					ix.bySurname[last] = append(ix.bySurname[last], k)
					if n := len(cd.keys); n >= 3 && generations[last] {
						ix.bySurname[cd.keys[n-2]] = append(ix.bySurname[cd.keys[n-2]], k)
					}
				}
				ix.fullCount[k]++
			case cd.typ == Org && cd.canon == "" && len(cd.keys) >= 2:
				k := orgKey(cd.keys)
				if ix.orgCount[k] == 0 {
					f := cd.keys[0]
					if groupPrefixes[f] && len(cd.keys) >= 3 {
						f = cd.keys[1] // "Lormont" of "Groupe Lormont SA"
					}
					if !genericFirst[f] && x.st.lower[f] == 0 {
						ix.orgFirst[f] = append(ix.orgFirst[f], k)
					}
					for _, a := range initialisms(cd.keys, strings.Fields(cd.text)) {
						if _, dup := ix.acronyms[a]; !dup {
							ix.acronyms[a] = k
						}
					}
					if a := forInitials(cd.keys); a != "" {
						if _, dup := ix.mixed[a]; !dup {
							ix.mixed[a] = k
						}
						if _, dup := ix.acronyms[a]; !dup && departmentHeads[cd.keys[0]] {
							ix.acronyms[a] = k // "DFE" too for a department: "DFID"
						}
					}
				}
				// "NSW Department of Primary Industries (DPI)" defines its
				// short form, whatever its letters, at whichever mention
				// the short form follows.
				if i+1 < len(cs) {
					if d := cs[i+1]; d.paren && d.para == cd.para && d.start == cd.end+2 && len(d.keys) == 1 {
						if _, dup := ix.acronyms[d.keys[0]]; !dup || !ix.defined[d.keys[0]] {
							ix.acronyms[d.keys[0]] = k
						}
						if ix.acronyms[d.keys[0]] == k {
							ix.defined[d.keys[0]] = true
						}
					}
				}
				ix.orgCount[k]++
			}
		}
	}
	return ix
}

// orgKey returns the key of an organisation's name, with a leading place
// written in its canonical form ("U.S. Army" is "united states army").
func orgKey(keys []string) string {
	for n := len(keys) - 1; n >= 1; n-- {
		if g, ok := gazetteer[strings.Join(keys[:n], " ")]; ok && g.typ == Place {
			return nameKey(g.canon) + " " + strings.Join(keys[n:], " ")
		}
	}
	return strings.Join(keys, " ")
}

// initialisms returns the ways a name's initials are written as its
// short form, as keys (lower case): the initials of its main words ("Drug
// Enforcement Administration" is "dea", "Committee to Protect Journalists"
// "cpj"); with the "of" for a department ("Department of Justice" is
// "doj"); and without a leading head and its preposition ("Department of
// Health and Human Services" is "hhs"); and with every letter of a word
// written in capitals, when words are the name's words as written ("UK
// Health Security Agency" is "ukhsa"); and without a leading place ("US
// Consumer Product Safety Commission" is "cpsc"). Forms shorter than two
// letters are left out.
func initialisms(keys, words []string) []string {
	var out []string
	add := func(a string) {
		if len(a) >= 2 && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	add(initials(keys, false))
	add(initials(keys, true))
	if len(keys) >= 4 && linkedHead(keys, 0) {
		add(initials(keys[2:], false))
	}
	for k := 1; k+2 < len(keys); k++ {
		// "White House Office of Management and Budget" is "omb": the
		// owner before the head of one of its units is left out, when
		// three letters or more are left ("Royal Academy of Arts" is no
		// "AA", "Federal Reserve Bank of New York" no "BNY").
		if unitHeads[keys[k]] && linkedHead(keys, k) {
			for _, a := range []string{initials(keys[k:], false), initials(keys[k:], true)} {
				if len(a) >= 3 {
					add(a)
				}
			}
			break
		}
	}
	if g, ok := gazetteer[keys[0]]; ok && g.typ == Place && len(keys) >= 3 {
		// "US Consumer Product Safety Commission" is "cpsc": the country
		// is left out.
		add(initials(keys[1:], false))
	}
	if len(words) == len(keys) {
		// Each letter of "UK" stands as a word of its own.
		var spelt []string
		for n, k := range keys {
			if !isCapsWord(words[n]) {
				spelt = append(spelt, k)
				continue
			}
			for _, r := range k {
				spelt = append(spelt, string(r))
			}
		}
		if len(spelt) > len(keys) {
			add(initials(spelt, false))
		}
	}
	return out
}

// forInitials returns the initials of a name whose head "for" joins to
// its field, with the "for", as a key: "dfe" for the "Department for
// Education", which writes them "DfE"; or "".
func forInitials(keys []string) string {
	if len(keys) < 3 || keys[1] != "for" {
		return ""
	}
	return initials(keys[:1], false) + "f" + initials(keys[2:], false)
}

// unitHeads head the names of the units of a government or a body, which
// go by their own initials without the owner's: "White House Office of
// Management and Budget" is the "OMB".
var unitHeads = map[string]bool{"office": true, "department": true, "bureau": true, "division": true, "directorate": true, "ministry": true}

// initials returns the initials of a name's words, leaving out its
// connectives ("of" too unless withOf).
func initials(keys []string, withOf bool) string {
	var b strings.Builder
	for _, k := range keys {
		switch k {
		case "of":
			if !withOf {
				continue
			}
		case "and", "for", "on", "to", "the", "&":
			continue
		}
		r := []rune(k)
		if len(r) > 0 && unicode.IsLetter(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// isCapsWord reports whether w is a short word written in capitals, as
// initials are: "UK", "EU", "NHS".
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// resolveArticle returns the entity key of each candidate of one article,
// or an empty key for a candidate that is not a mention.
func (x *extractor) resolveArticle(cs []cand, ix *index) []entityKey {
	out := make([]entityKey, len(cs))
	// The article's full names of people, with the positions they are written at.
	fullAt := make(map[string][]int)
	var fulls []string
	words := make(map[string][]string)
	gender := make(map[string]byte) // full name → gender its honorifics give
	for i, cd := range cs {
		if cd.typ == Person && len(cd.keys) >= 2 {
			k := strings.Join(cd.keys, " ")
			if cd.gender != 0 {
				gender[k] = cd.gender
			}
			if fullAt[k] == nil {
				fulls = append(fulls, k)
				words[k] = cd.keys
			}
			fullAt[k] = append(fullAt[k], i)
		}
	}
	// A nickname and the surname are the person whose name the article
	// writes with that nickname inside it: "Peggy de la Haye" is Margaret
	// “Peggy” de la Haye.
	nicked := make(map[string]string)
	for _, cd := range cs {
		if cd.nick != "" && cd.typ == Person && len(cd.keys) >= 2 {
			nicked[nameKey(cd.nick)+" "+strings.Join(cd.keys[1:], " ")] = strings.Join(cd.keys, " ")
		}
	}
	// A full name inside a longer one of the same person is that person,
	// as is a surname with a particle inside one before a second surname:
	// "De la Fuente" in "Óscar de la Fuente Villanueva".
	longer := make(map[string]string)
	for _, f := range fulls {
		fk := words[f]
		var in []string
		for _, g := range fulls {
			gk := words[g]
			if len(gk) > len(fk) && (gk[len(gk)-1] == fk[len(fk)-1] && containsInOrder(gk, fk) || particles[fk[0]] && HoldsSurname(gk, fk)) {
				in = append(in, g)
			}
		}
		if len(in) == 1 {
			longer[f] = in[0]
		}
	}
	// Organisations and places the article names in full.
	orgs := make(map[string]bool)
	places := make(map[string]bool)
	for _, cd := range cs {
		switch {
		case cd.typ == Org && cd.canon == "" && len(cd.keys) >= 2:
			orgs[orgKey(cd.keys)] = true
		case cd.typ == "" && cd.place && !cd.person && len(cd.keys) == 1:
			places[cd.keys[0]] = true // "in Ashmoor"
		case cd.typ == Place:
			places[nameKey(cd.text)] = true
			for n, k := range cd.keys {
				if !(n == 0 && placePrefixes[k]) && !(n == len(cd.keys)-1 && placeSuffixes[k]) {
					places[k] = true // "Aldwater" after "Lower Aldwater"
				}
			}
		}
	}
	// A name the article also writes with "Group" or "Ltd" after it is
	// that body's short form, not a body of its own: "Tollgate" is then
	// Tollgate Media Group, not Tollgate Media.
	var short []string
	for k := range orgs {
		if o := orgExtending(strings.Fields(k), orgs); o != "" && registeredEnding(o, len(strings.Fields(k))) {
			short = append(short, k)
		}
	}
	for _, k := range short {
		delete(orgs, k)
	}
	// One-word names the article cues as organisations ("carrier Nordair").
	orgCued := make(map[string]bool)
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.orgCue && !cd.unsure && !cd.titled && !cd.place && cd.typ != Place && cd.typ != Date {
			orgCued[cd.keys[0]] = true
		}
	}
	// One-word names the article gives an age or an honorific
	// ("Abdelrahim, a 23-year-old from Darfur,", "Mr Cho"): the same word
	// without a cue of its own is that person too.
	personCued := make(map[string]bool)
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.person && (cd.described || cd.alone || cd.gender != 0) && !cd.unsure && !cd.orgCue && !cd.place && cd.typ != Place && cd.typ != Org && cd.typ != Date {
			personCued[cd.keys[0]] = true
		}
	}
	lastTitled := make(map[string]int) // person key → 1 untitled, 2 titled short mention seen last
	for i := range cs {
		cd := &cs[i]
		stateBody := ""
		if cd.typ == Org || cd.typ == "" {
			stateBody = placeInitials(cd.keys, ix, orgs)
		}
		switch {
		case cd.typ == Date:
			out[i] = entityKey{Date, nameKey(cd.text)}
			continue
		case cd.canon != "" && cd.kindWord && cd.typ == Org && kindOf(cd.keys[0], orgs) != "":
			// "the Treasury" after "the National Treasury": the one body
			// of that kind the article names, not the listed one.
			out[i] = entityKey{Org, kindOf(cd.keys[0], orgs)}
			continue
		case cd.canon != "":
			out[i] = entityKey{cd.typ, nameKey(cd.canon)}
			continue
		case stateBody != "":
			// "Ohio EPA" after "the Ohio Environmental Protection Agency".
			out[i] = entityKey{Org, stateBody}
			continue
		case cd.typ == Org && len(cd.keys) >= 2:
			out[i] = entityKey{Org, orgKey(cd.keys)}
			if o := orgExtending(cd.keys, orgs); o != "" && (!orgSuffixes[cd.keys[len(cd.keys)-1]] || registeredEnding(o, len(cd.keys))) &&
				(companyEnding(o, len(cd.keys)) || suffixEnding(o, len(cd.keys))) {
				// "Pennine Grid shares" after "Pennine Grid Holdings": a
				// name that only its cues make a body's is the short form
				// of the company the article names in full, not of the
				// "Wexcombe City Supporters' Trust". So is any name
				// the full one only adds "Group" or "Ltd" to: "Tollgate
				// Media" is Tollgate Media Group; or one word that ends
				// a body's name: "the Royal Fenwick’s board" is the
				// Royal Fenwick Museum's.
				out[i] = entityKey{Org, o}
			} else if o != "" && ofPlace(o, len(cd.keys), places) && !orgs[orgKey(cd.keys)+" of"] {
				// "the Reserve Bank" after "the Reserve Bank of New
				// Zealand": the body without its place.
				out[i] = entityKey{Org, o}
			}
			continue
		case cd.typ == Place && len(cd.keys) >= 2:
			out[i] = entityKey{Place, nameKey(cd.text)}
			if o := orgExtending(cd.keys, orgs); cd.person && o != "" && suffixEnding(o, len(cd.keys)) {
				// "Cobalt Ridge said" after "Cobalt Ridge Bank": a place
				// does not speak; the body named for it does.
				out[i] = entityKey{Org, o}
			}
			continue
		case cd.typ == Person && len(cd.keys) >= 2:
			if len(cd.keys) == 2 && rankInitials[cd.keys[0]] {
				// "DS Qureshi" after "Detective Sergeant Amir Qureshi",
				// "SSP Qureshi" after "Senior Superintendent Farah Naz
				// Qureshi": a rank in initials before the surname of the
				// one person the article names in full with it.
				if f := strings.Fields(cd.text); len(f) == 2 && IsRankInitials(f[0]) {
					if p := soleSurnamed(cd.keys[1], fulls, words); p != "" {
						out[i] = entityKey{Person, p}
						continue
					}
				}
			}
			if !cd.titled && cd.gender == 0 && !givenname.Is(cd.keys[0]) {
				// A double surname alone is the person named in full with
				// it, not a body named after them: "Haugland-Reyes said"
				// with Mikael Haugland-Reyes and the Haugland-Reyes Centre.
				surname := !strings.Contains(cd.text, " ") && (ix.longerFull(cd.keys) != "" || ix.mostFrequentEnding(cd.keys) != "")
				if o := orgExtending(cd.keys, orgs); o != "" && !surname {
					// "Maple Signal said" after "Maple Signal Communications".
					out[i] = entityKey{Org, o}
					continue
				}
				if k := orgKey(cd.keys); orgs[k] && strings.Contains(cd.text, " ") {
					// "SeaBridge Rescue said" after "the NGO SeaBridge
					// Rescue": a body speaks too.
					out[i] = entityKey{Org, k}
					continue
				}
			}
			k := strings.Join(cd.keys, " ")
			if l, ok := longer[k]; ok {
				k = l
			} else if l := ix.longerFull(cd.keys); l != "" {
				k = l
			} else if l := ix.mostFrequentEnding(cd.keys); l != "" && !strings.Contains(cd.text, " ") {
				// "Abara-Delacourt" after Lucien and Sunniva
				// Abara-Delacourt: a double surname alone is the one
				// most named in full, as a single surname is.
				k = l
			}
			out[i] = entityKey{Person, k}
			continue
		case len(cd.keys) >= 2:
			// An undecided long name is a mention only as an organisation
			// the article or the corpus names with evidence, or as the
			// double surname of a person named in full, or a surname
			// opening with a particle: "Montenegro-Baptiste" after "Tomás
			// Montenegro-Baptiste", "Ap Rhys has" after "Gwilym ap Rhys".
			if o := orgExtending(cd.keys, orgs); o != "" && (registeredEnding(o, len(cd.keys)) || suffixEnding(o, len(cd.keys))) {
				// "Harwell & Finch" after "Harwell & Finch Inc.", "the
				// Royal Fenwick" after "the Royal Fenwick Museum".
				out[i] = entityKey{Org, o}
			} else if k := orgKey(cd.keys); orgs[k] || ix.orgCount[k] > 0 {
				out[i] = entityKey{Org, k}
			} else if l := ix.longerFull(cd.keys); l != "" && (!strings.Contains(cd.text, " ") || particles[cd.keys[0]]) {
				out[i] = entityKey{Person, l}
			} else if l := ix.mostFrequentEnding(cd.keys); l != "" && !strings.Contains(cd.text, " ") {
				out[i] = entityKey{Person, l}
			} else if p := nickSurname(cs, cd.keys, fulls, words); p != "" {
				out[i] = entityKey{Person, p} // "Sugar Beaumont" after "Lionel Beaumont" and "If Sugar said"
				cd.nickname = true
			}
			continue
		}
		// One word.
		key := cd.keys[0]
		if k := ix.mixed[key]; k != "" && orgs[k] && mixedInitials(cd.text) {
			// "The DfE said" after "the Department for Education": the
			// "for" in lower case, where "CFA" is not the Commission for
			// Africa.
			out[i] = entityKey{Org, k}
			continue
		}
		if cd.alone && cd.typ != Org && cd.typ != Place {
			// "a crane driver who gave his name only as Rangi": not
			// Moana Te Rangi named before.
			out[i] = entityKey{Person, key}
			continue
		}
		if o := kindOf(key, orgs); cd.kindWord && o != "" {
			out[i] = entityKey{Org, o} // "the Observatory" after "the Hong Kong Observatory"
			continue
		}
		if cd.typ == Org {
			if k := ix.acronyms[key]; k != "" && orgs[k] {
				out[i] = entityKey{Org, k}
			} else {
				out[i] = entityKey{Org, key}
			}
			continue
		}
		if k := ix.acronyms[key]; k != "" && orgs[k] && cd.typ == "" && (!cd.person && capitals(cd.text) >= 2 || ix.defined[key]) {
			// "A DfE spokesperson" after "the Department for Education
			// (DfE)"; "Pagasa said" after "the Philippine Atmospheric,
			// Geophysical and Astronomical Services Administration
			// (Pagasa)".
			out[i] = entityKey{Org, k}
			continue
		}
		if cd.person && !cd.titled && cd.gender == 0 && !cd.place && cd.typ != Place && !endsFull(key, fulls, words) {
			if o := firstOf(ix.orgFirst[key], orgs); o != "" {
				// "Arden said" after "Arden Motor Co." is the company,
				// not someone whose given name is Arden: a person is
				// called by the surname.
				out[i] = entityKey{Org, o}
				continue
			}
		}
		if p := pickPerson(cs, i, key, fullAt, fulls, words, gender, lastTitled); p != "" {
			if cd.gender != 0 {
				gender[p] = cd.gender
			}
			if l, ok := longer[p]; ok {
				p = l
			}
			out[i] = entityKey{Person, p}
			if cd.titled {
				lastTitled[p] = 2
			} else {
				lastTitled[p] = 1
			}
			continue
		}
		if cd.unsure {
			// A word whose capital says nothing counts only as a name
			// the article uses otherwise.
			switch {
			case cd.orgCue && orgCued[key]:
				out[i] = entityKey{Org, key}
				if o := firstOf(ix.orgFirst[key], orgs); o != "" {
					out[i] = entityKey{Org, o} // "Serrania shares" after "Serrania Copper Corp"
				}
			case places[key]:
				out[i] = entityKey{Place, key}
			case firstOf(ix.orgFirst[key], orgs) != "":
				out[i] = entityKey{Org, firstOf(ix.orgFirst[key], orgs)}
			case personCued[key] && !orgCued[key]:
				out[i] = entityKey{Person, key} // "Abdelrahim shrugged." after "Abdelrahim, a 23-year-old from Darfur,"
			}
			continue
		}
		if cd.person && !cd.titled && cd.gender == 0 && !givenname.Is(key) {
			if o := firstOf(ix.orgFirst[key], orgs); o != "" && !orgCued[key] {
				// "Calloway said" after "Calloway Therapeutics", when no
				// one is called so: a place does not speak.
				out[i] = entityKey{Org, o}
				continue
			}
			if orgCued[key] {
				cd.person = false // "Nordair said" after "carrier Nordair"
			}
		}
		if !cd.person {
			if o := firstOf(ix.orgFirst[key], orgs); o != "" && orgCued[key] && cd.typ != Place && gazetteer[key].typ != Place {
				// "from Meridian passengers" in an article about Meridian
				// Air, whose shares fell: the word is the company's
				// wherever a preposition stands before it.
				out[i] = entityKey{Org, o}
				continue
			}
			if cd.orgCue && !cd.place || ix.orgWords[key] && !places[key] && cd.typ != Place {
				out[i] = entityKey{Org, key}
				if o := firstOf(ix.orgFirst[key], orgs); o != "" {
					out[i] = entityKey{Org, o}
				} else if o := lastOf(key, orgs); o != "" {
					out[i] = entityKey{Org, o}
				}
				continue
			}
			if orgCued[key] && cd.typ != Place && gazetteer[key].typ != Place {
				// "reported the flaw to Stridely" after "Stridely
				// spokesperson Gavin Trell": a preposition does not
				// make the company a place.
				out[i] = entityKey{Org, key}
				continue
			}
			if o := firstOf(ix.orgFirst[key], orgs); o != "" && legalForms[o[strings.LastIndexByte(o, ' ')+1:]] && cd.typ != Place && gazetteer[key].typ != Place {
				// "trade on Vaultline" after "Vaultline Global Ltd.": the
				// first word of a company's registered name is the
				// company, wherever a preposition puts it.
				out[i] = entityKey{Org, o}
				continue
			}
			if places[key] || cd.typ == Place || cd.place {
				out[i] = entityKey{Place, key}
				continue
			}
			if o := firstOf(ix.orgFirst[key], orgs); o != "" {
				out[i] = entityKey{Org, o}
				continue
			}
			if ix.places[key] {
				out[i] = entityKey{Place, key}
				continue
			}
			if o := lastOf(key, orgs); o != "" {
				out[i] = entityKey{Org, o}
				continue
			}
			if ix.orgWords[key] {
				out[i] = entityKey{Org, key}
				continue
			}
		}
		if f := ix.mostFrequent(key); f != "" && !cd.place && !(cd.article && cd.weak) {
			// But not "the Lantern", a pub, for the horse Copper
			// Lantern of another article: a surname alone does not
			// follow "the".
			out[i] = entityKey{Person, f}
			continue
		}
		switch {
		case cd.person || cd.typ == Person:
			out[i] = entityKey{Person, key}
		case cd.weak && personCued[key] && !orgCued[key]:
			out[i] = entityKey{Person, key} // "Back at the port, Abdelrahim was waiting" after "Abdelrahim, a 23-year-old,"
		case givenname.Is(key) && !cd.place && x.st.lower[key] == 0 && x.st.capMid[key] > 0:
			out[i] = entityKey{Person, key} // a given name alone: "Gareth"
		case cd.place:
			out[i] = entityKey{Place, key}
		case len(ix.orgFirst[key]) == 1:
			out[i] = entityKey{Org, ix.orgFirst[key][0]}
		}
	}
	for i, k := range out {
		if f, ok := nicked[k.key]; ok && k.typ == Person {
			out[i].key = f // "Walt" after "Walt Kimball", Walter “Walt” Kimball
		}
	}
	// "The Mule, whose real name is Derek Pruett,": the Mule is Derek
	// Pruett wherever the article names him so.
	real := make(map[string]entityKey)
	for i := 1; i < len(cs); i++ {
		a, r := cs[i-1], cs[i]
		if a.realAt > 0 && a.para == r.para && r.start == a.realAt && out[i].typ == Person && len(r.keys) >= 2 {
			real[strings.Join(a.keys, " ")] = out[i]
		}
	}
	if len(real) > 0 {
		for i, cd := range cs {
			if k, ok := real[strings.Join(cd.keys, " ")]; ok && cd.typ != Date {
				out[i] = k
			}
		}
	}
	return out
}

// nickSurname returns the one person the article names in full with
// the surname that ends keys, when the word before it is no given name
// but one the article writes alone as a name, a nickname: "Sugar
// Beaumont" and "If Sugar said" after "Lionel Beaumont"; or "".
func nickSurname(cs []cand, keys []string, fulls []string, words map[string][]string) string {
	if len(keys) != 2 || givenname.Is(keys[0]) {
		return ""
	}
	full := ""
	for _, f := range fulls {
		if w := words[f]; w[len(w)-1] == keys[1] && w[0] != keys[0] {
			if full != "" {
				return ""
			}
			full = f
		}
	}
	if full == "" {
		return ""
	}
	for _, cd := range cs {
		if len(cd.keys) == 1 && cd.keys[0] == keys[0] && cd.typ != Org && cd.typ != Place && !cd.orgCue && !cd.place {
			return full
		}
	}
	return ""
}

// placeInitials returns the organisation of the article that a place and
// an initialism name ("Ohio EPA", "NSW RFS"): one whose name is that place
// and words with those initials. It returns "" when there is none.
func placeInitials(keys []string, ix *index, orgs map[string]bool) string {
	n := len(keys) - 1
	if n < 1 {
		return ""
	}
	g, ok := gazetteer[strings.Join(keys[:n], " ")]
	if !ok || g.typ != Place {
		return ""
	}
	o := ix.acronyms[keys[n]]
	if !orgs[o] || !strings.HasPrefix(o, nameKey(g.canon)+" ") {
		return ""
	}
	return o
}

// orgExtending returns the one organisation among orgs whose name begins
// with the words keys and goes on, "maple signal communications" for
// "Maple Signal", or "".
func orgExtending(keys []string, orgs map[string]bool) string {
	prefix := strings.Join(keys, " ") + " "
	found := ""
	for k := range orgs {
		if strings.HasPrefix(k, prefix) {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

// ofPlace reports whether the organisation key o adds "of" and a place to
// its first n words: "reserve bank of new zealand".
func ofPlace(o string, n int, places map[string]bool) bool {
	w := strings.Fields(o)
	if len(w) < n+2 || w[n] != "of" {
		return false
	}
	rest := strings.Join(w[n+1:], " ")
	g, ok := gazetteer[rest]
	return ok && g.typ == Place || places[rest]
}

// companyEnding reports whether the organisation key o adds to its first
// n words one word that ends a company's name: "holdings" in "pennine
// grid holdings".
func companyEnding(o string, n int) bool {
	w := strings.Fields(o)
	return len(w) == n+1 && (legalForms[w[n]] || groupEndings[w[n]])
}

// suffixEnding reports whether the organisation key o adds to its first n
// words one word that ends organisations' names: "museum" in "royal
// fenwick museum".
func suffixEnding(o string, n int) bool {
	w := strings.Fields(o)
	return len(w) == n+1 && orgSuffixes[w[n]]
}

// registeredEnding reports whether the organisation key o adds to its
// first n words a legal form or "group" or "holdings", which a company's
// name drops in short: "tollgate media group".
func registeredEnding(o string, n int) bool {
	w := strings.Fields(o)
	return len(w) == n+1 && (legalForms[w[n]] || w[n] == "group" || w[n] == "holdings")
}

// groupEndings end the registered names of companies after their short
// name: "Pennine Grid Holdings", "Maple Signal Communications".
var groupEndings = set(`holdings group communications industries international company corporation
	enterprises systems technologies`)

// pickPerson returns the full name of the article's person that the one
// word key at cs[i] refers to, or "": of the people whose last (or first)
// name it is, the one whose earlier short mentions carried a title as this
// one does when only one did, else the one written in full nearest before,
// else first after.
func pickPerson(cs []cand, i int, key string, fullAt map[string][]int, fulls []string, words map[string][]string, gender map[string]byte, lastTitled map[string]int) string {
	var byLast, byFirst []string
	for _, f := range fulls {
		fk := words[f]
		switch {
		case surnamed(fk, key):
			byLast = append(byLast, f)
		case fk[0] == key:
			byFirst = append(byFirst, f)
		}
	}
	cands := byLast
	if len(cands) == 0 {
		cands = byFirst
	}
	if len(cands) == 0 {
		return ""
	}
	if len(cands) > 1 && cs[i].gender != 0 {
		// "Ms Marsh" is the woman of the two Marshes.
		var same []string
		for _, f := range cands {
			if genderOf(words[f], gender[f]) == cs[i].gender {
				same = append(same, f)
			}
		}
		if len(same) > 0 {
			// The nearest of them, when the woman is written two ways.
			cands = same
		}
	}
	if len(cands) > 1 {
		want := 1
		if cs[i].titled {
			want = 2
		}
		var same []string
		for _, f := range cands {
			if lastTitled[f] == want {
				same = append(same, f)
			}
		}
		if len(same) == 1 && len(same) < len(cands) {
			others := true
			for _, f := range cands {
				if f != same[0] && lastTitled[f] == 0 {
					others = false
				}
			}
			if others {
				return same[0]
			}
		}
	}
	best, bestAt := "", -1
	for _, f := range cands {
		for _, at := range fullAt[f] {
			if at < i && at > bestAt {
				best, bestAt = f, at
			}
		}
	}
	if best != "" {
		return best
	}
	bestAt = len(cs)
	for _, f := range cands {
		for _, at := range fullAt[f] {
			if at > i && at < bestAt {
				best, bestAt = f, at
			}
		}
	}
	return best
}

// soleSurnamed returns the one full name of fulls whose surname is key,
// or "" when there is none or more than one. A rank's initials and the
// surname ("DS Qureshi") are no full name.
func soleSurnamed(key string, fulls []string, words map[string][]string) string {
	found := ""
	for _, f := range fulls {
		if w := words[f]; surnamed(w, key) && !(len(w) == 2 && rankInitials[w[0]]) {
			if found != "" {
				return ""
			}
			found = f
		}
	}
	return found
}

// endsFull reports whether one of the article's full names of people
// ends with the word key.
func endsFull(key string, fulls []string, words map[string][]string) bool {
	for _, f := range fulls {
		if surnamed(words[f], key) {
			return true
		}
	}
	return false
}

// surnamed reports whether key is the surname of the full name fk: its
// last word, or the word before a generation's, "Bellamy" of Augustin
// Bellamy III.
func surnamed(fk []string, key string) bool {
	n := len(fk)
	return fk[n-1] == key || n >= 3 && generations[fk[n-1]] && fk[n-2] == key
}

// genderOf returns a person's gender: the one an honorific gave, else the
// one the given name usually indicates, else 0.
func genderOf(words []string, honorific byte) byte {
	switch {
	case honorific != 0:
		return honorific
	case givenname.Of(words[0]) == givenname.Male:
		return 'm'
	case givenname.Of(words[0]) == givenname.Female:
		return 'f'
	}
	return 0
}

// longerFull returns the corpus's one full name that contains keys and
// is longer, or "". Given names alone stand for the one full name they
// open: "Mingma Tenzing" for "Mingma Tenzing Sherpa".
func (ix *index) longerFull(keys []string) string {
	last := keys[len(keys)-1]
	found := ""
	for _, f := range ix.bySurname[last] {
		fk := ix.words[f]
		if len(fk) > len(keys) && containsInOrder(fk, keys) {
			switch {
			case found == "":
				found = f
			case containsInOrder(fk, ix.words[found]):
				// "Cour-Whitby" after "Helena de la Cour-Whitby" and
				// "De la Cour-Whitby": the short form of the two.
				found = f
			case !containsInOrder(ix.words[found], fk):
				return ""
			}
		}
	}
	if found == "" && len(keys) >= 2 && particles[keys[0]] {
		// "De la Fuente" after "Óscar de la Fuente Villanueva": a
		// surname with a particle before a second surname.
		for f, fk := range ix.words {
			if len(fk) > len(keys) && HoldsSurname(fk, keys) {
				if found != "" {
					return ""
				}
				found = f
			}
		}
		return found
	}
	if found != "" || !allGiven(keys) {
		return found
	}
	for f, fk := range ix.words {
		if len(fk) > len(keys) && slices.Equal(fk[:len(keys)], keys) {
			if found != "" {
				return ""
			}
			found = f
		}
	}
	return found
}

// allGiven reports whether every key is a given name.
func allGiven(keys []string) bool {
	for _, k := range keys {
		if !givenname.Is(k) {
			return false
		}
	}
	return true
}

// mostFrequent returns the corpus's most written full name with the last
// word key, or "" (ties go to the name first seen).
func (ix *index) mostFrequent(key string) string {
	best, n := "", 0
	for _, f := range ix.bySurname[key] {
		if c := ix.fullCount[f]; c > n {
			best, n = f, c
		}
	}
	return best
}

// mostFrequentEnding returns the corpus's most written full name that
// ends in keys and is longer, or "" (ties go to the name first seen).
func (ix *index) mostFrequentEnding(keys []string) string {
	best, n := "", 0
	for _, f := range ix.bySurname[keys[len(keys)-1]] {
		fk := ix.words[f]
		if c := ix.fullCount[f]; c > n && len(fk) > len(keys) && slices.Equal(fk[len(fk)-len(keys):], keys) {
			best, n = f, c
		}
	}
	return best
}

// firstOf returns the organisation of list that the article names, or
// "". When it names several, the one with the fewest words is the one a
// first word alone stands for ("Meridian" for Meridian Air beside the
// Meridian Pilots Association); a tie gives "".
func firstOf(list []string, in map[string]bool) string {
	found, words, tie := "", 0, false
	for _, k := range list {
		if !in[k] {
			continue
		}
		switch n := strings.Count(k, " ") + 1; {
		case found == "" || n < words:
			found, words, tie = k, n, false
		case n == words:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return found
}

// lastOf returns the one organisation the article names whose name ends
// in key, a word that ends the names of sports clubs ("Rovers" for
// "Ashford Rovers") or a plural nickname ("Hornets"), or "".
func lastOf(key string, in map[string]bool) string {
	if !teamWords[key] && !teamPlaces[key] && !pluralName(key) {
		return ""
	}
	return endingIn(key, in)
}

// kindOf returns the one organisation of in whose name the word key, a
// word that ends organisations' names, ends, or "".
func kindOf(key string, in map[string]bool) string {
	if !orgSuffixes[key] {
		return ""
	}
	return endingIn(key, in)
}

// endingIn returns the one key of in of two words or more whose last word
// is key, or "" when none or several are.
func endingIn(key string, in map[string]bool) string {
	found := ""
	for k := range in {
		if strings.HasSuffix(k, " "+key) {
			if found != "" {
				return ""
			}
			found = k
		}
	}
	return found
}

// pluralName reports whether a name's key looks like a plural noun, as
// the names of teams and bands are: "Hornets", "Wolves".
func pluralName(key string) bool {
	return len(key) > 3 && strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && !strings.HasSuffix(key, "'s")
}

// HoldsSurname reports whether the keys of a full name hold the keys of
// part, word for word, after the given name: "óscar de la fuente
// villanueva" holds "de la fuente".
func HoldsSurname(full, part []string) bool {
	for k := 1; k+len(part) <= len(full); k++ {
		if slices.Equal(full[k:k+len(part)], part) {
			return true
		}
	}
	return false
}

// containsInOrder reports whether all of sub occur in full in the same
// order.
func containsInOrder(full, sub []string) bool {
	i := 0
	for _, k := range full {
		if i < len(sub) && k == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// sameSpelling reports whether a and b spell one name but for letter case
// and "&" for "and".
func sameSpelling(a, b string) bool {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), " & ", " and ") }
	return norm(a) == norm(b)
}

// writtenVariant returns the variant of the gazetteer entry g that the
// article writes most, among those of two words or more in mixed case,
// or "".
func writtenVariant(g known, forms map[string]int) string {
	return mostWritten(forms, "", func(f string) bool {
		return len(strings.Fields(f)) >= 2 && strings.ToUpper(f) != f && gazetteer[nameKey(f)] == g
	})
}

// mostWritten returns the form of forms that ok accepts and the article
// writes most often, the first in order of bytes among equals, or from
// when none is written more often than it.
func mostWritten(forms map[string]int, from string, ok func(string) bool) string {
	best := from
	for f, n := range forms {
		if ok(f) && (best == "" || n > forms[best] || n == forms[best] && f < best) {
			best = f
		}
	}
	return best
}

// canonicalName chooses an entity's name: the canonical form of a
// gazetteer entry, else the fullest of the forms its mentions use
// (most words, then mixed case, then most used, then first in order).
func canonicalName(k entityKey, forms map[string]int) string {
	if g, ok := gazetteer[k.key]; ok && g.typ == k.typ {
		// The article's own spelling, where it writes the name so more
		// often: "Unicef", though the gazetteer lists "UNICEF"; "HM
		// Revenue & Customs" for "HM Revenue and Customs".
		best := mostWritten(forms, g.canon, func(f string) bool { return sameSpelling(f, g.canon) })
		if best != g.canon {
			return best
		}
		// A variant the article writes in words where it never writes
		// the listed name: "Doctors Without Borders", "World Wildlife
		// Fund", not "MSF" or "WWF".
		if forms[g.canon] == 0 {
			if v := writtenVariant(g, forms); v != "" {
				return v
			}
		}
		// The gazetteer's name, unless the article wrote it in full:
		// "HM Treasury" for "Treasury".
		for f := range forms {
			if len(f) > len(best) && strings.HasSuffix(f, " "+g.canon) || len(f) == len(best) && f < best && strings.HasSuffix(f, " "+g.canon) {
				best = f
			}
		}
		return best
	}
	best := ""
	score := func(s string) (int, int, int) {
		mixed := 0
		if strings.ToUpper(s) != s {
			mixed = 1
		}
		if mixed == 1 && k.typ == Person && nameKey(s) == k.key {
			// The name in full over a nickname's form of it: "Walter
			// Kimball" over "Walt Kimball".
			mixed = 2
		}
		return len(strings.Fields(s)), mixed, forms[s]
	}
	for f := range forms {
		if best == "" {
			best = f
			continue
		}
		a1, a2, a3 := score(f)
		b1, b2, b3 := score(best)
		if a1 > b1 || a1 == b1 && (a2 > b2 || a2 == b2 && (a3 > b3 || a3 == b3 && f < best)) {
			best = f
		}
	}
	// A firm named with its ’s keeps it: "Harwell’s" over "Harwell" in
	// "Harwell’s chief executive".
	for _, e := range []string{"’s", "'s"} {
		if forms[best+e] > 0 {
			return best + e
		}
	}
	return best
}

// capitals counts the upper-case letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
