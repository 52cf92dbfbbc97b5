package align

import "slices"

// verbatimWords is the least number of identical words in a row that make
// a verbatim passage.
const verbatimWords = 8

// maxRepeats bounds how many places of one article a repeated window is
// looked up at, so that an article repeating itself cannot make the work
// quadratic.
const maxRepeats = 8

// A run is n identical tokens: a.toks[i:i+n] and b.toks[j:j+n].
type run struct{ i, j, n int32 }

// runs returns the maximal runs of at least verbatimWords identical tokens
// of a and b, longest first, no two overlapping in either article; it
// marks their tokens in coverA and coverB.
func runs(a, b *doc, coverA, coverB []bool) []run {
	var found []run
	ga, gb := a.grams, b.grams
	for x, y := 0, 0; x < len(ga) && y < len(gb); {
		switch {
		case ga[x].hash < gb[y].hash:
			x++
		case ga[x].hash > gb[y].hash:
			y++
		default:
			h := ga[x].hash
			x2, y2 := x, y
			for x2 < len(ga) && ga[x2].hash == h {
				x2++
			}
			for y2 < len(gb) && gb[y2].hash == h {
				y2++
			}
			for _, p := range ga[x:min(x2, x+maxRepeats)] {
				for _, q := range gb[y:min(y2, y+maxRepeats)] {
					if r, ok := extend(a.toks, b.toks, p.pos, q.pos); ok {
						found = append(found, r)
					}
				}
			}
			x, y = x2, y2
		}
	}
	slices.SortFunc(found, func(p, q run) int {
		if p.n != q.n {
			return int(q.n - p.n)
		}
		if p.i != q.i {
			return int(p.i - q.i)
		}
		return int(p.j - q.j)
	})
	out := found[:0]
	for _, r := range found {
		if anySet(coverA[r.i:r.i+r.n]) || anySet(coverB[r.j:r.j+r.n]) {
			continue
		}
		for k := range r.n {
			coverA[r.i+k], coverB[r.j+k] = true, true
		}
		out = append(out, r)
	}
	return out
}

// extend returns the run starting at tokens i of a and j of b, which
// begin equal windows, or false when the run starts earlier (it is found
// from its own start) or the windows only share a hash.
func extend(a, b []token, i, j int32) (run, bool) {
	if i > 0 && j > 0 && a[i-1].hash == b[j-1].hash {
		return run{}, false
	}
	n := int32(0)
	for int(i+n) < len(a) && int(j+n) < len(b) && a[i+n].hash == b[j+n].hash {
		n++
	}
	return run{i, j, n}, n >= verbatimWords
}

func anySet(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// verbatimPassages splits a run where either article starts a new
// paragraph and returns its pieces.
func verbatimPassages(a, b *doc, r run) []Passage {
	var out []Passage
	start := r.i
	for k := r.i; k < r.i+r.n; k++ {
		last := k+1 == r.i+r.n
		if !last {
			jk := r.j + (k - r.i)
			if a.toks[k+1].para == a.toks[k].para && b.toks[jk+1].para == b.toks[jk].para {
				continue
			}
		}
		j0 := r.j + (start - r.i)
		j1 := r.j + (k - r.i)
		out = append(out, Passage{
			A:    a.loc(start, k),
			B:    b.loc(j0, j1),
			Kind: Verbatim, Score: 1,
		})
		start = k + 1
	}
	return out
}

// loc returns the location of tokens [first, last] of d, which are in one
// paragraph.
func (d *doc) loc(first, last int32) Loc {
	t0, t1 := d.toks[first], d.toks[last]
	return Loc{Paragraph: d.paras[t0.para].ID, Start: int(t0.start), End: int(t1.end)}
}
