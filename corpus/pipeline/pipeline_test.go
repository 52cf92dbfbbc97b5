package pipeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"parallax/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs the pipeline over each testdata/*.txtar archive: its
// files under in/ are the corpus folder, and export.json is the expected
// export. Run with -update to rewrite the expectations, then review the
// diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			var want []byte
			wantAt := -1
			for i, f := range ar.Files {
				if name, ok := strings.CutPrefix(f.Name, "in/"); ok {
					fsys[name] = &fstest.MapFile{Data: f.Data}
				} else if f.Name == "export.json" {
					want, wantAt = f.Data, i
				}
			}
			got := export(t, fsys)
			if *update {
				if wantAt < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "export.json"})
					wantAt = len(ar.Files) - 1
				}
				ar.Files[wantAt].Data = got
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(got, want) {
				t.Errorf("export differs from %s (run go test -update and review the diff):\n%s", file, got)
			}
		})
	}
}

// TestSeedsGolden holds the export of the shipped seed corpus to
// testdata/seeds.json, so that every change to the pipeline's output on
// real articles shows in review.
func TestSeedsGolden(t *testing.T) {
	c, err := Dir("../../seeds", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, c)
	got := marshal(t, c)
	const file = "testdata/seeds.json"
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("seed export differs from %s (run go test -update and review the diff)", file)
	}
}

func export(t *testing.T, fsys fstest.MapFS) []byte {
	t.Helper()
	c, err := FS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, c)
	return marshal(t, c)
}

func marshal(t *testing.T, c *corpus.Corpus) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkInvariants(t *testing.T, c *corpus.Corpus) {
	t.Helper()
	for _, err := range corpus.Check(c) {
		t.Error(err)
	}
}

func TestIDsSurviveOtherArticles(t *testing.T) {
	one := fstest.MapFS{"a.txt": {Data: []byte("Headline\n\nFirst paragraph.\n\nSecond paragraph.")}}
	two := fstest.MapFS{
		"a.txt": one["a.txt"],
		"0.txt": {Data: []byte("Another\n\nSecond paragraph.\n\nFirst paragraph.")},
	}
	ids := func(fsys fstest.MapFS) map[string]string {
		c, err := FS(fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string]string)
		for _, a := range c.Articles {
			for _, p := range a.Paragraphs {
				out[a.ID+"#"+p.Text] = p.ID
			}
		}
		return out
	}
	before, after := ids(one), ids(two)
	for k, id := range before {
		if after[k] != id {
			t.Errorf("%s: id %s became %s when another article was added", k, id, after[k])
		}
	}
}

func TestParagraphIDIgnoresPunctuationAndRepeats(t *testing.T) {
	used := map[string]int{}
	a := paragraphID("Mexico’s president said: no.", used)
	b := paragraphID("Mexico's President said no", map[string]int{})
	if a != b {
		t.Errorf("ids differ for the same words: %s, %s", a, b)
	}
	if again := paragraphID("Mexico’s president said: no.", used); again != a+"-2" {
		t.Errorf("repeat got %s, want %s-2", again, a)
	}
	if third := paragraphID("mexicos president said no", used); third != a+"-3" {
		t.Errorf("second repeat got %s, want %s-3", third, a)
	}
}

func TestArticleID(t *testing.T) {
	tests := []struct{ file, want string }{
		{"004_340c4602e13f5703.txt", "004_340c4602e13f5703"},
		{"world/story.v2.txt", "world-story-v2"},
		{"Élan vital.txt", "-lan-vital"},
	}
	for _, tt := range tests {
		if got := ArticleID(tt.file); got != tt.want {
			t.Errorf("ArticleID(%q) = %q, want %q", tt.file, got, tt.want)
		}
	}
}

func TestDirFailsOnlyWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Dir(dir, Options{})
	if err == nil {
		t.Fatal("Dir of a folder with no readable article succeeded")
	}
	if len(c.Warnings) != 1 || c.Warnings[0].File != "empty.txt" {
		t.Errorf("warnings = %v, want one about empty.txt", c.Warnings)
	}
}

func TestAliases(t *testing.T) {
	tests := []struct {
		name  string
		forms []string
		want  string
	}{
		{"Donald Trump", []string{"TRUMP", "Trump"}, "[Trump]"},
		{"Mexico", []string{"MEXICO"}, "[]"},
		{"United States", []string{"America", "U.S.", "US"}, "[America U.S. US]"},
		{"NATO", []string{"Nato"}, "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(aliases(tt.name, tt.forms)); got != tt.want {
			t.Errorf("aliases(%q, %q) = %s, want %s", tt.name, tt.forms, got, tt.want)
		}
	}
}
