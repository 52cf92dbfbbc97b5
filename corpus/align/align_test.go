package align_test

import (
	"fmt"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/align"
	"parallax/corpus/segment"
)

// article builds an article from paragraphs of text, split into sentences.
func article(id string, paras ...string) corpus.Article {
	a := corpus.Article{ID: id}
	for i, text := range paras {
		p := corpus.Paragraph{ID: fmt.Sprintf("p%d", i), Kind: corpus.KindText, Text: text}
		for _, sp := range segment.Sentences(text, segment.Options{}) {
			p.Sentences = append(p.Sentences, corpus.Span{Start: sp.Start, End: sp.End})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}

// background is unrelated prose that gives the corpus word statistics.
var background = []corpus.Article{
	article("z1", "The city council approved a budget for new schools on Monday. Teachers welcomed the plan but asked for higher salaries.",
		"Rain is expected across the region over the weekend, forecasters said. Farmers hope it will end a long drought."),
	article("z2", "The football club signed a young striker from Brazil for a record fee. The coach praised his speed and his vision.",
		"Ticket prices for the new season will rise by five percent, the club announced."),
}

func text(c *corpus.Corpus, id string, l align.Loc) string {
	for _, p := range c.Article(id).Paragraphs {
		if p.ID == l.Paragraph {
			return p.Text[l.Start:l.End]
		}
	}
	return ""
}

func TestPairsPassages(t *testing.T) {
	type want struct {
		kind align.Kind
		a, b string // the passage's texts
	}
	tests := []struct {
		name string
		a, b corpus.Article
		want []want // nil: no pair
	}{{
		name: "verbatim run across sentences, case and quotes ignored",
		a: article("a", "Officials spoke on Tuesday. The minister said “the new bridge over the river will open to traffic next spring.” Critics doubt it.",
			"Work began in 2019 under the previous government, which promised a quick finish."),
		b: article("b", "Local reporters covered the ceremony at length. The New Bridge over the river will open to traffic next spring, the minister insisted.",
			"Nobody at the ministry would comment on the cost of the repeated delays."),
		want: []want{{align.Verbatim, "the new bridge over the river will open to traffic next spring", "The New Bridge over the river will open to traffic next spring"}},
	}, {
		name: "verbatim run split at a paragraph end",
		a: article("a", "Witnesses said the storm tore the roof off the old market hall and flooded the square.",
			"Emergency crews worked through the night to clear the streets of debris."),
		b: article("b", "Witnesses said the storm tore the roof off the old market hall and flooded the square. Emergency crews worked through the night to clear the streets of debris."),
		want: []want{
			{align.Verbatim, "Witnesses said the storm tore the roof off the old market hall and flooded the square", "Witnesses said the storm tore the roof off the old market hall and flooded the square"},
			{align.Verbatim, "Emergency crews worked through the night to clear the streets of debris", "Emergency crews worked through the night to clear the streets of debris"},
		},
	}, {
		name: "reworded sentence is a paraphrase",
		a: article("a", "Sheinbaum has implemented several measures, including deploying additional troops to Mexico’s northern border and expediting the extradition of criminal operatives.",
			"Trump praised Sheinbaum on Friday after a phone call about trade."),
		b: article("b", "The Mexican government has also deployed additional security forces to border regions and expedited the extradition of crime operatives.",
			"Sheinbaum told reporters that Trump would visit Mexico City next year."),
		want: []want{{align.Paraphrase,
			"Sheinbaum has implemented several measures, including deploying additional troops to Mexico’s northern border and expediting the extradition of criminal operatives.",
			"The Mexican government has also deployed additional security forces to border regions and expedited the extradition of crime operatives."}},
	}, {
		name: "sentences sharing only the topic do not align",
		a: article("a", "Sheinbaum met Trump in Washington on Monday to discuss tariffs on steel.",
			"Mexican officials described the meeting between Sheinbaum and Trump as cordial."),
		b: article("b", "Trump criticised Sheinbaum over migration during a rally in Arizona.",
			"Sheinbaum replied that Mexico would defend its sovereignty against Trump."),
	}, {
		name: "unrelated articles give no pair",
		a:    article("a", "The central bank raised interest rates by half a point to fight inflation, its fourth increase this year."),
		b:    article("b", "A rare orchid was found in a forest in Borneo by a team of botanists from Leiden."),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &corpus.Corpus{Articles: append([]corpus.Article{tt.a, tt.b}, background...)}
			pairs := align.Pairs(c, align.Options{})
			checkPairs(t, c, pairs)
			var got []align.Pair
			for _, p := range pairs {
				if p.A == "a" && p.B == "b" {
					got = append(got, p)
				} else {
					t.Errorf("got pair %s %s, want only a b", p.A, p.B)
				}
			}
			if tt.want == nil {
				if len(got) > 0 {
					t.Errorf("got pair with %d passages %v, want none", len(got[0].Passages), got[0].Passages)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d pairs a b, want 1", len(got))
			}
			var desc []string
			for _, ps := range got[0].Passages {
				desc = append(desc, fmt.Sprintf("%s %q ~ %q", ps.Kind, text(c, "a", ps.A), text(c, "b", ps.B)))
			}
			if len(desc) != len(tt.want) {
				t.Fatalf("got passages\n%s\nwant %d", strings.Join(desc, "\n"), len(tt.want))
			}
			for i, w := range tt.want {
				ps := got[0].Passages[i]
				if ps.Kind != w.kind || text(c, "a", ps.A) != w.a || text(c, "b", ps.B) != w.b {
					t.Errorf("passage %d: got %s, want %s %q ~ %q", i, desc[i], w.kind, w.a, w.b)
				}
			}
		})
	}
}

func TestPairsOddCorpora(t *testing.T) {
	long := "The committee published its final report on Thursday after two years of hearings and interviews with witnesses. It found serious failures at every level."
	tests := []struct {
		name      string
		c         *corpus.Corpus
		wantPairs int
		wantSim   float64 // of the first pair, when wantPairs > 0
	}{
		{"nil corpus", nil, 0, 0},
		{"no articles", &corpus.Corpus{}, 0, 0},
		{"one article", &corpus.Corpus{Articles: []corpus.Article{article("a", long)}}, 0, 0},
		{"empty articles", &corpus.Corpus{Articles: []corpus.Article{{ID: "a"}, {ID: "b"}, article("c", "")}}, 0, 0},
		{"paragraphs without sentences", &corpus.Corpus{Articles: []corpus.Article{
			{ID: "a", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindText, Text: long}}},
			{ID: "b", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindText, Text: long}}},
		}}, 1, 1},
		{"broken sentence spans", &corpus.Corpus{Articles: []corpus.Article{
			{ID: "a", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindText, Text: long, Sentences: []corpus.Span{{Start: 50, End: 10}, {Start: 5, End: 900}}}}},
			{ID: "b", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindText, Text: long, Sentences: []corpus.Span{{Start: -3, End: 2}}}}},
		}}, 1, 1},
		{"headings only", &corpus.Corpus{Articles: []corpus.Article{
			{ID: "a", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindHeading, Text: long}}},
			{ID: "b", Paragraphs: []corpus.Paragraph{{ID: "p", Kind: corpus.KindHeading, Text: long}}},
		}}, 0, 0},
		{"identical articles", &corpus.Corpus{Articles: []corpus.Article{article("a", long), article("b", long)}}, 1, 1},
		{"three identical articles", &corpus.Corpus{Articles: []corpus.Article{article("a", long), article("b", long), article("c", long)}}, 3, 1},
		{"same id twice", &corpus.Corpus{Articles: []corpus.Article{article("a", long), article("a", long)}}, 0, 0},
		{"articles out of order", &corpus.Corpus{Articles: []corpus.Article{article("b", long), article("a", long)}}, 1, 1},
		{"one word repeated", &corpus.Corpus{Articles: []corpus.Article{
			article("a", strings.Repeat("buffalo ", 500)), article("b", strings.Repeat("buffalo ", 300)),
		}}, 1, 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := align.Pairs(tt.c, align.Options{})
			if tt.c != nil {
				checkPairs(t, tt.c, pairs)
			}
			if len(pairs) != tt.wantPairs {
				t.Fatalf("got %d pairs, want %d", len(pairs), tt.wantPairs)
			}
			if len(pairs) > 0 && pairs[0].Similarity != tt.wantSim {
				t.Errorf("got similarity %v, want %v", pairs[0].Similarity, tt.wantSim)
			}
		})
	}
}

func TestPairsDeterministic(t *testing.T) {
	c := synthCorpus(t, 60)
	first := fmt.Sprint(align.Pairs(c, align.Options{}))
	for range 2 {
		if got := fmt.Sprint(align.Pairs(c, align.Options{})); got != first {
			t.Fatal("two runs on the same corpus differ")
		}
	}
}

func TestPairsSynthBounded(t *testing.T) {
	c := synthCorpus(t, 300)
	for _, opts := range []align.Options{{}, {MaxPartners: 3}, {Threshold: 0.2, MaxPartners: 5}} {
		pairs := align.Pairs(c, opts)
		checkPairs(t, c, pairs)
		k := opts.MaxPartners
		if k == 0 {
			k = align.DefaultMaxPartners
		}
		th := opts.Threshold
		if th == 0 {
			th = align.DefaultThreshold
		}
		if len(pairs) > k*len(c.Articles) {
			t.Errorf("%+v: got %d pairs, want at most %d (MaxPartners per article)", opts, len(pairs), k*len(c.Articles))
		}
		if len(pairs) < len(c.Articles)/2 {
			t.Errorf("%+v: got %d pairs of 300 overlapping articles, want at least 150", opts, len(pairs))
		}
		for _, p := range pairs {
			if p.Similarity < th {
				t.Errorf("%+v: pair %s %s similarity %v below the threshold", opts, p.A, p.B, p.Similarity)
			}
		}
	}
}
