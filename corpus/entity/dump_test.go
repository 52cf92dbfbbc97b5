package entity_test

import (
	"os"
	"testing"

	"parallax/corpus/entity"
	"parallax/corpus/pipeline"
)

// TestDump logs the entities of the corpus folder named by the
// environment variable ENTITY_DUMP, one per line, for reading the rules'
// output on articles without gold annotations:
//
//	ENTITY_DUMP=../quote/testdata/heldout4 go test -run TestDump -v
func TestDump(t *testing.T) {
	dir := os.Getenv("ENTITY_DUMP")
	if dir == "" {
		t.Skip()
	}
	c, err := pipeline.Dir(dir, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	es := entity.Find(c, entity.Options{})
	for _, e := range es {
		arts := map[string]int{}
		for _, m := range e.Mentions {
			arts[m.Article]++
		}
		var ds []string
		for _, d := range e.Descriptors {
			ds = append(ds, d.Text)
		}
		t.Logf("%-6s %-30q aliases=%q arts=%v desc=%q", e.Type, e.Name, e.Aliases, arts, ds)
	}
}
