package e2e

import (
	"context"
	"encoding/binary"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"parallax/app/headless"
	"parallax/app/server"
)

// cuttable serves with the handler it holds and, when it holds none,
// aborts every request as a cut network would: the browser sees a
// network error, not a response.
type cuttable struct {
	h atomic.Pointer[http.Handler]
}

func (c *cuttable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := c.h.Load()
	if h == nil {
		panic(http.ErrAbortHandler)
	}
	(*h).ServeHTTP(w, r)
}

// use makes c serve with h; nil cuts the network.
func (c *cuttable) use(h http.Handler) {
	if h == nil {
		c.h.Store(nil)
		return
	}
	c.h.Store(&h)
}

// build is one build of the explorer hosted in every way a deployment
// can host it, keyed by deployment name.
type build struct {
	versions map[string]string
	handlers map[string]http.Handler
	dirs     []string // the static sites' folders
}

// liveDeployment is a deployment of its own, whose host can be cut off or
// switched to another build.
type liveDeployment struct {
	deployment
	host *cuttable
}

var deploymentKinds = []struct {
	name   string
	prefix string
	plain  bool
}{
	{"go-server", "", false},
	{"static-root", "", false},
	{"static-subpath", "/some/prefix", false},
	{"static-plain-fileserver", "/some/prefix", true},
}

// hostBuild builds the explorer from the app.wasm at wasm for every kind
// of deployment.
func hostBuild(t *testing.T, wasm string) build {
	t.Helper()
	b := build{versions: make(map[string]string), handlers: make(map[string]http.Handler)}
	statics := make(map[string]string) // prefix → folder
	for _, k := range deploymentKinds {
		site, err := server.New(server.Config{Wasm: wasm, Prefix: k.prefix + "/"})
		if err != nil {
			t.Fatal(err)
		}
		b.versions[k.name] = site.Version()
		if k.name == "go-server" {
			b.handlers[k.name] = site
			continue
		}
		dir, ok := statics[k.prefix]
		if !ok {
			dir = t.TempDir()
			if _, err := site.WriteStatic(dir); err != nil {
				t.Fatal(err)
			}
			statics[k.prefix] = dir
			b.dirs = append(b.dirs, dir)
		}
		if k.plain {
			b.handlers[k.name] = http.StripPrefix(k.prefix, http.FileServer(http.Dir(dir)))
		} else {
			b.handlers[k.name] = staticHost(dir, k.prefix)
		}
	}
	return b
}

// eachLive runs f in a fresh tab for every kind of deployment, each on a
// host of its own (so on an origin of its own, with a service worker of
// its own) serving b.
func eachLive(t *testing.T, b build, f func(t *testing.T, d liveDeployment, tab *headless.Tab)) {
	t.Helper()
	for _, k := range deploymentKinds {
		t.Run(k.name, func(t *testing.T) {
			host := &cuttable{}
			host.use(b.handlers[k.name])
			srv := httptest.NewServer(host)
			defer srv.Close()
			d := liveDeployment{deployment{name: k.name, url: srv.URL, prefix: k.prefix, plain: k.plain}, host}
			inTab(t, 2*time.Minute, func(tab *headless.Tab) { f(t, d, tab) })
		})
	}
}

// waitControlled waits until the service worker is active, which it is
// once it has stored every file the app needs, and reloads the page so
// that the worker controls it (a worker does not take over the page of a
// first visit).
func waitControlled(t *testing.T, tab *headless.Tab) {
	t.Helper()
	if err := tab.Run(chromedp.Evaluate(`navigator.serviceWorker.ready.then(r => { window.__workerActive = true; })`, nil)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tab, "service worker active", `window.__workerActive === true`)
	if err := tab.Run(chromedp.Reload(), headless.WaitStarted()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tab, "service worker in control", `navigator.serviceWorker.controller !== null`)
	// Installing the first worker is not an update.
	var banner bool
	if err := tab.Run(chromedp.Sleep(time.Second), chromedp.Evaluate(`document.getElementById("app-update") !== null`, &banner)); err != nil {
		t.Fatal(err)
	}
	if banner {
		t.Errorf("the first visit offers to reload a new version")
	}
}

// cacheNames returns the names of the page's caches.
func cacheNames(t *testing.T, tab *headless.Tab) []string {
	t.Helper()
	var names []string
	if err := tab.Run(chromedp.Evaluate(`caches.keys()`, &names, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })); err != nil {
		t.Fatal(err)
	}
	return names
}

func TestAfterOneVisitEveryPageOpensOffline(t *testing.T) {
	skipWithoutSite(t)
	b := hostBuild(t, os.Getenv("PARALLAX_WASM"))
	q, word := attributedQuote(t)
	a := testCorpus.Articles[len(testCorpus.Articles)-1]
	pages := []struct {
		path, what, ready string
	}{
		{"/quotes/" + q.ID, "quote page", fmt.Sprintf(`document.getElementById("quote-text") && document.getElementById("quote-text").textContent.includes(%s)`, js(q.Text[:min(len(q.Text), 40)]))},
		{"/articles/" + a.ID, "article page", fmt.Sprintf(`document.querySelector("h1") && document.querySelector("h1").textContent === %s && document.querySelectorAll(".reader .para").length === %d`, js(a.Title), len(a.Paragraphs))},
		{"/quotes?q=" + word, "search", `document.querySelectorAll("#results .hit").length > 0`},
		// A page no route knows yet stands for every future route: the
		// worker answers it with the app shell and the router decides.
		{"/no/such/page", "not-found page", `document.getElementById("not-found") !== null`},
		{"/", "home page", fmt.Sprintf(`document.querySelectorAll(".articles .card").length === %d`, len(testCorpus.Articles))},
	}
	eachLive(t, b, func(t *testing.T, d liveDeployment, tab *headless.Tab) {
		open(t, tab, d.root())
		waitControlled(t, tab)
		if got, want := cacheNames(t, tab), "app-"+b.versions[d.name]; len(got) != 1 || got[0] != want {
			t.Errorf("caches %q, want [%q]", got, want)
		}

		d.host.use(nil)
		for _, p := range pages {
			open(t, tab, d.page(p.path))
			waitFor(t, tab, p.what+" offline at "+p.path, p.ready)
		}
		// The deep links were cold: only the home page was visited online.
		if err := tab.Run(chromedp.Reload(), headless.WaitStarted()); err != nil {
			t.Fatalf("reload offline: %v", err)
		}
		waitFor(t, tab, "home page after reloading offline", pages[len(pages)-1].ready)
	})
}

// backdate sets the modification time of every file of b's static sites
// an hour back. Static hosts validate by modification time, to the second:
// a build written in the same second as the next one would answer the
// browser's update check with 304 Not Modified.
func backdate(t *testing.T, b build) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	for _, dir := range b.dirs {
		err := filepath.WalkDir(dir, func(name string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Chtimes(name, old, old)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// withCustomSection returns a copy of the app.wasm at name with a custom
// section appended: the same program, different bytes, so a new build.
func withCustomSection(t *testing.T, name, payload string) string {
	t.Helper()
	wasm, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	const sectionName = "parallax-test"
	var body []byte
	body = binary.AppendUvarint(body, uint64(len(sectionName)))
	body = append(body, sectionName...)
	body = append(body, payload...)
	wasm = append(wasm, 0) // custom section
	wasm = binary.AppendUvarint(wasm, uint64(len(body)))
	wasm = append(wasm, body...)
	out := filepath.Join(t.TempDir(), "app.wasm")
	if err := os.WriteFile(out, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestANewBuildIsDetectedAndOffersAReload(t *testing.T) {
	skipWithoutSite(t)
	wasm := os.Getenv("PARALLAX_WASM")
	a := hostBuild(t, wasm)
	backdate(t, a)
	b := hostBuild(t, withCustomSection(t, wasm, "build B"))
	for name, v := range a.versions {
		if b.versions[name] == v {
			t.Fatalf("%s: builds A and B have the same version %s", name, v)
		}
	}
	eachLive(t, a, func(t *testing.T, d liveDeployment, tab *headless.Tab) {
		// go-app logs this once it has told the app about the update.
		var mu sync.Mutex
		updated := false
		chromedp.ListenTarget(tab.Ctx, func(ev any) {
			if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
				for _, arg := range e.Args {
					if strings.Contains(string(arg.Value), "has been updated, reload to see changes") {
						mu.Lock()
						updated = true
						mu.Unlock()
					}
				}
			}
		})
		version := `goappGetenv("GOAPP_VERSION")`
		open(t, tab, d.root())
		waitControlled(t, tab)
		waitFor(t, tab, "build A", version+" === "+js(a.versions[d.name]))

		d.host.use(b.handlers[d.name])
		if err := tab.Run(chromedp.Reload(), headless.WaitStarted()); err != nil {
			t.Fatal(err)
		}
		// The page still runs build A, from the cache, while build B's
		// worker installs and takes over.
		waitFor(t, tab, "build A after the reload", version+" === "+js(a.versions[d.name]))
		ctx, cancel := context.WithTimeout(tab.Ctx, 30*time.Second)
		defer cancel()
		for {
			names := cacheNames(t, tab)
			if len(names) == 1 && names[0] == "app-"+b.versions[d.name] {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("caches %q, want only build B's app-%s", names, b.versions[d.name])
			case <-time.After(100 * time.Millisecond):
			}
		}
		for {
			mu.Lock()
			done := updated
			mu.Unlock()
			if done {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatal("go-app did not signal the update")
			case <-time.After(100 * time.Millisecond):
			}
		}

		waitFor(t, tab, "update banner", `document.getElementById("app-update") !== null`)
		if err := tab.Run(chromedp.Click("#app-update-reload", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "build B after reloading from the banner", `!document.getElementById("app-wasm-loader") && `+version+" === "+js(b.versions[d.name]))
	})
}
