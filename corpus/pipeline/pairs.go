package pipeline

import (
	"parallax/corpus"
	"parallax/corpus/align"
)

// pairs compares the corpus's articles and keeps the pairs that share
// passages, with the passages' texts.
func pairs(c *corpus.Corpus, opts align.Options) []corpus.Pair {
	found := align.Pairs(c, opts)
	out := make([]corpus.Pair, 0, len(found))
	for _, p := range found {
		a, b := c.Article(p.A), c.Article(p.B)
		cp := corpus.Pair{A: p.A, B: p.B, Similarity: p.Similarity, Passages: make([]corpus.Passage, 0, len(p.Passages))}
		for _, ps := range p.Passages {
			cp.Passages = append(cp.Passages, corpus.Passage{
				AParagraph: ps.A.Paragraph, AStart: ps.A.Start, AEnd: ps.A.End,
				BParagraph: ps.B.Paragraph, BStart: ps.B.Start, BEnd: ps.B.End,
				AText: paragraphText(a, ps.A.Paragraph)[ps.A.Start:ps.A.End],
				BText: paragraphText(b, ps.B.Paragraph)[ps.B.Start:ps.B.End],
				Kind:  corpus.PassageKind(ps.Kind), Score: ps.Score,
			})
		}
		out = append(out, cp)
	}
	return out
}

func paragraphText(a *corpus.Article, id string) string {
	for i := range a.Paragraphs {
		if a.Paragraphs[i].ID == id {
			return a.Paragraphs[i].Text
		}
	}
	return ""
}
