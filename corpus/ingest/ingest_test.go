package ingest

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     string
		problems []string // substrings, one per problem
		lines    []int
	}{
		{"plain", "Hello\nworld\n", "Hello\nworld\n", nil, nil},
		{"utf-8 bom", "\xEF\xBB\xBFHello", "Hello", nil, nil},
		{"crlf", "a\r\nb\rc", "a\nb\nc", nil, nil},
		{"utf-16le bom", "\xFF\xFEH\x00i\x00 \x00\x14\x20", "Hi —", nil, nil},
		{"utf-16be bom", "\xFE\xFF\x00H\x00i", "Hi", nil, nil},
		{"windows-1252", "line one\ncaf\xe9 \x93quoted\x94", "line one\ncafé “quoted”", []string{"Windows-1252"}, []int{2}},
		{"empty", "", "", []string{"empty"}, []int{0}},
		{"white space only", " \n\t\n", "", []string{"empty"}, []int{0}},
		{"binary", "PK\x03\x04\n\x00\x00", "", []string{"binary"}, []int{2}},
	}
	for _, tt := range tests {
		got, problems := Decode([]byte(tt.in))
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		if len(problems) != len(tt.problems) {
			t.Errorf("%s: got problems %v, want %d", tt.name, problems, len(tt.problems))
			continue
		}
		for i, p := range problems {
			if !strings.Contains(p.Message, tt.problems[i]) || p.Line != tt.lines[i] {
				t.Errorf("%s: problem %d = %+v, want %q at line %d", tt.name, i, p, tt.problems[i], tt.lines[i])
			}
		}
	}
}

func TestFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":            {Data: []byte("Second")},
		"a.txt":            {Data: []byte("First")},
		"sub/c.txt":        {Data: []byte("Third")},
		"sub/deeper/d.TXT": {Data: []byte("Fourth")},
		"copy.txt":         {Data: []byte("First")},
		"empty.txt":        {Data: []byte("  \n")},
		"notes.md":         {Data: []byte("ignored: not .txt")},
		".hidden.txt":      {Data: []byte("ignored: hidden")},
		".git/x.txt":       {Data: []byte("ignored: hidden folder")},
		"big.txt":          {Data: []byte(strings.Repeat("x", 101))},
		"bin.txt":          {Data: []byte("a\x00b")},
	}
	sources, warnings, err := FS(fsys, Options{MaxSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, s := range sources {
		files = append(files, s.File+"="+s.Text)
	}
	if got, want := strings.Join(files, " "), "a.txt=First b.txt=Second sub/c.txt=Third sub/deeper/d.TXT=Fourth"; got != want {
		t.Errorf("sources: got %s, want %s", got, want)
	}
	var ws []string
	for _, w := range warnings {
		ws = append(ws, w.String())
	}
	want := []string{
		"big.txt: skipped: 101 bytes is over the 100-byte limit",
		"bin.txt:1: skipped: binary file (NUL byte)",
		"copy.txt: skipped: same bytes as a.txt",
		"empty.txt: skipped: empty or only white space",
	}
	if strings.Join(ws, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(ws, "\n"), strings.Join(want, "\n"))
	}
}

func TestDirMissing(t *testing.T) {
	if _, _, err := Dir(t.TempDir()+"/nope", Options{}); err == nil {
		t.Error("Dir of a missing folder succeeded")
	}
}

// FuzzDecode checks that any bytes decode to valid UTF-8 without losing
// text silently: either some text comes back or a problem says why not.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Hello", "\xEF\xBB\xBFa", "\xFF\xFEa\x00", "caf\xe9", "a\x00", "", "\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, problems := Decode(data)
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out: %q", text)
		}
		if text == "" && len(problems) == 0 {
			t.Fatalf("no text and no problem for %q", data)
		}
		if strings.Contains(text, "\r") {
			t.Fatalf("carriage return left in %q", text)
		}
	})
}
