package givenname

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		key  string
		is   bool
		want Gender
	}{
		{"james", true, Male},
		{"mary", true, Female},
		{"ashley", true, Unknown},
		{"patrice", true, Unknown}, // French men, English women
		{"jan", true, Unknown},     // Dutch and Polish men, English women
		{"chidinma", true, Female},
		{"oluwaseun", true, Unknown},
		{"nima", true, Unknown},     // a Sherpa day name, for women and men
		{"gwenllian", true, Female}, // Welsh
		{"peredur", true, Male},
		{"carolina", true, Female},
		{"cassidy", true, Unknown},
		{"clodagh", true, Female},
		{"tadhg", true, Male},
		{"wilf", true, Male},   // short for Wilfred
		{"kath", true, Female}, // short for Katherine
		{"pat", true, Unknown}, // Patrick and Patricia
		{"aria", true, Female}, // names popular since 2010
		{"grayson", true, Male},
		{"nikau", true, Unknown}, // a Māori name for both
		{"josé", true, Male},
		{"jose", true, Male},
		{"amélia", true, Female}, // listed only as "amelia"
		{"leïla", true, Female},
		{"jean-marie", true, Male},      // listed
		{"marie-claire", false, Female}, // not listed: the gender both parts have
		{"lee-ann", false, Unknown},     // a man's name, then a woman's
		{"tyler-rose", false, Unknown},
		{"jean-thierry", false, Male},  // "jean" is for both: the second part's
		{"anne-smith", false, Unknown}, // "smith" is no given name
		{"kim-lee", false, Unknown},
		{"thé", false, Unknown},
		{"james ", false, Unknown},
		{"James", false, Unknown},
		{"the", false, Unknown},
		{"minister", false, Unknown},
		{"monday", false, Unknown},
		{"", false, Unknown},
	}
	for _, tt := range tests {
		if got := Is(tt.key); got != tt.is {
			t.Errorf("Is(%q) = %v, want %v", tt.key, got, tt.is)
		}
		if got := Of(tt.key); got != tt.want {
			t.Errorf("Of(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

// TestLists checks the lists' form: one lower-case NFC word per line,
// sorted, each name in one list only.
func TestLists(t *testing.T) {
	seen := map[string]string{}
	for _, l := range []struct{ name, text string }{{"male.txt", maleText}, {"female.txt", femaleText}, {"unisex.txt", unisexText}} {
		lines := strings.Split(strings.TrimSuffix(l.text, "\n"), "\n")
		if len(lines) < 300 {
			t.Errorf("%s: %d names, want hundreds", l.name, len(lines))
		}
		for i, w := range lines {
			switch {
			case w == "" || strings.ContainsFunc(w, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsUpper(r) }):
				t.Errorf("%s:%d: %q is not one lower-case word", l.name, i+1, w)
			case !norm.NFC.IsNormalString(w):
				t.Errorf("%s:%d: %q is not NFC", l.name, i+1, w)
			case i > 0 && lines[i-1] >= w:
				t.Errorf("%s:%d: %q is out of order after %q", l.name, i+1, w, lines[i-1])
			case seen[w] != "":
				t.Errorf("%s:%d: %q is also in %s", l.name, i+1, w, seen[w])
			}
			seen[w] = l.name
		}
	}
}
