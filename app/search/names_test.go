package search

import (
	"testing"

	"parallax/corpus"
)

func namesCorpus() *corpus.Corpus {
	ent := func(name string, typ corpus.EntityType, mentions int, aliases ...string) corpus.Entity {
		return corpus.Entity{Name: name, Type: typ, Aliases: aliases, Mentions: make([]corpus.Mention, mentions)}
	}
	return &corpus.Corpus{Entities: []corpus.Entity{
		ent("Claudia Sheinbaum", corpus.EntityPerson, 12, "Sheinbaum"),
		ent("Donald Trump", corpus.EntityPerson, 20, "Trump"),
		ent("Melania Trump", corpus.EntityPerson, 2),
		ent("Mexico", corpus.EntityPlace, 30),
		ent("United States", corpus.EntityPlace, 15, "U.S.", "US", "America"),
		ent("State Department", corpus.EntityOrg, 3),
		ent("Sean Sheehan", corpus.EntityPerson, 1),
	}}
}

func TestNamesSearch(t *testing.T) {
	n := NewNames(namesCorpus())
	tests := []struct {
		q    string
		want []int // entity indices, best first (a prefix of the hits)
		not  []int // entities that must not be found
	}{
		{q: "sheinbaum", want: []int{0}},
		{q: "sheinbam", want: []int{0}},                 // typo
		{q: "shienbaum", want: []int{0}},                // swapped letters
		{q: "trump", want: []int{1, 2}},                 // more mentions first
		{q: "melania", want: []int{2}, not: []int{1}},   // the other Trump stays apart
		{q: "u.s.", want: []int{4}},                     // an alias
		{q: "america", want: []int{4}},                  //
		{q: "state dep", want: []int{5}},                // word prefixes
		{q: "xyz", not: []int{0, 1, 2, 3, 4, 5, 6}},     // nothing
		{q: "", want: []int{3, 1, 4, 0, 5, 2, 6}},       // all, most mentioned first
		{q: "she", want: []int{0, 6}, not: []int{5, 3}}, // "she" starts names; scattered letters do not count
	}
	for _, tt := range tests {
		hits := n.Search(tt.q, nil, 0)
		got := make(map[int]int)
		for i, h := range hits {
			got[h.Entity] = i
		}
		for i, w := range tt.want {
			if j, ok := got[w]; !ok || j != i {
				t.Errorf("Search(%q): entity %d at %v (found %v), want at %d", tt.q, w, j, ok, i)
			}
		}
		for _, w := range tt.not {
			if _, ok := got[w]; ok {
				t.Errorf("Search(%q) found entity %d, want not", tt.q, w)
			}
		}
	}
	if hits := n.Search("trump", func(e int) bool { return e == 2 }, 0); len(hits) != 1 || hits[0].Entity != 2 {
		t.Errorf("Search with a filter = %v, want only entity 2", hits)
	}
}
