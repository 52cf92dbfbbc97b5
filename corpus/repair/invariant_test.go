package repair

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// invariantError returns a description of the first way that out and edits
// break the contract of Text for the input in, or "" if they keep it: edits
// sorted, non-overlapping and in bounds, with edges on rune boundaries of in,
// Old equal to the input it replaces and different from New, the edits
// replayed on in giving out, out valid UTF-8, and no edits exactly when out
// is in.
func invariantError(in, out string, edits []Edit) string {
	// runeStart[i] is true where a rune of in starts, as range reads it
	// (an invalid byte is a rune of its own).
	runeStart := make([]bool, len(in)+1)
	for i := range in {
		runeStart[i] = true
	}
	runeStart[len(in)] = true

	var b strings.Builder
	prev := 0
	for i, e := range edits {
		switch {
		case e.Start < prev || e.Start > e.End || e.End > len(in):
			return fmt.Sprintf("edit %d [%d,%d): out of order or out of bounds (previous end %d, len %d)", i, e.Start, e.End, prev, len(in))
		case !runeStart[e.Start] || !runeStart[e.End]:
			return fmt.Sprintf("edit %d [%d,%d): edge inside a rune", i, e.Start, e.End)
		case e.Old != in[e.Start:e.End]:
			return fmt.Sprintf("edit %d [%d,%d): Old %q, input has %q", i, e.Start, e.End, e.Old, in[e.Start:e.End])
		case e.Old == e.New:
			return fmt.Sprintf("edit %d [%d,%d): changes nothing (%q)", i, e.Start, e.End, e.Old)
		case rank(e.Reason) == 0:
			return fmt.Sprintf("edit %d [%d,%d): unknown reason %q", i, e.Start, e.End, e.Reason)
		}
		b.WriteString(in[prev:e.Start])
		b.WriteString(e.New)
		prev = e.End
	}
	b.WriteString(in[prev:])
	switch {
	case b.String() != out:
		return fmt.Sprintf("edits replayed give %q, Text gave %q", b.String(), out)
	case !utf8.ValidString(out):
		return fmt.Sprintf("output %q is not valid UTF-8", out)
	case len(edits) == 0 && out != in:
		return "output differs from input without edits"
	}
	return ""
}

// checkText runs Text on in, reports any broken invariant, and returns the
// result.
func checkText(t *testing.T, in string) (string, []Edit) {
	t.Helper()
	out, edits := Text(in, Options{})
	if msg := invariantError(in, out, edits); msg != "" {
		t.Errorf("Text(%q): %s", in, msg)
	}
	return out, edits
}
