package segment

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// invariantError returns a description of the first way spans breaks the
// contract of Sentences for text, or "" if it keeps it: spans in order,
// not overlapping, in bounds, not empty, trimmed, with edges on rune
// boundaries, and covering every non-space byte of text.
func invariantError(text string, spans []Span) string {
	// runeStart[i] is true where a rune of text starts, as range reads it
	// (an invalid byte is a rune of its own).
	runeStart := make([]bool, len(text)+1)
	for i := range text {
		runeStart[i] = true
	}
	runeStart[len(text)] = true

	prev := 0
	for i, sp := range spans {
		switch {
		case sp.Start < prev || sp.End > len(text):
			return fmt.Sprintf("span %d %v: out of order or out of bounds (previous end %d, len %d)", i, sp, prev, len(text))
		case sp.Start >= sp.End:
			return fmt.Sprintf("span %d %v: empty", i, sp)
		case !runeStart[sp.Start] || !runeStart[sp.End]:
			return fmt.Sprintf("span %d %v: edge inside a rune", i, sp)
		}
		if r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End]); isSpace(r) {
			return fmt.Sprintf("span %d %v: starts with space", i, sp)
		}
		if r, _ := utf8.DecodeLastRuneInString(text[sp.Start:sp.End]); isSpace(r) {
			return fmt.Sprintf("span %d %v: ends with space", i, sp)
		}
		if gap := text[prev:sp.Start]; !allSpace(gap) {
			return fmt.Sprintf("span %d %v: non-space text %q before it is in no span", i, sp, gap)
		}
		prev = sp.End
	}
	if gap := text[prev:]; !allSpace(gap) {
		return fmt.Sprintf("non-space text %q after the last span is in no span", gap)
	}
	return ""
}

// allSpace reports whether s holds only white space.
func allSpace(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// checkInvariants reports an error if spans breaks the contract of
// Sentences for text.
func checkInvariants(t testing.TB, text string, spans []Span) {
	t.Helper()
	if msg := invariantError(text, spans); msg != "" {
		t.Errorf("Sentences(%q): %s", text, msg)
	}
}
