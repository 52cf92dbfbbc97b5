package quote

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/corpus"
	"parallax/corpus/demonym"
	"parallax/corpus/entity"
	"parallax/corpus/givenname"
)

// An article holds the state of Find for one article.
type article struct {
	a         *corpus.Article
	title     []string // the keys of the headline's words
	ix        *nameIndex
	paras     []*para
	orgs      map[string]string // the names of organisations by their other forms (orgNames)
	finds     []*found
	local     map[int]bool   // people whose full name the article writes
	full      *fullNames     // the full names the article writes, to resolve a partial name by
	mentions  []mention      // names, in reading order
	mentionOf map[[2]int]int // (paragraph, chunk) → mention
	speakers  map[[2]int]bool
	docs      []docMention
	// pronSubject holds "he" or "she" as the subject of a sentence, by
	// (paragraph, unit).
	pronSubject map[[2]int]subjectPronoun
	// orgSubject holds the organisation a definite description that is
	// the subject of a sentence stands for ("The coast guard rejected the
	// claim."), by (paragraph, unit).
	orgSubject map[[2]int]string
	// orgKinds holds the head nouns of the descriptions set off after
	// an organisation's name, by its name: "the UK Fusion Futures Fund,
	// a government agency," gives "agency".
	orgKinds map[string][]string
	// blogAfter holds, by paragraph, whether the last post the article
	// has introduced by the paragraph's end is a blog's (see
	// lastPostBlog); computed when first needed.
	blogAfter []bool
	// acronyms holds the offices the article writes in initials after
	// spelling them out, by the initials' key, and holders the chunk of
	// the person named as holding each (see titleAcronyms).
	acronyms map[string]string
	holders  map[string][2]int
}

// A subjectPronoun is "he" or "she" as the subject of a sentence: its
// gender and its token. A possessive ("Her tenure will be remembered")
// makes the sentence about whom the pronoun means too.
type subjectPronoun struct {
	gender     byte
	tok        int
	possessive bool
}

// A found is one quotation region (or an embedded post) of an article and
// what attribution found for it.
type found struct {
	para, region, tok int // region and tok are -1 for a post
	term              bool
	ref               ref
	how               how
	speaker           string
	orgSpeaker        bool
}

// A mention is a name written in the article.
type mention struct {
	para, tok int
	person    int // index in the name index, or -1
	chunk     int // index of the chunk in its paragraph, or -1 for an unnamed person
	name      string
	kind      chunkKind
	gender    byte
	personal  bool
	subject   bool // the subject of its sentence, or a speaker
	main      bool // the subject of its sentence
	anonymous bool // someone the sentence says is not named: "who asked not to be named"
	leads     byte // runs ('r') or chairs ('c') something: "Imogen Threlfall, who has run the Gantry since 2019,"
	unit      int
	titles    []string
	roles     []string // the head nouns of the descriptions set off around the name: "the rapporteur"
	keys      []string
}

// A docMention is a report, statement or other text the article names
// together with its source: "a report from the Heritage Foundation".
type docMention struct {
	para, tok int
	head      string
	source    string
	near      bool // the source only modifies the head: "the Alzheimer’s disease study"
	implied   bool // a verb, not a noun, names the text: "X wrote to Y"
}

// before reports whether position (p1, t1) comes before (p2, t2).
func before(p1, t1, p2, t2 int) bool { return p1 < p2 || p1 == p2 && t1 < t2 }

// attribute finds the quotations of the article and the phrase naming each
// speaker.
func (art *article) attribute() {
	for pi, x := range art.paras {
		if x.p.Kind == corpus.KindPost && len(x.regions) == 0 {
			if strings.TrimSpace(x.p.Text) == "" {
				continue
			}
			art.finds = append(art.finds, &found{para: pi, region: -1, tok: -1, how: howPost})
			continue
		}
		for ri := range x.regions {
			q := x.qtok[ri]
			r, h, term := x.attribute(q)
			if n := len(art.finds); !term && ri > 0 && n > 0 && art.finds[n-1].para == pi && art.finds[n-1].term && x.listedAfter(q, x.qtok[ri-1]) {
				// “Pay Restoration Now” and “Worth More Than £17 An
				// Hour”: the next of a list of terms is one too.
				r, h, term = ref{}, howNone, true
			}
			if h == howNone && !term && q == 0 && pi > 0 {
				// A lead-in ending the previous paragraph: Smith said:¶“…”
				if px := art.paras[pi-1]; px.p.Kind != corpus.KindPost && px.p.Kind != corpus.KindHeading && px.isPunct(len(px.toks)-1, ":") {
					last := len(px.toks) - 1
					r, h, _ = px.leftAttr(last+1, px.ustart[px.toks[last].unit])
				}
			}
			if u := x.toks[q].unit; h == howNone && !term && q > 0 && u > 0 && x.atUnitStart(q) && x.ustart[u-1] < q {
				// A lead-in sentence before it in the paragraph: She
				// thinks about it. “…”
				if lr, ok := x.leadInUnit(u - 1); ok {
					r, h = lr, howLeadIn
				} else if lr, ok := x.reportLead(u - 1); ok {
					r, h = lr, howLeadIn
				}
			}
			if u := x.toks[q].unit; h == howNone && !term && u > 0 && x.beatColon(q) {
				// "She says nothing for a long moment. Then: “…”": the
				// subject of the sentence before.
				if lr, ok := x.unitSpeaker(u - 1); ok {
					r, h = lr, howLeadIn
				}
			}
			if h == howNone && !term && q == 0 && pi > 0 && x.quoteOnly() {
				// A lead-in sentence ending the previous paragraph: Smith
				// was blunter.¶“…”
				if px := art.paras[pi-1]; px.p.Kind != corpus.KindPost && px.p.Kind != corpus.KindHeading {
					if lr, ok := px.leadIn(); ok {
						r, h = lr, howLeadIn
					} else if n := len(px.toks); n > 0 {
						// Reported speech ending the previous paragraph:
						// "Okonkwo-Barr said the region's reliance on a few
						// routes had been flagged for years."¶“…”
						if lr, ok := px.reportLead(px.toks[n-1].unit); ok {
							r, h = lr, howLeadIn
						}
					}
				}
			}
			art.finds = append(art.finds, &found{para: pi, region: ri, tok: q, ref: r, how: h, term: term})
		}
	}
}

// markPeople notes the people whose full name the article writes and
// marks as persons the full names that have a personal title or a given
// name, or that speak.
func (art *article) markPeople(ix *nameIndex) {
	art.ix = ix
	art.local = make(map[int]bool)
	art.speakers = make(map[[2]int]bool)
	for pi, x := range art.paras {
		if _, keys, ok := postPerson(x.p); ok {
			if i, ok := ix.byFull[strings.Join(keys, " ")]; ok {
				art.local[i] = true
			}
		}
		if !nameSource(x) {
			continue
		}
		// Names quoted, and names said, reported or argued to have said
		// something, quoted or not.
		for v := range x.toks {
			if f := x.verbAt(v); f == finite || f == base {
				if r, ok := x.npBefore(v, x.ustart[x.toks[v].unit]); ok && r.kind == refChunk {
					art.speakers[[2]int{pi, r.chunk}] = true
				}
			}
		}
		for ci, c := range x.chunks {
			if c.kind == nameOrg || len(c.keys) < 2 {
				continue
			}
			if i, ok := ix.byFull[strings.Join(c.keys, " ")]; ok {
				art.local[i] = true
				if c.kind == namePerson || art.speakers[[2]int{pi, ci}] {
					ix.people[i].personal = true
				}
			}
			if i := ix.resolve(c.keys, nil, true); i >= 0 {
				art.local[i] = true
			}
		}
	}
	for _, f := range art.finds {
		if f.ref.kind == refChunk {
			art.speakers[[2]int{f.ref.para, f.ref.chunk}] = true
			c := art.paras[f.ref.para].chunks[f.ref.chunk]
			if i, ok := ix.byFull[strings.Join(c.keys, " ")]; ok && c.kind != nameOrg && len(c.keys) > 1 {
				ix.people[i].personal = true
			}
		}
	}
}

// findMentions resolves the article's names against the index, collects
// the titles written before each person's name and the gender they give,
// and notes the texts the article attributes to a source. It runs after
// markPeople has run on every article.
func (art *article) findMentions(ix *nameIndex) {
	art.acronyms, art.holders = art.titleAcronyms()
	speakers := art.speakers
	full := art.collectFullNames(ix)
	art.full = full
	byPara := make(map[int][]*found)
	for _, f := range art.finds {
		byPara[f.para] = append(byPara[f.para], f)
	}
	art.mentionOf = make(map[[2]int]int)
	art.pronSubject = make(map[[2]int]subjectPronoun)
	art.orgSubject = make(map[[2]int]string)
	art.orgKinds = make(map[string][]string)
	for pi, x := range art.paras {
		if !nameSource(x) {
			continue
		}
		subjects := make(map[int]bool)
		var ms []mention
		unnamedAt := make(map[int]bool)
		unnamed := func(r ref) {
			if c := x.chunkOf[max(r.tok-2, 0)]; r.tok >= 2 && x.isPunct(r.tok-1, ",") && c >= 0 && x.chunks[c].last == r.tok-2 && x.chunks[c].kind != nameOrg && !x.chunks[c].place {
				return // "For Jonas Feldkamp, a 42-year-old engineer in Cologne,": the one named
			}
			if x.frontedAppositive(r.tok) {
				return // "A Democrat who ran on a promise to build homes, he has declined": the one "he" means
			}
			if c := x.namedAppositive(r.tok); c >= 0 {
				subjects[c] = true // "a resident in a waxed jacket, Priti Shah-Lowther, gets to her feet": the one named
				return
			}
			if g, ok := unnamedPerson(x, r); ok {
				unnamedAt[r.tok] = true
				m := mention{para: pi, tok: r.tok, person: -1, chunk: -1, gender: g, personal: true, subject: true, unit: x.toks[r.tok].unit}
				if g != 'n' && titles[r.head] {
					// "Another nurse, who asked not to be named, said …":
					// "the nurse" after it is that nurse, not one named
					// before.
					m.titles = []string{r.head}
				}
				if g != 'n' {
					m.roles = []string{r.head} // "One engineer who kept their job"
				}
				ms = append(ms, m)
			}
		}
		for u, s := range x.ustart[:len(x.ustart)-1] {
			e := s
			for e < len(x.toks) && x.toks[e].unit == u {
				e++
			}
			r, ok := x.clauseSubject(s, e)
			if g := pronouns[r.pron]; ok && r.kind == refPronoun && (g == 'm' || g == 'f') {
				art.pronSubject[[2]int{pi, u}] = subjectPronoun{g, r.tok, false}
			} else if g := pronouns[possessivePronouns[x.key(s)]]; x.word(s, u) && (g == 'm' || g == 'f') {
				// "Her tenure will be remembered for …": the sentence is
				// about whom the pronoun means, not the names in it.
				art.pronSubject[[2]int{pi, u}] = subjectPronoun{g, s, true}
			}
			switch {
			case ok && r.kind == refChunk:
				subjects[r.chunk] = true
				if m, _ := art.abbrevHolder(ix, pi, r.chunk); m != nil && m.name != "" && !x.personAfter(r.chunk, u) {
					// "The MCE, speaking after the ceremony, said …":
					// the office's holder, whom the pronouns after it
					// mean, unless the sentence names someone after it:
					// "The MCE has promised a road, but traders such as
					// Ama Mensah remain sceptical."
					ms = append(ms, art.standIn(r, m, m.gender))
				}
				if c := x.trailingName(u); c >= 0 && c != r.chunk {
					// "His friend Jordan Whitehorse was bitten on the
					// leg, Ferreira-Lund said.": the sentence is about
					// the one who reports it.
					delete(subjects, r.chunk)
					subjects[c] = true
				}
			case ok:
				n := len(ms)
				unnamed(r)
				if c := x.trailingName(u); c >= 0 {
					// "At the hospital, staff switched to paper records,
					// said Dr. Fatou Ba-Kamara, who heads radiology.": the
					// sentence is about the one who reports it.
					subjects[c] = true
					for i := n; i < len(ms); i++ {
						ms[i].subject = false
					}
				}
				if m, ok := art.described(ix, r); ok {
					ms = append(ms, m)
				} else if n := art.describedOrg(ix, r); n != "" {
					art.orgSubject[[2]int{pi, u}] = n
				}
			}
			// "…, and the England captain found himself defending the
			// approach": a clause joined to the sentence has its own
			// subject, a description of someone the article named.
			for k := s + 2; k+1 < e; k++ {
				if x.key(k) != "the" || !x.isPunct(k-2, ",") || x.key(k-1) != "and" && x.key(k-1) != "but" {
					continue
				}
				d, end, ok := x.descAt(k, u, e)
				if !ok || !d.definite || !x.word(end, u) || x.toks[end].cap || stopwords[x.key(end)] {
					continue
				}
				if m, ok := art.described(ix, d); ok {
					ms = append(ms, m)
				}
			}
			g, anon := x.anonymous(s, e)
			if anon && unnamedAt[s] {
				for i := range ms {
					if ms[i].tok == s && ms[i].chunk < 0 {
						ms[i].anonymous = true // "Another worker, who asked not to be named,"
					}
				}
			}
			if (anon || x.describedSubject(s, e, &g)) && !(ok && r.kind == refChunk) && !unnamedAt[s] {
				// "One of them, who did not want to give his name, said …":
				// pronouns after it refer to someone the article does not
				// name, not to the last person it named.
				unnamedAt[s] = true
				ms = append(ms, mention{para: pi, tok: s, person: -1, chunk: -1, gender: g, personal: true, subject: true, anonymous: anon, unit: u})
			}
		}
		for _, f := range byPara[pi] {
			if f.ref.kind == refDesc && f.ref.para == pi && !unnamedAt[f.ref.tok] {
				unnamed(f.ref)
			}
			// "“…,” he testified under questioning from his lawyer, Gregory
			// Tannenbaum-Ruiz.": the pronoun that speaks is the
			// sentence's subject.
			if g := pronouns[f.ref.pron]; f.ref.kind == refPronoun && f.ref.para == pi && (g == 'm' || g == 'f') {
				k := [2]int{pi, x.toks[f.ref.tok].unit}
				if _, ok := art.pronSubject[k]; !ok {
					art.pronSubject[k] = subjectPronoun{g, f.ref.tok, false}
				}
			}
		}
		for ci, c := range x.chunks {
			if c.brand {
				continue // "a Latchwise Aria smart lock" mentions a thing
			}
			if c.kind == nameOrg && len(c.keys) == 1 && (corporateHeads[c.keys[0]] || publicHeads[c.keys[0]]) {
				continue // "The Company Says It’s Fixed": a noun in a headline's capitals names no one
			}
			if x.officePlace(c) {
				continue // "The Mayor of West Yorkshire, Sunita Gallacher,"
			}
			if x.familyMember(c) {
				continue // "the third Pemberton to stand behind the counter" is one of a family, not one named
			}
			if c.kind != nameOrg && c.titleOnly() && len(c.keys) == 1 {
				continue // "The Chief Executive of the Association": an office, no one named "Executive"
			}
			m := mention{para: pi, tok: c.first, person: -1, chunk: ci, name: c.name, kind: c.kind, keys: c.keys,
				unit: x.toks[c.first].unit, subject: subjects[ci] || speakers[[2]int{pi, ci}], main: subjects[ci]}
			for _, t := range c.title {
				if isBasedIn(t) {
					continue // "Athens-based Kallistos Maritime" has no office
				}
				m.titles = append(m.titles, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "then-"), "ex-"), "former-"))
			}
			if n := len(c.title); n > 0 {
				m.titles = append(m.titles, spellOut(c.title[n-1])...) // "CEO Malcolm X", not "SP chief Akhilesh Yadav"
			}
			if h := x.orgAppositiveHead(c); h != "" && c.kind == nameOrg && !slices.Contains(art.orgKinds[c.name], h) {
				art.orgKinds[c.name] = append(art.orgKinds[c.name], h)
			}
			var kin byte
			if c.kind != nameOrg {
				app := x.appositive(c)
				pre := x.preAppositive(c)
				m.titles = append(m.titles, app...)
				for i, w := range app {
					if i+1 == len(app) || !isTitleKey(app[i+1]) {
						m.titles = append(m.titles, spellOut(w)...) // "X, CEO of the company,", "X, president and CEO,"
					}
				}
				m.titles = append(m.titles, pre...)
				m.titles = append(m.titles, x.appointedAs(c)...) // "was appointed joint administrator"
				m.roles = descHeads(app, pre, x.asRole(c))
				m.leads = x.leadsAfter(c)
				if (hasPersonTitle(app) || describesPerson(app)) && !x.placeAt(c) || describesPerson(pre) || x.ageSetOff(c) > 0 || x.agedBefore(c) || x.personSetOff(c) || x.whoAfter(c) {
					m.personal = true
				}
				kin = kinGender(pre)
				if kin == 0 {
					kin = appositiveGender(app)
				}
				if kin == 0 && kinAppositive(app) {
					// "Kit Darrow, her older brother,"
					for _, k := range app[1:min(3, len(app))] {
						if g := kinGender([]string{k}); g != 0 {
							kin = g
						}
					}
				}
				if k := x.kinBefore(c); kin == 0 && k != "" {
					// "Their son Kit, nine, said", "and his son Bilal
					// Ashraf, 24": the relative, whom "his son" means.
					kin = kinGender([]string{k})
					m.titles = append(m.titles, k)
				}
			}
			if c.kind != nameOrg {
				isPerson := c.kind == namePerson || speakers[[2]int{pi, ci}]
				// A partial name is first the person the article itself
				// names in full, then the corpus's.
				m.person = full.resolve(c, pi, c.first, isPerson, speakers[[2]int{pi, ci}], x.cataphor(c), x.rank(c), x.givenBesides(ci))
				if m.person >= 0 {
					styles := c.styles()
					if g := titleGender(styles); g != 0 {
						full.setGender(m.person, g)
						full.setStyle(m.person, styles)
					}
				}
				if m.person < 0 {
					m.person = ix.resolve(c.keys, art.local, isPerson)
				}
				if x.onlyAs(c) {
					// "a crane driver who gave his name only as Rangi":
					// someone else than any Rangi named in full.
					m.person, m.name, m.personal = -1, c.name, true
				}
			}
			m.personal = m.personal || c.kind == namePerson || c.kind != nameOrg && speakers[[2]int{pi, ci}]
			if c.place {
				m.personal = false
			}
			if m.person >= 0 {
				p := ix.people[m.person]
				m.name = p.name
				m.personal = m.personal || p.personal
				for _, t := range m.titles {
					p.titles[t] = true
				}
				for _, t := range c.styles() {
					if maleWords[t] && !manOfficeFor(t, c.keys) {
						p.male += 5
					}
					if femaleWords[t] {
						p.female += 5
					}
				}
				switch kin {
				case 'm':
					p.male += 5
				case 'f':
					p.female += 5
				}
			}
			if kin != 0 {
				m.gender = kin
			}
			for _, t := range c.styles() {
				if maleWords[t] && !manOfficeFor(t, c.keys) {
					m.gender = 'm'
				}
				if femaleWords[t] {
					m.gender = 'f'
				}
			}
			if m.gender == 0 && len(c.keys) > 1 && c.kind != nameOrg {
				m.gender = nameGender(c.keys) // but "Halvard Games" is no man
			}
			if c.kind != nameOrg && x.namedOnly(c) {
				// "A man who gave his name only as Sam said …": the
				// unnamed subject is named after all.
				for k := range ms {
					if u := &ms[k]; u.chunk < 0 && u.name == "" && u.unit == m.unit && u.tok < c.first {
						if m.gender == 0 {
							m.gender = u.gender
						}
						m.subject, m.personal = m.subject || u.subject, true
						u.subject, u.personal = false, false
					}
				}
			}
			ms = append(ms, m)
		}
		slices.SortStableFunc(ms, func(a, b mention) int { return a.tok - b.tok })
		for _, m := range ms {
			if m.chunk >= 0 {
				art.mentionOf[[2]int{pi, m.chunk}] = len(art.mentions)
			}
			art.mentions = append(art.mentions, m)
		}
		art.findDocs(ix, x)
	}
}

// givenBesides returns the keys of the one-word names other than chunk ci
// in its sentence, which may be given names of people the sentence writes
// apart from ci, or nil.
func (x *para) givenBesides(ci int) map[string]bool {
	c := x.chunks[ci]
	if len(c.keys) != 1 {
		return nil
	}
	var m map[string]bool
	u := x.toks[c.first].unit
	for k, o := range x.chunks {
		if k == ci || len(o.keys) != 1 || o.kind == nameOrg || x.toks[o.first].unit != u || o.keys[0] == c.keys[0] {
			continue
		}
		if m == nil {
			m = make(map[string]bool)
		}
		m[o.keys[0]] = true
	}
	return m
}

// orgAppositiveHead returns the noun that heads a description set off
// after the name of chunk c when it is a noun for a body, "agency" in
// "the UK Fusion Futures Fund, a government agency that has committed
// £420 million" or "union" in "the Nebraska Nurses Alliance, the union
// that represents 40 nurses", or "".
func (x *para) orgAppositiveHead(c chunk) string {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",") || x.key(i+1) != "a" && x.key(i+1) != "an" && x.key(i+1) != "the" || !x.word(i+1, x.toks[i].unit) {
		return ""
	}
	u, head := x.toks[i].unit, ""
	k := i + 2
	for ; k < i+8 && x.word(k, u); k++ {
		key := x.key(k)
		if relativeWords[key] || key == "that" || determiners[key] || prepositions[key] || key == "and" || x.verbAt(k) != 0 {
			break
		}
		if orgHeads[key] || corporateHeads[key] || publicHeads[key] || businessNouns[key] {
			head = key
		}
	}
	if x.key(i+1) == "the" && x.word(k, u) && prepositions[x.key(k)] {
		// "Halcyon Tankers, the Singapore-based operator of the
		// vessel, said": a phrase after the head, up to the comma.
		e := k + 1
		for e < k+6 && x.word(e, u) && x.verbAt(e) == 0 {
			e++
		}
		if x.isPunct(e, ",)") {
			k = e
		}
	}
	if x.key(i+1) == "the" && !(x.word(k, u) && (relativeWords[x.key(k)] || x.key(k) == "that") || x.isPunct(k, ",)")) {
		// "In a statement to The Straits Times, the company said": a
		// definite description is set off only when a clause or a
		// comma follows it.
		return ""
	}
	return head
}

// houseWords name a house of a legislature or a council, which "the
// chamber" may mean.
var houseWords = set(`house senate commons lords assembly parliament congress legislature dail seanad council`)

// chamberBefore returns the body whose name holds "Chamber" that "the
// chamber" at r stands for: the nearest named before r, unless a house
// of a legislature or a council is named nearer, in r's paragraph or the
// one before; or "".
func (art *article) chamberBefore(r ref) string {
	for m := range art.mentionsBack(r) {
		switch {
		case m.kind != nameOrg:
		case slices.Contains(m.keys, "chamber"):
			return m.name
		case m.para >= r.para-1 && slices.ContainsFunc(m.keys, func(k string) bool { return houseWords[k] }):
			return ""
		}
	}
	return ""
}

// describedOrg returns the organisation a definite description, "the
// coast guard", stands for, or "".
func (art *article) describedOrg(ix *nameIndex, r ref) string {
	if r.kind != refDesc || !r.definite || r.chunk >= 0 || r.source >= 0 || !orgHeads[r.head] && !corporateHeads[r.head] && !publicHeads[r.head] {
		return ""
	}
	if n, org := art.describe(ix, r); org {
		return n
	}
	return ""
}

// namedAppositive returns the chunk of the person's name set off by
// commas right after the description at toks[i], within a few words of
// it ("a resident in a waxed jacket, Priti Shah-Lowther, gets to her
// feet"), or -1.
func (x *para) namedAppositive(i int) int {
	u := x.toks[i].unit
	for k := i + 1; k < len(x.toks) && k <= i+8 && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == quoted || x.chunkOf[k] >= 0 {
			return -1
		}
		if !x.isPunct(k, ",") {
			continue
		}
		c := x.chunkOf[min(k+1, len(x.toks)-1)]
		if c < 0 || x.chunks[c].first != k+1 || x.chunks[c].kind != namePerson || x.chunks[c].poss || !x.isPunct(x.chunks[c].last+1, ",") {
			return -1
		}
		return c
	}
	return -1
}

// placed reports whether a mention stands where a place does and nothing
// but its first name's look makes it a person: "a mortgage in Warren" is
// no one "he" can mean.
func (art *article) placed(m *mention) bool {
	if m.chunk < 0 {
		return false
	}
	x := art.paras[m.para]
	c := x.chunks[m.chunk]
	return x.placeAt(c) && !c.typedPerson
}

// officePlace reports whether c is the place an office is of, with the
// office's holder named right after it: "The Mayor of West Yorkshire,
// Sunita Gallacher,". It names no one.
func (x *para) officePlace(c chunk) bool {
	n := c.last + 2
	if len(office(c.title)) == 0 || c.kind == nameOrg || c.poss || !x.isPunct(c.last+1, ",") || n >= len(x.toks) {
		return false
	}
	h := x.chunkOf[n]
	return h >= 0 && x.chunks[h].first == n && x.chunks[h].kind == namePerson
}

// placeAt reports whether a name stands where a place does, right after
// a preposition of place without a title: "She grew up in Port Ellen, the
// daughter of a ship's engineer" describes her, not Port Ellen.
func (x *para) placeAt(c chunk) bool {
	return c.title == nil && c.first > 0 && placePrepositions[x.key(c.first-1)]
}

// demonymTitled returns the mention of the person the article gave the
// noun of nationality that heads r ("the Dutchman Anders van der Hoek"),
// when that person is named in r's paragraph or the one before: "the
// Dutchman" paragraphs later is whoever is nearest.
func (art *article) demonymTitled(ix *nameIndex, r ref) *mention {
	m := art.titledIn(ix, r, art.mentionsBack(r), true)
	if m == nil {
		return nil
	}
	for n := range art.mentionsBack(r) {
		if n.para < r.para-1 {
			break
		}
		if n.name == m.name {
			return m
		}
	}
	return nil
}

// described returns a mention for the subject of a sentence that
// describes a person the article has named by a title they bear: "The
// governor defended her decision", "His goalkeeper was more measured".
// Pronouns and epithets after it then refer to that person.
func (art *article) described(ix *nameIndex, r ref) (mention, bool) {
	if r.kind == refDesc && (r.aged || parentEpithet(r.head) != 0) && r.definite && !pluralDesc(r.head) {
		// "The 29-year-old said he bore Mulrooney no ill will": the
		// person just named, whom the pronouns after it mean.
		name := art.nearestPerson(ix, descGender(r.head), r)
		for m := range art.mentionsBack(r) {
			if name != "" && m.name == name && m.kind == namePerson {
				return art.standIn(r, m, m.gender), true
			}
		}
		return mention{}, false
	}
	if r.kind == refDesc && r.definite && r.pron == "" && !pluralDesc(r.head) && demonym.Is(r.head) {
		// "The big Dutchman said …" after "the Dutchman Anders van der
		// Hoek": the one the article gave that noun, whom the pronouns
		// after it mean.
		if m := art.demonymTitled(ix, r); m != nil {
			return art.standIn(r, m, m.gender), true
		}
		return mention{}, false
	}
	if r.kind == refDesc && (maleKin[r.head] || femaleKin[r.head]) && !pluralDesc(r.head) && (r.definite || r.pron == "he" || r.pron == "she") {
		// "Asked whether the cat would go out again, his mother
		// laughed. “Ask him,” she said.": the relative a kin noun means.
		// Not one the sentence goes on to describe ("His mother, who
		// asked not to be named,"), nor one of the other sex.
		x := art.paras[r.para]
		h := r.tok
		for h < r.tok+4 && x.key(h) != r.head {
			h++
		}
		if x.isPunct(h+1, ",") {
			return mention{}, false
		}
		name, _ := art.describe(ix, r)
		g := kinGender([]string{r.head})
		for m := range art.mentionsBack(r) {
			if name != "" && m.name == name && m.kind != nameOrg && art.mentionGender(ix, *m) == g {
				return art.standIn(r, m, g), true
			}
		}
		return mention{}, false
	}
	if r.kind == refDesc && r.definite && r.pron == "" && !roleHeads[r.head] && !titles[r.head] && occupationNoun(r.head) {
		// "The Leeds astronomer admitted she …" after "Prof Ingrid van
		// der Berg, an astronomer at the University of Leeds,": the one a
		// description set off by commas gave that noun.
		for m := range art.mentionsBack(r) {
			if m.personal && m.kind != nameOrg && m.name != "" && slices.Contains(m.roles, r.head) {
				return art.standIn(r, m, m.gender), true
			}
		}
		return mention{}, false
	}
	if r.kind != refDesc || !r.definite && r.pron == "" || !roleHeads[r.head] && !titles[r.head] || orgHeads[r.head] {
		return mention{}, false
	}
	m := art.titled(ix, r)
	if m == nil {
		return mention{}, false
	}
	return art.standIn(r, m, m.gender), true
}

// standIn returns the mention a description at r makes of the person m
// names, with gender g: the subject of r's sentence.
func (art *article) standIn(r ref, m *mention, g byte) mention {
	return mention{para: r.para, tok: r.tok, person: m.person, chunk: -1, name: m.name, kind: m.kind,
		gender: g, personal: true, subject: true, unit: art.paras[r.para].toks[r.tok].unit, keys: m.keys}
}

// occupationNoun reports whether the head of a description is a noun for
// what one person does that no table of titles lists: "the rapporteur",
// "the astronomer".
func occupationNoun(h string) bool {
	return isPeopleNoun(h) && !groupNouns[h] && !orgHeads[h] && !corporateHeads[h] && !publicHeads[h] &&
		h != "family" && !pluralDesc(h)
}

// cataphor returns the gender of the pronouns that come before a name in
// its sentence with no other name before them, which refer ahead to it:
// "Asked whether she would go back, Morrow is quiet." So does "he" or
// "she" right after the name's reporting verb: "Lowry said she wanted
// to thank them". It returns 0 when there are none or they disagree.
func (x *para) cataphor(c chunk) byte {
	v := c.last + 1
	if x.isPunct(v, ",") && x.key(v+1) == "who" {
		// "Hutchins, who has worked the land since 1962, said he"
		for k := v + 2; k < len(x.toks) && k <= v+20 && x.toks[k].unit == x.toks[v].unit && x.toks[k].kind != quoted; k++ {
			if x.isPunct(k, ",") {
				v = k + 1
				break
			}
		}
	}
	if x.verbAt(v) == finite && reportVerbs[x.key(v)] == finite {
		// "Lowry said she wanted to thank them": the one who said it.
		// But not after a relative of that sex: "It was a gift from
		// her late husband. Kowalczyk said he bought it".
		var g byte
		switch x.key(v + 1) {
		case "he":
			g = 'm'
		case "she":
			g = 'f'
		}
		if g != 0 && !x.kinNear(c.first, g) {
			return g
		}
	}
	var g byte
	for k := x.ustart[x.toks[c.first].unit]; k < c.first; k++ {
		if x.chunkOf[k] >= 0 || x.toks[k].kind == quoted {
			return 0
		}
		var h byte
		switch x.toks[k].key {
		case "he", "him", "his", "himself":
			h = 'm'
		case "she", "her", "hers", "herself":
			h = 'f'
		default:
			continue
		}
		if g != 0 && g != h {
			return 0
		}
		g = h
	}
	return g
}

// kinNear reports whether a relative of gender g is written inside a
// sentence, as "a gift from her late husband", in the sentence before
// token i in its paragraph or earlier in i's own sentence, within the 40
// words before i.
func (x *para) kinNear(i int, g byte) bool {
	u := x.toks[i].unit
	from := x.ustart[u]
	if u > 0 {
		from = x.ustart[u-1]
	}
	return x.kinIn(max(from, i-40), i, g, true)
}

// kinIn reports whether a relative of gender g, or of either when g is 0,
// is written as someone's ("her late husband", "his wife",
// "Jerome's son") among the tokens from to to. With inside set, only a
// relative inside a sentence counts, not one who opens it as its
// subject: "a gift from her late husband", not "Her husband, Joe, died".
func (x *para) kinIn(from, to int, g byte, inside bool) bool {
	for k := max(from, 1); k < to; k++ {
		if h := kinGender([]string{x.key(k)}); h == 0 || g != 0 && h != g {
			continue
		}
		for b := k - 1; b >= from && b >= k-2; b-- {
			if inside && b == x.ustart[x.toks[b].unit] {
				break
			}
			if k := x.key(b); k == "his" || k == "her" || k == "their" || x.toks[b].poss {
				return true
			}
		}
	}
	return false
}

// descHeads returns the head nouns of the descriptions of a person: of
// an appositive after the name, the word before its first preposition or
// relative word ("the ministry's spokesman"); of one before it, its last
// word ("The rapporteur, Johan Ekdahl-Ferm,"); and the role "as" gives.
func descHeads(app, pre, as []string) []string {
	var out []string
	h := ""
	for _, k := range app {
		if prepositions[k] || relativeWords[k] {
			break
		}
		if k == "and" && h != "" {
			// "joint administrator and a partner at Grenfell Rowe":
			// both.
			out = append(out, h)
			h = ""
			continue
		}
		h = k
	}
	if h != "" {
		out = append(out, h)
	}
	if len(pre) > 0 {
		out = append(out, pre[len(pre)-1])
	}
	return append(out, as...)
}

// describesPerson reports whether the last word of a description set off
// next to a name is a noun for a person: "a middle-school teacher", "her
// husband", "the club’s captain".
func describesPerson(keys []string) bool {
	if len(keys) == 0 {
		return false
	}
	h := keys[len(keys)-1]
	return isTitleKey(h) || roleHeads[h] || epithets[h] || personNouns[h] || maleKin[h] || femaleKin[h] ||
		!pluralNoun(h) && isPeopleNoun(h)
}

// kinGender returns the gender a description naming a relative gives: 'm'
// for "her husband", 'f' for "his wife", else 0.
func kinGender(keys []string) byte {
	if len(keys) == 0 {
		return 0
	}
	switch h := keys[len(keys)-1]; {
	case maleKin[h]:
		return 'm'
	case femaleKin[h]:
		return 'f'
	}
	return 0
}

// unnamedPerson reports whether a description refers to a person or
// people the article does not name ("a police spokeswoman", "one
// resident", "officials"), and their gender: 'm', 'f', 'n' for a group, or
// 0.
func unnamedPerson(x *para, r ref) (byte, bool) {
	if r.kind != refDesc || r.pron != "" || r.chunk >= 0 && x.chunks[r.chunk].kind != nameOrg {
		return 0, false
	}
	h := r.head
	plural := pluralNoun(h) && !titles[h] && !roleHeads[h]
	if r.definite && !plural {
		return 0, false // "the president" names someone
	}
	if !roleHeads[h] && !titles[h] && !personNouns[h] && !isPeopleNoun(h) {
		return 0, false
	}
	switch {
	case plural:
		return 'n', true
	case maleWords[h] || h == "man" || h == "boy":
		return 'm', true
	case femaleWords[h] || h == "woman" || h == "girl":
		return 'f', true
	}
	return x.relativeGender(r.tok), true
}

// relativeGender returns the gender that a possessive or reflexive
// pronoun gives in a relative clause right after the description at
// toks[i], or 0: "an analyst who did not identify his firm".
func (x *para) relativeGender(i int) byte {
	u := x.toks[i].unit
	w := i + 1
	for w < i+6 && x.word(w, u) && x.key(w) != "who" {
		w++
	}
	if x.key(w) != "who" || !x.word(w, u) {
		return 0
	}
	for k := w + 1; k < w+7 && x.word(k, u); k++ {
		switch x.key(k) {
		case "his", "himself":
			return 'm'
		case "her", "herself":
			return 'f'
		case "he", "she", "him", "they", "their", "them", "themselves":
			return 0
		}
	}
	return 0
}

// spokesLast reports whether the last subject of the paragraph before
// r's is an unnamed spokesman or spokeswoman of gender g who spoke. A
// spokesperson of no gender leaves the pronoun to whoever spoke before.
func (art *article) spokesLast(r ref, g byte) bool {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			return false
		}
		if m.para == r.para || !m.subject {
			continue
		}
		if m.chunk >= 0 || m.name != "" || m.gender != g || !slices.ContainsFunc(m.roles, func(k string) bool { return spokesHeads[k] }) {
			return false
		}
		// The spokesperson spoke: "did not respond to a request for
		// comment" leaves the pronoun to someone else.
		// A negation after the verb of speech is what was said: "said
		// the agency was not aware of any breach".
		x := art.paras[m.para]
		for k := x.ustart[m.unit]; k < x.ustart[m.unit+1]; k++ {
			switch {
			case x.key(k) == "not" || x.key(k) == "declined" || x.key(k) == "refused" || strings.HasSuffix(x.key(k), "n't"):
				return false
			case reportVerbs[x.key(k)] != 0:
				return true
			}
		}
		return false
	}
	return false
}

// describedSubject reports whether the sentence toks[s:e] opens with a
// subject the writer describes but does not name: "One of them, a man in
// his seventies, watched …". It sets *g to the gender the description
// gives.
func (x *para) describedSubject(s, e int, g *byte) bool {
	for k := s + 1; k < e && k < s+6; k++ {
		if x.toks[k].kind == quoted {
			return false
		}
		if !x.isPunct(k, ",") || (x.key(k+1) != "a" && x.key(k+1) != "an") {
			continue
		}
		switch h := x.key(k + 2); {
		case h == "man" || h == "boy" || maleWords[h]:
			*g = 'm'
			return true
		case h == "woman" || h == "girl" || femaleWords[h]:
			*g = 'f'
			return true
		}
		return false
	}
	return false
}

// frontedAppositive reports whether the description opening a sentence
// at toks[i] is set off before the sentence's subject pronoun: "A
// Democrat who ran on a promise to build 10,000 homes, he has declined",
// "A former Royal Navy signaller, he took up the game at 88".
func (x *para) frontedAppositive(i int) bool {
	u := x.toks[i].unit
	if i != x.ustart[u] {
		return false
	}
	for k := i + 1; k+2 < len(x.toks) && k < i+30 && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == quoted {
			return false
		}
		if !x.isPunct(k, ",") || isNumber(x.key(k-1)) && isNumber(x.key(k+1)) {
			continue // not "10,000"
		}
		p := x.key(k + 1)
		v := x.key(k + 2)
		return (p == "he" || p == "she") && x.word(k+1, u) && x.word(k+2, u) && (x.verbAt(k+2) != 0 || auxiliaries[v] || !x.toks[k+2].cap && !stopwords[v])
	}
	return false
}

// anonymous reports whether the tokens [s, e) say that someone speaks
// without being named ("who asked not to be named", "speaking on
// condition of anonymity", "who did not want to give his name"), and the
// gender the words give, or 0.
func (x *para) anonymous(s, e int) (byte, bool) {
	neg := -10 // index of the last negation
	for k := s; k < e && k < len(x.toks); k++ {
		switch key := x.key(k); key {
		case "anonymity", "anonymously":
			return 0, true
		case "not", "declined", "refused", "without", "never":
			neg = k
		case "named", "identified":
			if k-neg <= 4 && x.key(k-1) == "be" {
				return x.reasonPronoun(k+1, e), true
			}
		case "name", "names":
			if k-neg <= 5 && x.key(k-2) == "give" || k-neg <= 5 && x.key(k-2) == "giving" {
				switch x.key(k - 1) {
				case "his":
					return 'm', true
				case "her":
					return 'f', true
				case "their":
					return 0, true
				}
			}
		}
	}
	return 0, false
}

// reasonPronoun returns the gender of the pronoun that opens the reason
// given at toks[k] for not naming someone, or 0: "who did not want to be
// named because, she says, …", "because he feared for his job".
func (x *para) reasonPronoun(k, e int) byte {
	if x.key(k) != "because" && x.key(k) != "as" && x.key(k) != "since" {
		return 0
	}
	for k++; k < e && x.isPunct(k, ","); k++ {
	}
	switch x.key(k) {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// namedOnly reports whether a name is how someone otherwise undescribed
// chose to be known: "who gave his name only as Sam", "identified only as
// Priya", "known only as Mrs Wong", "who gave only her first name,
// Selam,", "who gave his surname as Lau", "identified only by his
// nickname, Ah Wai.".
func (x *para) namedOnly(c chunk) bool {
	k := c.first - 1
	if c.title != nil && x.key(k) != "as" {
		return false
	}
	if x.isPunct(k, ",") && (x.key(k-1) == "name" || x.key(k-1) == "surname" || x.key(k-1) == "nickname") {
		// Set off after the name: "who gave only her first name, Selam,";
		// ending the sentence only after "only": "identified only by his
		// nickname, Ah Wai.", not "known to everyone by his nickname,
		// Pip.", someone else's.
		return x.isPunct(c.last+1, ",") || x.isPunct(c.last+1, ".") && x.onlyBefore(k-1, 6)
	}
	if x.key(k) != "as" {
		return false
	}
	for j := k - 1; j >= k-3 && j >= 0; j-- {
		switch x.key(j) {
		case "name", "surname":
			return true
		case "named", "identified", "known":
			// Nothing but an adverb, a reflexive pronoun or a phrase of
			// "by" or "to" between: "identified only as Priya",
			// "identified by police as Maria", "known to friends as Dot",
			// "identified himself only as Ismaila", not "who named the
			// victim as Mrs Ellis", someone else.
			for m := j + 1; m < k; m++ {
				if w := x.key(m); (w == "by" || w == "to") && m == j+1 {
					return true
				}
				if w := x.key(m); (w == "himself" || w == "herself" || w == "themselves") && m == j+1 {
					continue // "who identified himself only as Ismaila"
				}
				if !nameAdverbs[x.key(m)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nameAdverbs may stand between a verb of naming and "as" when someone
// is named by what little the article was told: "known only as",
// "named locally as".
var nameAdverbs = set(`only simply just locally publicly`)

// onlyBefore reports whether "only" is among the n words before toks[k].
func (x *para) onlyBefore(k, n int) bool {
	for j := k - 1; j >= 0 && j >= k-n && x.toks[j].unit == x.toks[k].unit; j-- {
		if x.key(j) == "only" {
			return true
		}
	}
	return false
}

// maxLookBack is the number of names the rules look back through to
// resolve a pronoun or a description, which bounds the work per quotation.
const maxLookBack = 300

// mentionsBefore returns the number of mentions before position (para,
// tok).
func (art *article) mentionsBefore(para, tok int) int {
	return sort.Search(len(art.mentions), func(i int) bool {
		m := art.mentions[i]
		return !before(m.para, m.tok, para, tok)
	})
}

// mentionsBack yields the mentions written before r, nearest first, out
// of at most maxLookBack, leaving out those in captions before r's
// paragraph.
func (art *article) mentionsBack(r ref) iter.Seq[*mention] {
	return func(yield func(*mention) bool) {
		first := art.mentionsBefore(r.para, r.tok)
		for k := first - 1; k >= 0 && k >= first-maxLookBack; k-- {
			if m := &art.mentions[k]; m.para != r.para && art.paras[m.para].p.Kind == corpus.KindCaption {
				continue // a photograph's caption stands beside the text, not in it
			}
			if !yield(&art.mentions[k]) {
				return
			}
		}
	}
}

// givenGender returns the gender a given name usually indicates, or 0.
func givenGender(key string) byte {
	switch givenname.Of(key) {
	case givenname.Male:
		return 'm'
	case givenname.Female:
		return 'f'
	}
	return 0
}

// nameGender returns the gender the first word of a person's name keys
// usually indicates, or 0. A Korean or Chinese name puts the surname
// first: "Lee Soon-ja", "Kim Min-jun" say nothing by "Lee" or "Kim".
func nameGender(keys []string) byte {
	if len(keys) == 2 && surnamesFirst[keys[0]] && strings.Contains(keys[1], "-") {
		return 0
	}
	return givenGender(keys[0])
}

// headWord reports whether k, a word of a body's name, is the head noun
// of a description or a word it also stands for (headSynonyms): "Norway
// Police" for "the force".
func headWord(k, head string) bool {
	return k == head || slices.Contains(headSynonyms[head], k)
}

// synonymEnd reports whether a name, by its keys, ends in a synonym of
// two words or more for the noun head, or in its plural: "Mercy Ridge
// Medical Center … the hospital said", "Elmthwaite Estates … the estate".
func synonymEnd(keys []string, head string) bool {
	if len(keys) > 1 && keys[len(keys)-1] == head+"s" && !slices.ContainsFunc(keys, func(k string) bool { return k == "of" || k == "for" }) {
		return true // "Elmthwaite Estates": "the estate", but not "International Group of P&I Clubs": "the club"
	}
	for _, syn := range headSynonyms[head] {
		if w := strings.Fields(syn); len(w) > 1 && len(keys) > len(w) && slices.Equal(keys[len(keys)-len(w):], w) {
			return true
		}
	}
	return false
}

// manOfficeFor reports whether the title t is an office in "-man" held
// by one whose given name, opening keys, is a woman's: British usage
// keeps "Council chairman Cllr Janet Okoro-Whitfield".
func manOfficeFor(t string, keys []string) bool {
	return strings.HasSuffix(t, "man") && len(keys) > 1 && nameGender(keys) == 'f'
}

// surnamesFirst are common Korean and Chinese surnames that are also
// given names in English.
var surnamesFirst = set(`lee kim park choi jung kang cho yoon jang lim han oh shin song moon
	yang ho chan wong lau li`)

// siteText reports whether the text with the head noun head is a page,
// a post or another text of a website that the name c, before it, only
// hosts: "a GoFundMe page", "the council’s Facebook page", but not
// "Murmur's status page", "Facebook's statement" or "the YouTube blog".
func siteText(c chunk, head string) bool {
	if !platformNouns[head] {
		return false
	}
	return len(c.keys) == 1 && platforms[c.keys[0]] || (head == "page" || head == "pages") && !c.poss
}

// heldBy reports whether the body's name ending at toks[last] names an
// office, its last word or the word after it, held by the person named
// after a comma: "Labour MP, Jess Phillips", "Supporters Trust chairman,
// Dave Kerr", but not "Department of Transportation spokesperson said".
func (x *para) heldBy(last int) bool {
	role := func(k int) bool {
		if k >= len(x.toks) || x.toks[k].kind != word {
			return false
		}
		key := x.key(k)
		return titles[key] || roleHeads[key] || isTitleKey(key) || isPeopleNoun(key)
	}
	k := last + 1
	if !role(last) {
		if !role(k) {
			return false
		}
		k++
	}
	c := x.chunkOf[min(k+1, len(x.toks)-1)]
	return x.isPunct(k, ",") && c >= 0 && x.chunks[c].first == k+1 && x.chunks[c].kind != nameOrg && !x.chunks[c].place
}

// findDocs records the texts a paragraph names with their source: "a
// report from the Heritage Foundation", "the Heritage Foundation report".
func (art *article) findDocs(ix *nameIndex, x *para) {
	for i, t := range x.toks {
		if c, ok := x.wroteOn(i); ok {
			// "Keefe wrote on the festival’s Facebook page that …": a
			// post that "the post" after it names; "Her brother later
			// posted on Instagram": a post by no one named, which is
			// the last post all the same.
			src := ""
			if c >= 0 {
				src = art.nameOf(x.index, c)
			}
			art.docs = append(art.docs, docMention{para: x.index, tok: i, head: "post", source: src})
			continue
		}
		if v := x.wroteTo(i); v >= 0 {
			// "The league wrote to the show committee in June": a letter
			// that "the letter" after it names; "Her neighbour wrote to
			// the council": the last letter all the same, from no one
			// the rules can name.
			art.docs = append(art.docs, docMention{para: x.index, tok: i, head: "letter", source: art.sender(ix, x, v, x.ustart[t.unit]), implied: true})
			continue
		}
		if t.kind != word || !isDocHead(t.key) || t.cap && !unitInitial(x.toks, i) || x.verbAt(i) != 0 {
			continue // "X notes"
		}
		if x.word(i+1, t.unit) && isDocHead(x.key(i+1)) {
			continue // "a blog post" is a post
		}
		if name := art.statementSource(ix, x, i); name != "" {
			art.docs = append(art.docs, docMention{para: x.index, tok: i, head: t.key, source: name})
			continue
		}
		src := -1
		// "the Heritage Foundation report", "a Sheriff's Office
		// incident report".
		m := i - 1
		for m > 0 && m >= i-2 && x.word(m, t.unit) && x.modifier(m) {
			m--
		}
		if c := x.chunkOf[max(m, 0)]; m >= 0 && c >= 0 && x.chunks[c].last == m && !x.chunks[c].place && !siteText(x.chunks[c], t.key) {
			src = c
		}
		pre := src
		by := x.textBy(i)
		switch x.key(by) {
		case "from", "by", "of":
			k := by + 1
			if x.key(k) == "the" {
				k++
			}
			if c := x.chunkOf[min(k+1, len(x.toks)-1)]; x.word(k, t.unit) && x.toks[k].poss && !x.toks[k].cap && c >= 0 && x.chunks[c].first == k+1 && x.chunks[c].kind == nameOrg &&
				len(x.chunks[c].title) == 0 && !x.heldBy(x.chunks[c].last) {
				// "a staff report from the city's Office of Licensing":
				// the body, not its owner; but "a letter from the club's
				// Supporters Trust chairman, Dave Kerr," is his.
				k++
			}
			switch {
			case x.key(by) == "by":
				src = x.agent(by+1, t.unit)
			case x.commissionedFrom(i+1+btoi(x.isPunct(i+1, ",")), t.unit) == by:
				src = x.supplier(k, t.unit) // "a study commissioned by the city from Halvorsen Acoustics"
			case k < len(x.toks) && x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].first <= k && (!x.chunks[x.chunkOf[k]].place && !listedPlace(x.chunks[x.chunkOf[k]].name) || localGovernment(x.chunks[x.chunkOf[k]].keys)):
				src = x.chunkOf[k] // but "a letter from Gaza" is from no one; "a report from the City of Kessock Falls" is the city's
			}
		}
		if src < 0 {
			src = x.issuer(i)
		}
		if src < 0 {
			// "the Adventure Activities Regulator, whose audit report".
			b := i
			for b > 0 && b >= i-2 && x.word(b-1, t.unit) && x.modifier(b-1) {
				b--
			}
			src = x.whoseOwner(b)
		}
		if src < 0 {
			name := art.bodyModified(x, i, by)
			if name == "" {
				name = art.bodyOwned(x, i, by)
			}
			if name != "" {
				art.docs = append(art.docs, docMention{para: x.index, tok: i, head: t.key, source: name})
				continue
			}
		}
		switch {
		case src >= 0:
			art.docs = append(art.docs, docMention{para: x.index, tok: i, head: t.key, source: art.nameOf(x.index, src), near: src == pre})
		case x.newText(i) >= 0:
			// The sentence's subject sent it ("X sent a letter"), else
			// "a statement" from no one the rules can name: "the
			// statement" after it is this one, not an earlier one.
			src := art.author(ix, x, i)
			if src == "" && x.key(i+1) == "sent" && x.key(i+2) == "home" {
				// "A letter sent home to parents asked": the school's.
				src = art.onlySchool()
			}
			art.docs = append(art.docs, docMention{para: x.index, tok: i, head: t.key, source: src})
		}
	}
}

// onlySchool returns the one school for children the article names, or
// "" when it names none or several.
func (art *article) onlySchool() string {
	name := ""
	for i := range art.mentions {
		m := &art.mentions[i]
		if m.kind != nameOrg || len(m.keys) == 0 {
			continue
		}
		if !pupilsSchools[m.keys[len(m.keys)-1]] {
			continue
		}
		if name != "" && m.name != name {
			return ""
		}
		name = m.name
	}
	return name
}

// wroteOn reports whether the verb at toks[i] says that someone wrote or
// posted on a social network ("Keefe wrote on Facebook", "Her brother
// posted on the club’s Instagram page"), with the chunk of the name right
// before it, a person's or a body's, or -1 when no name is.
func (x *para) wroteOn(i int) (int, bool) {
	if k := x.key(i); k != "wrote" && k != "posted" || x.toks[i].kind != word || i == 0 || x.key(i+1) != "on" {
		return -1, false
	}
	u := x.toks[i].unit
	for k := i + 2; k <= i+6 && x.word(k, u); k++ {
		if !x.platformAt(k) {
			continue
		}
		if c := x.chunkOf[i-1]; c >= 0 && x.chunks[c].last == i-1 && !x.chunks[c].poss && !x.chunks[c].place {
			return c, true
		}
		// The subject, past adverbs, is someone no name gives: "Her
		// brother later posted", not "a statement posted on".
		s := i - 1
		for s > 0 && x.word(s, u) && x.isAdverb(s) {
			s--
		}
		h := x.key(s)
		_, pron := pronouns[h]
		return -1, x.word(s, u) && x.chunkOf[s] < 0 && (pron && !x.toks[s].poss || maleKin[h] || femaleKin[h] || personNouns[h])
	}
	return -1, false
}

// textBy returns the index of the word that introduces the source of
// the text at toks[i], "by", "from" or "of", or the index after the
// text when none does: "a report by X", "a report published by X",
// "the report, released by X,", "a report published on Monday by X",
// "the letter is signed by X", "The letter, from X, gives", "A report
// to the committee by X", "A report presented to council in
// September, prepared by X,".
func (x *para) textBy(i int) int {
	by := i + 1
	k := by + btoi(x.isPunct(by, ","))
	if x.key(k) == "is" || x.key(k) == "was" {
		k++
	}
	if f := x.commissionedFrom(k, x.toks[i].unit); f > 0 {
		return f
	}
	if b := x.sourceBy(k, x.toks[i].unit); b > 0 {
		return b
	}
	if b := x.aboutBy(by, x.toks[i].unit); b > 0 {
		return b
	}
	if x.isPunct(by, ",") && (x.key(by+1) == "from" || x.key(by+1) == "by") {
		by++
	}
	return by
}

// commissionedFrom returns the index of the "from" that names who wrote
// a text another commissioned, in the words at toks[k] after it: "A study
// commissioned by the city from Halvorsen Acoustics" is the consultants';
// or -1.
func (x *para) commissionedFrom(k, u int) int {
	if x.key(k) != "commissioned" || !x.word(k, u) {
		return -1
	}
	for j := k + 1; j <= k+8 && x.word(j, u); j++ {
		if x.key(j) == "from" {
			return j
		}
	}
	return -1
}

// supplier returns the chunk of the body named at toks[k] after "from"
// that a text was commissioned from, past where it is and what it does
// ("from Brandon consultants Northfield Civic Research"), though "from"
// makes it read as a place ("from Halvorsen Acoustics"); or -1.
func (x *para) supplier(k, u int) int {
	c := x.chunkOf[min(k, len(x.toks)-1)]
	if k >= len(x.toks) || c < 0 || x.chunks[c].first != k {
		return -1
	}
	// "Brandon consultants Northfield Civic Research": the name after
	// the place and a noun for the firm.
	j := x.chunks[c].last + 1
	for n := 0; n < 2 && x.word(j, u) && !x.toks[j].cap && x.chunkOf[j] < 0; n++ {
		j++
	}
	if d := x.chunkOf[min(j, len(x.toks)-1)]; j > x.chunks[c].last+1 && d >= 0 && x.chunks[d].first == j && x.chunks[d].kind == nameOrg {
		return d
	}
	if listedPlace(x.chunks[c].name) {
		return -1
	}
	return c
}

// sourceBy returns the index of the "by" that names who wrote a text in
// the words at toks[k] after it, past whom it went to and how it was
// issued: "to the committee by X", "published on Monday by X",
// "presented to council in September, prepared by X"; or -1.
func (x *para) sourceBy(k, u int) int {
	if !x.word(k, u) {
		return -1
	}
	if x.key(k) == "to" {
		if e := x.addresseeEnd(k+1, u); e > 0 && x.key(e) == "by" {
			return e
		}
		return -1
	}
	if b := x.issuedBy(k); b > 0 {
		return b
	}
	for n := 0; n < 2 && (issueVerbs[x.key(k)] || presentVerbs[x.key(k)]); n++ {
		// Not past another verb joined by "and": "A video posted on
		// social media and verified by The Associated Press".
		j := k + 1
		for ; j <= k+6 && x.word(j, u) && x.key(j) != "and"; j++ {
			if x.key(j) == "by" {
				return j
			}
		}
		if !x.isPunct(j, ",") || !issueVerbs[x.key(j+1)] {
			break
		}
		k = j + 1
	}
	return -1
}

// aboutBy returns the index of the "by" that names who wrote a text
// past what the text is about, "of" and a name set off by a comma at
// toks[k]: "The review of Castlebrook General Hospital, led by senior
// midwife Ruth Calloway-Pike,"; or -1.
func (x *para) aboutBy(k, u int) int {
	if !x.word(k, u) || x.key(k) != "of" {
		return -1
	}
	k++
	if x.key(k) == "the" {
		k++
	}
	if k >= len(x.toks) || x.chunkOf[k] < 0 {
		return -1
	}
	c := x.chunks[x.chunkOf[k]]
	if c.first != k || !x.isPunct(c.last+1, ",") || !researchLeads[x.key(c.last+2)] {
		return -1 // "The report of the Public Accounts Committee, published by Parliament": the committee's
	}
	return x.sourceBy(c.last+2, u)
}

// researchLeads say who led or wrote a piece of research, past what it is
// about: "led by", "carried out by".
var researchLeads = set(`led conducted chaired headed carried written authored compiled prepared`)

// presentVerbs say to whom a text went, before who wrote it: "a report
// presented to council by officers".
var presentVerbs = set(`presented submitted tabled`)

// addresseeEnd returns the index after the one a text is addressed to
// at toks[k], after "to": "the committee", "council", "the planning
// board", "Dunmore Council"; or -1.
func (x *para) addresseeEnd(k, u int) int {
	if x.word(k, u) && x.key(k) == "the" {
		k++
	}
	if c := x.chunkOf[min(k, len(x.toks)-1)]; k < len(x.toks) && c >= 0 && x.chunks[c].first == k {
		return x.chunks[c].last + 1
	}
	for n := 0; n < 3 && x.word(k, u) && !x.toks[k].cap; n++ {
		if orgHeads[x.key(k)] || publicHeads[x.key(k)] {
			return k + 1
		}
		if !x.modifier(k) {
			break
		}
		k++
	}
	return -1
}

// bodyModified returns the public body a lower-case noun before the
// text at toks[i] names, as the article names it before: "A council
// licensing report concluded" after "Southmere Borough Council refused",
// "a police report" after "Avon and Somerset Police"; or "". by is
// where the text's source is introduced (see textBy).
func (art *article) bodyModified(x *para, i, by int) string {
	u := x.toks[i].unit
	for j := i - 1; j >= i-2 && x.word(j, u) && !x.toks[j].cap; j-- {
		if k := x.key(j); k == "city" || k == "county" || publicNoun(k) {
			return art.bodyByNoun(x, j) // "the council report", "A 2023 city report"
		}
		if k := x.key(j); (officerNouns[k] || k == "officer") && j == i-1 && presentVerbs[x.key(i+1)] && x.key(i+2) == "to" {
			// "A staff report presented to the council’s parks
			// committee": written by the staff of the body it went to.
			b := i + 3
			if x.key(b) == "the" {
				b++
			}
			if x.word(b, u) && !x.toks[b].cap && publicNoun(x.key(b)) {
				return art.bodyByNoun(x, b)
			}
			break
		}
		if !x.modifier(j) {
			break
		}
	}
	// "A report by council officers": the body whose staff wrote it.
	if x.key(by) == "by" && x.word(by+1, u) && !x.toks[by+1].cap && x.staffEnd(by+2, u) > 0 {
		if publicNoun(x.key(by + 1)) {
			return art.bodyByNoun(x, by+1)
		}
	}
	return ""
}

// bodyOwned returns the body a definite noun in the possessive before
// the text at toks[i] stands for, as the article names it before and
// names no other of that noun: "the trust’s latest report" after "the
// Traditional Crafts Trust"; or "". A text whose author follows it ("the
// trust’s inspection report, written by the commission,") is the
// author's, whoever owns it. by is where the text's source is introduced
// (see textBy).
func (art *article) bodyOwned(x *para, i, by int) string {
	if x.key(by) == "by" {
		return ""
	}
	u := x.toks[i].unit
	j := i - 1
	for j > i-3 && x.word(j, u) && !x.toks[j].poss && (x.modifier(j) || x.toks[j].cap && months[x.key(j)] || !x.toks[j].cap && isDocHead(x.key(j))) {
		j-- // "the department’s summary report", "its audit report"
	}
	if !x.word(j, u) || !x.toks[j].poss || x.toks[j].cap || x.key(j-1) != "the" || !orgHeads[x.key(j)] && !corporateHeads[x.key(j)] {
		return ""
	}
	return art.bodyByNoun(x, j)
}

// publicNoun reports whether key, a lower-case noun, stands for a public
// body in the singular: "police", "council", "ministry".
func publicNoun(key string) bool {
	return key == "police" || publicHeads[key] && !pluralNoun(key)
}

// bodyByNoun returns the public body that the lower-case noun at toks[j]
// names, as the article names it before, when it names one body only;
// otherwise "".
func (art *article) bodyByNoun(x *para, j int) string {
	k := x.key(j)
	if k == "police" {
		return art.policeForce(ref{kind: refDesc, para: x.index, tok: j, chunk: -1, source: -1, head: k})
	}
	r := ref{kind: refDesc, para: x.index, tok: j, chunk: -1, source: -1, head: k, definite: true}
	bodies := func(m *mention) bool { return m.kind == nameOrg && m.chunk >= 0 && slices.Contains(m.keys, k) }
	if _, ok := soleBody(art.mentionsBack(r), bodies, nil); !ok {
		return "" // "approved by South Oxfordshire District Council, overturning Thame Town Council"
	}
	return art.orgByHead(r)
}

// agent returns the chunk of the name in a description after "by" that
// starts at toks[i]: "by the nonprofit Open Weights Collective", "by the
// system’s chief nursing officer, Paulette Drummond-Siu", "by the
// council's external auditors, Marlowe Keane LLP", "by Meridian's
// vice president of flight operations, Gerald Stanek". It returns -1
// when the description names no one.
func (x *para) agent(i, u int) int {
	j := i
	if x.word(j, u) && (x.key(j) == "the" || x.key(j) == "a" || x.key(j) == "an") {
		j++
	}
	owner := -1 // a body named in the possessive: "the AUTC's"
	for n := 0; n < 8 && j < len(x.toks) && x.toks[j].unit == u; n++ {
		if x.isPunct(j, ",") {
			// A name set off after the description.
			if c := x.chunkOf[min(j+1, len(x.toks)-1)]; j > i && c >= 0 && x.chunks[c].first == j+1 && (x.chunks[c].kind == namePerson || x.chunks[c].kind == nameOrg) && !x.chunks[c].poss {
				return c
			}
			return -1
		}
		if !x.word(j, u) {
			return -1
		}
		if c := x.chunkOf[j]; c >= 0 {
			ch := x.chunks[c]
			if !ch.poss && (!ch.place && !listedPlace(ch.name) || localGovernment(ch.keys)) {
				if owner >= 0 && branchNouns[x.key(ch.last+1)] && x.word(ch.last+1, u) {
					return owner // "by the AUTC's Hallamford branch": the body, not the town
				}
				return c
			}
			if ch.poss && ch.kind == nameOrg && x.staffEnd(ch.last+1, u) > 0 {
				return c // "a report by Dunmarrow Council’s planning officers": the body whose staff wrote it
			}
			if ch.poss && ch.kind == nameOrg {
				owner = c
			}
			j = ch.last + 1
			continue
		}
		if t := x.toks[j]; (t.key == "at" || t.key == "from") && j > i && (staffHeads[x.key(j-1)] || noteHeads[x.key(j-1)]) {
			// "by researchers at the University of Eastmoor": the body
			// whose staff wrote it.
			j++
			if x.word(j, u) && x.key(j) == "the" {
				j++
			}
			if c := x.chunkOf[min(j, len(x.toks)-1)]; j >= len(x.toks) || c < 0 || x.chunks[c].first != j {
				return -1 // not "by economists at the request of Downing Street"
			}
			continue
		}
		if t := x.toks[j]; t.cap || !x.modifier(j) && t.key != "of" && !t.poss {
			return -1
		}
		j++
	}
	return -1
}

// branchNouns name a part of a body that a place names: "the union's
// Hallamford branch".
var branchNouns = set(`branch chapter division wing section`)

// staffEnd returns the index after the words for a body's staff at
// toks[k], perhaps after a word for their field, "planning officers",
// "staff", or -1 when none open there.
func (x *para) staffEnd(k, u int) int {
	if x.word(k, u) && !x.toks[k].cap && !staffHeads[x.key(k)] && !officerNouns[x.key(k)] && x.modifier(k) {
		if pastStaff[x.key(k)] {
			return -1 // "Meridian Foods' former employees" no longer speak for it
		}
		k++
	}
	if x.word(k, u) && !x.toks[k].cap && (staffHeads[x.key(k)] || noteHeads[x.key(k)] || officerNouns[x.key(k)]) {
		return k + 1
	}
	return -1
}

// pastStaff say that staff have left their body: "former employees".
var pastStaff = set(`former ex retired sacked dismissed striking`)

// officerNouns are a body's staff, who write its papers: "council
// officers", "the ministry's staff".
var officerNouns = set(`officers staff employees engineers`)

// author returns who the sentence says sent or issued the text it
// introduces at toks[i]: the subject of "X sent a letter to the board",
// "X has filed a complaint", "X added fuel to the dispute with a report".
// It returns "" when the sentence says no such thing.
func (art *article) author(ix *nameIndex, x *para, i int) string {
	d := x.newText(i)
	u := x.toks[i].unit
	start := x.ustart[u]
	if d <= start {
		return ""
	}
	v := d - 1
	if !authorVerbs[x.key(v)] {
		// "The group sent the Carver Falls board a letter": the verb
		// before the one it was sent to.
		for k := v; k > start && k >= d-5 && x.word(k, u) && (k == v || x.verbAt(k) == 0); k-- {
			if (x.key(k) == "sent" || x.key(k) == "emailed" || x.key(k) == "wrote") && k < v {
				v = k
				break
			}
		}
	}
	switch {
	case authorVerbs[x.key(v)]:
		for v-1 > start && (x.key(v-1) == "has" || x.key(v-1) == "have" || x.key(v-1) == "had" || x.isAdverb(v-1)) {
			v--
		}
	case x.key(v) == "with":
		for v--; v >= start && x.verbAt(v) != finite; v-- {
		}
		if v < start {
			return ""
		}
	case x.key(v) == "in" && (x.key(d) == "a" || x.key(d) == "an") && authoredIn[x.key(i)] && !x.passiveBefore(start, v):
		// "A group calling itself Black Tundra claimed responsibility in
		// a post on its leak site", "The president set out her case in a
		// February letter to staff": the text is the subject's.
		r, ok := x.clauseSubject(start, v)
		if !ok {
			return ""
		}
		name, _ := art.speakerOf(ix, r)
		return name
	default:
		return ""
	}
	return art.sender(ix, x, v, start)
}

// sender returns who the clause from toks[start] says sent a text with
// the verb at toks[v], before which any auxiliaries and adverbs have
// been passed: the subject of "X sent", "X has written". It returns ""
// when no one the rules can name is.
func (art *article) sender(ix *nameIndex, x *para, v, start int) string {
	if x.key(start+1) == "family" && determiners[x.key(start)] && x.key(start+2) == "of" {
		// "The family of one of the injured men, Joseph Merriman, …,
		// released a statement": a family the article does not name.
		return ""
	}
	if c := x.chunkOf[max(v-3, 0)]; v-3 >= start && x.key(v-1) == "which" && x.isPunct(v-2, ",") && c >= 0 && x.chunks[c].last == v-3 && x.chunks[c].kind == nameOrg {
		// "a staff attorney at the Northwest Justice Collaborative,
		// which filed a motion": the body the relative clause is on.
		return art.nameOf(x.index, c)
	}
	r, ok := x.npBefore(v, start)
	if !ok {
		// "Solidarity Watch, which monitors prisons, published a
		// report": the clause's subject.
		if r, ok = x.clauseSubject(start, v); !ok {
			return ""
		}
	}
	name, _ := art.speakerOf(ix, r)
	return name
}

// authoredIn are the texts whose subject writes what a sentence says it
// did "in" one: "set out her case in a letter", "apologised in a post".
var authoredIn = set(`post video letter memo memorandum email message note statement column op-ed
	essay editorial newsletter blog tweet`)

// passiveBefore reports whether the clause toks[start:v] holds a form of
// "be", as a passive that says its subject was named, not that it wrote,
// does: "Smith was named in a letter", "Smith is quoted in an email". It
// errs towards no author: "Smith, who was mayor, wrote in a letter" holds
// one too.
func (x *para) passiveBefore(start, v int) bool {
	for k := start; k < v; k++ {
		switch x.key(k) {
		case "was", "were", "is", "are", "been", "being", "be":
			return true
		}
	}
	return false
}

// wroteTo returns the index of the first word of the verb at toks[i]
// when it says that its subject wrote someone a letter, "wrote" or
// "has written" before "to" ("The charity wrote to the committee",
// "She has since written to the minister"), past auxiliaries and
// adverbs; or -1.
func (x *para) wroteTo(i int) int {
	t := x.toks[i]
	if t.kind != word || t.key != "wrote" && t.key != "written" || x.key(i+1) != "to" || !x.word(i+1, t.unit) {
		return -1
	}
	start := x.ustart[t.unit]
	v := i
	for v-1 > start && x.word(v-1, t.unit) && (x.isAdverb(v-1) || haveForms[x.key(v-1)]) {
		v--
	}
	if t.key == "written" && !haveForms[x.key(v)] {
		return -1 // "a letter written to the council" is no sentence about its sender
	}
	return v
}

// newText returns the determiner that introduces the text named at
// toks[i], an indefinite or possessive one with up to three modifiers
// after it ("a statement", "its annual report", "a special air quality
// statement"), or -1 when the text is not introduced there.
func (x *para) newText(i int) int {
	u := x.toks[i].unit
	d := i - 1
	for d > i-4 && x.word(d, u) && (x.modifier(d) || d == i-1 && isDocHead(x.key(d)) && !x.toks[d].cap || x.toks[d].cap && (months[x.key(d)] || weekdays[x.key(d)])) {
		d-- // "a new report", "a blog post", "a February letter"
	}
	switch x.key(d) {
	case "a", "an", "its", "their", "his", "her":
		if x.word(d, u) {
			return d
		}
	}
	return -1
}

// issuer returns the chunk of the name that a sentence says issued the
// text named at toks[i] ("Brenford Logistics has issued its first
// statement", "the ministry released a report"), or -1.
func (x *para) issuer(i int) int {
	u := x.toks[i].unit
	for j := i - 1; j >= i-4 && x.word(j, u); j-- {
		if !issueVerbs[x.key(j)] {
			continue
		}
		k := j - 1
		for x.word(k, u) && (x.key(k) == "has" || x.key(k) == "have" || x.key(k) == "had" || x.isAdverb(k)) {
			k--
		}
		if c := x.chunkOf[max(k, 0)]; k >= 0 && c >= 0 && x.chunks[c].last == k && !x.chunks[c].poss {
			return c
		}
		return -1
	}
	return -1
}

// modifier reports whether toks[i] is a lower-case word that can stand
// between a determiner and its noun: not a function word, a verb or a
// name.
func (x *para) modifier(i int) bool {
	t := x.toks[i]
	return !t.cap && !t.poss && !stopwords[t.key] && !boundaryWords[t.key] && x.chunkOf[i] < 0 && x.verbAt(i) == 0 && !isDocHead(t.key)
}

// btoi returns 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// statementSource returns who issued the text named at toks[i] when the
// sentence reports them saying something in it: "the Sheriff’s Office
// said in a statement", "In a statement, the regulator said". It returns
// "" otherwise.
func (art *article) statementSource(ix *nameIndex, x *para, i int) string {
	u := x.toks[i].unit
	d := x.newText(i) // "in its latest bulletin", "in an emailed statement"
	if d < 1 || x.key(d-1) != "in" {
		return ""
	}
	start := x.ustart[u]
	for v := d - 2; v >= start && v >= d-4; v-- {
		if x.verbAt(v) == participle {
			// "X welcomed the ruling, saying in a statement that …".
			if r, ok := x.subjectOf(v, start); ok {
				name, _ := art.speakerOf(ix, r)
				return name
			}
			return ""
		}
		if x.verbAt(v) == finite {
			if r, ok := x.npBefore(v, start); ok {
				name, _ := art.speakerOf(ix, r)
				if name == "" && r.kind == refDesc && r.source >= 0 && x.chunks[r.source].kind == nameOrg {
					// "Analysts at X said in a note": X's note.
					name = art.nameOf(x.index, r.source)
				}
				return name
			}
			// "The Coastal Liberation Front (CLF), an insurgent group
			// that has waged a campaign since 2021, claimed
			// responsibility in a statement": the clause's subject,
			// however long what is set off after it.
			if r, ok := x.clauseSubject(start, v); ok && r.kind == refChunk {
				name, _ := art.speakerOf(ix, r)
				return name
			}
			return ""
		}
	}
	// "In a statement, X said", "In a letter sent to every senator on
	// Tuesday, X warned": the subject of the clause after the phrase.
	// The phrase may give the text's title: "In a report titled
	// “Running on Empty”, published last month, the Chalk Streams
	// Alliance said".
	comma := -1
	if d-1 == start {
		for k := i + 1; k < len(x.toks) && k <= i+20 && x.toks[k].unit == u && (x.toks[k].kind != quoted || namingVerbs[x.key(k-1)] || titleCues[x.key(k-1)]); k++ {
			if x.isPunct(k, ",") {
				comma = k
				break
			}
		}
	} else if x.isPunct(i+1, ",") {
		comma = i + 1
	} else if d-2 > start && x.isPunct(d-2, ",") {
		// "The army, in a statement carried by state television, said".
		for k := i + 2; k < len(x.toks) && k <= i+8 && x.toks[k].unit == u && x.toks[k].kind != quoted; k++ {
			if x.isPunct(k, ",") {
				comma = k
				break
			}
		}
	}
	if comma >= 0 {
		if name := x.namedDoer(art, comma+1, u); name != "" {
			return name
		}
		for v := comma + 1; v < len(x.toks) && v <= comma+24 && x.toks[v].unit == u; v++ {
			if x.verbAt(v) == finite {
				if r, ok := x.npBefore(v, comma+1); ok {
					name, _ := art.speakerOf(ix, r)
					return name
				}
				if v == comma+1 && d-2 > start && x.isPunct(d-2, ",") {
					// "Zipwell, in a statement, said": the phrase is
					// set off after the subject.
					if r, ok := x.npBefore(d-2, start); ok {
						name, _ := art.speakerOf(ix, r)
						return name
					}
				}
				return ""
			}
		}
	}
	return ""
}

// namedDoer returns the name that opens the clause at toks[k], with or
// without "the", when a verb in the past tense follows it, whatever the
// verb: "the Roscommon County Board congratulated both clubs". It
// returns "" otherwise.
func (x *para) namedDoer(art *article, k, u int) string {
	if x.key(k) == "the" {
		k++
	}
	if k >= len(x.toks) || x.toks[k].unit != u {
		return ""
	}
	c := x.chunkOf[k]
	if c < 0 || x.chunks[c].first != k {
		return ""
	}
	ch := x.chunks[c]
	if v := ch.last + 1; (ch.kind == nameOrg || ch.kind == namePerson) && !ch.poss && !ch.place && x.word(v, u) && !x.toks[v].cap && strings.HasSuffix(x.key(v), "ed") {
		return art.nameOf(x.index, c)
	}
	return ""
}

// vote counts, for each person, the pronouns that can only refer to them:
// a "she" or "her" with exactly one person named before it in the same
// or the previous sentence.
func (art *article) vote(ix *nameIndex) {
	mi := 0
	for pi, x := range art.paras {
		if !nameSource(x) {
			continue
		}
		for i, t := range x.toks {
			var g byte
			switch t.key {
			case "he", "him", "his", "himself":
				g = 'm'
			case "she", "her", "hers", "herself":
				g = 'f'
			default:
				continue
			}
			if x.chunkOf[i] >= 0 {
				continue // a surname: "spokesperson He Yanling"
			}
			for mi < len(art.mentions) && before(art.mentions[mi].para, art.mentions[mi].tok, pi, i) {
				mi++
			}
			who := -1
			for k := mi - 1; k >= 0 && k >= mi-maxLookBack; k-- {
				m := art.mentions[k]
				if m.para != pi {
					break
				}
				if x.toks[m.tok].unit < t.unit-1 {
					break
				}
				// A full name that is the subject of its sentence counts
				// too: "Agnes Morrow keeps the logbooks at the foot of
				// her bed" says that Agnes Morrow is a woman.
				if m.person < 0 || !m.personal && !(m.subject && m.kind != nameOrg && len(m.keys) > 1) {
					continue
				}
				if who >= 0 && who != m.person {
					who = -2
					break
				}
				who = m.person
			}
			if who >= 0 && x.objectInWhoClause(i) {
				// "Raf Verbruggen, who has guided her since": not him.
				continue
			}
			if who >= 0 {
				ix.people[who].personal = true
				if g == 'm' {
					ix.people[who].male++
				} else {
					ix.people[who].female++
				}
			}
		}
	}
}

// refreshPersonal marks as personal the mentions of people that the
// pronouns of the corpus have shown to be people. It runs after vote has
// run on every article.
func (art *article) refreshPersonal(ix *nameIndex) {
	for k := range art.mentions {
		if m := &art.mentions[k]; m.person >= 0 && ix.people[m.person].personal {
			m.personal = true
		}
	}
}

// nameOf returns the name a chunk of a paragraph stands for.
func (art *article) nameOf(pi, ci int) string {
	if mi, ok := art.mentionOf[[2]int{pi, ci}]; ok {
		return art.mentions[mi].name
	}
	c := art.paras[pi].chunks[ci]
	if c.kind != nameOrg {
		if i := art.ix.resolve(c.keys, art.local, true); i >= 0 {
			return art.ix.people[i].name
		}
	}
	return c.name
}

// surname reports whether the one-word chunk ci of paragraph pi is the
// surname of a person the corpus names in full, given name first.
func (art *article) surname(pi, ci int) bool {
	c := art.paras[pi].chunks[ci]
	if len(c.keys) != 1 {
		return false
	}
	name := strings.Fields(strings.ToLower(art.nameOf(pi, ci)))
	return len(name) > 1 && normKey(name[len(name)-1]) == c.keys[0] && isGivenName(name[0])
}

// sourceName returns the name of the source of a text, the chunk ci of
// paragraph pi: a person's canonical name, or an organisation's fullest
// name ("the Stavanger note" after "Stavanger Securities").
func (art *article) sourceName(pi, ci int) string {
	c := art.paras[pi].chunks[ci]
	name := art.nameOf(pi, ci)
	if c.kind != namePerson && c.title == nil && name == c.name {
		return art.orgName(name, c.keys, pi, c.first)
	}
	return name
}

// orgName returns the fullest name the article gives an organisation
// before writing it short: "the Commission" after "the European
// Commission" or "the Election Commission of India", "Halvorsen" after
// "Halvorsen Semiconductor". It returns
// name unchanged when no longer name ends or starts with its words or
// when two different ones do.
func (art *article) orgName(name string, keys []string, pi, tok int) string {
	if full, ok := art.orgs[orgKey(name)]; ok && len(keys) == 1 && isUpperWord(name) && full != name {
		// "A GBO spokesperson" after "the Global Boxing Organisation"
		// and under "Unbeaten GBO welterweight king …": the name the
		// initials stand for.
		return full
	}
	if len(keys) == 1 && isUpperWord(name) {
		if n := art.initialsOpening(name, pi, tok); n != "" {
			return n
		}
	}
	full := art.fullerOrg(pi, tok, func(m *mention) bool {
		// "the Aerovance AV-72" is a product, not the maker's full name.
		if m.kind == namePerson || len(m.keys) <= len(keys) || productName(m.keys) {
			return false
		}
		if m.personal {
			// "Developer Northgate Living said …" made a speaker of
			// the name, but "a Northgate spokesperson" writes it short
			// by its first words, as no one writes a person.
			return m.chunk >= 0 && art.paras[m.para].chunks[m.chunk].kind == nameOther && !isGivenName(keys[0]) && slices.Equal(m.keys[:len(keys)], keys)
		}
		return slices.Equal(m.keys[len(m.keys)-len(keys):], keys) || slices.Equal(m.keys[:len(keys)], keys) || headOf(m.keys, keys)
	})
	if full == "" {
		return name
	}
	if first := firstFirm(full, keys); first != "" {
		return first
	}
	return full
}

// firstFirm returns the first of two organisations a name joins with
// "and", when keys open it: "Pinecrest Airlines" for "Pinecrest" of
// "Pinecrest Airlines and BlueHarbor Air". Each must be of two words or
// more and end in an organisation's word that is no public body's head,
// so that "Brisbane North Hospital and Health Service" stays one, and the
// second must open with a name rather than a line of business, so that
// "Northern Rock Bank and Trust Company" does too.
func firstFirm(full string, keys []string) string {
	words := strings.Fields(full)
	a := slices.Index(words, "and")
	if a < 2 || len(words)-a-1 < 2 || len(keys) >= a {
		return ""
	}
	for i, k := range keys {
		if strings.ToLower(words[i]) != k {
			return ""
		}
	}
	firm := func(w string) bool {
		k := strings.ToLower(w)
		return entity.IsOrgSuffix(k) && !entity.IsBodyHead(k)
	}
	if !firm(words[a-1]) || !firm(words[len(words)-1]) {
		return ""
	}
	if second := strings.ToLower(words[a+1]); entity.IsOrgSuffix(second) || firmFields[second] {
		return "" // "Northern Rock Bank and Trust Company": one bank's business, not a second firm
	}
	return strings.Join(words[:a], " ")
}

// firmFields are the lines of business that open the second half of one
// firm's name after "and": "Bank and Trust Company", "Trust and Banking
// Corporation", "Savings and Loan Association".
var firmFields = set(`banking savings loan loans mutual trust insurance investment`)

// bodyName returns the name of the body chunk ci of paragraph pi names:
// with the noun in lower case after it ("Eastholme borough council"), or
// its fullest name.
func (art *article) bodyName(pi, ci int) string {
	if n := art.paras[pi].bodyPhrase(ci, ""); n != "" {
		return n
	}
	ch := art.paras[pi].chunks[ci]
	return art.orgName(art.nameOf(pi, ci), ch.keys, pi, ch.first)
}

// businessBefore reports whether the description r is a noun for a
// business after the name it is given, which opens the description:
// "the Prairie Fresh grocery chain", "the Harcourt Foods carmaker". A
// name of one word may be a place, a person or a brand ("the Kent
// brewery", "the Musk electric carmaker", "the ChatGPT maker"), and so
// may one opening as places' names do ("the West Cork seafood company",
// "the Port Ellery ferry operator"); a family's is no business's name
// ("the Smith family company"), nor is a line mostly a business ("the
// Moorside picket line").
func (x *para) businessBefore(r ref) bool {
	if !corporateHeads[r.head] || r.head == "line" || r.head == "maker" || !x.nameOpens(r) {
		return false
	}
	ch, u := x.chunks[r.chunk], x.toks[r.tok].unit
	for k := ch.last + 1; k <= ch.last+3 && x.word(k, u) && !x.toks[k].cap && x.key(k) != "family"; k++ {
		if x.key(k) == r.head {
			return true
		}
	}
	return false
}

// groupBefore reports whether the description r is a noun for a group
// of members right after the name it is given, which the determiner
// opens: "the Lennox Head Boardriders club", "The Retail Workers United
// union", "the Drumcarra Tidy Towns committee". As for businessBefore, a
// name of one word or opening as places' names do may be where the group
// is ("the Brisbane club", "the West Cork campaign").
func (x *para) groupBefore(r ref) bool {
	if !groupHeads[r.head] || !x.nameOpens(r) {
		return false
	}
	ch, u := x.chunks[r.chunk], x.toks[r.tok].unit
	if r.head == "club" && competitionWords[ch.keys[len(ch.keys)-1]] {
		return false // "The Scottish Premiership club said": a club of the league, named before
	}
	return x.word(ch.last+1, u) && x.key(ch.last+1) == r.head
}

// nameOpens reports whether the description r opens with a determiner
// and a name of two words or more that may be a body's, not a person's
// nor a place's, before its noun (see businessBefore and groupBefore).
func (x *para) nameOpens(r ref) bool {
	if r.chunk < 0 {
		return false
	}
	ch := x.chunks[r.chunk]
	if ch.kind != nameOther || ch.poss || ch.place || ch.title != nil || len(ch.keys) < 2 || entity.IsPlacePrefix(ch.keys[0]) || listedPlace(ch.name) {
		return false
	}
	return ch.first == r.tok+1 && x.word(r.tok, x.toks[r.tok].unit) && determiners[x.key(r.tok)]
}

// competitionWords end the name of a league or a competition whose clubs
// a noun after it describes: "the Premier League club", "the Super Rugby
// club".
var competitionWords = set(`league premiership championship division conference cup series rugby football soccer cricket hockey netball basketball`)

// groupNamedBefore returns the group that the description r, a bare
// noun for one ("the committee"), means when the paragraph or the one
// before names a group with that noun after its name (see groupBefore):
// the nearest, or "".
func (art *article) groupNamedBefore(r ref) string {
	if !groupHeads[r.head] || r.chunk >= 0 {
		return ""
	}
	for pi := r.para; pi >= max(r.para-1, 0); pi-- {
		x := art.paras[pi]
		for ci := len(x.chunks) - 1; ci >= 0; ci-- {
			ch := x.chunks[ci]
			if pi == r.para && ch.first >= r.tok || ch.first == 0 {
				continue
			}
			g := ref{kind: refDesc, para: pi, tok: ch.first - 1, chunk: ci, source: -1, head: r.head, definite: true}
			if x.groupBefore(g) && !art.personAt(pi, ci) {
				return art.groupName(pi, ci, r.head)
			}
		}
	}
	return ""
}

// groupName returns the name of the group that the noun head follows
// chunk ci of paragraph pi as: the name, or for a committee the name and
// the noun, since a committee is the committee of what it follows ("the
// Thornby Crab Apple Fair committee").
func (art *article) groupName(pi, ci int, head string) string {
	if subBodyHeads[head] {
		return art.nameOf(pi, ci) + " " + head
	}
	return art.nameOf(pi, ci)
}

// groupHeads are nouns for a group its members run: "the Lennox Head
// Boardriders club".
var groupHeads = set(`club campaign union group society association coalition alliance network collective committee`)

// personAt reports whether chunk ci of paragraph pi names a person.
func (art *article) personAt(pi, ci int) bool {
	if c := art.paras[pi].chunks[ci]; c.kind != nameOther {
		return c.kind == namePerson
	}
	mi, ok := art.mentionOf[[2]int{pi, ci}]
	return ok && art.mentions[mi].personal
}

// orgStartingWith returns the one organisation named before token tok of
// paragraph pi whose name starts with keys and is longer, or "".
func (art *article) orgStartingWith(keys []string, pi, tok int) string {
	return art.fullerOrg(pi, tok, func(m *mention) bool {
		return m.kind == nameOrg && len(m.keys) > len(keys) && slices.Equal(m.keys[:len(keys)], keys)
	})
}

// fullerOrg returns the one name that the mentions of names before token
// tok of paragraph pi which satisfy match give, or "" when they give none
// or two different ones.
func (art *article) fullerOrg(pi, tok int, match func(m *mention) bool) string {
	full := ""
	for k := range art.mentions {
		m := &art.mentions[k]
		if !before(m.para, m.tok, pi, tok) {
			break
		}
		if m.chunk < 0 || !match(m) {
			continue
		}
		if full != "" && full != m.name {
			return ""
		}
		full = m.name
	}
	return full
}

// initialsOpening returns the words that open a longer name written
// before (pi, tok), end in a body's word and have the letters of acronym
// for initials, or "":
// "the GDF" after the "Global Darts Federation World Championship" is
// the Global Darts Federation, whatever else opens with its letters
// ("GDF World Championship").
func (art *article) initialsOpening(acronym string, pi, tok int) string {
	want := strings.ToLower(acronym)
	for k := range art.mentions {
		m := &art.mentions[k]
		if !before(m.para, m.tok, pi, tok) {
			break
		}
		words := strings.Fields(m.name)
		if m.kind != nameOrg || len(words) != len(m.keys) || len(m.keys) <= len(want) {
			continue
		}
		got := ""
		for n, key := range m.keys {
			if key == "of" || key == "and" || key == "the" || key == "for" || key == "&" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(key)
			got += string(r)
			if next := n + 1; got == want && next < len(m.keys) && orgWords[key] && m.keys[next] != "of" && m.keys[next] != "for" && m.keys[next] != "and" && m.keys[next] != "&" {
				return strings.Join(words[:n+1], " ")
			}
			if !strings.HasPrefix(want, got) {
				break
			}
		}
	}
	return ""
}

// productName reports whether a name holds a number other than a
// branch's ("Local 727"), as a product's or a model's does.
func productName(keys []string) bool {
	for i, k := range keys {
		if hasDigit(k) && !(i > 0 && isNumber(k) && localWords[keys[i-1]]) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// headOf reports whether keys are the words before "of" in the name full:
// "Commission" in "Election Commission of India".
func headOf(full, keys []string) bool {
	i := slices.Index(full, "of")
	return i >= len(keys) && slices.Equal(full[i-len(keys):i], keys)
}

// mentionGender returns the gender of a mention: from its own title, else
// from what the corpus says about the person.
func (art *article) mentionGender(ix *nameIndex, m mention) byte {
	if m.person >= 0 {
		p := ix.people[m.person]
		male, female := p.male, p.female
		switch nameGender(p.keys) {
		case 'm':
			male += 3
		case 'f':
			female += 3
		}
		switch m.gender {
		case 'm':
			male += 5
		case 'f':
			female += 5
		}
		switch {
		case male > female:
			return 'm'
		case female > male:
			return 'f'
		}
		return 0
	}
	if m.gender == 0 && m.kind != nameOrg && len(m.keys) == 1 {
		// "It was Caleb, she said": someone the article calls by a given
		// name alone has its gender.
		return nameGender(m.keys)
	}
	return m.gender
}

// spellOut returns the words of the office that a title's word writes in
// initials, or nil: "CEO Malcolm Ferreira-Haig" is the "chief executive"
// a description names. Only the title's word nearest the name, or one no
// other office follows, is the person's: in "SP chief Akhilesh Yadav" and
// "GM CEO Mary Barra" the initials are a body's.
func spellOut(key string) []string {
	return strings.Fields(titleAbbrevs[key])
}

// abbrevTitle returns the office that initials with the key stand for,
// common ones ("cm", "ceo") or those the article spells out, or "".
func (art *article) abbrevTitle(key string) string {
	if t := titleAbbrevs[key]; t != "" {
		return t
	}
	return art.acronyms[key]
}

// abbrevHolder returns the mention of the one who holds the office that
// chunk ci of paragraph pi writes in initials after "the", or opening a
// heading, and true; or nil and true when no one named holds it; or false
// when the chunk is no such office. "The CM said": the one the article
// made chief minister; "CEO says …" under a headline.
func (art *article) abbrevHolder(ix *nameIndex, pi, ci int) (*mention, bool) {
	x, c := art.paras[pi], art.paras[pi].chunks[ci]
	if len(c.keys) != 1 || art.abbrevTitle(c.keys[0]) == "" || !isUpperWord(x.toks[c.first].text) ||
		!(c.first > 0 && x.key(c.first-1) == "the" || c.first == 0 && x.headlineStyle()) {
		return nil, false
	}
	if h, ok := art.holders[c.keys[0]]; ok && titleAbbrevs[c.keys[0]] == "" {
		// "The MCE said" after "The Municipal Chief Executive (MCE) for
		// Abrepo, Hon. Adwoa Nkansah-Boadu,": the one given the initials
		// with the office.
		if mi, ok := art.mentionOf[h]; ok {
			return &art.mentions[mi], true
		}
	}
	ws := strings.Fields(art.abbrevTitle(c.keys[0]))
	d := ref{kind: refDesc, para: pi, tok: max(c.first-1, 0), chunk: -1, source: -1, head: ws[len(ws)-1], caps: ws[:len(ws)-1], definite: true}
	return art.titled(ix, d), true
}

// titleAcronyms returns the initials the article gives an office in
// brackets after spelling it out, by their key: "The Municipal Chief
// Executive (MCE) for Abrepo" gives "mce", "municipal chief executive".
// The office's words, capitalised, give the initials one by one, and the
// last is a title. It returns too the (paragraph, chunk) of the person
// named right after as holding it: "…, Hon. Adwoa Nkansah-Boadu,".
func (art *article) titleAcronyms() (map[string]string, map[string][2]int) {
	var out map[string]string
	var holders map[string][2]int
	for pi, x := range art.paras {
		for k := 2; k+1 < len(x.toks); k++ {
			t := x.toks[k]
			if t.kind != word || !x.isPunct(k-1, "(") || !x.isPunct(k+1, ")") || !isUpperWord(t.text) || titleAbbrevs[t.key] != "" {
				continue
			}
			n := len(t.key)
			if n < 2 || n > 5 || k-1-n < 0 {
				continue
			}
			ws := make([]string, 0, n)
			for i := range n {
				w := x.toks[k-1-n+i]
				if w.kind != word || !w.cap || w.unit != t.unit || w.key[0] != t.key[i] {
					break
				}
				ws = append(ws, w.key)
			}
			if len(ws) == n && isTitleKey(ws[n-1]) {
				if out == nil {
					out = make(map[string]string)
				}
				out[t.key] = strings.Join(ws, " ")
				if f := k - 1 - n; f > 0 && formerWords[x.key(f-1)] {
					continue // "The former Municipal Chief Executive (MCE), Kwame Boateng,": no longer the holder
				}
				if ci := x.holderAfter(k+2, t.unit); ci >= 0 {
					if holders == nil {
						holders = make(map[string][2]int)
					}
					holders[t.key] = [2]int{pi, ci}
				}
			}
		}
	}
	return out, holders
}

// formerWords say an office is no longer held: "the former MCE".
var formerWords = set(`former ex outgoing previous then late`)

// personAfter reports whether a person is named after chunk ci in unit u.
func (x *para) personAfter(ci, u int) bool {
	for k := x.chunks[ci].last + 1; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].kind != nameOrg {
			return true
		}
	}
	return false
}

// holderAfter returns the chunk of the person an office's initials name
// as its holder from toks[k], right after them, in unit u, or -1: a place
// the office is "for" or "of", and a comma, may come first ("for Abrepo,
// Hon. Adwoa Nkansah-Boadu").
func (x *para) holderAfter(k, u int) int {
	if x.key(k) == "for" || x.key(k) == "of" {
		k++
		if x.key(k) == "the" {
			k++
		}
		for x.word(k, u) && x.toks[k].cap {
			k++
		}
	}
	if x.isPunct(k, ",") {
		k++
	}
	if !x.word(k, u) || x.chunkOf[k] < 0 {
		return -1
	}
	if c := x.chunks[x.chunkOf[k]]; c.kind == namePerson && c.first == k {
		return x.chunkOf[k]
	}
	return -1
}

// speakerOf resolves the phrase naming a speaker to a canonical name, or
// "" when it does not say who.
func (art *article) speakerOf(ix *nameIndex, r ref) (string, bool) {
	switch r.kind {
	case refChunk:
		c := art.paras[r.para].chunks[r.chunk]
		if m, ok := art.abbrevHolder(ix, r.para, r.chunk); ok {
			if m == nil {
				return "", false
			}
			return m.name, false
		}
		if c.titleOnly() && !art.surname(r.para, r.chunk) {
			// "Judge says …" in a headline: a title alone names the
			// person the article gave it before, else nobody. After an
			// honorific it is a surname: "Dr Sheikh said", and so it
			// is when the article names someone with it: "Archdeacon
			// asked" after "Simon Archdeacon".
			n := len(c.keys)
			return art.byTitle(ix, ref{kind: refDesc, para: r.para, tok: r.tok, chunk: -1, source: -1, head: c.keys[n-1], caps: c.keys[:n-1], definite: true}), false
		}
		if o := office(c.title); c.kind != nameOrg && len(o) > 0 {
			// "the mayor of Springfield said": the person the article
			// gave the office, else nobody.
			return art.byTitle(ix, ref{kind: refDesc, para: r.para, tok: r.tok, chunk: -1, source: -1, head: o[len(o)-1], definite: true}), false
		}
		if c.place {
			if n := art.paras[r.para].bodyPhrase(r.chunk, ""); n != "" {
				return n, true // "Kirkbridge borough council, which owns the building, said"
			}
			if n := art.orgName(c.name, c.keys, r.para, c.first); n != c.name && !art.paras[r.para].placeAt(c) {
				return n, true // "Meridian Vale said" after "Meridian Vale Housing": a place speaks for no one
			}
			return "", false // "Asked whether Lima had responded"
		}
		if x := art.paras[r.para]; c.kind == nameOther && !c.typedPerson && c.title == nil && c.first > 1 && x.key(c.first-1) == "the" && placePrepositions[x.key(c.first-2)] {
			// "A police officer stationed near the Porte d'Orléans, who
			// requested anonymity, described": a name of no kind after a
			// preposition of place names a place.
			return "", false
		}
		name := art.nameOf(r.para, r.chunk)
		if c.kind == nameOrg && name == c.name {
			name = art.orgName(name, c.keys, r.para, c.first)
		}
		if c.kind != nameOrg && name == c.name && !hasPersonTitle(c.title) {
			// "Sierra Crest reported" after "Sierra Crest Power": the
			// first words of an organisation's name written before are
			// that organisation, even when they look like a person's.
			if full := art.orgStartingWith(c.keys, r.para, c.first); full != "" {
				return full, true
			}
		}
		return name, c.kind == nameOrg
	case refPronoun:
		switch r.pron {
		case "he", "she":
			g := pronouns[r.pron]
			if name := art.pronoun(ix, g, r); name != "" {
				return name, false
			}
			// "A spokeswoman for X said … “…,” she said": X speaks.
			if name, org := art.spokesSource(r, r.para); name != "" && art.unnamedSubject(r) {
				return name, org
			}
			// "A department spokeswoman said … ¶ “…,” the spokeswoman
			// said. She added …": the one the paragraph before introduced.
			if art.definiteSpokes(r) && art.describedSubject(r) {
				if name, org := art.spokesSource(r, r.para-1); name != "" {
					return name, org
				}
			}
			// "A spokeswoman for HERA said … ¶ “…,” she said in a
			// statement.": the spokeswoman the paragraph before ends on.
			if art.paraSubject(r) == nil && art.spokesLast(r, g) {
				if name, org := art.spokesSource(r, r.para-1); name != "" {
					return name, org
				}
			}
			return "", false
		case writerPronoun:
			// "“Is it lonely?” I ask.": the writer, when the byline
			// names one; "we asked" stays unknown.
			if x := art.paras[r.para]; x.toks[r.tok].text == "I" {
				return writer(art.a.Byline), false
			}
			return "", false
		default:
			if x := art.paras[r.para]; r.pron == "it" && (textVerbs[x.key(r.tok+1)] || art.textSubjectBefore(r) || x.textFoundWhat(r.tok)) {
				// "The letter ends with an appeal. “Do not forget
				// us,” it reads.": whoever issued the text last named.
				if name := art.textSource(r); name != "" {
					return name, false
				}
			}
			return art.groupPronoun(r), true
		}
	case refDesc:
		if name := art.namedAfter(r); name != "" {
			return name, false
		}
		if art.unnamedDesc(r) {
			return "", false
		}
		return art.describe(ix, r)
	}
	return "", false
}

// ledeNamed returns who the story names at the start of the paragraph
// after its opening when r, the speaker of that opening, describes them
// without a name: "A beekeeper says he is “heartbroken” after … ¶ Farid
// al-Hashimi, who runs Cwm Mêl Honey, discovered …", "A secondary school
// … says pupils are calmer … ¶ Thornbury Vale Academy in Doncaster
// introduced …". News holds the name back from its first sentence and
// gives it in the next. For a person, that paragraph must open on them,
// named in full, with no other title, of the description's gender, and
// they must speak somewhere in the story; for a body, the first sentence
// must name it first, with a name that fits the noun. No one may be named
// before it. ledeNamed is asked once every other quotation has its
// speaker; it reports whether the one it returns is a body.
func (art *article) ledeNamed(ix *nameIndex, r ref, q int) (string, bool) {
	x := art.paras[r.para]
	body := !personHead(r.head) && (orgHeads[r.head] || corporateHeads[r.head])
	if r.definite || r.pron != "" || r.org != "" || r.chunk >= 0 && x.chunks[r.chunk].kind == namePerson || r.source >= 0 || pluralDesc(r.head) ||
		!art.opening(x) || x.key(r.tok) != "a" && x.key(r.tok) != "an" || !personHead(r.head) && !body ||
		!x.atUnitStart(r.tok) && !x.isPunct(r.tok-1, "—–") || x.passiveMain(r.tok, q) || x.otherDescribed(r, q) {
		return "", false // "… walked free after a judge threw out his conviction": not whom the story is about
	}
	if x.headBefore(r) {
		return "", false
	}
	place := func(m *mention) bool { return m.chunk >= 0 && art.paras[m.para].chunks[m.chunk].place }
	named := func(m *mention) bool {
		if body {
			return m.kind == nameOrg && !place(m)
		}
		return m.personal && m.name != ""
	}
	for m := range art.mentionsBack(r) {
		if named(m) {
			return "", false
		}
	}
	next := -1
	for i := r.para + 1; i < len(art.paras); i++ {
		if p := art.paras[i]; p.p.Kind == corpus.KindText && !p.headlineStyle() {
			next = i
			break
		}
	}
	if next < 0 {
		return "", false
	}
	for m := range art.mentionsAfter(r) {
		if m.para < next {
			if named(m) {
				return "", false // someone else named in between
			}
			continue
		}
		if m.para > next {
			return "", false
		}
		if body {
			if m.chunk < 0 || place(m) || m.kind == namePerson {
				continue // "Pupils at …", "in Doncaster"
			}
			if m.kind != nameOrg || m.unit != art.paras[next].toks[0].unit || !fitsHead(m.keys, r.head) {
				return "", false
			}
			return m.name, true
		}
		if m.chunk < 0 || m.kind != namePerson || len(m.keys) < 2 || art.paras[next].chunks[m.chunk].first != 0 ||
			len(m.titles) > 0 && !bearsTitle(ix, m, r.head) || !art.speaks(m) && !art.quotedSpeaker(m.name) ||
			art.paras[next].otherOpening(m.chunk, x.unitHas(x.toks[r.tok].unit, chargeWords)) {
			return "", false
		}
		if g, mg := x.descriptionGender(r), art.mentionGender(ix, *m); g != 0 && mg != 0 && g != mg {
			return "", false
		}
		if art.otherBears(ix, r, m.name) {
			return "", false
		}
		return m.name, false
	}
	return "", false
}

// otherBears reports whether the article, after the description r, gives
// r's noun as a title or a role to a person other than the one named
// name, and never to that one: after "A local wildlife carer says …", the
// story that opens on Maureen Fettle later names "Wildlife carer Jill
// Marchetti"; but "Mokoena, a farmer for 30 years," keeps "A Limpopo
// farmer says …", and "Neighbouring farmer Pieter Botha" is another one.
func (art *article) otherBears(ix *nameIndex, r ref, name string) bool {
	other := false
	for i := range art.mentions {
		m := &art.mentions[i]
		if m.name == "" || !bearsTitle(ix, m, r.head) && !slices.Contains(m.roles, r.head) {
			continue
		}
		switch {
		case m.name == name:
			return false
		case m.personal && m.para > r.para && !slices.ContainsFunc(m.titles, func(t string) bool { return otherWords[t] }):
			other = true
		}
	}
	return other
}

// otherWords in a title say that its bearer is another of the kind the
// story named: "Neighbouring farmer Pieter Botha", "fellow carer".
var otherWords = set(`another other fellow neighbouring neighboring`)

// headBefore reports whether the paragraph writes the head noun of the
// description r before it: "after a teacher was stabbed … a teacher
// said" is another one.
func (x *para) headBefore(r ref) bool {
	return slices.ContainsFunc(x.toks[:r.tok], func(t token) bool { return t.key == r.head })
}

// passiveMain reports whether the sentence whose subject starts at
// toks[s] has its verb in the passive before the quotation at toks[q],
// outside a relative clause: "A grammar school has been accused of “…”"
// is not the school's word, but "A man who was knocked overboard says" is
// his.
func (x *para) passiveMain(s, q int) bool {
	for k := s + 1; k < q && k < len(x.toks); k++ {
		if beForms[x.key(k)] && x.passive(k, s) && !relativeWord(x.key(k-1)) && !relativeWord(x.key(k-2)) && x.key(k-1) != "after" {
			return true
		}
	}
	return false
}

// otherDescribed reports whether someone else is described between the
// description r and the quotation at toks[q]: "A Pennsylvania man …
// walked free after a judge threw out his conviction, ruling that … “…”"
// may be the judge's words.
func (x *para) otherDescribed(r ref, q int) bool {
	head := false
	for k := r.tok + 1; k < q && k < len(x.toks); k++ {
		if !head {
			head = x.key(k) == r.head
			continue
		}
		if x.toks[k].kind == word && personHead(x.key(k)) && !pluralDesc(x.key(k)) && !pluralNoun(x.key(k)) {
			for b := k - 1; b >= k-3 && b > r.tok; b-- {
				if d := x.key(b); d == "a" || d == "an" || d == "the" {
					return true
				}
			}
		}
	}
	return false
}

// fitsHead reports whether a body's name, by its keys, fits the noun
// head: "Ellesworth Croquet Club" a club, "Thornbury Vale Academy" a
// school, "Severn Vale Ambulance Service" a service.
func fitsHead(keys []string, head string) bool {
	last := keys[len(keys)-1]
	return slices.Contains(keys, head) || headWord(nameHead(keys), head) || synonymEnd(keys, head) ||
		head == "school" && schoolWords[last] || corporateHeads[head] && corporateWords[last]
}

// otherOpening reports whether the person the paragraph opens on, named
// by chunk ci, reads as someone other than the one its story's opening
// described: one charged or tried ("Patrick Byrne, 52, is charged with
// arson") when the opening charged no one (charged), one brought in by
// the body they speak for ("Mark Evans, from the Met Office, said"), or
// one of two named together ("Aoife Murphy and Ciara Walsh both work on
// the ward").
func (x *para) otherOpening(ci int, charged bool) bool {
	c := x.chunks[ci]
	u := x.toks[c.first].unit
	for k := c.last + 1; !charged && k < len(x.toks) && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == word && chargeWords[x.key(k)] {
			return true
		}
	}
	k := c.last + 1
	if x.key(k) == "and" && x.chunkOf[min(k+1, len(x.toks)-1)] >= 0 {
		return true
	}
	for x.isPunct(k, ",") || x.toks[min(k, len(x.toks)-1)].kind == word && hasDigit(x.key(k)) {
		k++ // "Mark Evans, 45, from"
	}
	if w := x.key(k); w != "from" && w != "of" && w != "at" || !x.word(k, u) {
		return false
	}
	if x.key(k+1) == "the" {
		k++
	}
	o := x.chunkOf[min(k+1, len(x.toks)-1)]
	return o >= 0 && x.chunks[o].first == k+1 && x.chunks[o].kind == nameOrg && !x.chunks[o].place
}

// chargeWords say that someone is charged, tried or sentenced.
var chargeWords = set(`charged accused denies denied deny admitted admits admit pleaded pleads jailed sentenced
	convicted arrested appeared appears acquitted remanded fined guilty prosecuted indicted`)

// quotedSpeaker reports whether name is the speaker of a quotation found.
func (art *article) quotedSpeaker(name string) bool {
	return slices.ContainsFunc(art.finds, func(f *found) bool { return f.speaker == name })
}

// personHead reports whether head is a noun for one person: "beekeeper",
// "nurse", "grandmother", "teacher", "30-year-old".
func personHead(head string) bool {
	return occupationNoun(head) || personNouns[head] || epithets[head] || titles[head] && !orgHeads[head] ||
		roleHeads[head] || maleKin[head] || femaleKin[head] || ageModifier(head)
}

// descriptionGender returns the gender of the description r: its noun's,
// else that of the first "he" or "she" after it in its sentence ("A
// beekeeper says he is …"), or 0.
func (x *para) descriptionGender(r ref) byte {
	if g := descGender(r.head); g != 0 {
		return g
	}
	u := x.toks[r.tok].unit
	for i := r.tok + 1; i < len(x.toks) && x.toks[i].unit == u; i++ {
		if g := personalGender(x.key(i)); g != 0 {
			return g
		}
	}
	return 0
}

// personalGender returns the gender of a personal pronoun of the third
// person singular, "he", "his", "him", "she" or "her", or 0.
func personalGender(key string) byte {
	switch key {
	case "he", "his", "him":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// relativeWord reports whether key opens a relative clause: "who",
// "which", "that".
func relativeWord(key string) bool { return relativeWords[key] || key == "that" }

// unnamedDesc reports whether the description r, naming no body, has its
// sentence say that it is someone left unnamed: "the former analyst, who
// spoke on condition of anonymity, said" is not the analyst the article
// named before.
func (art *article) unnamedDesc(r ref) bool {
	if r.chunk >= 0 || r.source >= 0 || r.org != "" {
		return false
	}
	x := art.paras[r.para]
	k := r.tok - 1
	if k > 0 && determiners[x.key(k)] {
		k--
	}
	if k >= 1 && x.key(k) == "for" && spokesHeads[x.key(k-1)] && (orgHeads[r.head] || corporateHeads[r.head] || publicHeads[r.head]) {
		// "A spokesperson for the company, who declined to be named,
		// said": the one unnamed is the spokesperson, whose body
		// speaks.
		return false
	}
	_, anon := x.anonymous(r.tok, x.ustart[x.toks[r.tok].unit+1])
	return anon
}

// textSource returns who issued the text that the pronoun r stands for:
// the text whose noun its paragraph or the one before names last, as the
// article introduced it ("a letter signed by X"), or "".
func (art *article) textSource(r ref) string {
	head := ""
	oldest := max(r.para-1, 0)
	if r.para >= 2 && art.paras[r.para-1].opensWithIt() {
		oldest = r.para - 2 // "A report by X … ¶ It says … ¶ The shortfall, it says, is “…”"
	}
	for pi := r.para; pi >= oldest && head == ""; pi-- {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = r.tok
		}
		for i := end - 1; i >= 0; i-- {
			// A capitalised head inside a sentence is part of a name:
			// "the Resolution Foundation".
			if t := x.toks[i]; t.kind == word && isDocHead(t.key) && !(t.cap && !unitInitial(x.toks, i)) {
				head = t.key
				break
			}
		}
	}
	if d, ok := art.lastText(head, r); ok {
		return d.source
	}
	// "An independent review led by Prof Margaret Lindqvist-Owen …
	// The 212-page report … It concluded": the research named before.
	d, _ := art.lastStudy(ref{kind: refDesc, para: r.para, tok: r.tok, chunk: -1, source: -1, head: head, definite: true})
	return d.source
}

// textFoundWhat reports whether "it" at toks[i] is a text that has just
// been the subject of a verb before "what": "a council inspection report
// found what it described as “…”".
func (x *para) textFoundWhat(i int) bool {
	u := x.toks[i].unit
	return i >= 3 && x.key(i-1) == "what" && x.word(i-3, u) && x.word(i-2, u) && x.word(i-1, u) && isDocHead(x.key(i-3)) && !x.toks[i-3].cap &&
		(x.verbAt(i-2) == finite || irregularPast[x.key(i-2)] || pastTense(x.key(i-2)))
}

// opensWithIt reports whether the paragraph opens with "it" and a verb:
// "It says rents are …".
func (x *para) opensWithIt() bool {
	return len(x.toks) > 1 && x.toks[0].kind == word && x.key(0) == "it" && x.verbAt(1) == finite
}

// textSubjectBefore reports whether "it" in r, opening its sentence,
// follows a sentence whose subject is a text: "The email said the
// university would … It described the restructure as …". The sentence
// may end the paragraph before and name the text's source: "The
// inspection report by Halvorsen Kemp Engineering found … ¶ It described
// the deterioration as …".
func (art *article) textSubjectBefore(r ref) bool {
	return art.textSubjectBack(r, 2)
}

// textSubjectBack is textSubjectBefore, which follows a sentence opened
// by "it" and its verb back to the text up to depth sentences: "A report
// by X looks at rents. It says … The shortfall, it says, is “…”".
func (art *article) textSubjectBack(r ref, depth int) bool {
	x, i := art.paras[r.para], r.tok
	u := x.toks[i].unit
	// "it" opens its sentence, or is set off inside it with its verb:
	// "The housing shortfall, it says, is “…”".
	if x.ustart[u] != i && !(i > x.ustart[u] && x.isPunct(i-1, ",") && x.isPunct(i+2, ",") && x.toks[i+2].unit == u) {
		return false
	}
	i = x.ustart[u]
	var k, end int
	switch {
	case u > 0:
		k, end = x.ustart[u-1], i
	case i == 0 && r.para > 0 && art.paras[r.para-1].p.Kind == corpus.KindText && len(art.paras[r.para-1].toks) > 0:
		x = art.paras[r.para-1]
		end = len(x.toks)
		k = x.ustart[x.toks[end-1].unit]
	default:
		return false
	}
	if x.toks[k].kind == word && (x.key(k) == "but" || x.key(k) == "and" || x.key(k) == "yet") {
		k++ // "But a report by the commissioner … painted"
	}
	if depth > 0 && k+1 < end && x.toks[k].kind == word && x.key(k) == "it" && x.verbAt(k+1) == finite {
		return art.textSubjectBack(ref{kind: refPronoun, para: x.index, tok: k, chunk: -1, source: -1, pron: "it"}, depth-1)
	}
	if x.toks[k].kind == word && determiners[x.key(k)] {
		k++
	}
	for k < end && x.modifier(k) && !isDocHead(x.key(k)) {
		k++
	}
	if k >= end || !isDocHead(x.key(k)) || x.toks[k].kind != word {
		return false
	}
	if x.verbAt(k+1) == finite || x.key(k+1) == "by" && x.word(k+1, x.toks[k].unit) || x.issuedBy(k+1) > 0 {
		return true
	}
	// "The 212-page report, titled “Listening Too Late”, examined …":
	// a verb past a phrase set off after the text.
	if !x.isPunct(k+1, ",") {
		return false
	}
	u = x.toks[k].unit
	for j := k + 2; j < end && j <= k+14 && x.toks[j].unit == u; j++ {
		if x.isPunct(j, ",") {
			if c := x.chunkOf[min(j+1, len(x.toks)-1)]; j+1 < end && c >= 0 && x.chunks[c].first == j+1 && x.isPunct(x.chunks[c].last+1, ",") {
				// "The letter, signed by its director, Paul Hendry,
				// warned": a name set off inside the phrase.
				j = x.chunks[c].last
				continue
			}
			v := x.toks[min(j+1, len(x.toks)-1)]
			return j+1 < end && v.kind == word && !v.cap && (x.verbAt(j+1) == finite || strings.HasSuffix(v.key, "ed") && x.key(j+2) != "by")
		}
	}
	return false
}

// lastText returns the text with the head noun named last before r: "the
// statement" is the nearest statement introduced, even one from no one
// the rules can name. A text that r, or the text that r stands for,
// says where it comes from or who signed it ("the letter from Hadrak",
// "The letter, signed by 300 fans,") is one a noun named: a verb's
// letter ("she had written to the government") is another.
func (art *article) lastText(head string, r ref) (docMention, bool) {
	x := art.paras[r.para]
	from := false
	for k := min(r.tok+4, len(x.toks)-1); k >= 0; k-- {
		// The head of r, or of the text "it" stands for: "The letter
		// from Hadrak ends … “…,” it reads."
		if x.toks[k].kind == word && x.key(k) == head {
			n := k + 1
			if x.isPunct(n, ",") {
				n++
			}
			from = x.key(n) == "from" && !x.timeAt(n+1) || (x.key(n) == "signed" || x.key(n) == "sent" || x.key(n) == "written") && x.key(n+1) == "by"
			break
		}
	}
	for i, d := range slices.Backward(art.docs) {
		if d.head != head || !before(d.para, d.tok, r.para, r.tok) || d.implied && from {
			continue
		}
		if d.implied && art.namedLetterBefore(i, d) {
			// Two letters, either of which "the letter" may be: no
			// source.
			return docMention{para: d.para, tok: d.tok, head: d.head, implied: true}, true
		}
		return d, true
	}
	return docMention{}, false
}

// timeAt reports whether toks[i] opens a phrase of time: "May 12", "last
// Tuesday", "2019".
func (x *para) timeAt(i int) bool {
	k := x.key(i)
	return months[k] || weekdays[k] || spanDeterminers[k] || isYear(k) || k != "" && k[0] >= '0' && k[0] <= '9'
}

// namedLetterBefore reports whether a text with the head of the implied
// letter d, the one at art.docs[n], was named by a noun, with a source,
// in d's paragraph or the one before: after "The Home Office sent her a
// letter in May. Her MP has written to the Home Secretary.", "The letter
// said" may be either's.
func (art *article) namedLetterBefore(n int, d docMention) bool {
	for _, e := range art.docs[:n] {
		if e.head == d.head && !e.implied && e.source != "" && d.para-e.para <= 1 {
			return true
		}
	}
	return false
}

// motionNouns are the texts an assembly passes by a vote.
var motionNouns = set(`resolution motion bylaw by-law ordinance`)

// assemblyHeads end the names of bodies that vote on motions: "Kōtuku
// District Council", "the Senate".
var assemblyHeads = set(`council assembly parliament senate congress legislature board committee
	sabha panchayat`)

// lastAssembly returns the body that votes on motions named last before
// r, within the look-back, when r's text was passed ("The resolution
// passed on Thursday") or the sentence naming the body has it vote
// ("Kōtuku District Council voted 7–4"); or "". A motion filed in court
// against a board is not the board's.
func (art *article) lastAssembly(r ref) string {
	x := art.paras[r.para]
	passed := false
	for k := r.tok; k < len(x.toks) && k <= r.tok+4 && x.toks[k].unit == x.toks[r.tok].unit; k++ {
		passed = passed || voteVerbs[x.key(k)]
	}
	for m := range art.mentionsBack(r) {
		if m.chunk < 0 || m.kind != nameOrg || len(m.keys) == 0 || !assemblyHeads[m.keys[len(m.keys)-1]] {
			continue
		}
		if passed || art.paras[m.para].unitHas(m.unit, voteVerbs) {
			return m.name
		}
		return ""
	}
	return ""
}

// judgmentNouns are the texts only a court issues.
var judgmentNouns = set(`ruling judgment judgement`)

// courtHeads end the name of a court: "Sevrovo District Court",
// "Employment Tribunal".
var courtHeads = set(`court tribunal`)

// courtVerbs say what a court did in ruling: "The court ordered him to
// hand the animal over".
var courtVerbs = set(`ruled ordered found dismissed upheld rejected granted refused allowed
	sentenced fined quashed overturned awarded blocked barred cleared convicted acquitted`)

// lastCourt returns the court named last before r, in r's paragraph or
// the two before it, when no other body is named after it, it is not
// where a judge sat ("at the Cardiff Crown Court") and the sentence
// naming it says it ruled: "On Tuesday the Sevrovo District Court ordered
// … ¶ The ruling added"; or "".
func (art *article) lastCourt(r ref) string {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-2 {
			break
		}
		if m.chunk < 0 || m.kind != nameOrg || len(m.keys) == 0 {
			continue
		}
		x := art.paras[m.para]
		b := m.tok - 1
		if x.key(b) == "the" {
			b--
		}
		if k := x.key(b); k == "at" || k == "in" || k == "before" {
			return "" // "sentenced Mark Hale at Cardiff Crown Court": where a judge ruled
		}
		if courtHeads[m.keys[len(m.keys)-1]] && x.unitHas(m.unit, courtVerbs) {
			return m.name
		}
		return ""
	}
	return ""
}

// voteVerbs say that an assembly decided by a vote.
var voteVerbs = set(`passed adopted approved carried voted`)

// unitHas reports whether unit u of the paragraph holds a word in keys.
func (x *para) unitHas(u int, keys map[string]bool) bool {
	for k := x.ustart[u]; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == word && keys[x.key(k)] {
			return true
		}
	}
	return false
}

// studyNouns name a piece of research, which an article may call by
// another of them the next time.
var studyNouns = set(`report study survey analysis review assessment audit evaluation`)

// lastStudy returns the piece of research named last before r when r's
// head is one of the studyNouns and the article names the research's
// source; describe asks it only when no text of r's own head was named
// before r. The research is named in r's paragraph or the two before it,
// or further back while the paragraphs between speak of research ("The
// 214-page report …"). Beyond the paragraph before r, its source must
// follow the head ("a review led by X"), not only modify it ("the X
// study"). A text r says is of its own (ownText) is none.
func (art *article) lastStudy(r ref) (docMention, bool) {
	if !studyNouns[r.head] || art.paras[r.para].ownText(r) {
		return docMention{}, false
	}
	for _, d := range slices.Backward(art.docs) {
		if !before(d.para, d.tok, r.para, r.tok) {
			continue
		}
		if !studyNouns[d.head] {
			continue
		}
		if d.source == "" || d.near && d.para < r.para-1 || d.para < r.para-2 && d.para < art.studyReach(r.para) {
			break
		}
		return d, true
	}
	return docMention{}, false
}

// studyReach returns the first paragraph before para that "the report"
// in it reaches: the one two before it, or further back while the
// paragraphs between go on about research (a study noun in lower case).
func (art *article) studyReach(para int) int {
	reach := para - 2
	for q := para - 1; q >= 0 && q >= reach; q-- {
		if slices.ContainsFunc(art.paras[q].toks, func(t token) bool { return t.kind == word && !t.cap && studyNouns[t.key] }) {
			reach = q - 1
		}
	}
	return reach
}

// ownText reports whether the description r of a text says it is a text
// of its own: a possessive or "own", "separate" or "other" before its
// head ("The government's own report"), or "by" after it ("The review,
// ordered by Health Secretary Wes Streeting,").
func (x *para) ownText(r ref) bool {
	h := r.tok
	for h < len(x.toks) && h < r.tok+5 && x.key(h) != r.head {
		if x.toks[h].poss || x.key(h) == "own" || x.key(h) == "separate" || x.key(h) == "other" {
			return true
		}
		h++
	}
	for k := h + 1; k < len(x.toks) && k <= h+4; k++ {
		if x.key(k) == "by" {
			return true
		}
	}
	return false
}

// docQuoted returns the first quotation with a speaker that the sentence
// introducing the text d attributes, "In a statement, …", or nil.
func (art *article) docQuoted(d docMention) *found {
	x := art.paras[d.para]
	u := x.toks[d.tok].unit
	if k := x.key(d.tok - 1); k != "a" && k != "an" {
		return nil
	}
	k := sort.Search(len(art.finds), func(i int) bool { return art.finds[i].para >= d.para })
	for _, f := range art.finds[k:] {
		if f.para != d.para {
			break
		}
		if f.speaker != "" && f.ref.para == d.para && f.ref.tok < len(x.toks) && x.toks[f.ref.tok].unit == u && f.how != howNone && f.how != howPost {
			return f
		}
	}
	return nil
}

// namedAfter returns the name a description of a person is given right
// after it, "A younger man, who gave his name only as Felix, said", or "".
func (art *article) namedAfter(r ref) string {
	x := art.paras[r.para]
	if !personNouns[r.head] && !isPeopleNoun(r.head) {
		return ""
	}
	u := x.toks[r.tok].unit
	who := -1
	if r.definite {
		// "the man" may be one named before; not when a clause set off
		// right after him names him: "said the man, who gave his name
		// only as Dwayne".
		if who = x.relativeAfter(r.tok, u); who < 0 {
			return ""
		}
	}
	for k := r.tok + 1; k < len(x.toks) && k <= r.tok+14 && x.toks[k].unit == u; k++ {
		if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first == k && x.chunks[c].kind != nameOrg && x.namedOnly(x.chunks[c]) {
			if who >= 0 && !x.namesSelf(who+1, k) {
				return "" // "said the woman, who was rescued with her husband, named only as Ahmed"
			}
			return art.nameOf(r.para, c)
		}
	}
	return ""
}

// selfNaming are the words of a relative clause in which someone gives
// their own name: "who gave his name only as", "who asked to be
// identified only by her first name,", "who was named as".
var selfNaming = set(`gave give gives would only asked wished wanted declined to be identified named
	known as by his her their name first surname himself herself was is provide provided`)

// namesSelf reports whether the words toks[i:k] of a relative clause
// that names someone at toks[k] are those of giving one's own name,
// with no one else named or described between: not "who fled with her
// son, identified only as Omar".
func (x *para) namesSelf(i, k int) bool {
	for j := i; j < k; j++ {
		if x.isPunct(j, ",") && j > i && (x.key(j-1) == "name" || x.key(j-1) == "surname") {
			continue // "who would only give his first name, Ben"
		}
		if !x.word(j, x.toks[i].unit) || !selfNaming[x.key(j)] {
			return false
		}
	}
	return true
}

// relativeAfter returns the "who" of a relative clause set off by a
// comma within a few words after the description at toks[i] ("the man,
// who"), or -1.
func (x *para) relativeAfter(i, u int) int {
	for j := i + 1; j <= i+4 && j+1 < len(x.toks) && x.toks[j].unit == u; j++ {
		if x.isPunct(j, ",") {
			if x.key(j+1) == "who" {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// modifierOnly reports whether head stands in a body's name keys only
// before a word for a body that governs or speaks for its kind, which heads
// the name instead: "charity" in "Charity Commission", "police" in "Police
// Federation", but not in "Police Service".
func modifierOnly(keys []string, head string) bool {
	i := slices.Index(keys, head)
	if i < 0 || i+1 >= len(keys) || slices.Contains(keys[i+1:], head) {
		return false
	}
	return governingHeads[keys[i+1]]
}

// governingHeads head a body's name that governs, regulates or
// represents what the word before them names: "Charity Commission",
// "Police Federation".
var governingHeads = set(`commission federation confederation association council committee union board authority
	institute alliance league society regulator inspectorate tribunal ombudsman watchdog`)

// lastQuoted returns the speaker of the last quotation before r, in its
// paragraph or the two before, or "".
func (art *article) lastQuoted(r ref) string {
	return art.lastFound(r, func(f *found) bool { return true })
}

// lastFound returns the speaker found for the last quotation before r, in
// its paragraph or the two before, that is no term and that ok accepts,
// or "".
func (art *article) lastFound(r ref, ok func(*found) bool) string {
	k := sort.Search(len(art.finds), func(i int) bool {
		f := art.finds[i]
		return !before(f.para, max(f.tok, 0), r.para, r.tok)
	})
	for k--; k >= 0 && art.finds[k].para >= r.para-2; k-- {
		if f := art.finds[k]; f.tok >= 0 && !f.term && ok(f) {
			return f.speaker
		}
	}
	return ""
}

// lastOfGender returns, when the last quotation before r is by someone
// of the other gender than g, the speaker of the last one before it, in
// r's paragraph or the two before, whom a pronoun of gender g can mean:
// "“…,” Hollister said. ¶ “Did anyone look?” Villanueva-Stroud asked. ¶
// “…,” he said" passes over her question.
func (art *article) lastOfGender(ix *nameIndex, r ref, g byte) string {
	other := false // the last quotation is by someone of the other gender
	name := ""
	art.lastFound(r, func(f *found) bool {
		if f.ref.kind == r.kind && f.ref.para == r.para && f.ref.tok == r.tok {
			return false // the quotation r itself speaks
		}
		n := f.speaker
		if n == "" && f.ref.kind == refChunk {
			n = art.nameOf(f.ref.para, f.ref.chunk) // not resolved yet: "Villanueva-Stroud asked"
		}
		if oppositeGender(art.speakerGender(ix, n), g) {
			other = true
			return false
		}
		name = n
		return !other || n != "" // stop at the last quotation unless it is the other gender's
	})
	if !other {
		return ""
	}
	return name
}

// lastVoiced returns the speaker found for the last quotation before r
// that has one, in its paragraph or the two before, or "". The second
// part of a split quotation, whose speaker is its first part's, is
// passed over.
func (art *article) lastVoiced(r ref) string {
	return art.lastFound(r, func(f *found) bool { return f.how != howSplit && f.speaker != "" })
}

// reachBack returns the first of the n paragraphs before paragraph pi,
// counting only those with words of the writer's: a quotation running
// over paragraphs of its own is one turn, so "Ella Whitcombe said: ¶ “…
// ¶ “… ¶ “…” ¶ Her brother said" still reaches back past it.
func (art *article) reachBack(pi, n int) int {
	k := pi
	for n > 0 && k > 0 {
		k--
		if !art.paras[k].quoteOnly() {
			n--
		}
	}
	return k
}

// nearestOther returns the person of gender g named last before r in its
// paragraph or the three before, other than the one named not, or "".
func (art *article) nearestOther(ix *nameIndex, g byte, r ref, not string) string {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-3 {
			break
		}
		if m.personal && m.kind != nameOrg && m.name != "" && m.name != not && art.mentionGender(ix, *m) == g {
			return m.name
		}
	}
	return ""
}

// namesake returns the person of gender g, or of none known, who shares
// the surname of owner and is not owner, named last before r, else
// first after it in its paragraph or the next; or "". One the article
// names as a relative is passed over, unless owner and that one are
// named as a child's parents and r is a spouse.
func (art *article) namesake(ix *nameIndex, g byte, r ref, owner string) string {
	// The kin noun each name is first given, gathered in one pass.
	kinOf := make(map[string]string)
	for _, m := range art.mentions {
		if _, ok := kinOf[m.name]; ok || m.name == "" {
			continue
		}
		if i := slices.IndexFunc(m.titles, func(t string) bool { return maleKin[t] || femaleKin[t] }); i >= 0 {
			kinOf[m.name] = m.titles[i]
		}
	}
	ownerKin := kinOf[owner]
	fits := func(m *mention) bool {
		if m.kind == nameOrg || m.name == "" || m.name == owner || !sameSurname(m.name, owner) {
			return false
		}
		// One the article names as another relative is not, but for a
		// child's parents: "Ava’s mother, Karen Lindqvist, … Her
		// husband" is the girl's father; "Her father, Musa Bello, …
		// Her husband said" is not her father.
		if k := kinOf[m.name]; k != "" && !(spouses[r.head] && parentNouns[k] && parentNouns[ownerKin]) {
			return false
		}
		mg := art.mentionGender(ix, *m)
		return mg == g || mg == 0
	}
	for m := range art.mentionsBack(r) {
		if fits(m) {
			return m.name
		}
	}
	for m := range art.mentionsAfter(r) {
		if m.para > r.para+1 {
			break
		}
		if fits(m) {
			return m.name
		}
	}
	return ""
}

// spouses are the kin nouns for a husband or a wife.
var spouses = set(`husband wife spouse`)

// parentNouns are the kin nouns for a parent.
var parentNouns = set(`mother father mum dad mom`)

// sameSurname reports whether the names a and b end in the same word.
func sameSurname(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 1 && len(fb) > 1 && fa[len(fa)-1] == fb[len(fb)-1]
}

// namedInSentence reports whether the sentence of r names the person name
// before r.
func (art *article) namedInSentence(r ref, name string) bool {
	u := art.paras[r.para].toks[r.tok].unit
	for m := range art.mentionsBack(r) {
		if m.para != r.para || m.unit != u {
			return false
		}
		if m.name == name && m.chunk >= 0 {
			return true
		}
	}
	return false
}

// nearestPerson resolves "the woman" or "the 34-year-old" to the nearest
// person named before it in this paragraph or the previous one, of the
// given gender unless g is 0. In the nearest sentence holding candidates,
// its subject or a speaker is preferred: in "Russo was furious after
// Doyle was pushed over", "the Italian" is Russo.
func (art *article) nearestPerson(ix *nameIndex, g byte, r ref) string {
	var best *mention
	para, unit := -1, -1
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			break
		}
		if m.para != para || m.unit != unit {
			if best != nil {
				break
			}
			para, unit = m.para, m.unit
		}
		if !m.personal || m.kind == nameOrg || art.inAskedClause(m, r) {
			continue
		}
		if sp, ok := art.pronSubject[[2]int{m.para, m.unit}]; ok && !m.subject && sp.tok < m.tok && (g == 0 || sp.gender == g) {
			// "She led by a set before Voronel’s timeout. ¶ The
			// Spaniard said": the sentence is about whom "she" means.
			if n := art.pronoun(ix, sp.gender, ref{kind: refPronoun, para: m.para, tok: sp.tok}); n != "" {
				return n
			}
		}
		if mg := art.mentionGender(ix, *m); g == 0 || mg == g || mg == 0 {
			if best == nil || m.subject && !best.subject {
				best = m
			}
		}
	}
	if best == nil {
		return ""
	}
	return best.name
}

// commonName reports whether a mention is a capitalised common noun
// rather than a person's name: "Republican calls for …" in a headline.
func commonName(m *mention) bool {
	return len(m.keys) == 1 && (partyNouns[m.keys[0]] || demonym.Is(m.keys[0]) || roleHeads[m.keys[0]])
}

// spokeEarlierIn reports whether a person of gender g, or of no known
// gender, speaks in a sentence of m's paragraph before m's.
func (art *article) spokeEarlierIn(m *mention, g byte) bool {
	x := art.paras[m.para]
	for ci, c := range x.chunks {
		if x.toks[c.first].unit >= m.unit {
			break
		}
		if !art.speakers[[2]int{m.para, ci}] || c.kind == nameOrg {
			continue
		}
		if cg := titleGender(c.styles()); cg == 0 || cg == g {
			return true
		}
	}
	return false
}

// pluralDesc reports whether a description's head noun is plural: "the
// Italians", "the Frenchmen", but not "the Swiss".
func pluralDesc(head string) bool {
	if demonym.Plural(head) {
		return true
	}
	if demonym.Is(head) || epithets[head] || personNouns[head] {
		return false
	}
	return pluralNoun(head)
}

// pluralNoun reports whether key, a noun, looks plural: it ends in "s"
// but not in "ss" ("witness", "actress", "boss").
func pluralNoun(key string) bool {
	return strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss")
}

// descGender returns the gender a description's head noun gives: 'm',
// 'f', or 0.
func descGender(head string) byte {
	if g := parentEpithet(head); g != 0 {
		return g // "the mum-of-two"
	}
	switch {
	case head == "man" || head == "boy" || maleWords[head] || strings.HasSuffix(head, "man") && !strings.HasSuffix(head, "woman"):
		return 'm'
	case head == "woman" || head == "girl" || femaleWords[head] || strings.HasSuffix(head, "woman") || strings.HasSuffix(head, "ess") || head == "widow":
		return 'f'
	}
	return 0
}

// pronoun resolves "he" or "she" to a person named before it whose gender
// is the pronoun's (or unknown, within the previous paragraph), looking
// back sentence by sentence at most three paragraphs. In the nearest
// sentence holding candidates, the sentence's subject or a speaker is
// preferred, then a person of known gender, then the nearest.
func (art *article) pronoun(ix *nameIndex, g byte, r ref) string {
	var best *mention
	bestRank := -1
	para, unit := -1, -1
	cp, cu, chain := art.prevPronSubject(g, r)
	chained := chain
	turn, turnDone := "", false
	turnBefore := func() string { // art.lastOfGender, looked up once
		if !turnDone {
			turn, turnDone = art.lastOfGender(ix, r, g), true
		}
		return turn
	}
	from := art.reachBack(r.para, 3)
	for m := range art.mentionsBack(r) {
		if m.para < from {
			break
		}
		if m.para != para || m.unit != unit {
			if best != nil {
				break
			}
			para, unit = m.para, m.unit
		}
		if chain && best == nil && (m.para < cp || m.para == cp && m.unit < cu) {
			// "He said he would walk if asked. ¶ “…,” he said": the
			// pronoun means whom the nearer one of its gender means.
			if n := art.pronoun(ix, g, ref{kind: refPronoun, para: cp, tok: art.pronSubject[[2]int{cp, cu}].tok}); n != "" {
				return n
			}
			chain = false
		}
		if !m.personal || m.kind == nameOrg || commonName(m) || art.placed(m) {
			continue
		}
		if sp := art.pronSubject[[2]int{m.para, m.unit}]; (!m.subject || m.name == "" && m.gender != g) && sp.gender == g &&
			(m.para != r.para || m.unit != art.unitOf(r) || sp.tok < m.tok && m.tok < r.tok) {
			// "He has been promised a striker when Ferrante goes": the
			// sentence is about the one "he" refers to, not about
			// the names inside it, or someone unnamed it quotes ("She
			// keeps a sign, a phrase a clerk told her"). So is the rest
			// of a sentence after its subject: "he found work in
			// Clement Ashby’s quintet, a period he later described as
			// …".
			continue
		}
		if x := art.paras[m.para]; chained && m.para == r.para && m.unit == art.unitOf(r) && m.tok < r.tok && m.tok > 0 && (x.key(m.tok-1) == "which" || x.key(m.tok-1) == "whom") && art.pronSubject[[2]int{m.para, m.unit}].tok == r.tok {
			// "On the blessing, which Tregarth opposed, he is careful":
			// the subject of a clause about a thing is not whom the
			// sentence's pronoun goes on with.
			continue
		}
		if m.para == r.para-1 && m.chunk >= 0 && !m.subject && art.paras[m.para].chunks[m.chunk].poss && art.spokeEarlierIn(m, g) {
			// "Bakeries rely on trade secret law instead, Haskins said.
			// Fontaine's complaint does not include one. ¶ “…,” he
			// said": one named in a possessive after a speaker of the
			// paragraph is not whom the next one's pronoun goes on with.
			continue
		}
		if art.reportedBefore(m, r) {
			// "Caleb suffered a broken wrist, she said.": the names of
			// what she reports are not hers.
			continue
		}
		if x := art.paras[r.para]; m.para == r.para && m.unit == art.unitOf(r) && m.tok < r.tok && !m.main && x.isPunct(r.tok-1, ",") && x.verbAt(r.tok+1) == finite && x.isPunct(r.tok+2, ",") &&
			!(m.chunk < 0 && m.subject) {
			// "Crane’s earlier novels are warm; this one, she said, “…”":
			// who is named before the pronoun a sentence sets off in its
			// middle is in what she reports. But not the one the
			// sentence describes: "The owner of a bookshop, who did not
			// want to be named because, she says, “…”, says".
			continue
		}
		if m.name == "" && m.para < r.para && m.chunk < 0 && art.paras[m.para].whatSubject(m.tok) && art.paras[m.para].pronounBefore(m.tok, g) {
			// "His pause began, he says, as a way of calming his nerves,
			// and became what one member called “…”. ¶ “…,” he said.":
			// one whose words the writer weaves into a clause about
			// another, whom the paragraph calls "he", is not whom the
			// next paragraph goes on with. Without such a pronoun the
			// unnamed one may be: "Patients queued for what one mother
			// described as “…”. ¶ “…,” she said".
			continue
		}
		if m.name == "" && m.chunk < 0 && slices.ContainsFunc(m.roles, func(k string) bool { return pressNouns[k] }) &&
			(m.para < r.para || m.para == r.para && m.tok < r.tok && art.paras[r.para].askedBetween(m.tok, r.tok)) {
			// "“…,” another reporter said. ¶ “That's not true,” she
			// said.", "A third reporter asked: “…?” “Twice,” he
			// said.": the press puts things to the one who answers.
			continue
		}
		if m.name == "" && art.repliesTo(m, r) {
			// "A reporter followed up: “Governor, why …?” ¶ “…,” she
			// replied": who asked is not who replies.
			continue
		}
		if art.writerAsked(m, g) || art.askedOne(m, g) {
			// "I asked him what he would say to Pettigrew-Bayliss. He
			// thought for a long moment:": the one asked, not the one
			// the question names; "Host Carolina de la Peña asked him
			// whether …¶“…,” he said": not the host.
			continue
		}
		if art.askingSentence(m, r) {
			// "A reporter asked whether Ruiz had been given a ride. “…,”
			// he said.": neither who asks nor whom the question names
			// answers it.
			continue
		}
		if art.inAskedClause(m, r) {
			// "Asked whether he had spoken to the owner, Graham Tessier,
			// he said:": the names of the question are not the one
			// asked.
			continue
		}
		mg := art.mentionGender(ix, *m)
		if mg == 0 && m.name != "" && m.para < r.para && art.paras[m.para].asksIn(m.unit) && art.repliesTo(m, r) {
			// "“So Halvard is the last of it?” Aurelius pressed. ¶ “…,”
			// she said.": one whose gender the article never gives is
			// not who answers their own question either.
			continue
		}
		if mg == 0 && g == 'm' && m.chunk >= 0 && art.paras[m.para].verbsHim(art.paras[m.para].chunks[m.chunk]) {
			// "His Grand National winner, Copper Lantern, earned him the
			// nickname": the one a sentence's subject does something to
			// is someone else, and the "he" that follows means him.
			continue
		}
		if mg == 0 && chained && !m.subject && !m.main && (m.para != r.para || m.unit != art.unitOf(r)) && art.paras[m.para].setOffAfterNoun(m.chunk) {
			// "… she said. ¶ The 23-year-old … swept past the leader,
			// Caledonian Star, a furlong out. ¶ It began, she said, …":
			// a name set off after a noun, not a sentence's subject, and
			// of no known gender, does not take the last "she"'s place.
			continue
		}
		if mg != g && (mg != 0 || m.para < r.para-1 && (m.name == "" || m.name != art.lastQuoted(r) && m.name != turnBefore())) {
			// One whose gender the article has not given is near enough
			// in the paragraph before, or when the last quotation is
			// theirs: "Her verdict is blunt: ¶ “…” ¶ She says".
			continue
		}
		rank := 0
		switch {
		case m.main:
			// "Woldemariam, who guided Amanuel to the roads, said …":
			// the sentence's subject, not a name inside its clauses.
			rank += 4
		case m.subject, art.forTopic(m):
			// "For Abernethy-Kwan, who …, the question of what Crane
			// wanted is not academic. She has slept": whom a sentence
			// opens "for" is what it is about.
			rank += 2
		}
		if mg == g {
			rank++
		}
		if rank > bestRank {
			best, bestRank = m, rank
		}
	}
	if best == nil && chain {
		return art.pronoun(ix, g, ref{kind: refPronoun, para: cp, tok: art.pronSubject[[2]int{cp, cu}].tok})
	}
	if best == nil {
		return art.profiled(ix, g, r)
	}
	return best.name
}

// whatSubject reports whether toks[k], someone unnamed, is the subject of a
// clause opened by "what" a few words before: "what one frustrated
// councillor called", "what one of the rescuers described as".
func (x *para) whatSubject(k int) bool {
	u := x.toks[k].unit
	for m := k - 1; m >= 0 && m >= k-4 && x.word(m, u) && !x.toks[m].cap; m-- {
		if x.key(m) == "what" {
			return true
		}
		if x.verbAt(m) != 0 {
			return false
		}
	}
	return false
}

// pronounBefore reports whether the paragraph has a personal pronoun of
// gender g ("he", "she") before toks[end].
func (x *para) pronounBefore(end int, g byte) bool {
	for k := 0; k < end && k < len(x.toks); k++ {
		if x.toks[k].kind == word && (g == 'm' && x.key(k) == "he" || g == 'f' && x.key(k) == "she") {
			return true
		}
	}
	return false
}

// unnamedWho reports whether the paragraph, before token end, brings in
// someone unnamed with an indefinite article and "who": "a 27-year
// veteran who asked that her name not be used".
func (x *para) unnamedWho(end int) bool {
	for i, t := range x.toks[:end] {
		if t.kind != word || t.key != "who" {
			continue
		}
		for k := i - 1; k >= max(i-4, 0) && x.toks[k].kind == word && !x.toks[k].cap; k-- {
			if k := x.toks[k].key; k == "a" || k == "an" || k == "another" {
				return true
			}
		}
	}
	return false
}

// familyMember reports whether c, a family name alone, follows "the" and
// an ordinal, "last" or "only", as one of the family: "the third
// Pemberton to run the shop", "the last Romanov".
func (x *para) familyMember(c chunk) bool {
	f := c.first
	return len(c.keys) == 1 && c.title == nil && !c.poss && c.kind != nameOrg && f >= 2 && x.key(f-2) == "the" &&
		x.word(f-1, x.toks[f].unit) && !x.toks[f-1].cap && (descOrdinals[x.key(f-1)] || x.key(f-1) == "last" || x.key(f-1) == "only")
}

// setOffAfterNoun reports whether chunk ci, a name, is set off by a comma
// after a lower-case noun that it names: "sweeping past the leader,
// Caledonian Star,".
func (x *para) setOffAfterNoun(ci int) bool {
	if ci < 0 {
		return false
	}
	f := x.chunks[ci].first
	return f >= 2 && x.isPunct(f-1, ",") && x.word(f-2, x.toks[f].unit) && !x.toks[f-2].cap && !stopwords[x.key(f-2)] && x.verbAt(f-2) == 0
}

// forTopic reports whether mention m is the name a sentence opens with
// after "for", set off by a comma: "For Abernethy-Kwan, who …,".
func (art *article) forTopic(m *mention) bool {
	x := art.paras[m.para]
	if m.chunk < 0 {
		return false
	}
	c := x.chunks[m.chunk]
	s := x.ustart[m.unit]
	return c.first == s+1 && x.key(s) == "for" && x.isPunct(c.last+1, ",") && !c.poss
}

// verbsHim reports whether the sentence whose subject is c goes on, past
// a description set off by commas, with a verb and "him": "Copper Lantern,
// the favourite, earned him the nickname", "His winner, Copper Lantern,
// earned him".
func (x *para) verbsHim(c chunk) bool {
	j := c.last + 1
	if x.isPunct(j, ",") && x.isPunct(c.first-1, ",") {
		j++ // "His winner, Copper Lantern, earned him"
	} else if x.isPunct(j, ",") {
		for j++; j < len(x.toks) && x.toks[j].unit == x.toks[c.last].unit && !x.isPunct(j, ","); j++ {
		}
		j++
	}
	for j < len(x.toks) && x.isAdverb(j) {
		j++
	}
	return x.word(j, x.toks[c.last].unit) && !x.toks[j].cap && !embedWords[x.key(j)] && !himBefore[x.key(j)] &&
		x.key(j+1) == "him" && x.toks[j+1].unit == x.toks[j].unit
}

// himBefore are the words other than verbs that come before "him": "with
// him", "and him".
var himBefore = set(`and or but to for with without by from of on at in about against beside behind like than as near after before`)

// prevPronSubject returns the nearest sentence before r's, in r's
// paragraph or the three before it, whose subject is a pronoun of gender
// g (not a possessive), and whether there is one.
func (art *article) prevPronSubject(g byte, r ref) (para, unit int, ok bool) {
	u := art.unitOf(r)
	for pi := r.para; pi >= max(r.para-3, 0); pi-- {
		x := art.paras[pi]
		last := len(x.ustart) - 2
		if pi == r.para {
			last = u - 1
		}
		for k := last; k >= 0; k-- {
			if sp, ok := art.pronSubject[[2]int{pi, k}]; ok && sp.gender == g && !sp.possessive {
				return pi, k, true
			}
		}
	}
	return 0, 0, false
}

// reportedBefore reports whether mention m lies in the clause that the
// pronoun r reports after a comma in the same sentence: "Caleb suffered a
// broken wrist and cuts to his face, she said."
//
// So does a mention in an earlier sentence ending that way with a pronoun
// of r's gender: in "Caleb suffered a broken wrist, she said. “He keeps
// asking about Mr. Gary,” she said.", the second "she" is the first.
func (art *article) reportedBefore(m *mention, r ref) bool {
	x := art.paras[m.para]
	if m.chunk < 0 {
		return false
	}
	p := x.trailingPronoun(x.toks[m.tok].unit)
	if p < 0 || m.tok >= p {
		return false
	}
	if m.para == r.para && p == r.tok {
		return true
	}
	return pronouns[x.key(p)] == pronouns[art.paras[r.para].key(r.tok)]
}

// trailingPronoun returns the index of the pronoun that ends sentence u
// reporting it after a comma, "…, she said.", or -1.
func (x *para) trailingPronoun(u int) int {
	e := x.ustart[u+1]
	p := e - 3
	if p-1 < x.ustart[u] || !x.isPunct(e-1, ".") || !x.isPunct(p-1, ",") || x.verbAt(p+1) != finite || x.toks[p].kind != word {
		return -1
	}
	if g := pronouns[x.key(p)]; g != 'm' && g != 'f' || x.toks[p].poss {
		return -1
	}
	return p
}

// onlyAs reports whether the name c is all the article was told of
// someone's: "who gave his name only as Rangi".
func (x *para) onlyAs(c chunk) bool {
	return entity.NamedOnlyAs(x.key(c.first-3), x.key(c.first-2), x.key(c.first-1))
}

// trailingName returns the chunk of the person who ends sentence u
// reporting it after a comma, "…, Ferreira-Lund said.", or -1.
//
// So does one named after the verb, with what describes them: "…, said
// Dr. Fatou Ba-Kamara, who heads the hospital's radiology department."
func (x *para) trailingName(u int) int {
	e := x.ustart[u+1]
	if e-3 < x.ustart[u] || !x.isPunct(e-1, ".") {
		return -1
	}
	if x.verbAt(e-2) != finite {
		return x.invertedName(u)
	}
	c := x.chunkOf[e-3]
	if c < 0 || x.chunks[c].kind == nameOrg || x.chunks[c].place || x.chunks[c].last != e-3 || x.chunks[c].poss {
		return -1
	}
	if f := x.chunks[c].first; f-1 <= x.ustart[u] || !x.isPunct(f-1, ",") {
		return -1
	}
	return c
}

// invertedName returns the chunk of the person named right after a
// reporting verb that follows a comma in sentence u, the name ending the
// sentence or set off by a comma: "…, said Dr. Fatou Ba-Kamara, who heads
// the department.", or -1.
func (x *para) invertedName(u int) int {
	s, e := x.ustart[u], x.ustart[u+1]
	for k := s + 2; k+1 < e; k++ {
		if !x.isPunct(k-1, ",") || x.verbAt(k) != finite || x.toks[k].cap {
			continue
		}
		c := x.chunkOf[k+1]
		if c < 0 {
			return -1
		}
		ch := x.chunks[c]
		if ch.kind == nameOrg || ch.place || ch.poss || ch.first != k+1 || !x.isPunct(ch.last+1, ",") && ch.last+1 != e-1 {
			return -1
		}
		return c
	}
	return -1
}

// writerAsked reports whether mention m lies in a sentence in which the
// writer asks someone of gender g a question: "I asked him what he would
// say to Pettigrew-Bayliss."
func (art *article) writerAsked(m *mention, g byte) bool {
	x := art.paras[m.para]
	s := x.ustart[m.unit]
	if x.toks[s].text != "I" || m.tok <= s+2 {
		return false
	}
	switch x.key(s + 1) {
	case "asked", "ask":
	default:
		return false
	}
	o := x.key(s + 2)
	return o == "him" && g == 'm' || o == "her" && g == 'f'
}

// askedOne reports whether the person mention m names asks someone of
// gender g a question: "Host Carolina de la Peña asked him whether
// residents felt forgotten.", "A reporter pressed her on whether …".
func (art *article) askedOne(m *mention, g byte) bool {
	x := art.paras[m.para]
	var k int
	switch {
	case m.chunk >= 0:
		k = x.chunks[m.chunk].last + 1
	case len(m.roles) > 0:
		// "A reporter pressed her": the noun, then the verb.
		k = m.tok
		for k < m.tok+4 && x.key(k) != m.roles[0] {
			k++
		}
		k++
	default:
		return false
	}
	if !x.word(k, m.unit) || !x.word(k+1, m.unit) {
		return false
	}
	switch x.key(k) {
	case "asked", "asks", "pressed", "presses", "questioned", "challenged", "pushed":
	default:
		return false
	}
	o := x.key(k + 1)
	return o == "him" && g == 'm' || o == "her" && g == 'f'
}

// inAskedClause reports whether mention m lies in a clause opening with
// "Asked" in the sentence of r, before it, or in a phrase opening it that
// answers someone: "Responding to Mr Montague-Bell’s point, he said:".
func (art *article) inAskedClause(m *mention, r ref) bool {
	if m.para != r.para || m.unit != art.unitOf(r) || m.tok >= r.tok {
		return false
	}
	x := art.paras[r.para]
	s := x.ustart[m.unit]
	if x.key(s) == "asked" || x.key(s) == "pressed" || x.key(s) == "questioned" {
		return true
	}
	if !(answerOpeners[x.key(s)] && x.key(s+1) == "to" || x.key(s) == "in" && (x.key(s+1) == "response" || x.key(s+1) == "reply") && x.key(s+2) == "to") {
		return false
	}
	for k := s + 2; k < m.tok; k++ {
		if x.isPunct(k, ",;:") || x.toks[k].kind == quoted {
			return false // the mention is past the opening phrase
		}
	}
	return true
}

// answerOpeners open a phrase, before "to", that says whom the sentence's
// subject answers: "Responding to the minister,".
var answerOpeners = set(`responding replying reacting`)

// askingSentence reports whether mention m lies in a sentence before r's,
// in r's paragraph or the one before, that reports a question without
// naming whom it was put to: "A reporter asked whether Ruiz had been
// given a ride."
func (art *article) askingSentence(m *mention, r ref) bool {
	if m.para < r.para-1 || m.para == r.para && m.unit >= art.unitOf(r) {
		return false
	}
	x := art.paras[m.para]
	for k := x.ustart[m.unit]; k+1 < x.ustart[m.unit+1]; k++ {
		if x.key(k) != "asked" && x.key(k) != "asks" {
			if x.verbAt(k) != 0 || auxiliaries[x.key(k)] || embedWords[x.key(k)] || x.toks[k].kind == quoted {
				return false // the question is not what the sentence's subject does
			}
			continue
		}
		return k > x.ustart[m.unit] && x.word(k-1, m.unit) && reportedQuestion[x.key(k+1)] // not "Benhaddou, asked whether …, said"
	}
	return false
}

// reportedQuestion open the question a sentence reports after "asked":
// "asked whether", "asked why".
var reportedQuestion = set(`whether if why how what when where who about`)

// unitOf returns the unit (sentence) holding r, or -1.
func (art *article) unitOf(r ref) int {
	x := art.paras[r.para]
	if r.tok < len(x.toks) {
		return x.toks[r.tok].unit
	}
	return -1
}

// orgSpokeLast returns the organisation quoted last before r, in r's
// paragraph or the one before, when the last quotation before r is an
// organisation's; otherwise "". A quotation attributed at r itself does
// not count. With loose, a speaker the article never calls a person
// counts as an organisation: "Aerovance said".
func (art *article) orgSpokeLast(r ref, loose bool) string {
	for k := sort.Search(len(art.finds), func(i int) bool {
		f := art.finds[i]
		return !before(f.para, f.tok, r.para, r.tok)
	}) - 1; k >= 0; k-- {
		f := art.finds[k]
		if f.tok < 0 || !before(f.para, f.tok, r.para, r.tok) || f.how == howNone || f.ref.para == r.para && f.ref.tok == r.tok {
			continue
		}
		if f.para < r.para-1 {
			break
		}
		if f.speaker != "" && (f.orgSpeaker || loose && !art.namesPerson(f.speaker)) {
			return f.speaker
		}
		break
	}
	return ""
}

// addressees are the words before a body a text is sent or said to: "a
// statement to the exchange", "told The Straits Times".
var addressees = set(`to told with`)

// handoverVerbs pass something to a new holder: "the lease passed to
// Ferrovia Property Partnership".
var handoverVerbs = set(`passed sold transferred leased handed awarded reverted belongs belonged`)

// addressed reports whether the name after toks[k] is one a text is sent
// or said to, toks[k] one of the addressees, or "the" after one: "a
// statement to the exchange", "told The Straits Times". A body something
// is handed over to is its new holder, no addressee: "The school’s lease
// passed last year to Ferrovia Property Partnership".
func (x *para) addressed(k int) bool {
	if k > 0 && x.key(k) == "the" {
		k--
	}
	if k < 0 || !addressees[x.key(k)] {
		return false
	}
	if x.key(k) != "to" {
		return true
	}
	u := x.toks[k].unit
	for b := k - 1; b >= 0 && b >= k-4 && x.word(b, u); b-- {
		if handoverVerbs[x.key(b)] {
			return false
		}
	}
	return true
}

// plainBody reports whether the body m names may be "the " + head: its
// name holds no noun for a kind of body ("Elections Canada", "Ofwat"),
// and the article describes it as nothing else.
func (art *article) plainBody(m *mention, head string) bool {
	return art.plainName(m.keys, m.name, head)
}

// plainName reports whether the body called name, of the words keys, may
// be "the " + head, as plainBody does.
func (art *article) plainName(keys []string, name, head string) bool {
	if slices.ContainsFunc(keys, func(k string) bool { return orgWords[k] || corporateWords[k] || publicWords[k] }) {
		return false
	}
	kinds := art.orgKinds[name]
	return len(kinds) == 0 || slices.Contains(kinds, head)
}

// looseSubject reports whether m, a body that is the subject of a
// sentence before r, may be what r, a noun that may stand for any body
// ("the group", "the charity"), refers to: no business, and no other
// body named before r has the noun in its name or its description
// ("Network Rail said … The group said" is the Rail Delivery Group
// named before).
func (art *article) looseSubject(m *mention, r ref) bool {
	if modifierOnly(m.keys, r.head) || slices.ContainsFunc(m.keys, func(k string) bool { return corporateWords[k] }) {
		return false
	}
	has := func(o *mention) bool {
		keys := strings.Fields(strings.ToLower(o.name))
		if modifierOnly(keys, r.head) {
			return false // "the charity" is not the Charity Commission
		}
		return slices.ContainsFunc(slices.Concat(keys, art.orgKinds[o.name]), func(k string) bool {
			return headWord(k, r.head)
		})
	}
	if has(m) {
		return true
	}
	if x := art.paras[m.para]; m.chunk >= 0 {
		// "Meridian Civic Exchange did not respond … In a statement,
		// the group said": a body that did not speak in the sentence
		// before speaks now.
		k := x.chunks[m.chunk].last + 1
		for k < len(x.toks) && k < x.chunks[m.chunk].last+3 && x.isAdverb(k) {
			k++
		}
		if x.verbAt(k) != finite {
			return true
		}
	}
	for o := range art.mentionsBack(r) {
		if o.kind == nameOrg && o.name != m.name && has(o) {
			return false
		}
	}
	return true
}

// otherSubject reports whether a sentence in r's paragraph before r, or in
// the back paragraphs before it, has a named subject other than name:
// with back 1, "Age UK welcomed the scheme. Barclays, which is funding
// it, said …" leaves "a spokesperson for the charity" unsure.
func (art *article) otherSubject(name string, r ref, back int) bool {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-back {
			return false
		}
		if m.subject && m.chunk >= 0 && m.name != "" && m.name != name {
			return true
		}
	}
	return false
}

// bodySaidBefore returns the one business the paragraph before r's names,
// when it is the subject of a reporting verb there ("Eastern Crown Trains
// said 212 of its services had been cancelled") and r's paragraph names
// nothing but people before r; otherwise "".
func (art *article) bodySaidBefore(r ref) string {
	name := ""
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			break
		}
		if m.para == r.para && (m.kind != namePerson || len(m.titles) == 0 && !slices.ContainsFunc(m.keys, isGivenName)) {
			return "" // "The Military Mutual said …. “…,” the company said", whatever it is taken for
		}
		if m.kind != nameOrg || m.name == "" {
			continue
		}
		if name != "" && m.name != name || art.publicBody(m.name) || m.chunk < 0 || !m.subject {
			return ""
		}
		x := art.paras[m.para]
		if c := x.chunks[m.chunk]; c.poss || x.verbAt(c.last+1) == 0 || reportVerbs[x.key(c.last+1)] == 0 {
			return ""
		}
		name = m.name
		if main := art.mainOrg(r); containsInOrder(strings.Fields(strings.ToLower(main)), m.keys) {
			name = main // "Andes Meridian said" after "Andes Meridian Copper's mine"
		}
	}
	return name
}

// speakingUnknown reports whether m is a name of unknown kind that speaks
// as the subject of a reporting verb right after it, and that neither the
// entity extractor nor the article takes for a place or a person:
// "FundNaija said in a statement". Only a body is left.
func (art *article) speakingUnknown(m *mention) bool {
	if m.kind != nameOther || !m.subject || m.chunk < 0 || art.namesPerson(m.name) {
		return false
	}
	if slices.ContainsFunc(art.mentions, func(o mention) bool { return o.kind != nameOther && containsInOrder(o.keys, m.keys) }) {
		return false // a short form of a name the rules above know: "Tien Shan"
	}
	x := art.paras[m.para]
	c := x.chunks[m.chunk]
	return !c.place && !c.typedPerson && !c.poss && x.verbAt(c.last+1) != 0 && reportVerbs[x.key(c.last+1)] != 0
}

// otherOrgIn reports whether r's paragraph names, before r, a body other
// than name: "The building is owned by Castlegate Estates. The firm says"
// means Castlegate, not the club that spoke paragraphs before.
func (art *article) otherOrgIn(name string, r ref) bool {
	for m := range art.mentionsBack(r) {
		if m.para != r.para {
			return false
		}
		if m.kind == nameOrg && m.chunk >= 0 && m.name != "" && m.name != name && !art.publicBody(m.name) {
			return true
		}
	}
	return false
}

// contactedBody returns the body named as the object of the latest verb
// of contacting ("contacted", "approached", "asked", "reached out to")
// before r in its paragraph, or in the paragraph before when r's names no
// one before r, if the body was asked for a comment (askedComment): "The
// BBC has contacted Marlow District Council for comment", "KVTB 8 reached
// out to the Tri-County Health District for a response".
func (art *article) contactedBody(r ref) string {
	for p := r.para; p >= 0 && p >= r.para-1; p-- {
		x := art.paras[p]
		end := len(x.toks)
		if p == r.para {
			end = r.tok
		} else if slices.ContainsFunc(art.paras[r.para].chunks, func(c chunk) bool { return c.first < r.tok }) {
			// "The Echo has asked Merseyrail for a comment. ¶ Meanwhile,
			// the RMT union said …, a spokesperson said": a body named
			// in the paragraph itself.
			return ""
		}
		for i := end - 1; i >= 0; i-- {
			if x.toks[i].kind != word || !contactVerbs[x.key(i)] {
				continue
			}
			j := i + 1
			if x.key(i) == "reached" {
				if x.key(j) != "out" || x.key(j+1) != "to" {
					continue
				}
				j += 2
			}
			if x.key(j) == "the" {
				j++
			}
			if j >= len(x.toks) || x.toks[j].unit != x.toks[i].unit {
				continue
			}
			if c := x.chunkOf[j]; c >= 0 && x.chunks[c].kind != namePerson && !x.chunks[c].poss && !art.personAt(p, c) && x.askedComment(x.chunks[c].last+1) {
				return art.bodyName(p, c)
			}
			return "" // the latest one contacted is no body, or was asked to act
		}
	}
	return ""
}

// askedComment reports whether the few words from toks[k] in its sentence
// say that the one contacted was asked for a comment or a response, as a
// reporter asks; not "asked Network Rail to repair the bridge" or
// "contacted Acme Corp about the theft", which a body may do.
func (x *para) askedComment(k int) bool {
	if k >= len(x.toks) {
		return false
	}
	u := x.toks[k].unit
	for i := k; i < len(x.toks) && i < k+8 && x.toks[i].unit == u; i++ {
		if commentWords[x.key(i)] {
			return true
		}
	}
	return false
}

// contactVerbs say that someone was asked for a comment: "contacted
// the council", "reached out to the agency".
var contactVerbs = set(`contacted approached asked emailed reached`)

// commentWords say what a reporter contacted a body for: "for comment",
// "for a response".
var commentWords = set(`comment comments response reaction respond`)

// groupPronoun resolves "they" or "it" to the organisation that spoke last,
// in this paragraph or the one before; otherwise to "".
func (art *article) groupPronoun(r ref) string {
	if r.pron == "it" && !art.spokeBefore(r) {
		// "The ship's manager, Kallistos Maritime, said it had lost
		// contact. It said …": the body the paragraph made the subject,
		// before any quotation, rather than one that spoke a paragraph
		// earlier.
		if n := art.subjectOrg(r); n != "" {
			return n
		}
		// "Wessex police said its concerns …, which it said": a body
		// the sentence makes its subject by a description.
		if n := art.bodySubject(r); n != "" {
			return n
		}
		// "The rescue team said it had received £3,000. It wrote on X
		// that …": the one body a sentence of the paragraph made its
		// subject by a description, before one that spoke earlier.
		if n := art.describedSubjectOrg(r); n != "" {
			return n
		}
	}
	if r.pron == "they" && art.unnamedSubject(r) {
		// "Analysts at Banco Estrella were more cautious. “…,” they
		// said": the body whose staff the paragraph made its subject.
		if n := art.staffBody(art.paraSubject(r)); n != "" {
			return n
		}
	}
	if r.pron == "they" && art.unnamedSubject(r) && art.quietSince(art.paraSubject(r), r) {
		// "One senior council source said the authority had been under
		// pressure. “…,” they said": the source the paragraph made its
		// subject, not the body that spoke a paragraph before.
		return ""
	}
	if n := art.orgSpokeLast(r, false); n != "" && !(r.pron == "it" && art.namesPerson(n)) {
		return n
	}
	if r.pron != "it" {
		return ""
	}
	// "The regulator, which …, said in a statement that … “…,” it said":
	// the body that spoke earlier in the paragraph, if it was the only
	// one named there as saying something.
	name := ""
	for m := range art.mentionsBack(r) {
		if m.para != r.para {
			break
		}
		if m.chunk < 0 || m.kind == namePerson || len(m.titles) > 0 || art.mentionGender(art.ix, *m) != 0 || !art.speakers[[2]int{m.para, m.chunk}] {
			continue
		}
		if name != "" && name != m.name {
			return ""
		}
		name = m.name
	}
	if name != "" {
		return name
	}
	// "The National Hurricane Center is watching an area, which it said
	// had “…”": the organisation that is the subject of a sentence of
	// the paragraph, if it is the only one.
	name = art.subjectOrg(r)
	// So is a description of one, when no name is: "The coast guard
	// rejected the claim. In a statement, it said it had “…”".
	for u := art.unitOf(r); name == "" && u >= 0; u-- {
		name = art.orgSubject[[2]int{r.para, u}]
	}
	if x := art.paras[r.para]; name != "" || !x.opensClause(r.tok) {
		return name
	}
	// "The UK Health Security Agency said 31 of the cases were in
	// children.¶It urged parents …": a sentence opening with "it", or
	// with a quotation and "it said", goes on about the one organisation
	// the paragraph before made a subject.
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			break
		}
		if m.para == r.para || !m.subject || m.chunk < 0 || len(m.titles) > 0 {
			continue
		}
		if m.kind != nameOrg || art.mentionGender(art.ix, *m) != 0 || name != "" && name != m.name {
			return "" // someone else is a subject there too
		}
		name = m.name
	}
	if x := art.paras[r.para]; name == "" && r.para > 0 && r.pron == "it" && !slices.ContainsFunc(x.toks[:x.ustart[x.toks[r.tok].unit]], func(t token) bool { return t.kind == word }) {
		// "The university said in a statement that …¶It added: “…”":
		// a paragraph opening with "it", or with a quotation and "it
		// said", goes on about the one body the paragraph before made
		// a subject by a description.
		p := art.paras[r.para-1]
		for u := 0; len(p.toks) > 0 && u <= p.toks[len(p.toks)-1].unit; u++ {
			if o := art.orgSubject[[2]int{r.para - 1, u}]; o != "" {
				if name != "" && name != o {
					return ""
				}
				name = o
			}
		}
	}
	return name
}

// eventOf returns the event whose organisers the description r names:
// the one after "of" ("organisers of the Brackenmoor Festival"), else
// the nearest named before r when the headline says what kind of event
// the story is about ("Director walks out of film festival"), or "".
// "Organisers of the march" after "the Edinburgh Festival" are the
// march's.
func (art *article) eventOf(r ref) string {
	x := art.paras[r.para]
	event := func(keys []string) bool {
		return len(keys) >= 2 && (entity.IsEvent(keys[len(keys)-1]) || eventWords[keys[len(keys)-1]])
	}
	if r.source >= 0 {
		if ch := x.chunks[r.source]; event(ch.keys) {
			return art.nameOf(r.para, r.source)
		}
		return ""
	}
	if k := r.tok + 1; x.key(k) == "of" || x.key(k) == "for" {
		return ""
	}
	for m := range art.mentionsBack(r) {
		if m.chunk >= 0 && event(m.keys) {
			if !slices.Contains(art.title, m.keys[len(m.keys)-1]) {
				return ""
			}
			return m.name
		}
	}
	return ""
}

// staffBody returns the body that the unnamed subject m describes as its
// staff or analysts ("analysts at Banco Estrella", "officials from the
// ministry"), or "".
func (art *article) staffBody(m *mention) string {
	x := art.paras[m.para]
	d, _, ok := x.descAt(m.tok, x.toks[m.tok].unit, len(x.toks))
	if !ok || d.kind != refDesc || !noteHeads[d.head] && !staffHeads[d.head] || d.source < 0 || x.chunks[d.source].kind != nameOrg {
		return ""
	}
	ch := x.chunks[d.source]
	return art.orgName(art.nameOf(m.para, d.source), ch.keys, m.para, ch.first)
}

// bodySubject returns the public body, written as a place and its noun in
// lower case, that opens a sentence of r's paragraph before r, if one
// does: "Wessex police said its concerns …, which it said".
func (art *article) bodySubject(r ref) string {
	x := art.paras[r.para]
	for m := range art.mentionsBack(r) {
		if m.para != r.para {
			break
		}
		if m.chunk >= 0 && m.kind != nameOrg && m.tok == x.ustart[m.unit] {
			if n := x.bodyPhrase(m.chunk, ""); n != "" {
				return n
			}
		}
	}
	return ""
}

// describedSubjectOrg returns the organisation that a description makes
// the subject of a sentence of r's paragraph, up to r's, when it is the
// only one, or "".
func (art *article) describedSubjectOrg(r ref) string {
	name := ""
	for u := art.unitOf(r); u >= 0; u-- {
		if n := art.orgSubject[[2]int{r.para, u}]; n != "" {
			if name != "" && name != n {
				return ""
			}
			name = n
		}
	}
	return name
}

// subjectOrg returns the organisation that is the subject of a sentence
// of r's paragraph before r, if it is the only one, or "".
func (art *article) subjectOrg(r ref) string {
	name := ""
	for m := range art.mentionsBack(r) {
		if m.para != r.para {
			break
		}
		if !m.subject || m.chunk < 0 || m.kind != nameOrg || len(m.titles) > 0 && !kindTitle(m.titles) || art.mentionGender(art.ix, *m) != 0 {
			continue
		}
		if name != "" && name != m.name {
			return ""
		}
		name = m.name
	}
	return name
}

// kindTitle reports whether the words before an organisation's name say
// what kind of body it is: "German carmaker Rhenvald AG".
func kindTitle(title []string) bool {
	h := title[len(title)-1]
	return corporateHeads[h] || businessNouns[h] || orgHeads[h]
}

// quietSince reports whether no quotation of r's paragraph between the
// mention m and r has been given a speaker.
func (art *article) quietSince(m *mention, r ref) bool {
	first := sort.Search(len(art.finds), func(i int) bool { return art.finds[i].para >= r.para })
	for _, f := range art.finds[first:] {
		if f.para != r.para || f.tok >= r.tok {
			break
		}
		if f.tok > m.tok && f.speaker != "" {
			return false
		}
	}
	return true
}

// spokeBefore reports whether a quotation of r's paragraph before r has a
// speaker.
func (art *article) spokeBefore(r ref) bool {
	first := sort.Search(len(art.finds), func(i int) bool { return art.finds[i].para >= r.para })
	for _, f := range art.finds[first:] {
		if f.para != r.para {
			break
		}
		if f.tok >= 0 && f.tok < r.tok && f.speaker != "" {
			return true
		}
	}
	return false
}

// namesPerson reports whether the article names a person name: "it"
// cannot be someone who spoke through "the statement" they issued.
func (art *article) namesPerson(name string) bool {
	return slices.ContainsFunc(art.mentions, func(m mention) bool { return m.name == name && m.kind == namePerson })
}

// describe resolves a description: a text to its source, a title to the
// person the article gives it, an organisation noun to the organisation
// the article names with it. Descriptions of unnamed people ("officials",
// "a spokesman") resolve to "".
func (art *article) describe(ix *nameIndex, r ref) (string, bool) {
	x := art.paras[r.para]
	if x.headlineStyle() && !r.definite && r.pron == "" && (r.tok == x.ustart[x.toks[r.tok].unit] ||
		r.tok > 0 && !determiners[x.key(r.tok)] && (orgHeads[r.head] || corporateHeads[r.head]) && (x.key(r.tok-1) == "as" || x.key(r.tok-1) == "and" || x.key(r.tok-1) == "but" || embedWords[x.key(r.tok-1)])) {
		// A heading drops its articles: "Judge says both men face …",
		// "Fire chief: “…”", "… as patients’ alliance decries
		// “extortion”".
		r.definite = true
	}
	if r.definite && r.chunk < 0 && r.source < 0 && r.pron == "" && pluralDesc(r.head) && !isDocHead(r.head) {
		// "The administrators, Crowther Penn Restructuring, confirmed …
		// ¶ The administrators said": the firm the article named as
		// them.
		if n := art.describedBodyIn(r, len(art.paras)); n != "" {
			return n, true
		}
	}
	switch {
	case (r.aged || parentEpithet(r.head) != 0) && r.definite && !pluralDesc(r.head):
		// "the 46-year-old mother of five told AFP", "the 76-year-old
		// founder said": an age marks someone just named, whatever the
		// noun after it.
		return art.nearestPerson(ix, descGender(r.head), r), false
	case isDocHead(r.head) || x.accountWrites(r):
		if r.org != "" && r.definite && publicHeads[r.org] {
			// "a report by council officers": the one council the
			// article names, none when it names two.
			for j := r.tok; j < len(x.toks) && j <= r.tok+10; j++ {
				if x.key(j) == r.org && x.toks[j].kind == word && (x.key(j-1) == "by" || x.staffNoun(j)) {
					// "A council planning officers’ report" too.
					return art.bodyByNoun(x, j), true
				}
			}
		}
		if r.org != "" && r.definite {
			// "the bank’s statement said": the body the article calls
			// the bank.
			if n := art.orgByHead(ref{kind: refDesc, para: r.para, tok: r.tok, head: r.org, definite: true}); n != "" {
				return n, true
			}
		}
		if r.source >= 0 {
			return art.sourceName(r.para, r.source), x.chunks[r.source].kind == nameOrg
		}
		if r.chunk >= 0 {
			return art.sourceName(r.para, r.chunk), x.chunks[r.chunk].kind == nameOrg
		}
		if g := pronouns[r.pron]; g == 'm' || g == 'f' {
			// "her report concluded": hers.
			return art.pronoun(ix, g, r), false
		}
		if r.pron == "it" {
			// "Its report warned": the body named last. ("Their
			// assessment" is often a group's the article does not name.)
			if n := art.groupPronoun(ref{kind: refPronoun, para: r.para, tok: r.tok, pron: r.pron}); n != "" {
				return n, true
			}
			for m := range art.mentionsBack(r) {
				if m.para < r.para-2 {
					break
				}
				if m.chunk >= 0 && m.kind == nameOrg && !m.personal {
					return m.name, true
				}
			}
		}
		// "according to a report published last month by X": the
		// source found for the text named there.
		for _, d := range art.docs {
			if d.para == r.para && d.head == r.head && d.tok >= r.tok && d.tok <= r.tok+4 {
				return d.source, true
			}
		}
		if r.definite {
			if d, ok := art.lastText(r.head, r); ok {
				if d.source == "" {
					// "In a statement, a spokesperson for Marchbanks said
					// … ¶ “…,” the statement said": whoever the sentence
					// naming the text quoted.
					if f := art.docQuoted(d); f != nil {
						return f.speaker, f.orgSpeaker
					}
				}
				// A person's text is the person's: "Keefe wrote on
				// Facebook … “…,” the post said" is no body speaking.
				return d.source, !art.namesPerson(d.source)
			}
			if d, ok := art.lastStudy(r); ok {
				// "A study by the Volta Coastal Research Centre found …
				// The report warned": another word for the same piece of
				// research named just before.
				return d.source, true
			}
			if r.chunk < 0 && r.source < 0 && r.org == "" && judgmentNouns[r.head] {
				// "The Sevrovo District Court ordered … ¶ The ruling
				// added": the court that ruled.
				if n := art.lastCourt(r); n != "" {
					return n, true
				}
			}
			if r.chunk < 0 && r.source < 0 && r.org == "" && motionNouns[r.head] {
				// "Kōtuku District Council voted 7–4 … ¶ The resolution
				// passed on Thursday states": the assembly that passed it,
				// not whoever spoke last.
				return art.lastAssembly(r), true
			}
			if r.chunk < 0 && r.source < 0 && r.org == "" {
				// "A spokesperson for Natural England said the licence
				// carried “strict conditions”. “…,” the statement said.":
				// the body that has just spoken, though no statement was
				// named.
				if n := art.orgSpokeLast(r, false); n != "" && !rulingNouns[r.head] {
					return n, true
				}
			}
		}
	case speechNouns[r.head] && (r.pron != "" || r.chunk >= 0):
		if r.chunk >= 0 {
			return art.nameOf(r.para, r.chunk), x.chunks[r.chunk].kind == nameOrg
		}
		return art.speakerOf(ix, ref{kind: refPronoun, para: r.para, tok: r.tok, pron: r.pron})
	case spokesHeads[r.head] && r.source >= 0 && x.chunks[r.source].kind != namePerson:
		// "a spokesperson for the company": the organisation speaks;
		// "a spokesperson for the Commission": the European Commission.
		return art.bodyName(r.para, r.source), true // "a spokesperson for Eastholme borough council"
	case spokesHeads[r.head] && r.source >= 0 && x.chunks[r.source].kind == namePerson && !x.chunks[r.source].poss:
		// "a spokesperson for Langdon said the commissioner “…”": the
		// person the unnamed spokesperson speaks for.
		return art.nameOf(r.para, r.source), false
	case spokesHeads[r.head] && r.chunk >= 0 && x.chunks[r.chunk].kind != namePerson && x.chunks[r.chunk].title == nil:
		// "a Commission spokesperson", "a Brackenford city council
		// spokesperson".
		return art.bodyName(r.para, r.chunk), true
	case spokesHeads[r.head] && r.org != "" && r.source < 0 && r.chunk < 0:
		// "a council spokesperson", "a spokesperson for the union": the
		// body the article names with that noun.
		n := art.orgNamedBy(ref{kind: refDesc, para: r.para, tok: r.tok, head: r.org, definite: true})
		if !sameNation(r.caps, n) {
			return "", true // "a Chinese foreign ministry spokesperson" after New Zealand's ministry
		}
		if n == "" && r.definite {
			// "Spokesperson Anneliese Van Wyk told PBN News …
			// ¶ The railway's spokesperson said": the spokesperson the
			// article named, when it names no body as the railway.
			if m := art.titledIn(ix, r, art.mentionsBack(r), false); m != nil && m.name != "" {
				return m.name, false
			}
		}
		return n, true
	case spokesHeads[r.head] && r.source < 0 && r.chunk < 0 && r.org == "":
		// "the spokesperson said" after "a spokesperson for X".
		if name, org := art.spokesSource(r, r.para-5); name != "" && r.definite {
			return name, org
		}
		if r.definite {
			// "his spokesman Lars-Erik Mbaye-Holm said. …¶“…,” the
			// spokesman added": the spokesman named a few paragraphs back.
			recent := func(yield func(*mention) bool) {
				for m := range art.mentionsBack(r) {
					if m.para < r.para-3 || !yield(m) {
						return
					}
				}
			}
			if m := art.titledIn(ix, r, recent, false); m != nil && m.name != "" {
				return m.name, false
			}
			// "coastguard spokesman Cdr Ramon Villaseñor-Tan told
			// reporters …" further back, when he is the one still
			// answering: "“…,” he replied. ¶ … the spokesman said".
			if m := art.titledIn(ix, r, art.mentionsBack(r), false); m != nil && m.name != "" && m.name == art.lastVoiced(r) {
				return m.name, false
			}
		}
		// "The BBC has contacted Marlow District Council for comment.
		// ¶ A spokesperson said: …": the body asked, not the one asking.
		if name := art.contactedBody(r); name != "" && r.pron == "" {
			return name, true
		}
		// "In a statement, the ministry said …¶“…,” a spokesperson
		// said": the organisation that has just spoken.
		if name := art.groupPronoun(ref{kind: refPronoun, para: r.para, tok: r.tok, pron: "it"}); name != "" && r.pron == "" {
			return name, true
		}
	case (noteHeads[r.head] || staffHeads[r.head]) && r.source >= 0 && x.chunks[r.source].kind == nameOrg:
		// "analysts at Calder & Finch wrote in a note": the firm's note;
		// "forecasters at the Storm Prediction Center warned".
		ch := x.chunks[r.source]
		return art.orgName(art.nameOf(r.para, r.source), ch.keys, r.para, ch.first), true
	case organiserHeads[r.head] && r.chunk < 0 && art.eventOf(r) != "":
		// "In a statement posted to the festival's website, organizers
		// said": the event the article named.
		return art.eventOf(r), true
	case roleHeads[r.head] || (r.definite || r.pron != "") && specialistNoun(r.head) && art.titleBorne(ix, r.head):
		// So is a specialist's noun the article writes as someone's
		// title: "Provincial agriculturist Ramon Baluyot … ¶ The
		// provincial agriculturist said".
		if r.definite && r.pron == "" && (art.unnamedRole(r) || !roleHeads[r.head] && art.indefiniteBefore(r)) {
			// "On Monday a geologist from the university visited. The
			// geologist said": the one just brought in, not the county
			// geologist named before.
			return "", false
		}
		if r.definite && r.pron == "" && art.unnamedRole(r) {
			// "One former senior executive who worked with him …
			// ¶ “…,” said the former executive, who asked not to be
			// named": the one the article described and did not name.
			return "", false
		}
		if r.definite || r.pron != "" {
			n := art.byTitle(ix, r)
			if n == "" && partyNouns[r.head] {
				// "the Democrat", whom no one is titled: the person
				// just named.
				n = art.nearestPerson(ix, 0, r)
			}
			return n, false
		}
		return art.ledeTitled(ix, r), false
	case (maleKin[r.head] || femaleKin[r.head]) && (r.definite || r.pron == "he" || r.pron == "she"):
		// "her son", "the brother": the person introduced as one
		// ("her son, Peter Varga"), else the nearest of the kin's gender.
		if m := art.titled(ix, r); m != nil {
			return m.name, false
		}
		g := kinGender([]string{r.head})
		if p := pronouns[r.pron]; p == 'm' || p == 'f' {
			// "Mrs Baird said … ¶ Her husband has kept the cardboard
			// Nessie. “…,” he said": the one of the kin's sex who
			// shares the surname of the one "her" means, past another
			// man named nearer.
			if owner := art.pronoun(ix, p, ref{kind: refPronoun, para: r.para, tok: r.tok, pron: r.pron}); owner != "" {
				if n := art.namesake(ix, g, r, owner); n != "" {
					return n, false
				}
			}
		}
		n := art.pronoun(ix, g, r)
		if p := pronouns[r.pron]; p == g && n != "" && n == art.pronoun(ix, p, ref{kind: refPronoun, para: r.para, tok: r.tok, pron: r.pron}) {
			// "Her daughter, Claudia, interrupts. ¶ “Yes,” her mother
			// says": her mother is not she; the one of that gender named
			// before her. But when the sentence names her, the relative
			// is someone it brings in and does not name ("Renata Duquesne
			// said her daughter texted her: “…”"), unless the one before
			// shares her surname.
			o := art.nearestOther(ix, g, r, n)
			if art.namedInSentence(r, n) && !sameSurname(o, n) {
				return "", false
			}
			return o, false
		}
		return n, false
	case personNouns[r.head] || epithets[r.head] || demonym.Is(r.head) || ageModifier(r.head):
		// "the woman", "the 34-year-old", "the striker", "the Italian":
		// the nearest person named before, never the description itself.
		if r.definite && r.pron == "" && (art.unnamedRole(r) || art.indefiniteBefore(r)) {
			// "One keeper, who spoke on condition of anonymity, said …
			// “…,” the keeper said", "A Singapore-based crude trader
			// said … “…,” the trader said": the one described and not
			// named.
			return "", false
		}
		if r.definite && !pluralDesc(r.head) && demonym.Is(r.head) {
			// "the big Dutchman" after "two clear of the Dutchman Anders
			// van der Hoek": the one the article gave that noun, before
			// anyone nearer.
			if m := art.demonymTitled(ix, r); m != nil {
				return m.name, false
			}
		}
		if r.definite && !pluralDesc(r.head) {
			// The nearest person, unless the article gave them another
			// title and someone else this noun: "the keeper laughed"
			// after "Head keeper Tomasz Hart" and "presenter Jonny
			// Ackroyd asked"; and with no one near, "the captain"
			// paragraphs after "the captain, Renata Solís,".
			n := art.nearestPerson(ix, descGender(r.head), r)
			if n == "" || art.titledOtherwise(ix, r, n) {
				if m := art.titledIn(ix, r, art.mentionsBack(r), false); m != nil {
					return m.name, false
				}
			}
			return n, false
		}
		if r.pron == "it" && !pluralDesc(r.head) && art.nearestPerson(ix, 0, r) == "" {
			// "ending what its own captain called “…”" opening the
			// story, before "The club captain, Alasdair Drummond-Keir,
			// said": the body's one the article names next with the
			// noun, when only one is.
			return art.soleHolder(ix, r), false
		}
	case titles[r.head] && !orgHeads[r.head]:
		// "the analyst", "the agent", "his agent": the person the article
		// gives that description.
		if r.definite || r.pron == "he" || r.pron == "she" || r.pron == "it" {
			// "its dean says": the body's officer, whom the article
			// names with the title.
			n := art.byTitle(ix, r)
			if n == "" && r.definite && r.pron == "" && r.org == "" && len(r.caps) == 1 && demonym.Is(r.caps[0]) {
				// "The American businessman, who bought Rovers in 2021,
				// said": a nationality marks someone just named.
				n = art.nearestPerson(ix, descGender(r.head), r)
			}
			return n, false
		}
		return art.ledeTitled(ix, r), false
	case occupationNoun(r.head) && r.definite:
		// "the rapporteur" after "X, who steered the file as
		// rapporteur,": the nearest person a description set off by
		// commas gives that noun, named or not.
		for m := range art.mentionsBack(r) {
			if m.personal && m.kind != nameOrg && slices.Contains(m.roles, r.head) {
				return m.name, false
			}
		}
	case r.head == "police" && !r.definite && r.pron == "" && r.org == "" && r.chunk < 0 && r.source < 0:
		// "although police said" after "West Yorkshire Police": the
		// force the article names, or opening the story, the one it
		// names next.
		return art.policeForce(r), true
	case orgHeads[r.head] || corporateHeads[r.head]:
		if r.org != "" && subBodyHeads[r.head] && r.definite && r.chunk < 0 && r.source < 0 {
			// "the council's licensing committee said": the council the
			// article names, whose committee it is.
			if n := art.orgByHead(ref{kind: refDesc, para: r.para, tok: r.tok, chunk: -1, source: -1, head: r.org, definite: true}); n != "" {
				return n, true
			}
		}
		if r.definite && r.pron == "" && r.chunk < 0 && r.source < 0 {
			// "Another retailer, who asked not to be named, said … “…,”
			// the retailer said": the trader the paragraph described
			// and did not name, not a body.
			for m := range art.mentionsBack(r) {
				if m.para < r.para {
					break
				}
				if m.personal && m.chunk < 0 && m.name == "" && slices.Contains(m.roles, r.head) {
					return "", false
				}
			}
		}
		if r.chunk >= 0 && x.chunks[r.chunk].first > 0 {
			// "the weather service's Springfield office said": the
			// body whose office it is.
			if b := x.chunks[r.chunk].first - 1; x.toks[b].poss && !x.toks[b].cap && orgHeads[x.key(b)] && x.chunkOf[b] < 0 {
				if n := art.orgByHead(ref{kind: refDesc, para: r.para, tok: b, chunk: -1, source: -1, head: x.key(b), definite: true}); n != "" {
					return n, true
				}
			}
		}
		if r.chunk >= 0 {
			// "Salford city council said": the body as the article
			// writes it.
			if n := x.bodyPhrase(r.chunk, r.head); n != "" {
				return n, true
			}
		}
		if r.chunk >= 0 && x.chunks[r.chunk].kind == nameOrg {
			return art.nameOf(r.para, r.chunk), true
		}
		if c := r.chunk; c >= 0 && (groupHeads[r.head] || looseHeads[r.head] || corporateHeads[r.head]) && r.definite && x.chunks[c].first == r.tok+1 &&
			x.key(x.chunks[c].last+1) == r.head && !x.chunks[c].poss && !x.chunks[c].place && x.chunks[c].kind != namePerson {
			// "Volunteers from the Friends of the Eastern Necropolis …
			// ¶ The Friends group posted": the body named before whose
			// name the words before the noun open.
			if n := art.orgStartingWith(x.chunks[c].keys, r.para, r.tok); n != "" {
				return n, true
			}
		}
		if x.businessBefore(r) && !art.personAt(r.para, r.chunk) {
			// "The Prairie Fresh grocery chain posted": the business
			// its noun follows.
			return art.nameOf(r.para, r.chunk), true
		}
		if x.groupBefore(r) && !art.personAt(r.para, r.chunk) {
			// "the Lennox Head Boardriders club said": the group its
			// noun follows.
			return art.groupName(r.para, r.chunk, r.head), true
		}
		if r.chunk < 0 && r.source >= 0 && x.chunks[r.source].kind == nameOrg && !x.chunks[r.source].place {
			// "the observation mission of the East African Community":
			// the body it is part of.
			ch := x.chunks[r.source]
			return art.orgName(art.nameOf(r.para, r.source), ch.keys, r.para, ch.first), true
		}
		if r.head == "office" && r.chunk >= 0 && x.chunks[r.chunk].poss && art.personAt(r.para, r.chunk) {
			// "Redfern's office said": the person whose office it is.
			return art.nameOf(r.para, r.chunk), false
		}
		if r.head == "office" && r.chunk < 0 {
			// "the governor's office said": the office's holder, unless
			// the article names a body so ("Coldwater County Sheriff's
			// Office").
			for k := r.tok; k < len(x.toks) && k <= r.tok+3; k++ {
				if x.key(k) != "office" || k == 0 || !x.toks[k-1].poss || !isTitleKey(x.key(k-1)) {
					continue
				}
				for m := range art.mentionsBack(r) {
					if m.kind == nameOrg && slices.Contains(m.keys, x.key(k-1)) && slices.Contains(m.keys, "office") {
						return m.name, true // "the sheriff's office" of the Coldwater County Sheriff's Office
					}
				}
				return art.byTitle(ix, ref{kind: refDesc, para: r.para, tok: r.tok, chunk: -1, source: -1, head: x.key(k - 1), definite: true}), false
			}
		}
		if r.chunk >= 0 && x.chunks[r.chunk].poss && x.chunks[r.chunk].title == nil {
			// "Castellan's board": the organisation whose short name
			// that is.
			ch := x.chunks[r.chunk]
			if n := art.orgName(ch.name, ch.keys, r.para, ch.first); n != ch.name {
				return n, true
			}
			if subBodyHeads[r.head] && ch.kind == nameOther && len(ch.keys) >= 2 && !ch.place && !art.personAt(r.para, r.chunk) {
				// "The Halverston Courier's editorial board wrote": a
				// board is a body's, so its owner speaks. A name of one
				// word may be a place or a person ("Tauranga's harbour
				// board", "Smith's committee").
				return ch.name, true
			}
		}
		// Not the object of a preposition inside a phrase before the
		// verb: "a report commissioned by the Italian government
		// concluded", "an officer who has worked for the council …
		// describes".
		object := r.tok > 0 && x.word(r.tok-1, x.toks[r.tok].unit) && (prepositions[x.key(r.tok-1)] || x.key(r.tok-1) == "by")
		if r.definite && stateHeads[r.head] && len(r.caps) == 1 && demonym.Is(r.caps[0]) && !object {
			// "Brazil's Ministry of Agriculture said … ¶ The Brazilian
			// ministry said": the nation's body the article named.
			for m := range art.mentionsBack(r) {
				if m.kind == nameOrg && slices.Contains(m.keys, r.head) && (sameNation(r.caps, m.name) || art.nationBefore(m, r.caps[0])) {
					return m.name, true
				}
			}
			// "the Iranian navy said": the nation's body as the article
			// writes it, when it does not give it a name.
			if n := x.nationalBody(r.tok, r.head); n != "" {
				return n, true
			}
		}
		if r.definite && len(r.caps) == 1 && demonym.Is(r.caps[0]) && !object && r.chunk < 0 && r.source < 0 && !stateHeads[r.head] {
			// "the Norwegian Institute for Mountain Ecology … ¶ The
			// Norwegian institute shared": a body named before whose
			// name holds both the noun and the nation.
			for m := range art.mentionsBack(r) {
				if m.kind == nameOrg && slices.Contains(m.keys, r.head) && sameNation(r.caps, m.name) {
					return m.name, true
				}
			}
		}
		if r.head == "chamber" && r.chunk < 0 && r.source < 0 {
			// "the chamber said": a body whose name holds the word,
			// but not after a house of a legislature or a council named
			// nearer ("The House of Commons voted it down, and the
			// chamber described …"), which the word may mean.
			return art.chamberBefore(r), true
		}
		if r.definite && (len(r.caps) == 0 || basedIn(r.caps)) {
			// "the group", "the Dayton-based group".
			if n := art.orgByHead(r); n != "" {
				return n, true
			}
			if n := art.groupNamedBefore(r); n != "" {
				return n, true // "the Drumcarra Tidy Towns committee, whose chairman … The committee wrote"
			}
			if r.head == "union" {
				return "", true // only a body that calls itself one
			}
			if n := art.recentOrg(r); n != "" {
				return n, true
			}
			if object {
				return "", true
			}
			return art.lastLowerBody(r), true // "The Iranian navy seized … ¶ The navy said"
		}
	}
	return "", false
}

// nationalBody returns a nation's body as written in lower case from
// toks[k]: "Iranian navy" in "the Iranian navy", "Italian coast guard",
// "Chinese foreign ministry" — a demonym, at most two words and head — or
// "".
func (x *para) nationalBody(k int, head string) string {
	u := x.toks[k].unit
	if x.word(k, u) && determiners[x.key(k)] {
		k++
	}
	if !x.word(k, u) || !x.toks[k].cap || !demonym.Is(x.key(k)) || x.chunkOf[k] >= 0 && x.chunks[x.chunkOf[k]].last > k {
		return ""
	}
	for e := k + 1; e <= k+3 && x.word(e, u); e++ {
		if x.toks[e].cap || x.toks[e].poss || x.chunkOf[e] >= 0 {
			return ""
		}
		if x.key(e) == head {
			return x.p.Text[x.toks[k].start:x.toks[e].end]
		}
	}
	return ""
}

// nationBefore reports whether the name mention m follows its nation's
// name as a possessive: "Brazil's Ministry of Agriculture" for the
// demonym "brazilian".
func (art *article) nationBefore(m *mention, dem string) bool {
	x := art.paras[m.para]
	if m.chunk < 0 {
		return false
	}
	f := x.chunks[m.chunk].first
	if f == 0 || !x.toks[f-1].poss || !x.toks[f-1].cap {
		return false
	}
	return strings.HasPrefix(x.key(f-1), dem[:min(4, len(dem))])
}

// lastLowerBody returns the body of a nation or a place with r's head
// noun that the article wrote in lower case before r, nearest first ("The
// Iranian navy seized a tanker" before "the navy said", "Salford city
// council" before "the council said"), or "".
func (art *article) lastLowerBody(r ref) string {
	if !stateHeads[r.head] && !bodyNouns[r.head] {
		return ""
	}
	for pi := r.para; pi >= 0; pi-- {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = r.tok
		}
		for k := end - 1; k >= 0; k-- {
			if c := x.chunkOf[k]; c >= 0 && x.chunks[c].first == k && bodyNouns[r.head] {
				if n := x.bodyPhrase(c, r.head); n != "" {
					return n // "West Pennine police said … ¶ The police said"
				}
			}
			if x.toks[k].kind == word && demonym.Is(x.key(k)) && stateHeads[r.head] {
				if n := x.nationalBody(k, r.head); n != "" {
					return n
				}
			}
		}
	}
	return ""
}

// spokesSource returns the organisation or the person a definite "the
// spokesperson" speaks for: the one the spokesperson was introduced with
// ("a spokesperson for X", "an X spokesperson", "a spokeswoman for Ms
// X") from paragraph from to r, or "" when there is none or two. It
// reports whether that is an organisation.
func (art *article) spokesSource(r ref, from int) (string, bool) {
	name, org := "", true
	// A spokeswoman is not the spokesman: "A spokeswoman for the
	// governor said … A spokesman for the Senate said … ¶ “…,” the
	// spokesman said."
	g := spokesGender(r.head)
	if r.kind == refPronoun {
		g = pronouns[r.pron]
	}
	// take records source n, reporting false when it differs from one
	// recorded before: two sources make the spokesperson no one's.
	take := func(n string, isOrg bool) bool {
		if name != "" && (n != name || org != isOrg) {
			return false
		}
		name, org = n, isOrg
		return true
	}
	for pi := max(from, 0); pi <= r.para; pi++ {
		x := art.paras[pi]
		if !nameSource(x) {
			continue
		}
		for k, t := range x.toks {
			if pi == r.para && k >= r.tok {
				break
			}
			if t.kind != word || !spokesHeads[t.key] {
				continue
			}
			if sg := spokesGender(t.key); g != 0 && sg != 0 && sg != g {
				continue
			}
			ci := -1
			switch {
			case prepositions[x.key(k+1)] && x.key(k+2) == "the" && k+3 < len(x.toks):
				ci = x.chunkOf[x.skipSourceModifiers(k+3, t.unit, len(x.toks))] // "for the state Department of Revenue"
			case prepositions[x.key(k+1)] && k+2 < len(x.toks):
				ci = x.chunkOf[x.skipSourceModifiers(k+2, t.unit, len(x.toks))]
			case k > 0 && x.toks[k-1].kind == word:
				ci = x.chunkOf[k-1]
			}
			if ci < 0 {
				// "a spokeswoman for the agency", "a council spokesman".
				if d, _, ok := x.descAt(k, t.unit, len(x.toks)); ok && d.org != "" && d.head == t.key {
					if n := art.orgNamedBy(ref{kind: refDesc, para: pi, tok: k, head: d.org, definite: true}); n != "" && !take(n, true) {
						return "", false
					}
				} else if k > 0 && !x.toks[k-1].cap && orgHeads[x.toks[k-1].key] {
					if n := art.orgNamedBy(ref{kind: refDesc, para: pi, tok: k, head: x.toks[k-1].key, definite: true}); n != "" && !take(n, true) {
						return "", false
					}
				}
				continue
			}
			if c := x.chunks[ci]; (c.kind == namePerson || c.title != nil) && x.key(k+1) == "for" && !c.poss && c.kind != nameOrg && !c.titleOnly() {
				if x.isPunct(c.last+1, ",") && c.last+2 < len(x.toks) && x.chunkOf[c.last+2] >= 0 && x.chunks[x.chunkOf[c.last+2]].kind == namePerson {
					// "A spokesman for Mr Osei-Bonsu, Richard
					// Talbot-Lowe, said": the spokesman is named.
					continue
				}
				// "A spokeswoman for Ms Pemberton-Hayes said": the
				// person she speaks for, but not an office alone ("a
				// spokesman for the Prime Minister").
				if !take(art.nameOf(pi, ci), false) {
					return "", false
				}
				continue
			}
			if x.chunks[ci].kind == namePerson || x.chunks[ci].title != nil {
				continue
			}
			if c := x.chunks[ci]; x.isPunct(c.last+1, ",") && c.last+2 < len(x.toks) && x.chunkOf[c.last+2] >= 0 && x.chunks[x.chunkOf[c.last+2]].kind == namePerson && !x.chunks[x.chunkOf[c.last+2]].poss {
				continue // "A spokesman for the Bureau of Prisons, Randy Herrera, said": the spokesman is named
			}
			if !take(art.bodyName(pi, ci), true) {
				return "", false
			}
		}
	}
	return name, org
}

// spokesGender returns the gender a noun for a spokesperson gives, or 0.
func spokesGender(key string) byte {
	switch key {
	case "spokesman", "spokesmen":
		return 'm'
	case "spokeswoman", "spokeswomen":
		return 'f'
	}
	return 0
}

// definiteSpokes reports whether r's paragraph speaks of "the
// spokeswoman" or "the spokesman" before r, one introduced before.
func (art *article) definiteSpokes(r ref) bool {
	x := art.paras[r.para]
	for k := 1; k < r.tok && k < len(x.toks); k++ {
		if spokesHeads[x.key(k)] && x.key(k-1) == "the" {
			return true
		}
	}
	return false
}

// describedSubject reports whether no one is named as the subject of a
// sentence before a pronoun in its paragraph, nearer than a description.
func (art *article) describedSubject(r ref) bool {
	m := art.paraSubject(r)
	return m == nil || m.chunk < 0
}

// unnamedSubject reports whether the nearest subject before a pronoun in
// its paragraph is someone the article does not name.
func (art *article) unnamedSubject(r ref) bool {
	m := art.paraSubject(r)
	return m != nil && m.chunk < 0 && m.name == ""
}

// paraSubject returns the mention of the nearest subject before r in its
// paragraph, or nil. A body that is the subject only of a relative clause
// after it does not count: in "A spokeswoman for the Panel, which advises
// ministers, said", the spokeswoman is.
func (art *article) paraSubject(r ref) *mention {
	for m := range art.mentionsBack(r) {
		if m.para != r.para {
			return nil
		}
		if m.subject && !art.relativeSubject(m) {
			return m
		}
	}
	return nil
}

// relativeSubject reports whether the body m is set off by a comma before
// a relative clause after the preposition of a spokesperson: "A
// spokeswoman for the Panel, which advises ministers,".
func (art *article) relativeSubject(m *mention) bool {
	if m.chunk < 0 || m.kind != nameOrg {
		return false
	}
	x := art.paras[m.para]
	c := x.chunks[m.chunk]
	p := c.first - 1
	if x.key(p) == "the" {
		p--
	}
	return x.isPunct(c.last+1, ",") && relativeWords[x.key(c.last+2)] && prepositions[x.key(p)] && spokesHeads[x.key(p-1)]
}

// byTitle finds the nearest person named before a description whose titles
// hold its head noun and match its capitalised modifiers: "the Mexican
// president" is the person the corpus calls "Mexican President".
func (art *article) byTitle(ix *nameIndex, r ref) string {
	if m := art.titled(ix, r); m != nil {
		return m.name
	}
	return ""
}

// titled returns the mention byTitle finds, or nil. When no one named
// before the description bears its title, the first named after it who
// does: "He has, according to his agent, “…”" before "Joaquim Pestana,
// the player's agent".
func (art *article) titled(ix *nameIndex, r ref) *mention {
	if mods := art.portfolio(r); slices.ContainsFunc(mods, func(k string) bool { return !genericModifiers[k] }) {
		// "the justice secretary": one named before with the portfolio
		// in their title too, before a nearer union's "general
		// secretary".
		holders := func(yield func(*mention) bool) {
			for m := range art.mentionsBack(r) {
				if holdsPortfolio(ix, m, mods) && !yield(m) {
					return
				}
			}
		}
		if m := art.titledIn(ix, r, holders, false); m != nil {
			return m
		}
	}
	back := art.titledIn(ix, r, art.mentionsBack(r), false)
	if back != nil && (titledExactly(ix, back, r.head) || !art.titleBorne(ix, r.head)) {
		return back
	}
	after := art.titledIn(ix, r, art.mentionsAfter(r), false)
	if after != nil && (titledExactly(ix, after, r.head) || !art.titleBorne(ix, r.head)) {
		return after
	}
	// Someone bears the title itself, not only one of its aliases: "Head
	// coach Ray Castellano" is "Coach", not "General manager Mark
	// Tollefson" named nearer.
	if m := art.titledIn(ix, r, art.mentionsBack(r), true); m != nil {
		return m
	}
	if m := art.titledIn(ix, r, art.mentionsAfter(r), true); m != nil {
		return m
	}
	if back != nil {
		return back
	}
	if after != nil {
		return after
	}
	return art.leader(ix, r)
}

// specialistNoun reports whether key names one person by a field or a
// trade in "-ist" or "-ian": "agriculturist", "geologist", "librarian".
func specialistNoun(key string) bool {
	return len(key) > 6 && (strings.HasSuffix(key, "ist") || strings.HasSuffix(key, "ian")) && !demonym.Is(key)
}

// leaderHeads are the titles of one in charge of a body or a venture,
// with the kind of charge leadsAfter gives them.
var leaderHeads = map[string]byte{
	"director": 'r', "executive": 'r', "head": 'r', "vice-chancellor": 'r', "principal": 'r',
	"headteacher": 'r', "headmaster": 'r', "headmistress": 'r', "manager": 'r', "boss": 'r',
	"leader": 'r', "chair": 'c', "chairman": 'c', "chairwoman": 'c', "chairperson": 'c',
	"convener": 'v', "convenor": 'v',
}

// leader returns, for a description of one in charge that no titled
// person answers, the one person the article says is in charge of
// something in that way: "in what its artistic director called “a slow
// death sentence”" before "Imogen Threlfall, who has run the Gantry since
// 2019, said". It returns nil when there is no such person or more than
// one, when that person has a title of their own, or when anyone named
// holds an office of the kind: "Airport boss says" is not "Shireen
// Mahmoud-Clarke, who runs a travel agency" when the article names the
// airport's managing director.
func (art *article) leader(ix *nameIndex, r ref) *mention {
	kind := leaderHeads[r.head]
	if kind == 0 || pluralDesc(r.head) || art.paras[r.para].headOf(r) {
		return nil
	}
	var found *mention
	for i := range art.mentions {
		m := &art.mentions[i]
		if m.kind == nameOrg || !m.personal && m.leads == 0 {
			continue
		}
		for t := range titleWords(ix, m) {
			if leaderHeads[t] == kind {
				return nil
			}
		}
		if m.leads != kind || m.kind != namePerson {
			continue
		}
		if len(m.titles) > 0 && !allHonorifics(m.titles) && !(kind != 'r' && allMembers(m.titles)) || len(m.roles) > 0 || found != nil && found.name != m.name {
			return nil
		}
		if found == nil {
			found = m
		}
	}
	return found
}

// memberTitles are the titles of members of an elected body, who may
// chair or convene one of its committees: "Councillor Douglas Rennie, who
// convenes the licensing committee," is "the convener".
var memberTitles = set(`councillor councilor cllr coun senator sen representative rep mp msp mep mla`)

// allMembers reports whether every title is an honorific or a member's.
func allMembers(titles []string) bool {
	return !slices.ContainsFunc(titles, func(t string) bool { return !memberTitles[t] && !isHonorific(t) })
}

// headOf reports whether the head noun of the description r is followed
// by what it is the head of: "the chair of the residents’ association"
// is none of the charges the article names with a verb.
func (x *para) headOf(r ref) bool {
	for h := r.tok; h < len(x.toks) && h <= r.tok+5; h++ {
		if x.toks[h].kind == word && x.key(h) == r.head {
			return x.word(h+1, x.toks[h].unit) && (x.key(h+1) == "of" || x.key(h+1) == "at")
		}
	}
	return false
}

// opening reports whether x is the story's first paragraph of prose,
// after at most a standfirst.
func (art *article) opening(x *para) bool {
	if x.p.Kind != corpus.KindText || x.headlineStyle() {
		return false
	}
	for _, p := range art.paras[:x.index] {
		if p.p.Kind == corpus.KindText && !p.standfirst() {
			return false
		}
	}
	return true
}

// forceWords end the name of a police force.
var forceWords = set(`police constabulary garda gardaí`)

// policeForce returns the one police force the article names before r,
// or when r opens the story and none is, the one it names within three
// paragraphs after; or "" when there is none, or more than one.
func (art *article) policeForce(r ref) string {
	force := func(m *mention) bool {
		return m.kind == nameOrg && m.chunk >= 0 && len(m.keys) > 1 && forceWords[m.keys[len(m.keys)-1]]
	}
	name, ok := soleBody(art.mentionsBack(r), force, nil)
	if !ok || name != "" || !art.opening(art.paras[r.para]) {
		return name
	}
	name, _ = soleBody(art.mentionsAfter(r), force, func(m *mention) bool { return m.para > r.para+3 })
	return name
}

// speaks reports whether the person a mention names is quoted somewhere
// in the article or is the subject of a verb of speech: "Judge X
// certified a class. ¶ “…,” X wrote", not "Officer Liam Grant, 29,
// suffered a broken leg".
func (art *article) speaks(m *mention) bool {
	for i := range art.mentions {
		o := &art.mentions[i]
		if o.name != m.name || o.chunk < 0 {
			continue
		}
		x := art.paras[o.para]
		if art.speakers[[2]int{o.para, o.chunk}] || x.reportsAfter(x.chunks[o.chunk]) {
			return true
		}
	}
	return false
}

// soleBody returns the name of the one body of ms that is, read until
// stop (or to the end when stop is nil), and true; or "" and false when
// there are more than one.
func soleBody(ms iter.Seq[*mention], is, stop func(*mention) bool) (string, bool) {
	name := ""
	for m := range ms {
		if stop != nil && stop(m) {
			break
		}
		if is(m) {
			if name != "" && name != m.name {
				return "", false
			}
			name = m.name
		}
	}
	return name, true
}

// ledeTitled returns, for an indefinite description opening the story,
// the person the body then names with its title, or "": "in what a
// judge described as “…”" before "Judge Eleanor Achterberg said". The
// body must name them within three paragraphs, no one named before may
// bear the title, and "one analyst" is someone left unnamed; so is a
// heading's "union chief", which has lost its article.
func (art *article) ledeTitled(ix *nameIndex, r ref) string {
	x := art.paras[r.para]
	if r.definite || r.pron != "" || r.org != "" || pluralDesc(r.head) || !art.opening(x) ||
		x.key(r.tok) != "a" && x.key(r.tok) != "an" {
		return ""
	}
	if x.headBefore(r) {
		return "" // "after a teacher was stabbed … a teacher said": another one
	}
	if art.titledIn(ix, r, art.mentionsBack(r), false) != nil {
		return ""
	}
	return art.soleHolder(ix, r)
}

// soleHolder returns the one person named within three paragraphs after
// r with r's title exactly, when the article quotes them or has them
// speak somewhere; or "" when no one or more than one such person is
// named there, or a former holder: "assistant coroner Emma Hurst" beside
// "senior coroner Andrew Cox" leaves "a coroner" open.
func (art *article) soleHolder(ix *nameIndex, r ref) string {
	name := ""
	for m := range art.mentionsAfter(r) {
		if m.para > r.para+3 {
			break
		}
		if m.para == r.para || art.titledIn(ix, r, func(yield func(*mention) bool) { yield(m) }, true) == nil {
			continue
		}
		if slices.Contains(m.titles, "former") || !art.speaks(m) || name != "" && name != m.name {
			return ""
		}
		name = m.name
	}
	return name
}

// titleWords returns the words of the titles a mention gives the person
// it names and those the corpus gives them anywhere.
func titleWords(ix *nameIndex, m *mention) map[string]bool {
	ts := make(map[string]bool)
	for _, t := range m.titles {
		ts[t] = true
	}
	if m.person >= 0 {
		for t := range ix.people[m.person].titles {
			ts[t] = true
		}
	}
	return ts
}

// holdsPortfolio reports whether the person a mention names has every
// word of mods that is not generic among their titles: "Justice
// Secretary Alan Merriweather" holds "justice".
func holdsPortfolio(ix *nameIndex, m *mention, mods []string) bool {
	ts := titleWords(ix, m)
	for _, k := range mods {
		if !genericModifiers[k] && !titleMatches(k, ts) {
			return false
		}
	}
	return true
}

// titleBorne reports whether a person the article mentions bears the
// title t itself. Someone unnamed before everyone named with the title or
// one of its aliases is no rival, unless said not to be named: "A high
// court judge has upheld …" in the lede does not keep "the judge" from
// "Mrs Justice X" named after, but "a district judge, who was not
// named," after X does.
func (art *article) titleBorne(ix *nameIndex, t string) bool {
	fp, ft := -1, -1 // the first person named with the title or an alias
	for i := range art.mentions {
		m := &art.mentions[i]
		if m.personal && m.kind != nameOrg && (m.chunk >= 0 || m.name != "") && bearsTitle(ix, m, t) && (fp < 0 || before(m.para, m.tok, fp, ft)) {
			fp, ft = m.para, m.tok
		}
	}
	return slices.ContainsFunc(art.mentions, func(m mention) bool {
		if !m.personal || m.kind == nameOrg || !titledExactly(ix, &m, t) {
			return false
		}
		return m.chunk >= 0 || m.name != "" || m.anonymous || fp < 0 || !before(m.para, m.tok, fp, ft)
	})
}

// titledExactly reports whether the person a mention names is given the
// title t itself or a short form of it ("Gov.", "Lt. Col."), not another
// office that may stand for it ("manager" for "coach").
func titledExactly(ix *nameIndex, m *mention, t string) bool {
	return titledAs(ix, m, t) || slices.ContainsFunc(titleAliases[t], func(a string) bool {
		return shortTitle(a, t) && titledAs(ix, m, a)
	})
}

// shortTitle reports whether alias a is title t or its short form: its
// last word is t, or is t's first letter and some of the letters after it,
// in order ("gov", "supt", "lt col").
func shortTitle(a, t string) bool {
	ws := strings.Fields(a)
	if len(ws) == 0 || t == "" {
		return false
	}
	w := ws[len(ws)-1]
	if w == t {
		return true
	}
	if w[0] != t[0] {
		return false
	}
	i := 0
	for j := 0; j < len(t) && i < len(w); j++ {
		if t[j] == w[i] {
			i++
		}
	}
	return i == len(w)
}

// mentionsAfter yields the mentions written after r, nearest first, at
// most maxLookBack of them.
func (art *article) mentionsAfter(r ref) iter.Seq[*mention] {
	return func(yield func(*mention) bool) {
		first := art.mentionsBefore(r.para, r.tok+1)
		for k := first; k < len(art.mentions) && k < first+maxLookBack; k++ {
			if !yield(&art.mentions[k]) {
				return
			}
		}
	}
}

// titledOtherwise reports whether the article gives the person named
// name a title, but not the head of the description r: "presenter Jonny
// Ackroyd" is not "the keeper".
func (art *article) titledOtherwise(ix *nameIndex, r ref, name string) bool {
	for m := range art.mentionsBack(r) {
		if m.name == name && (len(m.roles) > 0 || slices.ContainsFunc(m.titles, roleNoun)) {
			return !bearsTitle(ix, m, r.head)
		}
	}
	return false
}

// titledIn returns the first of ms that bears r's title, or with exact
// the title itself rather than an alias, and matches its modifiers, or
// nil.
func (art *article) titledIn(ix *nameIndex, r ref, ms iter.Seq[*mention], exact bool) *mention {
	for m := range ms {
		if !m.personal || m.kind == nameOrg {
			continue
		}
		if !bearsTitle(ix, m, r.head) || exact && !titledExactly(ix, m, r.head) {
			continue
		}
		if !titledAs(ix, m, r.head) && slices.ContainsFunc(art.descModifiers(r), func(k string) bool { return !genericModifiers[k] }) {
			continue // "the prime minister" is not "Energy Secretary X"
		}
		if otherPortfolio(art.portfolio(r), m.titles, r.head) {
			continue // "the environment minister" is not "the forestry minister, Craig Tolhurst,"
		}
		ts := titleWords(ix, m)
		ok := true
		for _, c := range r.caps {
			// "the Republican governor" is "Gov. Harlan Beckwith", whose
			// title names no party, but "the Liberal leader" is not the
			// "Conservative Leader": a party's leader is named by it.
			if (partyNouns[c] || partyNames[c]) && r.head != "leader" && !partyTitled(ts) {
				continue
			}
			if demonym.Is(c) && !demonymTitled(ts) {
				// "The Portuguese coach" is the manager "Rui Fontes",
				// whose title gives no nationality to match.
				continue
			}
			if !genericModifiers[c] && !titleMatches(c, ts) {
				ok = false
				break
			}
		}
		if ok {
			return m
		}
	}
	return nil
}

// otherPortfolio reports whether the words of a mention's title, in
// order, give the office head with a word of its own before it that is
// none of mods, the words before head in a description: "the forestry
// minister, Craig Tolhurst," is not "the environment minister".
func otherPortfolio(mods, title []string, head string) bool {
	if !slices.ContainsFunc(mods, func(k string) bool { return !genericModifiers[k] }) {
		return false
	}
	i := slices.Index(title, head)
	if i < 1 {
		return false
	}
	k := title[i-1]
	if genericModifiers[k] || stopwords[k] || determiners[k] || isTitleKey(k) || slices.Contains(mods, k) {
		return false
	}
	return true
}

// partyTitled reports whether a party is among the words of titles ts.
func partyTitled(ts map[string]bool) bool {
	for t := range ts {
		for _, w := range strings.Fields(t) {
			if partyNouns[w] || partyNames[w] {
				return true
			}
		}
	}
	return false
}

// demonymTitled reports whether a demonym is among the words of titles
// ts.
func demonymTitled(ts map[string]bool) bool {
	for t := range ts {
		if slices.ContainsFunc(strings.Fields(t), demonym.Is) {
			return true
		}
	}
	return false
}

// bearsTitle reports whether the person a mention names is given the
// title head, or one of its aliases, there or anywhere in the corpus.
func bearsTitle(ix *nameIndex, m *mention, head string) bool {
	return titledAs(ix, m, head) || slices.ContainsFunc(titleAliases[head], func(t string) bool { return titledAs(ix, m, t) })
}

// titledAs reports whether the person a mention names is given the title
// t itself, there or anywhere in the corpus.
func titledAs(ix *nameIndex, m *mention, t string) bool {
	ws := strings.Fields(t)
	if len(ws) > 1 {
		// A title of several words, "rt rev", is given when its words
		// are, in order in the mention's title or all in the person's.
		for i := 0; i+len(ws) <= len(m.titles); i++ {
			if slices.Equal(m.titles[i:i+len(ws)], ws) {
				return true
			}
		}
		return m.person >= 0 && !slices.ContainsFunc(ws, func(w string) bool { return !ix.people[m.person].titles[w] })
	}
	if i := slices.Index(m.titles, t); i >= 0 && i+1 < len(m.titles) && t == "chief" && isTitleKey(m.titles[i+1]) && !slices.Contains(m.titles[i+1:], t) {
		return false // "Chief Executive Adwoa Frimpong-Manso" is no "chief"
	}
	return slices.Contains(m.titles, t) || m.person >= 0 && ix.people[m.person].titles[t]
}

// affiliation reports whether a mention of an organisation only says
// where someone works: "senior economist at Kauri Bank", "an analyst with
// Peel Hunt".
func (art *article) affiliation(m *mention) bool {
	if m.chunk < 0 {
		return false
	}
	x := art.paras[m.para]
	f := x.chunks[m.chunk].first
	if f < 2 || x.key(f-1) != "at" && x.key(f-1) != "with" {
		return false
	}
	return x.word(f-2, x.toks[f].unit) && !x.toks[f-2].cap && (roleNoun(x.key(f-2)) || titles[x.key(f-2)])
}

// onlyAffiliation reports whether every mention of the organisation name
// only says where someone works.
func (art *article) onlyAffiliation(name string) bool {
	for i := range art.mentions {
		if m := &art.mentions[i]; m.name == name && !art.affiliation(m) {
			return false
		}
	}
	return true
}

// leftFrom reports whether m names a body someone came from, not the one
// the story is about: "The 46-year-old, who arrived from Dunfermline
// Athletic last year,", "signed from Rovers".
func (art *article) leftFrom(m *mention) bool {
	if m.chunk < 0 {
		return false
	}
	x := art.paras[m.para]
	f := x.chunks[m.chunk].first
	if x.key(f-1) == "the" {
		f--
	}
	return f >= 2 && x.key(f-1) == "from" && x.word(f-2, x.toks[f].unit) && moveVerbs[x.key(f-2)]
}

// moveVerbs tell of someone moving from one body to another: "arrived
// from", "joined from".
var moveVerbs = set(`arrived came joined moved signed transferred switched defected poached
	recruited hired arrives comes joins moves signs`)

// parentNamed reports whether m names the parent of a company the
// sentence is about: "Verdane Polymers, a subsidiary of the Dutch-owned
// Kessling Group,", "KCM, which is majority-owned by Hong Kong-listed
// Orient Crest Resources,".
func (art *article) parentNamed(m *mention) bool {
	if m.chunk < 0 {
		return false
	}
	x := art.paras[m.para]
	f := x.chunks[m.chunk].first
	u := x.toks[f].unit
	for k := f - 1; k >= 1 && k >= f-5 && x.word(k, u); k-- {
		switch x.key(k) {
		case "of":
			return subsidiaryNouns[x.key(k-1)]
		case "by":
			p := x.key(k - 1)
			return x.word(k-1, u) && (strings.HasSuffix(p, "owned") || p == "controlled" || p == "acquired") && x.ownedIsOrg(u, k)
		}
	}
	return false
}

// ownedIsOrg reports whether what sentence u says is owned before
// toks[by] is a company, the first name in the sentence: "KCM, which is
// majority-owned by …", but not "Haddley Mill Reservoir, built in the
// 1880s, is privately owned by Corrigan Holdings Ltd". With no name
// before it, it is a company when a noun says so: "The company is
// majority-owned by …", "a cruise line owned by …", but not "The dam is
// owned by …", "a power line owned by …".
func (x *para) ownedIsOrg(u, by int) bool {
	for k := x.ustart[u]; k < by; k++ {
		if c := x.chunkOf[k]; c >= 0 {
			return x.chunks[c].kind == nameOrg
		}
		if key := x.key(k); x.word(k, u) && (corporateHeads[key] || businessNouns[key] || subsidiaryNouns[key] || orgHeads[key]) && (key != "line" || x.carrierLine(k)) {
			return true // but "a power line owned by Range Crest Power & Light"
		}
	}
	return false
}

// nounBefore returns the key of the lower-case word, not a possessive,
// written right before the name mention m: "utility" for "State-owned
// utility Águas do Centro". It returns "" when there is none.
func (art *article) nounBefore(m *mention) string {
	x := art.paras[m.para]
	if m.chunk >= 0 {
		// "the retailer Pinebrook Home": the noun taken in as a title.
		if c := x.chunks[m.chunk]; c.kind == nameOrg && c.nameFirst > c.first && x.toks[c.nameFirst-1].kind == word && !x.toks[c.nameFirst-1].cap {
			return x.key(c.nameFirst - 1)
		}
	}
	if m.tok == 0 || m.tok > len(x.toks) {
		return ""
	}
	if p := x.toks[m.tok-1]; p.kind != word || p.cap || p.poss {
		return ""
	}
	return x.key(m.tok - 1)
}

// headlineOrg returns the organisation the headline names that the text
// after r's paragraph names first, or "": "SkyMeridian cuts 1,400
// flights" over "Carrier blames a training backlog and “aggressive
// poaching”" and a story that goes on "SkyMeridian will cancel …". When
// r's own paragraph names a body, "the company" may be any other ("The
// company, which overtook Tesla in sales, said" under "Tesla shares
// slide as Chinese rival cuts prices"), so none is.
func (art *article) headlineOrg(r ref) string {
	for k := art.mentionsBefore(r.para, 0); k < len(art.mentions); k++ {
		m := &art.mentions[k]
		if m.kind != nameOrg || m.name == "" {
			continue
		}
		if m.para == r.para {
			return ""
		}
		if containsRun(art.title, m.keys) && !art.publicBody(m.name) {
			return m.name
		}
	}
	return ""
}

// otherOrgSince reports whether a name other than m's, neither a
// person's nor a place's, is written from the start of m's paragraph up
// to r.
func (art *article) otherOrgSince(m *mention, r ref) bool {
	for o := range art.mentionsBack(r) {
		if o.para < m.para {
			break
		}
		if o.kind != namePerson && o.chunk >= 0 && !art.paras[o.para].chunks[o.chunk].place && o.name != "" && o.name != m.name {
			return true
		}
	}
	return false
}

// orgByHead finds the organisation named before "the foundation" or "the
// company": the nearest whose name holds the noun, or for a company, a
// company's name.
func (art *article) orgByHead(r ref) string {
	if n := art.describedBody(r); n != "" {
		return n
	}
	if n := art.describedAhead(r); n != "" {
		return n
	}
	corporate := corporateHeads[r.head]
	// "The dam is built by Turkish firm Selvan Hydro Engineering. In a
	// statement, the company said": the business the paragraph
	// introduces as one.
	// So is the one the paragraph before introduces as one: "State-owned
	// utility Águas do Centro said … ¶ “…,” the utility said", "The
	// retailer Pinebrook Home filed … ¶ The company said", "relief for
	// the charity ReliefBridge India ¶ The charity said". For "the
	// company", a business introduced up to three paragraphs back still
	// is, when no other body but a public one has been named since:
	// "Ferry operator Hebridean Sound Ferries said … ¶ Managing director
	// X said: … ¶ … ¶ The company said".
	other := false
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 && (!corporate || other || m.para < r.para-3) {
			break
		}
		if n := art.nounBefore(m); m.kind == nameOrg && m.chunk >= 0 && n != "" && (corporate && corporateHeads[n] || n == r.head) {
			if !corporate && art.otherOrgSince(m, r) {
				// "The European Medicines Agency … told the news agency
				// AFP. ¶ “…,” the agency said": a source, a former
				// club or an aside beside the body the story is about.
				break
			}
			return m.name
		}
		other = other || m.kind == nameOrg && !art.publicBody(m.name)
	}
	if n := art.orgSpokeLast(r, true); corporate && n != "" && !art.publicBody(n) && !art.namesPerson(n) && !art.otherSubject(n, r, 0) && !art.otherOrgIn(n, r) &&
		!slices.ContainsFunc(strings.Fields(strings.ToLower(n)), func(k string) bool { return unionWords[k] }) {
		// "Aerovance said … “…” — “…,” the company said": the company
		// that spoke last, whatever its name says, unless a sentence
		// since is about someone else ("Tien Shan rejected that.").
		return n
	}
	if looseHeads[r.head] {
		// "A spokesperson for the Yorkshire Animal Rescue League said …
		// ¶ “…,” the charity said": the body that spoke just before,
		// when the noun may stand for any body that is no business.
		if n := art.looseSpokeLast(r, 0); n != "" {
			return n
		}
	}
	if publicHeads[r.head] {
		// "According to X, …, and the agency's report": the one
		// organisation named before it in the sentence.
		if n := art.sentenceOrg(r); n != "" {
			return n
		}
	}
	if mods := art.descModifiers(r); len(mods) > 0 {
		// "the employers’ association": the association whose name
		// holds the words that describe it, the nearest of several.
		described := func(m *mention) bool {
			return m.kind == nameOrg && slices.Contains(m.keys, r.head) && !slices.ContainsFunc(mods, func(k string) bool {
				return !slices.ContainsFunc(m.keys, func(mk string) bool { return sameStem(mk, k) })
			})
		}
		for m := range art.mentionsBack(r) {
			if described(m) {
				return m.name
			}
		}
		if corporate {
			// "Severn Water was fined … “…,” the water company said": a
			// business whose name holds the words that describe it,
			// though not the noun, when it is the only business the
			// article has named; a public body ("the regulator Ofwat")
			// is none. With two ("Ofgem fined British Gas, while Octopus
			// Energy was cleared"), the rules below choose.
			only, holds := "", false
			for m := range art.mentionsBack(r) {
				if m.kind != nameOrg || m.chunk < 0 || art.publicBody(m.name) || publicHeads[art.nounBefore(m)] {
					continue
				}
				if only != "" && m.name != only {
					only = ""
					break
				}
				only = m.name
				holds = !slices.ContainsFunc(mods, func(k string) bool {
					return !slices.ContainsFunc(m.keys, func(mk string) bool { return sameStem(mk, k) })
				})
			}
			if only != "" && holds {
				return only
			}
		}
		if publicHeads[r.head] {
			// "the customs agency" of "the Uganda Customs and Border
			// Protection Service": a public body whose name holds the
			// words, though another noun for its kind.
			for m := range art.mentionsBack(r) {
				if m.kind == nameOrg && slices.ContainsFunc(m.keys, func(k string) bool { return publicWords[k] }) && !slices.ContainsFunc(mods, func(k string) bool {
					return !slices.ContainsFunc(m.keys, func(mk string) bool { return sameStem(mk, k) })
				}) {
					return m.name
				}
			}
		}
		if art.paras[r.para].standfirst() {
			// "… as epilepsy patients’ alliance decries “extortion”"
			// under the headline: the body the story names later.
			for i := range art.mentions {
				if m := &art.mentions[i]; m.para > r.para && described(m) {
					return m.name
				}
			}
		}
	}
	if corporate || looseHeads[r.head] {
		// "Ferry operator Atlantica Linhas Maritimas said it had added
		// crossings. “…,” the company said": the organisation that is
		// the subject of a sentence before, in the same paragraph, before
		// any company named in an earlier one ("Vaultline itself said
		// little. In a blog post, the company said"). So for a noun that
		// may stand for any body: "Faith and Order Wales was less
		// conciliatory. In a post, the group called …".
		for m := range art.mentionsBack(r) {
			if m.para != r.para {
				break
			}
			if m.kind == nameOrg && m.subject && !art.publicBody(m.name) && (corporate || art.looseSubject(m, r)) {
				return m.name
			}
			if corporate && art.speakingUnknown(m) {
				return m.name // "FundNaija said in a statement that …"
			}
		}
	}
	if corporate {
		if n := art.bodySaidBefore(r); n != "" {
			// "Eastern Crown Trains said 212 of its services had been
			// cancelled. ¶ In a statement, the operator said: “…”"
			return n
		}
	}
	if corporate {
		// "The tour is promoted by Meridian Live, which runs the ticket
		// platform. In a statement, the company said": the one body
		// the paragraph names before, though not as its subject, unless
		// it only employs someone ("an analyst at Kauri Bank") or the
		// story is about another company.
		only := ""
		for m := range art.mentionsBack(r) {
			if m.para != r.para {
				break
			}
			if m.kind != nameOrg || art.publicBody(m.name) || m.name == "" {
				continue
			}
			if art.paras[m.para].addressed(m.tok - 1) {
				continue // "In a statement to the London Stock Exchange"
			}
			if x, k := art.paras[m.para], m.tok-1; len(m.keys) == 1 && platforms[m.keys[0]] && (x.key(k) == "on" || x.key(k) == "via") &&
				(messageNouns[x.key(k-1)] || spokenMedia[x.key(k-1)] || x.key(k-1) == "statement" || pageNouns[x.key(m.tok+1)]) {
				continue // "In a post on Facebook, the winery wrote": where, not who
			}
			if only != "" && only != m.name || art.affiliation(m) || art.parentNamed(m) {
				only = ""
				break
			}
			only = m.name
		}
		if n := art.mainOrg(r); only != "" && (n == "" || n == only || art.noBusiness(n)) {
			// Not a source the story about another company cites:
			// "according to data compiled by Bloomberg"; but a school or
			// a public body the story is about is no company.
			return only
		}
	}
	if corporate {
		// "The Kuala Lumpur-based carrier said": a company whose name
		// says it is one of the kind before any other company, however
		// near ("Meridian Pacific Airlines grounded jets with Halcyon
		// Aero Engines Ltd. engines").
		for m := range art.mentionsBack(r) {
			if m.kind == nameOrg && !art.parentNamed(m) && !art.affiliation(m) && !(r.head != "corporation" && civicName(m.keys)) && slices.ContainsFunc(m.keys, func(k string) bool {
				return headWord(k, r.head)
			}) {
				return m.name
			}
		}
	}
	affiliation := ""
	for m := range art.mentionsBack(r) {
		// A place whose name ends in the noun, or opens with it before
		// "of", is the body that runs it: "Cedar Hollow Adventure Park …
		// the park said", "the Port of Holmhaven … the port said".
		place := m.kind == nameOther && len(m.keys) > 1 && (m.keys[len(m.keys)-1] == r.head || len(m.keys) > 2 && m.keys[0] == r.head && m.keys[1] == "of")
		if m.kind != nameOrg && !place {
			continue
		}
		if corporate && art.parentNamed(m) {
			continue // the subsidiary is the company the story is about
		}
		if corporate && r.head != "corporation" && civicName(m.keys) {
			continue // "the company" is not the Ranipur Municipal Corporation
		}
		// A company described as a business counts as one: "Borneo
		// Verdant Agri, a palm oil producer".
		kinds := art.orgKinds[m.name]
		if modifierOnly(m.keys, r.head) && !slices.Contains(kinds, r.head) {
			continue // "the charity" is not the Charity Commission
		}
		if r.head == "body" && slices.ContainsFunc(m.keys, func(k string) bool { return groupNouns[k] || len(k) > 5 && strings.HasSuffix(k, "ers") }) {
			continue // "the governing body" is not the Rugby Players’ Welfare Association
		}
		named := synonymEnd(m.keys, r.head)
		for i, key := range slices.Concat(m.keys, kinds) {
			// A word of the name that only a company's has counts, but
			// of the nouns the article describes the body with, only
			// one for a business: "Clean Air Action Europe, the group
			// that filed the complaint" is no company.
			inName := i < len(m.keys)
			if named || headWord(key, r.head) ||
				corporate && inName && (corporateWords[strings.TrimSuffix(key, ".")] || entity.IsLegalForm(strings.TrimSuffix(key, ".")) || subsidiaryNouns[key]) ||
				corporate && !inName && (corporateHeads[key] || businessNouns[key]) {
				if art.affiliation(m) {
					// "an economist at Kauri Bank" names where a
					// speaker works, not the bank the story is about.
					if affiliation == "" {
						affiliation = m.name
					}
					break
				}
				return m.name
			}
		}
	}
	if affiliation != "" {
		if n := art.mainOrg(r); corporate && n != "" && n != affiliation && art.onlyAffiliation(affiliation) {
			// "Haruka Tanimoto-Hughes, a consumer analyst at Brackwell
			// Partners, said … ¶ The company said": the firm the story
			// is about, not the one that only employs a commentator.
			return n
		}
		return affiliation
	}
	switch {
	case corporate:
		if n := art.mainOrg(r); n != "" || r.para > 0 {
			return n
		}
		return art.headlineOrg(r)
	case publicHeads[r.head]:
		// "the regulator", "the agency": the public body quoted last,
		// else the nearest public body.
		if n := art.orgSpokeLast(r, false); n != "" && !art.otherSubject(n, r, 0) &&
			(art.publicBody(n) || art.plainName(strings.Fields(strings.ToLower(n)), n, r.head)) {
			// Or one whose name says of no other kind: "In a statement,
			// National Highways said … ¶ “…,” a spokesperson said.
			// ¶ The agency added".
			return n
		}
		public := func(m *mention) bool {
			return m.kind == nameOrg && slices.ContainsFunc(m.keys, func(k string) bool { return publicWords[k] })
		}
		for m := range art.mentionsBack(r) {
			if m.para != r.para {
				break
			}
			if public(m) && !slices.ContainsFunc(m.keys, func(k string) bool { return k == "court" || k == "tribunal" }) {
				// "Harwick & Lisle has been fined by the Markets Conduct
				// Authority for what the regulator called “…”", but not
				// "applied to the High Court … the regulator said".
				return m.name
			}
		}
		for m := range art.mentionsBack(r) {
			if m.para != r.para {
				break
			}
			if m.kind == nameOrg && m.main && !slices.ContainsFunc(m.keys, func(k string) bool { return corporateWords[k] }) {
				// "The US Centers for Disease Control and Prevention has
				// recorded four infections. … the agency said": the body
				// a sentence before in the paragraph is about.
				return m.name
			}
		}
		publicActed := false // a public body was a sentence's subject before
		for m := range art.mentionsBack(r) {
			if public(m) && m.main {
				publicActed = true
				break
			}
		}
		for m := range art.mentionsBack(r) {
			if m.para < r.para-1 || publicActed {
				break
			}
			if m.para < r.para && m.kind == nameOrg && m.main && art.plainBody(m, r.head) {
				// "Elections Canada said turnout was … ¶ In a statement,
				// the agency said": the body the paragraph before is
				// about, when its name says of no other kind and no
				// public body has acted in the story ("The FAA grounded
				// the jets. ¶ Boeing said … ¶ the agency said").
				return m.name
			}
		}
		for m := range art.mentionsBack(r) {
			if public(m) {
				return m.name
			}
		}
	case r.head == "body":
		// "World Aquatics … said in a statement … ¶ “…,” the governing
		// body said": the body quoted last.
		if n := art.orgSpokeLast(r, false); n != "" && !art.otherSubject(n, r, 0) {
			return n
		}
	case r.head == "union":
		// "the union said": the trade union named nearest before, in this
		// paragraph or the two before, whatever it calls itself.
		for m := range art.mentionsBack(r) {
			if m.para < r.para-2 {
				break
			}
			if m.kind == nameOrg && slices.ContainsFunc(m.keys, func(k string) bool { return unionWords[k] }) {
				return m.name
			}
		}
		// Further back, only when the article names one union.
		return art.onlyOrg(r, func(m *mention) bool {
			return m.kind == nameOrg && slices.ContainsFunc(m.keys, func(k string) bool { return unionWords[k] })
		})
	case r.head == "bank":
		// "the bank said" where no name says "bank": the company the
		// story is about, when a form of its name says it is a company
		// ("Meridian Crest Financial Corp."), and not a central bank left
		// unnamed.
		if n := art.mainOrg(r); n != "" && art.companyForm(keysOfName(n), r) {
			return n
		}
	case r.head == "school":
		// "Thornbury Vale Academy … ¶ The school says": where no body's
		// name says school, the academy or college named nearest before
		// ("the Academy of Motion Picture Arts and Sciences", "the Royal
		// College of GPs" and "the Electoral College" are none).
		// A university only when no other school is named before, and
		// only one the story is about, the subject of a sentence: "the
		// school said" after "Carrow State University suspended him",
		// but not after "Kensington Academy … a spokesman for Durham
		// University".
		for _, uni := range []bool{false, true} {
			for m := range art.mentionsBack(r) {
				if m.kind == nameOrg && len(m.keys) >= 2 && schoolWords[m.keys[len(m.keys)-1]] && (m.keys[len(m.keys)-1] == "university") == uni &&
					(!uni || art.subjectSomewhere(m.name)) && m.keys[0] != "electoral" && !art.affiliation(m) && !art.publicBody(m.name) {
					return m.name
				}
			}
		}
	case r.head == "club" || r.head == "team":
		// "the club said": the sports club named nearest before.
		for m := range art.mentionsBack(r) {
			// Not "The Athletic", a paper that names itself with its
			// article.
			if m.kind != namePerson && !m.personal && !art.titledThe(m) && !art.leftFrom(m) && slices.ContainsFunc(m.keys, func(k string) bool { return clubWords[k] }) {
				return m.name
			}
		}
	case r.head == "group" || r.head == "organisation" || r.head == "organization":
		// "the group said": the organisation named nearest before, in this
		// paragraph or the one before; of that paragraph's, the subject
		// of its sentence before one it acts on ("The Open Ledger Project
		// called on the Senate Ethics Committee to …").
		nearest, at := "", -1
		for m := range art.mentionsBack(r) {
			if m.para < r.para-1 || at >= 0 && m.para != at {
				break
			}
			if m.kind != nameOrg || art.venue(m) {
				continue
			}
			if m.subject {
				return m.name
			}
			if at < 0 {
				nearest, at = m.name, m.para
			}
		}
		if nearest != "" {
			return nearest
		}
		// "said Leyla Demirci, the group's country director. ¶ The
		// organisation described …": the one the group's description
		// before it means.
		if p, t, ok := art.groupPossessive(r); ok {
			return art.orgByHead(ref{kind: refDesc, para: p, tok: t, chunk: -1, source: -1, head: r.head, definite: true})
		}
	}
	return art.titleBody(r)
}

// describedAhead returns the body that the lines summing up the story
// describe by the noun of r before the body names any ("Dozens of drones
// fell. The company behind the show blamed a “signal loss.”"): the first
// organisation the article names after it, when it sets that one off with
// the noun after "the" ("Skylark Aerial Displays, the Bellmont-based
// company hired to run the show,"), or "". A body named first and not so
// described may be the one meant ("Qantas said … Virgin Australia, a
// rival airline,"), and so may a body named before, or another the
// article sets off with the noun.
func (art *article) describedAhead(r ref) string {
	if !art.lede(art.paras[r.para]) {
		return ""
	}
	for m := range art.mentionsBack(r) {
		if m.kind == nameOrg {
			return "" // a body named before: the description may mean it
		}
	}
	name := ""
	for m := range art.mentionsAfter(r) {
		if m.kind != nameOrg {
			continue
		}
		if m.chunk < 0 {
			return ""
		}
		x := art.paras[m.para]
		c := x.chunks[m.chunk]
		switch {
		case name == "" && x.orgAppositiveHead(c) == r.head && x.key(c.last+2) == "the":
			name = m.name
		case name == "":
			return "" // the first body named is not the one described
		case m.name != name && slices.Contains(art.orgKinds[m.name], r.head):
			return ""
		}
	}
	return name
}

// describedBody returns the body an earlier description with the same
// head named, in r's paragraph or the two before it: the name set off
// after it ("The EU's naval mission in the region, Operation Sentinel
// Tide, said …¶ “…,” the mission said") or else the owner written before
// it ("The FBI's Cleveland field office confirmed …¶ “…,” the field office
// said").
func (art *article) describedBody(r ref) string {
	return art.describedBodyIn(r, 2)
}

// describedBodyIn is describedBody looking back up to back paragraphs.
func (art *article) describedBodyIn(r ref, back int) string {
	for pi := r.para; pi >= max(r.para-back, 0); pi-- {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = min(r.tok+6, len(x.toks)) // the description itself too
		}
		for k := end - 1; k > 0; k-- {
			if x.key(k) != r.head || x.toks[k].cap || x.toks[k].kind != word {
				continue
			}
			u := x.toks[k].unit
			// The name set off after it, perhaps after where it works
			// or a clause on what it does: "mission in the region,
			// Operation Sentinel Tide,", "The union that represents
			// Carverton officers, the Carverton Police Benevolent
			// Association,".
			e := k + 1
			switch n := 5; x.key(e) {
			case "that", "which":
				n = 10
				fallthrough
			case "in", "at":
				for e < k+n && x.word(e, u) && !x.isPunct(e, ",") {
					e++
				}
			}
			n := e + 1
			if x.key(n) == "the" && x.word(n, u) {
				n++
			}
			if c := x.chunkOf[min(n, len(x.toks)-1)]; x.isPunct(e, ",") && c >= 0 && x.chunks[c].first == n && x.chunks[c].kind != namePerson &&
				!x.chunks[c].place && !x.chunks[c].poss && x.isPunct(x.chunks[c].last+1, ",") {
				return art.nameOf(pi, c)
			}
			// The owner: "the FBI's Cleveland field office".
			for b := k - 1; b >= max(k-4, 0) && x.toks[b].kind == word && x.toks[b].unit == u; b-- {
				c := x.chunkOf[b]
				if c >= 0 && x.chunks[c].last == b && x.chunks[c].poss && x.chunks[c].kind == nameOrg {
					return art.nameOf(pi, c)
				}
				// A team's name before the noun: "of the Arden-Solvex
				// team". Not a person's or a place's: "the Harris team",
				// "the England team".
				if c >= 0 && r.head == "team" && b == k-1 && x.chunks[c].last == b && x.key(x.chunks[c].first-1) == "the" && !x.chunks[c].poss &&
					x.chunks[c].kind != namePerson && !x.chunks[c].place {
					if n := art.nameOf(pi, c); !art.namesPerson(n) {
						return n
					}
				}
				if c >= 0 && x.chunks[c].place && !x.chunks[c].poss {
					b = x.chunks[c].first
					continue
				}
				if c >= 0 || !x.modifier(b) {
					break
				}
			}
		}
	}
	return ""
}

// companyForm reports whether a form of the name with keys written
// before r, alone or before an office, says that it is a company:
// "Meridian Crest Financial Corp. Chief Executive Douglas Whitcombe"
// for Meridian Crest.
func (art *article) companyForm(keys []string, r ref) bool {
	corporate := func(k string) bool {
		k = strings.TrimSuffix(k, ".")
		return corporateWords[k] || k == "financial" || k == "bankshares"
	}
	for m := range art.mentionsBack(r) {
		words := m.keys
		if m.kind == namePerson && m.chunk >= 0 {
			words = art.paras[m.para].chunks[m.chunk].title
		} else if m.kind != nameOrg {
			continue
		}
		if i := slices.Index(words, keys[0]); i >= 0 && containsInOrder(words[i:], keys) && slices.ContainsFunc(words[i:], corporate) {
			return true
		}
	}
	return false
}

// unnamedRole reports whether the nearest person described by r's head
// noun, in r's paragraph or the one before, is someone the article does
// not name: "One former senior executive who worked with Mr. Whitcombe"
// before "the former executive".
func (art *article) unnamedRole(r ref) bool {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			break
		}
		if m.personal && m.chunk < 0 && m.name == "" && slices.Contains(m.roles, r.head) {
			return true
		}
		if m.name != "" && (slices.Contains(m.titles, r.head) || slices.Contains(m.roles, r.head)) {
			return false
		}
	}
	return false
}

// indefiniteBefore reports whether r's paragraph, or the one before,
// writes r's head noun before r after "a", "an" or "one" and a few words
// at most, with no name after it: "A Singapore-based crude trader said
// … “…,” the trader said" is someone the article does not name, but "a
// farmer, Tom Reed," is Tom Reed.
func (art *article) indefiniteBefore(r ref) bool {
	for pi := r.para; pi >= 0 && pi >= r.para-1; pi-- {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = r.tok
		}
		for i := 1; i < end; i++ {
			if x.toks[i].kind != word || x.toks[i].cap || x.key(i) != r.head {
				continue
			}
			u := x.toks[i].unit
			n := i + 1
			if x.isPunct(n, ",") {
				n++
			}
			if c := x.chunkOf[min(n, len(x.toks)-1)]; n < len(x.toks) && c >= 0 && x.chunks[c].first == n && x.chunks[c].kind != nameOrg {
				continue // "a farmer, Tom Reed,"
			}
			for k := i - 1; k >= 0 && k >= i-4 && x.word(k, u); k-- {
				if a := x.key(k); a == "a" || a == "an" || a == "one" {
					return true
				}
				if determiners[x.key(k)] || x.verbAt(k) != 0 || prepositions[x.key(k)] {
					break
				}
			}
		}
	}
	return false
}

// keysOfName returns the keys of the words of a name: lower case,
// without a final period.
func keysOfName(name string) []string {
	keys := strings.Fields(strings.ToLower(name))
	for i, k := range keys {
		keys[i] = strings.TrimSuffix(k, ".")
	}
	return keys
}

// titleBody returns the body that an office written before a person's
// name belongs to, when it ends in the description's head: "Marlin Coast
// Regional Council Mayor Trent Adcock said … ¶ The council posted" is
// Marlin Coast Regional Council. The nearest such office before r counts.
func (art *article) titleBody(r ref) string {
	for m := range art.mentionsBack(r) {
		if m.chunk < 0 || m.kind != namePerson {
			continue
		}
		x := art.paras[m.para]
		c := x.chunks[m.chunk]
		for k := c.nameFirst - 1; k > c.first; k-- {
			if x.key(k) == r.head && x.toks[k].cap && x.toks[k-1].cap && x.toks[k-1].kind == word && !stopwords[x.key(k-1)] {
				f := c.first
				if x.key(f) == "the" {
					f++
				}
				for k+1 < c.nameFirst && x.toks[k+1].cap && x.toks[k+1].kind == word && !isTitleKey(x.key(k+1)) {
					k++ // "Zambara Police Service spokeswoman"
				}
				return x.p.Text[x.toks[f].start : x.toks[k].start+len(x.toks[k].text)]
			}
		}
	}
	return ""
}

// groupPossessive finds "the group's" or "the organisation's" before r,
// in its paragraph or the one before: the position of its "the".
func (art *article) groupPossessive(r ref) (para, tok int, ok bool) {
	for pi := r.para; pi >= max(r.para-1, 0); pi-- {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = r.tok
		}
		for k := end - 2; k >= 0; k-- {
			if x.key(k) == "the" && x.toks[k+1].poss && !x.toks[k+1].cap {
				switch normKey(x.key(k + 1)) {
				case "group", "organisation", "organization":
					return pi, k, true
				}
			}
		}
	}
	return 0, 0, false
}

// onlyOrg returns the one organisation named before r whose mentions
// satisfy ok, its shorter forms counted as the same, or "" when there are
// none or several.
func (art *article) onlyOrg(r ref, ok func(*mention) bool) string {
	var keys []string
	name := ""
	for pi := range r.para + 1 {
		for _, m := range art.mentions {
			if m.para != pi || !before(m.para, m.tok, r.para, r.tok) || !ok(&m) {
				continue
			}
			switch {
			case name == "" || containsInOrder(m.keys, keys):
				keys, name = m.keys, m.name
			case containsInOrder(keys, m.keys):
			default:
				return ""
			}
		}
	}
	return name
}

// sameNation reports whether an organisation's name agrees with the
// demonyms among the capitalised words of its description: each shares
// its first four letters with a word of the name ("Chinese" and "China").
func sameNation(caps []string, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, c := range caps {
		if !demonym.Is(c) {
			continue
		}
		p := c[:min(4, len(c))]
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, p) }) {
			return false
		}
	}
	return true
}

// orgNamedBy finds the organisation a spokesperson's common noun refers
// to ("a council spokesperson", "a spokesperson for the union"): the
// nearest named before whose name holds the noun, or for "union" the
// nearest union; otherwise "". Unlike orgByHead it does not fall back on
// the nearest public body or the article's main company: a spokesperson
// given to the wrong body misleads more than one given to none.
func (art *article) orgNamedBy(r ref) string {
	// A body whose name the noun heads comes first: "a university
	// spokesperson" is Harcastle University's, not the University and
	// College Union's. "A council spokeswoman" is a local council's
	// before that of a trade body that calls itself one ("the Insurers'
	// Council of Aotearoa").
	if r.head == "council" {
		for m := range art.mentionsBack(r) {
			if m.kind == nameOrg && nameHead(m.keys) == "council" && slices.ContainsFunc(m.keys, func(k string) bool { return councilAreas[k] }) {
				return m.name
			}
		}
	}
	for m := range art.mentionsBack(r) {
		if m.kind != nameOrg {
			continue
		}
		if h := nameHead(m.keys); headWord(h, r.head) {
			return m.name // "Greater Manchester Police said … A force spokesperson said"
		}
	}
	for m := range art.mentionsBack(r) {
		if m.kind == nameOrg && slices.Contains(m.keys, r.head) {
			return m.name
		}
	}
	if r.head == "union" || r.head == "club" || r.head == "organisation" || r.head == "organization" {
		// "a club spokesperson" is the club the article calls one,
		// "Ashworth Rovers"; "a spokesperson for the organisation" the
		// one the article made its subject.
		return art.orgByHead(r)
	}
	if head := r.head; publicHeads[head] || head == "force" {
		if head == "force" {
			head = "police" // "Devon and Cornwall police said … a force spokesperson said"
		}
		// "Hartleigh metropolitan borough council’s proposals … ¶ A
		// council spokesperson said": the body written as a place and
		// its nouns in lower case.
		for p := r.para; p >= 0 && p >= r.para-maxLookBack; p-- {
			x := art.paras[p]
			for c := len(x.chunks) - 1; c >= 0; c-- {
				if p == r.para && x.chunks[c].first >= r.tok {
					continue
				}
				if n := x.bodyPhrase(c, head); n != "" {
					return n
				}
			}
		}
		// "an agency spokesperson" is the agency "the agency" would be,
		// whatever its name calls it.
		if genericBodies[head] {
			if n := art.orgByHead(r); n != "" && art.publicBody(n) {
				return n
			}
		}
		return ""
	}
	if corporateHeads[r.head] {
		// "Halvard Logistics did not dispute it. A company spokesperson
		// said": the business that is the subject of a sentence before, in
		// the same paragraph.
		for m := range art.mentionsBack(r) {
			if m.para != r.para {
				break
			}
			if m.kind == nameOrg && m.subject && !art.publicBody(m.name) {
				return m.name
			}
		}
		// Otherwise the company "the company" would be: "Meadowmere
		// Water said … ¶ “…,” a spokesperson for the company said".
		return art.orgByHead(r)
	}
	if looseHeads[r.head] && !art.paras[r.para].writesNoun(r.head, r.tok) {
		// "Wheatbelt Animal Rescue, which helped circulate the appeal,
		// urged owners … “…,” a spokesperson for the group said": the
		// one body that is the subject of a sentence before, in the
		// same paragraph, when it is no public body, and when the
		// paragraph has not written the noun for another ("A local
		// residents’ group said …").
		if n := art.subjectOrg(r); n != "" && !art.publicBody(n) && !art.namesPerson(n) {
			return n
		}
		// "Age UK Brackley said clubs were “a lifeline”. ¶ “…,” a
		// spokesperson for the charity said": the body that spoke just
		// before, as "the charity said" would be, unless the paragraph
		// before made another name a subject beside it.
		if n := art.looseSpokeLast(r, 1); n != "" {
			return n
		}
	}
	return ""
}

// looseSpokeLast returns the body that spoke just before r, for a noun that
// may stand for any body that is no business ("the charity", "the
// group"), or "": not a public body, a person or a business, and no other
// name the subject of a sentence in r's paragraph before r or in the back
// paragraphs before it.
func (art *article) looseSpokeLast(r ref, back int) string {
	n := art.orgSpokeLast(r, true)
	if n == "" || art.publicBody(n) || art.namesPerson(n) || art.otherSubject(n, r, back) ||
		slices.ContainsFunc(strings.Fields(strings.ToLower(n)), func(k string) bool { return corporateWords[k] }) {
		return ""
	}
	return n
}

// writesNoun reports whether the noun key is written in lower case in
// the paragraph before toks[end].
func (x *para) writesNoun(key string, end int) bool {
	for k := 0; k < end && k < len(x.toks); k++ {
		if x.toks[k].kind == word && !x.toks[k].cap && x.key(k) == key {
			return true
		}
	}
	return false
}

// titledThe reports whether a mention is written after "The" with its
// capital inside a sentence, as the titles of papers are: "told The
// Athletic".
func (art *article) titledThe(m *mention) bool {
	x := art.paras[m.para]
	return m.tok > 0 && x.toks[m.tok-1].text == "The" && !unitInitial(x.toks, m.tok-1)
}

// nameHead returns the noun that heads a name: the word before "of" or
// "for" ("university" in University of Cape Coast), else the last word.
func nameHead(keys []string) string {
	for i, k := range keys {
		if i > 0 && (k == "of" || k == "for") {
			return keys[i-1]
		}
	}
	return keys[len(keys)-1]
}

// bodyNouns head the name of a public body written in lower case after
// its place: "Salford city council", "West Pennine police", "Kent fire
// and rescue service".
var bodyNouns = func() map[string]bool {
	m := set(`police government service`)
	for k := range publicHeads {
		m[k] = true
	}
	return m
}()

// bodyPhrase returns the name of a public body written as a place and the
// body's nouns in lower case, "Salford city council", "Eastholme borough
// council", "West Pennine fire and rescue service", for the chunk c of the
// place followed by those nouns ending in head, or in any organisation
// noun when head is "". It returns "" when no such nouns follow the chunk.
func (x *para) bodyPhrase(c int, head string) string {
	ch := x.chunks[c]
	if ch.kind == namePerson && !ch.place || ch.kind == nameOrg && len(ch.keys) > 1 || ch.poss && !ch.place {
		return ""
	}
	u := x.toks[ch.first].unit
	if n := ch.last + 1; n >= len(x.toks) || x.toks[n].start == x.toks[ch.last].end || isBasedIn(x.key(ch.last)) {
		return "" // "the Houston-based company"
	}
	for k := ch.last + 1; k <= ch.last+5 && x.word(k, u) && !x.toks[k].cap && x.chunkOf[k] < 0; k++ {
		key := x.key(k)
		if key == "and" && k > ch.last+1 && x.word(k+1, u) && x.modifier(k+1) && !bodyNouns[x.key(k+1)] {
			continue // "West Pennine fire and rescue service"
		}
		if (head == "" || key == head) && (bodyNouns[key] || ch.poss && stateHeads[key]) {
			if x.word(k+1, u) && !x.toks[k+1].cap && bodyNouns[x.key(k+1)] && k < ch.last+5 {
				continue // "Sevrovo district police department"
			}
			if x.word(k+1, u) && !x.toks[k+1].cap && x.modifier(k+1) && headNoun(x.key(k+1)) && !spokesHeads[x.key(k+1)] {
				return "" // "the Salford city council estate"
			}
			// Without a possessive or a title: "The leader of Holderness
			// Coast district council". A place joined to it by "and" is
			// part of it: "Devon and Cornwall police".
			f := max(ch.first, ch.nameFirst)
			if f >= 2 && x.key(f-1) == "and" && x.word(f-1, u) {
				if b := x.chunkOf[f-2]; b >= 0 && x.chunks[b].last == f-2 && x.chunks[b].kind == nameOther && !x.chunks[b].poss && len(x.chunks[b].title) == 0 {
					f = x.chunks[b].first
				} else if t := x.toks[f-2]; b < 0 && t.cap && x.word(f-2, u) && !stopwords[t.key] && unitInitial(x.toks, f-2) {
					f = f - 2 // a place opening the sentence: "Devon and Cornwall police said"
				}
			}
			return x.p.Text[x.toks[f].start : x.toks[k].start+len(x.toks[k].text)]
		}
		if !x.modifier(k) {
			return ""
		}
	}
	return ""
}

// noBusiness reports whether the body named name is no business by its
// name: a school ("Arch 42 Drum Academy") or a public body.
func (art *article) noBusiness(name string) bool {
	ks := strings.Fields(strings.ToLower(name))
	return len(ks) > 0 && schoolWords[ks[len(ks)-1]] || art.publicBody(name)
}

// recentOrg returns the organisation that was the subject of a sentence
// or spoke most recently in r's paragraph or the three before it: "the
// museum said" after "Kunsthalle Marbach bought the painting in 1961",
// "the agency said" after a paragraph quoting an economist. A
// body that only spoke, in a clause of a sentence about another, gives
// way to that sentence's subject.
func (art *article) recentOrg(r ref) string {
	spoke, at := "", -1 // the nearest body that spoke in a clause of its own, and its paragraph
	for m := range art.mentionsBack(r) {
		if m.para < r.para-3 || at >= 0 && m.para < at {
			break
		}
		if m.kind != nameOrg || m.personal || !m.subject && !art.accordingTo(m) {
			continue
		}
		if m.para == r.para-3 && !farBody(m.keys, r.head) {
			continue
		}
		business := slices.ContainsFunc(m.keys, func(k string) bool { return corporateWords[strings.TrimSuffix(k, ".")] })
		if corporateHeads[r.head] == business && (!corporateHeads[r.head] || !art.publicBody(m.name)) {
			// "the union" is no company, "the company" no public body.
			if m.main {
				// "The Reserve Bank raised rates, drawing criticism from
				// the unions, which accused it of …": the sentence is the
				// bank's.
				return m.name
			}
			if at < 0 {
				spoke, at = m.name, m.para
			}
		}
	}
	return spoke
}

// farBody reports whether a body named keys, three paragraphs before a
// description headed by head, may still be the one it means: one whose
// name holds the noun, any body for a board or a committee, and otherwise
// one whose name ends in no other body's noun, for a noun that names no
// kind of body by itself. "The central bank said" is not Statistics
// Norway, nor "the statistics agency" Norges Bank, so far back; "the
// steelmaker" may be Halvorsen Steel UK.
func farBody(keys []string, head string) bool {
	if subBodyHeads[head] || slices.ContainsFunc(keys, func(k string) bool { return headWord(k, head) }) {
		return true
	}
	last := keys[len(keys)-1]
	return !orgHeads[last] && !corporateHeads[last] && (!orgWords[head] || head == "agency")
}

// accordingTo reports whether m is named as a source after "according
// to": "According to the CDC, …".
func (art *article) accordingTo(m *mention) bool {
	x := art.paras[m.para]
	k := m.tok - 1
	if x.key(k) == "the" {
		k--
	}
	return k >= 1 && x.key(k) == "to" && x.key(k-1) == "according"
}

// sentenceOrg returns the organisation named before r in its sentence
// when it names one only, else "".
func (art *article) sentenceOrg(r ref) string {
	u, name := art.unitOf(r), ""
	for m := range art.mentionsBack(r) {
		if m.para != r.para || m.unit != u {
			break
		}
		if m.kind != nameOrg || m.personal {
			continue
		}
		if k := art.paras[m.para].key(m.tok - 1); k == "at" || k == "in" || art.venue(m) {
			continue // "In a post on X, the office said": where it spoke
		}
		if x := art.paras[m.para]; m.chunk >= 0 {
			if n := x.chunks[m.chunk].last + 1; x.word(n, x.toks[m.tok].unit) && !x.toks[n].cap && x.modifier(n) && !x.chunks[m.chunk].poss {
				continue // "inside the Dunmarrow city boundary": a name that only modifies a noun
			}
		}
		if name != "" && name != m.name {
			return ""
		}
		name = m.name
	}
	return name
}

// venue reports whether a mention names where or to whom something was
// said rather than who said it: "In a post on X, the office said", "In a
// statement to NPR, the board said", "In a Facebook post, the group
// wrote".
func (art *article) venue(m *mention) bool {
	x := art.paras[m.para]
	j := m.tok - 1
	if x.key(j) == "the" {
		j-- // "In a statement emailed to The Verge"
	}
	if k := x.key(j); k == "on" || k == "via" || k == "to" && x.key(j-1) != "according" || k == "told" {
		return true
	}
	return m.chunk >= 0 && platforms[strings.ToLower(m.name)] && platformNouns[x.key(x.chunks[m.chunk].last+1)]
}

// mainOrg returns the organisation "the company" refers to when no
// company's name says it is one: of the names written before r that are
// neither people nor public bodies, the one written most often (its
// shorter forms counted), a subject of a sentence counting double; the
// nearest on a tie. A name with a title or a gender is a person's.
func (art *article) mainOrg(r ref) string {
	type cand struct {
		keys  []string
		name  string
		score int
	}
	var cands []*cand
	for m := range art.mentionsBack(r) {
		if m.kind == namePerson && (m.chunk < 0 || !art.paras[m.para].chunks[m.chunk].typedPerson) || m.chunk < 0 || len(m.titles) > 0 || art.mentionGender(art.ix, *m) != 0 ||
			slices.ContainsFunc(m.keys, func(k string) bool { return publicWords[k] }) || civicName(m.keys) || art.publicForm(m.name) ||
			m.kind == nameOther && art.paras[m.para].chunks[m.chunk].place {
			continue // nor a place: "near Halsey, Missouri"
		}
		w := 1
		if m.subject {
			w = 2
		}
		if corporateHeads[art.nounBefore(m)] {
			w += 2 // "built by San Francisco startup Lumora": introduced as a company
		}
		if x := art.paras[m.para]; m.chunk+1 < len(x.chunks) && x.chunks[m.chunk+1].first == x.chunks[m.chunk].last+1 && art.isSubject(m.para, m.chunk+1) {
			w = 2 // "Meridian Crest Financial Corp. Chief Executive Douglas Whitcombe resigned": its head is the subject
		}
		found := false
		for _, c := range cands {
			switch {
			case containsInOrder(c.keys, m.keys):
				c.score += w
				found = true
			case containsInOrder(m.keys, c.keys):
				c.keys, c.name = m.keys, m.name
				c.score += w
				found = true
			}
		}
		if !found {
			cands = append(cands, &cand{keys: m.keys, name: m.name, score: w})
		}
	}
	var best *cand
	for _, c := range cands {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil || best.score < 2 {
		return ""
	}
	return best.name
}

// isSubject reports whether chunk ci of paragraph pi is the subject of
// its sentence.
func (art *article) isSubject(pi, ci int) bool {
	k, ok := art.mentionOf[[2]int{pi, ci}]
	return ok && art.mentions[k].main
}

// publicBody reports whether name is a public body's: its words say so
// ("Nebraska Department of Transportation"), it is another form of such
// a name, or the article describes it as one ("Ofwat, the water
// regulator,").
func (art *article) publicBody(name string) bool {
	keys := strings.Fields(strings.ToLower(name))
	return slices.ContainsFunc(keys, func(k string) bool { return publicWords[k] }) || civicName(keys) || art.publicForm(name) ||
		slices.ContainsFunc(art.orgKinds[name], func(k string) bool { return publicHeads[k] })
}

// publicForm reports whether name is another form of the name of a
// public body: "FDA" for the Food and Drug Administration.
func (art *article) publicForm(name string) bool {
	full, ok := art.orgs[orgKey(name)]
	if !ok {
		return false
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(full)), func(k string) bool { return publicWords[k] })
}

// localGovernment reports whether a name, by its keys, is a place's
// government named as the place: "City of Kessock Falls", "Town of
// Lunenburg", "Municipality of Anchorage". A text from one is the
// government's.
func localGovernment(keys []string) bool {
	return len(keys) >= 3 && keys[1] == "of" && (councilAreas[keys[0]] || keys[0] == "municipality" || keys[0] == "township")
}

// councilAreas name the area a local council governs: "Ōrewhiti District
// Council", "Kent County Council".
var councilAreas = set(`district city county borough shire town parish regional municipal metropolitan unitary village community`)

// civicName reports whether a name is a public body's by its head:
// "Tamarugal Port Authority", "Ranipur Municipal Corporation", but not
// "Hallam Municipal Water Company", "Public Service Company of Colorado"
// or "Post Office Ltd".
func civicName(keys []string) bool {
	if len(keys) == 0 {
		return false
	}
	switch h := nameHead(keys); h {
	case "municipality":
		return true
	case "corporation":
		return slices.ContainsFunc(keys, func(k string) bool { return k == "municipal" || k == "metropolitan" })
	default:
		return publicWords[h] || publicHeadWords[h]
	}
}

// quotes resolves the speakers, joins the parts of each quotation, gives
// standalone quotations the previous speaker and returns the quotations.
func (art *article) quotes(ix *nameIndex) []Quote {
	for _, f := range art.finds {
		if name, ok := art.answer(f); ok {
			f.how, f.speaker = howColon, name
			continue
		}
		if name := art.askedExchange(f); name != "" {
			f.how, f.speaker = howColon, name
			continue
		}
		if name, ok := art.labelled(ix, f); ok && (name != "" || f.how == howNone) {
			// A line of someone the article does not name stays theirs.
			f.how, f.speaker = howColon, name
			continue
		}
		switch f.how {
		case howNone:
		case howPost:
			f.speaker = art.postSpeaker(ix, art.paras[f.para].p)
		default:
			f.speaker, f.orgSpeaker = art.speakerOf(ix, f.ref)
		}
	}
	for _, f := range art.finds {
		if f.speaker == "" && f.how != howNone && f.how != howPost && f.ref.kind == refDesc {
			f.speaker, f.orgSpeaker = art.ledeNamed(ix, f.ref, f.tok)
		}
	}
	type group struct {
		finds   []*found
		speaker string
		kind    Kind
	}
	var groups []*group
	var last *group     // the group of the previous found
	var lastStmt *found // the previous found of a statement
	var turnStmt *found // the found of a statement before lastStmt's
	for fi, f := range art.finds {
		if f.how == howPost {
			g := &group{finds: []*found{f}, speaker: f.speaker, kind: Post}
			groups = append(groups, g)
			last, lastStmt = g, nil
			continue
		}
		if g := pronouns[f.ref.pron]; f.speaker == "" && f.ref.kind == refPronoun && (g == 'm' || g == 'f') {
			// A pronoun no name within reach explains is the speaker of
			// the nearest statement before by someone of its gender: a
			// long quotation, then "she says"; a feature returning to its
			// subject after a passage about someone else.
			f.speaker = art.lastSpeaker(ix, fi, pronouns[f.ref.pron])
			if f.speaker == "" && !art.unnamedNear(f.ref, g) {
				f.speaker = art.mainPerson(ix, g)
			}
		} else if g := pronouns[f.ref.pron]; f.ref.kind == refPronoun && (g == 'm' || g == 'f') {
			f.speaker = art.farPronoun(ix, fi, g)
		}
		x := art.paras[f.para]
		var prev *found
		if fi > 0 {
			prev = art.finds[fi-1]
		}
		switch {
		case prev != nil && last != nil && last.kind == Statement && art.continues(prev, f):
			f.how = howContinue
			last.finds = append(last.finds, f)
			if last.speaker == "" {
				last.speaker = f.speaker
			}
			f.speaker, lastStmt = last.speaker, f
			continue
		case !f.term && prev != nil && last != nil && last.kind == Statement && (art.splits(prev, f) &&
			(f.how == howNone || f.ref.kind == prev.ref.kind && f.ref.para == prev.ref.para && f.ref.tok == prev.ref.tok) ||
			last.finds[len(last.finds)-1] == prev && art.asideContinues(prev, f)):
			f.how = howSplit
			last.finds = append(last.finds, f)
			f.speaker, lastStmt = last.speaker, f
			continue
		}
		g := &group{finds: []*found{f}, speaker: f.speaker, kind: Statement}
		text := x.p.Text[x.regions[f.region].start:x.regions[f.region].end]
		asked := "" // the one the question just before addresses, when f answers it
		if f.how == howNone && lastStmt != nil && lastStmt.para == f.para-1 && art.asks(lastStmt) && !art.asks(f) && x.quoteOnly() {
			asked = art.addressee(ix, lastStmt)
		}
		switch {
		case f.term:
			g.kind = Term
		case prev != nil && last != nil && last.kind == Term && last.finds[len(last.finds)-1] == prev && prev.para == f.para && x.listedAfter(f.tok, prev.tok) && wordCount(text) <= 4:
			// "three colours the company calls “Graphite,” “Sand,” and
			// “Tide.”": the items after a name in a list are names too.
			g.kind = Term
		case f.how == howNone && x.singleMarked(f.region):
			// A heading or caption in single marks is a statement; its
			// speaker is found where the article repeats it (echoSpeakers).
		case f.how == howNone && (x.embedded(f.tok) && wordCount(text) <= 3 || !x.atUnitStart(f.tok) && isTitleCase(text)):
			g.kind = Term // a scare quote or a name
		case f.how == howNone && isTitleCase(text) && x.word(f.tok+1, x.toks[f.tok].unit) && !x.toks[f.tok+1].cap && x.verbAt(f.tok+1) == 0:
			g.kind = Term // a title as the subject: “The Salt Houses” will be released
		case f.how == howNone && wordCount(text) <= 3 && x.quoteList(f.tok):
			g.kind = Term // one of a list of scare quotes
		case f.how == howNone && lastStmt != nil && turnStmt != nil && art.crossQuestion(turnStmt, lastStmt, f):
			// A cross-examination: “…?” A asked.¶“…,” B replied.¶“…?”
			// is A's again, and the answer to it B's.
			f.how = howFloating
			g.speaker = turnStmt.speaker
		case f.how == howNone && lastStmt != nil && lastStmt.speaker != "" && art.noteAnswer(f):
			f.how = howFloating
			g.speaker = lastStmt.speaker
		case asked != "":
			// “Mr. Langridge, did you …?” she asked.¶“I may have …”: the
			// answer is the one the question names.
			f.how = howFloating
			g.speaker = asked
		case f.how == howNone && lastStmt != nil && turnStmt != nil && art.answersUnnamed(turnStmt, lastStmt, f):
			// “…,” she said.¶“…?” asked a reporter.¶“…”: the answer to
			// a question no one named asks is the one who spoke before
			// it.
			f.how = howFloating
			g.speaker = turnStmt.speaker
		case f.how == howNone && lastStmt != nil && art.floats(lastStmt, f):
			f.how = howFloating
			g.speaker = lastStmt.speaker
		case f.how == howNone && lastStmt != nil && turnStmt != nil && lastStmt.how == howNone && lastStmt.speaker == "" &&
			lastStmt.para == f.para-1 && turnStmt.para == f.para-2 && art.paras[lastStmt.para].reply(lastStmt.region) && art.floats(turnStmt, f):
			// A turn in a dialogue: "…," says A.¶“You …”¶“…”: the
			// reply's speaker is unknown, the answer to it is A's.
			f.how = howFloating
			g.speaker = turnStmt.speaker
		}
		groups = append(groups, g)
		last = g
		if g.kind == Statement {
			turnStmt, lastStmt = lastStmt, f
			lastStmt.speaker = g.speaker
		}
	}
	for _, g := range groups {
		f := g.finds[0]
		switch {
		case g.kind != Statement || g.speaker != "" || f.how != howNone || !art.firstPerson(g.finds):
		case f.tok == 0:
			g.speaker = art.introduced(ix, f.para)
		case f.region == 0 && art.paras[f.para].atUnitStart(f.tok):
			g.speaker = art.leading(f.para, f.tok)
		}
	}
	out := make([]Quote, 0, len(groups))
	var lastPost *found // the first find of the last post
	lastPoster := ""
	for _, g := range groups {
		q := Quote{Article: art.a.ID, Speaker: g.speaker, Kind: g.kind}
		if g.kind == Term {
			q.Speaker = ""
		}
		if g.kind == Statement && art.postCue(g.finds[0]) {
			q.Kind = Post
		}
		if f := g.finds[0]; q.Kind == Statement && lastPost != nil && g.speaker != "" && g.speaker == lastPoster && f.para-lastPost.para <= 1 && (f.how == howFloating && f.para == lastPost.para+1 && art.paras[f.para].quoteOnly() || art.paras[f.para].addedAt(f.tok)) {
			// "“…,” he wrote on Instagram.¶He added: “…”", "She wrote
			// on LinkedIn that she was “heartbroken”.¶“…”": more of
			// the post.
			q.Kind = Post
		}
		if q.Kind == Post {
			lastPost, lastPoster = g.finds[0], q.Speaker
		} else if q.Kind == Statement {
			lastPost = nil
		}
		var texts []string
		for _, f := range g.finds {
			x := art.paras[f.para]
			var s Span
			if f.how == howPost {
				s = postSpan(x.p)
			} else {
				r := x.regions[f.region]
				s = Span{Paragraph: x.p.ID, Start: r.start, End: r.end}
			}
			q.Spans = append(q.Spans, s)
			texts = append(texts, x.p.Text[s.Start:s.End])
		}
		q.Text = strings.Join(texts, " ")
		out = append(out, q)
	}
	sameTerms(out)
	art.echoSpeakers(out)
	return out
}

// sameTerms makes a title the article quotes as a term once a term
// everywhere it quotes it: after the novel “The Summer We Burned” by Dara
// Feld, “The Summer We Burned” was “the first book that …” names the book
// again.
func sameTerms(out []Quote) {
	terms := make(map[string]bool)
	for _, q := range out {
		if q.Kind == Term && isTitleCase(strings.TrimRight(q.Text, ",")) {
			terms[echoKey(q.Text)] = true
		}
	}
	for i := range out {
		if q := &out[i]; q.Kind == Statement && len(q.Spans) == 1 && terms[echoKey(q.Text)] {
			q.Kind, q.Speaker = Term, ""
		}
	}
}

// labelled returns the speaker of a transcript's line, a paragraph
// opening with a name in capitals and a colon before the quotation
// (BRANDT: “Show me your hands.”, SEN. OKAFOR: “…”), when the name is a
// person's the article names in full. It reports whether the paragraph
// opens with such a label at all.
func (art *article) labelled(ix *nameIndex, f *found) (string, bool) {
	x := art.paras[f.para]
	if f.region != 0 || f.tok < 0 {
		return "", false
	}
	label := strings.TrimRight(x.p.Text[:x.regions[0].start], " “\"‘'")
	label, ok := strings.CutSuffix(label, ":")
	if !ok || strings.ToUpper(label) != label || strings.ToLower(label) == label {
		return "", false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return "", false
	}
	for _, w := range words {
		if strings.ContainsFunc(strings.TrimSuffix(w, "."), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
			return "", false
		}
	}
	return art.localPerson(ix, words), true
}

// qaLabel returns the label a line of a question-and-answer exchange
// opens with, "Q" or "A", or "".
func qaLabel(text string) string {
	for _, l := range [...]struct{ prefix, label string }{
		{"Q:", "Q"}, {"A:", "A"}, {"Question:", "Q"}, {"Answer:", "A"},
	} {
		if strings.HasPrefix(text, l.prefix) {
			return l.label
		}
	}
	return ""
}

// answer returns the speaker of an answer in an interview printed as
// questions and answers ("Q: Will you be back?"¶"A: “Of course.”"): the
// one person the line introducing the exchange names ("From Marangoni’s
// press conference:"), else the speaker of the last statement before it.
// It reports false when f opens no such answer.
//
// A transcript may also set the questions as bare paragraphs and the
// answers in quotation marks ("Here is the exchange:"¶"Is he fit?"¶"“He
// has trained all week.”"); an answer there is the one person the line
// introducing the exchange names.
func (art *article) answer(f *found) (string, bool) {
	x := art.paras[f.para]
	if f.region != 0 || f.tok < 0 || f.para == 0 {
		return "", false
	}
	labelled := qaLabel(x.p.Text) == "A" && qaLabel(art.paras[f.para-1].p.Text) == "Q"
	if !labelled && (!x.quoteOnly() || !art.putQuestion(f.para-1) && !art.prompt(f.para-1) && !art.turnPrompt(f.para-1) && art.writerQuestion(f.para-1) < 0) {
		return "", false
	}
	if _, rest, _ := strings.Cut(x.p.Text[:x.regions[0].start], ":"); labelled && strings.TrimLeft(rest, " “\"‘'") != "" {
		return "", false // the answer is the writer's words: "A: My mother used to say, “…”"
	}
	first := art.exchangeStart(f.para-1, labelled)
	if first > 0 && strings.HasSuffix(strings.TrimSpace(art.paras[first-1].p.Text), ":") {
		name := ""
		for k := art.mentionsBefore(first-1, 0); k < len(art.mentions) && art.mentions[k].para == first-1; k++ {
			m := &art.mentions[k]
			if m.person < 0 || m.kind == nameOrg {
				continue
			}
			if name != "" && name != m.name {
				name = ""
				break
			}
			name = m.name
		}
		if name != "" {
			return name, true
		}
	}
	if first > 0 {
		if name := art.interviewee(first - 1); name != "" {
			return name, true
		}
	}
	if k := art.writerQuestion(first); k >= 0 {
		// "I ask whether he was surprised." ¶ "“Not surprised.”": the
		// one the writer asks.
		if name := art.pronoun(art.ix, pronouns[art.paras[first].key(k)], ref{kind: refPronoun, para: first, tok: k, pron: art.paras[first].key(k)}); name != "" {
			return name, true
		}
	}
	if !labelled {
		return "", false
	}
	for _, g := range slices.Backward(art.finds) {
		if g.para < first && !g.term && g.speaker != "" {
			return g.speaker, true
		}
	}
	return "", true
}

// askedExchange returns the speaker of f when it is a turn in an exchange
// of quotations alone in their paragraphs, after a paragraph that says one
// person asked another ("Presenter Gareth Lane asked Moriarty about the
// case." ¶ “Did you know?” ¶ “No.” ¶ “But it’s your yard.”), opening with
// a question: the turns alternate between the asker and the one asked.
// Otherwise it returns "".
func (art *article) askedExchange(f *found) string {
	if f.region != 0 || f.tok != 0 || f.how != howNone || !art.turn(f.para) {
		return ""
	}
	first := f.para
	for first > 0 && art.turn(first-1) {
		first--
	}
	if first == 0 || first == f.para && !art.turn(f.para+1) {
		return ""
	}
	x := art.paras[first]
	if !endsQuestion(x.p.Text[x.regions[0].start:x.regions[0].end]) {
		return ""
	}
	asker, asked := art.askedPair(first - 1)
	if asker == "" {
		return ""
	}
	if (f.para-first)%2 == 0 {
		return asker
	}
	return asked
}

// turn reports whether paragraph pi holds one quotation and nothing else.
func (art *article) turn(pi int) bool {
	return pi >= 0 && pi < len(art.paras) && len(art.paras[pi].regions) == 1 && art.paras[pi].quoteOnly()
}

// askedPair returns the two people of paragraph pi, holding no quotation,
// when it says one asked the other: "presenter Gareth Lane asked
// Moriarty-Hale about the case", or "", "".
func (art *article) askedPair(pi int) (asker, asked string) {
	x := art.paras[pi]
	if len(x.regions) > 0 || x.p.Kind != corpus.KindText {
		return "", ""
	}
	for k := art.mentionsBefore(pi, 0); k < len(art.mentions) && art.mentions[k].para == pi; k++ {
		m := &art.mentions[k]
		if m.chunk < 0 || m.person < 0 || m.kind == nameOrg || m.name == "" || !m.personal {
			continue
		}
		c := x.chunks[m.chunk]
		switch {
		case x.key(c.last+1) == "asked" && m.main:
			asker = m.name
		case asker != "" && x.key(c.first-1) == "asked" && m.name != asker && asked == "":
			asked = m.name
		}
	}
	if asked == "" {
		return "", ""
	}
	return asker, asked
}

// interviewee returns the person paragraph pi says was interviewed, when
// it introduces an exchange of questions and answers: "Bloomberg spoke
// with Anya Kowalczyk-Sato, a partner at …", "We asked Mr Langat about
// the fare increase.", "Dewhurst spoke to BBC Sport's Jo Kinnaird". It is
// the one person the paragraph names, or the one it has as a subject, or
// whom the pronoun a paragraph of one sentence opens with means;
// otherwise "".
func (art *article) interviewee(pi int) string {
	x := art.paras[pi]
	if len(x.regions) > 0 || x.p.Kind != corpus.KindText && x.p.Kind != corpus.KindHeading {
		return ""
	}
	cue := false
	for k, t := range x.toks {
		if t.kind == word && (interviewWords[t.key] || t.key == "asked" && k > 0 && (x.key(k-1) == "we" || x.key(k-1) == "i") || t.key == "put" && x.putTo(k) ||
			sitWords[t.key] && x.key(k+1) == "down" && x.key(k+2) == "with") {
			cue = true
		}
	}
	if x.p.Kind == corpus.KindHeading && !cue {
		// "Five minutes with Lukas van der Berg".
		cue = slices.ContainsFunc(x.chunks, func(c chunk) bool { return c.first > 0 && x.key(c.first-1) == "with" && c.last == len(x.toks)-1 })
	}
	if !cue {
		return ""
	}
	if x.p.Kind == corpus.KindHeading {
		return art.headingNamed(pi)
	}
	var named, subjects []string
	for k := art.mentionsBefore(pi, 0); k < len(art.mentions) && art.mentions[k].para == pi; k++ {
		m := &art.mentions[k]
		if m.person < 0 || m.kind == nameOrg || m.name == "" || !m.personal {
			continue // "She spoke with Morning Edition"
		}
		if !slices.Contains(named, m.name) {
			named = append(named, m.name)
		}
		if m.subject && !slices.Contains(subjects, m.name) {
			subjects = append(subjects, m.name)
		}
	}
	switch {
	case len(named) == 1:
		return named[0]
	case len(subjects) == 1:
		return subjects[0]
	}
	if sp, ok := art.pronSubject[[2]int{pi, 0}]; ok && len(named) == 0 && !sp.possessive && (sp.gender == 'm' || sp.gender == 'f') && x.toks[len(x.toks)-1].unit == 0 {
		// "She agreed to answer a few questions about the case.": the
		// one she is.
		return art.pronoun(art.ix, sp.gender, ref{kind: refPronoun, para: pi, tok: sp.tok, pron: x.key(sp.tok)})
	}
	if len(named) == 0 && pi > 0 && art.paras[pi-1].p.Kind == corpus.KindHeading {
		// "Five minutes with Lukas van der Berg" ¶ "We asked the
		// Ravenscourt coach about titles.": the one the heading names.
		return art.headingNamed(pi - 1)
	}
	return ""
}

// headingNamed returns the one person heading pi names, or "". A heading
// names no one in the article's mentions, so the one it names is the
// person the name resolves to: "Three questions for Annelies".
func (art *article) headingNamed(pi int) string {
	var named []string
	for _, c := range art.paras[pi].chunks {
		if c.kind == nameOrg || c.place {
			continue
		}
		i := art.full.resolve(c, pi, c.first, true, false, 0, 0, nil)
		if i < 0 {
			i = art.ix.resolve(c.keys, art.local, true)
		}
		if i >= 0 && !slices.Contains(named, art.ix.people[i].name) {
			named = append(named, art.ix.people[i].name)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	return ""
}

// exchangeStart returns the first paragraph of the exchange of questions
// and answers that paragraph pi belongs to: labelled "Q:" and "A:", or
// bare questions and quoted answers.
func (art *article) exchangeStart(pi int, labelled bool) int {
	for pi > 0 && (labelled && qaLabel(art.paras[pi-1].p.Text) != "" ||
		!labelled && (art.putQuestion(pi-1) || art.prompt(pi-1) || art.turnPrompt(pi-1) || art.writerQuestion(pi-1) >= 0 || art.paras[pi-1].quoteOnly())) {
		pi--
	}
	return pi
}

// noteAnswer reports whether f is an answer in an exchange of bare
// questions and quoted answers that a note on the interview opens ("The
// Q&A that follows has been edited for length and clarity."): the answers
// are the one interviewed, whose words the article quoted last before.
func (art *article) noteAnswer(f *found) bool {
	if f.region != 0 || f.tok < 0 || f.para == 0 || !art.paras[f.para].quoteOnly() || !art.putQuestion(f.para-1) && !art.prompt(f.para-1) {
		return false
	}
	first := art.exchangeStart(f.para-1, false)
	return first > 0 && art.qaNote(first-1)
}

// qaNote reports whether paragraph pi is the note that opens an interview
// printed as questions and answers: "The Q&A that follows has been edited
// for length and clarity."
func (art *article) qaNote(pi int) bool {
	x := art.paras[pi]
	if len(x.regions) > 0 || x.p.Kind != corpus.KindText {
		return false
	}
	edited := false
	for k, t := range x.toks {
		switch {
		case t.kind == word && t.key == "q&a":
			return true
		case t.kind == word && t.key == "edited":
			edited = true
		case edited && t.kind == word && (t.key == "length" || t.key == "clarity" || t.key == "brevity") && x.key(k-1) == "for":
			return true
		}
	}
	return false
}

// interviewWords in a paragraph before questions and answers say that it
// introduces an interview.
var interviewWords = set(`spoke speaks speak talked talks talk interview interviewed conversation questions`)

// sitWords open the phrase of an interview "sat down with": "When I
// finally sat down with Dr Achterberg-Hale".
var sitWords = set(`sat sit sits sitting`)

// putTo reports whether "put" at toks[k] puts something to someone: "I
// put it to him", "put three questions to Cllr Rahman-Clarke", "put some
// of the campaigners' points to Cllr Brabazon".
func (x *para) putTo(k int) bool {
	u := x.toks[k].unit
	for n := k + 1; n <= k+7 && x.word(n, u); n++ {
		if x.key(n) == "to" {
			return true
		}
	}
	return false
}

// prompt reports whether paragraph pi is an interviewer's prompt put as a
// statement between answers: one sentence with no quotation that
// addresses the one interviewed ("Your former employees say they asked
// for a delay in writing."), or a short question and such a sentence
// ("What about the money? You were still at your peak.").
func (art *article) prompt(pi int) bool {
	x := art.paras[pi]
	n := len(x.toks)
	if n == 0 || n > 40 || len(x.regions) > 0 || x.p.Kind != corpus.KindText {
		return false
	}
	// One sentence, or a short question before one, or a sentence or two
	// before a question: "Traders say their takings are down by a
	// third. Does that worry you?"
	u := x.toks[n-1].unit
	from := x.toks[0].unit
	switch {
	case from == u:
	case from == u-1 && x.isPunct(x.ustart[u]-1, "?"):
	case u-from <= 2 && x.isPunct(n-1, "?"):
		from = u
	default:
		return false
	}
	for k := x.ustart[from]; k < n; k++ {
		if x.toks[k].kind == word && (x.key(k) == "you" || x.key(k) == "your") {
			return true
		}
	}
	return false
}

// writerQuestion returns the index of the pronoun for the one asked when
// paragraph pi is the writer's question told in one sentence, "I ask
// whether he was surprised.", "I asked her what she would change.", or -1.
func (art *article) writerQuestion(pi int) int {
	x := art.paras[pi]
	n := len(x.toks)
	if n < 4 || n > 40 || len(x.regions) > 0 || x.p.Kind != corpus.KindText || x.toks[0].unit != x.toks[n-1].unit ||
		x.toks[0].text != "I" && x.toks[0].text != "We" {
		return -1
	}
	switch x.key(1) {
	case "ask", "asked":
	default:
		return -1
	}
	k := 2
	if x.key(k) == "him" || x.key(k) == "her" {
		return k
	}
	if !askedClauseWords[x.key(k)] {
		return -1
	}
	for ; k < n && k <= 6; k++ {
		if g := pronouns[x.key(k)]; (g == 'm' || g == 'f') && subjectPronouns[x.key(k)] {
			return k
		}
	}
	return -1
}

// askedClauseWords open the clause of a question told in reported speech:
// "I asked whether", "I ask what".
var askedClauseWords = set(`whether if what why how when where who which`)

// turnPrompt reports whether paragraph pi is an interviewer's prompt put
// as a plain statement inside an exchange of questions and answers: one
// short sentence naming no one, after an answer that follows a question
// ("Why the car park?"¶"“Because it has parking.”"¶"Campaigners call it
// a token gesture."¶"“They would.”").
func (art *article) turnPrompt(pi int) bool {
	if pi < 2 {
		return false
	}
	x := art.paras[pi]
	n := len(x.toks)
	if n == 0 || n > 25 || len(x.regions) > 0 || len(x.chunks) > 0 || x.p.Kind != corpus.KindText || x.toks[0].unit != x.toks[n-1].unit {
		return false
	}
	return art.turn(pi-1) && (art.putQuestion(pi-2) || art.prompt(pi-2))
}

// introduced returns the person a paragraph opening with a quotation that
// nothing attributes belongs to: the one the paragraph before, holding
// no quotation, is about. That paragraph's first sentence has them as
// its subject and names no one else as a subject ("Adaeze Okafor has
// been headteacher for eleven years. She is not, she stresses, against
// testing."¶"“What I object to is …"). Otherwise "".
func (art *article) introduced(ix *nameIndex, pi int) string {
	if pi == 0 {
		return ""
	}
	x := art.paras[pi-1]
	if len(x.regions) > 0 || x.p.Kind != corpus.KindText || len(x.toks) == 0 {
		return ""
	}
	if n := art.issuedIn(pi - 1); n != "" {
		return n
	}
	name := ""
	for k := art.mentionsBefore(pi-1, 0); k < len(art.mentions) && art.mentions[k].para == pi-1; k++ {
		m := &art.mentions[k]
		if !m.subject && !art.forTopic(m) || name != "" && x.kinOf(m) {
			// "For Amira Haddad-Lowe, the arithmetic is personal. …
			// Her son, Zain, started in September.": the paragraph is
			// about the one it opens for, and her son is hers.
			continue
		}
		if m.name == "" || m.kind == nameOrg || !m.personal || name != "" && m.name != name {
			return art.closing(pi - 1)
		}
		if name == "" && m.unit != x.toks[0].unit {
			return art.closing(pi - 1) // the first sentence is about something else
		}
		name = m.name
	}
	return name
}

// kinOf reports whether mention m is a name set off after a possessive
// pronoun and the noun of a relation: "Her son, Zain,".
func (x *para) kinOf(m *mention) bool {
	if m.chunk < 0 {
		return false
	}
	f := x.chunks[m.chunk].first
	return f >= 3 && x.isPunct(f-1, ",") && possessivePronouns[x.key(f-3)] != "" && (maleKin[x.key(f-2)] || femaleKin[x.key(f-2)])
}

// issuedIn returns the one subject of the last sentence of paragraph pi
// when that sentence tells of a text it issued, whose words the next
// paragraph then quotes: "The paper's owner, Lantern Ridge Media Group,
// announced the closure in a two-paragraph statement."¶"“Despite our best
// efforts, …”". Otherwise it returns "".
func (art *article) issuedIn(pi int) string {
	x := art.paras[pi]
	u := x.toks[len(x.toks)-1].unit
	doc := false
	for k := x.ustart[u]; k < len(x.toks); k++ {
		if x.word(k, u) && issuedTexts[x.key(k)] && (determiners[x.key(k-1)] || k >= 2 && determiners[x.key(k-2)]) {
			doc = true
		}
	}
	if !doc {
		return ""
	}
	name := ""
	for k := art.mentionsBefore(pi, x.ustart[u]); k < len(art.mentions) && art.mentions[k].para == pi; k++ {
		m := &art.mentions[k]
		if m.unit != u || !m.main {
			continue
		}
		if m.name == "" || name != "" && m.name != name {
			return ""
		}
		name = m.name
	}
	return name
}

// leading returns the person who is the only subject of the sentences
// before the quotation at token tok of paragraph pi, handing them the
// quotation that has no attribution of its own ("Nour wept as she
// described the moment the boat flipped. “I held my children …”"), or "".
func (art *article) leading(pi, tok int) string {
	name := ""
	for k := art.mentionsBefore(pi, 0); k < len(art.mentions) && art.mentions[k].para == pi && art.mentions[k].tok < tok; k++ {
		m := &art.mentions[k]
		if !m.subject {
			continue
		}
		if m.name == "" || m.kind == nameOrg || !m.personal || name != "" && m.name != name {
			return ""
		}
		name = m.name
	}
	return name
}

// closing returns the person a short last sentence of paragraph pi has as
// its only subject, handing them the quotation that opens the next
// paragraph ("Lisowska talks about it reluctantly."¶"“I was afraid …"),
// or "".
func (art *article) closing(pi int) string {
	x := art.paras[pi]
	u := x.toks[len(x.toks)-1].unit
	if u == x.toks[0].unit {
		return "" // a paragraph of one sentence: the first-sentence rule decides
	}
	words := 0
	for k := x.ustart[u]; k < len(x.toks); k++ {
		if x.toks[k].kind == word {
			words++
		}
	}
	if words > 8 {
		return ""
	}
	name := ""
	for k := art.mentionsBefore(pi, x.ustart[u]); k < len(art.mentions) && art.mentions[k].para == pi; k++ {
		m := &art.mentions[k]
		if m.unit != u {
			continue
		}
		if !m.subject || m.name == "" || m.kind == nameOrg || !m.personal || name != "" && m.name != name {
			return ""
		}
		name = m.name
	}
	// No one else is the subject of a sentence of the paragraph: "Okafor
	// runs St Bride's. Tom Hale runs the school next door." is about two.
	for k := art.mentionsBefore(pi, 0); k < len(art.mentions) && art.mentions[k].para == pi; k++ {
		if m := &art.mentions[k]; m.subject && m.personal && m.name != "" && m.name != name {
			return ""
		}
	}
	return name
}

// firstPerson reports whether the quotations of finds speak in the first
// person ("I", "we", "my", …), as a person quoted does and a sign or a
// title does not.
func (art *article) firstPerson(finds []*found) bool {
	for _, f := range finds {
		if f.region < 0 {
			continue
		}
		x := art.paras[f.para]
		r := x.regions[f.region]
		for _, w := range strings.FieldsFunc(x.p.Text[r.start:r.end], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
			switch strings.ToLower(strings.TrimRight(normKey(w), "'")) {
			case "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours":
				return true
			}
		}
	}
	return false
}

// maxSpeakerBack is the number of paragraphs a pronoun looks back
// through for an earlier speaker of its gender.
const maxSpeakerBack = 6

// lastSpeaker returns the speaker of the nearest statement before
// art.finds[fi], within maxSpeakerBack paragraphs, whose gender is g, or
// "". A person of that gender named after that statement stops the
// search: the pronoun then refers to them or to nobody known.
func (art *article) lastSpeaker(ix *nameIndex, fi int, g byte) string {
	f := art.finds[fi]
	for k := fi - 1; k >= 0 && k >= fi-maxLookBack; k-- {
		p := art.finds[k]
		if f.para-p.para > maxSpeakerBack {
			break
		}
		if p.tok < 0 || p.term || p.speaker == "" || p.orgSpeaker {
			continue
		}
		if art.speakerGender(ix, p.speaker) != g {
			continue
		}
		for n := art.mentionsBefore(p.para, p.tok+1); n < len(art.mentions) && n < art.mentionsBefore(p.para, p.tok+1)+maxLookBack; n++ {
			m := art.mentions[n]
			if !before(m.para, m.tok, f.para, f.tok) {
				break
			}
			if m.personal && m.kind != nameOrg && m.name != p.speaker && art.mentionGender(ix, m) == g {
				return ""
			}
			if m.chunk < 0 && m.name == "" && m.subject && (m.gender == 0 || m.gender == g) &&
				(m.para == f.para && m.gender == 0 || m.para == f.para-1 && (m.anonymous || art.unnamedSpoke(&m))) &&
				!(m.para < f.para && slices.ContainsFunc(m.roles, func(k string) bool { return pressNouns[k] })) {
				// Someone unnamed is the subject in the pronoun's own
				// paragraph, or spoke or asked not to be named in the
				// one before: "Another analyst, who asked not to be
				// named, said …". But a reporter who put a question does
				// not answer it: "“…?” another reporter asked. ¶ “…,”
				// she said".
				return ""
			}
		}
		return art.returning(ix, fi, p.para, p.speaker, g)
	}
	return ""
}

// unnamedSpoke reports whether the unnamed subject m is the speaker of a
// quotation in its paragraph: "Another farmer, who did not want to be
// named, said the mood was “…”".
func (art *article) unnamedSpoke(m *mention) bool {
	for _, f := range art.finds {
		if f.para == m.para && f.ref.kind == refDesc && f.ref.para == m.para && f.ref.tok == m.tok && f.speaker == "" {
			return true
		}
	}
	return false
}

// mainPerson returns the person of gender g an article is about, to whom
// a pronoun nothing near explains refers ("he took a job teaching …" in an
// obituary): the person of that gender named most often, at least four
// times and more than twice as often as anyone else of that gender.
// Otherwise "". See also profiled.
func (art *article) mainPerson(ix *nameIndex, g byte) string {
	counts := make(map[string]int)
	var names []string
	for _, m := range art.mentions {
		if m.chunk < 0 || !m.personal || m.kind == nameOrg || m.name == "" || art.mentionGender(ix, m) != g {
			continue
		}
		if counts[m.name] == 0 {
			names = append(names, m.name)
		}
		counts[m.name]++
	}
	best, second := "", 0
	for _, n := range names {
		switch c := counts[n]; {
		case best == "" || c > counts[best]:
			best, second = n, max(second, counts[best])
		case c > second:
			second = c
		}
	}
	if best == "" || counts[best] < 4 || counts[best] <= 2*second {
		return ""
	}
	return best
}

// profiled returns whom a pronoun of gender g at r means when no one of
// that gender is named near it, in a profile that returns to its subject
// after a passage about others ("She thinks for a long time." after her
// coach and her physiologist have spoken): the person of gender g quoted
// before r and named in more paragraphs before it than twice anyone else
// of that gender or of none (within the mentions a pronoun may look back
// through), unless someone unnamed comes in at r or just
// before ("a veteran who asked that her name not be used"). Otherwise "".
func (art *article) profiled(ix *nameIndex, g byte, r ref) string {
	if art.unnamedNear(r, g) {
		return ""
	}
	for pi := max(r.para-1, 0); pi <= r.para; pi++ {
		x := art.paras[pi]
		end := len(x.toks)
		if pi == r.para {
			end = r.tok
		}
		if _, anon := x.anonymous(0, end); anon || x.unnamedWho(end) {
			// "A first officer, who spoke on the condition that he
			// not be identified, said"
			return ""
		}
	}
	// The paragraphs each person is named in, counted once each: the
	// mentions come back in order, so a paragraph's are together.
	paras := make(map[string]int)
	last := make(map[string]int)
	for m := range art.mentionsBack(r) {
		if !m.personal || m.kind == nameOrg || m.name == "" {
			continue
		}
		if l, ok := last[m.name]; !ok || l != m.para {
			paras[m.name]++
			last[m.name] = m.para
		}
	}
	best, bestN, second := "", 0, 0
	for name, n := range paras {
		if gn := art.speakerGender(ix, name); gn != g && gn != 0 {
			continue
		}
		switch {
		case n > bestN || n == bestN && name < best:
			best, bestN, second = name, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 3 || second*2 >= bestN || art.speakerGender(ix, best) != g {
		return ""
	}
	// Whom a profile is about speaks in it: not "Jay Street", named
	// often as a place.
	k := sort.Search(len(art.finds), func(i int) bool {
		f := art.finds[i]
		return !before(f.para, max(f.tok, 0), r.para, r.tok)
	})
	for n := k - 1; n >= 0 && n >= k-maxLookBack; n-- {
		if f := art.finds[n]; f.speaker == best && f.tok >= 0 {
			return best
		}
	}
	return ""
}

// unnamedNear reports whether someone the article does not name, of
// gender g or unknown, is mentioned in r's paragraph or the one before,
// before r: "One of them, who did not want to give his name, …".
func (art *article) unnamedNear(r ref, g byte) bool {
	for m := range art.mentionsBack(r) {
		if m.para < r.para-1 {
			break
		}
		if m.chunk < 0 && m.name == "" && m.personal && (m.gender == g || m.gender == 0) {
			return true
		}
	}
	return false
}

// farPronoun checks the person a pronoun of gender g at art.finds[fi] was
// resolved to when the article last named them two paragraphs back or
// more: see returning.
func (art *article) farPronoun(ix *nameIndex, fi int, g byte) string {
	f := art.finds[fi]
	for k := art.mentionsBefore(f.para, f.tok) - 1; k >= 0; k-- {
		m := &art.mentions[k]
		if m.name == f.speaker && m.personal {
			if m.para >= f.para-1 {
				return f.speaker
			}
			if cp, _, ok := art.prevPronSubject(g, f.ref); ok && cp > m.para && cp >= f.para-2 {
				// "Speaking to BBC Radio Kettleby, she was pressed by
				// presenter Tom Barraclough … ¶ “…,” she replied": a
				// pronoun of hers in between keeps to her.
				return f.speaker
			}
			return art.returning(ix, fi, m.para, f.speaker, g)
		}
		if f.para-m.para > maxSpeakerBack {
			break
		}
	}
	return f.speaker
}

// asksAfter reports whether art.finds[n] asks a question, or a later
// found of its paragraph by the same speaker does while one of them names
// found: "“You are filming yourself at full speed, Mr Baptiste,” she said.
// “Were you doing 15mph?”" puts a question to him as a whole; "“The damp
// is in every room,” she said. “How many more winters?”" to no one.
func (art *article) asksAfter(n int, found string) bool {
	if f := art.finds[n]; f.tok >= 0 && art.asks(f) {
		return true
	}
	asks, named := false, false
	for k := n; k < len(art.finds) && art.finds[k].para == art.finds[n].para; k++ {
		f := art.finds[k]
		if f.speaker != art.finds[n].speaker || f.tok < 0 {
			continue
		}
		asks = asks || art.asks(f)
		named = named || namesIn(art.words(f), found)
	}
	return asks && named
}

// namesIn reports whether text holds the surname of name as a word.
func namesIn(text, name string) bool {
	fs := strings.Fields(name)
	if len(fs) == 0 {
		return false
	}
	surname := fs[len(fs)-1]
	for i := 0; ; {
		j := strings.Index(text[i:], surname)
		if j < 0 {
			return false
		}
		b, e := i+j, i+j+len(surname)
		before, _ := utf8.DecodeLastRuneInString(text[:b])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (b == 0 || !isWordRune(before)) && (e == len(text) || !isWordRune(after)) {
			return true
		}
		i = e
	}
}

// returning checks found, the person of gender g a pronoun at
// art.finds[fi] was taken to refer to, last named or quoted in paragraph
// para. When someone else has been quoted since, a feature is more likely
// returning to its subject than to the last person of that gender: the
// pronoun then goes to the person of gender g quoted most often so far if
// they have been quoted at least three times and twice as often as found.
func (art *article) returning(ix *nameIndex, fi, para int, found string, g byte) string {
	// Just after found spoke, a quotation by someone of the other gender
	// is a turn in an exchange, no passage a pronoun returns from:
	// "“…,” Hollister said. ¶ “Did anyone look?” Villanueva-Stroud
	// asked. ¶ “…,” he said".
	exchange := false
	for n := fi - 1; n >= 0 && art.finds[n].para >= art.finds[fi].para-2 && !exchange; n-- {
		exchange = art.finds[n].speaker == found
	}
	moved := false
	for n := fi - 1; n >= 0 && art.finds[n].para > para; n-- {
		// Nor is a question put to found since: "On the call, Mr
		// Pryce-Whitaker was pressed … ¶ “Can you rule it out?” asked
		// an analyst. ¶ “…,” he replied."
		if s := art.finds[n].speaker; s != "" && s != found && !art.finds[n].term && !(exchange && oppositeGender(art.speakerGender(ix, s), g)) && !art.asksAfter(n, found) {
			moved = true
			break
		}
	}
	if !moved {
		return found
	}
	counts := make(map[string]int)
	for _, f := range art.finds[:fi] {
		if f.speaker != "" && !f.term && !f.orgSpeaker && f.how != howPost {
			counts[f.speaker]++
		}
	}
	top, n := "", 0
	for name, c := range counts {
		if (c > n || c == n && name < top) && art.speakerGender(ix, name) == g {
			top, n = name, c
		}
	}
	if top != found && n >= 3 && n >= 2*counts[found] {
		return top
	}
	return found
}

// oppositeGender reports whether a and b are the two genders of persons.
func oppositeGender(a, b byte) bool {
	return a == 'm' && b == 'f' || a == 'f' && b == 'm'
}

// speakerGender returns the gender of the person the article names as
// name, or 0 when it does not say.
func (art *article) speakerGender(ix *nameIndex, name string) byte {
	if name == "" {
		return 0
	}
	for k := len(art.mentions) - 1; k >= 0; k-- {
		if m := art.mentions[k]; m.name == name && m.personal && m.kind != nameOrg {
			return art.mentionGender(ix, m)
		}
	}
	return 0
}

// continues reports whether f continues the quotation of prev in the next
// paragraph: prev runs unclosed to the end of its paragraph and f opens
// the next one.
func (art *article) continues(prev, f *found) bool {
	if prev.tok < 0 || prev.para != f.para-1 || f.region != 0 {
		return false
	}
	px := art.paras[prev.para]
	if prev.region != len(px.regions)-1 {
		return false
	}
	r := px.regions[prev.region]
	if r.closed || r.close != len(px.p.Text) {
		return false
	}
	return f.tok == 0
}

// splits reports whether f is the second half of a quotation split by its
// attribution: “A,” she said. “B.” — prev has its speaker after it and f
// follows that attribution, starting the next sentence or continuing this
// one, with nothing else between.
func (art *article) splits(prev, f *found) bool {
	if prev.tok < 0 || prev.para != f.para || prev.how != howRight {
		return false
	}
	x := art.paras[f.para]
	u := x.toks[prev.tok].unit
	if fu := x.toks[f.tok].unit; fu != u && !(fu == u+1 && x.atUnitStart(f.tok)) {
		return false
	}
	words := 0
	for k := prev.tok + 1; k < f.tok; k++ {
		if x.toks[k].unit != u || x.toks[k].kind == quoted {
			return false
		}
		if x.toks[k].kind == word {
			words++
		}
	}
	// "“A,” said Ruth Adebayo, director of …, who was her student in
	// the 1990s. “B.”": the whole sentence between them attributes both.
	return words <= 40
}

// asideContinues reports whether f, a quotation with no attribution of
// its own opening in lower case, goes on with the words of prev after an
// aside set off by dashes: "“He had the phone up like this” — Arreola
// raised his right hand — “and then pop, pop, pop.”"
func (art *article) asideContinues(prev, f *found) bool {
	if f.how != howNone || prev.tok < 0 || prev.para != f.para || f.tok-prev.tok < 4 || f.tok-prev.tok > 30 {
		return false
	}
	x := art.paras[f.para]
	text := strings.TrimLeft(x.p.Text[x.regions[f.region].start:x.regions[f.region].end], "“\"‘'")
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLower(r) {
		return false
	}
	if !x.isPunct(prev.tok+1, "—–") || !x.isPunct(f.tok-1, "—–") {
		return false
	}
	for k := prev.tok + 2; k < f.tok-1; k++ {
		// Not across a clause, nor after someone else's words named in
		// the aside: "— that was the message from Reeves; Johnson’s
		// verdict —".
		if x.toks[k].kind == quoted || x.isPunct(k, "—–;.") || x.toks[k].poss {
			return false
		}
	}
	return true
}

// floats reports whether f, a quotation with no attribution of its own,
// inherits the speaker of the previous statement prev: f opens its
// sentence, prev is in the same or the previous paragraph, and no other
// person is named between them.
func (art *article) floats(prev, f *found) bool {
	gap := f.para - prev.para
	turn := gap == 2 && art.paras[f.para-1].reply(0) // the answer to a reply, see quotes
	// The writer's own question is answered by someone else.
	if prev.speaker == "" || prev.tok < 0 || gap > 2 || prev.ref.kind == refPronoun && prev.ref.pron == writerPronoun ||
		gap == 2 && !turn && !art.question(f.para-1) && !art.reportsOn(f.para-1, prev.speaker) {
		return false
	}
	x := art.paras[f.para]
	if !x.atUnitStart(f.tok) && !x.bareLeadIn(f.tok) {
		return false
	}
	if (gap == 1 || turn) && x.reply(f.region) && (art.asks(f) || art.addresses(prev) || art.youDid(f)) {
		// A reply to a question, to words turned on someone, or one
		// that holds what the other did ("You said that an hour
		// ago."): but "You know the risk when you paddle out" after a
		// surfer's “It's a small place,” he said goes on with his
		// words.
		return false
	}
	for k := art.mentionsBefore(prev.para, prev.tok+1); k < len(art.mentions); k++ {
		m := art.mentions[k]
		if !before(m.para, m.tok, f.para, f.tok) {
			break
		}
		if m.personal && m.name != prev.speaker && !(m.para == prev.ref.para && m.tok == prev.ref.tok) && !art.toldIn(&m, prev) {
			return false // not the one who spoke: “…,” a DPI spokesperson said.
		}
	}
	return true
}

// toldIn reports whether mention m names the one told in the sentence
// attributing prev: "“…,” he told host Daniella Osei-Whitmore."
func (art *article) toldIn(m *mention, prev *found) bool {
	if m.chunk < 0 || m.para != prev.ref.para || prev.ref.kind == refNone {
		return false
	}
	x := art.paras[m.para]
	if prev.ref.tok >= len(x.toks) || x.toks[prev.ref.tok].unit != m.unit {
		return false
	}
	k := x.chunks[m.chunk].first - 1
	for k > 0 && x.word(k, m.unit) && isTitleKey(x.key(k)) {
		k--
	}
	return x.key(k) == "told"
}

// youDid reports whether the quotation of f opens by saying what the one
// spoken to did: "You said that an hour ago.", "You fired her."
func (art *article) youDid(f *found) bool {
	ws := strings.Fields(strings.TrimSpace(art.words(f)))
	if len(ws) < 2 || ws[0] != "You" {
		return false
	}
	w := strings.ToLower(ws[1])
	return pastTense(w) || irregularPast[w] || w == "said" || w == "told" || w == "did" || w == "were"
}

// crossQuestion reports whether the quotation f goes on an exchange of
// questions and answers between a and b, the speakers of the two
// paragraphs before it, so that it is a's: a paragraph holding only a
// question after b answered a's question, only an answer after b's
// question or words b turned on a ("You fired her."), or a retort to b
// ("You said that in January, too.").
func (art *article) crossQuestion(a, b, f *found) bool {
	if a.speaker == "" || b.speaker == "" || a.speaker == b.speaker || a.orgSpeaker || b.orgSpeaker ||
		a.tok < 0 || b.tok < 0 || b.para != f.para-1 || a.para != f.para-2 {
		return false
	}
	if !art.paras[f.para].quoteOnly() {
		return false
	}
	x := art.paras[f.para]
	return art.asks(a) && art.asks(f) || art.addresses(b) && !art.asks(f) || x.reply(f.region)
}

// addresses reports whether the quotation of f turns to the one spoken
// to: a question, or words opening with "You" ("You fired her.").
func (art *article) addresses(f *found) bool {
	if art.asks(f) {
		return true
	}
	w := firstWord(art.words(f))
	return w == "You" || w == "Your"
}

// addressee returns the person a quotation opens by addressing, with a
// name or a title and a name before a comma ("Mr. Langridge, did you
// …?", "Senator Ruiz, …"), or a question closes by addressing after a
// comma ("…, Mr Brackley?"), when the article names them in full;
// otherwise "".
func (art *article) addressee(ix *nameIndex, f *found) string {
	text := strings.TrimSpace(art.words(f))
	head, _, ok := strings.Cut(text, ",")
	if !ok || !capitalisedWords(head, 4) {
		// "Is that a man with his fists up, Mr Brackley?": the name
		// that closes the question.
		i := strings.LastIndex(text, ",")
		if i < 0 || !strings.HasSuffix(text, "?") {
			return ""
		}
		head = strings.TrimSuffix(text[i+1:], "?")
		if !capitalisedWords(head, 4) {
			return ""
		}
	}
	return art.localPerson(ix, strings.Fields(head))
}

// subjectSomewhere reports whether the article names the body name as
// the subject of a sentence.
func (art *article) subjectSomewhere(name string) bool {
	for i := range art.mentions {
		if m := &art.mentions[i]; m.name == name && m.subject {
			return true
		}
	}
	return false
}

// capitalisedWords reports whether s is one to max words, each opening
// with a capital.
func capitalisedWords(s string, max int) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > max {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// localPerson returns the person the article names in full whose name
// words are, after a title or an honorific ("Mr.", "Sgt."), or "".
func (art *article) localPerson(ix *nameIndex, words []string) string {
	var keys []string
	for i, w := range words {
		k := normKey(strings.TrimSuffix(strings.ToLower(w), "."))
		if i == 0 && len(words) > 1 && (honorifics[k] || isTitleKey(k)) {
			continue
		}
		keys = append(keys, k)
	}
	if i := ix.resolve(keys, art.local, true); i >= 0 && art.local[i] {
		return ix.people[i].name
	}
	if len(keys) == 1 && len(words) == 1 {
		// "Gerrit, do you feel …?": the one person of the article with
		// that given name.
		name := ""
		for i := range art.local {
			if p := ix.people[i]; len(p.keys) >= 2 && p.keys[0] == keys[0] && p.personal {
				if name != "" && name != p.name {
					return ""
				}
				name = p.name
			}
		}
		return name
	}
	return ""
}

// repliesTo reports whether the pronoun r is the subject of a verb of
// replying and m the one who asked, in a sentence quoting a question, or
// who spoke in a paragraph before r's. A pronoun in a later paragraph than
// the question answers it whatever its verb: "“Did donors contact you?”
// one reporter asked. ¶ “…,” she said."
func (art *article) repliesTo(m *mention, r ref) bool {
	x := art.paras[r.para]
	reply := false
	switch x.key(r.tok + 1) {
	case "replied", "answered", "responded", "retorted", "countered":
		reply = true
	default:
		if m.para == r.para {
			return false
		}
	}
	mx := art.paras[m.para]
	for ri, reg := range mx.regions {
		if mx.toks[mx.qtok[ri]].unit != m.unit {
			continue
		}
		if endsQuestion(mx.p.Text[reg.start:reg.end]) || reply && m.para < r.para {
			// "“Those cities had years of consultation,” one reporter
			// put to her. ¶ “…,” she replied."
			return true
		}
	}
	return false
}

// asksIn reports whether unit u has a verb of asking: "“…?” Aurelius
// pressed." asks; "“How can we grind wheat we are not given?” the
// chairman said" makes a point.
func (x *para) asksIn(u int) bool {
	for k := x.ustart[u]; k < x.ustart[u+1]; k++ {
		if askVerbs[x.key(k)] {
			return true
		}
	}
	return false
}

// rulingNouns are the texts a court or a panel issues, which are not the
// words of whoever spoke last: "The ruling in Callaway v. Georgia".
var rulingNouns = set(`ruling rulings judgment judgement judgments decision decisions verdict opinion`)

// pressNouns are the people who put questions to those the news quotes.
var pressNouns = set(`reporter journalist interviewer questioner`)

// askVerbs report a question.
var askVerbs = set(`asked asks pressed presses queried demanded wondered`)

// asks reports whether the quotation of f ends in a question mark.
func (art *article) asks(f *found) bool {
	return endsQuestion(art.words(f))
}

// endsQuestion reports whether the words of a quotation end in a question
// mark, before any closing marks.
func endsQuestion(words string) bool {
	return strings.HasSuffix(strings.TrimRight(words, " ”\"’'"), "?")
}

// answersUnnamed reports whether f, a quotation alone in its paragraph
// and no question, answers the question q in the paragraph before, whose
// asker the article does not name, after turn, a statement by someone
// named in the paragraph before that.
func (art *article) answersUnnamed(turn, q, f *found) bool {
	return q.speaker == "" && turn.speaker != "" && q.para == f.para-1 && art.narrationBetween(turn.para, q.para) &&
		art.asks(q) && !art.asks(turn) && !art.asks(f) && (art.paras[f.para].quoteOnly() || art.paras[f.para].cameReply(f.tok))
}

// askedBetween reports whether "asked" or "asks" stands between toks[i]
// and toks[j] as the main verb of one putting a question: "A third
// reporter asked: “…?”", "a reporter asked Halvorsen whether"; not "who
// asked not to be named", "who asked about the budget", "had asked
// police", "asked for comment" or "asked that his name be withheld".
func (x *para) askedBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if (x.key(k) != "asked" && x.key(k) != "asks") || x.toks[k].kind != word {
			continue
		}
		switch x.key(k - 1) {
		case "who", "had", "has", "have", "was", "were", "is", "be", "been":
			continue
		}
		switch x.key(k + 1) {
		case "not", "to", "that", "for", "about", "after":
			continue
		}
		return true
	}
	return false
}

// narrationBetween reports whether paragraph b follows paragraph a at once
// or after at most two short paragraphs of narration that quote no one and
// name or describe no person: "“…,” the Dutchman said.¶The exchange that
// followed was brief.¶“…?” one reporter asked." A paragraph that brings
// in others changes the scene: "Outside, the mood among protesters was
// different."
func (art *article) narrationBetween(a, b int) bool {
	if a >= b || b-a > 3 {
		return false
	}
	for pi := a + 1; pi < b; pi++ {
		x := art.paras[pi]
		if len(x.regions) > 0 || len(x.chunks) > 0 || len(x.toks) > 16 {
			return false
		}
		for _, t := range x.toks {
			if t.kind == word && (isPeopleNoun(t.key) || personNouns[t.key] || roleHeads[t.key] || titles[t.key] || pronouns[t.key] != 0) {
				return false
			}
		}
	}
	return true
}

// words returns the text inside the quotation marks of f.
func (art *article) words(f *found) string {
	x := art.paras[f.para]
	r := x.regions[f.region]
	return x.p.Text[r.start:r.end]
}

// reply reports whether a paragraph holding only the quotation of region
// ri answers the quotation just before rather than going on with it: it
// turns to the last speaker ("You said that an hour ago.") or is a
// single question ("And how much on the scheduling system?"), as in an
// exchange at a hearing or a dialogue. Its speaker is then unknown.
func (x *para) reply(ri int) bool {
	if len(x.regions) != 1 || !x.quoteOnly() {
		return false
	}
	text := strings.TrimSpace(x.p.Text[x.regions[ri].start:x.regions[ri].end])
	if w, _, _ := strings.Cut(text, " "); w == "You" {
		return true
	}
	if !strings.HasSuffix(text, "?") {
		return false
	}
	body := strings.TrimSuffix(text, "?")
	return !strings.ContainsAny(body, ".?!")
}

// question reports whether paragraph pi is an interviewer's question put
// in the writer's words between two answers: one sentence ending in a
// question mark, with no quotation and no name in it ("Will she stay on
// the island?"), which a page may set as a heading.
func (art *article) question(pi int) bool {
	return art.putQuestion(pi) && len(art.paras[pi].chunks) == 0
}

// putQuestion reports whether paragraph pi is a question put in a
// transcript: a short paragraph ending in a question mark, with no
// quotation ("Is Dayo in your squad for tomorrow?", "Five titles. Was
// that the target?"). Unlike question, it may name people.
func (art *article) putQuestion(pi int) bool {
	x := art.paras[pi]
	n := len(x.toks)
	return n > 0 && n <= 40 && len(x.regions) == 0 && x.isPunct(n-1, "?") &&
		x.toks[n-1].unit-x.toks[0].unit <= 2 && (x.p.Kind == corpus.KindText || x.p.Kind == corpus.KindHeading)
}

// reportsOn reports whether paragraph pi, holding no quotation, goes on
// reporting what speaker said: it opens with "she added that …" or
// "Forbes said …", a pronoun or the speaker's name before a reporting
// verb, or its first sentence ends with one: "Small businesses would be
// hit hardest, she says."
func (art *article) reportsOn(pi int, speaker string) bool {
	x := art.paras[pi]
	if len(x.regions) > 0 || x.p.Kind != corpus.KindText || len(x.toks) < 2 {
		return false
	}
	if p := x.trailingPronoun(0); p >= 0 && reportVerbs[x.key(p+1)] != 0 {
		// "Small businesses would be hit hardest, she says."
		return art.speakerGender(art.ix, speaker) == pronouns[x.key(p)]
	}
	if c := x.trailingName(0); c >= 0 && reportVerbs[x.key(x.chunks[c].last+1)] != 0 {
		return art.nameOf(pi, c) == speaker // "…, Tauroa-Finch says."
	}
	r, end, ok := x.npAt(0, x.toks[0].unit, len(x.toks))
	if !ok || x.verbAt(end) == 0 {
		return false
	}
	switch r.kind {
	case refPronoun:
		g := pronouns[r.pron]
		return (g == 'm' || g == 'f') && art.speakerGender(art.ix, speaker) == g
	case refChunk:
		return art.nameOf(pi, r.chunk) == speaker
	}
	return false
}

// bareLeadIn reports whether the quotation at token q follows a short
// lead-in ending in a colon that names nobody and reports no speech:
// "Then, after a pause: “…”".
func (x *para) bareLeadIn(q int) bool {
	if !x.isPunct(q-1, ":") {
		return false
	}
	words := 0
	for k := x.ustart[x.toks[q].unit]; k < q-1; k++ {
		t := x.toks[k]
		if t.kind == quoted || x.chunkOf[k] >= 0 || pronouns[t.key] != 0 || x.verbAt(k) != 0 {
			return false
		}
		if t.kind == word {
			words++
		}
	}
	return words <= 6
}

// isTitleCase reports whether text looks like a title or a name: two words
// or more, at most ten, each significant word capitalised, no sentence end.
func isTitleCase(text string) bool {
	// “A Farewell to Teodora.”, as American style punctuates it; but
	// “Not yet.” and “MORE ROT.” are sentences.
	if t, ok := strings.CutSuffix(text, "."); ok && strings.ToUpper(text) != text {
		if ws := strings.Fields(t); len(ws) == 0 || !capitalised(ws[len(ws)-1]) {
			return false
		}
		text = t
	}
	ws := strings.Fields(text)
	if len(ws) < 2 || len(ws) > 10 || strings.ContainsAny(text, ".?!") {
		return false
	}
	for _, w := range ws {
		if stopwords[strings.ToLower(w)] && len(w) <= 4 {
			continue
		}
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// postSpeaker returns the speaker of an embedded post: its author as the
// article names them, without a title or the letters after a name ("Gov.
// Maria Lindahl-Ortiz" and "Maria Lindahl-Ortiz MP" are Maria
// Lindahl-Ortiz), or as the signature gives them.
func (art *article) postSpeaker(ix *nameIndex, p *corpus.Paragraph) string {
	name := postAuthor(p)
	toks := tokenize(name, nil)
	n, e := 0, len(toks)
	for n < e-2 && toks[n].kind == word && titles[toks[n].key] {
		n++
	}
	for e > n+2 && postnominal(toks[e-1]) {
		e--
	}
	var keys []string
	for _, t := range toks[n:e] {
		if t.kind == word {
			keys = append(keys, t.key)
		}
	}
	if i := ix.resolve(keys, art.local, true); i >= 0 && (art.local[i] || n > 0 || e < len(toks)) {
		// "— Ray Teague (@RayTeague)" under a story about Raymond Teague.
		return ix.people[i].name
	}
	if len(keys) == 1 && isGivenName(keys[0]) {
		// "— Ffion (@ffionah_)" under "One student, Ffion Adeyemi-Hart,
		// posted": the one person of the article with that given name.
		found := -1
		for i := range art.local {
			if p := ix.people[i]; len(p.keys) > 1 && p.keys[0] == keys[0] {
				if found >= 0 {
					found = -2
					break
				}
				found = i
			}
		}
		if found >= 0 {
			return ix.people[found].name
		}
	}
	if o := art.orgShortened(keys); o != "" {
		// "— Bellwood Fire Dept. (@BellwoodFD)" under a story about the
		// Bellwood Fire Department.
		return o
	}
	if n == 0 && e == len(toks) {
		return name
	}
	return strings.TrimSpace(name[toks[n].start:toks[e-1].end])
}

// orgShortened returns the one organisation the article names of which
// keys are a short form, or "": "Bellwood Fire Dept." of the Bellwood Fire
// Department, "Gem City RTA" of the Gem City Regional Transit Authority,
// "Fellside Fire & Rescue" of Fellside Fire and Rescue Service.
func (art *article) orgShortened(keys []string) string {
	if len(keys) < 2 {
		return ""
	}
	found := ""
	for i := range art.mentions {
		m := &art.mentions[i]
		if m.kind != nameOrg || m.name == found || len(m.keys) < len(keys) || !bodyShortForm(keys, m.keys) {
			continue
		}
		if found != "" {
			return "" // two bodies it may be short for
		}
		found = m.name
	}
	return found
}

// bodyShortForm reports whether the name with keys short is a short form of
// the one with keys full: the same first word, then each word of short in
// order the same as a word of full, an abbreviation of it ("dept." of
// "department") or the initials of a run of its words ("rta" of "regional
// transit authority"), any other words of full left out.
func bodyShortForm(short, full []string) bool {
	if len(short) == 0 || len(full) == 0 || short[0] != full[0] {
		return false
	}
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if i == len(short) {
			return true
		}
		if j == len(full) {
			return false
		}
		s, f := strings.TrimSuffix(short[i], "."), full[j]
		if (s == f || len(s) >= 3 && len(f) > len(s) && s[0] == f[0] && lettersIn(s, f)) && match(i+1, j+1) {
			return true
		}
		if n := len(s); n >= 2 && j+n <= len(full) && isInitials(s, full[j:j+n]) && match(i+1, j+n) {
			return true
		}
		return match(i, j+1)
	}
	return match(1, 1)
}

// lettersIn reports whether the letters of s occur in w in order, as an
// abbreviation's do: "dept" in "department", "assn" in "association".
func lettersIn(s, w string) bool {
	i := 0
	for k := 0; k < len(w) && i < len(s); k++ {
		if w[k] == s[i] {
			i++
		}
	}
	return i == len(s)
}

// isInitials reports whether s spells the first letters of words.
func isInitials(s string, words []string) bool {
	for k, w := range words {
		if w == "" || w[0] != s[k] {
			return false
		}
	}
	return true
}

// postAuthor returns the name of the author of an embedded post, or its
// handle when the signature gives no name.
func postAuthor(p *corpus.Paragraph) string {
	if p.Author == nil {
		return ""
	}
	if n := strings.TrimSpace(p.Author.Name); n != "" {
		return n
	}
	return strings.TrimSpace(p.Author.Handle)
}

// postSpan returns the span of a post's text: the whole paragraph, trimmed
// of space.
func postSpan(p *corpus.Paragraph) Span {
	s, e := 0, len(p.Text)
	for s < e && isSpaceByte(p.Text[s]) {
		s++
	}
	for e > s && isSpaceByte(p.Text[e-1]) {
		e--
	}
	return Span{Paragraph: p.ID, Start: s, End: e}
}

// isSpaceByte reports whether b is ASCII white space.
func isSpaceByte(b byte) bool { return b < 0x80 && unicode.IsSpace(rune(b)) }

// writer returns the name of the one writer a byline names ("By Jonah
// Whitlock", "By Lucy Farrant, Courts Correspondent"), or "" when it names
// none or several.
func writer(byline string) string {
	b := strings.TrimSpace(byline)
	for _, p := range []string{"words by ", "text by ", "story by ", "written by "} {
		if len(b) > len(p) && strings.EqualFold(b[:len(p)], p) {
			b = b[len(p)-3:] // "Words by Jane Doe. Photographs by John Roe"
			break
		}
	}
	if len(b) < 3 || !strings.EqualFold(b[:3], "by ") {
		return ""
	}
	b = b[3:]
	// "Jane Doe. Photographs by John Roe", but not "J. R. Doe".
	for i := strings.Index(b, ". "); i >= 0; {
		if w := strings.LastIndexByte(b[:i], ' '); i-w > 2 {
			b = b[:i]
			break
		}
		k := strings.Index(b[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	if i := strings.IndexAny(b, ",|(—–"); i >= 0 {
		b = b[:i]
	}
	var words []string
	for _, w := range strings.Fields(b) {
		switch r := []rune(w); {
		case strings.EqualFold(w, "and") || w == "&":
			return "" // several writers
		case !unicode.IsUpper(r[0]):
			// "By Rory Kinsella at the Riverside Stadium"
			return writerName(words)
		case len(r) > 1 && strings.ToUpper(w) == w:
			return "" // a name in capitals, not written as the text does
		}
		words = append(words, w)
	}
	return writerName(words)
}

// writerName joins the words of a byline's name, or returns "" when they
// are too few or too many to be one.
func writerName(words []string) string {
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	return strings.Join(words, " ")
}

// basedIn reports whether the capitalised words of a description only say
// where an organisation is based: "the Dayton-based group", "the Kuala
// Lumpur-based carrier", "the Columbus, Ohio-based company". The words
// before the last one are the rest of the place's name.
func basedIn(caps []string) bool {
	return len(caps) > 0 && isBasedIn(caps[len(caps)-1])
}

// basedSuffixes end a word that says where a body is based, listed or
// owned: "Dayton-based", "Canadian-listed", "state-owned".
var basedSuffixes = []string{"-based", "-listed", "-owned", "-backed", "-headquartered", "-registered", "-funded", "-run"}

// isBasedIn reports whether key says where or by whom a body is based,
// listed or owned.
func isBasedIn(key string) bool {
	for _, s := range basedSuffixes {
		if strings.HasSuffix(key, s) && len(key) > len(s) {
			return true
		}
	}
	return false
}

// objectInWhoClause reports whether toks[i] is "him" or "her" as the
// object of a relative clause opening with "who" in its sentence: the
// clause's subject, whom "who" means, is someone else than the pronoun
// ("Raf Verbruggen, who has guided her since she was 14").
func (x *para) objectInWhoClause(i int) bool {
	switch x.key(i) {
	case "him":
	case "her":
		if x.word(i+1, x.toks[i].unit) && !objectFollowers[x.key(i+1)] {
			return false // "who met her husband": a possessive
		}
	default:
		return false
	}
	u := x.toks[i].unit
	for k := i - 1; k >= 0 && x.toks[k].unit == u; k-- {
		switch {
		case x.toks[k].kind != word:
			return false
		case x.key(k) == "who":
			return x.isPunct(k-1, ",")
		case nominativeWords[x.key(k)]:
			return false
		}
	}
	return false
}

// objectFollowers are words that follow "her" as an object rather than a
// possessive: "guided her since", "told her that".
var objectFollowers = set(`since to in on at for with and but as when that from about because
	after before by of into over up out back again how what why if until while`)

// nominativeWords are pronouns that open a clause of their own.
var nominativeWords = set(`he she they i we you it`)

// descModifiers returns the lower-case words of a definite description
// between its article and its head noun: "employers" in "the employers’
// association".
func (art *article) descModifiers(r ref) []string {
	return art.modifiers(r, true)
}

// portfolio returns the modifiers that say which office a description's
// head is, "environment" in "the environment minister", without those in
// the possessive, which say whose it is ("the jail's governor").
func (art *article) portfolio(r ref) []string {
	return art.modifiers(r, false)
}

// modifiers returns the words in lower case between a description's
// determiner and its head, those in the possessive too when poss is set.
func (art *article) modifiers(r ref, poss bool) []string {
	x := art.paras[r.para]
	var mods []string
	for i := r.tok; i < len(x.toks) && i < r.tok+6 && x.toks[i].kind == word; i++ {
		k := x.key(i)
		if k == r.head {
			return mods
		}
		if !x.toks[i].cap && (poss || !x.toks[i].poss) && !determiners[k] && !stopwords[k] {
			mods = append(mods, k)
		}
	}
	return nil
}

// sameStem reports whether two keys are the same word, one perhaps a
// plural of the other: "employer" and "employers".
func sameStem(a, b string) bool {
	return strings.TrimSuffix(a, "s") == strings.TrimSuffix(b, "s")
}
