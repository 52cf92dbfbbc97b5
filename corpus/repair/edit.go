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
	lo, hi []int32
	// why[i] is the rank of the reasons that wrote cur[i] (0 for original
	// bytes); gap[i] the rank of the reasons that deleted text at boundary i.
	why, gap []uint8
	// spare holds the storage of the map before the last apply, for the
	// next one to reuse.
	spare mapBuilder
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
		t.lo, t.hi = make([]int32, n), make([]int32, n)
		t.why, t.gap = make([]uint8, n-1), make([]uint8, n)
		for i := range n {
			t.lo[i], t.hi[i] = int32(i), int32(i)
		}
	}
	grow := 0
	for _, e := range edits {
		grow += len(e.new) - (e.end - e.start)
	}
	b := &t.spare
	b.reset(len(t.cur) + max(grow, 0))
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
	old := mapBuilder{text: b.text, lo: t.lo, hi: t.hi, why: t.why, gap: t.gap}
	t.lo, t.hi, t.why, t.gap = b.lo, b.hi, b.why, b.gap
	t.spare = old
}

// copyTo copies the bytes [from, to) of the current text, with the
// boundaries before them, to b.
func (t *tracker) copyTo(b *mapBuilder, from, to int) {
	if from >= to {
		return
	}
	b.boundary(t.lo[from], t.hi[from], t.gap[from])
	b.lo = append(b.lo, t.lo[from+1:to]...)
	b.hi = append(b.hi, t.hi[from+1:to]...)
	b.gap = append(b.gap, t.gap[from+1:to]...)
	b.text = append(b.text, t.cur[from:to]...)
	b.why = append(b.why, t.why[from:to]...)
}

// mapBuilder collects the next current text of a tracker and its map.
type mapBuilder struct {
	text   []byte
	lo, hi []int32
	why    []uint8
	gap    []uint8
}

// reset empties b, keeping its storage if it can hold n bytes.
func (b *mapBuilder) reset(n int) {
	if cap(b.text) < n || cap(b.lo) < n+1 {
		n += n / 4
		*b = mapBuilder{
			text: make([]byte, 0, n),
			lo:   make([]int32, 0, n+1),
			hi:   make([]int32, 0, n+1),
			why:  make([]uint8, 0, n),
			gap:  make([]uint8, 0, n+1),
		}
		return
	}
	b.text, b.lo, b.hi, b.why, b.gap = b.text[:0], b.lo[:0], b.hi[:0], b.why[:0], b.gap[:0]
}

// boundary adds the boundary after the last byte written. Two boundaries
// with no byte between them (around a deletion) merge into one.
func (b *mapBuilder) boundary(lo, hi int32, gap uint8) {
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
// Changes are split wherever the map knows the position in the original, so
// neighbouring changes made for different reasons stay apart.
func (t *tracker) edits() []Edit {
	if t.lo == nil {
		return nil
	}
	var out []Edit
	add := func(o0, o1, c0, c1 int, why uint8) {
		if old, new := t.orig[o0:o1], t.cur[c0:c1]; old != new {
			out = append(out, Edit{Start: o0, End: o1, Old: old, New: new, Reason: reasons[why]})
		}
	}
	pc, po := 0, 0 // start of the pending change in the current and original text
	for i := 0; ; {
		if lo, hi := int(t.lo[i]), int(t.hi[i]); lo >= po && hi >= lo {
			// An anchored boundary: end the pending change here, and
			// report text deleted at it on its own.
			why := uint8(0)
			for j := pc; j < i; j++ {
				why = max(why, t.why[j])
				if j > pc {
					why = max(why, t.gap[j])
				}
			}
			add(po, lo, pc, i, why)
			add(lo, hi, i, i, t.gap[i])
			pc, po = i, hi
			if i < len(t.cur) {
				if _, k := utf8.DecodeRuneInString(t.cur[i:]); t.unchanged(i, k, hi) {
					pc, po = i+k, hi+k
				}
			}
		}
		if i == len(t.cur) {
			break
		}
		_, k := utf8.DecodeRuneInString(t.cur[i:])
		i += k
	}
	if pc < len(t.cur) || po < len(t.orig) {
		why := uint8(0)
		for j := pc; j < len(t.cur); j++ {
			why = max(why, t.why[j])
		}
		for j := pc; j <= len(t.cur); j++ {
			why = max(why, t.gap[j])
		}
		add(po, len(t.orig), pc, len(t.cur), why)
	}
	return out
}

// unchanged reports whether the rune cur[i:i+k] is the original's
// orig[o:o+k], carried over untouched.
func (t *tracker) unchanged(i, k, o int) bool {
	if o+k > len(t.orig) || int(t.lo[i+k]) != o+k || t.cur[i:i+k] != t.orig[o:o+k] {
		return false
	}
	for j := 1; j < k; j++ {
		if int(t.lo[i+j]) != o+j || int(t.hi[i+j]) != o+j {
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
