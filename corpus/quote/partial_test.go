package quote

import (
	"testing"

	"parallax/corpus/demonym"
)

func TestDemonymWords(t *testing.T) {
	tests := []struct {
		key             string
		demonym, plural bool
		gender          byte
	}{
		{"brazilian", true, false, 0},
		{"brazilians", true, true, 0},
		{"swiss", true, false, 0},
		{"frenchman", true, false, 'm'},
		{"frenchmen", true, true, 0},
		{"scotswoman", true, false, 'f'},
		{"striker", false, false, 0},
		{"widow", false, false, 'f'},
		{"brazil", false, false, 0},
	}
	for _, tt := range tests {
		if got := demonym.Is(tt.key); got != tt.demonym {
			t.Errorf("demonym.Is(%q) = %v, want %v", tt.key, got, tt.demonym)
		}
		if got := pluralDesc(tt.key); got != tt.plural {
			t.Errorf("pluralDesc(%q) = %v, want %v", tt.key, got, tt.plural)
		}
		if got := descGender(tt.key); got != tt.gender && !tt.plural {
			t.Errorf("descGender(%q) = %q, want %q", tt.key, got, tt.gender)
		}
	}
}

func TestNearer(t *testing.T) {
	at := func(p, tok int) fullName { return fullName{para: p, tok: tok} }
	tests := []struct {
		a, b fullName
		want bool
	}{
		{at(1, 5), at(0, 2), true},  // both before: the later is nearer
		{at(0, 2), at(3, 0), true},  // before beats after
		{at(3, 0), at(4, 0), true},  // both after: the earlier is nearer
		{at(4, 0), at(1, 0), false}, // after loses to before
	}
	for _, tt := range tests {
		if got := nearer(tt.a, tt.b, 2, 0); got != tt.want {
			t.Errorf("nearer(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParentNoun(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"his", "father"}, true},
		{[]string{"Kit", "Penhallow's", "mother"}, true},
		{[]string{"her", "grandfather"}, true},
		{[]string{"their", "father"}, false}, // a parent of several tells no elder from the younger
		{[]string{"his", "son"}, false},
		{[]string{"a", "retired", "teacher", "and", "father"}, false}, // past the first three words
	}
	for _, tt := range tests {
		if got := parentNoun(tt.words); got != tt.want {
			t.Errorf("parentNoun(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
