package quote_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"parallax/corpus/pipeline"
	"parallax/corpus/quote"
)

var update = flag.Bool("update", false, "rewrite the expected output of the golden tests")

// archive is a txtar-style file: a comment, then files each introduced by
// a line "-- name --".
type archive struct {
	comment string
	names   []string
	files   map[string]string
}

// parseArchive reads an archive.
func parseArchive(data string) archive {
	a := archive{files: make(map[string]string)}
	name := ""
	var b strings.Builder
	flush := func() {
		if name == "" {
			a.comment = b.String()
		} else {
			a.names = append(a.names, name)
			a.files[name] = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name = trimmed[3 : len(trimmed)-3]
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// format writes an archive back.
func (a archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, n := range a.names {
		fmt.Fprintf(&b, "-- %s --\n%s", n, a.files[n])
	}
	return b.Bytes()
}

// TestGolden runs the pipeline and Find over the invented news articles of
// each testdata/*.txtar archive (the files ending in .txt, read together as
// one corpus) and compares the quotations of each article, one per line as
// "speaker | kind | text", with the file of the same name ending in .want.
// Run with -update to rewrite the .want files, and review the diff.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ar := parseArchive(string(data))
			fsys := fstest.MapFS{}
			for _, n := range ar.names {
				if strings.HasSuffix(n, ".txt") {
					fsys[n] = &fstest.MapFile{Data: []byte(ar.files[n])}
				}
			}
			c, err := pipeline.FS(fsys, pipeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			qs := quote.Find(c, quote.Options{})
			got := make(map[string]*strings.Builder)
			for _, q := range qs {
				b := got[q.Article]
				if b == nil {
					b = new(strings.Builder)
					got[q.Article] = b
				}
				fmt.Fprintf(b, "%s | %s | %s\n", q.Speaker, q.Kind, q.Text)
			}
			var names []string
			for _, n := range ar.names {
				if strings.HasSuffix(n, ".txt") {
					names = append(names, n)
				}
			}
			sort.Strings(names)
			changed := false
			for _, n := range names {
				wantName := strings.TrimSuffix(n, ".txt") + ".want"
				gotText := ""
				if b := got[pipeline.ArticleID(n)]; b != nil {
					gotText = b.String()
				}
				if *update {
					if _, ok := ar.files[wantName]; !ok {
						ar.names = append(ar.names, wantName)
					}
					if ar.files[wantName] != gotText {
						ar.files[wantName] = gotText
						changed = true
					}
					continue
				}
				if want := ar.files[wantName]; gotText != want {
					t.Errorf("%s: got\n%s\nwant\n%s", n, gotText, want)
				}
			}
			if *update && changed {
				// Keep each .want right after its .txt.
				sort.SliceStable(ar.names, func(i, j int) bool {
					return strings.TrimSuffix(strings.TrimSuffix(ar.names[i], ".txt"), ".want") <
						strings.TrimSuffix(strings.TrimSuffix(ar.names[j], ".txt"), ".want")
				})
				if err := os.WriteFile(path, ar.format(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
