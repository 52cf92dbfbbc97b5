package ui

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/search"
	"parallax/corpus"
)

// paragraphEntities maps "article/paragraph" to the indices of the
// entities mentioned there, for co-occurrence; built on first use.
var paragraphEntities = sync.OnceValue(func() map[string][]int {
	out := make(map[string][]int)
	c, err := loadCorpus()
	if err != nil {
		return out
	}
	for i, e := range c.Entities {
		for _, m := range e.Mentions {
			k := m.Article + "/" + m.Paragraph
			if l := out[k]; len(l) == 0 || l[len(l)-1] != i {
				out[k] = append(l, i)
			}
		}
	}
	return out
})

// kwicShown is how many mentions in context the entity page shows before
// "Show all".
const kwicShown = 30

// entityPage is an entity at /entities/{id}: its type and aliases,
// mentions per article, how each article describes it, its quotes, the
// entities named with it, and every mention in context.
type entityPage struct {
	app.Compo

	id      string
	showAll bool
}

func (p *entityPage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *entityPage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *entityPage) load(ctx app.Context) {
	path, _ := pagePath(ctx)
	p.id, p.showAll = parseRoute(path).id, false
	c, err := loadCorpus()
	if err != nil {
		return
	}
	e := c.Entity(p.id)
	if e == nil {
		ctx.Page().SetTitle("Not found — " + siteName)
		return
	}
	ctx.Page().SetTitle(e.Name + " — " + siteName)
	desc := fmt.Sprintf("%s, %s: %s in %s", e.Name, typeLabel(e.Type),
		plural(len(e.Mentions), "mention", "mentions"), plural(len(e.Articles), "article", "articles"))
	if ds := distinctDescriptors(e.Descriptors); len(ds) > 0 {
		desc += "; described as " + strings.Join(ds[:min(3, len(ds))], ", ")
	}
	ctx.Page().SetDescription(desc + ".")
}

func (p *entityPage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("entities", errorBox(err))
	}
	if p.id == "" {
		return shell("entities")
	}
	e := c.Entity(p.id)
	if e == nil {
		return shell("", notFound("There is no entity “"+p.id+"” in this corpus."))
	}
	return shell("entities",
		app.P().Class("crumbs").Body(app.A().Href(entitiesURL("", string(e.Type))).Text("← All "+strings.ToLower(typeLabelPlural(e.Type)))),
		app.H1().Body(app.Text(e.Name+" "), app.Span().Class("badge type-"+string(e.Type)).Text(typeLabel(e.Type))),
		app.P().Class("lede").Text(fmt.Sprintf("%s in %s.", plural(len(e.Mentions), "mention", "mentions"), plural(len(e.Articles), "article", "articles"))+aliasLine(e)),
		mentionChart(c, e),
		descriptorTable(c, e),
		entityQuotes(c, e),
		coEntities(c, p.id),
		p.kwic(c, e),
	)
}

func typeLabelPlural(t corpus.EntityType) string {
	for _, et := range entityTypes {
		if et.typ == t {
			return et.label
		}
	}
	return "entities"
}

func aliasLine(e *corpus.Entity) string {
	if len(e.Aliases) == 0 {
		return ""
	}
	return " Also written " + strings.Join(e.Aliases, ", ") + "."
}

// mentionChart is a bar chart of the entity's mentions per article, most
// first.
func mentionChart(c *corpus.Corpus, e *corpus.Entity) app.UI {
	counts := make(map[string]int)
	for _, m := range e.Mentions {
		counts[m.Article]++
	}
	ids := append([]string(nil), e.Articles...)
	sort.SliceStable(ids, func(i, j int) bool { return counts[ids[i]] > counts[ids[j]] })
	top := 0
	if len(ids) > 0 {
		top = counts[ids[0]]
	}
	const rows = 25
	more := len(ids) - rows
	ids = ids[:min(rows, len(ids))]
	return app.Section().Aria("labelledby", "h-mentions").Body(
		app.H2().ID("h-mentions").Text("Mentions per article"),
		app.Ul().Class("bars").Body(
			app.Range(ids).Slice(func(i int) app.UI {
				a := c.Article(ids[i])
				n := counts[ids[i]]
				return app.Li().Body(
					app.A().Class("bar-label").Href(href(articlePath(a.ID))).Text(a.Title),
					app.Meter().Class("bar").Min(0).Max(max(top, 1)).Value(n).
						Aria("label", fmt.Sprintf("%s in %s", plural(n, "mention", "mentions"), a.Title)),
					app.Span().Class("bar-value").Text(thousands(n)),
				)
			}),
		),
		app.If(more > 0, func() app.UI { return app.P().Class("meta").Text(fmt.Sprintf("And %d more articles.", more)) }),
	)
}

// distinctDescriptors returns the descriptors' texts without repeats
// (ignoring case), in order.
func distinctDescriptors(ds []corpus.Descriptor) []string {
	var out []string
	seen := make(map[string]bool)
	for _, d := range ds {
		k := strings.ToLower(d.Text)
		if !seen[k] {
			seen[k] = true
			out = append(out, d.Text)
		}
	}
	return out
}

// descriptorTable is the entity page's section on how each article
// describes the entity.
func descriptorTable(c *corpus.Corpus, e *corpus.Entity) app.UI {
	return app.Section().Aria("labelledby", "h-desc").Body(
		app.H2().ID("h-desc").Text("How the articles describe "+e.Name),
		descriptorRows(c, e),
	)
}

// descriptorRows shows, article by article, how each describes the
// entity. A description only one article uses is marked, so that
// disagreements stand out.
func descriptorRows(c *corpus.Corpus, e *corpus.Entity) app.UI {
	byArticle := make(map[string][]corpus.Descriptor)
	var order []string
	users := make(map[string]map[string]bool) // descriptor → articles
	for _, d := range e.Descriptors {
		if _, ok := byArticle[d.Article]; !ok {
			order = append(order, d.Article)
		}
		byArticle[d.Article] = append(byArticle[d.Article], d)
		k := strings.ToLower(d.Text)
		if users[k] == nil {
			users[k] = make(map[string]bool)
		}
		users[k][d.Article] = true
	}
	if len(order) == 0 {
		return app.P().Class("meta").Text("No article gives a title or description.")
	}
	multi := len(order) > 1
	return app.Div().Body(
		app.If(multi, func() app.UI {
			return app.P().Class("meta").Body(app.Span().Class("chip only").Text("like this"),
				app.Text(" — a description only one article uses."))
		}),
		app.Table().Class("descriptors").Body(
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Article"), app.Th().Scope("col").Text("Described as"))),
			app.TBody().Body(
				app.Range(order).Slice(func(i int) app.UI {
					a := c.Article(order[i])
					var chips []app.UI
					seen := make(map[string]bool)
					for _, d := range byArticle[order[i]] {
						k := strings.ToLower(d.Text)
						if seen[k] {
							continue
						}
						seen[k] = true
						class := "chip"
						if multi && len(users[k]) == 1 {
							class += " only"
						}
						chips = append(chips, app.A().Class(class).Href(href(articlePath(a.ID))+"#"+d.Paragraph).Text(d.Text), app.Text(" "))
					}
					return app.Tr().Body(
						app.Th().Scope("row").Body(app.A().Href(href(articlePath(a.ID))).Text(a.Title)),
						app.Td().Body(chips...),
					)
				}),
			),
		),
	)
}

// entityQuotes lists the statements the entity is quoted making, one per
// cluster.
func entityQuotes(c *corpus.Corpus, e *corpus.Entity) app.UI {
	var qs []int
	seen := make(map[string]bool)
	for i, q := range c.Quotes {
		if string(q.SpeakerEntity) == e.ID && q.Kind != corpus.QuoteTerm && !seen[q.Cluster] {
			seen[q.Cluster] = true
			qs = append(qs, i)
		}
	}
	if e.Type != corpus.EntityPerson && e.Type != corpus.EntityOrg {
		return nil
	}
	return app.Section().Aria("labelledby", "h-quotes").Body(
		app.H2().ID("h-quotes").Text("Quoted"),
		app.If(len(qs) == 0, func() app.UI { return app.P().Class("meta").Text("No article quotes " + e.Name + ".") }),
		app.Ul().Class("entity-quotes").Body(
			app.Range(qs).Slice(func(i int) app.UI {
				q := &c.Quotes[qs[i]]
				n := len(clusters()[q.Cluster])
				return app.Li().Body(
					app.A().Href(href(quotePath(q.ID))).Body(app.Q().Text(q.Text)),
					app.Span().Class("meta").Text(" · "+plural(n, "quote", "quotes")),
				)
			}),
		),
		app.If(len(qs) > 0, func() app.UI {
			return app.P().Body(app.A().Href(quotesURL(search.Query{Speaker: string(c.Quotes[qs[0]].Speaker)})).Text("Search these quotes →"))
		}),
	)
}

// coEntities lists the entities most often named in the same paragraphs.
func coEntities(c *corpus.Corpus, id string) app.UI {
	self := -1
	for i := range c.Entities {
		if c.Entities[i].ID == id {
			self = i
		}
	}
	shared := make(map[int]int)
	pe := paragraphEntities()
	seen := make(map[string]bool)
	for _, m := range c.Entities[self].Mentions {
		k := m.Article + "/" + m.Paragraph
		if seen[k] {
			continue
		}
		seen[k] = true
		for _, o := range pe[k] {
			if o != self {
				shared[o]++
			}
		}
	}
	others := make([]int, 0, len(shared))
	for o := range shared {
		if c.Entities[o].Type != corpus.EntityDate {
			others = append(others, o)
		}
	}
	sort.Slice(others, func(i, j int) bool {
		if shared[others[i]] != shared[others[j]] {
			return shared[others[i]] > shared[others[j]]
		}
		return others[i] < others[j]
	})
	others = others[:min(12, len(others))]
	return app.Section().Aria("labelledby", "h-co").Body(
		app.H2().ID("h-co").Text("Named alongside"),
		app.If(len(others) == 0, func() app.UI { return app.P().Class("meta").Text("Nobody else is named in the same paragraphs.") }),
		app.Ul().Class("co").Body(
			app.Range(others).Slice(func(i int) app.UI {
				o := &c.Entities[others[i]]
				return app.Li().Body(
					app.A().Href(href(entityPath(o.ID))).Text(o.Name),
					app.Span().Class("meta").Text(" · "+plural(shared[others[i]], "paragraph", "paragraphs")),
				)
			}),
		),
	)
}

// kwic shows the entity's mentions in context: a line each, linking to
// the paragraph in the reader.
func (p *entityPage) kwic(c *corpus.Corpus, e *corpus.Entity) app.UI {
	ms := e.Mentions
	if !p.showAll {
		ms = ms[:min(kwicShown, len(ms))]
	}
	return app.Section().Aria("labelledby", "h-kwic").Body(
		app.H2().ID("h-kwic").Text("Every mention in context"),
		app.Ul().Class("kwic").Body(
			app.Range(ms).Slice(func(i int) app.UI {
				m := ms[i]
				a := c.Article(m.Article)
				text := paragraphText(a, m.Paragraph)
				left, right := contextAround(text, m.Start, m.End, 70)
				return app.Li().Body(
					app.A().Href(href(articlePath(a.ID))+"#"+m.Paragraph).Body(
						app.Span().Class("left").Text(left),
						app.Strong().Text(text[m.Start:m.End]),
						app.Span().Class("right").Text(right),
					),
					app.Span().Class("source").Text(a.Title),
				)
			}),
		),
		app.If(len(ms) < len(e.Mentions), func() app.UI {
			return app.Button().ID("all-mentions").Type("button").
				OnClick(func(ctx app.Context, ev app.Event) { p.showAll = true }).
				Text(fmt.Sprintf("Show all %s", plural(len(e.Mentions), "mention", "mentions")))
		}),
	)
}

// paragraphText returns the text of the article's paragraph id.
func paragraphText(a *corpus.Article, id string) string {
	for i := range a.Paragraphs {
		if a.Paragraphs[i].ID == id {
			return a.Paragraphs[i].Text
		}
	}
	return ""
}

// contextAround returns up to n bytes of text either side of [start, end),
// cut at spaces and marked with ellipses where cut.
func contextAround(text string, start, end, n int) (string, string) {
	left := text[:start]
	if len(left) > n {
		cut := strings.IndexByte(left[len(left)-n:], ' ')
		left = "…" + left[len(left)-n+cut+1:]
	}
	right := text[end:]
	if len(right) > n {
		cut := strings.LastIndexByte(right[:n], ' ')
		if cut < 0 {
			cut = n
		}
		right = right[:cut] + "…"
	}
	return left, right
}
