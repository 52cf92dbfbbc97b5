package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

func sample() *Corpus {
	return &Corpus{
		Version: FormatVersion,
		Articles: []Article{
			{ID: "a", File: "a.txt", Title: "Héadline “quoted”", Byline: "By A. Writer", Standfirst: "p1", Paragraphs: []Paragraph{
				{ID: "p1", Kind: KindText, Text: "First paragraph. 🇲🇽", Line: 3, Sentences: []Span{{0, 16}, {17, 25}}},
				{ID: "p2", Kind: KindHeading, Text: "A heading", Line: 5, Sentences: []Span{{0, 9}}},
				{ID: "p3", Kind: KindPost, Text: "Landed. https://t.co/x", Line: 6, Sentences: []Span{{0, 7}},
					Author: &Author{Name: "Jane Doe", Handle: "@jane"}, Posted: "March 14, 2025", Links: []string{"https://t.co/x"}, Signature: "— Jane Doe (@jane) March 14, 2025"},
			},
				Repairs: []Repair{{Paragraph: "p1", Line: 3, Before: "Ã©", After: "é", Reason: "mojibake"}, {Line: 1, Before: "&amp;", After: "&", Reason: "entity"}},
				Dropped: []Dropped{{Line: 9, Text: "Trending", Reason: "site chrome"}},
				Loaded: []Loaded{{Paragraph: "", Start: 0, End: 9, Text: "Héadline", Category: "emotive"},
					{Paragraph: "p1", Start: 6, End: 15, Text: "paragraph", Category: "judgement"}},
			},
			{ID: "b", File: "sub/b.txt", Title: "B", Paragraphs: []Paragraph{{ID: "p1", Kind: KindText, Text: "First paragraph too.", Line: 3, Sentences: []Span{{0, 20}}}},
				Repairs: []Repair{}, Dropped: []Dropped{}, Loaded: []Loaded{}},
		},
		Quotes: []Quote{
			{ID: "q1", Article: "a", Paragraph: "p1", Start: 0, End: 5, Spans: []QuoteSpan{{Paragraph: "p1", Start: 0, End: 5}, {Paragraph: "p2", Start: 2, End: 9}},
				Text: "First heading", Speaker: "Jane Doe", Kind: QuoteStatement, Cluster: "c1"},
			{ID: "q2", Article: "a", Paragraph: "p3", Start: 0, End: 7, Spans: []QuoteSpan{{Paragraph: "p3", Start: 0, End: 7}},
				Text: "Landed.", Kind: QuoteTerm, Cluster: "c2"},
		},
		Entities: []Entity{
			{ID: "jane-doe", Name: "Jane Doe", Type: EntityPerson, Aliases: []string{"Doe"}, Articles: []string{"a"},
				Mentions:    []Mention{{Article: "a", Paragraph: "p3", Start: 0, End: 6, Text: "Landed"}},
				Descriptors: []Descriptor{{Article: "a", Paragraph: "p1", Start: 0, End: 5, Text: "First"}}},
			{ID: "place-b", Name: "B", Type: EntityPlace, Aliases: []string{}, Articles: []string{}, Mentions: []Mention{}, Descriptors: []Descriptor{}},
		},
		Pairs: []Pair{{A: "a", B: "b", Similarity: 0.25, Passages: []Passage{
			{AParagraph: "p1", AStart: 0, AEnd: 15, BParagraph: "p1", BStart: 0, BEnd: 15, AText: "First paragraph", BText: "First paragraph", Kind: PassageVerbatim, Score: 1}}}},
		Warnings: []Warning{{File: "c.txt", Line: 0, Message: "skipped: empty"}, {File: "d.txt", Line: 7, Message: "invalid UTF-8"}},
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, c := range []*Corpus{sample(), {Version: FormatVersion, Articles: []Article{}, Quotes: []Quote{}, Entities: []Entity{}, Pairs: []Pair{}, Warnings: []Warning{}}} {
		data := Encode(c)
		got, err := Decode(data)
		if err != nil {
			t.Fatalf("Decode(Encode(c)): %v", err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("round trip:\ngot  %+v\nwant %+v", got, c)
		}
		if again := Encode(got); !bytes.Equal(again, data) {
			t.Errorf("Encode is not deterministic across a round trip")
		}
	}
}

func TestDecodeRejectsBadData(t *testing.T) {
	good := Encode(sample())
	wrongVersion := append([]byte(magic), 99)
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("JSON{}")},
		{"trailing data", append(append([]byte{}, good...), 0)},
		{"huge count", append([]byte(magic), FormatVersion, 0xff, 0xff, 0xff, 0xff, 0x0f)},
		{"wrong version", wrongVersion},
	}
	for _, tt := range tests {
		if _, err := Decode(tt.data); err == nil {
			t.Errorf("%s: Decode succeeded, want an error", tt.name)
		}
	}
	if _, err := Decode(wrongVersion); !errors.Is(err, ErrVersion) {
		t.Errorf("wrong version: got %v, want ErrVersion", err)
	}
	// Every truncation is an error, never a panic.
	for n := 0; n < len(good); n++ {
		if _, err := Decode(good[:n]); err == nil {
			t.Errorf("Decode of the first %d of %d bytes succeeded", n, len(good))
		}
	}
}

func TestCheckFindsBrokenInvariants(t *testing.T) {
	if errs := Check(sample()); len(errs) != 0 {
		t.Fatalf("Check(sample) = %v, want no problems", errs)
	}
	tests := []struct {
		name   string
		break_ func(c *Corpus)
	}{
		{"unsorted", func(c *Corpus) { c.Articles[0].ID = "z" }},
		{"dot in id", func(c *Corpus) { c.Articles[0].ID = "a.b" }},
		{"repeated paragraph id", func(c *Corpus) { c.Articles[0].Paragraphs[1].ID = "p1" }},
		{"unknown kind", func(c *Corpus) { c.Articles[0].Paragraphs[0].Kind = "aside" }},
		{"multi-line text", func(c *Corpus) { c.Articles[0].Paragraphs[0].Text = "a\nb" }},
		{"empty title", func(c *Corpus) { c.Articles[1].Title = "" }},
		{"invalid UTF-8", func(c *Corpus) { c.Articles[0].Paragraphs[0].Text = "\xff" }},
		{"sentence out of bounds", func(c *Corpus) { c.Articles[0].Paragraphs[1].Sentences[0].End = 10 }},
		{"sentences overlap", func(c *Corpus) { c.Articles[0].Paragraphs[0].Sentences[1].Start = 15 }},
		{"sentence inside a rune", func(c *Corpus) { c.Articles[0].Paragraphs[0].Sentences[1].End = 19 }},
		{"unknown standfirst", func(c *Corpus) { c.Articles[0].Standfirst = "p9" }},
		{"post without author", func(c *Corpus) { c.Articles[0].Paragraphs[2].Author = nil }},
		{"post without signature", func(c *Corpus) { c.Articles[0].Paragraphs[2].Signature = "" }},
		{"signature on a text paragraph", func(c *Corpus) { c.Articles[0].Paragraphs[0].Signature = "— Jane Doe" }},
		{"links on a text paragraph", func(c *Corpus) { c.Articles[0].Paragraphs[0].Links = []string{"x"} }},
		{"repair of an unknown paragraph", func(c *Corpus) { c.Articles[0].Repairs[0].Paragraph = "p9" }},
		{"quote in an unknown article", func(c *Corpus) { c.Quotes[0].Article = "z" }},
		{"quote span out of bounds", func(c *Corpus) { c.Quotes[1].Spans[0].End = 99 }},
		{"quote text not its spans", func(c *Corpus) { c.Quotes[0].Text = "other" }},
		{"repeated quote id", func(c *Corpus) { c.Quotes[1].ID = "q1" }},
		{"quote without cluster", func(c *Corpus) { c.Quotes[0].Cluster = "" }},
	}
	for _, tt := range tests {
		c := sample()
		tt.break_(c)
		if errs := Check(c); len(errs) == 0 {
			t.Errorf("%s: Check found nothing", tt.name)
		}
	}
}

func TestArticleLookup(t *testing.T) {
	c := sample()
	for _, id := range []string{"a", "b"} {
		if a := c.Article(id); a == nil || a.ID != id {
			t.Errorf("Article(%q) = %v", id, a)
		}
	}
	for _, id := range []string{"", "0", "ab", "c"} {
		if a := c.Article(id); a != nil {
			t.Errorf("Article(%q) = %v, want nil", id, a.ID)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode(sample()))
	f.Add(Encode(&Corpus{Version: FormatVersion}))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Decode(Encode(c))
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		if !reflect.DeepEqual(again, c) {
			t.Fatalf("decode → encode → decode changed the corpus")
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	c := &Corpus{Version: FormatVersion}
	text := "President Donald Trump confirmed he offered to send U.S. troops into Mexico to combat drug cartels, setting off a diplomatic firestorm."
	for i := range 2000 {
		a := Article{ID: "article-" + itoa4(i), File: "f.txt", Title: "A headline about the story"}
		for j := range 15 {
			a.Paragraphs = append(a.Paragraphs, Paragraph{ID: "p" + itoa4(j), Kind: KindText, Text: text, Line: j + 1, Sentences: []Span{{0, 70}, {71, len(text)}}})
		}
		c.Articles = append(c.Articles, a)
	}
	data := Encode(c)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa4(n int) string {
	return string([]byte{byte('0' + n/1000%10), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func TestQuoteJSONSpeakerNull(t *testing.T) {
	q := Quote{ID: "q", Spans: []QuoteSpan{}, Kind: QuoteTerm}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"speaker":null`)) || !bytes.Contains(b, []byte(`"speaker_entity":null`)) {
		t.Errorf("unknown speaker is not null: %s", b)
	}
	q.Speaker = "Jane Doe"
	b, _ = json.Marshal(q)
	var back Quote
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, q) {
		t.Errorf("JSON round trip: %+v, %v", back, err)
	}
}
