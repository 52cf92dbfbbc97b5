package demonym

import "testing"

func TestIs(t *testing.T) {
	tests := []struct {
		key        string
		is, plural bool
	}{
		{"italian", true, false},
		{"italians", true, true},
		{"frenchman", true, false},
		{"frenchmen", true, true},
		{"swiss", true, false},
		{"sierra-leonean", true, false},
		{"texan", true, false},
		{"kurds", true, true},
		{"italy", false, false},
		{"men", false, false},
		{"s", false, false},
		{"", false, false},
		{"Italian", false, false},
	}
	for _, tt := range tests {
		if got := Is(tt.key); got != tt.is {
			t.Errorf("Is(%q) = %v, want %v", tt.key, got, tt.is)
		}
		if got := Plural(tt.key); got != tt.plural {
			t.Errorf("Plural(%q) = %v, want %v", tt.key, got, tt.plural)
		}
	}
}

func TestCompound(t *testing.T) {
	tests := []struct {
		first, second string
		want          bool
	}{
		{"south", "african", true},
		{"north", "koreans", true},
		{"west", "german", true},
		{"south", "africa", false},
		{"northern", "irish", false},
		{"african", "south", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := Compound(tt.first, tt.second); got != tt.want {
			t.Errorf("Compound(%q, %q) = %v, want %v", tt.first, tt.second, got, tt.want)
		}
	}
}
