package ui

import (
	"fmt"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// matrixSize is the most articles the similarity matrix shows: beyond it
// the matrix shows the articles with the most similar partners.
const matrixSize = 24

// comparePage is the article comparison overview at /compare: a
// similarity matrix and the most similar pairs.
type comparePage struct {
	app.Compo
}

func (p *comparePage) OnPreRender(ctx app.Context) { p.setMeta(ctx) }

func (p *comparePage) OnNav(ctx app.Context) { p.setMeta(ctx) }

func (p *comparePage) setMeta(ctx app.Context) {
	ctx.Page().SetTitle("How the articles differ — " + siteName)
	ctx.Page().SetDescription("Which articles share passages, verbatim or paraphrased, and how similar each pair is.")
}

func (p *comparePage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("compare", errorBox(err))
	}
	pairs := make([]*corpus.Pair, len(c.Pairs))
	for i := range c.Pairs {
		pairs[i] = &c.Pairs[i]
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].Similarity > pairs[j].Similarity })
	top := pairs[:min(20, len(pairs))]
	return shell("compare",
		app.H1().Text("How the articles differ"),
		app.P().Class("lede").Text(fmt.Sprintf("%s of %s share passages, verbatim or paraphrased.",
			plural(len(c.Pairs), "pair", "pairs"), plural(len(c.Articles), "article", "articles"))),
		matrix(c),
		app.Section().Aria("labelledby", "h-pairs").Body(
			app.H2().ID("h-pairs").Text("Most similar pairs"),
			app.If(len(top) == 0, func() app.UI { return app.P().Class("meta").Text("No two articles share a passage.") }),
			app.Ol().Class("pairs").Body(
				app.Range(top).Slice(func(i int) app.UI {
					pr := top[i]
					v, para := passageCounts(pr)
					return app.Li().Body(
						app.A().Href(href(comparePath(pr.A, pr.B))).Body(
							app.Span().Class("pct").Text(percent(pr.Similarity)),
							app.Text(" "+c.Article(pr.A).Title+" ↔ "+c.Article(pr.B).Title),
						),
						app.P().Class("meta").Text(fmt.Sprintf("%s, %s", plural(v, "verbatim passage", "verbatim passages"), plural(para, "paraphrase", "paraphrases"))),
					)
				}),
			),
		),
	)
}

func passageCounts(p *corpus.Pair) (verbatim, paraphrase int) {
	for _, ps := range p.Passages {
		if ps.Kind == corpus.PassageVerbatim {
			verbatim++
		} else {
			paraphrase++
		}
	}
	return verbatim, paraphrase
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

// matrix is the heatmap of similarities between articles: every article
// when there are few, else those with the most similar partners.
func matrix(c *corpus.Corpus) app.UI {
	ids := make([]string, 0, len(c.Articles))
	if len(c.Articles) <= matrixSize {
		for _, a := range c.Articles {
			ids = append(ids, a.ID)
		}
	} else {
		weight := make(map[string]float64)
		for _, p := range c.Pairs {
			weight[p.A] += p.Similarity
			weight[p.B] += p.Similarity
		}
		for id := range weight {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool {
			if weight[ids[i]] != weight[ids[j]] {
				return weight[ids[i]] > weight[ids[j]]
			}
			return ids[i] < ids[j]
		})
		ids = ids[:min(matrixSize, len(ids))]
		sort.Strings(ids)
	}
	sim := make(map[[2]string]float64)
	top := 0.0 // the highest similarity shown: the darkest shade
	for _, p := range c.Pairs {
		sim[[2]string{p.A, p.B}] = p.Similarity
		top = max(top, p.Similarity)
	}
	note := "Each cell is a pair; darker means more shared (the darkest is the most similar pair). Select a cell to see the passages side by side."
	if len(ids) < len(c.Articles) {
		note = fmt.Sprintf("The %d articles with the most shared passages. ", len(ids)) + note
	}
	return app.Section().Aria("labelledby", "h-matrix").Body(
		app.H2().ID("h-matrix").Text("Similarity matrix"),
		app.P().Class("meta").Text(note),
		app.Div().Class("matrix-wrap").Body(
			app.Table().Class("matrix").Body(
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Range(ids).Slice(func(j int) app.UI {
						return app.Th().Scope("col").Title(c.Article(ids[j]).Title).Text(fmt.Sprint(j + 1))
					}),
				)),
				app.TBody().Body(
					app.Range(ids).Slice(func(i int) app.UI {
						return app.Tr().Body(
							app.Th().Scope("row").Title(c.Article(ids[i]).Title).Text(fmt.Sprint(i+1)),
							app.Range(ids).Slice(func(j int) app.UI {
								if i == j {
									return app.Td().Class("self").Aria("label", "same article")
								}
								a, b := ids[i], ids[j]
								if b < a {
									a, b = b, a
								}
								s, ok := sim[[2]string{a, b}]
								label := fmt.Sprintf("%d and %d: ", i+1, j+1)
								if !ok {
									return app.Td().Class("cell none").Title(label+"nothing shared").Aria("label", label+"nothing shared")
								}
								// Ten shades relative to the most similar pair, from
								// classes: the security policy allows no style
								// attributes.
								return app.Td().Class(fmt.Sprintf("cell s%d", min(9, int(10*s/top)))).Body(
									app.A().Href(href(comparePath(a, b))).Title(label+percent(s)+" similar").
										Aria("label", label+percent(s)+" similar").Text(percent(s)),
								)
							}),
						)
					}),
				),
			),
		),
		app.Ol().Class("legend").Body(
			app.Range(ids).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(href(articlePath(ids[i]))).Text(c.Article(ids[i]).Title))
			}),
		),
	)
}

func comparePath(a, b string) string { return "/compare/" + a + "/" + b }
