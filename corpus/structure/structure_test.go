package structure

import (
	"fmt"
	"strings"
	"testing"

	"parallax/corpus"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		want  []string // kind:text
	}{
		{
			name:  "headline and heading",
			in:    "Big News Today\n\nFirst paragraph here.\n\nA Section Heading\n\nMore text follows.",
			title: "Big News Today",
			want:  []string{"text:First paragraph here.", "heading:A Section Heading", "text:More text follows."},
		},
		{
			name:  "headline with question mark",
			in:    "Sovereignty or Stubbornness?\nBody text.",
			title: "Sovereignty or Stubbornness?",
			want:  []string{"text:Body text."},
		},
		{
			name:  "no headline: first line is running text",
			in:    "The first paragraph of an article with no headline ends like a sentence.\nMore.",
			title: "The first paragraph of an article with no headline ends like a sentence",
			want:  []string{"text:The first paragraph of an article with no headline ends like a sentence.", "text:More."},
		},
		{
			name:  "bullets with several markers",
			in:    "Title\n• one\n- two\n* three\n  – four\nText.",
			title: "Title",
			want:  []string{"bullet:one", "bullet:two", "bullet:three", "bullet:four", "text:Text."},
		},
		{
			name:  "hyphenated word is not a bullet",
			in:    "Title\n-30 degrees outside.\nText.",
			title: "Title",
			want:  []string{"text:-30 degrees outside.", "text:Text."},
		},
		{
			name:  "two sentences are never a heading",
			in:    "Title\nIt happened. Why did it?\nText.",
			title: "Title",
			want:  []string{"text:It happened. Why did it?", "text:Text."},
		},
		{
			name:  "line ending in a colon leads into text",
			in:    "Title\nHe said:\nText.",
			title: "Title",
			want:  []string{"text:He said:", "text:Text."},
		},
		{
			name:  "leading blank lines",
			in:    "\n\n  Title Here  \nText.",
			title: "Title Here",
			want:  []string{"text:Text."},
		},
	}
	for _, tt := range tests {
		doc := Parse(tt.in, Options{})
		if doc.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.title)
		}
		var got []string
		for _, b := range doc.Blocks {
			got = append(got, fmt.Sprintf("%s:%s", b.Kind, b.Text))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: blocks\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestDerivedTitleIsShort(t *testing.T) {
	long := strings.Repeat("word ", 60) + "end."
	doc := Parse(long, Options{})
	if n := len(strings.Fields(doc.Title)); n > 13 {
		t.Errorf("derived title has %d words: %q", n, doc.Title)
	}
	if doc.TitleLine != 0 {
		t.Errorf("derived title has line %d, want 0", doc.TitleLine)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != corpus.KindText {
		t.Errorf("the paragraph must stay in the text: %+v", doc.Blocks)
	}
}

func TestLinesAreKept(t *testing.T) {
	doc := Parse("Title\n\n\nText one.\n\nText two.", Options{})
	var lines []int
	for _, b := range doc.Blocks {
		lines = append(lines, b.Line)
	}
	if fmt.Sprint(lines) != "[4 6]" || doc.TitleLine != 1 {
		t.Errorf("lines %v title line %d, want [4 6] and 1", lines, doc.TitleLine)
	}
}
