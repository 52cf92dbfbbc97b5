package entity

import (
	"strings"
	"testing"
)

func TestLongerFull(t *testing.T) {
	tests := []struct {
		fulls []string // full names the article gives, as keys
		short string
		want  string
	}{
		{[]string{"helena de la cour whitby", "de la cour whitby"}, "cour whitby", "helena de la cour whitby"},
		{[]string{"de la cour whitby", "helena de la cour whitby"}, "cour whitby", "helena de la cour whitby"},
		{[]string{"anna cour whitby", "helena de la cour whitby"}, "cour whitby", ""},
		{[]string{"óscar de la fuente villanueva"}, "de la fuente", "óscar de la fuente villanueva"},
		{[]string{"óscar de la fuente villanueva", "ana de la fuente ruiz"}, "de la fuente", ""},
		{[]string{"óscar de la fuente villanueva"}, "de la vega", ""},
	}
	for _, tt := range tests {
		ix := &index{words: make(map[string][]string), bySurname: make(map[string][]string)}
		for _, f := range tt.fulls {
			keys := strings.Fields(f)
			ix.words[f] = keys
			ix.bySurname[keys[len(keys)-1]] = append(ix.bySurname[keys[len(keys)-1]], f)
		}
		if got := ix.longerFull(strings.Fields(tt.short)); got != tt.want {
			t.Errorf("longerFull(%q) with %q = %q, want %q", tt.short, tt.fulls, got, tt.want)
		}
	}
}

func TestSettleLong(t *testing.T) {
	tests := []struct {
		text string
		keys []string
		want Type
	}{
		{"Tamsin Okafor", []string{"tamsin", "okafor"}, Person},
		{"Harbury Ashworth", []string{"harbury", "ashworth"}, Person},
		{"Harbury WI", []string{"harbury", "wi"}, ""},             // a body's initials after its town
		{"Castlebridge UCU", []string{"castlebridge", "ucu"}, ""}, // a union's branch
		{"Ashworth III", []string{"ashworth", "iii"}, Person},     // a generation, not initials
	}
	x := &extractor{st: &stats{lower: map[string]int{}}}
	for _, tt := range tests {
		cd := cand{text: tt.text, keys: tt.keys}
		x.settleLong(&cd)
		if cd.typ != tt.want {
			t.Errorf("settleLong(%q) typed %q, want %q", tt.text, cd.typ, tt.want)
		}
	}
}
