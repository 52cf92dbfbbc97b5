package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// quotePage is a quote's permalink at /quotes/{id}: the quote, its speaker,
// the paragraph it stands in, every article of its cluster with its
// wording, a link into the reader and a Share button.
type quotePage struct {
	app.Compo

	id     string
	shared string // feedback after Share, for the live region
}

func (p *quotePage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *quotePage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *quotePage) load(ctx app.Context) {
	path, _ := pagePath(ctx)
	p.id, p.shared = parseRoute(path).id, ""
	c, err := loadCorpus()
	if err != nil {
		return
	}
	q := c.Quote(p.id)
	if q == nil {
		ctx.Page().SetTitle("Not found — " + siteName)
		return
	}
	who := string(q.Speaker)
	if who == "" {
		who = "Unattributed"
	}
	ctx.Page().SetTitle("“" + shorten(q.Text, 80) + "” — " + who + " — " + siteName)
	a := c.Article(q.Article)
	ctx.Page().SetDescription(who + ", quoted in “" + a.Title + "”: “" + shorten(q.Text, 200) + "”")
}

// share uses the Web Share API where the browser has it, and otherwise
// copies the link, saying on the page whether that worked.
func (p *quotePage) share(ctx app.Context, e app.Event) {
	// The canonical link, whatever form of the URL the host served.
	link := app.Window().Get("location").Get("origin").String() + href(quotePath(p.id))
	nav := app.Window().Get("navigator")
	if nav.Get("share").Truthy() {
		nav.Call("share", map[string]any{"title": app.Window().Get("document").Get("title").String(), "url": link})
		return
	}
	fallback := "Copy this link: " + link
	cb := nav.Get("clipboard")
	if !cb.Truthy() {
		p.shared = fallback
		return
	}
	settle(ctx, cb.Call("writeText", link),
		func(ctx app.Context) { p.shared = "Link copied: " + link },
		func(ctx app.Context) { p.shared = fallback })
}

// settle runs ok or fail on the UI goroutine when the JavaScript promise
// resolves or rejects.
func settle(ctx app.Context, promise app.Value, ok, fail func(app.Context)) {
	var then, catch app.Func
	done := func(f func(app.Context)) {
		ctx.Dispatch(f)
		then.Release()
		catch.Release()
	}
	then = app.FuncOf(func(app.Value, []app.Value) any { done(ok); return nil })
	catch = app.FuncOf(func(app.Value, []app.Value) any { done(fail); return nil })
	promise.Call("then", then, catch)
}

func (p *quotePage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("quotes", errorBox(err))
	}
	if p.id == "" {
		return shell("quotes")
	}
	q := c.Quote(p.id)
	if q == nil {
		return shell("", notFound("There is no quote “"+p.id+"” in this corpus."))
	}
	a := c.Article(q.Article)
	members := clusters()[q.Cluster]
	return shell("quotes",
		app.P().Class("crumbs").Body(app.A().Href(href("/quotes")).Text("← All quotes")),
		app.Figure().Class("quote-card").Body(
			app.Blockquote().ID("quote-text").Body(app.P().Text(q.Text)),
			app.FigCaption().Body(app.Text("— "), speakerLabel(q), kindBadge(q.Kind)),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("share").Type("button").OnClick(p.share).Text("Share"),
			app.A().ID("in-reader").Class("button").Href(readerLink(q)).Text("Read it in the article"),
			app.Span().Class("status").Aria("live", "polite").Text(p.shared),
		),
		app.H2().Text("In context"),
		app.P().Class("source").Body(app.Text("From "), app.A().Href(href(articlePath(a.ID))).Text(a.Title)),
		app.Range(q.Spans).Slice(func(i int) app.UI {
			return app.P().Class("context").Body(inContext(a, q.Spans[i])...)
		}),
		app.H2().Text("Across the corpus"),
		app.P().Class("lede").Text(plural(len(clusterArticles(c, members)), "article carries", "articles carry")+" this statement"),
		app.Ul().Class("variants").Body(app.Range(members).Slice(func(i int) app.UI {
			m := &c.Quotes[members[i]]
			class := "variant"
			if m.ID == q.ID {
				class += " current"
			}
			return app.Li().Class(class).Body(
				app.A().Href(href(quotePath(m.ID))).Body(app.Q().Text(m.Text)),
				app.Text(" — "),
				app.A().Href(href(articlePath(m.Article))).Text(c.Article(m.Article).Title),
			)
		})),
	)
}

// inContext renders the paragraph holding span with the quoted words
// marked.
func inContext(a *corpus.Article, s corpus.QuoteSpan) []app.UI {
	for _, p := range a.Paragraphs {
		if p.ID == s.Paragraph {
			return []app.UI{
				app.Text(p.Text[:s.Start]),
				app.Mark().Text(p.Text[s.Start:s.End]),
				app.Text(p.Text[s.End:]),
			}
		}
	}
	return nil
}

// readerLink opens the article at the quote, marked.
func readerLink(q *corpus.Quote) string {
	return href(articlePath(q.Article)) + "?quote=" + q.ID + "#" + q.Paragraph
}

// shorten cuts s to about n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut] != ' ' {
		cut--
	}
	if cut == 0 {
		cut = n
		for cut < len(s) && s[cut]&0xC0 == 0x80 {
			cut++
		}
	}
	return s[:cut] + "…"
}
