package entity

import (
	"strings"
	"unicode"

	"parallax/corpus"
)

// determiners start a description; "the", "a" and "an" are left out of
// the descriptor's text, the others are kept ("her husband").
var determiners = set(`the a an another his her their its our my your`)

// bareDeterminers are the determiners a descriptor's text leaves out.
var bareDeterminers = set(`the a an another`)

// verbish words do not occur in an appositive: a phrase holding one is a
// clause ("Trump, the president said") rather than a description.
var verbish = set(`said says say told tells added adds is was are were be been has had have
	will would can could did does do should may might must shall wrote writes asked
	according write writes argue argues argued found find finds show shows showed`)

// titleModifiers may stand before a title in a descriptor: "former U.S.
// President", "then-President".
var titleModifiers = set(`former then ex acting interim late current incoming outgoing new
	longtime long-time veteran top senior junior deputy assistant vice co first second third`)

// descriptors returns the descriptions written around the name toks[s:e]:
// a title before it ("former U.S. President"), when office says the
// prefix names an office; an appositive after it ("Smith, 34, a nurse,")
// or before it ("The council's leader, Simon Achebe,").
func (x *extractor) descriptors(p *corpus.Paragraph, toks []token, s, e int, office bool) []desc {
	var out []desc
	if d, ok := preTitle(p, toks, s); ok {
		out = append(out, d)
	}
	if d, ok := appositiveAfter(p, toks, e); ok {
		out = append(out, splitAnd(p, toks, d)...)
	}
	if d, ok := appositiveBefore(p, toks, s); ok {
		out = append([]desc{d}, out...) // it comes first in reading order
	}
	return out
}

// preTitle walks back from the name at toks[s] over titles, their
// modifiers and the places and organisations in them.
func preTitle(p *corpus.Paragraph, toks []token, s int) (desc, bool) {
	k := s - 1
	for k >= 0 && toks[k].word && honorifics[toks[k].key] {
		k--
	}
	if k < 0 || !toks[k].word || toks[k].sent != toks[s].sent {
		return desc{}, false
	}
	end := toks[k].end
	// "Secretary of State", "Chancellor of the Exchequer"
	for n := 2; n <= 3; n++ {
		if k-n >= 0 && toks[k].cap && !titleWords[toks[k].key] && (toks[k-1].key == "of" || toks[k-1].key == "for" || n == 3 && toks[k-1].key == "the" && toks[k-2].key == "of") && titleWords[toks[k-n].key] && toks[k-n].cap {
			k -= n
			break
		}
	}
	if !titleWords[toks[k].key] || titleModifiers[toks[k].key] {
		return desc{}, false
	}
	first := k
	plain := 0 // lower-case words that are not titles, in a row
	for k >= 0 {
		t := toks[k]
		if !t.word || t.sent != toks[s].sent {
			break
		}
		ok := titleWords[t.key] && !honorifics[t.key] || titleModifiers[t.key] || isDemonym(t.key) ||
			t.cap && !stopwords[t.key] && !determiners[t.key]
		if ok {
			plain = 0
		} else if modifierNoun(t) && plain < 2 && (titleWords[toks[first].key] || !toks[first].cap) {
			plain++ // "union president", "Mexican cartel leader"
		} else {
			break
		}
		first = k
		if t.hyph && k > 0 && toks[k-1].word {
			k--
			continue
		}
		k--
	}
	for plain > 0 && first < s && !toks[first].cap && !titleWords[toks[first].key] && !titleModifiers[toks[first].key] && !isDemonym(toks[first].key) && toks[first].poss {
		first++ // a possessive alone does not start a title: "Trump's nominee"
		plain--
	}
	text := p.Text[toks[first].start:end]
	if strings.TrimSpace(text) == "" {
		return desc{}, false
	}
	return desc{start: toks[first].start, end: end, text: text}, true
}

// modifierNoun reports whether a lower-case word can modify a title
// before a name ("union president", "bakery owner"): not a function word,
// a verb form or an adverb.
func modifierNoun(t token) bool {
	k := t.key
	if t.cap || stopwords[k] || verbish[k] || determiners[k] || boundary[k] || !unicode.IsLetter(firstRune(k)) {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(k, suf) && !t.poss {
			return false
		}
	}
	return true
}

// boundary words end a title read backwards: prepositions, conjunctions
// and pronouns that the stop list leaves out.
var boundary = set(`to by for with as than said says told added also and or but who whom
	whose which that new old`)

// appositiveAfter reads a description set off by commas after the name
// ending before toks[e]: "X, the club's captain,", "X, 34, a nurse".
func appositiveAfter(p *corpus.Paragraph, toks []token, e int) (desc, bool) {
	if e == 0 || e >= len(toks) || toks[e].key != "," || toks[e-1].poss {
		return desc{}, false
	}
	k := e + 1
	if k+1 < len(toks) && allDigits(toks[k].key) && toks[k+1].key == "," {
		k += 2 // an age
	}
	if k >= len(toks) || !toks[k].word {
		return desc{}, false
	}
	sent := toks[e].sent
	start := k
	t := toks[k]
	switch {
	case bareDeterminers[t.key]:
		start = k + 1
	case determiners[t.key], t.cap && t.poss, titleWords[t.key] && !honorifics[t.key]:
	case len(t.key) == 1 && t.cap && k+1 < len(toks) && toks[k+1].hyph && toks[k+1].cap:
		// a party and state: "Sen. Raymond Tuttle, R-Texas,"
	default:
		return desc{}, false
	}
	end := start
	for m := start; m < len(toks) && toks[m].sent == sent; m++ {
		u := toks[m]
		if !u.word {
			if u.key == "," || u.key == "." || u.key == ";" || u.key == "—" || u.key == "–" || u.key == "(" || u.key == ")" || u.key == "…" || u.key == ":" || openers[u.key] || u.key == "”" || u.key == "\"" {
				break
			}
			continue
		}
		if u.key == "who" || u.key == "which" || u.key == "that" || u.key == "whose" || u.key == "where" || u.key == "when" {
			break
		}
		// A verb makes the words a clause, not a description; but a
		// noun after a determiner may be spelt like one: "a company
		// hired to run the show".
		if verbish[u.key] && !(m > start && determiners[toks[m-1].key]) || m-start > 12 {
			return desc{}, false
		}
		end = m + 1
	}
	if end <= start {
		return desc{}, false
	}
	text := p.Text[toks[start].start:toks[end-1].end]
	if toks[end-1].poss {
		return desc{}, false
	}
	lower := false
	for _, u := range toks[start:end] {
		lower = lower || u.word && !u.cap
	}
	if !lower && len(toks[start].key) > 1 {
		return desc{}, false // a list of names: "the House, the Senate and …"
	}
	return desc{start: toks[start].start, end: toks[end-1].end, text: text}, true
}

// appositiveBefore reads a description set off by a comma before the name
// at toks[s]: "The council's leader, Simon Achebe," where the description
// starts its clause and ends in a title or a word for a role.
func appositiveBefore(p *corpus.Paragraph, toks []token, s int) (desc, bool) {
	k := s - 1
	for k >= 0 && toks[k].word && (titleWords[toks[k].key] || honorifics[toks[k].key]) && toks[k].cap {
		k-- // "The hospice's chief executive, Dr Catherine Bradshaw"
	}
	if k < 1 || toks[k].key != "," || !toks[k-1].word {
		return desc{}, false
	}
	last := k - 1
	// "The chief constable of Devon and Cornwall Police, Sarah Okonedo":
	// a title with the organisation it serves.
	head := last
	for h := last; h > 0 && last-h < 8 && toks[h].word && toks[h].sent == toks[s].sent; h-- {
		if toks[h].key == "of" && (titleWords[toks[h-1].key] || roleNouns[toks[h-1].key]) && !toks[h-1].cap {
			head = h - 1
			break
		}
		if !toks[h].cap && toks[h].key != "and" && toks[h].key != "the" {
			break
		}
	}
	if hk := toks[head].key; !titleWords[hk] && !roleNouns[hk] && !orgNouns[hk] && !agentNoun(hk) {
		return desc{}, false
	}
	sent := toks[s].sent
	m := head
	for m >= 0 && toks[m].word && toks[m].sent == sent && !verbish[toks[m].key] && head-m < 8 {
		if determiners[toks[m].key] || m < head && toks[m].cap && toks[m].poss && !stopwords[toks[m].key] {
			break // "City’s manager, Kevin Marsden"
		}
		if m < head && (toks[m].key == "of" || toks[m].key == "and" || toks[m].key == "at") {
			return desc{}, false
		}
		m--
	}
	if m < 0 || !toks[m].word || toks[m].sent != sent || !determiners[toks[m].key] && !(toks[m].cap && toks[m].poss) {
		return desc{}, false
	}
	// The description starts its clause.
	if m > 0 && toks[m-1].sent == sent && toks[m-1].word && !clauseStarts[toks[m-1].key] {
		return desc{}, false
	}
	start := m
	if bareDeterminers[toks[m].key] {
		start = m + 1
	}
	if start > last {
		return desc{}, false
	}
	return desc{start: toks[start].start, end: toks[last].end, text: p.Text[toks[start].start:toks[last].end]}, true
}

// clauseStarts may stand before a description that starts its clause:
// "Then City’s manager, Kevin Marsden, …".
var clauseStarts = set(`and but then meanwhile now also`)

// splitAnd splits an appositive at an "and" followed by a title: "veteran
// MP for Ashcombe and chairman of the committee" is two descriptors; the
// words after any other "and" are not a description ("MP for Wexley South
// and no relation of …").
func splitAnd(p *corpus.Paragraph, toks []token, d desc) []desc {
	var out []desc
	start := d.start
	for k, t := range toks {
		if t.start < d.start || t.end > d.end || t.key != "and" || k+1 >= len(toks) {
			continue
		}
		out = append(out, desc{start: start, end: toks[k-1].end, text: p.Text[start:toks[k-1].end]})
		next := k + 1
		if bareDeterminers[toks[next].key] && next+1 < len(toks) {
			next++
		}
		if toks[next].poss && next+1 < len(toks) && toks[next+1].end <= d.end {
			next++ // "and the study’s lead author"
			for next+1 < len(toks) && toks[next+1].end <= d.end && modifierNoun(toks[next]) && !titleWords[toks[next].key] {
				next++
			}
			if titleWords[toks[next].key] || roleNouns[toks[next].key] {
				start = toks[k+1].start
				if bareDeterminers[toks[k+1].key] {
					start = toks[k+2].start
				}
				continue
			}
			return out
		}
		if !titleWords[toks[next].key] && !roleNouns[toks[next].key] {
			return out
		}
		start = toks[next].start
	}
	return append(out, desc{start: start, end: d.end, text: p.Text[start:d.end]})
}
