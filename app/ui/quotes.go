package ui

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/search"
	"parallax/corpus"
)

// quoteIndex is the search index over the embedded corpus's quotes,
// built on first use.
var quoteIndex = indexOnFirstUse(search.New)

// clusters maps each cluster id to its quotes' indices, in corpus order.
var clusters = sync.OnceValue(func() map[string][]int {
	out := make(map[string][]int)
	if c, err := loadCorpus(); err == nil {
		for i, q := range c.Quotes {
			out[q.Cluster] = append(out[q.Cluster], i)
		}
	}
	return out
})

// maxResults is the most clusters a search keeps; pageSize how many it
// shows at first and adds with each "Show more".
const (
	maxResults = 200
	pageSize   = 20
)

// quotesPage is quote search at /quotes?q=…&speaker=…&article=…. The query
// lives in the URL: typing replaces it, changing a filter adds a history
// entry, and Back and Forward restore the search.
type quotesPage struct {
	app.Compo

	query   search.Query
	results []result
	shown   int // how many results are shown
	sel     int // index of the selected result, for the keyboard
	onKey   app.Func
}

// result is one statement found: the best-matching quote of a cluster.
type result struct {
	hit     search.Hit
	members []int // the cluster's quotes
}

func (p *quotesPage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *quotesPage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *quotesPage) load(ctx app.Context) {
	v := ctx.Page().URL().Query()
	p.query = search.Query{Text: v.Get("q"), Speaker: v.Get("speaker"), Article: v.Get("article")}
	p.run()
	p.setTitle(ctx)
}

func (p *quotesPage) setTitle(ctx app.Context) {
	title := "Quotes"
	if p.query.Text != "" {
		title = "“" + p.query.Text + "” in quotes"
	}
	if p.query.Speaker != "" {
		title += " by " + p.query.Speaker
	}
	ctx.Page().SetTitle(title + " — " + siteName)
	ctx.Page().SetDescription("Who said what: every direct quotation in the corpus, attributed to its speaker.")
}

// run searches and groups the hits by cluster, keeping each cluster's
// best hit. In the browser each run is recorded as the performance
// measure "parallax-search".
func (p *quotesPage) run() {
	c, err := loadCorpus()
	if err != nil {
		return
	}
	if app.IsClient {
		perf := app.Window().Get("performance")
		start := perf.Call("now").Float()
		defer func() {
			perf.Call("measure", "parallax-search", map[string]any{"start": start, "end": perf.Call("now").Float()})
		}()
	}
	q := p.query
	q.ByCluster = true
	p.results = p.results[:0]
	for _, h := range quoteIndex().Search(q, maxResults) {
		p.results = append(p.results, result{hit: h, members: clusters()[c.Quotes[h.Quote].Cluster]})
	}
	p.sel, p.shown = 0, min(pageSize, len(p.results))
}

func (p *quotesPage) OnMount(ctx app.Context) {
	// "/" anywhere on the page puts the cursor in the search box.
	p.onKey = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		tag := strings.ToLower(e.Get("target").Get("tagName").String())
		if e.Get("key").String() == "/" && tag != "input" && tag != "textarea" && tag != "select" {
			e.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) {
				if box := app.Window().GetElementByID("q"); box.Truthy() {
					box.Call("focus")
				}
			})
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", p.onKey)
}

func (p *quotesPage) OnDismount() {
	if p.onKey != nil {
		app.Window().Call("removeEventListener", "keydown", p.onKey)
		p.onKey.Release()
		p.onKey = nil
	}
}

// onInput runs the search as the user types and keeps the URL in step
// without adding history entries.
//
// Each keystroke, from the input event to the rendered results, is
// recorded as the performance measure "parallax-keystroke" for the
// benchmarks. It includes go-app's wait for its next frame (it renders
// at most 120 times a second, so up to 8.3 ms).
func (p *quotesPage) onInput(ctx app.Context, e app.Event) {
	perf := app.Window().Get("performance")
	start := perf.Call("now").Float()
	ctx.Defer(func(app.Context) {
		perf.Call("measure", "parallax-keystroke", map[string]any{"start": start, "end": perf.Call("now").Float()})
	})
	p.query.Text = ctx.JSSrc().Get("value").String()
	p.run()
	u := *ctx.Page().URL()
	u.RawQuery = quotesQuery(p.query).Encode()
	ctx.Page().ReplaceURL(&u)
	p.setTitle(ctx)
}

// onKeyDown moves the selection with the arrow keys and opens it with
// Enter.
func (p *quotesPage) onKeyDown(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		if p.sel < len(p.results)-1 {
			p.sel++
			p.shown = max(p.shown, min(p.sel+1, len(p.results)))
		}
		p.scrollToSelection(ctx)
	case "ArrowUp":
		e.PreventDefault()
		if p.sel > 0 {
			p.sel--
		}
		p.scrollToSelection(ctx)
	case "Enter":
		e.PreventDefault()
		if c, err := loadCorpus(); err == nil && p.sel < len(p.results) {
			ctx.Navigate(href(quotePath(c.Quotes[p.results[p.sel].hit.Quote].ID)))
		}
	}
}

func (p *quotesPage) scrollToSelection(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(fmt.Sprintf("result-%d", p.sel)); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

// quoteFilters are the speaker and article filters of quote search. They
// are a component of their own so that typing in the search box, which
// leaves them unchanged, does not re-render their (possibly thousands of)
// options.
type quoteFilters struct {
	app.Compo

	Speaker, Article string
}

// onChange applies a changed filter as a new history entry, keeping the
// query text the URL holds.
func (f *quoteFilters) onChange(name string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		q := search.Query{Text: ctx.Page().URL().Query().Get("q"), Speaker: f.Speaker, Article: f.Article}
		v := ctx.JSSrc().Get("value").String()
		switch name {
		case "speaker":
			q.Speaker = v
		case "article":
			q.Article = v
		}
		ctx.Navigate(quotesURL(q))
	}
}

func (f *quoteFilters) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return app.Span()
	}
	speakers := quoteIndex().Speakers()
	return app.Span().Class("filters").Body(
		app.Label().For("speaker").Text("Speaker"),
		app.Select().ID("speaker").OnChange(f.onChange("speaker")).Body(
			app.Option().Value("").Text("Anyone").Selected(f.Speaker == ""),
			app.Range(speakers).Slice(func(i int) app.UI {
				return app.Option().Value(speakers[i]).Text(speakers[i]).Selected(speakers[i] == f.Speaker)
			}),
		),
		app.Label().For("article").Text("Article"),
		app.Select().ID("article").OnChange(f.onChange("article")).Body(
			app.Option().Value("").Text("Any article").Selected(f.Article == ""),
			app.Range(c.Articles).Slice(func(i int) app.UI {
				a := c.Articles[i]
				return app.Option().Value(a.ID).Text(a.Title).Selected(a.ID == f.Article)
			}),
		),
	)
}

// quotesQuery is the URL query of a search.
func quotesQuery(q search.Query) url.Values {
	v := url.Values{}
	if q.Text != "" {
		v.Set("q", q.Text)
	}
	if q.Speaker != "" {
		v.Set("speaker", q.Speaker)
	}
	if q.Article != "" {
		v.Set("article", q.Article)
	}
	return v
}

// quotesURL is the link to a search.
func quotesURL(q search.Query) string {
	u := href("/quotes")
	if v := quotesQuery(q).Encode(); v != "" {
		u += "?" + v
	}
	return u
}

func (p *quotesPage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("quotes", errorBox(err))
	}
	status := fmt.Sprintf("%s found.", plural(len(p.results), "matching statement", "matching statements"))
	if len(p.results) == 0 {
		status = "No quote matches. Try fewer words, or a speaker’s name."
	}
	if len(p.results) == maxResults {
		status = fmt.Sprintf("The best %d statements.", maxResults)
	}
	if p.query.Text == "" && p.query.Speaker == "" && p.query.Article == "" {
		status = fmt.Sprintf("%s, %s. Type to search; “/” jumps here.", plural(len(c.Quotes), "quote", "quotes"), plural(len(clusters()), "statement", "statements"))
	}
	return shell("quotes",
		app.H1().Text("Who said what"),
		app.Form().Class("search").Role("search").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Class("visually-hidden").Text("Search quotes"),
			app.Input().ID("q").Type("search").Name("q").Value(p.query.Text).
				Placeholder("Search quotes or speakers…").AutoComplete(false).
				Aria("controls", "results").
				OnInput(p.onInput).OnKeyDown(p.onKeyDown),
			&quoteFilters{Speaker: p.query.Speaker, Article: p.query.Article},
		),
		app.P().Class("status").Aria("live", "polite").Text(status),
		app.Ol().ID("results").Class("results").Body(
			app.Range(p.results[:p.shown]).Slice(func(i int) app.UI {
				return p.renderResult(c, i)
			}),
		),
		app.If(p.shown < len(p.results), func() app.UI {
			return app.Button().ID("more").Type("button").OnClick(p.showMore).
				Text(fmt.Sprintf("Show more (%d of %d shown)", p.shown, len(p.results)))
		}),
	)
}

func (p *quotesPage) showMore(ctx app.Context, e app.Event) {
	p.shown = min(p.shown+pageSize, len(p.results))
}

func (p *quotesPage) renderResult(c *corpus.Corpus, i int) app.UI {
	r := p.results[i]
	q := &c.Quotes[r.hit.Quote]
	articles := clusterArticles(c, r.members)
	class := "hit"
	if i == p.sel {
		class += " selected"
	}
	return app.Li().ID(fmt.Sprintf("result-%d", i)).Class(class).Body(
		app.A().Href(href(quotePath(q.ID))).Class("quote-link").Body(
			app.Q().Body(marked(q.Text, r.hit.Marks)...),
		),
		app.P().Class("who").Body(speakerLabel(q), kindBadge(q.Kind)),
		app.P().Class("where").Text(fmt.Sprintf("%s · %s", plural(len(articles), "article", "articles"), plural(len(r.members), "quote", "quotes in this cluster"))+": "+titles(c, articles, 3)),
	)
}

// marked renders text with the byte ranges in marks highlighted.
func marked(text string, marks []corpus.Span) []app.UI {
	var out []app.UI
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(text) {
			continue
		}
		if m.Start > at {
			out = append(out, app.Text(text[at:m.Start]))
		}
		out = append(out, app.Mark().Text(text[m.Start:m.End]))
		at = m.End
	}
	if at < len(text) {
		out = append(out, app.Text(text[at:]))
	}
	return out
}

// speakerLabel names the speaker, linking to their quotes, or says that
// the text does not name one.
func speakerLabel(q *corpus.Quote) app.UI {
	if q.Speaker == "" {
		return app.Span().Class("speaker unknown").Text("Speaker not named")
	}
	return app.A().Class("speaker").Href(quotesURL(search.Query{Speaker: string(q.Speaker)})).Text(q.Speaker)
}

func kindBadge(k corpus.QuoteKind) app.UI {
	switch k {
	case corpus.QuoteTerm:
		return app.Span().Class("badge").Title("Scare quotes or a designation, not reported speech").Text("term")
	case corpus.QuotePost:
		return app.Span().Class("badge").Title("An embedded social media post").Text("post")
	}
	return nil
}

// clusterArticles returns the ids of the articles holding the quotes, in
// corpus order, without repeats.
func clusterArticles(c *corpus.Corpus, members []int) []string {
	var out []string
	for _, m := range members {
		if a := c.Quotes[m].Article; len(out) == 0 || out[len(out)-1] != a {
			out = append(out, a)
		}
	}
	return out
}

// titles lists the titles of the first max articles, and how many more.
func titles(c *corpus.Corpus, ids []string, max int) string {
	var t []string
	for _, id := range ids[:min(max, len(ids))] {
		if a := c.Article(id); a != nil {
			t = append(t, a.Title)
		}
	}
	s := strings.Join(t, "; ")
	if len(ids) > max {
		s += fmt.Sprintf("; and %d more", len(ids)-max)
	}
	return s
}

func quotePath(id string) string { return "/quotes/" + id }
