package align

import (
	"cmp"
	"math"
	"slices"
)

// The parameters of paraphrase detection.
const (
	// paraphraseMin is the least score of a paraphrase.
	paraphraseMin = 0.3
	// minStems is the least number of content stems of a sentence that
	// can be paraphrased, and minShared the least number of stems other
	// than names two paraphrases share.
	minStems, minShared = 4, 3
	// mostlyVerbatim is the share of a sentence's words in verbatim
	// passages above which it is not looked at for paraphrases.
	mostlyVerbatim = 0.5
	// numberPenalty multiplies the score of two sentences that both hold
	// numbers and share none.
	numberPenalty = 0.5
)

// An aligner aligns pairs of docs, reusing its buffers.
type aligner struct {
	lx      *lexicon
	idf     []float64
	localDF []int32   // by stem: sentences of the pair holding it
	weight  []float64 // by stem: its weight in the current pair
	touched []int32
	acc     []float64 // by sentence of b: weight shared with the current sentence of a
	shared  []int32   // by sentence of b: stems other than names shared
}

func newAligner(lx *lexicon, idf []float64) *aligner {
	return &aligner{lx: lx, idf: idf, localDF: make([]int32, len(idf)), weight: make([]float64, len(idf))}
}

// A match is a candidate paraphrase: sentences i of a and j of b.
type match struct {
	i, j  int32
	score float64
}

// align compares docs a and b (a.id < b.id) and returns their pair.
func (al *aligner) align(a, b *doc) Pair {
	p := Pair{A: a.id, B: b.id}
	coverA, coverB := make([]bool, len(a.toks)), make([]bool, len(b.toks))
	var links []match
	for _, r := range runs(a, b, coverA, coverB) {
		p.Passages = append(p.Passages, verbatimPassages(a, b, r)...)
		links = appendLinks(links, a, b, r)
	}
	wordsA, wordsB := float64(count(coverA)), float64(count(coverB))

	freeA, freeB := al.free(a, coverA), al.free(b, coverB)
	for _, m := range al.paraphrases(a, b, freeA, freeB, links) {
		sa, sb := &a.sents[m.i], &b.sents[m.j]
		p.Passages = append(p.Passages, Passage{
			A:    Loc{Paragraph: a.paras[sa.para].ID, Start: sa.span.Start, End: sa.span.End},
			B:    Loc{Paragraph: b.paras[sb.para].ID, Start: sb.span.Start, End: sb.span.End},
			Kind: Paraphrase, Score: m.score,
		})
		wordsA += m.score * float64(uncovered(sa, coverA))
		wordsB += m.score * float64(uncovered(sb, coverB))
	}
	if n := len(a.toks) + len(b.toks); n > 0 {
		p.Similarity = min(1, (wordsA+wordsB)/float64(n))
	}
	ia, ib := paraIndex(a), paraIndex(b)
	slices.SortFunc(p.Passages, func(x, y Passage) int {
		if c := cmp.Compare(ia[x.A.Paragraph], ia[y.A.Paragraph]); c != 0 {
			return c
		}
		if c := cmp.Compare(x.A.Start, y.A.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(ib[x.B.Paragraph], ib[y.B.Paragraph]); c != 0 {
			return c
		}
		return cmp.Compare(x.B.Start, y.B.Start)
	})
	return p
}

// free reports for each sentence of d whether it can be paraphrased: it
// has enough content stems and is not mostly covered by verbatim
// passages.
func (al *aligner) free(d *doc, cover []bool) []bool {
	out := make([]bool, len(d.sents))
	for i := range d.sents {
		s := &d.sents[i]
		n := s.last - s.first
		out[i] = len(s.stems) >= minStems && float64(uncovered(s, cover)) > (1-mostlyVerbatim)*float64(n)
	}
	return out
}

// paraphrases returns the paraphrased sentences of a and b, each sentence
// in one at most. Sentences that share a verbatim passage (links) are
// already aligned with each other: they pair with each other if their
// words agree well enough, and with no other sentence. The others pair
// best score first.
func (al *aligner) paraphrases(a, b *doc, freeA, freeB []bool, links []match) []match {
	ms := al.allMatches(a, b, freeA, freeB, paraphraseMin)
	usedA, usedB := make([]bool, len(a.sents)), make([]bool, len(b.sents))
	var out []match
	for _, l := range links {
		for _, m := range ms {
			if m.i == l.i && m.j == l.j && !usedA[m.i] && !usedB[m.j] {
				out = append(out, m)
			}
		}
		usedA[l.i], usedB[l.j] = true, true
	}
	for _, m := range ms {
		if usedA[m.i] || usedB[m.j] {
			continue
		}
		usedA[m.i], usedB[m.j] = true, true
		out = append(out, m)
	}
	return out
}

// allMatches returns the pairs of free sentences of a and b scoring at
// least least, best first.
func (al *aligner) allMatches(a, b *doc, freeA, freeB []bool, least float64) []match {
	al.weigh(a, b)
	defer al.reset()
	normA, normB := al.norms(a), al.norms(b)
	if cap(al.acc) < len(b.sents) {
		al.acc = make([]float64, len(b.sents))
		al.shared = make([]int32, len(b.sents))
	}
	acc, shared := al.acc[:len(b.sents)], al.shared[:len(b.sents)]
	var ms []match
	var hit []int32
	for i := range a.sents {
		if !freeA[i] {
			continue
		}
		sa := &a.sents[i]
		hit = hit[:0]
		for _, st := range sa.stems {
			lo, _ := slices.BinarySearchFunc(b.post, st, func(p posting, s int32) int { return int(p.stem - s) })
			for k := lo; k < len(b.post) && b.post[k].stem == st; k++ {
				j := b.post[k].sent
				if !freeB[j] {
					continue
				}
				if acc[j] == 0 {
					hit = append(hit, j)
				}
				acc[j] += al.weight[st]
				if !al.lx.isName(st) {
					shared[j]++
				}
			}
		}
		for _, j := range hit {
			sb := &b.sents[j]
			if shared[j] >= minShared && normA[i] > 0 && normB[j] > 0 {
				score := acc[j] / math.Sqrt(normA[i]*normB[j])
				if len(sa.nums) > 0 && len(sb.nums) > 0 && !intersects(sa.nums, sb.nums) {
					score *= numberPenalty
				}
				if score >= least {
					ms = append(ms, match{int32(i), j, min(1, score)})
				}
			}
			acc[j], shared[j] = 0, 0
		}
	}
	slices.SortFunc(ms, func(x, y match) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if x.i != y.i {
			return int(x.i - y.i)
		}
		return int(x.j - y.j)
	})
	return ms
}

// weigh sets the weight of every stem of a and b for this pair: its
// corpus idf times its idf over the pair's sentences.
func (al *aligner) weigh(a, b *doc) {
	for _, d := range []*doc{a, b} {
		for _, p := range d.post {
			if al.localDF[p.stem] == 0 {
				al.touched = append(al.touched, p.stem)
			}
			al.localDF[p.stem]++
		}
	}
	n := float64(len(a.sents) + len(b.sents))
	for _, s := range al.touched {
		al.weight[s] = al.idf[s] * math.Log(1+n/float64(al.localDF[s]))
	}
}

func (al *aligner) reset() {
	for _, s := range al.touched {
		al.localDF[s], al.weight[s] = 0, 0
	}
	al.touched = al.touched[:0]
}

// norms returns the summed weight of each sentence's stems.
func (al *aligner) norms(d *doc) []float64 {
	out := make([]float64, len(d.sents))
	for i := range d.sents {
		for _, s := range d.sents[i].stems {
			out[i] += al.weight[s]
		}
	}
	return out
}

func intersects(x, y []uint64) bool {
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			return true
		}
	}
	return false
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// uncovered counts the words of s outside verbatim passages.
func uncovered(s *sentence, cover []bool) int {
	n := 0
	for _, c := range cover[s.first:s.last] {
		if !c {
			n++
		}
	}
	return n
}

func paraIndex(d *doc) map[string]int {
	m := make(map[string]int, len(d.paras))
	for i, p := range d.paras {
		m[p.ID] = i
	}
	return m
}

// appendLinks appends to links the pairs of sentences that run r joins,
// in order and without repeats.
func appendLinks(links []match, a, b *doc, r run) []match {
	for k := range r.n {
		i, j := a.toks[r.i+k].sent, b.toks[r.j+k].sent
		if i < 0 || j < 0 {
			continue
		}
		if n := len(links); n > 0 && links[n-1].i == i && links[n-1].j == j {
			continue
		}
		links = append(links, match{i: i, j: j})
	}
	return links
}
