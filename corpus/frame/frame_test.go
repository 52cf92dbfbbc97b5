package frame

import (
	"testing"
)

func TestFind(t *testing.T) {
	type cue struct {
		text string
		cat  Category
	}
	tests := []struct {
		text string
		want []cue
	}{
		{"Sovereignty or Stubbornness? Mexico Rejects U.S. Troops", []cue{{"Stubbornness", Judgement}, {"?", Punctuation}}},
		{"Wow! Trump slams Sheinbaum", []cue{{"Wow", Emotive}, {"!", Punctuation}, {"slams", Emotive}}},
		{"Mexico rejects proposal to deploy U.S. troops", nil},
		{"Minister lashes out at ‘so-called’ experts over massive cuts", []cue{{"lashes out", Emotive}, {"so-called", Judgement}, {"massive", Intensifier}}},
		{"Why did the bridge fail?", []cue{{"?", Punctuation}}},
		{`Mayor asks “Who pays?” as costs rise`, nil},
		{"Unprecedented heat: What's next?!", []cue{{"Unprecedented", Intensifier}, {"?!", Punctuation}}},
		{"Clashing views", nil}, // inflections are listed, not guessed
		{"", nil},
		{"Sheinbaum REJECTS Trump’s Proposal", []cue{{"REJECTS", Emotive}}},
		{"NATO leaders meet in US", nil},
		{"MAYOR REJECTS PLAN", nil}, // all capitals: a style, not shouting
	}
	ordinary := func(w string) bool { return w == "rejects" || w == "leaders" || w == "plan" }
	for _, tt := range tests {
		var got []cue
		for _, c := range Find(tt.text, ordinary) {
			got = append(got, cue{tt.text[c.Start:c.End], c.Category})
		}
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Find(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Wow! Stubbornness?", "lashes out", "“Who?”", "a-b’c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, c := range Find(s, func(string) bool { return true }) {
			if c.Start < prev || c.End <= c.Start || c.End > len(s) {
				t.Fatalf("Find(%q): bad cue %+v after %d", s, c, prev)
			}
			prev = c.End
		}
	})
}
