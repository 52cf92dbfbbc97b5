package search

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"parallax/corpus"
)

// Names searches the names and aliases of a corpus's entities.
type Names struct {
	forms  []string // lower-cased names and aliases
	owner  []int    // the entity of each form
	weight []int    // each entity's number of mentions
}

// NewNames indexes the names and aliases of c's entities.
func NewNames(c *corpus.Corpus) *Names {
	n := &Names{weight: make([]int, len(c.Entities))}
	for i, e := range c.Entities {
		n.weight[i] = len(e.Mentions)
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			n.forms = append(n.forms, strings.ToLower(f))
			n.owner = append(n.owner, i)
		}
	}
	return n
}

// NameHit is an entity found by a name search.
type NameHit struct {
	// Entity is the index of the entity in the corpus.
	Entity int
	// Form is the name or alias that matched, lower-cased.
	Form string
}

// The kinds of match, best first.
const (
	matchExact = iota
	matchPrefix
	matchFuzzy
	matchTypo
	matchNone
)

// Search returns the entities whose name or an alias matches text, best
// first: the whole name, then names with a word starting with each word of
// the query, then typo-tolerant matches (sahilm/fuzzy for left-out
// letters, kept compact so that scattered letters do not count, or one
// wrong letter in five in a word of the name). Ties go to the entity with
// more mentions. An empty query returns every entity, most mentioned
// first. keep, when not nil, filters the entities.
func (n *Names) Search(text string, keep func(entity int) bool, limit int) []NameHit {
	q := strings.ToLower(strings.Join(strings.Fields(text), " "))
	best := make(map[int]int)    // entity → kind of its best match
	form := make(map[int]string) // entity → the form that matched best
	note := func(i, kind int) {
		e := n.owner[i]
		if keep != nil && !keep(e) {
			return
		}
		if k, ok := best[e]; !ok || kind < k {
			best[e], form[e] = kind, n.forms[i]
		}
	}
	switch {
	case q == "":
		for i := range n.forms {
			note(i, matchExact)
		}
	default:
		qwords := strings.Fields(q)
		for i, f := range n.forms {
			switch {
			case f == q:
				note(i, matchExact)
			case prefixesWords(qwords, strings.Fields(f)):
				note(i, matchPrefix)
			}
		}
		if utf8.RuneCountInString(q) >= 3 {
			for _, m := range fuzzy.Find(q, n.forms) {
				if idx := m.MatchedIndexes; len(idx) > 0 && idx[len(idx)-1]-idx[0] < len(q)+len(q)/4 {
					note(m.Index, matchFuzzy)
				}
			}
			for i, f := range n.forms {
				if _, ok := best[n.owner[i]]; ok {
					continue
				}
				for _, w := range strings.Fields(f) {
					if anyClose(qwords, w) {
						note(i, matchTypo)
						break
					}
				}
			}
		}
	}
	hits := make([]NameHit, 0, len(best))
	for e := range best {
		hits = append(hits, NameHit{Entity: e, Form: form[e]})
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i].Entity, hits[j].Entity
		if best[a] != best[b] {
			return best[a] < best[b]
		}
		if n.weight[a] != n.weight[b] {
			return n.weight[a] > n.weight[b]
		}
		return a < b
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// prefixesWords reports whether every query word starts some word of the
// name, in order.
func prefixesWords(qwords, name []string) bool {
	j := 0
	for _, w := range qwords {
		for j < len(name) && !strings.HasPrefix(name[j], w) {
			j++
		}
		if j == len(name) {
			return false
		}
		j++
	}
	return len(qwords) > 0
}
