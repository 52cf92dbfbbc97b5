package quote_test

import (
	"testing"
	"testing/fstest"

	"parallax/corpus/pipeline"
	"parallax/corpus/quote"
)

// TestHeadlineNoun checks that a common noun written in a headline's
// capitals names no one: "the company" after it is the company the
// article introduces, not "Company".
func TestHeadlineNoun(t *testing.T) {
	text := "Kestrel’s Chatbot Told a Patient to Double His Dose. The Company Says It’s Fixed\n\n" +
		"Sage, the assistant built by Austin startup Kestrel, gave the advice in January.\n\n" +
		"Doctors said the advice from Sage was dangerous.\n\n" +
		"In a statement, Kestrel said it had fixed a flaw in how Sage handled doses.\n\n" +
		"“Patient safety is our highest priority,” the company said.\n"
	c, err := pipeline.FS(fstest.MapFS{"01-chatbot.txt": {Data: []byte(text)}}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range quote.Find(c, quote.Options{}) {
		got[q.Text] = q.Speaker
	}
	if s := got["Patient safety is our highest priority,"]; s != "Kestrel" {
		t.Errorf("speaker %q, want Kestrel (all: %q)", s, got)
	}
}
