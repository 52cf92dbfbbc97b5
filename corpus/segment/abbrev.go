package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A class says how a word followed by a period bears on a sentence end.
type class int

const (
	classNormal class = iota // an ordinary word: the period ends the sentence
	classAbbr                // an abbreviation: ends it only before a sentence starter
	classFinal               // an abbreviation often ending a sentence, such as "etc."
	classPlace               // a state or an acronym: ends it after "City," before any capital
	classTime                // "a.m." or "p.m.": ends it before a capital other than a time word
	classTitle               // a title or connective that never ends one, such as "Mr."
)

// A letterCase limits the spellings an abbreviation matches.
type letterCase int

const (
	anyCase     letterCase = iota
	capitalised            // only with a capital first letter: "Ill." but not "ill."
	lowerOnly              // only in lower case: "al." but not "Al."
)

// An abbrev is an entry in the abbreviations table.
type abbrev struct {
	class class
	cas   letterCase
}

// titles holds abbreviations that stand before a name and so never end a
// sentence. They match only when capitalised. Keys are in lower case.
var titles = words(
	"adm atty brig capt cmdr col cpl det dr fr ft gen gens gov hon insp lt maj",
	"engr messrs mmes mr mrs ms msgr mt pres prof pvt rep reps rev sen sens sgt spc supt",
	"ald asst cllr const coun ofc pfc supv tpr",
)

// abbreviations holds the other abbreviations, keyed in lower case and
// without the final period.
var abbreviations = func() map[string]abbrev {
	m := make(map[string]abbrev)
	add := func(c class, cas letterCase, list string) {
		for _, w := range strings.Fields(list) {
			m[w] = abbrev{c, cas}
		}
	}
	// Connectives and references that never end a sentence.
	add(classTitle, anyCase, "cf e.g i.e v viz vs")
	// Abbreviations that usually end the sentence they close.
	add(classFinal, anyCase, "etc")
	add(classFinal, lowerOnly, "al")
	add(classTime, anyCase, "a.m p.m")
	// Companies, people, places, references and measures.
	add(classAbbr, anyCase, "approx assn ave blvd bros ch co corp cos dept est fig figs ft govt hwy"+
		" inc intl jr ltd mfg mt mts n° nº natl p ph.d plc pp pte pty sdn bhd sr st sta univ vol vols")
	add(classAbbr, capitalised, "no nos rd")
	// Months and days.
	add(classAbbr, capitalised, "jan feb mar apr jun jul aug sep sept oct nov dec"+
		" mon tue tues wed thu thur thurs fri sat sun")
	// U.S. states in Associated Press style.
	add(classPlace, capitalised, "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md"+
		" mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo")
	return m
}()

// starters holds words that often begin a sentence and seldom follow an
// abbreviation inside one: pronouns, determiners, conjunctions, question
// words, auxiliaries and common sentence adverbs. An abbreviation followed
// by one of them, capitalised, ends its sentence ("in the U.S. The
// president ..."); followed by any other capitalised word, it does not
// ("the U.S. Army").
var starters = words(
	"a an the this that these those there here it its he she they we i you",
	"his her their our my your but and or so yet nor however meanwhile still also",
	"then now thus instead indeed moreover furthermore nevertheless nonetheless",
	"later earlier last today yesterday tomorrow finally",
	"in on at for with after before when while if as although though because since",
	"once unless until what who whom whose which where why how",
	"did do does is are was were has have had can could would should must",
	"not no yes some many most all each every both such several few",
	"according despite during under among between from to by of even only just",
	"mr mrs ms dr",
)

// particles holds the lower-case words that stand in surnames: "al-Saffar",
// "van der Berg", "de la Cruz", "bin Salman".
var particles = words("al el bin ibn abu ben van von der den de da di du del della la le dos das ter")

// prepositions holds prepositions that open a time or place phrase.
var prepositions = words("about after around at before by during for from in near on since through till until")

// speechVerbs holds verbs that tag a quotation with its speaker.
var speechVerbs = words(
	"said says asked asks added adds told tells wrote writes replied replies",
	"continued explained noted recalled insisted argued warned declared stated",
	"shouted yelled whispered joked tweeted posted acknowledged admitted conceded",
	"countered responded remarked observed cautioned concluded exclaimed quipped",
	"laughed cried wondered pressed demanded retorted snapped interjected interrupted",
	"pleaded begged screamed sighed",
)

// particleVerbs holds verbs that tag a quotation only with the particle
// after them: "followed up", "shot back", "cut in".
var particleVerbs = map[string]string{
	"followed": "up", "piped": "up", "chimed": "in", "chipped": "in", "cut": "in",
	"shot": "back", "fired": "back", "hit": "back",
}

// timeWords holds words that may follow a clock time inside a sentence, as
// in "10 a.m. Monday" or "3 p.m. ET": days, months and time zones.
var timeWords = words(
	"monday tuesday wednesday thursday friday saturday sunday",
	"january february march april may june july august september october november december",
	"jan feb mar apr jun jul aug sep sept oct nov dec",
	"et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet",
	"eastern central mountain pacific local",
)

// domains holds top-level domains that may follow a period in a web address
// written with a capital letter, as in "Amazon.Com".
var domains = words("com org net gov edu mil int io co uk us ca de fr info biz tv")

// words returns the set of the space-separated words in lists.
func words(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// maxAbbrev bounds the length in bytes of a word looked up in the tables.
const maxAbbrev = 16

// lookup reports whether the lower-case form of w is in set. It does not
// allocate.
func lookup(set map[string]bool, w string) bool {
	var buf [maxAbbrev]byte
	lw := lowerASCII(&buf, w)
	return lw != nil && set[string(lw)]
}

// lowerASCII writes w with ASCII letters in lower case into buf and returns
// that part of buf, or nil if w is empty or does not fit.
func lowerASCII(buf *[maxAbbrev]byte, w string) []byte {
	if len(w) == 0 || len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// classify returns the class of w, a word followed by a period.
func (s *scanner) classify(w string) class {
	w = trimRight(w)
	// In "U.S.-led" or "anti-U.S." only the last part counts.
	if cut := strings.LastIndexAny(w, "-/—–"); cut >= 0 {
		_, n := utf8.DecodeRuneInString(w[cut:])
		if cut+n < len(w) {
			w = w[cut+n:]
		}
	}
	first, n := utf8.DecodeRuneInString(w)
	if w == "" {
		return classNormal
	}
	capital := unicode.IsUpper(first)
	var buf [maxAbbrev]byte
	if lw := lowerASCII(&buf, w); lw != nil {
		if capital && titles[string(lw)] {
			return classTitle
		}
		if a, ok := abbreviations[string(lw)]; ok {
			switch {
			case a.cas == capitalised && !capital:
			case a.cas == lowerOnly && string(lw) != w:
			default:
				return a.class
			}
		}
	}
	for _, t := range s.opts.Titles {
		if capital && strings.EqualFold(t, w) {
			return classTitle
		}
	}
	for _, a := range s.opts.Abbreviations {
		if strings.EqualFold(a, w) {
			return classAbbr
		}
	}
	// A single letter is an initial ("E. Smith") or a reference ("p. 55").
	if n == len(w) && unicode.IsLetter(first) {
		return classAbbr
	}
	if isAcronym(w) {
		return classPlace
	}
	return classNormal
}

// isAcronym reports whether w is single letters joined by periods, such as
// "U.S", "a.m" or "U.S.A".
func isAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false
		}
		w = w[n:]
		if w == "" {
			return true
		}
		if w[0] != '.' {
			return false
		}
		w = w[1:]
	}
}

// isStarter reports whether w is a capitalised sentence starter.
func isStarter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && lookup(starters, w)
}

// isPreposition reports whether w is a preposition opening a phrase.
func isPreposition(w string) bool { return lookup(prepositions, w) }

// isSpeechVerb reports whether w, in lower case, is a verb of speaking.
func isSpeechVerb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && lookup(speechVerbs, w)
}

// isParticleVerb reports whether w, in lower case, is a verb of speaking
// when particle follows it.
func isParticleVerb(w, particle string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	p, ok := particleVerbs[w]
	return unicode.IsLower(r) && ok && p == particle
}

// isTimeWord reports whether w may follow a clock time inside a sentence.
func isTimeWord(w string) bool { return lookup(timeWords, w) }

// isDomain reports whether w is a top-level domain.
func isDomain(w string) bool { return lookup(domains, w) }

// isMarker reports whether w is a list number or letter: one to three
// digits or a single ASCII letter.
func isMarker(w string) bool {
	if len(w) == 1 && ('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z') {
		return true
	}
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// isBullet reports whether r is a list bullet.
func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '◦', '▪', '‣', '●', '■', '►':
		return true
	}
	return false
}

// onlyBullets reports whether s holds only white space and list bullets.
func onlyBullets(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !isBullet(r) {
			return false
		}
	}
	return true
}
