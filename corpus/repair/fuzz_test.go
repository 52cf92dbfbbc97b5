package repair

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzText checks on any input that Text does not panic, that its edits
// replay to its output, which is valid UTF-8 (see invariantError), and that
// its output needs no further repair.
//
// The last holds only as far as the rounds of repairs of a line settle
// within maxRounds, which real text does in two; the fuzzer has not found
// input that does not.
func FuzzText(f *testing.F) {
	for _, name := range []string{"in-the-wild.json", "synthetic.json", "negative.json", "known-failures.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		var cases []ftfyCase
		if err := json.Unmarshal(data, &cases); err != nil {
			f.Fatal(err)
		}
		for _, c := range cases {
			f.Add(c.Original)
		}
	}
	for _, s := range []string{
		"Smithâs plan failedâagain â âsoonâ.\nâ Bob (@bob) 2010â2015",
		"đ¨đşđ¸đ˛đ˝ ðºð¸ đ¤Ł cityâ¦ Acmeâ¢ â¬5 city⌠x ⢠y 1 PM ¡ Feb",
		"AT&amp;T &EACUTE; &#8217; &notit; a\u00a0b\u200b👩\u200d💻 cafe\u0301 \xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, edits := Text(s, Options{})
		if msg := invariantError(s, out, edits); msg != "" {
			t.Fatalf("Text(%q): %s", s, msg)
		}
		if again, edits := Text(out, Options{}); len(edits) > 0 {
			t.Fatalf("Text(%q) = %q, not a fixed point: Text again gives %q (%+v)", s, out, again, edits)
		}
	})
}
