package repair

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The test cases of ftfy (testdata/*.json, Apache-2.0, see
// testdata/LICENSE.txt and testdata/README.md) hold Text to a known bar.
//
// For a case that expects a fix ("pass" in in-the-wild.json and
// synthetic.json), the expected output is its "fixed-encoding" when it has
// one, else its "fixed". ftfy's "fixed" also straightens curly quotes, which
// Text must not do, so when a case has no "fixed-encoding", both Text's
// output and "fixed" have their curly quotes straightened (the characters
// ftfy's uncurl_quotes straightens) before they are compared.
//
// In both kinds of case, the Unicode spaces that Text turns into ASCII
// spaces on purpose (the no-break space above all) are turned into spaces
// in the expected output too.
//
// Cases in negative.json must come back untouched, apart from those spaces:
// their edits, if any, must all be of Reason Space. One of them, "Mostly
// negative", expects a change, which ftfy makes too: a C1 control character
// (U+0085) read as the Windows-1252 ellipsis; it must give that.
//
// known-failures.json holds the cases that ftfy itself fails; Text's score
// on them is logged, not checked.

// ftfyCase is one test case of ftfy.
type ftfyCase struct {
	Label         string  `json:"label"`
	Original      string  `json:"original"`
	FixedEncoding *string `json:"fixed-encoding"`
	Fixed         string  `json:"fixed"`
	Expect        string  `json:"expect"`
}

// knownFailures lists the ftfy cases that expect a fix and that Text does
// not pass, by label, with the reason. A listed case that passes fails the
// test, so that it is taken off the list.
var knownFailures = map[string]string{
	"HTML entity on top of UTF-8 / Latin-1": "Text decodes entities before fixing encodings, so it gives the better " +
		"\"10μs\" where ftfy's fix_encoding alone leaves \"10Î&frac14;s\"",
}

// uncurl straightens curly quotes as ftfy's uncurl_quotes does.
var uncurl = strings.NewReplacer(
	"\u02bc", "'", "\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
)

// spaced turns the Unicode spaces that Text turns into ASCII spaces into
// ASCII spaces.
func spaced(s string) string {
	return strings.Map(func(r rune) rune {
		if r != ' ' && unicode.Is(unicode.Zs, r) {
			return ' '
		}
		return r
	}, s)
}

func loadFtfy(t *testing.T, name string) []ftfyCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var cases []ftfyCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return cases
}

func TestFtfy(t *testing.T) {
	passed, total := 0, 0
	for _, name := range []string{"in-the-wild.json", "synthetic.json"} {
		for _, c := range loadFtfy(t, name) {
			if c.Expect != "pass" {
				continue
			}
			total++
			got, _ := checkText(t, c.Original)
			want := c.Fixed
			if c.FixedEncoding != nil {
				want = *c.FixedEncoding
			} else {
				got, want = uncurl.Replace(got), uncurl.Replace(want)
			}
			want = spaced(want)
			ok := got == want
			why, known := knownFailures[c.Label]
			switch {
			case ok && known:
				t.Errorf("%s: %q: no longer failing (was: %s)", name, c.Label, why)
			case !ok && !known:
				t.Errorf("%s: %q:\nText(%q)\n got %q,\nwant %q", name, c.Label, c.Original, got, want)
			}
			if ok {
				passed++
			}
		}
	}

	negPassed, negTotal := 0, 0
	for _, c := range loadFtfy(t, "negative.json") {
		negTotal++
		want := c.Original
		expect := c.Fixed
		if c.FixedEncoding != nil {
			expect = *c.FixedEncoding
		}
		if expect != want && uncurl.Replace(expect) != uncurl.Replace(want) {
			want = expect // the one case that expects a change
		}
		got, edits := checkText(t, c.Original)
		ok := got == spaced(want)
		for _, e := range edits {
			if want == c.Original && e.Reason != Space {
				ok = false
			}
		}
		if ok {
			negPassed++
		} else {
			t.Errorf("negative.json: %q:\nText(%q)\n got %q, %+v\nwant it untouched", c.Label, c.Original, got, edits)
		}
	}

	hard, hardTotal := 0, 0
	for _, c := range loadFtfy(t, "known-failures.json") {
		hardTotal++
		got, _ := checkText(t, c.Original)
		if uncurl.Replace(got) == spaced(uncurl.Replace(c.Fixed)) {
			hard++
		}
	}

	t.Logf("ftfy: %d/%d pass cases, %d/%d negative (and %d/%d of ftfy's own known failures)",
		passed, total, negPassed, negTotal, hard, hardTotal)
	if passed*10 < total*9 {
		t.Errorf("ftfy: %d/%d pass cases, below 90%%", passed, total)
	}
}
