package synth

import (
	"bytes"
	"strings"
	"testing"
)

var texts = []string{strings.Repeat("The council met on Monday to discuss the new budget for the coming year. Officials said the plan would cut spending on roads and raise it for schools. ", 10)}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate(texts, 20, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(texts, 20, Options{Seed: 1})
	c, _ := Generate(texts, 20, Options{Seed: 2})
	same, differ := true, false
	for i := range a {
		same = same && a[i].Name == b[i].Name && bytes.Equal(a[i].Data, b[i].Data)
		differ = differ || !bytes.Equal(a[i].Data, c[i].Data)
	}
	if !same || !differ {
		t.Errorf("same seed gives same corpus: %v; another seed gives another: %v", same, differ)
	}
	if len(a) != 20 || a[19].Name != "synth/0019.txt" {
		t.Errorf("got %d files, last %q", len(a), a[len(a)-1].Name)
	}
}

func TestGenerateNeedsText(t *testing.T) {
	if _, err := Generate([]string{"Too short."}, 1, Options{}); err == nil {
		t.Error("Generate from almost no text succeeded")
	}
}
