package align

import "strings"

// stem reduces a lower-case word to a light stem: plural and verb endings
// and a few derivational suffixes are stripped, a doubled final consonant
// is undoubled and a final "e" dropped, so that "deploying", "deployed"
// and "deploys" meet at "deploy", and "extradition" and "extradited" at
// "extradit". Words with characters outside a–z are returned unchanged.
// It is far lighter than Porter's algorithm on purpose: it only has to
// make the inflections of one word meet, never to produce a real word.
func stem(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w
		}
	}
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	verb := false
	switch {
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]) && len(w)-3 >= 3:
		w, verb = w[:len(w)-3], true
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]) && len(w)-2 >= 3:
		w, verb = w[:len(w)-2], true
	}
	if verb && len(w) >= 4 {
		a, b := w[len(w)-1], w[len(w)-2]
		if a == b && !isVowel(a) && a != 'l' && a != 's' && a != 'z' {
			w = w[:len(w)-1]
		}
	}
	for _, suf := range derivational {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			if suf == "ion" && w[len(w)-4] != 't' && w[len(w)-4] != 's' {
				continue
			}
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if strings.HasSuffix(w, "e") && len(w) > 4 {
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "y") && len(w) > 4 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// derivational are the derivational suffixes stem strips, one at most,
// longest first.
var derivational = []string{"ation", "ment", "ness", "ally", "ity", "ive", "ion", "ly", "al"}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) || s[i] == 'y' && i > 0 {
			return true
		}
	}
	return false
}

// stopWords are function words and the commonest verbs and adverbs of news
// prose; they carry no content for comparing sentences.
var stopWords = wordSet(`a about above across after again against all almost also although always am among an and
another any are around as at away be became because become been before being below between both but by
can cannot could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less like many may me might more most much must my myself neither never no nor not now
of off often on once one only or other others our ours ourselves out over own per perhaps quite rather
same several she should since so some such than that the their theirs them themselves then there these
they this those though through thus to too toward towards under until up upon us very via was we well
were what whatever when where whether which while who whom whose why will with within without would yet
you your yours yourself mr mrs ms dr also says said say told tell tells according would could just new
including made make makes get gets got go goes going went come comes came take takes took back way
still already much many last first next year years week day time`)

// synonyms maps words of news prose to a representative of their group,
// so that a reworded sentence ("deployed additional security forces")
// still meets its source ("deploying additional troops"). The groups are
// near-synonyms in news use; both sides are stemmed before use.
var synonymGroups = [][]string{
	{"troop", "force", "soldier", "personnel"},
	{"deploy", "send", "dispatch", "station"},
	{"border", "frontier", "boundary"},
	{"reject", "rebuff", "refuse", "refusal", "decline", "spurn", "rejection"},
	{"offer", "proposal", "propose"},
	{"help", "assist", "assistance", "aid", "support"},
	{"fight", "combat", "tackle", "battle", "counter"},
	{"increase", "boost", "raise", "expand", "rise", "grow", "growth"},
	{"decrease", "cut", "reduce", "lower", "drop", "fall", "decline"},
	{"warn", "caution", "warning"},
	{"expert", "analyst", "observer", "specialist"},
	{"arrest", "detain", "capture", "apprehend"},
	{"kill", "murder", "slay"},
	{"attack", "strike", "assault", "raid"},
	{"begin", "start", "launch", "commence"},
	{"big", "large", "huge", "major", "massive"},
	{"country", "nation"},
	{"solve", "resolve", "fix"},
	{"emphasize", "emphasise", "stress", "underscore", "highlight"},
	{"crime", "criminal"},
	{"agreement", "deal", "accord", "pact"},
	{"government", "administration"},
	{"fear", "afraid", "scared"},
	{"buy", "purchase", "acquire"},
	{"problem", "issue", "challenge"},
	{"meeting", "talk", "summit"},
	{"law", "legislation", "bill"},
	{"official", "authority"},
	{"show", "demonstrate"},
	{"hold", "keep", "maintain"},
	{"need", "require"},
	{"quick", "rapid", "swift", "fast"},
	{"die", "dead", "death"},
	{"injure", "wound", "hurt"},
	{"firm", "company", "business"},
	{"chief", "head", "leader"},
	{"citizen", "resident", "people"},
	{"car", "vehicle"},
	{"child", "children", "kid"},
	{"economic", "economy"},
	{"violate", "violation", "breach"},
}

// synonyms maps a stem to the stem of its group's first word.
var synonyms = buildSynonyms(synonymGroups)

func buildSynonyms(groups [][]string) map[string]string {
	m := make(map[string]string)
	for _, g := range groups {
		canon := stem(g[0])
		for _, w := range g {
			if s := stem(w); s != canon {
				if _, taken := m[s]; !taken {
					m[s] = canon
				}
			}
		}
	}
	return m
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
