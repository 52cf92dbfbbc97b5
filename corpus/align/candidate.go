package align

import (
	"cmp"
	"math"
	"slices"
)

// The parameters of candidate search.
const (
	// shingleWords is the length of the word windows compared by MinHash
	// and the rare-feature index.
	shingleWords = 5
	// bands × rows MinHash values make an article's signature; two
	// articles are candidates when all rows of one band agree. Three rows
	// find pairs whose shingle sets overlap by a third almost surely, and
	// by a tenth now and then.
	bands, rows = 12, 3
	// bucketWidth bounds the pairs drawn from one LSH bucket: each member
	// is paired with the next bucketWidth members only.
	bucketWidth = 16
	// rareMinDF is the least document frequency up to which a feature
	// counts as rare; above it, rare means at most one article in
	// rareShare.
	rareMinDF, rareShare = 16, 64
	// partnerFactor × MaxPartners candidates of each article are aligned.
	partnerFactor = 3
)

// A cand is a pair of docs (indexes, a < b) to align.
type cand struct{ a, b int32 }

// candidates returns the pairs of docs worth aligning, sorted: those found
// by MinHash LSH or sharing rare features, reduced to each doc's best
// partnerFactor × maxPartners by a cheap estimate of their similarity.
func candidates(docs []*doc, maxPartners int) []cand {
	found := make(map[cand]bool)
	lshPairs(docs, found)
	rarePairs(docs, found)
	all := make([]cand, 0, len(found))
	for c := range found {
		all = append(all, c)
	}
	slices.SortFunc(all, compareCand)
	if maxPartners < 0 {
		return all
	}
	limit := partnerFactor * maxPartners
	est := make([]float64, len(all))
	per := make([][]int32, len(docs))
	for i, c := range all {
		est[i] = estimate(docs[c.a], docs[c.b])
		per[c.a] = append(per[c.a], int32(i))
		per[c.b] = append(per[c.b], int32(i))
	}
	keep := make([]bool, len(all))
	for _, idx := range per {
		slices.SortFunc(idx, func(x, y int32) int {
			if c := cmp.Compare(est[y], est[x]); c != 0 {
				return c
			}
			return int(x - y)
		})
		for _, i := range idx[:min(len(idx), limit)] {
			keep[i] = true
		}
	}
	out := all[:0]
	for i, c := range all {
		if keep[i] {
			out = append(out, c)
		}
	}
	return out
}

func compareCand(x, y cand) int {
	if x.a != y.a {
		return int(x.a - y.a)
	}
	return int(x.b - y.b)
}

// signature returns the MinHash signature of a set of hashes: for each
// of bands × rows hash functions, the least value over the set. Two
// signatures agree at a position with probability the Jaccard similarity
// of their sets.
func signature(set []uint64) []uint64 {
	if len(set) == 0 {
		return nil
	}
	sig := make([]uint64, bands*rows)
	for k := range sig {
		sig[k] = math.MaxUint64
	}
	for _, s := range set {
		for k := range sig {
			if h := mix(s ^ uint64(k+1)*0x9e3779b97f4a7c15); h < sig[k] {
				sig[k] = h
			}
		}
	}
	return sig
}

// lshPairs adds to found the pairs of docs whose shingle signatures agree
// on a whole band.
func lshPairs(docs []*doc, found map[cand]bool) {
	entries := make([]keyed, 0, len(docs)*bands)
	for di, d := range docs {
		if d.sig == nil {
			continue
		}
		for b := range bands {
			key := uint64(b)
			for _, v := range d.sig[b*rows : (b+1)*rows] {
				key = mix(key ^ v)
			}
			entries = append(entries, keyed{key, int32(di)})
		}
	}
	sameKey(entries, func(group []keyed) {
		for x := range group {
			for y := x + 1; y < len(group) && y <= x+bucketWidth; y++ {
				found[cand{group[x].doc, group[y].doc}] = true
			}
		}
	})
}

// keyed is a doc and a key it has: a band of its signature or a shingle.
type keyed struct {
	key uint64
	doc int32
}

// sameKey sorts entries by key and doc and calls f with each run of
// entries sharing a key.
func sameKey(entries []keyed, f func(group []keyed)) {
	slices.SortFunc(entries, func(x, y keyed) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return int(x.doc - y.doc)
	})
	for i := 0; i < len(entries); {
		j := i
		for j < len(entries) && entries[j].key == entries[i].key {
			j++
		}
		f(entries[i:j])
		i = j
	}
}

// rarePairs adds to found the pairs of docs that share a rare shingle or
// two rare stems. A feature is rare when at most max(rareMinDF,
// docs/rareShare) docs hold it, which bounds the work by the square of
// that number for each feature.
func rarePairs(docs []*doc, found map[cand]bool) {
	maxDF := max(rareMinDF, len(docs)/rareShare)
	var entries []keyed
	for di, d := range docs {
		for _, s := range d.shingles {
			entries = append(entries, keyed{s, int32(di)})
		}
	}
	sameKey(entries, func(group []keyed) {
		if len(group) > maxDF {
			return
		}
		for x := range group {
			for y := x + 1; y < len(group); y++ {
				found[cand{group[x].doc, group[y].doc}] = true
			}
		}
	})

	var stemDocs [][]int32
	for di, d := range docs {
		for _, s := range d.stems {
			for int(s) >= len(stemDocs) {
				stemDocs = append(stemDocs, nil)
			}
			stemDocs[s] = append(stemDocs[s], int32(di))
		}
	}
	shared := make(map[cand]int)
	for _, ds := range stemDocs {
		if len(ds) > maxDF {
			continue
		}
		for x := range ds {
			for y := x + 1; y < len(ds); y++ {
				c := cand{ds[x], ds[y]}
				shared[c]++
				if shared[c] == 2 {
					found[c] = true
				}
			}
		}
	}
}

// estimate is a cheap guess at the similarity of two docs, used only to
// rank candidates: the Jaccard similarity of their shingle sets plus half
// that of their stem sets, both estimated from MinHash signatures.
func estimate(a, b *doc) float64 {
	return agreement(a.sig, b.sig) + agreement(a.stemSig, b.stemSig)/2
}

// agreement is the share of positions where two signatures agree.
func agreement(x, y []uint64) float64 {
	if len(x) == 0 || len(x) != len(y) {
		return 0
	}
	n := 0
	for i := range x {
		if x[i] == y[i] {
			n++
		}
	}
	return float64(n) / float64(len(x))
}

// idf returns the inverse sentence frequency of every stem,
// ln(1 + sentences/df).
func (lx *lexicon) idf() []float64 {
	out := make([]float64, len(lx.sentDF))
	for i, df := range lx.sentDF {
		out[i] = math.Log(1 + float64(lx.sents)/float64(max(df, 1)))
	}
	return out
}

// isName reports whether a stem is mostly written capitalised inside
// sentences: a name rather than a word.
func (lx *lexicon) isName(s int32) bool {
	return lx.capped[s] > 2*lx.lower[s]
}
