package repair

import "unicode/utf8"

// edit is a change one repair wants to make to the string it was given: the
// bytes [start, end) become new.
type edit struct {
	start, end int
	new        string
	why        Reason
}

// rank orders reasons for an edit that several repairs took part in: the
// highest rank names the edit.
func rank(r Reason) uint8 {
	switch r {
	case Mojibake:
		return 6
	case Entity:
		return 5
	case Invalid:
		return 4
	case Invisible:
		return 3
	case Space:
		return 2
	case Normalize:
		return 1
	}
	return 0
}

// reasons lists the reasons by rank.
var reasons = [...]Reason{Normalize, Normalize, Space, Invisible, Invalid, Entity, Mojibake}

// A tracker applies rounds of edits to a string and keeps enough of a map
// from the current text back to the original to report the net change as
// edits of the original.
//
// The map is kept per byte boundary of the current text: an anchored
// boundary knows the position in the original it stands for, a boundary
// inside text that some edit wrote does not. A rune of the current text is
// unchanged when it lies between anchored boundaries that are as far apart in
// the original as in the current text and the bytes are the same; everything
// between unchanged runes is one edit.
type tracker struct {
	orig, cur string
	// For boundary i of cur (0 <= i <= len(cur)), lo[i] and hi[i] are the
	// range of orig it stands for: equal for a plain boundary, lo < hi where
	// original text was deleted, -1 inside text an edit wrote (lo can be -1
	// alone when a deletion began inside such text). Nil until the first
	// edit, which means every boundary is anchored where it is.
	lo, hi []int
	// why[i] is the rank of the reasons that wrote cur[i] (0 for original
	// bytes); gap[i] the rank of the reasons that deleted text at boundary i.
	why, gap []uint8
}

func newTracker(s string) *tracker {
	return &tracker{orig: s, cur: s}
}

// apply makes edits, which are sorted, non-overlapping and relative to the
// current text.
func (t *tracker) apply(edits []edit) {
	if len(edits) == 0 {
		return
	}
	if t.lo == nil {
		n := len(t.cur) + 1
		t.lo, t.hi = make([]int, n), make([]int, n)
		t.why, t.gap = make([]uint8, n-1), make([]uint8, n)
		for i := range n {
			t.lo[i], t.hi[i] = i, i
		}
	}
	grow := 0
	for _, e := range edits {
		grow += len(e.new) - (e.end - e.start)
	}
	n := len(t.cur) + max(grow, 0)
	b := &mapBuilder{
		text: make([]byte, 0, n),
		lo:   make([]int, 0, n+1),
		hi:   make([]int, 0, n+1),
		why:  make([]uint8, 0, n),
		gap:  make([]uint8, 0, n+1),
	}
	prev := 0
	for _, e := range edits {
		t.copyTo(b, prev, e.start)
		g := rank(e.why)
		for i := e.start; i < e.end; i++ {
			g = max(g, t.why[i])
			if i > e.start {
				g = max(g, t.gap[i])
			}
		}
		if e.new == "" {
			b.boundary(t.lo[e.start], t.hi[e.start], max(t.gap[e.start], g))
		} else {
			b.boundary(t.lo[e.start], t.hi[e.start], t.gap[e.start])
			for i := 0; i < len(e.new); i++ {
				if i > 0 {
					b.boundary(-1, -1, 0)
				}
				b.text = append(b.text, e.new[i])
				b.why = append(b.why, g)
			}
		}
		b.boundary(t.lo[e.end], t.hi[e.end], t.gap[e.end])
		prev = e.end
	}
	t.copyTo(b, prev, len(t.cur))
	b.boundary(t.lo[len(t.cur)], t.hi[len(t.cur)], t.gap[len(t.cur)])
	t.cur = string(b.text)
	t.lo, t.hi, t.why, t.gap = b.lo, b.hi, b.why, b.gap
}

// copyTo copies the bytes [from, to) of the current text, with the
// boundaries before them, to b.
func (t *tracker) copyTo(b *mapBuilder, from, to int) {
	for i := from; i < to; i++ {
		b.boundary(t.lo[i], t.hi[i], t.gap[i])
		b.text = append(b.text, t.cur[i])
		b.why = append(b.why, t.why[i])
	}
}

// mapBuilder collects the next current text of a tracker and its map.
type mapBuilder struct {
	text    []byte
	lo, hi  []int
	why     []uint8
	gap     []uint8
}

// boundary adds the boundary after the last byte written. Two boundaries
// with no byte between them (around a deletion) merge into one.
func (b *mapBuilder) boundary(lo, hi int, gap uint8) {
	if len(b.lo) > len(b.text) {
		last := len(b.lo) - 1
		b.hi[last] = hi
		b.gap[last] = max(b.gap[last], gap)
		return
	}
	b.lo = append(b.lo, lo)
	b.hi = append(b.hi, hi)
	b.gap = append(b.gap, gap)
}

// edits returns the net change from the original text to the current one as
// edits of the original, sorted and non-overlapping, with Old filled in.
func (t *tracker) edits() []Edit {
	if t.lo == nil {
		return nil
	}
	var out []Edit
	pc, po := 0, 0 // current and original offsets after the last unchanged rune
	emit := func(c, o int) {
		if c == pc && o == po {
			return
		}
		if old, new := t.orig[po:o], t.cur[pc:c]; old != new {
			g := uint8(0)
			for i := pc; i < c; i++ {
				g = max(g, t.why[i])
			}
			for i := pc; i <= c; i++ {
				g = max(g, t.gap[i])
			}
			out = append(out, Edit{Start: po, End: o, Old: old, New: new, Reason: reasons[g]})
		}
	}
	for i := 0; i < len(t.cur); {
		_, k := utf8.DecodeRuneInString(t.cur[i:])
		if o := t.hi[i]; o >= po && t.unchanged(i, k, o) {
			emit(i, o)
			pc, po = i+k, o+k
		}
		i += k
	}
	emit(len(t.cur), len(t.orig))
	return out
}

// unchanged reports whether the rune cur[i:i+k] is the original's
// orig[o:o+k], carried over untouched.
func (t *tracker) unchanged(i, k, o int) bool {
	if o+k > len(t.orig) || t.lo[i+k] != o+k || t.cur[i:i+k] != t.orig[o:o+k] {
		return false
	}
	for j := 1; j < k; j++ {
		if t.lo[i+j] != o+j || t.hi[i+j] != o+j {
			return false
		}
	}
	return true
}

// internal converts edits of a tracker's original text to the form a
// repair returns.
func internal(edits []Edit) []edit {
	if len(edits) == 0 {
		return nil
	}
	out := make([]edit, len(edits))
	for i, e := range edits {
		out[i] = edit{e.Start, e.End, e.New, e.Reason}
	}
	return out
}
