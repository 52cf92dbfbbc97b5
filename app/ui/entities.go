package ui

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/search"
	"parallax/corpus"
)

// nameIndex is the search index over the embedded corpus's entity names,
// built on first use.
var nameIndex = indexOnFirstUse(search.NewNames)

// entityTypes are the entity types in the order the filter lists them,
// with their labels.
var entityTypes = []struct {
	typ   corpus.EntityType
	label string
}{
	{corpus.EntityPerson, "People"},
	{corpus.EntityOrg, "Organisations"},
	{corpus.EntityPlace, "Places"},
	{corpus.EntityDate, "Dates"},
}

// typeLabel is the singular label of an entity type.
func typeLabel(t corpus.EntityType) string {
	switch t {
	case corpus.EntityPerson:
		return "person"
	case corpus.EntityOrg:
		return "organisation"
	case corpus.EntityPlace:
		return "place"
	case corpus.EntityDate:
		return "date"
	}
	return string(t)
}

// entityPageSize is how many entities the list shows at first and adds
// with each "Show more".
const entityPageSize = 50

// entitiesPage is entity search at /entities?q=…&type=…: names and
// aliases, typo tolerant. The query lives in the URL like quote search's.
type entitiesPage struct {
	app.Compo

	q, typ string
	hits   []search.NameHit
	shown  int
}

func (p *entitiesPage) OnPreRender(ctx app.Context) { p.load(ctx) }

func (p *entitiesPage) OnNav(ctx app.Context) { p.load(ctx) }

func (p *entitiesPage) load(ctx app.Context) {
	v := ctx.Page().URL().Query()
	p.q, p.typ = v.Get("q"), v.Get("type")
	p.run()
	p.setTitle(ctx)
}

func (p *entitiesPage) setTitle(ctx app.Context) {
	title := "People, organisations and places"
	if p.q != "" {
		title = "“" + p.q + "” among " + strings.ToLower(title)
	}
	ctx.Page().SetTitle(title + " — " + siteName)
	ctx.Page().SetDescription("Everyone and everything the articles name, with aliases merged and how each article describes them.")
}

func (p *entitiesPage) run() {
	c, err := loadCorpus()
	if err != nil {
		return
	}
	var keep func(int) bool
	if p.typ != "" {
		keep = func(e int) bool { return string(c.Entities[e].Type) == p.typ }
	}
	p.hits = nameIndex().Search(p.q, keep, 0)
	p.shown = min(entityPageSize, len(p.hits))
}

func (p *entitiesPage) onInput(ctx app.Context, e app.Event) {
	p.q = ctx.JSSrc().Get("value").String()
	p.run()
	u := *ctx.Page().URL()
	u.RawQuery = entitiesQuery(p.q, p.typ).Encode()
	ctx.Page().ReplaceURL(&u)
	p.setTitle(ctx)
}

func (p *entitiesPage) showMore(ctx app.Context, e app.Event) {
	p.shown = min(p.shown+entityPageSize, len(p.hits))
}

// entitiesQuery is the URL query of an entity search.
func entitiesQuery(q, typ string) url.Values {
	v := url.Values{}
	if q != "" {
		v.Set("q", q)
	}
	if typ != "" {
		v.Set("type", typ)
	}
	return v
}

// entitiesURL is the link to an entity search.
func entitiesURL(q, typ string) string {
	u := href("/entities")
	if v := entitiesQuery(q, typ).Encode(); v != "" {
		u += "?" + v
	}
	return u
}

func (p *entitiesPage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("entities", errorBox(err))
	}
	status := plural(len(p.hits), "match", "matches") + "."
	if p.q == "" {
		status = plural(len(p.hits), "entity", "entities") + ", most mentioned first."
	}
	if len(p.hits) == 0 {
		status = "No name matches. Try part of a name, or fewer letters."
	}
	return shell("entities",
		app.H1().Text("Who is in the story"),
		app.Form().Class("search").Role("search").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Class("visually-hidden").Text("Search names"),
			app.Input().ID("q").Type("search").Name("q").Value(p.q).
				Placeholder("Search people, organisations, places…").AutoComplete(false).
				Aria("controls", "results").OnInput(p.onInput),
		),
		app.Nav().Class("tabs").Aria("label", "Entity types").Body(
			typeTab(p.q, "", "All", p.typ == ""),
			app.Range(entityTypes).Slice(func(i int) app.UI {
				t := entityTypes[i]
				return typeTab(p.q, string(t.typ), t.label, p.typ == string(t.typ))
			}),
		),
		app.P().Class("status").Aria("live", "polite").Text(status),
		app.Ol().ID("results").Class("entities").Body(
			app.Range(p.hits[:p.shown]).Slice(func(i int) app.UI {
				return entityItem(c, &c.Entities[p.hits[i].Entity])
			}),
		),
		app.If(p.shown < len(p.hits), func() app.UI {
			return app.Button().ID("more").Type("button").OnClick(p.showMore).
				Text(fmt.Sprintf("Show more (%d of %d shown)", p.shown, len(p.hits)))
		}),
	)
}

func typeTab(q, typ, label string, current bool) app.UI {
	a := app.A().Href(entitiesURL(q, typ)).Text(label)
	if current {
		a = a.Aria("current", "page")
	}
	return a
}

func entityItem(c *corpus.Corpus, e *corpus.Entity) app.UI {
	return app.Li().Class("entity-item").Body(
		app.A().Href(href(entityPath(e.ID))).Text(e.Name),
		app.Text(" "),
		app.Span().Class("badge type-"+string(e.Type)).Text(typeLabel(e.Type)),
		app.P().Class("meta").Text(fmt.Sprintf("%s in %s", plural(len(e.Mentions), "mention", "mentions"), plural(len(e.Articles), "article", "articles"))+aliasNote(e)),
	)
}

// aliasNote lists a few of an entity's aliases.
func aliasNote(e *corpus.Entity) string {
	if len(e.Aliases) == 0 {
		return ""
	}
	s := " · also " + strings.Join(e.Aliases[:min(4, len(e.Aliases))], ", ")
	if len(e.Aliases) > 4 {
		s += fmt.Sprintf(" and %d more", len(e.Aliases)-4)
	}
	return s
}

func entityPath(id string) string { return "/entities/" + id }
