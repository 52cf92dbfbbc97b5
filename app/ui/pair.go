package ui

import (
	"fmt"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// pairPage shows two articles side by side at /compare/{a}/{b}: the
// passages they share, verbatim or paraphrased, aligned and highlighted,
// and what each alone says.
type pairPage struct {
	app.Compo

	a, b string
}

// side is one article's half of the aligned passages.
type side struct {
	para       string
	start, end int
	n          int // the passage's number, from 1
	kind       corpus.PassageKind
}

func (p *pairPage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *pairPage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *pairPage) load(ctx app.Context) {
	path, fragment := pagePath(ctx)
	r := parseRoute(path)
	p.a, p.b = r.id, r.id2
	if fragment != "" && app.IsClient {
		ctx.Defer(func(ctx app.Context) { ctx.ScrollTo(fragment) })
	}
	c, err := loadCorpus()
	if err != nil {
		return
	}
	a, b := c.Article(p.a), c.Article(p.b)
	if a == nil || b == nil || p.a == p.b {
		ctx.Page().SetTitle("Not found — " + siteName)
		return
	}
	ctx.Page().SetTitle(a.Title + " ↔ " + b.Title + " — " + siteName)
	desc := "Two articles side by side: no shared passage."
	if pr := c.Pair(p.a, p.b); pr != nil {
		v, para := passageCounts(pr)
		desc = fmt.Sprintf("Two articles side by side: %s similar, %s and %s.", percent(pr.Similarity),
			plural(v, "verbatim passage", "verbatim passages"), plural(para, "paraphrase", "paraphrases"))
	}
	ctx.Page().SetDescription(desc)
}

// passages returns the pair's passages with a on the left, in a's reading
// order, split into the two sides.
func (p *pairPage) passages(c *corpus.Corpus) (left, right []side, list []corpus.Passage) {
	pr := c.Pair(p.a, p.b)
	if pr == nil {
		return nil, nil, nil
	}
	list = append([]corpus.Passage(nil), pr.Passages...)
	if pr.A != p.a { // shown the other way round
		for i, ps := range list {
			list[i] = corpus.Passage{
				AParagraph: ps.BParagraph, AStart: ps.BStart, AEnd: ps.BEnd, AText: ps.BText,
				BParagraph: ps.AParagraph, BStart: ps.AStart, BEnd: ps.AEnd, BText: ps.AText,
				Kind: ps.Kind, Score: ps.Score,
			}
		}
		order := paragraphOrder(c.Article(p.a))
		sort.SliceStable(list, func(i, j int) bool {
			oi, oj := order[list[i].AParagraph], order[list[j].AParagraph]
			return oi < oj || oi == oj && list[i].AStart < list[j].AStart
		})
	}
	for i, ps := range list {
		left = append(left, side{ps.AParagraph, ps.AStart, ps.AEnd, i + 1, ps.Kind})
		right = append(right, side{ps.BParagraph, ps.BStart, ps.BEnd, i + 1, ps.Kind})
	}
	return left, right, list
}

func paragraphOrder(a *corpus.Article) map[string]int {
	m := make(map[string]int, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		m[p.ID] = i
	}
	return m
}

func (p *pairPage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("compare", errorBox(err))
	}
	if p.a == "" {
		return shell("compare")
	}
	a, b := c.Article(p.a), c.Article(p.b)
	if a == nil || b == nil || p.a == p.b {
		return shell("", notFound("There is no such pair of articles in this corpus."))
	}
	left, right, list := p.passages(c)
	summary := "These articles share no passage: everything each says is its own."
	if pr := c.Pair(p.a, p.b); pr != nil {
		v, para := passageCounts(pr)
		summary = fmt.Sprintf("%s similar: %s and %s. Sentences neither shares are underlined as said by that article alone.",
			percent(pr.Similarity), plural(v, "verbatim passage", "verbatim passages"), plural(para, "paraphrased sentence", "paraphrased sentences"))
	}
	return shell("compare",
		app.P().Class("crumbs").Body(
			app.A().Href(href("/compare")).Text("← All comparisons"),
			app.Text(" · "),
			app.A().Href(href(comparePath(p.b, p.a))).Text("Swap sides"),
		),
		app.H1().Text("Side by side"),
		app.P().Class("lede").Text(summary),
		app.P().Class("legend-keys").Body(
			app.Span().Class("seg verbatim").Text("verbatim"), app.Text(" "),
			app.Span().Class("seg paraphrase").Text("paraphrased"), app.Text(" "),
			app.Span().Class("seg alone").Text("only in this article"),
		),
		app.Div().Class("side-by-side").Body(
			sideColumn(a, "a", left),
			sideColumn(b, "b", right),
		),
		app.Section().Aria("labelledby", "h-aligned").Body(
			app.H2().ID("h-aligned").Text("Aligned passages"),
			app.If(len(list) == 0, func() app.UI { return app.P().Class("meta").Text("None.") }),
			app.Ol().Class("aligned").Body(
				app.Range(list).Slice(func(i int) app.UI {
					ps := list[i]
					return app.Li().ID(fmt.Sprintf("passage-%d", i+1)).Body(
						app.Span().Class("badge").Text(string(ps.Kind)+scoreNote(ps)),
						app.Div().Class("aligned-pair").Body(
							app.Blockquote().Body(app.P().Text(ps.AText),
								app.A().Href(href(articlePath(p.a))+"#"+ps.AParagraph).Text("In “"+shorten(a.Title, 60)+"” →")),
							app.Blockquote().Body(app.P().Text(ps.BText),
								app.A().Href(href(articlePath(p.b))+"#"+ps.BParagraph).Text("In “"+shorten(b.Title, 60)+"” →")),
						),
					)
				}),
			),
		),
	)
}

func scoreNote(ps corpus.Passage) string {
	if ps.Kind == corpus.PassageVerbatim {
		return ""
	}
	return " " + percent(ps.Score)
}

// sideColumn renders an article's paragraphs with its passages marked and
// linked to the aligned list, and its sentences that no passage touches
// marked as its own.
func sideColumn(a *corpus.Article, which string, sides []side) app.UI {
	byPara := make(map[string][]side)
	for _, s := range sides {
		byPara[s.para] = append(byPara[s.para], s)
	}
	var paras []app.UI
	for i := range a.Paragraphs {
		para := &a.Paragraphs[i]
		if para.Kind == corpus.KindHeading {
			paras = append(paras, app.H3().Text(para.Text))
			continue
		}
		paras = append(paras, app.P().ID(which+"-"+para.ID).Body(segments(para, byPara[para.ID])...))
	}
	return app.Article().Class("side").Aria("label", a.Title).Body(
		app.H2().Body(app.A().Href(href(articlePath(a.ID))).Text(a.Title)),
		app.Div().Body(paras...),
	)
}

// segments splits a paragraph's text into passages (marked, linking to
// their entry in the aligned list), sentences no passage touches (marked
// as the article's own) and the rest.
func segments(para *corpus.Paragraph, sides []side) []app.UI {
	type seg struct {
		start, end int
		class      string
		n          int
	}
	var segs []seg
	sort.Slice(sides, func(i, j int) bool { return sides[i].start < sides[j].start })
	at := 0
	for _, s := range sides {
		if s.start < at || s.end > len(para.Text) {
			continue
		}
		segs = append(segs, seg{s.start, s.end, string(s.kind), s.n})
		at = s.end
	}
	for _, sn := range para.Sentences {
		touched := false
		for _, s := range sides {
			if s.start < sn.End && sn.Start < s.end {
				touched = true
				break
			}
		}
		if !touched {
			segs = append(segs, seg{sn.Start, sn.End, "alone", 0})
		}
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].start < segs[j].start })
	var out []app.UI
	at = 0
	for _, s := range segs {
		if s.start < at {
			continue
		}
		if s.start > at {
			out = append(out, app.Text(para.Text[at:s.start]))
		}
		text := para.Text[s.start:s.end]
		if s.n > 0 {
			out = append(out, app.A().Class("seg "+s.class).Href(fmt.Sprintf("#passage-%d", s.n)).
				Title(fmt.Sprintf("Passage %d (%s)", s.n, s.class)).Text(text))
		} else {
			out = append(out, app.Span().Class("seg "+s.class).Text(text))
		}
		at = s.end
	}
	if at < len(para.Text) {
		out = append(out, app.Text(para.Text[at:]))
	}
	return out
}
