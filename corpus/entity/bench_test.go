package entity_test

import (
	"testing"
	"testing/fstest"

	"parallax/corpus/entity"
	"parallax/corpus/pipeline"
	"parallax/corpus/synth"
)

// BenchmarkFind2000 finds the entities of 2,000 synthetic articles made
// from the seeds' sentences. The corpus is processed once, outside the
// timed loop.
func BenchmarkFind2000(b *testing.B) {
	files, err := synth.Dir("../../seeds", 2000, synth.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{}
	var size int64
	for _, f := range files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		size += int64(len(f.Data))
	}
	c, err := pipeline.FS(fsys, pipeline.Options{})
	if err != nil || len(c.Articles) != 2000 {
		b.Fatalf("%d articles, %v", len(c.Articles), err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if es := entity.Find(c, entity.Options{}); len(es) == 0 {
			b.Fatal("no entities")
		}
	}
}
