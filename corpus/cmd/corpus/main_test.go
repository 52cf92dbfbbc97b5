package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/corpus"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		full := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExport(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":     "Headline One\n\nBody text here. Second sentence.",
		"sub/b.txt": "Another Headline\nMore text.",
		"bad.txt":   "caf\xe9 au lait.",
		"empty.txt": "",
	})
	var out, errOut bytes.Buffer
	if err := run([]string{"export", dir}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var c corpus.Corpus
	if err := json.Unmarshal(out.Bytes(), &c); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if c.Version != corpus.FormatVersion || len(c.Articles) != 3 {
		t.Fatalf("version %d, %d articles; want %d and 3", c.Version, len(c.Articles), corpus.FormatVersion)
	}
	if got := c.Articles[2]; got.ID != "sub-b" || got.File != "sub/b.txt" || got.Title != "Another Headline" {
		t.Errorf("article from a sub-folder: %+v", got)
	}
	if p := c.Articles[0].Paragraphs[0]; len(p.Sentences) != 2 {
		t.Errorf("sentences of %q: %v", p.Text, p.Sentences)
	}
	for _, want := range []string{"bad.txt:1: invalid UTF-8", "empty.txt: skipped: empty"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
		}
	}
	var again bytes.Buffer
	if err := run([]string{"export", dir}, &again, &bytes.Buffer{}); err != nil || !bytes.Equal(again.Bytes(), out.Bytes()) {
		t.Errorf("a second export differs from the first (err %v)", err)
	}
}

func TestEncodeWritesWhatDecodeReads(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Headline\nText."})
	out := filepath.Join(t.TempDir(), "x", "corpus.bin")
	if err := run([]string{"encode", "-o", out, dir}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Decode(data)
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("decode: %v, %v", c, err)
	}
}

func TestReport(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Headline\nText.", "skip.txt": "\x00"})
	var out bytes.Buffer
	if err := run([]string{"report", dir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 articles, 1 warnings", "title: Headline", "skip.txt:1: skipped: binary file"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestErrors(t *testing.T) {
	empty := writeFiles(t, map[string]string{"a.txt": " "})
	tests := []struct {
		args  []string
		usage bool
	}{
		{nil, true},
		{[]string{"export"}, true},
		{[]string{"frobnicate", "."}, true},
		{[]string{"encode", "."}, true},
		{[]string{"export", filepath.Join(empty, "missing")}, false},
		{[]string{"export", empty}, false},
	}
	for _, tt := range tests {
		err := run(tt.args, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil {
			t.Errorf("run(%q) succeeded", tt.args)
			continue
		}
		if errors.Is(err, errUsage) != tt.usage {
			t.Errorf("run(%q) = %v; usage error %v, want %v", tt.args, err, errors.Is(err, errUsage), tt.usage)
		}
	}
}
