package quote

import (
	"slices"
	"strings"
	"unicode"
)

// Limits of clustering.
const (
	shortQuote   = 3    // words; a quotation this short clusters only by its speaker
	maxPostings  = 2000 // a word in more items than this is too common to find candidates by
	rareWords    = 3    // words of each item used to find candidates
	nearSame     = 0.8  // share of word pairs two variants of a quotation have in common
	fragmentPart = 0.8  // share of a fragment's word pairs found in the longer quotation
)

// An item is one distinct statement text with one speaker.
type item struct {
	words   []int    // word ids
	pairs   []uint64 // sorted distinct pairs of adjacent word ids
	speaker string
	first   int // index of its first quotation
}

// cluster sets the Cluster of every quotation. Quotations of one statement
// share a cluster: the same words (a terms only so), variants that share
// most of their word pairs (punctuation, ellipses, small edits), and
// fragments — a short quotation found inside a longer one by the same
// speaker. Candidates are found through an index of each item's rarest
// words, so the cost grows with the number of quotations, not its square.
func cluster(qs []Quote) {
	uf := make([]int, len(qs))
	for i := range uf {
		uf[i] = i
	}
	find := func(i int) int {
		for uf[i] != i {
			uf[i] = uf[uf[i]]
			i = uf[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			if ra < rb {
				uf[rb] = ra
			} else {
				uf[ra] = rb
			}
		}
	}

	ids := make(map[string]int)
	var items []*item
	itemOf := make(map[string]int) // words and speaker → item
	textOf := make(map[string]int) // words → first statement with them
	termOf := make(map[string]int) // words → first term with them
	for qi, q := range qs {
		ws := normWords(q.Text)
		key := strings.Join(ws, " ")
		if q.Kind == Term {
			if first, ok := termOf[key]; ok {
				union(first, qi)
			} else {
				termOf[key] = qi
			}
			continue
		}
		if first, ok := textOf[key]; ok && len(ws) > shortQuote {
			union(first, qi)
		} else if !ok {
			textOf[key] = qi
		}
		ik := key + "\x00" + q.Speaker
		if first, ok := itemOf[ik]; ok {
			union(items[first].first, qi)
			continue
		}
		it := &item{speaker: q.Speaker, first: qi}
		for _, w := range ws {
			id, ok := ids[w]
			if !ok {
				id = len(ids)
				ids[w] = id
			}
			it.words = append(it.words, id)
		}
		it.pairs = pairs(it.words)
		itemOf[ik] = len(items)
		items = append(items, it)
	}

	// Index items by their content words.
	stop := make(map[int]bool)
	for w, id := range ids {
		if stopIndex[w] {
			stop[id] = true
		}
	}
	postings := make(map[int][]int)
	for i, it := range items {
		for _, w := range distinct(it.words) {
			if !stop[w] {
				postings[w] = append(postings[w], i)
			}
		}
	}
	for i, it := range items {
		var cands []int
		for _, w := range rarest(it.words, stop, postings) {
			cands = append(cands, postings[w]...)
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		for _, j := range cands {
			if j != i && find(it.first) != find(items[j].first) && sameStatement(it, items[j]) {
				union(it.first, items[j].first)
			}
		}
	}

	number := make(map[int]int)
	for i := range qs {
		r := find(i)
		n, ok := number[r]
		if !ok {
			n = len(number)
			number[r] = n
		}
		qs[i].Cluster = n
	}
}

// rarest returns up to rareWords content words of words with the shortest
// postings, skipping words too common to help.
func rarest(words []int, stop map[int]bool, postings map[int][]int) []int {
	var out []int
	for _, w := range distinct(words) {
		if !stop[w] && len(postings[w]) <= maxPostings {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b int) int {
		if d := len(postings[a]) - len(postings[b]); d != 0 {
			return d
		}
		return a - b
	})
	return out[:min(len(out), rareWords)]
}

// sameStatement reports whether two items are the same statement.
func sameStatement(a, b *item) bool {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	same := a.speaker != "" && a.speaker == b.speaker
	compatible := a.speaker == "" || b.speaker == "" || a.speaker == b.speaker
	n := len(a.words)
	if n == 0 {
		return false
	}
	if n <= shortQuote {
		return same && containsRun(b.words, a.words)
	}
	if containsRun(b.words, a.words) && (same || compatible && n >= 6) {
		return true
	}
	common := intersect(a.pairs, b.pairs)
	if len(a.pairs) == 0 || len(b.pairs) == 0 {
		return false
	}
	dice := 2 * float64(common) / float64(len(a.pairs)+len(b.pairs))
	part := float64(common) / float64(len(a.pairs))
	switch {
	case dice >= 0.9 && n >= 8:
		return true
	case dice >= nearSame && compatible:
		return true
	case part >= fragmentPart && n >= 6 && compatible:
		return true
	}
	return false
}

// normWords returns the words of a quotation in lower case, apostrophes
// dropped, so that punctuation and typography do not matter.
func normWords(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
		default:
			flush()
		}
	}
	flush()
	return out
}

// pairs returns the sorted distinct pairs of adjacent words, or the single
// word of a one-word text.
func pairs(words []int) []uint64 {
	var out []uint64
	if len(words) == 1 {
		out = append(out, uint64(words[0]))
	}
	for i := 1; i < len(words); i++ {
		out = append(out, uint64(words[i-1]+1)<<32|uint64(words[i]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// distinct returns the distinct values of xs.
func distinct(xs []int) []int {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// intersect counts the values two sorted lists share.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// containsRun reports whether sub occurs in full as a contiguous run.
func containsRun[T comparable](full, sub []T) bool {
	if len(sub) == 0 || len(sub) > len(full) {
		return false
	}
	for i := 0; i+len(sub) <= len(full); i++ {
		if slices.Equal(full[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
