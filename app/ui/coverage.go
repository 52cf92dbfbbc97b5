package ui

import (
	"fmt"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// Limits of the coverage grids, so that a large corpus stays readable.
const (
	coverageArticles = 24
	coverageRows     = 40
)

// coveragePage is who is quoted where and who is named where, at
// /coverage: quote clusters × articles and entities × articles.
type coveragePage struct {
	app.Compo
}

func (p *coveragePage) OnPreRender(ctx app.Context) { p.setMeta(ctx) }

func (p *coveragePage) OnNav(ctx app.Context) { p.setMeta(ctx) }

func (p *coveragePage) setMeta(ctx app.Context) {
	ctx.Page().SetTitle("Coverage: who is quoted where — " + siteName)
	ctx.Page().SetDescription("Which statements and which people each article carries, who is absent, and what only one article says.")
}

// statement is a quote cluster and the quote of it in each article.
type statement struct {
	first     int            // its first quote
	inArticle map[string]int // article → a quote of the cluster there
}

func (p *coveragePage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("coverage", errorBox(err))
	}
	var stmts []*statement
	byCluster := make(map[string]*statement)
	for i, q := range c.Quotes {
		if q.Kind == corpus.QuoteTerm {
			continue
		}
		s := byCluster[q.Cluster]
		if s == nil {
			s = &statement{first: i, inArticle: make(map[string]int)}
			byCluster[q.Cluster] = s
			stmts = append(stmts, s)
		}
		if _, ok := s.inArticle[q.Article]; !ok {
			s.inArticle[q.Article] = i
		}
	}
	single := 0
	for _, s := range stmts {
		if len(s.inArticle) == 1 {
			single++
		}
	}
	sort.SliceStable(stmts, func(i, j int) bool { return len(stmts[i].inArticle) > len(stmts[j].inArticle) })

	ids := coverageColumns(c, stmts)
	shown := stmts[:min(coverageRows, len(stmts))]
	ents := mainEntities(c, coverageRows)
	return shell("coverage",
		app.H1().Text("Who is quoted where"),
		app.P().Class("lede").Text(fmt.Sprintf("%s across %s; %d carried by one article only.",
			plural(len(stmts), "statement", "statements"), plural(len(c.Articles), "article", "articles"), single)),
		columnLegend(c, ids),
		app.Section().Aria("labelledby", "h-cov-quotes").Body(
			app.H2().ID("h-cov-quotes").Text("Statements × articles"),
			app.If(len(shown) < len(stmts), func() app.UI {
				return app.P().Class("meta").Text(fmt.Sprintf("The %d statements most widely carried.", len(shown)))
			}),
			app.Div().Class("grid-wrap").Body(app.Table().Class("grid").Body(
				gridHead("Statement", ids),
				app.TBody().Body(app.Range(shown).Slice(func(i int) app.UI {
					s := shown[i]
					q := &c.Quotes[s.first]
					class := ""
					if len(s.inArticle) == 1 {
						class = "single"
					}
					return app.Tr().Class(class).Body(
						app.Th().Scope("row").Body(
							app.A().Href(href(quotePath(q.ID))).Body(app.Q().Text(shorten(q.Text, 90))),
							app.Span().Class("who").Text(" — "+speakerName(q)),
						),
						app.Range(ids).Slice(func(j int) app.UI {
							if qi, ok := s.inArticle[ids[j]]; ok {
								return app.Td().Class("yes").Body(app.A().Href(href(quotePath(c.Quotes[qi].ID))).
									Aria("label", fmt.Sprintf("in article %d", j+1)).Text("●"))
							}
							return app.Td().Class("no").Aria("label", fmt.Sprintf("not in article %d", j+1))
						}),
					)
				})),
			)),
		),
		app.Section().Aria("labelledby", "h-cov-ents").Body(
			app.H2().ID("h-cov-ents").Text("People and organisations × articles"),
			app.P().Class("meta").Text("Mentions per article; an empty cell is an article that never names them."),
			app.Div().Class("grid-wrap").Body(app.Table().Class("grid").Body(
				gridHead("Name", ids),
				app.TBody().Body(app.Range(ents).Slice(func(i int) app.UI {
					e := ents[i]
					counts := make(map[string]int)
					for _, m := range e.Mentions {
						counts[m.Article]++
					}
					return app.Tr().Body(
						app.Th().Scope("row").Body(app.A().Href(href(entityPath(e.ID))).Text(e.Name)),
						app.Range(ids).Slice(func(j int) app.UI {
							if n := counts[ids[j]]; n > 0 {
								return app.Td().Class("yes").Aria("label", fmt.Sprintf("%d in article %d", n, j+1)).Text(fmt.Sprint(n))
							}
							return app.Td().Class("no").Aria("label", fmt.Sprintf("absent from article %d", j+1))
						}),
					)
				})),
			)),
		),
	)
}

func speakerName(q *corpus.Quote) string {
	if q.Speaker == "" {
		return "speaker not named"
	}
	return string(q.Speaker)
}

// coverageColumns picks the articles the grids show: all of them when
// few, else those carrying the most statements.
func coverageColumns(c *corpus.Corpus, stmts []*statement) []string {
	var ids []string
	for _, a := range c.Articles {
		ids = append(ids, a.ID)
	}
	if len(ids) <= coverageArticles {
		return ids
	}
	weight := make(map[string]int)
	for _, s := range stmts {
		for a := range s.inArticle {
			weight[a]++
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return weight[ids[i]] > weight[ids[j]] })
	ids = ids[:coverageArticles]
	sort.Strings(ids)
	return ids
}

// mainEntities returns up to n people and organisations, those named in
// the most articles first.
func mainEntities(c *corpus.Corpus, n int) []*corpus.Entity {
	var out []*corpus.Entity
	for i := range c.Entities {
		if t := c.Entities[i].Type; t == corpus.EntityPerson || t == corpus.EntityOrg {
			out = append(out, &c.Entities[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		return len(out[i].Mentions) > len(out[j].Mentions)
	})
	return out[:min(n, len(out))]
}

func gridHead(first string, ids []string) app.UI {
	return app.THead().Body(app.Tr().Body(
		app.Th().Scope("col").Text(first),
		app.Range(ids).Slice(func(j int) app.UI {
			return app.Th().Scope("col").Text(fmt.Sprint(j + 1))
		}),
	))
}

func columnLegend(c *corpus.Corpus, ids []string) app.UI {
	return app.Details().Class("legend-box").Open(len(ids) <= 8).Body(
		app.Summary().Text("Articles by number"),
		app.Ol().Class("legend").Body(app.Range(ids).Slice(func(i int) app.UI {
			return app.Li().Body(app.A().Href(href(articlePath(ids[i]))).Text(c.Article(ids[i]).Title))
		})),
	)
}
