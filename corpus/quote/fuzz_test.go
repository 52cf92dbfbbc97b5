package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find keeps its contract on any text: the input is
// one article whose paragraphs are its lines. The corpus is seeded with
// the table tests.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(strings.Join(tt.paras, "\n"))
	}
	f.Add("“Unclosed\n“reopened\n\"straight\" “mixed\" ”odd”")
	f.Add("‘One,’ she said. ‘Two.\n‘Three “nested” it’s’ and ‘four’, he said.\n'Five,' he said. \"Six")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		c := testCorpus(strings.Split(text, "\n"))
		checkQuotes(t, c, Find(c, Options{}))
	})
}
