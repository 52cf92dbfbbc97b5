package segment

import "testing"

// FuzzSentences checks that Sentences keeps its contract on any input.
// The corpus is seeded with the Golden Rules and the table tests.
func FuzzSentences(f *testing.F) {
	for _, rule := range loadGolden(f) {
		f.Add(rule.Input)
	}
	for _, tt := range sentenceTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text, Options{})
		if msg := invariantError(text, spans); msg != "" {
			t.Fatalf("Sentences(%q): %s", text, msg)
		}
	})
}
