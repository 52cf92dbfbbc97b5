package ui

import (
	"fmt"
	"sort"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// articlePage is the reader for one article at /articles/{id}. Every
// paragraph carries its id as an anchor; the one named by the URL's
// fragment is highlighted.
type articlePage struct {
	app.Compo

	id       string
	fragment string
	quote    string // id of a quote to mark, from ?quote=
}

func (p *articlePage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *articlePage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *articlePage) load(ctx app.Context) {
	path, fragment := pagePath(ctx)
	p.id, p.fragment = parseRoute(path).id, fragment
	p.quote = ctx.Page().URL().Query().Get("quote")
	if fragment != "" && app.IsClient {
		// Scroll once the page has rendered: the browser's own jump to the
		// fragment can happen before the app replaces the pre-rendered page.
		ctx.Defer(func(ctx app.Context) { ctx.ScrollTo(fragment) })
	}
	c, err := loadCorpus()
	if err != nil {
		return
	}
	if a := c.Article(p.id); a != nil {
		ctx.Page().SetTitle(a.Title + " — " + siteName)
		ctx.Page().SetDescription(opening(a))
	} else {
		ctx.Page().SetTitle("Not found — " + siteName)
	}
}

func (p *articlePage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("articles", errorBox(err))
	}
	if p.id == "" {
		return shell("articles") // not navigated yet
	}
	a := c.Article(p.id)
	if a == nil {
		return shell("", notFound("There is no article “"+p.id+"” in this corpus."))
	}
	w := articleWords(a)
	return shell("articles",
		app.Article().Class("reader").Body(
			app.P().Class("crumbs").Body(app.A().Href(href("/")).Text("← All articles")),
			app.H1().Text(a.Title),
			app.If(a.Byline != "", func() app.UI { return app.P().Class("byline").Text(a.Byline) }),
			app.P().Class("meta").Text(fmt.Sprintf("%s · %s words · %d min read", a.File, thousands(w), readingMinutes(w))),
			app.Div().Class("body").Body(p.paragraphs(a)...),
			processingNotes(a),
		),
	)
}

// paragraphs renders an article's paragraphs, grouping consecutive bullet
// items into one list.
func (p *articlePage) paragraphs(a *corpus.Article) []app.UI {
	var out []app.UI
	for i := 0; i < len(a.Paragraphs); i++ {
		para := &a.Paragraphs[i]
		if para.Kind == corpus.KindBullet {
			var items []app.UI
			for ; i < len(a.Paragraphs) && a.Paragraphs[i].Kind == corpus.KindBullet; i++ {
				items = append(items, p.block(a, &a.Paragraphs[i], "li"))
			}
			i--
			out = append(out, app.Ul().Class("bullets").Body(items...))
			continue
		}
		out = append(out, p.block(a, para, ""))
	}
	return out
}

// block renders one paragraph with its id and anchor link; el is "li" for
// a bullet item inside a list.
func (p *articlePage) block(a *corpus.Article, para *corpus.Paragraph, el string) app.UI {
	anchor := app.A().Class("anchor").
		Href(href(articlePath(a.ID))+"#"+para.ID).
		Aria("label", "Link to this paragraph").
		Text("¶")
	class := "para " + string(para.Kind)
	if para.ID == a.Standfirst {
		class += " standfirst"
	}
	if para.ID == p.fragment {
		class += " target"
	}
	body := append(p.paragraphText(para), app.Text(" "), anchor)
	switch {
	case el == "li":
		return app.Li().ID(para.ID).Class(class).Body(body...)
	case para.Kind == corpus.KindHeading:
		return app.H2().ID(para.ID).Class(class).Body(body...)
	case para.Kind == corpus.KindPost:
		return app.Figure().ID(para.ID).Class(class).Body(
			app.Blockquote().Body(app.P().Text(para.Text)),
			app.FigCaption().Body(app.Text(para.Signature), app.Text(" "), anchor),
		)
	}
	return app.P().ID(para.ID).Class(class).Body(body...)
}

// paragraphText renders a paragraph's text, marking the spans of the
// quote named in the URL.
func (p *articlePage) paragraphText(para *corpus.Paragraph) []app.UI {
	if p.quote != "" {
		if c, err := loadCorpus(); err == nil {
			if q := c.Quote(p.quote); q != nil && q.Article == p.id {
				var marks []corpus.Span
				for _, s := range q.Spans {
					if s.Paragraph == para.ID {
						marks = append(marks, corpus.Span{Start: s.Start, End: s.End})
					}
				}
				if len(marks) > 0 {
					return marked(para.Text, marks)
				}
			}
		}
	}
	return linkedNames(p.id, para)
}

// nameLink is a mention of a person, organisation or place in a
// paragraph.
type nameLink struct {
	start, end int
	entity     string
}

// paragraphNames maps "article/paragraph" to the mentions in it, in
// order; built on first use.
var paragraphNames = sync.OnceValue(func() map[string][]nameLink {
	out := make(map[string][]nameLink)
	c, err := loadCorpus()
	if err != nil {
		return out
	}
	for _, e := range c.Entities {
		if e.Type == corpus.EntityDate {
			continue
		}
		for _, m := range e.Mentions {
			k := m.Article + "/" + m.Paragraph
			out[k] = append(out[k], nameLink{m.Start, m.End, e.ID})
		}
	}
	for _, l := range out {
		sort.Slice(l, func(i, j int) bool { return l[i].start < l[j].start })
	}
	return out
})

// linkedNames renders a paragraph's text with each name linking to its
// entity's page.
func linkedNames(article string, para *corpus.Paragraph) []app.UI {
	names := paragraphNames()[article+"/"+para.ID]
	if len(names) == 0 {
		return []app.UI{app.Text(para.Text)}
	}
	var out []app.UI
	at := 0
	for _, n := range names {
		if n.start < at || n.end > len(para.Text) {
			continue
		}
		if n.start > at {
			out = append(out, app.Text(para.Text[at:n.start]))
		}
		out = append(out, app.A().Class("name").Href(href(entityPath(n.entity))).Text(para.Text[n.start:n.end]))
		at = n.end
	}
	if at < len(para.Text) {
		out = append(out, app.Text(para.Text[at:]))
	}
	return out
}

// processingNotes tells the reader what the pipeline changed in the
// source: the repairs it made and the lines it left out.
func processingNotes(a *corpus.Article) app.UI {
	if len(a.Repairs) == 0 && len(a.Dropped) == 0 {
		return app.P().Class("notes").Text("The source text needed no repairs; nothing was left out.")
	}
	return app.Section().Class("notes").Aria("label", "Processing notes").Body(
		app.If(len(a.Repairs) > 0, func() app.UI {
			return app.Details().ID("repairs").Body(
				app.Summary().Text(plural(len(a.Repairs), "repair", "repairs")+" to the source text"),
				app.Ul().Body(app.Range(a.Repairs).Slice(func(i int) app.UI {
					r := a.Repairs[i]
					return app.Li().Body(
						app.Span().Class("line").Text(fmt.Sprintf("line %d", r.Line)),
						app.Text(" "+r.Reason+": "),
						app.Code().Text(r.Before), app.Text(" → "), app.Code().Text(r.After),
					)
				})),
			)
		}),
		app.If(len(a.Dropped) > 0, func() app.UI {
			return app.Details().ID("dropped").Body(
				app.Summary().Text(plural(len(a.Dropped), "line", "lines")+" left out"),
				app.Ul().Body(app.Range(a.Dropped).Slice(func(i int) app.UI {
					d := a.Dropped[i]
					return app.Li().Body(
						app.Span().Class("line").Text(fmt.Sprintf("line %d", d.Line)),
						app.Text(" "+d.Reason+": "),
						app.Code().Text(d.Text),
					)
				})),
			)
		}),
	)
}
