package quote

import (
	"slices"
	"sort"
	"strings"

	"parallax/corpus"
	"parallax/corpus/entity"
)

// A person is a full name (two words or more) found in the corpus, with
// what the corpus says about its bearer.
type person struct {
	name     string   // as first written
	keys     []string // keys of its words
	count    int      // mentions of the full name
	titles   map[string]bool
	male     int  // evidence for "he"
	female   int  // evidence for "she"
	personal bool // known to name a person, not a place or a thing
}

// A nameIndex holds the full names of the corpus, so that a shorter
// mention ("Sheinbaum", "President Trump") can be mapped to the fullest
// name of the same person ("Claudia Sheinbaum", "Donald Trump").
type nameIndex struct {
	people  []*person
	byFull  map[string]int   // keys joined by spaces → person
	byToken map[string][]int // key of any word but the first → people
}

// newNameIndex collects the full names of every article.
func newNameIndex(arts []*article) *nameIndex {
	ix := &nameIndex{byFull: make(map[string]int), byToken: make(map[string][]int)}
	// A nickname written inside a name makes the nickname and the surname
	// another form of it: "Sal Ferrante" after Salvatore “Sal” Ferrante.
	type fullForm struct {
		name string
		keys []string
	}
	nicks := make(map[string]fullForm)
	for _, a := range arts {
		for _, x := range a.paras {
			for _, c := range x.chunks {
				if c.nick != "" && c.kind != nameOrg && len(c.keys) >= 2 && nameSource(x) {
					nicks[c.nick+" "+surnameKey(c.keys)] = fullForm{c.name, c.keys}
					if s := surnameWithParticles(c.keys); s != surnameKey(c.keys) {
						nicks[c.nick+" "+s] = fullForm{c.name, c.keys} // "Peggy de la Haye"
					}
				}
			}
		}
	}
	for _, a := range arts {
		for _, x := range a.paras {
			if !nameSource(x) {
				continue
			}
			for _, c := range x.chunks {
				if c.kind == nameOrg || c.place || len(c.keys) < 2 || slices.ContainsFunc(c.keys, hasDigit) {
					continue // no one's name holds a number: "Aerovance AV-72"
				}
				if len(c.title) == 0 && c.first > 0 && x.key(c.first-1) == "the" && x.toks[c.first-1].unit == x.toks[c.first].unit {
					continue // no one's name follows "the": "The Salt Orchard"
				}
				full := strings.Join(c.keys, " ")
				name, keys := c.name, c.keys
				if f, ok := nicks[full]; ok {
					full, name, keys = strings.Join(f.keys, " "), f.name, f.keys
				}
				ix.people[ix.add(full, name, keys)].count++
			}
		}
	}
	// The author of an embedded post, signed with a given name and a
	// surname, is a person the article names: "— Brenda Kowalski
	// (@brendak_travels)" before "Kowalski, a teacher, said".
	for _, a := range arts {
		for _, x := range a.paras {
			name, keys, ok := postPerson(x.p)
			if !ok {
				continue
			}
			full := strings.Join(keys, " ")
			i, seen := ix.byFull[full]
			if !seen {
				// "— Peter Lenguro" signs for Peter Lemarti Lenguro.
				for _, j := range ix.byToken[keys[len(keys)-1]] {
					if q := ix.people[j]; q.keys[0] == keys[0] && containsInOrder(q.keys, keys) {
						i, seen = j, true
						ix.byFull[full] = j
						break
					}
				}
			}
			if !seen {
				i = ix.add(full, name, keys)
			}
			ix.people[i].count++
			ix.people[i].personal = true
		}
	}
	for alias, f := range nicks {
		if i, ok := ix.byFull[strings.Join(f.keys, " ")]; ok {
			ix.byFull[alias] = i
		}
	}
	// A name the person is known by, set off after their name: "Bupe
	// Chanda, known to his fans as “Uncle Bee”," signs posts as Uncle Bee.
	for _, a := range arts {
		for _, x := range a.paras {
			for q, t := range x.toks {
				if t.kind != quoted {
					continue
				}
				c := x.knownAs(q)
				if c < 0 {
					continue
				}
				r := x.regions[t.quote]
				alias := strings.Join(keysOf(tokenize(strings.TrimRight(x.p.Text[r.start:r.end], ".,"), nil)), " ")
				if i, ok := ix.byFull[strings.Join(x.chunks[c].keys, " ")]; ok && alias != "" {
					if _, taken := ix.byFull[alias]; !taken {
						ix.byFull[alias] = i
					}
				}
			}
		}
	}
	// A short form of a given name with the same surname is the same
	// person: "Ray Teague" after "Raymond Teague", "Dec" for "Declan".
	for i, p := range ix.people {
		for _, j := range ix.byToken[p.keys[1]] {
			if j == i || !shortForm(ix.people[j].keys, p.keys) {
				continue
			}
			q := ix.people[j]
			ix.byFull[strings.Join(p.keys, " ")] = j
			q.count += p.count
			ix.byToken[p.keys[1]] = slices.DeleteFunc(ix.byToken[p.keys[1]], func(k int) bool { return k == i })
			break
		}
	}
	// A surname opening with a particle, written with a capital at a
	// sentence's start, is the surname of the full name that holds it
	// after the given name: "Van der Heijden said" after "Joost van der
	// Heijden", "De la Fuente replied" after "Óscar de la Fuente
	// Villanueva".
	for i, p := range ix.people {
		if !entity.IsParticle(p.keys[0]) {
			continue
		}
		last := p.keys[len(p.keys)-1]
		for _, j := range ix.byToken[last] {
			q := ix.people[j]
			if j == i || len(q.keys) <= len(p.keys) || !entity.HoldsSurname(q.keys, p.keys) {
				continue
			}
			ix.byFull[strings.Join(p.keys, " ")] = j
			q.count += p.count
			ix.byToken[last] = slices.DeleteFunc(ix.byToken[last], func(k int) bool { return k == i })
			break
		}
	}
	// A name written with a middle name once and mostly without it
	// ("Ellis Lamar Marchbanks was born …") is given in its usual form.
	for _, p := range ix.people {
		n := len(p.keys)
		if n < 3 {
			continue
		}
		if i, ok := ix.byFull[p.keys[0]+" "+p.keys[n-1]]; ok && ix.people[i].count >= p.count {
			p.name = ix.people[i].name
		}
	}
	// A relative named by a given name alone takes the family name of the
	// one they are related to ("his wife, Bridget," of Colin Harker), but
	// the family name alone still means the one named with it: only the
	// full name is looked up.
	for _, a := range arts {
		for _, x := range a.paras {
			if !nameSource(x) {
				continue
			}
			for _, c := range x.chunks {
				if c.family == "" || len(c.keys) != 1 {
					continue
				}
				full := c.keys[0] + " " + c.family
				i, seen := ix.byFull[full]
				if !seen {
					i = ix.add(full, c.name, []string{c.keys[0], c.family})
					ix.byToken[c.family] = slices.DeleteFunc(ix.byToken[c.family], func(k int) bool { return k == i })
				}
				ix.people[i].count++
			}
		}
	}
	return ix
}

// add returns the person whose full name is full, adding one written
// name with keys when there is none.
func (ix *nameIndex) add(full, name string, keys []string) int {
	if i, ok := ix.byFull[full]; ok {
		return i
	}
	i := len(ix.people)
	ix.byFull[full] = i
	ix.people = append(ix.people, &person{name: name, keys: keys, titles: make(map[string]bool)})
	for _, k := range keys[1:] {
		if !entity.IsParticle(k) {
			ix.byToken[k] = append(ix.byToken[k], i)
		}
	}
	return i
}

// postPerson returns the name of the author of an embedded post and its
// keys when the signature gives a person's name: a given name and a
// surname or two, in capitals, without a body's word, the title before
// it and the letters after it left out.
func postPerson(p *corpus.Paragraph) (string, []string, bool) {
	if p.Kind != corpus.KindPost || p.Author == nil {
		return "", nil, false
	}
	toks := tokenize(strings.TrimSpace(p.Author.Name), nil)
	n, e := 0, len(toks)
	for n < e-2 && toks[n].kind == word && titles[toks[n].key] {
		n++
	}
	for e > n+2 && postnominal(toks[e-1]) {
		e--
	}
	toks = toks[n:e]
	if len(toks) < 2 || len(toks) > 4 || !isGivenName(toks[0].key) {
		return "", nil, false
	}
	for _, t := range toks {
		if t.kind != word || !t.cap {
			return "", nil, false
		}
	}
	keys := keysOf(toks)
	if isOrgName(keys, toks) || slices.ContainsFunc(keys, hasDigit) {
		return "", nil, false
	}
	return strings.TrimSpace(p.Author.Name[toks[0].start:toks[len(toks)-1].end]), keys, true
}

// nameSource reports whether a paragraph's names can be trusted: headings
// are in title case and posts in any case.
func nameSource(x *para) bool {
	return x.p.Kind != corpus.KindHeading && x.p.Kind != corpus.KindPost
}

// resolve returns the person a name refers to, or -1. local holds the
// people whose full name the article itself writes; they are preferred. A
// name of one word resolves only to someone known to be a person (or when
// isPerson says the word itself names one, as a speaker does), and only
// when the choice is clear: a full name that contains every other
// candidate, or one written at least twice as often as any other.
func (ix *nameIndex) resolve(keys []string, local map[int]bool, isPerson bool) int {
	if len(keys) == 0 {
		return -1
	}
	last := keys[len(keys)-1]
	suffix := entity.IsGeneration(strings.TrimSuffix(last, "."))
	var cands []int
	if i, ok := ix.byFull[strings.Join(keys, " ")]; ok && len(keys) > 1 {
		cands = append(cands, i)
	}
	for _, i := range ix.byToken[last] {
		p := ix.people[i]
		if len(keys) == 1 && !p.personal && !isPerson {
			continue
		}
		if !containsInOrder(p.keys, keys) && !shortForm(p.keys, keys) {
			continue
		}
		if !suffix && entity.IsGeneration(strings.TrimSuffix(p.keys[len(p.keys)-1], ".")) {
			continue // "Trump" is not "Donald Trump Jr."
		}
		cands = append(cands, i)
	}
	if suffix {
		// "Smith Jr." is looked up by the surname.
		for _, i := range ix.byToken[keys[0]] {
			if containsInOrder(ix.people[i].keys, keys) {
				cands = append(cands, i)
			}
		}
	}
	cands = dedupe(cands)
	if len(cands) == 0 {
		return -1
	}
	var inArticle []int
	for _, i := range cands {
		if local[i] {
			inArticle = append(inArticle, i)
		}
	}
	if len(inArticle) > 0 {
		cands = inArticle
	}
	return ix.pick(cands)
}

// pick chooses among candidate people: the one whose name contains all the
// others', else the most written one if it clearly leads, else none.
func (ix *nameIndex) pick(cands []int) int {
	if len(cands) == 1 {
		return cands[0]
	}
	sort.Slice(cands, func(a, b int) bool {
		pa, pb := ix.people[cands[a]], ix.people[cands[b]]
		if len(pa.keys) != len(pb.keys) {
			return len(pa.keys) > len(pb.keys)
		}
		if pa.count != pb.count {
			return pa.count > pb.count
		}
		return cands[a] < cands[b]
	})
	top := ix.people[cands[0]]
	all := true
	for _, i := range cands[1:] {
		if !containsInOrder(top.keys, ix.people[i].keys) {
			all = false
			break
		}
	}
	if all {
		return cands[0]
	}
	sort.Slice(cands, func(a, b int) bool {
		pa, pb := ix.people[cands[a]], ix.people[cands[b]]
		if pa.count != pb.count {
			return pa.count > pb.count
		}
		return cands[a] < cands[b]
	})
	if ix.people[cands[0]].count >= 2*ix.people[cands[1]].count {
		return cands[0]
	}
	return -1
}

// shortForm reports whether the name short is full with its given name
// shortened: "Ray Teague" of "Raymond Teague".
func shortForm(full, short []string) bool {
	return len(full) == 2 && len(short) == 2 && full[1] == short[1] && len(short[0]) >= 3 &&
		len(full[0]) > len(short[0]) && strings.HasPrefix(full[0], short[0])
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

// dedupe removes repeated values from a short list, keeping the first.
func dedupe(xs []int) []int {
	out := xs[:0]
	for i, v := range xs {
		seen := false
		for _, w := range xs[:i] {
			if w == v {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, v)
		}
	}
	return out
}

// titleMatches reports whether a description's capitalised modifier
// matches one of a person's title words: equal, or sharing a stem of four
// letters or more, so that "Mexican" matches "Mexico".
func titleMatches(mod string, titles map[string]bool) bool {
	if titles[mod] {
		return true
	}
	if len(mod) < 5 {
		return false
	}
	for t := range titles {
		if len(t) < 5 {
			continue
		}
		n := 0
		for n < len(t) && n < len(mod) && t[n] == mod[n] {
			n++
		}
		if n >= 4 && (n >= len(t)-3 && n >= len(mod)-3) {
			return true
		}
	}
	return false
}

// knownAs returns the chunk of the person whose other name the quotation
// at toks[q] gives, set off after their full name: "Bupe Chanda, known
// to his fans as “Uncle Bee”", "Maria Ortiz, nicknamed “La Jefa”". It
// returns -1 otherwise.
func (x *para) knownAs(q int) int {
	u := x.toks[q].unit
	start := x.ustart[u]
	m := q - 1
	if m < start || x.key(m) != "as" && !nickVerbs[x.key(m)] {
		return -1
	}
	for ; m > start && m >= q-8; m-- {
		if x.isPunct(m, ",") {
			break
		}
		if x.toks[m].kind != word {
			return -1
		}
	}
	if !x.isPunct(m, ",") || !(x.key(m+1) == "known" || nickVerbs[x.key(m+1)]) {
		return -1
	}
	c := x.chunkOf[max(m-1, 0)]
	if m-1 < start || c < 0 || x.chunks[c].last != m-1 || x.chunks[c].kind == nameOrg || len(x.chunks[c].keys) < 2 {
		return -1
	}
	return c
}

// nickVerbs give someone a name: "nicknamed “La Jefa”".
var nickVerbs = set(`nicknamed dubbed`)
