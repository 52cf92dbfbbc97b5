package quote

import (
	"fmt"
	"testing"
)

// regionTests pair quotation marks. Each wants the quoted texts, with "+"
// after the ones that are closed.
var regionTests = []struct {
	name string
	in   string
	want []string
}{
	{"none", "No quotation here.", nil},
	{"curly", "He said “yes” and “no.”", []string{"yes+", "no.+"}},
	{"straight", `He said "yes" and "no."`, []string{"yes+", "no.+"}},
	{"guillemets", "Il a dit «non».", []string{"non+"}},
	{"low-high", "Er sagte „nein“.", []string{"nein+"}},
	{"single marks stay inside", "“He said ‘go’ and left,” she said.", []string{"He said ‘go’ and left,+"}},
	{"apostrophes", "“It’s the people’s money,” he said.", []string{"It’s the people’s money,+"}},
	{"inch mark", `A 12" screen and "a deal"`, []string{"a deal+"}},
	{"straight nested in curly", `“He called it "fake" twice,” she said.`, []string{`He called it "fake" twice,+`}},
	{"straight closing a curly", `“We won," she said.`, []string{"We won,+"}},
	{"unclosed to the end", "“We will fight on, she said.", []string{"We will fight on, she said."}},
	{"unclosed before the next", "“One, two. “Three.”", []string{"One, two.", "Three.+"}},
	{"closing typed for opening", "He said ”yes” today.", []string{"yes+"}},
	{"empty quotation", "He said “” and “ ” twice.", nil},
	{"stray closing", "yes” he said", nil},
	{"mark at the end", "He said “", nil},
}

func TestFindRegions(t *testing.T) {
	for _, tt := range regionTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range findRegions(tt.in) {
				s := tt.in[r.start:r.end]
				if r.closed {
					s += "+"
				}
				got = append(got, s)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findRegions(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
