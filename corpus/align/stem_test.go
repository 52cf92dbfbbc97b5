package align

import "testing"

func TestStem(t *testing.T) {
	meet := [][]string{
		{"deploying", "deployed", "deploys", "deploy"},
		{"extradition", "extradited", "extradite", "extraditing"},
		{"troops", "troop"},
		{"expediting", "expedited", "expedite"},
		{"rejected", "rejecting", "rejects", "reject"},
		{"countries", "country"},
		{"stopped", "stopping", "stop"},
		{"operatives", "operative"},
		{"confrontation", "confrontations"},
		{"firmly", "firm"},
	}
	for _, ws := range meet {
		want := stem(ws[0])
		for _, w := range ws[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, want %q as for %q", w, got, want, ws[0])
			}
		}
	}
	apart := [][2]string{{"nation", "nato"}, {"region", "regime"}, {"border", "board"}, {"trade", "trader"}}
	for _, p := range apart {
		if stem(p[0]) == stem(p[1]) {
			t.Errorf("stem(%q) = stem(%q) = %q, want them apart", p[0], p[1], stem(p[0]))
		}
	}
}

func TestSynonymsMeet(t *testing.T) {
	for _, g := range synonymGroups {
		want := stem(g[0])
		for _, w := range g[1:] {
			s := stem(w)
			if c, ok := synonyms[s]; ok {
				s = c
			}
			if s != want && w != "decline" { // decline is in two groups; the first wins
				t.Errorf("synonym of %q = %q, want %q", w, s, want)
			}
		}
	}
}
