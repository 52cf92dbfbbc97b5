package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// homePage lists every article.
type homePage struct {
	app.Compo
}

func (p *homePage) OnPreRender(ctx app.Context) { p.setMeta(ctx) }

func (p *homePage) OnNav(ctx app.Context) { p.setMeta(ctx) }

func (p *homePage) setMeta(ctx app.Context) {
	ctx.Page().SetTitle(siteName + " — every article")
	if c, err := loadCorpus(); err == nil {
		ctx.Page().SetDescription(fmt.Sprintf("%d news articles about one story: who said what, who is in it, and how the coverage differs.", len(c.Articles)))
	}
}

func (p *homePage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("articles", errorBox(err))
	}
	words := 0
	for i := range c.Articles {
		words += articleWords(&c.Articles[i])
	}
	return shell("articles",
		app.H1().Text("Articles"),
		app.P().Class("lede").Text(fmt.Sprintf("%d articles, %s words.", len(c.Articles), thousands(words))),
		app.Ol().Class("articles").Body(
			app.Range(c.Articles).Slice(func(i int) app.UI {
				return articleCard(&c.Articles[i])
			}),
		),
	)
}

func articleCard(a *corpus.Article) app.UI {
	w := articleWords(a)
	return app.Li().Class("card").ID("article-"+a.ID).Body(
		app.H2().Body(app.A().Href(href(articlePath(a.ID))).Text(a.Title)),
		app.If(a.Byline != "", func() app.UI { return app.P().Class("byline").Text(a.Byline) }),
		app.P().Class("meta").Text(fmt.Sprintf("%s · %s words · %d min read", a.File, thousands(w), readingMinutes(w))),
		app.If(opening(a) != "", func() app.UI {
			return app.P().Class("opening").Text(opening(a))
		}),
	)
}
