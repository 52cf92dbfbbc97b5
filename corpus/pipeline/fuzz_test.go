package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"parallax/corpus"
	"parallax/corpus/ingest"
)

// FuzzArticle runs the whole pipeline on one file and checks that nothing
// is lost: every character of the decoded input that is not white space
// is in the article (title, byline, paragraphs, post signatures), in a
// repair's "before" text, or in a dropped line, except the list markers
// that become structure.
func FuzzArticle(f *testing.F) {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, name := range seeds {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	golden, _ := filepath.Glob("testdata/*.txtar")
	for _, name := range golden {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Title\n- item\n— Name (@handle) May 1, 2025\n&amp; caf\xc3\x83\xc2\xa9"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := ingest.Decode(data)
		if text == "" {
			return
		}
		c := Sources([]ingest.Source{{File: "f.txt", Text: text}}, Options{})
		if errs := corpus.Check(c); len(errs) > 0 {
			t.Fatalf("invariants: %v", errs)
		}
		if len(c.Articles) != 1 {
			t.Fatalf("%d articles from one text", len(c.Articles))
		}
		a := c.Articles[0]
		out := map[rune]int{}
		count := func(s string, n int) {
			for _, r := range s {
				out[r] += n
			}
		}
		if a.Title != "" && !strings.HasSuffix(a.Title, "…") {
			count(a.Title, 1)
		}
		count(a.Byline, 1)
		bullets := 0
		for _, p := range a.Paragraphs {
			count(p.Text, 1)
			if p.Kind == corpus.KindBullet {
				bullets++
			}
			count(p.Signature, 1)
		}
		for _, d := range a.Dropped {
			count(d.Text, 1)
		}
		for _, r := range a.Repairs {
			count(r.Before, 1)
			count(r.After, -1)
		}
		in := map[rune]int{}
		for _, r := range text {
			if !unicode.IsSpace(r) {
				in[r]++
			}
		}
		for r, n := range in {
			allow := 0
			if strings.ContainsRune(bulletMarkers, r) {
				allow = bullets
			}
			if out[r]+allow < n {
				t.Fatalf("%q occurs %d times in the input but %d times in the output (allowance %d):\n%s", r, n, out[r], allow, text)
			}
		}
	})
}

// bulletMarkers are the characters that may start a list item and
// vanish into structure.
const bulletMarkers = "-*•·▪◦‣–—"
