package entity_test

import (
	"testing"

	"parallax/corpus/entity"
	"parallax/corpus/pipeline"
	"parallax/corpus/quote"
)

// TestSpeakersLink checks that the quote package's speakers (other than
// the authors of embedded posts) find their entities with Lookup.
func TestSpeakersLink(t *testing.T) {
	for _, dir := range []string{"../../seeds", "../quote/testdata/heldout"} {
		c, err := pipeline.Dir(dir, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		es := entity.Find(c, entity.Options{})
		found, total := 0, 0
		seen := make(map[string]bool)
		for _, q := range quote.Find(c, quote.Options{}) {
			// Post authors are named outside the paragraph text, so they
			// have no mentions.
			if q.Speaker == "" || q.Kind == quote.Post || seen[q.Speaker] {
				continue
			}
			seen[q.Speaker] = true
			total++
			if entity.Lookup(es, q.Speaker) >= 0 {
				found++
			} else {
				t.Logf("%s: speaker %q has no entity", dir, q.Speaker)
			}
		}
		t.Logf("%s: %d of %d distinct speakers link to an entity", dir, found, total)
		if total > 0 && found*10 < total*9 {
			t.Errorf("%s: %d of %d speakers link, want at least 90%%", dir, found, total)
		}
	}
}
