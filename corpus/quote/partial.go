package quote

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"parallax/corpus/entity"
)

// A fullName is a person's full name as one article writes it.
type fullName struct {
	para, tok int
	person    int    // index in the name index
	given     string // the key of the given name
	gender    byte   // from the title written with it or the given name, or 0
	personal  bool   // known to name a person
	kin       bool   // introduced as someone's relative: "Tom Hale, her father"
	lead      bool   // introduced as a relative opening the sentence, or as a source: "His son, Daniel Orme, found him", "according to her mother, Danielle Vance"
	later     bool   // shares the surname of a different person the article names first
	family    bool   // a relative named by a given name alone, with the family name of the one they are related to: "his wife, Bridget,"
	claims    bool   // a later one who takes the bare surname with a title in the next paragraph too (see collectFullNames)
	named     bool   // set off as the relative of someone described: "Dougie Reid, the campaigner’s father,"; taken for the bare surname in that paragraph only
	reports   bool   // written as the subject of a verb of speech, "His father, Mark Keel, said", or opening the sentence, "Retired fisherman Dougie Reid, the campaigner’s father, was there"
	titles    []string
	keys      []string // the keys of the name as written
	child     bool     // introduced as someone's child: "Graham Walker’s son, Daniel Walker"
	parent    bool     // introduced as someone's parent: "His father, Jory Penhallow,"
	age       int      // the age set off after the name, 0 when none: "Kirsty Dunbar, now 14,"
	ownKin    bool     // described as someone's relative where this full name is written
	holds     int      // for a later one who takes the stage, the last paragraph in which the bare surname is theirs (see collectFullNames)
	late      bool     // written with "late" among its title words ("the late Karen Achterberg"): dead, so never the one a title with the surname means while another fits
}

// fullNames are the full names an article writes, for resolving the
// partial names of the same article: "Ortiz" or "Mr Ortiz" to the Gary
// Ortiz named before it rather than to the Elena Ortiz named after, "Sir
// Geoffrey" to Geoffrey Pennington.
type fullNames struct {
	bySurname map[string][]fullName // by the key of the surname, in reading order
	byGiven   map[string][]fullName // by the key of the given name, in reading order
	// styled holds the honorific of a woman ("mrs", "ms", "miss") that
	// the article first wrote with a partial name of each person.
	styled map[int]string
}

// givenHonorifics stand before a given name in British usage: "Sir
// Geoffrey", "Dame Judi", in Filipino: "Mang Rodel", "Aling Nena", and in
// Māori: "Matua Wiremu", "Whaea Huia", and in Kenyan English: "Mzee
// Kamau".
// "Lord" and "Lady" also stand before a surname.
var givenHonorifics = set(`sir dame lord lady mang aling matua whaea kuia mzee`)

// honorifics are the courtesy titles that say nothing of office and may be
// left out of a full name, Indian ones among them: "Shri Naidu", "Smt.
// Lakshmi Devi". Sir, Dame, Lord and Lady are not among them:
// they belong to the person as an office does.
var honorifics = set(`mr mrs ms miss mx madam dr prof shri smt shrimati tmt hon`)

// sharesTitle reports whether a full name written with titles can bear the
// office words of a partial name: always when there are none, else when
// one of them is among titles.
func sharesTitle(titles, office []string) bool {
	if len(office) == 0 {
		return true
	}
	for _, o := range office {
		for _, t := range titles {
			if t == o {
				return true
			}
		}
	}
	return false
}

// collectFullNames gathers the full names of people the article writes.
func (art *article) collectFullNames(ix *nameIndex) *fullNames {
	fn := &fullNames{bySurname: make(map[string][]fullName), byGiven: make(map[string][]fullName), styled: make(map[int]string)}
	kin := make(map[int]bool)             // people introduced as someone's relative
	child := make(map[int]bool)           // people introduced as someone's child
	parent := make(map[int]bool)          // people introduced as someone's parent
	age := make(map[int]int)              // people's ages set off after their names
	childGiven := make(map[string]string) // given names introduced alone as someone's child, with the parent's surname when written
	for pi, x := range art.paras {
		if !nameSource(x) {
			continue
		}
		for ci, c := range x.chunks {
			if c.family != "" && len(c.keys) == 1 {
				if i, ok := ix.byFull[c.keys[0]+" "+c.family]; ok {
					f := fullName{para: pi, tok: c.first, person: i, given: c.keys[0], gender: c.kin, personal: true, kin: true, family: true, keys: []string{c.keys[0], c.family}}
					kin[i] = true
					child[i] = child[i] || childNoun(x.preAppositive(c))
					fn.bySurname[c.family] = append(fn.bySurname[c.family], f)
					fn.byGiven[c.keys[0]] = append(fn.byGiven[c.keys[0]], f)
				}
				continue
			}
			if pre := x.preAppositive(c); c.kind != nameOrg && len(c.keys) == 1 && childNoun(pre) {
				// "Hollis’s son, Nathan," is a Hollis; "his son, Nathan,"
				// of the family the article names.
				sur := ""
				if b := c.first - 3; b >= 0 && x.toks[b].poss && x.toks[b].cap {
					sur = strings.TrimSuffix(strings.TrimSuffix(x.key(b), "'s"), "’s")
				}
				childGiven[c.keys[0]] = sur
			}
			if c.kind == nameOrg || len(c.keys) < 2 || lowerParticles(c) {
				continue // not "Mrs van Wyk"'s surname
			}
			i, ok := ix.byFull[strings.Join(c.keys, " ")]
			if !ok {
				continue
			}
			app := x.appositive(c)
			f := fullName{para: pi, tok: c.first, person: i, given: c.keys[0], gender: titleGender(c.styles()),
				personal: ix.people[i].personal || c.kind == namePerson || art.speakers[[2]int{pi, ci}],
				kin:      kinAppositive(app) || kinGender(x.preAppositive(c)) != 0 || x.kinBefore(c) != "" || c.kinGroup,
				lead:     kinGender(x.preAppositive(c)) != 0 && (x.setOffAtStart(c) || x.accordingTo(c)),
				claims:   art.speakers[[2]int{pi, ci}],
				reports:  x.reportsAfter(c) || x.opensUnit(c),
				named:    x.theKin(c),
				late:     slices.Contains(c.title, "late"),
				titles:   append(append([]string(nil), c.title...), withoutHonorifics(app)...),
				keys:     c.keys}
			if f.gender == 0 {
				f.gender = x.ownPronoun(ci)
			}
			if f.gender == 0 {
				f.gender = nameGender(c.keys)
			}
			if f.gender == 0 {
				f.gender = x.pronounGender(ci)
			}
			if f.gender == 0 {
				f.gender = x.kinOwnerGender(ci)
			}
			if a := x.ageSetOff(c); a > 0 {
				age[i] = a
			}
			f.ownKin = f.kin
			if f.kin {
				kin[i] = true
			}
			if f.kin && (childNoun(app) || childNoun(x.preAppositive(c)) || childNouns[x.kinBefore(c)]) {
				child[i] = true
			}
			if f.kin && (parentNoun(app) || parentNoun(x.preAppositive(c)) || elderKin[x.kinBefore(c)]) && !x.theirsBefore(c) {
				parent[i] = true
			}
			fn.bySurname[surnameKey(c.keys)] = append(fn.bySurname[surnameKey(c.keys)], f)
			fn.byGiven[c.keys[0]] = append(fn.byGiven[c.keys[0]], f)
		}
	}
	// A relative is one wherever the article names them.
	for _, m := range []map[string][]fullName{fn.bySurname, fn.byGiven} {
		for _, list := range m {
			for k := range list {
				list[k].kin = kin[list[k].person]
				sur, named := childGiven[list[k].given]
				list[k].child = child[list[k].person] || named && (sur == "" || sur == surnameKey(list[k].keys))
				list[k].parent = parent[list[k].person] && !list[k].child
				list[k].age = age[list[k].person]
			}
		}
	}
	// A later full name sharing the surname of the first one the article
	// writes is kept for the paragraph naming it and the next: an
	// obituary or a profile names the subject first and keeps the bare
	// surname for them ("Ellis Marchbanks … the son of Josiah Marchbanks
	// … Mr. Marchbanks said"). Having spoken where named, the later one
	// keeps it there even with a title ("Charlotte Wexcombe, whose family
	// has lived at the house since 1702, said … ¶ Mrs Wexcombe said"),
	// unless they are the first one's relative ("His father, Peter
	// Fenwick, said … ¶ Mr. Fenwick said in a statement issued through
	// his lawyer" is the son the story is about) or the headline names
	// the first in full: that is whom the story is about ("Ellis
	// Marchbanks … Dies at 87" … "Cedric Marchbanks said. ¶ Mr.
	// Marchbanks was asked"). A surname alone in a headline may be a
	// word ("Young people priced out"). A relative who reports something
	// still keeps the paragraph naming them for a bare surname that
	// speaks there: "Callum’s father, Mark Keel, said … “…,” Mr Keel
	// said", but not "his father, Josiah Marchbanks, was a deacon. “…,”
	// Mr. Marchbanks said". A later one who takes the stage, "Mark
	// Pellow apologised and said …", after a first one who has not
	// spoken ("owned by Geoffrey Pellow and his son, Mark"), keeps the
	// bare surname over the paragraphs that follow, until one names a
	// relative ("His father … sat beside him") or the other namesake, or
	// writes the surname for one of the other sex; "the elder Mr Pellow"
	// is still the first (see resolve).
	for _, list := range fn.bySurname {
		n := slices.IndexFunc(list, func(f fullName) bool { return !f.family })
		if n < 0 {
			continue
		}
		first := ix.people[list[n].person]
		subject := containsRun(art.title, first.keys)
		for k := range list[n+1:] {
			f := &list[n+1+k]
			if f.family {
				continue
			}
			p := ix.people[f.person]
			f.later = !containsInOrder(p.keys, first.keys) && !containsInOrder(first.keys, p.keys)
			f.claims = f.claims && !f.kin && !subject
			if f.later && !f.ownKin && !subject && art.paras[f.para].saysAfter(f.tok) &&
				!slices.ContainsFunc(list[:n+1+k], func(o fullName) bool { return o.person != f.person && (o.reports || o.claims) }) && !art.surnameSpoke(f) {
				f.holds = art.stageEnd(f, list[n+1+k+1:])
			}
		}
	}
	return fn
}

// saysAfter reports whether a verb of speech follows the name at token i
// in its sentence, with no other name or quotation between: "Mark
// Pellow apologised to passengers and said the fault lay in the
// brakes", but not "The complaint says Walter Keszler was left".
func (x *para) saysAfter(i int) bool {
	c := x.chunkOf[i]
	if c < 0 {
		return false
	}
	u := x.toks[i].unit
	for k := x.chunks[c].last + 1; k < len(x.toks) && k <= x.chunks[c].last+15 && x.toks[k].unit == u; k++ {
		if x.toks[k].kind == quoted || x.chunkOf[k] >= 0 {
			return false
		}
		if reportVerbs[x.key(k)] != 0 && x.verbAt(k) == finite {
			return true
		}
	}
	return false
}

// stageEnd returns the last paragraph in which a later full name f who
// takes the stage keeps the bare surname: up to the next paragraph
// that names another with it (among rest, the full names after f) or
// names someone's relative ("His father, who ran the lift, sat beside
// him") or writes the surname for one of the other sex, and no more than
// six paragraphs on.
func (art *article) stageEnd(f *fullName, rest []fullName) int {
	end := min(f.para+6, len(art.paras)-1)
	for _, o := range rest {
		if o.person != f.person {
			end = min(end, o.para-1)
			break
		}
	}
	sur := surnameKey(f.keys)
	for p := f.para + 1; p <= end; p++ {
		x := art.paras[p]
		if x.kinIn(0, len(x.toks), 0, false) {
			return p - 1
		}
		for _, c := range x.chunks {
			if c.kind == nameOrg || len(c.keys) != 1 || c.keys[0] != sur || f.gender == 0 {
				continue
			}
			// "Hutchins, who has worked the land since 1962, said he":
			// the surname is someone of the other sex's.
			g := titleGender(c.styles())
			if g == 0 {
				g = x.cataphor(c)
			}
			if g != 0 && g != f.gender {
				return p - 1
			}
		}
	}
	return end
}

// surnameSpoke reports whether a speaker with the surname of full name f
// but not its given name is written before it: "“…,” Mr Mistry said"
// before "Dev Mistry".
func (art *article) surnameSpoke(f *fullName) bool {
	sur := surnameKey(f.keys)
	for pi, x := range art.paras[:f.para+1] {
		for ci, c := range x.chunks {
			if pi == f.para && c.first >= f.tok {
				break
			}
			if art.speakers[[2]int{pi, ci}] && c.kind != nameOrg && len(c.keys) > 0 && surnameKey(c.keys) == sur && c.keys[0] != f.given {
				return true
			}
		}
	}
	return false
}

// withoutHonorifics returns the words of an appositive but its courtesy
// titles, which are another's: "Sriyani Jayakody, who is Mr.
// Ranasinghe's younger sister," is no Mr.
func withoutHonorifics(app []string) []string {
	return slices.DeleteFunc(slices.Clone(app), func(k string) bool { return honorifics[k] })
}

// reportsAfter reports whether a verb of speech goes with chunk c in its
// sentence: after it ("Mark Keel said", "His son, Tom Hale, 52, said",
// "His father, Mark Keel, who gave evidence on Tuesday, said") or shortly
// before it ("said his father, Alan Rowe"). "His father, Josiah
// Marchbanks, was a deacon" reports nothing.
func (x *para) reportsAfter(c chunk) bool {
	u := x.toks[c.first].unit
	for k := c.first - 1; k >= 0 && k >= c.first-4 && x.toks[k].unit == u; k-- {
		if x.verbAt(k) == finite {
			return true
		}
	}
	for k := c.last + 1; k < len(x.toks) && k <= c.last+15 && x.toks[k].unit == u; k++ {
		if x.verbAt(k) == finite {
			return true
		}
	}
	return false
}

// opensUnit reports whether chunk c opens its sentence, perhaps after a
// few words of its role: "Retired fisherman Dougie Reid, the
// campaigner’s father, was among the volunteers".
func (x *para) opensUnit(c chunk) bool {
	u := x.toks[c.first].unit
	s := x.ustart[u]
	if c.first-s > 3 {
		return false
	}
	for k := s; k < c.first; k++ {
		if !x.word(k, u) || x.chunkOf[k] >= 0 || x.verbAt(k) != 0 || stopwords[x.key(k)] && k > s {
			return false
		}
	}
	return true
}

// setOffAtStart reports whether chunk c is set off by commas right after
// the few words opening its sentence: "His son, Daniel Orme, found him".
func (x *para) setOffAtStart(c chunk) bool {
	if c.first < 2 || !x.isPunct(c.first-1, ",") || !x.isPunct(c.last+1, ",") {
		return false
	}
	u := x.toks[c.first].unit
	for m := c.first - 2; m >= c.first-6; m-- {
		if m < 0 || x.toks[m].unit != u {
			// The words are the relative's description alone: "His
			// son", "Benning's son", not "Wrenshaw credited his father".
			k := x.key(m + 1)
			return k == "his" || k == "her" || k == "their" || x.toks[m+1].poss
		}
		if x.toks[m].kind != word || x.verbAt(m) != 0 {
			return false
		}
	}
	return false
}

// aloneInSentence reports whether chunk ci is the only name in its
// sentence that may be a person's.
func (x *para) aloneInSentence(ci int) bool {
	u := x.toks[x.chunks[ci].first].unit
	for k, d := range x.chunks {
		if k != ci && d.kind != nameOrg && !d.place && x.toks[d.first].unit == u {
			return false
		}
	}
	return true
}

// ownPronoun returns the gender of the first "he", "his", "she" or "her"
// after chunk ci in its sentence, when the sentence names no one else:
// "Jan Kowalski, 58, the owner of the bakery, said he would not close" is
// a man whatever his given name says elsewhere. A possessive before a kin
// noun set off after the name is another's: "Alasdair Dunlop, her
// brother," is a man, as the noun says. Otherwise it returns 0.
func (x *para) ownPronoun(ci int) byte {
	if !x.aloneInSentence(ci) {
		return 0
	}
	c := x.chunks[ci]
	u := x.toks[c.first].unit
	for k := c.last + 1; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if x.toks[k].kind != word {
			continue
		}
		if k == c.last+2 && x.isPunct(c.last+1, ",") {
			if n := x.kinNounAfter(k); n >= 0 {
				// "said Alasdair Dunlop, her brother,": the pronoun is
				// the other's and the kin noun says what he is.
				return kinGender([]string{x.key(n)})
			}
		}
		if g := personalGender(x.key(k)); g != 0 {
			return g
		}
	}
	return 0
}

// kinOwnerGender returns the gender of a "his" or "her" after chunk ci
// in its sentence that introduces a relative by name, when the sentence
// names no one else between: "Delroy Campbell, who founded the school
// with his wife, Annette Campbell," is a man. Otherwise it returns 0.
func (x *para) kinOwnerGender(ci int) byte {
	c := x.chunks[ci]
	u := x.toks[c.first].unit
	for k := c.last + 1; k < len(x.toks) && x.toks[k].unit == u; k++ {
		if d := x.chunkOf[k]; d >= 0 && d != ci && x.chunks[d].kind != nameOrg && !x.chunks[d].place {
			return 0
		}
		key := x.key(k)
		if x.toks[k].kind != word || key != "his" && key != "her" {
			continue
		}
		n := x.kinNounAfter(k)
		if n < 0 {
			return 0
		}
		if x.isPunct(n+1, ",") {
			n++
		}
		if d := x.chunkOf[min(n+1, len(x.toks)-1)]; d < 0 || x.chunks[d].first != n+1 || x.chunks[d].kind == nameOrg {
			return 0
		}
		if key == "his" {
			return 'm'
		}
		return 'f'
	}
	return 0
}

// kinNounAfter returns the index of the noun for a relative that the
// possessive "his" or "her" at toks[k] opens, past an adjective such as
// "late" or "younger" ("her late husband"), or -1.
func (x *para) kinNounAfter(k int) int {
	if x.toks[k].kind != word || x.key(k) != "his" && x.key(k) != "her" {
		return -1
	}
	n := k + 1
	if kinAdjective(x.key(n)) {
		n++
	}
	if n >= len(x.toks) || x.toks[n].kind != word || kinGender([]string{x.key(n)}) == 0 {
		return -1
	}
	return n
}

// pronounGender returns the gender that a sentence opening with "He" or
// "She" right after the sentence naming chunk ci gives the person, when
// that sentence names no one else: "Man Kumari Pun, 54, was one of those
// who escaped. She had woken up …". Otherwise it returns 0.
func (x *para) pronounGender(ci int) byte {
	if !x.aloneInSentence(ci) {
		return 0
	}
	c := x.chunks[ci]
	u := x.toks[c.first].unit
	for k := c.last + 1; k < len(x.toks); k++ {
		t := x.toks[k]
		switch {
		case t.unit == u:
			continue
		case t.unit != u+1 || t.kind != word:
			return 0
		case t.key == "he":
			return 'm'
		case t.key == "she":
			return 'f'
		}
		return 0
	}
	return 0
}

// appositiveGender returns the gender that the head noun of an appositive
// gives, the word before its first preposition: "Almaz Toktogulov, the
// ministry's spokesman," is a man whatever his given name says elsewhere.
// "Chairman" is said of women too, and gives none.
func appositiveGender(keys []string) byte {
	h := ""
	for _, k := range keys {
		if prepositions[k] {
			break
		}
		h = k
	}
	switch {
	case h == "chairman" || h == "":
		return 0
	case h == "man" || h == "boy" || maleWords[h] && !isTitleKey(h) || strings.HasSuffix(h, "sman"):
		return 'm'
	case h == "woman" || h == "girl" || femaleWords[h] && !isTitleKey(h) || strings.HasSuffix(h, "swoman"):
		return 'f'
	}
	return 0
}

// kinAppositive reports whether the description set off after a name
// introduces a relative of someone: "Tom Hale, her father," or "Ben
// Hale, Nina’s brother,".
func kinAppositive(keys []string) bool {
	if len(keys) < 2 {
		return false
	}
	switch k := normKey(keys[0]); {
	case k == "his" || k == "her" || k == "their" || strings.HasSuffix(k, "'s"):
	default:
		return false
	}
	return kinGender(keys[1:2]) != 0 || len(keys) > 2 && kinGender(keys[2:3]) != 0
}

// theKin reports whether the words set off after the name of chunk c make
// them the relative of someone the article describes: "Dougie Reid, the
// campaigner’s father,".
func (x *para) theKin(c chunk) bool {
	i := c.last + 1
	if !x.isPunct(i, ",") || x.key(i+1) != "the" || i+3 >= len(x.toks) {
		return false
	}
	t := x.toks[i+2]
	return t.kind == word && t.poss && !t.cap && x.toks[i+3].kind == word && kinGender([]string{x.key(i + 3)}) != 0
}

// accordingTo reports whether the name c, with the words set before it,
// follows "according to": "according to her mother, Danielle Vance".
func (x *para) accordingTo(c chunk) bool {
	u := x.toks[c.first].unit
	for k := c.first - 1; k > 0 && k >= c.first-6 && x.toks[k].unit == u && x.toks[k].kind != quoted; k-- {
		if x.key(k) == "to" && x.key(k-1) == "according" {
			return true
		}
	}
	return false
}

// surnameKey returns the key of the surname of a full name: its last word
// before any generational suffix ("King" of "Martin Luther King Jr.").
func surnameKey(keys []string) string {
	n := len(keys)
	if n > 1 && entity.IsGeneration(strings.TrimSuffix(keys[n-1], ".")) {
		n--
	}
	return keys[n-1]
}

// adultAge holds, for the honorifics a newspaper gives no child, the
// youngest age it gives them at.
var adultAge = map[string]int{"mrs": 18, "mr": 16, "ms": 16}

// ageSetOff returns the age set off after the name c, "Jenna Park, 34,",
// "Jenna Park (34)" or "Kirsty Dunbar, now 14,", or 0.
func (x *para) ageSetOff(c chunk) int {
	i := c.last + 1
	if c.poss || !x.isPunct(i, ",(") {
		return 0
	}
	i++
	if x.key(i) == "now" || x.key(i) == "aged" {
		i++
	}
	if !x.isPunct(i+1, ",)") || !x.word(i, x.toks[c.last].unit) {
		return 0
	}
	n, err := strconv.Atoi(x.key(i))
	if err != nil || n <= 0 || n > 130 {
		return 0
	}
	return n
}

// agedBefore reports whether an age in years or months stands right
// before the name c, in its sentence, with no determiner before it: "One
// of them, 13-year-old Aria Kingi, said", but not "her 4-year-old
// Labrador".
func (x *para) agedBefore(c chunk) bool {
	a, u := c.first-1, x.toks[c.first].unit
	return x.word(a, u) && ageModifier(x.key(a)) && !(x.word(a-1, u) && (determiners[x.key(a-1)] || x.toks[a-1].poss))
}

// ageModifier reports whether key is an age written before a noun or a
// name, or standing for the person as a noun: "13-year-old",
// "six-month-old", "the 46-year-old said".
func ageModifier(key string) bool {
	return strings.HasSuffix(key, "-year-old") || strings.HasSuffix(key, "-month-old")
}

// familyRanks are the words after a surname that tell the elder of a
// family from the younger: "Mr Pascoe senior".
var familyRanks = set(`senior snr junior jnr`)

// rank returns 'e' when the words before the partial name c call the
// person the elder of a family ("The elder Hollis", "the older
// Walker") or a word after it does ("Mr Pascoe senior said"), 'y' when
// they call them the younger, else 0.
func (x *para) rank(c chunk) byte {
	keys := []string{x.key(c.first - 1)}
	if len(c.title) > 0 {
		// "the elder Hollis" as a title, or before one: "The elder Mr
		// Pryce".
		keys = []string{c.title[len(c.title)-1], x.key(c.first - 1), c.title[0]}
	}
	for _, key := range keys {
		switch key {
		case "elder", "older":
			return 'e'
		case "younger":
			return 'y'
		}
	}
	if n := c.last + 1; x.word(n, x.toks[c.last].unit) && !x.toks[n].cap {
		switch x.key(n) {
		case "senior", "snr":
			return 'e'
		case "junior", "jnr":
			return 'y'
		}
	}
	return 0
}

// elderKin name someone's parent or grandparent.
var elderKin = set(`father mother dad mum mom grandfather grandmother stepfather stepmother`)

// parentNoun reports whether the first words set off around a name say
// whose parent the person is: "his father", "Kit Penhallow's father". A
// parent of several ("their father, Jim Farrell") tells no elder of the
// two from the younger.
func parentNoun(words []string) bool {
	for _, w := range words[:min(3, len(words))] {
		switch k := normKey(w); {
		case k == "their":
			return false
		case elderKin[k]:
			return true
		}
	}
	return false
}

// theirsBefore reports whether "their" stands a few words before the name
// c, as the owner of a kin noun set before it: "their father, Jim
// Farrell". A parent of several tells no elder of them from the younger.
func (x *para) theirsBefore(c chunk) bool {
	for k := c.first - 1; k >= 0 && k >= c.first-4 && x.toks[k].unit == x.toks[c.first].unit; k-- {
		if x.key(k) == "their" {
			return true
		}
	}
	return false
}

// childNouns name someone's child.
var childNouns = set(`son daughter child grandson granddaughter stepson stepdaughter`)

// childNoun reports whether the first words set off around a name say
// whose child the person is: "his son", "Graham Walker's daughter".
func childNoun(words []string) bool {
	for _, w := range words[:min(3, len(words))] {
		if childNouns[normKey(w)] {
			return true
		}
	}
	return false
}

// lowerParticles reports whether the name of c is a surname after
// particles written in lower case: "van Wyk", "de la Cruz".
func lowerParticles(c chunk) bool {
	ws := strings.Fields(c.name)
	if len(ws) < 2 || len(ws) != len(c.keys) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if w != strings.ToLower(w) || !entity.IsParticle(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// surnameWithParticles returns the surname that ends keys with the lower-case
// particles before it: "de la haye" of Margaret de la Haye.
func surnameWithParticles(keys []string) string {
	n := len(keys) - 1
	for n > 1 && entity.IsParticle(keys[n-1]) {
		n--
	}
	return strings.Join(keys[n:], " ")
}

// titleGender returns the gender the words of a title give: 'm', 'f' or 0.
func titleGender(title []string) byte {
	var g byte
	for _, t := range title {
		switch {
		case maleWords[t]:
			g = 'm'
		case femaleWords[t]:
			g = 'f'
		}
	}
	return g
}

// resolve returns the person a one-word name at (para, tok) refers to in
// the article (or a surname of more words that opens with no given name,
// "Te Awhitu"), or -1: the full name with that surname (or, after Sir,
// Dame, Lord or Lady, that given name) written nearest before it, else
// the first written after it; failing that, the full name with that given
// name when no full name has it as a surname. A full name introduced as
// someone's relative ("Tom Hale, her father") is taken from another
// paragraph only when no other full name with that surname fits:
// features name relatives who share the subject's surname in full and
// keep the bare surname for the subject, except right after naming one:
// in that paragraph, and as the speaker of the next when the relative
// was the subject of the sentence naming them ("His son, Daniel Orme,
// found him. ¶ Mr Orme told the inquest").
// So does any article naming several people of one surname: a later one
// is taken with a title only when the first one does not fit it ("Mr.
// Marchbanks" is the subject, "Ms. Marchbanks" his daughter), and
// without one only in the paragraph after naming them. A title's gender
// ("Mr", "Ms") rules out full names of the other gender, and an office
// ("Senator", "Coach", "Dr") full names written without it, when a full
// name that fits exists. A rank ('e' for "the elder", 'y' for "the
// younger") rules out, or keeps only, the one introduced as someone's
// child. A name not known to be a person's (isPerson
// false) resolves only to a full name known to be a person's.
//
// Nor is a name resolved to a full name whose given name the sentence
// writes apart (besides): "Walsh said Alfie’s surgery had been booked" is
// not Alfie Walsh.
func (fn *fullNames) resolve(c chunk, para, tok int, isPerson, speaker bool, hint, rank byte, besides map[string]bool) int {
	keys := c.keys
	if lowerParticles(c) {
		keys = keys[len(keys)-1:] // "Mrs van Wyk": the surname after its particles
	}
	// A surname of two words or more that opens with no given name ("Te
	// Awhitu", "García Márquez") is the surname of the full names that
	// end with it: "Te Awhitu said" after Hemi Te Awhitu, though his
	// sister Moana Te Awhitu is named after.
	var surname []string
	if n := len(keys); n > 1 && !isGivenName(keys[0]) && !entity.IsGeneration(strings.TrimSuffix(keys[n-1], ".")) {
		surname, keys = keys, keys[n-1:]
	}
	if len(keys) != 1 || entity.IsGeneration(strings.TrimSuffix(keys[0], ".")) {
		return -1
	}
	key := keys[0]
	g := titleGender(c.styles())
	if g == 0 {
		g = hint
	}
	// "The elder Hollis" is not the one introduced as someone's child,
	// "the younger Walker" is, when the article introduces one so; when
	// it introduces none so but one as someone's parent ("His father,
	// Jory Penhallow"), "Mr Penhallow senior" is that one and "the
	// younger Penhallow" is not.
	elder, younger := rank == 'e', rank == 'y'
	hasChild := slices.ContainsFunc(fn.bySurname[key], func(f fullName) bool { return f.child })
	hasParent := slices.ContainsFunc(fn.bySurname[key], func(f fullName) bool { return f.parent })
	if (elder || younger) && !hasChild && !hasParent {
		elder, younger = false, false
	}
	ok := func(f fullName) bool {
		if surname != nil && (len(f.keys) <= len(surname) || !slices.Equal(f.keys[len(f.keys)-len(surname):], surname)) {
			return false
		}
		if hasChild && (elder && f.child || younger && !f.child) || !hasChild && (elder && !f.parent || younger && f.parent) {
			return false
		}
		if f.age > 0 && slices.ContainsFunc(c.styles(), func(t string) bool { return f.age < adultAge[t] }) {
			return false // "Mrs Dunbar" is not her daughter "Kirsty Dunbar, now 14,"
		}
		return (isPerson || f.personal) && !besides[f.given]
	}
	if h := womansHonorific(c.styles()); h != "" {
		// A writer who styles a woman "Mrs" styles her so throughout:
		// "Mrs Fennimore" was Judith Fennimore, so "Ms Fennimore" is her
		// daughter Clare, when the article has her.
		other := func(f fullName) bool {
			s := fn.styled[f.person]
			if s == "" {
				s = womansHonorific(f.titles)
			}
			return s != "" && s != h
		}
		// The other woman is never one the article names as dead.
		if slices.ContainsFunc(fn.bySurname[key], other) && slices.ContainsFunc(fn.bySurname[key], func(f fullName) bool { return ok(f) && !other(f) && !f.late }) {
			fits := ok
			ok = func(f fullName) bool { return fits(f) && !other(f) && !f.late }
		}
	}
	given := false
	for _, t := range c.styles() {
		given = given || givenHonorifics[t]
	}
	var office []string // title words other than gendered honorifics: "Chancellor", "Senator", "Sir", "Dr"
	for _, t := range c.title {
		if !honorifics[t] || titleGender([]string{t}) == 0 && t != "mx" {
			office = append(office, t)
		}
	}
	if p := fn.sameHonorific(key, c.styles(), g, ok); p >= 0 {
		return p
	}
	// A relative named by a given name alone ("his wife, Bridget,") is
	// taken only when a title's gender rules out every full name: "Mrs
	// Harker" after Colin Harker; "Harker" and "Mr Harker" are still he.
	for _, pass := range [][4]bool{{true, true, true, false}, {true, true, false, false}, {true, false, false, false}, {true, false, false, true}, {false, true, true, false}, {false, false, false, false}} {
		strict, noKin, noLater, family := pass[0], pass[1], pass[2], pass[3]
		if strict && g == 0 && len(office) == 0 || family && (g == 0 || !slices.ContainsFunc(fn.bySurname[key], func(f fullName) bool { return !f.family })) {
			continue // a relative only when a full name of theirs is ruled out
		}
		match := func(f fullName) bool {
			if f.family != family {
				return false
			}
			holds := f.para <= para && para <= f.holds && !elder && (f.gender == 0 || g == 0 || f.gender == g)
			later := !f.later || (!strict || f.claims || speaker && (f.kin || f.named) && f.reports && f.para == para) && para-f.para <= 1 && para >= f.para || holds
			return ok(f) && (!noKin || !f.kin || f.para == para || speaker && f.lead && para-f.para == 1 || holds) && (!noLater || later) && (!strict || (f.gender == 0 || g == 0 || f.gender == g) && sharesTitle(f.titles, office))
		}
		best, found := nearestFull(fn.bySurname[key], para, tok, match)
		if given {
			if b, f := nearestFull(fn.byGiven[key], para, tok, match); f && (!found || nearer(b, best, para, tok)) {
				best, found = b, true
			}
		}
		if found {
			return best.person
		}
	}
	// A lone given name ("Clara"), as features write it for relatives who
	// share a surname: the full name with that given name, when no full
	// name in the article has it as a surname.
	if !given && len(fn.bySurname[key]) == 0 {
		if b, f := nearestFull(fn.byGiven[key], para, tok, ok); f {
			return b.person
		}
	}
	return -1
}

// setGender gives the full names of person the gender g that a title
// written with a partial name of theirs shows, where neither their given
// name nor anything written with them showed one: "Mr Mathurin" makes
// Zorin Mathurin a man, so a later "Ms Mathurin" is his daughter. It
// does not when the gender of another of that surname is unknown, so the
// title may have been theirs ("Her brother, Sam Reyes," beside Jordan
// Reyes).
func (fn *fullNames) setGender(person int, g byte) {
	for _, fs := range fn.bySurname {
		if slices.ContainsFunc(fs, func(f fullName) bool { return f.person == person }) &&
			slices.ContainsFunc(fs, func(f fullName) bool { return f.person != person && f.gender == 0 }) {
			return
		}
	}
	for _, by := range []map[string][]fullName{fn.bySurname, fn.byGiven} {
		for _, fs := range by {
			for i := range fs {
				if fs[i].person == person && fs[i].gender == 0 {
					fs[i].gender = g
				}
			}
		}
	}
}

// setStyle records the honorific of a woman among styles, the title words
// of a partial name that resolved to person, unless one was recorded
// before.
func (fn *fullNames) setStyle(person int, styles []string) {
	if h := womansHonorific(styles); h != "" && fn.styled[person] == "" {
		fn.styled[person] = h
	}
}

// womansHonorific returns the honorific of a woman among the title words,
// "mrs", "ms" or "miss", or "".
func womansHonorific(title []string) string {
	for _, t := range title {
		if t == "mrs" || t == "ms" || t == "miss" {
			return t
		}
	}
	return ""
}

// sameHonorific returns the one person with the surname key whom the
// article writes in full with the same honorific of gender g as the
// partial name's title words, or -1: "Mrs. Felicia Okafor-Hayes" for
// "Mrs. Okafor-Hayes said", though her son of unknown sex is the story's
// subject.
func (fn *fullNames) sameHonorific(key string, styles []string, g byte, ok func(fullName) bool) int {
	h := ""
	for _, t := range styles {
		if honorifics[t] && titleGender([]string{t}) != 0 {
			h = t
		}
	}
	if h == "" {
		return -1
	}
	p := -1
	for _, f := range fn.bySurname[key] {
		if !ok(f) || !slices.Contains(f.titles, h) || f.gender != 0 && f.gender != g {
			continue
		}
		if p >= 0 && p != f.person {
			return -1
		}
		p = f.person
	}
	return p
}

// nearestFull returns the full name of list, in reading order, that
// satisfies match and is written nearest before (para, tok), else the
// first written after it.
func nearestFull(list []fullName, para, tok int, match func(fullName) bool) (fullName, bool) {
	at := sort.Search(len(list), func(i int) bool { return !before(list[i].para, list[i].tok, para, tok) })
	for k := at - 1; k >= 0 && k >= at-maxLookBack; k-- {
		if match(list[k]) {
			return list[k], true
		}
	}
	for k := at; k < len(list) && k < at+maxLookBack; k++ {
		if match(list[k]) {
			return list[k], true
		}
	}
	return fullName{}, false
}

// nearer reports whether full name a is a better antecedent than b for a
// name at (para, tok): one before it beats one after it; the nearer wins.
func nearer(a, b fullName, para, tok int) bool {
	ab, bb := before(a.para, a.tok, para, tok), before(b.para, b.tok, para, tok)
	switch {
	case ab != bb:
		return ab
	case ab:
		return before(b.para, b.tok, a.para, a.tok)
	}
	return before(a.para, a.tok, b.para, b.tok)
}

// rankTitles are the titles of rank or standing that, like honorifics, go
// with a name whatever office it holds: "Prince Adesola Fagbemi", "Eng
// Daniel Chemweno".
var rankTitles = set(`prince princess sheikh alhaji alhaja haji hajji hajia eng engr comrade`)

// allHonorifics reports whether the title words are only honorifics and
// titles of rank and styles of address, which say nothing of an office:
// "Dr", "Sir", "Prince", "Sister".
func allHonorifics(title []string) bool {
	return len(title) > 0 && !slices.ContainsFunc(title, func(t string) bool { return !isHonorific(t) })
}

// isHonorific reports whether the title word t is a courtesy title, a
// rank or a style of address, which says nothing of office.
func isHonorific(t string) bool {
	return honorifics[t] || givenHonorifics[t] || rankTitles[t] || entity.IsAddressStyle(t)
}
