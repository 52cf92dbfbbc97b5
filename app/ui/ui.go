// Package ui is the Parallax explorer's user interface: go-app components
// that render and search the processed corpus embedded in the program.
//
// The same components run in the browser (compiled to WebAssembly) and on
// the server, which pre-renders every page to HTML. Register the routes
// with Routes before starting either.
package ui

import (
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/embedded"
	"parallax/corpus"
)

// Routes registers every page of the explorer with go-app.
func Routes() {
	app.Route("/", func() app.Composer { return &homePage{} })
	app.RouteWithRegexp(`^/articles/[^/]+/?$`, func() app.Composer { return &articlePage{} })
	app.Route("/quotes", func() app.Composer { return &quotesPage{} })
	app.RouteWithRegexp(`^/quotes/?$`, func() app.Composer { return &quotesPage{} })
	app.RouteWithRegexp(`^/quotes/[^/]+/?$`, func() app.Composer { return &quotePage{} })
	app.RouteWithRegexp(`^/entities/?$`, func() app.Composer { return &entitiesPage{} })
	app.RouteWithRegexp(`^/entities/[^/]+/?$`, func() app.Composer { return &entityPage{} })
	app.RouteWithRegexp(`^/compare/?$`, func() app.Composer { return &comparePage{} })
	app.RouteWithRegexp(`^/compare/[^/]+/[^/]+/?$`, func() app.Composer { return &pairPage{} })
	app.RouteWithRegexp(`^/coverage/?$`, func() app.Composer { return &coveragePage{} })
	app.RouteWithRegexp(`^/framing/?$`, func() app.Composer { return &framingPage{} })
	// Anything else is a "not found" page; it must stay the last route.
	app.RouteWithRegexp(`.*`, func() app.Composer { return &notFoundPage{} })
}

// Pages returns the path of every page a static site must pre-render so
// that a deep link to it opens on any static host.
func Pages(c *corpus.Corpus) []string {
	pages := []string{"/", "/quotes", "/entities", "/compare", "/coverage", "/framing"}
	for _, a := range c.Articles {
		pages = append(pages, articlePath(a.ID))
	}
	for _, q := range c.Quotes {
		pages = append(pages, quotePath(q.ID))
	}
	for _, e := range c.Entities {
		pages = append(pages, entityPath(e.ID))
	}
	for _, p := range c.Pairs {
		pages = append(pages, comparePath(p.A, p.B))
	}
	return pages
}

// Found reports whether path (without the site's prefix) names a page
// that exists, so that a server can answer 404 for the rest.
func Found(c *corpus.Corpus, path string) bool {
	switch r := parseRoute(path); r.kind {
	case routeHome:
		return true
	case routeArticle:
		return c.Article(r.id) != nil
	case routeQuotes, routeEntities, routeCompare, routeCoverage, routeFraming:
		return true
	case routeQuote:
		return c.Quote(r.id) != nil
	case routeEntity:
		return c.Entity(r.id) != nil
	case routePair:
		return r.id != r.id2 && c.Article(r.id) != nil && c.Article(r.id2) != nil
	}
	return false
}

type routeKind int

const (
	routeUnknown routeKind = iota
	routeHome
	routeArticle
	routeQuotes
	routeQuote
	routeEntities
	routeEntity
	routeCompare
	routePair
	routeCoverage
	routeFraming
)

// route is a parsed page path.
type route struct {
	kind routeKind
	id   string
	id2  string // the second article of a pair
}

// parseRoute parses a path without the site's prefix. A trailing slash is
// ignored: static hosts that serve /x from x/index.html redirect to /x/.
func parseRoute(path string) route {
	if len(path) > 1 {
		path = strings.TrimSuffix(path, "/")
	}
	switch {
	case path == "/" || path == "":
		return route{kind: routeHome}
	case path == "/quotes":
		return route{kind: routeQuotes}
	case path == "/entities":
		return route{kind: routeEntities}
	case path == "/compare":
		return route{kind: routeCompare}
	case path == "/coverage":
		return route{kind: routeCoverage}
	case path == "/framing":
		return route{kind: routeFraming}
	case strings.HasPrefix(path, "/articles/"):
		id := strings.TrimPrefix(path, "/articles/")
		if id != "" && !strings.Contains(id, "/") {
			return route{kind: routeArticle, id: id}
		}
	case strings.HasPrefix(path, "/quotes/"):
		id := strings.TrimPrefix(path, "/quotes/")
		if id != "" && !strings.Contains(id, "/") {
			return route{kind: routeQuote, id: id}
		}
	case strings.HasPrefix(path, "/entities/"):
		id := strings.TrimPrefix(path, "/entities/")
		if id != "" && !strings.Contains(id, "/") {
			return route{kind: routeEntity, id: id}
		}
	case strings.HasPrefix(path, "/compare/"):
		a, b, ok := strings.Cut(strings.TrimPrefix(path, "/compare/"), "/")
		if ok && a != "" && b != "" && !strings.Contains(b, "/") {
			return route{kind: routePair, id: a, id2: b}
		}
	}
	return route{kind: routeUnknown}
}

func articlePath(id string) string { return "/articles/" + id }

// rootPrefix is the path the site is served under, without a trailing
// slash: "" at the root of a host, "/some/prefix" on a sub-path.
func rootPrefix() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
}

// href turns a site path into a link target. On the server go-app prefixes
// href attributes itself; in the browser it does not, so the prefix is
// added here.
func href(path string) string {
	if app.IsClient {
		return rootPrefix() + path
	}
	return path
}

// pagePath returns the current page's path without the site's prefix and
// its fragment. In the browser the URL holds the prefix; on the server it
// does not.
func pagePath(ctx app.Context) (string, string) {
	u := ctx.Page().URL()
	return stripPrefix(u), u.Fragment
}

func stripPrefix(u *url.URL) string {
	p := u.Path
	if app.IsClient {
		if pre := rootPrefix(); pre != "" && strings.HasPrefix(p, pre) {
			p = strings.TrimPrefix(p, pre)
		}
	}
	if p == "" {
		p = "/"
	}
	return p
}

// loadCorpus returns the embedded corpus; the error is shown on the page.
// In the browser the first call, which decodes it, is recorded as the
// performance measure "parallax-corpus-decode" for the load benchmark.
var loadCorpus = sync.OnceValues(func() (*corpus.Corpus, error) {
	if !app.IsClient {
		return embedded.Corpus()
	}
	perf := app.Window().Get("performance")
	start := perf.Call("now").Float()
	c, err := embedded.Corpus()
	perf.Call("measure", "parallax-corpus-decode", map[string]any{"start": start, "end": perf.Call("now").Float()})
	return c, err
})

// indexOnFirstUse returns a function giving the index build makes of the
// embedded corpus, built on its first call; when the corpus cannot be
// loaded (the page shows why), the index of an empty corpus.
func indexOnFirstUse[T any](build func(*corpus.Corpus) T) func() T {
	return sync.OnceValue(func() T {
		c, err := loadCorpus()
		if err != nil {
			c = &corpus.Corpus{}
		}
		return build(c)
	})
}
