package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/app/embedded"
	"parallax/app/headless"
	"parallax/app/server"
	"parallax/app/ui"
	"parallax/corpus"
)

// deployment is one way the explorer is hosted.
type deployment struct {
	name   string
	url    string // scheme and host
	prefix string // "" or "/some/prefix"
	// plain is a host that serves only files and x/index.html (redirecting
	// /x to /x/), with no 404 page of the site's own.
	plain bool
}

// root returns the URL of the site's home page.
func (d deployment) root() string { return d.url + d.prefix + "/" }

// page returns the URL of a site path such as "/articles/x".
func (d deployment) page(p string) string { return d.url + d.prefix + p }

var (
	skipReason  string
	deployments []deployment
	browser     *headless.Browser
	testCorpus  *corpus.Corpus
)

func TestMain(m *testing.M) {
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e setup:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// skipWithoutSite skips the test when there is no built site to test
// (a plain go test); call it before reading testCorpus.
func skipWithoutSite(t *testing.T) {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
}

func setup(m *testing.M) (int, error) {
	wasm := os.Getenv("PARALLAX_WASM")
	if wasm == "" && os.Getenv("PARALLAX_E2E") != "" {
		return 0, fmt.Errorf("PARALLAX_E2E is set but PARALLAX_WASM is not")
	}
	if wasm == "" {
		skipReason = "PARALLAX_WASM is not set (make test builds the app and sets it)"
		return m.Run(), nil
	}
	c, err := embedded.Corpus()
	if err != nil {
		return 0, err
	}
	testCorpus = c
	ui.Routes()

	tmp, err := os.MkdirTemp("", "parallax-e2e-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)

	site, err := server.New(server.Config{Wasm: wasm})
	if err != nil {
		return 0, err
	}
	goServer := httptest.NewServer(site)
	defer goServer.Close()
	deployments = append(deployments, deployment{name: "go-server", url: goServer.URL})

	for _, prefix := range []string{"", "/some/prefix"} {
		dir := filepath.Join(tmp, "static"+strings.ReplaceAll(prefix, "/", "-"))
		s, err := server.New(server.Config{Wasm: wasm, Prefix: prefix + "/"})
		if err != nil {
			return 0, err
		}
		if _, err := s.WriteStatic(dir); err != nil {
			return 0, err
		}
		host := httptest.NewServer(staticHost(dir, prefix))
		defer host.Close()
		name := "static-root"
		if prefix != "" {
			name = "static-subpath"
		}
		deployments = append(deployments, deployment{name: name, url: host.URL, prefix: prefix})
		if prefix != "" {
			plain := httptest.NewServer(http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
			defer plain.Close()
			deployments = append(deployments, deployment{name: "static-plain-fileserver", url: plain.URL, prefix: prefix, plain: true})
		}
	}

	browser, err = headless.Start(headless.Options{})
	if err != nil {
		return 0, err
	}
	defer browser.Close()
	return m.Run(), nil
}

// staticHost serves dir under prefix the way common static hosts do: a
// file as it is, /x from x.html or x/index.html, and 404.html with status
// 404 for anything else.
func staticHost(dir, prefix string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := strings.CutPrefix(r.URL.Path, prefix)
		if !ok {
			http.NotFound(w, r)
			return
		}
		p = path.Clean("/" + p)
		for _, cand := range []string{p, p + ".html", path.Join(p, "index.html")} {
			full := filepath.Join(dir, filepath.FromSlash(cand))
			if info, err := os.Stat(full); err == nil && !info.IsDir() {
				http.ServeFile(w, r, full)
				return
			}
		}
		body, err := os.ReadFile(filepath.Join(dir, "404.html"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(body)
	})
}

// each runs f in a fresh tab for every deployment.
func each(t *testing.T, f func(t *testing.T, d deployment, tab *headless.Tab)) {
	t.Helper()
	skipWithoutSite(t)
	for _, d := range deployments {
		t.Run(d.name, func(t *testing.T) {
			inTab(t, 90*time.Second, func(tab *headless.Tab) { f(t, d, tab) })
		})
	}
}

// inTab runs f in a fresh tab that may live for timeout, then fails t if
// the page logged console errors.
func inTab(t *testing.T, timeout time.Duration, f func(tab *headless.Tab)) {
	t.Helper()
	tab, err := browser.NewTab(timeout)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	f(tab)
	if errs := tab.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// js quotes s as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// open loads url in the tab and waits until the app has started.
func open(t *testing.T, tab *headless.Tab, url string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Navigate(url), headless.WaitStarted()); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
}

// waitFor waits up to 20 seconds for the JavaScript expression to hold.
func waitFor(t *testing.T, tab *headless.Tab, what, expr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab.Ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, headless.WaitJS(expr)); err != nil {
		var state string
		tab.Run(chromedp.Evaluate(`location.href + " scrollY=" + scrollY + " height=" + document.documentElement.scrollHeight + " | " + (document.querySelector("main") || document.body).innerText.slice(0, 200)`, &state))
		t.Fatalf("%s: %v\npage: %s", what, err, state)
	}
}

func TestHomeListsEveryArticleTitle(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		open(t, tab, d.root())
		var titles []string
		if err := tab.Run(chromedp.Evaluate(`[...document.querySelectorAll(".articles h2 a")].map(a => a.textContent.trim())`, &titles)); err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, a := range testCorpus.Articles {
			want = append(want, a.Title)
		}
		if strings.Join(titles, "\n") != strings.Join(want, "\n") {
			t.Errorf("titles on the home page:\n%s\nwant:\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
		}
	})
}

func TestClickingAnArticleOpensTheReaderAndSurvivesReload(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		a := testCorpus.Articles[len(testCorpus.Articles)-1]
		open(t, tab, d.root())
		wantPath := d.prefix + "/articles/" + a.ID
		if err := tab.Run(chromedp.Click(`#article-`+a.ID+` h2 a`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		reader := fmt.Sprintf(`location.pathname.replace(/\/$/, "") === %s && document.querySelector("h1") && document.querySelector("h1").textContent === %s && document.querySelectorAll(".reader .para").length === %d`,
			js(wantPath), js(a.Title), len(a.Paragraphs))
		waitFor(t, tab, "reader after click", reader)
		if err := tab.Run(chromedp.Reload(), headless.WaitStarted()); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "reader after reload", reader)

		// Links rendered by the running app keep the prefix.
		if err := tab.Run(chromedp.Click(`.crumbs a`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "home after clicking back", fmt.Sprintf(`location.pathname === %s && document.querySelectorAll(".articles .card").length === %d`,
			js(d.prefix+"/"), len(testCorpus.Articles)))
	})
}

func TestDeepLinkToAParagraphScrollsToItAndHighlightsIt(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		a := testCorpus.Articles[len(testCorpus.Articles)-1]
		p := a.Paragraphs[len(a.Paragraphs)-1]
		open(t, tab, d.page("/articles/"+a.ID+"#"+p.ID))
		waitFor(t, tab, "highlighted paragraph in view", fmt.Sprintf(`(() => {
			const el = document.getElementById(%s);
			if (!el || !el.classList.contains("target")) return false;
			const r = el.getBoundingClientRect();
			return r.top >= 0 && r.top < window.innerHeight;
		})()`, js(p.ID)))
	})
}

func TestUnknownPagesShowNotFoundWithAWayBack(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		if d.plain {
			t.Skip("a plain file server has no 404 page of the site's own")
		}
		for _, p := range []string{"/articles/no-such-article", "/no/such/page"} {
			open(t, tab, d.page(p))
			waitFor(t, tab, "not-found page for "+p, `document.getElementById("not-found") !== null && document.title.startsWith("Not found")`)
			if err := tab.Run(chromedp.Click(`#not-found a`, chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, tab, "home after leaving "+p, fmt.Sprintf(`location.pathname === %s && document.querySelectorAll(".articles .card").length === %d`,
				js(d.prefix+"/"), len(testCorpus.Articles)))
		}
	})
}
